//! The HTTP server: the only module that knows HTTP (axum, tower, problem+json).
