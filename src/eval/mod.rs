//! The evaluation command over `../shared/corpus`: the seed check, AEB body F1, entity P/R/F1
//! per type on the NER gold, and throughput. Unlike the rest of the library it reads files:
//! it is a tool the team and CI run, not part of the request path.
//!
//! Each part returns a plain report struct (so tests and `--json` see the same numbers the
//! human report prints); [`run`] prints them and applies the floors. Timings are printed,
//! never asserted: the machine is shared.

pub mod aeb;
pub mod ner;
pub mod news;
pub mod seed;
pub mod speed;

use std::io::Write;
use std::path::{Path, PathBuf};

/// AEB body F1 below which `khabar eval` fails: issue #3's target 0.975 (main reaches 0.9777
/// on 2026-11-29); raise it as extraction improves.
pub const AEB_F1_FLOOR: f64 = 0.975;

/// ANERcorp test PER+LOC+ORG micro F1 below which `khabar eval` fails: issue #4's target
/// 0.75, a little under main's 0.760 (2026-11-29, fourth session).
pub const NER_F1_FLOOR: f64 = 0.75;

/// The NER set the floor applies to (issue #4's target set).
const NER_FLOOR_SET: &str = "ANERcorp";

/// One part of the evaluation, for `--only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// The seed article against its `*.expected.json`.
    Seed,
    /// The Zyte article-extraction benchmark: body F1 and pages/s.
    Aeb,
    /// Entity P/R/F1 per type on the NER gold.
    Ner,
    /// A table of what we read out of the arabic-news pages, for human review.
    News,
    /// Throughput of entity extraction on Arabic text.
    Speed,
}

/// Flags of `khabar eval`.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalArgs {
    /// The corpus folder (holds seed/, aeb/, arabic-news/, ner/).
    #[arg(long, default_value = "../shared/corpus")]
    pub corpus: PathBuf,
    /// Run only these parts (comma-separated or repeated); default: all.
    #[arg(long, value_enum, value_delimiter = ',')]
    pub only: Vec<Part>,
    /// Report only: do not fail when a floor is missed.
    #[arg(long)]
    pub no_floors: bool,
    /// Fail when the AEB body F1 is below this.
    #[arg(long, default_value_t = AEB_F1_FLOOR)]
    pub aeb_min_f1: f64,
    /// Fail when the ANERcorp test PER+LOC+ORG micro F1 is below this.
    #[arg(long, default_value_t = NER_F1_FLOOR)]
    pub ner_min_f1: f64,
    /// Score this file of AEB predictions (the benchmark's `output/*.json` format) instead of
    /// parsing the pages: compares another extractor through the same metric.
    #[arg(long)]
    pub aeb_predictions: Option<PathBuf>,
    /// How many frequent NER false positives/negatives to list per set.
    #[arg(long, default_value_t = 0)]
    pub ner_errors: usize,
    /// How many of the worst AEB pages to list.
    #[arg(long, default_value_t = 10)]
    pub worst: usize,
    /// Print one JSON summary on stdout; the human report goes to stderr.
    #[arg(long)]
    pub json: bool,
}

impl EvalArgs {
    /// Flags as if `khabar eval --corpus DIR` was given, for tests and benches.
    pub fn with_corpus(corpus: impl Into<PathBuf>) -> Self {
        EvalArgs {
            corpus: corpus.into(),
            only: Vec::new(),
            no_floors: false,
            aeb_min_f1: AEB_F1_FLOOR,
            ner_min_f1: NER_F1_FLOOR,
            aeb_predictions: None,
            ner_errors: 0,
            worst: 10,
            json: false,
        }
    }

    fn wants(&self, part: Part) -> bool {
        self.only.is_empty() || self.only.contains(&part)
    }
}

/// Why the evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A corpus file could not be read or understood.
    #[error("{0}")]
    Corpus(String),
    /// The report could not be written.
    #[error("writing the report: {0}")]
    Output(#[from] std::io::Error),
}

impl EvalError {
    /// A corpus error that names the file.
    pub(crate) fn file(path: &Path, what: impl std::fmt::Display) -> Self {
        EvalError::Corpus(format!("{}: {what}", path.display()))
    }
}

/// Reads a whole corpus file, naming it in the error.
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, EvalError> {
    std::fs::read(path).map_err(|e| EvalError::file(path, e))
}

/// Reads a corpus file and parses it as `khabar parse FILE` would (the extension declares
/// HTML or text; content sniffing still decides). The outer error is the file system's, the
/// inner one the parser's.
pub(crate) fn parse_file(
    path: &Path,
    options: &crate::Options,
) -> Result<Result<crate::Article, crate::Error>, EvalError> {
    let bytes = read(path)?;
    let input = crate::Input {
        bytes: &bytes,
        declared: seed::declared_from_name(path),
        charset: None,
        url: None,
    };
    Ok(crate::parse(&input, options))
}

