//! One pass over the parsed tree: a flat, preorder array of elements (parent, subtree end,
//! hints), the text blocks (one per block element or `<br>`-separated run), and the raw
//! metadata (meta tags, JSON-LD, `<time>`, captured texts of bylines, tags and headings).
//!
//! Everything later works on these arrays with indices: no recursion on DOM depth, no second
//! walk of the tree.

use super::boiler::{self, Hint};
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

/// "No element".
pub(crate) const NONE: u32 = u32::MAX;

/// What a tag means for text layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// `<a>`.
    A,
    /// `<p>`.
    P,
    /// `<h1>`..`<h6>`.
    H(u8),
    /// `<li>`, `<dd>`, `<dt>`.
    Li,
    /// `<blockquote>`.
    Quote,
    /// `<pre>`.
    Pre,
    /// `<td>`, `<th>`.
    Cell,
    /// `<br>`.
    Br,
    /// `<time>`.
    Time,
    /// `<title>`.
    Title,
    /// `<meta>`.
    Meta,
    /// `<script>`.
    Script,
    /// `<img>`.
    Img,
    /// Elements whose content is never text: style, svg, form controls...
    Removed,
    /// Any other element that starts a new block.
    Block,
    /// Any other element flowing inside a block.
    Inline,
}

fn classify(name: &str) -> Tag {
    match name {
        "a" => Tag::A,
        "p" => Tag::P,
        "h1" => Tag::H(1),
        "h2" => Tag::H(2),
        "h3" => Tag::H(3),
        "h4" => Tag::H(4),
        "h5" => Tag::H(5),
        "h6" => Tag::H(6),
        "li" | "dd" | "dt" => Tag::Li,
        "blockquote" => Tag::Quote,
        "pre" => Tag::Pre,
        "td" | "th" => Tag::Cell,
        "br" => Tag::Br,
        "time" => Tag::Time,
        "title" => Tag::Title,
        "meta" => Tag::Meta,
        "script" => Tag::Script,
        "img" => Tag::Img,
        "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "object" | "embed"
        | "canvas" | "select" | "option" | "button" | "input" | "textarea" | "video" | "audio"
        | "map" | "head" | "link" | "dialog" => Tag::Removed,
        "span" | "strong" | "b" | "em" | "i" | "u" | "small" | "sub" | "sup" | "font" | "abbr"
        | "cite" | "code" | "mark" | "q" | "label" | "s" | "del" | "ins" | "big" | "bdi"
        | "bdo" | "wbr" | "var" | "kbd" | "samp" | "dfn" | "acronym" | "tt" | "strike"
        | "picture" | "source" | "data" | "nobr" => Tag::Inline,
        _ => Tag::Block,
    }
}

/// Whether a tag ends the current block. Table cells do not: a row reads as one line.
fn is_block_tag(tag: Tag) -> bool {
    !matches!(tag, Tag::Inline | Tag::A | Tag::Time | Tag::Img | Tag::Cell)
}

/// One element in document order.

#[derive(Debug, Clone)]
pub(crate) struct Elem<'a> {
    /// Layout class of the tag.
    pub tag: Tag,
    /// The parsed element, for attributes.
    pub el: &'a Element,
    /// Parent index, `NONE` for the root.
    pub parent: u32,
    /// One past the last element of this subtree.
    pub end: u32,
    /// Own hints from tag and attributes.
    pub hint: Hint,
    /// Nearest ancestor-or-self with a `NEG`/`CAPTION` hint and no `POS` between; `NONE`.
    pub neg_anc: u32,
    /// Chars of all text in the subtree (filled by [`Page::aggregate`]).
    pub chars: u32,
    /// Chars of link text in the subtree.
    pub link_chars: u32,
    /// Chars of prose paragraphs in the subtree (long `<p>`-like blocks with few links).
    pub prose: u32,
    /// Net content score of the subtree: content-looking text minus boilerplate (see
    /// `content`).
    pub good: f32,
}

/// A run of text between block boundaries.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// Whitespace-folded text.
    pub text: String,
    /// Innermost open block element.
    pub owner: u32,
    /// Tag of the owner.
    pub tag: Tag,
    /// Non-space chars.
    pub chars: u32,
    /// Non-space chars inside links.
    pub link_chars: u32,
    /// Link chars at the very start (a headline link opening a teaser card).
    pub lead_link: u32,
}

