//! Markup left in scraped text records: HTML character references, stray tags, and the
//! paragraph breaks and quote marks that scrapers flattened into no-break spaces.

use std::sync::OnceLock;

use regex::Regex;

fn re(cell: &'static OnceLock<Option<Regex>>, pattern: &str) -> Option<&'static Regex> {
    cell.get_or_init(|| Regex::new(pattern).ok()).as_ref()
}

/// Cleans a scraped text record before layout analysis: decodes character references,
/// turns block tags into line breaks and drops other tags, restores quotes mangled into
/// `U+00A0 +` / `U+00A0 ;`, and splits paragraphs that were joined with a run of spaces
/// around a no-break space after the end of a sentence.
pub fn clean(text: &str) -> String {
    let mut s = strip_tags(text);
    s = decode_entities(&s);
    s = repair_flattened(&s);
    s
}

/// Block-level tags become line breaks; inline and unknown HTML tags are removed; `<script>`
/// and `<style>` go with their content. Text that merely contains `<` is left alone.
pub fn strip_tags(text: &str) -> String {
    if !text.contains('<') {
        return text.to_string();
    }
    static SCRIPT: OnceLock<Option<Regex>> = OnceLock::new();
    static BLOCK: OnceLock<Option<Regex>> = OnceLock::new();
    static INLINE: OnceLock<Option<Regex>> = OnceLock::new();
    let mut s = text.to_string();
    if let Some(r) = re(
        &SCRIPT,
        r"(?is)<(script|style)\b[^>]*>.*?</(script|style)\s*>",
    ) {
        s = r.replace_all(&s, " ").into_owned();
    }
    if let Some(r) = re(
        &BLOCK,
        r"(?i)</?(p|br|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|figure|figcaption)\b[^>]{0,500}>",
    ) {
        s = r.replace_all(&s, "\n").into_owned();
    }
    if let Some(r) = re(
        &INLINE,
        r"(?i)</?(a|span|strong|b|i|em|u|font|img|iframe|td|th|tbody|thead|sup|sub|small|big|center|abbr|cite|q|time|mark|ins|del|label|button|input|meta|link|source|picture|video|audio|embed|object|param|wbr|hr)\b[^>]{0,500}>|<!--.*?-->",
    ) {
        s = r.replace_all(&s, "").into_owned();
    }
    s
}

/// Decodes the character references scrapers leave: named ones common in news text, and
/// numeric ones. Unknown names are kept as they are.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    static ENT: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(r) = re(&ENT, r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});") else {
        return text.to_string();
    };
    r.replace_all(text, |c: &regex::Captures<'_>| {
        let name = c.get(1).map_or("", |m| m.as_str());
        let whole = c.get(0).map_or("", |m| m.as_str()).to_string();
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let v = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            v.and_then(char::from_u32)
                .filter(|c| *c != '\0')
                .map(String::from)
        } else {
            named_entity(name).map(String::from)
        };
        decoded.unwrap_or(whole)
    })
    .into_owned()
}

fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "quot" | "QUOT" => "\"",
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "apos" => "'",
        "nbsp" => "\u{A0}",
        "laquo" => "«",
        "raquo" => "»",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "sbquo" => "‚",
        "bdquo" => "„",
        "ndash" => "–",
        "mdash" => "—",
        "hellip" => "…",
        "middot" => "·",
        "bull" => "•",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "deg" => "°",
        "times" => "×",
        "shy" => "\u{AD}",
        "zwnj" => "\u{200C}",
        "zwj" => "\u{200D}",
        "lrm" => "\u{200E}",
        "rlm" => "\u{200F}",
        "euro" => "€",
        "pound" => "£",
        "hellip;" => "…",
        _ => return None,
    })
}

/// Two scraper artefacts seen in Saudi news archives: `«`/`»` flattened to a no-break space
/// followed by `+` / `;` (`عبر \u{A0}+مساند\u{A0};`), and paragraphs joined by a run of spaces
/// holding a no-break space after the end of a sentence (`... العام المقبل. \u{A0}  وبحسب`).
pub fn repair_flattened(text: &str) -> String {
    if !text.contains('\u{A0}') {
        return text.to_string();
    }
    static OPEN: OnceLock<Option<Regex>> = OnceLock::new();
    static CLOSE: OnceLock<Option<Regex>> = OnceLock::new();
    static PARA: OnceLock<Option<Regex>> = OnceLock::new();
    let mut s = text.to_string();
    if let Some(r) = re(&OPEN, r"\x{A0}\+(\w)") {
        s = r.replace_all(&s, "«$1").into_owned();
    }
    if let Some(r) = re(&CLOSE, r"(\w)\x{A0};") {
        s = r.replace_all(&s, "$1»").into_owned();
    }
    if let Some(r) = re(
        &PARA,
        r#"([.!?؟"”»])[ \t]*\x{A0}[ \t\x{A0}]+|([.!?؟"”»])[ \t]+\x{A0}[ \t\x{A0}]*"#,
    ) {
        s = r.replace_all(&s, "$1$2\n").into_owned();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("بطارية &quot;نووية&quot; &amp; &#1605;&#x0646;"),
            "بطارية \"نووية\" & من"
        );
        assert_eq!(decode_entities("a &bogus; b & c"), "a &bogus; b & c");
        assert_eq!(decode_entities("&#0;"), "&#0;");
    }

    #[test]
    fn tags_become_breaks_or_vanish() {
        assert_eq!(
            strip_tags("<p>أول</p><p>ثان <b>مهم</b></p><script>x()</script>"),
            "\nأول\n\nثان مهم\n "
        );
        assert_eq!(strip_tags("3 < 5 و 7 > 6"), "3 < 5 و 7 > 6");
    }

    #[test]
    fn flattened_quotes_and_paragraphs_are_restored() {
        assert_eq!(
            repair_flattened("عبر \u{A0}+منصة\u{A0}; الجديدة"),
            "عبر «منصة» الجديدة"
        );
        assert_eq!(
            repair_flattened("انتهى الاجتماع. \u{A0}  وقال الوزير"),
            "انتهى الاجتماع.\nوقال الوزير"
        );
        // A no-break space between two words stays a space.
        assert_eq!(repair_flattened("الوزارة\u{A0}بحسب"), "الوزارة\u{A0}بحسب");
    }
}
