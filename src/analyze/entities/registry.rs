//! The registry: TSV rows parsed into [`Entry`] values, checked, indexed by key and by
//! alias, and compiled into the matcher that [`Registry::find_mentions`] runs.
//!
//! Row format (tab-separated, header line first, `#` lines ignored):
//! `key  name  kind  parent  aliases  context`. `parent` and `aliases` and `context` are
//! `|`-separated lists; the first parent is the primary link. An alias written `~Brussels`
//! only counts when one of the entry's `context` cues appears in the same article; writing
//! the entry's own name that way (`~Runway`) makes the bare name need context too.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::matcher::Matcher;
use super::{BUILTIN_SOURCES, Kind};

/// Why a registry could not be built.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// A TSV row is malformed.
    #[error("{file} line {line}: {message}")]
    Parse {
        /// The file (or source label) holding the row.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the row.
        message: String,
    },
    /// Two entries share a key.
    #[error("duplicate entity key `{0}`")]
    DuplicateKey(String),
    /// The pattern automaton could not be built (e.g. too many patterns).
    #[error("could not build the mention matcher: {0}")]
    Matcher(String),
}

/// Another way of writing an entry's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alias {
    /// The alias as it is written in text, e.g. `Meta Platforms Inc.`.
    pub text: String,
    /// True when the alias only counts if one of the entry's context cues is in the article.
    pub needs_context: bool,
}

/// One registry entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable lowercase identifier, e.g. `meta`, `european-commission`.
    pub key: String,
    /// Display name, e.g. `Meta`.
    pub name: String,
    /// What the entity is.
    pub kind: Kind,
    /// Keys of the entities this one belongs to; the first is the primary link.
    pub parents: Vec<String>,
    /// Other ways of writing the name (the name itself is not repeated here).
    pub aliases: Vec<Alias>,
    /// Cue words or phrases; one must appear in the article for a `needs_context` alias.
    pub context: Vec<String>,
}

impl Entry {
    /// The primary parent's key, if any.
    pub fn parent(&self) -> Option<&str> {
        self.parents.first().map(String::as_str)
    }

    /// True when the bare name itself needs a context cue (listed as `~name`).
    pub fn name_needs_context(&self) -> bool {
        self.aliases
            .iter()
            .any(|a| a.needs_context && a.text == self.name)
    }
}

/// A checked, indexed set of entries with its compiled mention matcher.
#[derive(Debug, Clone)]
pub struct Registry {
    /// All entries, in file order.
    pub entries: Vec<Entry>,
    by_key: HashMap<String, usize>,
    by_alias: HashMap<String, Vec<usize>>,
    pub(super) matcher: Matcher,
}

