//! English rules: capitalized spans classified by titles, organization words, given names
//! and the gazetteer.

use super::gazetteer::GKind;
use super::lexicon::Fx;
use super::lexicon::{
    EN_CONNECTOR_SET, EN_GIVEN_SET, EN_ORG_SET, EN_SAYING_SET, EN_STOP_SET, EN_TITLE_SET,
    EN_WORD_SET,
};
use super::tokens::Kind;
use super::Ana as Doc;
use super::{Cand, Source};
use crate::model::EntityType;
use std::collections::HashSet;

fn is_cap(doc: &Doc, t: usize) -> bool {
    doc.tokens
        .get(t)
        .is_some_and(|x| x.kind == Kind::Latin && (x.cap || x.upper))
        || particle_name(doc, t)
}

/// An Arabic article or name particle joined to a name by a hyphen: the al-Assad,
/// el-Sissi, bin-Salman of English copy belong to the name around them.
fn particle_name(doc: &Doc, t: usize) -> bool {
    doc.tokens
        .get(t)
        .is_some_and(|x| x.kind == Kind::Latin && !x.cap)
        && doc.tkey(t).split_once('-').is_some_and(|(p, rest)| {
            matches!(p, "al" | "el" | "bin" | "ibn" | "abu") && !rest.is_empty()
        })
}

/// True when token `t` starts a sentence (first token, after . ! ? : or a line break).
fn sentence_start(doc: &Doc, t: usize) -> bool {
    if t == 0 || doc.tokens.get(t).is_some_and(|x| x.line_before) {
        return true;
    }
    matches!(
        doc.tkey(t - 1),
        "." | "!" | "?" | ":" | "\"" | "“" | "‘" | "'" | "(" | "—" | "-"
    )
}

/// The surface (original case) of token `t`, via its key and capitalization: keys are
/// lowercase, so title and stop lists are compared in key form too.
fn k(doc: &Doc, t: usize) -> &str {
    doc.tkey(t)
}

fn in_set(set: &super::lexicon::KeySet, doc: &Doc, t: usize) -> bool {
    set.has(k(doc, t))
}

/// The Latin words the text writes in lowercase (keys), the al-/el- of names aside: words of
/// the language, not names (Blue Origin beside "the origin of"), by the article's own usage.
pub(crate) fn lowercase_words(doc: &Doc) -> Lower<'_> {
    doc.tokens
        .iter()
        .enumerate()
        .filter(|&(t, x)| x.kind == Kind::Latin && !x.cap && !x.upper && !particle_name(doc, t))
        .map(|(t, _)| doc.tkey(t))
        .collect()
}

/// Token `t` is a US state's AP abbreviation after "Town," (Fresno, Calif.): the state.
fn ap_state(doc: &Doc, t: usize) -> bool {
    let Some(word) = k(doc, t).strip_suffix('.') else {
        return false;
    };
    let after_town = t >= 2 && k(doc, t - 1) == "," && is_cap(doc, t - 2);
    // A lawmaker's party and state: (D-N.J.), R-Fla.
    let after_party = t >= 2 && k(doc, t - 1) == "-" && matches!(k(doc, t - 2), "d" | "r" | "i");
    (after_town || after_party)
        && super::tokens::AP_STATES
            .iter()
            .any(|s| s.eq_ignore_ascii_case(word))
}

/// Runs the English rules over Latin-script capitalized spans; `lowercase` is
/// [`lowercase_words`] of the text.
pub fn rules(doc: &Doc, lowercase: &Lower, cands: &mut Vec<Cand>) {
    let n = doc.tokens.len();
    let mut t = 0;
    while t < n {
        if ap_state(doc, t) {
            cands.push(Cand::new(t, t, 0, EntityType::Location, Source::Caps));
            t += 1;
            continue;
        }
        if !is_cap(doc, t) || handle_or_link(doc, t) {
            t += 1;
            continue;
        }
        if hyphen_pair(doc, t, cands) {
            t += 1;
            continue;
        }
        // The span: capitalized words, with connectors between them (Bank of England).
        let start = t;
        let mut end = t;
        let mut j = t + 1;
        while j < n {
            // A name never runs over a line break (a list of "Company, City, State" lines).
            if doc.tokens.get(j).is_some_and(|x| x.line_before) {
                break;
            }
            if is_cap(doc, j) {
                end = j;
                j += 1;
            } else if (in_set(&EN_CONNECTOR_SET, doc, j) || on_after_body(doc, j))
                && is_cap(doc, j + 1)
            {
                j += 1;
            } else {
                break;
            }
        }
        t = end + 1;
        classify(doc, start, end, lowercase, cands);
    }
}

/// Two places or two known persons joined by a hyphen in one word (the Baghdad-Damascus
/// highway, US-China talks, the Putin-Erdogan summit): one candidate, two mentions.
fn hyphen_pair(doc: &Doc, t: usize, cands: &mut Vec<Cand>) -> bool {
    let Some((a, b)) = k(doc, t).split_once('-') else {
        return false;
    };
    if a.is_empty() || b.is_empty() || b.contains('-') {
        return false;
    }
    let kind_of = |part: &str| {
        super::gazetteer::lookup(part).and_then(|e| match e.kind {
            GKind::Loc => Some(EntityType::Location),
            GKind::Per => Some(EntityType::Person),
            _ => None,
        })
    };
    match (kind_of(a), kind_of(b)) {
        (Some(ka), Some(kb)) if ka == kb => {
            // The whole word is one candidate; the output cuts it at the hyphen.
            cands.push(Cand::new(t, t, 0, ka, Source::Pair));
            true
        }
        _ => false,
    }
}

/// "on" inside a body's name: after its organization word (National Institute on Drug
/// Abuse, Council on Foreign Relations), not before a day (the Senate on Monday).
fn on_after_body(doc: &Doc, j: usize) -> bool {
    use crate::dates::months::{GREGORIAN, WEEKDAYS};
    let next = k(doc, j + 1);
    j > 0
        && k(doc, j) == "on"
        && in_set(&EN_ORG_SET, doc, j - 1)
        && !GREGORIAN.iter().chain(WEEKDAYS).any(|&(w, _)| w == next)
}

