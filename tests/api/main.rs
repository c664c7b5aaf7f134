//! One integration-test binary for the outside of khabar: the HTTP API (through the router
//! and over real sockets), the OpenAPI description, the CLI and property tests.
//!
//! These tests check server behaviour, not extraction quality: statuses, content types,
//! the contract's fields and types, and the invariants (`body.text` is the paragraphs joined
//! by a blank line; entity offsets index the text in code points).

// Helpers outside #[test] functions fail the test the only way a test can: by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli;
mod fixtures;
mod helpers;
mod http;
mod openapi;
mod props;
