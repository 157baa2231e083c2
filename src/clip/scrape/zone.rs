//! The lines between two bodies (a "zone"), cut into groups at chrome and blank lines,
//! with a role for each short line: headline, outlet, author, or other.
//!
//! Roles come from structure: an outlet recurs on the page ("Indian Express" then
//! "- Indian Express") or sits beside a time line next to a longer headline, but a name in
//! the site's menu is a section; a headline is the longest capitalised short line of the
//! group nearest the body, or the first of the headline-length lines right above it (a
//! headline over its standfirst): `headline` picks it.

use super::headline::Candidate;
use super::lines::{
    Kind, Meta, is_candidate, looks_like_outlet, outlet_key, outlet_shaped, pub_word, word_count,
};
use super::names::{name_like, names_like};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Headlines are rarely shorter than this; labels and credits usually are.
pub(crate) const HEADLINE_WORDS: usize = 4;
/// A breadcrumb's last entry this long is the story's headline, not a section.
const BREADCRUMB_HEADLINE_WORDS: usize = 10;
/// A menu entry has at most this many words ("Climate crisis", "Sign in")...
const MENU_WORDS: usize = 3;
/// ...and a menu has at least this many entries in a row.
const MENU_ITEMS: usize = 3;

/// What the zone reader needs to know about the whole scrape.
pub(crate) struct Page<'a> {
    pub lines: &'a [String],
    pub kinds: &'a [Kind],
    /// How often each outlet-shaped short line (or meta-line outlet) occurs.
    pub counts: HashMap<&'a str, usize>,
    /// Blank lines in a row that separate groups (2 on double-spaced pastes).
    pub blank_sep: usize,
    /// Lines of the site's menu (`menu_lines`): sections, never headlines, outlets or
    /// names.
    pub menu: Vec<bool>,
    /// The page is a list of headlines without text, each made a body (see
    /// `headlines_as_bodies`).
    pub listed: bool,
    /// Each item of the list opens with its time, over its headline (`passes::times_lead`):
    /// a name under a summary and over the next time is the summary's author.
    pub times_lead: bool,
    /// Headlines of a river's items told by their headline alone, each made a body
    /// (`headline_lists::headline_only_items`): each opens an article.
    pub headline_items: HashSet<usize>,
    /// Every short line, to tell whether a meta line's outlet also stands alone.
    pub shorts: HashSet<&'a str>,
    /// Meta lines that give both a time and an outlet ("DigiTimes / 21h"): two or more
    /// make a list whose items each name their outlet in that place, once.
    pub timed_sources: usize,
    /// Meta lines that give a time and a bare name read as a person's ("Priya Natarajan
    /// · 17 minutes ago"): where they outnumber the outlets beside times, a river's items
    /// name their authors there, not their outlets.
    pub timed_names: usize,
    /// Lines in the outlet's place of a list's items (`outlet_slots`).
    pub slots: HashSet<usize>,
    /// Labels over the headlines of lists that use the menu's sections as labels
    /// (`section_labels`): sections, wherever they stand.
    pub sections: HashSet<&'a str>,
    /// The texts of the menu's entries (not its first line, the masthead over it:
    /// "星河科技" over "首页").
    menu_texts: HashSet<&'a str>,
}

/// The role of one line in its group.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Role {
    Meta(Meta),
    Outlet(String),
    Byline(String),
    Headline,
    Other,
}

/// Consecutive lines with no chrome or blank gap among them.
#[derive(Debug, Default)]
pub(crate) struct Group {
    pub items: Vec<(usize, Role)>,
    /// No separator between the body before the zone and this group.
    pub touches_prev: bool,
    /// Words of the longest candidate that is not a name or an outlet-looking line.
    pub strong_words: usize,
}

/// A zone read into groups, with the group that holds the next article's headline.
#[derive(Debug, Default)]
pub(crate) struct Zone {
    pub groups: Vec<Group>,
    pub headline_group: Option<usize>,
}

