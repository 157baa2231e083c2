//! Why a search found nothing: the entity, tag, theme and source names it asks for that
//! the notebook does not know, each with the known names the user may have meant
//! (`entity:Zuckerberg` when the entity is "Mark Zuckerberg"), and the words it asks for
//! that no article (nor its notes) holds, each with the indexed words a typing slip away (`capx`
//! when the notebook says "capex"). Names are compared as the search compares them
//! (`query::sql`: without case, an entity by any of its aliases, a source by its name or
//! its domain), words as the full-text index holds them (folded), so a name or word
//! reported unknown is one the search cannot have matched.

use sqlx::SqlitePool;

use super::SearchError;
use crate::model::UnknownName;
use crate::query::fold::fold;
use crate::query::{self, Expr, Field};
use crate::store::StoreError;

/// Known names offered for one unknown name, at most.
const SUGGESTIONS: i64 = 3;

/// The names `user_query` asks for (outside a negation) that no entity, tag, theme or
/// source has, in the order written, each once; then the words it asks for that nothing
/// in the notebook holds (field `word`).
pub async fn unknown_names(
    pool: &SqlitePool,
    user_query: &str,
) -> Result<Vec<UnknownName>, SearchError> {
    let expr = query::parse(user_query)?;
    let mut asked = Vec::new();
    named_fields(&expr, &mut asked);
    let mut unknown = Vec::new();
    for (field, value) in asked {
        if known(pool, field, &value).await? {
            continue;
        }
        let suggestions = similar(pool, field, &value).await?;
        unknown.push(UnknownName {
            field: field_name(field).to_string(),
            value,
            suggestions,
        });
    }
    let mut words = Vec::new();
    plain_words(&expr, &mut words);
    for word in words {
        if let Some(meant) = no_such_field(&word) {
            let suggestions = match meant {
                Meant::Field(field) => vec![field],
                // The words alone, or what they may mean when no article holds them.
                Meant::Words(value) => match unindexed(pool, &value).await? {
                    Some(close) if !close.is_empty() => close,
                    _ => vec![value],
                },
            };
            unknown.push(UnknownName {
                field: "field".into(),
                value: word,
                suggestions,
            });
        } else if let Some(suggestions) = unindexed(pool, &word).await? {
            unknown.push(UnknownName {
                field: "word".into(),
                value: word,
                suggestions,
            });
        }
    }
    Ok(unknown)
}

/// The whole words of `e` outside a negation (not prefixes, not phrases: a phrase's words
/// may each be known), each once, as written.
fn plain_words(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Word {
            text,
            prefix: false,
        } if !out.iter().any(|w| w.eq_ignore_ascii_case(text)) => out.push(text.clone()),
        Expr::And(items) | Expr::Or(items) => items.iter().for_each(|i| plain_words(i, out)),
        _ => {}
    }
}

/// What a word written as a field that is none may mean.
enum Meant {
    /// The field a slip away, with the value: `entity:Meta` for `entiy:Meta`.
    Field(String),
    /// The value alone: `tutoring` for `title:tutoring` (words are found in titles, text
    /// and notes alike).
    Words(String),
}

/// For a word written as a field that is none (`title:tutoring`, `entiy:Meta`), which the
/// query reads as words to find: what it may mean. `None` for any other word, and for an
/// address of another scheme (`ftp://…`).
fn no_such_field(word: &str) -> Option<Meant> {
    let (name, value) = word.split_once(':')?;
    if name.is_empty()
        || value.is_empty()
        || value.starts_with("//")
        || !name.chars().all(|c| c.is_ascii_alphabetic())
    {
        return None;
    }
    let name = name.to_ascii_lowercase();
    if Field::named(&name).is_some() {
        return None;
    }
    let meant = Field::NAMES
        .iter()
        .filter_map(|field| slip(&name, field).map(|d| (d, *field)))
        .min();
    Some(match meant {
        Some((_, field)) => Meant::Field(format!("{field}:{value}")),
        None => Meant::Words(value.to_string()),
    })
}