/// Token `t` is glued to a "#", "@" or "/" before it: a hashtag, a handle or a piece of a
/// link (#TodayInSenate, @NGRSenate, pic.twitter.com/XPxUJ), no name in running text.
fn handle_or_link(doc: &Doc, t: usize) -> bool {
    t > 0
        && matches!(k(doc, t - 1), "#" | "@" | "/")
        && doc.tokens[t - 1].end == doc.tokens[t].start
}

/// Splits a capitalized span where names meet, at "and" unless the span names one
/// organization ("Procter and Gamble Co"), then classifies each part. (A possessive already
/// ends a span: the tokenizer splits "Germany’s" into Germany and ’s.)
fn classify(doc: &Doc, start: usize, end: usize, lower: &Lower, cands: &mut Vec<Cand>) {
    let has_org_word = (start..=end).any(|t| in_set(&EN_ORG_SET, doc, t));
    let mut from = start;
    for t in start..end {
        let w = k(doc, t);
        // With an organization word in the span, "and" still separates two names when the
        // part before it is a name by itself: a known name or place it covers whole, an
        // acronym, or a part that ends in its own organization word (the United Nations and
        // European Union, SBI and ICICI Bank, Tata Motors and Infosys; not the Department of
        // Health and Human Services). "&" joins then (Procter & Gamble).
        let stands_alone = || {
            // A sentence's capitalized "The" is no part of the name.
            let f = if in_set(&EN_STOP_SET, doc, from) && from + 1 < t {
                from + 1
            } else {
                from
            };
            doc.gaz(f).is_some_and(|h| h.last + 1 == t && h.skip == 0)
                || f + 1 == t && doc.tokens[f].upper
                || in_set(&EN_ORG_SET, doc, t - 1)
        };
        if t > from
            && (w == "and" && (!has_org_word || stands_alone()) || w == "&" && !has_org_word)
        {
            classify_rest(doc, from, t - 1, lower, cands);
            from = t + 1;
        }
    }
    if from <= end {
        classify_rest(doc, from, end, lower, cands);
    }
}

/// Classifies a part, then what [`classify_part`] left of it ("Judge Ann Lee of Ohio": the
/// person, then Ohio). A loop, not recursion: spans can be arbitrarily long.
fn classify_rest(doc: &Doc, start: usize, end: usize, lower: &Lower, cands: &mut Vec<Cand>) {
    let mut from = Some(start);
    while let Some(s) = from.filter(|&s| s <= end) {
        from = classify_part(doc, s, end, lower, cands);
    }
}

/// Verbs that a person does at the start of a sentence in news (keys).
const ACTION_VERBS: &[&str] = &[
    "made",
    "scored",
    "added",
    "had",
    "won",
    "took",
    "gave",
    "told",
    "wrote",
    "was",
    "has",
    "is",
    "will",
    "became",
    "joined",
    "led",
    "stopped",
    "finished",
    "played",
    "signed",
    "died",
    "announced",
    "urged",
    "warned",
    "visited",
    "met",
    "returned",
    "resigned",
];

/// Last words of place names that are surnames too (keys).
const NAME_PLACE_TAILS: &[&str] = &[
    "hill", "creek", "springs", "falls", "beach", "village", "township", "borough", "woods",
    "grove", "lake", "harbor", "harbour", "canyon", "mesa",
];

/// Model words that end product names (keys).
const PRODUCT_TAILS: &[&str] = &[
    "pro", "air", "max", "mini", "plus", "ultra", "lite", "note", "edge", "xl", "se",
];

/// Words before "Center" that make it a body, not a venue (keys).
const BODY_CENTER_WORDS: &[&str] = &[
    "research",
    "medical",
    "cancer",
    "policy",
    "international",
    "national",
    "studies",
    "health",
    "space",
    "data",
    "law",
    "justice",
    "rights",
    "trade",
    "financial",
    "world",
    "community",
    "resource",
    "information",
    "operations",
    "command",
    "control",
    "crisis",
    "care",
    "treatment",
];

