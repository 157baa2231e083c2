//! A personal site's owner as the byline of a page that names no author (pierce.dev,
//! "Colin Watson's blog"), told apart from a company's site named like a person.

use crate::clip::meta::collapse_ws;

/// What a personal site calls itself after its owner's name ("Colin Watson's blog").
const OWN_SITE_WORDS: &[&str] = &[
    "blog",
    "weblog",
    "website",
    "site",
    "homepage",
    "notes",
    "journal",
    "newsletter",
    "substack",
];

/// The author of a personal site whose page names no author but the site itself: a site
/// called by a person's name whose address is that person's, by the given name as a
/// label of its own (pierce.dev, owain.bearblog.dev, example.org/~jane), or a site that
/// calls itself the person's blog ("Colin Watson's blog") at an address holding a word of
/// the name (~cjwatson). `None` for a name that is no person's ("The Verge", "Gazette
/// Media") and for a company named like one, whose address is the whole name glued
/// (ovolohotels.com: nothing tells "Ovolo Hotels" from "Polly Barks" there). A brand of
/// two words at its first word's address (ovolo.com) still passes: its own name is then
/// the byline, as a citation of a company's page names the company.
pub(crate) fn personal_site_author(site: &str, url: &url::Url) -> Option<String> {
    let site = collapse_ws(site);
    let possessive = ["'s ", "’s "].iter().find_map(|mark| {
        let (name, what) = site.split_once(mark)?;
        OWN_SITE_WORDS
            .contains(&what.to_lowercase().as_str())
            .then_some(name)
    });
    let name = possessive.unwrap_or(&site);
    if !crate::clip::scrape::names::name_like(name) {
        return None;
    }
    let host = url.host_str()?.to_lowercase();
    let first_segment = url
        .path_segments()
        .and_then(|mut s| s.next())
        .unwrap_or_default()
        .to_lowercase();
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let given = &words[0];
    // Two words of letters, a given name and a surname: a brand's site at its brand's
    // name is most often longer or abbreviated ("Ecomobl Electric Skateboards",
    // "Eardopes Int.").
    let two_names = words.len() == 2
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c)));
    let own_label = two_names
        && (host.split('.').any(|l| l == given)
            || first_segment.strip_prefix('~') == Some(given.as_str()));
    let named_blog = possessive.is_some()
        && words
            .iter()
            .any(|w| w.chars().count() >= 4 && (host.contains(w) || first_segment.contains(w)));
    (own_label || named_blog).then(|| name.to_string())
}
