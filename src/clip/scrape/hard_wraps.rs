//! Paragraphs a writer's editor or a mail client hard-wrapped (a README, a newsletter
//! saved as text, notes filled at 72 or 80 columns), joined back into one line each before
//! the scrape reads its lines: otherwise every line of a paragraph is a short line, and the
//! first one is taken for the headline.
//!
//! Written here because the test is about the shape of this text: a line was broken by
//! filling when the next line's first word would not have fitted on it within the fill
//! column (the width four lines in five stay within). Text copied out of a web page has
//! paragraphs on one line each, far wider than any fill column, and short lines of chrome
//! that fit their next word, so it is left as it is.

use std::borrow::Cow;

/// Fill columns run from about 60 to about 120 characters: a text whose fill column (see
/// the module's note) is outside these bounds was not hard-wrapped (a list of menu items is
/// narrower, a page's paragraphs wider).
const MIN_FILL: usize = 50;
const MAX_FILL: usize = 120;
/// Words on a line of filled prose, at least.
const MIN_WORDS: usize = 4;
/// Letters of the longest word filling moves to the next line (longer: a record or a path).
const MAX_WORD: usize = 24;
/// Lines broken by filling, at least, before a text counts as hard-wrapped.
const MIN_BROKEN: usize = 3;

/// `text` with each hard-wrapped paragraph on one line; `text` itself when it is not
/// hard-wrapped (see the module's note). Lines that open a Markdown block (a heading, a
/// list item, a quote, a table row) are never joined to the line before.
pub(super) fn join_hard_wraps(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    // The fill column: the width most lines reach (a line edited later may run past it).
    let mut widths: Vec<usize> = lines
        .iter()
        .map(|l| l.chars().count())
        .filter(|&w| w > 0)
        .collect();
    widths.sort_unstable();
    let width = widths.get(widths.len() * 4 / 5).copied().unwrap_or(0);
    if !(MIN_FILL..=MAX_FILL).contains(&width) {
        return Cow::Borrowed(text);
    }
    let broken = |i: usize| -> bool {
        let (line, next) = (lines[i], lines.get(i + 1).copied().unwrap_or(""));
        let Some(first_word) = next.split_whitespace().next() else {
            return false;
        };
        let len = line.chars().count();
        // Filling leaves a line of prose at least two thirds of the column wide, and moves
        // a word, not a whole line without spaces (a list of paths or records).
        len * 3 >= width * 2
            && line.split_whitespace().count() >= MIN_WORDS
            && first_word.chars().count() <= MAX_WORD
            && !opens_block(line)
            && !opens_block(next)
            && len + 1 + first_word.chars().count() > width
    };
    let continued = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .filter(|&i| lines.get(i + 1).is_some_and(|n| !n.trim().is_empty()))
        .count();
    let breaks: Vec<bool> = (0..lines.len()).map(broken).collect();
    let broken_lines = breaks.iter().filter(|b| **b).count();
    // Most lines followed by another are broken ones: a list of short lines is not.
    if broken_lines < MIN_BROKEN || broken_lines * 10 < continued * 7 {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        if i + 1 < lines.len() {
            out.push(if breaks[i] { ' ' } else { '\n' });
        }
    }
    Cow::Owned(out)
}

/// Whether `line` starts a Markdown block: a heading, a list item, a quote or a table row.
fn opens_block(line: &str) -> bool {
    let t = line.trim_start();
    let numbered = t.split_once(['.', ')']).is_some_and(|(n, rest)| {
        !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(' ')
    });
    t.starts_with('#')
        || t.starts_with("- ")
        || t.starts_with("* ")
        || t.starts_with("+ ")
        || t.starts_with('>')
        || t.starts_with('|')
        || numbered
}

#[cfg(test)]
mod tests {
    use super::join_hard_wraps;

    #[test]
    fn a_filled_text_gets_its_paragraphs_back_on_one_line_each() {
        let text = "# Harbour dredging resumes\n\
                    \n\
                    The port authority said on Monday that dredging of the main channel\n\
                    would resume in March after a two-year pause, allowing larger ships to\n\
                    call again.\n\
                    \n\
                    The work will cost about 40 million euros, the authority said, and the\n\
                    channel will be closed to pleasure boats on weekdays while it lasts.\n\
                    \n\
                    - one point\n\
                    - another\n";
        assert_eq!(
            join_hard_wraps(text),
            "# Harbour dredging resumes\n\
             \n\
             The port authority said on Monday that dredging of the main channel would resume \
             in March after a two-year pause, allowing larger ships to call again.\n\
             \n\
             The work will cost about 40 million euros, the authority said, and the channel \
             will be closed to pleasure boats on weekdays while it lasts.\n\
             \n\
             - one point\n\
             - another"
        );
    }

    #[test]
    fn a_filled_markdown_note_is_clipped_under_its_heading_with_whole_paragraphs() {
        let text = "# Harbour dredging resumes\n\n\
                    The port authority said on Monday that dredging of the main channel\n\
                    would resume in March after a two-year pause, allowing larger ships to\n\
                    call again.\n\n\
                    The work will cost about 40 million euros, the authority said, and the\n\
                    channel will be closed to pleasure boats on weekdays while it lasts.\n";
        let at = chrono::DateTime::parse_from_rfc3339("2025-07-14T12:00:00Z")
            .unwrap()
            .to_utc();
        let got = crate::clip::scrape::split_scrape(text, at).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].title, "Harbour dredging resumes");
        assert_eq!(
            got[0].text.split("\n\n").count(),
            2,
            "two paragraphs: {:?}",
            got[0].text
        );
    }

    #[test]
    fn text_copied_from_a_page_is_left_alone() {
        // Chrome lines fit their next word; the paragraphs are wider than any fill column.
        let page = "Home\nNews\nBusiness\nMeta raises its spending plans\nBy Jane Doe\n\
                    2 hours ago\nMeta Platforms said on Wednesday that it would spend more \
                    on data centres next year than it had planned, as it races rivals to \
                    build the computing power that artificial intelligence needs.\n";
        assert!(matches!(
            join_hard_wraps(page),
            std::borrow::Cow::Borrowed(_)
        ));
        let short_lines = "Home\nNews\nBusiness\nSport\nWeather\nContact us\n";
        assert!(matches!(
            join_hard_wraps(short_lines),
            std::borrow::Cow::Borrowed(_)
        ));
        let records = "root:x:0:0:root:/root:/bin/bash and more words here\n\
                       daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n\
                       bin:x:2:2:bin:/bin:/usr/sbin/nologin with words\n\
                       sys:x:3:3:sys:/dev:/usr/sbin/nologin and a few more words\n\
                       sync:x:4:65534:sync:/bin:/bin/sync\n";
        assert!(matches!(
            join_hard_wraps(records),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
