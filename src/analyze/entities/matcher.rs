//! The mention finder: every name and alias of every entry compiled into two Aho-Corasick
//! automata, then each hit checked for word boundaries, case and context cues.
//!
//! Case rules, decided per alias when the matcher is built:
//! - An alias of two or more words and at least 10 bytes that does not start with "the"
//!   ("Meta Platforms Inc.", "Bank of America") matches ignoring ASCII case inside words,
//!   but each word must start as in the alias unless the surface is all capitals
//!   ("BANK OF AMERICA" and "JPMorgan CHASE" count; "home depot", "Whole foods" do not).
//! - Every other alias ("Meta", "Apple", "Shell", "SEC", "Scale AI", "the Commission")
//!   matches exactly as written, or with a lowercase first word capitalised ("The
//!   Commission", "Von der Leyen"; not "IPhone"). So "meta-analysis" and "apple pie" never
//!   match.
//! - A gated one-word alias ("Target", "Visa", "Scale") also refuses to sit in a run of
//!   capitalised words ("Tourist Visa", a heading like "Target Audience").
//!
//! A hit must not touch a letter, digit or `_` on either side, so "Metaverse" is not Meta
//! but "Meta's", "Meta’s", "Meta-owned" and "(Meta)" are. Single-character aliases ("X")
//! also refuse a hyphen neighbour ("X-ray"). Gated aliases count only when one of their
//! entry's cues occurs as a whole word in the title or the text. A person's last name is
//! added as a gated alias whose cue is the full name, unless two people share it.
//! Overlapping hits resolve leftmost-longest.

use std::collections::{HashMap, HashSet};

use aho_corasick::AhoCorasick;

use super::boundary::{
    at_boundary, capitalised, contains_word, folded_case_ok, in_capitalised_run,
};
use super::registry::{Entry, Registry, RegistryError};
use super::{Kind, Mention};

#[derive(Debug, Clone)]
struct Pattern {
    entry: usize,
    text: String,
    /// Indices into `Matcher::cues`; empty when the alias needs no context.
    cues: Vec<usize>,
}

#[derive(Debug, Clone)]
struct Cue {
    text: String,
    /// All-lowercase cues match ignoring ASCII case; cues with a capital match exactly.
    fold: bool,
}

/// The compiled patterns of a registry.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    exact: AhoCorasick,
    exact_patterns: Vec<Pattern>,
    folded: AhoCorasick,
    folded_patterns: Vec<Pattern>,
    cues: Vec<Cue>,
}

fn folds_case(alias: &str) -> bool {
    alias.split_whitespace().count() >= 2
        && alias.len() >= 10
        && !alias.starts_with("the ")
        && !alias.starts_with("The ")
}

impl Matcher {
    pub(super) fn build(entries: &[Entry]) -> Result<Matcher, RegistryError> {
        let mut cue_ids: HashMap<String, usize> = HashMap::new();
        let mut cues: Vec<Cue> = Vec::new();
        let mut intern = |text: &str| -> usize {
            *cue_ids.entry(text.to_string()).or_insert_with(|| {
                let fold = !text.chars().any(char::is_uppercase);
                cues.push(Cue {
                    text: if fold {
                        text.to_ascii_lowercase()
                    } else {
                        text.to_string()
                    },
                    fold,
                });
                cues.len() - 1
            })
        };
        let mut written: Vec<(usize, String, Vec<usize>)> = Vec::new();
        let mut all_aliases: HashSet<String> = HashSet::new();
        let mut surnames: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            let name = (entry.name.as_str(), entry.name_needs_context());
            let mut seen = HashSet::new();
            for (text, gated) in std::iter::once(name).chain(
                entry
                    .aliases
                    .iter()
                    .map(|a| (a.text.as_str(), a.needs_context)),
            ) {
                if !seen.insert(text) {
                    continue;
                }
                all_aliases.insert(text.to_lowercase());
                let cue_list: Vec<usize> = if gated {
                    entry.context.iter().map(|c| intern(c)).collect()
                } else {
                    Vec::new()
                };
                written.push((i, text.to_string(), cue_list));
            }
            let tokens: Vec<&str> = entry.name.split_whitespace().collect();
            if entry.kind == Kind::Person && tokens.len() >= 2 {
                surnames
                    .entry(tokens[tokens.len() - 1].to_string())
                    .or_default()
                    .push(i);
            }
        }
        for (surname, owners) in surnames {
            if owners.len() == 1 && !all_aliases.contains(&surname.to_lowercase()) {
                let cue = intern(&entries[owners[0]].name);
                written.push((owners[0], surname, vec![cue]));
            }
        }
        let (mut exact_patterns, mut folded_patterns) = (Vec::new(), Vec::new());
        for (entry, text, cues) in written {
            let mut variants = vec![text.clone()];
            if text.contains('\'') {
                variants.push(text.replace('\'', "\u{2019}"));
            }
            for variant in variants {
                if folds_case(&variant) {
                    folded_patterns.push(Pattern {
                        entry,
                        text: variant,
                        cues: cues.clone(),
                    });
                } else {
                    if let Some(upper) = capitalised(&variant) {
                        exact_patterns.push(Pattern {
                            entry,
                            text: upper,
                            cues: cues.clone(),
                        });
                    }
                    exact_patterns.push(Pattern {
                        entry,
                        text: variant,
                        cues: cues.clone(),
                    });
                }
            }
        }
        let build = |patterns: &[Pattern], fold: bool| {
            AhoCorasick::builder()
                .ascii_case_insensitive(fold)
                .build(patterns.iter().map(|p| p.text.as_str()))
                .map_err(|e| RegistryError::Matcher(e.to_string()))
        };
        Ok(Matcher {
            exact: build(&exact_patterns, false)?,
            folded: build(&folded_patterns, true)?,
            exact_patterns,
            folded_patterns,
            cues,
        })
    }
}

