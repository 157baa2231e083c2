//! Word tokens for the suggestion rules: each word with its byte span, whether it opens
//! a sentence or sits in a heading, and what punctuation follows it.

use super::words::{is_non_name, is_stopword};

/// One word of the text.
#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    /// The word without trailing punctuation or a possessive `'s`.
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// First word of the text or of a sentence.
    pub sentence_start: bool,
    /// The characters between this word (after its possessive) and the next one.
    pub gap_after: &'a str,
    /// The word carried a possessive `'s`.
    pub possessive: bool,
    /// The sentence or line around the word is in Title Case (a heading or headline).
    pub heading: bool,
    raw_end: usize,
}

impl Token<'_> {
    /// Starts with an uppercase letter or a digit ("Acme", "3M", "D.A.").
    pub fn capitalised(&self) -> bool {
        self.text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    /// Nothing but spaces separates this word from the next.
    pub fn joined(&self) -> bool {
        self.gap_after.chars().all(|c| c == ' ' || c == '\u{a0}')
    }

    /// The lowercase form, for the word lists.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Looks like part of a person's name: "Alexandr", "Okonjo-Iweala", "O'Brien", "D.A.".
    pub fn name_like(&self) -> bool {
        let t = self.text;
        let lower = self.lower();
        let apostrophe_ok = t
            .split(['\'', '’'])
            .skip(1)
            .all(|rest| rest.chars().next().is_some_and(char::is_uppercase));
        let word = self.capitalised()
            && t.chars().count() >= 2
            && t.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
            && t.chars().skip(1).any(char::is_lowercase)
            && apostrophe_ok;
        (is_initials(t) || word) && !is_stopword(&lower) && !is_non_name(&lower)
    }

    /// Can be part of an organisation name: capitalised (or `&`) with a letter in it.
    pub fn org_like(&self) -> bool {
        let letters = self.capitalised() && self.text.chars().any(char::is_alphabetic);
        (self.text == "&" || letters) && !is_stopword(&self.lower())
    }
}

const ABBREVIATIONS: &[&str] = &[
    "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.", "St.", "Dr.", "Mr.", "Mrs.", "Ms.", "No.", "vs.",
    "Bros.",
];

fn is_initials(word: &str) -> bool {
    word.len() >= 2
        && word.ends_with('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 1 && p.chars().all(char::is_uppercase))
}

/// Splits `hay` into word tokens; never panics, whatever the input.
pub(super) fn tokenize(hay: &str) -> Vec<Token<'_>> {
    let is_part = |c: char| c.is_alphanumeric() || "'’.&-".contains(c);
    let mut tokens: Vec<Token<'_>> = Vec::new();
    let mut iter = hay.char_indices().peekable();
    let mut sentence_start = true;
    while let Some((start, c)) = iter.next() {
        if !is_part(c) {
            if ".!?:\n".contains(c) {
                sentence_start = true;
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = iter.peek() {
            if !is_part(c) {
                break;
            }
            end = i + c.len_utf8();
            iter.next();
        }
        let raw = &hay[start..end];
        let lead = raw.len()
            - raw
                .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '&')
                .len();
        let mut word = &raw[lead..];
        let mut possessive = false;
        for suffix in ["'s", "’s"] {
            if let Some(stem) = word.strip_suffix(suffix) {
                word = stem;
                possessive = true;
            }
        }
        let keep_dot = ABBREVIATIONS.contains(&word) || is_initials(word);
        let trimmed = if keep_dot {
            word
        } else {
            word.trim_end_matches(|c: char| ".'’-".contains(c))
        };
        let ends_sentence = !keep_dot && word.ends_with('.') && !possessive;
        if !trimmed.is_empty() {
            let t_start = start + lead;
            tokens.push(Token {
                text: trimmed,
                start: t_start,
                end: t_start + trimmed.len(),
                sentence_start,
                gap_after: "",
                possessive,
                heading: false,
                raw_end: end,
            });
            sentence_start = false;
        }
        if ends_sentence {
            sentence_start = true;
        }
    }
    let starts: Vec<usize> = tokens
        .iter()
        .skip(1)
        .map(|t| t.start)
        .chain([hay.len()])
        .collect();
    for (token, next) in tokens.iter_mut().zip(starts) {
        // A trimmed trailing '.' or '-' belongs to the gap, so "Acme." is not joined.
        let from = if token.possessive {
            token.raw_end
        } else {
            token.end
        };
        token.gap_after = &hay[from.min(next)..next];
    }
    mark_headings(&mut tokens);
    tokens
}

/// Flags the words of every sentence or line whose longer words are nearly all
/// capitalised (at least four of them, 85 % or more).
fn mark_headings(tokens: &mut [Token<'_>]) {
    let mut from = 0;
    while from < tokens.len() {
        let to = (from + 1..tokens.len())
            .find(|&k| tokens[k].sentence_start)
            .unwrap_or(tokens.len());
        let long: Vec<&Token<'_>> = tokens[from..to]
            .iter()
            .filter(|t| t.text.chars().count() > 3)
            .collect();
        let caps = long.iter().filter(|t| t.capitalised()).count();
        if long.len() >= 4 && caps * 100 >= long.len() * 85 {
            tokens[from..to].iter_mut().for_each(|t| t.heading = true);
        }
        from = to;
    }
}
