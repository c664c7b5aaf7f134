//! The serialized types: exactly the shapes of `../shared/CONTRACT.md`.
//!
//! Only these types are serialized by the server and the CLI.

use serde::{Deserialize, Serialize};

/// Text direction of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Right to left (Arabic, Hebrew, Persian...).
    Rtl,
    /// Left to right.
    #[default]
    Ltr,
}

/// `موسكو (وكالات)` / `LONDON (Reuters) -`: where the story was filed and by which agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Dateline {
    /// The place, e.g. `موسكو`, `LONDON`.
    pub place: Option<String>,
    /// The agency, e.g. `وكالات`, `Reuters`.
    pub agency: Option<String>,
}

/// The main text: paragraphs, and `text` = paragraphs joined by `\n\n`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Body {
    /// Paragraphs joined by a blank line; entity offsets index this string (code points).
    pub text: String,
    /// The paragraphs, in order.
    pub paragraphs: Vec<String>,
}

impl Body {
    /// Builds a body from paragraphs, dropping empty ones and joining the rest by `\n\n`.
    pub fn from_paragraphs<I, S>(paragraphs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let paragraphs: Vec<String> = paragraphs
            .into_iter()
            .map(Into::into)
            .filter(|p| !p.trim().is_empty())
            .collect();
        Body {
            text: paragraphs.join("\n\n"),
            paragraphs,
        }
    }

    /// True when the body holds no text.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// A headline that was boilerplate around the article ("related", "read also").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// The headline.
    pub title: String,
    /// Its link, absolute when the base URL was known.
    pub url: Option<String>,
}

/// A whole article that followed the main one (after `إقرأ أيضاً:`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appended {
    /// Its headline.
    pub title: Option<String>,
    /// Its body.
    pub body: Body,
}

/// Entity types. More than the contract's four are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// A place: country, region, city.
    Location,
    /// An organization.
    Organization,
    /// A date, with an ISO `value`.
    Date,
}

impl EntityType {
    /// The contract's name, e.g. `PERSON`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Location => "LOCATION",
            EntityType::Organization => "ORGANIZATION",
            EntityType::Date => "DATE",
        }
    }
}

/// One mention. `text == chars(text)[start..end]` of the text it was found in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The mention exactly as it stands, without attached proclitics.
    pub text: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Start offset in Unicode code points.
    pub start: usize,
    /// End offset (exclusive) in Unicode code points.
    pub end: usize,
    /// The search key of the mention.
    pub normalized: String,
    /// For dates: ISO 8601 (`2022-10`, `2024-04-05`, `2022`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// A stable identifier where known, e.g. `iso3166:RU`, `geonames:524901`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// For persons: the role or title given with the name, e.g. `الرئيس الروسي`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// The POST /parse response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Article {
    /// BCP 47 primary tag of the body (`ar`, `en`).
    pub language: String,
    /// Text direction of the body.
    pub direction: Direction,
    /// The headline, cleaned.
    pub title: Option<String>,
    /// Bylines without "بقلم"/"By".
    pub authors: Vec<String>,
    /// ISO 8601 date or date-time.
    pub published_at: Option<String>,
    /// Place and agency from the first line.
    pub dateline: Option<Dateline>,
    /// The outlet named as source, or the site name.
    pub source: Option<String>,
    /// Tags / keywords as phrases.
    pub keywords: Vec<String>,
    /// The main text without boilerplate.
    pub body: Body,
    /// Boilerplate headlines around the article.
    pub related: Vec<Related>,
    /// Whole articles that followed the main one.
    pub appended: Vec<Appended>,
    /// Only with `?entities=true`: offsets index `body.text`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<Entity>>,
}

/// The POST /entities response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntitiesResponse {
    /// BCP 47 primary tag of `text`.
    pub language: String,
    /// The cleaned text the offsets index.
    pub text: String,
    /// The mentions, in order of `start`.
    pub entities: Vec<Entity>,
}
