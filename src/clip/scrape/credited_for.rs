//! "Kwame Adjei for The Northfield Review" under "A caravan of eleven llamas crosses the
//! salt flat at dawn.": a commissioned photographer's credit, named for the publication
//! the page's masthead names, under the picture's caption. Neither is the story's text.

use std::collections::HashSet;

use super::lines::{Kind, word_count};
use super::names;
use super::passes::shown_before;

/// The most words of a caption over its credit.
const CAPTION_WORDS: usize = 40;

/// Drop each "NAME for PUBLICATION" line whose publication the page names on a line of
/// its own (its masthead), and the one-sentence caption over it.
pub(super) fn drop_commissioned_credits(lines: &[String], kinds: &mut [Kind]) {
    // The page's lines, to look a publication up in (made once, for the first credit).
    let mut shown: Option<HashSet<String>> = None;
    for i in 0..lines.len() {
        let Some((who, whose)) = lines[i].trim().split_once(" for ") else {
            continue;
        };
        let mut masthead = |w: &str| {
            shown
                .get_or_insert_with(|| lines.iter().map(|l| l.trim().to_lowercase()).collect())
                .contains(&w.trim().to_lowercase())
        };
        if word_count(&lines[i]) > 9
            || !names::names_like(who)
            || !whose.starts_with(char::is_uppercase)
            || !masthead(whose)
        {
            continue;
        }
        kinds[i] = Kind::Junk;
        if let Some(caption) = shown_before(kinds, i)
            && matches!(kinds[caption], Kind::Para | Kind::Short)
            && one_sentence(&lines[caption])
        {
            kinds[caption] = Kind::Junk;
        }
    }
}

/// A line of one sentence, ending in its stop, short enough for a caption.
fn one_sentence(line: &str) -> bool {
    let line = line.trim();
    let stops = line.matches(['.', '!', '?']).count();
    line.ends_with('.') && (1..=2).contains(&stops) && word_count(line) <= CAPTION_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_after(lines: &[&str], kinds: Vec<Kind>) -> Vec<Kind> {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let mut kinds = kinds;
        drop_commissioned_credits(&lines, &mut kinds);
        kinds
    }

    #[test]
    fn a_caption_over_a_credit_for_the_masthead_goes() {
        let lines = [
            "The Harbour Quarterly",
            "A net-maker mends a trawl on the quay at first light.",
            "Ines Okoro for The Harbour Quarterly",
            "The last net-maker on the quay learned the trade from his father.",
        ];
        let kinds = kinds_after(
            &lines,
            vec![Kind::Short, Kind::Para, Kind::Short, Kind::Para],
        );
        assert_eq!(kinds, [Kind::Short, Kind::Junk, Kind::Junk, Kind::Para]);
    }

    #[test]
    fn a_name_for_anything_else_stays() {
        let lines = [
            "The Harbour Quarterly",
            "Ines Okoro for Mayor",
            "She announced her run on Monday.",
        ];
        let kinds = kinds_after(&lines, vec![Kind::Short, Kind::Short, Kind::Para]);
        assert_eq!(kinds, [Kind::Short, Kind::Short, Kind::Para]);
    }
}
