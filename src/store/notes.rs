//! The `notes` table: Markdown notes on an article or free-standing in the notebook.
//! Triggers copy an article's notes into `articles.notes_text` so search finds them.

use sqlx::{SqliteConnection, SqliteExecutor};

use super::StoreError;
use crate::model::Note;

#[derive(sqlx::FromRow)]
struct NoteRow {
    id: i64,
    article_id: Option<i64>,
    body: String,
    created_at: String,
    updated_at: String,
}

impl From<NoteRow> for Note {
    fn from(r: NoteRow) -> Self {
        Note {
            id: r.id,
            article_id: r.article_id,
            body: r.body,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

/// Store a note and return it (its article's spaced copy of Chinese, Japanese and Korean
/// text follows: `store::cjk`). Two statements: run it inside the caller's transaction.
pub async fn insert(
    db: &mut SqliteConnection,
    article_id: Option<i64>,
    body: &str,
    now: &str,
) -> Result<Note, StoreError> {
    let row: NoteRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "INSERT INTO notes (id, article_id, body, created_at, updated_at)
         VALUES ({}, ?1, ?2, ?3, ?3)
         RETURNING id, article_id, body, created_at, updated_at",
        super::ids::next(super::ids::Numbered::Notes)
    )))
    .bind(article_id)
    .bind(body)
    .bind(now)
    .fetch_one(&mut *db)
    .await?;
    follow(db, row.article_id).await?;
    Ok(row.into())
}

/// The spaced copy of the note's article follows its notes (`articles.notes_text`, which
/// the notes' triggers keep).
async fn follow(db: &mut SqliteConnection, article_id: Option<i64>) -> Result<(), StoreError> {
    match article_id {
        Some(id) => super::cjk::refresh(db, id).await,
        None => Ok(()),
    }
}

/// Put a deleted note back as it was: its id (no other note takes it: `store::ids`; a
/// note of the same id already there, as from a second undo, gets the next), its words and
/// its dates, so it returns to its place among the article's notes. Two statements: run it
/// inside the caller's transaction.
pub async fn restore(db: &mut SqliteConnection, note: &Note) -> Result<Note, StoreError> {
    let row: NoteRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "INSERT INTO notes (id, article_id, body, created_at, updated_at)
         VALUES ((SELECT CASE WHEN EXISTS (SELECT 1 FROM notes WHERE id = ?1) THEN {} ELSE ?1 END),
                 ?2, ?3, ?4, ?5)
         RETURNING id, article_id, body, created_at, updated_at",
        super::ids::next(super::ids::Numbered::Notes)
    )))
    .bind(note.id)
    .bind(note.article_id)
    .bind(&note.body)
    .bind(&note.created_at)
    .bind(&note.updated_at)
    .fetch_one(&mut *db)
    .await?;
    follow(db, row.article_id).await?;
    Ok(row.into())
}

/// The notes of one article, oldest first.
pub async fn for_article(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<Vec<Note>, StoreError> {
    let rows: Vec<NoteRow> = sqlx::query_as(
        "SELECT id, article_id, body, created_at, updated_at FROM notes
         WHERE article_id = ?1 ORDER BY created_at, id",
    )
    .bind(article_id)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Delete a note; returns it as it was, or `None` when there was no such note. Two
/// statements: run it inside the caller's transaction.
pub async fn delete(db: &mut SqliteConnection, id: i64) -> Result<Option<Note>, StoreError> {
    let row: Option<NoteRow> = sqlx::query_as(
        "DELETE FROM notes WHERE id = ?1 RETURNING id, article_id, body, created_at, updated_at",
    )
    .bind(id)
    .fetch_optional(&mut *db)
    .await?;
    if let Some(row) = &row {
        follow(db, row.article_id).await?;
    }
    Ok(row.map(Into::into))
}
