//! The `<meta>` prescan of the HTML standard (§13.2.3.2), on the first bytes of a page:
//! `<meta charset=...>` and `<meta http-equiv="content-type" content="...charset=...">`,
//! skipping comments.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

/// The encoding a `<meta>` in `head` declares, if any.
pub(super) fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < head.len() {
        let rest = head.get(i..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            i += 4 + find(rest.get(4..).unwrap_or_default(), b"-->").map_or(rest.len(), |p| p + 3);
            continue;
        }
        if rest.len() > 5
            && rest
                .get(..5)
                .is_some_and(|t| t.eq_ignore_ascii_case(b"<meta"))
            && rest
                .get(5)
                .is_some_and(|&b| b.is_ascii_whitespace() || b == b'/')
        {
            let (found, consumed) = meta_tag(rest.get(5..).unwrap_or_default());
            if let Some(enc) = found {
                // A page cannot declare itself UTF-16 from inside its own bytes.
                return Some(if enc == UTF_16LE || enc == UTF_16BE {
                    UTF_8
                } else if enc == X_USER_DEFINED {
                    WINDOWS_1252
                } else {
                    enc
                });
            }
            i += 5 + consumed;
            continue;
        }
        i += 1;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Reads the attributes of one `<meta` tag; returns the declared encoding and bytes consumed.
fn meta_tag(bytes: &[u8]) -> (Option<&'static Encoding>, usize) {
    let mut i = 0;
    let mut charset = None;
    let mut content = None;
    let mut http_equiv_ct = false;
    loop {
        while bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            i += 1;
        }
        match bytes.get(i) {
            None => break,
            Some(b'>') => {
                i += 1;
                break;
            }
            _ => {}
        }
        let name_start = i;
        while bytes
            .get(i)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            i += 1;
        }
        let name = bytes
            .get(name_start..i)
            .unwrap_or_default()
            .to_ascii_lowercase();
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let mut value: &[u8] = b"";
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let start = i + 1;
                    let end = bytes
                        .get(start..)
                        .and_then(|r| r.iter().position(|&b| b == q))
                        .map_or(bytes.len(), |p| start + p);
                    value = bytes.get(start..end).unwrap_or_default();
                    i = end + 1;
                }
                _ => {
                    let start = i;
                    while bytes
                        .get(i)
                        .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                    {
                        i += 1;
                    }
                    value = bytes.get(start..i).unwrap_or_default();
                }
            }
        }
        if name.is_empty() {
            i += 1;
            continue;
        }
        match name.as_slice() {
            b"charset" => charset = charset.or_else(|| Encoding::for_label(trim(value))),
            b"content" => content = content.or(Some(value)),
            b"http-equiv" => http_equiv_ct |= trim(value).eq_ignore_ascii_case(b"content-type"),
            _ => {}
        }
    }
    let from_content = || {
        let value = content?;
        let lower = value.to_ascii_lowercase();
        let at = find(&lower, b"charset")? + 7;
        let rest = value.get(at..)?;
        let rest = trim(rest).strip_prefix(b"=")?;
        let rest = trim(rest);
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b';' | b'"' | b'\''))
            .unwrap_or(rest.len());
        Encoding::for_label(rest.get(..end)?)
    };
    // Browsers accept a content charset even without http-equiv on real pages that omit it.
    let enc = charset.or_else(|| {
        if http_equiv_ct || content.is_some() {
            from_content()
        } else {
            None
        }
    });
    (enc, i)
}

fn trim(b: &[u8]) -> &[u8] {
    b.trim_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{ISO_8859_6, WINDOWS_1256};

    #[test]
    fn reads_the_forms_pages_use() {
        assert_eq!(
            meta_charset(b"<meta charset=\"windows-1256\">"),
            Some(WINDOWS_1256)
        );
        assert_eq!(meta_charset(b"<META CHARSET=cp1256 />"), Some(WINDOWS_1256));
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"
            ),
            Some(ISO_8859_6)
        );
        assert_eq!(
            meta_charset(b"<meta content='charset=utf-8' http-equiv='content-type'>"),
            Some(UTF_8)
        );
        assert_eq!(meta_charset(b"<meta charset=utf-16le>"), Some(UTF_8));
    }

    #[test]
    fn skips_comments_and_other_metas() {
        let page = b"<!-- <meta charset=iso-8859-6> --><meta name=viewport content=\"width=1\"><meta charset=windows-1256>";
        assert_eq!(meta_charset(page), Some(WINDOWS_1256));
        assert_eq!(meta_charset(b"<metadata charset=x><p>none</p>"), None);
    }
}
