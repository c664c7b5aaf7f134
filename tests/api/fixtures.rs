//! Data-driven readings: every `tests/fixtures/articles/<case>.expected.json` holds what an
//! editor reads out of `<case>.html` / `<case>.txt` (written for these tests), and the whole
//! article is also kept as an insta snapshot so any drift in the output shows up in review.

use crate::helpers::fixtures_dir;
use khabar::{Declared, Input, Options};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn cases() -> Vec<(String, PathBuf, Declared, Value)> {
    let dir = fixtures_dir();
    let mut cases = Vec::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    names.sort();
    for expected in names {
        let file = expected.file_name().unwrap().to_string_lossy().to_string();
        let case = file.trim_end_matches(".expected.json").to_string();
        let (input, declared) = [("html", Declared::Html), ("txt", Declared::Text)]
            .into_iter()
            .map(|(ext, d)| (dir.join(format!("{case}.{ext}")), d))
            .find(|(p, _)| p.exists())
            .unwrap_or_else(|| panic!("{case}: no {case}.html or {case}.txt beside its reading"));
        let reading: Value = serde_json::from_slice(&std::fs::read(&expected).unwrap()).unwrap();
        cases.push((case, input, declared, reading));
    }
    assert!(cases.len() >= 4, "the fixture readings went missing");
    cases
}

fn parse(path: &Path, declared: Declared) -> Value {
    let bytes = std::fs::read(path).unwrap();
    let input = Input {
        bytes: &bytes,
        declared,
        ..Input::default()
    };
    let options = Options {
        entities: true,
        ..Options::default()
    };
    serde_json::to_value(khabar::parse(&input, &options).unwrap()).unwrap()
}

/// Compares one field of the reading, recording a mismatch.
fn check(problems: &mut Vec<String>, case: &str, field: &str, got: &Value, want: &Value) {
    if got != want {
        problems.push(format!("{case}: {field}: got {got}, want {want}"));
    }
}

fn entity_matches(found: &Value, want: &Value) -> bool {
    ["type", "text", "value", "id", "role"]
        .iter()
        .all(|k| want.get(k).is_none() || found.get(k) == want.get(k))
}

#[test]
fn fixture_articles_read_as_an_editor_expects() {
    let mut problems = Vec::new();
    for (case, input, declared, reading) in cases() {
        let article = parse(&input, declared);
        for field in [
            "title",
            "published_at",
            "authors",
            "dateline",
            "source",
            "keywords",
        ] {
            if let Some(want) = reading.get(field) {
                check(&mut problems, &case, field, &article[field], want);
            }
        }
        if let Some(want) = reading.get("paragraphs") {
            check(
                &mut problems,
                &case,
                "paragraphs",
                &article["body"]["paragraphs"],
                want,
            );
        }
        if let Some(want) = reading.get("related_titles") {
            let got: Vec<Value> = article["related"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["title"].clone())
                .collect();
            check(&mut problems, &case, "related", &Value::from(got), want);
        }
        let entities = article["entities"].as_array().unwrap();
        for want in reading["entities"].as_array().into_iter().flatten() {
            if !entities.iter().any(|e| entity_matches(e, want)) {
                problems.push(format!("{case}: entity {want} not found in {entities:?}"));
            }
        }
        for unwanted in reading["not_entities"].as_array().into_iter().flatten() {
            if entities.iter().any(|e| entity_matches(e, unwanted)) {
                problems.push(format!("{case}: wrong entity {unwanted} found"));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn fixture_articles_match_their_snapshots() {
    for (case, input, declared, _) in cases() {
        let article = parse(&input, declared);
        insta::assert_json_snapshot!(case, article);
    }
}
