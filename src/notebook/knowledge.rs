//! Entities and themes as the user shapes them: list, add, alias, rename, merge and reject
//! entities (their edits win over the registry and survive re-analysis), and themes as
//! named queries whose membership is computed and can be confirmed or rejected.

use super::{Notebook, NotebookError, Result};
use crate::model::{ArticleTheme, EntityEffect, EntityInfo, ThemeInfo};
use crate::query;
use crate::search::SearchError;
use crate::store;

impl Notebook {
    /// Entities with their article counts, most mentioned first.
    pub async fn entities(&self, limit: u32) -> Result<Vec<EntityInfo>> {
        Ok(store::entities::list(&self.pool, limit.clamp(1, 10_000)).await?)
    }

    /// Add an entity of the user's own (kind: company, person, org, place, product) with
    /// optional aliases; re-analyses the notebook so existing articles find it.
    pub async fn entity_add(
        &self,
        name: &str,
        kind: &str,
        aliases: &[String],
    ) -> Result<EntityInfo> {
        let name = entity_name(name, "name")?;
        let aliases = aliases
            .iter()
            .filter(|a| !a.trim().is_empty())
            .map(|a| entity_name(a, "alias"))
            .collect::<Result<Vec<_>>>()?;
        if !matches!(kind, "company" | "person" | "org" | "place" | "product") {
            return Err(NotebookError::Invalid(format!(
                "\"{kind}\" is not a kind; use company, person, org, place or product."
            )));
        }
        if let Some(other) = store::entities::find(&self.pool, name).await? {
            return Err(taken(name, &other.name));
        }
        for &alias in &aliases {
            if let Some(other) = store::entities::find(&self.pool, alias).await? {
                return Err(taken(alias, &other.name));
            }
        }
        // A name Clipline already knows is that entity, whether an article has named it yet
        // or not: a `user:` twin would take over its lane (a name finds the user's entity
        // first) with none of its mentions, and could not be merged into it.
        let builtin = crate::analyze::entities::Registry::builtin();
        let known = builtin.lookup(name);
        for &alias in &aliases {
            if let Some(entry) = builtin.lookup(alias)
                && known.is_none_or(|k| k.key != entry.key)
            {
                return Err(taken(alias, &entry.name));
            }
        }
        if let Some(entry) = known {
            return self.entity_add_known(entry, &aliases).await;
        }
        let key = format!(
            "user:{}",
            name.to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join("-")
        );
        let mut tx = self.begin_write().await?;
        let id = store::entities::insert_user(&mut *tx, &key, name, kind, &store::now())
            .await
            .map_err(|_| {
                NotebookError::Invalid(format!("There is already an entity called \"{name}\"."))
            })?;
        for &alias in &aliases {
            store::entities::add_alias(&mut *tx, id, alias, "user").await?;
        }
        tx.commit().await?;
        self.after_entity_edit(name).await?;
        self.entity_info(name).await
    }

    /// "Add" an entity the built-in registry knows: its row (made now if no article has
    /// named it yet) takes the user's aliases. A rejected one says how to take it back.
    async fn entity_add_known(
        &self,
        entry: &crate::analyze::entities::Entry,
        aliases: &[&str],
    ) -> Result<EntityInfo> {
        if store::entities::find_rejected(&self.pool, &entry.key)
            .await?
            .is_some()
        {
            return Err(NotebookError::Invalid(format!(
                "\"{}\" is rejected in this notebook; take the rejection back instead \
                 (clipline entity restore).",
                entry.name
            )));
        }
        let mut tx = self.begin_write().await?;
        let row = store::entities::ensure(
            &mut *tx,
            &entry.key,
            &entry.name,
            entry.kind.as_str(),
            &store::now(),
        )
        .await?;
        for &alias in aliases {
            store::entities::add_alias(&mut *tx, row.id, alias, "user").await?;
        }
        tx.commit().await?;
        if !aliases.is_empty() {
            self.after_entity_edit(&row.name).await?;
        }
        self.entity_info(&row.name).await
    }

