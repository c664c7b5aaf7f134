//! khabar: clean, normalized JSON from Arabic and English news articles.
//!
//! A raw article (a whole HTML page as served, or a scraped text dump) goes in; an
//! [`Article`] comes out: headline, date, byline, dateline, source, keywords, the body without
//! boilerplate, and optionally the people, places, organizations and dates in it with exact
//! code-point offsets.
//!
//! # Layout
//! - [`model`]: the serialized types, exactly the contract.
//! - [`input`]: bytes to text (BOM, charset label, `<meta>` prescan, chardetng) and HTML-or-text.
//! - [`html`]: DOM cleaning, main-content scoring, metadata (JSON-LD, OpenGraph, `<time>`).
//! - [`text`]: plain-text article layout, Arabic normalization with offset maps, language.
//! - [`dates`]: Gregorian (three Arabic month sets, English) and Hijri dates.
//! - [`mod@entities`]: gazetteers, clitics, rules, ids.
//! - [`server`]: the only module that knows HTTP.
//! - [`eval`]: the evaluation command over `../shared/corpus` (the one module besides the
//!   server that reads files).
//!
//! The library does no network I/O and never panics on input: extraction on a weird page
//! returns a (possibly sparse) article; errors are for unreadable input or input without text.

pub mod dates;
pub mod entities;
pub mod eval;
pub mod html;
pub mod input;
pub mod model;
pub mod server;
pub mod text;

pub use model::{Article, Body, Dateline, Direction, EntitiesResponse, Entity, EntityType};

/// What the caller says the bytes are (from the `Content-Type`, a JSON field or a file name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Declared {
    /// `text/html` or `{"html": ...}`; still sniffed, since servers mislabel.
    Html,
    /// `text/plain` or `{"text": ...}`; still sniffed, since scrapers save HTML as `.txt`.
    Text,
    /// Nothing known: decide from the content.
    #[default]
    Unknown,
}

/// One raw input.
#[derive(Debug, Clone, Copy, Default)]
pub struct Input<'a> {
    /// The raw bytes as received.
    pub bytes: &'a [u8],
    /// What the caller says they are.
    pub declared: Declared,
    /// The `charset=` parameter of the content type, if any.
    pub charset: Option<&'a str>,
    /// Base URL for resolving relative links; never fetched.
    pub url: Option<&'a str>,
}

/// Budgets that bound the work on one input: a timeout cannot stop a blocking job, so
/// extraction stops itself.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Elements considered in the DOM; the rest of a giant page is ignored.
    pub max_nodes: usize,
    /// Characters of decoded text considered.
    pub max_text_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_nodes: 200_000,
            max_text_chars: 2_000_000,
        }
    }
}

/// Options of one parse.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Add the `entities` field (offsets into `body.text`).
    pub entities: bool,
    /// Work budgets.
    pub limits: Limits,
}

/// Why an input could not be read. Anything else yields an article.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// The bytes are not text in any encoding we can honour (400).
    #[error("unreadable input: {0}")]
    Unreadable(String),
    /// The input is well-formed but holds no article text (422).
    #[error("no text: {0}")]
    NoText(String),
}

/// The kind of document after sniffing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// Markup.
    Html,
    /// A text dump.
    Text,
}

/// Parses one article: decode, sniff, extract, detect language, and optionally find entities.
pub fn parse(input: &Input<'_>, options: &Options) -> Result<Article, Error> {
    let decoded = input::decode(input.bytes, input.charset, options.limits)?;
    let kind = input::sniff(&decoded, input.declared);
    let mut article = match kind {
        DocKind::Html => html::extract(&decoded, input.url, options.limits),
        DocKind::Text => text::article::extract(&decoded),
    };
    if article.body.is_empty() {
        return Err(Error::NoText(match kind {
            DocKind::Html => "the page holds no article text".into(),
            DocKind::Text => "the input holds no article text".into(),
        }));
    }
    let (language, direction) = text::lang::detect(&article.body.text);
    article.language = language.to_string();
    article.direction = direction;
    if options.entities {
        let ctx = entities::Context {
            published_at: article.published_at.clone(),
        };
        article.entities = Some(entities::extract(&article.body.text, language, &ctx));
    }
    Ok(article)
}

/// Finds entities: in the extracted body for HTML, in the display-normalized text otherwise.
pub fn entities(input: &Input<'_>, options: &Options) -> Result<EntitiesResponse, Error> {
    let decoded = input::decode(input.bytes, input.charset, options.limits)?;
    let (text, published_at) = match input::sniff(&decoded, input.declared) {
        DocKind::Html => {
            let article = html::extract(&decoded, input.url, options.limits);
            (article.body.text, article.published_at)
        }
        DocKind::Text => (text::normalize::display(&decoded), None),
    };
    if text.trim().is_empty() {
        return Err(Error::NoText("the input holds no text".into()));
    }
    let (language, _) = text::lang::detect(&text);
    let ctx = entities::Context { published_at };
    let entities = entities::extract(&text, language, &ctx);
    Ok(EntitiesResponse {
        language: language.to_string(),
        text,
        entities,
    })
}
