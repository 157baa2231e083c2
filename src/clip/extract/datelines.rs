//! The byline and date lines an article's header leaves at the edges of what Readability
//! hands over: a first or last paragraph that is only "July 14, 2025", "Published 14 July
//! 2025 10:09 am" or "By Jane Doe | July 14, 2025", a first paragraph that is the article's
//! own byline, and an excerpt that is the byline ("By Jane Doe · 2025-07-14") instead of
//! the article's first words.
//!
//! A line counts only when every word of it is a name, a date or time, or a label
//! (`scrape`'s time-line reader decides the date part), so a paragraph that carries a
//! sentence is never taken for one.

use std::ops::Range;

use chrono::Utc;

use crate::clip::byline::{clean_byline, looks_like_names};
use crate::clip::meta::collapse_ws;
use crate::clip::scrape::parse_when;

/// What separates a byline from the words after it, as single characters.
const SEPARATOR_CHARS: &[char] = &['|', '·', '•', '—', '–', '-', ',', ':'];

/// Longer than this, a line is no header line.
const MAX_LINE: usize = 120;

/// What may stand between a byline and the date after it ("By Jane Doe | July 14, 2025").
const SEPARATORS: &[&str] = &["|", "·", "•", " — ", " – ", " - ", ", ", " on "];

/// Whether `line` is only a date or time, labelled or not ("July 14, 2025", "Published 14
/// July 2025 10:09 am", "Updated July 14, 2025, 10:09 a.m. ET"), maybe after a byline
/// ("By Jane Doe | July 14, 2025"). It must hold a digit: "Yesterday" is left alone.
pub(super) fn is_dateline(line: &str) -> bool {
    let line = line.trim();
    if line.chars().count() > MAX_LINE || !line.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let date = after_byline(line).unwrap_or(line);
    parse_when(date, Utc::now()).is_some()
}

/// Whether `line` is a byline, maybe with its date: "By Jane Doe", "By Jane Doe · 2025-07-14",
/// or the article's own `byline` alone ("Jane Doe").
fn is_byline_line(line: &str, byline: Option<&str>) -> bool {
    let line = line.trim();
    if line.chars().count() > MAX_LINE {
        return false;
    }
    let head = name_part(line);
    if let Some(name) = strip_by(head) {
        return looks_like_names(name) && clean_byline(name).is_some();
    }
    byline.is_some_and(|b| collapse_ws(head).eq_ignore_ascii_case(&collapse_ws(b)))
}

/// The date after "By NAME <separator>", when `line` opens with a byline.
fn after_byline(line: &str) -> Option<&str> {
    let rest = strip_by(line)?;
    let (at, sep) = SEPARATORS
        .iter()
        .filter_map(|sep| rest.find(sep).map(|at| (at, *sep)))
        .min_by_key(|(at, _)| *at)?;
    let name = rest[..at].trim();
    (looks_like_names(name) && clean_byline(name).is_some()).then(|| rest[at + sep.len()..].trim())
}

/// `line` without a leading "By" ("By Jane Doe", "by: Jane Doe").
fn strip_by(line: &str) -> Option<&str> {
    let head = line.get(..2)?;
    let rest = line[2..].strip_prefix(':').unwrap_or(&line[2..]);
    (head.eq_ignore_ascii_case("by") && rest.starts_with(char::is_whitespace))
        .then(|| rest.trim_start())
}

/// Which of `lines` (the paragraphs of a body) stay once the date lines (see
/// [`is_dateline`]) that open or close them are set aside and, given the article's
/// `byline`, a line that opens them with that byline ("By Jane Doe", "Jane Doe · July 14,
/// 2025") or with one of its names, each perhaps over a role of a few words: a range,
/// which keeps at least one line (a lone paragraph is always kept).
pub(super) fn edge_datelines(lines: &[&str], byline: Option<&str>) -> Range<usize> {
    let own = |p: &str| byline.is_some_and(|b| is_own_byline(p, b));
    // One of several authors on a line of their own ("Priya Natarajan" of "Priya
    // Natarajan and Tomasz Wrobel"), each perhaps over their role ("Technology reporter").
    let one_of = |p: &str| {
        byline.is_some_and(|b| {
            b.split(" and ")
                .flat_map(|part| part.split(", "))
                .any(|name| name.trim().eq_ignore_ascii_case(p.trim()))
        })
    };
    let role = |p: &str| {
        let words = p.split_whitespace().count();
        (1..=ROLE_WORDS).contains(&words)
            && p.starts_with(char::is_uppercase)
            && !p.contains(['.', '!', '?', ':'])
    };
    let (mut start, mut end) = (0, lines.len());
    let mut after_name = false;
    while end - start > 1 {
        let line = lines[start];
        let name = one_of(line);
        if !(is_dateline(line) || own(line) || name || after_name && role(line)) {
            break;
        }
        after_name = name;
        start += 1;
    }
    while end - start > 1 && is_dateline(lines[end - 1]) {
        end -= 1;
    }
    start..end
}

