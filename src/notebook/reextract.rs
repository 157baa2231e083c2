//! Re-extraction: run the current extractor again on every stored capture, so clips made
//! with an older extractor improve. Notes, tags and highlights stay; highlights are
//! re-anchored in the new text (or flagged orphaned, never dropped).

use super::clipping::refresh;
use super::inputs::extract_capture;
use super::{Job, Notebook, Result};
use crate::anchor::{self, Anchor};
use crate::store;

/// What a re-extraction did.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct ReextractReport {
    pub articles: usize,
    pub changed: usize,
    pub unchanged: usize,
    /// Articles whose capture could not be extracted again: (id, reason). They keep their text.
    pub failed: Vec<(i64, String)>,
    pub highlights_moved: usize,
    pub highlights_orphaned: usize,
    /// A face stopped the work before the last article (see `Notebook::stop_jobs`);
    /// `articles` counts those done.
    pub stopped: bool,
}

impl Notebook {
    /// Re-extract every article that has a capture, reporting its progress with the article
    /// last worked on (see `progress`) and stopping when asked. Each article is updated in its own transaction, so an interruption
    /// loses nothing and a failure leaves that article as it was.
    pub async fn reextract(&self) -> Result<ReextractReport> {
        let ids: Vec<(i64, i64, String)> = sqlx::query_as(
            "SELECT id, capture_id, title FROM articles WHERE capture_id IS NOT NULL ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut report = ReextractReport {
            articles: ids.len(),
            ..Default::default()
        };
        let mut progress = self.start_job(Job::Reextract, ids.len());
        for (done, (id, capture_id, title)) in ids.iter().enumerate() {
            if progress.stop_asked() {
                progress.stop(done);
                (report.articles, report.stopped) = (done, true);
                break;
            }
            match self.reextract_one(*id, *capture_id, &mut report).await {
                Ok(true) => report.changed += 1,
                Ok(false) => report.unchanged += 1,
                Err(err) => report.failed.push((*id, err.to_string())),
            }
            progress.step_item(done + 1, title);
        }
        Ok(report)
    }

    async fn reextract_one(
        &self,
        id: i64,
        capture_id: i64,
        report: &mut ReextractReport,
    ) -> Result<bool> {
        let Some(cap) = store::captures::capture(&self.pool, capture_id).await? else {
            return Ok(false);
        };
        let Some(old) = store::articles::summary(&self.pool, id).await? else {
            return Ok(false);
        };
        let old_body = store::articles::body(&self.pool, id).await?;
        let mut candidates = extract_capture(&cap)?;
        let single = candidates.len() == 1;
        // A capture with several articles (a scrape): this article is the one with its title,
        // else (the extractor now finds another title) the one at its place, when the
        // capture still gives as many articles as it made.
        let at = match candidates
            .iter()
            .position(|e| single || e.title == old.title)
        {
            Some(at) => at,
            None => {
                let made: Vec<i64> =
                    sqlx::query_scalar("SELECT id FROM articles WHERE capture_id = ?1 ORDER BY id")
                        .bind(capture_id)
                        .fetch_all(&self.pool)
                        .await?;
                match made.iter().position(|&m| m == id) {
                    Some(at) if made.len() == candidates.len() => at,
                    _ => {
                        return Err(super::NotebookError::Invalid(
                            "Its clip no longer splits into the articles it made; it was kept as it was."
                                .into(),
                        ));
                    }
                }
            }
        };
        let ex = candidates.swap_remove(at);
        if old_body.as_ref().is_some_and(|b| b.content_text == ex.text) && old.title == ex.title {
            return Ok(false);
        }
        let new_text = ex.text.clone();
        let registry = self.registry().await?;
        let mut tx = self.begin_write().await?;
        refresh(&mut tx, id, ex, cap.url.as_deref().filter(|_| single)).await?;
        self.analyze_article(&mut tx, &registry, id).await?;
        for h in store::highlights::for_article(&mut *tx, id).await? {
            let a = Anchor {
                exact: h.exact.clone(),
                prefix: h.prefix.clone(),
                suffix: h.suffix.clone(),
                start: usize::try_from(h.start).unwrap_or(0),
                end: usize::try_from(h.end).unwrap_or(0),
            };
            let position = anchor::reanchor(&new_text, &a);
            match position {
                Some(p) if p != (a.start, a.end) => report.highlights_moved += 1,
                None => report.highlights_orphaned += 1,
                _ => {}
            }
            store::highlights::reposition(&mut *tx, h.id, position).await?;
        }
        tx.commit().await?;
        Ok(true)
    }
}
