//! The headline without the site's name: "Meta raises spending | The Gazette" -> "Meta
//! raises spending", and the site name that was cut off, when the page gave none.
//!
//! Readability takes `og:title` / JSON-LD `headline` as is, and many sites append their
//! name there too. A suffix (or prefix) is cut only with evidence: it matches the site
//! name, the remaining part is the page's `<h1>`, the suffix looks like a domain, or it
//! follows a " | " (a separator that headlines themselves almost never use).

use super::meta::collapse_ws;

/// Separators sites put between headline and site name, most specific first.
const SEPARATORS: &[&str] = &[" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " / "];

/// Headlines shorter than this many words are not cut further (it would leave a stub).
const MIN_HEAD_WORDS: usize = 2;
/// A site name longer than this many words is not a site name.
const MAX_SITE_WORDS: usize = 6;

/// Split `title` into (headline, site name cut from it).
///
/// `site_name` is the site's name if known (og:site_name, JSON-LD publisher) and
/// `headings` the page's `<h1>` texts. Returns `title` unchanged (whitespace collapsed)
/// when there is no evidence that a part of it is the site's name.
pub(crate) fn split_site_from_title(
    title: &str,
    site_name: Option<&str>,
    headings: &[String],
) -> (String, Option<String>) {
    let mut title = collapse_ws(title);
    let mut cut_site = None;
    // Two rounds: "Headline - Section | Site".
    for _ in 0..2 {
        if headings.iter().any(|h| same_text(h, &title)) {
            break;
        }
        let Some((head, site)) = SEPARATORS
            .iter()
            .find_map(|sep| cut_once(&title, sep, site_name, headings))
        else {
            break;
        };
        cut_site.get_or_insert(site);
        title = head;
    }
    (title, cut_site)
}

/// Try `sep` as the boundary between headline and site, at its last occurrence (suffix)
/// and at its first (prefix). Returns (headline, site) when the evidence holds.
fn cut_once(
    title: &str,
    sep: &str,
    site_name: Option<&str>,
    headings: &[String],
) -> Option<(String, String)> {
    let suffix = title
        .rsplit_once(sep)
        .map(|(head, site)| (head.trim(), site.trim()));
    let prefix = title
        .split_once(sep)
        .map(|(site, head)| (head.trim(), site.trim()));
    for (head, site) in suffix.into_iter().chain(prefix) {
        if head.split_whitespace().count() < MIN_HEAD_WORDS
            || site.is_empty()
            || site.split_whitespace().count() > MAX_SITE_WORDS
        {
            continue;
        }
        let is_site = site_name.is_some_and(|s| loosely_same(s, site))
            || headings.iter().any(|h| same_text(h, head))
            || looks_like_domain(site);
        // " | " at the end is a site name often enough to cut on its own.
        let pipe_suffix = sep == " | " && title.ends_with(site);
        if is_site || pipe_suffix {
            return Some((head.to_string(), site.to_string()));
        }
    }
    None
}

/// Equal after collapsing whitespace, ignoring case and typographic quotes.
fn same_text(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// One name contains the other once reduced to lower-case letters and digits
/// ("Scratch Culinary" vs "Scratch Culinary Meal Prep", "MIT Sloan" vs "mitsloan").
fn loosely_same(a: &str, b: &str) -> bool {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (squash(a), squash(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // Containment counts only between names of similar length, or a blog name inside a
    // long headline would pass for the site.
    !short.is_empty() && long.contains(&short) && short.len() * 2 >= long.len()
}

fn looks_like_domain(s: &str) -> bool {
    !s.contains(' ')
        && s.contains('.')
        && s.rsplit('.').next().is_some_and(|tld| {
            (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
        })
}

fn fold(s: &str) -> String {
    // Documentation generators end headings with a permalink sign.
    collapse_ws(s.trim_end_matches(['¶', '#', '§', ' ']))
        .replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201C}', '\u{201D}'], "\"")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::split_site_from_title;

    fn split(title: &str, site: Option<&str>, h1: &[&str]) -> (String, Option<String>) {
        let headings: Vec<String> = h1.iter().map(|s| s.to_string()).collect();
        split_site_from_title(title, site, &headings)
    }

    #[test]
    fn cuts_the_site_name_with_evidence() {
        // (title, declared site, <h1>s, expected headline, expected site)
        type Case<'a> = (
            &'a str,
            Option<&'a str>,
            &'a [&'a str],
            &'a str,
            Option<&'a str>,
        );
        let cases: &[Case] = &[
            (
                "Chips rally | The Gazette",
                None,
                &[],
                "Chips rally",
                Some("The Gazette"),
            ),
            (
                "Chips rally - The Gazette",
                Some("The Gazette"),
                &[],
                "Chips rally",
                Some("The Gazette"),
            ),
            (
                "The Gazette - Chips rally on demand",
                Some("The Gazette"),
                &[],
                "Chips rally on demand",
                Some("The Gazette"),
            ),
            (
                "Chips rally - gazette.example.com",
                None,
                &[],
                "Chips rally",
                Some("gazette.example.com"),
            ),
            (
                "Chips rally — Markets",
                None,
                &["Chips rally"],
                "Chips rally",
                Some("Markets"),
            ),
            // The section is not cut: nothing says "Markets" is not part of the headline.
            (
                "Chips rally - Markets | The Gazette",
                Some("The Gazette"),
                &[],
                "Chips rally - Markets",
                Some("The Gazette"),
            ),
            (
                "Chips rally - Markets | The Gazette",
                None,
                &["Chips rally"],
                "Chips rally",
                Some("The Gazette"),
            ),
            (
                "Machine learning, explained | MIT Sloan",
                Some("MIT Sloan"),
                &[],
                "Machine learning, explained",
                Some("MIT Sloan"),
            ),
        ];
        for (title, site, h1, want_title, want_site) in cases {
            let (got_title, got_site) = split(title, *site, h1);
            assert_eq!(got_title, *want_title, "headline of {title:?}");
            assert_eq!(got_site.as_deref(), *want_site, "site cut from {title:?}");
        }
    }

    #[test]
    fn leaves_real_headlines_alone() {
        for (title, site, h1) in [
            ("Covid-19 - what we know so far", None, &[][..]),
            (
                "Meta - the company that ate the internet",
                Some("The Gazette"),
                &[][..],
            ),
            ("Q&A | Tim Cook", None, &["Q&A | Tim Cook"][..]),
            ("Single", None, &[][..]),
            ("Yes | No", None, &[][..]),
            (
                "Autumn leaves at the camp (2) @ Steven's home :: PIXNET ::",
                Some("Steven's home"),
                &[][..],
            ),
        ] {
            assert_eq!(
                split(title, site, h1),
                (title.to_string(), None),
                "{title:?} is a headline"
            );
        }
    }
}
