//! Analysis in the notebook: run `analyze` on an article and store what it found —
//! mentions, dated claims with their entities and figures, entity links of the article's
//! `published` event, theme membership — replacing the previous analysis of that article
//! and never touching notes, tags or highlights.
//!
//! The matcher is the built-in registry with the user's entity edits applied (their own
//! entities and aliases added, rejected entities removed); it is rebuilt after an edit.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Job, Notebook, Result};
use crate::analyze::entities::{Alias, Entry, Kind, Registry};
use crate::analyze::{self, LANE_SALIENCE};
use crate::model::{Precision, Tense};
use crate::query;
use crate::search::matching::ArticleText;
use crate::store::entities::NewMention;
use crate::store::events::{EntityLink, NewClaim};
use crate::store::{self};

/// Two reports share a story only through an entity this salient in both (a title
/// mention, or a lead mention repeated).
const STORY_SALIENCE: f64 = 0.5;

/// An article's title, standfirst, text, publication and clip dates, as analysis reads them.
type Row5 = (String, Option<String>, String, Option<String>, String);

/// What the articles stored in one transaction share, so that each does not ask the
/// notebook again: the stored entity of each registry key met so far (`None`: the user
/// rejected it), each source's id, and the themes with their parsed queries. It holds
/// only inside the transaction that filled it (no other writer runs meanwhile), and only
/// while nothing it read is rolled back: a batch that rolls back a savepoint `forget`s it.
#[derive(Default)]
pub(super) struct Shared {
    entities: HashMap<String, Option<i64>>,
    pub(super) sources: HashMap<(String, Option<String>), i64>,
    themes: Option<Vec<(i64, query::Expr)>>,
}

impl Shared {
    /// Forget everything (a savepoint was rolled back: rows it named may be gone).
    pub(super) fn forget(&mut self) {
        *self = Self::default();
    }
}

/// Whether an article is stored for the first time (nothing of an earlier analysis to
/// clear) or analysed again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Previous {
    None,
    Replace,
}

/// What a re-analysis did.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct ReanalyzeReport {
    /// Articles analysed (all of them, unless `stopped`).
    pub articles: usize,
    pub mentions: usize,
    pub claims: usize,
    /// A face stopped the work before the last article (see `Notebook::stop_jobs`).
    pub stopped: bool,
}

/// Analyse an article's title and text against its publication date (else the clip date,
/// else today). Pure and CPU-bound: bulk import runs it on worker threads. A standfirst
/// kept apart from the text (`dek`) is read with the title: the entities it names weigh
/// as the headline's do.
pub(super) fn analysis_of(
    registry: &Registry,
    title: &str,
    dek: Option<&str>,
    text: &str,
    published: Option<&str>,
    clipped: &str,
) -> analyze::Analysis {
    let title = match dek {
        Some(dek) => std::borrow::Cow::Owned(format!("{title}\n{dek}")),
        None => std::borrow::Cow::Borrowed(title),
    };
    let anchor = published
        .or(Some(clipped))
        .and_then(|d| d.get(..10))
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    analyze::analyze(registry, &title, text, anchor)
}

/// The `settings` key that every entity edit counts up (see [`Notebook::registry`]).
const REGISTRY_VERSION: &str = "registry_version";