/// The most words of an author's role on the line under their name.
const ROLE_WORDS: usize = 4;

/// Whether `line` is the article's own `byline`, with "By" or a date or not.
fn is_own_byline(line: &str, byline: &str) -> bool {
    // A byline line is short; a paragraph of the story is not looked into (`name_part`
    // would read a date after each of its commas).
    if line.trim().chars().count() > MAX_LINE {
        return false;
    }
    let head = name_part(line.trim());
    let name = credited_names(head).unwrap_or(head);
    collapse_ws(name).eq_ignore_ascii_case(&collapse_ws(byline))
}

/// The names a credit line gives: after "By" ("By Jane Doe"), or after a credit's words of
/// at most four before "by" ("Words and photos by Theo Brandvold" -> "Theo Brandvold").
pub(super) fn credited_names(line: &str) -> Option<&str> {
    strip_by(line).or_else(|| {
        let at = line.to_ascii_lowercase().find(" by ")?;
        (line[..at].split_whitespace().count() <= CREDIT_WORDS).then(|| line[at + 4..].trim())
    })
}

/// The most words of a credit before its "by".
const CREDIT_WORDS: usize = 4;

/// The part of `line` before a separator that a date follows ("By Jane Doe" of "By Jane Doe
/// | July 14, 2025"), else the whole line.
fn name_part(line: &str) -> &str {
    SEPARATORS
        .iter()
        .filter_map(|sep| line.find(sep).map(|at| (at, sep.len())))
        .filter(|&(at, len)| is_dateline(&line[at + len..]))
        .map(|(at, _)| line[..at].trim())
        .min_by_key(|h| h.len())
        .unwrap_or(line)
}

/// The summary a list shows: `excerpt` (Readability's: the page's description or its first
/// paragraph) past the byline and date lines that open it, whitespace collapsed. When
/// nothing else is left, the first paragraph of `text` that is not such a line. `byline`
/// is the article's own, so "Jane Doe" alone counts as one too. `None` without an
/// excerpt (or a blank one).
pub(super) fn lead_excerpt(
    excerpt: Option<&str>,
    byline: Option<&str>,
    text: &str,
) -> Option<String> {
    let header = |l: &str| is_byline_line(l, byline) || is_dateline(l);
    let excerpt = excerpt.filter(|e| !e.trim().is_empty())?;
    let mut lines = excerpt
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty() || header(l))
        .peekable();
    if lines.peek().is_some() {
        let lead = collapse_ws(&lines.collect::<Vec<_>>().join(" "));
        return Some(past_own_byline(&lead, byline).to_string()).filter(|e| !e.is_empty());
    }
    text.split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !header(p))
        .map(str::to_string)
}