impl Zone {
    /// A new article starts here: a headline, and a time, byline or outlet to go with it.
    pub(crate) fn starts_article(&self) -> bool {
        let meta = self.groups.iter().flat_map(|g| &g.items).any(|(_, r)| {
            matches!(r, Role::Meta(m) if m.when.is_some() || m.byline.is_some() || m.source.is_some())
                || matches!(r, Role::Outlet(_))
        });
        let items = || self.groups.iter().flat_map(|g| &g.items);
        let time = items().any(|(_, r)| matches!(r, Role::Meta(m) if m.when.is_some()));
        let outlet = items().any(|(_, r)| matches!(r, Role::Outlet(_)));
        (self.headline_group.is_some() && meta) || (time && outlet)
    }
}

impl<'a> Page<'a> {
    /// Index the page: outlet counts and the blank-line separator width. `sections` are
    /// the labels of the site's lists of stories (`section_labels`).
    pub(crate) fn new(lines: &'a [String], kinds: &'a [Kind], sections: HashSet<&'a str>) -> Self {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        let menu = menu_lines(lines, kinds);
        let mut previous: Option<&str> = None;
        for ((line, kind), &in_menu) in lines.iter().zip(kinds).zip(&menu) {
            // A name shown twice in a row (an avatar's label, then the name) is seen once.
            let again = previous == Some(line.as_str());
            if !matches!(kind, Kind::Blank) {
                previous = Some(line);
            }
            let key = match kind {
                Kind::Short if again => continue,
                // A section's name in the site's menu ("Tech") is not one more sighting
                // of it when it labels the article ("Tech" above the headline).
                Kind::Short if in_menu => continue,
                Kind::Short => outlet_key(line).0,
                Kind::Meta(Meta {
                    source: Some(_), ..
                }) => composite_source(line),
                _ => continue,
            };
            *counts.entry(key).or_default() += 1;
        }
        let masthead = kinds
            .iter()
            .position(|k| !matches!(k, Kind::Blank | Kind::Junk));
        let menu_texts: HashSet<&str> = lines
            .iter()
            .zip(&menu)
            .enumerate()
            .filter(|(i, (_, in_menu))| **in_menu && Some(*i) != masthead)
            .map(|(_, (line, _))| line.as_str())
            .collect();
        Page {
            lines,
            kinds,
            counts,
            blank_sep: blank_separator(kinds),
            listed: false,
            times_lead: false,
            headline_items: HashSet::new(),
            slots: super::outlet_slots::outlet_slots(lines, kinds, &menu, &menu_texts, &sections),
            sections,
            timed_sources: kinds
                .iter()
                .filter(|k| matches!(k, Kind::Meta(m) if m.when.is_some() && m.source.is_some()))
                .count(),
            timed_names: lines
                .iter()
                .zip(kinds)
                .filter(|(l, k)| {
                    matches!(k, Kind::Meta(m) if m.when.is_some() && m.source.is_none() && m.byline.is_some())
                        && !l.to_lowercase().contains("by ")
                })
                .count(),
            shorts: lines
                .iter()
                .zip(kinds)
                .filter(|(_, k)| matches!(k, Kind::Short))
                .map(|(l, _)| l.as_str())
                .collect(),
            menu_texts,
            menu,
        }
    }

    /// Whether `text` is an entry of the site's menu (see `menu_texts`).
    pub(crate) fn in_menu(&self, text: &str) -> bool {
        self.menu_texts.contains(text)
    }

    /// Read the lines in `range` into groups with roles.
    pub(crate) fn zone(&self, range: Range<usize>) -> Zone {
        let mut zone = Zone::default();
        let mut current: Vec<usize> = Vec::new();
        let (mut separated, mut blanks, mut current_touches) = (false, 0usize, true);
        let start = range.start;
        for i in range {
            match self.kinds.get(i) {
                Some(Kind::Blank) => blanks = blanks.saturating_add(1),
                // "DN/Lusa" right under an item's summary, over its time: the wire's
                // credit, which keeps the time glued to the summary.
                Some(Kind::Junk) if i == start && super::credits::wire_credit(&self.lines[i]) => {}
                Some(Kind::Junk) => blanks = usize::MAX,
                Some(_) => {
                    if blanks >= self.blank_sep {
                        separated = true;
                        self.close(&mut zone, &mut current, current_touches);
                    }
                    if current.is_empty() {
                        current_touches = !separated;
                    }
                    blanks = 0;
                    current.push(i);
                }
                None => {}
            }
        }
        self.close(&mut zone, &mut current, current_touches);
        // Nearest the body: a group with a headline-length line (4+ words), else any
        // plain candidate ("Environment correspondent" under a byline is not a headline).
        let groups = &zone.groups;
        zone.headline_group = groups
            .iter()
            .rposition(|g| g.strong_words >= HEADLINE_WORDS)
            .or_else(|| groups.iter().rposition(|g| g.strong_words > 0))
            .or_else(|| {
                groups
                    .iter()
                    .rposition(|g| g.items.iter().any(|(_, r)| *r == Role::Headline))
            });
        self.headline_over_its_dek(&mut zone);
        self.headline_over_its_time(&mut zone);
        self.headline_after_ads(&mut zone);
        zone
    }

