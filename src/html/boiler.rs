//! Boilerplate hints: what `class`/`id`/`role`/`itemprop` say about an element, and what a
//! short line of text says about the block it heads ("اقرأ أيضا", "READ MORE:").

use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Bit flags of what an element's names suggest.
pub(crate) type Hint = u16;
/// Not story text: navigation, share bars, ads, comments, promos...
pub(crate) const NEG: Hint = 1;
/// The story container itself (`itemprop=articleBody`, `article-body`...): clears `NEG`.
pub(crate) const POS: Hint = 1 << 1;
/// A picture caption or credit.
pub(crate) const CAPTION: Hint = 1 << 2;
/// A byline or author box.
pub(crate) const BYLINE: Hint = 1 << 3;
/// A tag / keyword list.
pub(crate) const TAGS: Hint = 1 << 4;
/// Related or "read also" links.
pub(crate) const RELATED: Hint = 1 << 5;
/// A date stamp.
pub(crate) const DATE: Hint = 1 << 6;
/// A weak negative (`header`, `widget`, `banner`), cancelled by a weak positive on the same
/// element (`content`, `article`, `body`, `main`, `story`, `post`, `entry`, `text`).
const WEAK_NEG: Hint = 1 << 7;
/// A weak positive.
const WEAK_POS: Hint = 1 << 8;
/// Not shown to readers (`hidden`, `sr-only`).
pub(crate) const HIDDEN: Hint = 1 << 9;
/// Page layout (`sidebar`, `menu`, `nav`): implies `NEG`, but a wrapper with such a name that
/// holds most of the page's prose is the story's column ("main-with-sidebar").
pub(crate) const LAYOUT: Hint = 1 << 10;
/// Set with `NEG` by a name that is not a layout word (comments, share, related, footer).
pub(crate) const STRONG: Hint = 1 << 11;
/// `POS` came from `itemprop=text`, which comments carry too: it does not clear an inherited
/// `NEG`.
pub(crate) const TEXT_PROP: Hint = 1 << 12;
/// An embedded post (tweet, Instagram) quoted by the story: its `social` name is no share bar.
const EMBED: Hint = 1 << 13;
/// A sponsored-content widget (Taboola, Outbrain): its links to other sites are ads.
pub(crate) const SPONSORED: Hint = 1 << 14;

/// Whether a pattern must stand as a whole token (between non-alphanumerics).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Sub,
    Token,
    /// A whole class name (between spaces): `hidden` but not `field-label-hidden`.
    Class,
    /// The first word of a class name: `ad` in `ad-slot`, not in `non-ad-column`.
    ClassStart,
}