/// A link with its text.
#[derive(Debug, Clone)]
pub(crate) struct Anchor {
    /// Index of the `<a>`.
    pub elem: u32,
    /// `href` as written.
    pub href: String,
    /// Folded text.
    pub text: String,
}

/// What a capture is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaptureKind {
    /// `<title>`.
    Title,
    /// `<h1>`.
    H1,
    /// JSON-LD script text.
    JsonLd,
    /// Byline-looking element (class/itemprop/rel).
    Byline,
    /// Tag list element.
    Tags,
    /// Date-looking element or `<time>`.
    Date,
    /// `<a>`.
    Link,
}

/// A captured element text.
#[derive(Debug, Clone)]
pub(crate) struct Capture {
    /// Why it was captured.
    pub kind: CaptureKind,
    /// Index of the element.
    pub elem: u32,
    /// Folded text (bounded).
    pub text: String,
}

/// The flat page.
#[derive(Debug, Default)]
pub(crate) struct Page<'a> {
    /// Elements in preorder.
    pub elems: Vec<Elem<'a>>,
    /// Text blocks in document order.
    pub blocks: Vec<Block>,
    /// `<meta>` name/property/itemprop (lowercased) and content.
    pub metas: Vec<(String, String)>,
    /// Captured texts.
    pub captures: Vec<Capture>,
    /// Links.
    pub anchors: Vec<Anchor>,
    /// Element count hit the budget.
    pub truncated: bool,
}

/// Whitespace folding into a buffer, counting non-space chars.
#[derive(Debug, Default)]
struct Folder {
    buf: String,
    space: bool,
    chars: u32,
    link_chars: u32,
    /// Link chars before the first non-link char: a headline link opening a teaser card.
    lead_link: u32,
}

impl Folder {
    fn push(&mut self, text: &str, in_link: bool, cap: usize) {
        for c in text.chars() {
            if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
                self.space = !self.buf.is_empty();
                continue;
            }
            if self.buf.len() >= cap {
                return;
            }
            if self.space {
                self.buf.push(' ');
                self.space = false;
            }
            self.buf.push(c);
            if in_link {
                self.link_chars += 1;
                if self.link_chars == self.chars + 1 {
                    self.lead_link += 1;
                }
            }
            self.chars += 1;
        }
    }

    fn space(&mut self) {
        self.space = !self.buf.is_empty();
    }

    fn take(&mut self) -> (String, u32, u32) {
        let out = (std::mem::take(&mut self.buf), self.chars, self.link_chars);
        self.space = false;
        self.chars = 0;
        self.link_chars = 0;
        self.lead_link = 0;
        out
    }
}

/// The attributes we read, from one pass over the attribute list.
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
    rel: Option<&'a str>,
    href: Option<&'a str>,
    name: Option<&'a str>,
    property: Option<&'a str>,
    content: Option<&'a str>,
    type_: Option<&'a str>,
    hidden: bool,
}

fn read_attrs(el: &Element) -> Attrs<'_> {
    let mut a = Attrs::default();
    for (k, v) in el.attrs() {
        match k {
            "class" => a.class = Some(v),
            "id" => a.id = Some(v),
            "role" => a.role = Some(v),
            "itemprop" => a.itemprop = Some(v),
            "rel" => a.rel = Some(v),
            "href" => a.href = Some(v),
            "name" => a.name = Some(v),
            "property" => a.property = Some(v),
            "content" => a.content = Some(v),
            "type" => a.type_ = Some(v),
            "hidden" => a.hidden = true,
            "aria-hidden" => a.hidden |= v.trim().eq_ignore_ascii_case("true"),
            "style" => a.hidden |= style_hides(v),
            _ => {}
        }
    }
    a
}

