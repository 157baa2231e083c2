//! Page metadata that Readability does not give us, or not well: the publication date
//! (JSON-LD, meta tags, microdata, `<time>`), the canonical URL, the raw `<title>`, the
//! `<h1>`s, and the places an author's name may be when Readability finds none.
//!
//! Works on the parsed document that `dom_smoothie::Readability` already holds (its `doc`
//! field), so the page is parsed once; it must run before `Readability::parse`, which
//! rewrites the document.

mod authors;

use dom_query::NodeRef;
use dom_smoothie::Readability;
use url::Url;

use super::canon::canonical_url;
use super::jsonld::{json_ld_blocks, json_ld_date, parse_json_ld};
use super::page_tags::PageTags;
use super::pubdate::normalize_date;
use authors::{author_candidates, outside_chrome};

/// `<meta>` names/properties that carry the publication date, best first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "citation_publication_date",
    "originalpublicationdate",
    "article_date_original",
];

/// `<meta>` names/properties that carry the last-modified date: used only when no
/// publication date exists anywhere in the page.
const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
];

/// What `meta` finds in a page.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct PageMeta {
    /// The publication date the metadata declares (never a modified date), normalised by
    /// `pubdate::normalize_date`.
    pub published_at: Option<String>,
    /// The last-modified date the metadata declares, normalised the same way.
    pub modified_at: Option<String>,
    /// The first `<time datetime>` outside the article and its header (and outside
    /// navigation, footers and comments): a sidebar's list of posts as often as the
    /// article's own date, so it yields to a date shown at the headline.
    pub time_elsewhere: Option<String>,
    /// Absolute and normalised by `canon::canonical_url`.
    pub canonical_url: Option<String>,
    /// The text of the first `<title>`, whitespace collapsed.
    pub title_tag: Option<String>,
    /// The texts of the first few `<h1>`s, whitespace collapsed.
    pub headings: Vec<String>,
    /// The texts of the first few `<h2>`s, whitespace collapsed.
    pub subheadings: Vec<String>,
    /// Where the author may be named, most trusted first and not yet cleaned (see
    /// `author_candidates`).
    pub authors: Vec<String>,
    /// The names marked as authors inside comment sections (commenters, whom Readability
    /// may take for the byline), as written; read only when `authors` came from the page.
    pub commenters: Vec<String>,
    /// The `<html>` element's `lang`, as written.
    pub lang: Option<String>,
}

/// Read date, canonical URL, `<title>` and `<h1>`s from the (not yet parsed) document in `r`.
/// `base` resolves a relative canonical link; without it only absolute links count.
pub(crate) fn read_page_meta(r: &Readability, base: Option<&Url>) -> PageMeta {
    let tags = PageTags::of(&r.doc);
    let metas = meta_pairs(&tags.metas);
    let mut json_ld = json_ld_blocks(&tags.json_ld);
    // Sites whose framework writes only `<meta>` tags (Next.js's metadata API) may carry
    // their JSON-LD in one: `<meta name="script:ld+json" content="{...}">`.
    json_ld.extend(
        metas
            .iter()
            .filter(|(k, _)| k == "script:ld+json")
            .filter_map(|(_, v)| parse_json_ld(v)),
    );
    let from_meta = |keys: &[&str]| {
        keys.iter().find_map(|key| {
            metas
                .iter()
                .filter(|(k, _)| k == key)
                .find_map(|(_, v)| normalize_date(v))
        })
    };
    let published_at = json_ld_date(&json_ld, "datePublished")
        .or_else(|| from_meta(PUBLISHED_META))
        .or_else(|| itemprop_date(&tags.itemprops, "datePublished"))
        .or_else(|| json_ld_date(&json_ld, "dateCreated"))
        .or_else(|| article_time_date(&tags.times))
        .or_else(|| other_published_meta(&metas));
    // (Read only when the page declares no publication date, the one case it weighs in.)
    let time_elsewhere = published_at
        .is_none()
        .then(|| loose_time_date(&tags.times))
        .flatten();
    let modified_at = json_ld_date(&json_ld, "dateModified")
        .or_else(|| from_meta(MODIFIED_META))
        .or_else(|| itemprop_date(&tags.itemprops, "dateModified"));

    // <link rel=canonical> first, then og:url; the first that resolves wins.
    let links: Vec<String> = tags
        .links
        .iter()
        .filter(|n| {
            n.attr("rel").is_some_and(|rel| {
                rel.split_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("canonical"))
            })
        })
        .filter_map(|n| n.attr("href").map(|h| h.to_string()))
        .collect();
    let og_urls = metas.iter().filter(|(k, _)| k == "og:url").map(|(_, v)| v);
    let canonical_url = links
        .iter()
        .chain(og_urls)
        .find_map(|href| absolute_canonical(href, base));

    let title_tag = tags
        .title
        .map(|t| collapse_ws(&t.text()))
        .filter(|t| !t.is_empty());

    let headings = tags
        .h1s
        .iter()
        .take(5)
        .map(|h| collapse_ws(&h.text()))
        .filter(|h| !h.is_empty())
        .collect();

    let subheadings = tags
        .h2s
        .iter()
        .take(SUBHEADINGS)
        .map(|h| collapse_ws(&h.text()))
        .filter(|h| !h.is_empty())
        .collect();

    let (authors, commenters) = author_candidates(r, &json_ld, &metas);
    PageMeta {
        published_at,
        modified_at,
        time_elsewhere,
        canonical_url,
        title_tag,
        headings,
        subheadings,
        authors,
        commenters,
        lang: tags.lang,
    }
}