const NAME_PATTERNS: &[(&str, Hint, Bound)] = &[
    ("comment", NEG, Bound::Sub),
    ("disqus", NEG, Bound::Sub),
    ("related", NEG | RELATED, Bound::Sub),
    ("read-more", NEG | RELATED, Bound::Sub),
    ("readmore", NEG | RELATED, Bound::Sub),
    ("read-also", NEG | RELATED, Bound::Sub),
    ("readalso", NEG | RELATED, Bound::Sub),
    ("also-read", NEG | RELATED, Bound::Sub),
    ("more-stories", NEG | RELATED, Bound::Sub),
    ("more-news", NEG | RELATED, Bound::Sub),
    ("more-from", NEG | RELATED, Bound::Sub),
    ("morenews", NEG | RELATED, Bound::Sub),
    ("recommend", NEG | RELATED, Bound::Sub),
    ("most-read", NEG | RELATED, Bound::Sub),
    ("mostread", NEG | RELATED, Bound::Sub),
    ("most-popular", NEG | RELATED, Bound::Sub),
    ("mostpopular", NEG | RELATED, Bound::Sub),
    ("popular", NEG, Bound::Sub),
    ("trending", NEG, Bound::Sub),
    ("outbrain", NEG | SPONSORED, Bound::Sub),
    ("taboola", NEG | SPONSORED, Bound::Sub),
    ("trc_", NEG | SPONSORED, Bound::Sub),
    ("share", NEG, Bound::Token),
    ("sharing", NEG, Bound::Token),
    ("sharethis", NEG, Bound::Sub),
    ("addtoany", NEG, Bound::Sub),
    ("share-", NEG, Bound::Sub),
    ("-share", NEG, Bound::Sub),
    ("social", NEG, Bound::Sub),
    ("newsletter", NEG, Bound::Sub),
    ("subscri", NEG, Bound::Sub),
    ("signup", NEG, Bound::Sub),
    ("sign-up", NEG, Bound::Sub),
    ("promo", NEG, Bound::Token),
    ("promos", NEG, Bound::Token),
    ("promobox", NEG, Bound::Sub),
    ("advert", NEG, Bound::Sub),
    ("sponsor", NEG | SPONSORED, Bound::Sub),
    ("ad", NEG, Bound::ClassStart),
    ("ads", NEG, Bound::ClassStart),
    ("adv", NEG, Bound::ClassStart),
    ("ad-slot", NEG, Bound::Sub),
    ("adslot", NEG, Bound::Sub),
    ("adunit", NEG, Bound::Sub),
    ("ad-unit", NEG, Bound::Sub),
    ("ad-container", NEG, Bound::Sub),
    ("ad-wrapper", NEG, Bound::Sub),
    ("dfp", NEG, Bound::ClassStart),
    ("gpt-ad", NEG, Bound::Sub),
    ("google-ad", NEG, Bound::Sub),
    ("sidebar", LAYOUT, Bound::Sub),
    ("side-bar", LAYOUT, Bound::Sub),
    ("footer", NEG, Bound::Sub),
    ("menu", LAYOUT, Bound::Sub),
    ("navbar", LAYOUT, Bound::Sub),
    ("navigation", LAYOUT, Bound::Sub),
    ("nav", LAYOUT, Bound::ClassStart),
    ("breadcrumb", NEG, Bound::Sub),
    ("paginat", NEG, Bound::Sub),
    ("prev_next", NEG, Bound::Sub),
    ("prev-next", NEG, Bound::Sub),
    ("next-prev", NEG, Bound::Sub),
    ("post-navigation", NEG, Bound::Sub),
    ("nav-links", NEG, Bound::Sub),
    ("pager", NEG, Bound::Sub),
    ("popup", NEG, Bound::Sub),
    ("modal", NEG, Bound::Sub),
    ("cookie", NEG, Bound::Sub),
    ("gdpr", NEG, Bound::Sub),
    ("consent", NEG, Bound::Sub),
    ("toolbar", LAYOUT, Bound::Sub),
    ("login", NEG, Bound::Sub),
    ("skip-link", NEG, Bound::Sub),
    ("print", NEG, Bound::ClassStart),
    ("rss", NEG, Bound::ClassStart),
    ("masthead", LAYOUT, Bound::Sub),
    ("header", WEAK_NEG, Bound::Sub),
    ("banner", WEAK_NEG, Bound::Sub),
    ("widget", WEAK_NEG, Bound::Sub),
    ("meta", WEAK_NEG, Bound::ClassStart),
    ("article-meta", NEG, Bound::Sub),
    ("post-meta", NEG, Bound::Sub),
    ("entry-meta", NEG, Bound::Sub),
    ("sr-only", HIDDEN, Bound::Class),
    ("visually-hidden", HIDDEN, Bound::Class),
    ("visuallyhidden", HIDDEN, Bound::Class),
    ("screen-reader-text", HIDDEN, Bound::Class),
    ("hidden", HIDDEN, Bound::Class),
    ("d-none", HIDDEN, Bound::Class),
    ("hide", HIDDEN, Bound::Class),
    ("caption", CAPTION, Bound::Sub),
    ("credit", CAPTION, Bound::Sub),
    ("byline", NEG | BYLINE, Bound::Sub),
    ("author", NEG | BYLINE, Bound::Sub),
    ("writer", NEG | BYLINE, Bound::Sub),
    ("writeby", NEG | BYLINE, Bound::Sub),
    ("writtenby", NEG | BYLINE, Bound::Sub),
    ("written-by", NEG | BYLINE, Bound::Sub),
    ("bio", NEG | BYLINE, Bound::ClassStart),
    ("tags", NEG | TAGS, Bound::Class),
    ("tag", NEG | TAGS, Bound::Class),
    ("tag-list", NEG | TAGS, Bound::Sub),
    ("taglist", NEG | TAGS, Bound::Sub),
    ("tags-", NEG | TAGS, Bound::Sub),
    ("-tags", NEG | TAGS, Bound::Sub),
    ("_tags", NEG | TAGS, Bound::Sub),
    ("keyword", NEG | TAGS, Bound::Sub),
    ("article-topic", NEG | TAGS, Bound::Sub),
    ("post-topic", NEG | TAGS, Bound::Sub),
    ("story-topic", NEG | TAGS, Bound::Sub),
    ("entry-topic", NEG | TAGS, Bound::Sub),
    ("timestamp", NEG | DATE, Bound::Sub),
    ("published", NEG | DATE, Bound::Sub),
    ("publish-date", NEG | DATE, Bound::Sub),
    ("pubdate", NEG | DATE, Bound::Sub),
    ("date", NEG | DATE, Bound::ClassStart),
    ("time", NEG | DATE, Bound::ClassStart),
    ("dateline", 0, Bound::Sub),
    ("embed", EMBED, Bound::Sub),
    ("twitter-tweet", EMBED, Bound::Sub),
    ("instagram-media", EMBED, Bound::Sub),
    ("article-body", POS, Bound::Sub),
    ("articlebody", POS, Bound::Sub),
    ("article_body", POS, Bound::Sub),
    ("article__body", POS, Bound::Sub),
    ("article-text", POS, Bound::Sub),
    ("articletext", POS, Bound::Sub),
    ("article-content", POS, Bound::Sub),
    ("articlecontent", POS, Bound::Sub),
    ("article_content", POS, Bound::Sub),
    ("story-body", POS, Bound::Sub),
    ("storybody", POS, Bound::Sub),
    ("story-content", POS, Bound::Sub),
    ("entry-content", POS, Bound::Sub),
    ("post-content", POS, Bound::Sub),
    ("post-body", POS, Bound::Sub),
    ("postbody", POS, Bound::Sub),
    ("news-content", POS, Bound::Sub),
    ("body-text", POS, Bound::Sub),
    ("bodytext", POS, Bound::Sub),
    ("content", WEAK_POS, Bound::Sub),
    ("article", WEAK_POS, Bound::Sub),
    ("body", WEAK_POS, Bound::Sub),
    ("main", WEAK_POS, Bound::Sub),
    ("story", WEAK_POS, Bound::Sub),
    ("post", WEAK_POS, Bound::ClassStart),
    ("entry", WEAK_POS, Bound::Sub),
    ("text", WEAK_POS, Bound::Sub),
];

