//! The layout of plain-text article dumps: headline, date line, dateline, related block,
//! body, source, keywords and appended articles.
//!
//! A dump is read line by line (a line is a paragraph) in three phases:
//! 1. **Head**: the first line is the headline (a section prefix such as `عام /` dropped);
//!    then date lines (`تاريخ النشر:`), datelines (`موسكو (وكالات)`, the Saudi Press Agency's
//!    `المدينة المنورة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`), bylines (`بقلم`, `كتب`,
//!    `By`, `الاسم – المدينة`).
//! 2. **Body**: paragraphs, with a dateline or dashed credit (`سبق- متابعة:`) stripped from the
//!    first one, and a related block (`أخبار ذات صلة ... تابع التغطية كاملة`) cut out of the
//!    paragraph it is glued to.
//! 3. **Trailer**: from the first trailer label on (`المصدر:`, `كلمات دلالية:`, `// انتهى //`,
//!    `رابط الخبر بصحيفة ...:`), lines are metadata or boilerplate; `إقرأ أيضاً:` starts an
//!    appended article (title line, then paragraphs).
//!
//! TREC-style corpus records (`<DOC><TITLE>...<TEXT>...</DOC>`) are read from their fields.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::{Appended, Article, Body, Dateline, Related};
use crate::text::dateline;
use crate::text::evidence::Evidence;
use crate::text::markup;
use crate::text::normalize::{
    char_slice, display, search_key, search_key_mapped, word_key, Normalized,
};
use crate::text::segment;

const DATE_LABELS: &[&str] = &[
    "تاريخ النشر",
    "نشر في",
    "نشر بتاريخ",
    "تاريخ الخبر",
    "تاريخ",
    "published on",
    "published",
    "date",
];
/// "Last updated" stamps: used only when no publication date is given.
const UPDATE_LABELS: &[&str] = &[
    "آخر تحديث",
    "اخر تحديث",
    "تم التحديث",
    "تاريخ التحديث",
    "updated on",
    "updated",
    "last updated",
];
const SOURCE_LABELS: &[&str] = &["المصدر", "مصدر الخبر", "source"];
const KEYWORD_LABELS: &[&str] = &[
    "كلمات دلالية",
    "الكلمات الدالة",
    "الكلمات الدلالية",
    "كلمات دالة",
    "كلمات مفتاحية",
    "الكلمات المفتاحية",
    "الوسوم",
    "وسوم",
    "تاجز",
    "سمات",
    "tags",
    "keywords",
    "topics",
];
const READ_ALSO: &[&str] = &[
    "اقرأ أيضا",
    "اقرأ كذلك",
    "اقرأ المزيد",
    "طالع أيضا",
    "شاهد أيضا",
    "read also",
    "read more",
    "see also",
];
const RELATED_START: &[&str] = &[
    "أخبار ذات صلة",
    "أخبار متعلقة",
    "مواضيع ذات صلة",
    "موضوعات ذات صلة",
    "مقالات ذات صلة",
    "related articles",
    "related stories",
    "related",
];
const COVERAGE_END: &[&str] = &["تابع التغطية كاملة", "تابع التغطية الكاملة"];
/// Headline lists of the page around the story (their lines go to `related`).
const LIST_LABELS: &[&str] = &[
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "الأكثر تداولا",
    "الأكثر تعليقا",
    "آخر الأخبار",
    "أخبار أخرى",
    "اخترنا لك",
    "قد يعجبك أيضا",
    "most read",
    "most popular",
    "more stories",
    "you may also like",
    "trending",
];
/// Lines that are page furniture, dropped wherever they stand.
const FURNITURE: &[&str] = &[
    "شارك",
    "شارك الخبر",
    "شارك هذا الخبر",
    "شارك المقال",
    "مشاركة",
    "طباعة",
    "تعليقات",
    "التعليقات",
    "أضف تعليق",
    "إعلان",
    "اعلان",
    "share",
    "share this",
    "share this article",
    "print",
    "comments",
    "advertisement",
    "story continues below advertisement",
    "continue reading",
];
const BYLINE_LABELS: &[&str] = &["بقلم", "كتب", "كتبت", "إعداد", "تقرير", "by", "written by"];

