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
        let (name, content) = match markup_end(bytes, lt) {
            Some(Markup::StartTag { name, content }) => (name, content),
            Some(Markup::Skip(end)) => {
                pos = end;
                continue;
            }
            Some(Markup::Text) => {
                pos = lt + 1;
                continue;
            }
            // Cut off, or a construct whose end depends on more than this scan reads.
            None => break,
        };
        if name.eq_ignore_ascii_case(b"plaintext") {
            break; // the rest of the page is text
        }
        // Foreign content parses `<style>` and `<script>` as markup: left as it is.
        let foreign = [b"svg".as_slice(), b"math"]
            .into_iter()
            .find(|f| name.eq_ignore_ascii_case(f));
        let raw = RAW_TEXT
            .iter()
            .copied()
            .find(|raw| name.eq_ignore_ascii_case(raw));
        let self_closed = foreign.is_some() && bytes[..content].ends_with(b"/>");
        let Some(inside) = foreign.or(raw).filter(|_| !self_closed) else {
            pos = content;
            continue;
        };
        let Some(close) = end_tag(bytes, content, inside) else {
            break; // never closed: the parser reads the rest of the page as its content
        };
        let attrs = &bytes[lt + 1 + name.len()..content];
        let text = &bytes[content..close];
        if inside == b"script" && memchr::memmem::find(text, b"<!--").is_some() {
            // An escaped script may hold a `</script>` that does not end it, and where it
            // ends is the tokenizer's to work out: the rest of the page is left as it is.
            break;
        }
        let drop = inside == b"style" || inside == b"script" && !contains_ci(attrs, b"ld+json");
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

/// What a `<` starts, as the tokenizer reads it in the page's body.
enum Markup<'a> {
    /// A start tag: its name, and where its content starts (past its `>`).
    StartTag { name: &'a [u8], content: usize },
    /// A comment, a doctype, an end tag or a bogus comment, ending before this byte.
    Skip(usize),
    /// A `<` that is text ("a < b").
    Text,
}

/// What the `<` at `lt` starts; `None` when it runs to the end of the page, or is a CDATA
/// section, whose end depends on whether it stands in foreign content.
fn markup_end(bytes: &[u8], lt: usize) -> Option<Markup<'_>> {
    let rest = &bytes[lt + 1..];
    if let Some(comment) = rest.strip_prefix(b"!--") {
        // `<!-->` and `<!--->` are whole comments; else the first `-->` or `--!>` ends it.
        let end = if comment.starts_with(b">") {
            lt + 5
        } else if comment.starts_with(b"->") {
            lt + 6
        } else {
            comment_end(bytes, lt + 4)?
        };
        return Some(Markup::Skip(end));
    }
    if rest.starts_with(b"![CDATA[") {
        return None;
    }
    match rest.first() {
        // A doctype or a bogus comment: to the first `>`.
        Some(b'!' | b'?') => memchr(b'>', rest).map(|i| Markup::Skip(lt + 2 + i)),
        Some(b'/') => match rest.get(1) {
            // An end tag, whose attributes (an error, but read) may quote a `>`.
            Some(b) if b.is_ascii_alphabetic() => start_tag_end(bytes, lt + 2).map(Markup::Skip),
            Some(b'>') => Some(Markup::Skip(lt + 3)),
            Some(_) => memchr(b'>', rest).map(|i| Markup::Skip(lt + 2 + i)),
            None => None,
        },
        Some(b) if b.is_ascii_alphabetic() => {
            let name_len = rest.iter().take_while(|b| !ends_name(**b)).count();
            let content = start_tag_end(bytes, lt + 1 + name_len)?;
            Some(Markup::StartTag {
                name: &rest[..name_len],
                content,
            })
        }
        _ => Some(Markup::Text),
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

/// Where the comment whose text starts at `from` ends (past its `-->` or `--!>`): one pass
/// over its text, from one `--` to the next.
fn comment_end(bytes: &[u8], mut from: usize) -> Option<usize> {
    loop {
        let dashes = find(bytes, from, b"--")?;
        match bytes.get(dashes + 2) {
            Some(b'>') => return Some(dashes + 3),
            Some(b'!') if bytes.get(dashes + 3) == Some(&b'>') => return Some(dashes + 4),
            _ => from = dashes + 1,
        }
    }
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
    fn a_tag_named_inside_an_attribute_or_a_bogus_comment_is_text() {
        for (html, want) in [
            (
                r#"<img alt="<style>"><p>Story</p><style>a{}</style>"#,
                r#"<img alt="<style>"><p>Story</p><style></style>"#,
            ),
            (
                r#"<meta name="description" content="Why <script> blocks rendering"><script>x()</script>"#,
                r#"<meta name="description" content="Why <script> blocks rendering"><script></script>"#,
            ),
            (
                "<? <script> ?>x<script>y</script>",
                "<? <script> ?>x<script></script>",
            ),
            (
                "<!--> <style>a{}</style> --><p>b</p>",
                "<!--> <style></style> --><p>b</p>",
            ),
            (
                "</div title='>'><style>a{}</style>",
                "</div title='>'><style></style>",
            ),
            // In SVG a style is markup, and CDATA is SVG's; a self-closed SVG holds nothing.
            (
                "<svg/><svg><style>.a{}</style><![CDATA[ <style> ]]></svg><style>b{}</style>",
                "<svg/><svg><style>.a{}</style><![CDATA[ <style> ]]></svg><style></style>",
            ),
        ] {
            assert_eq!(without_script_text(html), want, "{html}");
        }
    }

    #[test]
    fn many_comments_are_read_in_one_pass() {
        // Each comment's end is looked for from its start on only. Looking for `--!>` in
        // the whole rest of the page for every comment made a page of many comments cost
        // the square of its length (found measuring this module).
        let html = format!(
            "{}<style>a{{}}</style>",
            "<!-- a - b -- c -->".repeat(200_000)
        );
        let start = std::time::Instant::now();
        let out = without_script_text(&html);
        assert!(out.ends_with("<style></style>"));
        assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
    }

    #[test]
    fn unusual_scripts_are_left_alone() {
        for html in [
            // An escaped script, where `</script>` may not end it: nothing after it is
            // touched.
            "<script><!-- document.write('<script>x</script>') --></script><p>a</p>",
            "<script><!--w('<script></script>');w('<script>')--></script><p>Story</p><script>t()</script>",
            // CDATA, whose end depends on where it stands (in HTML, the first `>`).
            "<p><![CDATA[ a > b <style> ]]></p><style>x</style>",
            // Never closed, or a start tag cut off: the parser's own reading stands.
            "<p>a</p><script>var never_closed = 1;",
            "<p>a</p><script src='x.js",
            "<plaintext><script>x</script>",
        ] {
            assert_eq!(without_script_text(html), html, "{html}");
        }
    }
}