    /// Give an entity another name that analysis will recognise.
    pub async fn entity_alias(&self, name: &str, alias: &str) -> Result<EntityInfo> {
        let row = self.find_entity(name).await?;
        let alias = entity_name(alias, "alias")?;
        if let Some(other) = store::entities::find(&self.pool, alias).await?
            && other.id != row.id
        {
            return Err(taken(alias, &other.name));
        }
        {
            let _turn = self.write_turn().await?;
            store::entities::add_alias(&self.pool, row.id, alias, "user").await?;
        }
        self.after_entity_edit(&row.name).await?;
        self.entity_info(&row.name).await
    }

    /// Rename an entity (its old name stays as an alias); its memos follow it.
    pub async fn entity_rename(&self, name: &str, new_name: &str) -> Result<EntityInfo> {
        let row = self.find_entity(name).await?;
        let new_name = entity_name(new_name, "new name")?;
        if let Some(other) = store::entities::find(&self.pool, new_name).await?
            && other.id != row.id
        {
            return Err(taken(new_name, &other.name));
        }
        let mut tx = self.begin_write().await?;
        store::entities::add_alias(&mut *tx, row.id, &row.name, "user").await?;
        store::entities::rename(&mut *tx, row.id, new_name).await?;
        store::memos::move_subject(&mut tx, "entity", &row.name, new_name).await?;
        // A theme `entity:` finds the entity by its names: score them again.
        store::themes::rescore(&mut tx, None, &["entity:"]).await?;
        tx.commit().await?;
        self.registry_changed().await;
        self.entity_info(new_name).await
    }

