//! A link set into a story's text under a label ("WATCH: Fire crews describe the night's
//! fight", "RELATED: Red flag warning issued for the valley"): another story or a video,
//! between two of the text's paragraphs. (The story's own headline may open with
//! "WATCH:" too: it stands over the byline, not between paragraphs.)

use super::lines::{Kind, word_count};
use super::passes::{shown_after, shown_before};

/// Labels that set a link into a text, lower-cased, with their colon.
const LABELS: &[&str] = &[
    "watch:",
    "related:",
    "read more:",
    "more:",
    "also read:",
    "see also:",
    "listen:",
    "video:",
    "read:",
    "must read:",
    "don't miss:",
];
/// The most words of such a line.
const LINK_WORDS: usize = 25;

/// Mark each labelled link between two paragraphs of text as interface.
pub(super) fn drop_labelled_links_in_text(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        let line = lines[i].trim();
        let lower = line.to_lowercase();
        let labelled = LABELS
            .iter()
            .any(|l| lower.starts_with(l) && lower.len() > l.len() + 1);
        if !labelled || line.ends_with('.') || word_count(line) > LINK_WORDS {
            continue;
        }
        let para = |j: Option<usize>| j.is_some_and(|j| kinds[j] == Kind::Para);
        if para(shown_before(kinds, i)) && para(shown_after(kinds, i + 1)) {
            kinds[i] = Kind::Junk;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_labelled_link_between_paragraphs_goes_and_a_headline_stays() {
        let lines: Vec<String> = [
            "WATCH: Crews contain a brush fire near the reservoir",
            "by Dana Whitcomb",
            "Firefighters stopped the fire's forward progress overnight, the county said.",
            "WATCH: Fire crews describe the overnight fight",
            "The evacuation order was lifted at 5:30 a.m. on Monday, the sheriff said.",
            "RELATED: Red flag warning issued for the valley",
            "The cause of the fire is under investigation.",
        ]
        .iter()
        .map(|l| l.to_string())
        .collect();
        let mut kinds = vec![
            Kind::Short,
            Kind::Short,
            Kind::Para,
            Kind::Short,
            Kind::Para,
            Kind::Para,
            Kind::Para,
        ];
        drop_labelled_links_in_text(&lines, &mut kinds);
        assert_eq!(kinds[0], Kind::Short, "the headline stays");
        assert_eq!(kinds[3], Kind::Junk);
        assert_eq!(kinds[5], Kind::Junk);
        assert_eq!(kinds[6], Kind::Para);
    }
}