/// Reads a text dump as an article. `language`/`direction` are filled by the caller.
pub fn extract(text: &str) -> Article {
    if let Some(a) = extract_trec(text) {
        return a;
    }
    let cleaned = display(&markup::clean(text));
    let lines: Vec<&str> = cleaned
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    Layout::default().read(&lines)
}

/// What the reader is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Body,
    Trailer,
    Appended,
}

#[derive(Default)]
struct Layout {
    title: Option<String>,
    authors: Vec<String>,
    /// A site name cut from the headline, the source of last resort.
    site: Option<String>,
    date_text: Option<String>,
    updated_text: Option<String>,
    time_text: Option<String>,
    dateline: Option<Dateline>,
    source: Option<String>,
    keyword_text: Vec<String>,
    body: Vec<String>,
    /// Headline runs: (text, ends with a "full coverage" topic label).
    related_runs: Vec<(String, bool)>,
    related: Vec<String>,
    appended: Vec<(Option<String>, Vec<String>)>,
}

impl Layout {
    fn read(mut self, lines: &[&str]) -> Article {
        let mut i = 0;
        if let Some(first) = lines.first() {
            // A headline is short; a long first line is already the story.
            if !is_label_line(first) && word_count(first) <= 30 {
                let (title, site) = split_site_suffix(&strip_section(first));
                self.title = Some(title);
                self.site = site;
                i = 1;
            }
        }
        i = self.head(lines, i);
        self.rest(lines, i);
        self.finish()
    }

    /// Date lines, datelines and bylines between the headline and the body.
    fn head(&mut self, lines: &[&str], mut i: usize) -> usize {
        while let Some(line) = lines.get(i) {
            // Some dumps repeat the headline.
            if self.title.as_deref() == Some(*line) {
                i += 1;
                continue;
            }
            if let Some(rest) = after_label(line, UPDATE_LABELS, true) {
                if crate::dates::parse_published(&rest).is_some() {
                    self.updated_text.get_or_insert(rest);
                    i += 1;
                    continue;
                }
            }
            if let Some(rest) = after_label(line, DATE_LABELS, true) {
                if crate::dates::parse_published(&rest).is_some() {
                    self.date_text.get_or_insert(rest);
                    i += 1;
                    continue;
                }
            }
            if let Some(p) = dateline::parse_full(line) {
                if p.consumed >= line.chars().count() {
                    self.dateline.get_or_insert(p.dateline);
                    self.authors.extend(p.author);
                    if self.date_text.is_none() && crate::dates::parse_published(line).is_some() {
                        self.date_text = Some(line.to_string());
                    }
                    i += 1;
                    continue;
                }
            }
            if let Some(rest) = after_label(line, BYLINE_LABELS, false) {
                let rest = rest.trim_start_matches([':', '：']).trim();
                let names = split_names(rest);
                if !names.is_empty() && names.iter().all(|n| is_name_like(n)) {
                    self.authors.extend(names);
                    i += 1;
                    continue;
                }
            }
            if let Some((who, place)) = byline_with_place(line) {
                // A desk credit names the outlet ("الوطن نيوز – جدة"), a byline a writer.
                let outlet = is_outlet_name(&who);
                if !outlet {
                    self.authors.push(who.clone());
                }
                if self.dateline.is_none() {
                    self.dateline = Some(Dateline {
                        place: Some(place),
                        agency: outlet.then_some(who),
                    });
                }
                i += 1;
                continue;
            }
            if word_count(line) <= 8
                && is_date_only(line)
                && crate::dates::parse_published(line).is_some()
            {
                self.date_text.get_or_insert(line.to_string());
                i += 1;
                continue;
            }
            break;
        }
        i
    }