static NAMES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(NAME_PATTERNS.iter().map(|p| p.0))
        .ok()
});

/// Reads the flags from a `class` or `id` value.
fn name_hints(value: &str) -> Hint {
    let Some(ac) = NAMES.as_ref() else {
        return 0;
    };
    let bytes = value.as_bytes();
    let mut hint = 0;
    for m in ac.find_overlapping_iter(value) {
        let Some(&(_, flags, bound)) = NAME_PATTERNS.get(m.pattern().as_usize()) else {
            continue;
        };
        let before_ok = m.start() == 0
            || bytes
                .get(m.start() - 1)
                .is_some_and(|b| !b.is_ascii_alphanumeric());
        let after_ok = bytes
            .get(m.end())
            .is_none_or(|b| !b.is_ascii_alphanumeric());
        let ok = match bound {
            Bound::Sub => true,
            Bound::ClassStart => {
                (m.start() == 0
                    || bytes
                        .get(m.start() - 1)
                        .is_some_and(u8::is_ascii_whitespace))
                    && after_ok
            }
            Bound::Class => {
                (m.start() == 0
                    || bytes
                        .get(m.start() - 1)
                        .is_some_and(u8::is_ascii_whitespace))
                    && bytes.get(m.end()).is_none_or(u8::is_ascii_whitespace)
            }
            Bound::Token => before_ok && after_ok,
        };
        if ok {
            hint |= flags;
            if flags & NEG != 0 && flags & (BYLINE | DATE | TAGS) == 0 {
                hint |= STRONG;
            }
        }
    }
    hint
}

