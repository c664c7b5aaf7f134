//! The Zyte article-extraction benchmark (`corpus/aeb`): body precision/recall/F1 over 4-token
//! shingles, exactly as the benchmark's `evaluate.py` computes them, and parsing speed.
//!
//! The metric, step by step (names follow `evaluate.py`):
//! - tokens are `\w+` runs of Python's Unicode `re`: letters (`\p{L}`), numbers (`\p{N}`) and
//!   `_`; combining marks split words there, so they do here (Rust's `\w` would keep them);
//! - a text's shingles are its 4-token windows as a multiset; a text of 1–3 tokens has one
//!   shingle of all of them, an empty text none;
//! - per page, tp/fp/fn count shingles (min / surplus / shortfall per shingle) and are scaled
//!   to sum to 1, so long pages weigh no more than short ones;
//! - precision is averaged over pages with `tp + fp > 0` (a page with no predicted text adds to
//!   recall only), recall over pages with `tp + fn > 0`; F1 comes from the two averages.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use regex::Regex;

use super::{file_name, read, sorted_files, EvalError};
use crate::{Declared, Input, Options};

/// Shingle length of the benchmark.
pub const SHINGLE: usize = 4;

#[allow(clippy::expect_used)] // a constant pattern: a failure is a bug caught by every test
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_]+").expect("token pattern compiles"));

/// The benchmark's tokens of `text`: runs of letters, numbers and `_`.
pub fn tokens(text: &str) -> Vec<&str> {
    TOKEN.find_iter(text).map(|m| m.as_str()).collect()
}

/// The multiset of `n`-token shingles of `text`, as `evaluate.py`'s `_ngrams` builds it.
pub fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, usize> {
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    let windows = tokens.len().saturating_sub(n).saturating_add(1).max(1);
    for i in 0..windows {
        let end = (i + n).min(tokens.len());
        if let Some(window) = tokens.get(i..end) {
            *counts.entry(window.to_vec()).or_insert(0) += 1;
        }
    }
    counts
}

/// Shingle counts of one page, scaled so that `tp + fp + fn == 1` (all zero when both texts
/// are empty).
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Counts {
    /// Shingles in both.
    pub tp: f64,
    /// Predicted shingles not in the gold.
    pub fp: f64,
    /// Gold shingles not predicted.
    #[serde(rename = "fn")]
    pub fn_: f64,
}

impl Counts {
    /// `evaluate.py`'s `string_shingle_matching` of the gold and the predicted body.
    pub fn matching(gold: &str, pred: &str) -> Self {
        let gold = shingles(gold, SHINGLE);
        let pred = shingles(pred, SHINGLE);
        let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
        for (key, &g) in &gold {
            let p = pred.get(key).copied().unwrap_or(0);
            tp += g.min(p);
            fn_ += g.saturating_sub(p);
            fp += p.saturating_sub(g);
        }
        for (key, &p) in &pred {
            if !gold.contains_key(key) {
                fp += p;
            }
        }
        let sum = (tp + fp + fn_) as f64;
        if sum == 0.0 {
            return Counts::default();
        }
        Counts {
            tp: tp as f64 / sum,
            fp: fp as f64 / sum,
            fn_: fn_ as f64 / sum,
        }
    }

    /// `precision_score`: 1 for a perfect page, 0 when nothing right was predicted.
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fp == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }

    /// `recall_score`: 1 for a perfect page, 0 when nothing of the gold was found.
    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fn_ == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }

    /// The page's own F1, only for ranking the worst pages.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// Benchmark precision, recall and F1 over pages (`metrics_from_tp_fp_fns`).
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Scores {
    /// Mean precision over pages with predicted shingles.
    pub precision: f64,
    /// Mean recall over pages with gold shingles.
    pub recall: f64,
    /// Harmonic mean of the two averages.
    pub f1: f64,
}

