//! Lists of the site's own stories among the lines: a list under its heading, each
//! headline over its time (perhaps its author, a teaser or a count of comments), and a
//! ranked list ("1" over a headline, "2" over the next). None of them is text or a story.

use super::chrome;
use super::debris;
use super::headings;
use super::lines::{self, Kind};
use super::names;

/// The longest teaser a list's card holds between its headline and its day.
const CARD_TEASER_WORDS: usize = 32;
/// The longest headline of a ranked list.
const RANKED_HEADLINE_WORDS: usize = 25;
/// The fewest items of a ranked list right under its heading.
const RANKED_ITEMS: usize = 2;

/// A list of other stories under its heading ("Latest Singapore News", then each
/// headline over its time, perhaps its author too): two or more such items are the
/// site's, not articles without text. The list ends at the first line that is not an item.
pub(super) fn drop_listed_headlines(lines: &[String], kinds: &mut [Kind]) {
    let shown = super::passes::shown_after;
    // On a page of headlines alone ("Trending now" over an app's items) the list is what
    // was copied, not the site's furniture around a story.
    if !kinds.iter().any(|k| matches!(k, Kind::Para)) {
        return;
    }
    for h in 0..lines.len() {
        if !headings::list_heading(&lines[h]) {
            continue;
        }
        let (mut items, mut at, mut end) = (Vec::new(), shown(kinds, h + 1), h);
        // A headline of two sentences ("The IRS Is Losing Its Auditors. Investors Are
        // Noticing.") reads as a paragraph; its time under it makes it an item all the same.
        let item = |j: usize| {
            matches!(kinds[j], Kind::Short)
                || (matches!(kinds[j], Kind::Para) && lines::word_count(&lines[j]) <= 20)
        };
        while let Some(headline) = at.filter(|&j| item(j)) {
            // The item's author and time: one or two meta lines, one of them a time (the
            // author perhaps a bare name, "Kate Brennan" over "Jul 14").
            let mut metas = Vec::new();
            let mut next = shown(kinds, headline + 1);
            // A card's teaser of one short paragraph may stand between ("New federal maps
            // won't be final until 2027, ...").
            if let Some(teaser) = next.filter(|&j| {
                matches!(kinds[j], Kind::Para)
                    && lines::word_count(&lines[j]) <= CARD_TEASER_WORDS
                    && shown(kinds, j + 1).is_some_and(|k| matches!(kinds[k], Kind::Meta(_)))
            }) {
                metas.push(teaser);
                next = shown(kinds, teaser + 1);
            }
            while let Some(j) = next.filter(|&j| {
                matches!(kinds[j], Kind::Meta(_))
                    || (matches!(kinds[j], Kind::Short) && names::name_like(lines[j].trim()))
            }) {
                metas.push(j);
                next = shown(kinds, j + 1);
            }
            let timed = metas
                .iter()
                .any(|&j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
            if !timed || metas.len() > 2 {
                break;
            }
            items.push(headline);
            end = *metas.last().unwrap_or(&headline);
            // Past the item's count of comments ("42") or its button ("Continue To Article").
            at = next.and_then(|j| {
                let counter = |k: usize| {
                    matches!(kinds[k], Kind::Junk)
                        && (debris::is_counter_line(&lines[k]) || chrome::is_chrome(&lines[k]))
                };
                (j..lines.len()).find(|&k| !matches!(kinds[k], Kind::Blank) && !counter(k))
            });
        }
        if items.len() >= 2 {
            kinds[h..=end]
                .iter_mut()
                .filter(|k| !matches!(k, Kind::Blank))
                .for_each(|k| *k = Kind::Junk);
        }
    }
}

/// "Most Read", then "1" over a headline, "2" over the next, and so on: a ranked list of
/// the site's stories, three or more, whose headlines may end in a stop and read as
/// paragraphs. None of it is text or a story.
pub(super) fn drop_numbered_lists(lines: &[String], kinds: &mut [Kind]) {
    let shown = super::passes::shown_after;
    let rank = |j: usize| lines[j].trim().parse::<u32>().ok();
    let mut i = 0;
    while i < lines.len() {
        if rank(i) != Some(1) {
            i += 1;
            continue;
        }
        let (mut items, mut at, mut want) = (Vec::new(), Some(i), 1);
        while let Some(n) = at.filter(|&j| rank(j) == Some(want)) {
            let Some(item) = shown(kinds, n + 1).filter(|&j| {
                matches!(kinds[j], Kind::Short | Kind::Para) && lines::word_count(&lines[j]) <= 25
            }) else {
                break;
            };
            // The item's time under it ("2 hours ago"), before the next rank.
            let timed = shown(kinds, item + 1).filter(
                |&j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some() && m.byline.is_none()),
            );
            items.push((n, item, timed));
            want += 1;
            at = shown(kinds, timed.unwrap_or(item) + 1);
        }
        if items.len() >= 3 {
            for &(n, item, timed) in &items {
                kinds[n] = Kind::Junk;
                if let Some(t) = timed {
                    kinds[t] = Kind::Junk;
                }
                // The story's own headline among them stays, as the passes that find the
                // headline by its copies expect.
                if !lines[..n].contains(&lines[item]) {
                    kinds[item] = Kind::Junk;
                }
            }
            // The list's heading right above ("Most Read Climate & Environment").
            if let Some(h) = super::passes::shown_before(kinds, i)
                && matches!(kinds[h], Kind::Short)
                && lines::word_count(&lines[h]) <= 6
            {
                kinds[h] = Kind::Junk;
            }
        }
        i = items.last().map_or(i + 1, |&(_, item, _)| item + 1);
    }
    drop_ranked_headlines(lines, kinds);
}

/// "Most Popular", then "1. Dow slips as investors brace ...", "2. I'm 68 and ...": ranks
/// written before the headlines on their lines, two or more right under the list's
/// heading. A listicle's numbered steps have no such heading over them.
fn drop_ranked_headlines(lines: &[String], kinds: &mut [Kind]) {
    let shown = super::passes::shown_after;
    let ranked = |kinds: &[Kind], j: usize, n: u32| {
        let line = lines[j].trim();
        let rank = n.to_string();
        // ("1 Fed officials signal patience": the rank and a space, before a capital.)
        line.strip_prefix(rank.as_str())
            .and_then(|rest| {
                rest.strip_prefix(". ").or_else(|| {
                    rest.strip_prefix(' ')
                        .filter(|h| h.starts_with(|c: char| c.is_uppercase()))
                })
            })
            .is_some_and(|headline| {
                matches!(kinds[j], Kind::Short | Kind::Para)
                    && (1..=RANKED_HEADLINE_WORDS).contains(&lines::word_count(headline))
            })
    };
    for h in 0..lines.len() {
        if !headings::list_heading(&lines[h]) {
            continue;
        }
        let (mut items, mut at) = (Vec::new(), shown(kinds, h + 1));
        while let Some(j) = at.filter(|&j| ranked(kinds, j, items.len() as u32 + 1)) {
            items.push(j);
            at = shown(kinds, j + 1);
        }
        if items.len() >= RANKED_ITEMS {
            kinds[h] = Kind::Junk;
            items.iter().for_each(|&j| kinds[j] = Kind::Junk);
        }
    }
}