    /// Turn the collected line indices into a group with roles.
    fn close(&self, zone: &mut Zone, current: &mut Vec<usize>, touches_prev: bool) {
        if current.is_empty() {
            return;
        }
        let idx = std::mem::take(current);
        let mut group = self.roles(&idx);
        group.touches_prev = touches_prev;
        zone.groups.push(group);
    }

    /// Line `i` stands between two short entries of a menu, one of them at least in a
    /// run `menu_lines` found (the line itself breaks the run it is part of).
    fn among_menu_entries(&self, i: usize) -> bool {
        let entry = |j: usize| {
            matches!(self.kinds.get(j), Some(Kind::Short)) && word_count(&self.lines[j]) <= 3
        };
        let menu = |j: usize| self.menu.get(j).copied().unwrap_or(false);
        i > 0 && entry(i - 1) && entry(i + 1) && (menu(i - 1) || menu(i + 1))
    }

    /// Roles for the lines of one group.
    fn roles(&self, idx: &[usize]) -> Group {
        let is_time = |j: usize| {
            idx.get(j)
                .and_then(|&i| self.kinds.get(i))
                .is_some_and(|k| matches!(k, Kind::Meta(m) if m.when.is_some()))
        };
        let mut items: Vec<(usize, Role)> = Vec::new();
        // (position in items, words, weak outlet, name) of headline candidates.
        let mut cands: Vec<Candidate> = Vec::new();
        for (j, &i) in idx.iter().enumerate() {
            let line = self.lines[i].as_str();
            let role = match &self.kinds[i] {
                // A label of the site's lists of stories ("Vital Signs - Health News").
                Kind::Meta(m) if m.when.is_none() && self.sections.contains(line) => Role::Other,
                // An entry of the menu read as a credit ("Features / Columnists" between
                // "Sports" and "Letters").
                Kind::Meta(m)
                    if m.when.is_none()
                        && (m.byline.is_none() || m.source.is_some())
                        && self.among_menu_entries(i) =>
                {
                    Role::Other
                }
                Kind::Meta(m) => {
                    let mut m = m.clone();
                    // A weak source holds when it recurs: in meta lines, or alone on a
                    // line of its own (a masthead); or when the page is a list whose
                    // items each name their outlet beside their time.
                    let list = m.when.is_some() && self.timed_sources >= 2;
                    let recurs = |s: &str| {
                        list || self
                            .counts
                            .get(composite_source(line))
                            .copied()
                            .unwrap_or(0)
                            >= 2
                            || self.shorts.contains(s)
                    };
                    if m.weak_source && !m.source.as_deref().is_some_and(recurs) {
                        m.source = None;
                    }
                    // A section of the site's menu beside the time ("Jul 13, 2025 - Energy
                    // & Environment") is no outlet (a name that reads as one stays).
                    if m.weak_source && m.source.as_deref().is_some_and(|s| self.in_menu(s)) {
                        m.source = None;
                    }
                    // There, a name beside the time without a "By" is the outlet too
                    // ("Utility Dive • 4 days ago" among "Heatmap • yesterday").
                    if list
                        && m.source.is_none()
                        && !line.to_lowercase().contains("by ")
                        && self.timed_names <= self.timed_sources
                    {
                        m.source = m.byline.take();
                    }
                    Role::Meta(m)
                }
                // ("Rappler – Business" under a feed item's buttons is its outlet.)
                Kind::Short
                    if self.menu.get(i).copied().unwrap_or(false)
                        && outlet_and_section(line).is_none() =>
                {
                    Role::Other
                }
                // In the outlet's place of a reader's items, over the author ("by Thomas
                // Delcourt"), a name is the outlet, though the list of feeds names it too
                // ("L'Echo").
                Kind::Short
                    if self.slots.contains(&i)
                        && matches!(self.kinds.get(i + 1),
                            Some(Kind::Meta(m)) if m.byline.is_some() && m.when.is_none()) =>
                {
                    Role::Outlet(line.to_string())
                }
                // An entry of the menu shown again over the headline is its section (an
                // author's name over the time is no entry, though a box of links at the
                // foot names the author too; nor is the headline the breadcrumb ends
                // with, a sentence of ten words or more).
                Kind::Short
                    if !looks_like_outlet(line)
                        && outlet_and_section(line).is_none()
                        && self.in_menu(line)
                        && word_count(line) < BREADCRUMB_HEADLINE_WORDS
                        && !super::name_over_time(self, i) =>
                {
                    Role::Other
                }
                Kind::Short if self.sections.contains(line) => Role::Other,
                Kind::Short if self.slots.contains(&i) => Role::Outlet(line.to_string()),
                Kind::Short => {
                    let (key, dashed) = outlet_key(line);
                    let repeated = self.counts.get(key).is_some_and(|n| *n >= 2);
                    let domain = !key.contains(' ') && key.contains('.');
                    let sectioned = outlet_and_section(key).is_some();
                    // A section's name ("Business") recurs as a label, never as an outlet.
                    if outlet_shaped(key)
                        && (dashed || repeated || domain || sectioned)
                        && !rubric(line)
                        && !super::headings::list_heading(line)
                        && !generic_word(key)
                    {
                        Role::Outlet(key.to_string())
                    } else if is_candidate(line) && !super::names::known_place(line) {
                        // Under a person's name, a name beside the time is where the story
                        // was filed ("CARLOS SEGOVIA" over "Madrid" over the time).
                        let under_name = j > 0
                            && idx.get(j - 1).is_some_and(|&p| {
                                name_like(&self.lines[p])
                                    || matches!(&self.kinds[p], Kind::Meta(m) if m.byline.is_some())
                            });
                        // A time right under a summary is that summary's, not this
                        // line's ("há 2 horas" under one story, "Agronegócio" over the
                        // next one's headline).
                        // ("Von Henrike Voss" may stand between.)
                        let closes_body = |t: usize| {
                            idx.get(t).is_some_and(|&i| {
                                (0..i)
                                    .rev()
                                    .find(|&p| {
                                        !matches!(self.kinds[p], Kind::Meta(_) | Kind::Blank)
                                    })
                                    .is_some_and(|p| matches!(self.kinds[p], Kind::Para))
                            })
                        };
                        let time_above = j > 0 && is_time(j - 1) && !closes_body(j - 1);
                        // ("Euractiv" over "Marta Oliveira" over "6 hours ago": a reader's
                        // item names its feed over the author and the time.)
                        // (Not the same name again: "Harriet Molloy" over "By Harriet
                        // Molloy".)
                        let signed_then_timed = idx.get(j + 1).is_some_and(|&n| {
                            matches!(&self.kinds[n], Kind::Meta(m) if m.when.is_none()
                                && m.byline.as_deref().is_some_and(|b| !b.eq_ignore_ascii_case(line)))
                        }) && is_time(j + 2);
                        let beside_time =
                            (time_above || is_time(j + 1) || signed_then_timed) && !under_name;
                        // Beside a time, a name of capitalised words ("Moneycontrol",
                        // "Hacker Daily"), not a headline ("Chaos Erupts in Parliament").
                        let named = line.split_whitespace().count() <= 3
                            && line
                                .split_whitespace()
                                .all(|w| !w.starts_with(char::is_lowercase));
                        let weak = outlet_shaped(line)
                            && line.split_whitespace().count() <= 4
                            && (pub_word(line) || (beside_time && named))
                            && !section_label(line)
                            && !rubric(line)
                            && !generic_word(line)
                            && !super::headings::list_heading(line);
                        // "Chemieindustrie: Warum Kerbach ..." over "Chemieindustrie" over
                        // "Warum Kerbach ...": the page's title, then its kicker and its
                        // headline apart; the headline is the one shown alone.
                        let shown = |k: usize| idx.get(j + k).map(|&n| self.lines[n].as_str());
                        let spelled_out = shown(1)
                            .zip(shown(2))
                            .is_some_and(|(kicker, head)| line == format!("{kicker}: {head}"));
                        if !spelled_out {
                            // Over "by ..." a name is no author's: the author is named there.
                            // ("SIDRA JAVED & AFP": a name and the wire it drew on.)
                            let name = (names_like(line)
                                || super::names::without_joined_wire(line).is_some())
                                && !signed_then_timed;
                            cands.push((items.len(), word_count(line), weak, name));
                        }
                        Role::Other
                    } else {
                        Role::Other
                    }
                }
                _ => Role::Other,
            };
            items.push((i, role));
        }
        // A line above the site's menu is the site's own (a tagline), never a headline.
        // Short lines after the time are a share bar ("ブックマーク", "保存", "印刷"), not
        // the menu.
        let first_time = (0..idx.len()).find(|&j| is_time(j)).unwrap_or(idx.len());
        let last_menu = idx[..first_time]
            .iter()
            .rposition(|&i| self.menu.get(i).copied().unwrap_or(false));
        cands.retain(|c| last_menu.is_none_or(|m| c.0 > m));
        let (head, strong_words) = self.pick_headline(idx, &items, &cands);
        for (pos, _, weak, name) in cands {
            let line = &self.lines[items[pos].0];
            items[pos].1 = if Some(pos) == head {
                Role::Headline
            } else if let Some(names) = super::names::without_joined_wire(line).filter(|_| name) {
                Role::Byline(names.to_string())
            } else if name && !pub_word(line) {
                Role::Byline(line.clone())
            } else if let Some((person, outlet)) = super::outlet_lines::name_then_outlet(line) {
                // "Elena Marquez Yakima Herald-Republic" under the headline: the author
                // glued to the paper she writes for.
                Role::Meta(Meta {
                    byline: Some(person.to_string()),
                    source: Some(outlet.to_string()),
                    ..Meta::default()
                })
            } else if weak {
                Role::Outlet(line.clone())
            } else {
                Role::Other
            };
        }
        Group {
            items,
            touches_prev: false,
            strong_words,
        }
    }
}

