//! Datelines at the start of a story: `موسكو (وكالات)`, `دمشق، سوريا (CNN) --`,
//! `(أبوظبي - البيان)`, `القاهرة - أ ش أ`, `الرياض - واس`, `LONDON (Reuters) -`, `PARIS —`,
//! `سبق- متابعة:`, and the Saudi Press Agency's `المدينة المنورة 25 شوال 1436 هـ ... واس`.
//!
//! Strict on purpose: a place is one to three words (a second group after a comma only when an
//! agency in parentheses follows), and an agency is either in parentheses or known (a wire
//! service, `وكالات`, or an abbreviation of single letters such as `أ ش أ`). A first sentence
//! that merely starts with a name is never taken for a dateline.

use crate::model::Dateline;
use crate::text::normalize::{display, search_key};

/// Wire services and agency credits that appear in datelines without parentheses. Matched on
/// the search key (so hamza and alef variants need no entry).
const KNOWN_AGENCIES: &[&str] = &[
    "وكالات",
    "رويترز",
    "أ ف ب",
    "ا ف ب",
    "أ.ف.ب",
    "فرانس برس",
    "أ ش أ",
    "د ب أ",
    "يو بي آي",
    "أسوشيتد برس",
    "اسوشيتد برس",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "بنا",
    "سانا",
    "وفا",
    "معا",
    "بترا",
    "سبأ",
    "العمانية",
    "الأناضول",
    "شينخوا",
    "سبوتنيك",
    "سبق",
    "د.ب.أ",
    "reuters",
    "ap",
    "afp",
    "upi",
    "dpa",
    "xinhua",
    "bloomberg",
    "anadolu",
    "the associated press",
    "associated press",
    "cnn",
    "bbc",
    "jta",
];

/// First words that start sentences, not place names.
const NOT_PLACE: &[&str] = &[
    "قال",
    "قالت",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "ذكر",
    "ذكرت",
    "في",
    "من",
    "علي",
    "الي",
    "ان",
    "إن",
    "عن",
    "مع",
    "هذا",
    "هذه",
    "كان",
    "كانت",
    "لا",
    "لم",
    "لن",
    "قد",
    "و",
    "ثم",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "it",
    "he",
    "she",
    "they",
    "we",
    "this",
    "that",
];

/// Reads a dateline at the start of `para`. Returns it and the number of code points it
/// spans (with its trailing separator), so the caller can strip it from the body; `None` when
/// the paragraph does not start with one.
pub fn parse(para: &str) -> Option<(Dateline, usize)> {
    parse_full(para).map(|p| (p.dateline, p.consumed))
}

/// A dateline with the byline that some outlets put in front of it
/// (`عبدالرحمن الفيفي- سبق- فيفاء:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// Place and agency.
    pub dateline: Dateline,
    /// Code points of `para` the dateline spans, with its separator and following spaces.
    pub consumed: usize,
    /// A writer named before the agency, if any.
    pub author: Option<String>,
}

