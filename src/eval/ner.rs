//! Entity P/R/F1 per type on the BIO gold in `corpus/ner` (exact span and type,
//! token-aligned), and throughput.
//!
//! Each gold file is read as tokens; the tokens are joined by spaces (sentences by a line
//! break) into one text, which goes through [`crate::entities::extract`] in one call, as one
//! long document would. A predicted mention is mapped to the gold tokens it overlaps, so a
//! mention without its proclitic (روسيا in the gold token وروسيا) covers the same tokens. A
//! prediction is right when its type and its token range equal a gold mention's.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;
use std::time::Instant;

use super::EvalError;
use crate::entities::{self, Context};
use crate::model::EntityType;

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Predicted and right.
    pub tp: usize,
    /// Predicted and wrong.
    pub fp: usize,
    /// Gold and missed.
    pub fn_: usize,
}

impl Prf {
    /// tp / (tp + fp).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp / (tp + fn).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores on one gold set.
#[derive(Debug, Clone)]
pub struct SetReport {
    /// The set's name, e.g. `ANERcorp test`.
    pub name: String,
    /// Per type (`PERSON`, `LOCATION`, `ORGANIZATION`).
    pub per_type: BTreeMap<&'static str, Prf>,
    /// Micro average over the three types.
    pub micro: Prf,
    /// Bytes of text given to the extractor.
    pub bytes: usize,
    /// Seconds one extraction over the whole text took: CPU seconds of the extracting thread
    /// where known (Linux), the per-core figure that stays honest when other processes share
    /// the machine, else wall clock; the mean of several timed runs.
    pub seconds: f64,
    /// CPU (or wall-clock) seconds of the same text through the name rules alone, without
    /// the date scan ([`entities::extract_names`]).
    pub names_seconds: f64,
    /// Most frequent false positives: (type, mention, count).
    pub top_fp: Vec<(&'static str, String, usize)>,
    /// Most frequent false negatives: (type, mention, count).
    pub top_fn: Vec<(&'static str, String, usize)>,
}

impl SetReport {
    /// Throughput per core of the name rules alone (no date scan), MB/s.
    pub fn names_mb_per_s(&self) -> f64 {
        if self.names_seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.names_seconds
        } else {
            0.0
        }
    }

    /// Extraction throughput per core in MB/s (10^6 bytes of UTF-8 text per CPU second, or
    /// per wall-clock second where CPU time is unknown).
    pub fn mb_per_s(&self) -> f64 {
        if self.seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds
        } else {
            0.0
        }
    }
}

/// The scores on every gold set found.
#[derive(Debug, Clone, Default)]
pub struct NerReport {
    /// One report per gold set, in a fixed order.
    pub sets: Vec<SetReport>,
    /// How many false positives/negatives `Display` lists per set (0: none).
    pub show_errors: usize,
}

impl NerReport {
    /// The PER+LOC+ORG micro F1 on the ANERcorp test split (0 when it was not found): the
    /// figure the CI floor applies to.
    pub fn anercorp_micro_f1(&self) -> f64 {
        self.micro_f1("ANERcorp test").unwrap_or(0.0)
    }

