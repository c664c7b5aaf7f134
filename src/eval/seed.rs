//! The seed check: every `seed/*.expected.json` against what `khabar::parse` reads out of the
//! input beside it (same stem), field by field.
//!
//! The expected files are an editor's reading, not a serialized [`Article`]: keys such as
//! `body_first_sentence` or `keywords_must_include` say what must hold. Every key is either
//! checked or reported as SKIP, so a new kind of expectation is never silently ignored.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{file_name, parse_file, read, sorted_files, EvalError};
use crate::model::{Article, Entity, EntityType};
use crate::{Declared, Input, Options};

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Status {
    /// It holds.
    Pass,
    /// It does not.
    Fail,
    /// Not checkable from the contract's output (reported, never counted).
    Skip,
}

/// One named check with what was seen.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Check {
    /// What was checked, e.g. `title`, `keyword «وزارة الدفاع»`.
    pub name: String,
    /// Pass, fail or skip.
    pub status: Status,
    /// On failure: expected and got; on skip: why.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

/// All checks of one expected file.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SeedReport {
    /// The expected file's name.
    pub file: String,
    /// Its checks, in a stable order.
    pub checks: Vec<Check>,
}

impl SeedReport {
    /// Checks that passed.
    pub fn passed(&self) -> usize {
        self.checks
            .iter()
            .filter(|c| c.status == Status::Pass)
            .count()
    }

    /// Checks that count (pass or fail; skips do not).
    pub fn counted(&self) -> usize {
        self.checks
            .iter()
            .filter(|c| c.status != Status::Skip)
            .count()
    }
}

const EXPECTED_SUFFIX: &str = ".expected.json";

/// Checks every `*.expected.json` in `seed_dir` against the parse of its input file.
pub fn evaluate(seed_dir: &Path) -> Result<Vec<SeedReport>, EvalError> {
    let files = sorted_files(seed_dir)?;
    let mut reports = Vec::new();
    for expected_path in &files {
        let name = file_name(expected_path);
        let Some(stem) = name.strip_suffix(EXPECTED_SUFFIX) else {
            continue;
        };
        let expected: Value = serde_json::from_slice(&read(expected_path)?)
            .map_err(|e| EvalError::file(expected_path, e))?;
        let Some(input_path) = input_for(&files, stem) else {
            return Err(EvalError::file(
                expected_path,
                "no input file with the same stem beside it",
            ));
        };
        let options = Options {
            entities: true,
            ..Options::default()
        };
        let (article, parse_check) = match parse_file(&input_path, &options)? {
            Ok(article) => (article, pass("parse")),
            Err(e) => (Article::default(), fail("parse", e.to_string())),
        };
        let appended_entities: Vec<AppendedEntities> = article
            .appended
            .iter()
            .map(|a| appended_entities(&a.body.text))
            .collect();
        let mut checks = vec![parse_check];
        checks.extend(check(&expected, &article, &appended_entities));
        reports.push(SeedReport {
            file: name.clone(),
            checks,
        });
    }
    Ok(reports)
}

/// The input beside an expected file: same stem, any other extension.
fn input_for(files: &[PathBuf], stem: &str) -> Option<PathBuf> {
    files
        .iter()
        .find(|p| {
            let name = file_name(p);
            !name.ends_with(EXPECTED_SUFFIX)
                && p.file_stem().is_some_and(|s| s.to_string_lossy() == stem)
        })
        .cloned()
}

/// What the file name says the bytes are; content sniffing still decides.
pub(crate) fn declared_from_name(path: &Path) -> Declared {
    match path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .as_deref()
    {
        Some("html" | "htm" | "xhtml") => Declared::Html,
        Some("txt" | "text") => Declared::Text,
        _ => Declared::Unknown,
    }
}

/// The entities `/entities` finds in an appended article's body, with the text they index.
#[derive(Debug, Clone, Default)]
pub struct AppendedEntities {
    /// The text the offsets index.
    pub text: String,
    /// The mentions.
    pub entities: Vec<Entity>,
}

fn appended_entities(body: &str) -> AppendedEntities {
    let input = Input {
        bytes: body.as_bytes(),
        declared: Declared::Text,
        charset: Some("utf-8"),
        url: None,
    };
    match crate::entities(&input, &Options::default()) {
        Ok(r) => AppendedEntities {
            text: r.text,
            entities: r.entities,
        },
        Err(_) => AppendedEntities::default(),
    }
}

