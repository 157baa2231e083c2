//! Compiling a query into SQL over `articles a`: the full-text part becomes one FTS5 MATCH
//! expression (every user word quoted), fields become conditions on indexed columns and
//! joins. Values are always bound, never spliced into the SQL text.

use sqlx::{QueryBuilder, Sqlite};

use super::fold::{fold, fold_letters, spellings};
use super::{Expr, Field};

/// A query split for planning: the FTS5 expression of its top-level text terms (ranked by
/// bm25) and the rest as a filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub fts: Option<String>,
    pub filter: Option<Expr>,
    /// Lower-cased words every match must contain (top-level words and the words of
    /// top-level phrases): the planner estimates the match count from the rarest.
    pub required_words: Vec<String>,
    /// The text part is whole words only (no phrase, prefix, `OR` or negation): each
    /// word is one of bm25's phrases, so its weight follows from its own article count.
    pub words_only: bool,
}

/// Split a query: top-level text terms go to FTS5, everything else to the filter.
pub fn plan(expr: &Expr) -> Plan {
    let items: Vec<Expr> = match expr {
        Expr::And(items) => items.clone(),
        other => vec![other.clone()],
    };
    let (text, rest): (Vec<Expr>, Vec<Expr>) = items.into_iter().partition(is_text);
    let fts = if text.is_empty() {
        None
    } else {
        fts_of(&Expr::And(text.clone()))
    };
    let required_words = if fts.is_some() {
        text.iter().flat_map(required_words).collect()
    } else {
        Vec::new()
    };
    let words_only = fts.is_some()
        && text
            .iter()
            .all(|e| matches!(e, Expr::Word { prefix: false, .. }));
    // Text that FTS5 cannot express alone (only negations) stays in the filter.
    let mut rest = rest;
    if fts.is_none() {
        rest.extend(text);
    }
    let filter = match rest.len() {
        0 => None,
        1 => rest.pop(),
        _ => Some(Expr::And(rest)),
    };
    Plan {
        fts,
        filter,
        required_words,
        words_only,
    }
}

/// The whole words a match of `e` must contain (prefix words and alternatives say nothing),
/// folded as the index holds its terms: a Chinese, Japanese or Korean word is its
/// characters, each a term of the index (`query::cjk`), so the planner counts the articles
/// holding each instead of a term no article holds.
fn required_words(e: &Expr) -> Vec<String> {
    let terms = |text: &str| -> Vec<String> {
        super::cjk::spaced(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect()
    };
    match e {
        Expr::Word {
            text,
            prefix: false,
        } if super::cjk::has_cjk(text) => terms(text),
        Expr::Word {
            text,
            prefix: false,
        } => vec![fold(text)],
        Expr::Phrase(p) => terms(p),
        Expr::And(items) => items.iter().flat_map(required_words).collect(),
        _ => Vec::new(),
    }
}

fn is_text(e: &Expr) -> bool {
    match e {
        Expr::Word { .. } | Expr::Phrase(_) => true,
        Expr::Not(inner) => is_text(inner),
        Expr::And(items) | Expr::Or(items) => items.iter().all(is_text),
        Expr::Field { .. } => false,
    }
}

/// `text` as one FTS5 string, with the letters the index folds beyond its tokenizer folded
/// (see `query::fold`).
fn quote(text: &str) -> String {
    let text = fold_letters(text);
    // Chinese, Japanese and Korean characters are indexed one by one: a word of them is
    // the phrase of its characters (`query::cjk`).
    format!("\"{}\"", super::cjk::spaced(&text).replace('"', "\"\""))
}

/// The FTS5 expression of a text-only query; `None` when it holds fields or nothing
/// positive to match.
pub fn fts_of(e: &Expr) -> Option<String> {
    match e {
        Expr::Word { text, prefix } => {
            Some(format!("{}{}", quote(text), if *prefix { "*" } else { "" }))
        }
        Expr::Phrase(p) => Some(quote(p)),
        Expr::Field { .. } | Expr::Not(_) => None,
        Expr::Or(items) => {
            let parts: Option<Vec<String>> = items.iter().map(fts_of).collect();
            Some(format!("({})", parts?.join(" OR ")))
        }
        Expr::And(items) => {
            // A group of several terms keeps its parentheses: FTS5's NOT binds tighter than
            // AND, so `meta -(capex chips)` written out flat would exclude capex only and
            // then ask for chips.
            let grouped = |e: &Expr| {
                let text = fts_of(e)?;
                Some(if matches!(e, Expr::And(_)) {
                    format!("({text})")
                } else {
                    text
                })
            };
            let mut positive = Vec::new();
            let mut negative = Vec::new();
            for item in items {
                match item {
                    Expr::Not(inner) => negative.push(grouped(inner)?),
                    other => positive.push(grouped(other)?),
                }
            }
            if positive.is_empty() {
                return None;
            }
            let mut out = positive.join(" AND ");
            for n in negative {
                out.push_str(" NOT ");
                out.push_str(&n);
            }
            Some(out)
        }
    }
}

/// Whether the articles `e` holds can be read from indexes alone: positive combinations of
/// indexed fields (entity, tag, theme, source, dates) and of words (whose match list FTS5
/// gives). Read state and `has:` live on the row; a negation needs every article.
pub fn indexed(e: &Expr) -> bool {
    match e {
        Expr::Word { .. } | Expr::Phrase(_) => true,
        Expr::Not(_) => false,
        Expr::And(items) | Expr::Or(items) => items.iter().all(indexed),
        Expr::Field { field, .. } => !matches!(field, Field::Is | Field::Has),
    }
}

/// Append a `SELECT` of the ids of the articles `e` holds. When `indexed(e)`, every part
/// reads an index (entity, tag and theme tables, the source and day indexes of
/// `articles`, the full-text index) and never an article row; otherwise it falls back to
/// `articles` with the filter.
pub fn push_id_set(q: &mut QueryBuilder<Sqlite>, e: &Expr) {
    match e {
        Expr::Word { .. } | Expr::Phrase(_) => {
            q.push("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ")
                .push_bind(fts_of(e).unwrap_or_default());
        }
        Expr::Field { field, value } if push_field_set(q, *field, value, false) => {}
        Expr::And(items) if indexed(e) => {
            // Conditions on the article's own indexed columns (source, day) go into one
            // range read together; the other parts are intersected with it.
            let (on_row, sets): (Vec<&Expr>, Vec<&Expr>) = items.iter().partition(|i| {
                matches!(i, Expr::Field { field, .. } if matches!(field, Field::Source | Field::After | Field::Before | Field::Url))
            });
            let mut first = true;
            if !on_row.is_empty() {
                q.push("SELECT * FROM (SELECT a.id FROM articles a WHERE ");
                push_filter(q, &Expr::And(on_row.into_iter().cloned().collect()));
                q.push(")");
                first = false;
            }
            for item in sets {
                if !first {
                    q.push(" INTERSECT ");
                }
                first = false;
                q.push("SELECT * FROM (");
                push_id_set(q, item);
                q.push(")");
            }
        }
        Expr::Or(items) if indexed(e) => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    q.push(" UNION ");
                }
                q.push("SELECT * FROM (");
                push_id_set(q, item);
                q.push(")");
            }
        }
        _ => {
            q.push("SELECT a.id FROM articles a WHERE ");
            push_filter(q, e);
        }
    }
}

