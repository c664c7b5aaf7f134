//! Bytes to text, in the HTML standard's order: BOM, the charset label, the `<meta>`
//! prescan, then detection (chardetng); and HTML-or-text sniffing from the content.

use crate::{Declared, DocKind, Error, Limits};

/// Decodes raw bytes to text. `charset` is the label from the transport, if any.
pub fn decode(bytes: &[u8], charset: Option<&str>, limits: Limits) -> Result<String, Error> {
    // STUB: replaced by the input work.
    let _ = (charset, limits);
    String::from_utf8(bytes.to_vec()).map_err(|e| Error::Unreadable(e.to_string()))
}

/// Decides whether decoded text is HTML or a text dump.
pub fn sniff(text: &str, declared: Declared) -> DocKind {
    // STUB
    match declared {
        Declared::Html => DocKind::Html,
        _ if text.trim_start().starts_with('<') => DocKind::Html,
        _ => DocKind::Text,
    }
}
