//! RFC 9457 problem details: the one error type of the HTTP boundary ([`ApiError`]) and the
//! [`Problem`] body every error response carries, also printed by the CLI on stderr.

use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

/// Media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem details object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// A URI naming the kind of problem: `urn:khabar:problem:<slug>`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Short summary of the kind, the same for every occurrence.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong with this request, for a human.
    pub detail: String,
    /// The occurrence: the file name in the CLI; absent over HTTP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
}

/// Everything that can go wrong at the HTTP boundary. Causes are logged, not echoed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The body claims to be JSON but is not the expected object (400).
    #[error("bad JSON body: {0}")]
    BadJson(String),
    /// A query parameter could not be read (400).
    #[error("bad query: {0}")]
    BadQuery(String),
    /// The bytes are not text in any encoding we honour (400).
    #[error("unreadable: {0}")]
    Unreadable(String),
    /// The body could not be received (client went away, broken framing) (400).
    #[error("body not received: {0}")]
    BodyRead(String),
    /// The client did not send the body in time (408).
    #[error("body not received within {0:?}")]
    BodyTimeout(std::time::Duration),
    /// Unknown path (404).
    #[error("not found")]
    NotFound,
    /// Known path, wrong method (405); the `Allow` header is set by the router.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// The body is larger than the limit (413).
    #[error("body over {0} bytes")]
    TooLarge(usize),
    /// The content type or charset is not one we read (415).
    #[error("unsupported media type: {0}")]
    UnsupportedMediaType(String),
    /// Valid input without article text (422).
    #[error("no text: {0}")]
    NoText(String),
    /// Load shedding: every parse slot is busy (503 with `Retry-After`).
    #[error("overloaded")]
    Overloaded {
        /// Seconds for `Retry-After`.
        retry_after: u32,
    },
    /// The request ran past its deadline (503 with `Retry-After`).
    #[error("request timed out")]
    Timeout {
        /// Seconds for `Retry-After`.
        retry_after: u32,
    },
    /// The server is draining before shutdown (503).
    #[error("shutting down")]
    ShuttingDown,
    /// A bug: a panic or a failed task. Never expected for any input.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<crate::Error> for ApiError {
    fn from(e: crate::Error) -> Self {
        match e {
            crate::Error::Unreadable(d) => ApiError::Unreadable(d),
            crate::Error::NoText(d) => ApiError::NoText(d),
        }
    }
}