/// The day an article sorts and filters by; written exactly as the `articles_by_day`
/// index is, so SQLite reads it from there.
pub const DAY: &str = "substr(coalesce(a.published_at, a.clipped_at), 1, 10)";

/// Append the SQL condition for `e` on the article alias `a`, for a query over many
/// articles: a text term reads its full match list once.
pub fn push_filter(q: &mut QueryBuilder<Sqlite>, e: &Expr) {
    push(q, e, None);
}

/// What is already known of one article's text: whether it holds a word or phrase, `None`
/// when the index must be asked.
pub type KnownText<'k> = &'k (dyn Fn(&Expr) -> Option<bool> + Sync);

/// The same condition, for a query about one article (`a.id = ?`): a text term `known`
/// answers becomes a constant, any other is looked up for that article alone, so the cost
/// does not grow with the notebook.
pub fn push_filter_for_row(q: &mut QueryBuilder<Sqlite>, e: &Expr, known: KnownText) {
    push(q, e, Some(known));
}

/// `row` is set for a condition about one article.
fn push(q: &mut QueryBuilder<Sqlite>, e: &Expr, row: Option<KnownText>) {
    match e {
        Expr::Word { .. } | Expr::Phrase(_) => {
            let fts = fts_of(e).unwrap_or_default();
            match row.map(|known| known(e)) {
                Some(Some(holds)) => {
                    q.push(if holds { "1" } else { "0" });
                }
                Some(None) => {
                    q.push("EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ")
                        .push_bind(fts)
                        .push(" AND rowid = a.id)");
                }
                None => {
                    q.push("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ")
                        .push_bind(fts)
                        .push(")");
                }
            }
        }
        Expr::Not(inner) => {
            q.push("NOT (");
            push(q, inner, row);
            q.push(")");
        }
        Expr::And(items) | Expr::Or(items) => {
            let joiner = if matches!(e, Expr::And(_)) {
                " AND "
            } else {
                " OR "
            };
            q.push("(");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    q.push(joiner);
                }
                push(q, item, row);
            }
            q.push(")");
        }
        Expr::Field { field, value } => push_field(q, *field, value, row.is_some()),
    }
}

/// ` = name` or ` IN (spellings)`: a name compared with a `NOCASE` column whatever its case,
/// beyond ASCII too (see `fold::spellings`).
pub(crate) fn push_spellings(q: &mut QueryBuilder<Sqlite>, name: &str) {
    let spellings = spellings(name);
    if let [only] = spellings.as_slice() {
        q.push(" = ").push_bind(only.clone());
        return;
    }
    q.push(" IN (");
    let mut list = q.separated(", ");
    for spelling in spellings {
        list.push_bind(spelling);
    }
    q.push(")");
}

