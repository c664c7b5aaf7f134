//! The HTTP server: the only module that knows HTTP (axum, tower, problem+json).
//!
//! - [`app`] builds the router; [`run`] serves it on a listener it is given.
//! - POST /parse and POST /entities go through load shedding, a global concurrency limit and a
//!   request timeout; /healthz, /readyz, /metrics and /openapi.yaml stay outside them so that
//!   probes and scrapes answer under load.
//! - Parsing runs in `spawn_blocking`, at most `concurrency` jobs at once even when timed-out
//!   requests leave their job running (a timeout cannot stop a blocking job; the library's
//!   budgets do).
//! - Every error is `application/problem+json` ([`problem`]).

pub mod body;
pub mod config;
pub mod metrics;
pub mod problem;
pub mod telemetry;

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::error_handling::HandleErrorLayer;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, Request};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{BoxError, Json, Router};
use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower::{ServiceBuilder, ServiceExt};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use config::Config;
pub use metrics::Metrics;
pub use problem::{ApiError, Problem};

use crate::{Input, Options};

/// The OpenAPI 3.1 description, served as is at GET /openapi.yaml.
pub const OPENAPI_YAML: &str = include_str!("../../openapi.yaml");

/// Every route the server answers, as (method, path). The router is built from this list and
/// the OpenAPI test checks the spec describes exactly these.
pub const ROUTES: &[(&str, &str)] = &[
    ("POST", "/parse"),
    ("POST", "/entities"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
    ("GET", "/openapi.yaml"),
];

/// What the handlers share.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The configuration in force.
    pub config: Arc<Config>,
    /// Every metric.
    pub metrics: Arc<Metrics>,
    /// Request slots of the parse endpoints; load shedding answers 503 when none is free.
    slots: Arc<Semaphore>,
    /// CPU slots: held by the blocking job itself, so abandoned jobs still count.
    cpu: Arc<Semaphore>,
    /// Set once shutdown begins: /readyz then answers 503.
    draining: Arc<AtomicBool>,
}

impl AppState {
    /// Fresh state for `config`.
    pub fn new(config: Config) -> Self {
        let n = config.effective_concurrency();
        AppState {
            config: Arc::new(config),
            metrics: Arc::new(Metrics::new()),
            slots: Arc::new(Semaphore::new(n)),
            cpu: Arc::new(Semaphore::new(n)),
            draining: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Marks the server as draining: /readyz answers 503 from now on.
    pub fn start_draining(&self) {
        self.draining.store(true, Ordering::Relaxed);
    }
}

/// The router with every route and layer. It ends in `with_state`, so the layers are built
/// once: an unfinished router rebuilds them per connection and the concurrency limit and
/// load shedding silently never trigger.
pub fn app(state: AppState) -> Router {
    let retry_after = state.config.retry_after_secs;
    let shedding = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(move |err: BoxError| async move {
            overload_error(&err, retry_after)
        }))
        .load_shed()
        .layer(GlobalConcurrencyLimitLayer::with_semaphore(
            state.slots.clone(),
        ))
        .timeout(state.config.request_timeout);

    let mut work = Router::new();
    let mut ops = Router::new();
    for &(method, path) in ROUTES {
        match (method, path) {
            ("POST", "/parse") => work = work.route(path, post(parse)),
            ("POST", "/entities") => work = work.route(path, post(entities)),
            ("GET", "/healthz") => ops = ops.route(path, get(healthz)),
            ("GET", "/readyz") => ops = ops.route(path, get(readyz)),
            ("GET", "/metrics") => ops = ops.route(path, get(metrics_text)),
            ("GET", "/openapi.yaml") => ops = ops.route(path, get(openapi)),
            // Unreachable by construction; the route test would see the missing route.
            _ => tracing::error!(method, path, "route without a handler"),
        }
    }

    Router::new()
        .merge(work.route_layer(shedding))
        .merge(ops)
        .fallback(not_found)
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(request_span)
                        .on_response(DefaultOnResponse::new().level(Level::INFO)),
                )
                .layer(PropagateRequestIdLayer::x_request_id())
                .layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    metrics::track,
                ))
                .layer(axum::middleware::map_response(problem::problemize))
                .layer(CatchPanicLayer::custom(panic_response)),
        )
        .with_state(state)
}