/// Like [`parse`], also returning a writer named in front of the agency.
pub fn parse_full(para: &str) -> Option<Parsed> {
    let chars: Vec<char> = para.chars().collect();
    let mut p = Cursor { c: &chars, i: 0 };
    p.skip_ws();
    if p.peek() == Some('(') {
        return parenthesized(&mut p);
    }
    if let Some(r) = dashed_credit(&chars) {
        return Some(r);
    }
    if let Some(r) = colon_dash_credit(&chars) {
        return Some(r);
    }
    if let Some(r) = via_credit(&chars) {
        return Some(r);
    }
    let place_start = p.i;
    let place = p.words(3)?;
    if place.is_empty() {
        return None;
    }
    // "واس - ...", "رويترز: ...": an agency alone before a separator.
    let head = place.join(" ");
    if is_known_agency(&head) {
        let mut q = Cursor { c: &chars, i: p.i };
        q.skip_inline_ws();
        if matches!(q.peek(), Some('-' | '–' | '—' | ':')) {
            q.skip_separator();
            q.skip_ws();
            return Some(Parsed {
                dateline: Dateline {
                    place: None,
                    agency: Some(head),
                },
                consumed: q.i,
                author: None,
            });
        }
    }
    if !place_ok(&place) {
        return None;
    }
    let mut place_end = p.i;
    let save = p.i;
    p.skip_ws();
    // "دمشق، سوريا (CNN)": a second group after a comma, only before a parenthesized agency.
    if matches!(p.peek(), Some('،' | ',')) {
        let mut q = Cursor {
            c: &chars,
            i: p.i + 1,
        };
        q.skip_ws();
        if let Some(more) = q.words(3) {
            let after = q.i;
            q.skip_ws();
            if !more.is_empty() && q.peek() == Some('(') {
                place_end = after;
                p.i = q.i;
            } else {
                p.i = save;
                p.skip_ws();
            }
        }
    }
    let place_text = collapse(&chars[place_start..place_end]);
    match p.peek() {
        Some('(') => {
            let (inner, after) = p.paren()?;
            let agency = agency_in_parens(&inner)?;
            p.i = after;
            // Text right after the parenthesis ("Hong Kong (CNN Business) A muddled") only
            // for a known agency or a capitalized place; otherwise a separator or line end.
            let consumed =
                p.separator_or_end(agency_leads_known(&agency) || is_upper(&place_text))?;
            Some(Parsed {
                dateline: Dateline {
                    place: Some(place_text),
                    agency: Some(agency),
                },
                consumed,
                author: None,
            })
        }
        Some('-' | '–' | '—' | ':') => {
            let sep_at = p.i;
            p.skip_separator();
            p.skip_ws();
            // "القاهرة - أ ش أ" / "الرياض - واس": a known agency after the dash.
            let agency_start = p.i;
            if let Some(words) = p.words(4) {
                for n in (1..=words.len()).rev() {
                    let cand = words[..n].join(" ");
                    if is_known_agency(&cand) {
                        let mut q = Cursor {
                            c: &chars,
                            i: agency_start,
                        };
                        q.words(n);
                        let consumed = q.separator_or_end(true)?;
                        return Some(Parsed {
                            dateline: Dateline {
                                place: Some(place_text),
                                agency: Some(cand),
                            },
                            consumed,
                            author: None,
                        });
                    }
                }
            }
            // "PARIS —": a capitalized place and a dash, no agency.
            let upper = place_text.chars().any(char::is_alphabetic)
                && place_text
                    .chars()
                    .all(|c| !c.is_alphabetic() || c.is_uppercase());
            let dash = chars
                .get(sep_at)
                .is_some_and(|c| matches!(c, '—' | '–' | '-'));
            // "القاهرة - أقر مجلس...": Arabic has no capitals; a place the gazetteer knows
            // and a dash, before a lead sentence (a short line "غزة - الحرب مستمرة" is a
            // topic label, not a dateline).
            let known_place = !upper && word_count(para) >= 12 && is_known_place(&place_text);
            if (upper || known_place)
                && dash
                && place_text.chars().filter(|c| c.is_alphabetic()).count() >= 3
            {
                let mut q = Cursor {
                    c: &chars,
                    i: sep_at,
                };
                q.skip_separator();
                q.skip_ws();
                return Some(Parsed {
                    dateline: Dateline {
                        place: Some(place_text),
                        agency: None,
                    },
                    consumed: q.i,
                    author: None,
                });
            }
            None
        }
        _ => dated_line(&chars, place_text, p.i),
    }
}

