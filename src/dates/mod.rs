//! Dates: Gregorian (three Arabic month-name sets, English), Hijri (Umm al-Qura), Eastern
//! Arabic digits, ranges, relative dates, and the published date of a page or dump.
//!
//! [`find`] scans running text token by token (words, digit runs, punctuation; offsets in code
//! points) and matches the forms newsrooms print: `الأحد 24 أغسطس 2020`, `أكتوبر 2022`,
//! `5 كانون الثاني 2021`, `12 جويلية 2019`, `March 17, 2020`, `١٢ / ٠١ / ٢٠٢٠`, `2020-06-03`,
//! `25 شوال 1436 هـ` (converted to Gregorian), `من 5 إلى 7 مايو`, and a bare year where the
//! context says it is one (`عام 2013`, `محادثات 2022 بين`, but not `2022 شخصا`). Month names
//! alone are never dates: several are also common words (مارس "he practised", آب, ماي).
//! [`find_with_reference`] also resolves أمس، غداً، يوم الجمعة, yesterday... against a date.
//!
//! Cost: dates are found in every article body, so the scan is built to cost little more than
//! reading the text once. The tokenizer keys each word into one buffer for the whole text and
//! looks it up once in a lexicon of the words a date can start with; the matchers then run
//! only at those words and at numbers, a few tokens in a hundred.

pub mod civil;
pub mod months;

use std::num::NonZeroU16;
use std::sync::OnceLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::text::normalize::{digit_value, display, push_word_key_char, search_key};
use civil::{civil_from_days, days_from_civil, hijri_to_gregorian, is_valid, iso_date, weekday};

/// A date found in text, offsets in code points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateSpan {
    /// Start (code points).
    pub start: usize,
    /// End, exclusive (code points).
    pub end: usize,
    /// ISO 8601 value: `2022-10`, `2024-04-05`, `2022`; a range as `start/end`; a day without
    /// a year (and no reference date) as `--MM-DD`.
    pub value: String,
}

/// Finds dates in running text.
pub fn find(text: &str) -> Vec<DateSpan> {
    find_with_reference(text, None)
}

/// Finds dates in running text, resolving relative ones (أمس، اليوم الجمعة، غداً، يوم
/// الأحد المقبل, yesterday, on Friday) and years left out (`11 أغسطس`) against `reference`,
/// an ISO date or date-time such as the article's `published_at`. Without a reference,
/// relative dates are not reported.
pub fn find_with_reference(text: &str, reference: Option<&str>) -> Vec<DateSpan> {
    let reference = reference.and_then(parse_reference);
    let toks = tokenize(text);
    let mut out: Vec<DateSpan> = Vec::new();
    // Token range [first, next) of each span, to look between neighbours.
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(t) = toks.list.get(i) {
        let found = if t.may_start() {
            match_at(&toks, i, reference)
        } else {
            None
        };
        match found {
            Some(m) => {
                out.push(DateSpan {
                    start: m.start,
                    end: m.end,
                    value: m.value,
                });
                let next = m.next.max(i + 1);
                ranges.push((i, next));
                i = next;
            }
            None => i += 1,
        }
    }
    prefer_gregorian_pairs(&toks, &ranges, &mut out);
    out
}

/// Letters a publication stamp may carry besides its dates: "Last updated on Monday, 5:04 pm
/// EST", "تاريخ النشر: الأحد - 10:30 مساءً بتوقيت مكة".
const MAX_STAMP_WORDS_LETTERS: usize = 40;

/// Letters of `t` outside the date spans (code-point offsets).
fn letters_outside(t: &str, spans: &[DateSpan]) -> usize {
    t.chars()
        .enumerate()
        .filter(|(i, c)| c.is_alphabetic() && !spans.iter().any(|d| (d.start..d.end).contains(i)))
        .count()
}

/// Reads a publication stamp ("5th, April 2024 GMT", "الأحد 24 أغسطس 2020", an ISO string)
/// as ISO 8601: a date-time with offset when the time is known, else a date.
pub fn parse_published(s: &str) -> Option<String> {
    let t = display(s);
    let t = t.trim();
    if t.is_empty() {
        return None;
    }
    if let Some(iso) = parse_iso(t) {
        return Some(iso);
    }
    let spans = find(t);
    // A stamp names a day: a month or a bare year is too vague to stamp a story with (and the
    // contract's published_at is a date or a date-time).
    let date = spans
        .iter()
        .find(|d| d.value.len() == 10 && !d.value.starts_with('-'))?;
    // A stamp is mostly date: a label, a weekday, a time and a zone around it at most. A
    // sentence that mentions a day ("began on 5 March 2022 under the old plan") is no stamp.
    if letters_outside(t, &spans) > MAX_STAMP_WORDS_LETTERS {
        return None;
    }
    let value = date
        .value
        .split('/')
        .next()
        .unwrap_or(&date.value)
        .to_string();
    if value.len() != 10 {
        return Some(value);
    }
    let (y, m, d) = split_iso_date(&value)?;
    match time_and_zone(t, y, m, d) {
        Some((hh, mm, ss, zone)) => Some(format!("{value}T{hh:02}:{mm:02}:{ss:02}{zone}")),
        None => Some(value),
    }
}

/// The publication stamp in a block of visible text (a page header, a dump's first lines):
/// a stamp after a publication label (`نشر في`, `تاريخ النشر`, `Published`) wins, then an
/// unlabelled stamp, and a "last updated" stamp (`آخر تحديث`, `Updated`) only when nothing
/// else is there.
pub fn find_published(text: &str) -> Option<String> {
    const PUBLISHED: &[&str] = &[
        "تاريخ النشر",
        "نشر في",
        "نشر بتاريخ",
        "نشر",
        "published",
        "posted",
        "date",
    ];
    const UPDATED: &[&str] = &[
        "اخر تحديث",
        "تاريخ التحديث",
        "تم التحديث",
        "تحديث",
        "updated",
        "last updated",
        "modified",
    ];
    let mut plain = None;
    let mut updated = None;
    for seg in text.split(['\n', '|', '•']) {
        let key = search_key(seg);
        let key = key.trim();
        if key.is_empty() {
            continue;
        }
        let has = |labels: &[&str]| {
            labels.iter().any(|l| {
                key.starts_with(l)
                    || key.contains(&format!(" {l}")) && key.find(l).is_some_and(|p| p < 40)
            })
        };
        let Some(v) = parse_published(seg) else {
            continue;
        };
        if has(UPDATED) {
            updated.get_or_insert(v);
        } else if has(PUBLISHED) {
            return Some(v);
        } else {
            plain.get_or_insert(v);
        }
    }
    plain.or(updated)
}

