//! Hostile HTML -> the article HTML we store and later render (DESIGN §7).
//!
//! An allow-list over `ammonia`: article tags only, no script, style, event handlers,
//! iframes, forms, svg, math or plugins; URLs only http, https and mailto; relative URLs
//! resolved against the page or dropped; links marked `noopener noreferrer nofollow`.
//! The UI sanitizes again with DOMPurify; this is the first of the two walls.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use ammonia::{Builder, UrlRelative};
use url::Url;

use super::depth::{flatten_tags, too_complex};

/// Tags an article body may use; anything else is unwrapped (its text kept).
pub const TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "blockquote",
    "q",
    "cite",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "img",
    "picture",
    "source",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "colgroup",
    "col",
    "pre",
    "code",
    "br",
    "hr",
    "sup",
    "sub",
    "small",
    "mark",
    "abbr",
    "time",
    "span",
    "div",
    "section",
    "article",
    "header",
    "footer",
];

/// Tags removed together with everything inside them: their content is code, chrome or
/// an embedded document, never article text. (`form` is not here: ASP.NET sites wrap the
/// whole page in one, so it is unwrapped like any other unknown tag.)
const DROP_WITH_CONTENT: &[&str] = &[
    "script", "style", "svg", "math", "iframe", "object", "embed", "select", "textarea", "button",
    "template", "noembed", "frameset", "frame", "applet", "canvas", "audio", "video",
];