/// Last words of the names of events, laws, prizes and periods (keys).
const EVENT_WORDS: &[&str] = &[
    "war",
    "act",
    "law",
    "day",
    "games",
    "cup",
    "prize",
    "award",
    "awards",
    "festival",
    "olympics",
    "summit",
    "treaty",
    "accord",
    "agreement",
    "doctrine",
    "resolution",
    "convention",
    "revolution",
    "crisis",
    "death",
    "plan",
    "program",
    "programme",
    "initiative",
    "deal",
    "bill",
    "amendment",
    "protocol",
    "trophy",
    "championship",
    "tournament",
    "marathon",
    "series",
    "season",
    "week",
    "spring",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Token `t` is a nationality word, singular or plural (Egyptian, Egyptians).
fn nationality(doc: &Doc, t: usize) -> bool {
    doc.gaz(t).is_some_and(|h| h.entry.kind == GKind::Dem)
        || k(doc, t)
            .strip_suffix('s')
            .and_then(super::gazetteer::lookup)
            .is_some_and(|e| e.kind == GKind::Dem)
}

/// Lowercase nouns after a name that make it a place (keys).
const PLACE_NOUNS_AFTER: &[&str] = &[
    "camp",
    "base",
    "border",
    "area",
    "region",
    "province",
    "district",
    "frontline",
    "village",
    "town",
    "city",
    "valley",
    "river",
    "county",
    "crossing",
    "airport",
    "countryside",
    "governorate",
    "neighborhood",
    "neighbourhood",
    "suburb",
];

/// Nouns after "X's" that make X a company or body (keys).
const COMPANY_NOUNS: &[&str] = &[
    "ceo",
    "shares",
    "stock",
    "headquarters",
    "subsidiary",
    "employees",
    "executives",
    "founder",
    "co-founder",
    "customers",
    "shareholders",
    "stake",
    "earnings",
    "revenue",
    "profits",
    "app",
    "platform",
];

/// First words of two-word place names (keys): Palo Alto, San Ysidro, Fort Worth.
const TOWN_FIRST_WORDS: &[&str] = &[
    "san", "santa", "los", "las", "el", "la", "new", "fort", "port", "mount", "saint", "st.",
    "north", "south", "east", "west", "lake", "palm", "palo", "cape", "glen", "grand",
];

/// Words after "the X" that show X is the subject or the end of a noun phrase (keys).
const AFTER_A_BODY: &[&str] = &[
    "said",
    "says",
    "has",
    "had",
    "is",
    "was",
    "will",
    "would",
    "and",
    "or",
    "of",
    "in",
    "on",
    "to",
    "for",
    "with",
    "that",
    "which",
    "also",
    "reported",
    "announced",
    "told",
    "stated",
    "confirmed",
    "denied",
    "added",
];

/// Street, River, Island...: a place named by its kind (keys).
const PLACE_WORDS: &[&str] = &[
    "street",
    "avenue",
    "road",
    "square",
    "bridge",
    "river",
    "mountain",
    "mountains",
    "lake",
    "island",
    "islands",
    "valley",
    "sea",
    "ocean",
    "bay",
    "gulf",
    "park",
    "airport",
    "palace",
    "province",
    "region",
    "county",
    "district",
    "city",
    "state",
    "strait",
    "desert",
    "coast",
    "peninsula",
    "canal",
    "port",
    "harbour",
    "harbor",
    "heights",
    "hills",
    "area",
    "plateau",
    "basin",
    "arena",
    "stadium",
    "auditorium",
    "coliseum",
];

/// Lowercase nouns of a place's kind before "of" and its name (the town of Saraqeb).
const PLACE_KIND_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "province",
    "region",
    "district",
    "county",
    "island",
    "port",
    "capital",
    "suburb",
    "neighborhood",
    "neighbourhood",
    "state",
    "governorate",
    "municipality",
];

/// Nouns that say a name is a body's, in an apposition after it (keys).
const BODY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "startup",
    "start-up",
    "maker",
    "manufacturer",
    "group",
    "organization",
    "organisation",
    "nonprofit",
    "non-profit",
    "charity",
    "agency",
    "newspaper",
    "outlet",
    "website",
    "network",
    "broadcaster",
    "chain",
    "retailer",
    "bank",
    "lender",
    "insurer",
    "airline",
    "carrier",
    "brand",
    "developer",
    "publisher",
    "provider",
    "operator",
    "conglomerate",
    "subsidiary",
    "studio",
    "label",
    "club",
    "team",
    "party",
    "union",
    "institute",
    "university",
    "college",
    "foundation",
    "think",
    "consultancy",
    "automaker",
    "carmaker",
    "giant",
    "watchdog",
    "coalition",
    "association",
    "journal",
    "magazine",
];

/// Whether the name ending at `end` is followed by ", a/an/the …" and a body noun within
/// six lowercase words (", a Texas-based think tank").
fn apposition_body(doc: &Doc, end: usize) -> bool {
    if k(doc, end + 1) != "," || !matches!(k(doc, end + 2), "a" | "an" | "the") {
        return false;
    }
    for t in end + 3..end + 10 {
        let Some(tok) = doc.tokens.get(t) else {
            return false;
        };
        if BODY_NOUNS.contains(&k(doc, t)) {
            return true;
        }
        // Capitalized words (a Pittsburgh-based …), hyphens and lowercase words go on; a
        // comma, a verb's clause or a person's noun stops.
        let word = tok.kind == Kind::Latin || k(doc, t) == "-";
        if !word || tok.line_before || matches!(k(doc, t), "who" | "which" | "that") {
            return false;
        }
    }
    false
}

/// Acronyms that name no body (keys).
const PLAIN_ACRONYMS: &[&str] = &[
    "ceo", "cfo", "coo", "cto", "gdp", "ai", "tv", "pm", "am", "gps", "dna", "hiv", "aids",
    "covid", "ipo", "lgbt", "lgbtq", "ok", "usb", "pc", "id", "atm", "sms", "suv", "faq", "vip",
    "mp", "mps", "mvp", "nft", "ev", "evs", "ac", "dc", "fm", "cd", "dvd", "hd", "vr", "ar", "uv",
    "ppe", "icu", "er", "phd", "mba", "pr", "hr", "it", "bc", "ad", "est", "pst", "gmt", "utc",
    "fyi", "diy", "pdf", "url", "html", "api", "app", "ii", "iii", "iv", "vi", "vii", "viii", "ix",
    "xi", "mph", "kph", "rpm", "bbq", "ufo", "ceos", "gop", "rbi", "era", "qb", "rb", "wr", "te",
    "ot", "ko", "tko", "lng", "lpg", "co2", "wmd", "imo", "op", "oped", "tba", "tbd", "ny", "la",
    "dj", "mc", "ep", "lp", "sos", "hq", "ict", "sme", "smes", "pcr", "mri", "ct", "ekg", "ecg",
    "adhd", "ptsd", "ms", "als", "copd", "sars", "mers", "ebola", "mrna", "cbd", "thc", "lsd",
    "mdma", "iq", "eq", "ip", "os", "ios", "ui", "et", "pt", "mt", "edt", "cdt", "pdt", "bst",
    "cet", "hp", "rv", "bmi", "cpi", "ppi", "gnp",
    // Technical terms, units and finance: no body.
    "gsm", "cdma", "lte", "5g", "4g", "3g", "wifi", "led", "lcd", "oled", "amoled", "ssd", "hdd",
    "cpu", "gpu", "ram", "rom", "sim", "esim", "nfc", "rfid", "gw", "mw", "kw", "kwh", "mwh",
    "gwh", "tw", "twh", "ghz", "mhz", "gb", "tb", "mb", "kb", "pe", "vc", "esg", "roi", "eps",
    "etf", "etfs", "ipos", "m&a", "b2b", "saas", "ota", "ota", "abs", "awd", "4wd", "rwd", "hev",
    "phev", "bev", "ice", "mpg", "nyse", "otc", "yoy", "qoq", "ytd", "fy", "q1", "q2", "q3", "q4",
    "h1", "h2", "4k", "8k", "hdr", "rgb", "sdk", "vpn", "ddos", "ml", "iot", "xr", "bms", "hvac",
    "rrp", "msrp", "vat", "gst", "tax", "fob", "cif", "ebitda", "capex", "opex", "gm",
];