    fn rest(&mut self, lines: &[&str], mut i: usize) {
        let mut phase = Phase::Body;
        while let Some(&line) = lines.get(i) {
            i += 1;
            if is_furniture(line) {
                continue;
            }
            // A label alone on its line, then headlines one per line.
            let list = after_label(line, RELATED_START, false)
                .or_else(|| after_label(line, LIST_LABELS, false))
                .filter(|rest| rest.trim_start_matches(':').trim().is_empty());
            if list.is_some() {
                while let Some(&next) = lines.get(i) {
                    if !is_headline_like(next) || is_label_line(next) {
                        break;
                    }
                    self.related.push(next.to_string());
                    i += 1;
                }
                continue;
            }
            // Labels that start an appended article or a trailer, in any phase.
            if let Some(rest) = after_label(line, READ_ALSO, true) {
                let rest = rest.trim().to_string();
                if rest.is_empty() {
                    self.appended.push((None, Vec::new()));
                    phase = Phase::Appended;
                } else if phase != Phase::Body && lines.get(i).is_some() {
                    self.appended.push((Some(rest), Vec::new()));
                    phase = Phase::Appended;
                } else {
                    self.related.push(rest);
                }
                continue;
            }
            // Metadata lines before any paragraph are part of the head, not a trailer.
            let after_body = if self.body.is_empty() {
                Phase::Body
            } else {
                Phase::Trailer
            };
            if let Some(rest) = after_label(line, SOURCE_LABELS, true) {
                if phase != Phase::Appended && word_count(&rest) <= 8 && !rest.is_empty() {
                    self.source.get_or_insert(rest);
                    phase = after_body;
                    continue;
                }
                if phase == Phase::Appended {
                    continue;
                }
            }
            // One-word labels (سمات، وسوم، Tags) need a colon or a short list of words after
            // them, so a sentence that starts with the same word stays in the body.
            let tags = after_label(line, KEYWORD_LABELS, true).or_else(|| {
                after_label(line, KEYWORD_LABELS, false).filter(|rest| {
                    let label_words = word_count(line) - word_count(rest);
                    label_words >= 2
                        || (word_count(rest) <= 15
                            && !ends_sentence(rest)
                            && !rest.contains(['،', ',']))
                })
            });
            if let Some(rest) = tags {
                if phase != Phase::Appended {
                    if rest.is_empty() {
                        // Tags one per line after the label.
                        while let Some(&next) = lines.get(i) {
                            if word_count(next) > 4 || is_label_line(next) || ends_sentence(next) {
                                break;
                            }
                            self.keyword_text.push(next.to_string());
                            i += 1;
                        }
                    } else {
                        self.keyword_text.push(rest);
                    }
                    phase = after_body;
                }
                continue;
            }
            if is_end_marker(line) {
                if phase == Phase::Body {
                    phase = Phase::Trailer;
                }
                continue;
            }
            // "(بترا)", "--(رويترز)" closing the story: the wire that wrote it.
            if phase == Phase::Body && !self.body.is_empty() {
                if let Some(credit) = dateline::end_credit(line) {
                    if let Some(agency) = credit {
                        match self.dateline.as_mut() {
                            Some(d) if d.agency.is_none() => d.agency = Some(agency),
                            Some(_) => {}
                            None => {
                                self.dateline = Some(Dateline {
                                    place: None,
                                    agency: Some(agency),
                                })
                            }
                        }
                    }
                    phase = Phase::Trailer;
                    continue;
                }
            }
            if phase == Phase::Body && is_credit_line(line) {
                continue;
            }
            if let Some(src) = link_credit(line) {
                self.source.get_or_insert(src);
                phase = after_body;
                continue;
            }
            if phase == Phase::Trailer && self.time_text.is_none() && is_time_line(line) {
                self.time_text = Some(line.to_string());
                continue;
            }
            match phase {
                Phase::Body => self.body_line(line),
                Phase::Trailer => {}
                Phase::Appended => {
                    if let Some((title, paras)) = self.appended.last_mut() {
                        if title.is_none() {
                            *title = Some(line.to_string());
                        } else {
                            paras.push(line.to_string());
                        }
                    }
                }
            }
        }
    }