/// "المدينة المنورة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس", "LONDON, March 3 (Reuters) -":
/// a place, a date, then an agency.
fn dated_line(chars: &[char], place: String, at: usize) -> Option<Parsed> {
    // A dateline's date comes right after the place: the start of the line is enough.
    let rest: String = chars.get(at..)?.iter().take(120).collect();
    let dates = crate::dates::find(&rest);
    let first = dates.first().filter(|d| {
        rest.chars()
            .take(d.start)
            .all(|c| c.is_whitespace() || c == ',' || c == '،')
    })?;
    let mut end = first.end;
    for d in dates.iter().skip(1) {
        let gap: String = rest
            .chars()
            .skip(end)
            .take(d.start.saturating_sub(end))
            .collect();
        let g = search_key(gap.trim());
        if g.is_empty() || g.starts_with("الموافق") || g == "-" || g == "/" {
            end = d.end;
        } else {
            break;
        }
    }
    let mut p = Cursor {
        c: chars,
        i: at + end,
    };
    // An era letter left after the date ("2015 م") is part of the date.
    p.skip_ws();
    if p.peek() == Some('(') {
        let (inner, after) = p.paren()?;
        let agency = agency_in_parens(&inner)?;
        p.i = after;
        let consumed = p.separator_or_end(true)?;
        return Some(Parsed {
            dateline: Dateline {
                place: Some(place),
                agency: Some(agency),
            },
            consumed,
            author: None,
        });
    }
    let start = p.i;
    let words = p.words(4)?;
    for n in (1..=words.len()).rev() {
        let cand = words[..n].join(" ");
        if is_known_agency(&cand) {
            let mut q = Cursor { c: chars, i: start };
            q.words(n);
            let consumed = q.separator_or_end(true)?;
            return Some(Parsed {
                dateline: Dateline {
                    place: Some(place),
                    agency: Some(cand),
                },
                consumed,
                author: None,
            });
        }
    }
    None
}

/// `(أبوظبي - البيان)`, `(رويترز) -`.
fn parenthesized(p: &mut Cursor<'_>) -> Option<Parsed> {
    let (inner, after) = p.paren()?;
    let parts: Vec<String> = inner
        .split(['-', '–', '—', '،', ','])
        .map(collapse_str)
        .filter(|s| !s.is_empty())
        .collect();
    let (place, agency) = match parts.as_slice() {
        [agency] if is_known_agency(agency) => (None, agency.clone()),
        [place, agency] if word_count(place) <= 3 && word_count(agency) <= 4 => {
            if has_digit(place) || has_digit(agency) {
                return None;
            }
            (Some(place.clone()), agency.clone())
        }
        _ => return None,
    };
    p.i = after;
    let consumed = p.separator_or_end(true)?;
    Some(Parsed {
        dateline: Dateline {
            place,
            agency: Some(agency),
        },
        consumed,
        author: None,
    })
}

/// `سبق- متابعة:`, `عبدالرحمن الفيفي- سبق- فيفاء:`: dash-separated credit parts ending in a
/// colon, one of them a known agency; a part before it is the writer, one after it the place
/// (unless it names a desk such as متابعة).
fn dashed_credit(chars: &[char]) -> Option<Parsed> {
    let colon = chars.iter().take(80).position(|&c| c == ':')?;
    let head: String = chars.get(..colon)?.iter().collect();
    if !head.contains(['-', '–', '—']) {
        return None;
    }
    let parts: Vec<String> = head
        .split(['-', '–', '—'])
        .map(collapse_str)
        .filter(|s| !s.is_empty())
        .collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|s| word_count(s) > 3 || has_digit(s)) {
        return None;
    }
    let k = parts.iter().position(|s| is_known_agency(s))?;
    // "PLACE - AGENCY:", "AGENCY - PLACE:" (or a desk), "WRITER - AGENCY - PLACE:".
    let (author, place) = match (parts.len(), k) {
        (2, 1) => (None, Some(parts[0].clone())),
        (2, 0) => (None, parts.get(1).cloned()),
        (3, 1) => (Some(parts[0].clone()), parts.get(2).cloned()),
        _ => return None,
    };
    let place = place.filter(|s| !is_desk_word(s));
    let mut q = Cursor {
        c: chars,
        i: colon + 1,
    };
    q.skip_ws();
    Some(Parsed {
        dateline: Dateline {
            place,
            agency: Some(parts[k].clone()),
        },
        consumed: q.i,
        author,
    })
}