/// `line` without the "By NAME" that opens it when NAME is the article's own byline and a
/// separator follows ("By Jane Doe | The council approved ..." -> "The council ...").
fn past_own_byline<'a>(line: &'a str, byline: Option<&str>) -> &'a str {
    let Some((byline, rest)) = byline.zip(strip_by(line)) else {
        return line;
    };
    let Some(after) = rest
        .get(..byline.len())
        .filter(|n| n.eq_ignore_ascii_case(byline))
        .map(|_| &rest[byline.len()..])
    else {
        return line;
    };
    let separator = |c: char| c.is_whitespace() || SEPARATOR_CHARS.contains(&c);
    let lead = after.trim_start_matches(separator);
    // Only at a separator, and before a new sentence: "By Jane Does ...", "By Jane Doe and
    // John Roe | ..." name others.
    let opens = |c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“');
    if after.starts_with(separator) && lead.starts_with(opens) {
        lead
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `paragraphs` (joined by a blank line) with only the lines `edge_datelines` keeps.
    fn without_edge_datelines(paragraphs: &str, byline: Option<&str>) -> String {
        let lines: Vec<&str> = paragraphs.split("\n\n").collect();
        lines[edge_datelines(&lines, byline)].join("\n\n")
    }

    #[test]
    fn date_lines_are_dates_with_labels_or_a_byline_only() {
        for line in [
            "July 14, 2025",
            "14 July 2025",
            "Published 14 July 2025 10:09 am",
            "Updated July 14, 2025, 10:09 a.m. ET",
            "Monday 14 July 2025",
            "2025-07-14",
            "By Jane Doe | July 14, 2025",
            "By Jane Doe · 2025-07-14",
        ] {
            assert!(is_dateline(line), "{line:?} is a date line");
        }
        for line in [
            "On July 14, 2025, the council approved the budget.",
            "July 14, 2025: the day the council approved the budget",
            "Yesterday",
            "By 2025 the line will reach the airport.",
            "By Wednesday | July 14, 2025 the council had voted",
            "The council met in 2025.",
            "2025",
        ] {
            assert!(!is_dateline(line), "{line:?} carries more than a date");
        }
    }

    #[test]
    fn a_first_or_last_date_paragraph_leaves_the_body() {
        let body = "July 14, 2025\n\nThe council approved the budget on Monday.\n\n\
                    It meets again in July.\n\nUpdated July 15, 2025, 9:10 am";
        assert_eq!(
            without_edge_datelines(body, None),
            "The council approved the budget on Monday.\n\nIt meets again in July."
        );
        let body = "By Jane Doe | July 14, 2025\n\nThe council approved the budget.";
        assert_eq!(
            without_edge_datelines(body, None),
            "The council approved the budget."
        );
        // A date inside the body, or a body that is only a date, stays.
        let body = "The council voted.\n\nJuly 14, 2025\n\nThe mayor spoke.";
        assert_eq!(without_edge_datelines(body, None), body);
        assert_eq!(
            without_edge_datelines("July 14, 2025", None),
            "July 14, 2025"
        );
        let body = "On July 14, 2025, the council voted.\n\nThe mayor spoke.";
        assert_eq!(
            without_edge_datelines(body, None),
            body,
            "a sentence is no date line"
        );
    }

    #[test]
    fn the_articles_own_byline_leaves_the_top_of_the_body() {
        let body = "By Jane Doe\n\nJuly 14, 2025\n\nThe council voted.\n\nJane Doe";
        assert_eq!(
            without_edge_datelines(body, Some("Jane Doe")),
            "The council voted.\n\nJane Doe",
            "a name that closes the body is a signature, not a header"
        );
        let body = "Jane Doe · July 14, 2025\n\nThe council voted.";
        assert_eq!(
            without_edge_datelines(body, Some("Jane Doe")),
            "The council voted."
        );
        // Another name, or no byline known: the line stays.
        let body = "By John Roe\n\nThe council voted.";
        assert_eq!(without_edge_datelines(body, Some("Jane Doe")), body);
        assert_eq!(without_edge_datelines(body, None), body);
        let body = "Jane Doe said the council voted.\n\nThe mayor spoke.";
        assert_eq!(without_edge_datelines(body, Some("Jane Doe")), body);
    }

    #[test]
    fn the_excerpt_skips_a_leading_byline_or_date() {
        let text = "The council approved the budget on Monday.\n\nThe mayor spoke.";
        let lead = |excerpt: &str, byline: Option<&str>| lead_excerpt(Some(excerpt), byline, text);
        let first = Some("The council approved the budget on Monday.".to_string());
        assert_eq!(lead("By Jane Doe · 2025-07-14", Some("Jane Doe")), first);
        assert_eq!(lead("By Jane Doe", None), first, "any lone By NAME line");
        assert_eq!(
            lead("Jane Doe", Some("Jane Doe")),
            first,
            "the article's own byline"
        );
        assert_eq!(lead("July 14, 2025", None), first);
        assert_eq!(
            lead(
                "By Jane Doe\nJuly 14, 2025\nThe budget passed after a long debate.",
                None
            ),
            Some("The budget passed after a long debate.".to_string())
        );
        assert_eq!(
            lead(
                "By Jane Doe | The budget passed after a long debate.",
                Some("Jane Doe")
            ),
            Some("The budget passed after a long debate.".to_string())
        );
        // A description that is a sentence stays as it is.
        for kept in [
            "By Wednesday the council had approved the budget.",
            "Jane Doe reports on the council's budget vote.",
            "The budget passed.",
        ] {
            assert_eq!(lead(kept, Some("Jane Doe")), Some(kept.to_string()));
        }
        assert_eq!(lead_excerpt(None, None, text), None);
        assert_eq!(lead_excerpt(Some(" "), None, text), None);
    }
}
