//! React streaming server rendering, undone: such pages send a skeleton first, with a
//! placeholder `<!--$?--><template id="B:0"></template>...fallback...<!--/$-->` where
//! the article will go, and the article itself later in `<div hidden id="S:0">...</div>`,
//! which a script (`$RC("B:0","S:0")`) moves into place. We run no scripts, so without
//! this Readability sees a loading skeleton and a hidden article.

use std::borrow::Cow;
use std::collections::HashMap;

const SEGMENT_OPEN: &str = "<div hidden id=\"S:";
/// `B:n` marks a Suspense boundary (followed by its fallback), `P:n` a bare hole.
const PLACEHOLDER_OPEN: &str = "<template id=\"";
/// Segments can hold placeholders of their own; a few rounds resolve real nesting.
const MAX_ROUNDS: usize = 8;

/// `html` with every streamed segment moved into its placeholder (replacing the
/// placeholder's fallback content), or `html` itself when the page does not stream.
/// Segments without a placeholder and placeholders without a segment are left as they are.
/// Each segment fills one placeholder at most, as the script moves it once: a segment
/// naming itself would otherwise double the page each round (a fuzzed page of 7 KB grew to
/// megabytes and took a minute to clip).
pub(crate) fn inline_streamed_segments(html: &str) -> Cow<'_, str> {
    if !html.contains(SEGMENT_OPEN) || !html.contains("<template id=\"B:") {
        return Cow::Borrowed(html);
    }
    let (mut page, mut segments) = take_segments(html);
    for _ in 0..MAX_ROUNDS {
        let (next, used) = fill_placeholders(&page, &mut segments);
        if used == 0 {
            break;
        }
        page = next;
    }
    Cow::Owned(page)
}

/// Cut every `<div hidden id="S:n">` out of `html`: (the rest, "n" -> inner HTML).
fn take_segments(html: &str) -> (String, HashMap<String, String>) {
    let mut rest = String::with_capacity(html.len());
    let mut segments = HashMap::new();
    let mut at = 0;
    while let Some(found) = html[at..].find(SEGMENT_OPEN) {
        let start = at + found;
        let id_start = start + SEGMENT_OPEN.len();
        let Some(id_len) = html[id_start..].find("\">") else {
            break;
        };
        let id = &html[id_start..id_start + id_len];
        let inner_start = id_start + id_len + 2;
        let Some(inner_end) = matching_div_end(html, inner_start) else {
            break;
        };
        rest.push_str(&html[at..start]);
        segments.insert(id.to_string(), html[inner_start..inner_end].to_string());
        at = inner_end + "</div>".len();
    }
    rest.push_str(&html[at..]);
    (rest, segments)
}

/// Where the `</div>` closing a `<div>` whose content starts at `from` begins.
fn matching_div_end(html: &str, from: usize) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut depth = 1usize;
    let mut i = from;
    while let Some(lt) = html[i..].find('<').map(|p| p + i) {
        let rest = &bytes[lt..];
        if rest.len() >= 6 && rest[..6].eq_ignore_ascii_case(b"</div>") {
            depth -= 1;
            if depth == 0 {
                return Some(lt);
            }
        } else if rest.len() >= 5
            && rest[..4].eq_ignore_ascii_case(b"<div")
            && matches!(rest[4], b' ' | b'>' | b'\t' | b'\n' | b'\r' | b'/')
        {
            depth += 1;
        }
        i = lt + 1;
    }
    None
}

