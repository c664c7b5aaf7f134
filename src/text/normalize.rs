//! Arabic normalization, one module used everywhere: display text and search keys, with a
//! map from normalized offsets back to the original.
//!
//! Two levels:
//! - [`display`]: what we show and what entity offsets index. NFC; Persian look-alike letters
//!   (ک ی ہ ە ھ) as the Arabic letters they stand for, unless the text itself is Persian or
//!   Urdu; Arabic presentation forms unfolded; tatweel, bidi controls and other invisible
//!   format marks removed; runs of horizontal white space folded to one space, lines trimmed,
//!   at most one blank line kept between paragraphs.
//! - [`search_key`]: for matching only. Display, then no harakat or Quranic marks, one alef
//!   (أ إ آ ٱ → ا), ى → ي, ة → ه, Eastern Arabic and Persian digits as ASCII, Latin lowercase.
//!   `ؤ` and `ئ` are kept: they follow spelling rules rather than typing habits, and folding them
//!   (to و/ي) would merge distinct words without fixing the real variation (مسؤول/مسئول).
//!
//! Every function has a `_mapped` twin returning a [`Normalized`] whose offsets (code points)
//! map back to the input, so callers never slice the original with an offset of the copy.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A normalized string with a map from its code-point offsets back to the original's.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// For each char of `text`, the original char offset where its source starts; one more
    /// entry at the end holding the original length.
    map: Vec<usize>,
    /// For each char of `text`, the original char offset where its source ends (exclusive).
    ends: Vec<usize>,
}

impl Normalized {
    /// Length of `text` in code points.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when `text` is empty.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The original char offset of normalized char offset `i` (a start position). Offsets past
    /// the end map to the original length.
    pub fn to_original(&self, i: usize) -> usize {
        let last = self.map.len().saturating_sub(1);
        self.map.get(i.min(last)).copied().unwrap_or(0)
    }

    /// The original char offset of normalized end offset `j` (exclusive): the end of the source
    /// of char `j - 1`, so a span never swallows removed characters after it.
    pub fn to_original_end(&self, j: usize) -> usize {
        if j == 0 {
            return self.to_original(0);
        }
        match self.ends.get(j - 1) {
            Some(&e) => e,
            None => self.to_original(j),
        }
    }

    /// Maps a normalized span `[start, end)` to the original span.
    pub fn span_to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_original(start);
        (s, self.to_original_end(end).max(s))
    }
}

/// Display text: NFC, Persian look-alikes as Arabic letters, no tatweel or bidi marks,
/// whitespace folded (newlines kept as paragraph breaks).
pub fn display(s: &str) -> String {
    // The fast path of [`display_mapped`]: same steps, no offset map (checked equal by a
    // property test).
    let persian = is_persian_or_urdu(s);
    let mut mapped = String::with_capacity(s.len());
    for c in s.chars() {
        if is_presentation_form(c) {
            let unfolded: String = std::iter::once(c).nfkc().collect();
            if !unfolded.chars().any(char::is_whitespace) {
                mapped.extend(unfolded.chars().filter_map(|d| display_letter(d, persian)));
                continue;
            }
        }
        if let Some(m) = display_letter(c, persian) {
            mapped.push(m);
        }
    }
    let composed = if mapped.chars().all(is_trivially_nfc)
        || is_nfc_quick(mapped.chars()) == IsNormalized::Yes
    {
        mapped
    } else {
        mapped.nfc().collect()
    };
    let mut out = Builder::new(composed.len());
    out.track = false;
    for c in composed.chars() {
        out.push(classify_space(c), 0, 0);
    }
    out.text
}

