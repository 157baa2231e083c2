//! `article_cjk`: the copy of an article's title, dek, byline, text and notes with each Chinese,
//! Japanese and Korean character spaced apart, which the full-text index reads as its `cjk`
//! column (see `query::cjk` and the migration `index_cjk_characters`). Written whenever an
//! article's text is stored or extracted again and when its notes change, for the articles
//! of a loaded export, and for older articles once, at the first open after the upgrade.

use sqlx::{SqliteConnection, SqlitePool};

use super::StoreError;
use crate::query::cjk::{has_cjk, spaced};

/// The `settings` key the upgrade leaves for the first open to write the older articles'
/// copies.
const PENDING: &str = "cjk_pending";

/// The characters `query::cjk::is_cjk` indexes, as a GLOB class: the rows that may need a
/// copy are found by SQLite without reading every text into Rust.
/// Written with escapes: an editor normalising the file to NFC would turn U+F900 into
/// U+8C48 and the class would take in U+A000 to U+F8FF.
const GLOB_CLASS: &str = "[\u{3040}-\u{30FF}\u{31F0}-\u{31FF}\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\
                          \u{AC00}-\u{D7AF}\u{F900}-\u{FAFF}\u{FF66}-\u{FF9F}\u{20000}-\u{3134F}]";

/// An article's columns the copy is made of: title, dek, byline, text, notes.
pub type Columns<'a> = [&'a str; 5];

/// An article's spaced copy: its title apart, which the index weighs as the title, and the
/// rest (dek, byline, text, notes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copy {
    pub title: String,
    pub text: String,
}

/// The spaced copy of an article's `columns`, or `None` when none holds such a character.
pub fn copy_of(columns: Columns<'_>) -> Option<Copy> {
    if !columns.iter().any(|t| has_cjk(t)) {
        return None;
    }
    let [title, rest @ ..] = columns;
    Some(Copy {
        title: spaced(title).into_owned(),
        text: rest.map(spaced).join("\n"),
    })
}

/// Write (or take away) article `id`'s copy for its columns as they are now: after its
/// notes changed, or its text was extracted again. Inside the caller's transaction.
pub async fn refresh(db: &mut SqliteConnection, id: i64) -> Result<(), StoreError> {
    let row: Option<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT title, coalesce(dek, ''), coalesce(byline, ''), content_text, notes_text
         FROM articles WHERE id = ?1",
    )
    .bind(id)
    .fetch_optional(&mut *db)
    .await?;
    if let Some((title, dek, byline, text, notes)) = row {
        put(db, id, copy_of([&title, &dek, &byline, &text, &notes])).await?;
    }
    Ok(())
}

/// Write article `id`'s copy (`copy_of` its columns), or take away one it no longer
/// needs (`None`); the index follows (the table's triggers). Inside the caller's
/// transaction.
pub async fn put(db: &mut SqliteConnection, id: i64, copy: Option<Copy>) -> Result<(), StoreError> {
    match copy {
        Some(copy) => {
            sqlx::query(
                "INSERT INTO article_cjk (article_id, title, text) VALUES (?1, ?2, ?3)
                 ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, text = excluded.text
                 WHERE title != excluded.title OR text != excluded.text",
            )
            .bind(id)
            .bind(copy.title)
            .bind(copy.text)
            .execute(&mut *db)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM article_cjk WHERE article_id = ?1")
                .bind(id)
                .execute(&mut *db)
                .await?;
        }
    }
    Ok(())
}

