//! openapi.yaml is exactly what the server does: the served bytes are the file, its
//! (method, path) set is the router's, and real responses validate against its schemas
//! (JSON Schema Draft 2020-12, as OpenAPI 3.1 specifies).

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use khabar::server::{self, Config, ROUTES};
use serde_json::{json, Value};

use crate::helpers::*;

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn spec() -> Value {
    yaml_serde::from_str(server::OPENAPI_YAML).expect("openapi.yaml is not valid YAML")
}

/// Follows a local `$ref` such as `#/components/responses/BadRequest`.
fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(pointer) => {
            let target = spec
                .pointer(pointer.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("dangling $ref {pointer}"));
            resolve(spec, target)
        }
        None => value,
    }
}

/// A Draft 2020-12 validator for `schema`, with the spec's components in reach of `$ref`.
fn validator(spec: &Value, schema: &Value) -> jsonschema::Validator {
    let document = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [schema],
        "components": spec["components"],
    });
    jsonschema::draft202012::new(&document).expect("schema does not compile")
}

/// Checks that a real response is documented for (method, path, status) with its content
/// type, carries the documented headers, and that a JSON body validates.
#[track_caller]
fn assert_documented(spec: &Value, method: &str, path: &str, reply: &Reply) {
    let operation = &spec["paths"][path][method.to_ascii_lowercase()];
    assert!(operation.is_object(), "{method} {path} is not in the spec");
    let status = reply.status.as_str();
    let responses = &operation["responses"];
    let response = responses
        .get(status)
        .or_else(|| responses.get("default"))
        .unwrap_or_else(|| panic!("{method} {path}: status {status} is not documented"));
    let response = resolve(spec, response);
    let media = reply.content_type().split(';').next().unwrap().trim();
    let content = &response["content"][media];
    assert!(
        content.is_object(),
        "{method} {path} {status}: content type {media} is not documented"
    );
    if let Some(headers) = response.get("headers").and_then(Value::as_object) {
        for name in headers.keys() {
            assert!(
                reply.headers.contains_key(name.as_str()),
                "{method} {path} {status}: documented header {name} missing"
            );
        }
    }
    if media.ends_with("json") {
        let instance = reply.json();
        let validator = validator(spec, resolve(spec, &content["schema"]));
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{method} {path} {status} does not match the spec: {errors:#?}\n{instance}"
        );
    }
}

#[tokio::test]
async fn the_served_spec_is_the_file() {
    let reply = call(&app(), get("/openapi.yaml")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.content_type(), "application/yaml");
    let file = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    assert_eq!(reply.body.as_ref(), file.as_slice());
}

#[test]
fn the_spec_is_openapi_3_1_and_every_ref_resolves() {
    let spec = spec();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3.1."));
    fn walk(spec: &Value, value: &Value) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(pointer)) = map.get("$ref") {
                    assert!(
                        spec.pointer(pointer.trim_start_matches('#')).is_some(),
                        "dangling $ref {pointer}"
                    );
                }
                map.values().for_each(|v| walk(spec, v));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(spec, v)),
            _ => {}
        }
    }
    walk(&spec, &spec);
    // Every schema compiles under Draft 2020-12.
    for (name, schema) in spec["components"]["schemas"].as_object().unwrap() {
        let _ = validator(&spec, schema);
        assert!(schema.is_object(), "{name}");
    }
}

#[tokio::test]
async fn the_spec_paths_are_the_router_routes() {
    let spec = spec();
    let mut documented = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if METHODS.contains(&method.as_str()) {
                documented.insert((method.to_ascii_uppercase(), path.clone()));
            }
        }
    }
    let routed: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, routed);

    // And the router answers exactly those: each listed route is neither 404 nor 405, and
    // every other method on its path is a 405.
    let app = app();
    for (method, path) in ROUTES {
        let request = Request::builder()
            .method(*method)
            .uri(*path)
            .header(header::CONTENT_TYPE, "text/plain")
            .body(Body::from("A short wire story."))
            .unwrap();
        let reply = call(&app, request).await;
        assert!(
            reply.status != StatusCode::NOT_FOUND && reply.status != StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path} answered {}",
            reply.status
        );
        for other in ["GET", "POST", "PUT", "DELETE", "PATCH"] {
            if ROUTES.contains(&(other, *path)) {
                continue;
            }
            let request = Request::builder()
                .method(other)
                .uri(*path)
                .body(Body::empty())
                .unwrap();
            let reply = call(&app, request).await;
            assert_eq!(
                reply.status,
                StatusCode::METHOD_NOT_ALLOWED,
                "{other} {path}"
            );
        }
    }
}

#[tokio::test]
async fn successful_responses_match_the_spec() {
    let spec = spec();
    let app = app();
    for (name, content_type) in FIXTURES {
        for path in ["/parse", "/parse?entities=true", "/entities"] {
            let reply = call(&app, post(path, Some(content_type), fixture(name))).await;
            assert_eq!(reply.status, StatusCode::OK, "{name} {path}");
            let route = path.split('?').next().unwrap();
            assert_documented(&spec, "POST", route, &reply);
        }
    }
    let json_body = json!({"text": "A short wire story.", "url": "https://news.example/a"});
    let reply = call(
        &app,
        post("/parse", Some("application/json"), json_body.to_string()),
    )
    .await;
    assert_documented(&spec, "POST", "/parse", &reply);
    for path in ["/healthz", "/readyz", "/metrics", "/openapi.yaml"] {
        let reply = call(&app, get(path)).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert_documented(&spec, "GET", path, &reply);
    }
}

#[tokio::test]
async fn error_responses_match_the_spec() {
    let spec = spec();
    let app = app_with(Config {
        max_body_bytes: 100,
        ..config()
    });
    for path in ["/parse", "/entities"] {
        let cases = [
            (Some("application/json"), "{not json".to_string(), 400),
            (Some("image/png"), "x".to_string(), 415),
            (Some("text/plain"), String::new(), 422),
            (Some("text/plain"), "word ".repeat(100), 413),
        ];
        for (content_type, body, status) in cases {
            let reply = call(&app, post(path, content_type, body)).await;
            assert_eq!(reply.status.as_u16(), status, "{path}");
            assert_documented(&spec, "POST", path, &reply);
        }
        // 405 on a listed path: the "default" response.
        let reply = call(&app, get(path)).await;
        assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED);
        let problem = resolve(&spec, &spec["components"]["schemas"]["Problem"]);
        assert!(validator(&spec, problem).is_valid(&reply.json()));
    }
    // 404: not under any path; it must still be a Problem.
    let reply = call(&app, get("/nowhere")).await;
    let problem = &spec["components"]["schemas"]["Problem"];
    assert!(validator(&spec, problem).is_valid(&reply.json()));
}

#[tokio::test]
async fn the_503_of_load_shedding_matches_the_spec() {
    // Over a real socket with one slot held (see http::load_shedding_answers_503_with_retry_after
    // for the mechanism); here the draining /readyz gives the same documented 503 shape.
    let spec = spec();
    let state = server::AppState::new(config());
    let app = server::app(state.clone());
    state.start_draining();
    let reply = call(&app, get("/readyz")).await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_documented(&spec, "GET", "/readyz", &reply);
}
