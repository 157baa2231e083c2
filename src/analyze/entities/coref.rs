//! Lightweight coreference: which registry entities a sentence refers to without naming
//! them, so "He announced ..." after "Steve Jobs gave the keynote" belongs to Steve Jobs.
//!
//! Rules, each limited to entities mentioned (or referred to) in the last few sentences:
//! - **Persons**: the first `he`, `she`, `his` or `him` of a sentence, when no person is
//!   named before it, is the person last in subject position (the first person named or
//!   referred to in a sentence) within [`PERSON_WINDOW`] sentences. A capitalised first name
//!   alone ("Steve said") is the person named in full earlier in the article with that first
//!   name, unless two such people share it or another capitalised word follows it.
//! - **Companies**: a sentence opening with `The company`, `The firm` (or another
//!   organisation noun: airline, carmaker, ...) is the company last in subject position
//!   within [`THING_WINDOW`] sentences.
//! - **Products**: a sentence opening with `The [new|latest] <noun>` (phone, device, store,
//!   aircraft, car ...) is the recent product whose name contains the noun, else the most
//!   salient recent product.
//! - `It` / `Its` opening a sentence is whichever of the last company or product was
//!   referred to most recently (a product on a tie).
//! - **Someone the registry does not know**: a name the article writes again and again,
//!   always capitalised, never inside a known mention ("Papermaster"), stops a pronoun from
//!   reaching back past it. When such a name is a sentence's subject, or stands before the
//!   pronoun in its sentence (not as a place: "in Cupertino"), `he` is more likely that
//!   person than the known one named earlier, so the pronoun is left unresolved. Day and
//!   month names are never such names.
//! - **Specialisation**: "the new iPhone" in an article about the iPhone 4 (a product named
//!   in the title, or more salient, whose name extends the one written) is also the iPhone 4.
//!
//! Everything is per article, in one pass, and never panics.

use std::collections::{HashMap, HashSet};

use super::{Kind, Mention, MentionSummary};
use crate::analyze::sentences::Sentence;

/// How many sentences back a pronoun may reach for a person.
pub const PERSON_WINDOW: usize = 3;
/// How many sentences back `it`, `the company` or `the phone` may reach.
pub const THING_WINDOW: usize = 2;

/// Words that open a sentence without being its subject.
const OPENERS: &[&str] = &["but", "and", "so", "then", "however", "meanwhile", "still"];

const PERSON_PRONOUNS: &[&str] = &["he", "she", "his", "him"];

/// Words before a name that make it a place or a time, not someone ("in Cupertino").
const PLACE_WORDS: &[&str] = &[
    "in", "on", "at", "from", "to", "near", "across", "outside", "inside", "around", "since",
    "until", "during",
];

/// Nouns that stand for a company already named.
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "corporation",
    "group",
    "airline",
    "carrier",
    "carmaker",
    "automaker",
    "planemaker",
    "manufacturer",
    "maker",
    "bank",
    "retailer",
    "giant",
];

/// Nouns that stand for a product already named.
const PRODUCT_NOUNS: &[&str] = &[
    "phone",
    "smartphone",
    "handset",
    "device",
    "gadget",
    "player",
    "tablet",
    "computer",
    "laptop",
    "store",
    "service",
    "platform",
    "app",
    "aircraft",
    "airliner",
    "plane",
    "jet",
    "car",
    "vehicle",
    "model",
    "index",
];

/// Adjectives allowed between `The` and the noun: "The new phone", "The latest model".
const PRODUCT_ADJECTIVES: &[&str] = &["new", "newest", "latest", "original"];

#[derive(Clone)]
struct Seen {
    key: String,
    sentence: usize,
}