/// Write the copy of every article that holds such characters and has none (a loaded
/// export, whose rows carry no copies; older articles after the upgrade). Returns how many
/// were written. Inside the caller's transaction.
///
/// Measured at 100,000 articles: the index's vocabulary says in 2 s whether any article
/// holds such characters; only then are the texts read (by GLOB, in SQLite: 23 s), and
/// only the articles holding them come into Rust.
pub async fn put_missing(db: &mut SqliteConnection) -> Result<usize, StoreError> {
    let any: bool = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT EXISTS (SELECT 1 FROM articles_fts_terms WHERE term GLOB '*{GLOB_CLASS}*')"
    )))
    .fetch_one(&mut *db)
    .await?;
    if !any {
        return Ok(0);
    }
    type Row = (i64, String, String, String, String, String);
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT id, title, dek, byline, content_text, notes_text FROM (
             SELECT a.id, a.title, coalesce(a.dek, '') AS dek, coalesce(a.byline, '') AS byline,
                    a.content_text, a.notes_text FROM articles a
             WHERE NOT EXISTS (SELECT 1 FROM article_cjk c WHERE c.article_id = a.id))
         WHERE title GLOB '*{GLOB_CLASS}*' OR dek GLOB '*{GLOB_CLASS}*'
            OR byline GLOB '*{GLOB_CLASS}*' OR content_text GLOB '*{GLOB_CLASS}*'
            OR notes_text GLOB '*{GLOB_CLASS}*'"
    )))
    .fetch_all(&mut *db)
    .await?;
    for (id, title, dek, byline, text, notes) in &rows {
        put(db, *id, copy_of([title, dek, byline, text, notes])).await?;
    }
    Ok(rows.len())
}

/// At an open: write the older articles' copies when the upgrade asked for it, in one
/// transaction.
pub async fn finish_upgrade(pool: &SqlitePool) -> Result<(), StoreError> {
    if super::settings::get(pool, PENDING).await?.is_none() {
        return Ok(());
    }
    let mut tx = pool.begin().await?;
    let written = put_missing(&mut tx).await?;
    sqlx::query("DELETE FROM settings WHERE key = ?1")
        .bind(PENDING)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    if written > 0 {
        tracing::info!(
            articles = written,
            "indexed Chinese, Japanese and Korean text"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_article_holding_such_characters_gets_a_copy() {
        assert_eq!(
            copy_of(["Port fees rise", "A dek", "Ada Reporter", "The text.", ""]),
            None
        );
        let copy = copy_of(["两会召开", "", "", "Latin text, then 观看两会直播.", ""]).unwrap();
        let words = |t: &str| t.split_whitespace().map(String::from).collect::<Vec<_>>();
        assert_eq!(
            words(&copy.title),
            ["两", "会", "召", "开"],
            "the title apart"
        );
        assert_eq!(
            words(&copy.text),
            [
                "Latin", "text,", "then", "观", "看", "两", "会", "直", "播", "."
            ]
        );
        assert!(
            copy_of(["Title", "アプリ", "", "", ""]).is_some(),
            "a dek alone"
        );
        assert!(
            copy_of(["Title", "", "", "", "再看投资数字"]).is_some(),
            "a note alone"
        );
    }

    /// The GLOB class holds what `is_cjk` holds, at each range's ends and just outside.
    #[tokio::test]
    async fn the_glob_class_finds_the_characters_is_cjk_holds() {
        use sqlx::Connection;
        let mut db = SqliteConnection::connect("sqlite::memory:").await.unwrap();
        for c in [
            '\u{3040}',
            '\u{30FF}',
            '\u{31F0}',
            '\u{31FF}',
            '\u{3400}',
            '\u{4DBF}',
            '\u{4E00}',
            '\u{9FFF}',
            '\u{AC00}',
            '\u{D7AF}',
            '\u{F900}',
            '\u{FAFF}',
            '\u{FF66}',
            '\u{FF9F}',
            '\u{20000}',
            '\u{3134F}',
            'a',
            'é',
            // Just outside each range, and the private-use icons of web fonts.
            '\u{303F}',
            '\u{3100}',
            '\u{31EF}',
            '\u{3200}',
            '\u{4DC0}',
            '\u{A000}',
            '\u{ABFF}',
            '\u{D7B0}',
            '\u{E000}',
            '\u{F8FF}',
            '\u{FB00}',
            '\u{FF65}',
            '\u{FFA0}',
            '\u{1FFFF}',
            '\u{31350}',
            '\u{E01}',
        ] {
            let text = format!("ab{c}cd");
            let found: bool = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT ?1 GLOB '*{GLOB_CLASS}*'"
            )))
            .bind(&text)
            .fetch_one(&mut db)
            .await
            .unwrap();
            assert_eq!(found, has_cjk(&text), "U+{:04X}", c as u32);
        }
    }
}
