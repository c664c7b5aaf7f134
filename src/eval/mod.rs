//! The evaluation command over `../shared/corpus`: the seed check, AEB body F1, entity P/R/F1
//! per type on the NER gold, and throughput. Unlike the rest of the library it reads files:
//! it is a tool the team and CI run, not part of the request path.

pub mod ner;

use std::path::PathBuf;

/// Flags of `khabar eval`.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalArgs {
    /// The corpus folder (holds seed/, aeb/, arabic-news/, ner/).
    #[arg(long, default_value = "../shared/corpus")]
    pub corpus: PathBuf,
}

/// Why the evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A corpus file could not be read or understood.
    #[error("{0}")]
    Corpus(String),
}

/// Runs the evaluation, prints the report on stdout, and returns whether every floor held.
pub fn run(args: &EvalArgs) -> Result<bool, EvalError> {
    // STUB
    let _ = args;
    Ok(true)
}