/// The hints of one element from its tag and attributes.
pub(crate) fn element_hints(
    tag: &str,
    class: Option<&str>,
    id: Option<&str>,
    role: Option<&str>,
    itemprop: Option<&str>,
) -> Hint {
    if matches!(tag, "html" | "body") {
        // Their classes describe the page template ("one-sidebar"), not a block.
        return 0;
    }
    let mut hint = match tag {
        "nav" | "aside" => LAYOUT,
        "footer" => NEG | STRONG,
        "header" => WEAK_NEG,
        "figure" | "figcaption" => CAPTION,
        "address" => NEG | BYLINE,
        "time" => DATE,
        _ => 0,
    };
    hint |= class.map_or(0, name_hints) | id.map_or(0, name_hints);
    if let Some(role) = role {
        match role.trim().to_ascii_lowercase().as_str() {
            "navigation" | "banner" | "complementary" | "search" | "menu" | "menubar"
            | "toolbar" => hint |= LAYOUT,
            "contentinfo" | "dialog" | "alert" => hint |= NEG | STRONG,
            "main" | "article" => hint |= WEAK_POS,
            _ => {}
        }
    }
    if let Some(prop) = itemprop {
        for p in prop.split_ascii_whitespace() {
            match p {
                "articleBody" | "articlebody" => hint |= POS,
                // CreativeWork text: the story, unless it sits in a comment.
                "text" => hint |= POS | TEXT_PROP,

                "author" | "creator" => hint |= BYLINE | NEG,
                "datePublished" | "dateModified" | "dateCreated" => hint |= DATE | NEG,
                "headline" => hint |= NEG,
                "keywords" => hint |= TAGS | NEG,
                _ => {}
            }
        }
    }
    if hint & EMBED != 0 {
        hint &= !(NEG | STRONG | LAYOUT);
    }
    if hint & POS != 0 {
        hint &= !(NEG | WEAK_NEG | BYLINE | TAGS | RELATED | DATE);
    }
    if hint & WEAK_NEG != 0 && hint & (WEAK_POS | NEG) == 0 {
        hint |= NEG | LAYOUT;
    }
    if hint & LAYOUT != 0 {
        hint |= NEG;
    }
    hint & !(WEAK_NEG | WEAK_POS)
}

/// Headings of boilerplate blocks besides [`RELATED_HEADINGS`], matched at the start of a
/// short line (lowercased, with Arabic hamza forms unified by [`fold_line`]).
const HEADING_LINES: &[&str] = &[
    "شاهد ايضاً",
    "الاكثر تداولا",
    "تعليقات",
    "التعليقات",
    "اضف تعليق",
    "اترك تعليقا",
    "شارك",
    "تابعونا",
    "تابعنا",
    "recommended",
    "trending",
    "you may also like",
    "you might also like",
    "see also",
    "comments",
    "leave a comment",
    "share this",
    "follow us",
    "sign up",
    "subscribe",
];

/// True when a line is markup shown as text (an escaped tracking pixel, a stray tag).
fn is_markup_text(line: &str) -> bool {
    let t = line.trim();
    (t.starts_with('<') && t.ends_with('>') && t.contains('='))
        || (t.starts_with('[') && t.ends_with(']') && t.contains('='))
}

