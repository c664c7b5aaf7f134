//! Request bodies: which content types we read, receiving the bytes within the size limit and
//! the body deadline, and turning them into a library [`Input`] without copying them.

use std::borrow::Cow;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::Deserialize;

use super::problem::ApiError;
use crate::{Declared, Input};

/// How the body is to be read, from its `Content-Type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// The raw page or text dump.
    Raw {
        /// What the content type says it is.
        declared: Declared,
        /// The `charset=` parameter, already checked to be a known label.
        charset: Option<String>,
    },
    /// `{"html"|"text": "...", "url"?: "..."}`.
    Json,
}

/// Reads the `Content-Type`. Accepted: `text/html` and `application/xhtml+xml` (HTML),
/// `text/plain` (text), `application/json`; none or `application/octet-stream` means
/// "sniff it". Anything else, or an unknown charset, is a 415.
pub fn classify(headers: &HeaderMap) -> Result<Payload, ApiError> {
    let Some(value) = headers.get(header::CONTENT_TYPE) else {
        return Ok(Payload::Raw {
            declared: Declared::Unknown,
            charset: None,
        });
    };
    let value = value
        .to_str()
        .map_err(|_| ApiError::UnsupportedMediaType("the Content-Type is not ASCII".into()))?;
    let mut parts = value.split(';');
    let essence = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|p| {
        let (name, value) = p.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_string())
    });
    if let Some(label) = &charset {
        if encoding_rs::Encoding::for_label(label.as_bytes()).is_none() {
            return Err(ApiError::UnsupportedMediaType(format!(
                "unknown charset \"{label}\""
            )));
        }
    }
    let declared = match essence.as_str() {
        "text/html" | "application/xhtml+xml" => Declared::Html,
        "text/plain" => Declared::Text,
        "application/octet-stream" | "" => Declared::Unknown,
        "application/json" => {
            // RFC 8259: JSON is UTF-8; a different label is a client bug worth reporting.
            let utf8 = charset
                .as_deref()
                .is_none_or(|c| c.eq_ignore_ascii_case("utf-8") || c.eq_ignore_ascii_case("utf8"));
            return if utf8 {
                Ok(Payload::Json)
            } else {
                Err(ApiError::UnsupportedMediaType(
                    "application/json must be UTF-8".into(),
                ))
            };
        }
        other => {
            return Err(ApiError::UnsupportedMediaType(format!(
                "cannot read \"{other}\""
            )))
        }
    };
    // A charset on octet-stream means nothing; ignore it rather than guess.
    let charset = charset.filter(|_| declared != Declared::Unknown);
    Ok(Payload::Raw { declared, charset })
}

/// Receives the body: 413 at once when `Content-Length` is over `limit`, 413 as soon as a
/// streamed body passes it (nothing past the limit is buffered), 408 past `deadline`.
pub async fn receive(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    deadline: Duration,
) -> Result<Bytes, ApiError> {
    let declared_len = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared_len.is_some_and(|n| n > limit as u64) {
        return Err(ApiError::TooLarge(limit));
    }
    match tokio::time::timeout(deadline, Limited::new(body, limit).collect()).await {
        Err(_) => Err(ApiError::BodyTimeout(deadline)),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => {
            Err(ApiError::TooLarge(limit))
        }
        Ok(Err(e)) => Err(ApiError::BodyRead(e.to_string())),
        // A body in one chunk (the common case) is handed over without a copy.
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
    }
}

/// A JSON string, borrowed from the request bytes when it has no escapes. (serde borrows a
/// bare `Cow<str>` field but not one inside `Option`, hence the newtype.)
#[derive(Debug, Deserialize)]
#[serde(transparent)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

/// The JSON request body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonInput<'a> {
    #[serde(borrow, default)]
    html: Option<Text<'a>>,
    #[serde(borrow, default)]
    text: Option<Text<'a>>,
    #[serde(borrow, default)]
    url: Option<Text<'a>>,
}

