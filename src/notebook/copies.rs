//! Copies: where a freshly extracted article belongs (the same address or text is the
//! `Existing` article, the same or a near-identical text from elsewhere joins it as a copy,
//! "also at", unless `clip::dedupe::told_apart` says they are two stories), and splitting
//! a joined copy out into an article of its own again.

use super::analysis::Shared;
use super::clipping::{clipped, insert_article, new_article};
use super::inputs::extract_capture;
use super::{Notebook, NotebookError, Result, not_found_article};
use crate::clip::{ClipError, dedupe};
use crate::model::{ClipOutcome, ClipStatus};
use crate::store::articles::NewArticle;
use crate::store::{self};

impl Notebook {
    /// Make a copy that joined an article an article of its own again, re-extracting it
    /// from its capture. Errs with `NotFound` for an unknown copy.
    pub async fn split_copy(&self, copy_id: i64) -> Result<ClipOutcome> {
        let Some(copy) = store::copies::get(&self.pool, copy_id).await? else {
            // Split out already (in another window, a moment ago): said as such, whether
            // that split ended before this one began or while it ran.
            let gone = if store::articles::split_from(&self.pool, copy_id)
                .await?
                .is_some()
            {
                ": it was split out already"
            } else {
                ""
            };
            return Err(NotebookError::NotFound(format!(
                "There is no copy {copy_id}{gone}."
            )));
        };
        let capture_id = copy.capture_id.ok_or_else(|| {
            NotebookError::Invalid("This copy's capture is gone, so it cannot be split out.".into())
        })?;
        let cap = store::captures::capture(&self.pool, capture_id)
            .await?
            .ok_or_else(|| NotebookError::Invalid("This copy's capture is gone.".into()))?;
        let extracted = extract_capture(&cap)?;
        let single = extracted.len() == 1;
        let ex = extracted
            .into_iter()
            .max_by_key(|e| e.title == copy.title)
            .ok_or(ClipError::NoContent)?;
        let via = super::parse_via(&cap.kind);
        let mut article = new_article(
            ex,
            copy.url.as_deref().filter(|_| single),
            via,
            &cap.captured_at,
        );
        // The copy's text is near-identical to its article's: it must not dedupe again.
        article.content_hash = store::articles::split_hash(copy_id, &article.content_hash);
        let registry = self.registry().await?;
        let mut tx = self.begin_write().await?;
        // Read outside the turn: another split of the same copy may have won meanwhile.
        if !store::copies::delete(&mut *tx, copy_id).await? {
            return Err(NotebookError::NotFound(format!(
                "There is no copy {copy_id}: it was split out already."
            )));
        }
        let id = insert_article(&mut tx, &mut Shared::default(), &article, capture_id).await?;
        self.analyze_article(&mut tx, &registry, id).await?;
        let summary = store::articles::summary(&mut *tx, id)
            .await?
            .ok_or_else(|| not_found_article(id))?;
        tx.commit().await?;
        Ok(ClipOutcome {
            articles: vec![clipped(summary, ClipStatus::Created)],
        })
    }
}

/// Where a freshly extracted article belongs.
pub(super) enum Placement {
    Existing(i64),
    Copy(i64, f64),
    New,
}

pub(super) async fn placement(
    tx: &mut sqlx::SqliteConnection,
    a: &NewArticle,
) -> Result<Placement> {
    match store::articles::find_existing(&mut *tx, a.canonical_url.as_deref(), &a.content_hash)
        .await?
    {
        // The same address, or the same text with no address of its own (a paste).
        Some((id, true)) => return Ok(Placement::Existing(id)),
        Some((id, false)) if a.canonical_url.is_none() => return Ok(Placement::Existing(id)),
        // The same text at an address not seen before: a verbatim syndicated copy, which
        // the article lists as "also at" as it does a near-identical one.
        Some((id, false)) => return Ok(Placement::Copy(id, 1.0)),
        None => {}
    }
    let Some(sig) = a.minhash.as_deref().and_then(dedupe::from_bytes) else {
        return Ok(Placement::New);
    };
    let best = store::copies::candidates(&mut *tx, &dedupe::bands(&sig))
        .await?
        .into_iter()
        .filter(|c| {
            !dedupe::told_apart(
                (&a.title, a.published_at.as_deref()),
                (&c.title, c.published_at.as_deref()),
            )
        })
        .filter_map(|c| {
            Some((
                c.id,
                dedupe::similarity(&sig, &dedupe::from_bytes(&c.minhash)?),
            ))
        })
        .filter(|(_, s)| *s >= dedupe::NEAR_DUPLICATE)
        .max_by(|a, b| a.1.total_cmp(&b.1));
    Ok(match best {
        Some((id, similarity)) => Placement::Copy(id, similarity),
        None => Placement::New,
    })
}
