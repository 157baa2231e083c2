//! Guards against pathologically nested HTML ("<div>" x 100,000), which real pages never
//! have (the deepest of ~900 development pages nests 56 elements) but a hostile page can.
//!
//! Both html5ever's tree builder (it scans the stack of open elements for each tag) and
//! Readability's scoring (it walks ancestors) slow down with depth x elements, so such a
//! page would hold a clip for minutes. Two checks: a linear scan of the raw HTML before
//! parsing, and the real depth of the parsed tree before Readability runs.

use std::collections::HashMap;

use dom_smoothie::Readability;

/// Raw nesting (see `nesting_estimate`) past which a document is not parsed as is: its
/// tags are dropped first (`flatten_tags`).
pub(crate) const MAX_PARSE_DEPTH: usize = 1_000;

/// Elements that never have content, and elements whose end tag is usually left out:
/// neither makes a page deeper, so the raw scan does not count them.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "plaintext",
];

/// Estimate how deeply the elements of `html` nest, in one linear pass over the text.
///
/// Counts start tags minus end tags, ignoring void and usually-unclosed elements, comments
/// and raw-text content; an upper bound in spirit, exact on well-formed markup.
pub(crate) fn nesting_estimate(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    scan(html, |token| match token {
        Token::Open(name) if !NOT_NESTING.contains(&name.as_str()) => {
            depth += 1;
            max = max.max(depth);
        }
        Token::Close(name) if !NOT_NESTING.contains(&name.as_str()) => {
            depth = depth.saturating_sub(1);
        }
        _ => {}
    });
    max
}

/// `html` with every tag, comment and raw-text element removed, each tag replaced by a
/// line break so words do not run together. Entities are left as they are: the result is
/// still HTML, but flat, so parsing it costs linear time.
pub(crate) fn flatten_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    scan(html, |token| match token {
        Token::Text(text) => out.push_str(text),
        _ => {
            if !out.ends_with('\n') {
                out.push('\n');
            }
        }
    });
    out
}

/// The deepest element nesting of the parsed document in `reader`, in one pass: elements
/// come in document order, so a parent's depth is known before its children's.
pub(crate) fn max_element_depth(reader: &Readability) -> usize {
    let mut depths = HashMap::new();
    let mut max = 0;
    for node in reader.doc.select("*").nodes() {
        let depth = node
            .parent()
            .and_then(|p| depths.get(&p.id).copied())
            .unwrap_or(0)
            + 1;
        depths.insert(node.id, depth);
        max = max.max(depth);
    }
    max
}

pub(crate) enum Token<'a> {
    Text(&'a str),
    Open(String),
    Close(String),
    Other,
}

/// A forgiving tokenizer for the two functions above: text, start tags (lower-cased name),
/// end tags, and everything else (comments, doctype, stray `<`). Written by hand because
/// the only HTML tokenizer at hand (html5ever) is the thing being protected.
pub(crate) fn scan<'a>(html: &'a str, mut emit: impl FnMut(Token<'a>)) {
    let bytes = html.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        let Some(lt) = find_from(bytes, pos, b"<") else {
            emit(Token::Text(&html[pos..]));
            return;
        };
        if lt > pos {
            emit(Token::Text(&html[pos..lt]));
        }
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            pos = find_from(bytes, lt + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            emit(Token::Other);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        let end = find_from(bytes, lt + 1, b">").map_or(bytes.len(), |e| e + 1);
        if name_len == 0 && !rest.starts_with(b"!") && !rest.starts_with(b"?") && !closing {
            // A lone "<" in text ("a < b").
            emit(Token::Text(&html[lt..lt + 1]));
            pos = lt + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        pos = end;
        if name.is_empty() || bytes[..end].ends_with(b"/>") {
            emit(Token::Other);
        } else if closing {
            emit(Token::Close(name));
        } else if RAW_TEXT.contains(&name.as_str()) {
            pos = raw_text_end(bytes, end, name.as_bytes());
            emit(Token::Other);
        } else {
            emit(Token::Open(name));
        }
    }
}

/// Where the raw-text element `name` that started at `from` ends (after its end tag).
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from;
    while let Some(c) = find_from(bytes, at, b"</") {
        let candidate = bytes.get(c + 2..c + 2 + name.len());
        if candidate.is_some_and(|n| n.eq_ignore_ascii_case(name)) {
            return find_from(bytes, c, b">").map_or(bytes.len(), |e| e + 1);
        }
        at = c + 2;
    }
    bytes.len()
}

fn find_from(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::{flatten_tags, nesting_estimate};

    #[test]
    fn estimates_depth_of_well_formed_and_sloppy_markup() {
        assert_eq!(
            nesting_estimate("<html><body><div><span>x</span></div></body></html>"),
            4
        );
        assert_eq!(nesting_estimate(&"<div>".repeat(5000)), 5000);
        assert_eq!(
            nesting_estimate(&"<p>para".repeat(5000)),
            0,
            "unclosed <p> does not nest"
        );
        assert_eq!(nesting_estimate("<br><img src=x><hr/><span/>"), 0);
        assert_eq!(
            nesting_estimate("<script>if (a<b) { '<div>'.repeat(9) }</script><!-- <div><div> -->"),
            0
        );
        assert_eq!(nesting_estimate("a < b and < / >"), 0);
        assert_eq!(
            nesting_estimate("<SCRIPT>x</Script ><div>"),
            1,
            "end tags match any case"
        );
        assert_eq!(nesting_estimate(""), 0);
    }

    #[test]
    fn flattening_keeps_text_only() {
        let flat =
            flatten_tags("<div><p>One &amp; two</p><script>evil()</script><p>three</p></div>");
        assert_eq!(flat, "\nOne &amp; two\nthree\n");
        assert!(!flatten_tags(&"<div>".repeat(100)).contains('<'));
    }
}