impl Registry {
    /// The registry compiled into the binary, built once and shared.
    ///
    /// Panics only if the shipped TSV files are malformed, which the unit tests rule out.
    pub fn builtin() -> &'static Registry {
        static BUILTIN: OnceLock<Registry> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Registry::from_sources(BUILTIN_SOURCES).expect("built-in entity registry is valid")
        })
    }

    /// Parses every `(file name, contents)` pair and builds one registry from all rows.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Registry, RegistryError> {
        let mut entries = Vec::new();
        for (file, text) in sources {
            entries.extend(Registry::parse_tsv(file, text)?);
        }
        Registry::new(entries)
    }

    /// Parses one TSV file (header line optional) into entries; `file` labels errors.
    pub fn parse_tsv(file: &str, text: &str) -> Result<Vec<Entry>, RegistryError> {
        let mut entries = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let err = |message: String| RegistryError::Parse {
                file: file.to_string(),
                line: index + 1,
                message,
            };
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("key\t") {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if !(5..=6).contains(&cols.len()) {
                return Err(err(format!(
                    "expected 6 tab-separated columns, found {}",
                    cols.len()
                )));
            }
            let kind =
                Kind::parse(cols[2]).ok_or_else(|| err(format!("unknown kind `{}`", cols[2])))?;
            if cols[0].is_empty() || cols[1].is_empty() {
                return Err(err("key and name must not be empty".to_string()));
            }
            let aliases = split_list(cols[4])
                .map(|a| match a.strip_prefix('~') {
                    Some(rest) => Alias {
                        text: rest.trim().to_string(),
                        needs_context: true,
                    },
                    None => Alias {
                        text: a.to_string(),
                        needs_context: false,
                    },
                })
                .collect();
            entries.push(Entry {
                key: cols[0].to_string(),
                name: cols[1].to_string(),
                kind,
                parents: split_list(cols[3]).map(str::to_string).collect(),
                aliases,
                context: split_list(cols.get(5).copied().unwrap_or(""))
                    .map(str::to_string)
                    .collect(),
            });
        }
        Ok(entries)
    }

    /// Indexes `entries` and compiles the matcher; errs on a duplicate key.
    ///
    /// It does not run the stricter [`Registry::validate`], so user-edited registries with
    /// a dangling parent still work.
    pub fn new(entries: Vec<Entry>) -> Result<Registry, RegistryError> {
        let mut by_key = HashMap::new();
        let mut by_alias: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            if by_key.insert(entry.key.clone(), i).is_some() {
                return Err(RegistryError::DuplicateKey(entry.key.clone()));
            }
            let names = std::iter::once(entry.name.as_str())
                .chain(entry.aliases.iter().map(|a| a.text.as_str()));
            for name in names {
                let slot = by_alias.entry(name.to_lowercase()).or_default();
                if !slot.contains(&i) {
                    slot.push(i);
                }
            }
        }
        let matcher = Matcher::build(&entries)?;
        Ok(Registry {
            entries,
            by_key,
            by_alias,
            matcher,
        })
    }

    /// The entry with this key.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.by_key.get(key).map(|&i| &self.entries[i])
    }

    /// The entry whose name or alias is `name`: an exact-case match first, then any entry
    /// whose name or alias equals it ignoring case. `None` if nothing matches.
    pub fn lookup(&self, name: &str) -> Option<&Entry> {
        let candidates = self.by_alias.get(&name.trim().to_lowercase())?;
        let exact = candidates.iter().find(|&&i| {
            let e = &self.entries[i];
            e.name == name.trim() || e.aliases.iter().any(|a| a.text == name.trim())
        });
        exact.or(candidates.first()).map(|&i| &self.entries[i])
    }

    /// Every problem with the data: malformed keys, unknown or self parents, gated aliases
    /// without cues, and an alias (or name) shared by two entries unless both gate it
    /// behind context cues. Empty when the registry is clean.
    pub fn validate(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut shared: HashMap<String, Vec<(&str, bool)>> = HashMap::new();
        for e in &self.entries {
            if !e
                .key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                problems.push(format!(
                    "{}: key must be lowercase ascii, digits and '-'",
                    e.key
                ));
            }
            for p in &e.parents {
                if p == &e.key || self.get(p).is_none() {
                    problems.push(format!("{}: parent `{p}` is not another entry", e.key));
                }
            }
            if e.aliases.iter().any(|a| a.needs_context) && e.context.is_empty() {
                problems.push(format!("{}: a `~` alias needs context cues", e.key));
            }
            let mut seen = HashSet::new();
            let name_gated = e.name_needs_context();
            let all = std::iter::once((e.name.as_str(), name_gated))
                .chain(e.aliases.iter().map(|a| (a.text.as_str(), a.needs_context)));
            for (text, gated) in all {
                if seen.insert(text.to_lowercase()) {
                    shared
                        .entry(text.to_lowercase())
                        .or_default()
                        .push((&e.key, gated));
                }
            }
        }
        let mut clashes: Vec<_> = shared
            .into_iter()
            .filter(|(_, owners)| owners.len() > 1 && owners.iter().any(|(_, gated)| !gated))
            .map(|(alias, owners)| {
                let keys: Vec<&str> = owners.iter().map(|(k, _)| *k).collect();
                format!(
                    "alias `{alias}` is shared by {} without context cues on all",
                    keys.join(", ")
                )
            })
            .collect();
        clashes.sort();
        problems.extend(clashes);
        problems
    }
}

fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
#[path = "registry_tests.rs"]
mod tests;
