//! Section labels read from the lists that use them: "Health" / headline / "Science" /
//! headline / "Shots - Health News" / headline in a "More Stories" box. Where most labels
//! over a list's headlines are entries of the site's menu, the list is the site's other
//! stories, and every label there names a section, so the same words over the article's
//! own headline are no outlet. Also the path to the page through its sections (a
//! breadcrumb).

use super::lines::Kind;
use super::zone::HEADLINE_WORDS;
use std::collections::HashSet;

/// Pairs of (label, headline), each maybe over its time, in a row that make a list.
const PAIRS: usize = 3;
/// A label has at most this many words.
const LABEL_WORDS: usize = 5;
/// A headline read as a paragraph has at most this many words.
const PARA_HEADLINE_WORDS: usize = 16;

/// Lists of the site's other stories under section labels are interface: their lines
/// become junk, and their labels are returned (`section_labels`).
pub(super) fn drop_labelled_lists<'a>(lines: &'a [String], kinds: &mut [Kind]) -> HashSet<&'a str> {
    let menu = super::zone::menu_lines(lines, kinds);
    let (labels, listed) = section_labels(lines, kinds, &menu);
    for i in listed {
        kinds[i] = Kind::Junk;
    }
    labels
}

/// The labels of lists of (label, headline) pairs in which half the labels or more are
/// entries of the menu (`menu` marks the menu's lines), and the lines of those lists.
pub(super) fn section_labels<'a>(
    lines: &'a [String],
    kinds: &[Kind],
    menu: &[bool],
) -> (HashSet<&'a str>, Vec<usize>) {
    // (In any case: "LOCAL" over a card is the menu's "Local".)
    let entries: HashSet<String> = (0..lines.len())
        .filter(|&i| menu[i])
        .map(|i| lines[i].to_lowercase())
        .collect();
    let words = |i: usize| lines[i].split_whitespace().count();
    let short = |i: usize| matches!(kinds.get(i), Some(Kind::Short)) && !menu[i];
    // ("Vital Signs - Health News" reads as a name and an outlet.)
    let untimed = |i: usize| matches!(kinds.get(i), Some(Kind::Meta(m)) if m.when.is_none());
    let label = |i: usize| {
        (short(i) || (untimed(i) && !menu[i]))
            && words(i) <= LABEL_WORDS
            && !lines[i].ends_with('.')
    };
    // (A headline of two sentences reads as a paragraph: "Kenya's young voters are
    // organizing. Parties are taking notice.")
    let headline = |i: usize| {
        (short(i) || (matches!(kinds.get(i), Some(Kind::Para)) && words(i) <= PARA_HEADLINE_WORDS))
            && words(i) > LABEL_WORDS.max(HEADLINE_WORDS)
    };
    let mut found = HashSet::new();
    let mut listed = Vec::new();
    // (Each headline may have its time under it: "July 6, 2025 3:41 PM".)
    let timed = |i: usize| matches!(kinds.get(i), Some(Kind::Meta(m)) if m.when.is_some() && m.byline.is_none());
    let mut i = 0;
    while i + 1 < lines.len() {
        // The longest run of pairs from here.
        let mut end = i;
        let mut labels: Vec<&str> = Vec::new();
        while end + 1 < lines.len() && label(end) && headline(end + 1) {
            labels.push(lines[end].as_str());
            end += if timed(end + 2) { 3 } else { 2 };
        }
        if labels.len() >= PAIRS {
            let sections = labels
                .iter()
                .filter(|l| entries.contains(&l.to_lowercase()))
                .count();
            if sections * 2 >= labels.len() {
                found.extend(labels);
                listed.extend(i..end);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    (found, listed)
}

/// What stands between the entries of a site's path to a page ("News / World").
pub(super) const PATH_SEPARATORS: [&str; 4] = [" / ", " > ", " › ", " » "];

/// "Home / Markets", "News / World / Technology": a site's path to the page, "Home" then
/// one section, or three sections or more, each of at most three words.
pub(super) fn is_breadcrumb(key: &str) -> bool {
    if key.split_whitespace().count() > 12 {
        return false;
    }
    PATH_SEPARATORS.iter().any(|sep| {
        let parts: Vec<&str> = key.split(sep).collect();
        // "EE Times / by Jane Doe / 45min" is an item's meta line: sections are not
        // authors or times.
        let short = parts.iter().all(|p| {
            (1..=3).contains(&p.split_whitespace().count())
                && !p.starts_with("by ")
                && !p.starts_with(|c: char| c.is_ascii_digit())
        });
        // "财经 > 滚动新闻": two sections of a Chinese site.
        let cjk = parts.len() == 2
            && *sep != " / "
            && parts
                .iter()
                .all(|p| !p.contains(' ') && p.chars().all(super::lines::is_cjk));
        short && (parts.len() >= 3 || (parts.len() == 2 && parts[0] == "home") || cjk)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clip::scrape::lines::classify;

    #[test]
    fn labels_of_a_list_of_menu_sections() {
        let text = "News\nHealth\nScience\nPolitics\nMore Stories\nHealth\nA cheap pill may lower the risk of falls in older adults\nDoctor's Notes\nClinics in small towns are running out of nurses this summer\nScience\nWhy this year's meteor shower looks brighter than usual\nPolitics\nHouse panel to vote on farm bill extension as deadline nears\n";
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        let at = chrono::Utc::now();
        let kinds: Vec<Kind> = lines.iter().map(|l| classify(l, at)).collect();
        let menu: Vec<bool> = (0..lines.len()).map(|i| i < 4).collect();
        let (got, listed) = section_labels(&lines, &kinds, &menu);
        assert_eq!(listed, (5..13).collect::<Vec<_>>());
        assert!(got.contains("Doctor's Notes"), "{got:?}");
        assert!(got.contains("Health"), "{got:?}");
        // Labels that are not the menu's make nothing of a list.
        let menu = vec![false; lines.len()];
        assert!(section_labels(&lines, &kinds, &menu).0.is_empty());
    }
}
