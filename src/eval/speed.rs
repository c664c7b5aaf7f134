//! Throughput of entity extraction on Arabic text: the bodies khabar reads out of the seed and
//! the arabic-news inputs, run through `entities::extract` until enough time has passed to
//! give a stable figure. Printed, never asserted: the machine is shared.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use super::{parse_file, sorted_files, EvalError};
use crate::{entities, Options};

/// Minimum wall time of the measured loop.
const MIN_TIME: Duration = Duration::from_millis(1500);
/// Rounds cap, so a trivially fast extractor does not spin for the whole budget.
const MAX_ROUNDS: usize = 2000;

/// Throughput figures.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SpeedReport {
    /// Arabic bodies measured.
    pub texts: usize,
    /// Their total size in bytes of UTF-8.
    pub bytes: usize,
    /// Rounds over all texts.
    pub rounds: usize,
    /// Entities found in one round.
    pub entities: usize,
    /// Megabytes (10^6 bytes) of Arabic text per second through `entities::extract`.
    pub entities_mb_per_sec: f64,
}

/// True when most letters of `text` are Arabic-script.
fn mostly_arabic(text: &str) -> bool {
    let (arabic, letters) = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .fold((0usize, 0usize), |(a, l), c| {
            let is_arabic = matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}');
            (a + usize::from(is_arabic), l + 1)
        });
    letters > 0 && arabic * 2 > letters
}

/// Arabic bodies from `seed/` and `arabic-news/inputs/` (whichever exist).
fn arabic_texts(corpus: &Path) -> Result<Vec<String>, EvalError> {
    let mut texts = Vec::new();
    for dir in [
        corpus.join("seed"),
        corpus.join("arabic-news").join("inputs"),
    ] {
        if !dir.is_dir() {
            continue;
        }
        for path in sorted_files(&dir)? {
            if path.extension().is_some_and(|e| e == "json") {
                continue;
            }
            if let Ok(article) = parse_file(&path, &Options::default())? {
                if mostly_arabic(&article.body.text) {
                    texts.push(article.body.text);
                }
            }
        }
    }
    Ok(texts)
}

/// Measures entity extraction on the corpus's Arabic bodies.
pub fn evaluate(corpus: &Path) -> Result<SpeedReport, EvalError> {
    let texts = arabic_texts(corpus)?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let ctx = entities::Context::default();
    let entities_per_round: usize = texts
        .iter()
        .map(|t| entities::extract(t, "ar", &ctx).len())
        .sum();
    let mut rounds = 0;
    let start = Instant::now();
    if !texts.is_empty() {
        while rounds < MAX_ROUNDS && (rounds == 0 || start.elapsed() < MIN_TIME) {
            for text in &texts {
                std::hint::black_box(entities::extract(std::hint::black_box(text), "ar", &ctx));
            }
            rounds += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    Ok(SpeedReport {
        texts: texts.len(),
        bytes,
        rounds,
        entities: entities_per_round,
        entities_mb_per_sec: if secs > 0.0 {
            (bytes * rounds) as f64 / 1e6 / secs
        } else {
            0.0
        },
    })
}

/// Prints the figures.
pub fn print(report: &SpeedReport, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "entities: {:.1} MB/s of Arabic text ({} bodies, {} KB, {} entities per round, {} rounds, {})",
        report.entities_mb_per_sec,
        report.texts,
        report.bytes / 1000,
        report.entities,
        report.rounds,
        if cfg!(debug_assertions) {
            "debug build: use --release for real figures"
        } else {
            "release build"
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_told_from_latin() {
        assert!(mostly_arabic("قال الوزير إن the plan يمضي قدما"));
        assert!(!mostly_arabic("The minister said قال"));
        assert!(!mostly_arabic("123 ..."));
    }
}
