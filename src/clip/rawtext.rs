//! Script and style contents dropped from a page before it is parsed.
//!
//! Two fifths of a news page's bytes are the text of its `<script>` and `<style>` elements
//! (WCXB's development pages: 20% scripts, 19% styles), which the HTML parser must still
//! tokenize and store although nothing downstream reads them: Readability removes both,
//! and the metadata is read from JSON-LD, which is kept. Emptying them first spares the
//! parser that work. Written by hand because the only HTML tokenizer at hand (html5ever) is
//! the work being spared; it follows the tokenizer's rules where they decide where a raw
//! text ends (quoted attribute values, comments, `</script` in any case) and leaves an
//! element alone wherever those rules are not plain (a script holding `<!--`, an element
//! that is never closed).

use std::borrow::Cow;

use memchr::memchr;

/// Elements whose content the tokenizer reads as text up to their end tag: a `<script>`
/// inside one of them is text, so the scan steps over their content.
const RAW_TEXT: &[&[u8]] = &[
    b"script",
    b"style",
    b"title",
    b"textarea",
    b"xmp",
    b"noembed",
    b"noframes",
    b"iframe",
    b"noscript",
];

/// `html` with the content of every `<script>` (but JSON-LD) and `<style>` element removed,
/// the elements themselves kept; borrowed when there is nothing to remove.
pub(crate) fn without_script_text(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut pos = 0;
    while let Some(found) = memchr(b'<', &bytes[pos..]) {
        let lt = pos + found;
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            match find(bytes, lt + 4, b"-->") {
                Some(end) => {
                    pos = end + 3;
                    continue;
                }
                None => break,
            }
        }
        let name_len = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name = &rest[..name_len];
        if name.eq_ignore_ascii_case(b"plaintext") {
            break; // the rest of the page is text
        }
        let Some(raw) = RAW_TEXT
            .iter()
            .find(|raw| name.eq_ignore_ascii_case(raw))
            .filter(|_| rest.get(name_len).is_none_or(|&b| ends_name(b)))
        else {
            pos = lt + 1;
            continue;
        };
        let Some(content) = start_tag_end(bytes, lt + 1 + name_len) else {
            break;
        };
        let Some(close) = end_tag(bytes, content, raw) else {
            break; // never closed: the parser reads the rest of the page as its text
        };
        let attrs = &bytes[lt + 1 + name_len..content];
        let text = &bytes[content..close];
        let drop = match *raw {
            b"style" => true,
            // A script holding `<!--` may hold a `</script>` that does not end it.
            b"script" => {
                !contains_ci(attrs, b"ld+json") && memchr::memmem::find(text, b"<!--").is_none()
            }
            _ => false,
        };
        if drop && !text.is_empty() {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(&html[copied..content]);
            copied = close;
        }
        pos = close;
    }
    match out {
        Some(mut out) => {
            out.push_str(&html[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(html),
    }
}

/// Whether `b` may follow a tag name: white space, `/` or `>`.
fn ends_name(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
}

/// Where the content after the start tag whose attributes begin at `at` starts (just past
/// its `>`); a quote opens a value only right after `=`, as in the tokenizer. `None` when
/// the tag never ends.
fn start_tag_end(bytes: &[u8], mut at: usize) -> Option<usize> {
    let mut after_equals = false;
    while at < bytes.len() {
        match bytes[at] {
            b'>' => return Some(at + 1),
            b'=' => after_equals = true,
            quote @ (b'"' | b'\'') if after_equals => {
                at += 1 + memchr(quote, &bytes[at + 1..])?;
                after_equals = false;
            }
            b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' => {}
            _ => after_equals = false,
        }
        at += 1;
    }
    None
}

/// Where the first end tag of `name` at or after `from` starts (`</name` in any case, then
/// white space, `/` or `>`).
fn end_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    loop {
        let lt = find(bytes, at, b"</")?;
        let after = &bytes[lt + 2..];
        if after.len() >= name.len()
            && after[..name.len()].eq_ignore_ascii_case(name)
            && after.get(name.len()).is_none_or(|&b| ends_name(b))
        {
            return Some(lt);
        }
        at = lt + 2;
    }
}

/// The first `needle` in `bytes` at or after `from`, as an index into `bytes`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(&bytes[from..], needle).map(|i| from + i)
}

/// Whether `hay` holds `needle` (lower-case ASCII) in any case.
fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_styles_lose_their_text_and_keep_their_tags() {
        let html = "<head><style>p { color: red }</style><SCRIPT src=a.js>var x = '<p>';</SCRIPT >\
                    </head><body><p>Text</p><script>f()</script></body>";
        assert_eq!(
            without_script_text(html),
            "<head><style></style><SCRIPT src=a.js></SCRIPT ></head><body><p>Text</p><script></script></body>"
        );
    }

    #[test]
    fn json_ld_is_kept() {
        let html = r#"<script type="application/LD+JSON">{"datePublished":"2025-07-14"}</script><script>x()</script>"#;
        assert_eq!(
            without_script_text(html),
            r#"<script type="application/LD+JSON">{"datePublished":"2025-07-14"}</script><script></script>"#
        );
    }

    #[test]
    fn a_page_without_scripts_is_borrowed() {
        let html = "<p>a < b, and <scripted> is not a tag we know</p><script></script>";
        assert!(matches!(without_script_text(html), Cow::Borrowed(_)));
    }

    #[test]
    fn a_quoted_angle_bracket_does_not_end_the_start_tag() {
        let html = r#"<script data-x="a>b" data-y='>'>var s;</script><p>after</p>"#;
        assert_eq!(
            without_script_text(html),
            r#"<script data-x="a>b" data-y='>'></script><p>after</p>"#
        );
    }

    #[test]
    fn script_tags_inside_text_elements_and_comments_are_text() {
        // In a title, a textarea or a comment, "<script>" is text the page shows or hides;
        // an end tag that only starts like `</script` does not end a script.
        let html = "<title>On <script>x</script> tags</title><!-- <style>a{}</style> -->\
                    <textarea><style>b{}</style></textarea><script>if (a </scripts) {}</script>";
        assert_eq!(
            without_script_text(html),
            "<title>On <script>x</script> tags</title><!-- <style>a{}</style> -->\
             <textarea><style>b{}</style></textarea><script></script>"
        );
    }

    #[test]
    fn unusual_scripts_are_left_alone() {
        for html in [
            // An escaped script, where `</script>` may not end it.
            "<script><!-- document.write('<script>x</script>') --></script><p>a</p>",
            // Never closed, or a start tag cut off: the parser's own reading stands.
            "<p>a</p><script>var never_closed = 1;",
            "<p>a</p><script src='x.js",
            "<plaintext><script>x</script>",
        ] {
            assert_eq!(without_script_text(html), html, "{html}");
        }
    }
}