impl Scores {
    /// Averages per-page counts as the benchmark does.
    pub fn over<'a>(pages: impl IntoIterator<Item = &'a Counts> + Clone) -> Self {
        let precision = mean(
            pages
                .clone()
                .into_iter()
                .filter(|c| c.tp + c.fp > 0.0)
                .map(Counts::precision),
        );
        let recall = mean(
            pages
                .into_iter()
                .filter(|c| c.tp + c.fn_ > 0.0)
                .map(Counts::recall),
        );
        Scores {
            precision,
            recall,
            f1: f1(precision, recall),
        }
    }
}

/// One benchmark page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Page {
    /// The page id (file stem, key of `ground-truth.json`).
    pub id: String,
    /// The page's URL per the ground truth.
    pub url: Option<String>,
    /// Shingle counts against the gold.
    pub counts: Counts,
    /// Characters of predicted body.
    pub predicted_chars: usize,
    /// Characters of gold body.
    pub gold_chars: usize,
    /// Why no body was predicted (parse error, missing file).
    pub error: Option<String>,
}

/// The figures `khabar eval` keeps for AEB.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct AebSummary {
    /// Pages scored.
    pub pages: usize,
    /// Pages where parsing gave no body.
    pub failed: usize,
    /// Benchmark precision.
    pub precision: f64,
    /// Benchmark recall.
    pub recall: f64,
    /// Benchmark F1.
    pub f1: f64,
    /// Pages per second of `khabar::parse`, one thread, file reading excluded.
    pub pages_per_sec: f64,
    /// Megabytes of HTML per second, same timing.
    pub mb_per_sec: f64,
}

/// The full AEB report: the summary and every page.
#[derive(Debug, Clone, Default)]
pub struct AebReport {
    /// Aggregate figures.
    pub summary: AebSummary,
    /// Every page, in id order.
    pub pages: Vec<Page>,
}

#[derive(serde::Deserialize)]
struct Gold {
    #[serde(rename = "articleBody", default)]
    article_body: String,
    #[serde(default)]
    url: Option<String>,
}

/// Reads one page, un-gzipping `*.gz`.
fn read_page(path: &Path) -> Result<Vec<u8>, EvalError> {
    let raw = read(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut html = Vec::with_capacity(raw.len() * 4);
        flate2::read::GzDecoder::new(raw.as_slice())
            .read_to_end(&mut html)
            .map_err(|e| EvalError::file(path, e))?;
        Ok(html)
    } else {
        Ok(raw)
    }
}

/// The page id of `html/<id>.html[.gz]`.
fn page_id(path: &Path) -> String {
    let name = file_name(path);
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.strip_suffix(".html").unwrap_or(name).to_string()
}

fn load_gold(aeb_dir: &Path) -> Result<HashMap<String, Gold>, EvalError> {
    let gold_path = aeb_dir.join("ground-truth.json");
    serde_json::from_slice(&read(&gold_path)?).map_err(|e| EvalError::file(&gold_path, e))
}

/// A predicted body per page id, or why there is none.
type Predictions = HashMap<String, Result<String, String>>;

/// Scores predictions against the gold, page by page in id order.
fn score(gold: &HashMap<String, Gold>, predictions: &Predictions) -> (Scores, Vec<Page>) {
    let mut ids: Vec<&String> = gold.keys().collect();
    ids.sort();
    let pages: Vec<Page> = ids
        .into_iter()
        .filter_map(|id| {
            let g = gold.get(id)?;
            let (predicted, error) = match predictions.get(id) {
                None => ("", Some("no prediction".to_string())),
                Some(Ok(text)) => (text.as_str(), None),
                Some(Err(e)) => ("", Some(e.clone())),
            };
            Some(Page {
                id: id.clone(),
                url: g.url.clone(),
                counts: Counts::matching(&g.article_body, predicted),
                predicted_chars: predicted.chars().count(),
                gold_chars: g.article_body.chars().count(),
                error,
            })
        })
        .collect();
    (Scores::over(pages.iter().map(|p| &p.counts)), pages)
}