/// For each sentence of `text` (as split into `sentences`), the entities it refers to
/// without naming them (see the module docs), as (byte offset in the sentence, key). `mentions` are the article's
/// mentions as [`Registry::find_mentions`](super::Registry::find_mentions) returns them,
/// `summary` their salience summary.
pub fn resolve(
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    summary: &[MentionSummary],
) -> Vec<Vec<(usize, String)>> {
    let mut body: Vec<&Mention> = mentions.iter().filter(|m| !m.in_title).collect();
    body.sort_by_key(|m| m.start);
    let rank = |key: &str| {
        summary
            .iter()
            .position(|m| m.key == key)
            .unwrap_or(usize::MAX)
    };
    let title_products: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.in_title && m.kind == Kind::Product)
        .collect();

    let strangers = unknown_names(text, sentences, mentions);
    let mut first_names: HashMap<String, Option<String>> = HashMap::new();
    let mut person: Option<Seen> = None;
    let mut company: Option<Seen> = None;
    let mut products: Vec<(Seen, String)> = Vec::new(); // (product, surface), oldest first
    let mut out = Vec::with_capacity(sentences.len());
    let mut next = 0; // first body mention not yet behind us

    for (i, s) in sentences.iter().enumerate() {
        let sentence = s.text(text);
        while next < body.len() && body[next].start < s.start {
            next += 1;
        }
        let mut end = next;
        while end < body.len() && body[end].start < s.end {
            end += 1;
        }
        let here: Vec<&Mention> = body[next..end]
            .iter()
            .copied()
            .filter(|m| m.end <= s.end)
            .collect();
        let mut refs: Vec<(usize, String, Kind)> = Vec::new(); // (offset in sentence, key, kind)
        let words = words(sentence);
        let recent = |seen: &Option<Seen>, window: usize| {
            seen.as_ref()
                .filter(|p| i - p.sentence <= window)
                .map(|p| p.key.clone())
        };

        // Someone the registry does not know, as this sentence's subject: the person now
        // in subject position is nobody we can name.
        let subject = words
            .iter()
            .map(|(_, w)| *w)
            .find(|w| !OPENERS.contains(&w.to_lowercase().as_str()));
        if subject.is_some_and(|w| strangers.contains(w)) {
            person = None;
        }
        // Persons: the first personal pronoun, when no person (known or not) is named
        // before it.
        if let Some(&(at, _)) = words
            .iter()
            .find(|(_, w)| PERSON_PRONOUNS.contains(&w.to_lowercase().as_str()))
            && !here
                .iter()
                .any(|m| m.kind == Kind::Person && m.start - s.start < at)
            && !words.iter().enumerate().any(|(k, (b, w))| {
                *b < at
                    && strangers.contains(w)
                    && !k
                        .checked_sub(1)
                        .is_some_and(|p| PLACE_WORDS.contains(&words[p].1.to_lowercase().as_str()))
            })
            && let Some(key) = recent(&person, PERSON_WINDOW)
        {
            refs.push((at, key, Kind::Person));
        }
        // Persons: a first name alone.
        for (k, &(at, w)) in words.iter().enumerate() {
            let followed_by_name = words
                .get(k + 1)
                .is_some_and(|&(b, n)| b == at + w.len() + 1 && starts_upper(n));
            if !starts_upper(w) || followed_by_name {
                continue;
            }
            if let Some(Some(key)) = first_names.get(w)
                && !here
                    .iter()
                    .any(|m| m.start - s.start <= at && at < m.end - s.start)
            {
                refs.push((at, key.clone(), Kind::Person));
            }
        }

        // Companies and products at the start of the sentence.
        let lead: Vec<String> = words
            .iter()
            .map(|(_, w)| w.to_lowercase())
            .skip_while(|w| OPENERS.contains(&w.as_str()))
            .take(3)
            .collect();
        let lead: Vec<&str> = lead.iter().map(String::as_str).collect();
        match lead.as_slice() {
            ["it" | "its", ..] => {
                let product = products
                    .last()
                    .filter(|(p, _)| i - p.sentence <= THING_WINDOW);
                let company = company.as_ref().filter(|c| i - c.sentence <= THING_WINDOW);
                match (product, company) {
                    (Some((p, _)), Some(c)) if c.sentence > p.sentence => {
                        refs.push((0, c.key.clone(), Kind::Company));
                    }
                    (Some((p, _)), _) => refs.push((0, p.key.clone(), Kind::Product)),
                    (None, Some(c)) => refs.push((0, c.key.clone(), Kind::Company)),
                    (None, None) => {}
                }
            }
            ["the", noun, ..] if COMPANY_NOUNS.contains(noun) => {
                if let Some(key) = recent(&company, THING_WINDOW) {
                    refs.push((0, key, Kind::Company));
                }
            }
            ["the", noun, ..] | ["the", _, noun] if PRODUCT_NOUNS.contains(noun) => {
                let adjective_ok = lead.len() < 3
                    || PRODUCT_NOUNS.contains(&lead[1])
                    || PRODUCT_ADJECTIVES.contains(&lead[1]);
                let window: Vec<&(Seen, String)> = products
                    .iter()
                    .filter(|(p, _)| i - p.sentence <= THING_WINDOW)
                    .collect();
                let named = window.iter().rev().find(|(_, surface)| {
                    surface
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case(noun))
                });
                let best = named.or_else(|| window.iter().min_by_key(|(p, _)| rank(&p.key)));
                if adjective_ok && let Some((p, _)) = best {
                    refs.push((0, p.key.clone(), Kind::Product));
                }
            }
            _ => {}
        }

        // "the new iPhone" in an article about the iPhone 4.
        for m in here.iter().filter(|m| m.kind == Kind::Product) {
            let before = sentence
                .get(..m.start - s.start)
                .unwrap_or("")
                .trim_end()
                .to_lowercase();
            if !PRODUCT_ADJECTIVES
                .iter()
                .any(|a| before.ends_with(&format!("the {a}")))
            {
                continue;
            }
            let prefix = format!("{} ", m.name);
            if let Some(q) = title_products
                .iter()
                .find(|q| q.key != m.key && q.name.starts_with(&prefix))
            {
                refs.push((m.start - s.start, q.key.clone(), Kind::Product));
            }
        }

        // Remember who and what this sentence was about: the first of each kind.
        let mut all: Vec<(usize, String, Kind, Option<&str>)> = here
            .iter()
            .map(|m| {
                (
                    m.start - s.start,
                    m.key.clone(),
                    m.kind,
                    Some(m.surface.as_str()),
                )
            })
            .collect();
        all.extend(
            refs.iter()
                .map(|(at, k, kind)| (*at, k.clone(), *kind, None)),
        );
        all.sort_by_key(|(at, ..)| *at);
        if let Some((_, key, ..)) = all.iter().find(|(_, _, k, _)| *k == Kind::Person) {
            person = Some(Seen {
                key: key.clone(),
                sentence: i,
            });
        }
        if let Some((_, key, ..)) = all.iter().find(|(_, _, k, _)| *k == Kind::Company) {
            company = Some(Seen {
                key: key.clone(),
                sentence: i,
            });
        }
        for (_, key, kind, surface) in &all {
            if *kind == Kind::Product {
                let surface = surface.map_or_else(String::new, str::to_string);
                products.retain(|(p, _)| p.key != *key);
                products.push((
                    Seen {
                        key: key.clone(),
                        sentence: i,
                    },
                    surface,
                ));
            }
        }
        for m in here.iter().filter(|m| m.kind == Kind::Person) {
            if let Some((first, rest)) = m.surface.split_once(' ')
                && !rest.is_empty()
                && starts_upper(first)
                && first.len() > 1
            {
                let slot = first_names
                    .entry(first.to_string())
                    .or_insert_with(|| Some(m.key.clone()));
                if slot.as_deref() != Some(m.key.as_str()) {
                    *slot = None; // two people share it: ambiguous
                }
            }
        }

        let mut keys: Vec<(usize, String)> = Vec::new();
        for (at, key, _) in refs {
            if !keys.iter().any(|(_, k)| *k == key) {
                keys.push((at, key));
            }
        }
        out.push(keys);
    }
    out
}

