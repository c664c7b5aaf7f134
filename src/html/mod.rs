//! HTML pages: DOM cleaning, main-content scoring and metadata.
//!
//! The page is parsed once (html5ever through scraper) and flattened in one iterative walk
//! ([`dom`]); the main content ([`content`]) and the metadata ([`meta`]) are read from the flat
//! arrays, so no step recurses on DOM depth.

mod boiler;
mod content;
mod dom;
mod meta;

use crate::model::{Article, Body, Related};
use crate::Limits;
use dom::{Page, NONE};

/// Extracts the article from a decoded HTML page. Never fails: a weird page gives a sparse
/// article. `language`/`direction` are filled by the caller.
pub fn extract(html: &str, url: Option<&str>, limits: Limits) -> Article {
    let doc = scraper::Html::parse_document(html);
    let mut page = Page::build(&doc, limits.max_nodes);
    let domain = url.and_then(host_of);
    let ld = meta::json_ld(&page);
    let site = meta::site_name(&page, &ld);
    let title = meta::title(&page, &ld, site.as_deref(), domain)
        .map(|t| crate::text::normalize::display(&t))
        .filter(|t| !t.is_empty());
    let published_at = meta::published(&page, &ld);
    let authors = meta::authors(&page, &ld, site.as_deref(), domain);
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
    let mut dateline = None;
    if let Some(first) = paragraphs.first_mut() {
        if let Some((d, consumed)) = crate::text::dateline::parse(first) {
            let rest: String = first.chars().skip(consumed).collect();
            *first = rest.trim_start().to_string();
            dateline = Some(d);
        }
    }
    let related = related(&page, &sel, url);
    Article {
        title,
        authors,
        published_at,
        dateline,
        source: source.or(site).map(|s| crate::text::normalize::display(&s)),
        keywords,
        body: Body::from_paragraphs(paragraphs),
        related,
        ..Article::default()
    }
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
    let mut out: Vec<Related> = Vec::new();
    for a in &page.anchors {
        let text = a.text.trim();
        let words = text.split_whitespace().count();
        if words < 3 || text.chars().count() > 200 {
            continue;
        }
        let in_teaser = teaser_owners.iter().any(|&o| page.contains(o, a.elem));
        let in_related = in_teaser || related_ancestor(page, a.elem);
        if !in_related {
            continue;
        }
        let href = resolve(url, &a.href);
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

fn related_ancestor(page: &Page<'_>, mut idx: u32) -> bool {
    for _ in 0..64 {
        let Some(e) = page.elems.get(idx as usize) else {
            return false;
        };
        if e.hint & boiler::RELATED != 0 {
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
