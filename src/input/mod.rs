//! Bytes to text, in the HTML standard's order: BOM, the charset label, the `<meta>`
//! prescan, then detection (chardetng); and HTML-or-text sniffing from the content.

mod prescan;

use crate::{Declared, DocKind, Error, Limits};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How many leading bytes the `<meta>` prescan looks at. The standard says 1024; pages with
/// long comment headers or scripts before the `<meta>` are common, so we look further.
const PRESCAN_BYTES: usize = 4096;

/// Decodes raw bytes to text. `charset` is the label from the transport, if any.
///
/// Order: BOM, the transport label, the `<meta>` prescan, BOM-less UTF-16, chardetng. A legacy
/// label loses against bytes that are valid multi-byte UTF-8, since legacy text practically never
/// validates as UTF-8 while mislabelled UTF-8 pages are common. Fails only for bytes that are not
/// text (binary signatures, mostly control characters).
pub fn decode(bytes: &[u8], charset: Option<&str>, limits: Limits) -> Result<String, Error> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (text, _) = encoding.decode_without_bom_handling(rest);
        return finish(text.into_owned(), limits);
    }
    if let Some(kind) = binary_signature(bytes) {
        return Err(Error::Unreadable(format!(
            "the bytes are a {kind} file, not text"
        )));
    }
    let encoding = choose_encoding(bytes, charset);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let text = text.into_owned();
    if !looks_like_text(&text) {
        return Err(Error::Unreadable(
            "the bytes are mostly control characters in every plausible encoding".into(),
        ));
    }
    finish(text, limits)
}

/// Picks the encoding for BOM-less bytes.
fn choose_encoding(bytes: &[u8], charset: Option<&str>) -> &'static Encoding {
    let valid_utf8 = is_multibyte_utf8(bytes);
    if let Some(enc) = charset.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
        if valid_utf8 && enc != UTF_16LE && enc != UTF_16BE {
            return UTF_8;
        }
        return enc;
    }
    if let Some(enc) = prescan::meta_charset(bytes.get(..PRESCAN_BYTES).unwrap_or(bytes)) {
        return if valid_utf8 { UTF_8 } else { enc };
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return enc;
    }
    if valid_utf8 || bytes.is_ascii() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, true)
}

/// True when the bytes are valid UTF-8 and hold at least one multi-byte sequence.
fn is_multibyte_utf8(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// Names the file type of well-known binary signatures.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"%PDF-", "PDF"),
        (b"PK\x03\x04", "ZIP"),
        (b"\x1f\x8b", "gzip"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"\xff\xd8\xff", "JPEG"),
        (b"\x7fELF", "ELF"),
        (b"BZh", "bzip2"),
        (b"\xfd7zXZ\x00", "xz"),
        (b"\x28\xb5\x2f\xfd", "zstd"),
        (b"7z\xbc\xaf\x27\x1c", "7z"),
        (b"OggS", "Ogg"),
        (b"\x00asm", "WebAssembly"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, name)| name)
}

/// Detects BOM-less UTF-16 from its byte rhythm: one byte of each pair (the high byte) takes
/// very few values (0x00 for Latin text, 0x06 for Arabic), the other many.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..8192).unwrap_or(bytes);
    if sample.len() < 8 {
        return None;
    }
    let mut hist = [[0u32; 256]; 2];
    for (i, &b) in sample.iter().enumerate() {
        hist[i % 2][usize::from(b)] += 1;
    }
    let coverage = |h: &[u32; 256]| {
        let total: u32 = h.iter().sum();
        let mut counts: Vec<u32> = h.to_vec();
        counts.sort_unstable_by(|a, b| b.cmp(a));
        let top2 = counts.first().copied().unwrap_or(0) + counts.get(1).copied().unwrap_or(0);
        (f64::from(top2) / f64::from(total.max(1)), h[0])
    };
    let (even_cov, even_nul) = coverage(&hist[0]);
    let (odd_cov, odd_nul) = coverage(&hist[1]);
    let candidate = if odd_cov >= 0.9 && even_cov < 0.6 && odd_nul > 0 {
        UTF_16LE
    } else if even_cov >= 0.9 && odd_cov < 0.6 && even_nul > 0 {
        UTF_16BE
    } else {
        return None;
    };
    // Accept only when the sample decodes without a single error (an unpaired surrogate).
    let even = sample.get(..sample.len() & !1).unwrap_or(sample);
    let (_, had_errors) = candidate.decode_without_bom_handling(even);
    (!had_errors).then_some(candidate)
}

