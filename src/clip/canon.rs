//! URL normalisation, so that one article reached by several addresses dedupes to one key.
//!
//! The `url` crate already lower-cases the host, drops the default port and normalises
//! percent-encoding of the path; this file adds what is specific to news links: no
//! fragment, no tracking parameters, no trailing slash, parameters in a stable order.
//!
//! AMP and mobile variants map to one key: `www.`, `m.`, `mobile.` and `amp.` host prefixes
//! are dropped, as are `amp` path segments, a `.amp` suffix and `amp`/`outputType=amp`
//! parameters. The result is a comparison key, not a link to open: the article keeps the
//! address it was clipped from in `url`.

use url::Url;

/// Query parameters that identify a campaign or a click, never the page itself.
const TRACKING_PARAMS: &[&str] = &[
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga", "amp_js_v", "usqp",
    "cmpid", "smid",
];

/// Parameters that ask for the AMP variant when their value says so (`?amp`, `?amp=1`,
/// `?output=amp`, `?outputType=amp`); with another value they may choose the page.
const AMP_PARAMS: &[&str] = &["amp", "output", "outputtype"];

/// Host labels that name a mobile, AMP or "www" variant of the same site.
const VARIANT_HOST_PREFIXES: &[&str] = &["www.", "m.", "mobile.", "amp."];

/// Normalise an absolute http(s) URL for comparison and storage.
///
/// Returns `None` when `raw` is not an absolute `http`/`https` URL. Otherwise the result
/// has a lower-case host, no default port, no fragment (but a `#!` route), no `utm_*`,
/// `fbclid`, `gclid`,
/// `mc_cid`, `mc_eid` (and similar) parameters, remaining parameters sorted, and no
/// trailing slash on the path (the root path stays `/`). Applying it twice changes nothing.
pub fn canonical_url(raw: &str) -> Option<String> {
    let mut url = Url::parse(raw.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return None;
    }
    // A `#!` route ("https://site/#!/story/77") is the page; any other fragment a place
    // in it.
    if !url.fragment().is_some_and(|f| f.starts_with('!')) {
        url.set_fragment(None);
    }
    // Ports equal to the scheme default are already dropped by the parser.
    if let Some(host) = url.host_str().map(str::to_owned) {
        let bare = VARIANT_HOST_PREFIXES
            .iter()
            .find_map(|p| host.strip_prefix(p))
            .filter(|rest| rest.contains('.'));
        if let Some(bare) = bare {
            url.set_host(Some(bare)).ok()?;
        }
    }
    let path = url.path().to_string();
    let segments: Vec<&str> = path.split('/').filter(|seg| *seg != "amp").collect();
    let mut path = segments.join("/");
    for suffix in [".amp.html", ".amp"] {
        if let Some(stripped) = path.strip_suffix(suffix) {
            path = stripped.to_string();
        }
    }
    url.set_path(if path.is_empty() { "/" } else { &path });

    let query = url.query().map(canonical_query).unwrap_or_default();
    url.set_query(if query.is_empty() { None } else { Some(&query) });

    let path = url.path();
    if path.len() > 1 && path.ends_with('/') {
        let trimmed = path.trim_end_matches('/');
        let trimmed = if trimmed.is_empty() { "/" } else { trimmed }.to_string();
        url.set_path(&trimmed);
    }
    Some(url.to_string())
}

/// Drop tracking parameters and sort the rest.
///
/// Done on the raw `&`-separated segments rather than through `query_pairs()` so that the
/// parameters we keep are byte-for-byte what the site sent (re-encoding would turn `%20`
/// into `+` and `?flag` into `?flag=`, and some servers care).
fn canonical_query(query: &str) -> String {
    let mut kept: Vec<&str> = query
        .split('&')
        .filter(|seg| !seg.is_empty())
        .filter(|seg| {
            let (key, value) = seg.split_once('=').unwrap_or((seg, ""));
            !is_tracking(key, value)
        })
        .collect();
    kept.sort_by(|a, b| {
        let key = |s: &str| s.split('=').next().unwrap_or(s).to_string();
        key(a).cmp(&key(b)).then_with(|| a.cmp(b))
    });
    kept.join("&")
}

