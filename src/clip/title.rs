//! The headline without the site's name: "Meta raises spending | The Gazette" -> "Meta
//! raises spending", and the site name that was cut off, when the page gave none.
//!
//! Readability takes `og:title` / JSON-LD `headline` as is, and many sites append their
//! name there too. A suffix (or prefix) is cut only with evidence: it matches the site
//! name, the remaining part is the page's `<h1>`, the suffix looks like a domain, or it
//! follows a " | " (a separator that headlines themselves almost never use). A suffix
//! longer than a site name is cut only when it is the name the page declares, or follows a
//! last " | " after the page's `<h1>`.

use url::Url;

use super::meta::collapse_ws;

/// Marks sites put between headline and site name, most specific first; each counts only
/// with whitespace on both sides ("Wi-Fi" holds no separator).
const SEPARATORS: &[&str] = &["|", "–", "—", "-", "::", "·", "•", "»", "/"];

/// Headlines shorter than this many words are not cut further (it would leave a stub).
const MIN_HEAD_WORDS: usize = 2;
/// A site name longer than this many words is not a site name.
const MAX_SITE_WORDS: usize = 6;

/// Split `title` into (headline, site name cut from it).
///
/// `site_name` is the site's name if known (og:site_name, JSON-LD publisher), `headings`
/// the page's `<h1>` texts and `page` the page's address when known (a suffix that is
/// the host's name, "- Slashdot" on slashdot.org, is the site's; one that is a folder of
/// its path, "| Opinion" under /story/opinion/, is the section's). Returns `title`
/// unchanged (trimmed, markup line breaks made spaces, see `tidy_ws`) when there is no
/// evidence that a part of it is the site's name.
pub(crate) fn split_site_from_title(
    title: &str,
    site_name: Option<&str>,
    headings: &[String],
    page: Option<&Url>,
) -> (String, Option<String>) {
    let known = Known {
        site_name,
        headings,
        host_label: page.and_then(Url::host_str).and_then(host_label),
    };
    let mut title = tidy_ws(title);
    let mut cut_site = None;
    // "Headline (via Site)": a syndication platform's credit to itself.
    if let Some((head, site)) = site_name.and_then(|site| via_site(&title, site)) {
        (title, cut_site) = (head, Some(site));
    }
    if let Some(head) = page.and_then(|p| without_section(&title, p)) {
        title = head;
    }
    if let Some((head, site)) = glued_after_headline(&title, headings) {
        return (head, cut_site.or(Some(site)));
    }
    let shown_whole = |t: &str| headings.iter().any(|h| same_text(h, t));
    // Two rounds: "Headline - Section | Site".
    for _ in 0..2 {
        if shown_whole(&title) {
            break;
        }
        let declared = || {
            let site = site_name?;
            cut_declared_site(&title, site).map(|head| (head, site.trim().to_owned()))
        };
        let Some((head, site)) = SEPARATORS
            .iter()
            .find_map(|sep| cut_once(&title, sep, &known))
            .or_else(declared)
        else {
            break;
        };
        cut_site.get_or_insert(site);
        title = head;
    }
    // "Headline | by A. Writer | Section | Site": more parts than two rounds cut, after
    // the page's own headline.
    if let Some(h1) = headings.iter().find_map(|h| {
        let rest = title.get(h.len()..)?;
        let sep = rest.trim_start().strip_prefix('|')?;
        (same_text(&title[..h.len()], h)
            && rest.starts_with(char::is_whitespace)
            && sep.starts_with(char::is_whitespace)
            && h.split_whitespace().count() >= MIN_HEAD_WORDS)
            .then(|| title[..h.len()].trim().to_string())
    }) {
        title = h1;
    }
    (title, cut_site)
}

/// Marks glued between the headline and the site's name, without spaces: "标题_青川日报",
/// "見出し｜新聞", "Headline|Site".
const GLUED_SEPARATORS: &[char] = &['_', '|', '｜', '－', '—', '–', '-', '：', '·', '»', '/'];