    /// A body line: cut out a related block, strip a dateline from the first paragraph, and
    /// split off a tag list glued to the end (`... بوسط أبها. سمات ابها عبايات`).
    fn body_line(&mut self, line: &str) {
        let mut text = line.to_string();
        if let Some((run, coverage, rest)) = related_block(&text) {
            self.related_runs.push((run, coverage));
            text = rest;
            if text.trim().is_empty() {
                return;
            }
        }
        if self.body.is_empty() {
            if let Some(p) = dateline::parse_full(&text) {
                let rest: String = text.chars().skip(p.consumed).collect();
                if self.dateline.is_none() || !rest.trim().is_empty() {
                    if self.dateline.is_none()
                        || self.dateline.as_ref().is_some_and(|d| d.agency.is_none())
                    {
                        self.dateline = Some(p.dateline);
                    }
                    self.authors.extend(p.author);
                    text = rest;
                }
            }
        }
        if let Some((before, tags)) = glued_tags(&text) {
            self.keyword_text.push(tags);
            text = before;
        }
        let text = text.trim();
        if !text.is_empty() {
            self.body.push(text.to_string());
        }
    }

    fn finish(mut self) -> Article {
        // A dump of one short line: that line is the text, not a headline over nothing.
        if self.body.is_empty() && self.appended.is_empty() && self.related_runs.is_empty() {
            if let Some(t) = self.title.take() {
                self.body.push(t);
            }
        }
        let mut texts: Vec<&str> = Vec::new();
        texts.extend(self.title.as_deref());
        texts.extend(self.body.iter().map(String::as_str));
        texts.extend(self.related_runs.iter().map(|(r, _)| r.as_str()));
        texts.extend(self.related.iter().map(String::as_str));
        for (t, paras) in &self.appended {
            texts.extend(t.as_deref());
            texts.extend(paras.iter().map(String::as_str));
        }
        // The evidence index is only needed to segment keyword lists and headline runs.
        let ev = if self.keyword_text.is_empty() && self.related_runs.is_empty() {
            Evidence::default()
        } else {
            Evidence::new(texts)
        };
        let mut keywords: Vec<String> = Vec::new();
        for k in &self.keyword_text {
            for kw in segment::keywords(k, &ev) {
                if !keywords.iter().any(|x| search_key(x) == search_key(&kw)) {
                    keywords.push(kw);
                }
            }
        }
        let mut related: Vec<Related> = Vec::new();
        for (run, coverage) in std::mem::take(&mut self.related_runs) {
            let (heads, _label) = segment::headlines(&run, &keywords, coverage);
            related.extend(heads.into_iter().map(|title| Related { title, url: None }));
        }
        related.extend(
            self.related
                .drain(..)
                .map(|title| Related { title, url: None }),
        );
        let date_text = self.date_text.take().or(self.updated_text.take());
        let published_at = date_text.as_deref().and_then(|d| {
            let with_time = self.time_text.as_deref().map(|t| format!("{d} {t}"));
            with_time
                .as_deref()
                .and_then(crate::dates::parse_published)
                .filter(|v| v.len() > 10)
                .or_else(|| crate::dates::parse_published(d))
        });
        let appended = self
            .appended
            .into_iter()
            .filter(|(t, p)| t.is_some() || !p.is_empty())
            .map(|(title, paras)| Appended {
                title,
                body: Body::from_paragraphs(paras),
            })
            .collect();
        // Without a source line, an agency or outlet credited in the dateline is the source
        // (واس, سبق); the generic "وكالات" (agencies) names none.
        let source = self
            .source
            .or_else(|| {
                self.dateline
                    .as_ref()
                    .and_then(|d| d.agency.clone())
                    .filter(|a| search_key(a) != "وكالات")
            })
            .or(self.site);
        Article {
            title: self.title,
            authors: dedup(self.authors),
            published_at,
            dateline: self.dateline,
            source,
            keywords,
            body: Body::from_paragraphs(self.body),
            related,
            appended,
            ..Article::default()
        }
    }
}