/// The date part (`YYYY-MM-DD`) of an ISO date or date-time.
pub fn parse_reference(s: &str) -> Option<(i32, u8, u8)> {
    split_iso_date(s.trim().get(..10)?)
}

fn split_iso_date(s: &str) -> Option<(i32, u8, u8)> {
    let mut parts = s.splitn(3, '-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u8 = parts.next()?.parse().ok()?;
    let d: u8 = parts.next()?.get(..2)?.parse().ok()?;
    is_valid(y, m, d).then_some((y, m, d))
}

fn regex(cell: &'static OnceLock<Option<Regex>>, pattern: &str) -> Option<&'static Regex> {
    cell.get_or_init(|| Regex::new(pattern).ok()).as_ref()
}

/// `2020-06-03`, `2020-06-03T10:00:00+04:00`, `2020-06-03 10:00Z`, `...T10:00:00.123+0400`.
fn parse_iso(t: &str) -> Option<String> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = regex(
        &RE,
        r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$",
    )?;
    let c = re.captures(t)?;
    let y: i32 = c.get(1)?.as_str().parse().ok()?;
    let m: u8 = c.get(2)?.as_str().parse().ok()?;
    let d: u8 = c.get(3)?.as_str().parse().ok()?;
    if !is_valid(y, m, d) {
        return None;
    }
    let date = iso_date(y, m, d);
    let (Some(hh), Some(mm)) = (c.get(4), c.get(5)) else {
        return Some(date);
    };
    let hh: u8 = hh.as_str().parse().ok()?;
    let mm: u8 = mm.as_str().parse().ok()?;
    let ss: u8 = c.get(6).map_or(Some(0), |s| s.as_str().parse().ok())?;
    if hh > 23 || mm > 59 || ss > 60 {
        return Some(date);
    }
    // A time without a zone is a local time we cannot place: keep the date only.
    let zone = offset_text(c.get(7)?.as_str())?;
    Some(format!("{date}T{hh:02}:{mm:02}:{ss:02}{zone}"))
}

/// `Z`, `+04:00` from `Z`, `UTC`, `+0400`, `+04`, `-04:30`.
fn offset_text(z: &str) -> Option<String> {
    let z = z.trim();
    if z.eq_ignore_ascii_case("z") || z.eq_ignore_ascii_case("utc") || z.eq_ignore_ascii_case("gmt")
    {
        return Some("Z".into());
    }
    let sign = z.chars().next().filter(|c| *c == '+' || *c == '-')?;
    let digits: String = z.chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        2 => (digits.get(..2)?, "00"),
        4 => (digits.get(..2)?, digits.get(2..4)?),
        _ => return None,
    };
    let (hn, mn): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    if hn > 14 || mn > 59 {
        return None;
    }
    if hn == 0 && mn == 0 {
        return Some("Z".into());
    }
    Some(format!("{sign}{h}:{m}"))
}

/// A clock time in `t` with a zone we can place: `15:36:36 +0400`, `10:22 am ET`,
/// `20:45 ت م` (Mecca time), `14:05 GMT`, `١٠:٣٠ صباحاً بتوقيت مكة`.
fn time_and_zone(t: &str, y: i32, m: u8, d: u8) -> Option<(u8, u8, u8, String)> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = regex(
        &RE,
        r"(?i)(?:^|[^\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|صباحا|مساء|ص|م(?:\s|$))?\s*(.*)$",
    )?;
    let key = search_key(t);
    let c = re.captures(&key)?;
    let mut hh: u8 = c.get(1)?.as_str().parse().ok()?;
    let mm: u8 = c.get(2)?.as_str().parse().ok()?;
    let ss: u8 = c.get(3).map_or(Some(0), |s| s.as_str().parse().ok())?;
    let rest = c.get(5).map_or("", |r| r.as_str()).trim();
    let (zone, rest_after_zone) = zone_of(rest, y, m, d)?;
    let _ = rest_after_zone;
    if let Some(ampm) = c.get(4) {
        let a = ampm.as_str().trim().to_lowercase();
        let pm = a.starts_with('p') || a == "م" || a.starts_with("مساء");
        if hh <= 12 {
            hh = match (pm, hh) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
        }
    }
    (hh <= 23 && mm <= 59 && ss <= 60).then_some((hh, mm, ss, zone))
}

/// The zone named at the start of `rest` (already a search key), as `Z` or `±hh:mm`.
fn zone_of(rest: &str, y: i32, m: u8, d: u8) -> Option<(String, &str)> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = regex(&RE, r"^([+-]\d{2}:?\d{2})\b")?;
    if let Some(c) = re.captures(rest) {
        let z = c.get(1)?;
        return Some((offset_text(z.as_str())?, rest.get(z.end()..).unwrap_or("")));
    }
    let word = rest
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let fixed = |z: &str| Some((z.to_string(), ""));
    let lower = word.to_ascii_lowercase();
    match lower.as_str() {
        "gmt" | "utc" | "z" => return fixed("Z"),
        "est" => return fixed("-05:00"),
        "edt" => return fixed("-04:00"),
        "cst" => return fixed("-06:00"),
        "cdt" => return fixed("-05:00"),
        "pst" => return fixed("-08:00"),
        "pdt" => return fixed("-07:00"),
        "bst" | "cet" => return fixed("+01:00"),
        "cest" => return fixed("+02:00"),
        "et" => {
            return fixed(if us_dst(y, m, d) { "-04:00" } else { "-05:00" });
        }
        "pt" => {
            return fixed(if us_dst(y, m, d) { "-07:00" } else { "-08:00" });
        }
        _ => {}
    }
    // Arabic zone names: "ت م"/"ت.م" (توقيت مكة) and "بتوقيت X".
    let r = rest.trim_start();
    if r.starts_with("ت م") || r.starts_with("ت.م") || r.starts_with("تم ") || r == "تم" {
        return fixed("+03:00");
    }
    if let Some(after) = r
        .strip_prefix("بتوقيت ")
        .or_else(|| r.strip_prefix("توقيت "))
    {
        let city = after.trim_start();
        let zone = [
            ("مكه", "+03:00"),
            ("السعوديه", "+03:00"),
            ("الرياض", "+03:00"),
            ("الكويت", "+03:00"),
            ("الدوحه", "+03:00"),
            ("بغداد", "+03:00"),
            ("ابوظبي", "+04:00"),
            ("الامارات", "+04:00"),
            ("دبي", "+04:00"),
            ("مسقط", "+04:00"),
            ("غرينتش", "Z"),
            ("جرينتش", "Z"),
            ("غرينيتش", "Z"),
            ("القاهره", "+02:00"),
        ]
        .iter()
        .find(|(name, _)| city.starts_with(name))
        .map(|(_, z)| *z)?;
        return fixed(zone);
    }
    None
}

