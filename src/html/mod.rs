//! HTML pages: DOM cleaning, main-content scoring and metadata.
//!
//! The page is parsed once (html5ever through scraper) and flattened in one iterative walk
//! (`dom`); the main content (`content`) and the metadata (`meta`) are read from the flat
//! arrays, so no step recurses on DOM depth.

mod boiler;
mod content;
mod dom;
mod guard;
mod meta;

use crate::model::{Article, Body, Dateline, Related};
use crate::Limits;
use dom::{Page, NONE};

/// Extracts the article from a decoded HTML page. Never fails: a weird page gives a sparse
/// article. `language`/`direction` are filled by the caller.
pub fn extract(html: &str, url: Option<&str>, limits: Limits) -> Article {
    let html = guard::cap_nesting(html, guard::MAX_BLOCK_DEPTH);
    let doc = scraper::Html::parse_document(&html);
    let mut page = Page::build(&doc, limits.max_nodes);
    // Without a caller URL, the page's own canonical address gives the host and the base for
    // related links (nothing is fetched).
    let own_url = meta::meta(&page, &["og:url"])
        .map(str::to_string)
        .or_else(|| page.canonical.clone())
        .filter(|u| u.starts_with("http"));
    let url = url.or(own_url.as_deref());
    let domain = url.and_then(host_of);
    let ld = meta::json_ld(&page);
    let site = meta::site_name(&page, &ld);
    let mut site_label = meta::title_site(&page, site.as_deref(), domain).or_else(|| site.clone());
    let title = meta::title(&page, &ld, site.as_deref(), domain)
        .map(|t| crate::text::normalize::display(&t))
        .filter(|t| !t.is_empty());
    let published_at = meta::published(&page, &ld);
    let mut authors = meta::authors(&page, &ld, site.as_deref(), domain);
    let keywords = meta::keywords(&page, &ld, title.as_deref(), site.as_deref(), domain);

    let sel = content::select(&mut page, title.as_deref());
    let mut paragraphs: Vec<String> = Vec::with_capacity(sel.kept.len());
    let mut source = None;
    for &i in &sel.kept {
        let Some(b) = page.blocks.get(i) else {
            continue;
        };
        if meta::tag_label_len(&b.text).is_some() {
            continue;
        }
        if let Some(s) = source_credit(&b.text) {
            source = Some(s);
            continue;
        }
        let p = crate::text::normalize::display(&b.text);
        if !p.trim().is_empty() {
            paragraphs.push(p);
        }
    }
    // A byline line at the top of the body ("حوار: آسيا العتروس", "By Jane Doe").
    let mut i = 0;
    while i < paragraphs.len().min(3) {
        match paragraphs
            .get(i)
            .and_then(|p| meta::byline_line(p, site.as_deref(), domain))
        {
            Some(names) => {
                paragraphs.remove(i);
                if authors.is_empty() {
                    authors = names;
                }
            }
            None => i += 1,
        }
    }
    let mut dateline = None;
    if let Some(first) = paragraphs.first_mut() {
        if let Some((d, consumed)) = crate::text::dateline::parse(first) {
            let rest: String = first.chars().skip(consumed).collect();
            *first = rest.trim_start().to_string();
            dateline = Some(d);
        } else if let Some(rest) = [site_label.clone(), site.clone()]
            .into_iter()
            .flatten()
            .chain(meta::title_edge_segments(&page))
            .find_map(|s| strip_outlet_prefix(first, &s).map(|rest| (rest, s)))
        {
            // "المدينة نيوز :- بلغت ...": the outlet's name before the first sentence, as
            // the outlet writes it.
            *first = rest.0;
            site_label = Some(rest.1);
        }
    }
    // A leading bullet on the standfirst ("- الجيل الذي ... -كنا وطنا ..."): a list of
    // highlights run together, one paragraph each.
    if let Some(rest) = paragraphs.first().and_then(|p| strip_bullet(p)) {
        let items = split_bullets(&rest);
        paragraphs.splice(0..1, items);
    }
    // Wire credits closing the story ("--(بترا)", "(AP)", "/ انتهى /").
    let mut wire: Option<String> = None;
    while let Some(credit) = paragraphs
        .last()
        .and_then(|p| crate::text::dateline::end_credit(p))
    {
        paragraphs.pop();
        wire = wire.or(credit);
    }
    if let Some(last) = paragraphs.last_mut() {
        if let Some((rest, agency)) = crate::text::dateline::strip_end_credit(last) {
            *last = rest;
            wire = wire.or(Some(agency));
        }
    }
    paragraphs.retain(|p| !p.trim().is_empty());
    // An agency given as the author ("Reuters") is the dateline's agency, not a writer.
    let mut agency_author = None;
    authors.retain(|a| {
        let wire_author = crate::text::dateline::is_known_agency(a);
        if wire_author {
            agency_author = agency_author.clone().or(Some(a.clone()));
        }
        !wire_author
    });
    let prefix_credit = dateline
        .as_ref()
        .filter(|d| d.place.is_none())
        .and_then(|d| d.agency.clone());
    let outlet = meta::outlet_name(
        &page,
        &ld,
        site_label.as_deref(),
        &prefix_credit.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let source = source
        .or(outlet)
        .or_else(|| {
            // An outlet credited in the dateline ("(أبوظبي - البيان)") names the source; the
            // generic "وكالات" (agencies) names none.
            dateline
                .as_ref()
                .and_then(|d| d.agency.clone())
                .filter(|a| crate::text::normalize::search_key(a) != "وكالات")
        })
        .map(|s| crate::text::normalize::display(&s));
    // A handle such as "CNNArabic.com" when the dateline credits "(CNN)": the credit is the
    // outlet's written name.
    let source = match (source, dateline.as_ref().and_then(|d| d.agency.as_deref())) {
        (Some(s), Some(a)) if !meta::is_human_name(&s) && names_handle(a, &s) => {
            Some(a.to_string())
        }
        (s, _) => s,
    };
    if let Some(w) = wire {
        dateline = Some(credit_wire(dateline, w, source.as_deref()));
    }
    if dateline.is_none() {
        dateline = meta::byline_place(&page, &ld).map(|place| Dateline {
            place: Some(place),
            agency: None,
        });
    }
    if let (Some(d), Some(a)) = (dateline.as_mut(), agency_author) {
        if d.agency.is_none() {
            d.agency = Some(a);
        }
    }
    let related = related(&page, &sel, url);
    Article {
        title,
        authors,
        published_at,
        dateline,
        source,
        keywords,
        body: Body::from_paragraphs(paragraphs),
        related,
        ..Article::default()
    }
}

/// The dateline once the story's closing wire credit is known: the wire fills an empty
/// agency, and replaces the outlet's own name there (the outlet is the source; the wire wrote
/// the story).
fn credit_wire(dateline: Option<Dateline>, wire: String, source: Option<&str>) -> Dateline {
    let own = |a: &str| {
        source.is_some_and(|s| {
            crate::text::normalize::search_key(s) == crate::text::normalize::search_key(a)
        })
    };
    match dateline {
        Some(mut d) => {
            if d.agency
                .as_deref()
                .is_none_or(|a| own(a) && d.place.is_none())
            {
                d.agency = Some(wire);
            }
            d
        }
        None => Dateline {
            place: None,
            agency: Some(wire),
        },
    }
}

/// True when `name` (an agency credit) is the written form of the handle or host `handle`.
fn names_handle(name: &str, handle: &str) -> bool {
    let k = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let (n, h) = (k(name), k(handle));
    n.len() >= 3
        && n.chars().count() == name.chars().filter(|c| c.is_alphanumeric()).count()
        && h.starts_with(&n)
}

/// Splits highlights run together with dash bullets ("أولا -ثانيا"): a dash after a space
/// and right before a letter starts the next item.
fn split_bullets(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_space = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '-' && prev_space && chars.peek().is_some_and(|n| n.is_alphabetic()) {
            let item = cur.trim().to_string();
            if !item.is_empty() {
                out.push(item);
            }
            cur.clear();
            prev_space = false;
            continue;
        }
        prev_space = c.is_whitespace();
        cur.push(c);
    }
    let item = cur.trim().to_string();
    if !item.is_empty() {
        out.push(item);
    }
    out
}