/// False when the decoded text is mostly control or replacement characters.
fn looks_like_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in text.chars().take(65_536) {
        total += 1;
        let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}');
        if control || c == '\u{fffd}' {
            bad += 1;
        }
    }
    total == 0 || bad * 20 <= total
}

/// Truncates to the character budget at a character boundary.
fn finish(mut text: String, limits: Limits) -> Result<String, Error> {
    if let Some((idx, _)) = text.char_indices().nth(limits.max_text_chars) {
        text.truncate(idx);
    }
    Ok(text)
}

/// Decides whether decoded text is HTML or a text dump.
///
/// From the content first: a document skeleton (`<!doctype html`, `<html`, `<head`, `<body`)
/// or a dense run of HTML tags makes HTML; a scraped text record with a few leftover tags stays
/// text, and a `text/plain` body that is a whole page is HTML. The declared kind breaks ties.
pub fn sniff(text: &str, declared: Declared) -> DocKind {
    let stats = TagStats::measure(text);
    if stats.skeleton {
        return DocKind::Html;
    }
    let dense = stats.html_tags >= 3 && stats.markup_ratio() >= 0.15;
    match declared {
        Declared::Html if stats.html_tags > 0 || stats.any_tags > 0 => DocKind::Html,
        Declared::Html => DocKind::Text,
        Declared::Text if stats.html_tags >= 20 && stats.markup_ratio() >= 0.3 => DocKind::Html,
        Declared::Text => DocKind::Text,
        Declared::Unknown if dense => DocKind::Html,
        Declared::Unknown => DocKind::Text,
    }
}

/// What the tags of a text look like.
#[derive(Debug, Default)]
struct TagStats {
    /// A document skeleton tag near the start.
    skeleton: bool,
    /// Tags whose name is a common HTML element.
    html_tags: usize,
    /// All tag-looking runs.
    any_tags: usize,
    /// Bytes inside tags.
    markup_bytes: usize,
    /// Bytes looked at.
    total_bytes: usize,
}

