//! Prints entity P/R/F1 on the NER gold: `cargo run --release --example ner_eval -- [DIR] [ERRORS]`
//! (DIR defaults to ../shared/corpus/ner; ERRORS is how many false positives/negatives to list).

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "../shared/corpus/ner".to_string());
    let show: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    match khabar::eval::ner::evaluate(std::path::Path::new(&dir)) {
        Ok(mut r) => {
            r.show_errors = show;
            print!("{r}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}