fn dedup(v: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in v {
        let s = s.trim().to_string();
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['.', '!', '?', '؟', '"', '»', '”', ':'])
}

/// If `line` starts with one of `labels` (compared by search key, on a word boundary),
/// the text after it and an optional colon. With `need_colon`, a colon must follow (so a
/// sentence that starts with the same word is not taken for a label).
fn after_label(line: &str, labels: &[&'static str], need_colon: bool) -> Option<String> {
    // Labels are short: the key of the line's start is enough, and it is computed once per
    // line however many label lists are tried.
    thread_local! {
        static LAST: std::cell::RefCell<Option<(String, Normalized)>> =
            const { std::cell::RefCell::new(None) };
    }
    let prefix = char_slice(line, 0, 64);
    let n = LAST.with(|last| {
        let mut last = last.borrow_mut();
        match last.as_ref() {
            Some((p, n)) if p == prefix => n.clone(),
            _ => {
                let n = search_key_mapped(prefix);
                *last = Some((prefix.to_string(), n.clone()));
                n
            }
        }
    });
    let key = n.text.as_str();
    for label in labels {
        let lk = label_key(label);
        let Some(after) = key.strip_prefix(lk) else {
            continue;
        };
        let trimmed = after.trim_start();
        let boundary = after.is_empty()
            || after.starts_with(|c: char| c.is_whitespace() || c == ':' || c == '：');
        if !boundary {
            continue;
        }
        let has_colon = trimmed.starts_with(':');
        if need_colon && !has_colon {
            continue;
        }
        let label_chars = lk.chars().count() + (after.chars().count() - trimmed.chars().count());
        let skip = label_chars + usize::from(has_colon);
        let orig_from = n.to_original(skip);
        let rest: String = line.chars().skip(orig_from).collect();
        return Some(rest.trim().to_string());
    }
    None
}

/// The search key of a label, computed once for all label lists.
fn label_key(label: &'static str) -> &'static str {
    static KEYS: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        [
            DATE_LABELS,
            UPDATE_LABELS,
            SOURCE_LABELS,
            KEYWORD_LABELS,
            READ_ALSO,
            RELATED_START,
            COVERAGE_END,
            BYLINE_LABELS,
            LIST_LABELS,
            FURNITURE,
        ]
        .iter()
        .flat_map(|l| l.iter())
        .map(|&l| (l, search_key(l)))
        .collect()
    });
    keys.get(label).map_or(label, String::as_str)
}

fn is_label_line(line: &str) -> bool {
    after_label(line, SOURCE_LABELS, true).is_some()
        || after_label(line, KEYWORD_LABELS, true).is_some()
        || after_label(line, READ_ALSO, true).is_some()
        || after_label(line, DATE_LABELS, true).is_some()
}

/// `عام / ...`, `اقتصادي / ...`: a one- or two-word section name before a slash.
fn strip_section(title: &str) -> String {
    if let Some((head, rest)) = title.split_once(" / ") {
        if (1..=2).contains(&word_count(head))
            && word_count(rest) >= 3
            && !head.chars().any(|c| c.is_ascii_digit())
        {
            return rest.trim().to_string();
        }
    }
    title.trim().to_string()
}

/// `العنوان - اليوم السابع`, `Headline | Reuters`: a site name after the headline. Returns the
/// headline and the site.
fn split_site_suffix(title: &str) -> (String, Option<String>) {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, site)) = title.rsplit_once(sep) {
            let site = site.trim();
            if word_count(head) >= 3
                && (1..=4).contains(&word_count(site))
                && (is_outlet_name(site) || dateline::is_known_agency(site))
            {
                return (head.trim().to_string(), Some(site.to_string()));
            }
        }
    }
    (title.to_string(), None)
}