/// US daylight saving time: second Sunday of March to first Sunday of November.
fn us_dst(y: i32, m: u8, d: u8) -> bool {
    let nth_sunday = |month: u8, n: i64| {
        let first = days_from_civil(y, month, 1);
        let back = i64::from(weekday(first));
        first + (7 - back) % 7 + 7 * (n - 1)
    };
    let day = days_from_civil(y, m, d);
    day >= nth_sunday(3, 2) && day < nth_sunday(11, 1)
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

/// A token as the matchers see it: [`Toks::get`] joins a stored token with its key.
#[derive(Debug, Clone, Copy)]
struct Tok<'k> {
    kind: Kind,
    start: usize,
    end: usize,
    /// Search key (words), ASCII digits (numbers), the char (punctuation).
    key: &'k str,
    num: u32,
    digits: usize,
    /// White space separates this token from the previous one.
    space_before: bool,
    /// The lexicon's entry for the key, and for the key without a proclitic (`وفي مايو`،
    /// `بالأحد`), looked up once by the tokenizer so the matchers never hash.
    lex: Option<&'static Lex>,
    bare: Option<&'static Lex>,
}

/// A token as stored: 28 bytes, as a long text has a token every four to six bytes and the
/// list is the scan's main memory traffic. Offsets are `u32` (a text of 4 G chars is far over
/// any input limit); the key is a byte range of [`Toks::keys`].
#[derive(Debug, Clone)]
struct Stored {
    start: u32,
    end: u32,
    key: (u32, u32),
    num: u32,
    /// Digits of a number, at most 255 (no test needs more than 10).
    digits: u8,
    kind: Kind,
    space_before: bool,
    lex: Option<LexId>,
    bare: Option<LexId>,
}

impl Stored {
    /// Whether a date may start here: every matcher starts at a number or at a word of the
    /// lexicon (with or without a proclitic), so the scan skips all other tokens without
    /// trying the matchers, which is most of running text.
    fn may_start(&self) -> bool {
        self.kind == Kind::Num || self.lex.is_some() || self.bare.is_some()
    }
}

/// A `u32` offset, saturated (see [`Stored`]).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn wide(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// The tokens of a text, and one buffer with all their keys (rather than a string per token).
#[derive(Debug, Default)]
struct Toks {
    list: Vec<Stored>,
    keys: String,
}

impl Toks {
    fn get(&self, i: usize) -> Option<Tok<'_>> {
        let s = self.list.get(i)?;
        let lexicon = lexicon();
        Some(Tok {
            kind: s.kind,
            start: wide(s.start),
            end: wide(s.end),
            key: self.keys.get(wide(s.key.0)..wide(s.key.1)).unwrap_or(""),
            num: s.num,
            digits: usize::from(s.digits),
            space_before: s.space_before,
            lex: s.lex.and_then(|id| lexicon.entry(id)),
            bare: s.bare.and_then(|id| lexicon.entry(id)),
        })
    }
}

/// What a char is to the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Token(Kind),
    Space,
}

/// Digits (any script) are numbers; letters, Arabic marks and the tatweel are words; white
/// space and the invisible marks U+200B..U+200F separate; anything else is punctuation.
fn class(c: char) -> Class {
    // The sets are disjoint, so the tests go in the order that is cheapest for running text:
    // ASCII, then Arabic letters, and the alphabetic table lookup last.
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Class::Token(Kind::Word)
        } else if c.is_ascii_digit() {
            Class::Token(Kind::Num)
        } else if c.is_whitespace() {
            Class::Space
        } else {
            Class::Token(Kind::Punct)
        };
    }
    if crate::text::normalize::is_arabic_letter(c)
        || crate::text::normalize::is_arabic_mark(c)
        || c == '\u{0640}'
    {
        return Class::Token(Kind::Word);
    }
    if digit_value(c).is_some() {
        return Class::Token(Kind::Num);
    }
    // Some sources put a direction mark before every word.
    if c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}') {
        Class::Space
    } else if c.is_alphabetic() {
        Class::Token(Kind::Word)
    } else {
        Class::Token(Kind::Punct)
    }
}

/// The token being read: its kind, first char, where its key starts in [`Toks::keys`], and
/// for a number the value so far.
struct Open {
    kind: Kind,
    start: usize,
    key_from: usize,
    num: u32,
    digits: u8,
}

/// Splits `text` into words, digit runs and punctuation (offsets in code points), keying
/// each char as it is read.
fn tokenize(text: &str) -> Toks {
    let mut toks = Toks {
        // Room for a token every four bytes: most text has fewer, and capacity never written
        // costs no memory traffic, while growing the list copies it.
        list: Vec::with_capacity(text.len() / 4 + 1),
        keys: String::with_capacity(text.len()),
    };
    let mut open: Option<Open> = None;
    let mut space = false;
    let mut n = 0;
    for (i, c) in text.chars().enumerate() {
        n = i + 1;
        let class = class(c);
        // A change of class ends a token; a punctuation mark is a token by itself.
        if let Some(o) = open.take_if(|o| o.kind == Kind::Punct || class != Class::Token(o.kind)) {
            toks.close(o, i, space);
            space = false;
        }
        let Class::Token(kind) = class else {
            space = true;
            continue;
        };
        let keys = &mut toks.keys;
        let o = match open.as_mut() {
            Some(o) => o,
            None => open.insert(Open {
                kind,
                start: i,
                key_from: keys.len(),
                num: 0,
                digits: 0,
            }),
        };
        match kind {
            Kind::Word => push_word_key_char(c, keys),
            Kind::Num => {
                let d = digit_value(c).unwrap_or(0);
                keys.push(char::from_digit(d, 10).unwrap_or('0'));
                if o.digits < 9 {
                    o.num = o.num * 10 + d;
                }
                o.digits = o.digits.saturating_add(1);
            }
            Kind::Punct => keys.push(c),
        }
    }
    if let Some(o) = open.take() {
        toks.close(o, n, space);
    }
    toks
}

