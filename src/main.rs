//! The `khabar` binary: a thin clap front over the library.
//!
//! `khabar` / `khabar serve` runs the HTTP server; `parse`, `entities` and `eval` run the same
//! library code on files; `healthcheck` probes a running server for the container.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand};
use khabar::server::{self, ApiError, Config, Problem};
use khabar::{Declared, Input, Options};

/// Clean, normalized JSON from Arabic and English news articles.
#[derive(Debug, Parser)]
#[command(name = "khabar", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// With no command, `khabar` serves (same flags as `khabar serve`).
    #[command(flatten)]
    serve: Config,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the HTTP server (the default).
    Serve(Config),
    /// Parse articles; print one JSON object per input (JSON Lines), as POST /parse.
    ///
    /// A DIR stands for the .html, .htm, .xhtml and .txt files under it (also gzipped, as
    /// .html.gz), recursively, in path order (hidden files skipped). `-` is standard input. A failed input prints a
    /// problem line on stderr and the rest go on; the exit code is 1 if any failed.
    Parse(ParseArgs),
    /// Find entities in one input (FILE or `-`); print the object POST /entities returns.
    Entities {
        /// The input; standard input when absent or `-`.
        input: Option<PathBuf>,
    },
    /// Exit 0 if the server answers GET /healthz with 200, else 1 (for a container HEALTHCHECK).
    Healthcheck(HealthcheckArgs),
    /// Run the evaluation over the corpus; exit 1 if a floor does not hold.
    Eval(khabar::eval::EvalArgs),
}

#[derive(Debug, clap::Args)]
struct ParseArgs {
    /// Add the `entities` field (offsets into body.text).
    #[arg(long)]
    entities: bool,
    /// Inputs parsed at once. Default: available CPUs.
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Files, directories, or `-` for standard input (the default).
    #[arg(value_name = "FILE|DIR|-")]
    inputs: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct HealthcheckArgs {
    /// Full URL to probe, e.g. `http://127.0.0.1:8080/healthz`. Default: /healthz on --listen.
    #[arg(long)]
    url: Option<String>,
    /// The server's listen address (an unspecified IP such as 0.0.0.0 means loopback).
    #[arg(long, env = "KHABAR_LISTEN", default_value = server::config::DEFAULT_LISTEN)]
    listen: SocketAddr,
    /// Give up after this long, e.g. `3s`.
    #[arg(long, default_value = "3s", value_parser = server::config::parse_duration)]
    timeout: Duration,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => serve(cli.serve).map(|()| true),
        Some(Command::Serve(config)) => serve(config).map(|()| true),
        Some(Command::Parse(args)) => parse_command(&args),
        Some(Command::Entities { input }) => entities_command(input.as_deref()),
        Some(Command::Healthcheck(args)) => healthcheck(&args),
        Some(Command::Eval(args)) => khabar::eval::run(&args).map_err(anyhow::Error::from),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("khabar: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(config: Config) -> anyhow::Result<()> {
    server::telemetry::init().map_err(anyhow::Error::msg)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // Parsing runs on the blocking threads; deep pages must not meet tokio's 2 MiB default.
        .thread_stack_size(8 * 1024 * 1024)
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?;
        server::run(listener, config, server::shutdown_signal()).await?;
        Ok(())
    })
}

/// One input of `parse` / `entities`.
#[derive(Debug, Clone)]
enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "-".into(),
            Source::File(p) => p.display().to_string(),
        }
    }

    fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().lock().read_to_end(&mut bytes)?;
                Ok(bytes)
            }
            Source::File(p) if is_gzip(p) => {
                let file = std::fs::File::open(p)?;
                let mut bytes = Vec::new();
                // Bounded: a gzip bomb must not exhaust memory.
                flate2::read::GzDecoder::new(file)
                    .take(MAX_GUNZIPPED_BYTES + 1)
                    .read_to_end(&mut bytes)?;
                if bytes.len() as u64 > MAX_GUNZIPPED_BYTES {
                    return Err(std::io::Error::other(format!(
                        "decompresses to over {MAX_GUNZIPPED_BYTES} bytes"
                    )));
                }
                Ok(bytes)
            }
            Source::File(p) => std::fs::read(p),
        }
    }

    /// The kind the file name declares: `.html`/`.htm`/`.xhtml` or `.txt`.
    fn declared(&self) -> Declared {
        let Source::File(path) = self else {
            return Declared::Unknown;
        };
        // `page.html.gz` declares what `page.html` would.
        let path = if is_gzip(path) {
            Path::new(path.file_stem().unwrap_or_default())
        } else {
            path.as_path()
        };
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("html" | "htm" | "xhtml") => Declared::Html,
            Some("txt") => Declared::Text,
            _ => Declared::Unknown,
        }
    }
}

/// Largest decompressed size of a `.gz` input.
const MAX_GUNZIPPED_BYTES: u64 = 256 * 1024 * 1024;

fn is_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Expands the arguments: `-`, files as given, directories to their article files.
fn expand(args: &[PathBuf]) -> Vec<Result<Source, Problem>> {
    if args.is_empty() {
        return vec![Ok(Source::Stdin)];
    }
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
        } else if arg.is_dir() {
            let mut files = Vec::new();
            match walk(arg, &mut files) {
                Ok(()) => {
                    files.sort();
                    out.extend(files.into_iter().map(|f| Ok(Source::File(f))));
                }
                Err(e) => out.push(Err(io_problem(&arg.display().to_string(), &e))),
            }
        } else {
            out.push(Ok(Source::File(arg.clone())));
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        // Symlinked directories are not followed: a loop would never end.
        if kind.is_dir() {
            walk(&path, files)?;
        } else if path.is_file() && Source::File(path.clone()).declared() != Declared::Unknown {
            files.push(path);
        }
    }
    Ok(())
}