impl Notebook {
    /// The matcher's registry: built-in entries with the user's edits applied. Built again
    /// when the notebook's `registry_version` moved since (an entity edit, also one made by
    /// another process: the migration `count_entity_edits`).
    pub(super) async fn registry(&self) -> Result<Arc<Registry>> {
        // Read before the edits, so that an edit landing in between builds again next time.
        let version = store::settings::get(&self.pool, REGISTRY_VERSION).await?;
        if let Some((built_at, r)) = self.registry.read().await.as_ref()
            && *built_at == version
        {
            return Ok(r.clone());
        }
        let edits = store::entities::user_edits(&self.pool).await?;
        let registry = if edits.is_empty() {
            Arc::new(Registry::builtin().clone())
        } else {
            let mut entries: Vec<Entry> = Registry::builtin().entries.clone();
            let mut by_key: HashMap<String, usize> = entries
                .iter()
                .enumerate()
                .map(|(i, e)| (e.key.clone(), i))
                .collect();
            let mut rejected = Vec::new();
            for (row, aliases) in edits {
                let aliases: Vec<Alias> = aliases
                    .unwrap_or_default()
                    .split('\u{1f}')
                    .filter(|a| !a.is_empty())
                    .map(|a| Alias {
                        text: a.to_string(),
                        needs_context: false,
                    })
                    .collect();
                if row.rejected {
                    rejected.push(row.key.clone());
                }
                match by_key.get(&row.key) {
                    Some(&i) => entries[i].aliases.extend(aliases),
                    None => {
                        by_key.insert(row.key.clone(), entries.len());
                        entries.push(Entry {
                            key: row.key.clone(),
                            name: row.name.clone(),
                            kind: Kind::parse(&row.kind).unwrap_or(Kind::Org),
                            parents: Vec::new(),
                            aliases,
                            context: Vec::new(),
                        });
                    }
                }
            }
            entries.retain(|e| !rejected.contains(&e.key));
            Arc::new(
                Registry::new(entries).map_err(|e| super::NotebookError::Invalid(e.to_string()))?,
            )
        };
        *self.registry.write().await = Some((version, registry.clone()));
        Ok(registry)
    }

    /// Forget the cached matcher (after an entity edit).
    pub(super) async fn registry_changed(&self) {
        *self.registry.write().await = None;
    }

    /// Analyse one article inside the caller's transaction, replacing its previous analysis.
    pub(super) async fn analyze_article(
        &self,
        tx: &mut sqlx::SqliteConnection,
        registry: &Registry,
        article_id: i64,
    ) -> Result<(usize, usize)> {
        let row: Option<Row5> = sqlx::query_as(
            "SELECT title, dek, content_text, published_at, clipped_at FROM articles WHERE id = ?1",
        )
        .bind(article_id)
        .fetch_optional(&mut *tx)
        .await?;
        // Deleted since the caller listed it (a re-analysis runs while the user works on):
        // nothing to analyse, and no reason to stop the rest.
        let Some((title, dek, text, published, clipped)) = row else {
            return Ok((0, 0));
        };
        let found = analysis_of(
            registry,
            &title,
            dek.as_deref(),
            &text,
            published.as_deref(),
            &clipped,
        );
        let mut shared = Shared::default();
        self.store_analysis(
            tx,
            registry,
            &mut shared,
            (article_id, Previous::Replace),
            &title,
            &found,
        )
        .await
    }