/// `None` when the full-text index holds `word` (or `word` is not one token, which the
/// index would split); else the indexed words a typing slip away, closest first, the
/// more widely used first among equals.
///
/// The candidates share the word's first letter: the index's vocabulary is read term by
/// term with each term's article count, which costs about 90 ms for one letter at 100,000
/// articles (and a second for all of them). A slip in the first letter is the rarer kind.
async fn unindexed(pool: &SqlitePool, word: &str) -> Result<Option<Vec<String>>, StoreError> {
    let folded = fold(word);
    let Some(first) = folded.chars().next() else {
        return Ok(None);
    };
    // A word of a script written without spaces is no term of the index: Chinese,
    // Japanese and Korean are indexed a character at a time (`query::cjk`), Thai and the
    // others as part of the longer run a word stands in. Not finding it as a term says
    // nothing about whether an article holds it.
    if !folded.chars().all(char::is_alphanumeric) || folded.chars().any(unspaced_script) {
        return Ok(None);
    }
    let held: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM articles_fts_terms WHERE term = ?1)")
            .bind(&folded)
            .fetch_one(pool)
            .await?;
    if held {
        return Ok(None);
    }
    if slip_allowed(folded.chars().count()) == 0 {
        return Ok(Some(Vec::new()));
    }
    let next = char::from_u32(first as u32 + 1).unwrap_or(char::MAX);
    let terms: Vec<(String, i64)> =
        sqlx::query_as("SELECT term, doc FROM articles_fts_terms WHERE term >= ?1 AND term < ?2")
            .bind(first.to_string())
            .bind(next.to_string())
            .fetch_all(pool)
            .await?;
    let mut close: Vec<(usize, i64, String)> = terms
        .into_iter()
        .filter_map(|(term, docs)| slip(&folded, &term).map(|d| (d, docs, term)))
        .collect();
    close.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    Ok(Some(
        close
            .into_iter()
            .take(SUGGESTIONS as usize)
            .map(|(_, _, term)| term)
            .collect(),
    ))
}

/// Whether `c` belongs to a script whose words are not set apart by spaces: the Chinese,
/// Japanese and Korean characters the index holds one by one (`query::cjk::is_cjk`), and
/// the scripts `unicode61` keeps in one token per run.
fn unspaced_script(c: char) -> bool {
    crate::query::cjk::is_cjk(c)
        || matches!(c as u32,
            0x0E00..=0x0EFF     // Thai, Lao
            | 0x1000..=0x109F   // Myanmar
            | 0x1100..=0x11FF   // Hangul Jamo
            | 0x1780..=0x17FF   // Khmer
        )
}

/// The (field, value) pairs of names in `e`, skipping negated parts (a name that is not
/// there excludes nothing, which is no reason for an empty result).
fn named_fields(e: &Expr, out: &mut Vec<(Field, String)>) {
    match e {
        Expr::Field { field, value } if table(*field).is_some() => {
            let seen = |(f, v): &(Field, String)| f == field && v.eq_ignore_ascii_case(value);
            if !out.iter().any(seen) {
                out.push((*field, value.clone()));
            }
        }
        Expr::And(items) | Expr::Or(items) => items.iter().for_each(|i| named_fields(i, out)),
        _ => {}
    }
}

/// The statement listing the names a field is matched against: `(name)` rows, the
/// entity's aliases and a source's domain among them.
fn table(field: Field) -> Option<&'static str> {
    Some(match field {
        Field::Entity => {
            "SELECT name FROM entities WHERE rejected = 0 UNION ALL \
             SELECT x.alias FROM entity_aliases x JOIN entities e ON e.id = x.entity_id \
             WHERE e.rejected = 0"
        }
        Field::Tag => "SELECT name FROM tags",
        Field::Theme => "SELECT name FROM themes",
        Field::Source => {
            "SELECT name FROM sources UNION ALL \
             SELECT domain FROM sources WHERE domain IS NOT NULL"
        }
        _ => return None,
    })
}

fn field_name(field: Field) -> &'static str {
    match field {
        Field::Entity => "entity",
        Field::Tag => "tag",
        Field::Theme => "theme",
        _ => "source",
    }
}