/// Words that make a credit an outlet's rather than a person's: صحيفة، موقع، نيوز، اليوم...
fn is_outlet_name(s: &str) -> bool {
    const OUTLET_WORDS: &[&str] = &[
        "صحيفه",
        "جريده",
        "مجله",
        "موقع",
        "بوابه",
        "وكاله",
        "قناه",
        "اذاعه",
        "تلفزيون",
        "نيوز",
        "اليوم",
        "الان",
        "الخبر",
        "الاخبار",
        "news",
        "times",
        "post",
        "press",
        "daily",
        "today",
    ];
    dateline::is_known_agency(s)
        || s.split_whitespace()
            .any(|w| OUTLET_WORDS.contains(&word_key(w).as_str()))
}

/// Page furniture: share bars, comment counters, ad labels, on a line of their own.
fn is_furniture(line: &str) -> bool {
    if word_count(line) > 5 {
        return false;
    }
    let k = search_key(line);
    let k = k.trim_end_matches([':', '.', '!']).trim();
    FURNITURE.iter().any(|f| label_key(f) == k)
}

/// A headline in a list: three to twenty words, no sentence end.
fn is_headline_like(line: &str) -> bool {
    (3..=20).contains(&word_count(line)) && !line.trim_end().ends_with(['.', ':', '؛'])
}

/// A person's or desk's name: one to five words, no sentence punctuation.
/// "Jane Doe and John Roe", "سامي يوسف و ليلى حسن", "أ، ب": several writers in one byline. A
/// conjunction glued to a name is left alone: و starts many names (وليد، وائل).
fn split_names(s: &str) -> Vec<String> {
    s.split([',', '،', '&'])
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" و "))
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

fn is_name_like(s: &str) -> bool {
    let n = word_count(s);
    (1..=5).contains(&n) && !s.contains(['.', '،', ',', '؛', '!', '?', '؟', '"', '«'])
}

/// `عبدالله السالم – الرياض`: a short writer (or desk) and a place, on a line of their own.
fn byline_with_place(line: &str) -> Option<(String, String)> {
    let (who, place) = line
        .split_once(" – ")
        .or_else(|| line.split_once(" - "))
        .or_else(|| line.split_once(" — "))?;
    let (who, place) = (who.trim(), place.trim());
    let ok = |s: &str, max: usize| {
        (1..=max).contains(&word_count(s))
            && s.chars().all(|c| {
                c.is_alphabetic() || c.is_whitespace() || crate::text::normalize::is_arabic_mark(c)
            })
    };
    (ok(who, 3) && ok(place, 2) && word_count(who) >= 2)
        .then(|| (who.to_string(), place.to_string()))
}

/// A line that is only a date (a stamp), not a sentence that mentions one.
fn is_date_only(line: &str) -> bool {
    let spans = crate::dates::find(line);
    let covered: usize = spans.iter().map(|d| d.end - d.start).sum();
    let letters = line.chars().filter(|c| !c.is_whitespace()).count();
    word_count(line) <= 8 && covered * 2 >= letters
}

/// `// انتهى //`, `(انتهى)`, `-انتهى-`: the end of an agency story.
fn is_end_marker(line: &str) -> bool {
    if line.chars().count() > 40 {
        return false;
    }
    let k = search_key(line);
    let core: String = k.chars().filter(|c| c.is_alphabetic()).collect();
    matches!(core.as_str(), "انتهي" | "انتهيالخبر" | "ends" | "end")
}

/// `20:45 ت م`, `13:38 GMT`: a transmission time after the end marker.
fn is_time_line(line: &str) -> bool {
    let t = line.trim();
    word_count(t) <= 4
        && t.chars()
            .next()
            .is_some_and(|c| crate::text::normalize::digit_value(c).is_some())
        && t.contains(':')
}

