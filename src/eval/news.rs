//! The arabic-news pages and dumps: no gold here (the acceptance check keeps its own reading),
//! so this prints what khabar reads out of each file, compactly, for a human to judge.

use std::io::Write;
use std::path::Path;

use super::{file_name, parse_file, sorted_files, EvalError};
use crate::Options;

/// Characters of the body shown at each end.
const SHOWN: usize = 60;

/// What khabar read out of one file.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct NewsRow {
    /// The input's file name.
    pub file: String,
    /// Why parsing gave no article, if it did not.
    pub error: Option<String>,
    /// Body language.
    pub language: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub published_at: Option<String>,
    /// `place (agency)`, either part may be missing.
    pub dateline: Option<String>,
    /// Source credit.
    pub source: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// Body paragraphs.
    pub paragraphs: usize,
    /// Related headlines found.
    pub related: usize,
    /// Appended articles found.
    pub appended: usize,
    /// The first characters of the body.
    pub first: String,
    /// The last characters of the body.
    pub last: String,
}

/// Parses every file of `inputs_dir` (the name's extension says HTML or text; content sniffing
/// still decides).
pub fn evaluate(inputs_dir: &Path) -> Result<Vec<NewsRow>, EvalError> {
    let mut rows = Vec::new();
    for path in sorted_files(inputs_dir)? {
        let file = file_name(&path);
        rows.push(match parse_file(&path, &Options::default())? {
            Err(e) => NewsRow {
                file,
                error: Some(e.to_string()),
                ..NewsRow::default()
            },
            Ok(a) => {
                // One line per end: paragraphs marked ¶, all other whitespace folded.
                let text = a
                    .body
                    .paragraphs
                    .iter()
                    .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                    .collect::<Vec<_>>()
                    .join(" ¶ ");
                let total = text.chars().count();
                NewsRow {
                    file,
                    error: None,
                    language: a.language,
                    title: a.title,
                    published_at: a.published_at,
                    dateline: a.dateline.map(|d| {
                        format!(
                            "{} ({})",
                            d.place.as_deref().unwrap_or("-"),
                            d.agency.as_deref().unwrap_or("-")
                        )
                    }),
                    source: a.source,
                    authors: a.authors,
                    paragraphs: a.body.paragraphs.len(),
                    related: a.related.len(),
                    appended: a.appended.len(),
                    first: text.chars().take(SHOWN).collect(),
                    last: text.chars().skip(total.saturating_sub(SHOWN)).collect(),
                }
            }
        });
    }
    Ok(rows)
}

fn or_dash(v: Option<&str>) -> &str {
    v.unwrap_or("-")
}

/// Prints one compact block per file.
pub fn print(rows: &[NewsRow], out: &mut dyn Write) -> std::io::Result<()> {
    for r in rows {
        if let Some(e) = &r.error {
            writeln!(out, "{}  ERROR {e}", r.file)?;
            continue;
        }
        writeln!(
            out,
            "{}  [{}] ¶{} rel {} app {}  date {}  dateline {}  source {}  by {}",
            r.file,
            r.language,
            r.paragraphs,
            r.related,
            r.appended,
            or_dash(r.published_at.as_deref()),
            or_dash(r.dateline.as_deref()),
            or_dash(r.source.as_deref()),
            if r.authors.is_empty() {
                "-".to_string()
            } else {
                r.authors.join(" / ")
            },
        )?;
        writeln!(out, "    title: {}", or_dash(r.title.as_deref()))?;
        writeln!(out, "    first: {}", r.first)?;
        writeln!(out, "    last:  {}", r.last)?;
    }
    let failed = rows.iter().filter(|r| r.error.is_some()).count();
    writeln!(
        out,
        "arabic-news: {} files, {} without an article, {} without a title, {} without a date",
        rows.len(),
        failed,
        rows.iter()
            .filter(|r| r.error.is_none() && r.title.is_none())
            .count(),
        rows.iter()
            .filter(|r| r.error.is_none() && r.published_at.is_none())
            .count(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_printed_per_file_and_errors_are_shown() {
        let rows = vec![
            NewsRow {
                file: "a.txt".into(),
                language: "ar".into(),
                title: Some("عنوان".into()),
                paragraphs: 3,
                first: "بداية".into(),
                last: "نهاية".into(),
                ..NewsRow::default()
            },
            NewsRow {
                file: "b.html".into(),
                error: Some("no text".into()),
                ..NewsRow::default()
            },
        ];
        let mut out = Vec::new();
        print(&rows, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("a.txt  [ar] ¶3"));
        assert!(out.contains("title: عنوان"));
        assert!(out.contains("b.html  ERROR no text"));
        assert!(out.contains("2 files, 1 without an article, 0 without a title, 1 without a date"));
    }
}
