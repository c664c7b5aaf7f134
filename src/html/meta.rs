//! Page metadata: headline, publication date, authors, keywords and site name from JSON-LD,
//! OpenGraph and other `<meta>` tags, `<time>`, bylines and visible tag lists.

use super::boiler::{self, fold_line};
use super::dom::{CaptureKind, Page, NONE};
use serde_json::Value;

/// What JSON-LD says about the article.
#[derive(Debug, Default)]
pub(crate) struct LdInfo {
    pub headline: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub keywords: Vec<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "WebPage",
    "VideoObject",
];

fn type_rank(v: &Value) -> Option<usize> {
    let types: Vec<&str> = match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    types
        .iter()
        .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
        .min()
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| str_of(Some(x))),
        Value::Object(o) => str_of(o.get("name")).or_else(|| str_of(o.get("@value"))),
        _ => None,
    }
}

fn names_of(v: Option<&Value>, out: &mut Vec<String>) {
    match v {
        Some(Value::String(s)) => out.push(s.trim().to_string()),
        Some(Value::Array(a)) => a.iter().for_each(|x| names_of(Some(x), out)),
        Some(Value::Object(o)) => {
            let org = o
                .get("@type")
                .and_then(Value::as_str)
                .is_some_and(|t| t.contains("Organization"));
            if !org {
                if let Some(n) = str_of(o.get("name")) {
                    out.push(n);
                }
            }
        }
        _ => {}
    }
}

/// Collects article-like objects from JSON-LD texts, iteratively (no recursion on depth).
pub(crate) fn json_ld(page: &Page<'_>) -> LdInfo {
    let mut info = LdInfo::default();
    let mut candidates: Vec<(usize, Value)> = Vec::new();
    for c in page
        .captures
        .iter()
        .filter(|c| c.kind == CaptureKind::JsonLd)
    {
        let Ok(root) = serde_json::from_str::<Value>(c.text.trim().trim_end_matches(';')) else {
            continue;
        };
        let mut stack = vec![root];
        let mut seen = 0;
        while let Some(v) = stack.pop() {
            seen += 1;
            if seen > 2000 {
                break;
            }
            match v {
                Value::Array(a) => stack.extend(a.into_iter().rev()),
                Value::Object(mut o) => {
                    if let Some(g) = o.remove("@graph") {
                        stack.push(g);
                    }
                    if let Some(m) = o.remove("mainEntity") {
                        stack.push(m);
                    }
                    let v = Value::Object(o);
                    if let Some(rank) = type_rank(&v) {
                        candidates.push((rank, v));
                    } else if info.publisher.is_none()
                        && v.get("@type")
                            .and_then(Value::as_str)
                            .is_some_and(|t| t.contains("Organization") || t == "WebSite")
                    {
                        info.publisher = str_of(v.get("name"));
                    }
                }
                _ => {}
            }
        }
    }
    candidates.sort_by_key(|c| c.0);
    for (_, v) in &candidates {
        if info.headline.is_none() {
            info.headline = str_of(v.get("headline"));
        }
        if info.published.is_none() {
            info.published =
                str_of(v.get("datePublished")).or_else(|| str_of(v.get("dateCreated")));
        }
        if info.modified.is_none() {
            info.modified = str_of(v.get("dateModified"));
        }
        if info.authors.is_empty() {
            names_of(v.get("author"), &mut info.authors);
            if info.authors.is_empty() {
                names_of(v.get("creator"), &mut info.authors);
            }
        }
        if info.publisher.is_none() {
            info.publisher = str_of(v.get("publisher"));
        }
        if info.keywords.is_empty() {
            match v.get("keywords") {
                Some(Value::String(s)) => info.keywords = split_list(s),
                Some(Value::Array(a)) => {
                    info.keywords = a.iter().filter_map(|x| str_of(Some(x))).collect()
                }
                _ => {}
            }
        }
    }
    info
}

/// The first content of any of the `<meta>` keys, in the order of `keys`.
pub(crate) fn meta<'p>(page: &'p Page<'_>, keys: &[&str]) -> Option<&'p str> {
    keys.iter().find_map(|k| {
        page.metas
            .iter()
            .find(|(mk, v)| mk == k && !v.trim().is_empty())
            .map(|(_, v)| v.trim())
    })
}

fn all_meta<'p>(page: &'p Page<'_>, key: &str) -> impl Iterator<Item = &'p str> + 'p {
    let key = key.to_string();
    page.metas
        .iter()
        .filter(move |(k, v)| *k == key && !v.trim().is_empty())
        .map(|(_, v)| v.trim())
}