/// The search key: no diacritics, one alef, ى→ي, ة→ه, ASCII digits, lowercase.
pub fn search_key(s: &str) -> String {
    // The fast path of [`search_key_mapped`], checked equal by a property test.
    let disp = display(s);
    let mut keyed = String::with_capacity(disp.len());
    for c in disp.chars() {
        match key_char(c) {
            Key::Drop => {}
            Key::Char(k) if is_upper(k) => keyed.extend(k.to_lowercase()),
            Key::Char(k) => keyed.push(k),
        }
    }
    let composed = if keyed.chars().all(is_trivially_nfc)
        || is_nfc_quick(keyed.chars()) == IsNormalized::Yes
    {
        keyed
    } else {
        keyed.nfc().collect()
    };
    let mut out = Builder::new(composed.len());
    out.track = false;
    for c in composed.chars() {
        out.push(classify_space(c), 0, 0);
    }
    out.text
}

/// [`display`] with a map back to `s`.
pub fn display_mapped(s: &str) -> Normalized {
    let persian = is_persian_or_urdu(s);
    // Drop and map first, then compose: removing a mark between a letter and another mark can
    // make them composable, and NFC must see the final neighbours.
    let mut items: Vec<Item> = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        push_display(&mut items, c, i, persian);
    }
    let items = nfc_items(items);
    let mut out = Builder::new(s.len());
    for (c, start, end) in items {
        out.push(classify_space(c), start, end);
    }
    out.finish(s.chars().count())
}

/// [`search_key`] with a map back to `s`.
pub fn search_key_mapped(s: &str) -> Normalized {
    let disp = display_mapped(s);
    let mut items: Vec<Item> = Vec::with_capacity(disp.len());
    for (i, c) in disp.text.chars().enumerate() {
        let (start, end) = (disp.to_original(i), disp.to_original_end(i + 1));
        match key_char(c) {
            Key::Drop => {}
            Key::Char(k) if is_upper(k) => {
                items.extend(k.to_lowercase().map(|l| (l, start, end)));
            }
            Key::Char(k) => items.push((k, start, end)),
        }
    }
    // Dropping marks can bring composable chars together again, or leave spaces side by side.
    let mut out = Builder::new(disp.text.len());
    for (c, start, end) in nfc_items(items) {
        out.push(classify_space(c), start, end);
    }
    out.finish(disp.to_original(disp.len()))
}

/// A char with the original span `[start, end)` it comes from.
type Item = (char, usize, usize);

fn push_display(items: &mut Vec<Item>, c: char, i: usize, persian: bool) {
    if is_presentation_form(c) {
        let unfolded: String = std::iter::once(c).nfkc().collect();
        // Isolated harakat forms unfold to a space and a mark: keep those as they are.
        if !unfolded.chars().any(char::is_whitespace) {
            for d in unfolded.chars() {
                if let Some(m) = display_letter(d, persian) {
                    items.push((m, i, i + 1));
                }
            }
            return;
        }
    }
    if let Some(m) = display_letter(c, persian) {
        items.push((m, i, i + 1));
    }
}

/// NFC over items: segments between stable boundaries (a starter that never composes
/// backwards) are composed on their own, so a composed char maps to its whole source.
fn nfc_items(items: Vec<Item>) -> Vec<Item> {
    // Most news text is letters, digits and punctuation that are NFC by themselves.
    if items.iter().all(|it| is_trivially_nfc(it.0)) {
        return items;
    }
    if is_nfc_quick(items.iter().map(|it| it.0)) == IsNormalized::Yes {
        return items;
    }
    let mut out = Vec::with_capacity(items.len());
    let mut seg_from = 0usize;
    for k in 0..=items.len() {
        let boundary = match items.get(k) {
            Some(&(c, _, _)) => is_stable_starter(c),
            None => true,
        };
        if !boundary || k == seg_from {
            continue;
        }
        let seg = items.get(seg_from..k).unwrap_or_default();
        seg_from = k;
        // A clean segment keeps its per-char map; only one that changes maps as a whole.
        if seg.iter().all(|it| is_trivially_nfc(it.0))
            || is_nfc_quick(seg.iter().map(|it| it.0)) == IsNormalized::Yes
        {
            out.extend_from_slice(seg);
            continue;
        }
        let (start, end) = match (seg.first(), seg.last()) {
            (Some(f), Some(l)) => (f.1, l.2),
            _ => continue,
        };
        let text: String = seg.iter().map(|it| it.0).collect();
        out.extend(text.nfc().map(|d| (d, start, end)));
    }
    out
}