    /// The micro F1 of the set whose name starts with `name`, if it was evaluated.
    pub fn micro_f1(&self, name: &str) -> Option<f64> {
        self.sets
            .iter()
            .find(|s| s.name.starts_with(name))
            .map(|s| s.micro.f1())
    }
}

impl fmt::Display for NerReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "NER (exact span and type, token-aligned)")?;
        for s in &self.sets {
            writeln!(
                f,
                "  {:<22} micro P {:.3} R {:.3} F1 {:.3}   ({:.1} KB in {:.3} s: {:.1} MB/s per core; names without dates {:.1} MB/s)",
                s.name,
                s.micro.precision(),
                s.micro.recall(),
                s.micro.f1(),
                s.bytes as f64 / 1e3,
                s.seconds,
                s.mb_per_s(),
                s.names_mb_per_s()
            )?;
            for (ty, p) in &s.per_type {
                writeln!(
                    f,
                    "    {:<13} P {:.3} R {:.3} F1 {:.3}  (tp {} fp {} fn {})",
                    ty,
                    p.precision(),
                    p.recall(),
                    p.f1(),
                    p.tp,
                    p.fp,
                    p.fn_
                )?;
            }
            if self.show_errors > 0 {
                let fps: Vec<String> = s
                    .top_fp
                    .iter()
                    .take(self.show_errors)
                    .map(|(t, m, c)| format!("{m}/{}×{c}", t.get(..3).unwrap_or(t)))
                    .collect();
                let fns: Vec<String> = s
                    .top_fn
                    .iter()
                    .take(self.show_errors)
                    .map(|(t, m, c)| format!("{m}/{}×{c}", t.get(..3).unwrap_or(t)))
                    .collect();
                writeln!(f, "    false positives: {}", fps.join("  "))?;
                writeln!(f, "    false negatives: {}", fns.join("  "))?;
            }
        }
        Ok(())
    }
}

/// Writes the report (as its `Display` does) to `out`.
pub fn print(report: &NerReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    write!(out, "{report}")
}

/// One gold mention or prediction over tokens `start..end`.
type Span = (usize, usize, &'static str);

/// A gold set: tokens (with their sentence breaks) and mentions.
struct Gold {
    tokens: Vec<String>,
    /// Index of tokens that start a sentence.
    sentence_starts: Vec<bool>,
    spans: Vec<Span>,
}

/// Where a gold tag's type goes: PERSON/LOCATION/ORGANIZATION, or nothing.
type Fold = fn(&str) -> Option<&'static str>;

fn fold_anercorp(tag: &str) -> Option<&'static str> {
    match tag {
        "PERS" | "PER" => Some("PERSON"),
        "LOC" => Some("LOCATION"),
        "ORG" => Some("ORGANIZATION"),
        _ => None,
    }
}

/// NewsFANE's 50 fine classes folded to the contract's types. Geo-political entities and
/// natural places are places; person subtypes (Police is an officer) are persons; groups of
/// people, facilities, works, products, vehicles and weapons are dropped.
fn fold_newsfane(tag: &str) -> Option<&'static str> {
    match tag {
        "Politician" | "Athlete" | "Artist" | "Other_PER" | "Religious_PER" | "Scientist"
        | "Businessperson" | "Lawyer" | "Engineer" | "Police" => Some("PERSON"),
        // "Group" holds peoples and communities (العرب، الأكراد): nationality-like, dropped.
        "Nation"
        | "Population-Center"
        | "State-or-Province"
        | "GPE-Cluster"
        | "Continent"
        | "County-or-District"
        | "Water-Body"
        | "Land"
        | "Land-Region-Natural"
        | "Celestial" => Some("LOCATION"),
        "Non-Governmental" | "Government" | "Sports" | "Media" | "Commercial" | "Educational"
        | "Medical-Science" | "Entertainment" | "Religious_ORG" => Some("ORGANIZATION"),
        _ => None,
    }
}