/// Splits a keyword list on commas (Latin and Arabic), semicolons and pipes.
fn split_list(s: &str) -> Vec<String> {
    s.split([',', '،', ';', '|', '\n', '؛'])
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The site name: `og:site_name`, the JSON-LD publisher, `application-name`.
pub(crate) fn site_name(page: &Page<'_>, ld: &LdInfo) -> Option<String> {
    let clean = |s: &str| {
        let s = s.trim().trim_start_matches('@');
        // `og:site_name` is sometimes the home page URL.
        let s = s
            .split_once("://")
            .map_or(s, |(_, rest)| rest)
            .trim_start_matches("www.")
            .trim_end_matches('/');
        Some(s.to_string()).filter(|s| !s.is_empty() && s.chars().count() <= 80)
    };
    meta(page, &["og:site_name"])
        .and_then(clean)
        .or_else(|| ld.publisher.as_deref().and_then(clean))
        .or_else(|| meta(page, &["application-name", "twitter:site"]).and_then(clean))
}

/// Where a name for the outlet was read, and whether that field may name a new outlet or
/// only vote for one named elsewhere (a person's byline or a social handle never names one).
#[derive(Clone, Copy, PartialEq, Eq)]
enum OutletField {
    /// A field that states the outlet (`og:site_name`, publisher, copyright).
    Names,
    /// An end segment of `<title>`: it names the outlet only when another field agrees.
    Edge,
    Supports,
}

/// Legal and copyright wording around an outlet's name: "(c) 2020 The Daily Example, LLC",
/// "جميع الحقوق محفوظة لـ دار المثال".
fn strip_legal(s: &str) -> String {
    let mut t = s.trim().to_string();
    for p in [
        "جميع الحقوق محفوظة ل",
        "حقوق النشر محفوظة ل",
        "copyright",
        "(c)",
        "©",
    ] {
        let folded = fold_line(&t);
        if folded.starts_with(&fold_line(p)) {
            t = t.chars().skip(p.chars().count()).collect();
            t = t
                .trim_start_matches(|c: char| c == 'ـ' || c.is_whitespace() || c == ':')
                .to_string();
        }
    }
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '-');
    let mut t = t.to_string();
    for suffix in [
        ", LLC",
        ", Inc.",
        ", Inc",
        " LLC",
        " Inc.",
        ". All rights reserved",
        ".",
    ] {
        if let Some(head) = t.strip_suffix(suffix) {
            t = head.trim().to_string();
        }
    }
    t.trim().to_string()
}

/// A name a reader would write (spaces, Arabic script, or an acronym such as `LBCI`), as
/// against a host or handle (`alyaum`, `inquirer.com`, `CNNArabic`).
pub(crate) fn is_human_name(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.contains("://") || s.starts_with("www.") {
        return false;
    }
    if s.split_whitespace().count() > 1 || s.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) {
        return true;
    }
    let letters = s.chars().filter(|c| c.is_ascii_alphabetic()).count();
    (2..=6).contains(&letters) && s.chars().all(|c| c.is_ascii_uppercase())
}

/// Comparison key of an outlet name: folded, alphanumerics only, a host's top-level domain
/// dropped (`inquirer.com` → `inquirer`).
fn outlet_key(s: &str) -> String {
    let s = s.trim().trim_start_matches('@');
    let s = s.strip_prefix("www.").unwrap_or(s);
    let s = match s.rsplit_once('.') {
        Some((head, tld))
            if !s.contains(' ')
                && (2..=4).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_alphabetic()) =>
        {
            head
        }
        _ => s,
    };
    key(s)
}

fn same_outlet(a: &str, b: &str) -> bool {
    a == b || (a.len().min(b.len()) >= 4 && (a.contains(b) || b.contains(a)))
}

/// Short segments at the ends of a `<title>`-like headline: where site names stand.
fn edge_names(t: &str) -> Vec<String> {
    let mut parts: Vec<String> = vec![t.trim().to_string()];
    for sep in SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(|x| x.trim().to_string()))
            .filter(|x| !x.is_empty())
            .collect();
    }
    if parts.len() < 2 {
        return Vec::new();
    }
    let n = parts.len();
    // The longest segment is the headline, however short.
    let longest = parts
        .iter()
        .enumerate()
        .max_by_key(|(_, p)| p.chars().count())
        .map_or(0, |(i, _)| i);
    parts
        .into_iter()
        .enumerate()
        .filter(|(i, p)| {
            (*i == 0 || *i + 1 == n) && *i != longest && p.split_whitespace().count() <= 4
        })
        .map(|(_, p)| p)
        .collect()
}