/// "青川：山区村道全部硬化_青川日报" over an `<h1>` "青川：山区村道全部硬化": the page's
/// own headline, then a separator glued to it and a short name. The headline shown whole
/// is the evidence, so a separator without spaces counts (spaced ones are
/// `split_site_from_title`'s rounds).
fn glued_after_headline(title: &str, headings: &[String]) -> Option<(String, String)> {
    headings.iter().find_map(|h| {
        let h = h.trim();
        let rest = title.get(h.len()..)?;
        if h.is_empty() || !same_text(&title[..h.len()], h) || fold(h).is_empty() {
            return None;
        }
        let site = rest
            .strip_prefix(GLUED_SEPARATORS)?
            .trim_start_matches(GLUED_SEPARATORS)
            .trim();
        // One name: "_科技_腾讯网" (a section, then the site) is left whole, as Readability
        // leaves it (the Mozilla set's gold keeps it).
        let short = site.split_whitespace().count() <= MAX_SITE_WORDS
            && site.chars().count() <= 40
            && !site.contains(GLUED_SEPARATORS);
        (!site.is_empty() && short).then(|| (h.to_string(), site.to_string()))
    })
}

/// What tells a site's name in a title apart from the headline.
struct Known<'a> {
    site_name: Option<&'a str>,
    headings: &'a [String],
    /// The host's own name: "slashdot" for tech.slashdot.org, "bbc" for www.bbc.co.uk.
    host_label: Option<String>,
}

/// The label of `host` that names the site: the one before the public suffix, taken as
/// the last label, or the last two when the one before the last is a generic second level
/// ("co", "com", "org", ... as in bbc.co.uk).
fn host_label(host: &str) -> Option<String> {
    let labels: Vec<&str> = host.trim_end_matches('.').split('.').collect();
    let generic = |l: &str| matches!(l, "co" | "com" | "org" | "net" | "ac" | "gov" | "edu");
    let at = match labels.len() {
        0 | 1 => return None,
        n if n >= 3 && generic(labels[n - 2]) => n - 3,
        n => n - 2,
    };
    Some(labels[at].to_string()).filter(|l| l.len() >= 3 && l != "www")
}

/// "Headline (via Site)" -> ("Headline", "Site") when Site is the declared `site`.
fn via_site(title: &str, site: &str) -> Option<(String, String)> {
    let (head, via) = title.strip_suffix(')')?.rsplit_once(" (via ")?;
    (loosely_same(via, site) && head.split_whitespace().count() >= MIN_HEAD_WORDS)
        .then(|| (head.trim_end().to_string(), via.trim().to_string()))
}

/// The headline before a last " | Section" whose one word names a folder of the page's
/// path, not its last part ("... | Opinion" at /story/opinion/contributors/2025/...):
/// the section the page files the story in, which the `<h1>` may show as well.
fn without_section(title: &str, page: &Url) -> Option<String> {
    let (head, section) = split_at(title, "|", true)?;
    let mut folders: Vec<&str> = page.path_segments()?.filter(|s| !s.is_empty()).collect();
    folders.pop(); // the story's own slug
    let one_word = section.chars().all(char::is_alphabetic);
    (one_word
        && head.split_whitespace().count() >= MIN_HEAD_WORDS
        && folders.iter().any(|f| f.eq_ignore_ascii_case(section)))
    .then(|| head.to_string())
}

/// The headline when `title` ends with a spaced separator and then the declared site name
/// itself, which may hold separators of its own ("Headline - The Gazette | Local news").
fn cut_declared_site(title: &str, site: &str) -> Option<String> {
    let site = site.trim();
    let cut = title.len().checked_sub(site.len())?;
    if site.is_empty() || !title.is_char_boundary(cut) || !same_text(&title[cut..], site) {
        return None;
    }
    let before = &title[..cut];
    let rest = before.trim_end();
    if rest.len() == before.len() {
        return None; // "Gazette" inside "TheGazette" is not a suffix
    }
    let head = SEPARATORS.iter().find_map(|sep| rest.strip_suffix(sep))?;
    (head.ends_with(char::is_whitespace) && head.split_whitespace().count() >= MIN_HEAD_WORDS)
        .then(|| head.trim_end().to_string())
}