    /// Store an analysis made by `analysis_of` for an article, in the caller's
    /// transaction, replacing its previous one (`Previous::Replace`); returns (mentions,
    /// claims).
    pub(super) async fn store_analysis(
        &self,
        tx: &mut sqlx::SqliteConnection,
        registry: &Registry,
        shared: &mut Shared,
        (article_id, previous): (i64, Previous),
        title: &str,
        found: &analyze::Analysis,
    ) -> Result<(usize, usize)> {
        if previous == Previous::Replace {
            store::events::clear_analysis(tx, article_id).await?;
            store::entities::clear_mentions(&mut *tx, article_id).await?;
            store::stories::leave(&mut *tx, article_id).await?;
        }
        let now = store::now();
        let ids = &mut shared.entities;
        let mut mentions = Vec::with_capacity(found.mentions.len());
        for m in &found.mentions {
            let Some(id) = entity_id(tx, registry, &m.key, &now, ids).await? else {
                continue;
            };
            mentions.push(NewMention {
                entity_id: id,
                count: m.count as i64,
                salience: m.salience,
                first_offset: m.first_offset.map_or(-1, |o| o as i64),
            });
        }
        store::entities::insert_mentions(&mut *tx, article_id, &mentions).await?;
        // Written in one statement once every event exists, in the order found (the first
        // link of an event to an entity is the one kept).
        let mut links = Vec::new();
        // The article itself sits on the lanes of the entities it is about: the ones its
        // headline names, and any it names again and again. Where a sentence of its own
        // already puts it on that lane around the day it came out (the lead reporting the
        // news), the link is covered: that sentence is the article's point on the lane, not
        // a second headline beside it; a lane of publications alone still lists it.
        if let Some((event, day)) = store::events::published_event(&mut *tx, article_id).await? {
            let in_title: Vec<String> = registry
                .find_mentions(title, "")
                .into_iter()
                .map(|m| m.key)
                .collect();
            let reported = reported_by_claims(registry, &found.claims, &day);
            for m in found
                .mentions
                .iter()
                .filter(|m| m.salience >= LANE_SALIENCE || in_title.contains(&m.key))
            {
                if let Some(&Some(id)) = ids.get(&m.key) {
                    links.push(EntityLink {
                        event_id: event,
                        entity_id: id,
                        covered: reported.contains(&m.key),
                    });
                }
            }
        }
        for claim in &found.claims {
            let (start, end) = (claim.date_start.to_string(), claim.date_end.to_string());
            let new = NewClaim {
                date_start: &start,
                date_end: &end,
                precision: precision_str(claim.precision),
                tense: if claim.tense == Tense::Expected {
                    "expected"
                } else {
                    "happened"
                },
                sentence: &claim.sentence,
                span: (claim.span.0 as i64, claim.span.1 as i64),
                amount: claim.amount.as_ref(),
            };
            let event = store::events::insert_claim(&mut *tx, article_id, &new).await?;
            for key in claim_entities(registry, &claim.entities) {
                if let Some(id) = entity_id(tx, registry, &key, &now, ids).await? {
                    links.push(EntityLink {
                        event_id: event,
                        entity_id: id,
                        covered: false,
                    });
                }
            }
        }
        store::events::link_entities(&mut *tx, &links).await?;
        self.assign_story(tx, article_id, title).await?;
        self.score_themes(tx, article_id, shared).await?;
        Ok((found.mentions.len(), found.claims.len()))
    }

    /// Score the article against every theme, in one statement. Its words and phrases are
    /// looked for in its own text (`search::matching`), not in the index, whose match lists
    /// grow with the notebook; what cannot be decided that way still asks the index.
    async fn score_themes(
        &self,
        tx: &mut sqlx::SqliteConnection,
        article_id: i64,
        shared: &mut Shared,
    ) -> Result<()> {
        if shared.themes.is_none() {
            let themes = store::themes::queries(&mut *tx).await?;
            shared.themes = Some(
                themes
                    .into_iter()
                    .filter_map(|(id, q)| match query::parse(&q) {
                        Ok(expr) => Some((id, expr)),
                        // Saved by an earlier release whose language took it (a theme
                        // made now is checked first): say so rather than score nothing.
                        Err(err) => {
                            tracing::warn!(theme = id, query = %q, "theme query not scored: {err}");
                            None
                        }
                    })
                    .collect(),
            );
        }
        let themes = shared.themes.as_deref().unwrap_or_default();
        if themes.is_empty() {
            return Ok(());
        }
        let Some(columns) = store::fts::indexed_text(&mut *tx, article_id).await? else {
            return Ok(());
        };
        let text = ArticleText::read(&columns.each_ref().map(String::as_str));
        let known = |term: &query::Expr| text.holds(term);
        store::themes::materialize_article(tx, article_id, themes, &known).await?;
        Ok(())
    }

    /// Put the article in the story of another outlet's report of the same happening
    /// (shared salient entity, published within days, overlapping headline), if any.
    async fn assign_story(
        &self,
        tx: &mut sqlx::SqliteConnection,
        article_id: i64,
        title: &str,
    ) -> Result<()> {
        let candidates = store::stories::candidates(&mut *tx, article_id, STORY_SALIENCE).await?;
        let Some(other) = candidates
            .into_iter()
            .filter(|c| {
                analyze::stories::headline_overlap(title, &c.title) >= analyze::stories::SAME_STORY
            })
            .max_by_key(|c| c.story_id.is_some())
        else {
            return Ok(());
        };
        store::stories::join(
            tx,
            other.story_id,
            &[other.id, article_id],
            &other.title,
            &store::now(),
        )
        .await?;
        Ok(())
    }