/// Newsletter and app promos, follow-us lines and ad-blocker pleas.
fn is_promo(folded: &str) -> bool {
    const ALWAYS: &[&str] = &[
        "your inbox",
        "ad blocker",
        "successfully subscribed",
        "follow us on",
        "follow him on",
        "follow her on",
        "like this story",
        "explore further",
        "reading time",
        "tempo de leitura",
        "min read",
        "popular on ",
        "affiliate commission",
        "if you buy something through",
        "if you purchase something through",
        "share of the sale",
        "join our ",
        "by joining ",
        "if you enjoyed this article",
        "letters to the editor",
        "moderating all comments",
        "comments submitted",
        "contributed to this report",
        "contributed reporting",
        "اشترك في النشره",
        "تابعونا على",
        "تابعنا على",
    ];
    let newsletter = folded.contains("newsletter")
        && ["sign up", "subscrib", "delivered"]
            .iter()
            .any(|p| folded.contains(p));
    newsletter || ALWAYS.iter().any(|p| folded.contains(p))
}

/// "1 of 6", "Image 3 of 5": slideshow counters.
fn is_slide_counter(folded: &str) -> bool {
    let words: Vec<&str> = folded.split_whitespace().collect();
    let n = words.len();
    (3..=4).contains(&n)
        && words.get(n - 2) == Some(&"of")
        && [n - 3, n - 1].iter().all(|&i| {
            words
                .get(i)
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        })
}

/// "1:30 Turkish military releases footage": an embedded video's play card, its running time
/// before its title. Not a time of day ("10:30 a.m. The court"), and never a sentence.
fn is_video_card(line: &str) -> bool {
    let t = line.trim();
    let Some((head, rest)) = t.split_once(' ') else {
        return false;
    };
    let Some((m, sec)) = head.split_once(':') else {
        return false;
    };
    let clock = (1..=3).contains(&m.len())
        && sec.len() == 2
        && m.chars().chain(sec.chars()).all(|c| c.is_ascii_digit());
    let rest = rest.trim();
    let lower = rest.to_ascii_lowercase();
    clock
        && t.chars().count() <= 160
        && rest.starts_with(|c: char| c.is_uppercase())
        && !["am", "pm", "a.m", "p.m", "gmt", "utc"]
            .iter()
            .any(|w| lower.starts_with(w))
        && !rest.ends_with('.')
}

/// Phrases that mark a picture caption or credit, folded.
const CAPTION_MARKS: &[&str] = &[
    "(image:",
    "(photo:",
    "(picture:",
    "(pictured",
    "(credit:",
    "file photo",
    "getty images)",
    "(getty",
    "photo credit",
    "(صوره ارشيفيه)",
    "(ارشيفيه)",
    "صوره ارشيفيه",
];

/// True when a line reads like a picture caption ("... (Image: GETTY)", "In this file
/// photo ...").
fn is_caption_text(folded: &str, chars: usize) -> bool {
    chars <= 300 && CAPTION_MARKS.iter().any(|m| folded.contains(m))
}

/// A single long token: a URL or file name shown as text (metadata rendered in the page).
pub(crate) fn is_url_like(line: &str) -> bool {
    let t = line.trim();
    // ASCII only: CJK prose has no spaces either.
    t.is_ascii()
        && !t.contains(' ')
        && (t.contains("://")
            || t.starts_with("www.")
            || t.chars().count() > 40
            || (t.contains('-') && t.chars().count() > 12))
}