/// Which cues occur in the article, worked out lazily and remembered for one call.
struct CueState<'a> {
    title: &'a str,
    text: &'a str,
    lower: Option<(String, String)>,
    known: Vec<Option<bool>>,
}

impl CueState<'_> {
    fn present(&mut self, cues: &[Cue], id: usize) -> bool {
        if let Some(known) = self.known[id] {
            return known;
        }
        let cue = &cues[id];
        let found = if cue.fold {
            let (title, text) = self.lower.get_or_insert_with(|| {
                (
                    self.title.to_ascii_lowercase(),
                    self.text.to_ascii_lowercase(),
                )
            });
            contains_word(title, &cue.text) || contains_word(text, &cue.text)
        } else {
            contains_word(self.title, &cue.text) || contains_word(self.text, &cue.text)
        };
        self.known[id] = Some(found);
        found
    }
}

impl Registry {
    /// Finds every mention of a registry entry in `title` and in `text`.
    ///
    /// Title mentions come first, with `in_title = true` and offsets into `title`; body
    /// mentions follow in text order with offsets into `text`. Context cues are looked for
    /// in both. Never fails; empty or odd input gives an empty or partial list.
    pub fn find_mentions(&self, title: &str, text: &str) -> Vec<Mention> {
        let matcher = &self.matcher;
        let mut state = CueState {
            title,
            text,
            lower: None,
            known: vec![None; matcher.cues.len()],
        };
        let mut mentions = self.scan(title, true, &mut state);
        mentions.extend(self.scan(text, false, &mut state));
        mentions
    }

    fn scan(&self, hay: &str, in_title: bool, state: &mut CueState<'_>) -> Vec<Mention> {
        let m = &self.matcher;
        let mut hits: Vec<(usize, usize, bool, &Pattern)> = Vec::new();
        let sources = [
            (&m.exact, &m.exact_patterns, false),
            (&m.folded, &m.folded_patterns, true),
        ];
        for (automaton, patterns, fold) in sources {
            for hit in automaton.find_overlapping_iter(hay) {
                let pattern = &patterns[hit.pattern().as_usize()];
                let (start, end) = (hit.start(), hit.end());
                let single = pattern.text.chars().count() == 1;
                if !at_boundary(hay, start, end, single) {
                    continue;
                }
                if fold && !folded_case_ok(&hay[start..end], &pattern.text) {
                    continue;
                }
                let gated = !pattern.cues.is_empty();
                let one_word = !pattern.text.contains(' ');
                if gated && one_word && in_capitalised_run(hay, start, end) {
                    continue;
                }
                if gated && !pattern.cues.iter().any(|&c| state.present(&m.cues, c)) {
                    continue;
                }
                hits.push((start, end, !pattern.cues.is_empty(), pattern));
            }
        }
        hits.sort_by(|a, b| {
            (a.0, std::cmp::Reverse(a.1), a.2, a.3.entry).cmp(&(
                b.0,
                std::cmp::Reverse(b.1),
                b.2,
                b.3.entry,
            ))
        });
        let mut mentions = Vec::new();
        let mut covered = 0;
        for (start, end, _, pattern) in hits {
            if start < covered {
                continue;
            }
            covered = end;
            let entry = &self.entries[pattern.entry];
            mentions.push(Mention {
                key: entry.key.clone(),
                name: entry.name.clone(),
                kind: entry.kind,
                start,
                end,
                in_title,
                surface: hay[start..end].to_string(),
            });
        }
        mentions
    }
}

#[cfg(test)]
#[path = "matcher_tests.rs"]
mod tests;