/// Token `t` is a word in capitals of two to five letters, in no list and not a common
/// acronym, in running text (not a heading in capitals).
fn unknown_acronym(doc: &Doc, t: usize, lower: &Lower) -> bool {
    let Some(tok) = doc.tokens.get(t) else {
        return false;
    };
    let w = k(doc, t);
    let n = w.chars().count();
    let letters = w.chars().all(|c| c.is_ascii_alphabetic() || c == '&');
    // Running text: a lowercase word right before or after.
    let running = [t.wrapping_sub(1), t + 1].iter().any(|&x| {
        doc.tokens
            .get(x)
            .is_some_and(|y| y.kind == Kind::Latin && !y.cap && !y.upper)
    });
    // It acts or ends a phrase (the CDC said, CPD arrests, … by the NSC.), rather than
    // qualifying a noun (the CLPS program, 9 a.m. ET time).
    let next = k(doc, t + 1);
    let acts = doc.tokens.get(t + 1).is_none_or(|x| x.kind == Kind::Punct)
        || AFTER_A_BODY.contains(&next)
        || next.len() > 3 && next.ends_with('s') && !next.ends_with("ss");
    tok.upper
        && (2..=5).contains(&n)
        && letters
        && running
        && acts
        && !PLAIN_ACRONYMS.contains(&w)
        && !in_set(&EN_STOP_SET, doc, t)
        && !in_set(&EN_TITLE_SET, doc, t)
        && !lower.contains(w)
}

/// Words that open a compound role before a title word (Press Secretary, Deputy Chief).
const ROLE_PREFIXES: &[&str] = &["press", "deputy", "assistant", "acting", "chief", "vice"];

/// Common Chinese family names (keys), which come first in Chinese names: a capitalized
/// word after one is a given name (Liu Xiaoming, Wang Yi). Short ones that are English
/// words too (He, Ma, Yu, Su, Lu) are left out.
const CHINESE_SURNAMES: &[&str] = &[
    "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "sun", "zhu",
    "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "tang", "xi", "han", "feng", "deng",
    "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "du", "cheng",
    "wei", "ding", "shen", "yao", "fang", "jin", "qian", "cui", "kong", "zhong", "qin", "lei",
    "hou", "shi", "xue", "lai", "gong", "wen", "bai", "qiu", "mao", "hao",
];

/// Token `t` is a Chinese family name before another capitalized word on the same line:
/// the start of a person's name.
pub(crate) fn name_first(doc: &Doc, t: usize) -> bool {
    CHINESE_SURNAMES.contains(&k(doc, t))
        && doc.tokens.get(t).is_some_and(|x| x.cap && !x.upper)
        && doc
            .tokens
            .get(t + 1)
            .is_some_and(|x| x.kind == Kind::Latin && x.cap && !x.line_before)
}

/// The lowercase words of the text (keys).
pub(crate) type Lower<'a> = HashSet<&'a str, Fx>;

/// The last token of a person's name that starts at `start`: a person's name has no
/// "of" or "for" in it (Kollar-Kotelly of Washington, Minister of Egypt).
fn person_end(doc: &Doc, start: usize, end: usize) -> usize {
    (start..=end)
        .find(|&t| matches!(k(doc, t), "of" | "for" | "the"))
        .map_or(end, |t| t.saturating_sub(1).max(start))
}

