//! English rules: capitalized spans classified by titles, organization words, given names
//! and the gazetteer.

use super::gazetteer::GKind;
use super::lexicon::{
    EN_CONNECTOR_SET, EN_GIVEN_SET, EN_ORG_SET, EN_SAYING_SET, EN_STOP_SET, EN_TITLE_SET,
};
use super::tokens::Kind;
use super::Ana as Doc;
use super::{Cand, Source};
use crate::model::EntityType;

fn is_cap(doc: &Doc, t: usize) -> bool {
    doc.tokens
        .get(t)
        .is_some_and(|x| x.kind == Kind::Latin && (x.cap || x.upper))
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

/// Runs the English rules over Latin-script capitalized spans.
pub fn rules(doc: &Doc, cands: &mut Vec<Cand>) {
    let n = doc.tokens.len();
    let mut t = 0;
    while t < n {
        if !is_cap(doc, t) {
            t += 1;
            continue;
        }
        // The span: capitalized words, with connectors between them (Bank of England).
        let start = t;
        let mut end = t;
        let mut j = t + 1;
        while j < n {
            if is_cap(doc, j) {
                end = j;
                j += 1;
            } else if in_set(&EN_CONNECTOR_SET, doc, j) && is_cap(doc, j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        t = end + 1;
        classify(doc, start, end, cands);
    }
}

/// Splits a capitalized span where names meet: after a possessive ("Germany’s Angela
/// Merkel") and at "and" unless the span names one organization ("Procter and Gamble Co"),
/// then classifies each part. A loop, not recursion: spans can be arbitrarily long.
fn classify(doc: &Doc, start: usize, end: usize, cands: &mut Vec<Cand>) {
    let has_org_word = (start..=end).any(|t| in_set(&EN_ORG_SET, doc, t));
    let mut from = start;
    for t in start..end {
        let w = k(doc, t);
        if w.ends_with("'s") || w.ends_with("’s") {
            classify_part(doc, from, t, cands);
            from = t + 1;
        } else if !has_org_word && t > from && matches!(w, "and" | "&") {
            classify_part(doc, from, t - 1, cands);
            from = t + 1;
        }
    }
    if from <= end {
        classify_part(doc, from, end, cands);
    }
}

fn classify_part(doc: &Doc, mut start: usize, end: usize, cands: &mut Vec<Cand>) {
    // A sentence's first word is capitalized anyway: drop it when it is a common word.
    while start <= end && in_set(&EN_STOP_SET, doc, start) {
        start += 1;
    }
    if start > end {
        return;
    }
    let possessive = |t: usize| {
        let w = k(doc, t);
        if w.ends_with("'s") || w.ends_with("’s") {
            2
        } else {
            0
        }
    };
    // Titles: "President Vladimir Putin", "Prime Minister Keir Starmer".
    let mut last_title = None;
    for t in start..=end {
        if in_set(&EN_TITLE_SET, doc, t) {
            last_title = Some(t);
        } else if last_title.is_some() {
            break;
        }
    }
    let has_org_word = (start..=end).any(|t| in_set(&EN_ORG_SET, doc, t));
    if let Some(lt) = last_title {
        if lt < end && !has_org_word {
            let mut c = Cand::new(lt + 1, end, 0, EntityType::Person, Source::Cued);
            c.trim_end = possessive(end);
            let rs = doc.tokens.get(start).map(|x| x.start).unwrap_or(0);
            let re = doc.tokens.get(lt).map(|x| x.end).unwrap_or(rs);
            cands.push(c.with_role(rs, re));
            return;
        }
    }
    // Street, River, Island...: a place named by its kind.
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
    ];
    if end > start && PLACE_WORDS.contains(&k(doc, end)) && !has_org_word {
        cands.push(Cand::new(start, end, 0, EntityType::Location, Source::Caps));
        return;
    }
    if has_org_word {
        let mut c = Cand::new(start, end, 0, EntityType::Organization, Source::Head);
        c.trim_end = possessive(end);
        cands.push(c);
        return;
    }
    // The gazetteer already proposed places and known names; a span it covers whole is left
    // to it, and nationality words are cues, not names.
    if let Some(h) = doc.gaz(start) {
        if h.last >= end || h.entry.kind == GKind::Dem {
            return;
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
        let mut c = Cand::new(start, end, 0, EntityType::Organization, Source::Caps);
        c.trim_end = possessive(end);
        cands.push(c);
        return;
    }
    let first_given = in_set(&EN_GIVEN_SET, doc, start);
    let said_near = (start > 0 && in_set(&EN_SAYING_SET, doc, start - 1))
        || in_set(&EN_SAYING_SET, doc, end + 1);
    let mid_sentence = !sentence_start(doc, start);
    let person = (first_given && len >= 2)
        || (said_near && len <= 3)
        || (mid_sentence && (2..=3).contains(&len) && !doc.tokens[start].upper);
    if person {
        let mut c = Cand::new(start, end, 0, EntityType::Person, Source::Caps);
        c.trim_end = possessive(end);
        cands.push(c);
    }
}
