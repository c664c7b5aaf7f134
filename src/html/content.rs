//! Main-content scoring: pick the element that holds the most story-like text net of
//! boilerplate, then keep its blocks that read like the story.
//!
//! Each text block scores by its length, link density, paragraph structure and the hints of
//! its ancestors; scores are summed up the tree in one reverse pass over the preorder array, so
//! the container is the subtree with the best net score. Inside it, blocks under boilerplate
//! hints (share bars, captions, related lists, author boxes), link lists, teaser lines and ad
//! labels are dropped.

use super::boiler;
use super::dom::{Block, Page, Tag, NONE};

/// Blocks shorter than this are neutral for the container choice (bylines, labels, buttons).
const MIN_GOOD_CHARS: u32 = 30;
/// Weight of boilerplate text against story text when choosing the container: low, since
/// boilerplate inside the container is dropped block by block anyway; it only keeps the
/// container from growing across whole sidebars and footers.
const BAD_WEIGHT: f32 = 0.3;

/// Link density of a block.
fn link_density(b: &Block) -> f32 {
    b.link_chars as f32 / b.chars.max(1) as f32
}

/// Net score of one block for the container choice.
fn block_score(page: &Page<'_>, b: &Block) -> f32 {
    let neg = page
        .elems
        .get(b.owner as usize)
        .is_some_and(|e| e.neg_anc != NONE);
    let ld = link_density(b);
    let chars = b.chars as f32;
    if neg || ld > 0.5 || boiler::is_url_like(&b.text) {
        return -BAD_WEIGHT * chars;
    }
    if b.chars < MIN_GOOD_CHARS {
        return -0.2 * BAD_WEIGHT * b.link_chars as f32;
    }
    if is_teaser_card(b) {
        // A linked headline with its summary: story text only when the story holds it, so it
        // must not pull the container toward a list of other stories.
        return 0.0;
    }
    let weight = match b.tag {
        Tag::P | Tag::Quote => 1.0,
        Tag::Pre => 0.8,
        Tag::Block => 0.8,
        Tag::Li | Tag::Cell => 0.5,
        Tag::H(_) => 0.3,
        _ => 0.6,
    };
    let punct = if b.text.contains(['.', '،', '؟', '!', '?', '。', ',']) {
        1.0
    } else {
        0.6
    };
    let linky = if ld > 0.35 { 0.5 } else { 1.0 };
    weight * punct * linky * (chars - b.link_chars as f32)
}

/// The container and those of its siblings that read like parts of the same story (a lead
/// paragraph in its own box, a second half after an ad), in document order.
fn with_siblings(page: &Page<'_>, container: u32) -> Vec<u32> {
    let Some(c) = page.elems.get(container as usize) else {
        return vec![container];
    };
    let Some(parent) = page.elems.get(c.parent as usize) else {
        return vec![container];
    };
    let threshold = (0.1 * c.good).max(40.0);
    let mut out = Vec::new();
    let mut j = c.parent + 1;
    while j < parent.end {
        let Some(s) = page.elems.get(j as usize) else {
            break;
        };
        if j == container
            || (s.neg_anc == NONE
                && s.good >= threshold
                && s.prose >= 80
                && s.link_chars * 4 < s.chars)
        {
            out.push(j);
        }
        j = s.end.max(j + 1);
    }
    out
}

/// A paragraph of the story for sure: long, or a real `<p>`, with few links.
fn is_prose(b: &Block) -> bool {
    (b.chars >= 80 || (b.tag == Tag::P && b.chars >= 30)) && link_density(b) < 0.3
}

/// A linked headline followed by a summary: a card of another story.
fn is_teaser_card(b: &Block) -> bool {
    b.lead_link >= 20 && b.link_chars == b.lead_link && b.lead_link * 20 >= b.chars
}