fn pass(name: impl Into<String>) -> Check {
    Check {
        name: name.into(),
        status: Status::Pass,
        detail: String::new(),
    }
}

fn fail(name: impl Into<String>, detail: impl Into<String>) -> Check {
    Check {
        name: name.into(),
        status: Status::Fail,
        detail: detail.into(),
    }
}

fn skip(name: impl Into<String>, why: impl Into<String>) -> Check {
    Check {
        name: name.into(),
        status: Status::Skip,
        detail: why.into(),
    }
}

fn verdict(name: impl Into<String>, ok: bool, detail: impl FnOnce() -> String) -> Check {
    if ok {
        pass(name)
    } else {
        fail(name, detail())
    }
}

/// A string cut to `n` characters for a report line.
fn clip(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().nth(n).is_some() {
        out.push('…');
    }
    out
}

/// The last `n` characters of a string, for a report line.
fn clip_end(s: &str, n: usize) -> String {
    let total = s.chars().count();
    let tail: String = s.chars().skip(total.saturating_sub(n)).collect();
    if total > n {
        format!("…{tail}")
    } else {
        tail
    }
}

fn show(v: Option<&str>) -> String {
    v.map_or("null".into(), |s| format!("«{}»", clip(s, 90)))
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn equal_field(name: &str, want: &Value, got: Option<&str>) -> Check {
    let want = want.as_str();
    verdict(name, want == got, || {
        format!("expected {}, got {}", show(want), show(got))
    })
}

/// Keys of an expected file that are documentation, not expectations.
const PROSE: &[&str] = &["about"];

/// The order checks are reported in (the order an editor reads an article); other keys
/// follow in the file's order.
const READING_ORDER: &[&str] = &[
    "language",
    "title",
    "published_at_date",
    "published_at_timezone",
    "dateline",
    "source",
    "keywords_must_include",
    "keywords_must_not_contain_characters",
    "body_first_sentence",
    "body_last_sentence",
    "body_paragraph_count",
    "body_must_not_contain",
    "related_headlines",
    "appended_articles",
    "entities_in_body",
    "entities_in_appended_article",
    "person_roles",
];

/// Checks one expected reading against a parsed article. `appended` holds, per appended
/// article, what `/entities` finds in its body.
pub fn check(expected: &Value, article: &Article, appended: &[AppendedEntities]) -> Vec<Check> {
    let mut checks = Vec::new();
    let Some(fields) = expected.as_object() else {
        return vec![fail("expected file", "is not a JSON object")];
    };
    let body = article.body.text.trim();
    let known = READING_ORDER
        .iter()
        .filter_map(|k| fields.get(*k).map(|v| (*k, v)));
    let rest = fields
        .iter()
        .filter(|(k, _)| !READING_ORDER.contains(&k.as_str()))
        .map(|(k, v)| (k.as_str(), v));
    for (key, want) in known.chain(rest) {
        match key {
            k if PROSE.contains(&k) => {}
            "language" => checks.push(equal_field(key, want, Some(&article.language))),
            "title" => checks.push(equal_field(key, want, article.title.as_deref())),
            "source" => checks.push(equal_field(key, want, article.source.as_deref())),
            "published_at_date" => {
                let got = article.published_at.as_deref();
                let date = got.and_then(|d| d.get(..10));
                checks.push(verdict(key, want.as_str() == date, || {
                    format!("expected {}, got {}", show(want.as_str()), show(got))
                }));
            }
            "published_at_timezone" => checks.push(timezone(want, article)),
            "dateline" => {
                let got = article.dateline.as_ref();
                let place = got.and_then(|d| d.place.as_deref());
                let agency = got.and_then(|d| d.agency.as_deref());
                checks.push(equal_field("dateline.place", &want["place"], place));
                checks.push(equal_field("dateline.agency", &want["agency"], agency));
            }
            "keywords_must_include" => {
                for kw in strings(want) {
                    checks.push(verdict(
                        format!("keyword «{kw}»"),
                        article.keywords.iter().any(|k| k == kw),
                        || format!("not among {:?}", article.keywords),
                    ));
                }
            }
            "keywords_must_not_contain_characters" => {
                for ch in strings(want) {
                    let bad: Vec<&String> =
                        article.keywords.iter().filter(|k| k.contains(ch)).collect();
                    checks.push(verdict(
                        format!("no keyword contains «{ch}»"),
                        bad.is_empty(),
                        || format!("found in {bad:?}"),
                    ));
                }
            }
            "body_first_sentence" => {
                let s = want.as_str().unwrap_or_default();
                checks.push(verdict("body first sentence", body.starts_with(s), || {
                    format!("body starts «{}»", clip(body, 90))
                }));
            }
            "body_last_sentence" => {
                let s = want.as_str().unwrap_or_default();
                checks.push(verdict("body last sentence", body.ends_with(s), || {
                    format!("body ends «{}»", clip_end(body, 90))
                }));
            }
            "body_paragraph_count" => {
                let got = article.body.paragraphs.len();
                checks.push(verdict(
                    "body paragraph count",
                    want.as_u64() == Some(got as u64),
                    || format!("expected {want}, got {got}"),
                ));
            }
            "body_must_not_contain" => {
                for s in strings(want) {
                    let at = boilerplate_at(&article.body.paragraphs, s);
                    let name = if is_label(s) {
                        format!("body without «{s}» as a label")
                    } else {
                        format!("body without «{s}»")
                    };
                    checks.push(verdict(name, at.is_none(), || {
                        format!("present: «{}»", at.unwrap_or_default())
                    }));
                }
            }
            "related_headlines" => {
                let titles: Vec<&str> = article.related.iter().map(|r| r.title.as_str()).collect();
                let wanted = strings(want);
                for s in &wanted {
                    checks.push(verdict(
                        format!("related «{s}»"),
                        titles.contains(s),
                        || format!("not among {titles:?}"),
                    ));
                }
                checks.push(verdict(
                    "related count",
                    titles.len() == wanted.len(),
                    || format!("expected {}, got {titles:?}", wanted.len()),
                ));
            }
            "appended_articles" => checks.extend(appended_articles(want, article)),
            "entities_in_body" => {
                let found = article.entities.as_deref().unwrap_or_default();
                checks.extend(entities_found("body", want, found));
                checks.push(offsets_index(
                    "body entity offsets index body.text",
                    &article.body.text,
                    article.entities.as_deref(),
                ));
            }
            "entities_in_appended_article" => {
                let first = appended.first().cloned().unwrap_or_default();
                checks.extend(entities_found("appended", want, &first.entities));
                checks.push(offsets_index(
                    "appended entity offsets index its text",
                    &first.text,
                    Some(&first.entities),
                ));
            }
            "person_roles" => checks.extend(person_roles(want, article, appended)),
            "quotes_in_body" => checks.push(skip(key, "the contract has no quotes field")),
            "normalization" => checks.push(skip(key, "prose; checked through the other fields")),
            _ => checks.push(skip(key, "not understood by khabar eval")),
        }
    }
    checks
}

/// A label such as `المصدر:` (ends in a colon): boilerplate where it opens a line, but also
/// ordinary prose in «وأضاف المصدر: ...», so only its label positions count.
fn is_label(s: &str) -> bool {
    s.trim_end().ends_with([':', '：'])
}

/// Where `s` stands in the body as boilerplate, with a little context; `None` when it does
/// not. A label counts only at the start of a paragraph or line, or right after the end of a
/// sentence; any other string counts anywhere.
fn boilerplate_at(paragraphs: &[String], s: &str) -> Option<String> {
    if s.is_empty() {
        return None;
    }
    let label = is_label(s);
    paragraphs.iter().find_map(|p| {
        p.match_indices(s).find_map(|(i, _)| {
            let before = p.get(..i).unwrap_or_default();
            let opens = before
                .trim_end_matches([' ', '\t'])
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '\n' | '.' | '!' | '?' | '؟' | '»' | '"' | '…'));
            (!label || opens).then(|| {
                let from: String = before
                    .chars()
                    .rev()
                    .take(20)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let after: String = p.get(i..).unwrap_or_default().chars().take(40).collect();
                format!("{from}{after}")
            })
        })
    })
}

