//! Shared helpers: building the app, sending requests through the router or a socket, and
//! the contract checks every 200 must pass.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use khabar::server::{self, AppState, Config};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

/// A test config: fixed concurrency so tests do not depend on the machine.
pub fn config() -> Config {
    Config {
        concurrency: Some(4),
        ..Config::default()
    }
}

/// The router with [`config`].
pub fn app() -> Router {
    app_with(config())
}

/// The router with `config`.
pub fn app_with(config: Config) -> Router {
    server::app(AppState::new(config))
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    pub fn content_type(&self) -> &str {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "{} body is not JSON ({e}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.to_vec()).unwrap()
    }
}

/// Sends `request` through a clone of `app` (tower oneshot).
pub async fn call(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let body = body.collect().await.unwrap().to_bytes();
    Reply {
        status: parts.status,
        headers: parts.headers,
        body,
    }
}

/// A POST with an optional content type.
pub fn post(path: &str, content_type: Option<&str>, body: impl Into<Body>) -> Request<Body> {
    let mut builder = Request::post(path);
    if let Some(ct) = content_type {
        builder = builder.header(header::CONTENT_TYPE, ct);
    }
    builder.body(body.into()).unwrap()
}

/// A GET.
pub fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).unwrap()
}

pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles")
}

/// The bytes of `tests/fixtures/articles/<name>`.
pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixtures_dir().join(name)).unwrap()
}

/// Every fixture with the content type it is sent as.
pub const FIXTURES: &[(&str, &str)] = &[
    ("ar-report.txt", "text/plain; charset=utf-8"),
    ("en-report.txt", "text/plain"),
    ("ar-page.html", "text/html; charset=utf-8"),
    ("en-page.html", "text/html"),
];

/// An error reply: the status, RFC 9457 problem+json with the four members.
#[track_caller]
pub fn assert_problem(reply: &Reply, status: u16) {
    assert_eq!(
        reply.status.as_u16(),
        status,
        "body: {}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.content_type(), "application/problem+json");
    let problem = reply.json();
    assert_eq!(problem["status"], status);
    for member in ["type", "title", "detail"] {
        let value = problem[member].as_str().unwrap_or_default();
        assert!(!value.is_empty(), "problem without {member}: {problem}");
    }
    assert!(problem["type"]
        .as_str()
        .unwrap()
        .starts_with("urn:khabar:problem:"));
}

/// The contract's invariants of a POST /parse 200 body.
#[track_caller]
pub fn assert_article(article: &Value) {
    let language = article["language"].as_str().unwrap();
    assert!(!language.is_empty());
    assert!(matches!(article["direction"].as_str(), Some("rtl" | "ltr")));
    let paragraphs: Vec<&str> = article["body"]["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let text = article["body"]["text"].as_str().unwrap();
    assert_eq!(
        text,
        paragraphs.join("\n\n"),
        "body.text must join the paragraphs"
    );
    // Never a silently empty 200.
    assert!(
        !text.trim().is_empty(),
        "a 200 with an empty body: {article}"
    );
    for appended in article["appended"].as_array().unwrap() {
        let ps: Vec<&str> = appended["body"]["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        assert_eq!(appended["body"]["text"].as_str().unwrap(), ps.join("\n\n"));
    }
    if let Some(entities) = article.get("entities") {
        assert_entities_index(text, entities);
    }
}

/// Every entity's `text` is the code points `start..end` of `text`, in order of `start`.
#[track_caller]
pub fn assert_entities_index(text: &str, entities: &Value) {
    let chars: Vec<char> = text.chars().collect();
    let mut last_start = 0;
    for entity in entities.as_array().unwrap() {
        let start = entity["start"].as_u64().unwrap() as usize;
        let end = entity["end"].as_u64().unwrap() as usize;
        assert!(start < end && end <= chars.len(), "bad span {entity}");
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(
            entity["text"].as_str().unwrap(),
            slice,
            "offsets of {entity}"
        );
        assert!(start >= last_start, "entities out of order at {entity}");
        last_start = start;
        assert!(!entity["type"].as_str().unwrap().is_empty());
        assert!(entity["normalized"].is_string());
    }
}

/// The invariants of a POST /entities 200 body.
#[track_caller]
pub fn assert_entities_response(response: &Value) {
    assert!(!response["language"].as_str().unwrap().is_empty());
    let text = response["text"].as_str().unwrap();
    assert!(!text.trim().is_empty(), "a 200 with no text: {response}");
    assert_entities_index(text, &response["entities"]);
}

/// A server on a real socket, run in the current tokio runtime.
pub struct Running {
    pub addr: SocketAddr,
    stop: tokio::sync::oneshot::Sender<()>,
    handle: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Asks for a graceful shutdown and waits for it.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        tokio::time::timeout(Duration::from_secs(10), self.handle)
            .await
            .expect("graceful shutdown took too long")
            .unwrap()
            .unwrap();
    }
}

/// Starts [`server::run`] on `127.0.0.1:0`.
pub async fn start(config: Config) -> Running {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let handle = tokio::spawn(server::run(listener, config, async move {
        let _ = stopped.await;
    }));
    Running { addr, stop, handle }
}

/// A server on a real socket in its own thread and runtime, for synchronous tests (CLI).
pub struct Background {
    pub addr: SocketAddr,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Background {
    pub fn start(config: Config) -> Self {
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Runtime::new().unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let stop = async move {
                    let _ = tokio::task::spawn_blocking(move || stop_rx.recv()).await;
                };
                server::run(listener, config, stop).await.unwrap();
            });
        });
        let addr = addr_rx.recv_timeout(Duration::from_secs(10)).unwrap();
        Background {
            addr,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A response read from a raw socket.
#[derive(Debug)]
pub struct RawReply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawReply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// Parses an HTTP/1.1 response with a `Content-Length` (what the server sends).
pub fn parse_raw(bytes: &[u8]) -> RawReply {
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(bytes)));
    let head = String::from_utf8_lossy(&bytes[..split]).to_string();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let body = bytes[split + 4..].to_vec();
    RawReply {
        status,
        headers,
        body,
    }
}

/// Sends `method path` with `body` on a fresh connection and reads the whole response.
pub async fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> RawReply {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(ct) = content_type {
        head.push_str(&format!("Content-Type: {ct}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut out))
        .await
        .expect("response took too long")
        .unwrap();
    parse_raw(&out)
}

/// The value of an unlabelled metric line such as `khabar_parse_in_flight 1`.
pub fn metric(metrics: &str, name: &str) -> Option<f64> {
    metrics.lines().find_map(|line| {
        let (n, v) = line.split_once(' ')?;
        (n == name).then(|| v.trim().parse().ok()).flatten()
    })
}
