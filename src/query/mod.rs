//! The query language shared by search, saved searches and themes (DESIGN.md §5).
//!
//! Words, "quoted phrases", `prefix*`, `OR`, `-negation`, parentheses, and fields:
//! `entity:Meta`, `tag:ai`, `theme:"EU child safety rules"`, `source:Reuters`,
//! `after:2025-01-01`, `before:2025-07-01`, `is:unread`, `has:notes`. Adjacent terms are
//! ANDed (`AND` may be written); `OR` binds tighter than the implicit AND (`a b OR c` =
//! `a AND (b OR c)`); `NOT word` is `-word`.
//! `parse` gives an `Expr`; `sql` compiles one into SQL over `articles`, with user words
//! always quoted for FTS5 so no input can inject FTS5 or SQL syntax.

pub mod cjk;
pub mod fold;
mod parse;
pub mod rename;
pub mod sql;

pub use parse::parse;

/// A field a query can filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Entity,
    Tag,
    Theme,
    Source,
    After,
    Before,
    Is,
    Has,
    /// The article at an address (its canonical URL or a joined copy's); a pasted
    /// `http(s)://` address is this field.
    Url,
}

impl Field {
    /// The field called `name` (case-insensitive), if the language has one.
    pub fn named(name: &str) -> Option<Field> {
        Some(match name.to_ascii_lowercase().as_str() {
            "entity" => Field::Entity,
            "tag" => Field::Tag,
            "theme" => Field::Theme,
            "source" => Field::Source,
            "after" => Field::After,
            "before" => Field::Before,
            "is" => Field::Is,
            "has" => Field::Has,
            "url" => Field::Url,
            _ => return None,
        })
    }

    /// Every field name, for suggestions in the UI.
    pub const NAMES: [&'static str; 9] = [
        "entity", "tag", "theme", "source", "after", "before", "is", "has", "url",
    ];
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A word; `prefix` for `word*`.
    Word {
        text: String,
        prefix: bool,
    },
    Phrase(String),
    Field {
        field: Field,
        value: String,
    },
    Not(Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

/// Why a query could not be understood.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QueryError {
    #[error("The search is empty: type a word to look for.")]
    Empty,
    #[error("A search needs at least one word or field to look for, not only things to exclude.")]
    OnlyNegations,
    #[error("A quotation mark is not closed in the search.")]
    UnclosedQuote,
    #[error("A parenthesis is not closed in the search.")]
    UnclosedParen,
    #[error("There is a \")\" without a matching \"(\" in the search.")]
    StrayParen,
    #[error("\"{0}\" needs a value, e.g. {0}:something.")]
    MissingValue(String),
    #[error("\"{0}\" is not a date; write it as YYYY-MM-DD.")]
    BadDate(String),
    #[error("\"is:{0}\" is not known; try is:unread or is:read.")]
    BadIs(String),
    #[error("\"has:{0}\" is not known; try has:notes or has:highlights.")]
    BadHas(String),
    #[error("\"{0}\" is not a web address; write it as https://example.com/story.")]
    BadUrl(String),
    #[error(
        "The search is too long: use at most {MAX_TERMS} words, phrases, fields and exclusions."
    )]
    TooLong,
    #[error("The search nests parentheses too deeply: at most {MAX_DEPTH} levels.")]
    TooDeep,
}

/// The most words, phrases and fields (and, apart, exclusions) a query may hold. FTS5
/// nests each exclusion one level deeper and refuses a tree deeper than 256; a query of a
/// thousand prefixes took seconds on a notebook of thirty articles.
pub const MAX_TERMS: usize = 100;
/// The deepest nesting of parentheses a query may have: FTS5's parser has a fixed stack,
/// which 300 nested groups overflowed (`tests/search_limits.rs` runs this depth).
pub const MAX_DEPTH: usize = 16;

/// Compile a plain-words query into an FTS5 MATCH expression (fields are not allowed here;
/// they are treated as words). Kept for callers that only need full-text matching.
pub fn to_fts(query: &str) -> Result<String, QueryError> {
    let expr = parse(query)?;
    sql::fts_of(&expr).ok_or(QueryError::OnlyNegations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_phrases_prefix_or_and_negation_compile_to_quoted_fts() {
        let cases = [
            ("meta", "\"meta\""),
            ("meta ai", "\"meta\" AND \"ai\""),
            ("\"capital  expenditure\"", "\"capital expenditure\""),
            ("gigawatt*", "\"gigawatt\"*"),
            ("meta OR google ai", "(\"meta\" OR \"google\") AND \"ai\""),
            ("meta -rumour", "\"meta\" NOT \"rumour\""),
            (
                "meta -(capex chips)",
                "\"meta\" NOT (\"capex\" AND \"chips\")",
            ),
            (
                "meta (capex -chips)",
                "\"meta\" AND (\"capex\" NOT \"chips\")",
            ),
            ("meta -- capex", "\"meta\" AND \"capex\""),
            ("meta --capex", "\"meta\" NOT \"capex\""),
            ("meta \"-\" \"***\"", "\"meta\""),
            ("NEAR(a b)", "\"NEAR\" AND (\"a\" AND \"b\")"),
        ];
        for (input, want) in cases {
            assert_eq!(to_fts(input).unwrap(), want, "query {input:?}");
        }
    }

    #[test]
    fn queries_with_nothing_to_find_are_refused() {
        assert_eq!(to_fts("   "), Err(QueryError::Empty));
        assert_eq!(to_fts("-meta"), Err(QueryError::OnlyNegations));
        assert_eq!(to_fts("\"open"), Err(QueryError::UnclosedQuote));
        assert_eq!(to_fts("*** !!"), Err(QueryError::Empty));
        assert_eq!(to_fts("\"***\""), Err(QueryError::Empty));
        assert_eq!(to_fts("(meta OR)"), Ok("\"meta\"".into()));
        assert_eq!(to_fts("(meta -)"), Ok("\"meta\"".into()));
        assert_eq!(to_fts("meta)"), Err(QueryError::StrayParen));
    }
}
