//! What publishing pipelines leave in a headline read from metadata, taken out before the
//! site's name is looked for (`title`): character references escaped twice
//! ("And finally&amp;#8230;" in JSON-LD reads "And finally&#8230;"), Markdown marks
//! ("## Headline", "*Title* (1792)"), quotes around the whole headline, and a separator
//! left dangling where a site's name was meant to follow ("Headline ⋆").
//!
//! And one repair that needs the page: a `<title>` cut off mid-word ("... laptop, and k")
//! is completed from the page's `<h1>` that goes on from it.

use std::borrow::Cow;

/// Separators that mean nothing on their own at either end of a headline.
const DANGLING: &[char] = &['|', '-', '–', '—', '·', '•', '»', '⋆', '★', '~', '/'];

/// `title` without the debris listed in the module's doc; unchanged when it holds none.
pub(crate) fn tidy_title(title: &str) -> String {
    let title = decode_leftover_references(title.trim());
    let title = without_heading_marks(&title);
    let title = without_emphasis_marks(title);
    let title = without_enclosing_quotes(&title);
    without_dangling_separators(title).to_string()
}

/// The page heading that goes on from `title` when `title` stops inside a word ("set up
/// your monitor, laptop, and k") and the heading finishes that word in lower case ("...
/// and keyboard (checklist)"); `None` for a whole title. A heading whose parts were glued
/// together ("the basicsA guide to ...") does not count.
pub(crate) fn completed_title(title: &str, headings: &[String]) -> Option<String> {
    if !title.ends_with(char::is_alphanumeric) {
        return None;
    }
    headings.iter().find_map(|h| {
        let h = h.trim();
        let rest = h.strip_prefix(title)?;
        rest.starts_with(char::is_lowercase).then(|| h.to_string())
    })
}

/// Decode character references again when the text still holds one after the page's own
/// decoding (double escaping). Decoded by html5ever, as a fragment whose `<` are escaped
/// so that the text cannot become markup.
fn decode_leftover_references(s: &str) -> Cow<'_, str> {
    if !holds_reference(s) {
        return Cow::Borrowed(s);
    }
    let escaped = s.replace('<', "&lt;");
    let decoded = dom_query::Document::fragment(escaped)
        .root()
        .text()
        .to_string();
    if decoded.trim().is_empty() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(decoded)
    }
}

/// Whether `s` holds something shaped like a character reference: `&#8230;`, `&#x2019;`,
/// `&rsquo;`.
fn holds_reference(s: &str) -> bool {
    s.match_indices('&').any(|(at, _)| {
        let after = &s[at + 1..];
        let Some(end) = after.find(';').filter(|&e| (2..=32).contains(&e)) else {
            return false;
        };
        let name = &after[..end];
        match name.strip_prefix('#') {
            Some(num) => match num.strip_prefix(['x', 'X']) {
                Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
                None => num.chars().all(|c| c.is_ascii_digit()),
            },
            None => name.chars().all(|c| c.is_ascii_alphanumeric()),
        }
    })
}

/// "## Headline" -> "Headline": a Markdown heading's marks.
fn without_heading_marks(s: &str) -> &str {
    let rest = s.trim_start_matches('#');
    let marks = s.len() - rest.len();
    if (1..=6).contains(&marks) && rest.starts_with(' ') {
        rest.trim_start()
    } else {
        s
    }
}

/// "*Title* (1792)" -> "Title (1792)": Markdown emphasis around the headline's start.
fn without_emphasis_marks(s: &str) -> Cow<'_, str> {
    for mark in ["**", "*", "__"] {
        let Some(rest) = s.strip_prefix(mark) else {
            continue;
        };
        if rest.starts_with(char::is_whitespace) || rest.starts_with(['*', '_']) {
            return Cow::Borrowed(s);
        }
        let Some(close) = rest.find(mark) else {
            return Cow::Borrowed(s);
        };
        let (inner, after) = (&rest[..close], &rest[close + mark.len()..]);
        let closes_a_phrase = !inner.ends_with(char::is_whitespace)
            && !after.starts_with(char::is_alphanumeric)
            && !after.contains(mark);
        return if closes_a_phrase {
            Cow::Owned(format!("{inner}{after}"))
        } else {
            Cow::Borrowed(s)
        };
    }
    Cow::Borrowed(s)
}