impl ApiError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadJson(_)
            | ApiError::BadQuery(_)
            | ApiError::Unreadable(_)
            | ApiError::BodyRead(_) => StatusCode::BAD_REQUEST,
            ApiError::BodyTimeout(_) => StatusCode::REQUEST_TIMEOUT,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::NoText(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Overloaded { .. } | ApiError::Timeout { .. } | ApiError::ShuttingDown => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The slug of the problem type (`urn:khabar:problem:<slug>`), listed in openapi.yaml.
    pub fn slug(&self) -> &'static str {
        match self {
            ApiError::BadJson(_) => "bad-json",
            ApiError::BadQuery(_) => "bad-query",
            ApiError::Unreadable(_) => "unreadable",
            ApiError::BodyRead(_) => "body-not-received",
            ApiError::BodyTimeout(_) => "body-timeout",
            ApiError::NotFound => "not-found",
            ApiError::MethodNotAllowed => "method-not-allowed",
            ApiError::TooLarge(_) => "body-too-large",
            ApiError::UnsupportedMediaType(_) => "unsupported-media-type",
            ApiError::NoText(_) => "no-text",
            ApiError::Overloaded { .. } => "overloaded",
            ApiError::Timeout { .. } => "timeout",
            ApiError::ShuttingDown => "shutting-down",
            ApiError::Internal(_) => "internal",
        }
    }

    fn title(&self) -> &'static str {
        match self {
            ApiError::BadJson(_) => "Malformed JSON body",
            ApiError::BadQuery(_) => "Malformed query",
            ApiError::Unreadable(_) => "Unreadable input",
            ApiError::BodyRead(_) => "Request body not received",
            ApiError::BodyTimeout(_) => "Request body too slow",
            ApiError::NotFound => "Not found",
            ApiError::MethodNotAllowed => "Method not allowed",
            ApiError::TooLarge(_) => "Request body too large",
            ApiError::UnsupportedMediaType(_) => "Unsupported media type",
            ApiError::NoText(_) => "No article text",
            ApiError::Overloaded { .. } => "Server overloaded",
            ApiError::Timeout { .. } => "Request timed out",
            ApiError::ShuttingDown => "Server shutting down",
            ApiError::Internal(_) => "Internal error",
        }
    }

    fn detail(&self) -> String {
        match self {
            ApiError::BadJson(d) => format!(
                "expected a JSON object with exactly one of \"html\" or \"text\" (strings) and \
                 an optional \"url\": {d}"
            ),
            ApiError::BadQuery(d) => format!("the query string could not be read: {d}"),
            ApiError::Unreadable(d) => d.clone(),
            ApiError::BodyRead(_) => "the request body could not be received".into(),
            ApiError::BodyTimeout(t) => {
                format!(
                    "the request body was not received within {} s",
                    t.as_secs_f64()
                )
            }
            ApiError::NotFound => "no such endpoint; see GET /openapi.yaml".into(),
            ApiError::MethodNotAllowed => {
                "this endpoint does not answer this method; see the Allow header".into()
            }
            ApiError::TooLarge(limit) => format!("the request body is over {limit} bytes"),
            ApiError::UnsupportedMediaType(d) => format!(
                "{d}; send text/html, text/plain (optionally with charset=) or application/json"
            ),
            ApiError::NoText(d) => d.clone(),
            ApiError::Overloaded { retry_after } => {
                format!("every parse slot is busy; retry in {retry_after} s")
            }
            ApiError::Timeout { retry_after } => {
                format!("the request did not finish in time; retry in {retry_after} s")
            }
            ApiError::ShuttingDown => "the server is shutting down".into(),
            // Never echo internals: the cause is in the log under the request id.
            ApiError::Internal(_) => "an internal error occurred; it has been logged".into(),
        }
    }

    /// The problem body for this error.
    pub fn problem(&self) -> Problem {
        Problem {
            kind: format!("urn:khabar:problem:{}", self.slug()),
            title: self.title().into(),
            status: self.status().as_u16(),
            detail: self.detail(),
            instance: None,
        }
    }

    fn retry_after(&self) -> Option<u32> {
        match self {
            ApiError::Overloaded { retry_after } | ApiError::Timeout { retry_after } => {
                Some(*retry_after)
            }
            ApiError::ShuttingDown => Some(5),
            _ => None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, status = status.as_u16(), "request failed");
        } else {
            tracing::info!(error = %self, status = status.as_u16(), "request rejected");
        }
        let body = serde_json::to_vec(&self.problem()).unwrap_or_default();
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = status;
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if let Some(secs) = self.retry_after() {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

/// Turns an error response that is not already problem+json (the router's own 404/405, a
/// rejection we did not map) into one, keeping its status and headers (`Allow`).
pub async fn problemize<B>(response: axum::http::Response<B>) -> Response
where
    B: axum::body::HttpBody<Data = axum::body::Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response.map(Body::new);
    }
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_JSON));
    if is_problem {
        return response.map(Body::new);
    }
    let (mut parts, _) = response.into_parts();
    let problem = match status {
        StatusCode::NOT_FOUND => ApiError::NotFound.problem(),
        StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed.problem(),
        s if s.is_server_error() => {
            tracing::error!(status = s.as_u16(), "bare error response");
            ApiError::Internal(String::new()).problem()
        }
        // A rejection we did not map: RFC 9457's generic type, titled by the status.
        s => Problem {
            kind: "about:blank".into(),
            title: s.canonical_reason().unwrap_or("Error").into(),
            status: s.as_u16(),
            detail: "the request was rejected".into(),
            instance: None,
        },
    };
    let body = serde_json::to_vec(&Problem {
        status: status.as_u16(),
        ..problem
    })
    .unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_matching_status_and_urn() {
        let all = [
            ApiError::BadJson("x".into()),
            ApiError::BadQuery("x".into()),
            ApiError::Unreadable("x".into()),
            ApiError::BodyRead("x".into()),
            ApiError::BodyTimeout(std::time::Duration::from_secs(1)),
            ApiError::NotFound,
            ApiError::MethodNotAllowed,
            ApiError::TooLarge(10),
            ApiError::UnsupportedMediaType("x".into()),
            ApiError::NoText("x".into()),
            ApiError::Overloaded { retry_after: 1 },
            ApiError::Timeout { retry_after: 1 },
            ApiError::ShuttingDown,
            ApiError::Internal("secret".into()),
        ];
        for e in all {
            let p = e.problem();
            assert_eq!(p.status, e.status().as_u16());
            assert!(p.kind.starts_with("urn:khabar:problem:"));
            assert!(!p.detail.is_empty());
            assert!(!p.detail.contains("secret"), "internals must not leak");
        }
    }

    #[test]
    fn library_errors_map_to_400_and_422() {
        let unreadable: ApiError = crate::Error::Unreadable("bad".into()).into();
        let no_text: ApiError = crate::Error::NoText("empty".into()).into();
        assert_eq!(unreadable.status(), StatusCode::BAD_REQUEST);
        assert_eq!(no_text.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
}