/// A short line that is only a date or time stamp ("Published Monday, November 18, 2019
/// 8:22AM EST", "October 12, 2017").
fn is_stamp(text: &str) -> bool {
    let n = text.chars().count();
    if n > 70 {
        return false;
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let has_year = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && d.parse::<u32>().is_ok_and(|y| (1990..=2035).contains(&y)));
    let has_time = text.split_whitespace().any(|w| {
        let mut parts = w.split(':');
        matches!((parts.next(), parts.next()), (Some(h), Some(m)) if !h.is_empty() && h.len() <= 2 && h.chars().all(|c| c.is_ascii_digit()) && m.chars().take(2).all(|c| c.is_ascii_digit()) && m.len() >= 2)
    });
    (has_year || has_time) && digits * 10 >= n && text.split_whitespace().count() <= 10
}

/// The chosen container and the blocks kept from it, in order.
#[derive(Debug, Default)]
pub(crate) struct Selection {
    /// The container element, `NONE` when the page has no text.
    pub container: u32,
    /// Indices into `page.blocks`.
    pub kept: Vec<usize>,
    /// Blocks inside the container dropped as "read also" teasers: their links are related.
    pub teasers: Vec<usize>,
}

/// Scores the page and selects the story blocks. `title` is the cleaned headline, whose
/// `<h1>` copy is not body text.
pub(crate) fn select(page: &mut Page<'_>, title: Option<&str>) -> Selection {
    page.aggregate_chars();
    page.resolve_neg();
    let scores: Vec<(u32, f32)> = page
        .blocks
        .iter()
        .map(|b| (b.owner, block_score(page, b)))
        .collect();
    for (owner, s) in scores {
        if let Some(e) = page.elems.get_mut(owner as usize) {
            e.good += s;
        }
    }
    page.aggregate_good();
    let mut best = NONE;
    let mut best_score = 0.0f32;
    for (i, e) in page.elems.iter().enumerate() {
        if e.good >= best_score && e.good > 0.0 {
            best_score = e.good;
            best = i as u32;
        }
    }
    if best == NONE {
        // No block reads like a story: take everything that is not boilerplate.
        best = 0;
    }
    let container = best;
    if std::env::var_os("KHABAR_DEBUG").is_some() {
        let mut path = Vec::new();
        let mut i = container;
        while let Some(e) = page.elems.get(i as usize) {
            path.push(format!(
                "{}.{}#{} [{:.0}/{}]",
                e.el.name(),
                e.el.attr("class").unwrap_or(""),
                e.el.attr("id").unwrap_or(""),
                e.good,
                e.chars
            ));
            i = e.parent;
        }
        path.reverse();
        eprintln!("CONTAINER {}", path.join(" > "));
        for b in &page.blocks {
            let e = page.elems.get(b.owner as usize);
            let inside = page.contains(container, b.owner);
            let negc = e.map(|e| e.neg_anc).unwrap_or(NONE);
            let negname = page
                .elems
                .get(negc as usize)
                .map(|n| {
                    format!(
                        "{}.{}#{}",
                        n.el.name(),
                        n.el.attr("class").unwrap_or(""),
                        n.el.attr("id").unwrap_or("")
                    )
                })
                .unwrap_or_default();
            eprintln!(
                "  {} {:>6.0} ld={:.2} {:?} neg={} | {}",
                if inside { "IN " } else { "   " },
                block_score(page, b),
                link_density(b),
                b.tag,
                negname,
                b.text.chars().take(90).collect::<String>()
            );
        }
    }
    let roots = with_siblings(page, container);
    let mut sel = Selection {
        container,
        ..Selection::default()
    };
    let title_key = title.map(boiler::fold_line);
    let mut in_teaser_run = false;
    for (i, b) in page.blocks.iter().enumerate() {
        let Some(&root) = roots.iter().find(|&&r| page.contains(r, b.owner)) else {
            continue;
        };
        let owner = page.elems.get(b.owner as usize);
        let rel_neg = owner.is_some_and(|e| e.neg_anc != NONE && e.neg_anc >= root);
        if rel_neg {
            continue;
        }
        let ld = link_density(b);
        if boiler::is_boiler_heading(&b.text) {
            in_teaser_run = true;
            sel.teasers.push(i);
            continue;
        }
        if in_teaser_run && ld > 0.3 {
            sel.teasers.push(i);
            continue;
        }
        in_teaser_run = false;
        if ld > 0.5 || (ld > 0.3 && b.chars < 120) {
            continue;
        }
        if boiler::is_junk_line(&b.text) {
            sel.teasers.push(i);
            continue;
        }
        if let (Tag::H(1), Some(t)) = (b.tag, &title_key) {
            let folded = boiler::fold_line(&b.text);
            if folded == *t || t.contains(&folded) || folded.contains(t.as_str()) {
                continue;
            }
        }
        if !matches!(b.tag, Tag::Cell | Tag::Li) && is_stamp(&b.text) {
            continue;
        }
        sel.kept.push(i);
    }
    // Before the first paragraph of prose, short lines are kickers, bylines and labels.
    let first_prose = sel
        .kept
        .iter()
        .position(|&i| page.blocks.get(i).is_some_and(is_prose));
    if let Some(fp) = first_prose {
        let last_prose = sel
            .kept
            .iter()
            .rposition(|&i| page.blocks.get(i).is_some_and(is_prose))
            .unwrap_or(fp);
        let mut idx = 0;
        sel.kept.retain(|&i| {
            idx += 1;
            (idx > fp && idx <= last_prose + 1)
                || page.blocks.get(i).is_some_and(|b| {
                    b.chars >= 60 || matches!(b.tag, Tag::H(2..=6) | Tag::P | Tag::Li | Tag::Quote)
                })
        });
    }

    sel
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn kept(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let mut page = Page::build(&doc, 100_000);
        let sel = select(&mut page, Some("The headline"));
        sel.kept
            .iter()
            .filter_map(|&i| page.blocks.get(i).map(|b| b.text.clone()))
            .collect()
    }

    const P1: &str =
        "The committee met on Tuesday to review the budget, and members said the talks were long.";
    const P2: &str =
        "Officials expect a final vote next month, after a second reading of the amended text.";

    #[test]
    fn picks_the_story_over_navigation() {
        let html = format!(
            "<body><ul class='menu'><li><a href='/a'>World news today</a></li><li><a href='/b'>Business and markets</a></li></ul>\
             <article><h1>The headline</h1><p>{P1}</p><h2>Next steps</h2><p>{P2}</p></article>\
             <footer><p>Copyright 2024 The Daily Example. All rights reserved worldwide.</p></footer></body>"
        );
        assert_eq!(kept(&html), [P1, "Next steps", P2]);
    }

    #[test]
    fn related_block_and_caption_are_dropped() {
        let html = format!(
            "<body><div class='story'><p>{P1}</p><figure><img src='x.jpg'><figcaption>A man walks past the parliament building in the rain.</figcaption></figure>\
             <div class='related-links'><h3>Related</h3><a href='/x'>Another story about the committee budget</a></div><p>{P2}</p></div></body>"
        );
        assert_eq!(kept(&html), [P1, P2]);
    }

    #[test]
    fn arabic_read_also_teaser_is_dropped() {
        let a = "قال وزير المالية إن الحكومة ستعرض الموازنة الجديدة على البرلمان الأسبوع المقبل، بعد مشاورات طويلة.";
        let b = "وأضاف أن الإيرادات ارتفعت خلال العام الماضي بنسبة كبيرة مقارنة بالتوقعات.";
        let html = format!(
            "<body><div class='content'><p>{a}</p><p><strong>اقرأ أيضاً:</strong> <a href='/n/1'>الوزير يفتتح معرض الكتاب في العاصمة</a></p><p>{b}</p></div></body>"
        );
        assert_eq!(kept(&html), [a, b]);
    }
}