/// The outlet's name as a reader writes it, chosen by how many of the page's own fields
/// agree on it (`og:site_name`, JSON-LD and `itemprop` publisher, `application-name`, the
/// copyright line, the ends of `<title>` and `og:title`; bylines and social handles only vote).
/// `current` is the name picked from the title and site name: it is replaced when it is a
/// host or handle and a written name exists, or when clearly more fields name another outlet.
/// `extra` are names the body credits (an outlet's prefix before the first sentence).
pub(crate) fn outlet_name(
    page: &Page<'_>,
    ld: &LdInfo,
    current: Option<&str>,
    extra: &[&str],
) -> Option<String> {
    use OutletField::{Edge, Names, Supports};
    let mut cands: Vec<(String, OutletField)> = Vec::new();
    let mut push = |v: &str, f: OutletField| {
        let v = strip_legal(v.trim().trim_start_matches('@'));
        let listed = SEPARATORS
            .iter()
            .any(|sep| v.contains(sep.trim()) && v.contains(sep));
        if !v.is_empty() && v.chars().count() <= 60 && !v.starts_with("http") && !listed {
            cands.push((v, f));
        }
    };
    for k in ["og:site_name", "publisher", "application-name", "copyright"] {
        if let Some(v) = meta(page, &[k]) {
            push(v, Names);
        }
    }
    if let Some(p) = ld.publisher.as_deref() {
        push(p, Names);
    }
    for k in ["twitter:site", "author"] {
        if let Some(v) = meta(page, &[k]) {
            push(v, Supports);
        }
    }
    let html_title = page
        .captures
        .iter()
        .find(|c| c.kind == CaptureKind::Title)
        .map(|c| c.text.clone());
    let headlines: Vec<String> = page
        .captures
        .iter()
        .filter(|c| c.kind == CaptureKind::H1)
        .map(|c| key(&c.text))
        .chain(ld.headline.as_deref().map(key))
        .collect();
    let og_title = meta(page, &["og:title"]);
    // The same text twice is one field, not two agreeing ones.
    let og_title = og_title.filter(|o| html_title.as_deref().is_none_or(|t| key(t) != key(o)));
    for t in [html_title.as_deref(), og_title].into_iter().flatten() {
        for e in edge_names(t) {
            if !headlines.contains(&key(&e)) {
                push(&e, Edge);
            }
        }
    }
    for e in extra {
        push(e, Supports);
    }
    // Groups of candidates naming the same outlet, with their votes.
    let keys: Vec<String> = cands.iter().map(|(v, _)| outlet_key(v)).collect();
    let votes = |i: usize| -> usize {
        keys.iter()
            .filter(|k| {
                keys.get(i)
                    .is_some_and(|ki| !k.is_empty() && same_outlet(ki, k))
            })
            .count()
    };
    let best = cands
        .iter()
        .enumerate()
        .filter(|(i, (v, _))| {
            // A byline or handle may give the spelling of an outlet another field names.
            let Some(ki) = keys.get(*i).filter(|k| !k.is_empty()) else {
                return false;
            };
            let group = || {
                cands
                    .iter()
                    .zip(&keys)
                    .filter(|(_, kj)| same_outlet(ki, kj))
            };
            // Named by a field that states the outlet, or by two fields that agree.
            let named = group().any(|((_, fj), _)| *fj == Names)
                || group().filter(|((_, fj), _)| *fj != Supports).count() >= 2;
            named && is_human_name(v)
        })
        .map(|(i, (v, _))| {
            let exact = keys
                .iter()
                .filter(|k| keys.get(i).is_some_and(|ki| *k == ki))
                .count();
            (votes(i), exact, std::cmp::Reverse(v.chars().count()), i)
        })
        .max();
    let Some((best_votes, _, _, bi)) = best else {
        return current.map(str::to_string);
    };
    let best_name = cands.get(bi).map(|(v, _)| v.clone());
    let Some(cur) = current else {
        return best_name;
    };
    let ck = outlet_key(cur);
    let cur_votes = keys
        .iter()
        .filter(|k| !k.is_empty() && same_outlet(&ck, k))
        .count();
    let same = keys.get(bi).is_some_and(|bk| same_outlet(bk, &ck));
    // A CamelCase brand ("SFGate") is written that way on purpose: only a spelling of the same
    // name replaces it. A lowercase handle or host ("alyaum", "inquirer.com") is no name.
    let camel = cur.chars().any(|c| c.is_uppercase()) && !cur.contains("://");
    let handle = !is_human_name(cur);
    if (handle && (!camel || same)) || (!same && best_votes >= cur_votes + 2) {
        return best_name;
    }
    Some(cur.to_string())
}

/// Separators between a headline and a site name in `<title>` and `og:title`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " ｜ ", " / ", " — ",
];