/// Names the registry does not know that the article uses for someone or something of its
/// own: words written capitalised at least twice, once at least inside a sentence (not only
/// as its first word), never in lower case, and never part of a known mention ("Jobs" in an
/// article that also says "Steve Jobs" is not one).
fn unknown_names<'t>(
    text: &'t str,
    sentences: &[Sentence],
    mentions: &[Mention],
) -> HashSet<&'t str> {
    let mut known: HashSet<&str> = HashSet::new();
    for m in mentions {
        known.extend(words(&m.surface).into_iter().map(|(_, w)| w));
    }
    let mut lower: HashSet<String> = HashSet::new();
    let mut capitalised: HashMap<&str, (usize, bool)> = HashMap::new(); // (count, inside)
    for s in sentences {
        for (k, (_, w)) in words(s.text(text)).into_iter().enumerate() {
            if !starts_upper(w) {
                lower.insert(w.to_string());
                continue;
            }
            let entry = capitalised.entry(w).or_insert((0, false));
            entry.0 += 1;
            entry.1 |= k > 0;
        }
    }
    capitalised
        .into_iter()
        .filter(|&(w, (count, inside))| {
            count >= 2
                && inside
                && w.chars().count() > 2
                && w.chars().skip(1).all(char::is_lowercase)
                && !known.contains(w)
                && w.parse::<chrono::Weekday>().is_err()
                && w.parse::<chrono::Month>().is_err()
                && !lower.contains(&w.to_lowercase())
        })
        .map(|(w, _)| w)
        .collect()
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The words of a sentence (letters and digits, with inner apostrophes), with byte offsets.
fn words(sentence: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in sentence.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(b) = start.take() {
            out.push((b, &sentence[b..i]));
        }
    }
    if let Some(b) = start {
        out.push((b, &sentence[b..]));
    }
    out
}

#[cfg(test)]
#[path = "coref_tests.rs"]
mod tests;
