//! A nesting budget applied before tree building.
//!
//! html5ever's tree builder answers "is there a `<p>` in button scope?" for every start tag of
//! a block element (`div`, `section`, `ul`...) by scanning the stack of open elements; with
//! thousands of unclosed blocks that stack has no scope boundary, so each tag costs O(depth)
//! and a page of nested `<div>`s costs O(n²): 20,000 of them take seconds, a 5 MiB body of
//! them an hour. No real article nests blocks more than a few hundred deep, so block start
//! tags past [`MAX_BLOCK_DEPTH`] are dropped (with their end tags) and their text kept. No
//! crate does this: it is a property of the HTML standard's tree-construction algorithm.

use std::borrow::Cow;

/// Open block elements kept before further block start tags are dropped.
pub const MAX_BLOCK_DEPTH: usize = 512;

/// Elements whose start tag makes html5ever scan the open-element stack for a `<p>` (the
/// HTML standard's "close a p element" list), i.e. the tags that can make parsing quadratic.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
];

/// A tag seen by the scan: its byte range in the page, whether it is an end tag, and the index
/// of its name in [`BLOCKS`].
struct Tag {
    start: usize,
    end: usize,
    closing: bool,
    block: usize,
}

/// Scans for block tags. Comments are skipped; everything else is a cheap approximation of the
/// tokenizer, which is enough for a budget: it only decides which tags to drop.
fn block_tags(html: &str) -> impl Iterator<Item = Tag> + '_ {
    let bytes = html.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let rel = bytes.get(pos..)?.iter().position(|&b| b == b'<')?;
        let start = pos + rel;
        let rest = bytes.get(start + 1..)?;
        if rest.starts_with(b"!--") {
            pos = match find(bytes, start + 4, b"-->") {
                Some(e) => e + 3,
                None => bytes.len(),
            };
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes
            .get(name_start..)?
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        pos = name_start + name_len.max(1);
        if name_len == 0 {
            continue;
        }
        let name = bytes.get(name_start..name_start + name_len)?;
        let Some(block) = BLOCKS
            .iter()
            .position(|b| name.eq_ignore_ascii_case(b.as_bytes()))
        else {
            continue;
        };
        let end = bytes
            .get(pos..)?
            .iter()
            .position(|&b| b == b'>')
            .map_or(bytes.len(), |e| pos + e + 1);
        pos = end;
        return Some(Tag {
            start,
            end,
            closing,
            block,
        });
    })
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// Returns the page with block start tags past `max_depth` open blocks removed, together with
/// their end tags; borrowed unchanged when the budget is never reached (every real page).
pub fn cap_nesting(html: &str, max_depth: usize) -> Cow<'_, str> {
    // Open blocks per name; a page's depth estimate is their sum.
    let mut open = [0usize; BLOCKS.len()];
    let mut dropped = [0usize; BLOCKS.len()];
    let mut depth = 0usize;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for tag in block_tags(html) {
        let (Some(o), Some(d)) = (open.get_mut(tag.block), dropped.get_mut(tag.block)) else {
            continue;
        };
        if tag.closing {
            if *d > 0 {
                *d -= 1;
                cuts.push((tag.start, tag.end));
            } else if *o > 0 {
                *o -= 1;
                depth -= 1;
            }
        } else if depth >= max_depth {
            *d += 1;
            cuts.push((tag.start, tag.end));
        } else {
            *o += 1;
            depth += 1;
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (s, e) in cuts {
        // Tag boundaries are ASCII bytes found in `html` itself, so both ends are char
        // boundaries; `get` keeps that a checked fact rather than an assumption.
        if let Some(kept) = html.get(from..s) {
            out.push_str(kept);
        }
        from = e;
    }
    if let Some(kept) = html.get(from..) {
        out.push_str(kept);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_borrowed_unchanged() {
        let page =
            "<html><body><div class=a><div><p>نص الخبر</p></div></div><!-- <div> --></body></html>";
        assert!(matches!(cap_nesting(page, 4), Cow::Borrowed(_)));
    }

    #[test]
    fn blocks_past_the_budget_are_dropped_and_their_text_kept() {
        let page = "<div>a<div>b<DIV class='x'>c<div>d</div>e</DIV>f</div>g</div><p>h</p>";
        let capped = cap_nesting(page, 2);
        assert_eq!(capped, "<div>a<div>bcdef</div>g</div><p>h</p>");
    }

    #[test]
    fn deep_nesting_is_cut_to_the_budget() {
        let page = format!("{}text{}", "<div>".repeat(20_000), "</div>".repeat(20_000));
        let capped = cap_nesting(&page, MAX_BLOCK_DEPTH);
        assert_eq!(capped.matches("<div>").count(), MAX_BLOCK_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_BLOCK_DEPTH);
        assert!(capped.contains("text"));
    }

    #[test]
    fn unterminated_tags_and_comments_do_not_panic() {
        for page in ["<div", "<", "<!--", "</", "<div><!-- x", "<div>é<"] {
            let _ = cap_nesting(page, 0);
        }
    }
}
