//! The checks behind the fuzz targets, as plain functions so that stable `cargo test` runs
//! them on seeds and pseudo-random bytes, and `cargo +nightly fuzz` runs them under libFuzzer.
//! A panic (including a failed assertion) is a finding.

use khabar::entities::{extract, Context};
use khabar::{Declared, Entity, Input, Options};

/// Every entity's `text` is exactly code points `start..end` of `text`, in order of start.
pub fn check_offsets(text: &str, entities: &[Entity]) -> Result<(), String> {
    let chars: Vec<char> = text.chars().collect();
    let mut last_start = 0;
    for e in entities {
        if e.start >= e.end {
            return Err(format!("empty or inverted span {e:?}"));
        }
        let Some(span) = chars.get(e.start..e.end) else {
            return Err(format!(
                "span {}..{} beyond {} chars",
                e.start,
                e.end,
                chars.len()
            ));
        };
        if span.iter().collect::<String>() != e.text {
            return Err(format!("offsets do not index the text: {e:?}"));
        }
        if e.start < last_start {
            return Err("entities not sorted by start".into());
        }
        last_start = e.start;
    }
    Ok(())
}

/// Panics (a fuzzer finding) when [`check_offsets`] fails.
fn assert_offsets(text: &str, entities: &[Entity]) {
    if let Err(e) = check_offsets(text, entities) {
        panic!("{e}");
    }
}

/// Parses `data` as each declared kind; when an article comes back, its body and entities are
/// consistent. The first byte picks the declared kind so the fuzzer explores all three.
pub fn parse_bytes(data: &[u8]) {
    let declared = match data.first().map(|b| b % 3) {
        Some(0) => Declared::Html,
        Some(1) => Declared::Text,
        _ => Declared::Unknown,
    };
    let input = Input {
        bytes: data,
        declared,
        charset: None,
        url: None,
    };
    let options = Options {
        entities: true,
        ..Options::default()
    };
    if let Ok(article) = khabar::parse(&input, &options) {
        assert_eq!(article.body.text, article.body.paragraphs.join("\n\n"));
        assert!(
            !article.body.text.trim().is_empty(),
            "Ok with an empty body"
        );
        assert_offsets(
            &article.body.text,
            article.entities.as_deref().unwrap_or_default(),
        );
    }
    if let Ok(response) = khabar::entities(&input, &Options::default()) {
        assert_offsets(&response.text, &response.entities);
    }
}

/// Extracts entities from `data` read as UTF-8 (lossily), in Arabic and in English.
pub fn entities_text(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for lang in ["ar", "en"] {
        let entities = extract(&text, lang, &Context::default());
        assert_offsets(&text, &entities);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inputs that have broken parsers before: empty, markup without text, deep nesting,
    /// unlabelled windows-1256, lone surrogates in UTF-16, glued Arabic words with marks.
    fn seeds() -> Vec<Vec<u8>> {
        let mut seeds: Vec<Vec<u8>> = vec![
            Vec::new(),
            b"<html></html>".to_vec(),
            // Deep enough to exercise the tree builder's scope walks; 20,000 levels take
            // seconds in a debug build (see the nested bench in benches/parse.rs).
            "<div>".repeat(2_000).into_bytes(),
            vec![
                0xC7, 0xE1, 0xD1, 0xC6, 0xED, 0xD3, 0x20, 0xE1, 0xC8, 0xE4, 0xC7, 0xE4,
            ],
            vec![0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00],
            "تابع التغطية كاملةقال الرئيسُ ـــ أمس\u{200F} في 5 أكتوبر ٢٠٢٢".into(),
            include_bytes!("../../benches/fixtures/ar.html").to_vec(),
            include_bytes!("../../benches/fixtures/en.html").to_vec(),
            include_bytes!("../../benches/fixtures/ar.txt").to_vec(),
        ];
        // Deterministic pseudo-random bytes (xorshift), biased toward markup and Arabic.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let alphabet: Vec<u8> = "<>/=\" ab\nقال ٢٠ ـ\u{64E}&;#".bytes().collect();
        for len in [1usize, 7, 64, 512, 4096] {
            for _ in 0..8 {
                let bytes = (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        if state & 3 == 0 {
                            (state >> 8) as u8
                        } else {
                            alphabet[(state >> 16) as usize % alphabet.len()]
                        }
                    })
                    .collect();
                seeds.push(bytes);
            }
        }
        seeds
    }

    #[test]
    fn parse_bytes_holds_on_seeds() {
        for seed in seeds() {
            for first in 0u8..3 {
                let mut data = vec![first];
                data.extend_from_slice(&seed);
                parse_bytes(&data);
            }
        }
    }

    #[test]
    fn entities_text_holds_on_seeds() {
        for seed in seeds() {
            entities_text(&seed);
        }
    }

    #[test]
    fn the_offset_check_catches_byte_offsets() {
        let text = "زار الوفد دمشق";
        let byte_start = text.find("دمشق").unwrap();
        let wrong = Entity {
            text: "دمشق".into(),
            kind: khabar::EntityType::Location,
            start: byte_start,
            end: byte_start + 4,
            normalized: "دمشق".into(),
            value: None,
            id: None,
            role: None,
        };
        let mut right = wrong.clone();
        right.start = text.chars().count() - 4;
        right.end = right.start + 4;
        assert_eq!(check_offsets(text, &[right.clone()]), Ok(()));
        assert!(check_offsets(text, &[wrong]).is_err());
        right.start += 1;
        assert!(check_offsets(text, &[right])
            .unwrap_err()
            .starts_with("offsets do not index"));
    }
}
