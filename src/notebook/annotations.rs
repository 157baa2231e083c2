//! What a reader adds to an article: notes, highlights and tags, one at a time (the
//! library's bulk changes are in `library`). A note, a highlight, a tag or a read mark
//! changes no article text, so analysis does not run; the themes whose queries ask about
//! them are scored again for that article in the same transaction (`rescore`), so that a
//! theme `tag:watch`, `has:highlights` or `has:notes` follows the edit.

use sqlx::SqliteConnection;

use super::{Notebook, NotebookError, Result, clean_tags, not_found_article};
use crate::model::{Highlight, Note};
use crate::store;

/// What an edit changed that a theme's query may ask about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Edited {
    /// Tags: themes asking `tag:` or `has:tags`.
    Tags,
    /// Read or unread: themes asking `is:`.
    Read,
    /// Highlights: themes asking `has:highlights`.
    Highlights,
    /// Notes, which search reads as text (or several things at once): every theme.
    Notes,
}

/// Score the articles `ids` again against the themes whose queries ask about what was
/// `edited` (see `store::themes::rescore`).
pub(super) async fn rescore_many(
    tx: &mut SqliteConnection,
    ids: &[i64],
    edited: Edited,
) -> Result<()> {
    let asks: &[&str] = match edited {
        Edited::Tags => &["tag:", "has:tags"],
        Edited::Read => &["is:"],
        Edited::Highlights => &["has:highlights"],
        Edited::Notes => &[],
    };
    Ok(store::themes::rescore(tx, Some(ids), asks).await?)
}

/// `rescore_many` for one article, if the edit was on one (a notebook note is on none).
async fn rescore(tx: &mut SqliteConnection, id: Option<i64>, edited: Edited) -> Result<()> {
    match id {
        Some(id) => rescore_many(tx, &[id], edited).await,
        None => Ok(()),
    }
}

impl Notebook {
    /// Add a Markdown note to an article (or to the notebook when `article_id` is `None`).
    pub async fn note_add(&self, article_id: Option<i64>, body: &str) -> Result<Note> {
        let body = body.trim();
        if body.is_empty() {
            return Err(NotebookError::Invalid(
                "The note is empty: write something first.".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        if let Some(id) = article_id {
            store::articles::summary(&mut *tx, id)
                .await?
                .ok_or_else(|| not_found_article(id))?;
        }
        let note = store::notes::insert(&mut tx, article_id, body, &store::now()).await?;
        rescore(&mut tx, article_id, Edited::Notes).await?;
        tx.commit().await?;
        Ok(note)
    }

    /// Undo a note's delete: `note` (as `note_delete` answered it) back under its id and
    /// dates, so it takes its old place in the list. `NotFound` when its article has been
    /// deleted since; `InvalidInput` for an empty note.
    pub async fn note_restore(&self, note: &Note) -> Result<Note> {
        if note.body.trim().is_empty() {
            return Err(NotebookError::Invalid(
                "The note is empty: there is nothing to restore.".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        if let Some(id) = note.article_id {
            store::articles::summary(&mut *tx, id)
                .await?
                .ok_or_else(|| not_found_article(id))?;
        }
        let back = store::notes::restore(&mut tx, note).await?;
        rescore(&mut tx, note.article_id, Edited::Notes).await?;
        tx.commit().await?;
        Ok(back)
    }

    /// Delete a note; `NotFound` when there is no such note.
    pub async fn note_delete(&self, id: i64) -> Result<Note> {
        let mut tx = self.begin_write().await?;
        let note = store::notes::delete(&mut tx, id)
            .await?
            .ok_or_else(|| NotebookError::NotFound(format!("There is no note {id}.")))?;
        rescore(&mut tx, note.article_id, Edited::Notes).await?;
        tx.commit().await?;
        Ok(note)
    }

    /// Highlight code points `start..end` of an article's text. `InvalidInput` for an
    /// empty or out-of-range selection, `NotFound` for an unknown article.
    pub async fn highlight_add(
        &self,
        article_id: i64,
        start: i64,
        end: i64,
        color: Option<&str>,
        note: Option<&str>,
    ) -> Result<Highlight> {
        // The text is read in the write's transaction: a re-extraction between the two (in
        // this process or another) would leave the highlight anchored to the text it replaced.
        let mut tx = self.begin_write().await?;
        let body = store::articles::body(&mut *tx, article_id)
            .await?
            .ok_or_else(|| not_found_article(article_id))?;
        let (start, end) = (usize::try_from(start), usize::try_from(end));
        let (Ok(start), Ok(end)) = (start, end) else {
            return Err(NotebookError::Invalid(
                "A highlight's offsets cannot be negative.".into(),
            ));
        };
        let anchor = crate::anchor::anchor(&body.content_text, start, end)
            .map_err(|e| NotebookError::Invalid(e.to_string()))?;
        let color = color
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .unwrap_or("yellow");
        if color.len() > 32
            || !color
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '#' || c == '-')
        {
            return Err(NotebookError::Invalid(format!(
                "\"{color}\" is not a colour name."
            )));
        }
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        let highlight =
            store::highlights::insert(&mut *tx, article_id, &anchor, color, note, &store::now())
                .await?;
        rescore(&mut tx, Some(article_id), Edited::Highlights).await?;
        tx.commit().await?;
        Ok(highlight)
    }

    /// Delete a highlight; `NotFound` when there is no such highlight.
    pub async fn highlight_delete(&self, id: i64) -> Result<Highlight> {
        let mut tx = self.begin_write().await?;
        let gone = store::highlights::delete(&mut *tx, id)
            .await?
            .ok_or_else(|| NotebookError::NotFound(format!("There is no highlight {id}.")))?;
        rescore(&mut tx, Some(gone.article_id), Edited::Highlights).await?;
        tx.commit().await?;
        Ok(gone)
    }

    /// Put a tag on an article, creating the tag on first use.
    pub async fn tag_add(&self, article_id: i64, tag: &str) -> Result<()> {
        let tags = clean_tags(&[tag.to_string()])?;
        let Some(tag) = tags.first() else {
            return Err(NotebookError::Invalid(
                "The tag is empty: type a name.".into(),
            ));
        };
        let mut tx = self.begin_write().await?;
        store::articles::summary(&mut *tx, article_id)
            .await?
            .ok_or_else(|| not_found_article(article_id))?;
        let tag_id = store::tags::upsert(&mut tx, tag).await?;
        store::tags::attach(&mut *tx, article_id, tag_id).await?;
        rescore(&mut tx, Some(article_id), Edited::Tags).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Take a tag off an article; `NotFound` when the article does not carry it.
    pub async fn tag_remove(&self, article_id: i64, tag: &str) -> Result<()> {
        let mut tx = self.begin_write().await?;
        if store::tags::detach(&mut *tx, article_id, tag.trim()).await? {
            rescore(&mut tx, Some(article_id), Edited::Tags).await?;
            tx.commit().await?;
            Ok(())
        } else {
            Err(NotebookError::NotFound(format!(
                "Article {article_id} has no tag \"{}\".",
                tag.trim()
            )))
        }
    }
}