/// A paragraph opened by a list bullet ("- ", "• "): the text without it.
fn strip_bullet(p: &str) -> Option<String> {
    let t = p.trim_start();
    let rest = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("• "))
        .or_else(|| t.strip_prefix("– "))?;
    let rest = rest.trim_start();
    rest.starts_with(|c: char| c.is_alphabetic())
        .then(|| rest.to_string())
}

/// Strips the outlet's name and its dash or colon from the start of a paragraph.
fn strip_outlet_prefix(para: &str, outlet: &str) -> Option<String> {
    let n = outlet.chars().count();
    if n < 3 {
        return None;
    }
    let head: String = para.chars().take(n).collect();
    let key = |s: &str| -> String {
        boiler::fold_line(s)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    if key(&head) != key(outlet) {
        return None;
    }
    let rest: String = para.chars().skip(n).collect();
    let trimmed = rest.trim_start();
    let after = trimmed.trim_start_matches([':', '-', '–', '—', ' ', '：']);
    (after.len() < trimmed.len()
        && trimmed.starts_with([':', '-', '–', '—', '：'])
        && !after.is_empty())
    .then(|| after.to_string())
}

/// "المصدر: صحيفة الاتحاد" / "Source: Reuters" as the outlet credited.
fn source_credit(text: &str) -> Option<String> {
    if text.chars().count() > 80 {
        return None;
    }
    let folded = boiler::fold_line(text);
    let label = ["المصدر", "مصدر الخبر", "source"]
        .iter()
        .find(|l| folded.starts_with(*l))?;
    let rest: String = text.chars().skip(label.chars().count()).collect();
    let rest = rest.trim_start();
    let rest = rest.strip_prefix([':', '：'])?.trim();
    (!rest.is_empty()).then(|| rest.to_string())
}

/// Headlines of related and "read also" links, with absolute URLs.
fn related(page: &Page<'_>, sel: &content::Selection, url: Option<&str>) -> Vec<Related> {
    let teaser_owners: Vec<u32> = sel
        .teasers
        .iter()
        .filter_map(|&i| page.blocks.get(i).map(|b| b.owner))
        .collect();
    // Containers headed by "أخبار ذات صلة" / "Related stories" without a class that says so:
    // the parent of the heading, unless it holds the story itself.
    let kept_owners: Vec<u32> = sel
        .kept
        .iter()
        .filter_map(|&i| page.blocks.get(i).map(|b| b.owner))
        .collect();
    let headed: Vec<u32> = page
        .blocks
        .iter()
        .filter(|b| b.link_chars * 2 < b.chars.max(1) && boiler::is_related_heading(&b.text))
        .filter_map(|b| page.elems.get(b.owner as usize).map(|e| e.parent))
        .filter(|&p| !kept_owners.iter().any(|&o| page.contains(p, o)))
        // An inline "اقرأ أيضا: <a>headline</a>" line inside the story.
        .chain(
            page.blocks
                .iter()
                .filter(|b| b.link_chars > 0 && boiler::starts_with_related_label(&b.text))
                .map(|b| b.owner),
        )
        .collect();
    let mut out: Vec<Related> = Vec::new();
    let page_host = url.and_then(host_of);
    for a in &page.anchors {
        let text = a.text.trim();
        let words = text.split_whitespace().count();
        if words < 3 || text.chars().count() > 200 || content::is_stamp(text) {
            continue;
        }
        let in_teaser = teaser_owners.iter().any(|&o| page.contains(o, a.elem));
        let in_related = in_teaser
            || has_ancestor(page, a.elem, boiler::RELATED)
            || headed.iter().any(|&h| page.contains(h, a.elem));
        if !in_related
            || is_toggle_href(&a.href)
            || is_section_href(&a.href)
            || looks_like_code(text)
        {
            continue;
        }
        let href = resolve(url, &a.href);
        // Sponsored widgets mix the site's own stories with ads for other sites.
        if has_ancestor(page, a.elem, boiler::SPONSORED)
            && href.as_deref().and_then(host_of).map(site_host) != page_host.map(site_host)
        {
            continue;
        }
        if out.iter().any(|r| r.title == text) {
            continue;
        }
        out.push(Related {
            title: crate::text::normalize::display(text),
            url: href,
        });
        if out.len() >= 50 {
            break;
        }
    }
    out
}

/// A tab or toggle (`#latest`, `.Trending`), not a story link.
fn is_toggle_href(href: &str) -> bool {
    let h = href.trim();
    h.starts_with('#') || (h.starts_with('.') && !h.starts_with("./") && !h.starts_with("../"))
}

/// A section or category page (`/Section/sports/4`, `/category/world`): navigation, not a
/// story.
fn is_section_href(href: &str) -> bool {
    let h = href.to_ascii_lowercase();
    ["/section/", "/sections/", "/category/", "/categories/"]
        .iter()
        .any(|p| h.contains(p))
}

/// Script text shown as a link (`googletag.cmd.push(function() {...})`).
fn looks_like_code(text: &str) -> bool {
    ["function(", "function (", "();", "});", "=>"]
        .iter()
        .any(|p| text.contains(p))
}

/// A host without `www.`, for comparing a link's site with the page's.
fn site_host(h: &str) -> &str {
    h.strip_prefix("www.").unwrap_or(h)
}

fn has_ancestor(page: &Page<'_>, mut idx: u32, flag: boiler::Hint) -> bool {
    for _ in 0..64 {
        let Some(e) = page.elems.get(idx as usize) else {
            return false;
        };
        if e.hint & flag != 0 {
            return true;
        }
        if e.parent == NONE {
            return false;
        }
        idx = e.parent;
    }
    false
}

/// The host of an absolute URL.
fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    Some(host.split(':').next().unwrap_or(host)).filter(|h| !h.is_empty())
}