/// "Business | Big tech's big bet": a section and a rubric over a headline, not the
/// headline (one or two words before the bar).
pub(super) fn rubric(line: &str) -> bool {
    line.split_once('|')
        .is_some_and(|(section, _)| (1..=2).contains(&section.split_whitespace().count()))
}

/// The outlet part of a meta line such as "Reuters | 2 hours ago" (the line itself when
/// it has no separator), for counting.
fn composite_source(line: &str) -> &str {
    line.split(['|', '·', '•'])
        .map(str::trim)
        .find(|p| outlet_shaped(p))
        .unwrap_or(line)
}

/// Topics that news sites name their sections after.
#[rustfmt::skip]
pub(crate) const SECTION_TOPICS: &[&str] = &[
    "world", "business", "tech", "technology", "science", "health", "politics", "sport",
    "sports", "entertainment", "local", "national", "international", "market", "markets",
    "economy", "finance", "money", "education", "travel", "lifestyle", "culture", "opinion",
    "breaking", "top", "latest", "india", "us", "uk", "europe", "asia", "africa",
    "design", "climate", "energy", "ideas", "environment",
    // The arts' sections ("Film" over "Reviews" over the time).
    "reviews", "review", "film", "movies", "music", "books", "arts", "food", "style",
    // "U.S." over a headline (its stop trimmed).
    "u.s", "u.s.",
    // Sections of other kinds of items.
    "podcasts", "podcast", "videos", "liveblog", "obituaries", "newsletters", "events",
];