/// `GMT (UTC)`: when published_at carries a time, its offset must be UTC.
fn timezone(want: &Value, article: &Article) -> Check {
    let name = "published_at timezone";
    let want = want.as_str().unwrap_or_default();
    if !(want.contains("UTC") || want.contains("GMT")) {
        return skip(name, format!("only UTC is understood, not «{want}»"));
    }
    match article.published_at.as_deref() {
        Some(p) if p.contains('T') => {
            verdict(name, p.ends_with('Z') || p.ends_with("+00:00"), || {
                format!("expected a UTC offset, got «{p}»")
            })
        }
        // A date without a time carries no offset: nothing can be wrong.
        Some(_) => pass(name),
        None => fail(name, "published_at is null"),
    }
}

fn appended_articles(want: &Value, article: &Article) -> Vec<Check> {
    let wanted = want.as_array().map(Vec::as_slice).unwrap_or_default();
    let mut checks = vec![verdict(
        "appended count",
        article.appended.len() == wanted.len(),
        || format!("expected {}, got {}", wanted.len(), article.appended.len()),
    )];
    for (i, w) in wanted.iter().enumerate() {
        let got = article.appended.get(i);
        if let Some(title) = w.get("title") {
            let got_title = got.and_then(|a| a.title.as_deref());
            checks.push(equal_field(
                &format!("appended[{i}] title"),
                title,
                got_title,
            ));
        }
        let text = got.map(|a| a.body.text.trim()).unwrap_or_default();
        if let Some(s) = w.get("body_first_sentence").and_then(Value::as_str) {
            checks.push(verdict(
                format!("appended[{i}] first sentence"),
                !text.is_empty() && text.starts_with(s),
                || format!("body starts «{}»", clip(text, 90)),
            ));
        }
        if let Some(s) = w.get("body_last_sentence").and_then(Value::as_str) {
            checks.push(verdict(
                format!("appended[{i}] last sentence"),
                !text.is_empty() && text.ends_with(s),
                || format!("body ends «{}»", clip_end(text, 90)),
            ));
        }
        if let Some(n) = w.get("body_paragraph_count") {
            let got_n = got.map_or(0, |a| a.body.paragraphs.len());
            checks.push(verdict(
                format!("appended[{i}] paragraph count"),
                n.as_u64() == Some(got_n as u64),
                || format!("expected {n}, got {got_n}"),
            ));
        }
    }
    checks
}