impl Toks {
    /// Stores the token `o`, which ends before char `end`, with its lexicon entries.
    fn close(&mut self, o: Open, end: usize, space_before: bool) {
        let (lex, bare) = match (o.kind, self.keys.get(o.key_from..)) {
            (Kind::Word, Some(key)) => {
                let lexicon = lexicon();
                (
                    lexicon.get(key),
                    strip_clitic(key).and_then(|b| lexicon.get(b)),
                )
            }
            _ => (None, None),
        };
        self.list.push(Stored {
            start: narrow(o.start),
            end: narrow(end),
            key: (narrow(o.key_from), narrow(self.keys.len())),
            // Ten digits and more are no date part (and would overflow).
            num: if o.digits > 9 { u32::MAX } else { o.num },
            digits: o.digits,
            kind: o.kind,
            space_before,
            lex,
            bare,
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Lexicon

/// Names that start with one word (months, ordinal days): (following word keys, number),
/// longest first.
type Names = Vec<(Vec<String>, u8)>;

/// What a word key starts in the date vocabulary.
#[derive(Debug, Default)]
struct Lex {
    gregorian: Names,
    hijri: Names,
    ordinals: Names,
    weekday: Option<u8>,
}

/// Every word key a date can start with (an entry, even an empty one, marks such a word).
struct Lexicon {
    words: FxHashMap<String, LexId>,
    entries: Vec<Lex>,
    /// The longest key in bytes: longer words are skipped without hashing.
    longest: usize,
}

/// An entry of the lexicon (its index + 1: two bytes in a stored token, not eight).
type LexId = NonZeroU16;

impl Lexicon {
    fn get(&self, key: &str) -> Option<LexId> {
        if key.len() > self.longest {
            return None;
        }
        self.words.get(key).copied()
    }

    fn entry(&self, id: LexId) -> Option<&Lex> {
        self.entries.get(usize::from(id.get()) - 1)
    }
}

/// The lexicon. FxHash: keys are short and looked up for every word of the text, and
/// SipHash's flooding resistance buys nothing against a fixed table.
fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map: FxHashMap<String, Lex> = FxHashMap::default();
        let mut add = |table: &[(&str, u8)], names: fn(&mut Lex) -> &mut Names| {
            for &(name, n) in table {
                let mut words = name.split(' ').map(search_key);
                if let Some(first) = words.next() {
                    names(map.entry(first).or_default()).push((words.collect(), n));
                }
            }
        };
        add(months::GREGORIAN, |l| &mut l.gregorian);
        add(months::HIJRI, |l| &mut l.hijri);
        add(ORDINALS, |l| &mut l.ordinals);
        for lex in map.values_mut() {
            for names in [&mut lex.gregorian, &mut lex.hijri, &mut lex.ordinals] {
                names.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
            }
        }
        for &(name, n) in months::WEEKDAYS {
            map.entry(search_key(name)).or_default().weekday = Some(n);
        }
        for &w in RELATIVE_STARTS {
            map.entry(search_key(w)).or_default();
        }
        let longest = map.keys().map(String::len).max().unwrap_or(0);
        let mut words = FxHashMap::default();
        let mut entries = Vec::with_capacity(map.len());
        for (key, lex) in map {
            // A few hundred entries: the ids cannot run out.
            if let Some(id) = u16::try_from(entries.len() + 1)
                .ok()
                .and_then(NonZeroU16::new)
            {
                words.insert(key, id);
                entries.push(lex);
            }
        }
        Lexicon {
            words,
            entries,
            longest,
        }
    })
}

/// Proclitics that may be glued to a month or weekday name (و، ب، ل، ف).
fn strip_clitic(key: &str) -> Option<&str> {
    let mut chars = key.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    (matches!(first, 'و' | 'ب' | 'ل' | 'ف') && rest.chars().count() >= 3).then_some(rest)
}

/// A month name at token `i` from the lexicon's `table`: (month, index after it, start char
/// without a proclitic).
fn name_at(toks: &Toks, i: usize, table: fn(&Lex) -> &Names) -> Option<(u8, usize, usize)> {
    let t = toks.get(i).filter(|t| t.kind == Kind::Word)?;
    let names = |lex: Option<&'static Lex>| lex.map(table).filter(|v| !v.is_empty());
    let (entries, clitic) = match names(t.lex) {
        Some(e) => (e, 0),
        None => (names(t.bare)?, 1),
    };
    for (rest, n) in entries {
        let ok = rest.iter().enumerate().all(|(k, w)| {
            toks.get(i + 1 + k)
                .is_some_and(|t| t.kind == Kind::Word && t.key == w)
        });
        if ok {
            return Some((*n, i + 1 + rest.len(), t.start + clitic));
        }
    }
    None
}

/// A Gregorian month, with a same-month twin in another set (`أيار/مايو`, `مايو (أيار)`).
fn gregorian_at(toks: &Toks, i: usize) -> Option<(u8, usize, usize)> {
    let gregorian: fn(&Lex) -> &Names = |l| &l.gregorian;
    let (m, mut j, start) = name_at(toks, i, gregorian)?;
    let is = |k: usize, c: &str| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Punct && t.key == c)
    };
    // "Mar. 17": the period of an English abbreviation.
    let abbreviated = toks
        .get(i)
        .is_some_and(|t| t.key.is_ascii() && t.key.len() <= 4);
    if abbreviated && is(j, ".") && toks.get(j).is_some_and(|t| !t.space_before) {
        j += 1;
    }
    // Twins side by side, as some agencies print them: "30 ابريل نيسان 1998".
    if let Some((m2, k, _)) = name_at(toks, j, gregorian) {
        if m2 == m {
            return Some((m, k, start));
        }
    }
    if is(j, "/") || is(j, "-") {
        if let Some((m2, k, _)) = name_at(toks, j + 1, gregorian) {
            if m2 == m {
                j = k;
            }
        }
    } else if is(j, "(") {
        if let Some((m2, k, _)) = name_at(toks, j + 1, gregorian) {
            if m2 == m && is(k, ")") {
                j = k + 1;
            }
        }
    }
    Some((m, j, start))
}

fn weekday_at(toks: &Toks, i: usize) -> Option<(u8, usize, usize)> {
    let t = toks.get(i).filter(|t| t.kind == Kind::Word)?;
    if let Some(w) = t.lex.and_then(|l| l.weekday) {
        return Some((w, i + 1, t.start));
    }
    let w = t.bare.and_then(|l| l.weekday)?;
    Some((w, i + 1, t.start + 1))
}

