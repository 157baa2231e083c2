//! A summary box under the headline ("Summary" or "Key takeaways", then its points): the
//! points are the article's standfirst (`summary_points` moves them out of its text), a
//! machine's summary is no one's text, and the box's label and tabs are interface.

use super::label_words;
use super::lines::{self, Kind};

/// A summary box under the headline ("Summary" or "Key takeaways", then a bullet a line):
/// its bullets are the article's standfirst, read as paragraphs though they are short, and
/// its label is interface.
///
/// Returns the lines of people's points (a machine's are junk), which
/// `summary_points::points_to_dek` takes out of the text into its standfirst.
pub(super) fn summary_boxes(lines: &[String], kinds: &mut [Kind]) -> Vec<usize> {
    let mut points = Vec::new();
    for i in 0..lines.len() {
        // The machine's note alone, where its summary opens on a button ("This is AI
        // generated summarization, which may have errors. ..." over "Summarize this
        // article with AI"): a warning of the interface, no one's text.
        if machine_warning(&lines[i]) {
            kinds[i] = Kind::Junk;
            continue;
        }
        let label = lines[i].to_lowercase();
        // "Takeaways by Bloomberg AI": a summary's label that names the machine writing it
        // ("Songs written by AI" is a headline).
        let machine_label = lines::word_count(&label) <= 6
            && (label.split_once(" by ").is_some_and(|(head, who)| {
                (who == "ai" || who.ends_with(" ai"))
                    && (head == "takeaways" || label_words::SUMMARY_LABELS.contains(&head))
            })
                // "Key Points AI-assisted summary": the label and the machine's note glued.
                || label_words::SUMMARY_LABELS.iter().any(|l| {
                    label
                        .strip_prefix(l)
                        .is_some_and(|rest| rest.starts_with(' ') && machine_made(rest.trim()))
                }));
        if !matches!(kinds[i], Kind::Short | Kind::Junk)
            || !(machine_label
                || label_words::SUMMARY_LABELS.contains(&label.trim_end_matches([':', ' '])))
        {
            continue;
        }
        // "Key Points" over "AI-assisted summary", or "SUMMARY" over "This is AI generated
        // summarization, which may have errors. For context, always refer to the full
        // article.": a machine's summary, no one's text.
        let note = lines
            .get(i + 1)
            .is_some_and(|l| machine_made(l) && lines::word_count(l) <= MACHINE_NOTE_WORDS);
        // The box's "Hide" button under its label.
        let button = lines.get(i + 1 + usize::from(note)).is_some_and(|l| {
            ["hide", "show", "collapse", "expand"].contains(&l.trim().to_lowercase().as_str())
        });
        let under = i + 1 + usize::from(note) + usize::from(button);
        // The box's other tab beside its label ("Summary" / "Companies" over the points):
        // a word or two, then a point.
        let tab = matches!(kinds.get(under), Some(Kind::Short | Kind::Junk))
            && lines::word_count(&lines[under]) <= 2
            && !lines::ends_sentence(&lines[under])
            && matches!(kinds.get(under + 1), Some(Kind::Short))
            && lines
                .get(under + 1)
                .is_some_and(|l| lines::word_count(l) >= BULLET_WORDS);
        let first = under + usize::from(tab);
        // "Artikelzusammenfassung" over one paragraph that says a machine wrote it ("...
        // Dies ist ein experimentelles Tool.").
        if !note
            && matches!(kinds.get(first), Some(Kind::Para))
            && machine_made(&lines[first])
            && lines::word_count(&lines[first]) <= MACHINE_BULLET_WORDS * 2
        {
            kinds[i] = Kind::Junk;
            kinds[first] = Kind::Junk;
            continue;
        }
        let machine = note || machine_label || machine_made(&lines[i]);
        // A machine's bullets are sentences, with their stops; a short line after them (a
        // picture's credit under its caption: "Dana Whitcomb, Detroit Free Press") ends
        // them, and the caption over it is no bullet.
        let mut sentences = false;
        let bullets = (first..lines.len())
            .take(MAX_BULLETS)
            .take_while(|&j| {
                let words = lines::word_count(&lines[j]);
                match kinds[j] {
                    Kind::Short => words >= BULLET_WORDS && !sentences,
                    Kind::Para => {
                        sentences |= machine;
                        machine && words <= MACHINE_BULLET_WORDS
                    }
                    _ => false,
                }
            })
            .count();
        let credited =
            sentences && bullets > 2 && matches!(kinds.get(first + bullets), Some(Kind::Short));
        let bullets = bullets - usize::from(credited);
        // "What you need to know:" over points written as paragraphs, one a line, then
        // the text's first paragraph with no blank line between, a blank line under it.
        if bullets == 0
            && !machine
            && let Some(block) = super::summary_points::points_over_lede(lines, kinds, first)
        {
            kinds[i] = Kind::Junk;
            points.extend(block);
            continue;
        }
        // "Summary" among the buttons under a byline ("Listen", "Gift Article"): the
        // button that opens a summary, with nothing under it.
        if bullets == 0 && !machine_label && matches!(kinds.get(i + 1), Some(Kind::Junk)) {
            kinds[i] = Kind::Junk;
        }
        if bullets >= 2 {
            kinds[i] = Kind::Junk;
            kinds[i + 1..first + bullets].fill(if machine { Kind::Junk } else { Kind::Para });
            if !machine {
                points.extend(first..first + bullets);
            }
            if tab {
                kinds[under] = Kind::Junk;
            }
        }
    }
    points
}

/// A note that a machine wrote the text under it: "AI-assisted summary", "KI-generierte
/// Zusammenfassung".
fn machine_made(line: &str) -> bool {
    const MARKS: &[&str] = &[
        "ai-assisted",
        "ai-generated",
        "ai generated",
        "generated by ai",
        "generated with ai",
        "ki-generiert",
        "ki-zusammenfassung",
        "générée par l'ia",
        "généré par l'ia",
        "generado por ia",
        "generato dall'ia",
        "gerado por ia",
        // "Dies ist ein experimentelles Tool. Die Resultate können ... falsch sein."
        "experimentelles tool",
        "experimental tool",
    ];
    let lower = line.to_lowercase();
    MARKS.iter().any(|m| lower.contains(m))
}

/// A short note that a machine wrote a summary and that it may be wrong: "This is AI
/// generated summarization, which may have errors. For context, always refer to the full
/// article."
fn machine_warning(line: &str) -> bool {
    let lower = line.to_lowercase();
    machine_made(line)
        && lines::word_count(line) <= MACHINE_NOTE_WORDS
        && ["error", "mistake", "refer to the full", "inaccura"]
            .iter()
            .any(|w| lower.contains(w))
}

/// The most bullets a summary box holds, and the fewest words of each.
const MAX_BULLETS: usize = 6;
const BULLET_WORDS: usize = 4;
/// The longest note that a machine wrote the summary under it (a summary of its own,
/// with the note at its end, is longer).
const MACHINE_NOTE_WORDS: usize = 20;
/// The longest bullet of a machine's summary.
const MACHINE_BULLET_WORDS: usize = 30;
