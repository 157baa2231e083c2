//! Research memos (Markdown on an entity, a theme or a story, citing articles and
//! highlights by link) and saved searches.

use super::{Notebook, NotebookError, Result, TimelineAsk};
use crate::model::{Memo, MemoSubject, SavedSearch};
use crate::query;
use crate::search::SearchError;
use crate::store;

impl Notebook {
    /// Write a memo: a new one on `subject` when `id` is `None`, else replace memo `id`'s
    /// title and body. `Invalid` for an empty body or subject, `NotFound` for an unknown id.
    pub async fn memo_save(
        &self,
        id: Option<i64>,
        kind: MemoSubject,
        subject: &str,
        title: &str,
        body: &str,
    ) -> Result<Memo> {
        let (subject, title, body) = (subject.trim(), title.trim(), body.trim());
        if body.is_empty() {
            return Err(NotebookError::Invalid(
                "The memo is empty: write something first.".into(),
            ));
        }
        if subject.is_empty() {
            return Err(NotebookError::Invalid(
                "A memo needs a subject: an entity, a theme or a story.".into(),
            ));
        }
        let now = store::now();
        let _turn = self.write_turn().await?;
        match id {
            None => Ok(store::memos::insert(&self.pool, kind, subject, title, body, &now).await?),
            Some(id) => store::memos::update(&self.pool, id, title, body, &now)
                .await?
                .ok_or_else(|| NotebookError::NotFound(format!("There is no memo {id}."))),
        }
    }

    /// The memos on one subject, or all of them; newest edit first.
    pub async fn memos(&self, subject: Option<(MemoSubject, &str)>) -> Result<Vec<Memo>> {
        Ok(store::memos::list(&self.pool, subject.map(|(k, s)| (k, s.trim()))).await?)
    }

    /// Delete a memo; `NotFound` when there is none.
    pub async fn memo_delete(&self, id: i64) -> Result<()> {
        let _turn = self.write_turn().await?;
        if store::memos::delete(&self.pool, id).await? {
            Ok(())
        } else {
            Err(NotebookError::NotFound(format!("There is no memo {id}.")))
        }
    }

    /// A timeline with the memos on its entities and themes, as one Markdown document.
    pub async fn timeline_report(&self, ask: &TimelineAsk) -> Result<String> {
        let timeline = self.timeline(ask).await?;
        let mut memos = Vec::new();
        for name in &ask.entities {
            memos.extend(self.memos(Some((MemoSubject::Entity, name))).await?);
        }
        for name in &ask.themes {
            memos.extend(self.memos(Some((MemoSubject::Theme, name))).await?);
        }
        let names: Vec<&str> = ask
            .entities
            .iter()
            .chain(&ask.themes)
            .map(String::as_str)
            .collect();
        let title = match (names.is_empty(), ask.query.as_deref()) {
            (false, _) => format!("Timeline: {}", names.join(", ")),
            (true, Some(q)) if !q.trim().is_empty() => format!("Timeline: {q}"),
            _ => "Timeline".to_string(),
        };
        let mut ids: Vec<i64> = timeline
            .lanes
            .iter()
            .flat_map(|l| l.items.iter().map(|i| i.article_id))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let cited = {
            let mut conn = self.pool.acquire().await?;
            store::articles::titles_and_links(&mut conn, &ids).await?
        };
        Ok(crate::report::timeline_markdown(
            &title, &timeline, &memos, &cited,
        ))
    }

    /// Save a search under a name (a query that does not parse is `Invalid`).
    pub async fn saved_search_save(&self, name: &str, query_text: &str) -> Result<SavedSearch> {
        let name = name.trim();
        if name.is_empty() {
            return Err(NotebookError::Invalid(
                "A saved search needs a name.".into(),
            ));
        }
        query::parse(query_text).map_err(SearchError::from)?;
        let _turn = self.write_turn().await?;
        Ok(
            store::saved_searches::upsert(&self.pool, name, query_text.trim(), &store::now())
                .await?,
        )
    }

    /// Every saved search, by name.
    pub async fn saved_searches(&self) -> Result<Vec<SavedSearch>> {
        Ok(store::saved_searches::list(&self.pool).await?)
    }

    /// Delete a saved search; `NotFound` when there is none.
    pub async fn saved_search_delete(&self, id: i64) -> Result<()> {
        let _turn = self.write_turn().await?;
        if store::saved_searches::delete(&self.pool, id).await? {
            Ok(())
        } else {
            Err(NotebookError::NotFound(format!(
                "There is no saved search {id}."
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn memos_and_saved_searches_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        let memo = nb
            .memo_save(
                None,
                MemoSubject::Entity,
                "Meta",
                "Capex",
                "Up again [a](#/article/1)",
            )
            .await
            .unwrap();
        let edited = nb
            .memo_save(
                Some(memo.id),
                MemoSubject::Entity,
                "Meta",
                "Capex",
                "Up again, twice",
            )
            .await
            .unwrap();
        assert_eq!(edited.body, "Up again, twice");
        assert_eq!(
            nb.memos(Some((MemoSubject::Entity, "meta")))
                .await
                .unwrap()
                .len(),
            1,
            "subjects match without case"
        );
        assert!(
            nb.memos(Some((MemoSubject::Theme, "Meta")))
                .await
                .unwrap()
                .is_empty()
        );
        assert!(matches!(
            nb.memo_save(None, MemoSubject::Entity, "Meta", "", "  ")
                .await,
            Err(NotebookError::Invalid(_))
        ));
        nb.memo_delete(memo.id).await.unwrap();
        assert!(matches!(
            nb.memo_delete(memo.id).await,
            Err(NotebookError::NotFound(_))
        ));

        let s = nb
            .saved_search_save("capex", "entity:Meta capex")
            .await
            .unwrap();
        nb.saved_search_save("capex", "entity:Meta \"capital expenditure\"")
            .await
            .unwrap();
        let all = nb.saved_searches().await.unwrap();
        assert_eq!(
            all.len(),
            1,
            "saving under the same name replaces the query"
        );
        assert_eq!(all[0].query, "entity:Meta \"capital expenditure\"");
        assert!(nb.saved_search_save("bad", "(unclosed").await.is_err());
        nb.saved_search_delete(s.id).await.unwrap();
    }
}
