//! Hostile pages through the real clip pipeline (api::dispatch -> extract -> sanitize ->
//! store): every page in `tests/fixtures/hostile/` carries XSS filter-evasion vectors (OWASP
//! cheat sheet and html5sec-style: script, handlers, javascript:/data:/vbscript: URLs,
//! SVG, MathML, srcdoc, plugins, meta refresh, base, forms, CSS, mutation XSS). The stored
//! `content_html` must hold only allow-listed tags and attributes, and every URL in it must
//! be http, https or mailto (no data: URLs at all, images included: the sanitizer's policy).

use std::collections::BTreeSet;
use std::path::PathBuf;

use clipline::api::{self, Request, Response};
use clipline::clip::sanitize;
use clipline::model::ClipSource;
use clipline::notebook::Notebook;
use regex::Regex;

/// The attributes whose values are URLs, each checked for its scheme.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "srcset", "cite"];

fn hostile_pages() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the hostile fixtures exist")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    pages
}

/// An attribute value as the browser would read it (the serializer's escapes undone).
fn unescape(v: &str) -> String {
    v.replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Everything wrong with one stored article body.
fn problems(html: &str) -> Vec<String> {
    let tag =
        Regex::new(r"<([A-Za-z][^\s/>]*)((?:\s+[^\s=>]+(?:=\x22[^\x22]*\x22)?)*)\s*/?>").unwrap();
    let attr = Regex::new(r#"([^\s=>]+)(?:="([^"]*)")?"#).unwrap();
    let mut out = Vec::new();
    let mut seen_tags = 0;
    for c in tag.captures_iter(html) {
        seen_tags += 1;
        let name = c[1].to_ascii_lowercase();
        if !sanitize::TAGS.contains(&name.as_str()) {
            out.push(format!("tag <{name}> is not on the allow-list"));
        }
        for a in attr.captures_iter(&c[2]) {
            let key = a[1].to_ascii_lowercase();
            let value = unescape(a.get(2).map_or("", |m| m.as_str()));
            let allowed = (name == "a" && key == "rel")
                || sanitize::TAG_ATTRIBUTES
                    .iter()
                    .any(|(t, attrs)| *t == name && attrs.contains(&key.as_str()));
            if !allowed {
                out.push(format!(
                    "attribute {key} on <{name}> is not on the allow-list"
                ));
            }
            if URL_ATTRIBUTES.contains(&key.as_str()) {
                let urls: Vec<&str> = if key == "srcset" {
                    value
                        .split(',')
                        .filter_map(|c| c.split_whitespace().next())
                        .collect()
                } else {
                    vec![value.as_str()]
                };
                for u in urls {
                    let l = u.trim().to_ascii_lowercase();
                    if !(l.starts_with("http://")
                        || l.starts_with("https://")
                        || l.starts_with("mailto:"))
                    {
                        out.push(format!("{key}={u:?} on <{name}> is not http(s) or mailto"));
                    }
                    if key != "href" && key != "cite" && l.contains("evil.invalid") {
                        out.push(format!("{key}={u:?} would load from the attacker's host"));
                    }
                }
            }
        }
    }
    // Every "<" in the output must be a tag the pattern understood, or text would hide one.
    let opens = html.matches('<').count() - html.matches("</").count();
    if opens != seen_tags {
        out.push(format!(
            "{opens} tags opened but {seen_tags} were recognised: unparsed markup"
        ));
    }
    for needle in ["javascript:", "vbscript:", "data:"] {
        if html.to_ascii_lowercase().contains(&format!("=\"{needle}")) {
            out.push(format!("an attribute starts with {needle}"));
        }
    }
    out
}

#[tokio::test]
async fn every_hostile_page_is_stored_without_active_content() {
    let dir = tempfile::tempdir().expect("temp dir");
    let nb = Notebook::open(&dir.path().join("notebook.db"))
        .await
        .expect("open");
    let pages = hostile_pages();
    assert!(
        pages.len() >= 12,
        "a dozen hostile pages, found {}",
        pages.len()
    );
    let mut vectors = 0;
    let mut titles = BTreeSet::new();
    for page in &pages {
        let html = String::from_utf8_lossy(&std::fs::read(page).expect("read")).into_owned();
        vectors += html.matches("<!--vector:").count();
        let slug = page.file_stem().unwrap().to_string_lossy();
        let req = Request::ArticleClip {
            source: ClipSource::Html {
                html,
                url: Some(format!("https://courier.example/local/2025/06/02/{slug}")),
            },
            tags: None,
            clipped_at: None,
        };
        let Response::Clipped(outcome) =
            api::dispatch(&nb, req).await.expect("a hostile page clips")
        else {
            panic!("clipping answers with Clipped");
        };
        let id = outcome.articles[0].id;
        let Response::Article(article) = api::dispatch(&nb, Request::ArticleGet { id })
            .await
            .expect("get")
        else {
            panic!("ArticleGet answers with Article");
        };
        let found = problems(&article.content_html);
        assert!(
            found.is_empty(),
            "{slug}: the stored HTML keeps active content: {found:#?}\n{}",
            article.content_html
        );
        assert!(
            article
                .content_text
                .contains("Officials said on Tuesday that the"),
            "{slug}: the extractor kept the article around the vectors: {}",
            article.content_text
        );
        titles.insert(article.summary.title.clone());
    }
    assert_eq!(titles.len(), pages.len(), "each page is its own article");
    assert!(
        vectors >= 100,
        "at least 100 vectors are tried, found {vectors}"
    );
    eprintln!(
        "hostile vectors tried: {vectors} across {} pages",
        pages.len()
    );
}

#[test]
fn the_checker_itself_catches_active_content() {
    for bad in [
        "<p onclick=\"x()\">a</p>",
        "<script>x</script>",
        "<a href=\"javascript:x\">a</a>",
        "<img src=\"data:image/png;base64,AA\">",
        "<a href=\"jav&#x09;ascript:x\">a</a>",
        "<svg><a>x</a></svg>",
        "<p style=\"x\">a</p>",
    ] {
        assert!(!problems(bad).is_empty(), "the checker must flag {bad}");
    }
    assert!(problems("<p>ok <a href=\"https://a.example/\" rel=\"noopener\">x</a></p>").is_empty());
}