/// Builds the library input for `bytes` read as `payload` and runs `f` on it. Blocking work:
/// call it off the reactor.
pub fn with_input<T>(
    payload: &Payload,
    bytes: &[u8],
    f: impl FnOnce(&Input<'_>) -> Result<T, crate::Error>,
) -> Result<T, ApiError> {
    match payload {
        Payload::Raw { declared, charset } => {
            if bytes.is_empty() {
                return Err(ApiError::NoText("the request body is empty".into()));
            }
            let input = Input {
                bytes,
                declared: *declared,
                charset: charset.as_deref(),
                url: None,
            };
            f(&input).map_err(ApiError::from)
        }
        Payload::Json => {
            let json: JsonInput<'_> =
                serde_json::from_slice(bytes).map_err(|e| ApiError::BadJson(e.to_string()))?;
            let (content, declared) = match (&json.html, &json.text) {
                (Some(html), None) => (html, Declared::Html),
                (None, Some(text)) => (text, Declared::Text),
                (Some(_), Some(_)) => {
                    return Err(ApiError::BadJson("both \"html\" and \"text\" given".into()))
                }
                (None, None) => {
                    return Err(ApiError::BadJson(
                        "neither \"html\" nor \"text\" given".into(),
                    ))
                }
            };
            let input = Input {
                bytes: content.0.as_bytes(),
                declared,
                // Already Unicode: a <meta charset> inside must not re-decode it.
                charset: Some("utf-8"),
                url: json.url.as_ref().map(|u| u.0.as_ref()),
            };
            f(&input).map_err(ApiError::from)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ct(value: &str) -> Result<Payload, ApiError> {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_str(value).unwrap());
        classify(&headers)
    }

    #[test]
    fn content_types_map_to_declared_kinds() {
        assert_eq!(
            ct("text/html; charset=windows-1256").unwrap(),
            Payload::Raw {
                declared: Declared::Html,
                charset: Some("windows-1256".into())
            }
        );
        assert_eq!(
            ct("Text/Plain;Charset=\"ISO-8859-6\"").unwrap(),
            Payload::Raw {
                declared: Declared::Text,
                charset: Some("ISO-8859-6".into())
            }
        );
        assert_eq!(ct("application/json").unwrap(), Payload::Json);
        assert_eq!(
            ct("application/json; charset=UTF-8").unwrap(),
            Payload::Json
        );
        assert_eq!(
            classify(&HeaderMap::new()).unwrap(),
            Payload::Raw {
                declared: Declared::Unknown,
                charset: None
            }
        );
    }

    #[test]
    fn unsupported_types_and_charsets_are_415() {
        for value in [
            "image/png",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "text/html; charset=klingon",
            "application/json; charset=utf-16",
        ] {
            let err = ct(value).unwrap_err();
            assert_eq!(err.status().as_u16(), 415, "{value}");
        }
    }

    #[test]
    fn json_bodies_need_exactly_one_of_html_or_text() {
        let run = |body: &str| with_input(&Payload::Json, body.as_bytes(), |i| Ok(i.declared));
        assert_eq!(run(r#"{"html": "<p>x</p>"}"#), Ok(Declared::Html));
        assert_eq!(
            run(r#"{"text": "x", "url": "https://a.example/"}"#),
            Ok(Declared::Text)
        );
        for bad in [
            r#"{"html": "a", "text": "b"}"#,
            r#"{}"#,
            r#"{"htm": "a"}"#,
            r#"{"html": 3}"#,
            "[1]",
            "not json",
        ] {
            assert!(matches!(run(bad), Err(ApiError::BadJson(_))), "{bad}");
        }
    }

    #[test]
    fn json_strings_without_escapes_are_not_copied() {
        let body = br#"{"text": "plain words"}"#;
        let inside = with_input(&Payload::Json, body, |i| {
            Ok(body.as_ptr_range().contains(&i.bytes.as_ptr()))
        });
        assert_eq!(inside, Ok(true));
    }
}