/// `المدينة نيوز :- بلغت ...`: an outlet's credit before a colon and a dash.
fn colon_dash_credit(chars: &[char]) -> Option<Parsed> {
    let colon = chars.iter().take(50).position(|&c| c == ':')?;
    let mut q = Cursor {
        c: chars,
        i: colon + 1,
    };
    q.skip_inline_ws();
    if !matches!(q.peek(), Some('-' | '–' | '—')) {
        return None;
    }
    q.skip_separator();
    q.skip_ws();
    let name = collapse(chars.get(..colon)?);
    if name.is_empty()
        || word_count(&name) > 3
        || has_digit(&name)
        || name.contains(['(', ')', '-', '،', ',', '.'])
    {
        return None;
    }
    Some(Parsed {
        dateline: Dateline {
            place: None,
            agency: Some(name),
        },
        consumed: q.i,
        author: None,
    })
}

/// `KVELLER via JTA —`: an outlet's story carried by a wire service, credited before a dash
/// where a dateline stands. The wire service is the agency.
fn via_credit(chars: &[char]) -> Option<Parsed> {
    let dash = chars
        .iter()
        .take(60)
        .position(|&c| matches!(c, '—' | '–' | '-'))?;
    let head = collapse(chars.get(..dash)?);
    let (outlet, wire) = head
        .split_once(" via ")
        .or_else(|| head.split_once(" VIA "))
        .or_else(|| head.split_once(" عبر "))?;
    let (outlet, wire) = (outlet.trim(), wire.trim());
    if outlet.is_empty() || word_count(outlet) > 3 || has_digit(outlet) || !is_known_agency(wire) {
        return None;
    }
    let mut q = Cursor { c: chars, i: dash };
    q.skip_separator();
    q.skip_ws();
    Some(Parsed {
        dateline: Dateline {
            place: None,
            agency: Some(wire.to_string()),
        },
        consumed: q.i,
        author: None,
    })
}

/// A line that only credits the wire service at the end of a story (`(بترا)`, `--(رويترز)`,
/// `(أ ف ب)`, `/ انتهى /`, `(AP)`, `— Reuters`): `Some(agency)`, with `None` inside for a
/// bare end mark.
pub fn end_credit(line: &str) -> Option<Option<String>> {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > 40 {
        return None;
    }
    let deco = |c: char| matches!(c, '-' | '–' | '—' | '/' | '|' | '.' | '_' | '*' | '،' | ',');
    let core = t.trim_matches(|c: char| deco(c) || c.is_whitespace());
    let inner = core
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(core)
        .trim();
    if inner.is_empty() {
        return None;
    }
    let k = search_key(inner);
    if matches!(k.as_str(), "انتهي" | "انتهي الخبر" | "end" | "ends") {
        return Some(None);
    }
    is_known_agency(inner).then(|| Some(collapse_str(inner)))
}

/// A wire credit glued to the end of a paragraph after its last sentence
/// (`... أجريت إيجابية. (بترا)`): the paragraph without it, and the agency.
pub fn strip_end_credit(para: &str) -> Option<(String, String)> {
    let t = para.trim_end();
    let body = t.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let inner = body.get(open + 1..)?;
    if !is_known_agency(inner) {
        return None;
    }
    let before = body.get(..open)?.trim_end();
    let before = before.trim_end_matches(['-', '–', '—', ' ']).trim_end();
    if !before.ends_with(['.', '!', '?', '؟', '"', '»', '”']) {
        return None;
    }
    Some((before.to_string(), collapse_str(inner)))
}

/// Desk labels that stand where a place would: متابعة (follow-up), خاص (exclusive)...
fn is_desk_word(s: &str) -> bool {
    matches!(
        search_key(s).as_str(),
        "متابعه" | "متابعات" | "خاص" | "خاص ب" | "تقرير" | "ترجمه" | "staff"
    )
}

/// `CNN Business`, `Reuters`: the agency's first word (or all of it) is a known one.
fn agency_leads_known(agency: &str) -> bool {
    is_known_agency(agency)
        || agency
            .split_whitespace()
            .next()
            .is_some_and(is_known_agency)
}

