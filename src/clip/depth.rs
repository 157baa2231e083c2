//! Guards against pathologically nested HTML ("<div>" x 100,000), which real pages never
//! have (the deepest of ~900 development pages nests 56 elements) but a hostile page can.
//!
//! Both html5ever's tree builder (it scans the stack of open elements for each tag) and
//! Readability's scoring (it walks ancestors) slow down with depth x elements, so such a
//! page would hold a clip for minutes. Two checks: a linear scan of the raw HTML before
//! parsing, and the real depth of the parsed tree before Readability runs.

use std::borrow::Cow;

use dom_smoothie::Readability;

/// Raw nesting (see `nesting_estimate`) past which a document is not parsed as is: its
/// tags are dropped first (`flatten_tags`).
pub(crate) const MAX_PARSE_DEPTH: usize = 1_000;

/// Start tags past which a document is not parsed as is either: the biggest of ~900
/// development pages has about 10,000 elements; a page of a million links would hold a clip
/// for a minute in the parsers and Readability, so it is reduced to its text.
pub(crate) const MAX_ELEMENTS: usize = 30_000;

/// Whether `html` nests deeper than [`MAX_PARSE_DEPTH`] or holds more than
/// [`MAX_ELEMENTS`] start tags, in one linear pass (counting as `nesting_estimate` does):
/// such a page is flattened before parsing.
pub(crate) fn too_complex(html: &str) -> bool {
    let (mut depth, mut elements) = (0usize, 0usize);
    let mut complex = false;
    scan_while(html, |token| {
        match token {
            Token::Open(name) => {
                elements += 1;
                if nests(&name) {
                    depth += 1;
                }
            }
            Token::Close(name) if nests(&name) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        complex = depth > MAX_PARSE_DEPTH || elements > MAX_ELEMENTS;
        !complex // stop at the first sign: the rest of a hostile page is not read
    });
    complex
}

/// Whether element `name` makes a page deeper: not one that never has content, nor one
/// whose end tag is usually left out, which the raw scan does not count. A `match`, not a
/// list searched name by name: it runs on every tag of every page clipped.
fn nests(name: &str) -> bool {
    !matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "param"
            | "keygen"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "tr"
            | "td"
            | "th"
            | "option"
            | "optgroup"
            | "thead"
            | "tbody"
            | "tfoot"
            | "colgroup"
            | "rb"
            | "rt"
            | "rp"
    )
}

