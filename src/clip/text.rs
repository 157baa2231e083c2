//! Pasted input: is it a URL, a page's HTML or plain text, and plain text -> an article.
//!
//! A plain-text scrape (a page copied as text) becomes one article here: title from its
//! first short line, paragraphs from its lines. Splitting a scrape that holds several
//! articles and dropping site chrome (DESIGN §4) is a later issue and will live beside this.

use super::{ClipError, Extracted};

/// The longest line (in characters) that can be taken as a title.
const MAX_TITLE_CHARS: usize = 200;
/// How many words of the body make a title when nothing better is known.
const FALLBACK_TITLE_WORDS: usize = 12;

/// What a paste holds, with the text to pass on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasteKind {
    /// A single http(s) address (trimmed).
    Url(String),
    /// An HTML document or fragment.
    Html(String),
    /// Anything else: copied text.
    Text(String),
}

/// Decide what a paste is.
///
/// A single line that is an http(s) URL (after trimming) is `Url`, and so is one that
/// only lacks its scheme ("www.example.com/story", "example.org/a/b", "127.0.0.1:8080/p":
/// `https://` is put in front, `http://` for a local address), or that starts with a
/// scheme but does not parse (the fetch then says what is wrong with it); input that starts with
/// `<!doctype`, `<html`, `<head`, `<body` or `<article`, or that holds many tags, is
/// `Html`; everything else (including empty input) is `Text`.
pub fn classify_paste(s: &str) -> PasteKind {
    let trimmed = s.trim();
    let lower_start: String = trimmed.chars().take(16).collect::<String>().to_lowercase();
    let one_word = !trimmed.is_empty() && !trimmed.contains(char::is_whitespace);
    if one_word && (lower_start.starts_with("http://") || lower_start.starts_with("https://")) {
        return PasteKind::Url(trimmed.to_string());
    }
    if one_word && let Some(url) = without_scheme(trimmed) {
        return PasteKind::Url(url);
    }
    let html_start = ["<!doctype", "<html", "<head", "<body", "<article"]
        .iter()
        .any(|p| lower_start.starts_with(p));
    if html_start || count_tags(trimmed) >= 6 {
        PasteKind::Html(s.to_string())
    } else {
        PasteKind::Text(s.to_string())
    }
}

/// The address a scheme-less link means: a host with a dot and a top-level domain of
/// letters, then a path ("www.example.com/story") or a `www.` host alone; a local host or
/// IP address with a port or a path. `None` for anything else ("U.S.", "e.g.", "3.5%").
fn without_scheme(s: &str) -> Option<String> {
    let host_end = s.find(['/', '?', '#']).unwrap_or(s.len());
    let host_port = &s[..host_end];
    let host = host_port.rsplit_once(':').map_or(host_port, |(h, _)| h);
    let local = host == "localhost" || host.parse::<std::net::Ipv4Addr>().is_ok();
    let scheme = if local { "http" } else { "https" };
    let url = url::Url::parse(&format!("{scheme}://{s}")).ok()?;
    let named = url.host_str()?;
    let tld = named.rsplit('.').next()?;
    let domain = named.contains('.')
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && (host_end < s.len() || named.starts_with("www."));
    let addressed = local && (host_end < s.len() || host_port.contains(':'));
    (domain || addressed).then(|| url.to_string())
}

/// Count things that look like tags: `<p>`, `</div>`, `<a href=...>`.
fn count_tags(s: &str) -> usize {
    s.match_indices('<')
        .filter(|(i, _)| {
            let rest = &s[i + 1..];
            let rest = rest.strip_prefix('/').unwrap_or(rest);
            rest.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && rest.find('>').is_some_and(|end| end < 200)
        })
        .count()
}

/// Turn plain text into one article.
///
/// The first non-empty line of at most 200 characters is the title (else the first words
/// of the text); a following `By ...` line is the byline; every other non-empty line is a
/// paragraph. `text` joins the paragraphs with blank lines and `html` wraps each in an
/// escaped `<p>`. Fails with [`ClipError::Empty`] when the input is only whitespace.
pub fn text_to_extracted(text: &str) -> Result<Extracted, ClipError> {
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let Some(first) = lines.first() else {
        return Err(ClipError::Empty);
    };
    let (title, mut body) = if first.chars().count() <= MAX_TITLE_CHARS {
        (first.clone(), &lines[1..])
    } else {
        (title_from_text(first), &lines[..])
    };
    let byline = body.first().and_then(|l| byline_line(l));
    if byline.is_some() {
        body = &body[1..];
    }
    // A paste of one short line: that line is both the title and the text.
    let paragraphs: Vec<String> = if body.is_empty() {
        vec![title.clone()]
    } else {
        body.to_vec()
    };
    let html = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape_html(p)))
        .collect::<Vec<_>>()
        .join("\n");
    let excerpt = paragraphs.first().map(|p| truncate_chars(p, 300));
    Ok(Extracted {
        title,
        byline,
        site_name: None,
        published_at: None,
        lang: None,
        canonical_url: None,
        text: paragraphs.join("\n\n"),
        html,
        excerpt,
        lead_image: None,
        dek: None,
    })
}