fn entity_type(name: &str) -> Option<EntityType> {
    [
        EntityType::Person,
        EntityType::Location,
        EntityType::Organization,
        EntityType::Date,
    ]
    .into_iter()
    .find(|t| t.as_str() == name)
}

/// Each listed `(type, text[, value])` must be among `found`.
fn entities_found(where_: &str, want: &Value, found: &[Entity]) -> Vec<Check> {
    let mut checks = Vec::new();
    let Some(by_type) = want.as_object() else {
        return vec![fail(
            format!("{where_} entities"),
            "expected an object by type",
        )];
    };
    for (type_name, items) in by_type {
        let kind = entity_type(type_name);
        for item in items.as_array().map(Vec::as_slice).unwrap_or_default() {
            let (text, value) = match item {
                Value::String(s) => (s.as_str(), None),
                other => (
                    other["text"].as_str().unwrap_or_default(),
                    other["value"].as_str(),
                ),
            };
            let name = match value {
                Some(v) => format!("{where_} {type_name} «{text}» = {v}"),
                None => format!("{where_} {type_name} «{text}»"),
            };
            let Some(kind) = kind else {
                checks.push(skip(name, "type not in the model"));
                continue;
            };
            let hit = found.iter().any(|e| {
                e.kind == kind
                    && e.text == text
                    && value.is_none_or(|v| e.value.as_deref() == Some(v))
            });
            checks.push(verdict(name, hit, || {
                let same_text: Vec<String> = found
                    .iter()
                    .filter(|e| e.text == text)
                    .map(|e| {
                        format!(
                            "{} {}",
                            e.kind.as_str(),
                            e.value.as_deref().unwrap_or_default()
                        )
                    })
                    .collect();
                if same_text.is_empty() {
                    let of_kind: Vec<&str> = found
                        .iter()
                        .filter(|e| e.kind == kind)
                        .map(|e| e.text.as_str())
                        .take(12)
                        .collect();
                    format!("not found; {type_name} found: {of_kind:?}")
                } else {
                    format!("found as {same_text:?}")
                }
            }));
        }
    }
    checks
}

/// Every entity's `text` is exactly the code points `start..end` of the text.
fn offsets_index(name: &str, text: &str, entities: Option<&[Entity]>) -> Check {
    let Some(entities) = entities else {
        return fail(name, "no entities field");
    };
    let chars: Vec<char> = text.chars().collect();
    let bad: Vec<String> = entities
        .iter()
        .filter(|e| {
            chars
                .get(e.start..e.end)
                .is_none_or(|span| span.iter().collect::<String>() != e.text)
        })
        .map(|e| format!("«{}» {}..{}", e.text, e.start, e.end))
        .take(5)
        .collect();
    verdict(name, bad.is_empty(), || format!("mismatched: {bad:?}"))
}

