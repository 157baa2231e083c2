//! Entity suggestions across the notebook (issue 4): names the registry does not know but
//! that look like companies or people with roles ("Chief Executive Officer Alexandr
//! Wang"), found by `analyze::entities::suggest_entities` in the most recently clipped
//! articles, counted by how many articles name them. The user adds one as an entity of
//! their own (`entity_add`) or dismisses it; dismissed names and rejected entities are
//! never offered again.

use std::collections::HashMap;

use super::{Notebook, NotebookError, Result};
use crate::analyze::entities::{Kind, suggest_entities};
use crate::model::EntitySuggestion;
use crate::store;

/// How many of the newest articles are read for suggestions: enough for what a reader is
/// following now, few enough to answer at once in a notebook of any size.
pub const SUGGESTION_WINDOW: i64 = 400;

/// The settings key holding dismissed names, one per line.
const DISMISSED: &str = "entity_suggestions.dismissed";

impl Notebook {
    /// Names worth adding as entities, most widely named first, at most `limit`.
    pub async fn entity_suggestions(&self, limit: u32) -> Result<Vec<EntitySuggestion>> {
        let registry = self.registry().await?;
        let mut skip: Vec<String> = store::settings::get(&self.pool, DISMISSED)
            .await?
            .unwrap_or_default()
            .lines()
            .map(same_name)
            .collect();
        let rejected: Vec<String> =
            sqlx::query_scalar("SELECT name FROM entities WHERE rejected = 1")
                .fetch_all(&self.pool)
                .await
                .map_err(store::StoreError::from)?;
        skip.extend(rejected.iter().map(|n| same_name(n)));
        let articles: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT id, title, content_text FROM articles ORDER BY clipped_at DESC, id DESC LIMIT ?1",
        )
        .bind(SUGGESTION_WINDOW)
        .fetch_all(&self.pool)
        .await
        .map_err(store::StoreError::from)?;
        let found = tokio::task::spawn_blocking(move || {
            let mut by_name: HashMap<String, EntitySuggestion> = HashMap::new();
            for (id, title, text) in articles {
                let mut seen = std::collections::HashSet::new();
                for s in suggest_entities(&title, &text, &registry) {
                    let key = same_name(&s.name);
                    // An article naming it twice, or in two spellings, counts once.
                    if skip.contains(&key) || !seen.insert(key.clone()) {
                        continue;
                    }
                    by_name
                        .entry(key)
                        .and_modify(|e| e.articles += 1)
                        .or_insert(EntitySuggestion {
                            name: s.name,
                            kind: if s.kind == Kind::Person {
                                "person"
                            } else {
                                "company"
                            }
                            .into(),
                            evidence: s.evidence,
                            articles: 1,
                            article_id: id,
                        });
                }
            }
            by_name.into_values().collect::<Vec<_>>()
        })
        .await
        .map_err(|e| NotebookError::Invalid(format!("Suggestions could not be made ({e}).")))?;
        let mut found = found;
        found.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then_with(|| a.name.cmp(&b.name))
        });
        found.truncate(limit.clamp(1, 500) as usize);
        Ok(found)
    }

    /// Never suggest this name again (nor its other spellings, `same_name`).
    pub async fn entity_suggestion_dismiss(&self, name: &str) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            return Err(NotebookError::Invalid("Which name? It is empty.".into()));
        }
        let mut tx = self.begin_write().await?;
        let mut names = store::settings::get(&mut *tx, DISMISSED)
            .await?
            .unwrap_or_default();
        if !names.lines().any(|n| n.eq_ignore_ascii_case(name)) {
            names.push_str(name);
            names.push('\n');
            store::settings::set(&mut *tx, DISMISSED, &names).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// What two spellings of one name share: its letters and digits, lower-cased. "A. O. Smith
/// Water Products" and "A.O. Smith Water Products" are one suggestion, not two.
fn same_name(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_are_one_suggestion() {
        assert_eq!(
            same_name("A. O. Smith Water Products"),
            same_name("A.O. Smith Water Products")
        );
        assert_ne!(same_name("Alder Robotics"), same_name("Alder Robotic"));
    }
}