/// Whether the parameter `key=value` marks a campaign, a click or the AMP variant. `ref` is
/// a referrer ("ref=hp", "ref=rss") unless its value is a number, which some sites use as
/// the article's id.
fn is_tracking(key: &str, value: &str) -> bool {
    let key = key.to_ascii_lowercase();
    let value = value.to_ascii_lowercase();
    key.starts_with("utm_")
        || TRACKING_PARAMS.contains(&key.as_str())
        || (AMP_PARAMS.contains(&key.as_str())
            && (value == "amp" || (key == "amp" && matches!(value.as_str(), "" | "1" | "true"))))
        || (key == "ref" && (value.is_empty() || !value.chars().all(|c| c.is_ascii_digit())))
}

#[cfg(test)]
mod tests {
    use super::canonical_url;

    #[test]
    fn normalises_news_links() {
        let cases: &[(&str, Option<&str>)] = &[
            ("https://Example.COM/a/b/", Some("https://example.com/a/b")),
            ("https://example.com/", Some("https://example.com/")),
            ("https://example.com", Some("https://example.com/")),
            ("http://example.com:80/x", Some("http://example.com/x")),
            ("https://example.com:443/x", Some("https://example.com/x")),
            (
                "https://example.com:8443/x",
                Some("https://example.com:8443/x"),
            ),
            (
                "https://example.com/x#comments",
                Some("https://example.com/x"),
            ),
            (
                "https://example.com/x?utm_source=tw&utm_medium=social&id=7",
                Some("https://example.com/x?id=7"),
            ),
            (
                "https://example.com/x?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2",
                Some("https://example.com/x"),
            ),
            (
                "https://example.com/x?b=2&a=1&UTM_Campaign=z",
                Some("https://example.com/x?a=1&b=2"),
            ),
            (
                "https://example.com/x?q=a%20b&flag",
                Some("https://example.com/x?flag&q=a%20b"),
            ),
            ("https://example.com/a//", Some("https://example.com/a")),
            ("https://www.example.com/a", Some("https://example.com/a")),
            ("https://m.example.com/a", Some("https://example.com/a")),
            (
                "https://amp.example.co.uk/a",
                Some("https://example.co.uk/a"),
            ),
            (
                "https://example.com/amp/story/a",
                Some("https://example.com/story/a"),
            ),
            (
                "https://example.com/story/a/amp/",
                Some("https://example.com/story/a"),
            ),
            (
                "https://example.com/story/a.amp",
                Some("https://example.com/story/a"),
            ),
            (
                "https://example.com/a?outputType=amp",
                Some("https://example.com/a"),
            ),
            (
                "https://example.com/a?amp=1&id=3",
                Some("https://example.com/a?id=3"),
            ),
            (
                "https://example.com/a?amp&ref=hp&output=amp",
                Some("https://example.com/a"),
            ),
            // Found in review: values that choose the page are kept.
            (
                "https://example.com/story.php?ref=1234",
                Some("https://example.com/story.php?ref=1234"),
            ),
            (
                "https://example.com/read?output=4411",
                Some("https://example.com/read?output=4411"),
            ),
            (
                "https://example.com/#!/story/77",
                Some("https://example.com/#!/story/77"),
            ),
            ("https://m.co/a", Some("https://m.co/a")),
            ("  https://example.com/a  ", Some("https://example.com/a")),
            ("ftp://example.com/file", None),
            ("javascript:alert(1)", None),
            ("mailto:someone@example.com", None),
            ("/relative/path", None),
            ("example.com/no-scheme", None),
            ("", None),
        ];
        for (raw, want) in cases {
            assert_eq!(
                canonical_url(raw).as_deref(),
                *want,
                "canonical form of {raw:?}"
            );
        }
    }

    #[test]
    fn is_idempotent() {
        for raw in [
            "https://Example.com/a/?z=1&utm_x=2&a=3#f",
            "http://example.com:80/",
            "https://example.com/p?flag&q=a%20b",
        ] {
            let once = canonical_url(raw).expect("valid http(s) url");
            assert_eq!(
                canonical_url(&once).as_deref(),
                Some(once.as_str()),
                "a canonical URL must be a fixed point"
            );
        }
    }
}
