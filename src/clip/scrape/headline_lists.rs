//! Lists of stories read item by item. A list of headlines without text
//! (`passes::headlines_as_bodies`: a news app's "Top stories", an outlet over each
//! headline, its time and author under it) groups its items under labels ("Full
//! Coverage", "Picks for you", "Local news") that read as headlines or, recurring, as
//! outlets; only the line right over a headline (or right over the time over it) names
//! its outlet, and the other short lines name nothing. A river of headlines with their
//! summaries may hold an item told by its headline alone, which opens an article of its
//! own (`headline_only_items`).

use super::lines::{self, Kind};
use super::names;
use super::zone::{Page, Role, Zone};
use std::ops::Range;

/// The most words of an outlet's name ("Le Quotidien du Littoral").
const OUTLET_WORDS: usize = 6;

/// The lines before the list's first headline, from the group right over it: a header
/// further up ("Your briefing" over "Monday, July 14", the app's greeting and today's
/// date) heads no item.
pub(super) fn lead(page: &Page, before_first: usize) -> Range<usize> {
    let whole = page.zone(0..before_first);
    let start = whole
        .groups
        .last()
        .and_then(|g| g.items.first())
        .map_or(0, |(l, _)| *l);
    start..before_first
}

/// Keeps a headline's or an outlet's role in `zone` (the lines over the headline that
/// starts at `run_start`) only for the outlet's place: the last line over the headline,
/// or the one over a time right over it. Every other such line becomes a label.
pub(super) fn only_the_slot_names(page: &Page, zone: &mut Zone, run_start: usize) {
    let shown: Vec<usize> = (0..run_start)
        .rev()
        .filter(|&i| !matches!(page.kinds[i], Kind::Blank | Kind::Junk))
        .take(2)
        .collect();
    let slot = match shown[..] {
        // (Unless the time's line names the outlet: "The Signal Ledger · 1d".)
        [last, over] if matches!(&page.kinds[last], Kind::Meta(m) if m.source.is_none() && m.byline.is_none()) => {
            Some(over)
        }
        [last, ..] => Some(last),
        [] => None,
    };
    let mut headline = None;
    let (mut after_author, mut after_time) = (false, false);
    for (gi, g) in zone.groups.iter_mut().enumerate() {
        for (line, role) in &mut g.items {
            // A name after the item's own author line is a label ("By Arne Holm" over
            // "Full Coverage").
            let label = matches!(role, Role::Byline(_)) && after_author;
            // A person's name right under the item's time signs it ("1 hour ago" /
            // "Luis Ortega" / "Full coverage").
            let signs = after_time
                && Some(*line) != slot
                && matches!(role, Role::Headline | Role::Outlet(_) | Role::Other)
                && names::names_like(&page.lines[*line]);
            after_author = matches!(role, Role::Meta(m) if m.byline.is_some());
            after_time = matches!(role, Role::Meta(m) if m.when.is_some() && m.byline.is_none());
            if signs {
                *role = Role::Byline(page.lines[*line].clone());
            } else if (matches!(role, Role::Headline | Role::Outlet(_)) || label)
                && Some(*line) != slot
            {
                *role = Role::Other;
            }
            // An outlet's name that reads as a name and a paper ("Harbour Engineering
            // Weekly") is the outlet's whole name there.
            if Some(*line) == slot
                && matches!(role, Role::Meta(m) if m.when.is_none() && m.source.is_some())
                && !page.lines[*line].to_lowercase().starts_with("by ")
                && !page.lines[*line].contains(['|', '·', ',', '•'])
            {
                *role = Role::Headline;
            }
            // A name in the place that reads as neither ("PolitiFact") or as a person's
            // ("Byte Street") is the outlet's too, read as the headline over a headline
            // is (`outlet_was_no_headline`).
            if matches!(role, Role::Other | Role::Byline(_) | Role::Outlet(_))
                && Some(*line) == slot
                && matches!(page.kinds[*line], Kind::Short)
                && lines::word_count(&page.lines[*line]) <= OUTLET_WORDS
            {
                *role = Role::Headline;
            }
            if *role == Role::Headline {
                headline = Some(gi);
            }
        }
    }
    zone.headline_group = headline;
}

/// The most words of a section's label over an item's headline ("Deportes").
const KICKER_WORDS: usize = 2;