/// Try `sep` as the boundary between headline and site, at its last occurrence (suffix)
/// and at its first (prefix). Returns (headline, site) when the evidence holds.
fn cut_once(title: &str, sep: &str, known: &Known) -> Option<(String, String)> {
    let suffix = split_at(title, sep, true);
    let prefix = split_at(title, sep, false).map(|(site, head)| (head, site));
    for (head, site) in suffix.into_iter().chain(prefix) {
        let head_is_h1 = known.headings.iter().any(|h| same_text(h, head));
        let site_is_declared = known.site_name.is_some_and(|s| loosely_same(s, site));
        // One word is a headline when the page shows it as one and the rest is the name
        // the page declares ("Coffee - University of Wisconsin-Stevens Point").
        let short = head.split_whitespace().count() < MIN_HEAD_WORDS;
        if (short && !(head_is_h1 && site_is_declared)) || site.is_empty() {
            continue;
        }
        let site_is_host = known
            .host_label
            .as_deref()
            .is_some_and(|l| loosely_same(l, site));
        // " | " at the end is a site name often enough to cut on its own.
        let pipe_suffix = sep == "|" && title.ends_with(site);
        // A long rest is cut only on strong evidence: it is the name the page declares
        // ("Urge Fitness | Affordable 24/7 Gyms Near Me in PA and NJ" is one site's
        // og:site_name), or it follows a last " | " after the page's own headline. A long
        // rest after " - " may be the author's or a subtitle: kept.
        if site.split_whitespace().count() > MAX_SITE_WORDS
            && !site_is_declared
            && !(head_is_h1 && pipe_suffix)
        {
            continue;
        }
        let is_site = site_is_declared || site_is_host || head_is_h1 || looks_like_domain(site);
        if is_site || pipe_suffix {
            return Some((head.to_string(), site.to_string()));
        }
    }
    None
}

/// The parts of `title` before and after the last (`last`) or first spaced `mark`,
/// trimmed.
fn split_at<'a>(title: &'a str, mark: &str, last: bool) -> Option<(&'a str, &'a str)> {
    let spaced = |&(i, _): &(usize, &str)| {
        title[..i].ends_with(char::is_whitespace)
            && title[i + mark.len()..].starts_with(char::is_whitespace)
    };
    let mut found = title.match_indices(mark).filter(spaced);
    let (i, _) = if last { found.last()? } else { found.next()? };
    Some((title[..i].trim(), title[i + mark.len()..].trim()))
}

/// Trim, and make one space of the runs of whitespace that are layout, not text: the
/// markup's line breaks and tabs, and a no-break space between two words (set against
/// a lone last word on a line). The publisher's own spacing stays as written: a no-break
/// space that binds punctuation or a number ("Screenshot\u{a0}:", "6\u{a0}Days"), an
/// ideographic space between Japanese phrases, a doubled space.
fn tidy_ws(s: &str) -> String {
    let chars: Vec<char> = s.trim().chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_whitespace() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while chars[i].is_whitespace() {
            i += 1; // the string is trimmed, so a non-space ends every run
        }
        let run = &chars[start..i];
        let between_words = chars[start - 1].is_alphabetic() && chars[i].is_alphabetic();
        let kept = match run {
            [' ', ..] | ['\u{3000}'] => run.iter().all(|&c| c == run[0]),
            [_] => !run[0].is_control() && !between_words,
            _ => false,
        };
        if kept {
            out.extend(run);
        } else {
            out.push(' ');
        }
    }
    out
}

/// Equal after collapsing whitespace, ignoring case and typographic quotes.
fn same_text(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// One name contains the other once reduced to lower-case letters and digits
/// ("Scratch Culinary" vs "Scratch Culinary Meal Prep", "MIT Sloan" vs "mitsloan").
pub(crate) fn loosely_same(a: &str, b: &str) -> bool {
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
    // Documentation generators end headings with a permalink sign; "Restore & Refinish" in
    // the <title> is "Restore and Refinish" in the <h1>.
    collapse_ws(s.trim_end_matches(['¶', '#', '§', ' ']))
        .replace(" & ", " and ")
        .replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201C}', '\u{201D}'], "\"")
        .to_lowercase()
}

#[cfg(test)]
mod tests;
