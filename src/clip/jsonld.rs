//! JSON-LD (`<script type="application/ld+json">`) as pages really write it: wrapped in
//! comments or CDATA, with raw newlines in strings, in `@graph`s and arrays; here only to
//! find dates, since `dom_smoothie` already reads title, author and publisher from it.

use dom_smoothie::Readability;
use serde_json::Value;

use super::pubdate::normalize_date;

/// Every JSON-LD block of the page that parses.
pub(crate) fn json_ld_blocks(r: &Readability) -> Vec<Value> {
    r.doc
        .select(r#"script[type="application/ld+json"]"#)
        .nodes()
        .iter()
        .filter_map(|n| parse_json_ld(&n.text()))
        .collect()
}

/// Parse one JSON-LD block, tolerating what CMSs wrap around it (HTML comments, CDATA)
/// and raw newlines or tabs inside strings (invalid JSON that browsers accept).
fn parse_json_ld(raw: &str) -> Option<Value> {
    let mut s = raw.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        s = s.strip_prefix(open).unwrap_or(s).trim_start();
        s = s.strip_suffix(close).unwrap_or(s).trim_end();
    }
    let s = s.trim_end_matches(';');
    let cleaned: String = s
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    serde_json::from_str(&cleaned).ok()
}

/// The first plausible `key` date in the JSON-LD, looking at article-typed objects
/// (`NewsArticle`, `BlogPosting`, ...) before any other object.
pub(crate) fn json_ld_date(blocks: &[Value], key: &str) -> Option<String> {
    let mut objects = Vec::new();
    for block in blocks {
        collect_objects(block, 0, &mut objects);
    }
    let value_of = |o: &&serde_json::Map<String, Value>| match o.get(key)? {
        Value::String(s) => normalize_date(s),
        Value::Array(items) => items.iter().find_map(|v| normalize_date(v.as_str()?)),
        _ => None,
    };
    objects
        .iter()
        .filter(|o| is_article_type(o))
        .find_map(value_of)
        .or_else(|| objects.iter().find_map(value_of))
}

/// Depth-first list of every object in `v` (covers `@graph`, arrays and nesting); the
/// depth cap keeps hostile input from recursing without end.
fn collect_objects<'a>(
    v: &'a Value,
    depth: usize,
    out: &mut Vec<&'a serde_json::Map<String, Value>>,
) {
    if depth > 32 {
        return;
    }
    match v {
        Value::Object(map) => {
            out.push(map);
            for child in map.values() {
                collect_objects(child, depth + 1, out);
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|i| collect_objects(i, depth + 1, out)),
        _ => {}
    }
}

fn is_article_type(o: &serde_json::Map<String, Value>) -> bool {
    let is_article = |t: &str| t.contains("Article") || t.contains("Posting") || t == "Report";
    match o.get("@type") {
        Some(Value::String(t)) => is_article(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is_article),
        _ => false,
    }
}
