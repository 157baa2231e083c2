//! Entities: the built-in registry of organisations, people, places and products the
//! news talks about, and the finder that turns an article's text into mentions of them.
//!
//! Everything here is pure (strings in, values out, no database), so `notebook` can
//! re-run it whenever the registry or a user's edits change. The registry ships inside
//! the binary: the TSV files under `data/entities/` are compiled in with `include_str!`
//! and their format and sources are described in `data/entities/README.md`.
//!
//! - [`Registry`] holds the entries and a compiled matcher ([`Registry::builtin`] is the
//!   shipped list; [`Registry::new`] builds one from any entries, e.g. built-in + user).
//! - [`Registry::find_mentions`] finds every mention in a title and a body.
//! - [`summarize`] folds mentions into one [`MentionSummary`] per entity with a salience.
//! - [`suggest_entities`] proposes names that look like organisations or people but are
//!   not in the registry, for the user to accept or reject.

use serde::{Deserialize, Serialize};

mod boundary;
pub mod coref;
mod matcher;
mod registry;
mod salience;
#[cfg(test)]
mod seed_test;
mod suggest;
mod tokens;
mod words;

pub use registry::{Alias, Entry, Registry, RegistryError};
pub use salience::{MentionSummary, summarize};
pub use suggest::{Suggestion, suggest_entities};

/// The built-in registry files as `(file name, contents)`, one per group of entries.
pub const BUILTIN_SOURCES: &[(&str, &str)] = &[
    (
        "us-companies.tsv",
        include_str!("../../data/entities/us-companies.tsv"),
    ),
    (
        "europe-companies.tsv",
        include_str!("../../data/entities/europe-companies.tsv"),
    ),
    (
        "asia-companies.tsv",
        include_str!("../../data/entities/asia-companies.tsv"),
    ),
    (
        "ai-labs.tsv",
        include_str!("../../data/entities/ai-labs.tsv"),
    ),
    (
        "regulators-and-governments.tsv",
        include_str!("../../data/entities/regulators-and-governments.tsv"),
    ),
    (
        "central-banks.tsv",
        include_str!("../../data/entities/central-banks.tsv"),
    ),
    (
        "international.tsv",
        include_str!("../../data/entities/international.tsv"),
    ),
    ("people.tsv", include_str!("../../data/entities/people.tsv")),
    (
        "products.tsv",
        include_str!("../../data/entities/products.tsv"),
    ),
    ("places.tsv", include_str!("../../data/entities/places.tsv")),
];

/// What an entity is; the same closed set as the `entities.kind` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A business, listed or private, including subsidiaries and media outlets.
    Company,
    /// A named human being.
    Person,
    /// A public body: regulator, government, central bank, international institution, lab.
    Org,
    /// A country, city, region or named site (e.g. a data center campus).
    Place,
    /// A product, service, platform or model made by a company.
    Product,
}

impl Kind {
    /// The lowercase word used in the TSV files and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Company => "company",
            Kind::Person => "person",
            Kind::Org => "org",
            Kind::Place => "place",
            Kind::Product => "product",
        }
    }

    /// Parses the lowercase word; `None` for anything else.
    pub fn parse(word: &str) -> Option<Kind> {
        match word {
            "company" => Some(Kind::Company),
            "person" => Some(Kind::Person),
            "org" => Some(Kind::Org),
            "place" => Some(Kind::Place),
            "product" => Some(Kind::Product),
            _ => None,
        }
    }
}

/// One occurrence of a registry entity in an article.
///
/// Offsets are byte offsets, `start..end` is always on `char` boundaries, and they index
/// the string the mention was found in: the **title** when `in_title` is true, the
/// **body text** otherwise. A possessive `'s` is not part of the span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The entry's key, e.g. `meta`.
    pub key: String,
    /// The entry's display name, e.g. `Meta`.
    pub name: String,
    /// The entry's kind.
    pub kind: Kind,
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset one past the last byte of the mention.
    pub end: usize,
    /// True when the offsets index the title rather than the body text.
    pub in_title: bool,
    /// The text exactly as written, e.g. `Meta Platforms Inc.`.
    pub surface: String,
}