fn report(scores: Scores, pages: Vec<Page>, parsed: usize, bytes: usize, secs: f64) -> AebReport {
    let per_sec = |x: f64| if secs > 0.0 { x / secs } else { 0.0 };
    AebReport {
        summary: AebSummary {
            pages: pages.len(),
            failed: pages.iter().filter(|p| p.error.is_some()).count(),
            precision: scores.precision,
            recall: scores.recall,
            f1: scores.f1,
            pages_per_sec: per_sec(parsed as f64),
            mb_per_sec: per_sec(bytes as f64 / 1e6),
        },
        pages,
    }
}

/// Parses every page of `aeb_dir/html` and scores it against `aeb_dir/ground-truth.json`.
pub fn evaluate(aeb_dir: &Path) -> Result<AebReport, EvalError> {
    let gold = load_gold(aeb_dir)?;
    // Read everything first so the timing below is parsing alone.
    let mut pages = Vec::new();
    for path in sorted_files(&aeb_dir.join("html"))? {
        pages.push((page_id(&path), read_page(&path)?));
    }
    let options = Options::default();
    let mut parse_time = Duration::ZERO;
    let mut bytes = 0usize;
    let mut predictions = Predictions::new();
    for (id, html) in &pages {
        let input = Input {
            bytes: html,
            declared: Declared::Html,
            charset: None,
            url: gold.get(id).and_then(|g| g.url.as_deref()),
        };
        bytes += html.len();
        let start = Instant::now();
        let result = crate::parse(&input, &options);
        parse_time += start.elapsed();
        predictions.insert(
            id.clone(),
            result.map(|a| a.body.text).map_err(|e| e.to_string()),
        );
    }
    let (scores, scored) = score(&gold, &predictions);
    Ok(report(
        scores,
        scored,
        pages.len(),
        bytes,
        parse_time.as_secs_f64(),
    ))
}

/// Scores another extractor's output in the benchmark's format (`{"id": {"articleBody": ..}}`,
/// as its `output/*.json`), so other tools are compared through this same code.
pub fn evaluate_predictions(aeb_dir: &Path, predictions: &Path) -> Result<AebReport, EvalError> {
    let gold = load_gold(aeb_dir)?;
    let predicted: HashMap<String, Gold> =
        serde_json::from_slice(&read(predictions)?).map_err(|e| EvalError::file(predictions, e))?;
    let predictions: Predictions = predicted
        .into_iter()
        .map(|(id, p)| (id, Ok(p.article_body)))
        .collect();
    let (scores, scored) = score(&gold, &predictions);
    Ok(report(scores, scored, 0, 0, 0.0))
}