/// The files of a folder, sorted by name, so reports are stable across machines.
pub(crate) fn sorted_files(dir: &Path) -> Result<Vec<PathBuf>, EvalError> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| EvalError::file(dir, e))? {
        let path = entry.map_err(|e| EvalError::file(dir, e))?.path();
        if path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The file name of a path as text, for reports.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One floor and whether it held.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Floor {
    /// What is measured, e.g. `aeb.f1`.
    pub name: String,
    /// The measured value.
    pub value: f64,
    /// The minimum.
    pub min: f64,
    /// `value >= min`.
    pub held: bool,
}

impl Floor {
    fn new(name: &str, value: f64, min: f64) -> Self {
        Floor {
            name: name.to_string(),
            value,
            min,
            held: value >= min,
        }
    }
}

/// Scores on one NER gold set, as `--json` prints them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NerSet {
    /// The set, e.g. `ANERcorp test`.
    pub name: String,
    /// Micro precision over PER+LOC+ORG.
    pub precision: f64,
    /// Micro recall.
    pub recall: f64,
    /// Micro F1.
    pub f1: f64,
    /// F1 per type.
    pub f1_per_type: std::collections::BTreeMap<String, f64>,
    /// Extraction throughput, MB/s of UTF-8 text.
    pub mb_per_sec: f64,
}

impl From<&ner::SetReport> for NerSet {
    fn from(s: &ner::SetReport) -> Self {
        NerSet {
            name: s.name.clone(),
            precision: s.micro.precision(),
            recall: s.micro.recall(),
            f1: s.micro.f1(),
            f1_per_type: s
                .per_type
                .iter()
                .map(|(t, p)| (t.to_string(), p.f1()))
                .collect(),
            mb_per_sec: s.mb_per_s(),
        }
    }
}

/// Everything `khabar eval` measured, as `--json` prints it.
#[derive(Debug, Default, serde::Serialize)]
pub struct Summary {
    /// Seed checks per expected file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub seed: Vec<seed::SeedReport>,
    /// AEB scores.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aeb: Option<aeb::AebSummary>,
    /// NER scores per gold set.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ner: Vec<NerSet>,
    /// What we read out of each arabic-news page.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub news: Vec<news::NewsRow>,
    /// Throughput figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speed: Option<speed::SpeedReport>,
    /// Why a part did not run (missing folder, ...).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<String>,
    /// The floors and whether they held.
    pub floors: Vec<Floor>,
    /// True when every floor held (or `--no-floors`).
    pub passed: bool,
}

/// Runs the evaluation, prints the report on stdout, and returns whether every floor held.
pub fn run(args: &EvalArgs) -> Result<bool, EvalError> {
    if args.json {
        let summary = evaluate(args, &mut std::io::stderr().lock())?;
        let json = serde_json::to_string(&summary)
            .map_err(|e| EvalError::Corpus(format!("serializing the summary: {e}")))?;
        writeln!(std::io::stdout().lock(), "{json}")?;
        Ok(summary.passed)
    } else {
        Ok(evaluate(args, &mut std::io::stdout().lock())?.passed)
    }
}

