//! Feeds: subscribe, list, remove, poll, and OPML in and out. A poll asks each due feed
//! with a conditional GET (unconditional when forced, or when items are left over or
//! failed items are due to be tried again, which a 304 would hide); a 304 changes
//! nothing, an error backs the feed off, and each item not seen before is clipped in
//! full (the article fetched and extracted, not the feed's summary) with the feed's
//! tags, and confirmed in the feed's themes. `clipline serve` polls on a schedule.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::extras::Extras;
use super::{Job, Notebook, NotebookError, Result, clean_tags};
use crate::carry::feed::{self, FeedEntry, POLL_EVERY};
use crate::carry::import::{Skipped, web_url};
use crate::carry::opml::{self, Outline};
use crate::clip::{self, Conditional, FetchLimits, Validators};
use crate::model::{ClipSource, Via};
use crate::store::{self, feeds::FeedRow};

/// Items clipped from one feed in one poll at most: the newest; the rest wait for the
/// next poll, which asks for the feed unconditionally (no validators are kept meanwhile).
const MAX_ITEMS_PER_POLL: usize = 100;

/// A subscription as `feed list` shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FeedInfo {
    #[serde(flatten)]
    pub row: FeedRow,
    pub tags: Vec<String>,
    pub themes: Vec<String>,
}

/// How long an item that failed (a broken link, a server down) waits before a poll tries
/// it again; `feed poll --force` tries at once.
const RETRY_FAILED_AFTER: chrono::Duration = chrono::Duration::hours(6);

/// What one poll did to one feed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct FeedPoll {
    pub url: String,
    /// fetched | not_modified | failed | waiting
    pub status: String,
    pub new_articles: usize,
    pub failed_items: Vec<Skipped>,
    pub error: Option<String>,
}

impl Notebook {
    /// Subscribe to a feed with tags for its articles and themes to confirm them in
    /// (`NotFound` for a theme that does not exist). With `check`, the feed is fetched once
    /// first: `Invalid` when it is not a feed, `FetchFailed` when it cannot be fetched.
    pub async fn feed_add(
        &self,
        url: &str,
        tags: &[String],
        themes: &[String],
        check: bool,
    ) -> Result<FeedInfo> {
        let url = feed_url(url)?;
        let tags = clean_tags(tags)?;
        let (mut title, mut site) = (None, None);
        if check {
            let fetched =
                clip::fetch_conditional(&url, &FetchLimits::default(), &Validators::default())
                    .await?;
            if let Conditional::Fresh(f, _) = fetched {
                let doc = feed::parse(&f.bytes, f.content_type.as_deref(), &f.final_url)
                    .map_err(|e| NotebookError::Invalid(e.to_string()))?;
                (title, site) = (doc.title, doc.site_url);
            }
        }
        let mut tx = self.begin_write().await?;
        let id = subscribe(
            &mut tx,
            &url,
            title.as_deref(),
            site.as_deref(),
            &tags,
            themes,
        )
        .await?;
        tx.commit().await?;
        self.feeds_added.notify_one();
        self.feed(&id.to_string()).await
    }

    /// One subscription by id or URL; `NotFound` otherwise.
    pub async fn feed(&self, key: &str) -> Result<FeedInfo> {
        store::feeds::find(&self.pool, key)
            .await?
            .map(info)
            .ok_or_else(|| NotebookError::NotFound(format!("There is no feed \"{}\".", key.trim())))
    }

    /// Every subscription, oldest first.
    pub async fn feeds(&self) -> Result<Vec<FeedInfo>> {
        Ok(store::feeds::list(&self.pool)
            .await?
            .into_iter()
            .map(info)
            .collect())
    }

    /// Unsubscribe (by id or URL); the articles already clipped stay. Answers with the
    /// subscription as it was (what a face needs to offer it back).
    pub async fn feed_remove(&self, key: &str) -> Result<FeedInfo> {
        let feed = self.feed(key).await?;
        let _turn = self.write_turn().await?;
        store::feeds::delete(&self.pool, feed.row.id).await?;
        Ok(feed)
    }