/// Whether some name of `field` is `value`, without case (the columns are `NOCASE`, and
/// a name is asked in the spellings `query::sql` asks it in).
async fn known(pool: &SqlitePool, field: Field, value: &str) -> Result<bool, StoreError> {
    let Some(names) = table(field) else {
        return Ok(true);
    };
    let spellings = crate::store::spellings_json(value)?;
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM ({names}) \
         WHERE name COLLATE NOCASE IN (SELECT value FROM json_each(?1)))"
    );
    Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(spellings)
        .fetch_one(pool)
        .await?)
}

/// Up to `SUGGESTIONS` names of `field` the user may have meant by `value`, without case:
/// first those that hold `value` or that `value` holds, shortest first ("Zuckerberg" offers
/// "Mark Zuckerberg", "Meta Platforms Inc" offers "Meta"), then those a typing slip away
/// ("Nvida" offers "Nvidia", "Zuckerburg" offers "Mark Zuckerberg"), closest first.
async fn similar(pool: &SqlitePool, field: Field, value: &str) -> Result<Vec<String>, StoreError> {
    let Some(names) = table(field) else {
        return Ok(Vec::new());
    };
    let sql = format!(
        "SELECT DISTINCT name FROM ({names}) \
         WHERE length(?1) >= 2 AND (instr(lower(name), lower(?1)) > 0 \
            OR (length(name) >= 3 AND instr(lower(?1), lower(name)) > 0)) \
         ORDER BY length(name), name LIMIT {SUGGESTIONS}"
    );
    let mut found: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(value)
        .fetch_all(pool)
        .await?;
    if found.len() < SUGGESTIONS as usize {
        // Only a search that found nothing asks, so reading every name once is affordable
        // (tens of thousands of short names take a few milliseconds).
        let sql = format!("SELECT DISTINCT name FROM ({names})");
        let all: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_all(pool)
            .await?;
        let wanted = value.trim().to_lowercase();
        let mut close: Vec<(usize, String)> = all
            .into_iter()
            .filter(|n| !found.iter().any(|f| f.eq_ignore_ascii_case(n)))
            .filter_map(|n| slip(&wanted, &n).map(|d| (d, n)))
            .collect();
        close.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(a.1.len().cmp(&b.1.len()))
                .then(a.1.cmp(&b.1))
        });
        let room = SUGGESTIONS as usize - found.len();
        found.extend(close.into_iter().take(room).map(|(_, n)| n));
    }
    Ok(found)
}

/// How many typing slips (a letter missed, added, changed, or two swapped) separate
/// `wanted` (trimmed and lower-cased once by the caller) from `name` or from one of its
/// words, when few enough to be a slip: one in a word of 4 to 7 letters, two from 8
/// letters on; shorter words must be exact.
fn slip(wanted: &str, name: &str) -> Option<usize> {
    let wanted_len = wanted.chars().count();
    let name = name.to_lowercase();
    let whole = std::iter::once(name.as_str());
    let words = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    whole
        .chain(words)
        .filter_map(|candidate| {
            let len = wanted_len.min(candidate.chars().count());
            let d = strsim::damerau_levenshtein(wanted, candidate);
            (d > 0 && d <= slip_allowed(len)).then_some(d)
        })
        .min()
}

