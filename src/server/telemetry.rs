//! Logging: JSON lines on stdout (one object per event, with the request span's fields such
//! as `request_id`), filtered by `KHABAR_LOG` or `RUST_LOG` (default `info`).

use tracing_subscriber::EnvFilter;

/// Installs the JSON subscriber. Call once, from `khabar serve` only: the other commands
/// print their results on stdout.
pub fn init() -> Result<(), String> {
    let filter = EnvFilter::try_from_env("KHABAR_LOG")
        .or_else(|_| EnvFilter::try_from_default_env())
        .unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter)
        .with_current_span(true)
        .with_span_list(false)
        .with_writer(std::io::stdout)
        .try_init()
        .map_err(|e| e.to_string())
}