/// Prints P/R/F1, speed and the `worst` lowest-scoring pages.
pub fn print(report: &AebReport, worst: usize, out: &mut dyn Write) -> std::io::Result<()> {
    let s = &report.summary;
    writeln!(
        out,
        "aeb: {} pages ({} without a body)  precision {:.4}  recall {:.4}  F1 {:.4}",
        s.pages, s.failed, s.precision, s.recall, s.f1
    )?;
    if s.mb_per_sec > 0.0 {
        writeln!(
            out,
            "aeb: parse speed {:.1} pages/s, {:.2} MB/s of HTML (one thread, {})",
            s.pages_per_sec,
            s.mb_per_sec,
            if cfg!(debug_assertions) {
                "debug build: use --release for real figures"
            } else {
                "release build"
            }
        )?;
    }
    let mut ranked: Vec<&Page> = report.pages.iter().collect();
    ranked.sort_by(|a, b| {
        a.counts
            .f1()
            .total_cmp(&b.counts.f1())
            .then(a.id.cmp(&b.id))
    });
    writeln!(out, "aeb: {} worst pages", worst.min(ranked.len()))?;
    for page in ranked.into_iter().take(worst) {
        let short_id: String = page.id.chars().take(12).collect();
        writeln!(
            out,
            "  {short_id}  P {:.3}  R {:.3}  F1 {:.3}  chars {}/{}  {}{}",
            page.counts.precision(),
            page.counts.recall(),
            page.counts.f1(),
            page.predicted_chars,
            page.gold_chars,
            page.url.as_deref().unwrap_or(""),
            page.error
                .as_deref()
                .map(|e| format!("  [{e}]"))
                .unwrap_or_default(),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn tokens_follow_python_word_runs() {
        assert_eq!(
            tokens("It's 2024—hello_world!"),
            ["It", "s", "2024", "hello_world"]
        );
        assert_eq!(tokens("قال الوزير، أمس"), ["قال", "الوزير", "أمس"]);
        // A combining mark is not a word character in Python's `re`: it splits the word.
        assert_eq!(tokens("مُحمد"), ["م", "حمد"]);
        assert_eq!(tokens("東京 서울"), ["東京", "서울"]);
        assert_eq!(tokens("नमस्ते ½ Ⅻ"), ["नमस", "त", "½", "Ⅻ"]);
    }

    #[test]
    fn short_texts_make_one_shingle_and_empty_none() {
        assert!(shingles("", 4).is_empty());
        assert!(shingles(" ,. ", 4).is_empty());
        let one = shingles("a b", 4);
        assert_eq!(one.len(), 1);
        assert_eq!(one.get(&vec!["a", "b"]), Some(&1));
        let many = shingles("a b c d a b c d", 4);
        assert_eq!(many.values().sum::<usize>(), 5);
        assert_eq!(many.get(&vec!["a", "b", "c", "d"]), Some(&2));
    }

    #[test]
    fn counts_are_a_normalised_multiset_match() {
        // gold: 3 shingles; pred: the first 2 of them plus 1 wrong.
        let c = Counts::matching("a b c d e f", "a b c d e x");
        // gold {abcd, bcde, cdef}, pred {abcd, bcde, cdex}: tp 2, fp 1, fn 1.
        assert!(close(c.tp, 0.5) && close(c.fp, 0.25) && close(c.fn_, 0.25));
        assert!(close(c.precision(), 2.0 / 3.0));
        assert!(close(c.recall(), 2.0 / 3.0));
        // Repeated shingles count as often as they occur.
        let r = Counts::matching("a b c d", "a b c d . a b c d");
        assert!(r.fp > 0.0 && r.fn_ == 0.0);
    }

    #[test]
    fn perfect_and_empty_pages() {
        let perfect = Counts::matching("one two three four five", "one two three four five");
        assert_eq!(perfect.precision(), 1.0);
        assert_eq!(perfect.recall(), 1.0);
        let empty_pred = Counts::matching("one two three four five", "");
        assert_eq!(empty_pred.recall(), 0.0);
        assert_eq!(empty_pred.tp + empty_pred.fp, 0.0);
        assert_eq!(Counts::matching("", ""), Counts::default());
    }

    #[test]
    fn a_page_without_prediction_counts_for_recall_only() {
        let good = Counts::matching("a b c d e", "a b c d e");
        let none = Counts::matching("a b c d e", "");
        let s = Scores::over([good, none].iter());
        assert!(close(s.precision, 1.0));
        assert!(close(s.recall, 0.5));
        assert!(close(s.f1, 2.0 * 0.5 / 1.5));
    }

    #[test]
    fn no_pages_score_zero_instead_of_dividing_by_zero() {
        let s = Scores::over(std::iter::empty::<&Counts>());
        assert_eq!(s, Scores::default());
    }

    #[test]
    fn page_ids_drop_html_and_gz() {
        assert_eq!(page_id(Path::new("html/abc.html.gz")), "abc");
        assert_eq!(page_id(Path::new("html/abc.html")), "abc");
    }

    #[test]
    fn gzipped_pages_are_read() {
        use flate2::write::GzEncoder;
        let dir = std::env::temp_dir().join(format!("khabar-aeb-gz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.html.gz");
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"<p>hello</p>").unwrap();
        std::fs::write(&path, enc.finish().unwrap()).unwrap();
        let read_back = read_page(&path).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(read_back, b"<p>hello</p>");
    }
}