/// `(Reporting by X; Editing by Y)`, `(إعداد: فلان)`, `تحرير: فلان`: a production credit, not
/// story text.
fn is_credit_line(line: &str) -> bool {
    let t = line.trim();
    let inner = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t);
    if word_count(t) > 25 {
        return false;
    }
    let k = search_key(char_slice(inner, 0, 40));
    let wrapped = inner.len() != t.len();
    let heads = [
        "reporting by",
        "writing by",
        "editing by",
        "additional reporting by",
        "compiled by",
        "تحرير",
        "اعداد",
        "ترجمه",
        "شارك في التغطيه",
        "تغطيه صحفيه",
    ];
    word_count(t) <= 25
        && heads.iter().any(|h| k.starts_with(h))
        && (wrapped || k.contains(':') || k.starts_with("reporting") || k.starts_with("writing"))
}

/// `رابط الخبر بصحيفة الوئام: العنوان`: the outlet's link credit; its name is the source.
fn link_credit(line: &str) -> Option<String> {
    let k = search_key(char_slice(line, 0, 16));
    if !k.starts_with("رابط الخبر") {
        return None;
    }
    let (head, _) = line.split_once(':')?;
    let name = head
        .split_whitespace()
        .skip(2)
        .collect::<Vec<_>>()
        .join(" ");
    let name = name.strip_prefix('ب').map(str::to_string).unwrap_or(name);
    (!name.is_empty()).then_some(name)
}

/// A tag list glued after the last sentence of a paragraph: `... بوسط أبها. سمات ابها عسير`.
fn glued_tags(text: &str) -> Option<(String, String)> {
    for label in [
        "سمات",
        "الوسوم",
        "تاجز",
        "كلمات دلالية",
        "الكلمات الدلالية",
        "الكلمات الدالة",
    ] {
        for sep in [". ", "؟ ", "! ", "» ", "\" "] {
            let pat = format!("{sep}{label} ");
            if let Some(pos) = text.rfind(&pat) {
                let before = text.get(..pos + sep.trim_end().len())?.to_string();
                let tags = text.get(pos + pat.len()..)?.trim().to_string();
                if !tags.is_empty()
                    && word_count(&tags) <= 25
                    && !ends_sentence(&tags)
                    && (label != "سمات" || !tags.contains(['،', ',']))
                {
                    return Some((before, tags));
                }
            }
        }
    }
    None
}

/// A related block at the start of a paragraph: `أخبار ذات صلة <headlines> [تابع التغطية
/// كاملة]<body...>`. Returns the headline run, whether it ended with a "full coverage" label
/// (so its last words name the topic), and the rest of the paragraph (the body glued to the
/// label, as in `كاملةذكرت`).
fn related_block(text: &str) -> Option<(String, bool, String)> {
    let run_from = after_label(text, RELATED_START, false)?;
    let n = search_key_mapped(&run_from);
    for end in COVERAGE_END {
        let ek = search_key(end);
        if let Some(byte) = n.text.find(&ek) {
            let start_chars = n.text.get(..byte).map_or(0, |s| s.chars().count());
            let end_chars = start_chars + ek.chars().count();
            let run: String = run_from.chars().take(n.to_original(start_chars)).collect();
            let rest: String = run_from
                .chars()
                .skip(n.to_original_end(end_chars))
                .collect();
            return Some((run.trim().to_string(), true, rest.trim().to_string()));
        }
    }
    // Without the closing label, only an explicit "label:" line is a block of headlines
    // ("Related experiments showed..." is a sentence).
    let run = after_label(text, RELATED_START, true)?;
    Some((run.trim().to_string(), false, String::new()))
}

// ---------------------------------------------------------------------------------------------
// TREC-style records

/// True when `text` is a TREC-style corpus record (`<DOC>...<TEXT>...</TEXT>...</DOC>`): plain
/// text in angle-bracket fields, to be read by [`extract`] rather than as HTML.
pub fn is_corpus_record(text: &str) -> bool {
    let t = text.trim_start_matches('\u{FEFF}').trim_start();
    t.starts_with("<DOC>") && t.contains("<TEXT>") && !t.contains("<html") && !t.contains("<body")
}

