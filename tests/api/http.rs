//! Every endpoint and every error through the router, the stress inputs of the contract
//! ("never a 500, a panic, a hang or a silently empty 200"), and the behaviours that need
//! real sockets: load shedding, graceful shutdown.

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, Request, StatusCode};
use futures_util::stream;
use khabar::server::{self, AppState, Config};

use crate::helpers::*;

#[tokio::test]
async fn parse_answers_every_fixture_with_the_contract_fields() {
    let app = app();
    for (name, content_type) in FIXTURES {
        let reply = call(&app, post("/parse", Some(content_type), fixture(name))).await;
        assert_eq!(reply.status, StatusCode::OK, "{name}: {}", reply.text());
        assert_eq!(reply.content_type(), "application/json");
        let article = reply.json();
        assert_article(&article);
        assert!(
            article.get("entities").is_none(),
            "entities only on request"
        );
        for field in ["title", "published_at", "dateline", "source"] {
            assert!(article.get(field).is_some(), "{name}: {field} missing");
        }
        for field in ["authors", "keywords", "related", "appended"] {
            assert!(article[field].is_array(), "{name}: {field} not an array");
        }
    }
}

#[tokio::test]
async fn arabic_bodies_read_right_to_left() {
    let app = app();
    for name in ["ar-report.txt", "ar-page.html"] {
        let reply = call(&app, post("/parse", None, fixture(name))).await;
        let article = reply.json();
        assert_eq!(article["language"], "ar", "{name}");
        assert_eq!(article["direction"], "rtl", "{name}");
    }
}

#[tokio::test]
async fn entities_query_adds_entities_that_index_the_body() {
    let app = app();
    for (name, content_type) in FIXTURES {
        let reply = call(
            &app,
            post("/parse?entities=true", Some(content_type), fixture(name)),
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK, "{name}");
        let article = reply.json();
        assert!(article["entities"].is_array(), "{name}: no entities field");
        assert_article(&article);
    }
    let reply = call(
        &app,
        post(
            "/parse?entities=false",
            Some("text/plain"),
            fixture("en-report.txt"),
        ),
    )
    .await;
    assert!(reply.json().get("entities").is_none());
}

#[tokio::test]
async fn a_bad_query_is_a_400_problem() {
    let reply = call(
        &app(),
        post(
            "/parse?entities=maybe",
            Some("text/plain"),
            fixture("en-report.txt"),
        ),
    )
    .await;
    assert_problem(&reply, 400);
}

#[tokio::test]
async fn entities_endpoint_returns_text_and_offsets() {
    let app = app();
    for (name, content_type) in FIXTURES {
        let reply = call(&app, post("/entities", Some(content_type), fixture(name))).await;
        assert_eq!(reply.status, StatusCode::OK, "{name}: {}", reply.text());
        assert_eq!(reply.content_type(), "application/json");
        assert_entities_response(&reply.json());
    }
}