/// Runs the parts `args` selects, writes the human report to `out`, and returns the summary.
pub fn evaluate(args: &EvalArgs, out: &mut dyn Write) -> Result<Summary, EvalError> {
    let mut summary = Summary::default();
    let corpus = &args.corpus;
    if !corpus.is_dir() {
        return Err(EvalError::file(corpus, "no such corpus folder"));
    }
    let available = |part: Part, dir: &Path, summary: &mut Summary| -> bool {
        if !args.wants(part) {
            return false;
        }
        if dir.is_dir() {
            return true;
        }
        summary
            .skipped
            .push(format!("{part:?}: {} is missing", dir.display()));
        false
    };

    let seed_dir = corpus.join("seed");
    if available(Part::Seed, &seed_dir, &mut summary) {
        writeln!(out, "== seed: {}", seed_dir.display())?;
        summary.seed = seed::evaluate(&seed_dir)?;
        for report in &summary.seed {
            seed::print(report, out)?;
        }
        let (passed, total) = summary
            .seed
            .iter()
            .fold((0, 0), |(p, t), r| (p + r.passed(), t + r.counted()));
        writeln!(out, "seed: {passed}/{total} checks pass\n")?;
        // Every check must pass; no expected file at all is a failure too.
        let share = if total == 0 {
            0.0
        } else {
            passed as f64 / total as f64
        };
        summary
            .floors
            .push(Floor::new("seed.checks_passing", share, 1.0));
    }

    let aeb_dir = corpus.join("aeb");
    if available(Part::Aeb, &aeb_dir, &mut summary) {
        writeln!(out, "== aeb: {}", aeb_dir.display())?;
        let report = match &args.aeb_predictions {
            Some(file) => aeb::evaluate_predictions(&aeb_dir, file)?,
            None => aeb::evaluate(&aeb_dir)?,
        };
        aeb::print(&report, args.worst, out)?;
        summary
            .floors
            .push(Floor::new("aeb.f1", report.summary.f1, args.aeb_min_f1));
        summary.aeb = Some(report.summary);
        writeln!(out)?;
    }

    let ner_dir = corpus.join("ner");
    if available(Part::Ner, &ner_dir, &mut summary) {
        writeln!(out, "== ner: {}", ner_dir.display())?;
        let mut report = ner::evaluate(&ner_dir)?;
        report.show_errors = args.ner_errors;
        write!(out, "{report}")?;
        writeln!(out)?;
        let summary_sets: Vec<NerSet> = report.sets.iter().map(NerSet::from).collect();
        match report.micro_f1(NER_FLOOR_SET) {
            Some(f1) => summary
                .floors
                .push(Floor::new("ner.anercorp.f1", f1, args.ner_min_f1)),
            None => summary.skipped.push(format!(
                "ner floor: no {NER_FLOOR_SET} set under {}",
                ner_dir.display()
            )),
        }
        summary.ner = summary_sets;
    }

    let news_dir = corpus.join("arabic-news").join("inputs");
    if available(Part::News, &news_dir, &mut summary) {
        writeln!(out, "== arabic-news: {}", news_dir.display())?;
        summary.news = news::evaluate(&news_dir)?;
        news::print(&summary.news, out)?;
        writeln!(out)?;
    }

    if args.wants(Part::Speed) {
        writeln!(out, "== speed")?;
        let report = speed::evaluate(corpus)?;
        speed::print(&report, out)?;
        summary.speed = Some(report);
        writeln!(out)?;
    }

    for skipped in &summary.skipped {
        writeln!(out, "skipped: {skipped}")?;
    }
    summary.passed = args.no_floors || summary.floors.iter().all(|f| f.held);
    for floor in &summary.floors {
        writeln!(
            out,
            "floor {:<20} {:>8.4} >= {:<8.4} {}",
            floor.name,
            floor.value,
            floor.min,
            if floor.held { "ok" } else { "MISSED" }
        )?;
    }
    writeln!(
        out,
        "eval: {}",
        match (summary.passed, args.no_floors) {
            (true, true) => "done (floors not applied)",
            (true, false) => "all floors hold",
            (false, _) => "FAILED: a floor was missed",
        }
    )?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        eval: EvalArgs,
    }

    #[test]
    fn only_takes_a_comma_list() {
        let cli = Cli::parse_from(["eval", "--only", "seed,aeb", "--only", "news"]);
        assert_eq!(cli.eval.only, vec![Part::Seed, Part::Aeb, Part::News]);
        assert!(cli.eval.wants(Part::Aeb));
        assert!(!cli.eval.wants(Part::Ner));
    }

    #[test]
    fn every_part_runs_by_default() {
        let cli = Cli::parse_from(["eval", "--corpus", "x"]);
        assert!(cli.eval.wants(Part::Speed) && cli.eval.wants(Part::Seed));
        assert_eq!(cli.eval.aeb_min_f1, AEB_F1_FLOOR);
    }

    #[test]
    fn a_missing_corpus_is_an_error() {
        let args = EvalArgs::with_corpus("/nonexistent/khabar-corpus");
        let mut out = Vec::new();
        assert!(evaluate(&args, &mut out).is_err());
    }

    #[test]
    fn a_missed_floor_fails_unless_told_not_to() {
        let dir = std::env::temp_dir().join(format!("khabar-eval-floor-{}", std::process::id()));
        let aeb = dir.join("aeb").join("html");
        std::fs::create_dir_all(&aeb).unwrap();
        std::fs::write(
            dir.join("aeb").join("ground-truth.json"),
            r#"{"p1": {"articleBody": "one two three four five six"}}"#,
        )
        .unwrap();
        std::fs::write(aeb.join("p1.html"), "<html><body><p>zzz</p></body></html>").unwrap();
        let mut args = EvalArgs::with_corpus(&dir);
        args.only = vec![Part::Aeb];
        args.aeb_min_f1 = 1.5;
        let mut out = Vec::new();
        let failed = evaluate(&args, &mut out).unwrap();
        args.no_floors = true;
        let reported = evaluate(&args, &mut out).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(!failed.passed);
        assert!(reported.passed);
        assert_eq!(failed.floors.len(), 1);
        assert!(!failed.floors[0].held);
    }
}