/// Words that head a page's menu as often as they name a site.
#[rustfmt::skip]
const GENERIC_MASTHEADS: &[&str] = &[
    "news", "latest", "home", "times", "post", "daily", "today", "weekly", "magazine", "media",
    "press", "tv", "radio", "video", "network", "wire", "journal",
    // The newsroom signing for itself.
    "redacción", "redação", "rédaction", "redaktion", "redazione", "newsroom",
];

/// One generic word ("News", "NEWS", "Markets"): a section or a menu's entry, never an
/// outlet's name by itself.
pub(crate) fn generic_word(line: &str) -> bool {
    // "News+": an app's tab of its paid stories.
    let lower = line.trim().trim_end_matches('+').to_lowercase();
    GENERIC_MASTHEADS.contains(&lower.as_str()) || SECTION_TOPICS.contains(&lower.as_str())
}

/// "Bangkok Post – Business" -> "Bangkok Post": a reader's feed names the outlet and its
/// section.
pub(crate) fn outlet_and_section(line: &str) -> Option<&str> {
    let (outlet, section) = [" – ", " - ", " — ", " | "]
        .iter()
        .find_map(|dash| line.rsplit_once(dash))?;
    let outlet = outlet.trim();
    (generic_word(section) && outlet_shaped(outlet)).then_some(outlet)
}

