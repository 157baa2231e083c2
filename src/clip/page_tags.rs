//! One walk of a parsed page that collects, in document order, the elements `meta` reads
//! by their tag or by one attribute: `<meta content>`, `<link rel href>`, JSON-LD
//! `<script>`s, `<title>`, `<h1>`, `<time datetime>` and `itemprop` holders, and the
//! `<html>` element's `lang`.
//!
//! Written by hand instead of one `select` per kind: each selector pass walks every
//! element of the page and matches it generically, and the metadata needed seven of them
//! on every clip, about a twentieth of an extraction.

use dom_query::{Document, NodeRef};

/// The elements of one page that the metadata cascade reads, each list in page order.
#[derive(Default)]
pub(crate) struct PageTags<'a> {
    /// `<meta>` elements with a `content` attribute.
    pub metas: Vec<NodeRef<'a>>,
    /// `<link>` elements with both `rel` and `href`.
    pub links: Vec<NodeRef<'a>>,
    /// `<script type="application/ld+json">` (the type compared without regard to case,
    /// as a selector does for HTML's `type`).
    pub json_ld: Vec<NodeRef<'a>>,
    /// The first `<title>`.
    pub title: Option<NodeRef<'a>>,
    /// Every `<h1>`.
    pub h1s: Vec<NodeRef<'a>>,
    /// Every `<h2>` (a blog theme's post title).
    pub h2s: Vec<NodeRef<'a>>,
    /// `<time>` elements with a `datetime` attribute.
    pub times: Vec<NodeRef<'a>>,
    /// Elements with an `itemprop` attribute.
    pub itemprops: Vec<NodeRef<'a>>,
    /// The `lang` of the first `<html>` element.
    pub lang: Option<String>,
}

impl<'a> PageTags<'a> {
    /// Walk `doc` once and sort its elements into the lists.
    pub(crate) fn of(doc: &'a Document) -> Self {
        let mut tags = Self::default();
        let mut seen_html = false;
        for node in doc.root().descendants_it() {
            let Some(el) = node.element_ref() else {
                continue;
            };
            let has = |name: &str| el.has_attr(name);
            match &*el.name.local {
                "meta" if has("content") => tags.metas.push(node),
                "link" if has("rel") && has("href") => tags.links.push(node),
                "script"
                    if el
                        .attr("type")
                        .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
                {
                    tags.json_ld.push(node);
                }
                "title" if tags.title.is_none() => tags.title = Some(node),
                "h1" => tags.h1s.push(node),
                "h2" => tags.h2s.push(node),
                "time" if has("datetime") => tags.times.push(node),
                "html" if !seen_html => {
                    seen_html = true;
                    tags.lang = el.attr("lang").map(|l| l.to_string());
                }
                _ => {}
            }
            if has("itemprop") {
                tags.itemprops.push(node);
            }
        }
        tags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_is_collected_in_page_order() {
        let doc = Document::from(
            r#"<html lang="de"><head><title>One</title><title>Two</title>
            <meta property="og:title" content="T"><meta charset="utf-8">
            <link rel="canonical" href="/a"><link rel="icon">
            <script type="Application/LD+JSON">{}</script><script>var x;</script></head>
            <body><h1>A</h1><article><h1>B</h1><time datetime="2025-07-14">x</time><time>y</time>
            <span itemprop="datePublished">z</span></article></body></html>"#,
        );
        let tags = PageTags::of(&doc);
        assert_eq!(tags.metas.len(), 1, "only the meta with content");
        assert_eq!(tags.links.len(), 1, "only the link with an href");
        assert_eq!(
            tags.json_ld.len(),
            1,
            "the type is matched without regard to case"
        );
        assert_eq!(
            tags.title.map(|t| t.text().to_string()).as_deref(),
            Some("One")
        );
        let h1s: Vec<String> = tags.h1s.iter().map(|h| h.text().to_string()).collect();
        assert_eq!(h1s, ["A", "B"]);
        assert_eq!(tags.times.len(), 1, "only the time with a datetime");
        assert_eq!(tags.itemprops.len(), 1);
        assert_eq!(tags.lang.as_deref(), Some("de"));
    }

    #[test]
    fn an_empty_page_has_none() {
        let doc = Document::from("");
        let tags = PageTags::of(&doc);
        assert!(tags.metas.is_empty() && tags.title.is_none() && tags.lang.is_none());
    }
}