    /// Poll every feed that is due at `now` (every feed with `force`). Never fails as a
    /// whole: each feed's outcome is in the list. A forced poll (the user's "Poll now") is
    /// long work that reports its progress and stops when asked, leaving the rest unpolled;
    /// the quiet rounds of the poller report nothing.
    pub async fn feed_poll(&self, force: bool, now: DateTime<Utc>) -> Result<Vec<FeedPoll>> {
        let mut out = Vec::new();
        let feeds = self.feeds().await?;
        let mut job = force.then(|| self.start_job(Job::FeedPoll, feeds.len()));
        for (done, feed) in feeds.into_iter().enumerate() {
            if let Some(job) = job.as_mut().filter(|j| j.stop_asked()) {
                job.stop(done);
                break;
            }
            let due =
                feed.row.next_poll_at.as_deref().is_none_or(|next| {
                    DateTime::parse_from_rfc3339(next).map_or(true, |t| t <= now)
                });
            if !force && !due {
                out.push(FeedPoll {
                    url: feed.row.url,
                    status: "waiting".into(),
                    ..FeedPoll::default()
                });
                continue;
            }
            // One feed's storage error (it was removed mid-poll, the disk is full) is that
            // feed's failure; the others are still polled, and the articles it clipped
            // before the error stay counted (an open library is told of them). The failure
            // is recorded when the notebook takes it, so the feed waits its backoff instead
            // of being fetched again at the next round.
            let mut report = FeedPoll {
                url: feed.row.url.clone(),
                ..FeedPoll::default()
            };
            if let Err(err) = self.poll_one(&feed, now, force, &mut report).await {
                let error = err.to_string();
                if let Err(also) = self.record_failure(&feed, now, &error).await {
                    tracing::warn!(
                        "the failure of feed {} could not be recorded either: {also}",
                        feed.row.id
                    );
                }
                report.status = "failed".into();
                report.error = Some(error);
            }
            out.push(report);
            if let Some(job) = job.as_mut() {
                job.step_item(done + 1, feed.row.title.as_deref().unwrap_or(&feed.row.url));
            }
        }
        Ok(out)
    }

    /// Record that polling `feed` at `now` failed with `error`: it is next asked after its
    /// backoff.
    async fn record_failure(&self, feed: &FeedInfo, now: DateTime<Utc>, error: &str) -> Result<()> {
        let retry = feed::stamp(feed::backoff(now, feed.row.failures + 1));
        let _turn = self.write_turn().await?;
        store::feeds::record_failure(&self.pool, feed.row.id, error, &feed::stamp(now), &retry)
            .await?;
        Ok(())
    }