/// Classifies the capitalized words `start..=end`; returns where the rest of the span starts
/// when only its head was taken (a person's name before "of").
fn classify_part(
    doc: &Doc,
    mut start: usize,
    end: usize,
    lower: &Lower,
    cands: &mut Vec<Cand>,
) -> Option<usize> {
    // A sentence's first word is capitalized anyway: drop it when it is a common word; a
    // connector left at the start by a split goes too.
    while start <= end
        && (in_set(&EN_STOP_SET, doc, start) || in_set(&EN_CONNECTOR_SET, doc, start))
    {
        start += 1;
    }
    // So is a common word of the language before more capitalized words at a sentence's
    // start (Employee Steve Castro, Analysts Kotak…), when no title or body word is.
    if start < end
        && sentence_start(doc, start)
        && in_set(&EN_WORD_SET, doc, start)
        && !in_set(&EN_TITLE_SET, doc, start)
        && !in_set(&EN_ORG_SET, doc, start)
        && !PLACE_WORDS.contains(&k(doc, start))
    {
        start += 1;
    }
    if start > end {
        return None;
    }
    // Group A, Pool C: a draw's groups, no body.
    if end > start
        && k(doc, end).chars().count() == 1
        && matches!(k(doc, end - 1), "group" | "pool")
    {
        return None;
    }
    // A competition of a body (UEFA Nations League, the Champions League): the body alone,
    // if it is named.
    if end > start
        && k(doc, end) == "league"
        && matches!(
            k(doc, end - 1),
            "nations" | "champions" | "europa" | "conference"
        )
    {
        if end >= start + 2 {
            classify_rest(doc, start, end - 2, lower, cands);
        }
        return None;
    }
    // Republic of Ireland, Kingdom of Saudi Arabia: the state's formal name.
    if end >= start + 2
        && matches!(
            k(doc, start),
            "republic" | "kingdom" | "state" | "sultanate" | "emirate"
        )
        && k(doc, start + 1) == "of"
        && doc
            .gaz(start + 2)
            .is_some_and(|h| h.last == end && h.entry.id.is_some_and(|i| i.starts_with("iso3166:")))
    {
        cands.push(Cand::new(start, end, 0, EntityType::Location, Source::Caps));
        return None;
    }
    // Titles: "President Vladimir Putin", "Prime Minister Keir Starmer".
    let mut last_title = None;
    for t in start..=end {
        if in_set(&EN_TITLE_SET, doc, t) {
            last_title = Some(t);
        } else if last_title.is_some() {
            break;
        }
    }
    // A span that ends in a role names its holder's body or place, not the role (White
    // House Press Secretary): the role's words go.
    let mut end = end;
    if last_title.is_some_and(|lt| lt == end) && end > start {
        let mut e = end;
        while e > start && (in_set(&EN_TITLE_SET, doc, e) || ROLE_PREFIXES.contains(&k(doc, e))) {
            e -= 1;
        }
        if e < end && !in_set(&EN_TITLE_SET, doc, e) {
            end = e;
            last_title = None;
        }
    }
    // The whole span as one mention.
    let whole = |kind, source| Cand::new(start, end, 0, kind, source);
    let has_org_word = (start..=end).any(|t| in_set(&EN_ORG_SET, doc, t));
    if let Some(lt) = last_title {
        // A body, then a title, then a name (Supreme Court Justice Mary Yu): the body is a
        // mention of its own and part of the role.
        let body_before = lt > start
            && (start..lt).any(|t| in_set(&EN_ORG_SET, doc, t))
            && !(lt + 1..=end).any(|t| in_set(&EN_ORG_SET, doc, t));
        if lt < end && (!has_org_word || body_before) {
            if in_set(&EN_CONNECTOR_SET, doc, lt + 1) {
                // "Prime Minister of Egypt": a title of a place, no name.
                return Some(lt + 2);
            }
            if body_before {
                // The title run may start before lt (Vice President): the body ends before it.
                let mut body_end = lt - 1;
                while body_end > start
                    && (in_set(&EN_TITLE_SET, doc, body_end)
                        || ROLE_PREFIXES.contains(&k(doc, body_end)))
                {
                    body_end -= 1;
                }
                cands.push(Cand::new(
                    start,
                    body_end,
                    0,
                    EntityType::Organization,
                    Source::Head,
                ));
            }
            let pend = person_end(doc, lt + 1, end);
            let c = Cand::new(lt + 1, pend, 0, EntityType::Person, Source::Cued);
            let rs = doc.tokens.get(start).map(|x| x.start).unwrap_or(0);
            let re = doc.tokens.get(lt).map(|x| x.end).unwrap_or(rs);
            cands.push(c.with_role(rs, re));
            return Some(pend + 1);
        }
    }
    if end > start && PLACE_WORDS.contains(&k(doc, end)) && !has_org_word {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    // A venue: a name or two and Center (Staples Center, Blossom Music Center), where a
    // body's center says what it studies or serves (Pew Research Center, Carter Center for…
    // ends before "for" in another part).
    if end > start
        && end - start <= 2
        && matches!(k(doc, end), "center" | "centre")
        && !(start..end).any(|t| {
            in_set(&EN_ORG_SET, doc, t)
                || in_set(&EN_CONNECTOR_SET, doc, t)
                || BODY_CENTER_WORDS.contains(&k(doc, t))
                || nationality(doc, t)
        })
        && !in_set(&EN_CONNECTOR_SET, doc, end + 1)
    {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    if has_org_word {
        // An organization word alone (the Force, the Tribune) names no body by itself.
        if end > start || doc.tokens[start].upper {
            cands.push(whole(EntityType::Organization, Source::Head));
        }
        return None;
    }
    // The gazetteer already proposed places and known names; a span it covers whole is left
    // to it, and nationality words are cues, not names.
    if let Some(h) = doc.gaz(start) {
        // A nation's army or police is a body (the Syrian army, the US military), as in
        // Arabic (الجيش السوري).
        let national = h.entry.kind == GKind::Dem
            || h.entry.kind == GKind::Loc && h.entry.id.is_some_and(|i| i.starts_with("iso3166:"));
        if national && h.last == end && matches!(k(doc, end + 1), "army" | "navy") {
            cands.push(Cand::new(
                start,
                end + 1,
                0,
                EntityType::Organization,
                Source::Head,
            ));
            return None;
        }
        if h.last >= end {
            return None;
        }
        // A known company before other words is the company, and the words are its
        // product's or a name of their own (Apple AirPods, Apple Pay, Beats Solo3): a body
        // word after it makes one longer name (Toyota Motor Corp).
        if h.entry.kind == GKind::Org
            && h.skip == 0
            && !(h.last + 1..=end).any(|t| in_set(&EN_ORG_SET, doc, t))
        {
            cands.push(Cand::new(
                start,
                h.last,
                0,
                EntityType::Organization,
                Source::Known,
            ));
            let product = (h.last + 1..=end).all(|t| {
                doc.tokens[t].camel
                    || k(doc, t).chars().any(|c| c.is_ascii_digit())
                    || PRODUCT_TAILS.contains(&k(doc, t))
                    || in_set(&EN_WORD_SET, doc, t)
                    || lower.contains(k(doc, t))
            });
            return (!product).then_some(h.last + 1);
        }
        // A nationality is a cue, and a known body or place before a title or a given name
        // is that person's employer or origin (NASA Administrator Jim Bridenstine).
        if h.entry.kind == GKind::Dem
            || in_set(&EN_TITLE_SET, doc, h.last + 1)
            || in_set(&EN_GIVEN_SET, doc, h.last + 1)
            || name_first(doc, h.last + 1)
        {
            return Some(h.last + 1);
        }
        // A place and one or two more capitalized words of no other kind name a team or a
        // local body (Los Angeles Lakers, Oklahoma City Thunder, Boston Globe).
        if h.entry.kind == GKind::Loc
            && h.skip == 0
            && end - h.last <= 2
            && (h.last + 1..=end).all(|t| {
                doc.gaz(t).is_none()
                    && !in_set(&EN_STOP_SET, doc, t)
                    && !in_set(&EN_CONNECTOR_SET, doc, t)
                    && !lower.contains(k(doc, t))
                    && !nationality(doc, t)
                    && !TOWN_FIRST_WORDS.contains(&k(doc, t))
                    && !EVENT_WORDS.contains(&k(doc, t))
                    && !PLACE_WORDS.contains(&k(doc, t))
            })
        {
            cands.push(whole(EntityType::Organization, Source::Caps));
            return None;
        }
    }
    let len = end - start + 1;
    // Latin words inside Arabic text are mostly brands and bodies (Dell، Lenovo، GOL).
    let arabic_around = |t: Option<usize>| {
        t.and_then(|t| doc.tokens.get(t))
            .is_some_and(|x| x.kind == Kind::Arabic)
    };
    if len <= 3
        && (arabic_around(start.checked_sub(1)) || arabic_around(Some(end + 1)))
        && !in_set(&EN_GIVEN_SET, doc, start)
    {
        cands.push(whole(EntityType::Organization, Source::Caps));
        return None;
    }
    // Events, laws, prizes and wars are named like people and are no entity here (the
    // Vietnam War, the Democracy Act, the Black Death).
    if EVENT_WORDS.contains(&k(doc, end)) {
        return None;
    }
    let given_first = in_set(&EN_GIVEN_SET, doc, start);
    // "Astrobotic, a Pittsburgh-based company": an apposition says what the name is.
    if !given_first && apposition_body(doc, end) {
        cands.push(whole(EntityType::Organization, Source::Caps));
        return None;
    }
    // An acronym of no list (CPD, NSC) is a body's: persons and places are not written so.
    if start == end && unknown_acronym(doc, start, lower) {
        cands.push(whole(EntityType::Organization, Source::Caps));
        return None;
    }
    // X's shares, X's CEO, X's headquarters: X is a company or body.
    if !given_first
        && k(doc, end + 1) == "'"
        && k(doc, end + 2) == "s"
        && COMPANY_NOUNS.contains(&k(doc, end + 3))
    {
        cands.push(whole(EntityType::Organization, Source::Caps));
        return None;
    }
    // A name before a place noun is a place (the Rukban camp, the Saraqeb frontline).
    if !given_first && PLACE_NOUNS_AFTER.contains(&k(doc, end + 1)) {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    // "Town, State" and "Town, Country": the first is a place too (Irvine, California).
    // One word, not a sentence's first (Separately, California…), or two that open the way
    // place names do (Palo Alto, San Ysidro); a person's name before a comma and a place is
    // an apposition (Chris Tang, Hong Kong's…).
    // A dateline's town in capitals opens the text or a line (HAYWARD, Calif.; BUFFALO, N.Y.).
    let dateline = (start..=end).all(|t| doc.tokens[t].upper) && end <= start + 2;
    let town_shape = if start == end {
        !sentence_start(doc, start) || dateline
    } else {
        end == start + 1 && TOWN_FIRST_WORDS.contains(&k(doc, start)) || dateline
    };
    if !given_first
        && town_shape
        && k(doc, end + 1) == ","
        && (doc
            .gaz(end + 2)
            .is_some_and(|h| h.entry.kind == GKind::Loc && h.skip == 0)
            && doc.tokens.get(end + 2).is_some_and(|x| x.cap)
            || ap_state(doc, end + 2))
    {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    // "The" never comes before a person's name: the X that then acts or ends the clause is
    // a body (the Pentagon said, the Argus Leader reported). So are words written in
    // camel case (SpaceX, WeWork).
    // Not a plural nationality (the Egyptians), a heading's capitals (the ESTABLISHMENT), nor
    // one word that is a title, an organization word or a word the text also writes in
    // lowercase (the President, the Company, the Moon).
    let the_before = start > 0
        && k(doc, start - 1) == "the"
        && !(start == end
            && (nationality(doc, start)
                || in_set(&EN_TITLE_SET, doc, start)
                || in_set(&EN_ORG_SET, doc, start)
                || PLACE_WORDS.contains(&k(doc, start))
                || matches!(k(doc, start), "moon" | "sun" | "earth")
                || in_set(&EN_WORD_SET, doc, start)
                || lower.contains(k(doc, start))))
        && !(start..=end).all(|t| doc.tokens[t].upper && k(doc, t).len() > 6);
    let clause_goes_on = doc
        .tokens
        .get(end + 1)
        .is_none_or(|x| x.kind == Kind::Punct)
        || AFTER_A_BODY.contains(&k(doc, end + 1));
    if !given_first && (the_before && clause_goes_on || (start..=end).any(|t| doc.tokens[t].camel))
    {
        cands.push(whole(EntityType::Organization, Source::Caps));
        return None;
    }
    let first_given = given_first || name_first(doc, start);
    // A region named by a direction and a place (Southern California, Northern Ireland), and
    // a given name before a country or state (Sierra Nevada): a place, not a person.
    // The last word is a place the gazetteer reads whole: its id, if it has one.
    let place_after = doc
        .gaz(end)
        .filter(|h| h.last == end && h.skip == 0 && h.entry.kind == GKind::Loc)
        .map(|h| h.entry.id);
    if end == start + 1
        && (matches!(
            k(doc, start),
            "southern" | "northern" | "eastern" | "western" | "central" | "upper" | "lower"
        ) && place_after.is_some()
            || given_first
                && place_after
                    .flatten()
                    .is_some_and(|i| i.starts_with("iso3166")))
    {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    // Words that end the names of places and also families' (Forest Hill, Spring Creek;
    // but Fiona Hill): a place when no given name opens the name.
    if end > start && !first_given && NAME_PLACE_TAILS.contains(&k(doc, end)) {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    // "The" comes before no person's name (the Big Bang, the Mary Rose).
    if start > 0 && k(doc, start - 1) == "the" && !first_given {
        return None;
    }
    // A bare name after a preposition of place is a place (in Forest Hill, near Spring
    // Creek): people are met "with" or "by" someone, not "in" them.
    if !first_given
        && end > start
        && start > 0
        && matches!(
            k(doc, start - 1),
            "in" | "near" | "outside" | "across" | "throughout"
        )
        && !(start..=end).any(|t| lower.contains(k(doc, t)) || nationality(doc, t))
    {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    // The town of Saraqeb, the province of Idlib: a place.
    if !first_given
        && start >= 2
        && k(doc, start - 1) == "of"
        && PLACE_KIND_NOUNS.contains(&k(doc, start - 2))
    {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    // A name and a compass point is a district (Yobe North, Kaduna South), not a person.
    // West is also a common family name (Kanye West, Cornel West): with it the name must be a
    // province or a country's.
    let province = || {
        doc.gaz(start).is_some_and(|h| {
            h.entry.kind == GKind::Loc && h.entry.id.is_some_and(|i| i.starts_with("iso3166"))
        })
    };
    if end > start
        && !first_given
        && (matches!(k(doc, end), "north" | "south" | "east" | "central")
            || k(doc, end) == "west" && province())
    {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    // A product's model word closes no person's name (MacBook Pro, Galaxy Note, iPhone Max).
    if end > start && PRODUCT_TAILS.contains(&k(doc, end)) {
        return None;
    }
    // A bare one-word name after "in" mid-sentence, that is no word of the language, no
    // given name and no nationality, is a place (a station in Hayward).
    if start == end
        && !first_given
        && start > 0
        && matches!(k(doc, start - 1), "in" | "near" | "outside")
        && !sentence_start(doc, start)
        && !doc.tokens[start].upper
        && !lower.contains(k(doc, start))
        && !in_set(&EN_WORD_SET, doc, start)
        && !nationality(doc, start)
        && doc.gaz(start).is_none()
        && doc
            .tokens
            .get(end + 1)
            .is_none_or(|x| x.kind == Kind::Punct)
    {
        cands.push(whole(EntityType::Location, Source::Caps));
        return None;
    }
    let pend = person_end(doc, start, end);
    let len = pend - start + 1;
    // A name followed by a comma and a role is the role's holder (Pankaj Pandey, Head of
    // Research at…; Jane Roe, a spokeswoman for…).
    let role_after = k(doc, pend + 1) == ","
        && (in_set(&EN_TITLE_SET, doc, pend + 2)
            || k(doc, pend + 2) == "head" && k(doc, pend + 3) == "of"
            || matches!(k(doc, pend + 2), "a" | "the")
                && (in_set(&EN_TITLE_SET, doc, pend + 3)
                    || matches!(k(doc, pend + 3), "spokesman" | "spokeswoman" | "professor")))
        && (2..=3).contains(&len);
    let said_near = (start > 0 && in_set(&EN_SAYING_SET, doc, start - 1))
        || in_set(&EN_SAYING_SET, doc, pend + 1);
    let mid_sentence = !sentence_start(doc, start);
    // No word of a bare capitalized pair may be a word the text writes in lowercase
    // (Intuitive Machines), nor a nationality (Native American); nor may it end in a common
    // word of the language (Public Auditorium, Institutional Equities), where a surname
    // stands (Magic Johnson; short words are left out: Sui-Lee Wee).
    let wordy = (start..=pend).any(|t| lower.contains(k(doc, t)) || nationality(doc, t))
        || (k(doc, pend).chars().count() >= 4 && in_set(&EN_WORD_SET, doc, pend));
    // Two words of no list and no dictionary opening a sentence, then a verb of action:
    // a person (Tuukka Rask made 25 saves, Brock Nelson scored).
    let opens_with_verb = !mid_sentence
        && len == 2
        && !wordy
        && (start..=pend)
            .all(|t| !doc.tokens[t].upper && doc.gaz(t).is_none() && !in_set(&EN_WORD_SET, doc, t))
        && doc
            .tokens
            .get(pend + 1)
            .is_some_and(|x| x.kind == Kind::Latin && !x.cap)
        && ACTION_VERBS.contains(&k(doc, pend + 1));
    let person = (first_given && len >= 2)
        || (said_near && len <= 3 && !wordy && (len >= 2 || mid_sentence))
        || (role_after && !wordy)
        || opens_with_verb
        || (mid_sentence && (2..=3).contains(&len) && !doc.tokens[start].upper && !wordy);
    if person {
        // Opened by a listed given name, the name is as sure as an Arabic one (its surname
        // may then name the person where a listed body is spelled the same: Bloomberg).
        let source = if first_given && len >= 2 {
            Source::Given
        } else {
            Source::Caps
        };
        cands.push(Cand::new(start, pend, 0, EntityType::Person, source));
    }
    (pend < end).then_some(pend + 1)
}

/// Words of a sports report (keys): with three of them, capitalized team nicknames and places
/// that win or lose are teams.
const SPORT_WORDS_EN: &[&str] = &[
    "game",
    "games",
    "season",
    "goal",
    "goals",
    "scored",
    "coach",
    "playoff",
    "playoffs",
    "overtime",
    "innings",
    "touchdown",
    "touchdowns",
    "assists",
    "saves",
    "quarterback",
    "halftime",
    "tournament",
    "match",
    "points",
    "rebounds",
    "standings",
    "league",
    "striker",
    "midfielder",
    "goalkeeper",
    "inning",
    "pitcher",
    "defenseman",
    "goaltender",
];

/// Nicknames of the teams of the North American major leagues (keys, one or two words). A
/// nickname is a team only in a sports report: Senators, Cardinals, Giants name others too.
const TEAM_NICKNAMES: &[&str] = &[
    // NHL
    "bruins",
    "sabres",
    "red wings",
    "panthers",
    "canadiens",
    "senators",
    "lightning",
    "maple leafs",
    "hurricanes",
    "blue jackets",
    "devils",
    "islanders",
    "rangers",
    "flyers",
    "penguins",
    "capitals",
    "coyotes",
    "blackhawks",
    "avalanche",
    "stars",
    "wild",
    "predators",
    "blues",
    "jets",
    "ducks",
    "flames",
    "oilers",
    "kings",
    "sharks",
    "kraken",
    "canucks",
    "golden knights",
    // NBA
    "celtics",
    "nets",
    "knicks",
    "76ers",
    "sixers",
    "raptors",
    "bulls",
    "cavaliers",
    "cavs",
    "pistons",
    "pacers",
    "bucks",
    "hawks",
    "hornets",
    "heat",
    "magic",
    "wizards",
    "nuggets",
    "timberwolves",
    "thunder",
    "trail blazers",
    "blazers",
    "jazz",
    "warriors",
    "clippers",
    "lakers",
    "suns",
    "mavericks",
    "mavs",
    "rockets",
    "grizzlies",
    "pelicans",
    "spurs",
    // NFL
    "bills",
    "dolphins",
    "patriots",
    "ravens",
    "bengals",
    "browns",
    "steelers",
    "texans",
    "colts",
    "jaguars",
    "titans",
    "broncos",
    "chiefs",
    "raiders",
    "chargers",
    "cowboys",
    "giants",
    "eagles",
    "commanders",
    "redskins",
    "bears",
    "lions",
    "packers",
    "vikings",
    "falcons",
    "saints",
    "buccaneers",
    "bucs",
    "cardinals",
    "rams",
    "49ers",
    "seahawks",
    // MLB
    "orioles",
    "red sox",
    "yankees",
    "rays",
    "blue jays",
    "white sox",
    "guardians",
    "tigers",
    "royals",
    "twins",
    "astros",
    "angels",
    "athletics",
    "mariners",
    "braves",
    "marlins",
    "mets",
    "phillies",
    "nationals",
    "cubs",
    "reds",
    "brewers",
    "pirates",
    "diamondbacks",
    "rockies",
    "dodgers",
    "padres",
];

/// Verbs and prepositions around a team's name in results (keys): Minnesota beat Buffalo,
/// lost to Boston, a win over Detroit.
const RESULT_AFTER: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "edged",
    "topped",
    "blanked",
    "routed",
    "downed",
    "rallied",
    "won",
    "improved",
    "trailed",
    "led",
    "scored",
    "outscored",
    "lost",
    "tied",
    "clinched",
    "held",
    "has",
    "defenseman",
    "goalie",
    "goaltender",
    "forward",
    "coach",
    "quarterback",
    "pitcher",
    "striker",
    "midfielder",
    "captain",
    "fans",
];
const RESULT_BEFORE: &[&str] = &[
    "beat", "beats", "defeated", "edged", "topped", "blanked", "routed", "downed", "over",
    "against", "vs", "vs.", "lead", "for", "to", "visit", "hosted", "host", "hosts", "lift",
    "past",
];

/// Teams of a sports report: listed nicknames (with the place before them: the New York
/// Islanders), and places that win, lose and score (Minnesota beat Buffalo).
pub(crate) fn sports(doc: &Doc, chosen: &mut Vec<Cand>) {
    let n = doc.tokens.len();
    let latin = |t: usize| doc.tokens.get(t).is_some_and(|x| x.kind == Kind::Latin);
    let sport = (0..n)
        .filter(|&t| latin(t) && SPORT_WORDS_EN.contains(&k(doc, t)))
        .take(3)
        .count();
    if sport < 3 {
        return;
    }
    let mut taken = vec![false; n];
    for c in chosen.iter().filter(|c| c.kind == EntityType::Person) {
        for x in taken.iter_mut().take(c.last + 1).skip(c.first) {
            *x = true;
        }
    }
    let mut teams: Vec<Cand> = Vec::new();
    let mut t = 0;
    while t < n {
        if !latin(t) || !doc.tokens[t].cap || taken[t] {
            t += 1;
            continue;
        }
        // A two-word nickname, compared word by word (no string built per token).
        let two = t + 1 < n
            && latin(t + 1)
            && doc.tokens[t + 1].cap
            && TEAM_NICKNAMES.iter().any(|nick| {
                nick.split_once(' ')
                    .is_some_and(|(a, b)| a == k(doc, t) && b == k(doc, t + 1))
            });
        let last = if two {
            t + 1
        } else if TEAM_NICKNAMES.contains(&k(doc, t)) {
            t
        } else {
            t += 1;
            continue;
        };
        // A body the rules found already covers it (the Pittsburgh Penguins).
        if chosen
            .iter()
            .any(|c| c.kind == EntityType::Organization && c.first <= t && t <= c.last)
        {
            t = last + 1;
            continue;
        }
        // The place before the nickname is the team's (the New York Islanders).
        let first = chosen
            .iter()
            .find(|c| c.kind == EntityType::Location && c.last + 1 == t)
            .map_or(t, |c| c.first);
        teams.push(Cand::new(
            first,
            last,
            0,
            EntityType::Organization,
            Source::Caps,
        ));
        t = last + 1;
    }
    // Places on either side of a result: cities and states, whose clubs carry their names;
    // a country's national side stays the country, as its government does.
    for c in chosen.iter_mut() {
        if c.kind != EntityType::Location
            || c.source != Source::Place
            || !latin(c.first)
            || c.id
                .is_some_and(|i| i.starts_with("iso3166:") || i.starts_with("m49:"))
        {
            continue;
        }
        let before = c.first.checked_sub(1).map_or("", |p| k(doc, p));
        let after = k(doc, c.last + 1);
        if RESULT_BEFORE.contains(&before)
            && (before != "to" || c.first >= 2 && k(doc, c.first - 2) == "lost")
            || RESULT_AFTER.contains(&after)
        {
            c.kind = EntityType::Organization;
            c.id = None;
        }
    }
    if teams.is_empty() {
        return;
    }
    // Teams replace what they cover.
    chosen.retain(|c| !teams.iter().any(|m| c.first <= m.last && m.first <= c.last));
    chosen.extend(teams);
    chosen.sort_by_key(|c| (c.first, c.last));
}