fn read_gold(path: &Path, fold: Fold) -> Result<Gold, EvalError> {
    let raw = std::fs::read_to_string(path)
        .map_err(|e| EvalError::Corpus(format!("{}: {e}", path.display())))?;
    let mut tokens = Vec::new();
    let mut sentence_starts = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut open: Option<(usize, &'static str)> = None;
    let mut new_sentence = true;
    let close = |open: &mut Option<(usize, &'static str)>, end: usize, spans: &mut Vec<Span>| {
        if let Some((s, ty)) = open.take() {
            spans.push((s, end, ty));
        }
    };
    for line in raw.lines() {
        let line: String = line
            .chars()
            .filter(|c| !matches!(c, '\u{feff}' | '\u{200e}' | '\u{200f}' | '\r'))
            .collect();
        let line = line.trim();
        if line.is_empty() {
            close(&mut open, tokens.len(), &mut spans);
            new_sentence = true;
            continue;
        }
        let (tok, tag) = match line.rsplit_once(['\t', ' ']) {
            Some((a, b)) => (a.trim(), b.trim()),
            None => (line, "O"),
        };
        if tok.is_empty() {
            continue;
        }
        let i = tokens.len();
        tokens.push(tok.to_string());
        sentence_starts.push(new_sentence);
        new_sentence = false;
        let (bio, ty) = match tag.split_once('-') {
            Some((b, t)) => (b, fold(t)),
            None => ("O", None),
        };
        match (bio, ty) {
            ("B", Some(ty)) => {
                close(&mut open, i, &mut spans);
                open = Some((i, ty));
            }
            ("I", Some(ty)) if open.is_some_and(|(_, t)| t == ty) => {}
            ("I", Some(ty)) => {
                close(&mut open, i, &mut spans);
                open = Some((i, ty));
            }
            _ => close(&mut open, i, &mut spans),
        }
    }
    close(&mut open, tokens.len(), &mut spans);
    Ok(Gold {
        tokens,
        sentence_starts,
        spans,
    })
}

fn type_name(k: EntityType) -> Option<&'static str> {
    match k {
        EntityType::Person => Some("PERSON"),
        EntityType::Location => Some("LOCATION"),
        EntityType::Organization => Some("ORGANIZATION"),
        EntityType::Date => None,
    }
}

