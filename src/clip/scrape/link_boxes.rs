//! Boxes of links to other stories set between a story's paragraphs, under a heading that
//! elsewhere closes a text ("Related topics", "Explore more", "Read more"): one headline
//! ("Related topics" / "Germany's Deutschlandticket price rises to €58"), one story's card
//! ("READ NEXT" / "LOCAL" / headline / byline / time / "READ MORE"), or cards of a
//! headline, its summary and its section and time ("Business3 days ago"); then the story
//! goes on; and a video's card ("Related video: ...", its title, outlet and length, or
//! "Watch: ..." over its description and credit). The
//! box is taken out of the page, so the paragraphs around it make one text.

use chrono::{DateTime, Utc};

use super::headings::{list_heading, topics_label};
use super::lines::{Kind, word_count};
use super::when::parse_when;

/// How far above its heading a box looks for the text's paragraph.
const ABOVE_LINES: usize = 12;
/// The fewest words of the one headline of a box (tags are shorter).
const HEADLINE_WORDS: usize = 5;
/// The fewest words of the two paragraphs the story resumes with.
const TEXT_WORDS: usize = 40;
/// The most words of a card's summary.
const SUMMARY_WORDS: usize = 40;

/// Blank out each box of links inside a story's text (see the module's note).
pub(super) fn drop_link_boxes_in_text(
    lines: &[String],
    kinds: &mut [Kind],
    clipped_at: DateTime<Utc>,
) {
    for h in 0..lines.len() {
        if !(list_heading(&lines[h]) || topics_label(&lines[h]) || explore(&lines[h])) {
            continue;
        }
        // The heading sits under a paragraph of the text, not under its tags (a few
        // lines up at most: a long paste's runs of interface are not walked again).
        let above = (0..h)
            .rev()
            .take(ABOVE_LINES)
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk) || topics_label(&lines[j]));
        if !above.is_some_and(|j| matches!(kinds[j], Kind::Para)) {
            continue;
        }
        let shown: Vec<usize> = (h + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(24)
            .collect();
        let Some(end) = one_headline(lines, kinds, &shown)
            .or_else(|| one_card(lines, kinds, &shown))
            .or_else(|| cards(lines, kinds, &shown, clipped_at))
        else {
            continue;
        };
        for kind in &mut kinds[h..end] {
            *kind = Kind::Blank;
        }
    }
}

