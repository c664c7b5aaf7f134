//! Property tests: whatever the bytes and the content type, the server answers a problem or
//! a non-empty contract object, never a 500 and never a panic.

use std::sync::OnceLock;

use axum::Router;
use proptest::prelude::*;

use crate::helpers::*;
use crate::http::assert_no_500_and_no_empty_200;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| tokio::runtime::Runtime::new().unwrap())
}

fn shared_app() -> &'static Router {
    static APP: OnceLock<Router> = OnceLock::new();
    APP.get_or_init(app)
}

const CONTENT_TYPES: &[Option<&str>] = &[
    None,
    Some("text/html"),
    Some("text/plain"),
    Some("application/json"),
    Some("application/octet-stream"),
    Some("text/html; charset=windows-1256"),
    Some("text/plain; charset=iso-8859-6"),
    Some("text/plain; charset=utf-16le"),
];

/// Bytes that are sometimes random and sometimes almost an article: markup and Arabic
/// fragments shuffled together reach deeper into the parsers than noise alone.
fn body() -> impl Strategy<Value = Vec<u8>> {
    let fragment = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..64),
        Just(b"<p>".to_vec()),
        Just(b"</p>".to_vec()),
        Just(b"<div><script>x</script>".to_vec()),
        Just("القاهرة (وكالات) - ".as_bytes().to_vec()),
        Just("تاريخ النشر: 5 أبريل 2024\n".as_bytes().to_vec()),
        Just(b"LONDON (Reuters) - ".to_vec()),
        Just(b"\n\n".to_vec()),
        Just(b"{\"text\": \"".to_vec()),
        Just(b"\"}".to_vec()),
        Just(vec![0xef, 0xbb, 0xbf]),
        Just(vec![0xff, 0xfe]),
    ];
    proptest::collection::vec(fragment, 0..24).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_with_any_content_type_never_give_a_500(
        body in body(),
        content_type in proptest::sample::select(CONTENT_TYPES),
        path in proptest::sample::select(&["/parse", "/parse?entities=true", "/entities"][..]),
    ) {
        let reply = runtime().block_on(call(shared_app(), post(path, content_type, body)));
        assert_no_500_and_no_empty_200(path, &reply);
    }

    #[test]
    fn any_json_text_never_gives_a_500(text in any::<String>(), html in any::<bool>()) {
        let key = if html { "html" } else { "text" };
        let body = serde_json::json!({ key: text }).to_string();
        for path in ["/parse?entities=true", "/entities"] {
            let reply = runtime()
                .block_on(call(shared_app(), post(path, Some("application/json"), body.clone())));
            assert_no_500_and_no_empty_200(path, &reply);
        }
    }
}