/// Starters with NFC_QC=Yes that no NFC step changes, told without a table lookup: ASCII, the
/// basic Arabic letters and digits, common punctuation.
fn is_trivially_nfc(c: char) -> bool {
    c.is_ascii()
        || matches!(c as u32, 0x0621..=0x064A | 0x0660..=0x066D | 0x06F0..=0x06F9)
        || matches!(
            c,
            '،' | '؛' | '؟' | '«' | '»' | '“' | '”' | '‘' | '’' | '–' | '—' | '…' | '\u{A0}'
        )
}

/// A starter that never composes with what precedes it: a safe NFC segment boundary.
fn is_stable_starter(c: char) -> bool {
    // ASCII and the basic Arabic letters are starters with NFC_QC=Yes (some are composition
    // bases, none composes with what precedes it): skip the table lookups.
    if c.is_ascii() || matches!(c as u32, 0x0621..=0x064A) {
        return true;
    }
    canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// True when `c` is a harakah, superscript alef, combining hamza/madda or Quranic mark:
/// the marks a search key drops.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32,
        0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E8
        | 0x06EA..=0x06ED | 0x08D3..=0x08FF)
}

/// True for letters of the Arabic script (not digits, marks or punctuation).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0620..=0x063F | 0x0641..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3
        | 0x06D5 | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF | 0x0750..=0x077F)
}

/// The ASCII digit for an ASCII, Eastern Arabic (٠-٩) or Persian (۰-۹) digit.
pub fn digit_value(c: char) -> Option<u32> {
    match c as u32 {
        0x30..=0x39 => Some(c as u32 - 0x30),
        0x0660..=0x0669 => Some(c as u32 - 0x0660),
        0x06F0..=0x06F9 => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// The search key of one word of display text, char by char (no NFC, no white space
/// folding): the fast path for scanners that compare words with a table.
pub fn word_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        push_word_key_char(c, &mut out);
    }
    out
}

/// The [`word_key`] of one char, appended to `out`: scanners that key every word of a text
/// as they read it keep the keys in one buffer instead of a string per word.
#[inline]
pub fn push_word_key_char(c: char, out: &mut String) {
    match key_char(c) {
        Key::Drop => {}
        Key::Char(k) if is_upper(k) => out.extend(k.to_lowercase()),
        Key::Char(k) => out.push(k),
    }
}

/// The search key of one char, or `None` when the key drops it: [`search_key`] char by char
/// (Persian look-alikes, invisible marks, diacritics, alef/yeh/teh marbuta, digits, lowercase),
/// without NFC or space folding, for scanners that keep their own offset maps (entities).
pub fn search_key_char(c: char) -> Option<char> {
    let c = display_letter(c, false)?;
    match key_char(c) {
        Key::Drop => None,
        Key::Char(k) if is_upper(k) => k.to_lowercase().next(),
        Key::Char(k) => Some(k),
    }
}

enum Key {
    Drop,
    Char(char),
}

/// `char::is_uppercase` without the table lookup for ASCII and Arabic letters (caseless).
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        !is_arabic_letter(c) && c.is_uppercase()
    }
}

#[inline]
fn key_char(c: char) -> Key {
    if is_arabic_mark(c) || c == '\u{0640}' {
        return Key::Drop;
    }
    if let Some(d) = digit_value(c) {
        return Key::Char(char::from_digit(d, 10).unwrap_or(c));
    }
    Key::Char(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        'ة' => 'ه',
        '\u{066B}' => '.',
        '\u{066C}' => ',',
        '\u{066A}' => '%',
        // Typographic apostrophes key as the plain one: O’Brien and O'Brien are one name.
        '’' | '‘' | 'ʼ' => '\'',
        c => c,
    })
}