/// All letters capitals (`LONDON`, `HANOI, Vietnam` counts by its first group).
fn is_upper(place: &str) -> bool {
    let first = place.split([',', '،']).next().unwrap_or(place);
    first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// The agency inside parentheses after a place: short, no digits, not a weekday or date.
fn agency_in_parens(inner: &str) -> Option<String> {
    let a = collapse_str(inner);
    if a.is_empty() || word_count(&a) > 4 || a.chars().count() > 40 {
        return None;
    }
    if a.contains([':', ';', '.', '/', '=']) && !is_known_agency(&a) {
        return None;
    }
    if has_digit(&a) && !is_known_agency(&a) && !agency_leads_known(&a) {
        return None;
    }
    if a.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
        || crate::text::normalize::search_key(&a)
            .chars()
            .any(|c| c.is_ascii_digit())
            && !is_known_agency(&a)
            && a.chars().filter(|c| c.is_alphabetic()).count() < 3
    {
        return None;
    }
    if !crate::dates::find(&a).is_empty() || is_weekday(&a) {
        return None;
    }
    Some(a)
}

fn is_weekday(s: &str) -> bool {
    let k = search_key(s);
    crate::dates::months::WEEKDAYS
        .iter()
        .any(|(name, _)| search_key(name) == k)
}

/// True when `s` names a wire service or agency credit (`رويترز`, `أ ش أ`, `وكالة الأنباء
/// السعودية`, `Reuters`), or is an abbreviation of single letters.
pub fn is_known_agency(s: &str) -> bool {
    let k = search_key(s.trim());
    if k.is_empty() {
        return false;
    }
    if KNOWN_AGENCIES.iter().any(|a| search_key(a) == k) {
        return true;
    }
    if k.starts_with("وكاله ") || k.starts_with("وكالة ") {
        return true;
    }
    // "أ ش أ", "د ب أ": two or three single letters.
    let words: Vec<&str> = k.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| w.chars().count() == 1)
}

fn place_ok(words: &[String]) -> bool {
    let first = match words.first() {
        Some(f) => search_key(f),
        None => return false,
    };
    if NOT_PLACE.contains(&first.as_str()) || NOT_PLACE.contains(&first.to_lowercase().as_str()) {
        return false;
    }
    words.iter().all(|w| {
        !has_digit(w)
            && w.chars().count() <= 20
            && w.chars().all(|c| {
                c.is_alphabetic()
                    || c == '.'
                    || c == '\''
                    || crate::text::normalize::is_arabic_mark(c)
            })
    })
}

/// True when `place` is a country, region or city of the gazetteer (whole name).
fn is_known_place(place: &str) -> bool {
    use crate::entities::gazetteer::{lookup, GKind};
    let k = crate::entities::tokens::key(place);
    lookup(&k).is_some_and(|e| e.kind == GKind::Loc)
}

fn has_digit(s: &str) -> bool {
    s.chars()
        .any(|c| crate::text::normalize::digit_value(c).is_some())
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn collapse(chars: &[char]) -> String {
    collapse_str(&chars.iter().collect::<String>())
}

fn collapse_str(s: &str) -> String {
    display(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Cursor<'a> {
    c: &'a [char],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.c.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.i += 1;
        }
    }

    /// Up to `max` words separated by single spaces (a word ends at white space or
    /// punctuation); stops before punctuation. `None` if more than `max` words run on
    /// before any punctuation or line end.
    fn words(&mut self, max: usize) -> Option<Vec<String>> {
        let mut out = Vec::new();
        loop {
            let start = self.i;
            while self
                .peek()
                .is_some_and(|c| !c.is_whitespace() && !is_stop(c))
            {
                self.i += 1;
            }
            if self.i == start {
                break;
            }
            out.push(self.c[start..self.i].iter().collect::<String>());
            if out.len() == max {
                break;
            }
            let save = self.i;
            self.skip_inline_ws();
            let digit = self
                .peek()
                .is_some_and(|c| crate::text::normalize::digit_value(c).is_some());
            if self.peek().is_none_or(|c| is_stop(c) || c == '\n') || digit {
                self.i = save;
                break;
            }
        }
        Some(out)
    }

    fn skip_inline_ws(&mut self) {
        while self.peek().is_some_and(|c| c.is_whitespace() && c != '\n') {
            self.i += 1;
        }
    }

    /// `(...)` at the cursor: its content and the index after `)`.
    fn paren(&self) -> Option<(String, usize)> {
        let close = self
            .c
            .get(self.i..)?
            .iter()
            .take(60)
            .position(|&c| c == ')')?;
        let inner: String = self.c.get(self.i + 1..self.i + close)?.iter().collect();
        if inner.contains('\n') {
            return None;
        }
        Some((inner, self.i + close + 1))
    }

    fn skip_separator(&mut self) {
        while self
            .peek()
            .is_some_and(|c| matches!(c, '-' | '–' | '—' | ':' | '_'))
        {
            self.i += 1;
        }
    }

    /// After a dateline: a separator (`-`, `–`, `—`, `--`, `:`, `،`) and spaces, or the end of
    /// the line. With `lenient`, text may follow directly ("موسكو (وكالات) ذكرت").
    fn separator_or_end(&mut self, lenient: bool) -> Option<usize> {
        self.skip_inline_ws();
        match self.peek() {
            None => Some(self.i),
            Some('\n') => Some(self.i + 1),
            Some('-' | '–' | '—' | ':' | '،' | ',') => {
                self.i += 1;
                self.skip_separator();
                self.skip_ws();
                Some(self.i)
            }
            Some(_) if lenient => Some(self.i),
            Some(_) => None,
        }
    }
}