#[tokio::test]
async fn json_bodies_carry_html_or_text_and_an_optional_url() {
    let app = app();
    let html = String::from_utf8(fixture("en-page.html")).unwrap();
    let text = String::from_utf8(fixture("ar-report.txt")).unwrap();
    let bodies = [
        serde_json::json!({ "html": html, "url": "https://news.example/world/harbour" }),
        serde_json::json!({ "text": text }),
        serde_json::json!({ "text": text, "url": null }),
    ];
    for body in bodies {
        let bytes = serde_json::to_vec(&body).unwrap();
        let reply = call(
            &app,
            post("/parse", Some("application/json"), bytes.clone()),
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
        assert_article(&reply.json());
        let reply = call(&app, post("/entities", Some("application/json"), bytes)).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_entities_response(&reply.json());
    }
}

#[tokio::test]
async fn a_text_dump_and_its_json_wrapper_parse_the_same() {
    let app = app();
    let text = fixture("en-report.txt");
    let raw = call(&app, post("/parse", Some("text/plain"), text.clone())).await;
    let wrapped = serde_json::json!({ "text": String::from_utf8(text).unwrap() });
    let json = call(
        &app,
        post("/parse", Some("application/json"), wrapped.to_string()),
    )
    .await;
    assert_eq!(raw.json(), json.json());
}

#[tokio::test]
async fn malformed_json_bodies_are_400_problems() {
    let app = app();
    for body in [
        "{",
        "[]",
        "null",
        r#"{"html": "<p>a</p>", "text": "a"}"#,
        r#"{"url": "https://news.example/"}"#,
        r#"{"html": 42}"#,
        r#"{"body": "a"}"#,
    ] {
        for path in ["/parse", "/entities"] {
            let reply = call(&app, post(path, Some("application/json"), body)).await;
            assert_problem(&reply, 400);
            assert_eq!(reply.json()["type"], "urn:khabar:problem:bad-json");
        }
    }
}

#[tokio::test]
async fn unsupported_media_types_are_415_problems() {
    let app = app();
    for content_type in [
        "image/png",
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=xyz",
        "text/html; charset=no-such-charset",
        "application/json; charset=utf-16",
    ] {
        for path in ["/parse", "/entities"] {
            let reply = call(&app, post(path, Some(content_type), "<p>نص</p>")).await;
            assert_problem(&reply, 415);
        }
    }
}

#[tokio::test]
async fn a_missing_content_type_is_sniffed() {
    let app = app();
    for (name, _) in FIXTURES {
        let reply = call(&app, post("/parse", None, fixture(name))).await;
        assert_eq!(reply.status, StatusCode::OK, "{name}");
        assert_article(&reply.json());
        let reply = call(
            &app,
            post("/parse", Some("application/octet-stream"), fixture(name)),
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK, "{name}");
    }
}

#[tokio::test]
async fn empty_and_blank_inputs_are_422_problems() {
    let app = app();
    let cases: &[(Option<&str>, &str)] = &[
        (Some("text/plain"), ""),
        (Some("text/html"), ""),
        (None, ""),
        (Some("text/plain"), "   \n\n\t  "),
        (
            Some("text/html"),
            "<html><head><title></title></head><body>  </body></html>",
        ),
        (Some("application/json"), r#"{"text": ""}"#),
        (Some("application/json"), r#"{"html": "<p> </p>"}"#),
    ];
    for (content_type, body) in cases {
        for path in ["/parse", "/entities"] {
            let reply = call(&app, post(path, *content_type, *body)).await;
            assert_problem(&reply, 422);
            assert_eq!(reply.json()["type"], "urn:khabar:problem:no-text");
        }
    }
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405_problems() {
    let app = app();
    for path in ["/", "/nope", "/parse/extra", "/v1/parse"] {
        assert_problem(&call(&app, get(path)).await, 404);
    }
    let reply = call(&app, get("/parse")).await;
    assert_problem(&reply, 405);
    assert_eq!(reply.headers[header::ALLOW], "POST");
    let reply = call(&app, get("/entities")).await;
    assert_problem(&reply, 405);
    let reply = call(&app, post("/healthz", Some("text/plain"), "x")).await;
    assert_problem(&reply, 405);
    assert!(reply.headers[header::ALLOW]
        .to_str()
        .unwrap()
        .contains("GET"));
    let delete = Request::delete("/metrics").body(Body::empty()).unwrap();
    assert_problem(&call(&app, delete).await, 405);
}

#[tokio::test]
async fn health_and_readiness_answer_small_json() {
    let state = AppState::new(config());
    let app = server::app(state.clone());
    for path in ["/healthz", "/readyz"] {
        let reply = call(&app, get(path)).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(reply.content_type(), "application/json");
        assert!(reply.json()["status"].is_string());
        assert!(reply.body.len() < 200);
    }
    state.start_draining();
    assert_problem(&call(&app, get("/readyz")).await, 503);
    assert_eq!(call(&app, get("/healthz")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn metrics_count_requests_pages_and_bytes() {
    let app = app();
    let body = fixture("ar-report.txt");
    call(&app, post("/parse", Some("text/plain"), body.clone())).await;
    call(&app, post("/parse", Some("text/plain"), "")).await;
    call(&app, get("/nope")).await;
    let reply = call(&app, get("/metrics")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply
        .content_type()
        .starts_with("application/openmetrics-text"));
    let text = reply.text();
    for line in [
        r#"khabar_http_requests_total{route="/parse",method="POST",status="200"} 1"#,
        r#"khabar_http_requests_total{route="/parse",method="POST",status="422"} 1"#,
        r#"khabar_http_requests_total{route="unmatched",method="GET",status="404"} 1"#,
        r#"khabar_pages_parsed_total{endpoint="parse",outcome="ok"} 1"#,
        r#"khabar_pages_parsed_total{endpoint="parse",outcome="no-text"} 1"#,
        r#"khabar_http_request_duration_seconds_count{route="/parse"} 2"#,
    ] {
        assert!(text.contains(line), "missing {line} in\n{text}");
    }
    assert_eq!(
        metric(&text, "khabar_input_bytes_total"),
        Some(body.len() as f64)
    );
    assert_eq!(metric(&text, "khabar_parse_in_flight"), Some(0.0));
    assert!(text.trim_end().ends_with("# EOF"));
}

#[tokio::test]
async fn request_ids_are_echoed_or_made() {
    let app = app();
    let request = Request::get("/healthz")
        .header("x-request-id", "abc-123")
        .body(Body::empty())
        .unwrap();
    let reply = call(&app, request).await;
    assert_eq!(reply.headers["x-request-id"], "abc-123");
    let reply = call(&app, post("/parse", Some("image/png"), "x")).await;
    let made = reply.headers["x-request-id"].to_str().unwrap();
    assert_eq!(made.len(), 36, "a UUID: {made}");
}

/// A body of `total` zero bytes in 64 KiB chunks, made lazily; `pulled` counts what the
/// server actually read.
fn counted_body(total: usize, pulled: Arc<AtomicUsize>) -> Body {
    const CHUNK: usize = 64 * 1024;
    static ZEROS: [u8; CHUNK] = [b'a'; CHUNK];
    let chunks = total.div_ceil(CHUNK);
    Body::from_stream(stream::iter((0..chunks).map(move |_| {
        pulled.fetch_add(CHUNK, Ordering::SeqCst);
        Ok::<_, Infallible>(Bytes::from_static(&ZEROS))
    })))
}

#[tokio::test]
async fn a_50_mb_body_is_413_without_being_read() {
    let app = app();
    let limit = Config::default().max_body_bytes;
    const FIFTY_MB: usize = 50 * 1024 * 1024;

    // Declared length over the limit: refused before reading a byte.
    let pulled = Arc::new(AtomicUsize::new(0));
    let request = Request::post("/parse")
        .header(header::CONTENT_TYPE, "text/plain")
        .header(header::CONTENT_LENGTH, FIFTY_MB)
        .body(counted_body(FIFTY_MB, pulled.clone()))
        .unwrap();
    let reply = call(&app, request).await;
    assert_problem(&reply, 413);
    assert_eq!(reply.json()["type"], "urn:khabar:problem:body-too-large");
    assert_eq!(pulled.load(Ordering::SeqCst), 0);

    // Streamed without a length: refused as soon as it passes the limit.
    let pulled = Arc::new(AtomicUsize::new(0));
    let request = post(
        "/entities",
        Some("text/html"),
        counted_body(FIFTY_MB, pulled.clone()),
    );
    assert_problem(&call(&app, request).await, 413);
    let read = pulled.load(Ordering::SeqCst);
    assert!(
        read <= limit + 64 * 1024,
        "read {read} bytes of a 50 MB body"
    );
}

#[tokio::test]
async fn the_body_limit_is_configurable() {
    let app = app_with(Config {
        max_body_bytes: 1000,
        ..config()
    });
    let body = fixture("ar-page.html");
    assert!(body.len() > 1000);
    assert_problem(
        &call(&app, post("/parse", Some("text/html"), body)).await,
        413,
    );
    let small = "Short wire story.\n\nIt has two paragraphs.";
    let reply = call(&app, post("/parse", Some("text/plain"), small)).await;
    assert_eq!(reply.status, StatusCode::OK);
}

#[tokio::test]
async fn a_slow_body_is_408() {
    let app = app_with(Config {
        body_timeout: Duration::from_millis(200),
        ..config()
    });
    let never = Body::from_stream(stream::pending::<Result<Bytes, Infallible>>());
    let reply = tokio::time::timeout(
        Duration::from_secs(10),
        call(&app, post("/parse", Some("text/plain"), never)),
    )
    .await
    .expect("the body deadline did not fire");
    assert_problem(&reply, 408);
}

#[tokio::test]
async fn a_request_past_its_deadline_is_503_with_retry_after() {
    let app = app_with(Config {
        request_timeout: Duration::from_millis(200),
        body_timeout: Duration::from_secs(60),
        ..config()
    });
    let never = Body::from_stream(stream::pending::<Result<Bytes, Infallible>>());
    let reply = tokio::time::timeout(
        Duration::from_secs(10),
        call(&app, post("/entities", Some("text/plain"), never)),
    )
    .await
    .expect("the request deadline did not fire");
    assert_problem(&reply, 503);
    assert_eq!(reply.json()["type"], "urn:khabar:problem:timeout");
    assert!(reply.headers.contains_key(header::RETRY_AFTER));
}

/// 20,000 nested elements: no stack overflow (which would abort this whole test binary),
/// no 500, no hang. Parsing runs on a blocking thread with tokio's default 2 MiB stack here,
/// smaller than the binary's.
///
/// FIXME(html): nested `<div>`s cost quadratic time in the HTML tree builder (each start tag
/// looks for an open `<p>` through the whole stack of open elements): 5k → 1.3 s, 10k → 4.3 s,
/// 20k → 18 s in a debug build. A 5 MiB body of `<div>`s would run for a very long time on a
/// blocking thread that no timeout can stop, so the library needs a nesting budget before
/// the tree builder. Until then only one 20k `<div>` page is sent here.
#[tokio::test]
async fn twenty_thousand_nested_tags_do_not_overflow() {
    // Debug builds on a loaded machine are slow; the deadline is not what is tested here.
    let app = app_with(Config {
        request_timeout: Duration::from_secs(600),
        ..config()
    });
    let cases: &[(&str, &[&str])] = &[
        ("div", &["/parse?entities=true"]),
        ("span", &["/parse?entities=true", "/entities"]),
        ("b", &["/parse", "/entities"]),
        ("table", &["/parse", "/entities"]),
    ];
    for (tag, paths) in cases {
        let depth = 20_000;
        let mut page = String::from("<html><body>");
        for i in 0..depth {
            page.push_str(&format!("<{tag}>"));
            if i % 1000 == 0 {
                page.push_str("نص عربي في عمق الصفحة. ");
            }
        }
        page.push_str("<p>The innermost paragraph of a very deep page.</p>");
        for _ in 0..depth {
            page.push_str(&format!("</{tag}>"));
        }
        page.push_str("</body></html>");
        for path in *paths {
            let reply = tokio::time::timeout(
                Duration::from_secs(600),
                call(&app, post(path, Some("text/html"), page.clone())),
            )
            .await
            .expect("a deep page hung");
            assert_no_500_and_no_empty_200(path, &reply);
        }
    }
}

/// The stress rule: a problem for errors, a non-empty article for 200, never a 5xx.
#[track_caller]
pub fn assert_no_500_and_no_empty_200(path: &str, reply: &Reply) {
    assert!(
        !reply.status.is_server_error(),
        "{path}: {} {}",
        reply.status,
        String::from_utf8_lossy(&reply.body)
    );
    if reply.status == StatusCode::OK {
        if path.starts_with("/parse") {
            assert_article(&reply.json());
        } else {
            assert_entities_response(&reply.json());
        }
    } else {
        assert_problem(reply, reply.status.as_u16());
    }
}

#[tokio::test]
async fn invalid_utf8_and_random_bytes_never_give_a_500() {
    let app = app();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut random = vec![0u8; 4096];
    for b in &mut random {
        // xorshift: fixed pseudo-random bytes, no dependency.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        *b = seed as u8;
    }
    let mut broken = fixture("ar-report.txt");
    broken.insert(10, 0xff);
    broken.insert(40, 0xc3);
    let inputs: Vec<(Option<&str>, Vec<u8>)> = vec![
        (Some("text/plain; charset=utf-8"), broken.clone()),
        (Some("text/html"), broken.clone()),
        (None, broken),
        (Some("text/plain"), random.clone()),
        (Some("text/html"), random.clone()),
        (None, random),
        (Some("text/plain"), vec![0u8; 1000]),
        (
            Some("application/json"),
            b"{\"text\": \"\xff\xfe\"}".to_vec(),
        ),
    ];
    for (content_type, body) in inputs {
        for path in ["/parse", "/entities"] {
            let reply = call(&app, post(path, content_type, body.clone())).await;
            assert_no_500_and_no_empty_200(path, &reply);
        }
    }
}

fn windows_1256(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

#[tokio::test]
async fn windows_1256_without_a_label_is_decoded_or_refused_never_garbled() {
    let app = app();
    let text = String::from_utf8(fixture("ar-report.txt")).unwrap();
    let bytes = windows_1256(&text);
    for content_type in [None, Some("text/plain"), Some("text/html")] {
        let reply = call(&app, post("/parse", content_type, bytes.clone())).await;
        assert_no_500_and_no_empty_200("/parse", &reply);
        if reply.status == StatusCode::OK {
            let body = reply.json()["body"]["text"].as_str().unwrap().to_string();
            assert!(body.contains("معرض"), "mis-decoded: {body}");
        }
    }
}

#[tokio::test]
async fn the_charset_parameter_is_honoured() {
    let app = app();
    let text = String::from_utf8(fixture("ar-report.txt")).unwrap();
    let bytes = windows_1256(&text);
    let reply = call(
        &app,
        post("/parse", Some("text/plain; charset=windows-1256"), bytes),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    let article = reply.json();
    assert!(article["body"]["text"].as_str().unwrap().contains("معرض"));
    assert_eq!(article["direction"], "rtl");
}

/// One real socket end to end: a parse, then a graceful shutdown.
#[tokio::test]
async fn a_real_socket_serves_and_shuts_down_gracefully() {
    let server = start(config()).await;
    let reply = request(
        server.addr,
        "POST",
        "/parse?entities=true",
        Some("text/plain; charset=utf-8"),
        &fixture("ar-report.txt"),
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert!(reply.header("x-request-id").is_some());
    let article = reply.json();
    assert_article(&article);
    let reply = request(server.addr, "GET", "/healthz", None, b"").await;
    assert_eq!(reply.status, 200);
    let addr = server.addr;
    server.stop().await;
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "still listening after shutdown"
    );
}

/// Over real sockets a 50 MB upload is answered 413 after at most the limit is read.
#[tokio::test]
async fn a_real_socket_refuses_a_50_mb_upload() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = start(config()).await;
    let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let head = format!(
        "POST /parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n",
        50 * 1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    // Send a little of the body; the server answers without waiting for the rest.
    let _ = stream.write_all(&[b'x'; 64 * 1024]).await;
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut out)).await;
    let reply = parse_raw(&out);
    assert_eq!(reply.status, 413);
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    server.stop().await;
}

/// Load shedding over two real connections, deterministic: connection 1 holds the only
/// slot by sending half its body; once /metrics shows it in flight, connection 2 is shed
/// with 503 + Retry-After. When connection 1 finishes, the slot is free again.
#[tokio::test]
async fn load_shedding_answers_503_with_retry_after() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = start(Config {
        concurrency: Some(1),
        body_timeout: Duration::from_secs(60),
        request_timeout: Duration::from_secs(60),
        retry_after_secs: 2,
        ..config()
    })
    .await;
    let body = fixture("en-report.txt");
    let (first, rest) = body.split_at(body.len() / 2);

    let mut holder = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let head = format!(
        "POST /parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    holder.write_all(head.as_bytes()).await.unwrap();
    holder.write_all(first).await.unwrap();

    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let metrics = request(server.addr, "GET", "/metrics", None, b"").await;
        let text = String::from_utf8(metrics.body).unwrap();
        if metric(&text, "khabar_parse_in_flight") == Some(1.0) {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "slot never taken");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // The probes stay outside the shedding layer.
    assert_eq!(
        request(server.addr, "GET", "/readyz", None, b"")
            .await
            .status,
        200
    );
    let shed = request(server.addr, "POST", "/parse", Some("text/plain"), &body).await;
    assert_eq!(
        shed.status,
        503,
        "{:?}",
        String::from_utf8_lossy(&shed.body)
    );
    assert_eq!(shed.header("retry-after"), Some("2"));
    assert_eq!(
        shed.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(shed.json()["type"], "urn:khabar:problem:overloaded");
    let shed = request(server.addr, "POST", "/entities", Some("text/plain"), &body).await;
    assert_eq!(shed.status, 503, "the limit is shared by both endpoints");

    holder.write_all(rest).await.unwrap();
    let mut out = Vec::new();
    holder.read_to_end(&mut out).await.unwrap();
    assert_eq!(parse_raw(&out).status, 200);

    let after = request(server.addr, "POST", "/parse", Some("text/plain"), &body).await;
    assert_eq!(after.status, 200);
    let metrics = request(server.addr, "GET", "/metrics", None, b"").await;
    let text = String::from_utf8(metrics.body).unwrap();
    assert!(
        text.contains(r#"khabar_http_requests_total{route="/parse",method="POST",status="503"} 1"#)
    );
    server.stop().await;
}

/// A client that trickles its headers is disconnected after the header deadline instead of
/// holding a connection forever (slow loris).
#[tokio::test]
async fn a_slow_header_client_is_disconnected() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = start(Config {
        header_timeout: Duration::from_millis(300),
        ..config()
    })
    .await;
    let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    stream
        .write_all(b"POST /parse HTTP/1.1\r\nHost: t\r\n")
        .await
        .unwrap();
    let mut out = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut out)).await;
    assert!(closed.is_ok(), "the connection is still open after 10 s");
    server.stop().await;
}
