//! `article_cjk`: the copy of an article's title, dek, text and notes with each Chinese,
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
const GLOB_CLASS: &str = "[぀-ヿㇰ-ㇿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ𠀀-𱍏]";

/// The spaced copy of an article's columns (title, dek, text, notes), or `None` when none
/// holds such a character.
pub fn copy_of(title: &str, dek: Option<&str>, text: &str, notes: &str) -> Option<String> {
    let columns = [title, dek.unwrap_or(""), text, notes];
    if !columns.iter().any(|t| has_cjk(t)) {
        return None;
    }
    Some(columns.map(spaced).join("\n"))
}

/// Write (or take away) article `id`'s copy for its columns as they are now: after its
/// notes changed, or its text was extracted again. Inside the caller's transaction.
pub async fn refresh(db: &mut SqliteConnection, id: i64) -> Result<(), StoreError> {
    let row: Option<(String, Option<String>, String, String)> =
        sqlx::query_as("SELECT title, dek, content_text, notes_text FROM articles WHERE id = ?1")
            .bind(id)
            .fetch_optional(&mut *db)
            .await?;
    if let Some((title, dek, text, notes)) = row {
        put(db, id, copy_of(&title, dek.as_deref(), &text, &notes)).await?;
    }
    Ok(())
}

/// Write article `id`'s copy (`copy_of` its columns), or take away one it no longer
/// needs (`None`); the index follows (the table's triggers). Inside the caller's
/// transaction.
pub async fn put(
    db: &mut SqliteConnection,
    id: i64,
    copy: Option<String>,
) -> Result<(), StoreError> {
    match copy {
        Some(copy) => {
            sqlx::query(
                "INSERT INTO article_cjk (article_id, text) VALUES (?1, ?2)
                 ON CONFLICT (article_id) DO UPDATE SET text = excluded.text
                 WHERE text != excluded.text",
            )
            .bind(id)
            .bind(copy)
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
    type Row = (i64, String, Option<String>, String, String);
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT a.id, a.title, a.dek, a.content_text, a.notes_text FROM articles a
         WHERE NOT EXISTS (SELECT 1 FROM article_cjk c WHERE c.article_id = a.id)
         AND (a.title GLOB '*{GLOB_CLASS}*' OR coalesce(a.dek, '') GLOB '*{GLOB_CLASS}*'
              OR a.content_text GLOB '*{GLOB_CLASS}*' OR a.notes_text GLOB '*{GLOB_CLASS}*')"
    )))
    .fetch_all(&mut *db)
    .await?;
    for (id, title, dek, text, notes) in &rows {
        put(db, *id, copy_of(title, dek.as_deref(), text, notes)).await?;
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
            copy_of("Port fees rise", Some("A dek"), "The text.", ""),
            None
        );
        let copy = copy_of("两会召开", None, "Latin text, then 观看两会直播.", "").unwrap();
        assert_eq!(
            copy.split_whitespace().collect::<Vec<_>>(),
            [
                "两", "会", "召", "开", "Latin", "text,", "then", "观", "看", "两", "会", "直",
                "播", "."
            ]
        );
        assert!(
            copy_of("Title", Some("アプリ"), "", "").is_some(),
            "a dek alone"
        );
        assert!(
            copy_of("Title", None, "", "再看投资数字").is_some(),
            "a note alone"
        );
    }

    /// The GLOB class holds what `is_cjk` holds, at each range's ends.
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
            '\u{303F}',
            '\u{FF65}',
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
