//! Sentence splitting for article text.
//!
//! Dated claims are sentences, so the split decides what a timeline item quotes. The rules
//! are deliberately simple and predictable:
//! - a line break always ends a sentence (paragraphs, list items, headings);
//! - `.`, `?`, `!` (optionally followed by closing quotes or brackets) end a sentence when
//!   white space and then an upper-case letter, a digit or an opening quote follow;
//! - except after a known abbreviation (`Mr.`, `Inc.`, `Jan.`, `No.` ...), a single capital
//!   initial (`J. R. R. Tolkien`) or a dotted acronym (`U.S.`, `e.g.`, `D.A.`). The price is
//!   that "... sold in the U.S. Jobs said" stays one sentence; that is the safer error. A
//!   company suffix (`Corp.`, `Inc.`) does end a sentence when a word that opens sentences
//!   follows ("... with Microsoft Corp. The deal ...", but "Apple Inc. CEO Tim Cook").
//!
//! Decimals ("$14.3 billion") never split because no white space follows the point.

use serde::Serialize;

/// A sentence as a byte span into the text it came from, trimmed of white space.
///
/// `start` and `end` always fall on `char` boundaries, so `&text[s.start..s.end]` is safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

impl Sentence {
    /// The sentence's text within `text` (the string it was split from).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Words that take a period without ending a sentence (compared case-sensitively, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Ave", "Gov", "Sen", "Rep",
    "Gen", "Col", "Lt", "Sgt", "Capt", "Adm", "Rev", "Hon", "Messrs", "Mme", "Inc", "Corp", "Ltd",
    "Co", "Bros", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "vs",
    "v", "approx", "est", "fig", "vol", "pp", "Rs", "Rep", "Ph",
];