/// "Business News", "World News": a section's label, not a publication, though it holds
/// a publication word ("Sky News" names no topic; "India Today", "Business Insider" and
/// "National Post" are publications).
pub(crate) fn section_label(line: &str) -> bool {
    let words: Vec<String> = line.split_whitespace().map(str::to_lowercase).collect();
    matches!(words.as_slice(), [topic, news] if news == "news" && SECTION_TOPICS.contains(&topic.as_str()))
}

/// Lines that belong to a menu: a run of three or more short lines of at most
/// `MENU_WORDS` words ("News", "Business", "Tech"), chrome lines ("Home", "Sign in") allowed
/// among them, with no blank line, time or paragraph in between.
pub(super) fn menu_lines(lines: &[String], kinds: &[Kind]) -> Vec<bool> {
    let item = |i: usize| {
        matches!(kinds[i], Kind::Short)
            && word_count(&lines[i]) <= MENU_WORDS
            && !lines[i].ends_with(['.', '!', '?'])
    };
    let mut menu = vec![false; kinds.len()];
    let mut start = 0;
    while start < kinds.len() {
        let mut end = start;
        while end < kinds.len() && (item(end) || matches!(kinds[end], Kind::Junk)) {
            end += 1;
        }
        // The last short line, right over a paragraph or a time, is a headline
        // ("Bundestag beschließt Rentenreform" over its standfirst).
        if end > start
            && item(end - 1)
            && matches!(kinds.get(end), Some(Kind::Para | Kind::Meta(_)))
        {
            end -= 1;
        }
        if (start..end).filter(|&i| item(i)).count() >= MENU_ITEMS {
            menu[start..end].iter_mut().for_each(|m| *m = true);
        }
        start = end + 1;
    }
    menu
}

/// 2 when most lines of the paste are followed by a blank line (double-spaced), else 1.
fn blank_separator(kinds: &[Kind]) -> usize {
    let (mut gaps, mut pairs, mut blanks, mut seen) = (0usize, 0usize, 0usize, false);
    for k in kinds {
        if matches!(k, Kind::Blank) {
            blanks += 1;
            continue;
        }
        if seen {
            pairs += 1;
            if blanks > 0 {
                gaps += 1;
            }
        }
        seen = true;
        blanks = 0;
    }
    if pairs >= 4 && gaps * 10 >= pairs * 6 {
        2
    } else {
        1
    }
}

/// Before the first headline, a time line (the page puts times above headlines).
pub(super) fn lead_has_time_before_headline(lead: &Zone) -> bool {
    let Some(hg) = lead.headline_group else {
        return false;
    };
    lead.groups.iter().take(hg + 1).any(|g| {
        g.items
            .iter()
            .take_while(|(_, r)| *r != Role::Headline)
            .any(|(_, r)| matches!(r, Role::Meta(m) if m.when.is_some()))
    })
}