/// Resolves `href` against `base` (scheme-relative, absolute-path and relative forms).
fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty()
        || href.starts_with('#')
        || href.starts_with("javascript:")
        || href.starts_with("mailto:")
    {
        return None;
    }
    if href.contains("://") {
        return Some(href.to_string());
    }
    let Some(base) = base.filter(|b| b.contains("://")) else {
        return Some(href.to_string());
    };
    let (scheme, rest) = base.split_once("://")?;
    if let Some(h) = href.strip_prefix("//") {
        return Some(format!("{scheme}://{h}"));
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest.get(..host_end)?;
    if href.starts_with('/') {
        return Some(format!("{scheme}://{host}{href}"));
    }
    let path = rest.get(host_end..)?;
    let path = path.split(['?', '#']).next().unwrap_or("");
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    Some(format!("{scheme}://{host}{dir}/{href}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(html: &str) -> Article {
        extract(
            html,
            Some("https://news.example.com/world/story.html"),
            Limits::default(),
        )
    }

    const AR1: &str =
        "قال المتحدث باسم الوزارة إن الاجتماع سيعقد في العاصمة يوم الأحد المقبل بحضور الوفود.";
    const AR2: &str =
        "وأضاف أن جدول الأعمال يتضمن ملفات اقتصادية وأمنية عدة، وأن النتائج ستعلن لاحقا.";

    #[test]
    fn title_suffix_is_stripped_by_comparing_candidates() {
        let html = format!(
            "<html><head><title>الوزارة تعلن موعد الاجتماع - اليوم السابع</title><meta property='og:site_name' content='اليوم السابع'></head>\
             <body><div class='article'><p>{AR1}</p><p>{AR2}</p></div></body></html>"
        );
        let a = ex(&html);
        assert_eq!(a.title.as_deref(), Some("الوزارة تعلن موعد الاجتماع"));
        assert_eq!(a.source.as_deref(), Some("اليوم السابع"));
    }

    #[test]
    fn h1_confirmed_by_title_wins() {
        let html = "<html><head><title>Markets rally on rate hopes | Daily Ledger</title></head>\
             <body><h1>Markets rally on rate hopes</h1><p>Stocks rose sharply on Monday, as investors bet that central banks would soon cut rates.</p></body></html>";
        assert_eq!(
            ex(html).title.as_deref(),
            Some("Markets rally on rate hopes")
        );
    }

    #[test]
    fn json_ld_date_keeps_the_offset_and_author_is_clean() {
        let html = format!(
            "<html><head><script type='application/ld+json'>{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\
             \"headline\":\"عنوان الخبر الرئيسي\",\"datePublished\":\"2024-04-05T10:30:00+03:00\",\"dateModified\":\"2024-04-06T08:00:00+03:00\",\
             \"author\":{{\"@type\":\"Person\",\"name\":\"بقلم: سارة أحمد\"}},\"publisher\":{{\"@type\":\"Organization\",\"name\":\"صحيفة المثال\"}}}}</script></head>\
             <body><p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        let a = ex(&html);
        assert_eq!(a.published_at.as_deref(), Some("2024-04-05T10:30:00+03:00"));
        assert_eq!(a.authors, ["سارة أحمد"]);
        assert_eq!(a.title.as_deref(), Some("عنوان الخبر الرئيسي"));
        assert_eq!(a.source.as_deref(), Some("صحيفة المثال"));
    }

    #[test]
    fn publication_time_beats_update_time() {
        let html = format!(
            "<html><body><time class='updated' datetime='2021-03-02T09:00:00Z'>Updated</time>\
             <time class='published' datetime='2021-03-01T08:00:00-05:00'>March 1</time><p>{AR1}</p></body></html>"
        );
        assert_eq!(
            ex(&html).published_at.as_deref(),
            Some("2021-03-01T08:00:00-05:00")
        );
    }

    #[test]
    fn a_story_h1_beats_a_generic_title() {
        let html = format!(
            "<html><head><title>أخبار - موقع المثال</title></head><body><h1>افتتاح جسر جديد فوق نهر النيل</h1>\
             <p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        assert_eq!(
            ex(&html).title.as_deref(),
            Some("افتتاح جسر جديد فوق نهر النيل")
        );
    }

    #[test]
    fn the_tail_of_title_after_the_headline_names_the_site() {
        let html = format!(
            "<html><head><title>تراجع أسعار الذهب في الأسواق المحلية | جريدة النموذج</title></head>\
             <body><h1>تراجع أسعار الذهب في الأسواق المحلية</h1><p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        let a = ex(&html);
        assert_eq!(
            a.title.as_deref(),
            Some("تراجع أسعار الذهب في الأسواق المحلية")
        );
        assert_eq!(a.source.as_deref(), Some("جريدة النموذج"));
    }

    #[test]
    fn a_block_headed_related_is_related_without_a_class_saying_so() {
        let html = format!(
            "<html><body><article><p>{AR1}</p><p>{AR2}</p></article>\
             <p>اقرأ أيضا: <a href='/n/4'>البنك المركزي يثبت أسعار الفائدة</a></p>\
             <aside><h2>اقرأ أيضاً</h2><ul><li><a href='/n/5'>وزارة النقل تعلن مواعيد القطارات الجديدة</a></li></ul></aside>\
             <section><h2>آخر الأخبار</h2><a href='/n/6'>خبر لا علاقة له بالمقال المنشور</a></section></body></html>"
        );
        let a = ex(&html);
        let titles: Vec<&str> = a.related.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "البنك المركزي يثبت أسعار الفائدة",
                "وزارة النقل تعلن مواعيد القطارات الجديدة"
            ]
        );
        assert_eq!(a.body.paragraphs, [AR1, AR2]);
    }

    #[test]
    fn related_block_is_captured_and_not_in_body() {
        let html = format!(
            "<html><body><article><p>{AR1}</p><p>{AR2}</p></article>\
             <div class='related-news'><h3>أخبار ذات صلة</h3><ul><li><a href='/n/2'>الحكومة تقر خطة جديدة للنقل العام</a></li>\
             <li><a href='https://other.example.org/x'>افتتاح مستشفى جديد في المدينة الشمالية</a></li></ul></div></body></html>"
        );
        let a = ex(&html);
        assert_eq!(a.body.paragraphs, [AR1, AR2]);
        assert_eq!(a.related.len(), 2);
        assert_eq!(a.related[0].title, "الحكومة تقر خطة جديدة للنقل العام");
        assert_eq!(
            a.related[0].url.as_deref(),
            Some("https://news.example.com/n/2")
        );
        assert_eq!(
            a.related[1].url.as_deref(),
            Some("https://other.example.org/x")
        );
    }

    #[test]
    fn visible_tags_and_source_credit() {
        let html = format!(
            "<html><head><meta name='keywords' content='news, world, today'></head><body><div class='story'><p>{AR1}</p><p>{AR2}</p>\
             <p>المصدر: صحيفة الاتحاد</p></div><div class='tags-box'><span>الكلمات الدلالية:</span> <a href='/t/1'>الاقتصاد</a> <a href='/t/2'>النقل العام</a></div></body></html>"
        );
        let a = ex(&html);
        assert_eq!(a.keywords, ["الاقتصاد", "النقل العام"]);
        assert_eq!(a.source.as_deref(), Some("صحيفة الاتحاد"));
        assert_eq!(a.body.paragraphs, [AR1, AR2]);
    }

    #[test]
    fn byline_box_is_not_body() {
        let html = "<html><body><div class='post'><div class='byline'>By Jane Doe</div>\
             <p>The council approved the new transit plan on Thursday, after months of debate over its cost.</p>\
             <p>Work on the first line is expected to begin next spring, officials said at the meeting.</p></div></body></html>";
        let a = ex(html);
        assert_eq!(a.authors, ["Jane Doe"]);
        assert_eq!(a.body.paragraphs.len(), 2);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let mut html = String::new();
        for _ in 0..20_000 {
            html.push_str("<div>");
        }
        html.push_str("<p>The text at the bottom of a very deep page is still read.</p>");
        let a = ex(&html);
        assert_eq!(
            a.body.paragraphs,
            ["The text at the bottom of a very deep page is still read."]
        );
    }

    #[test]
    fn teaser_cards_are_related_not_body() {
        let card = |t: &str, d: &str| {
            format!("<li><div class='card'><h4><a href='/s/{t}'>{t} story headline here</a></h4><div class='card-text'>{d}</div></div></li>")
        };
        let d1 =
            "A summary of another story that runs long enough to read like a paragraph of prose.";
        let d2 =
            "Another summary of a different story, also long enough to look like real prose text.";
        let html = format!(
            "<html><body><div><p>{AR1}</p><p>{AR2}</p></div><div><h3>More news</h3><ul>{}{}</ul></div></body></html>",
            card("First", d1),
            card("Second", d2)
        );
        let a = ex(&html);
        assert_eq!(a.body.paragraphs, [AR1, AR2]);
        assert!(a
            .related
            .iter()
            .any(|r| r.title == "First story headline here"));
    }

    #[test]
    fn captions_and_inline_teasers_are_dropped() {
        let p1 = "The storm reached the coast late on Sunday, flooding streets and cutting power to thousands of homes.";
        let p2 = "Officials said repairs could take several days as crews worked through the night to restore service.";
        let html = format!(
            "<html><body><div class='story'><p>{p1}</p><p>Residents wade through a flooded street (Image: GETTY )</p>\
             <p>READ MORE: Storm season could be the worst in a decade</p><p>Story continues below advertisement</p>\
             <img src='a.jpg' alt='Crews repair a power line in the rain'><p>Crews repair a power line in the rain</p><p>{p2}</p></div></body></html>"
        );
        assert_eq!(ex(&html).body.paragraphs, [p1, p2]);
    }

    #[test]
    fn byline_line_and_outlet_prefix_leave_the_body() {
        let html = format!(
            "<html><head><title>عنوان الحوار المطول - صحيفة المثال</title></head><body><div class='content'>\
             <p>حوار: ليلى منصور</p><p>صحيفة المثال :- {AR1}</p><p>{AR2}</p></div></body></html>"
        );
        let a = ex(&html);
        assert_eq!(a.authors, ["ليلى منصور"]);
        assert_eq!(a.body.paragraphs, [AR1, AR2]);
        assert_eq!(a.source.as_deref(), Some("صحيفة المثال"));
    }

    #[test]
    fn headline_cut_into_words_is_no_keyword_list() {
        let html = format!(
            "<html><head><title>الوزير يفتتح المعرض الدولي</title><meta name='keywords' content='الوزير,يفتتح,المعرض,الدولي'></head>\
             <body><p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        assert!(ex(&html).keywords.is_empty());
    }

    #[test]
    fn sponsored_widget_keeps_only_the_sites_own_stories() {
        let html = format!(
            "<html><body><article><p>{AR1}</p><p>{AR2}</p></article>\
             <div class='most-read'><a href='.Latest' data-toggle='tab'>الأكثر قراءة هذا الأسبوع الآن</a></div>\
             <div class='taboola-feed related-box'><a href='/n/7'>الحكومة تقر خطة جديدة للنقل العام</a><a href='/Section/women-and-home/9'>المرأة و المنوعات اليوم</a>\
             <a href='https://ads.example.net/c?x=1'>Best cheap electric cars deals today</a>\
             <a href='/n/8'>googletag.cmd.push(function() {{ show('slot-1'); }});</a></div></body></html>"
        );
        let a = ex(&html);
        let titles: Vec<&str> = a.related.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["الحكومة تقر خطة جديدة للنقل العام"]);
    }

    #[test]
    fn visible_byline_when_the_author_meta_is_the_site() {
        let html = format!(
            "<html><head><meta property='og:site_name' content='exampledaily'><meta name='author' content='exampledaily'></head>\
             <body><h1>عنوان الخبر الرئيسي اليوم</h1><span class='writeBy'>كتبت سلمى فاروق</span><div class='story'><p>{AR1}</p><p>{AR2}</p></div>\
             <div class='post-tags'><span>الكلمات الدالة :</span><a href='/tags/1'>النقل</a><a href='/tags/2'>الموازنة</a></div></body></html>"
        );
        let a = extract(
            &html,
            Some("https://exampledaily.com/n/1"),
            Limits::default(),
        );
        assert_eq!(a.authors, ["سلمى فاروق"]);
        assert_eq!(a.keywords, ["النقل", "الموازنة"]);
    }

    #[test]
    fn closing_wire_credit_leaves_the_body_for_the_dateline() {
        let html = format!(
            "<html><head><title>خبر عن الاجتماع - أخبار المثال</title></head><body><h1>خبر عن الاجتماع</h1>\
             <div class='story'><p>أخبار المثال :- {AR1}</p><p>{AR2}</p><p>--(وفا)</p></div></body></html>"
        );
        let a = ex(&html);
        assert_eq!(a.body.paragraphs, [AR1, AR2]);
        assert_eq!(a.source.as_deref(), Some("أخبار المثال"));
        let d = a.dateline.unwrap();
        assert_eq!((d.place, d.agency.as_deref()), (None, Some("وفا")));
    }

    #[test]
    fn agency_named_as_author_is_the_dateline_agency() {
        let p1 = "The minister said on Monday that talks with the unions would resume next week.";
        let html = format!(
            "<html><head><meta name='author' content='Reuters'></head><body><h1>Talks to resume next week, minister says</h1>\
             <div class='story'><p>LISBON — {p1}</p><p>Union leaders welcomed the decision but warned that strikes remained possible.</p></div></body></html>"
        );
        let a = ex(&html);
        assert!(a.authors.is_empty());
        let d = a.dateline.unwrap();
        assert_eq!(
            (d.place.as_deref(), d.agency.as_deref()),
            (Some("LISBON"), Some("Reuters"))
        );
        assert_eq!(a.body.paragraphs[0], p1);
    }

    #[test]
    fn written_outlet_name_beats_a_handle() {
        let html = format!(
            "<html><head><meta property='og:site_name' content='dailyexample'><meta itemprop='publisher' content='صحيفة المثال اليومية'>\
             <title>عنوان الخبر الرئيسي</title></head><body><p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        assert_eq!(ex(&html).source.as_deref(), Some("صحيفة المثال اليومية"));
        // More fields naming another outlet than the title suffix: the agreed name wins.
        let html = format!(
            "<html><head><title>عنوان الخبر الرئيسي - City News</title><meta property='og:title' content='عنوان الخبر الرئيسي'>\
             <meta property='og:site_name' content='XYZTV2'><meta name='twitter:site' content='@XYZTV'><meta itemprop='author' content='XYZTV'>\
             </head><body><p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        assert_eq!(ex(&html).source.as_deref(), Some("XYZTV"));
    }

    #[test]
    fn place_after_the_byline_is_the_dateline() {
        let html = format!(
            "<html><head><meta name='author' content='سلمى فاروق - الرباط'></head><body><p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        let a = ex(&html);
        assert_eq!(a.authors, ["سلمى فاروق"]);
        let d = a.dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.agency), (Some("الرباط"), None));
        let html = format!(
            "<html><head><meta name='author' content='سلمى فاروق - صحيفة المثال'></head><body><p>{AR1}</p></body></html>"
        );
        assert_eq!(ex(&html).dateline, None);
    }

    #[test]
    fn handle_source_gives_way_to_the_datelines_own_credit() {
        let html = format!(
            "<html><head><title>خبر عن الاجتماع - ABCArabic.com</title></head><body><h1>خبر عن الاجتماع</h1>\
             <div class='story'><p>عمان، الأردن (ABC) -- {AR1}</p><p>{AR2}</p></div></body></html>"
        );
        let a = ex(&html);
        assert_eq!(a.source.as_deref(), Some("ABC"));
        assert_eq!(a.body.paragraphs, [AR1, AR2]);
    }

    #[test]
    fn headline_segment_is_no_outlet() {
        // "<title>" and og:title are the same text: their first segment is part of the
        // headline, not an outlet the two agree on.
        let t = "Survey Results Are In - Most Readers Prefer Print | acmeads";
        let html = format!(
            "<html><head><title>{t}</title><meta property='og:title' content='{t}'><meta property='og:site_name' content='acmeads'></head>\
             <body><p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        assert_eq!(ex(&html).source.as_deref(), Some("acmeads"));
    }

    #[test]
    fn comment_lines_are_no_byline() {
        let p1 = "The council approved the new transit plan on Thursday, after months of debate over its cost.";
        let html = format!(
            "<html><head><meta name='author' content='exampledaily'><meta property='og:site_name' content='exampledaily'></head><body><div class='comment-author'>Sam Lee commented on</div>\
             <div class='story'><p>{p1}</p></div></body></html>"
        );
        assert!(ex(&html).authors.is_empty());
    }

    #[test]
    fn standfirst_bullet_is_dropped() {
        let html = format!(
            "<html><body><div class='story'><p>- {AR2}</p><p>{AR1}</p></div></body></html>"
        );
        assert_eq!(ex(&html).body.paragraphs, [AR2, AR1]);
        let html = format!(
            "<html><body><div class='story'><p>- المحور الأول من الحوار -المحور الثاني في سطر واحد</p><p>{AR1}</p></div></body></html>"
        );
        assert_eq!(
            ex(&html).body.paragraphs,
            ["المحور الأول من الحوار", "المحور الثاني في سطر واحد", AR1]
        );
        assert_eq!(split_bullets("سعر 5 - 3 دنانير"), ["سعر 5 - 3 دنانير"]);
    }

    #[test]
    fn header_date_widget_is_not_the_article_date() {
        let html = format!(
            "<html><body><div id='date-widget'><span>Mar.</span> <span>3</span> <span>2021</span></div>\
             <h1>عنوان الخبر الرئيسي اليوم</h1><div class='byline'><span class='date-display' content='2019-05-10T00:00:00+01:00'>الجمعة 10 ماي 2019</span></div>\
             <p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        assert_eq!(
            ex(&html).published_at.as_deref(),
            Some("2019-05-10T00:00:00+01:00")
        );
    }

    #[test]
    fn visible_stamp_under_the_headline_is_the_date() {
        let html = format!(
            "<html><body><div class='top'>الثلاثاء 1 ديسمبر 2020</div><h1>عنوان الخبر الرئيسي اليوم</h1><div class='x'>الأحد 24 أغسطس 2020</div><p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        // The stamp in the page header is today's date, not the article's.
        assert_eq!(ex(&html).published_at.as_deref(), Some("2020-08-24"));
    }

    #[test]
    fn windows_1256_page_through_the_pipeline() {
        let page = format!(
            "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'><title>خبر</title></head><body><p>{AR1}</p><p>{AR2}</p></body></html>"
        );
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&page);
        let input = crate::Input {
            bytes: &bytes,
            ..crate::Input::default()
        };
        let a = crate::parse(&input, &crate::Options::default()).unwrap();
        assert_eq!(a.body.paragraphs, [AR1, AR2]);
    }

    #[test]
    fn canonical_link_is_the_base_without_a_caller_url() {
        let html = format!(
            "<html><head><link rel='canonical' href='https://paper.example.com/a/1'><meta name='author' content='paper'></head><body><article><p>{AR1}</p><p>{AR2}</p></article>\
             <div class='related'><a href='/a/2'>خبر آخر عن الموازنة العامة للدولة</a></div></body></html>"
        );
        let a = extract(&html, None, Limits::default());
        assert_eq!(
            a.related[0].url.as_deref(),
            Some("https://paper.example.com/a/2")
        );
        assert!(a.authors.is_empty(), "the domain name is no author");
    }

    #[test]
    fn resolves_links() {
        let base = Some("https://a.example/x/y.html?q=1");
        assert_eq!(
            resolve(base, "z.html").as_deref(),
            Some("https://a.example/x/z.html")
        );
        assert_eq!(
            resolve(base, "//b.example/p").as_deref(),
            Some("https://b.example/p")
        );
        assert_eq!(resolve(base, "#top"), None);
    }
}