/// Elements that sit inside a line of text.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "em", "i", "img", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "font",
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
#[cfg(test)]
pub(crate) fn nesting_estimate(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    scan(html, |token| match token {
        Token::Open(name) if nests(&name) => {
            depth += 1;
            max = max.max(depth);
        }
        Token::Close(name) if nests(&name) => {
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
        // Inline tags part words with a space: a page of a million links stays one line
        // rather than a million, which Readability would turn into a million elements.
        Token::Open(name) | Token::Close(name) if INLINE.contains(&&*name) => {
            if !out.ends_with(char::is_whitespace) {
                out.push(' ');
            }
        }
        _ => {
            if !out.ends_with('\n') {
                out.push('\n');
            }
        }
    });
    out
}

/// `flatten_tags` for the body only: a `<head>` that is itself within the limits is kept
/// as written, so the title, metadata and JSON-LD of a page too big to parse whole (a story
/// under ten thousand comments) still give the article its title, author and date.
pub(crate) fn flatten_body(html: &str) -> String {
    let head_end = ["</head>", "</HEAD>", "</Head>"]
        .iter()
        .filter_map(|tag| html.find(tag).map(|at| at + tag.len()))
        .min();
    match head_end {
        Some(end) if !too_complex(&html[..end]) => {
            let mut out = String::from(&html[..end]);
            out.push_str(&flatten_tags(&html[end..]));
            out
        }
        _ => flatten_tags(html),
    }
}

/// The deepest element nesting of the parsed document in `reader`, in one walk of the
/// tree with each node's depth carried along (no selector, no map).
pub(crate) fn max_element_depth(reader: &Readability) -> usize {
    let mut stack = vec![(reader.doc.root(), 0usize)];
    let mut max = 0;
    while let Some((node, depth)) = stack.pop() {
        let mut child = node.first_child();
        while let Some(c) = child {
            if c.is_element() {
                max = max.max(depth + 1);
                stack.push((c, depth + 1));
            }
            child = c.next_sibling();
        }
    }
    max
}

pub(crate) enum Token<'a> {
    Text(&'a str),
    /// A start tag's name, lower-cased: borrowed from the page unless it had capitals.
    Open(Cow<'a, str>),
    /// An end tag's name, as `Open`.
    Close(Cow<'a, str>),
    Other,
}

/// A forgiving tokenizer for the two functions above: text, start tags (lower-cased name),
/// end tags, and everything else (comments, doctype, stray `<`). Written by hand because
/// the only HTML tokenizer at hand (html5ever) is the thing being protected.
pub(crate) fn scan<'a>(html: &'a str, mut emit: impl FnMut(Token<'a>)) {
    scan_while(html, |token| {
        emit(token);
        true
    });
}

/// [`scan`], stopping as soon as `emit` returns false.
pub(crate) fn scan_while<'a>(html: &'a str, mut emit: impl FnMut(Token<'a>) -> bool) {
    let bytes = html.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        let Some(lt) = find_from(bytes, pos, b"<") else {
            if !emit(Token::Text(&html[pos..])) {
                return;
            }
            return;
        };
        if lt > pos && !emit(Token::Text(&html[pos..lt])) {
            return;
        }
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            pos = find_from(bytes, lt + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            if !emit(Token::Other) {
                return;
            }
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
            if !emit(Token::Text(&html[lt..lt + 1])) {
                return;
            }
            pos = lt + 1;
            continue;
        }
        let name = &html[name_start..name_start + name_len];
        let name: Cow<'a, str> = if name.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(name)
        };
        pos = end;
        if name.is_empty() || bytes[..end].ends_with(b"/>") {
            if !emit(Token::Other) {
                return;
            }
        } else if closing {
            if !emit(Token::Close(name)) {
                return;
            }
        } else if RAW_TEXT.contains(&&*name) {
            pos = raw_text_end(bytes, end, name.as_bytes());
            if !emit(Token::Other) {
                return;
            }
        } else {
            if !emit(Token::Open(name)) {
                return;
            }
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
    // memchr (optimised even in debug builds, see Cargo.toml): this scan runs before
    // every parse, over pages of up to 20 MB.
    let rest = haystack.get(from..)?;
    match needle {
        [b] => memchr::memchr(*b, rest),
        _ => memchr::memmem::find(rest, needle),
    }
    .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::{
        MAX_ELEMENTS, MAX_PARSE_DEPTH, flatten_body, flatten_tags, nesting_estimate, too_complex,
    };

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
    fn a_plain_head_is_kept_over_a_flattened_body() {
        let body = "<li><p>nice</p></li>".repeat(MAX_ELEMENTS);
        let page = format!("<html><head><title>T</title></head><body>{body}</body></html>");
        let out = flatten_body(&page);
        assert!(
            out.starts_with("<html><head><title>T</title></head>"),
            "{}",
            &out[..80]
        );
        assert!(!too_complex(&out));
        let crowded_head = format!("<head>{body}</head><p>x</p>");
        assert_eq!(flatten_body(&crowded_head), flatten_tags(&crowded_head));
    }

    #[test]
    fn too_many_elements_or_too_deep_is_too_complex() {
        assert!(!too_complex(&"<p>x</p>".repeat(MAX_ELEMENTS)));
        assert!(too_complex(&"<a href=/x>x</a>".repeat(MAX_ELEMENTS + 1)));
        assert!(too_complex(&"<div>".repeat(MAX_PARSE_DEPTH + 1)));
        assert!(!too_complex(&"<div>".repeat(MAX_PARSE_DEPTH)));
    }

    #[test]
    fn flattening_keeps_text_only() {
        let flat =
            flatten_tags("<div><p>One &amp; two</p><script>evil()</script><p>three</p></div>");
        assert_eq!(flat, "\nOne &amp; two\nthree\n");
        assert!(!flatten_tags(&"<div>".repeat(100)).contains('<'));
    }
}