/// Compares loosely: case, hamza forms, spaces and punctuation ignored.
fn key(s: &str) -> String {
    fold_line(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// True when `segment` names the site: equal to, contained in or containing the site name,
/// or looking like a domain.
fn is_site_segment(segment: &str, site: Option<&str>, domain: Option<&str>) -> bool {
    let k = key(segment);
    if k.is_empty() {
        return true;
    }
    if let Some(site) = site {
        let s = key(site);
        if !s.is_empty() && (k == s || s.contains(&k) || (k.contains(&s) && k.len() <= s.len() * 2))
        {
            return true;
        }
    }
    if let Some(d) = domain {
        let d = d.trim_start_matches("www.");
        let dk = key(d.split('.').next().unwrap_or(d));
        if dk.len() >= 3 && k.contains(&dk) && segment.split_whitespace().count() <= 3 {
            return true;
        }
    }
    let t = segment.trim().to_ascii_lowercase();
    t.ends_with(".com") || t.ends_with(".net") || t.ends_with(".org") || t.starts_with("www.")
}

/// Removes site-name segments from the ends of a headline candidate.
pub(crate) fn strip_site(title: &str, site: Option<&str>, domain: Option<&str>) -> String {
    let mut t = title.trim().to_string();
    for _ in 0..3 {
        let mut changed = false;
        for sep in SEPARATORS {
            if let Some((head, tail)) = t.rsplit_once(sep) {
                if is_site_segment(tail, site, domain) && !head.trim().is_empty() {
                    t = head.trim().to_string();
                    changed = true;
                    break;
                }
            }
            if let Some((head, tail)) = t.split_once(sep) {
                if is_site_segment(head, site, domain) && !tail.trim().is_empty() {
                    t = tail.trim().to_string();
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            break;
        }
    }
    t
}

/// Chooses the headline by comparing the candidates.
pub(crate) fn title(
    page: &Page<'_>,
    ld: &LdInfo,
    site: Option<&str>,
    domain: Option<&str>,
) -> Option<String> {
    let og = meta(page, &["og:title", "twitter:title", "title", "headline"]);
    let html_title = page
        .captures
        .iter()
        .find(|c| c.kind == CaptureKind::Title)
        .map(|c| c.text.as_str())
        .filter(|t| !t.is_empty());
    let h1s: Vec<&str> = page
        .captures
        .iter()
        .filter(|c| c.kind == CaptureKind::H1)
        .map(|c| c.text.as_str())
        .filter(|t| t.chars().count() >= 8 && !is_site_segment(t, site, domain))
        .collect();
    let refs: Vec<String> = [ld.headline.as_deref(), og, html_title]
        .into_iter()
        .flatten()
        .map(key)
        .filter(|k| !k.is_empty())
        .collect();
    // An <h1> that another source confirms never carries the site name.
    for h in &h1s {
        let k = key(h);
        if k.len() >= 8
            && refs
                .iter()
                .any(|r| r.contains(&k) || (k.contains(r.as_str()) && r.len() * 2 > k.len()))
        {
            return Some(h.to_string());
        }
    }
    // With no headline metadata, the page's one story-length <h1> beats a <title> that does
    // not contain it: such a <title> is the site's generic one.
    if ld.headline.is_none() && og.is_none() {
        if let [h] = h1s.as_slice() {
            if h.split_whitespace().count() >= 4 {
                return Some(h.to_string());
            }
        }
    }
    let site_guess = site
        .map(str::to_string)
        .or_else(|| common_suffix(og, html_title));
    for cand in [ld.headline.as_deref(), og, html_title]
        .into_iter()
        .flatten()
    {
        let t = strip_foreign_tail(&strip_site(cand, site_guess.as_deref(), domain));
        if t.chars().count() >= 4 {
            return Some(t);
        }
    }
    h1s.first().map(|h| h.to_string())
}

/// The site name as the page's own `<title>` spells it ("The Times of Israel" rather than the
/// `og:site_name` handle "timesofisrael"): the segment a headline candidate loses to
/// [`strip_site`], or the one by which `<title>` differs from `og:title`.
pub(crate) fn title_site(
    page: &Page<'_>,
    site: Option<&str>,
    domain: Option<&str>,
) -> Option<String> {
    let html_title = page
        .captures
        .iter()
        .find(|c| c.kind == CaptureKind::Title)
        .map(|c| c.text.as_str())?;
    let og = meta(page, &["og:title", "twitter:title"]);
    if let Some(s) = common_suffix(og, Some(html_title)) {
        // Only a single segment: "National | Globalnews.ca" names a section too.
        let single = !SEPARATORS.iter().any(|sep| s.contains(sep));
        return Some(s).filter(|s| single && s.chars().count() <= 40);
    }
    // The headline shown as <h1> (or given by og:title) is the head of <title>: the tail
    // after the separator is the site ("Mayor resigns | Daily Planet") when the page names
    // none elsewhere (elsewhere, such a tail is as often a section: "- Auto News").
    let headlines: Vec<String> = page
        .captures
        .iter()
        .filter(|c| c.kind == CaptureKind::H1)
        .map(|c| key(&c.text))
        .chain(og.map(key))
        .filter(|k| k.chars().count() >= 8)
        .collect();
    for sep in SEPARATORS {
        if let Some((head, tail)) = html_title.rsplit_once(sep) {
            let tail = tail.trim();
            if tail.is_empty() || tail.chars().count() > 40 {
                continue;
            }
            let single = !SEPARATORS.iter().any(|s| tail.contains(s));
            let head_is_headline = headlines.iter().any(|h| *h == key(head));
            if is_site_segment(tail, site, domain) || (site.is_none() && single && head_is_headline)
            {
                return Some(tail.to_string());
            }
        }
    }
    None
}

/// The first and last segments of `<title>` (site names sit there), when it has several.
pub(crate) fn title_edge_segments(page: &Page<'_>) -> Vec<String> {
    let Some(t) = page
        .captures
        .iter()
        .find(|c| c.kind == CaptureKind::Title)
        .map(|c| c.text.trim())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for sep in SEPARATORS {
        if let (Some((head, _)), Some((_, tail))) = (t.split_once(sep), t.rsplit_once(sep)) {
            out.push(head.trim().to_string());
            out.push(tail.trim().to_string());
        }
    }
    out
}

/// Drops a short Latin last segment from a headline in another script ("… - Entermedia",
/// "… | Sputnik Arabic"): a brand name, when no site name told us so.
fn strip_foreign_tail(title: &str) -> String {
    for sep in [" - ", " | ", " – ", " — "] {
        let Some((head, tail)) = title.rsplit_once(sep) else {
            continue;
        };
        let latin_tail = tail.chars().any(char::is_alphabetic)
            && tail
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_ascii());
        let letters = head.chars().filter(|c| c.is_alphabetic()).count();
        let non_latin_head = head
            .chars()
            .filter(|c| c.is_alphabetic() && !c.is_ascii())
            .count()
            * 2
            > letters;
        if latin_tail && non_latin_head && tail.split_whitespace().count() <= 3 {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

/// When `og:title` and `<title>` differ only by a segment, that segment is the site name.
fn common_suffix(og: Option<&str>, title: Option<&str>) -> Option<String> {
    let (og, title) = (og?, title?);
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if key(head) == key(og) {
                return Some(tail.trim().to_string());
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            if key(tail) == key(og) {
                return Some(head.trim().to_string());
            }
        }
    }
    None
}

/// Normalizes an ISO 8601 timestamp to the contract's form: `YYYY-MM-DDThh:mm:ss±hh:mm`/`Z`
/// when the time and offset are given, else `YYYY-MM-DD`. `None` when `s` is not ISO.
pub(crate) fn iso(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if !(digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10))
    {
        return None;
    }
    let date = s.get(..10)?;
    let month: u32 = s.get(5..7)?.parse().ok()?;
    let day: u32 = s.get(8..10)?.parse().ok()?;
    let year: u32 = s.get(..4)?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1900..=2100).contains(&year) {
        return None;
    }
    if !matches!(b.get(10), Some(b'T' | b' '))
        || !digits(11..13)
        || b.get(13) != Some(&b':')
        || !digits(14..16)
    {
        return Some(date.to_string());
    }
    let hm = s.get(11..16)?;
    let mut i = 16;
    let mut sec = "00";
    if b.get(16) == Some(&b':') && digits(17..19) {
        sec = s.get(17..19)?;
        i = 19;
        if b.get(i) == Some(&b'.') {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
    }
    let rest = s.get(i..)?.trim();
    let offset = if rest.eq_ignore_ascii_case("z")
        || rest.eq_ignore_ascii_case("utc")
        || rest.eq_ignore_ascii_case("gmt")
    {
        "Z".to_string()
    } else if let Some(sign) = rest.chars().next().filter(|c| *c == '+' || *c == '-') {
        let d: String = rest.chars().skip(1).filter(char::is_ascii_digit).collect();
        match d.len() {
            4 => format!("{sign}{}:{}", d.get(..2)?, d.get(2..)?),
            2 => format!("{sign}{d}:00"),
            _ => return Some(date.to_string()),
        }
    } else {
        return Some(date.to_string());
    };
    let offset = if offset == "+00:00" {
        "Z".to_string()
    } else {
        offset
    };
    Some(format!("{date}T{hm}:{sec}{offset}"))
}

/// Reads a date string: ISO first, then the dates module for written stamps.
fn read_date(s: &str) -> Option<String> {
    iso(s).or_else(|| crate::dates::parse_published(s))
}

/// The publication date, preferring publication over "last updated".
pub(crate) fn published(page: &Page<'_>, ld: &LdInfo) -> Option<String> {
    if let Some(d) = ld.published.as_deref().and_then(read_date) {
        return Some(d);
    }
    const KEYS: &[&str] = &[
        "article:published_time",
        "og:article:published_time",
        "article:published",
        "published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "publication_date",
        "sailthru.date",
        "parsely-pub-date",
        "dc.date.issued",
        "dc.date",
        "dcterms.created",
        "dcterms.date",
        "date",
        "article.published",
        "cxenseparse:recs:publishtime",
        "og:pubdate",
        "created",
    ];
    for k in KEYS {
        if let Some(d) = meta(page, &[k]).and_then(read_date) {
            return Some(d);
        }
    }
    // <time datetime> and date-looking elements, publication stamps before update stamps.
    // A stamp above the headline with no machine-readable value is the page header's
    // "today" widget, not the article's date: it is kept for last.
    let headline_at = page
        .captures
        .iter()
        .find(|c| c.kind == CaptureKind::H1)
        .map(|c| c.elem);
    let mut fallback = None;
    let mut header_stamp = None;
    for c in page.captures.iter().filter(|c| c.kind == CaptureKind::Date) {
        let Some(e) = page.elems.get(c.elem as usize) else {
            continue;
        };
        let mut is_update = false;
        let mut value = None;
        for (k, v) in e.el.attrs() {
            match k {
                "datetime" | "content" | "data-datetime" | "data-date" => value = value.or(Some(v)),
                "class" | "itemprop" | "id" => {
                    let l = v.to_ascii_lowercase();
                    is_update |= l.contains("modif") || l.contains("updat");
                }
                _ => {}
            }
        }
        let label = fold_line(&c.text);
        is_update |=
            label.contains("updated") || label.contains("تحديث") || label.contains("اخر تعديل");
        let machine = value.and_then(read_date);
        let above_headline = headline_at.is_some_and(|h| c.elem < h);
        if machine.is_none() && above_headline && !is_update {
            header_stamp = header_stamp.or_else(|| read_date(&c.text));
            continue;
        }
        let d = machine.or_else(|| read_date(&c.text));
        if let Some(d) = d {
            if !is_update {
                return Some(d);
            }
            fallback = fallback.or(Some(d));
        }
    }
    if fallback.is_none() {
        if let Some(d) = stamp_after_headline(page) {
            return Some(d);
        }
    }
    fallback
        .or_else(|| ld.modified.as_deref().and_then(read_date))
        .or_else(|| {
            meta(
                page,
                &["article:modified_time", "og:updated_time", "datemodified"],
            )
            .and_then(read_date)
        })
        .or(header_stamp)
}

/// A visible date line just under the headline ("تم نشره الجمعة 24 نيسان / أبريل 2020",
/// "13 Oct 2020 18:29"). Only near the `<h1>`: a date in the page header is today's date.
fn stamp_after_headline(page: &Page<'_>) -> Option<String> {
    let h1s = page
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.tag, super::dom::Tag::H(1)))
        .map(|(i, _)| i)
        .take(3);
    for h1 in h1s {
        let found = page
            .blocks
            .iter()
            .skip(h1 + 1)
            .take(12)
            .filter(|b| {
                b.chars <= 100
                    && b.text
                        .chars()
                        .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
            })
            .find_map(|b| crate::dates::parse_published(&b.text));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Lowercase words inside Latin-script names ("Ludwig van Beethoven", "Omar al Bashir").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "der", "van", "von", "al", "el", "bin", "ibn", "la", "le", "di", "du",
];

/// Byline prefixes, folded.
const BYLINE_PREFIXES: &[&str] = &[
    "by ",
    "by:",
    "written by ",
    "reporting by ",
    "words by ",
    "story by ",
    "posted by ",
    "بقلم",
    "كتب ",
    "كتبت ",
    "كتب:",
    "كتبت:",
    "تقرير ",
    "اعداد ",
    "اعداد:",
    "حوار ",
    "تحرير ",
    "تحرير:",
    "author:",
    "authors:",
    "الكاتب:",
    "الكاتب ",
];

/// Cleans one byline into names: prefix stripped, split on "and"/commas, no site names, no
/// dates.
pub(crate) fn clean_byline(s: &str, site: Option<&str>, domain: Option<&str>) -> Vec<String> {
    if s.trim().starts_with('(') {
        // "(أبوظبي - البيان)" is a dateline, not a byline.
        return Vec::new();
    }
    let mut t = s
        .split_whitespace()
        .filter(|w| !w.contains("://") && !w.starts_with("www."))
        .collect::<Vec<_>>()
        .join(" ");

    loop {
        let folded = fold_line(&t);
        let Some(p) = BYLINE_PREFIXES.iter().find(|p| folded.starts_with(*p)) else {
            break;
        };
        let n = p.chars().count();
        t = t
            .chars()
            .skip(n)
            .collect::<String>()
            .trim_start_matches([':', ' ', '-', '—'])
            .to_string();
    }
    let mut out = Vec::new();
    for part in t
        .split([',', '،', '&', '|', '/', '\n'])
        .flat_map(|p| p.split(" and "))
    {
        // "Name - City": the place after the dash belongs to the dateline.
        let part = match part.split_once(" - ") {
            Some((name, place)) if place.split_whitespace().count() <= 2 => name,
            _ => part,
        };
        let name = part
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        let words = name.split_whitespace().count();
        if name.is_empty()
            || words > 6
            || name
                .chars()
                .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
            || name.contains('@')
            || name.starts_with("http")
            || is_outlet(&name)
            || is_site_segment(&name, site, domain)
        {
            continue;
        }
        out.push(name);
    }
    out
}

/// A short body line that is only a byline: its names, prefix stripped.
pub(crate) fn byline_line(
    line: &str,
    site: Option<&str>,
    domain: Option<&str>,
) -> Option<Vec<String>> {
    if line.chars().count() > 60 {
        return None;
    }
    let folded = fold_line(line.trim());
    let prefixed = BYLINE_PREFIXES.iter().any(|p| folded.starts_with(p))
        || ["حوار:", "حوار :", "حاوره:", "متابعه:"]
            .iter()
            .any(|p| folded.starts_with(p));
    if !prefixed {
        return None;
    }
    let rest = line.trim().split_once([':', '：']).map_or(line, |(_, r)| r);
    let names = clean_byline(rest, site, domain);
    (!names.is_empty()).then_some(names)
}

/// Words that make a byline an outlet, not a person.
fn is_outlet(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "news",
        "post",
        "times",
        "press",
        "agency",
        "staff",
        "editorial",
        "desk",
        "team",
        "newsroom",
        "associated",
        "نيوز",
        "اخبار",
        "جريده",
        "صحيفه",
        "موقع",
        "بوابه",
        "وكاله",
        "قناه",
        "مجله",
        "المحرر",
        "التحرير",
        "فريق",
    ];
    let folded = fold_line(name);
    folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WORDS.contains(&w))
}

/// Authors from JSON-LD, meta and byline elements.
pub(crate) fn authors(
    page: &Page<'_>,
    ld: &LdInfo,
    site: Option<&str>,
    domain: Option<&str>,
) -> Vec<String> {
    let mut raw: Vec<String> = ld.authors.clone();
    if raw.is_empty() {
        raw.extend(
            [
                "author",
                "article:author",
                "dc.creator",
                "sailthru.author",
                "parsely-author",
                "byl",
            ]
            .iter()
            .filter_map(|k| meta(page, &[k]))
            .filter(|v| !v.starts_with("http"))
            .map(str::to_string)
            .take(1),
        );
    }
    let mut out: Vec<String> = Vec::new();
    let add = |r: &str, out: &mut Vec<String>| {
        for name in clean_byline(r, site, domain) {
            if !out.iter().any(|o| key(o) == key(&name)) {
                out.push(name);
            }
        }
    };
    for r in &raw {
        add(r, &mut out);
    }
    // Metadata that names only the site ("author" = the site's handle) leaves the visible
    // byline to tell the writer.
    if out.is_empty() {
        for c in page
            .captures
            .iter()
            .filter(|c| c.kind == CaptureKind::Byline)
        {
            // "(أبوظبي - البيان)" is a dateline, not a byline; a box whose link goes to a
            // section or tag page names the section ("author_container" > "منوعات").
            let section_link = page.anchors.iter().any(|a| {
                page.contains(c.elem, a.elem) && {
                    let h = a.href.to_ascii_lowercase();
                    ["/category", "/section", "/categories"]
                        .iter()
                        .any(|p| h.contains(p))
                        || is_tag_href(&h)
                }
            });
            if c.text.chars().count() <= 120
                && !c.text.is_empty()
                && !c.text.starts_with('(')
                && !section_link
            {
                // Only names of two to four words (or a wire service, for the dateline), no
                // date words glued on, Latin names capitalized ("X commented on" is no name).
                let names: Vec<String> = clean_byline(&c.text, site, domain)
                    .into_iter()
                    .filter(|n| {
                        let words = n.split_whitespace().count();
                        ((2..=4).contains(&words) || crate::text::dateline::is_known_agency(n))
                            && n.split_whitespace().all(|w| {
                                !crate::dates::months::WEEKDAYS
                                    .iter()
                                    .any(|(d, _)| d.eq_ignore_ascii_case(w))
                                    && (!w.starts_with(|c: char| c.is_ascii_lowercase())
                                        || NAME_PARTICLES.contains(&w))
                            })
                    })
                    .collect();
                for n in names {
                    add(&n, &mut out);
                }
                if !out.is_empty() {
                    break;
                }
            }
        }
    }
    out
}

/// The place a byline names after the writer ("حسام أبو العلا - القاهرة", "Jane Doe - Cairo"):
/// the story's dateline place when the body gives none.
pub(crate) fn byline_place(page: &Page<'_>, ld: &LdInfo) -> Option<String> {
    let mut raw: Vec<&str> = ld.authors.iter().map(String::as_str).collect();
    raw.extend(meta(page, &["author", "article:author"]));
    raw.extend(
        page.captures
            .iter()
            .filter(|c| c.kind == CaptureKind::Byline)
            .map(|c| c.text.as_str())
            .take(3),
    );
    raw.into_iter().find_map(|r| {
        let r = r.trim();
        if r.starts_with('(') || r.chars().count() > 60 || r.contains("://") {
            return None;
        }
        let (name, place) = r.rsplit_once(" - ").or_else(|| r.rsplit_once(" – "))?;
        let place = place.trim();
        let ok = !name.trim().is_empty()
            && !name.contains([',', '،', '|'])
            && (1..=2).contains(&place.split_whitespace().count())
            && place.chars().all(|c| c.is_alphabetic() || c == ' ')
            && !is_outlet(place)
            && !crate::text::dateline::is_known_agency(place);
        ok.then(|| place.to_string())
    })
}

/// Labels of visible tag lists, folded.
const TAG_LABELS: &[&str] = &[
    "الكلمات الدلاليه",
    "كلمات دلاليه",
    "الكلمات الداله",
    "كلمات داله",
    "الكلمات المفتاحيه",
    "كلمات مفتاحيه",
    "الوسوم",
    "وسوم",
    "تاجز",
    "سمات",
    "tags",
    "topics",
    "keywords",
];

/// True when a block is a tag-list label (possibly followed by the tags).
pub(crate) fn tag_label_len(text: &str) -> Option<usize> {
    let folded = fold_line(text);
    TAG_LABELS.iter().find_map(|l| {
        let rest = folded.strip_prefix(l)?;
        let next = rest.chars().next();
        next.is_none_or(|c| c == ':' || c == ' ' || c == '：')
            .then(|| l.chars().count())
    })
}

/// The outermost ancestor-or-self of `idx` carrying `flag`, within 16 levels: tag lists mark
/// both the list and each link (`c-tags` > `c-tags__link`).
fn ancestor_with(page: &Page<'_>, mut idx: u32, flag: u16) -> Option<u32> {
    let mut found = None;
    for _ in 0..16 {
        let Some(e) = page.elems.get(idx as usize) else {
            break;
        };
        if e.hint & flag != 0 {
            found = Some(idx);
        }
        if e.parent == NONE {
            break;
        }
        idx = e.parent;
    }
    found
}

/// Whether a link points at a tag page (`/tag/x`, `/tags/x`, `/keyword/x`, `?tag=`).
fn is_tag_href(href: &str) -> bool {
    let h = href.to_ascii_lowercase();
    [
        "/tag/",
        "/tags/",
        "/keyword",
        "/topic/",
        "/topics/",
        "tag=",
        "/hashtag/",
        "/t/",
    ]
    .iter()
    .any(|p| h.contains(p))
}

/// True when a `<meta>` keyword list is the site's generic list or the headline cut into
/// words, not the article's tags.
fn generic_keywords(
    list: &[String],
    title: Option<&str>,
    site: Option<&str>,
    domain: Option<&str>,
) -> bool {
    if list.is_empty() || list.len() > 25 {
        return true;
    }
    let joined = key(&list.concat());
    if title.is_some_and(|t| key(t) == joined) && list.len() > 2 {
        return true;
    }
    let single_slug = list.len() == 1
        && list
            .first()
            .is_some_and(|k| k.contains('-') && !k.contains(' '));
    let tiny = list.iter().all(|k| k.chars().count() <= 3);
    let machine = list.iter().filter(|k| k.contains(['/', '_', '='])).count() * 2 > list.len();
    let names_site = list
        .iter()
        .any(|k| is_site_segment(k, site, domain) && k.chars().count() >= 3);
    single_slug || tiny || names_site || machine
}

/// Keywords: visible tag lists first, then `article:tag`, `news_keywords`, `keywords`, JSON-LD.
pub(crate) fn keywords(
    page: &Page<'_>,
    ld: &LdInfo,
    title: Option<&str>,
    site: Option<&str>,
    domain: Option<&str>,
) -> Vec<String> {
    // Anchors grouped by the tag-list element or the element a tag label heads; the group
    // with the most tag-page links wins.
    // (the element a label heads, the label's own element): tags follow their label.
    let mut label_parents: Vec<(u32, u32)> = Vec::new();
    for b in &page.blocks {
        if b.chars <= 300 && tag_label_len(&b.text).is_some() {
            if let Some(e) = page.elems.get(b.owner as usize) {
                let p = if b.link_chars == 0 { e.parent } else { b.owner };
                if page.elems.get(p as usize).is_some_and(|pe| pe.chars <= 600) {
                    label_parents.push((p, b.owner));
                }
            }
        }
    }
    let mut groups: Vec<(u32, usize, Vec<String>)> = Vec::new();
    for a in &page.anchors {
        let t = a.text.trim();
        if t.is_empty() || t.chars().count() > 60 || tag_label_len(t).is_some() {
            continue;
        }
        let group = label_parents
            .iter()
            .copied()
            .find(|&(p, label)| page.contains(p, a.elem) && a.elem >= label)
            .map(|(p, _)| p)
            .or_else(|| ancestor_with(page, a.elem, boiler::TAGS));
        let Some(g) = group else {
            continue;
        };
        let tagged = usize::from(is_tag_href(&a.href));
        let text = t.trim_start_matches('#').to_string();
        match groups.iter_mut().find(|x| x.0 == g) {
            Some(x) => {
                x.1 += tagged;
                x.2.push(text);
            }
            None => groups.push((g, tagged, vec![text])),
        }
    }
    let mut out: Vec<String> = groups
        .into_iter()
        .filter(|g| g.2.len() <= 30)
        .max_by_key(|g| (g.1, std::cmp::Reverse(g.0)))
        .map(|g| g.2)
        .unwrap_or_default();
    if out.is_empty() {
        out.extend(all_meta(page, "article:tag").flat_map(split_list));
    }
    if out.is_empty() {
        for k in ["news_keywords", "keywords"] {
            let list = meta(page, &[k]).map(split_list).unwrap_or_default();
            if !generic_keywords(&list, title, site, domain) {
                out = list;
                break;
            }
        }
    }
    if out.is_empty() && !generic_keywords(&ld.keywords, title, site, domain) {
        out = ld.keywords.clone();
    }
    let mut dedup: Vec<String> = Vec::new();
    for k in out {
        let k = crate::text::normalize::display(&k);
        if !k.is_empty() && k.chars().count() <= 60 && !dedup.iter().any(|d| key(d) == key(&k)) {
            dedup.push(k);
        }
    }
    dedup.truncate(30);
    dedup
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_keeps_the_offset() {
        assert_eq!(
            iso("2020-08-24T14:05:00+02:00").as_deref(),
            Some("2020-08-24T14:05:00+02:00")
        );
        assert_eq!(
            iso("2020-08-24T14:05+0300").as_deref(),
            Some("2020-08-24T14:05:00+03:00")
        );
        assert_eq!(
            iso("2020-08-24T14:05:07.123Z").as_deref(),
            Some("2020-08-24T14:05:07Z")
        );
        assert_eq!(iso("2020-08-24 14:05:07").as_deref(), Some("2020-08-24"));
        assert_eq!(iso("2020-08-24").as_deref(), Some("2020-08-24"));
        assert_eq!(iso("24/08/2020"), None);
    }

    #[test]
    fn site_suffix_is_stripped() {
        assert_eq!(
            strip_site(
                "وزير الري يشهد توقيع عقد - اليوم السابع",
                Some("اليوم السابع"),
                None
            ),
            "وزير الري يشهد توقيع عقد"
        );
        assert_eq!(
            strip_site(
                "Markets rally on rate hopes | Reuters",
                Some("Reuters"),
                None
            ),
            "Markets rally on rate hopes"
        );
        assert_eq!(
            strip_site(
                "Example News - Markets rally - again",
                Some("Example News"),
                None
            ),
            "Markets rally - again"
        );
        assert_eq!(
            strip_site("Markets rally | example.com", None, None),
            "Markets rally"
        );
    }

    #[test]
    fn latin_brand_after_a_non_latin_headline_is_dropped() {
        assert_eq!(
            strip_foreign_tail("الوزير يفتتح المعرض - Daily Example"),
            "الوزير يفتتح المعرض"
        );
        assert_eq!(
            strip_foreign_tail("Markets rally - again"),
            "Markets rally - again"
        );
    }

    #[test]
    fn byline_prefix_is_stripped() {
        assert_eq!(clean_byline("بقلم: أحمد علي", None, None), ["أحمد علي"]);
        assert_eq!(clean_byline("كتب محمد حسن", None, None), ["محمد حسن"]);
        assert_eq!(
            clean_byline("By Jane Doe and John Roe", None, None),
            ["Jane Doe", "John Roe"]
        );
        assert!(clean_byline("Reuters", Some("Reuters"), None).is_empty());
    }
}