    /// Analyse every article again (after the registry, a theme or the analyser changed),
    /// one transaction per article, reporting its progress with the article last analysed
    /// (see `progress`) and stopping
    /// when asked. Notes, tags and highlights are never touched.
    pub async fn reanalyze(&self) -> Result<ReanalyzeReport> {
        // The titles name the article last worked on in the progress events.
        let ids: Vec<(i64, String)> = sqlx::query_as("SELECT id, title FROM articles ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        let registry = self.registry().await?;
        let mut report = ReanalyzeReport {
            articles: ids.len(),
            ..Default::default()
        };
        let mut progress = self.start_job(Job::Reanalyze, ids.len());
        for (done, (id, title)) in ids.iter().enumerate() {
            if progress.stop_asked() {
                progress.stop(done);
                (report.articles, report.stopped) = (done, true);
                break;
            }
            let mut tx = self.begin_write().await?;
            let (mentions, claims) = self.analyze_article(&mut tx, &registry, *id).await?;
            tx.commit().await?;
            report.mentions += mentions;
            report.claims += claims;
            progress.step_item(done + 1, title);
        }
        Ok(report)
    }
}

/// The stored entity for a registry key (created on first mention, parents linked),
/// following a user's merge; `None` when the user rejected it.
async fn entity_id(
    tx: &mut sqlx::SqliteConnection,
    registry: &Registry,
    key: &str,
    now: &str,
    cache: &mut HashMap<String, Option<i64>>,
) -> Result<Option<i64>> {
    if let Some(&id) = cache.get(key) {
        return Ok(id);
    }
    let Some(entry) = registry.get(key) else {
        return Ok(None);
    };
    let mut row =
        store::entities::ensure(&mut *tx, key, &entry.name, entry.kind.as_str(), now).await?;
    for _ in 0..8 {
        let Some(target) = row.merged_into else { break };
        row = sqlx::query_as(
            "SELECT id, key, name, kind, origin, rejected, merged_into FROM entities WHERE id = ?1",
        )
        .bind(target)
        .fetch_one(&mut *tx)
        .await?;
    }
    if row.rejected {
        cache.insert(key.to_string(), None);
        return Ok(None);
    }
    for parent in &entry.parents {
        if let Some(p) = registry.get(parent) {
            let prow =
                store::entities::ensure(&mut *tx, &p.key, &p.name, p.kind.as_str(), now).await?;
            store::entities::set_parent(&mut *tx, row.id, prow.id).await?;
            break;
        }
    }
    cache.insert(key.to_string(), Some(row.id));
    Ok(Some(row.id))
}

/// How near the publication day a claim must be to stand for the article's own report.
const NEWS_DAYS: i64 = 7;

/// The entities (registry keys, parents included as on their lanes) that a day-precise
/// claim dated within [`NEWS_DAYS`] of `published` (`YYYY-MM-DD`) already puts on a lane.
fn reported_by_claims(
    registry: &Registry,
    claims: &[analyze::Claim],
    published: &str,
) -> std::collections::HashSet<String> {
    let Ok(day) = chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d") else {
        return Default::default();
    };
    claims
        .iter()
        .filter(|c| {
            c.precision == Precision::Day && (c.date_start - day).num_days().abs() <= NEWS_DAYS
        })
        .flat_map(|c| claim_entities(registry, &c.entities))
        .collect()
}

/// The entities a claim belongs to: those it names, plus the company behind a named
/// product, site or person ("Hyperion will scale up to 5 gigawatts" is Meta news too).
fn claim_entities(registry: &Registry, keys: &[String]) -> Vec<String> {
    let mut out: Vec<String> = keys.to_vec();
    for key in keys {
        let Some(entry) = registry.get(key) else {
            continue;
        };
        if matches!(entry.kind, Kind::Product | Kind::Place | Kind::Person)
            && let Some(parent) = entry.parent()
            && !out.iter().any(|k| k == parent)
        {
            out.push(parent.to_string());
        }
    }
    out
}

fn precision_str(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Quarter => "quarter",
        Precision::Year => "year",
    }
}