fn score(name: &str, gold: &Gold) -> SetReport {
    // The text: tokens joined by spaces, sentences by line breaks, with token offsets.
    let mut text = String::new();
    let mut offsets: Vec<(usize, usize)> = Vec::with_capacity(gold.tokens.len());
    let mut pos = 0usize;
    for (i, tok) in gold.tokens.iter().enumerate() {
        if i > 0 {
            text.push(if gold.sentence_starts[i] { '\n' } else { ' ' });
            pos += 1;
        }
        let n = tok.chars().count();
        text.push_str(tok);
        offsets.push((pos, pos + n));
        pos += n;
    }
    // Build the gazetteer automaton and word lists before timing: that is a one-time cost.
    entities::extract("وزير الدفاع", "ar", &Context::default());
    let t0 = Instant::now();
    let found = entities::extract_explained(&text, "ar", &Context::default());
    // Throughput: the mean of enough timed runs after the one above to fill about a quarter
    // of a second, since the thread CPU clock ticks in milliseconds and one run of a small
    // set takes only a few.
    let rounds = (0.25 / t0.elapsed().as_secs_f64().max(1e-4))
        .ceil()
        .clamp(3.0, 50.0) as u32;
    let mean_of = |f: &dyn Fn()| -> f64 {
        let c0 = thread_cpu_ns();
        let t0 = Instant::now();
        for _ in 0..rounds {
            f();
        }
        let total = match (c0, thread_cpu_ns()) {
            (Some(a), Some(b)) if b > a => (b - a) as f64 / 1e9,
            _ => t0.elapsed().as_secs_f64(),
        };
        total / f64::from(rounds)
    };
    let seconds = mean_of(&|| {
        std::hint::black_box(entities::extract(&text, "ar", &Context::default()));
    });
    let names_seconds = mean_of(&|| {
        std::hint::black_box(entities::extract_names(&text, "ar"));
    });

    // Map each prediction to the tokens it overlaps.
    let mut predicted: Vec<Span> = Vec::new();
    let mut rule_of: HashMap<Span, &'static str> = HashMap::new();
    for (e, rule) in &found {
        let Some(ty) = type_name(e.kind) else {
            continue;
        };
        let first = offsets.partition_point(|&(_, end)| end <= e.start);
        let last = offsets.partition_point(|&(start, _)| start < e.end);
        if first < last {
            predicted.push((first, last, ty));
            rule_of.insert((first, last, ty), rule);
        }
    }
    let gold_set: HashMap<Span, usize> = count(&gold.spans);
    let pred_set: HashMap<Span, usize> = count(&predicted);
    let mut per_type: BTreeMap<&'static str, Prf> = ["PERSON", "LOCATION", "ORGANIZATION"]
        .into_iter()
        .map(|t| (t, Prf::default()))
        .collect();
    let mut fp_words: HashMap<(&'static str, String), usize> = HashMap::new();
    let mut fn_words: HashMap<(&'static str, String), usize> = HashMap::new();
    let words = |s: &Span| gold.tokens[s.0..s.1].join(" ");
    for (s, &n) in &pred_set {
        let g = gold_set.get(s).copied().unwrap_or(0);
        let e = per_type.entry(s.2).or_default();
        e.tp += n.min(g);
        if n > g {
            e.fp += n - g;
            let rule = rule_of.get(s).copied().unwrap_or("");
            *fp_words
                .entry((s.2, format!("{}({rule})", words(s))))
                .or_default() += n - g;
        }
    }
    for (s, &g) in &gold_set {
        let n = pred_set.get(s).copied().unwrap_or(0);
        if g > n {
            per_type.entry(s.2).or_default().fn_ += g - n;
            *fn_words.entry((s.2, words(s))).or_default() += g - n;
        }
    }
    let mut micro = Prf::default();
    for p in per_type.values() {
        micro.add(p);
    }
    SetReport {
        name: name.to_string(),
        per_type,
        micro,
        bytes: text.len(),
        seconds,
        names_seconds,
        top_fp: top(fp_words),
        top_fn: top(fn_words),
    }
}

/// Nanoseconds the current thread has run on a CPU (Linux schedstat).
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn count(spans: &[Span]) -> HashMap<Span, usize> {
    let mut m = HashMap::new();
    for s in spans {
        *m.entry(*s).or_insert(0) += 1;
    }
    m
}

fn top(m: HashMap<(&'static str, String), usize>) -> Vec<(&'static str, String, usize)> {
    let mut v: Vec<(&'static str, String, usize)> =
        m.into_iter().map(|((t, w), c)| (t, w, c)).collect();
    v.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    v.truncate(200);
    v
}

/// The gold sets under `corpus/ner`: (name, path below it, fold).
const SETS: &[(&str, &str, Fold)] = &[
    (
        "ANERcorp test",
        "anercorp-camel-test/ANERCorp_CamelLab_test.txt",
        fold_anercorp,
    ),
    (
        "CLEANANERCorp test",
        "cleananercorp-test/cleananercorp_TEST.txt",
        fold_anercorp,
    ),
    (
        "NewsFANE gold",
        "newsfane-gold/NewsFANE_Gold_2014_170K.txt",
        fold_newsfane,
    ),
];

/// Scores the extractor on every gold set found under `corpus_ner_dir` (sets that are
/// missing are skipped; an unreadable one is an error).
pub fn evaluate(corpus_ner_dir: &Path) -> Result<NerReport, EvalError> {
    let mut report = NerReport::default();
    for (name, rel, fold) in SETS {
        let path = corpus_ner_dir.join(rel);
        if !path.exists() {
            continue;
        }
        let gold = read_gold(&path, *fold)?;
        report.sets.push(score(name, &gold));
    }
    if report.sets.is_empty() {
        return Err(EvalError::Corpus(format!(
            "no NER gold under {}",
            corpus_ner_dir.display()
        )));
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_reading_and_token_aligned_scoring() {
        let dir = std::env::temp_dir().join(format!("khabar-ner-{}", std::process::id()));
        let sub = dir.join("anercorp-camel-test");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(
            sub.join("ANERCorp_CamelLab_test.txt"),
            "وصل O\nالوفد O\nإلى O\nوروسيا B-LOC\nأمس O\n\nقال O\nزيد B-PERS\nعمرو I-PERS\n",
        )
        .unwrap();
        let r = evaluate(&dir).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        let s = &r.sets[0];
        assert_eq!(s.per_type["LOCATION"].tp, 1, "{r}");
        assert_eq!(s.micro.tp + s.micro.fn_, 2);
    }
}