fn io_problem(name: &str, e: &std::io::Error) -> Problem {
    Problem {
        kind: "urn:khabar:problem:io".into(),
        title: "Input not readable".into(),
        status: 400,
        detail: e.to_string(),
        instance: Some(name.into()),
    }
}

/// Reads and runs one input; the JSON line or the problem.
fn run_one<T: serde::Serialize>(
    source: &Source,
    job: impl FnOnce(&Input<'_>) -> Result<T, khabar::Error>,
) -> Result<String, Problem> {
    let name = source.name();
    let bytes = source.read().map_err(|e| io_problem(&name, &e))?;
    let input = Input {
        bytes: &bytes,
        declared: source.declared(),
        charset: None,
        url: None,
    };
    let value = job(&input).map_err(|e| Problem {
        instance: Some(name.clone()),
        ..ApiError::from(e).problem()
    })?;
    serde_json::to_string(&value).map_err(|e| Problem {
        instance: Some(name),
        ..ApiError::Internal(e.to_string()).problem()
    })
}

fn problem_line(problem: &Problem) -> String {
    serde_json::to_string(problem).unwrap_or_else(|_| problem.detail.clone())
}

fn parse_command(args: &ParseArgs) -> anyhow::Result<bool> {
    let sources = expand(&args.inputs);
    let options = Options {
        entities: args.entities,
        ..Options::default()
    };
    let jobs = args
        .jobs
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .clamp(1, sources.len().max(1));
    let progress = (sources.len() > 1 && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(sources.len() as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} {per_sec} eta {eta} {msg}",
        ) {
            bar.set_style(style);
        }
        bar
    });

    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = 0usize;
    let mut pipe_closed = false;
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Result<String, Problem>)>();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, sources) = (&next, &sources);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(source) = sources.get(i) else { break };
                let line = match source {
                    Ok(source) => run_one(source, |input| khabar::parse(input, &options)),
                    Err(problem) => Err(problem.clone()),
                };
                if tx.send((i, line)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Print in input order whatever order the workers finish in.
        let mut pending = BTreeMap::new();
        let mut want = 0usize;
        'receive: for (i, line) in rx {
            pending.insert(i, line);
            while let Some(line) = pending.remove(&want) {
                want += 1;
                match line {
                    Ok(json) => {
                        if writeln!(stdout, "{json}").is_err() {
                            // A closed pipe (`| head`): stop quietly.
                            pipe_closed = true;
                            next.store(usize::MAX / 2, Ordering::Relaxed);
                            break 'receive;
                        }
                    }
                    Err(problem) => {
                        failed += 1;
                        let text = problem_line(&problem);
                        match &progress {
                            Some(bar) => bar.suspend(|| eprintln!("{text}")),
                            None => eprintln!("{text}"),
                        }
                    }
                }
                if let Some(bar) = &progress {
                    bar.inc(1);
                }
            }
        }
    });
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !pipe_closed {
        stdout.flush().context("cannot write to stdout")?;
    }
    if failed > 0 {
        eprintln!("khabar: {failed} of {} inputs failed", sources.len());
    }
    Ok(failed == 0)
}

fn entities_command(input: Option<&Path>) -> anyhow::Result<bool> {
    let source = match input {
        None => Source::Stdin,
        Some(p) if p.as_os_str() == "-" => Source::Stdin,
        Some(p) => Source::File(p.to_path_buf()),
    };
    let options = Options::default();
    match run_one(&source, |input| khabar::entities(input, &options)) {
        Ok(json) => {
            let mut stdout = std::io::stdout().lock();
            writeln!(stdout, "{json}").context("cannot write to stdout")?;
            Ok(true)
        }
        Err(problem) => {
            eprintln!("{}", problem_line(&problem));
            Ok(false)
        }
    }
}

/// GET the health URL with a tiny blocking HTTP/1.1 request: no HTTP client dependency.
fn healthcheck(args: &HealthcheckArgs) -> anyhow::Result<bool> {
    let url = match &args.url {
        Some(url) => url.clone(),
        None => {
            let mut addr = args.listen;
            if addr.ip().is_unspecified() {
                addr.set_ip(match addr.ip() {
                    IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
                    IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::LOCALHOST),
                });
            }
            format!("http://{addr}/healthz")
        }
    };
    let Some(rest) = url.strip_prefix("http://") else {
        bail!("only http:// URLs are supported: {url}");
    };
    let (authority, path) = match rest.split_once('/') {
        Some((authority, path)) => (authority, format!("/{path}")),
        None => (rest, "/healthz".to_string()),
    };
    let addr = authority
        .to_socket_addrs()
        .with_context(|| format!("bad address {authority}"))?
        .next()
        .with_context(|| format!("{authority} resolves to nothing"))?;
    let mut stream = match TcpStream::connect_timeout(&addr, args.timeout) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("khabar: {url}: {e}");
            return Ok(false);
        }
    };
    stream.set_read_timeout(Some(args.timeout))?;
    stream.set_write_timeout(Some(args.timeout))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\nUser-Agent: khabar-healthcheck\r\n\r\n"
    )?;
    let mut head = Vec::new();
    stream.take(64 * 1024).read_to_end(&mut head)?;
    let head = String::from_utf8_lossy(&head);
    let status = head
        .lines()
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .unwrap_or("");
    if status == "200" {
        Ok(true)
    } else {
        eprintln!("khabar: {url} answered {status:?}");
        Ok(false)
    }
}