/// `SELECT <article id> FROM ... WHERE ...` of the articles an entity, tag or theme field
/// names, read from that table's index; `per_row` narrows it to the article `a`. Returns
/// false (and writes nothing) for the fields on the article row itself.
fn push_field_set(q: &mut QueryBuilder<Sqlite>, field: Field, value: &str, per_row: bool) -> bool {
    match field {
        Field::Entity => {
            q.push(
                "SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id \
                 WHERE e.rejected = 0 AND (e.name",
            );
            push_spellings(q, value);
            q.push(" OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias");
            push_spellings(q, value);
            q.push("))");
            if per_row {
                q.push(" AND m.article_id = a.id");
            }
        }
        Field::Tag => {
            q.push("SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name");
            push_spellings(q, value);
            if per_row {
                q.push(" AND at.article_id = a.id");
            }
        }
        Field::Theme => {
            q.push(
                "SELECT x.article_id FROM article_themes x JOIN themes t ON t.id = x.theme_id \
                 WHERE (x.manual = 'confirmed' OR (x.manual IS NULL AND x.score > 0)) AND t.name",
            );
            push_spellings(q, value);
            if per_row {
                q.push(" AND x.article_id = a.id");
            }
        }
        _ => return false,
    }
    true
}

fn push_field(q: &mut QueryBuilder<Sqlite>, field: Field, value: &str, per_row: bool) {
    let v = value.to_string();
    match field {
        Field::Entity | Field::Tag | Field::Theme => {
            q.push(if per_row { "EXISTS (" } else { "a.id IN (" });
            push_field_set(q, field, value, per_row);
            q.push(")");
        }
        Field::Source => {
            // Names compare without case (the column's NOCASE); domains are stored as
            // URLs give them, in lower case.
            q.push("a.source_id IN (SELECT id FROM sources WHERE name");
            push_spellings(q, value);
            q.push(" OR domain = ")
                .push_bind(v.to_lowercase())
                .push(")");
        }
        Field::After => {
            q.push(DAY).push(" >= ").push_bind(v);
        }
        Field::Before => {
            q.push(DAY).push(" < ").push_bind(v);
        }
        Field::Url => {
            // Both sides read a unique index on the canonical address.
            q.push("(a.canonical_url = ")
                .push_bind(v.clone())
                .push(" OR a.id IN (SELECT article_id FROM article_copies WHERE canonical_url = ")
                .push_bind(v)
                .push("))");
        }
        Field::Is => {
            q.push(if value == "read" {
                "a.read_at IS NOT NULL"
            } else {
                "a.read_at IS NULL"
            });
        }
        Field::Has => {
            q.push(match value {
                "highlights" => "EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id)",
                "tags" => "EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = a.id)",
                _ => "a.notes_text != ''",
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    #[test]
    fn text_goes_to_fts_and_fields_to_the_filter() {
        let p = plan(&parse("meta capex -rumour tag:ai after:2025-01-01").unwrap());
        assert_eq!(
            p.fts.as_deref(),
            Some("\"meta\" AND \"capex\" NOT \"rumour\"")
        );
        assert!(matches!(p.filter, Some(Expr::And(ref items)) if items.len() == 2));
        let only_fields = plan(&parse("entity:Meta").unwrap());
        assert_eq!(only_fields.fts, None);
        assert!(only_fields.filter.is_some());
        assert_eq!(
            p.required_words,
            ["meta", "capex"],
            "negated words are not required"
        );
        let phrase = plan(&parse(r#""interest rates" regul* (a OR b)"#).unwrap());
        assert_eq!(phrase.required_words, ["interest", "rates"]);
        assert!(!p.words_only, "a negation is not a plain word");
        assert!(
            !phrase.words_only,
            "phrases, prefixes and OR are not plain words"
        );
        assert!(plan(&parse("meta capex tag:ai").unwrap()).words_only);
        assert_eq!(
            plan(&parse(r#"两会 "AI芯片 出口" meta"#).unwrap()).required_words,
            ["两", "会", "ai", "芯", "片", "出", "口", "meta"],
            "each character a term, as the index holds them"
        );
        assert!(!only_fields.words_only, "no words at all");
    }

    #[test]
    fn mixed_groups_stay_in_the_filter_with_bound_values() {
        let e = parse(r#"(entity:"European Commission" OR EU) minors"#).unwrap();
        let p = plan(&e);
        assert_eq!(p.fts.as_deref(), Some("\"minors\""));
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new("SELECT a.id FROM articles a WHERE ");
        push_filter(&mut q, p.filter.as_ref().unwrap());
        let sql = q.sql().as_str().to_string();
        assert!(
            sql.contains("OR a.id IN (SELECT rowid FROM articles_fts"),
            "{sql}"
        );
        assert!(
            !sql.contains("European"),
            "values are bound, not spliced: {sql}"
        );
    }
}