/// Per-tag attributes; `class`, `id`, `style` and every `on*` are absent on purpose.
/// (Links also get the `rel` the sanitizer writes itself.)
pub const TAG_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "title"]),
    ("img", &["src", "srcset", "alt", "title", "width", "height"]),
    ("source", &["srcset"]),
    ("time", &["datetime"]),
    ("abbr", &["title"]),
    ("td", &["colspan", "rowspan"]),
    ("th", &["colspan", "rowspan", "scope"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("ol", &["start", "reversed"]),
    ("li", &["value"]),
    ("blockquote", &["cite"]),
    ("q", &["cite"]),
];

/// Sanitize an HTML fragment for storage and display.
///
/// Keeps the article tags listed in [`TAGS`] with a few harmless attributes; removes
/// script, style, svg, math, iframes, forms and plugins with their content; strips every
/// other tag but keeps its text; drops `class`, `id`, `style`, `target` and event-handler
/// attributes and comments. URLs must be http, https or mailto; relative ones are resolved
/// against `base_url` when it is an absolute http(s) URL, and dropped otherwise. Every link
/// gets `rel="noopener noreferrer nofollow"`. `srcset` candidates get the same URL rules.
/// Input nested more than 1,000 elements deep is reduced to its text first.
pub fn sanitize_html(html: &str, base_url: Option<&str>) -> String {
    if too_complex(html) {
        // Parsing absurd nesting takes quadratic time; keep the text only.
        return sanitize_html(&flatten_tags(html), base_url);
    }
    let base = base_url
        .and_then(|b| Url::parse(b).ok())
        .filter(|b| matches!(b.scheme(), "http" | "https"));

    let tag_attributes: HashMap<&str, HashSet<&str>> = TAG_ATTRIBUTES
        .iter()
        .map(|(tag, attrs)| (*tag, attrs.iter().copied().collect()))
        .collect();

    let mut builder = Builder::empty();
    builder
        .tags(TAGS.iter().copied().collect())
        .clean_content_tags(DROP_WITH_CONTENT.iter().copied().collect())
        .tag_attributes(tag_attributes)
        .generic_attributes(["lang", "dir", "title"].into_iter().collect())
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .strip_comments(true)
        .url_relative(match &base {
            Some(b) => UrlRelative::RewriteWithBase(b.clone()),
            None => UrlRelative::Deny,
        });
    // ammonia treats `srcset` as plain text (it is a list of URLs, not one) and does not
    // check `cite` at all (it let `cite="javascript:..."` through), so both are checked here
    // with the same rules as `src`.
    builder.attribute_filter(move |_element, attribute, value| match attribute {
        "srcset" => clean_srcset(value, base.as_ref()).map(Cow::Owned),
        "cite" => clean_url(value, base.as_ref()).map(Cow::Owned),
        _ => Some(Cow::Borrowed(value)),
    });
    builder.clean(html).to_string()
}

/// `value` as an absolute http(s) URL (resolved against `base`), or `None` to drop it.
fn clean_url(value: &str, base: Option<&Url>) -> Option<String> {
    let url = match base {
        Some(b) => b.join(value.trim()).ok()?,
        None => Url::parse(value.trim()).ok()?,
    };
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

/// Keep only the `srcset` candidates whose URL is http(s) (after resolving against
/// `base`); `None` when none is left, which removes the attribute.
fn clean_srcset(value: &str, base: Option<&Url>) -> Option<String> {
    let kept: Vec<String> = value
        .split(',')
        .filter_map(|candidate| {
            let mut parts = candidate.split_whitespace();
            let raw = parts.next()?;
            let descriptor: Vec<&str> = parts.collect();
            let url = match base {
                Some(b) => b.join(raw).ok()?,
                None => Url::parse(raw).ok()?,
            };
            if !matches!(url.scheme(), "http" | "https") {
                return None;
            }
            Some(if descriptor.is_empty() {
                url.to_string()
            } else {
                format!("{url} {}", descriptor.join(" "))
            })
        })
        .collect();
    (!kept.is_empty()).then(|| kept.join(", "))
}

#[cfg(test)]
mod tests {
    use super::sanitize_html;

    const HOSTILE: &str = r#"
        <div class="x" id="y" style="color:red" onclick="steal()">
          <p>Lead <a href="javascript:alert(1)">bad</a> and
             <a href="/story" target="_blank" onmouseover="x()">good</a>
             <a href="mailto:desk@example.com">mail</a></p>
          <script>alert("s")</script><style>p{}</style>
          <img src="x.jpg" onerror="alert(2)" srcset="a.jpg 1x, javascript:alert(3) 2x">
          <iframe src="https://evil.example/"></iframe>
          <svg onload="alert(4)"><text>svgtext</text></svg>
          <form action="/post"><input name="q"><button>Go</button></form>
          <object data="x.swf"></object><embed src="y.swf">
          <math><mi>x</mi></math>
          <picture><source srcset="/big.webp 2x" media="(min-width:1px)" type="image/webp"></picture>
          <!-- a comment -->
        </div>"#;

    #[test]
    fn removes_everything_executable() {
        let out = sanitize_html(HOSTILE, Some("https://news.example.com/world/"));
        let lower = out.to_lowercase();
        for bad in [
            "<script",
            "alert",
            "onerror",
            "onclick",
            "onload",
            "onmouseover",
            "javascript:",
            "<iframe",
            "<svg",
            "<form",
            "<input",
            "<button",
            "<object",
            "<embed",
            "<math",
            "<style",
            "class=",
            "id=",
            "style=",
            "target=",
            "<!--",
            "svgtext",
        ] {
            assert!(
                !lower.contains(bad),
                "sanitized html still contains {bad:?}: {out}"
            );
        }
        assert!(out.contains("Lead"), "article text survives: {out}");
    }

    #[test]
    fn resolves_relative_urls_and_marks_links() {
        let out = sanitize_html(HOSTILE, Some("https://news.example.com/world/"));
        assert!(
            out.contains(r#"href="https://news.example.com/story""#),
            "relative link resolved against the base: {out}"
        );
        assert!(
            out.contains(r#"rel="noopener noreferrer nofollow""#),
            "{out}"
        );
        assert!(
            out.contains(r#"src="https://news.example.com/world/x.jpg""#),
            "{out}"
        );
        assert!(
            out.contains(r#"srcset="https://news.example.com/world/a.jpg 1x""#),
            "bad srcset candidate dropped, good one resolved: {out}"
        );
        assert!(out.contains(r#"<source srcset="https://news.example.com/big.webp 2x">"#));
        assert!(out.contains(r#"href="mailto:desk@example.com""#), "{out}");
    }

    #[test]
    fn cite_urls_follow_the_link_rules() {
        let html = "<blockquote cite=\"javascript:alert(1)\">a</blockquote>\
                    <q cite=\"jav&#x09;ascript:alert(1)\">b</q><q cite=\"/src\">c</q>";
        let out = sanitize_html(html, Some("https://news.example.com/"));
        assert!(
            !out.contains("javascript") && !out.contains("ascript"),
            "{out}"
        );
        assert!(
            out.contains("cite=\"https://news.example.com/src\""),
            "resolved: {out}"
        );
    }

    #[test]
    fn drops_relative_urls_without_a_base() {
        let out = sanitize_html(r#"<p><a href="/story">s</a><img src="x.jpg"></p>"#, None);
        assert!(!out.contains("/story") && !out.contains("x.jpg"), "{out}");
        let out = sanitize_html(r#"<a href="https://a.example/x">s</a>"#, Some("not a url"));
        assert!(
            out.contains("https://a.example/x"),
            "absolute URLs kept: {out}"
        );
    }

    #[test]
    fn absurd_nesting_is_reduced_to_text() {
        let nested = format!(
            "{}<b>deep</b> &amp; text",
            "<div onclick=x()>".repeat(50_000)
        );
        let out = sanitize_html(&nested, None);
        assert!(!out.contains('<') && !out.contains("onclick"), "{out}");
        assert!(out.contains("deep") && out.contains("&amp; text"), "{out}");
    }

    #[test]
    fn keeps_article_structure() {
        let html = "<article><h2>Sub</h2><blockquote cite=\"https://q.example/\">Q</blockquote>\
                    <table><tr><td colspan=\"2\">cell</td></tr></table><time datetime=\"2024-05-01\">May</time></article>";
        let out = sanitize_html(html, None);
        for want in [
            "<article>",
            "<h2>Sub</h2>",
            "<blockquote",
            "colspan=\"2\"",
            "datetime=\"2024-05-01\"",
        ] {
            assert!(out.contains(want), "{want:?} kept in {out}");
        }
    }
}