/// What one char becomes in display text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Disp {
    Space,
    Newline,
    /// `\r`: a newline, unless a `\n` follows (then that one counts).
    CarriageReturn,
    Char(char),
}

fn classify_space(c: char) -> Disp {
    match c {
        '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Disp::Newline,
        '\r' => Disp::CarriageReturn,
        ' '
        | '\t'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Disp::Space,
        c => Disp::Char(c),
    }
}

/// The char as display text has it, or `None` when it is dropped.
fn display_letter(c: char, persian: bool) -> Option<char> {
    match c {
        // Tatweel, zero-width and bidi controls, BOM, soft hyphen, Arabic letter mark,
        // word joiner and invisible operators: layout only, never content.
        '\u{0640}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{AD}'
        | '\u{061C}' => None,
        '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' => Some(c),
        c if c.is_control() => None,
        'ک' | 'ڪ' if !persian => Some('ك'),
        'ی' if !persian => Some('ي'),
        'ہ' | 'ە' | 'ھ' if !persian => Some('ه'),
        c => Some(c),
    }
}

/// Arabic presentation forms (contextual glyphs from PDFs and old encoders).
fn is_presentation_form(c: char) -> bool {
    // U+FDF0..FDFF are word ligatures (ﷺ) that NFKC expands into phrases: keep them.
    matches!(c as u32, 0xFB50..=0xFDCF | 0xFE70..=0xFEFC)
}

/// Persian and Urdu write ک and ی natively: text that uses them instead of ك/ي and also has
/// letters that only those languages use is left as it is.
fn is_persian_or_urdu(s: &str) -> bool {
    let (mut farsi, mut arabic, mut only) = (0usize, 0usize, 0usize);
    for c in s.chars() {
        match c {
            'ی' | 'ک' => farsi += 1,
            'ي' | 'ك' => arabic += 1,
            'پ' | 'چ' | 'ژ' | 'گ' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' => only += 1,
            _ => {}
        }
    }
    farsi > arabic && only > 0
}

/// Accumulates display chars: folds spaces, trims lines, caps blank lines at one.
struct Builder {
    text: String,
    map: Vec<usize>,
    ends: Vec<usize>,
    /// A space seen since the last char on this line: (start, end) of its first char.
    space: Option<(usize, usize)>,
    /// Newlines seen since the last char, and the span of the first.
    newlines: usize,
    newline_at: (usize, usize),
    /// The previous input was `\r` (so a `\n` right after it is the same line break).
    after_cr: bool,
    /// Keep the offset map (off for the fast path).
    track: bool,
}

impl Builder {
    fn new(cap: usize) -> Self {
        Builder {
            text: String::with_capacity(cap),
            map: Vec::new(),
            ends: Vec::new(),
            space: None,
            newlines: 0,
            newline_at: (0, 0),
            after_cr: false,
            track: true,
        }
    }

    fn emit(&mut self, c: char, start: usize, end: usize) {
        self.text.push(c);
        if self.track {
            self.map.push(start);
            self.ends.push(end);
        }
    }

    fn push(&mut self, d: Disp, start: usize, end: usize) {
        let after_cr = std::mem::replace(&mut self.after_cr, false);
        match d {
            Disp::Space => {
                if self.space.is_none() {
                    self.space = Some((start, end));
                }
            }
            Disp::CarriageReturn | Disp::Newline => {
                if d == Disp::Newline && after_cr {
                    return;
                }
                self.after_cr = d == Disp::CarriageReturn;
                self.space = None;
                if self.newlines == 0 {
                    self.newline_at = (start, end);
                }
                self.newlines += 1;
            }
            Disp::Char(c) => {
                if self.newlines > 0 {
                    if !self.text.is_empty() {
                        let (s, e) = self.newline_at;
                        for _ in 0..self.newlines.min(2) {
                            self.emit('\n', s, e);
                        }
                    }
                    self.newlines = 0;
                    self.space = None;
                }
                if let Some((s, e)) = self.space.take() {
                    if !self.text.is_empty() && !self.text.ends_with('\n') {
                        self.emit(' ', s, e);
                    }
                }
                self.emit(c, start, end);
            }
        }
    }