// ---------------------------------------------------------------------------------------------
// Matching

struct Match {
    start: usize,
    end: usize,
    next: usize,
    value: String,
}

fn tok_is(toks: &Toks, i: usize, kind: Kind, keys: &[&str]) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == kind && keys.contains(&t.key))
}

fn is_comma(toks: &Toks, i: usize) -> bool {
    tok_is(toks, i, Kind::Punct, &[",", "،"])
}

fn day_num(toks: &Toks, i: usize) -> Option<u8> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == Kind::Num && t.digits <= 2)?;
    u8::try_from(t.num).ok().filter(|d| (1..=31).contains(d))
}

fn year_num(toks: &Toks, i: usize) -> Option<i32> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == Kind::Num && t.digits == 4)?;
    i32::try_from(t.num).ok()
}

/// Skips an English ordinal suffix (`5th`) after a day number.
fn skip_ordinal(toks: &Toks, i: usize) -> usize {
    let glued = toks.get(i).is_some_and(|t| !t.space_before);
    if glued && tok_is(toks, i, Kind::Word, &["st", "nd", "rd", "th"]) {
        i + 1
    } else {
        i
    }
}

/// `م`/`ميلادي` after a Gregorian year.
fn gregorian_era(toks: &Toks, i: usize) -> usize {
    if tok_is(toks, i, Kind::Word, &["م", "ميلادي", "ميلاديه", "ad"]) {
        i + 1
    } else {
        i
    }
}

/// `هـ`/`هجري` after a Hijri year.
fn hijri_era(toks: &Toks, i: usize) -> Option<usize> {
    tok_is(toks, i, Kind::Word, &["ه", "هجري", "هجريه"]).then_some(i + 1)
}

const RANGE_WORDS: &[&str] = &["الي", "حتي", "و", "to", "and", "till", "until", "through"];
const RANGE_PUNCT: &[&str] = &["-", "–", "—"];

fn match_at(toks: &Toks, i: usize, reference: Option<(i32, u8, u8)>) -> Option<Match> {
    // A weekday before an absolute date joins the span: "الأحد 24 أغسطس 2020", "Sat, 23 Jun".
    let (wd_start, after_wd) = if tok_is(toks, i, Kind::Word, &["يوم"]) {
        match weekday_at(toks, i + 1) {
            Some((_, j, _)) => (Some(toks.get(i).map_or(0, |t| t.start)), j),
            None => (None, i),
        }
    } else {
        match weekday_at(toks, i) {
            Some((_, j, s)) => (Some(s), j),
            None => (None, i),
        }
    };
    if let Some(ws) = wd_start {
        let j = if is_comma(toks, after_wd) {
            after_wd + 1
        } else {
            after_wd
        };
        if let Some(mut m) = absolute_at(toks, j, reference) {
            m.start = ws;
            return Some(m);
        }
    }
    if let Some(m) = absolute_at(toks, i, reference) {
        return Some(m);
    }
    if let Some(r) = reference {
        if let Some(m) = relative_at(toks, i, r) {
            return Some(m);
        }
    }
    bare_year_at(toks, i)
}

fn end_of(toks: &Toks, j: usize) -> usize {
    toks.get(j.saturating_sub(1)).map_or(0, |t| t.end)
}

fn absolute_at(toks: &Toks, i: usize, reference: Option<(i32, u8, u8)>) -> Option<Match> {
    day_first_at(toks, i, reference)
        .or_else(|| ordinal_day_at(toks, i, reference))
        .or_else(|| month_first_at(toks, i, reference))
        .or_else(|| numeric_at(toks, i))
}

/// Ordinal day words: (keys, day). "الحادي عشر من سبتمبر", "الأول من مايو".
const ORDINALS: &[(&str, u8)] = &[
    ("الاول", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
    ("الحادي عشر", 11),
    ("الثاني عشر", 12),
    ("الثالث عشر", 13),
    ("الرابع عشر", 14),
    ("الخامس عشر", 15),
    ("السادس عشر", 16),
    ("السابع عشر", 17),
    ("الثامن عشر", 18),
    ("التاسع عشر", 19),
    ("العشرين", 20),
    ("الحادي والعشرين", 21),
    ("الثاني والعشرين", 22),
    ("الثالث والعشرين", 23),
    ("الرابع والعشرين", 24),
    ("الخامس والعشرين", 25),
    ("السادس والعشرين", 26),
    ("السابع والعشرين", 27),
    ("الثامن والعشرين", 28),
    ("التاسع والعشرين", 29),
    ("الثلاثين", 30),
    ("الحادي والثلاثين", 31),
];

/// `الحادي عشر من سبتمبر 2001`: an ordinal day word, من, a month.
fn ordinal_day_at(toks: &Toks, i: usize, reference: Option<(i32, u8, u8)>) -> Option<Match> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == Kind::Word && t.key.starts_with("ال"))?;
    let (day, j) = t
        .lex
        .map(|l| &l.ordinals)?
        .iter()
        .filter_map(|(rest, d)| {
            let ok = rest.iter().enumerate().all(|(k, w)| {
                toks.get(i + 1 + k)
                    .is_some_and(|x| x.kind == Kind::Word && x.key == w)
            });
            ok.then_some((*d, i + 1 + rest.len()))
        })
        .max_by_key(|&(_, j)| j)?;
    if !tok_is(toks, j, Kind::Word, &["من"]) {
        return None;
    }
    let (m, k, _) = gregorian_at(toks, j + 1)?;
    let mut k = if is_comma(toks, k) { k + 1 } else { k };
    let year = year_num(toks, k).filter(|y| (1000..=2200).contains(y));
    if year.is_some() {
        k = gregorian_era(toks, k + 1);
    }
    let value = day_value(year, m, day, None, reference)?;
    Some(Match {
        start: t.start,
        end: end_of(toks, k),
        next: k,
        value,
    })
}

