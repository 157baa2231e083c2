//! Imports from other tools: every parsed item goes through the clip pipeline (a URL is
//! fetched by the real fetcher; a stored page is sanitized and extracted like any clip),
//! so duplicates join existing articles. Then the item's highlights are found again in
//! the article's text and its notes added — in the clip's own transaction — skipping any
//! the article already has, so an import run twice adds nothing twice. An address the
//! notebook already holds (by canonical URL, its own or a copy's) is not fetched again:
//! the item's tags, highlights and notes go onto that article. A failed item is reported
//! and the rest go on.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::extras::{Extras, ExtrasDone};
use super::{Job, Notebook, Result};
use crate::carry::import::{self, ImportSource, Item, Parsed, Skipped};
use crate::model::{ClipSource, ClipStatus, ClippedArticle, Via};
use crate::store;

/// What an import did, item by item.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ToolImportReport {
    /// Items the export held to clip.
    pub items: usize,
    pub created: usize,
    pub existing: usize,
    pub joined: usize,
    pub highlights: usize,
    pub notes: usize,
    /// Items that could not be clipped, with the reason (a 404, a page with no article).
    pub failed: Vec<Skipped>,
    /// What the export held that is not imported, with the reason.
    pub skipped: Vec<Skipped>,
    /// A face stopped the work after `done` of the `items` (see `Notebook::stop_jobs`); run
    /// the same import again to go on.
    pub stopped: bool,
    /// Items tried (all of them, unless `stopped`).
    pub done: usize,
}

impl Notebook {
    /// Parse `bytes` as `from`'s export and clip every item (see [`Notebook::import_items`]);
    /// a file that is not that export is refused before anything is stored.
    pub async fn import_export(
        &self,
        from: ImportSource,
        bytes: &[u8],
        tags: &[String],
    ) -> Result<ToolImportReport> {
        let parsed = import::parse(from, bytes)
            .map_err(|err| super::NotebookError::Invalid(err.to_string()))?;
        Ok(self.import_items(parsed, tags, |_, _| {}).await)
    }

    /// Clip every item of a parsed export, tagging each with `tags` and its own tags;
    /// `progress(done, label)` is called after each item, and the notebook's progress
    /// events report the job too (see `progress`). Never fails as a whole: each item's
    /// failure is in the report.
    pub async fn import_items(
        &self,
        parsed: Parsed,
        tags: &[String],
        mut progress: impl FnMut(usize, &str),
    ) -> ToolImportReport {
        let mut report = ToolImportReport {
            items: parsed.items.len(),
            skipped: parsed.skipped,
            ..ToolImportReport::default()
        };
        let mut job = self.start_job(Job::Import, parsed.items.len());
        for (i, item) in parsed.items.into_iter().enumerate() {
            if job.stop_asked() {
                job.stop(i);
                report.stopped = true;
                break;
            }
            let label = item.label();
            if let Err(err) = self.import_item(item, tags, &mut report).await {
                report.failed.push(Skipped {
                    item: label.clone(),
                    reason: err.to_string(),
                });
            }
            progress(i + 1, &label);
            job.step_item(i + 1, &label);
            report.done = i + 1;
        }
        report
    }

    async fn import_item(
        &self,
        item: Item,
        tags: &[String],
        report: &mut ToolImportReport,
    ) -> Result<()> {
        let mut all_tags = tags.to_vec();
        all_tags.extend(item.tags.iter().cloned());
        let item_read = item.read;
        let source = match (item.html, item.url) {
            (Some(html), url) => ClipSource::Html { html, url },
            (None, Some(url)) => ClipSource::Url { url },
            (None, None) => {
                return Err(super::NotebookError::Invalid(
                    "It has neither a page nor an address.".into(),
                ));
            }
        };
        let extras = Extras {
            quotes: &item.highlights,
            notes: &item.notes,
            // Read in the tool, read here, in the clip's own transaction.
            read: item_read,
            ..Extras::default()
        };
        let known = match &source {
            ClipSource::Url { url } => self.known_address(url).await?,
            _ => None,
        };
        let (first, done) = match known {
            Some(id) => self.import_onto(id, &all_tags, &extras).await?,
            None => {
                let (outcome, done) = self
                    .clip_with(
                        source,
                        &all_tags,
                        item.saved_at.as_deref(),
                        Via::Url,
                        &extras,
                    )
                    .await?;
                let Some(first) = outcome.articles.into_iter().next() else {
                    return Ok(());
                };
                (first, done)
            }
        };
        match first.status {
            ClipStatus::Created => report.created += 1,
            ClipStatus::Existing => report.existing += 1,
            ClipStatus::Joined => report.joined += 1,
        }
        report.highlights += done.highlights;
        report.notes += done.notes;
        for quote in done.unfound {
            report.skipped.push(Skipped {
                item: format!(
                    "a highlight in \"{}\": \"{}\"",
                    first.title,
                    clip_quote(&quote)
                ),
                reason: "its text is not in the article as Clipline extracted it".into(),
            });
        }
        Ok(())
    }
}

impl Notebook {
    /// The article a clip of `url` would find by its address, without fetching it.
    async fn known_address(&self, url: &str) -> Result<Option<i64>> {
        let Some(canonical) = crate::clip::canonical_url(url) else {
            return Ok(None);
        };
        Ok(store::articles::find_by_canonical_url(&self.pool, &canonical).await?)
    }

    /// An item whose address the notebook holds as article `id`: its tags and `extras`
    /// go onto that article in one transaction, as a clip that found it would do.
    async fn import_onto(
        &self,
        id: i64,
        tags: &[String],
        extras: &Extras<'_>,
    ) -> Result<(ClippedArticle, ExtrasDone)> {
        let tags = super::clean_tags(tags)?;
        let mut tx = self.begin_write().await?;
        for tag in &tags {
            let tag_id = store::tags::upsert(&mut tx, tag).await?;
            store::tags::attach(&mut *tx, id, tag_id).await?;
        }
        if !tags.is_empty() {
            use super::annotations::{Edited, rescore_many};
            rescore_many(&mut tx, &[id], Edited::Tags).await?;
        }
        let done = super::extras::apply(&mut tx, id, ClipStatus::Existing, extras).await?;
        let summary = store::articles::summary(&mut *tx, id)
            .await?
            .ok_or_else(|| super::not_found_article(id))?;
        tx.commit().await?;
        Ok((
            super::clipping::clipped(summary, ClipStatus::Existing),
            done,
        ))
    }
}

/// The first words of a quote, for a report line.
fn clip_quote(quote: &str) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    if words.len() <= 8 {
        words.join(" ")
    } else {
        format!("{}…", words[..8].join(" "))
    }
}