/// How many slips a word of `len` letters may hold and still be meant as another: none up
/// to 3 letters, one up to 7, two from 8.
fn slip_allowed(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A notebook in `dir` with a source, a tag, two entities (one with an alias) and a
    /// rejected one.
    async fn notebook(dir: &tempfile::TempDir) -> SqlitePool {
        let pool = crate::store::open(&dir.path().join("n.db"))
            .await
            .expect("notebook");
        for sql in [
            "INSERT INTO sources (name, domain) VALUES ('Reuters', 'reuters.com')",
            "INSERT INTO tags (name) VALUES ('ai')",
            "INSERT INTO entities (key, name, kind, created_at) \
             VALUES ('u:1', 'Mark Zuckerberg', 'person', '2025-01-01')",
            "INSERT INTO entities (key, name, kind, created_at) \
             VALUES ('u:2', 'Meta', 'company', '2025-01-01')",
            "INSERT INTO entity_aliases (alias, entity_id) VALUES ('Facebook', 2)",
            "INSERT INTO entities (key, name, kind, rejected, created_at) \
             VALUES ('u:3', 'Gone', 'company', 1, '2025-01-01')",
        ] {
            sqlx::query(sql).execute(&pool).await.expect(sql);
        }
        pool
    }

    #[tokio::test]
    async fn names_the_search_would_match_are_known() {
        let dir = tempfile::tempdir().unwrap();
        let pool = notebook(&dir).await;
        let q = "entity:meta entity:FACEBOOK tag:AI source:reuters.com source:Reuters";
        assert_eq!(unknown_names(&pool, q).await.unwrap(), vec![]);
    }

    /// Each unknown name as (field, value, suggestions), to compare with a table.
    fn shown(got: &[UnknownName]) -> Vec<(&str, &str, Vec<&str>)> {
        got.iter()
            .map(|u| {
                let s = u.suggestions.iter().map(String::as_str).collect();
                (u.field.as_str(), u.value.as_str(), s)
            })
            .collect()
    }

    #[tokio::test]
    async fn unknown_names_come_with_what_they_may_mean() {
        let dir = tempfile::tempdir().unwrap();
        let pool = notebook(&dir).await;
        let got = unknown_names(
            &pool,
            "entity:Zuckerberg (tag:nothing OR theme:\"EU rules\") entity:Gone -source:Nope",
        )
        .await
        .unwrap();
        assert_eq!(
            shown(&got),
            vec![
                ("entity", "Zuckerberg", vec!["Mark Zuckerberg"]),
                ("tag", "nothing", vec![]),
                ("theme", "EU rules", vec![]),
                // A rejected entity is not searched, so it is not known either.
                ("entity", "Gone", vec![]),
            ]
        );
    }

    #[tokio::test]
    async fn a_field_the_language_lacks_is_named_with_what_it_may_mean() {
        let dir = tempfile::tempdir().unwrap();
        let pool = notebook(&dir).await;
        let got = unknown_names(&pool, "title:tutoring entiy:Meta 10:30 ftp://x.example/y")
            .await
            .unwrap();
        assert_eq!(
            shown(&got),
            vec![
                // No field is called that: the words are found in titles anyway.
                ("field", "title:tutoring", vec!["tutoring"]),
                // A slip of a field's name.
                ("field", "entiy:Meta", vec!["entity:Meta"]),
                // A time and an address of another scheme are no fields.
            ]
        );
    }

    #[tokio::test]
    async fn a_longer_name_offers_the_known_name_it_holds() {
        let dir = tempfile::tempdir().unwrap();
        let pool = notebook(&dir).await;
        let got = unknown_names(&pool, "entity:\"Meta Platforms\"")
            .await
            .unwrap();
        assert_eq!(got[0].suggestions, vec!["Meta".to_string()]);
    }

    #[tokio::test]
    async fn a_misspelt_name_offers_the_name_a_slip_away() {
        let dir = tempfile::tempdir().unwrap();
        let pool = notebook(&dir).await;
        let got = unknown_names(
            &pool,
            "entity:Zuckerburg entity:Mtea entity:Facebok source:Reuter tag:ia entity:Mata",
        )
        .await
        .unwrap();
        let offered: Vec<(&str, Vec<&str>)> = got
            .iter()
            .map(|u| {
                (
                    u.value.as_str(),
                    u.suggestions.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            offered,
            vec![
                ("Zuckerburg", vec!["Mark Zuckerberg"]),
                ("Mtea", vec!["Meta"]),
                ("Facebok", vec!["Facebook"]),
                // "Reuter" is held by "Reuters" and its domain: found as before.
                ("Reuter", vec!["Reuters", "reuters.com"]),
                // Short words must be exact: "ia" is not offered "ai".
                ("ia", vec![]),
                ("Mata", vec!["Meta"]),
            ]
        );
    }

    #[test]
    fn slips_grow_with_the_word() {
        assert_eq!(slip("nvida", "Nvidia"), Some(1));
        assert_eq!(slip("microsfot", "Microsoft Corp"), Some(1));
        assert_eq!(
            slip("alphabat inc", "Alphabet"),
            None,
            "a whole name is compared whole"
        );
        assert_eq!(
            slip("nvda", "Nvidia"),
            None,
            "two slips in a short word are another word"
        );
        assert_eq!(slip("apple", "Apple"), None, "the same name is no slip");
        assert_eq!(slip("samsumg electronic", "Samsung Electronics"), Some(2));
    }
}