/// `24 أغسطس 2020`, `5th, April 2024`, `من 5 إلى 7 مايو`, `25 شوال 1436 هـ`.
fn day_first_at(toks: &Toks, i: usize, reference: Option<(i32, u8, u8)>) -> Option<Match> {
    let d1 = day_num(toks, i)?;
    let start = toks.get(i)?.start;
    let mut j = skip_ordinal(toks, i + 1);
    let mut d2 = None;
    let connector =
        tok_is(toks, j, Kind::Word, RANGE_WORDS) || tok_is(toks, j, Kind::Punct, RANGE_PUNCT);
    if connector {
        if let Some(d) = day_num(toks, j + 1).filter(|d| *d > d1) {
            d2 = Some(d);
            j = skip_ordinal(toks, j + 2);
        }
    }
    if is_comma(toks, j) {
        j += 1;
    }
    if tok_is(toks, j, Kind::Word, &["من", "of"]) {
        j += 1;
    }
    if let Some((m, k, _)) = gregorian_at(toks, j) {
        let mut k = if is_comma(toks, k) { k + 1 } else { k };
        // "15 يوليو/تموز عام 2016", "5 May of 2019".
        if tok_is(toks, k, Kind::Word, &["عام", "سنه", "لعام", "of"])
            && year_num(toks, k + 1).is_some()
        {
            k += 1;
        }
        let year = year_num(toks, k).filter(|y| (1000..=2200).contains(y));
        let year = match year {
            Some(y) => {
                k = gregorian_era(toks, k + 1);
                Some(y)
            }
            None => {
                k = if is_comma(toks, k.saturating_sub(1)) && k > j {
                    k - 1
                } else {
                    k
                };
                None
            }
        };
        let value = day_value(year, m, d1, d2, reference)?;
        return Some(Match {
            start,
            end: end_of(toks, k),
            next: k,
            value,
        });
    }
    let (hm, k, _) = name_at(toks, j, |l| &l.hijri)?;
    let hy = toks
        .get(k)
        .filter(|t| t.kind == Kind::Num && (3..=4).contains(&t.digits))
        .and_then(|t| i32::try_from(t.num).ok())?;
    let era = hijri_era(toks, k + 1);
    if era.is_none() && !(1300..=1600).contains(&hy) {
        return None;
    }
    let k = era.unwrap_or(k + 1);
    let (gy, gm, gd) = hijri_to_gregorian(hy, hm, d1)?;
    let mut value = iso_date(gy, gm, gd);
    if let Some(d2) = d2 {
        let (y2, m2, e2) = hijri_to_gregorian(hy, hm, d2)?;
        value = format!("{value}/{}", iso_date(y2, m2, e2));
    }
    Some(Match {
        start,
        end: end_of(toks, k),
        next: k,
        value,
    })
}

fn day_value(
    year: Option<i32>,
    m: u8,
    d1: u8,
    d2: Option<u8>,
    reference: Option<(i32, u8, u8)>,
) -> Option<String> {
    let one = |d: u8| -> Option<String> {
        match year.or(reference.map(|r| r.0)) {
            Some(y) => is_valid(y, m, d).then(|| iso_date(y, m, d)),
            None => (d <= civil::days_in_month(2000, m)).then(|| format!("--{m:02}-{d:02}")),
        }
    };
    let first = one(d1)?;
    match d2 {
        Some(d2) => Some(format!("{first}/{}", one(d2)?)),
        None => Some(first),
    }
}

/// `أكتوبر 2022` → `2022-10`; `March 17, 2020`; `April 5` (English only).
fn month_first_at(toks: &Toks, i: usize, reference: Option<(i32, u8, u8)>) -> Option<Match> {
    let (m, j, start) = gregorian_at(toks, i)?;
    let mut j2 = if is_comma(toks, j) { j + 1 } else { j };
    // "أغسطس من عام 2002", "مايو من العام 2019".
    if tok_is(toks, j2, Kind::Word, &["من"]) {
        j2 += 1;
    }
    if tok_is(toks, j2, Kind::Word, &["عام", "العام", "سنه", "السنه"]) {
        j2 += 1;
    }
    if j2 > j + 1 && year_num(toks, j2).is_none() {
        j2 = j;
    }
    if let Some(y) = year_num(toks, j2).filter(|y| (1000..=2200).contains(y)) {
        let k = gregorian_era(toks, j2 + 1);
        return Some(Match {
            start,
            end: end_of(toks, k),
            next: k,
            value: format!("{y:04}-{m:02}"),
        });
    }
    // Month before day is English usage; in Arabic "مارس 17" would be a verb and a count.
    if !toks.get(i)?.key.is_ascii() {
        return None;
    }
    let d1 = day_num(toks, j)?;
    let mut k = skip_ordinal(toks, j + 1);
    let mut d2 = None;
    if tok_is(toks, k, Kind::Punct, RANGE_PUNCT) || tok_is(toks, k, Kind::Word, RANGE_WORDS) {
        if let Some(d) = day_num(toks, k + 1).filter(|d| *d > d1) {
            d2 = Some(d);
            k = skip_ordinal(toks, k + 2);
        }
    }
    let k2 = if is_comma(toks, k) { k + 1 } else { k };
    let year = year_num(toks, k2).filter(|y| (1000..=2200).contains(y));
    if year.is_some() {
        k = k2 + 1;
    }
    let value = day_value(year, m, d1, d2, reference)?;
    Some(Match {
        start,
        end: end_of(toks, k),
        next: k,
        value,
    })
}

/// `12/01/2020`, `١٢ / ٠١ / ٢٠٢٠`, `2020-06-03`, `03.06.2020`: day first unless impossible.
fn numeric_at(toks: &Toks, i: usize) -> Option<Match> {
    let a = toks.get(i).filter(|t| t.kind == Kind::Num)?;
    let sep = toks
        .get(i + 1)
        .filter(|t| t.kind == Kind::Punct && ["/", "-", "."].contains(&t.key))?;
    let b = toks.get(i + 2).filter(|t| t.kind == Kind::Num)?;
    let sep2 = toks
        .get(i + 3)
        .filter(|t| t.kind == Kind::Punct && t.key == sep.key)?;
    let c = toks.get(i + 4).filter(|t| t.kind == Kind::Num)?;
    let _ = sep2;
    // Part of a longer run (a version, an IP address, a phone number): not a date.
    let longer_after = toks
        .get(i + 5)
        .is_some_and(|t| t.kind == Kind::Punct && t.key == sep.key)
        && toks.get(i + 6).is_some_and(|t| t.kind == Kind::Num);
    let longer_before = i >= 2
        && toks
            .get(i - 1)
            .is_some_and(|t| t.kind == Kind::Punct && t.key == sep.key && !a.space_before)
        && toks.get(i - 2).is_some_and(|t| t.kind == Kind::Num);
    if longer_after || longer_before {
        return None;
    }
    let small =
        |t: Tok| -> Option<u8> { (t.digits <= 2).then(|| u8::try_from(t.num).ok()).flatten() };
    let (y, m, d) = if a.digits == 4 {
        (i32::try_from(a.num).ok()?, small(b)?, small(c)?)
    } else if c.digits == 4 {
        let (x, z) = (small(a)?, small(b)?);
        let y = i32::try_from(c.num).ok()?;
        if z <= 12 {
            (y, z, x)
        } else {
            (y, x, z)
        }
    } else {
        return None;
    };
    if !(1000..=2200).contains(&y) || !is_valid(y, m, d) {
        return None;
    }
    Some(Match {
        start: a.start,
        end: c.end,
        next: i + 5,
        value: iso_date(y, m, d),
    })
}

