//! Times entity extraction on a text file, N rounds after a warm-up (profiling aid):
//! `cargo run --release --example ner_speed -- FILE [ROUNDS]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let raw = std::fs::read_to_string(&path).unwrap_or_default();
    // BIO files: keep the token column (RAW=1 in the environment: the file as it is).
    let text: String = if std::env::var_os("RAW").is_some() {
        raw.clone()
    } else {
        raw.lines()
            .map(|l| l.split(['\t', ' ']).next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let ctx = khabar::entities::Context::default();
    let _ = khabar::entities::extract("وزير", "ar", &ctx);
    let c0 = cpu_ns();
    let t0 = std::time::Instant::now();
    let mut n = 0;
    // NAMES=1: persons, places and organizations only (no date scan).
    let names_only = std::env::var_os("NAMES").is_some();
    for _ in 0..rounds {
        n += if names_only {
            khabar::entities::extract_names(&text, "ar").len()
        } else {
            khabar::entities::extract(&text, "ar", &ctx).len()
        };
    }
    let s = t0.elapsed().as_secs_f64();
    let cpu = (cpu_ns().saturating_sub(c0)) as f64 / 1e9;
    let mb = (text.len() * rounds) as f64 / 1e6;
    println!(
        "{} entities, {:.1} MB/s wall, {:.1} MB/s of CPU time",
        n / rounds.max(1),
        mb / s,
        mb / cpu
    );
}

/// Nanoseconds this thread has run on a CPU (Linux schedstat), 0 elsewhere.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
