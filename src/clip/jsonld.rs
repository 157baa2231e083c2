//! JSON-LD (`<script type="application/ld+json">`) as pages really write it: wrapped in
//! comments or CDATA, with raw newlines in strings, in `@graph`s and arrays; here to find
//! dates, and the author when `dom_smoothie` (which reads title, author and publisher from
//! a top-level article object) finds none: a `@graph` whose article names its author by
//! `@id` only, or an author written as a plain string.

use dom_query::NodeRef;
use serde_json::Value;

use super::pubdate::normalize_date;

/// Every JSON-LD block of the page that parses, from its JSON-LD `<script>`s.
pub(crate) fn json_ld_blocks(scripts: &[NodeRef]) -> Vec<Value> {
    scripts
        .iter()
        .filter_map(|n| parse_json_ld(&n.text()))
        .collect()
}

/// Parse one JSON-LD block, tolerating what CMSs wrap around it (HTML comments, CDATA)
/// and raw newlines or tabs inside strings (invalid JSON that browsers accept).
pub(crate) fn parse_json_ld(raw: &str) -> Option<Value> {
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
    serde_json::from_str(&cleaned)
        .ok()
        .or_else(|| serde_json::from_str(&without_trailing_commas(&cleaned)).ok())
}

/// `json` without the commas that close an object or array ("..., }"), which hand-edited
/// templates leave and browsers' script parsers forgive. A scan that skips strings; a
/// lenient JSON crate would do it too, but this one repair is all pages need.
fn without_trailing_commas(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    let mut pending_comma = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        if c.is_whitespace() {
            if !pending_comma {
                out.push(c);
            }
            continue;
        }
        if pending_comma && !matches!(c, '}' | ']') {
            out.push(',');
        }
        pending_comma = c == ',';
        if !pending_comma {
            out.push(c);
        }
        in_string = c == '"';
    }
    out
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

/// The names of the author of the first article-typed object that has one: a string, an
/// object with a `name`, an `@id` pointing at such an object elsewhere in the page's
/// JSON-LD, or an array of those; several names are joined with ", ".
pub(crate) fn json_ld_author(blocks: &[Value]) -> Option<String> {
    let mut objects = Vec::new();
    for block in blocks {
        collect_objects(block, 0, &mut objects);
    }
    let by_id = |id: &str| {
        objects
            .iter()
            .find(|o| o.get("@id").and_then(Value::as_str) == Some(id) && o.contains_key("name"))
    };
    let name_of = |v: &Value| -> Option<String> {
        let name = match v {
            Value::String(s) => Some(s.as_str()),
            Value::Object(o) => match o.get("name") {
                Some(Value::String(n)) => Some(n.as_str()),
                _ => o
                    .get("@id")
                    .and_then(Value::as_str)
                    .and_then(by_id)
                    .and_then(|p| p.get("name")?.as_str()),
            },
            _ => None,
        }?;
        let name = name.trim();
        (!name.is_empty() && !name.contains("://")).then(|| name.to_string())
    };
    objects
        .iter()
        .filter(|o| is_article_type(o))
        .filter_map(|o| o.get("author"))
        .find_map(|author| {
            let names: Vec<String> = match author {
                Value::Array(items) => items.iter().filter_map(name_of).collect(),
                one => name_of(one).into_iter().collect(),
            };
            (!names.is_empty()).then(|| names.join(", "))
        })
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_block_with_trailing_commas_is_read() {
        let raw = r#"{"@type": "NewsArticle", "headline": "a, }", "author": ["Jane Doe",],
            "datePublished": "2025-07-08T14:30:00Z",
        }"#;
        let v = parse_json_ld(raw).expect("read");
        assert_eq!(v["headline"], "a, }");
        assert_eq!(v["author"][0], "Jane Doe");
        assert_eq!(
            json_ld_date(&[v], "datePublished").as_deref(),
            Some("2025-07-08T14:30:00Z")
        );
        assert!(parse_json_ld(r#"{"a": 1,, }"#).is_none());
    }

    #[test]
    fn the_author_is_read_as_a_string_an_object_an_id_or_a_list() {
        let cases = [
            (
                json!({"@type": "BlogPosting", "author": "Jane Doe"}),
                Some("Jane Doe"),
            ),
            (
                json!({"@type": "NewsArticle", "author": [{"name": "Jane Doe"}, "Li Wei"]}),
                Some("Jane Doe, Li Wei"),
            ),
            (
                json!({"@graph": [
                    {"@type": "Article", "author": {"@id": "https://x.test/#/person/1"}},
                    {"@type": "Person", "@id": "https://x.test/#/person/1", "name": "Jane Doe"}
                ]}),
                Some("Jane Doe"),
            ),
            // A page's other objects (a review, a comment) do not lend their authors.
            (json!({"@type": "Review", "author": "Jane Doe"}), None),
            (
                json!({"@type": "Article", "author": "https://x.test/jane"}),
                None,
            ),
        ];
        for (block, want) in cases {
            assert_eq!(
                json_ld_author(std::slice::from_ref(&block)).as_deref(),
                want,
                "{block}"
            );
        }
    }
}