fn person_roles(want: &Value, article: &Article, appended: &[AppendedEntities]) -> Vec<Check> {
    let body = article.entities.as_deref().unwrap_or_default();
    let all: Vec<&Entity> = body
        .iter()
        .chain(appended.iter().flat_map(|a| a.entities.iter()))
        .filter(|e| e.kind == EntityType::Person)
        .collect();
    let Some(roles) = want.as_object() else {
        return vec![fail("person roles", "expected an object name → role")];
    };
    roles
        .iter()
        .map(|(person, role)| {
            let role = role.as_str();
            let mentions: Vec<&&Entity> = all.iter().filter(|e| &e.text == person).collect();
            verdict(
                format!("role of «{person}»"),
                mentions.iter().any(|e| e.role.as_deref() == role),
                || {
                    if mentions.is_empty() {
                        "no PERSON entity with this text".into()
                    } else {
                        let got: Vec<Option<&str>> =
                            mentions.iter().map(|e| e.role.as_deref()).collect();
                        format!("expected {}, got {got:?}", show(role))
                    }
                },
            )
        })
        .collect()
}

/// Prints one line per check: PASS, FAIL with what was seen, or SKIP with why.
pub fn print(report: &SeedReport, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "seed {}:", report.file)?;
    for c in &report.checks {
        let status = match c.status {
            Status::Pass => "PASS",
            Status::Fail => "FAIL",
            Status::Skip => "SKIP",
        };
        if c.detail.is_empty() {
            writeln!(out, "  {status} {}", c.name)?;
        } else {
            writeln!(out, "  {status} {}: {}", c.name, c.detail)?;
        }
    }
    writeln!(out, "  {}/{} pass", report.passed(), report.counted())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Appended, Body, Dateline, Related};
    use serde_json::json;

    fn entity(text: &str, kind: EntityType, start: usize) -> Entity {
        Entity {
            text: text.into(),
            kind,
            start,
            end: start + text.chars().count(),
            normalized: text.into(),
            value: None,
            id: None,
            role: None,
        }
    }

    /// A small article in the seed's shape, written for this test.
    fn article() -> Article {
        let body = Body::from_paragraphs([
            "قال وزير المالية خالد ناصر إن الموازنة جاهزة.",
            "وزار الوفد القاهرة في مارس 2021.",
        ]);
        let mut date = entity("مارس 2021", EntityType::Date, 0);
        date.start = body.text.split("مارس").next().unwrap().chars().count();
        date.end = date.start + 9;
        date.value = Some("2021-03".into());
        let mut person = entity("خالد ناصر", EntityType::Person, 17);
        person.role = Some("وزير المالية".into());
        Article {
            language: "ar".into(),
            title: Some("الموازنة جاهزة".into()),
            published_at: Some("2021-03-04T10:00:00Z".into()),
            dateline: Some(Dateline {
                place: Some("عمان".into()),
                agency: Some("وكالات".into()),
            }),
            source: Some("صحيفة المثال".into()),
            keywords: vec!["الموازنة".into(), "وزارة المالية".into()],
            related: vec![Related {
                title: "خبر آخر".into(),
                url: None,
            }],
            appended: vec![Appended {
                title: Some("عنوان ثان".into()),
                body: Body::from_paragraphs(["أول جملة هنا.", "ثاني فقرة."]),
            }],
            entities: Some(vec![person, date]),
            body,
            ..Article::default()
        }
    }

    fn expected() -> Value {
        json!({
            "about": "ignored",
            "language": "ar",
            "title": "الموازنة جاهزة",
            "published_at_date": "2021-03-04",
            "published_at_timezone": "GMT (UTC)",
            "dateline": {"place": "عمان", "agency": "وكالات"},
            "source": "صحيفة المثال",
            "keywords_must_include": ["وزارة المالية"],
            "keywords_must_not_contain_characters": ["ی"],
            "body_first_sentence": "قال وزير المالية",
            "body_last_sentence": "في مارس 2021.",
            "body_paragraph_count": 2,
            "body_must_not_contain": ["اقرأ أيضا"],
            "related_headlines": ["خبر آخر"],
            "appended_articles": [
                {"title": "عنوان ثان", "body_first_sentence": "أول جملة هنا.", "body_paragraph_count": 2}
            ],
            "entities_in_body": {
                "PERSON": ["خالد ناصر"],
                "DATE": [{"text": "مارس 2021", "value": "2021-03"}]
            },
            "person_roles": {"خالد ناصر": "وزير المالية"},
            "quotes_in_body": []
        })
    }

    fn failures(checks: &[Check]) -> Vec<String> {
        checks
            .iter()
            .filter(|c| c.status == Status::Fail)
            .map(|c| format!("{}: {}", c.name, c.detail))
            .collect()
    }

    #[test]
    fn a_matching_article_passes_every_check() {
        let checks = check(&expected(), &article(), &[]);
        assert_eq!(failures(&checks), Vec::<String>::new());
        assert!(checks.iter().any(|c| c.status == Status::Skip));
        assert!(checks.len() > 15);
    }

    #[test]
    fn each_wrong_field_fails_its_own_check() {
        let mut a = article();
        a.title = Some("الموازنة جاهزة - صحيفة المثال".into());
        a.keywords.push("أوکرانیا".into());
        a.body = Body::from_paragraphs([
            "اقرأ أيضا قال وزير المالية خالد ناصر.",
            "ثم",
            "في مارس 2021.",
        ]);
        a.published_at = Some("2021-03-04T10:00:00+03:00".into());
        let failed = failures(&check(&expected(), &a, &[]));
        let names: Vec<&str> = failed
            .iter()
            .map(|f| f.split(':').next().unwrap())
            .collect();
        assert!(names.contains(&"title"));
        assert!(names.contains(&"no keyword contains «ی»"));
        assert!(names.contains(&"body first sentence"));
        assert!(names.contains(&"body paragraph count"));
        assert!(names.contains(&"body without «اقرأ أيضا»"));
        assert!(names.contains(&"published_at timezone"));
        // The old entity offsets no longer index the new body.
        assert!(names.contains(&"body entity offsets index body.text"));
        assert!(!names.contains(&"body last sentence"));
    }

    #[test]
    fn entities_need_type_text_and_value() {
        let mut a = article();
        let ents = a.entities.as_mut().unwrap();
        ents[1].value = Some("2021".into());
        ents[0].kind = EntityType::Location;
        ents[0].role = None;
        let failed = failures(&check(&expected(), &a, &[]));
        assert!(failed
            .iter()
            .any(|f| f.starts_with("body PERSON «خالد ناصر»") && f.contains("found as")));
        assert!(failed
            .iter()
            .any(|f| f.starts_with("body DATE «مارس 2021» = 2021-03")));
        assert!(failed.iter().any(|f| f.starts_with("role of «خالد ناصر»")));
    }

    #[test]
    fn appended_entities_come_from_their_own_text() {
        let want = json!({"entities_in_appended_article": {"LOCATION": ["دمشق"]}});
        let none = check(&want, &article(), &[]);
        assert_eq!(failures(&none).len(), 1);
        let text = "وصل الوفد إلى دمشق.".to_string();
        let found = AppendedEntities {
            entities: vec![entity("دمشق", EntityType::Location, 14)],
            text,
        };
        assert_eq!(
            failures(&check(&want, &article(), &[found])),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_failed_parse_fails_instead_of_passing_vacuously() {
        let checks = check(&expected(), &Article::default(), &[]);
        let failed = failures(&checks);
        assert!(failed.len() >= 15, "{failed:?}");
    }

    #[test]
    fn a_label_counts_only_where_it_opens_a_line() {
        let prose = vec!["وأضاف المصدر: «لا تعليق».".to_string()];
        assert_eq!(boilerplate_at(&prose, "المصدر:"), None);
        let line = vec!["الخبر.".to_string(), "المصدر: صحيفة المثال".to_string()];
        assert!(boilerplate_at(&line, "المصدر:").is_some());
        let glued = vec!["انتهى الخبر. المصدر: صحيفة المثال".to_string()];
        assert!(boilerplate_at(&glued, "المصدر:").is_some());
        // Not a label: any occurrence counts.
        assert!(boilerplate_at(&prose, "لا تعليق").is_some());
    }

    #[test]
    fn unknown_keys_are_reported_not_ignored() {
        let checks = check(&json!({"subtitle": "x"}), &article(), &[]);
        assert_eq!(checks.len(), 1);
        assert_eq!(checks[0].status, Status::Skip);
    }

    #[test]
    fn the_input_beside_an_expected_file_is_found_by_stem() {
        let files: Vec<PathBuf> = ["a.expected.json", "a.txt", "b.html"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(input_for(&files, "a"), Some(PathBuf::from("a.txt")));
        assert_eq!(input_for(&files, "c"), None);
        assert_eq!(declared_from_name(Path::new("b.html")), Declared::Html);
    }
}
