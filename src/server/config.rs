//! Server configuration: one clap struct, every flag also read from a `KHABAR_*` environment
//! variable (12-factor), with the same defaults when built in code for tests.

use std::net::SocketAddr;
use std::time::Duration;

/// Default listen address; the container sets `0.0.0.0:8080`.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// Default body limit: 5 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 5 * 1024 * 1024;

/// How the server runs. `khabar serve --help` lists every flag with its variable.
#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "KHABAR_LISTEN", default_value = DEFAULT_LISTEN)]
    pub listen: SocketAddr,

    /// Largest request body accepted, in bytes; larger bodies get 413 without being read.
    #[arg(long, env = "KHABAR_MAX_BODY_BYTES", default_value_t = DEFAULT_MAX_BODY_BYTES)]
    pub max_body_bytes: usize,

    /// Parse requests served at once; more are shed with 503. Default: 2 × available CPUs.
    #[arg(long, env = "KHABAR_CONCURRENCY", value_parser = clap::value_parser!(u32).range(1..))]
    pub concurrency: Option<u32>,

    /// Deadline for a whole parse request (body, parse, response), e.g. `30s`, `500ms`.
    #[arg(long, env = "KHABAR_REQUEST_TIMEOUT", default_value = "30s", value_parser = parse_duration)]
    pub request_timeout: Duration,

    /// Deadline for receiving the request body, against slow clients (408 after it).
    #[arg(long, env = "KHABAR_BODY_TIMEOUT", default_value = "15s", value_parser = parse_duration)]
    pub body_timeout: Duration,

    /// Deadline for receiving the request headers (and for an idle keep-alive connection),
    /// against slow-loris clients: the connection is closed after it.
    #[arg(long, env = "KHABAR_HEADER_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    pub header_timeout: Duration,

    /// Seconds sent in `Retry-After` with a 503.
    #[arg(long = "retry-after", env = "KHABAR_RETRY_AFTER", default_value_t = 1)]
    pub retry_after_secs: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            concurrency: None,
            request_timeout: Duration::from_secs(30),
            body_timeout: Duration::from_secs(15),
            header_timeout: Duration::from_secs(10),
            retry_after_secs: 1,
        }
    }
}

impl Config {
    /// The concurrency limit in force: the flag, else 2 × available parallelism.
    pub fn effective_concurrency(&self) -> usize {
        match self.concurrency {
            Some(n) => n.max(1) as usize,
            None => std::thread::available_parallelism()
                .map(|n| n.get() * 2)
                .unwrap_or(2),
        }
    }
}

/// Parses `30s`, `500ms`, `2m` or a bare number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map_or(s.len(), |(i, _)| i);
    let (number, unit) = (s.get(..split).unwrap_or(""), s.get(split..).unwrap_or(""));
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{s}` is not a duration like 30s or 500ms"))?;
    let secs = match unit.trim() {
        "" | "s" => value,
        "ms" => value / 1000.0,
        "m" => value * 60.0,
        other => return Err(format!("unknown duration unit `{other}` (use ms, s or m)")),
    };
    Duration::try_from_secs_f64(secs).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_in_common_units() {
        assert_eq!(parse_duration("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("5"), Ok(Duration::from_secs(5)));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("5h").is_err());
        assert!(parse_duration("").is_err());
    }

    #[test]
    fn default_matches_the_clap_defaults() {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            config: Config,
        }
        // try_parse_from still reads KHABAR_* from the environment; none is set in tests.
        let parsed = Cli::try_parse_from(["khabar"]).unwrap().config;
        let default = Config::default();
        assert_eq!(parsed.listen, default.listen);
        assert_eq!(parsed.max_body_bytes, default.max_body_bytes);
        assert_eq!(parsed.request_timeout, default.request_timeout);
        assert_eq!(parsed.body_timeout, default.body_timeout);
        assert_eq!(parsed.header_timeout, default.header_timeout);
        assert_eq!(parsed.retry_after_secs, default.retry_after_secs);
        assert!(default.effective_concurrency() >= 1);
    }
}