/// A video's card between the paragraphs: "Related video: How the COLA is calculated
/// (USA TODAY)", then its title, its outlet and its length ("2:14") on lines of their own;
/// blanked out, so the text goes on around it.
pub(super) fn drop_video_cards_in_text(lines: &[String], kinds: &mut [Kind]) {
    for h in 0..lines.len() {
        let lower = lines[h].trim().to_lowercase();
        if !lower.starts_with("related video") || word_count(&lines[h]) > 25 {
            continue;
        }
        let card: Vec<usize> = (h + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(4)
            .collect();
        let Some(length) = card.iter().position(|&j| length(&lines[j])) else {
            continue;
        };
        if card[..length]
            .iter()
            .all(|&j| matches!(kinds[j], Kind::Short))
        {
            for kind in &mut kinds[h..=card[length]] {
                *kind = Kind::Blank;
            }
        }
    }
}

/// "Watch: What's planned for Nashville's East Bank" over its one-line description and its
/// credit ("Nicole Hester, Nashville Tennessean"), right over the text: a video's box. So
/// is one over its description alone right under the story's header (its time, then share
/// buttons).
pub(super) fn drop_watch_boxes(lines: &[String], kinds: &mut [Kind]) {
    for h in 0..lines.len() {
        let Some(title) = lines[h].strip_prefix("Watch: ") else {
            continue;
        };
        if !matches!(kinds[h], Kind::Short) || word_count(title) < 2 {
            continue;
        }
        let card: Vec<usize> = (h + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(3)
            .collect();
        let [about, credit, next] = card[..] else {
            continue;
        };
        let credited = lines[credit].split_once(", ").is_some_and(|(who, whose)| {
            super::names::names_like(who) && super::lines::outlet_shaped(whose)
        });
        let under_header = (0..h)
            .rev()
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
            .is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
        if under_header
            && matches!(kinds[about], Kind::Para)
            && word_count(&lines[about]) <= SUMMARY_WORDS
        {
            kinds[h] = Kind::Junk;
            kinds[about] = Kind::Junk;
            continue;
        }
        if matches!(kinds[about], Kind::Para)
            && word_count(&lines[about]) <= SUMMARY_WORDS
            && credited
            && matches!(kinds[next], Kind::Para)
        {
            for j in [h, about, credit] {
                kinds[j] = Kind::Junk;
            }
        }
    }
}

/// A video's length: "2:14", "01:02:33".
fn length(line: &str) -> bool {
    let parts: Vec<&str> = line.trim().split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
}

/// "Explore more": a heading of cards of the site's stories.
fn explore(line: &str) -> bool {
    line.trim().eq_ignore_ascii_case("explore more")
}

/// One headline under the heading, then two paragraphs or more: where the story resumes.
fn one_headline(lines: &[String], kinds: &[Kind], shown: &[usize]) -> Option<usize> {
    let (&headline, rest) = shown.split_first()?;
    (matches!(kinds[headline], Kind::Short)
        && word_count(&lines[headline]) >= HEADLINE_WORDS
        && goes_on(lines, kinds, rest))
    .then_some(headline + 1)
}

/// One story's card: maybe its section ("LOCAL"), its headline, maybe its byline, its
/// time, and its button ("READ MORE"); then two paragraphs or more, where the story
/// resumes. The first line after the card.
fn one_card(lines: &[String], kinds: &[Kind], shown: &[usize]) -> Option<usize> {
    let mut at = 0;
    let short = |j: usize| matches!(kinds[j], Kind::Short);
    if shown
        .get(at)
        .is_some_and(|&j| short(j) && word_count(&lines[j]) <= 2)
    {
        at += 1;
    }
    let &headline = shown.get(at)?;
    if !short(headline) || word_count(&lines[headline]) < HEADLINE_WORDS {
        return None;
    }
    at += 1;
    let signed =
        |j: usize| matches!(&kinds[j], Kind::Meta(m) if m.byline.is_some() && m.when.is_none());
    if shown.get(at).is_some_and(|&j| signed(j)) {
        at += 1;
    }
    let timed =
        |j: usize| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some() && m.byline.is_none());
    if !shown.get(at).is_some_and(|&j| timed(j)) {
        return None;
    }
    at += 1;
    // (The button is what tells a card from a brief of a page of briefs, whose text
    // follows its time.)
    if !shown.get(at).is_some_and(|&j| {
        matches!(kinds[j], Kind::Junk | Kind::Short) && word_count(&lines[j]) <= 3
    }) {
        return None;
    }
    at += 1;
    let rest = shown.get(at..)?;
    goes_on(lines, kinds, rest).then(|| rest[0])
}

/// Two cards or more, each a headline, maybe its summary, and its section glued to its
/// time ("Business3 days ago", "Society07/09/2025"); then the story goes on, maybe under a
/// subhead. The first line after the cards.
fn cards(
    lines: &[String],
    kinds: &[Kind],
    shown: &[usize],
    clipped_at: DateTime<Utc>,
) -> Option<usize> {
    let stamped = |j: usize| {
        let line = lines[j].trim_start_matches(char::is_alphabetic);
        line.len() < lines[j].len() && parse_when(line, clipped_at).is_some()
    };
    let mut at = 0;
    let mut count = 0;
    while let Some(&headline) = shown.get(at) {
        if !matches!(kinds[headline], Kind::Short) || stamped(headline) {
            break;
        }
        let mut next = at + 1;
        if shown.get(next).is_some_and(|&j| {
            matches!(kinds[j], Kind::Para) && word_count(&lines[j]) <= SUMMARY_WORDS
        }) {
            next += 1;
        }
        if !shown.get(next).is_some_and(|&j| stamped(j)) {
            break;
        }
        at = next + 1;
        count += 1;
    }
    let rest = shown.get(at..)?;
    let resumes = goes_on(lines, kinds, rest)
        || (rest
            .first()
            .is_some_and(|&j| matches!(kinds[j], Kind::Short))
            && goes_on(lines, kinds, &rest[1..]));
    (count >= 2 && resumes).then(|| rest[0])
}

/// The lines start with two paragraphs of the text, not a box's short pitches ("Don't
/// miss out on the latest news and information.").
fn goes_on(lines: &[String], kinds: &[Kind], shown: &[usize]) -> bool {
    shown.len() >= 2
        && shown[..2].iter().all(|&j| matches!(kinds[j], Kind::Para))
        && shown[..2]
            .iter()
            .map(|&j| word_count(&lines[j]))
            .sum::<usize>()
            >= TEXT_WORDS
}