/// How many `<h2>`s a page's metadata keeps (a theme's post title is among the first).
const SUBHEADINGS: usize = 8;

/// Resolve `href` against `base` (or require it to be absolute) and normalise it.
pub(crate) fn absolute_canonical(href: &str, base: Option<&Url>) -> Option<String> {
    let href = href.trim();
    let url = match base {
        Some(b) => b.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    // A site's home page is no article's canonical address, unless the page clipped is the
    // home page itself: a CMS that names it on every page (a common misconfiguration)
    // would make every later article from the site "already in the notebook".
    let home = |u: &Url| {
        u.path() == "/" && u.query().is_none() && !u.fragment().is_some_and(|f| f.starts_with('!'))
    };
    if home(&url) && base.is_none_or(|b| !home(b)) {
        return None;
    }
    canonical_url(url.as_str())
}

/// A date in a `<meta>` whose name is not one of `PUBLISHED_META` but says it is the
/// publication date in the CMS's own words ("w-published-date", "published"): it names
/// publishing, a date or time (or nothing else), and no revision. When several such
/// disagree, the earliest is the first publication (a later one is a re-publication).
fn other_published_meta(metas: &[(String, String)]) -> Option<String> {
    metas
        .iter()
        .filter(|(k, _)| {
            k.contains("publish")
                && (k.contains("date") || k.contains("time") || k.ends_with("published"))
                && !["modif", "updat", "revis", "expir", "end"]
                    .iter()
                    .any(|w| k.contains(w))
        })
        .filter_map(|(_, v)| normalize_date(v))
        .min_by(|a, b| a.get(..10).cmp(&b.get(..10)))
}

/// `(key, content)` of every `<meta>` with content; the key is its `property`, `name` or
/// `itemprop`, lower-cased.
fn meta_pairs(metas: &[NodeRef]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for node in metas {
        let Some(content) = node.attr("content") else {
            continue;
        };
        for attr in ["property", "name", "itemprop"] {
            if let Some(key) = node.attr(attr) {
                pairs.push((key.trim().to_ascii_lowercase(), content.trim().to_string()));
            }
        }
    }
    pairs
}

/// A microdata date: `<time itemprop="datePublished" datetime=...>`, `<span itemprop
/// content=...>` or the element's text.
fn itemprop_date(itemprops: &[NodeRef], prop: &str) -> Option<String> {
    let marked = |n: &&NodeRef| n.attr("itemprop").is_some_and(|p| &*p == prop);
    itemprops.iter().filter(marked).find_map(|n| {
        ["datetime", "content"]
            .iter()
            .find_map(|a| n.attr(a).and_then(|v| normalize_date(&v)))
            .or_else(|| normalize_date(&n.text()))
    })
}

/// A `<time datetime>` the page marks as the article's: one marked `pubdate` first, then
/// one inside an article or its header.
fn article_time_date(times: &[NodeRef]) -> Option<String> {
    let in_article = |n: &NodeRef| {
        n.ancestors_it(None)
            .any(|a| a.has_name("article") || a.has_name("header"))
    };
    let pubdate = times
        .iter()
        .filter(|n| n.has_attr("pubdate"))
        .find_map(time_date);
    pubdate.or_else(|| times.iter().filter(|n| in_article(n)).find_map(time_date))
}

/// The first `<time datetime>` of the page not in navigation, a footer or comments (see
/// `PageMeta::time_elsewhere`).
fn loose_time_date(times: &[NodeRef]) -> Option<String> {
    times
        .iter()
        .filter(|n| outside_chrome(n))
        .find_map(time_date)
}

/// A `<time>`'s `datetime`, normalised.
fn time_date(n: &NodeRef) -> Option<String> {
    n.attr("datetime").and_then(|v| normalize_date(&v))
}

/// Collapse every run of whitespace to one space and trim.
pub(crate) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use dom_smoothie::Readability;
    use url::Url;

    use super::read_page_meta;

    fn published(html: &str) -> Option<String> {
        let reader = Readability::new(html, None, None).expect("no URL, cannot fail");
        read_page_meta(&reader, None).published_at
    }

    #[test]
    fn keeps_the_modified_date_apart() {
        let html = r#"<meta property="article:modified_time" content="2024-05-06T00:00:00Z">"#;
        let reader = Readability::new(html, None, None).expect("no URL, cannot fail");
        let meta = read_page_meta(&reader, None);
        assert_eq!(meta.published_at, None, "a revision is not a publication");
        assert_eq!(meta.modified_at.as_deref(), Some("2024-05-06T00:00:00Z"));
    }

    #[test]
    fn finds_dates_where_cmss_put_them() {
        let cases = [
            // CDATA wrapper and a raw newline inside a string: invalid JSON browsers accept.
            (
                "<script type=\"application/ld+json\"><![CDATA[{\"@type\":\"NewsArticle\",\"description\":\"a\nb\",\"datePublished\":\"2024-05-01T10:00:00Z\"}]]></script>",
                Some("2024-05-01T10:00:00Z"),
            ),
            (
                r#"<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"BlogPosting","datePublished":["2024-05-02"]}]</script>"#,
                Some("2024-05-02"),
            ),
            (
                r#"<meta name="sailthru.date" content="2024-05-03 07:00:00"><time datetime="2019-01-01">x</time>"#,
                Some("2024-05-03T07:00:00Z"),
            ),
            (
                r#"<span itemprop="datePublished" content="2024-05-04">May 4</span>"#,
                Some("2024-05-04"),
            ),
            (
                r#"<meta property="article:published_time" content="0000-00-00">"#,
                None,
            ),
            (
                r#"<meta property="article:modified_time" content="2024-05-06T00:00:00Z">"#,
                None,
            ),
            (
                r#"<meta name="w-published-date" content="2025-05-27T10:00:00Z"><meta name="w-updated-date" content="2025-06-01">"#,
                Some("2025-05-27T10:00:00Z"),
            ),
            (
                r#"<meta name="published" content="July 17, 2025">"#,
                Some("2025-07-17"),
            ),
            (
                r#"<meta name="published-time" content="2026-03-09T08:45:32Z"><meta name="published-date" content="2021-02-16">"#,
                Some("2021-02-16"),
            ),
            (
                r#"<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}">"#,
                Some("2025-11-17T09:00:00-05:00"),
            ),
            ("<p>No dates here, only 1999 in the text.</p>", None),
        ];
        for (html, want) in cases {
            assert_eq!(published(html).as_deref(), want, "published date of {html}");
        }
    }

    #[test]
    fn canonical_link_first_then_og_url() {
        let html = r#"<link rel="Canonical" href="/a/b/?utm_source=x"><meta property="og:url" content="https://other.example/story">"#;
        let reader = Readability::new(html, None, None).expect("no URL");
        let base = Url::parse("https://news.example.com/x").expect("valid");
        let meta = read_page_meta(&reader, Some(&base));
        assert_eq!(
            meta.canonical_url.as_deref(),
            Some("https://news.example.com/a/b")
        );
        assert_eq!(
            read_page_meta(&reader, None).canonical_url.as_deref(),
            Some("https://other.example/story"),
            "a relative link cannot resolve without a base, so og:url is next"
        );
    }

    #[test]
    fn a_sites_home_page_is_no_articles_canonical() {
        let story = Url::parse("https://ledger.example/2025/07/14/harbor-ohio-plant").unwrap();
        let home = Url::parse("https://ledger.example/").unwrap();
        for html in [
            r#"<link rel="canonical" href="https://ledger.example/">"#,
            r#"<link rel="canonical" href="/">"#,
            r#"<meta property="og:url" content="https://ledger.example">"#,
        ] {
            let reader = Readability::new(html, None, None).expect("parses");
            let meta = read_page_meta(&reader, Some(&story));
            assert_eq!(meta.canonical_url, None, "{html} on an article");
            if !html.contains("href=\"/\"") {
                let meta = read_page_meta(&reader, None);
                assert_eq!(meta.canonical_url, None, "{html} with no address");
            }
            let meta = read_page_meta(&reader, Some(&home));
            assert_eq!(
                meta.canonical_url.as_deref(),
                Some("https://ledger.example/"),
                "{html} on the home page itself"
            );
        }
        // A page addressed by its query or a `#!` route is no home page either.
        let html = r#"<link rel="canonical" href="https://spa.example/">"#;
        let reader = Readability::new(html, None, None).expect("parses");
        for page in [
            "https://spa.example/#!/story/77",
            "https://spa.example/?p=123",
        ] {
            let page = Url::parse(page).unwrap();
            assert_eq!(
                read_page_meta(&reader, Some(&page)).canonical_url,
                None,
                "{page}"
            );
        }
        let html = r#"<link rel="canonical" href="https://ledger.example/?p=123">"#;
        let reader = Readability::new(html, None, None).expect("parses");
        assert!(
            read_page_meta(&reader, Some(&story))
                .canonical_url
                .is_some(),
            "a query names an article"
        );
    }
}