    fn finish(mut self, original_len: usize) -> Normalized {
        self.map.push(original_len);
        Normalized {
            text: self.text,
            map: self.map,
            ends: self.ends,
        }
    }
}

/// The chars `[start, end)` of `s` (code-point offsets), clamped to `s`.
pub fn char_slice(s: &str, start: usize, end: usize) -> &str {
    let mut it = s
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(s.len()));
    let b0 = it.by_ref().nth(start).unwrap_or(s.len());
    let b1 = if end > start {
        it.nth(end - start - 1).unwrap_or(s.len())
    } else {
        b0
    };
    s.get(b0..b1.max(b0)).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn persian_letters_in_arabic_become_arabic() {
        assert_eq!(display("قال إن أوکرانیا تريد"), "قال إن أوكرانيا تريد");
        assert_eq!(display("کتاب"), "كتاب");
    }

    #[test]
    fn persian_text_keeps_its_letters() {
        let fa = "این کتاب را پدرم خرید";
        assert_eq!(display(fa), fa);
        // The search key still unifies them, so Persian spellings match Arabic ones.
        assert_eq!(search_key("کی"), "كي");
    }

    #[test]
    fn tatweel_and_bidi_marks_go() {
        assert_eq!(
            display("هـــذا\u{200F} \u{202B}خبر\u{202C}\u{FEFF}"),
            "هذا خبر"
        );
        assert_eq!(display("soft\u{AD}ware"), "software");
    }

    #[test]
    fn whitespace_folds_and_lines_are_trimmed() {
        assert_eq!(display("  a \t\u{A0} b  \r\n  c\n\n\n\nd  "), "a b\nc\n\nd");
        assert_eq!(display("x\r\ry"), "x\n\ny");
        assert_eq!(display(" \n \n"), "");
    }

    #[test]
    fn nfc_composes_hamza() {
        // alef + combining hamza above → أ
        assert_eq!(display("\u{0627}\u{0654}حمد"), "أحمد");
        let n = display_mapped("x\u{0627}\u{0654}y");
        assert_eq!(n.text, "xأy");
        assert_eq!(n.span_to_original(1, 2), (1, 3));
        assert_eq!(n.span_to_original(2, 3), (3, 4));
    }

    #[test]
    fn presentation_forms_unfold() {
        assert_eq!(display("\u{FEDF}\u{FEE0}\u{FE8E}"), "للا");
        assert_eq!(display("\u{FEFB}"), "لا");
    }

    #[test]
    fn search_key_unifies_letters_and_digits() {
        assert_eq!(search_key("أَحْمَدُ"), "احمد");
        assert_eq!(search_key("إلى الآن"), "الي الان");
        assert_eq!(search_key("مدرسة"), "مدرسه");
        assert_eq!(search_key("٢٠٢٤ و ۱۴۰۳"), "2024 و 1403");
        assert_eq!(search_key("Reuters ٱلله"), "reuters الله");
        assert_eq!(search_key("مسؤول رئيس"), "مسؤول رئيس");
    }

    #[test]
    fn mapped_offsets_point_into_the_original() {
        let orig = "  قـــال\u{200F}  وزير   الدفاع";
        let n = search_key_mapped(orig);
        assert_eq!(n.text, "قال وزير الدفاع");
        let i = n.text.chars().position(|c| c == 'و').unwrap();
        let (s, e) = n.span_to_original(i, i + 4);
        assert_eq!(char_slice(orig, s, e), "وزير");
        let (s, e) = n.span_to_original(0, 3);
        assert_eq!(char_slice(orig, s, e), "قـــال");
        assert_eq!(n.to_original(n.len()), orig.chars().count());
    }

    #[test]
    fn char_slice_uses_code_points() {
        assert_eq!(char_slice("أبجد", 1, 3), "بج");
        assert_eq!(char_slice("أبجد", 3, 10), "د");
        assert_eq!(char_slice("أبجد", 5, 10), "");
        assert_eq!(char_slice("أبجد", 2, 1), "");
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "ا",
            "أ",
            "ب",
            "ة",
            "ى",
            "ي",
            "ی",
            "ک",
            "ك",
            "ـ",
            "\u{064E}",
            "\u{0651}",
            "\u{0654}",
            "\u{200F}",
            "\u{202B}",
            " ",
            "  ",
            "\t",
            "\u{A0}",
            "\n",
            "\r\n",
            "\r",
            "٣",
            "۴",
            "7",
            "A",
            "b",
            "e\u{0301}",
            "\u{FEFB}",
            "\u{AD}",
            "Ω",
            "İ",
            "\u{1100}\u{1161}",
            "\u{11A8}",
            "\u{0300}",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn display_is_idempotent(s in text_strategy()) {
            let d = display(&s);
            prop_assert_eq!(display(&d), d);
        }

        #[test]
        fn fast_display_equals_mapped_display(s in text_strategy()) {
            prop_assert_eq!(display(&s), display_mapped(&s).text);
        }

        #[test]
        fn fast_display_equals_mapped_display_on_any_string(s in any::<String>()) {
            prop_assert_eq!(display(&s), display_mapped(&s).text);
        }

        #[test]
        fn fast_search_key_equals_mapped(s in text_strategy()) {
            prop_assert_eq!(search_key(&s), search_key_mapped(&s).text);
        }

        #[test]
        fn fast_search_key_equals_mapped_on_any_string(s in any::<String>()) {
            prop_assert_eq!(search_key(&s), search_key_mapped(&s).text);
        }

        #[test]
        fn search_key_is_idempotent(s in text_strategy()) {
            let k = search_key(&s);
            prop_assert_eq!(search_key(&k), k.clone());
            prop_assert_eq!(display(&k), k);
        }

        #[test]
        fn arbitrary_strings_are_idempotent(s in any::<String>()) {
            let d = display(&s);
            prop_assert_eq!(display(&d), d);
            let k = search_key(&s);
            prop_assert_eq!(search_key(&k), k);
        }

        #[test]
        fn maps_are_monotone_and_in_range(s in text_strategy()) {
            let n_orig = s.chars().count();
            for n in [display_mapped(&s), search_key_mapped(&s)] {
                prop_assert_eq!(n.text.chars().count(), n.len());
                let mut last = 0;
                for i in 0..=n.len() {
                    let o = n.to_original(i);
                    prop_assert!(o >= last && o <= n_orig);
                    last = o;
                    if i > 0 {
                        let e = n.to_original_end(i);
                        prop_assert!(e > n.to_original(i - 1) && e <= n_orig);
                    }
                }
                prop_assert_eq!(n.to_original(n.len()), n_orig);
            }
        }

        #[test]
        fn spans_map_back_to_their_source(s in text_strategy(), a in 0usize..60, b in 0usize..60) {
            for (n, f) in [
                (display_mapped(&s), display as fn(&str) -> String),
                (search_key_mapped(&s), search_key as fn(&str) -> String),
            ] {
                let len = n.len();
                let (a, b) = (a.min(len), b.min(len));
                let (a, b) = (a.min(b), a.max(b));
                let span = char_slice(&n.text, a, b);
                // A span cannot split one source char that became several (ﻻ → لا).
                let split = |i: usize| i > 0 && i < len && n.to_original(i) == n.to_original(i - 1);
                if split(a) || split(b) {
                    continue;
                }
                // Spans that start or end in white space are trimmed by design: compare cores.
                if span.is_empty() || span.starts_with(char::is_whitespace)
                    || span.ends_with(char::is_whitespace) {
                    continue;
                }
                let (oa, ob) = n.span_to_original(a, b);
                let back = f(char_slice(&s, oa, ob));
                prop_assert_eq!(back, span.to_string(), "span {}..{} of {:?}", a, b, n.text);
            }
        }
    }
}