    /// Poll one feed into `report` (its status, new articles and failed items, as far as
    /// it got when it errs).
    async fn poll_one(
        &self,
        feed: &FeedInfo,
        now: DateTime<Utc>,
        force: bool,
        report: &mut FeedPoll,
    ) -> Result<()> {
        let row = &feed.row;
        let known = Validators {
            etag: row.etag.clone(),
            last_modified: row.last_modified.clone(),
        };
        // Forced, every item that failed is tried again; else a failed item waits
        // `RETRY_FAILED_AFTER`.
        let retry_failed_before = feed::stamp(if force {
            now + chrono::Duration::seconds(1)
        } else {
            now - RETRY_FAILED_AFTER
        });
        // A 304 would answer before the items are read, so a forced poll, and one with
        // failed items to try again, asks for the feed whatever it has.
        let ask =
            if force || store::feeds::retry_due(&self.pool, row.id, &retry_failed_before).await? {
                Validators::default()
            } else {
                known
            };
        let stamp = feed::stamp(now);
        let next = feed::stamp(now + POLL_EVERY);
        let fetched = match clip::fetch_conditional(&row.url, &FetchLimits::default(), &ask).await {
            Ok(Conditional::NotModified) => {
                let _turn = self.write_turn().await?;
                store::feeds::record_success(&self.pool, row.id, None, None, &stamp, &next).await?;
                report.status = "not_modified".into();
                return Ok(());
            }
            Ok(Conditional::Fresh(f, v)) => {
                feed::parse(&f.bytes, f.content_type.as_deref(), &f.final_url)
                    .map(|doc| (doc, v))
                    .map_err(|e| e.to_string())
            }
            Err(e) => Err(e.to_string()),
        };
        let (doc, validators) = match fetched {
            Ok(ok) => ok,
            Err(error) => {
                self.record_failure(feed, now, &error).await?;
                report.status = "failed".into();
                report.error = Some(error);
                return Ok(());
            }
        };
        // The items of a feed on the internet are fetched as from the internet, wherever
        // their links point (see `clip::fetch::reach`).
        let reach = match url::Url::parse(&row.url) {
            Ok(u) if clip::starts_local(&u).await => clip::Reach::AsGiven,
            _ => clip::Reach::Internet,
        };
        let mut fresh = Vec::new();
        for entry in doc.entries.iter() {
            if !store::feeds::seen(&self.pool, row.id, &entry.guid, &retry_failed_before).await? {
                fresh.push(entry);
            }
        }
        // Items left for the next poll must not be hidden from it behind a 304.
        let left_over = fresh.len() > MAX_ITEMS_PER_POLL;
        // Oldest first, so the notebook's clip order follows the feed's; when there are
        // more than a poll takes, the newest, and the older rest next time.
        let skip = fresh.len().saturating_sub(MAX_ITEMS_PER_POLL);
        for entry in fresh.into_iter().rev().skip(skip) {
            let label = entry
                .title
                .clone()
                .or_else(|| entry.url.clone())
                .unwrap_or_else(|| entry.guid.clone());
            match self
                .clip_entry(row.id, entry, (&feed.tags, &feed.themes), reach)
                .await
            {
                Ok(created) => report.new_articles += usize::from(created),
                Err(e) => {
                    let reason = e.to_string();
                    let _turn = self.write_turn().await?;
                    store::feeds::insert_item(
                        &self.pool,
                        row.id,
                        &entry.guid,
                        entry.url.as_deref(),
                        None,
                        Some(&reason),
                        &stamp,
                    )
                    .await?;
                    report.failed_items.push(Skipped {
                        item: label,
                        reason,
                    });
                }
            }
        }
        let validators = if left_over {
            (None, None)
        } else {
            (
                validators.etag.as_deref(),
                validators.last_modified.as_deref(),
            )
        };
        let _turn = self.write_turn().await?;
        store::feeds::rewait_failed(&self.pool, row.id, &retry_failed_before, &stamp).await?;
        store::feeds::record_success(
            &self.pool,
            row.id,
            Some(validators),
            doc.title.as_deref(),
            &stamp,
            &next,
        )
        .await?;
        report.status = "fetched".into();
        Ok(())
    }

    /// Clip one feed item: its article fetched in full, else the content the feed carried;
    /// the item's date is the article's when its page names none.
    /// The item is recorded as seen, and a new article confirmed in the feed's themes, in
    /// the clip's own transaction; an article the notebook had keeps the reader's verdicts.
    async fn clip_entry(
        &self,
        feed_id: i64,
        entry: &FeedEntry,
        (tags, themes): (&[String], &[String]),
        reach: clip::Reach,
    ) -> Result<bool> {
        let source = match (&entry.url, &entry.html) {
            (Some(url), _) => ClipSource::Url { url: url.clone() },
            (None, Some(html)) => {
                use crate::carry::import::wallabag::{About, page_about};
                let about = About {
                    published: entry.published.clone(),
                    ..About::default()
                };
                ClipSource::Html {
                    html: page_about(entry.title.as_deref().unwrap_or(""), &about, html),
                    url: None,
                }
            }
            (None, None) => {
                return Err(NotebookError::Invalid(
                    "The item has neither a link nor content.".into(),
                ));
            }
        };
        let extras = Extras {
            themes,
            feed_item: Some((feed_id, &entry.guid, entry.url.as_deref())),
            reach,
            published: entry.published.as_deref(),
            ..Extras::default()
        };
        let (outcome, _) = self
            .clip_with(source, tags, None, Via::Feed, &extras)
            .await?;
        if outcome.articles.is_empty() {
            return Err(NotebookError::Invalid("The item gave no article.".into()));
        }
        // An item already clipped (from another feed, a duplicate item, by hand) or joined
        // to an article as a copy is not new.
        Ok(outcome
            .articles
            .iter()
            .any(|a| a.status == crate::model::ClipStatus::Created))
    }