/// Replace each `<template id="B:n"></template>` whose segment `S:n` exists, with its
/// fallback up to the boundary's `<!--/$-->`, by the segment; and each `<template
/// id="P:n"></template>` (a hole inside a segment) by `S:n`, which leaves `segments`.
/// Returns the new page and how many placeholders were filled.
fn fill_placeholders(html: &str, segments: &mut HashMap<String, String>) -> (String, usize) {
    let mut out = String::with_capacity(html.len());
    let mut used = 0;
    let mut at = 0;
    while let Some(found) = html[at..].find(PLACEHOLDER_OPEN) {
        let start = at + found;
        let id_start = start + PLACEHOLDER_OPEN.len();
        let Some(id_len) = html[id_start..].find('"') else {
            break;
        };
        let id = &html[id_start..id_start + id_len];
        let Some(close) = html[id_start..].find("</template>") else {
            break;
        };
        let after_template = id_start + close + "</template>".len();
        let (kind, number) = id.split_at(id.find(':').map_or(0, |c| c + 1));
        let segment = matches!(kind, "B:" | "P:")
            .then(|| segments.remove(number))
            .flatten();
        let Some(segment) = segment else {
            out.push_str(&html[at..after_template]);
            at = after_template;
            continue;
        };
        let fallback_end = if kind == "B:" {
            boundary_end(html, after_template).unwrap_or(after_template)
        } else {
            after_template
        };
        out.push_str(&html[at..start]);
        out.push_str(&segment);
        used += 1;
        at = fallback_end;
    }
    out.push_str(&html[at..]);
    (out, used)
}

/// Where the Suspense boundary whose fallback starts at `from` ends: the first `<!--/$-->`
/// not closing a boundary opened inside the fallback.
fn boundary_end(html: &str, from: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = from;
    while let Some(p) = html[i..].find("<!--").map(|p| p + i) {
        let rest = &html[p..];
        if rest.starts_with("<!--/$-->") {
            if depth == 0 {
                return Some(p);
            }
            depth -= 1;
        } else if rest.starts_with("<!--$") {
            depth += 1;
        }
        i = p + 4;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::inline_streamed_segments;

    #[test]
    fn moves_segments_into_their_placeholders() {
        let html = concat!(
            "<body><header>Menu</header>",
            "<!--$?--><template id=\"B:0\"></template><div class=\"skeleton\"><div></div></div><!--/$-->",
            "<footer>Foot</footer>",
            "<div hidden id=\"S:0\"><main><h1>Title</h1><div><p>Lead.</p></div>",
            "<!--$?--><template id=\"B:1\"></template><p>loading</p><!--/$--></main></div>",
            "<div hidden id=\"S:1\"><p>Second part.</p><template id=\"P:2\"></template></div>",
            "<div hidden id=\"S:2\"><p>Third.</p></div>",
            "<script>$RC(\"B:0\",\"S:0\")</script></body>"
        );
        let got = inline_streamed_segments(html);
        assert_eq!(
            got,
            concat!(
                "<body><header>Menu</header>",
                "<!--$?--><main><h1>Title</h1><div><p>Lead.</p></div>",
                "<!--$?--><p>Second part.</p><p>Third.</p><!--/$--></main><!--/$-->",
                "<footer>Foot</footer>",
                "<script>$RC(\"B:0\",\"S:0\")</script></body>"
            ),
            "the article replaces the skeleton, nested segments included"
        );
    }

    #[test]
    fn a_segment_fills_one_placeholder_however_often_it_is_named() {
        // S:1 names itself twice: filled again each round, the page would grow 2^8-fold.
        let html = concat!(
            "<!--$?--><template id=\"B:0\"></template><p>loading</p><!--/$-->",
            "<div hidden id=\"S:0\"><p>Lead.</p><template id=\"P:1\"></template></div>",
            "<div hidden id=\"S:1\"><p>Body.</p><template id=\"P:1\"></template>",
            "<template id=\"P:1\"></template></div>",
            "<p>Elsewhere <template id=\"P:0\"></template></p>"
        );
        assert_eq!(
            inline_streamed_segments(html),
            concat!(
                "<!--$?--><p>Lead.</p><p>Body.</p><template id=\"P:1\"></template>",
                "<template id=\"P:1\"></template><!--/$-->",
                "<p>Elsewhere <template id=\"P:0\"></template></p>"
            )
        );
    }

    #[test]
    fn leaves_other_pages_alone() {
        let html = "<div hidden id=\"x\"><p>Hi</p></div><template id=\"t\"></template>";
        assert_eq!(inline_streamed_segments(html), html);
        let orphan = "<template id=\"B:3\"></template><p>fallback</p><!--/$--><div hidden id=\"S:9\"><p>x</p></div>";
        assert_eq!(
            inline_streamed_segments(orphan),
            "<template id=\"B:3\"></template><p>fallback</p><!--/$-->",
            "a segment without a placeholder is dropped, the placeholder kept"
        );
    }
}
