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

use crate::model::{Appended, Article, Body, Dateline, Related};
use crate::text::dateline;
use crate::text::evidence::Evidence;
use crate::text::markup;
use crate::text::normalize::{display, search_key, search_key_mapped};
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
const BYLINE_LABELS: &[&str] = &["بقلم", "كتب", "كتبت", "إعداد", "تقرير", "by"];

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
    date_text: Option<String>,
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
            if !is_label_line(first) {
                self.title = Some(strip_section(first));
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
                if is_name_like(&rest) {
                    self.authors.push(rest);
                    i += 1;
                    continue;
                }
            }
            if let Some((who, place)) = byline_with_place(line) {
                self.authors.push(who);
                if self.dateline.is_none() {
                    self.dateline = Some(Dateline {
                        place: Some(place),
                        agency: None,
                    });
                }
                i += 1;
                continue;
            }
            if crate::dates::parse_published(line).is_some() && is_date_only(line) {
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
            if let Some(rest) = after_label(line, SOURCE_LABELS, true) {
                if phase != Phase::Appended && word_count(&rest) <= 8 && !rest.is_empty() {
                    self.source.get_or_insert(rest);
                    phase = Phase::Trailer;
                    continue;
                }
                if phase == Phase::Appended {
                    continue;
                }
            }
            if let Some(rest) = after_label(line, KEYWORD_LABELS, false) {
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
                    phase = Phase::Trailer;
                }
                continue;
            }
            if is_end_marker(line) {
                if phase == Phase::Body {
                    phase = Phase::Trailer;
                }
                continue;
            }
            if let Some(src) = link_credit(line) {
                self.source.get_or_insert(src);
                phase = Phase::Trailer;
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
        let mut texts: Vec<&str> = Vec::new();
        texts.extend(self.title.as_deref());
        texts.extend(self.body.iter().map(String::as_str));
        texts.extend(self.related_runs.iter().map(|(r, _)| r.as_str()));
        texts.extend(self.related.iter().map(String::as_str));
        for (t, paras) in &self.appended {
            texts.extend(t.as_deref());
            texts.extend(paras.iter().map(String::as_str));
        }
        let ev = Evidence::new(texts);
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
        let published_at = self.date_text.as_deref().and_then(|d| {
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
        let source = self.source.or_else(|| {
            self.dateline
                .as_ref()
                .and_then(|d| d.agency.clone())
                .filter(|a| search_key(a) != "وكالات")
        });
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
fn after_label(line: &str, labels: &[&str], need_colon: bool) -> Option<String> {
    let n = search_key_mapped(line);
    let key = n.text.to_lowercase();
    for label in labels {
        let lk = search_key(label).to_lowercase();
        let Some(after) = key.strip_prefix(lk.as_str()) else {
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

/// A person's or desk's name: one to five words, no sentence punctuation.
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

/// `رابط الخبر بصحيفة الوئام: العنوان`: the outlet's link credit; its name is the source.
fn link_credit(line: &str) -> Option<String> {
    let k = search_key(line);
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
                if !tags.is_empty() && word_count(&tags) <= 25 && !ends_sentence(&tags) {
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
    Some((run_from.trim().to_string(), false, String::new()))
}

// ---------------------------------------------------------------------------------------------
// TREC-style records

fn field<'a>(doc: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = doc.find(&open)? + open.len();
    let len = doc.get(start..)?.find(&close)?;
    doc.get(start..start + len).map(str::trim)
}

/// `<DOC><DOCNO>..</DOCNO><URL>..<TITLE>..<TIME>..<AUTHOR>..<ABSTRACT>..<TEXT>..</DOC>`.
fn extract_trec(text: &str) -> Option<Article> {
    let t = text.trim_start_matches('\u{FEFF}').trim_start();
    if !t.starts_with("<DOC>") {
        return None;
    }
    let body_raw = field(t, "TEXT")?;
    let clean = |s: &str| display(&markup::clean(s));
    let title = field(t, "TITLE").map(clean).filter(|s| !s.is_empty());
    let published_at = field(t, "TIME").and_then(crate::dates::parse_published);
    let mut layout = Layout {
        title,
        ..Layout::default()
    };
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
        a.source = site.or(a.source);
    }
    Some(a)
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