/// Serves [`app`] on `listener` until `shutdown` completes, then stops accepting, answers
/// 503 on /readyz and lets open requests finish. Binds nothing itself, so tests can pass
/// `127.0.0.1:0`.
///
/// The accept loop is hyper's own rather than `axum::serve` because that one cannot set a
/// header read timeout, and a client trickling its headers would hold a connection forever.
pub async fn run(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let state = AppState::new(config);
    let config = state.config.clone();
    tracing::info!(
        addr = %listener.local_addr()?,
        concurrency = config.effective_concurrency(),
        max_body_bytes = config.max_body_bytes,
        "listening"
    );
    let router = app(state.clone());
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tracing::error!(error = %e, "accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = hyper_util::service::TowerToHyperService::new(
            router
                .clone()
                .map_request(|request: Request<hyper::body::Incoming>| request.map(Body::new)),
        );
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(config.header_timeout)
            .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(%peer, error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    state.start_draining();
    tracing::info!("shutdown requested: finishing open requests");
    // Open requests end within their own deadlines; do not wait much longer than those.
    let drain = config.request_timeout + config.header_timeout;
    if tokio::time::timeout(drain, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("connections still open after the drain deadline; closing them");
    }
    tracing::info!("stopped");
    Ok(())
}

/// Completes on SIGTERM (the container runtime) or ctrl-c.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            // Without a handler we must not shut down at once: wait for SIGTERM instead.
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

fn request_span(request: &Request<Body>) -> tracing::Span {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        request_id = %id,
        method = %request.method(),
        path = %request.uri().path(),
    )
}

fn overload_error(err: &BoxError, retry_after: u32) -> ApiError {
    if err.is::<tower::load_shed::error::Overloaded>() {
        ApiError::Overloaded { retry_after }
    } else if err.is::<tower::timeout::error::Elapsed>() {
        ApiError::Timeout { retry_after }
    } else {
        ApiError::Internal(err.to_string())
    }
}

fn panic_response(err: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = err
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| err.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    ApiError::Internal(format!("panic: {what}")).into_response()
}

async fn not_found() -> ApiError {
    ApiError::NotFound
}

/// Query of POST /parse.
#[derive(Debug, Default, Deserialize)]
struct ParseQuery {
    /// Add the `entities` field.
    #[serde(default)]
    entities: bool,
}

async fn parse(
    State(state): State<AppState>,
    query: Result<Query<ParseQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::BadQuery(e.body_text()))?;
    let options = Options {
        entities: query.entities,
        ..Options::default()
    };
    serve_job(&state, "parse", &headers, body, move |input| {
        crate::parse(input, &options)
    })
    .await
}

async fn entities(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let options = Options::default();
    serve_job(&state, "entities", &headers, body, move |input| {
        crate::entities(input, &options)
    })
    .await
}

/// Decrements the in-flight gauge however the request ends (error, timeout, disconnect).
struct InFlight(prometheus_client::metrics::gauge::Gauge);

impl InFlight {
    fn enter(gauge: &prometheus_client::metrics::gauge::Gauge) -> Self {
        gauge.inc();
        InFlight(gauge.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.dec();
    }
}

/// The shared path of both POST endpoints: check the content type, receive the body, run
/// `job` off the reactor (holding a CPU slot), and answer JSON or a problem.
async fn serve_job<T, F>(
    state: &AppState,
    endpoint: &'static str,
    headers: &HeaderMap,
    body: Body,
    job: F,
) -> Result<Response, ApiError>
where
    T: Serialize,
    F: FnOnce(&Input<'_>) -> Result<T, crate::Error> + Send + 'static,
{
    let _in_flight = InFlight::enter(&state.metrics.in_flight);
    let payload = body::classify(headers)?;
    let bytes = body::receive(
        headers,
        body,
        state.config.max_body_bytes,
        state.config.body_timeout,
    )
    .await?;
    let input_bytes = bytes.len();
    state.metrics.input_bytes.inc_by(input_bytes as u64);

    let permit = state
        .cpu
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| ApiError::ShuttingDown)?;
    let span = tracing::Span::current();
    let result = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let _entered = span.enter();
        let started = std::time::Instant::now();
        let value = body::with_input(&payload, &bytes, job)?;
        let json = serde_json::to_vec(&value).map_err(|e| ApiError::Internal(e.to_string()))?;
        tracing::info!(
            endpoint,
            input_bytes,
            output_bytes = json.len(),
            parse_ms = started.elapsed().as_secs_f64() * 1000.0,
            "parsed"
        );
        Ok(json)
    })
    .await
    .map_err(|e| ApiError::Internal(format!("parse task failed: {e}")))
    .and_then(|r| r);

    let outcome = match &result {
        Ok(_) => "ok",
        Err(e) => e.slug(),
    };
    state
        .metrics
        .pages
        .get_or_create(&metrics::PageLabels { endpoint, outcome })
        .inc();
    let json = result?;
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        json,
    )
        .into_response())
}

/// Body of /healthz and /readyz.
#[derive(Debug, Serialize)]
struct Status {
    status: &'static str,
    version: &'static str,
}

async fn healthz() -> Json<Status> {
    Json(Status {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
    })
}

async fn readyz(State(state): State<AppState>) -> Result<Json<Status>, ApiError> {
    if state.draining.load(Ordering::Relaxed) {
        return Err(ApiError::ShuttingDown);
    }
    Ok(Json(Status {
        status: "ready",
        version: env!("CARGO_PKG_VERSION"),
    }))
}

async fn metrics_text(State(state): State<AppState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(metrics::CONTENT_TYPE),
        )],
        state.metrics.encode(),
    )
        .into_response()
}

async fn openapi() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/yaml"),
        )],
        OPENAPI_YAML,
    )
        .into_response()
}