    /// Poll the feeds that are due every `every`, forever (the loopback server and the
    /// desktop app run this as a background task), and at once when a feed is subscribed
    /// (`feed_add`, `opml_import`): a new feed is due, so its articles come in then. After
    /// a round that brought articles, `brought` is told how many (so that an open library
    /// shows them). A failed round is logged and the next one goes on.
    pub async fn poll_feeds_every(&self, every: std::time::Duration, brought: impl Fn(usize)) {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                () = self.feeds_added.notified() => {}
            }
            match self.feed_poll(false, Utc::now()).await {
                Ok(polls) => {
                    for p in polls.iter().filter(|p| p.status != "waiting") {
                        tracing::info!(feed = %p.url, status = %p.status, new = p.new_articles, "polled a feed");
                    }
                    let new: usize = polls.iter().map(|p| p.new_articles).sum();
                    if new > 0 {
                        brought(new);
                    }
                }
                Err(e) => tracing::warn!(error = %e, "feed poll failed"),
            }
        }
    }

    /// Subscribe to every feed of an OPML file (not fetched now: the next poll does, which
    /// a running poller starts at once), in one transaction. Feeds already subscribed,
    /// outlines that are not web feeds and bad tags are skipped, with why; a storage
    /// failure imports nothing.
    pub async fn opml_import(&self, text: &str) -> Result<(usize, Vec<Skipped>)> {
        let (outlines, mut skipped) =
            opml::parse(text).map_err(|e| NotebookError::Invalid(e.to_string()))?;
        let mut added = 0;
        let mut tx = self.begin_write().await?;
        for o in outlines {
            let subscribed = match (feed_url(&o.url), clean_tags(&o.tags)) {
                (Err(e), _) | (_, Err(e)) => Err(e),
                (Ok(url), Ok(tags)) => {
                    let (title, site) = (o.title.as_deref(), o.site_url.as_deref());
                    subscribe(&mut tx, &url, title, site, &tags, &[]).await
                }
            };
            match subscribed {
                Ok(_) => added += 1,
                Err(NotebookError::Invalid(reason)) => skipped.push(Skipped {
                    item: o.title.unwrap_or(o.url),
                    reason,
                }),
                Err(e) => return Err(e),
            }
        }
        tx.commit().await?;
        if added > 0 {
            self.feeds_added.notify_one();
        }
        Ok((added, skipped))
    }

    /// Every subscription as an OPML 2.0 document.
    pub async fn opml_export(&self) -> Result<String> {
        let outlines: Vec<Outline> = self
            .feeds()
            .await?
            .into_iter()
            .map(|f| Outline {
                url: f.row.url,
                title: f.row.title,
                site_url: f.row.site_url,
                tags: f.tags,
            })
            .collect();
        Ok(opml::render(&outlines, &Utc::now().to_rfc2822()))
    }
}

fn info(row: FeedRow) -> FeedInfo {
    let split = |s: Option<&str>| -> Vec<String> {
        s.unwrap_or("")
            .split('\u{1f}')
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    };
    FeedInfo {
        tags: split(row.tags.as_deref()),
        themes: split(row.themes.as_deref()),
        row,
    }
}

/// A feed's address as an http(s) URL, or why it is not one.
fn feed_url(url: &str) -> Result<String> {
    web_url(url).map_err(|r| NotebookError::Invalid(format!("\"{}\" is {r}.", url.trim())))
}

/// Insert one subscription with its tags and themes inside `tx` (the caller commits);
/// `Invalid` when it is already there, `NotFound` for a theme that does not exist. The
/// tags are cleaned already.
async fn subscribe(
    tx: &mut sqlx::SqliteConnection,
    url: &str,
    title: Option<&str>,
    site: Option<&str>,
    tags: &[String],
    themes: &[String],
) -> Result<i64> {
    let id = store::feeds::insert(&mut *tx, url, title, site, &store::now())
        .await?
        .ok_or_else(|| NotebookError::Invalid(format!("You already subscribe to {url}.")))?;
    for tag in tags {
        let tag_id = store::tags::upsert(&mut *tx, tag).await?;
        store::feeds::attach_tag(&mut *tx, id, tag_id).await?;
    }
    for theme in themes {
        let (theme_id, _, _) = store::themes::find(&mut *tx, theme).await?.ok_or_else(|| {
            NotebookError::NotFound(format!(
                "There is no theme called \"{}\"; create it first with `clipline theme add`.",
                theme.trim()
            ))
        })?;
        store::feeds::attach_theme(&mut *tx, id, theme_id).await?;
    }
    Ok(id)
}