/// Words before a year that make it one: عام 2013، منذ 2011، في 1971.
const YEAR_CUES: &[&str] = &[
    "عام",
    "العام",
    "لعام",
    "بعام",
    "وعام",
    "سنه",
    "السنه",
    "لسنه",
    "منذ",
    "في",
    "خلال",
    "حتي",
    "قبل",
    "بعد",
    "مطلع",
    "اوائل",
    "اواخر",
    "منتصف",
    "نهايه",
    "بدايه",
    "صيف",
    "شتاء",
    "ربيع",
    "خريف",
    "موسم",
    "مونديال",
    "كاس",
    "انتخابات",
    "دوره",
    "اولمبياد",
    "in",
    "since",
    "year",
    "during",
    "until",
    "by",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "of",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
];

/// Words after a year that leave it one: "محادثات 2022 بين الجانبين" (a counted noun would
/// make it a quantity: "2022 شخصا").
const YEAR_FOLLOWERS: &[&str] = &[
    "بين",
    "في",
    "مع",
    "علي",
    "عن",
    "ضد",
    "الي",
    "حتي",
    "التي",
    "الذي",
    "وفق",
    "حين",
    "عندما",
    "لكن",
    "ثم",
    "when",
];

fn bare_year_at(toks: &Toks, i: usize) -> Option<Match> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == Kind::Num && t.digits == 4)?;
    // Years before 1900 only in a range or after a year word (عام 1849).
    let y = i32::try_from(t.num)
        .ok()
        .filter(|y| (1000..=2100).contains(y))?;
    // Glued to a decimal point or digit group (8820.65, 1,2000): a number, not a year.
    let glued = |k: usize| {
        toks.get(k).is_some_and(|p| {
            p.kind == Kind::Punct && [".", ",", "٫", "٬", ":", "/", "%", "٪"].contains(&p.key)
        })
    };
    if (i > 0 && glued(i - 1) && !t.space_before)
        || (glued(i + 1)
            && toks
                .get(i + 2)
                .is_some_and(|n| n.kind == Kind::Num && !n.space_before)
            && toks.get(i + 1).is_some_and(|p| !p.space_before))
    {
        return None;
    }
    // A year range: 2014-2015, 2014 و2015 → "2014/2015".
    let connector = tok_is(toks, i + 1, Kind::Punct, RANGE_PUNCT)
        || tok_is(toks, i + 1, Kind::Word, &["و", "الي", "to"]);
    if connector {
        if let Some(y2) = year_num(toks, i + 2).filter(|y2| *y2 > y && *y2 <= y + 120) {
            let k = gregorian_era(toks, i + 3);
            return Some(Match {
                start: t.start,
                end: end_of(toks, k),
                next: k,
                value: format!("{y:04}/{y2:04}"),
            });
        }
    }
    let era = gregorian_era(toks, i + 1);
    // "of" is a cue only after a part of the year: "the end of 2025", not "a score of 2072".
    let of_part = tok_is(toks, i.wrapping_sub(1), Kind::Word, &["of"])
        && tok_is(
            toks,
            i.wrapping_sub(2),
            Kind::Word,
            &[
                "end",
                "beginning",
                "start",
                "middle",
                "half",
                "fall",
                "spring",
                "summer",
                "winter",
                "autumn",
                "class",
                "year",
            ],
        );
    let prev_cue = i > 0
        && toks
            .get(i - 1)
            .is_some_and(|p| p.kind == Kind::Word && p.key != "of" && YEAR_CUES.contains(&p.key))
        || of_part;
    let next_ok = match toks.get(i + 1) {
        None => true,
        Some(n) if n.kind == Kind::Punct => {
            ![".", ",", "%", "٪"].contains(&n.key)
                || !toks.get(i + 2).is_some_and(|x| x.kind == Kind::Num)
        }
        Some(n) => YEAR_FOLLOWERS.contains(&n.key),
    };
    if era == i + 1 && !prev_cue && !next_ok {
        return None;
    }
    let year_word = i > 0
        && tok_is(
            toks,
            i - 1,
            Kind::Word,
            &["عام", "العام", "لعام", "سنه", "السنه", "لسنه", "year"],
        );
    if y < 1900 && !year_word {
        return None;
    }
    Some(Match {
        start: t.start,
        end: end_of(toks, era),
        next: era,
        value: format!("{y:04}"),
    })
}

/// Words that form outlet names with اليوم (عين اليوم، روسيا اليوم، مصر اليوم، أخبار اليوم).
const TODAY_NAME_HEADS: &[&str] = &[
    "عين",
    "روسيا",
    "اخبار",
    "مصر",
    "الوطن",
    "العرب",
    "الخليج",
    "الشرق",
    "البلد",
    "الجزائر",
    "تونس",
    "فلسطين",
    "السودان",
    "ليبيا",
    "لبنان",
    "سوريا",
    "الاردن",
    "المغرب",
    "الكويت",
    "قطر",
    "عمان",
    "اليمن",
    "تركيا",
    "ايران",
    "العالم",
    "صدي",
    "بوابه",
    "صحيفه",
    "جريده",
    "موقع",
    "قناه",
];

fn shift(r: (i32, u8, u8), days: i64) -> String {
    let (y, m, d) = civil_from_days(days_from_civil(r.0, r.1, r.2) + days);
    iso_date(y, m, d)
}

/// The words [`relative_at`] starts at besides a weekday (the lexicon marks them, and the scan
/// tries no other word): keep the two in step.
const RELATIVE_STARTS: &[&str] = &[
    "امس",
    "اول",
    "البارحه",
    "غدا",
    "بعد",
    "اليوم",
    "يوم",
    "yesterday",
    "tomorrow",
    "today",
    "on",
    "last",
    "next",
    "this",
];