/// Lines that are never story text on their own (ad slots, teasers, promos).
const JUNK_LINES: &[&str] = &[
    "advertisement",
    "advertisment",
    "story continues below",
    "continue reading",
    "click here",
    "scroll to continue",
    "skip advertisement",
    "sponsored",
    "all rights reserved",
    "copyright",
    "©",
    "share on",
    "share this",
    "follow us on",
    "sign up for",
    "subscribe to",
    "get our",
    "this article was",
    "advert",
    "top video",
    "don't miss",
    "dont miss",
    "join the conversation",
    "tell us what you think",
    "this slideshow requires",
    "watch:",
    "listen to this article",
    "more:",
    "atencao: comentarios",
    "atenção: comentários",
    "photo:",
    "image:",
    "صوره ارشيفيه",
    "صوره:",
    "مصدر الصوره",
    "إعلان",
    "اعلان",
    "جميع الحقوق محفوظه",
];

/// Wire-service credit lines at the end of a story, folded.
const CREDIT_LINES: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "editing by",
    "writing by",
    "compiled by",
];

/// Phrases of comment-section and opinion disclaimers, folded.
const DISCLAIMERS: &[&str] = &[
    "لا تعبر عن راي",
    "لا يعبر عن راي",
    "لا تعبر بالضروره عن",
    "مراجعه التعليقات",
    "do not necessarily reflect",
    "does not necessarily reflect",
    "comments are moderated",
];

/// Lowercases ASCII and folds Arabic hamza/teh marbuta/alef maqsura forms and diacritics so
/// "إقرأ أيضاً" matches "اقرا ايضا".
pub(crate) fn fold_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            'ؤ' => 'و',
            'ئ' => 'ي',
            '\u{640}' | '\u{64b}'..='\u{65f}' | '\u{670}' => continue,
            c => c.to_ascii_lowercase(),
        };
        out.push(c);
    }
    out
}