fn is_stop(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '-'
            | '–'
            | '—'
            | ':'
            | '،'
            | ','
            | '.'
            | '؛'
            | ';'
            | '"'
            | '«'
            | '»'
            | '“'
            | '”'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(place: Option<&str>, agency: Option<&str>) -> Dateline {
        Dateline {
            place: place.map(str::to_string),
            agency: agency.map(str::to_string),
        }
    }

    fn rest(para: &str) -> String {
        let (_, n) = parse(para).unwrap();
        para.chars().skip(n).collect()
    }

    #[test]
    fn place_and_agency_in_parentheses() {
        let (d, n) = parse("بيروت (وكالات)").unwrap();
        assert_eq!(d, dl(Some("بيروت"), Some("وكالات")));
        assert_eq!(n, "بيروت (وكالات)".chars().count());
        assert_eq!(rest("عمّان (رويترز) - أعلن الأردن اليوم"), "أعلن الأردن اليوم");
    }

    #[test]
    fn city_and_country_before_agency() {
        let p = "بغداد، العراق (CNN) -- قالت الحكومة";
        assert_eq!(parse(p).unwrap().0, dl(Some("بغداد، العراق"), Some("CNN")));
        assert_eq!(rest(p), "قالت الحكومة");
    }

    #[test]
    fn both_inside_parentheses() {
        let p = "(دبي - الخليج) أعلنت الهيئة";
        assert_eq!(parse(p).unwrap().0, dl(Some("دبي"), Some("الخليج")));
        assert_eq!(rest(p), "أعلنت الهيئة");
    }

    #[test]
    fn a_known_arabic_place_and_a_dash() {
        let p = "القاهرة - أقر مجلس الوزراء في اجتماعه اليوم مشروع القانون الجديد للاستثمار";
        assert_eq!(parse(p).unwrap().0, dl(Some("القاهرة"), None));
        assert_eq!(
            rest(p),
            "أقر مجلس الوزراء في اجتماعه اليوم مشروع القانون الجديد للاستثمار"
        );
        // A word that is no place, before a dash, is no dateline.
        assert_eq!(parse("الحكومة - كما قال الوزير - تدرس الخطة"), None);
    }

    #[test]
    fn known_agency_after_a_dash() {
        assert_eq!(
            parse("الإسكندرية - أ ش أ: افتتح المحافظ").unwrap().0,
            dl(Some("الإسكندرية"), Some("أ ش أ"))
        );
        assert_eq!(rest("جدة - واس أعلنت الهيئة"), "أعلنت الهيئة".to_string());
        // An unknown word after a dash is not an agency.
        assert!(parse("غزة - الحرب مستمرة منذ أشهر").is_none());
    }

    #[test]
    fn english_datelines() {
        let p = "BERLIN (Reuters) - Germany said on Tuesday";
        assert_eq!(parse(p).unwrap().0, dl(Some("BERLIN"), Some("Reuters")));
        assert_eq!(rest(p), "Germany said on Tuesday");
        let p = "MADRID — The government fell";
        assert_eq!(parse(p).unwrap().0, dl(Some("MADRID"), None));
        assert_eq!(rest(p), "The government fell");
        assert_eq!(
            parse("NEW YORK (AP) — Stocks rose").unwrap().0,
            dl(Some("NEW YORK"), Some("AP"))
        );
    }

    #[test]
    fn agency_with_a_date_line() {
        let p = "الدمام 3 رجب 1440 هـ الموافق 10 مارس 2019 م واس\nبدأت";
        let parsed = parse(p).unwrap();
        assert_eq!(parsed.0, dl(Some("الدمام"), Some("واس")));
        assert_eq!(p.chars().skip(parsed.1).collect::<String>(), "بدأت");
    }

    #[test]
    fn dashed_credits_with_writer() {
        let p = "سالم العتيبي- سبق- تبوك: شهدت المنطقة";
        let parsed = parse_full(p).unwrap();
        assert_eq!(parsed.dateline, dl(Some("تبوك"), Some("سبق")));
        assert_eq!(parsed.author.as_deref(), Some("سالم العتيبي"));
        let parsed = parse_full("سبق- متابعة: أعلنت الشركة").unwrap();
        assert_eq!(parsed.dateline, dl(None, Some("سبق")));
        assert_eq!(parsed.author, None);
    }

    #[test]
    fn agency_alone() {
        assert_eq!(
            parse("واس - أعلنت الهيئة").unwrap().0,
            dl(None, Some("واس"))
        );
        assert_eq!(rest("واس - أعلنت الهيئة"), "أعلنت الهيئة");
        assert_eq!(parse("(أ ف ب) - قال").unwrap().0, dl(None, Some("أ ف ب")));
        assert!(parse("رويترز ذكرت أن").is_none());
    }

    #[test]
    fn outlet_credit_before_colon_dash() {
        let p = "الوطن نيوز :- أعلنت الوزارة";
        assert_eq!(parse(p).unwrap().0, dl(None, Some("الوطن نيوز")));
        assert_eq!(rest(p), "أعلنت الوزارة");
    }

    #[test]
    fn outlet_via_wire_service() {
        let p = "GAZETTE via AP — The city council voted on Monday";
        assert_eq!(parse(p).unwrap().0, dl(None, Some("AP")));
        assert_eq!(rest(p), "The city council voted on Monday");
        assert!(parse("Travel via the pass - a long road").is_none());
    }

    #[test]
    fn wire_credits_at_the_end() {
        assert_eq!(end_credit("--(وفا)"), Some(Some("وفا".to_string())));
        assert_eq!(end_credit("(أ ف ب)"), Some(Some("أ ف ب".to_string())));
        assert_eq!(end_credit("— Reuters"), Some(Some("Reuters".to_string())));
        assert_eq!(end_credit("/ انتهى /"), Some(None));
        assert_eq!(end_credit("(الصورة من الأرشيف)"), None);
        assert_eq!(end_credit("وقال الوزير إن العمل مستمر."), None);
        assert_eq!(
            strip_end_credit("وأكد أن العمل مستمر. (رويترز)"),
            Some(("وأكد أن العمل مستمر.".to_string(), "رويترز".to_string()))
        );
        assert_eq!(strip_end_credit("التقى الوزير نظيره (رويترز)"), None);
    }

    #[test]
    fn ordinary_first_sentences_are_not_datelines() {
        for p in [
            "قال الوزير (الذي وصل أمس) إن المحادثات ناجحة",
            "أغلق مؤشر سوق الأسهم السعودية، اليوم (الاثنين)، على ارتفاع",
            "وقعت قطر اتفاقية تعاون تقني مع المجلس الأوروبي",
            "مدينة أبها (٩٠) كلم",
            "اليوم (الاثنين) عقد المجلس جلسته",
            "The minister (who arrived) said",
            "Paris is a city - and more",
            "العمل : إصدار تأشيرات",
        ] {
            assert!(parse(p).is_none(), "{p}");
        }
    }
}
