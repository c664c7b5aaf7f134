//! The `khabar` binary: parse (file, directory, stdin), entities, healthcheck, serve.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::helpers::*;

fn khabar() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_khabar"));
    // The tests must not depend on the caller's environment.
    for var in ["KHABAR_LISTEN", "KHABAR_LOG", "RUST_LOG"] {
        command.env_remove(var);
    }
    command
}

fn run(command: &mut Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn json_lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A fresh scratch directory under the target dir (no tempfile dependency).
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn parse_a_file_prints_one_article_line() {
    let output = run(
        khabar()
            .arg("parse")
            .arg(fixtures_dir().join("ar-report.txt")),
        b"",
    );
    assert!(output.status.success(), "{output:?}");
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert_article(&lines[0]);
    assert!(lines[0].get("entities").is_none());
}

#[test]
fn parse_with_entities_adds_them() {
    let output = run(
        khabar()
            .args(["parse", "--entities"])
            .arg(fixtures_dir().join("en-page.html")),
        b"",
    );
    assert!(output.status.success(), "{output:?}");
    let lines = json_lines(&output);
    assert!(lines[0]["entities"].is_array());
    assert_article(&lines[0]);
}

#[test]
fn parse_a_directory_takes_its_article_files_in_order() {
    let dir = scratch("dir");
    std::fs::create_dir_all(dir.join("nested")).unwrap();
    let copy = |name: &str, to: &Path| std::fs::write(to, fixture(name)).unwrap();
    copy("en-report.txt", &dir.join("b.txt"));
    copy("ar-page.html", &dir.join("a.html"));
    copy("ar-report.txt", &dir.join("nested/c.txt"));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&fixture("en-page.html")).unwrap();
    std::fs::write(dir.join("d.html.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(dir.join("notes.json"), b"{\"not\": \"an article\"}").unwrap();
    std::fs::write(dir.join(".hidden.txt"), b"skipped").unwrap();

    let output = run(khabar().arg("parse").arg(&dir), b"");
    assert!(output.status.success(), "{output:?}");
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 4, "a.html, b.txt, d.html.gz, nested/c.txt");
    lines.iter().for_each(assert_article);
    // Same order and content as parsing the files one by one.
    let files = ["a.html", "b.txt", "d.html.gz", "nested/c.txt"];
    for (line, file) in lines.iter().zip(files) {
        let single = run(khabar().arg("parse").arg(dir.join(file)), b"");
        assert_eq!(&json_lines(&single)[0], line, "{file}");
    }
    let plain = run(
        khabar()
            .arg("parse")
            .arg(fixtures_dir().join("en-page.html")),
        b"",
    );
    assert_eq!(
        json_lines(&plain)[0],
        lines[2],
        "a .gz parses as its content"
    );
}

#[test]
fn parse_reads_stdin() {
    for args in [&["parse"][..], &["parse", "-"][..]] {
        let output = run(khabar().args(args), &fixture("en-report.txt"));
        assert!(output.status.success(), "{output:?}");
        let lines = json_lines(&output);
        assert_eq!(lines.len(), 1);
        assert_article(&lines[0]);
    }
}

#[test]
fn a_bad_input_prints_a_problem_and_the_rest_go_on() {
    let dir = scratch("bad");
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    let good = fixtures_dir().join("en-report.txt");
    let output = run(
        khabar()
            .arg("parse")
            .arg(dir.join("empty.txt"))
            .arg(dir.join("missing.html"))
            .arg(&good),
        b"",
    );
    assert_eq!(output.status.code(), Some(1));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1, "the good file is still parsed");
    assert_article(&lines[0]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    let problems: Vec<Value> = stderr
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert_eq!(problems.len(), 2, "{stderr}");
    assert_eq!(problems[0]["status"], 422);
    assert!(problems[0]["instance"]
        .as_str()
        .unwrap()
        .ends_with("empty.txt"));
    assert!(problems[1]["instance"]
        .as_str()
        .unwrap()
        .ends_with("missing.html"));
}

#[test]
fn entities_prints_the_entities_object() {
    let output = run(
        khabar()
            .arg("entities")
            .arg(fixtures_dir().join("ar-report.txt")),
        b"",
    );
    assert!(output.status.success(), "{output:?}");
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert_entities_response(&lines[0]);

    let output = run(khabar().args(["entities", "-"]), &fixture("en-page.html"));
    assert!(output.status.success());
    assert_entities_response(&json_lines(&output)[0]);

    let output = run(khabar().arg("entities"), b"");
    assert_eq!(output.status.code(), Some(1), "empty stdin is a problem");
}

#[test]
fn healthcheck_exits_0_for_a_live_server_and_1_otherwise() {
    let server = Background::start(config());
    let url = format!("http://{}/healthz", server.addr);
    let output = run(khabar().args(["healthcheck", "--url", &url]), b"");
    assert!(output.status.success(), "{output:?}");
    let output = run(
        khabar()
            .arg("healthcheck")
            .env("KHABAR_LISTEN", server.addr.to_string()),
        b"",
    );
    assert!(output.status.success(), "from KHABAR_LISTEN: {output:?}");
    let missing = format!("http://{}/nope", server.addr);
    let output = run(khabar().args(["healthcheck", "--url", &missing]), b"");
    assert_eq!(output.status.code(), Some(1), "a 404 is unhealthy");
    drop(server);
    let output = run(khabar().args(["healthcheck", "--url", &url]), b"");
    assert_eq!(output.status.code(), Some(1), "nothing listening");
}

/// `khabar serve` end to end: JSON logs on stdout, a request id, SIGTERM drains and exits 0.
#[test]
fn serve_logs_json_and_stops_on_sigterm() {
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let listen = format!("127.0.0.1:{port}");
    let child = khabar()
        .args(["serve", "--listen", &listen])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        let output = run(
            khabar().args(["healthcheck", "--listen", &listen, "--timeout", "500ms"]),
            b"",
        );
        if output.status.success() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "server never came up"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let logs: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every log line is JSON"))
        .collect();
    let messages: Vec<&str> = logs
        .iter()
        .filter_map(|l| l["fields"]["message"].as_str())
        .collect();
    assert!(messages.contains(&"listening"), "{messages:?}");
    assert!(messages.contains(&"stopped"), "{messages:?}");
    assert!(
        logs.iter().any(|l| l["span"]["request_id"]
            .as_str()
            .is_some_and(|id| id.len() == 36)),
        "request logs carry the request id"
    );
}