/// أمس، أمس الأول، أول أمس، غداً، بعد غد، اليوم الجمعة، يوم الأحد المقبل, yesterday, today,
/// tomorrow, on Friday, last Monday.
fn relative_at(toks: &Toks, i: usize, r: (i32, u8, u8)) -> Option<Match> {
    let t = toks.get(i).filter(|t| t.kind == Kind::Word)?;
    // A weekday right after أمس/غداً names the same day: "غداً الأحد", "أمس (الجمعة)".
    let with_weekday = |next: usize| -> usize {
        let j = if tok_is(toks, next, Kind::Punct, &["("]) {
            next + 1
        } else {
            next
        };
        match weekday_at(toks, j) {
            Some((_, k, _)) if toks.get(j).is_some_and(|w| !w.key.is_ascii()) => {
                if j > next && tok_is(toks, k, Kind::Punct, &[")"]) {
                    k + 1
                } else if j > next {
                    next
                } else {
                    k
                }
            }
            _ => next,
        }
    };
    let simple = |days: i64, next: usize| {
        let next = with_weekday(next);
        Some(Match {
            start: t.start,
            end: end_of(toks, next),
            next,
            value: shift(r, days),
        })
    };
    let key = t.key;
    let bare = strip_clitic(key).unwrap_or(key);
    match (key, bare) {
        ("امس", _) | (_, "امس") if tok_is(toks, i + 1, Kind::Word, &["الاول"]) => {
            return simple(-2, i + 2)
        }
        ("اول", _) if tok_is(toks, i + 1, Kind::Word, &["امس"]) => return simple(-2, i + 2),
        ("امس", _) | ("البارحه", _) | ("yesterday", _) => return simple(-1, i + 1),
        (_, "امس") if key.starts_with('و') || key.starts_with('ب') => {
            return Some(Match {
                start: t.start + 1,
                end: t.end,
                next: i + 1,
                value: shift(r, -1),
            })
        }
        ("غدا", _) | ("tomorrow", _) => return simple(1, i + 1),
        ("بعد", _) if tok_is(toks, i + 1, Kind::Word, &["غد"]) => return simple(2, i + 2),
        ("today", _) => return simple(0, i + 1),
        _ => {}
    }
    // اليوم + weekday: "اليوم الجمعة", "اليوم (الاثنين)"; alone it is today, except in
    // "اليوم الأول/الوطني/نفسه" (a day, not today) and outlet names ("عين اليوم").
    if key == "اليوم" {
        let j = if tok_is(toks, i + 1, Kind::Punct, &["("]) {
            i + 2
        } else {
            i + 1
        };
        if let Some((_, k, _)) = weekday_at(toks, j) {
            let k = if j == i + 2 && tok_is(toks, k, Kind::Punct, &[")"]) {
                k + 1
            } else {
                k
            };
            return simple(0, k);
        }
        let next_word = toks.get(i + 1).filter(|n| n.kind == Kind::Word);
        let a_day = next_word.is_some_and(|n| {
            n.key.starts_with("ال") || ["نفسه", "ذاته", "ذلك", "التالي"].contains(&n.key)
        });
        let name = i > 0
            && toks.get(i - 1).is_some_and(|p| {
                (p.kind == Kind::Word && TODAY_NAME_HEADS.contains(&p.key))
                    || (p.kind == Kind::Punct && ["\"", "«", "“"].contains(&p.key))
            });
        if a_day || name {
            return None;
        }
        return Some(Match {
            start: t.start,
            end: t.end,
            next: i + 1,
            value: shift(r, 0),
        });
    }
    // A weekday, with يوم/on/last/next before or الماضي/المقبل after.
    let (start, j, dir_before) = match key {
        "يوم" => (t.start, i + 1, 0),
        // "on" is the preposition before the date, not part of it.
        "on" => (usize::MAX, i + 1, 0),
        "last" => (t.start, i + 1, -1),
        "next" | "this" => (t.start, i + 1, 1),
        _ => (usize::MAX, i, 0),
    };
    let (w, k, ws) = weekday_at(toks, j)?;
    // Abbreviations (sun, sat, wed) are English words too: only full names stand alone.
    if toks.get(j)?.key.len() <= 4 && toks.get(j)?.key.is_ascii() {
        return None;
    }
    let start = if start == usize::MAX { ws } else { start };
    let (dir, k) = if tok_is(
        toks,
        k,
        Kind::Word,
        &["الماضي", "الماضيه", "المنصرم", "الفائت"],
    ) {
        (-1, k + 1)
    } else if tok_is(
        toks,
        k,
        Kind::Word,
        &["المقبل", "القادم", "المقبله", "القادمه"],
    ) {
        (1, k + 1)
    } else {
        (dir_before, k)
    };
    let today = days_from_civil(r.0, r.1, r.2);
    let back = (i64::from(weekday(today)) - i64::from(w)).rem_euclid(7);
    let days = match dir {
        1 => {
            let fwd = (i64::from(w) - i64::from(weekday(today))).rem_euclid(7);
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        -1 => -(if back == 0 { 7 } else { back }),
        _ => -back,
    };
    Some(Match {
        start,
        end: end_of(toks, k),
        next: k,
        value: shift(r, days),
    })
}

/// "25 شوال 1436 هـ الموافق 10 اغسطس 2015 م": the Hijri date takes the printed Gregorian
/// value, which is authoritative where the two calendars' conversions differ by a day.
fn prefer_gregorian_pairs(toks: &Toks, ranges: &[(usize, usize)], spans: &mut [DateSpan]) {
    for k in 1..spans.len().min(ranges.len()) {
        let (a, b) = (&spans[k - 1], &spans[k]);
        let (from, to) = (ranges[k - 1].1, ranges[k].0);
        if to < from || to - from > 3 {
            continue;
        }
        let between: Vec<Tok> = (from..to)
            .filter_map(|i| toks.get(i))
            .filter(|t| t.start >= a.end && t.end <= b.start)
            .collect();
        let linked = !between.is_empty()
            && between.len() <= 3
            && between
                .iter()
                .any(|t| t.key.starts_with("الموافق") || t.key.starts_with("موافق"));
        if linked && b.value.len() == a.value.len() {
            let v = b.value.clone();
            spans[k - 1].value = v;
        }
    }
}

#[cfg(test)]
mod tests;
