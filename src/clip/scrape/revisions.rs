//! Revisions in a scrape's time lines: a line that gives a revision's time ("Updated Jul
//! 12, 2025", "Article was updated 3 hrs ago"), which a publication's time beats, and an
//! editor's note of a revision under a story ("Update 7/14/25, 11:02 a.m. ET: This article
//! was updated ..."), which is no part of it. Read with the words of `when`.

use chrono::{DateTime, Utc};

use super::body::Draft;
use super::headings;
use super::lines::Kind;
use super::when::{FILLER, REVISED, parse_at, without_reading_time};
use super::zone::Page;

/// Lines under the last story's text read for its first publication's time.
const FIRST_PUBLISHED_LINES: usize = 12;

/// "First Published July 13, 2025, 8:45pm" or "This story was originally published July
/// 13, 2025 at 6:30 PM." under the last story's text (past its authors' addresses, before
/// any list): the first publication's time, which beats an earlier day's time at the top
/// that did not say it was the publication's (a page that shows its last update there).
pub(super) fn take_first_publication(page: &Page, from: usize, cur: &mut Draft) {
    let first = (from..page.lines.len())
        .filter(|&i| !matches!(page.kinds[i], Kind::Blank))
        .take(FIRST_PUBLISHED_LINES)
        .take_while(|&i| !headings::list_heading(&page.lines[i]))
        .find_map(|i| match &page.kinds[i] {
            Kind::Meta(m) => {
                let lower = page.lines[i].to_lowercase();
                let label = without_story_named(&lower);
                (label.starts_with("first published") || label.starts_with("originally published"))
                    .then_some(m.when)
                    .flatten()
            }
            _ => None,
        });
    let Some(day) = first.and_then(|w| w.day()) else {
        return;
    };
    if cur.when.and_then(|w| w.day()).is_none_or(|ours| day < ours) {
        (cur.when, cur.revised) = (first, false);
    }
}

/// A time line that opens with a revision's word ("Updated Jul 12, 2025, 10:05 am",
/// "Aktualisiert: 14.07.2025"): the time of a revision, not the publication.
pub(crate) fn revision_line(line: &str) -> bool {
    let lower = line.trim_start().to_lowercase();
    // ("4 min read Last Updated : Jul 14 2025": the reading time first.)
    let lower = without_story_named(without_reading_time(&lower));
    // ("Updated ... / Original ...", "Updated ..., first published July 13, 2025",
    // "Updated: Jul. 14, 2025|Published: Jul. 13, 2025": the original time is read.)
    let first_dated = lower
        .find("published")
        .or_else(|| lower.find("posted"))
        .is_some_and(|at| {
            at > 0
                && !lower[at..].starts_with("published at ")
                && lower[at..]
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|d| d.len() == 4)
        });
    (REVISED.iter().any(|r| lower.starts_with(r)) || lower.starts_with("last updated"))
        && !lower.contains(" original")
        && !first_dated
}

/// "Article was updated 3 hrs ago" -> "updated 3 hrs ago": the story named before the
/// verb of its time ("This article was published on ...", "Story updated ...").
pub(super) fn without_story_named(lower: &str) -> &str {
    let rest = [
        "this article was ",
        "this story was ",
        "article was ",
        "story was ",
        "article ",
        "story ",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p));
    match rest {
        Some(rest)
            if REVISED.iter().any(|r| rest.starts_with(r))
                || rest.starts_with("published")
                || rest.starts_with("originally published")
                || rest.starts_with("posted") =>
        {
            rest
        }
        _ => lower,
    }
}

/// "Juttua päivitetty 14.7. klo 13.22: Lisätty kaupunginjohtajan kommentti.", "Updated at
/// 3:15 p.m. ET: This story has been updated with ...", "Update 7/14/25, 11:02 a.m. ET:
/// This article was updated with additional information.": an editor's note of a revision,
/// its time before a colon. It says how the story changed; it is no part of it.
pub(crate) fn revision_note(line: &str, clipped_at: DateTime<Utc>) -> bool {
    let Some((head, note)) = line.split_once(": ") else {
        return false;
    };
    let head = head.to_lowercase();
    // The revision's word first or second ("Juttua päivitetty", "Article mis à jour").
    let head = head.split_whitespace().collect::<Vec<_>>().join(" ");
    let second = head.find(' ').map(|space| space + 1);
    let Some(after) = [Some(0), second]
        .into_iter()
        .flatten()
        .filter_map(|at| head.get(at..))
        .find_map(|from| {
            REVISED
                .iter()
                .chain(&["update"])
                .find_map(|r| from.strip_prefix(r).filter(|t| t.starts_with([' ', ','])))
        })
    else {
        return false;
    };
    let time: Vec<&str> = after
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    let dated = |w: &&str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || ".:/,".contains(c))
    };
    // "11:02 a.m. ET": the clock's half of the day and its zone.
    let clock_word = |w: &&str| {
        [
            "a.m.", "p.m.", "am", "pm", "et", "pt", "ct", "edt", "est", "pdt", "pst", "gmt", "utc",
            "bst",
        ]
        .contains(w)
    };
    !time.is_empty()
        && time.len() <= 6
        && note.split_whitespace().count() <= REVISION_NOTE_WORDS
        && (time
            .iter()
            .all(|w| dated(w) || FILLER.contains(w) || clock_word(w))
            || parse_at(&time.join(" "), clipped_at, true).is_some())
        && time.iter().any(dated)
}

/// The longest revision note `revision_note` reads.
const REVISION_NOTE_WORDS: usize = 30;