/// "\"Headline\"" -> "Headline": straight double quotes around all of it and nowhere
/// inside, as a pipeline quotes a string. Typographic quotes are the writer's: a headline
/// that is the title of a paper (“New Ways to Corrupt LLMs”) keeps them.
fn without_enclosing_quotes(s: &str) -> &str {
    match s.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(inner) if !inner.contains('"') && !inner.trim().is_empty() => inner.trim(),
        _ => s,
    }
}

/// "Headline ⋆" -> "Headline": a lone separator at either end.
fn without_dangling_separators(mut s: &str) -> &str {
    loop {
        let trimmed = s
            .strip_suffix(DANGLING)
            .filter(|r| r.ends_with(char::is_whitespace))
            .or_else(|| {
                s.strip_prefix(DANGLING)
                    .filter(|r| r.starts_with(char::is_whitespace))
            })
            .map(str::trim)
            .filter(|r| !r.is_empty());
        match trimmed {
            Some(r) => s = r,
            None => return s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{completed_title, tidy_title};

    #[test]
    fn takes_out_what_pipelines_leave() {
        let cases = [
            (
                "And finally&#8230; trouble brewing",
                "And finally… trouble brewing",
            ),
            (
                "Rates &amp; ranges: what &lt;b&gt; means",
                "Rates & ranges: what <b> means",
            ),
            (
                "## Binding agents for Martian concrete",
                "Binding agents for Martian concrete",
            ),
            (
                "*A Treatise on Coffee* (1792)",
                "A Treatise on Coffee (1792)",
            ),
            ("**Bold claims**: a review", "Bold claims: a review"),
            (
                "\"What is Git and how does it work?\"",
                "What is Git and how does it work?",
            ),
            (
                "Home gym must-haves for every budget ⋆",
                "Home gym must-haves for every budget",
            ),
            ("| Headline between bars |", "Headline between bars"),
        ];
        for (raw, clean) in cases {
            assert_eq!(tidy_title(raw), clean, "{raw}");
        }
    }

    #[test]
    fn leaves_real_headlines_alone() {
        for title in [
            "Tutoring was supposed to save kids. The results? 'Sobering'",
            "\"Sobering\" results, says the \"report\"",
            "Bugs in C# and F# compilers",
            "#MeToo, five years on",
            "Rock & roll is here to stay",
            "AT&T;s new plan",
            "5 * 3 = 15, and other sums",
            "*NSYNC reunites",
            "“New Ways to Corrupt LLMs”",
            "Wi-Fi 7 - what changes",
            "A - B",
            "Prices fall 5%",
        ] {
            assert_eq!(tidy_title(title), title, "{title}");
        }
    }

    #[test]
    fn a_title_cut_mid_word_is_completed_from_the_heading() {
        let headings = vec![
            "Related articles".to_string(),
            "Ergonomic desk: how to set up your laptop, and keyboard (checklist)".to_string(),
        ];
        assert_eq!(
            completed_title(
                "Ergonomic desk: how to set up your laptop, and k",
                &headings
            )
            .as_deref(),
            Some("Ergonomic desk: how to set up your laptop, and keyboard (checklist)")
        );
        // A whole title stays, even when a heading says more.
        assert_eq!(
            completed_title("Ergonomic desk: how to set up your laptop,", &headings),
            None
        );
        assert_eq!(completed_title("Ergonomic desk", &headings), None);
        let glued = vec!["Tax 101: the basicsA guide to the taxes Americans pay".to_string()];
        assert_eq!(completed_title("Tax 101: the basics", &glued), None);
    }
}