/// Splits `text` into sentences (see the module docs for the rules).
///
/// Never panics; empty or white-space-only text gives no sentences.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    let mut scanned = 0; // terminators before this offset were already read as part of a run
    while let Some((i, c)) = chars.next() {
        let cut = match c {
            '\n' | '\r' | '\u{2029}' => Some((i, i + c.len_utf8())),
            '.' | '?' | '!' | '…' if i >= scanned => {
                let (end, cut) = sentence_end(text, i, c);
                scanned = end;
                cut.then_some((end, end))
            }
            _ => None,
        };
        if let Some((end, next)) = cut {
            push_trimmed(text, start, end, &mut out);
            start = next;
            while chars.peek().is_some_and(|&(j, _)| j < next) {
                chars.next();
            }
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The byte offset just past the terminator `c` at byte `i` and the closing quotes, brackets
/// and further terminators after it, and whether the sentence ends there.
fn sentence_end(text: &str, i: usize, c: char) -> (usize, bool) {
    let mut end = i + c.len_utf8();
    let rest = &text[end..];
    let closers = rest
        .char_indices()
        .take_while(|&(_, ch)| matches!(ch, '"' | '\'' | '”' | '’' | ')' | ']' | '.' | '!' | '?'))
        .last()
        .map_or(0, |(j, ch)| j + ch.len_utf8());
    end += closers;
    let after = &text[end..];
    let trimmed = after.trim_start_matches([' ', '\t', '\u{a0}']);
    if trimmed.len() == after.len() && !after.is_empty() {
        return (end, false); // no white space after the terminator: "14.3", "Yahoo!Inc"
    }
    let next = trimmed.chars().next();
    let opens = match next {
        None | Some('\n' | '\r') => true,
        Some(n) => n.is_uppercase() || n.is_ascii_digit() || "\"'“‘(".contains(n),
    };
    let abbreviated = c == '.' && is_abbreviation(&text[..i]);
    // "... a deal with Microsoft Corp. The agreement ..." ends at the company's suffix.
    let suffix_ends =
        abbreviated && ends_with_company_suffix(&text[..i]) && opens_a_sentence(trimmed);
    (end, opens && (!abbreviated || suffix_ends))
}

/// Company suffixes that end a sentence as often as they sit inside one.
const COMPANY_SUFFIXES: &[&str] = &["Inc", "Corp", "Ltd", "Co"];

/// Words that start a sentence far more often than they follow a company's name.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "We",
    "I",
    "But",
    "And",
    "However",
    "Shares",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "Both",
    "Neither",
    "There",
    "Analysts",
    "According",
];

fn ends_with_company_suffix(before: &str) -> bool {
    COMPANY_SUFFIXES.iter().any(|s| {
        before
            .strip_suffix(s)
            .is_some_and(|rest| rest.ends_with(' '))
    })
}

/// Whether `rest` begins with one of `SENTENCE_OPENERS` as a whole word.
fn opens_a_sentence(rest: &str) -> bool {
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    SENTENCE_OPENERS.contains(&word)
}

/// Whether the word ending right before a period is an abbreviation, an initial or a
/// dotted acronym.
fn is_abbreviation(before: &str) -> bool {
    let word_start = before
        .rfind(|ch: char| ch.is_whitespace() || "(\"“‘'[".contains(ch))
        .map_or(0, |j| {
            j + before[j..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    if word.contains('.') && word.chars().any(char::is_alphabetic) {
        return true; // U.S, e.g, D.A, a.m
    }
    let mut letters = word.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        return first.is_uppercase(); // an initial: "J."
    }
    ABBREVIATIONS.contains(&word)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push(Sentence {
            start: start + lead,
            end: start + lead + trimmed.len(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split_sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn splits_as_expected() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            ("Is it? Yes! Fine.", &["Is it?", "Yes!", "Fine."]),
            ("Line one\nLine two", &["Line one", "Line two"]),
            ("para one\n\n  para two  ", &["para one", "para two"]),
            ("It fell. 2025 was bad.", &["It fell.", "2025 was bad."]),
            (
                "He said \"no.\" Then left.",
                &["He said \"no.\"", "Then left."],
            ),
            (
                "Ends. \"Quoted start\" here.",
                &["Ends.", "\"Quoted start\" here."],
            ),
            (
                "Meta invested $14.3 billion in Scale. Meta had raised it.",
                &[
                    "Meta invested $14.3 billion in Scale.",
                    "Meta had raised it.",
                ],
            ),
            ("Mr. Smith met Dr. Jones.", &["Mr. Smith met Dr. Jones."]),
            (
                "Apple Inc. Corp. Ltd. Co. agreed.",
                &["Apple Inc. Corp. Ltd. Co. agreed."],
            ),
            (
                "A deal with Microsoft Corp. The agreement was signed. Apple Inc. CEO Tim Cook spoke.",
                &[
                    "A deal with Microsoft Corp.",
                    "The agreement was signed.",
                    "Apple Inc. CEO Tim Cook spoke.",
                ],
            ),
            (
                "On Jan. 5 and Sept. 9 it rose.",
                &["On Jan. 5 and Sept. 9 it rose."],
            ),
            (
                "J. R. R. Tolkien wrote it.",
                &["J. R. R. Tolkien wrote it."],
            ),
            (
                "Sold in the U.S. Jobs said so.",
                &["Sold in the U.S. Jobs said so."],
            ),
            (
                "Use tools, e.g. Rust, i.e. Cargo.",
                &["Use tools, e.g. Rust, i.e. Cargo."],
            ),
            (
                "Ali vs. Frazier. No. 1 seller.",
                &["Ali vs. Frazier.", "No. 1 seller."],
            ),
            ("Ranked No. 1 again.", &["Ranked No. 1 again."]),
            (
                "D.A. Davidson analyst Gil Luria said so.",
                &["D.A. Davidson analyst Gil Luria said so."],
            ),
            (
                "it costs Rs. 500 now. Next one.",
                &["it costs Rs. 500 now.", "Next one."],
            ),
            (
                "lower case. after a period stays",
                &["lower case. after a period stays"],
            ),
            ("Wait... What?", &["Wait...", "What?"]),
            ("Yahoo!Inc grew.", &["Yahoo!Inc grew."]),
            ("", &[]),
            ("   \n\t ", &[]),
            (".", &["."]),
        ];
        for (text, want) in cases {
            assert_eq!(&texts(text), want, "split of {text:?}");
        }
    }

    #[test]
    fn never_panics_and_spans_are_char_boundaries() {
        let long = "Ünïcödé ✓ sentence. ".repeat(2000);
        let dots = ".".repeat(200_000) + "a" + &".\"".repeat(100_000);
        let inputs = [
            "Ünïcödé. Émile left! «Oui.» Ça va? 日本語。次の文. 😀. Done",
            "…",
            ". . . ? ! \n\r\n",
            "\u{a0}A.\u{a0}B.",
            "É. É. É.",
            long.as_str(),
            dots.as_str(),
        ];
        for text in inputs {
            for s in split_sentences(text) {
                assert!(
                    text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                    "{text:?}"
                );
                assert!(s.start < s.end && s.end <= text.len());
            }
        }
        assert_eq!(
            split_sentences(&long).len(),
            2000,
            "each repeated sentence stands alone"
        );
    }
}