fn starts_with_any(folded: &str, list: &[&str]) -> bool {
    let t = folded.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    list.iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// Headings of blocks of other stories' headlines (folded); boilerplate headings too.
const RELATED_HEADINGS: &[&str] = &[
    "اقرا ايضا",
    "اقرا المزيد",
    "اقرا كذلك",
    "شاهد ايضا",
    "طالع ايضا",
    "مواضيع ذات صله",
    "مواضيع متعلقه",
    "اخبار ذات صله",
    "اخبار متعلقه",
    "مقالات ذات صله",
    "موضوعات ذات صله",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "read more",
    "read also",
    "also read",
    "related",
    "more from",
    "more stories",
    "most read",
    "most popular",
];

/// True when a short line heads a block of other stories' headlines ("أخبار ذات صلة",
/// "Related stories", "الأكثر قراءة").
pub(crate) fn is_related_heading(line: &str) -> bool {
    line.chars().count() <= 40 && starts_with_any(&fold_line(line), RELATED_HEADINGS)
}

/// True when a line opens with a "read also" label followed by a headline ("اقرأ أيضا: ...",
/// "Related: ...").
pub(crate) fn starts_with_related_label(line: &str) -> bool {
    line.chars().count() <= 200 && starts_with_any(&fold_line(line), RELATED_HEADINGS)
}

/// True when a short line heads a boilerplate block ("اقرأ أيضاً:", "Related stories").
pub(crate) fn is_boiler_heading(line: &str) -> bool {
    let folded = fold_line(line);
    line.chars().count() <= 40
        && (starts_with_any(&folded, HEADING_LINES) || starts_with_any(&folded, RELATED_HEADINGS))
}

/// True when a line is an inline teaser or an ad slot label, never story text: "READ MORE:
/// ...", "Story continues below advertisement", "Advertisement".
pub(crate) fn is_junk_line(line: &str) -> bool {
    if is_markup_text(line) || is_url_like(line) || !line.chars().any(char::is_alphanumeric) {
        return true;
    }
    let chars = line.chars().count();
    if chars > 300 {
        // Every pattern below is about short lines; long prose need not be folded.
        return false;
    }
    let folded = fold_line(line);
    if DISCLAIMERS.iter().any(|d| folded.contains(d))
        || is_promo(&folded)
        || is_slide_counter(&folded)
        || is_video_card(line)
        || is_caption_text(&folded, line.chars().count())
    {
        return true;
    }
    if starts_with_any(&folded, CREDIT_LINES) {
        return true;
    }
    let short = line.chars().count() <= 120;
    (short && starts_with_any(&folded, JUNK_LINES))
        || (line.chars().count() <= 200
            && starts_with_any(
                &folded,
                &[
                    "read more",
                    "read also",
                    "also read",
                    "related:",
                    "اقرا ايضا",
                    "اقرا المزيد",
                    "شاهد ايضا",
                ],
            ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_play_cards_are_junk() {
        assert!(is_junk_line(
            "2:45 Flood waters rise across the northern valley"
        ));
        assert!(is_junk_line(
            "12:05 Minister answers questions on the budget"
        ));
        assert!(!is_junk_line(
            "10:30 a.m. The court opened its session late."
        ));
        assert!(!is_junk_line(
            "3:15 The runners left the start line in heavy rain and finished late."
        ));
        assert!(!is_junk_line("Rates rose 2:1 against the forecast"));
    }

    #[test]
    fn class_names_give_hints() {
        let h = |c: &str| element_hints("div", Some(c), None, None, None);
        assert_ne!(h("related-posts") & RELATED, 0);
        assert_ne!(h("social-share-bar") & NEG, 0);
        assert_ne!(h("ad-slot top") & NEG, 0);
        assert_eq!(
            h("header-content"),
            0,
            "a weak negative is cancelled by content"
        );
        assert_ne!(h("site-header") & NEG, 0);
        assert_eq!(h("shadow loaded") & NEG, 0, "'ad' inside a word is no ad");
        assert_eq!(h("stage") & TAGS, 0);
        assert_eq!(h("selectionShareable") & NEG, 0);
        assert_eq!(
            h("social-media-embed") & NEG,
            0,
            "a quoted tweet is story text"
        );

        assert_eq!(h("non-ad-column") & NEG, 0);
        assert_eq!(h("post type-post tag-software") & NEG, 0);
        assert_ne!(h("post-tags") & TAGS, 0);
        assert_eq!(
            h("article-body share-enabled") & NEG,
            0,
            "the story container wins"
        );
        assert_ne!(h("article-body") & POS, 0);
        assert_ne!(
            element_hints("div", None, None, None, Some("articleBody")) & POS,
            0
        );
        assert_ne!(element_hints("nav", None, None, None, None) & NEG, 0);
        assert_eq!(h("field-label-hidden") & HIDDEN, 0);
        assert_ne!(h("x hidden") & HIDDEN, 0);
        assert_eq!(
            element_hints("body", Some("one-sidebar"), None, None, None),
            0
        );
        assert_ne!(
            element_hints("figcaption", None, None, None, None) & CAPTION,
            0
        );
    }

    #[test]
    fn headings_and_junk_lines() {
        assert!(is_boiler_heading("إقرأ أيضاً:"));
        assert!(is_boiler_heading("مواضيع ذات صلة"));
        assert!(is_boiler_heading("Related Stories"));
        assert!(!is_boiler_heading("Relatedness of markets grows"));
        assert!(is_junk_line("READ MORE: Markets fall again"));
        assert!(is_junk_line("Story continues below advertisement"));
        assert!(is_junk_line("اقرأ أيضا: الوزير يزور المعرض"));
        assert!(!is_junk_line("The minister said the talks would continue."));
        assert!(is_junk_line(
            "Get the top headlines delivered to your inbox by subscribing to our newsletter."
        ));
        assert!(is_junk_line("Image 3 of 5"));
        assert!(is_junk_line("Follow us on Twitter @example"));
        assert!(is_junk_line("(Reporting by Jane Roe; Editing by John Doe)"));
        assert!(is_junk_line(
            "We may earn an affiliate commission if you buy through our links."
        ));
        assert!(!is_junk_line(
            "The newsletter said profits fell by a third in the last quarter."
        ));
    }
}
