//! The outlet's place in a list of stories: the short line between each headline and its
//! time that names where the story came from (`outlet_slots`). Apart from `zone` for its
//! size.

use super::lines::{Kind, pub_word, word_count};
use super::names::name_like;
use super::zone::HEADLINE_WORDS;
use std::collections::HashSet;

/// The most characters of an outlet's name of many "words" (Chinese, Japanese, Korean).
const CJK_OUTLET_CHARS: usize = 12;

/// Short lines in the outlet's place of a list's items: a name between a headline and its
/// time or snippet ("Handelsblatt", "heise online" under the headline, over "vor 4
/// Stunden"; "L'Echo" over "by Thomas Delcourt" over "Jul 13"), or over a headline that
/// is over its time ("Cinco Días"). Three or more make the place an outlet's, whatever the
/// name looks like ("Frankfurter Allgemeine" is no author there); fewer make nothing of
/// it, and so do persons' names in every one. `entries` are the menu's texts
/// (`Page::menu_texts`).
pub(super) fn outlet_slots(
    lines: &[String],
    kinds: &[Kind],
    menu: &[bool],
    entries: &HashSet<&str>,
    sections: &HashSet<&str>,
) -> HashSet<usize> {
    let time = |i: usize| matches!(kinds.get(i), Some(Kind::Meta(m)) if m.when.is_some() && m.byline.is_none() && m.source.is_none());
    let headline = |i: usize| {
        matches!(kinds.get(i), Some(Kind::Short)) && word_count(&lines[i]) >= HEADLINE_WORDS
    };
    // An alert's or a search page's snippet right under the name ("TechCrunch" between
    // the headline and its snippet).
    let para = |i: usize| matches!(kinds.get(i), Some(Kind::Para));
    // A reader's item: the headline, the feed's name, "by Jenna Marchetti", the time.
    let byline = |i: usize| matches!(kinds.get(i), Some(Kind::Meta(m)) if m.byline.is_some() && m.when.is_none());
    let slots: HashSet<usize> = (1..lines.len())
        .filter(|&i| {
            let line = &lines[i];
            matches!(kinds[i], Kind::Short)
                && !menu[i]
                // (A paper's name in Japanese counts as many words: "関西テレビニュース".)
                && (word_count(line) < HEADLINE_WORDS
                    || (pub_word(line) && line.chars().count() <= CJK_OUTLET_CHARS))
                && !line.to_lowercase().starts_with("by ")
                && !line.ends_with(['.', ':', '?', '!'])
                && ((headline(i - 1) && (time(i + 1) || para(i + 1)))
                    || (headline(i - 1) && byline(i + 1) && (time(i + 2) || para(i + 2)))
                    || (headline(i + 1) && time(i + 2))
                    // An aggregator's item: the outlet, the headline, its snippet, the time.
                    || (headline(i + 1) && para(i + 2) && time(i + 3)))
        })
        .collect();
    // Where most names are persons' ("Marisa Okonjo" under each headline of the page's
    // other stories, a newsletter's name over its pitch among them), the place is the
    // authors'; the other names count apart.
    // (A desk's job in the place, "Staff Reporter", is neither: it names no one.)
    let (persons, others): (HashSet<usize>, HashSet<usize>) = slots
        .into_iter()
        .filter(|&i| !super::names::job_title(&lines[i]))
        .partition(|&i| name_like(&lines[i]) && !pub_word(&lines[i]));
    let slots: HashSet<usize> = if persons.len() > others.len() {
        others
    } else {
        persons.into_iter().chain(others).collect()
    };
    // Where half the names or more are entries of the site's menu over headlines
    // ("Climate", "Education" over a page's briefs, "Public Health" among them), or labels
    // of the site's lists (`sections`), the place is the section's. (Under headlines, a
    // reader's sidebar lists its feeds.)
    let sections = slots
        .iter()
        .filter(|&&i| {
            (headline(i + 1) && entries.contains(lines[i].as_str()))
                || sections.contains(lines[i].as_str())
        })
        .count();
    if slots.len() >= 3 && sections * 2 < slots.len() {
        slots
    } else {
        HashSet::new()
    }
}