    /// Merge entity `from` into `into`: its mentions, timeline items, names and memos move
    /// over.
    pub async fn entity_merge(&self, from: &str, into: &str) -> Result<EntityInfo> {
        let (a, b) = (self.find_entity(from).await?, self.find_entity(into).await?);
        if a.id == b.id {
            return Err(NotebookError::Invalid(
                "An entity cannot be merged into itself.".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        store::entities::merge(&mut tx, a.id, b.id).await?;
        store::memos::move_subject(&mut tx, "entity", &a.name, &b.name).await?;
        store::themes::rescore(&mut tx, None, &["entity:"]).await?;
        tx.commit().await?;
        self.registry_changed().await;
        self.entity_info(&b.name).await
    }

    /// What merging `name` into `into` (or, without `into`, rejecting it) would touch,
    /// without changing anything; `NotFound` for an unknown name.
    pub async fn entity_effect(&self, name: &str, into: Option<&str>) -> Result<EntityEffect> {
        let entity = self.entity_info(name).await?;
        let into = match into {
            Some(other) => Some(self.entity_info(other).await?),
            None => None,
        };
        let mut conn = self.pool.acquire().await?;
        let (articles, events, shared_articles) =
            store::entities::effect(&mut conn, entity.id, into.as_ref().map(|e| e.id)).await?;
        Ok(EntityEffect {
            entity,
            into,
            articles,
            events,
            shared_articles,
        })
    }

    /// Reject an entity: it leaves every lane and analysis stops recording it.
    /// `Invalid` when it is rejected already (naming the way back).
    pub async fn entity_reject(&self, name: &str) -> Result<()> {
        if store::entities::find(&self.pool, name).await?.is_none()
            && let Some(row) = store::entities::find_rejected(&self.pool, name).await?
        {
            return Err(NotebookError::Invalid(format!(
                "\"{}\" is rejected already: restore it to bring it back.",
                row.name
            )));
        }
        let row = self.find_entity(name).await?;
        let mut tx = self.begin_write().await?;
        store::entities::reject(&mut tx, row.id).await?;
        tx.commit().await?;
        self.registry_changed().await;
        Ok(())
    }

    /// Undo a rejection: the entity is recognised again and the notebook is analysed again,
    /// so its mentions and timeline items come back. `NotFound` when no rejected entity
    /// has that name.
    pub async fn entity_restore(&self, name: &str) -> Result<EntityInfo> {
        let Some(row) = store::entities::find_rejected(&self.pool, name).await? else {
            return Err(NotebookError::NotFound(format!(
                "No rejected entity is called \"{}\".",
                name.trim()
            )));
        };
        let mut tx = self.begin_write().await?;
        store::entities::restore(&mut tx, row.id).await?;
        tx.commit().await?;
        self.after_entity_edit(&row.name).await?;
        self.entity_info(&row.name).await
    }

    async fn entity_info(&self, name: &str) -> Result<EntityInfo> {
        let row = self.find_entity(name).await?;
        store::entities::list(&self.pool, 100_000)
            .await?
            .into_iter()
            .find(|e| e.id == row.id)
            .ok_or_else(|| NotebookError::NotFound(format!("No entity called \"{name}\".")))
    }

    /// New names to match for the entity `name`: rebuild the matcher and analyse every
    /// article again. `Stopped` when the re-analysis was stopped before its end: the edit
    /// is saved, but only the articles analysed so far know it.
    async fn after_entity_edit(&self, name: &str) -> Result<()> {
        self.registry_changed().await;
        let report = self.reanalyze().await?;
        if report.stopped {
            let total: i64 = sqlx::query_scalar("SELECT count(*) FROM articles")
                .fetch_one(&self.pool)
                .await?;
            return Err(NotebookError::Stopped(format!(
                "\"{name}\" is saved, but the re-analysis was stopped after {} of {total} \
                 articles: analyse the notebook again (Settings → Analyse again, or `clipline \
                 reanalyze`) so that the other articles find it.",
                report.articles
            )));
        }
        Ok(())
    }

    /// Create or update a theme (a named query with a colour) and compute its articles.
    pub async fn theme_save(
        &self,
        name: &str,
        query_text: &str,
        color: Option<&str>,
    ) -> Result<ThemeInfo> {
        let name = name.trim();
        if name.is_empty() {
            return Err(NotebookError::Invalid("A theme needs a name.".into()));
        }
        let expr = query::parse(query_text).map_err(SearchError::from)?;
        if mentions_a_theme(&expr) {
            return Err(NotebookError::Invalid(
                "A theme's query cannot use theme: (its articles would not follow when the \
                 other theme changes); write that theme's words into this query instead."
                    .into(),
            ));
        }
        let color = color
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .unwrap_or("#3b6ea5");
        let mut tx = self.begin_write().await?;
        // Saved under its name in another case (beyond ASCII too), a theme is that theme.
        let name = match store::themes::find(&mut *tx, name).await? {
            Some((_, stored, _)) => stored,
            None => name.to_string(),
        };
        let id =
            store::themes::upsert(&mut *tx, &name, query_text.trim(), color, &store::now()).await?;
        store::themes::materialize(&mut tx, id, &expr).await?;
        tx.commit().await?;
        self.themes()
            .await?
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(|| NotebookError::NotFound(format!("Theme \"{name}\" vanished.")))
    }

    /// Delete the theme called `name` (ignoring case) and return it as it was, so that a
    /// caller can offer to add it back and name the saved searches still asking for it;
    /// its articles stay. `NotFound` for an unknown name.
    pub async fn theme_delete(&self, name: &str) -> Result<ThemeInfo> {
        let gone = self
            .themes()
            .await?
            .into_iter()
            .find(|t| t.name.to_lowercase() == name.trim().to_lowercase())
            .ok_or_else(|| {
                NotebookError::NotFound(format!("There is no theme called \"{}\".", name.trim()))
            })?;
        let _turn = self.write_turn().await?;
        store::themes::delete(&self.pool, gone.id).await?;
        Ok(gone)
    }

    /// Rename the theme `name` to `to`, keeping its articles, the user's verdicts on them,
    /// its feeds and the memos about it; the saved searches asking for `theme:OLD` ask by
    /// the new name (a theme's own query cannot ask for a theme). A name another theme has is refused (saving under it
    /// would change that theme instead); a change of case only is a rename too.
    pub async fn theme_rename(&self, name: &str, to: &str) -> Result<ThemeInfo> {
        let to = to.trim();
        if to.is_empty() {
            return Err(NotebookError::Invalid("A theme needs a name.".into()));
        }
        let no_such =
            || NotebookError::NotFound(format!("There is no theme called \"{}\".", name.trim()));
        let mut tx = self.begin_write().await?;
        let (id, from, _) = store::themes::find(&mut *tx, name)
            .await?
            .ok_or_else(no_such)?;
        if let Some((other, taken, _)) = store::themes::find(&mut *tx, to).await?
            && other != id
        {
            return Err(NotebookError::Invalid(format!(
                "There is already a theme called \"{taken}\"; delete it first or pick another name."
            )));
        }
        store::themes::rename(&mut tx, id, &from, to).await?;
        // Saved searches asking for `theme:OLD` ask by the new name.
        super::library::rename_in_queries(&mut tx, crate::query::Field::Theme, &from, to).await?;
        tx.commit().await?;
        self.themes()
            .await?
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(no_such)
    }

    /// Every theme with its article count and the saved searches asking for it.
    pub async fn themes(&self) -> Result<Vec<ThemeInfo>> {
        let mut themes = store::themes::list(&self.pool).await?;
        let searches = store::saved_searches::list(&self.pool).await?;
        for theme in &mut themes {
            theme.saved_searches = searches
                .iter()
                .filter(|s| query::rename::asks_for(&s.query, query::Field::Theme, &theme.name))
                .map(|s| s.name.clone())
                .collect();
        }
        Ok(themes)
    }

    /// Confirm (`Some(true)`), reject (`Some(false)`) or reset (`None`) one article's
    /// membership of a theme; the user's verdict wins over the query. Answers with the
    /// article's themes as they now are.
    pub async fn theme_verdict(
        &self,
        theme: &str,
        article_id: i64,
        verdict: Option<bool>,
    ) -> Result<Vec<ArticleTheme>> {
        let (id, _, _) = store::themes::find(&self.pool, theme)
            .await?
            .ok_or_else(|| {
                NotebookError::NotFound(format!("There is no theme called \"{theme}\"."))
            })?;
        if store::articles::summary(&self.pool, article_id)
            .await?
            .is_none()
        {
            return Err(NotebookError::NotFound(format!(
                "There is no article {article_id}."
            )));
        }
        let _turn = self.write_turn().await?;
        store::themes::set_manual(&self.pool, id, article_id, verdict).await?;
        self.article_themes(article_id).await
    }

    /// The themes article `id` is in, and those the user took it out of.
    pub async fn article_themes(&self, id: i64) -> Result<Vec<ArticleTheme>> {
        Ok(store::themes::of_article(&self.pool, id).await?)
    }
}

/// Whether a query holds a `theme:` field anywhere (a theme's membership is computed when
/// it is saved and when an article arrives, not when another theme changes).
fn mentions_a_theme(e: &query::Expr) -> bool {
    match e {
        query::Expr::Field { field, .. } => *field == query::Field::Theme,
        query::Expr::Not(inner) => mentions_a_theme(inner),
        query::Expr::And(items) | query::Expr::Or(items) => items.iter().any(mentions_a_theme),
        query::Expr::Word { .. } | query::Expr::Phrase(_) => false,
    }
}

/// The longest entity name or alias, in characters: the longest official company names run
/// to about 150; anything longer is a pasted sentence, which would be matched nowhere.
const NAME_MAX_CHARS: usize = 200;

/// `text` trimmed, as an entity's name or alias (`what` says which, for the message):
/// refused when empty, longer than `NAME_MAX_CHARS`, or holding a line break or another
/// control character (a name is matched within one line of text).
fn entity_name<'t>(text: &'t str, what: &str) -> Result<&'t str> {
    let name = text.trim();
    if name.is_empty() {
        return Err(NotebookError::Invalid(format!(
            "The {what} is empty: type a name."
        )));
    }
    let chars = name.chars().count();
    if chars > NAME_MAX_CHARS {
        return Err(NotebookError::Invalid(format!(
            "The {what} is {chars} characters long; an entity's names are at most {NAME_MAX_CHARS}."
        )));
    }
    if name.chars().any(char::is_control) {
        return Err(NotebookError::Invalid(format!(
            "The {what} holds a line break or another control character; type it on one line."
        )));
    }
    Ok(name)
}

/// A name or alias that already names another entity: two entities answering to one name
/// would split its timeline from its search (`entity:` finds both, a lane one).
fn taken(name: &str, other: &str) -> NotebookError {
    if name.eq_ignore_ascii_case(other) {
        NotebookError::Invalid(format!(
            "There is already an entity called \"{other}\"; add an alias to it, or merge into it."
        ))
    } else {
        NotebookError::Invalid(format!(
            "\"{name}\" already names \"{other}\"; merge the two instead (clipline entity merge)."
        ))
    }
}