fn field<'a>(doc: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = doc.find(&open)? + open.len();
    let len = doc.get(start..)?.find(&close)?;
    doc.get(start..start + len).map(str::trim)
}

/// `<DOC><DOCNO>..</DOCNO><URL>..<TITLE>..<TIME>..<AUTHOR>..<ABSTRACT>..<TEXT>..</DOC>`.
fn extract_trec(text: &str) -> Option<Article> {
    if !is_corpus_record(text) {
        return None;
    }
    let t = text.trim_start_matches('\u{FEFF}').trim_start();
    let body_raw = field(t, "TEXT")?;
    let clean = |s: &str| display(&markup::clean(s));
    let title = field(t, "TITLE").map(clean).filter(|s| !s.is_empty());
    let published_at = field(t, "TIME").and_then(crate::dates::parse_published);
    let mut layout = Layout {
        title,
        ..Layout::default()
    };
    let mut outlet_author = None;
    if let Some(author) = field(t, "AUTHOR").map(clean).filter(|s| !s.is_empty()) {
        match author
            .split_once(" - ")
            .or_else(|| author.split_once(" – "))
        {
            Some((place, agency)) => {
                layout.dateline = Some(Dateline {
                    place: Some(place.trim().to_string()),
                    agency: Some(agency.trim().to_string()),
                });
            }
            None if dateline::is_known_agency(&author) => {
                layout.dateline = Some(Dateline {
                    place: None,
                    agency: Some(author),
                });
            }
            // "فرانس 24": a name with digits or an outlet word is the outlet, not a writer.
            None if is_outlet_name(&author)
                || author
                    .chars()
                    .any(|c| crate::text::normalize::digit_value(c).is_some()) =>
            {
                outlet_author = Some(author);
            }
            None => layout.authors.push(author),
        }
    }
    let body = clean(body_raw);
    let lines: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let header_dateline = layout.dateline.take();
    layout.rest(&lines, 0);
    if layout.dateline.is_none() {
        layout.dateline = header_dateline;
    }
    let site = field(t, "URL").and_then(host);
    let explicit_source = layout.source.is_some();
    let mut a = layout.finish();
    a.published_at = published_at.or(a.published_at);
    if !explicit_source {
        a.source = record_outlet(
            outlet_author,
            a.dateline.as_ref(),
            field(t, "SRC").map(str::trim),
            site.as_deref(),
        )
        .or(site)
        .or(a.source);
    }
    Some(a)
}

/// The outlet of a corpus record, as a reader names it rather than by its host: the
/// outlet given as the author (`فرانس 24`), an outlet credited in the dateline that is no wire
/// service (`أبوظبي - سكاي نيوز عربية`), a wire-style credit that is the site itself (`(CNN)` on
/// `arabic.cnn.com`), or a `<SRC>` written as a name (`BBC`, not `skynews`).
fn record_outlet(
    author: Option<String>,
    dateline: Option<&Dateline>,
    src: Option<&str>,
    host: Option<&str>,
) -> Option<String> {
    if author.is_some() {
        return author;
    }
    let host_key: String = host
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    if let Some(agency) = dateline.and_then(|d| d.agency.as_deref()) {
        let k: String = agency
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let own_site = k.len() >= 3 && host_key.contains(&k);
        if own_site || (!dateline::is_known_agency(agency) && search_key(agency) != "وكالات")
        {
            return Some(agency.to_string());
        }
    }
    src.filter(|s| {
        let letters = s.chars().filter(|c| c.is_alphabetic()).count();
        (2..=6).contains(&letters) && s.chars().all(|c| c.is_ascii_uppercase())
    })
    .map(str::to_string)
}

/// `https://www.alarabiya.net/ar/...` → `alarabiya.net`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.trim();
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty() && host.contains('.')).then(|| host.to_lowercase())
}

#[cfg(test)]
mod tests;