fn style_hides(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// Capture size bounds: enough for any byline, tag list or headline.
const SHORT_CAP: usize = 600;
const LONG_CAP: usize = 200_000;

/// An open capture during the walk.
struct OpenCapture {
    kind: CaptureKind,
    elem: u32,
    folder: Folder,
    cap: usize,
}

impl<'a> Page<'a> {
    /// Flattens the document in one iterative walk, stopping after `max_nodes` elements.
    pub(crate) fn build(doc: &'a Html, max_nodes: usize) -> Page<'a> {
        let mut page = Page::default();
        // Open elements: (index, skip state before it, is a block boundary).
        let mut open: Vec<(u32, bool)> = Vec::new();
        let mut block_stack: Vec<u32> = Vec::new();
        let mut caps: Vec<OpenCapture> = Vec::new();
        let mut folder = Folder::default();
        let mut skip_depth = 0usize;
        let mut link_depth = 0usize;

        let flush = |page: &mut Page<'a>, folder: &mut Folder, owner: u32| {
            let lead_link = folder.lead_link;
            let (text, chars, link_chars) = folder.take();
            if chars == 0 {
                return;
            }
            let tag = page.elems.get(owner as usize).map_or(Tag::Block, |e| e.tag);
            page.blocks.push(Block {
                text,
                owner,
                tag,
                chars,
                link_chars,
                lead_link,
            });
        };

        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Text(t) => {
                        for c in &mut caps {
                            c.folder.push(t, false, c.cap);
                        }
                        if skip_depth == 0 {
                            folder.push(t, link_depth > 0, LONG_CAP);
                        }
                    }
                    Node::Element(el) => {
                        if page.elems.len() >= max_nodes {
                            page.truncated = true;
                            break;
                        }
                        let idx = page.elems.len() as u32;
                        let name = el.name();
                        let tag = classify(name);
                        let a = read_attrs(el);
                        let mut hint =
                            boiler::element_hints(name, a.class, a.id, a.role, a.itemprop);
                        if a.rel
                            .is_some_and(|r| r.split_ascii_whitespace().any(|r| r == "author"))
                        {
                            hint |= boiler::BYLINE;
                        }
                        let parent = open.last().map_or(NONE, |o| o.0);
                        let parent_neg =
                            page.elems.get(parent as usize).map_or(NONE, |p| p.neg_anc);
                        let pos = hint & boiler::POS != 0
                            && (hint & boiler::TEXT_PROP == 0 || parent_neg == NONE);
                        // POS clears only the element's own names: a story-looking card
                        // inside a related block stays boilerplate.
                        let neg_anc = if pos && parent_neg == NONE {
                            NONE
                        } else if !pos && hint & (boiler::NEG | boiler::CAPTION) != 0 {
                            idx
                        } else {
                            parent_neg
                        };
                        page.elems.push(Elem {
                            tag,
                            el,
                            parent,
                            end: idx + 1,
                            hint,
                            neg_anc,
                            chars: 0,
                            link_chars: 0,
                            prose: 0,
                            good: 0.0,
                        });
                        let skipping = tag == Tag::Removed
                            || tag == Tag::Script
                            || tag == Tag::Title
                            || a.hidden
                            || hint & boiler::HIDDEN != 0;
                        let is_block = is_block_tag(tag);
                        open.push((idx, skipping));
                        match tag {
                            Tag::Meta => {
                                let key = a.property.or(a.name).or(a.itemprop);
                                if let (Some(k), Some(c)) = (key, a.content) {
                                    page.metas
                                        .push((k.trim().to_ascii_lowercase(), c.to_string()));
                                }
                            }
                            Tag::Title
                                if page.captures.iter().all(|c| c.kind != CaptureKind::Title) =>
                            {
                                caps.push(OpenCapture {
                                    kind: CaptureKind::Title,
                                    elem: idx,
                                    folder: Folder::default(),
                                    cap: SHORT_CAP,
                                });
                            }
                            Tag::Script
                                if a.type_.is_some_and(|t| {
                                    t.trim().eq_ignore_ascii_case("application/ld+json")
                                }) =>
                            {
                                caps.push(OpenCapture {
                                    kind: CaptureKind::JsonLd,
                                    elem: idx,
                                    folder: Folder::default(),
                                    cap: LONG_CAP,
                                });
                            }
                            Tag::H(1) => caps.push(OpenCapture {
                                kind: CaptureKind::H1,
                                elem: idx,
                                folder: Folder::default(),
                                cap: SHORT_CAP,
                            }),
                            Tag::A => {
                                if let Some(h) = a.href {
                                    page.anchors.push(Anchor {
                                        elem: idx,
                                        href: h.trim().to_string(),
                                        text: String::new(),
                                    });
                                    caps.push(OpenCapture {
                                        kind: CaptureKind::Link,
                                        elem: idx,
                                        folder: Folder::default(),
                                        cap: SHORT_CAP,
                                    });
                                }
                            }
                            _ => {}
                        }
                        if tag == Tag::Time || hint & boiler::DATE != 0 {
                            caps.push(OpenCapture {
                                kind: CaptureKind::Date,
                                elem: idx,
                                folder: Folder::default(),
                                cap: 200,
                            });
                        }
                        if hint & boiler::BYLINE != 0 {
                            caps.push(OpenCapture {
                                kind: CaptureKind::Byline,
                                elem: idx,
                                folder: Folder::default(),
                                cap: SHORT_CAP,
                            });
                        }
                        if hint & boiler::TAGS != 0 {
                            caps.push(OpenCapture {
                                kind: CaptureKind::Tags,
                                elem: idx,
                                folder: Folder::default(),
                                cap: 4000,
                            });
                        }
                        if tag == Tag::A {
                            link_depth += 1;
                        }
                        if skip_depth > 0 || skipping {
                            skip_depth += 1;
                            continue;
                        }
                        if tag == Tag::Br {
                            let owner = block_stack.last().copied().unwrap_or(NONE);
                            if folder.chars > 0 {
                                flush(&mut page, &mut folder, owner);
                            }
                            continue;
                        }
                        if is_block {
                            let owner = block_stack.last().copied().unwrap_or(NONE);
                            flush(&mut page, &mut folder, owner);
                            block_stack.push(idx);
                        } else if tag == Tag::Cell {
                            folder.space();
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    let Node::Element(_) = node.value() else {
                        continue;
                    };
                    let Some((idx, _)) = open.pop() else {
                        continue;
                    };
                    let end = page.elems.len() as u32;
                    let tag = match page.elems.get_mut(idx as usize) {
                        Some(e) => {
                            e.end = end;
                            e.tag
                        }
                        None => continue,
                    };
                    while caps.last().is_some_and(|c| c.elem == idx) {
                        if let Some(mut c) = caps.pop() {
                            let (text, _, _) = c.folder.take();
                            if c.kind == CaptureKind::Link {
                                if let Some(anchor) =
                                    page.anchors.iter_mut().rev().find(|a| a.elem == idx)
                                {
                                    anchor.text = text;
                                }
                            } else {
                                page.captures.push(Capture {
                                    kind: c.kind,
                                    elem: c.elem,
                                    text,
                                });
                            }
                        }
                    }
                    if tag == Tag::A {
                        link_depth = link_depth.saturating_sub(1);
                    }
                    if skip_depth > 0 {
                        skip_depth -= 1;
                        continue;
                    }
                    if tag == Tag::Br {
                        continue;
                    }
                    if is_block_tag(tag) {
                        flush(&mut page, &mut folder, idx);
                        block_stack.pop();
                    }
                    if matches!(tag, Tag::Cell) {
                        folder.space();
                    }
                }
            }
        }
        // The walk may stop early at the node budget: close what is open.
        let end = page.elems.len() as u32;
        for (idx, _) in open.iter().rev() {
            if let Some(e) = page.elems.get_mut(*idx as usize) {
                e.end = end;
            }
        }
        let owner = block_stack.last().copied().unwrap_or(NONE);
        flush(&mut page, &mut folder, owner);
        for mut c in caps.into_iter().rev() {
            let (text, _, _) = c.folder.take();
            page.captures.push(Capture {
                kind: c.kind,
                elem: c.elem,
                text,
            });
        }
        page
    }

    /// Sums text and link chars of blocks into their owners and up the tree, in one reverse
    /// pass over the preorder array.
    pub(crate) fn aggregate_chars(&mut self) {
        for b in &self.blocks {
            if let Some(e) = self.elems.get_mut(b.owner as usize) {
                e.chars += b.chars;
                e.link_chars += b.link_chars;
                if b.chars >= 60
                    && b.link_chars * 5 < b.chars
                    && matches!(b.tag, Tag::P | Tag::Quote | Tag::Block | Tag::Li)
                {
                    e.prose += b.chars;
                }
            }
        }
        for i in (1..self.elems.len()).rev() {
            let (chars, links, prose, parent) = match self.elems.get(i) {
                Some(e) => (e.chars, e.link_chars, e.prose, e.parent),
                None => continue,
            };
            if let Some(p) = self.elems.get_mut(parent as usize) {
                p.chars += chars;
                p.link_chars += links;
                p.prose += prose;
            }
        }
    }

    /// Sums the block scores (already in `good` of their owners) up the tree.
    pub(crate) fn aggregate_good(&mut self) {
        for i in (1..self.elems.len()).rev() {
            let (good, parent) = match self.elems.get(i) {
                Some(e) => (e.good, e.parent),
                None => continue,
            };
            if let Some(p) = self.elems.get_mut(parent as usize) {
                p.good += good;
            }
        }
    }

    /// Recomputes `neg_anc` now that sizes are known: a boilerplate hint on an element that
    /// holds most of the page's prose is a template class ("with-sidebar"), not boilerplate.
    pub(crate) fn resolve_neg(&mut self) {
        let total = self.elems.first().map_or(0, |e| e.prose);
        for i in 0..self.elems.len() {
            let Some(e) = self.elems.get(i) else {
                continue;
            };
            let parent_neg = self
                .elems
                .get(e.parent as usize)
                .map_or(NONE, |p| p.neg_anc);
            // Boilerplate names on a wrapper of most of the prose are template classes; a
            // strong name (comments, footer) needs nearly all of it.
            let share = if e.hint & boiler::STRONG == 0 { 5 } else { 8 };
            let huge = e.prose >= 400 && e.prose * 10 > total * share;

            let pos = e.hint & boiler::POS != 0
                && (e.hint & boiler::TEXT_PROP == 0 || parent_neg == NONE);
            // POS clears only the element's own names: a story-looking card inside a related
            // block stays boilerplate.
            let neg_anc = if !pos && e.hint & (boiler::NEG | boiler::CAPTION) != 0 && !huge {
                i as u32
            } else {
                parent_neg
            };
            if let Some(e) = self.elems.get_mut(i) {
                e.neg_anc = neg_anc;
            }
        }
    }

    /// True when element `anc` is `desc` or one of its ancestors.
    pub(crate) fn contains(&self, anc: u32, desc: u32) -> bool {
        self.elems
            .get(anc as usize)
            .is_some_and(|a| anc <= desc && desc < a.end)
    }

    /// The text of the blocks owned inside element `idx`, joined by spaces (bounded).
    pub(crate) fn text_of(&self, idx: u32) -> String {
        let mut out = String::new();
        for b in self.blocks.iter().filter(|b| self.contains(idx, b.owner)) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&b.text);
            if out.len() > 4000 {
                break;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_of(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let page = Page::build(&doc, 10_000);
        page.blocks.iter().map(|b| b.text.clone()).collect()
    }

    #[test]
    fn blocks_follow_block_elements_and_br() {
        let blocks = page_of(
            "<body><div>lead <b>bold</b> text<p>one\n  two</p>tail<br>line two<br><br>line three</div><script>var x=1;</script></body>",
        );
        assert_eq!(
            blocks,
            [
                "lead bold text",
                "one two",
                "tail",
                "line two",
                "line three"
            ]
        );
    }

    #[test]
    fn hidden_and_removed_text_is_skipped() {
        let blocks = page_of("<p>shown</p><p hidden>no</p><div style='display: none'>no</div><style>p{}</style><p class='sr-only'>no</p>");
        assert_eq!(blocks, ["shown"]);
    }

    #[test]
    fn twenty_thousand_nested_divs_do_not_overflow() {
        let depth = 20_000;
        let mut html = String::with_capacity(depth * 11 + 20);
        for _ in 0..depth {
            html.push_str("<div>");
        }
        html.push_str("deep text");
        for _ in 0..depth {
            html.push_str("</div>");
        }
        let doc = Html::parse_document(&html);
        let mut page = Page::build(&doc, 200_000);
        page.aggregate_chars();
        assert_eq!(page.blocks.len(), 1);
        assert!(page.elems.len() >= 1000);
        assert_eq!(page.elems.first().map(|e| e.chars), Some(8));
    }

    #[test]
    fn node_budget_stops_the_walk() {
        let html = "<div><p>a</p><p>b</p><p>c</p><p>d</p></div>";
        let doc = Html::parse_document(html);
        let page = Page::build(&doc, 5);
        assert!(page.truncated);
        assert!(page.elems.len() <= 5);
    }
}
