//! Suggestions: names that look like organisations or people but are not in the
//! registry, offered to the user to accept (as a new entity) or reject.
//!
//! Precision comes first; a name is suggested only with evidence next to it:
//! - a company: capitalised words ending in a corporate suffix ("Acme Robotics Inc.",
//!   "Nimbus Labs", "Quill AI"), or right after a cue word ("the startup Quillbot",
//!   "chipmaker Nimbus"); a weak suffix (Group, Labs, AI...) after a single
//!   sentence-opening word ("Generative AI") is not enough;
//! - a person: two or three name-like words right after a role ("Chief Executive Officer
//!   Alexandr Wang", "Acme analyst Jane Roe") or before one ("Jane Roe, the chief
//!   executive of Acme Robotics").
//!
//! Function words, months, weekdays, nationalities, roles and registry places never start a
//! name; anything overlapping a registry mention or equal to a registry alias is known
//! and skipped. A title in Title Case is ignored (every word is capitalised there).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::tokens::{Token, tokenize};
use super::words::{LEGAL_SUFFIXES, NAME_SUFFIXES, ORG_CUES};
use super::{Kind, Mention, Registry};

/// A name the registry does not know, with the text that makes it look like an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The name as written, without a legal suffix ("Acme Robotics" for "Acme Robotics Inc.").
    pub name: String,
    /// `Company` for organisation-like names, `Person` for people with roles.
    pub kind: Kind,
    /// The phrase that gave it away: the suffixed name, the cue, or the role and organisation.
    pub evidence: String,
}

/// Suggests organisations and people named in `title` and `text` that `known` lacks, in
/// order of first appearance, one suggestion per name.
pub fn suggest_entities(title: &str, text: &str, known: &Registry) -> Vec<Suggestion> {
    let mentions = known.find_mentions(title, text);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let hays = [(title, true), (text, false)];
    for (hay, in_title) in hays {
        if in_title && is_title_case(hay) {
            continue;
        }
        let spans: Vec<&Mention> = mentions.iter().filter(|m| m.in_title == in_title).collect();
        let ctx = Ctx {
            hay,
            tokens: tokenize(hay),
            known,
            spans,
        };
        for suggestion in ctx.companies().into_iter().chain(ctx.people()) {
            if seen.insert(suggestion.name.clone()) {
                out.push(suggestion);
            }
        }
    }
    out
}

/// A one-word company name must look like a name, not an ordinary word ("Moving Corp.",
/// "Movers, LLC", "NY LLC" are not suggested; "Nordstrom Inc." is).
fn distinctive(word: &Token<'_>) -> bool {
    let lower = word.lower();
    let ordinary = ["ing", "ers", "ions", "ies"]
        .iter()
        .any(|end| lower.ends_with(end));
    word.text.chars().count() >= 4 && !ordinary && word.name_like()
}

fn is_title_case(title: &str) -> bool {
    let words: Vec<&str> = title
        .split_whitespace()
        .filter(|w| w.chars().count() > 3)
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && caps * 10 >= words.len() * 7
}

struct Ctx<'a> {
    hay: &'a str,
    tokens: Vec<Token<'a>>,
    known: &'a Registry,
    spans: Vec<&'a Mention>,
}

impl Ctx<'_> {
    fn text(&self, from: usize, to: usize) -> String {
        self.hay[self.tokens[from].start..self.tokens[to].end].to_string()
    }

    /// True when the words `from..=to` overlap a registry mention or spell a registry alias.
    fn is_known(&self, from: usize, to: usize) -> bool {
        let (start, end) = (self.tokens[from].start, self.tokens[to].end);
        self.spans.iter().any(|m| m.start < end && start < m.end)
            || self.known.lookup(&self.text(from, to)).is_some()
    }

    /// Can `tokens[i]` be part of an organisation name?
    fn org_word(&self, i: usize) -> bool {
        self.tokens[i].org_like() && !self.is_place(i)
    }

    fn is_place(&self, i: usize) -> bool {
        self.known
            .lookup(self.tokens[i].text)
            .is_some_and(|e| e.kind == Kind::Place)
    }

    fn companies(&self) -> Vec<Suggestion> {
        let mut out = Vec::new();
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let t = &self.tokens;
        for i in 1..t.len() {
            let legal = LEGAL_SUFFIXES.contains(&t[i].text);
            let suffix = legal || NAME_SUFFIXES.contains(&t[i].text);
            let chained = t.get(i + 1).is_some_and(|n| {
                let next_legal = LEGAL_SUFFIXES.contains(&n.text);
                (t[i].joined() && (next_legal || NAME_SUFFIXES.contains(&n.text)))
                    || (t[i].gap_after.trim() == "," && next_legal)
            });
            if !suffix || chained || t[i].sentence_start || (!legal && t[i].heading) {
                continue;
            }
            let mut first = i;
            while first > 0 && first + 5 > i {
                let j = first - 1;
                let comma_before_legal = legal && j + 1 == i && t[j].gap_after.trim() == ",";
                if !(t[j].joined() || comma_before_legal) || t[j].possessive || !self.org_word(j) {
                    break;
                }
                first = j;
                if t[j].sentence_start {
                    break;
                }
            }
            while first < i && t[first].text == "&" {
                first += 1;
            }
            let lone_opener = first + 1 == i && t[first].sentence_start;
            if first == i
                || (!legal && lone_opener)
                || (first + 1 == i && !distinctive(&t[first]))
                || self.is_known(first, i)
            {
                continue;
            }
            // "Dia & Co." keeps its "& Co."; other legal forms are dropped from the name.
            let ampersand_co = t[i].text == "Co." && t[i - 1].text == "&";
            let name_end = if legal && !ampersand_co { i - 1 } else { i };
            let name = self.text(first, name_end).trim_end_matches(',').to_string();
            out.push(Suggestion {
                name,
                kind: Kind::Company,
                evidence: self.text(first, i),
            });
            taken.push((first, i));
        }
        for i in 0..t.len().saturating_sub(1) {
            if !ORG_CUES.contains(&t[i].text) || !t[i].joined() || t[i].possessive || t[i].heading {
                continue;
            }
            let mut last = i;
            while last + 1 < t.len()
                && last < i + 4
                && self.org_word(last + 1)
                && t[last + 1].text != "&"
            {
                last += 1;
                if !t[last].joined() {
                    break;
                }
            }
            let overlaps = taken.iter().any(|&(a, b)| a <= last && i < b);
            if last == i
                || overlaps
                || t[i + 1].text.chars().count() < 2
                || self.is_known(i + 1, last)
            {
                continue;
            }
            let from = if i > 0
                && ["the", "a", "an"].contains(&t[i - 1].lower().as_str())
                && t[i - 1].joined()
            {
                i - 1
            } else {
                i
            };
            out.push(Suggestion {
                name: self.text(i + 1, last),
                kind: Kind::Company,
                evidence: self.text(from, last),
            });
        }
        out
    }
}

#[path = "suggest_people.rs"]
mod people;
#[cfg(test)]
#[path = "suggest_tests.rs"]
mod tests;