impl TagStats {
    /// Scans up to 256 KiB of the text.
    fn measure(text: &str) -> TagStats {
        const HTML_TAGS: &[&str] = &[
            "html", "head", "body", "div", "p", "span", "a", "br", "table", "tr", "td", "script",
            "style", "meta", "link", "li", "ul", "ol", "img", "h1", "h2", "h3", "article",
            "section", "header", "footer", "nav", "iframe", "form", "input", "strong", "em", "b",
            "i", "figure", "noscript", "main", "aside", "button",
        ];
        let bytes = text.as_bytes();
        let bytes = bytes.get(..262_144).unwrap_or(bytes);
        let mut stats = TagStats {
            total_bytes: bytes.len(),
            ..TagStats::default()
        };
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] != b'<' {
                i += 1;
                continue;
            }
            let start = i + 1;
            let rest = bytes.get(start..).unwrap_or_default();
            let Some(close) = rest.iter().take(2048).position(|&b| b == b'>') else {
                i += 1;
                continue;
            };
            let inner = rest.get(..close).unwrap_or_default();
            let name: Vec<u8> = inner
                .iter()
                .skip_while(|&&b| b == b'/')
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'!')
                .map(u8::to_ascii_lowercase)
                .collect();
            if !name.is_empty() {
                stats.any_tags += 1;
                stats.markup_bytes += close + 2;
                let name = std::str::from_utf8(&name).unwrap_or_default();
                if HTML_TAGS.contains(&name) {
                    stats.html_tags += 1;
                }
                if (start < 4096 && matches!(name, "html" | "head" | "body"))
                    || (name == "!doctype"
                        && inner.to_ascii_lowercase().windows(4).any(|w| w == b"html"))
                {
                    stats.skeleton = true;
                }
            }
            i = start + close + 1;
        }
        stats
    }

    /// Share of the bytes that are markup.
    fn markup_ratio(&self) -> f64 {
        self.markup_bytes as f64 / self.total_bytes.max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{ISO_8859_6, WINDOWS_1256};

    const ARABIC: &str = "قال وزير الخارجية اليوم إن المحادثات مستمرة في العاصمة.";

    fn lim() -> Limits {
        Limits::default()
    }

    fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
        let (bytes, _, errors) = enc.encode(s);
        assert!(!errors);
        bytes.into_owned()
    }

    fn utf16(s: &str, le: bool) -> Vec<u8> {
        s.encode_utf16()
            .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect()
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice(ARABIC.as_bytes());
        assert_eq!(decode(&bytes, None, lim()).unwrap(), ARABIC);
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let mut le = vec![0xff, 0xfe];
        le.extend(utf16(ARABIC, true));
        assert_eq!(decode(&le, None, lim()).unwrap(), ARABIC);
        let mut be = vec![0xfe, 0xff];
        be.extend(utf16(ARABIC, false));
        assert_eq!(decode(&be, None, lim()).unwrap(), ARABIC);
    }

    #[test]
    fn utf16_without_bom_is_detected() {
        let page = format!("<html><body><p>{ARABIC}</p></body></html>");
        assert_eq!(decode(&utf16(&page, true), None, lim()).unwrap(), page);
        assert_eq!(decode(&utf16(&page, false), None, lim()).unwrap(), page);
    }

    #[test]
    fn transport_label_is_honoured() {
        let bytes = encode(ISO_8859_6, ARABIC);
        assert_eq!(decode(&bytes, Some("ISO-8859-6"), lim()).unwrap(), ARABIC);
        let bytes = encode(WINDOWS_1256, ARABIC);
        assert_eq!(
            decode(&bytes, Some(" windows-1256 "), lim()).unwrap(),
            ARABIC
        );
    }

    #[test]
    fn meta_charset_windows_1256_is_read() {
        let page = format!(
            "<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body><p>{ARABIC}</p></body></html>"
        );
        let bytes = encode(WINDOWS_1256, &page);
        assert_eq!(decode(&bytes, None, lim()).unwrap(), page);
    }

    #[test]
    fn meta_http_equiv_iso_8859_6_is_read() {
        let page = format!(
            "<html><head><!-- <meta charset=utf-8> --><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-6'></head><body>{ARABIC}</body></html>"
        );
        let bytes = encode(ISO_8859_6, &page);
        assert_eq!(decode(&bytes, None, lim()).unwrap(), page);
    }

    #[test]
    fn unlabelled_windows_1256_is_detected() {
        let text =
            format!("{ARABIC} {ARABIC} وأضاف المتحدث أن الاجتماع المقبل سيعقد الأسبوع القادم.");
        let bytes = encode(WINDOWS_1256, &text);
        assert_eq!(decode(&bytes, None, lim()).unwrap(), text);
    }

    #[test]
    fn utf8_wins_over_a_wrong_legacy_label() {
        let page = format!("<meta charset=windows-1256><p>{ARABIC}</p>");
        assert_eq!(decode(page.as_bytes(), None, lim()).unwrap(), page);
        assert_eq!(
            decode(page.as_bytes(), Some("iso-8859-1"), lim()).unwrap(),
            page
        );
    }

    #[test]
    fn binary_is_unreadable() {
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
        assert!(matches!(
            decode(png, None, lim()),
            Err(Error::Unreadable(_))
        ));
        let nul = vec![0u8; 300];
        assert!(matches!(
            decode(&nul, None, lim()),
            Err(Error::Unreadable(_))
        ));
        let noise: Vec<u8> = (0..2000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert!(matches!(
            decode(&noise, None, lim()),
            Err(Error::Unreadable(_))
        ));
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decode(b"", None, lim()).unwrap(), "");
    }

    #[test]
    fn text_is_truncated_on_a_char_boundary() {
        let limits = Limits {
            max_text_chars: 3,
            ..Limits::default()
        };
        assert_eq!(decode("مرحبا".as_bytes(), None, limits).unwrap(), "مرح");
    }

    #[test]
    fn sniff_whole_page_as_text_plain_is_html() {
        let page = "<!DOCTYPE html><html><head><title>x</title></head><body><p>a</p></body></html>";
        assert_eq!(sniff(page, Declared::Text), DocKind::Html);
    }

    #[test]
    fn sniff_scraped_record_with_leftover_markup_is_text() {
        let rec = format!("عنوان الخبر\n{ARABIC}<br>\n{ARABIC} <p>{ARABIC}\n{ARABIC}");
        assert_eq!(sniff(&rec, Declared::Text), DocKind::Text);
        assert_eq!(sniff(&rec, Declared::Unknown), DocKind::Text);
        let trec = format!(
            "<DOC>\n<DOCNO>X-1</DOCNO>\n<TITLE>عنوان</TITLE>\n<TEXT>\n{ARABIC}\n</TEXT>\n</DOC>"
        );
        assert_eq!(sniff(&trec, Declared::Unknown), DocKind::Text);
    }

    #[test]
    fn sniff_fragment_without_skeleton() {
        let frag = "<div class=\"story\"><h1>Title</h1><p>One.</p><p>Two.</p><p>Three.</p></div>";
        assert_eq!(sniff(frag, Declared::Unknown), DocKind::Html);
        assert_eq!(sniff("plain words only", Declared::Html), DocKind::Text);
    }
}
