//! The layout of plain-text article dumps: headline, date line, dateline, related block,
//! body, source, keywords and appended articles.

use crate::model::{Article, Body};

/// Reads a text dump as an article. `language`/`direction` are filled by the caller.
pub fn extract(text: &str) -> Article {
    // STUB
    let paragraphs: Vec<&str> = text.lines().collect();
    Article {
        body: Body::from_paragraphs(paragraphs),
        ..Article::default()
    }
}