/// "Jane Doe" from a line "By Jane Doe" (short lines only, so prose is not mistaken).
fn byline_line(line: &str) -> Option<String> {
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("by "))?;
    let rest = rest.trim();
    (!rest.is_empty() && rest.chars().count() <= 80).then(|| rest.to_string())
}

/// A title made of the first words of `text`, with "…" when cut; "Untitled" when `text`
/// has no words.
pub(crate) fn title_from_text(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return "Untitled".to_string();
    }
    let mut title = words
        .iter()
        .take(FALLBACK_TITLE_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > FALLBACK_TITLE_WORDS {
        title.push('…');
    }
    truncate_chars(&title, MAX_TITLE_CHARS)
}

/// `s` cut to at most `max` characters (on a char boundary), with "…" when cut.
pub(crate) fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", s[..cut].trim_end()),
        None => s.to_string(),
    }
}

/// Escape text for HTML element content and attribute values. Five replacements, so done
/// here rather than through `ammonia::clean_text`, which also escapes spaces.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_pastes() {
        let url = |s: &str| PasteKind::Url(s.to_string());
        assert_eq!(
            classify_paste("  https://example.com/a?b=1 \n"),
            url("https://example.com/a?b=1")
        );
        assert_eq!(
            classify_paste("HTTP://Example.com"),
            url("HTTP://Example.com")
        );
        assert!(matches!(
            classify_paste("ftp://example.com/x"),
            PasteKind::Text(_)
        ));
        // A link without its scheme, or one that does not parse, is still a link.
        for (pasted, meant) in [
            (
                "www.example.com/2025/06/01/story",
                "https://www.example.com/2025/06/01/story",
            ),
            ("example.org/a?b=1", "https://example.org/a?b=1"),
            ("www.example.com", "https://www.example.com/"),
            (
                "127.0.0.1:8765/harbor.html",
                "http://127.0.0.1:8765/harbor.html",
            ),
            ("localhost:3000", "http://localhost:3000/"),
            ("https://", "https://"),
        ] {
            assert_eq!(classify_paste(pasted), url(meant), "{pasted}");
        }
        for words in [
            "U.S.",
            "e.g.",
            "3.5%",
            "example.com",
            "hello",
            "file.txt",
            "v1.2/3",
        ] {
            assert!(
                matches!(classify_paste(words), PasteKind::Text(_)),
                "{words}"
            );
        }
        assert!(matches!(
            classify_paste("see https://example.com/a for more"),
            PasteKind::Text(_)
        ));
        assert!(matches!(
            classify_paste("https://a.example/\nhttps://b.example/"),
            PasteKind::Text(_)
        ));
        assert!(matches!(
            classify_paste("<!DOCTYPE html><p>x"),
            PasteKind::Html(_)
        ));
        assert!(matches!(
            classify_paste("\n <article><p>x</p></article>"),
            PasteKind::Html(_)
        ));
        let fragment = "<div><p>One</p><p>Two</p><p>Three</p></div>";
        assert!(
            matches!(classify_paste(fragment), PasteKind::Html(_)),
            "many tags"
        );
        assert!(matches!(
            classify_paste("x < y and y > z, a <b> tag"),
            PasteKind::Text(_)
        ));
        assert_eq!(classify_paste(""), PasteKind::Text(String::new()));
    }

    #[test]
    fn first_short_line_is_the_title() {
        let got = text_to_extracted(
            "\n  Meta raises its spending plan  \nBy Jane Doe\n\nMeta said on Monday it would spend more.\nAnalysts   were surprised.\n\n\nShares fell 3%.\n",
        )
        .expect("non-empty text");
        assert_eq!(got.title, "Meta raises its spending plan");
        assert_eq!(got.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(
            got.text,
            "Meta said on Monday it would spend more.\n\nAnalysts were surprised.\n\nShares fell 3%."
        );
        assert_eq!(got.html.matches("<p>").count(), 3);
        assert_eq!(
            got.excerpt.as_deref(),
            Some("Meta said on Monday it would spend more.")
        );
    }

    #[test]
    fn long_first_line_gives_a_word_title_and_html_is_escaped() {
        let long = format!("{} <script>alert(1)</script> & more", "word ".repeat(60));
        let got = text_to_extracted(&long).expect("non-empty text");
        assert!(
            got.title.starts_with("word word") && got.title.ends_with('…'),
            "{}",
            got.title
        );
        assert!(
            got.text.contains("<script>"),
            "text keeps the characters as typed"
        );
        assert!(!got.html.contains("<script>") && got.html.contains("&lt;script&gt;"));
        assert!(got.html.contains("&amp; more"));
    }

    #[test]
    fn one_line_paste_is_title_and_text() {
        let got = text_to_extracted("Just a headline").expect("non-empty");
        assert_eq!(got.title, "Just a headline");
        assert_eq!(got.text, "Just a headline");
    }

    #[test]
    fn empty_input_is_an_error() {
        for input in ["", "   ", "\n\n\t \r\n"] {
            assert!(
                matches!(text_to_extracted(input), Err(ClipError::Empty)),
                "{input:?}"
            );
        }
    }

    #[test]
    fn fallback_titles() {
        assert_eq!(title_from_text("  \n "), "Untitled");
        assert_eq!(title_from_text("Short text here"), "Short text here");
        assert_eq!(truncate_chars("héllo wörld", 5), "héllo…");
    }
}