/// The most words of an item's summary in a river.
const SUMMARY_WORDS: usize = 60;

/// Items of a river told by their headline alone ("Watch: Drone footage shows ..." over
/// its outlet and time, among items that each have a summary): each such headline is
/// made a body of its own (`Kind::Para`) and returned, so that it opens an article of
/// its own (`assemble`) instead of joining the zone between two stories. A river is two
/// items or more of a headline over a summary over a time (or a time over a headline
/// over a summary); a headline alone is one whose next line is the item's time (or the
/// next item's time, where times lead) and not a summary.
pub(super) fn headline_only_items(lines: &[String], kinds: &mut [Kind]) -> Vec<usize> {
    let shown =
        |from: usize| (from..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk));
    let before = |to: usize| {
        (0..to)
            .rev()
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
    };
    let time = |j: Option<usize>| {
        j.is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()))
    };
    let headline = |j: usize| {
        matches!(kinds[j], Kind::Short)
            && lines::word_count(&lines[j]) >= super::zone::HEADLINE_WORDS
            && lines::is_candidate(&lines[j])
            && !lines::looks_like_outlet(&lines[j])
            && !names::names_like(&lines[j])
    };
    let summary = |j: Option<usize>| {
        j.is_some_and(|j| {
            matches!(kinds[j], Kind::Para) && lines::word_count(&lines[j]) <= SUMMARY_WORDS
        })
    };
    let heads: Vec<usize> = (0..lines.len()).filter(|&j| headline(j)).collect();
    // Headline, summary, time: the items that show the river's shape.
    let trailing = heads
        .iter()
        .filter(|&&h| summary(shown(h + 1)) && shown(h + 1).is_some_and(|s| time(shown(s + 1))))
        .count();
    let leading = heads
        .iter()
        .filter(|&&h| time(before(h)) && summary(shown(h + 1)))
        .count();
    let alone: Vec<usize> = heads
        .into_iter()
        .filter(|&h| {
            let next = shown(h + 1);
            if trailing >= 2 {
                // Its time under it, then the next item's headline (or the end).
                time(next)
                    && next
                        .and_then(|t| {
                            (t + 1..lines.len()).find(|&j| {
                                !matches!(kinds[j], Kind::Blank | Kind::Junk | Kind::Meta(_))
                            })
                        })
                        .is_none_or(headline)
            } else if leading >= 2 {
                // Its time over it, and under it (past its authors) the next item's time.
                let after_authors = (h + 1..lines.len()).find(|&j| {
                    !matches!(&kinds[j], Kind::Blank | Kind::Junk)
                        && !matches!(&kinds[j], Kind::Meta(m) if m.when.is_none())
                });
                // ("Hace 3 h" / "Deportes" / the headline: a section's label between.)
                let kicker = before(h).filter(|&k| {
                    matches!(kinds[k], Kind::Short) && lines::word_count(&lines[k]) <= KICKER_WORDS
                });
                let over = kicker.map_or(before(h), before);
                time(over) && after_authors.is_none_or(|j| time(Some(j)))
            } else {
                false
            }
        })
        .collect();
    for &h in &alone {
        kinds[h] = Kind::Para;
    }
    alone
}

/// Where items give their time under the headline ("412 points by jkolber 3 hours ago";
/// the first headline has none over it), a line after the last of them with no time
/// under it is the footer's ("Join us for our meetup this June in Lisbon!"), no item: it
/// leaves `headlines`. (Where times lead, "Outlet · 3h" over each headline, the last has
/// none under.)
pub(super) fn drop_lines_past_the_last_timed_item(
    lines: &[String],
    kinds: &[Kind],
    headlines: &mut Vec<usize>,
) {
    let shown = |j: &usize| !matches!(kinds[*j], Kind::Blank | Kind::Junk);
    let timed = |j: Option<usize>| {
        j.is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()))
    };
    let timed_under = |h: usize| timed((h + 1..lines.len()).find(shown));
    let timed_over = |h: usize| timed((0..h).rev().find(shown));
    let under: Vec<usize> = headlines
        .iter()
        .copied()
        .filter(|&h| timed_under(h))
        .collect();
    if under.len() >= 2
        && under.len() * 2 > headlines.len()
        && headlines.first().is_some_and(|&h| !timed_over(h))
        && let Some(&last) = under.last()
    {
        headlines.retain(|&h| h <= last);
    }
}
