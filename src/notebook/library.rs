//! What the library does to many articles at once — tag them, take a tag off, mark them
//! read or unread, delete them — and to a tag wherever it is (rename, merge, delete, and
//! back), each as one transaction, so a bulk change is whole or not at all; the list of
//! sources the library filters by; and the user's preferences kept in the notebook.

use crate::model::{Preference, Retagged, Tag, TagDeleted, TagRenamed};
use crate::query::{
    Field,
    rename::{asks_for, rename_value},
};
use crate::store;

use super::annotations::{Edited, rescore_many};
use super::{Notebook, NotebookError, Result, clean_tags};

/// At most this many articles in one bulk command (a selection, not the whole notebook).
const MOST_AT_ONCE: usize = 10_000;

impl Notebook {
    /// Put the tags `add` on article `id` and take `remove` off, in one transaction;
    /// answers with its tags after and what changed (a tag asked off that it did not
    /// carry is simply not in `removed`). `NotFound` for no such article, `InvalidInput`
    /// for an empty or overlong tag, and then nothing changes.
    pub async fn retag(&self, id: i64, add: &[String], remove: &[String]) -> Result<Retagged> {
        let add = clean_tags(add)?;
        let mut tx = self.begin_write().await?;
        let tags_of = async |tx: &mut sqlx::SqliteConnection| -> Result<Vec<String>> {
            Ok(store::articles::summary(&mut *tx, id)
                .await?
                .ok_or_else(|| super::not_found_article(id))?
                .tags)
        };
        let before = tags_of(&mut tx).await?;
        for tag in &add {
            let tag_id = store::tags::upsert(&mut tx, tag).await?;
            store::tags::attach(&mut *tx, id, tag_id).await?;
        }
        for tag in remove {
            store::tags::detach(&mut *tx, id, tag.trim()).await?;
        }
        let tags = tags_of(&mut tx).await?;
        rescore_many(&mut tx, &[id], Edited::Tags).await?;
        tx.commit().await?;
        let lacks = |list: &[String], t: &String| !list.iter().any(|x| x.eq_ignore_ascii_case(t));
        Ok(Retagged {
            added: tags.iter().filter(|t| lacks(&before, t)).cloned().collect(),
            removed: before.iter().filter(|t| lacks(&tags, t)).cloned().collect(),
            tags,
        })
    }

    /// Put `tag` on every article of `ids`; returns the ids that did not carry it before
    /// (what an undo takes it off again). `NotFound` (and nothing changed) when an id is
    /// no article; `InvalidInput` for an empty tag or too many ids.
    pub async fn tag_add_many(&self, ids: &[i64], tag: &str) -> Result<Vec<i64>> {
        check_count(ids)?;
        let tag = one_tag(tag)?;
        let mut tx = self.begin_write().await?;
        if let Some(id) = store::articles::first_missing(&mut tx, ids).await? {
            return Err(super::not_found_article(id));
        }
        let tag_id = store::tags::upsert(&mut tx, &tag).await?;
        let added = store::tags::attach_many(&mut tx, ids, tag_id).await?;
        rescore_many(&mut tx, &added, Edited::Tags).await?;
        tx.commit().await?;
        Ok(added)
    }

    /// Rename the tag `name` to `to` on every article and feed that carries it, and in
    /// the queries of the themes and saved searches that ask for it (`tag:old` becomes
    /// `tag:new`, the rest of each query as written); the themes asking about tags are
    /// scored again. One transaction. When another tag is called `to` (in any case), the
    /// two become one under that tag's name, but only when asked to `merge` (a merge cannot
    /// be taken apart again): else `InvalidInput` and nothing changes. `NotFound` when no
    /// tag is called `name`. A change of case alone is a rename.
    pub async fn tag_rename(&self, name: &str, to: &str, merge: bool) -> Result<TagRenamed> {
        let (name, to) = (one_tag(name)?, one_tag(to)?);
        let mut tx = self.begin_write().await?;
        let id = store::tags::find(&mut tx, &name)
            .await?
            .ok_or_else(|| no_tag(&name))?;
        if !merge
            && let Some(other) = store::tags::find(&mut tx, &to).await?
            && other != id
        {
            let other = store::tags::get(&mut *tx, other).await?.name;
            return Err(NotebookError::Invalid(format!(
                "A tag called \"{other}\" exists already: merge \"{name}\" into it, or choose \
                 another name."
            )));
        }
        let (id, merged) = store::tags::rename(&mut tx, id, &to).await?;
        // Queries ask for the name the tag has now: a merge's is the other tag's.
        let tag = store::tags::get(&mut *tx, id).await?;
        let to = &tag.name;
        let (themes, saved_searches) = rename_in_queries(&mut tx, Field::Tag, &name, to).await?;
        // Themes asking for the new name held none of the old one's articles before.
        store::themes::rescore(&mut tx, None, &["tag:"]).await?;
        tx.commit().await?;
        Ok(TagRenamed {
            tag,
            merged,
            themes,
            saved_searches,
        })
    }

    /// Take the tag `name` off every article and feed that carries it, in one transaction;
    /// answers with what `tag_restore` puts back, and the themes and saved searches that
    /// still ask for it. `NotFound` when no tag is called `name`.
    pub async fn tag_delete(&self, name: &str) -> Result<TagDeleted> {
        let name = one_tag(name)?;
        let mut tx = self.begin_write().await?;
        let id = store::tags::find(&mut tx, &name)
            .await?
            .ok_or_else(|| no_tag(&name))?;
        let name = store::tags::get(&mut *tx, id).await?.name;
        let (articles, feeds) = store::tags::delete(&mut tx, id).await?;
        let ids: Vec<i64> = articles.iter().map(|a| a.id).collect();
        rescore_many(&mut tx, &ids, Edited::Tags).await?;
        let themes = store::themes::named_queries(&mut *tx)
            .await?
            .into_iter()
            .filter(|(_, _, query)| asks_for(query, Field::Tag, &name))
            .map(|(_, theme, _)| theme)
            .collect();
        let saved_searches = store::saved_searches::list(&mut *tx)
            .await?
            .into_iter()
            .filter(|s| asks_for(&s.query, Field::Tag, &name))
            .map(|s| s.name)
            .collect();
        tx.commit().await?;
        Ok(TagDeleted {
            name,
            articles,
            feeds,
            themes,
            saved_searches,
        })
    }

    /// Undo a tag's delete: the tag `deleted` names back on those of its articles and feeds
    /// that are still there (not a later article or feed given a deleted one's id), in one
    /// transaction; answers with the tag and its count.
    pub async fn tag_restore(&self, deleted: &TagDeleted) -> Result<Tag> {
        let name = one_tag(&deleted.name)?;
        let mut tx = self.begin_write().await?;
        let id = store::tags::upsert(&mut tx, &name).await?;
        let put = store::tags::reattach(&mut tx, id, &deleted.articles, &deleted.feeds).await?;
        rescore_many(&mut tx, &put, Edited::Tags).await?;
        let tag = store::tags::get(&mut *tx, id).await?;
        tx.commit().await?;
        Ok(tag)
    }

    /// Mark the articles of `ids` read (`read`) or unread; returns the ids whose state
    /// changed (what an undo marks back). `NotFound` (and nothing changed) when an id is no
    /// article.
    pub async fn mark_read(&self, ids: &[i64], read: bool) -> Result<Vec<i64>> {
        check_count(ids)?;
        let now = store::now();
        let mut tx = self.begin_write().await?;
        if let Some(id) = store::articles::first_missing(&mut tx, ids).await? {
            return Err(super::not_found_article(id));
        }
        let changed = store::articles::set_read_many(&mut tx, ids, read, &now).await?;
        rescore_many(&mut tx, &changed, Edited::Read).await?;
        tx.commit().await?;
        Ok(changed)
    }

    /// Take `tag` off every article of `ids` that carries it (the others are left alone);
    /// returns the ids it was taken off.
    pub async fn tag_remove_many(&self, ids: &[i64], tag: &str) -> Result<Vec<i64>> {
        check_count(ids)?;
        let tag = one_tag(tag)?;
        let mut tx = self.begin_write().await?;
        let mut removed = Vec::new();
        for &id in ids {
            if store::tags::detach(&mut *tx, id, &tag).await? {
                removed.push(id);
            }
        }
        rescore_many(&mut tx, &removed, Edited::Tags).await?;
        tx.commit().await?;
        Ok(removed)
    }

    /// Delete the articles of `ids` with their notes, highlights, tags and analysis, and
    /// the raw captures nothing else was made from; returns the ids that existed. Ids
    /// that are no article are skipped (deleting twice is not an error).
    pub async fn delete_articles(&self, ids: &[i64]) -> Result<Vec<i64>> {
        check_count(ids)?;
        let mut tx = self.begin_write().await?;
        let deleted = store::articles::delete_many(&mut tx, ids).await?;
        tx.commit().await?;
        Ok(deleted)
    }

    /// The names of the sources the notebook's articles come from, alphabetically.
    pub async fn sources(&self) -> Result<Vec<String>> {
        Ok(store::articles::source_names(&self.pool).await?)
    }

    /// The value of a preference, or its default when the user has set none.
    pub async fn preference(&self, key: Preference) -> Result<String> {
        Ok(store::settings::get(&self.pool, key.key())
            .await?
            .unwrap_or_else(|| key.default_value().to_string()))
    }

    /// Set a preference after checking its value; returns the value as stored (a
    /// shortcut in its canonical spelling). `InvalidInput` says what is wrong with it.
    pub async fn preference_set(&self, key: Preference, value: &str) -> Result<String> {
        let value = match key {
            Preference::ClipShortcut => canonical_shortcut(value)?,
            Preference::SingleKeyShortcuts => one_of(value, &["on", "off"], "One-key shortcuts")?,
            Preference::RemoteImages => one_of(value, &["load", "block"], "Images from the web")?,
        };
        let _turn = self.write_turn().await?;
        store::settings::set(&self.pool, key.key(), &value).await?;
        Ok(value)
    }
}

/// `value` (trimmed) when it is one of `allowed`; else a sentence naming them.
fn one_of(value: &str, allowed: &[&str], what: &str) -> Result<String> {
    let value = value.trim();
    if allowed.contains(&value) {
        return Ok(value.to_string());
    }
    let quoted: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
    Err(NotebookError::Invalid(format!(
        "{what} are {}, not \"{value}\".",
        quoted.join(" or ")
    )))
}

fn check_count(ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Err(NotebookError::Invalid(
            "No articles were given: select some first.".into(),
        ));
    }
    if ids.len() > MOST_AT_ONCE {
        return Err(NotebookError::Invalid(format!(
            "At most {MOST_AT_ONCE} articles can be changed at once."
        )));
    }
    Ok(())
}

/// Ask for `to` where the queries of themes and saved searches ask for `field:from` (see
/// `query::rename`); the names of the themes and of the saved searches changed.
/// `InvalidInput` when one asks for it and `to` cannot be written in a query (the caller's
/// transaction then changes nothing).
pub(super) async fn rename_in_queries(
    tx: &mut sqlx::SqliteConnection,
    field: Field,
    from: &str,
    to: &str,
) -> Result<(Vec<String>, Vec<String>)> {
    let unwritable = |asker: &str| {
        NotebookError::Invalid(format!(
            "{asker} asks for \"{from}\" in its query, and a query cannot name \"{to}\" (a \
             double quote ends the name): choose a name without one."
        ))
    };
    let mut themes = Vec::new();
    for (id, name, query) in store::themes::named_queries(&mut *tx).await? {
        let asker = || unwritable(&format!("The theme \"{name}\""));
        if let Some(query) = rename_value(&query, field, from, to).map_err(|_| asker())? {
            store::themes::set_query(&mut *tx, id, &query).await?;
            themes.push(name);
        }
    }
    let mut saved_searches = Vec::new();
    for saved in store::saved_searches::list(&mut *tx).await? {
        let asker = || unwritable(&format!("The saved search \"{}\"", saved.name));
        if let Some(query) = rename_value(&saved.query, field, from, to).map_err(|_| asker())? {
            store::saved_searches::set_query(&mut *tx, saved.id, &query).await?;
            saved_searches.push(saved.name);
        }
    }
    Ok((themes, saved_searches))
}

/// The `NotFound` of a tag name no tag has.
fn no_tag(name: &str) -> NotebookError {
    NotebookError::NotFound(format!("No tag is called \"{name}\"."))
}

fn one_tag(tag: &str) -> Result<String> {
    clean_tags(&[tag.to_string()])?
        .into_iter()
        .next()
        .ok_or_else(|| NotebookError::Invalid("The tag is empty: type a name.".into()))
}

/// A keyboard shortcut in the spelling the desktop's global-shortcut plugin reads:
/// modifiers (`Ctrl`, `Shift`, `Alt`, `Super`, `CmdOrCtrl`) then one key (a letter, a
/// digit, `F1`–`F24`, `Space`), joined by `+`, e.g. `Ctrl+Shift+L`. At least one
/// modifier other than Shift: a bare key would steal ordinary typing in every app.
pub fn canonical_shortcut(text: &str) -> Result<String> {
    let bad = |why: &str| {
        NotebookError::Invalid(format!(
            "\"{}\" is not a shortcut Clipline can use: {why} Write it like Ctrl+Shift+L.",
            text.trim()
        ))
    };
    let parts: Vec<&str> = text.split('+').map(str::trim).collect();
    let Some((key, mods)) = parts.split_last() else {
        return Err(bad("it is empty."));
    };
    let mut out: Vec<&str> = Vec::new();
    for m in mods {
        let name = match m.to_ascii_lowercase().as_str() {
            "ctrl" | "control" => "Ctrl",
            "shift" => "Shift",
            "alt" | "option" => "Alt",
            "super" | "meta" | "win" | "cmd" | "command" => "Super",
            "cmdorctrl" | "commandorcontrol" | "cmdorcontrol" => "CmdOrCtrl",
            "" => return Err(bad("a part between the + signs is empty.")),
            _ => return Err(bad(&format!("\"{m}\" is not a modifier key."))),
        };
        if !out.contains(&name) {
            out.push(name);
        }
    }
    if !out.iter().any(|m| *m != "Shift") {
        return Err(bad("it needs Ctrl, Alt or Super."));
    }
    let key_upper = key.to_ascii_uppercase();
    let key = match key_upper.as_str() {
        k if k.len() == 1 && k.chars().all(|c| c.is_ascii_alphanumeric()) => key_upper.clone(),
        "SPACE" => "Space".to_string(),
        k if k.starts_with('F') && k[1..].parse::<u8>().is_ok_and(|n| (1..=24).contains(&n)) => {
            key_upper.clone()
        }
        "" => return Err(bad("it has no key after the modifiers.")),
        _ => return Err(bad(&format!("\"{key}\" is not a key it knows."))),
    };
    out.sort_by_key(|m| {
        ["CmdOrCtrl", "Ctrl", "Super", "Alt", "Shift"]
            .iter()
            .position(|x| x == m)
    });
    let mut spelled = out.join("+");
    spelled.push('+');
    spelled.push_str(&key);
    Ok(spelled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClipSource;

    async fn notebook_with(n: usize) -> (tempfile::TempDir, Notebook, Vec<i64>) {
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        let mut ids = Vec::new();
        for i in 0..n {
            let text = format!(
                "Harbour story number {i}\n\nThe harbour authority said on Monday that ferry {i} \
                 would be replaced by a battery vessel in 2027, costing {i} million euros."
            );
            let out = nb
                .clip(ClipSource::Text { text, url: None }, &[], None)
                .await
                .unwrap();
            ids.push(out.articles[0].id);
        }
        (dir, nb, ids)
    }

    #[tokio::test]
    async fn bulk_tagging_reports_what_it_changed_and_undoes_exactly_that() {
        let (_dir, nb, ids) = notebook_with(3).await;
        nb.tag_add(ids[0], "review").await.unwrap();
        let added = nb.tag_add_many(&ids, " review ").await.unwrap();
        assert_eq!(
            added,
            vec![ids[1], ids[2]],
            "the one already tagged is not counted"
        );
        let removed = nb.tag_remove_many(&added, "review").await.unwrap();
        assert_eq!(removed, added);
        let still = nb.article(ids[0]).await.unwrap().summary.tags;
        assert_eq!(still, vec!["review"], "undo leaves the earlier tag alone");
    }

    #[tokio::test]
    async fn bulk_tagging_is_all_or_nothing() {
        let (_dir, nb, ids) = notebook_with(2).await;
        let err = nb.tag_add_many(&[ids[0], 999_999], "x").await.unwrap_err();
        assert!(matches!(err, NotebookError::NotFound(_)), "{err}");
        assert!(
            nb.article(ids[0]).await.unwrap().summary.tags.is_empty(),
            "a failed bulk tag leaves every article as it was"
        );
        assert!(nb.tag_add_many(&[], "x").await.is_err());
        assert!(nb.tag_add_many(&ids, "  ").await.is_err());
    }

    #[tokio::test]
    async fn deleting_articles_takes_their_captures_and_annotations_with_them() {
        let (_dir, nb, ids) = notebook_with(3).await;
        nb.note_add(Some(ids[0]), "a note").await.unwrap();
        nb.tag_add(ids[0], "gone").await.unwrap();
        let deleted = nb
            .delete_articles(&[ids[0], ids[1], 424_242])
            .await
            .unwrap();
        assert_eq!(deleted, vec![ids[0], ids[1]], "unknown ids are skipped");
        assert!(nb.article(ids[0]).await.is_err());
        assert!(nb.article(ids[2]).await.is_ok(), "the rest stay");
        let info = nb.info().await.unwrap();
        assert_eq!((info.articles, info.notes), (1, 0));
        let captures: i64 = sqlx::query_scalar("SELECT count(*) FROM captures")
            .fetch_one(nb.pool())
            .await
            .unwrap();
        assert_eq!(captures, 1, "the deleted articles' raw captures went too");
        let hits = nb.search("harbour", 10).await.unwrap();
        assert_eq!(hits.len(), 1, "the search index forgot them");
        assert_eq!(
            nb.delete_articles(&[ids[0]]).await.unwrap(),
            Vec::<i64>::new()
        );
    }

    #[tokio::test]
    async fn preferences_default_and_keep_a_checked_value() {
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        assert_eq!(
            nb.preference(Preference::ClipShortcut).await.unwrap(),
            "Ctrl+Shift+L"
        );
        let set = nb
            .preference_set(Preference::ClipShortcut, "shift + alt + k")
            .await
            .unwrap();
        assert_eq!(set, "Alt+Shift+K");
        assert_eq!(nb.preference(Preference::ClipShortcut).await.unwrap(), set);
        assert!(
            nb.preference_set(Preference::ClipShortcut, "L")
                .await
                .is_err()
        );
        let keys = Preference::SingleKeyShortcuts;
        assert_eq!(nb.preference(keys).await.unwrap(), "on");
        assert_eq!(nb.preference_set(keys, " off ").await.unwrap(), "off");
        assert_eq!(nb.preference(keys).await.unwrap(), "off");
        assert!(nb.preference_set(keys, "maybe").await.is_err());
        let images = Preference::RemoteImages;
        assert_eq!(nb.preference(images).await.unwrap(), "load");
        assert_eq!(nb.preference_set(images, "block").await.unwrap(), "block");
        let err = nb.preference_set(images, "never").await.unwrap_err();
        assert!(err.to_string().contains("\"load\" or \"block\""), "{err}");
        assert_eq!(
            nb.preference(Preference::ClipShortcut).await.unwrap(),
            set,
            "each preference keeps its own value"
        );
    }

    #[test]
    fn shortcuts_are_checked_and_spelled_one_way() {
        for (input, want) in [
            ("Ctrl+Shift+L", "Ctrl+Shift+L"),
            ("control+l", "Ctrl+L"),
            ("CmdOrCtrl+Shift+f5", "CmdOrCtrl+Shift+F5"),
            ("Super+Space", "Super+Space"),
            ("Ctrl+Ctrl+1", "Ctrl+1"),
        ] {
            assert_eq!(canonical_shortcut(input).unwrap(), want, "{input}");
        }
        for bad in [
            "",
            "L",
            "Shift+L",
            "Ctrl+",
            "Ctrl++L",
            "Hyper+L",
            "Ctrl+Enterprise",
            "Ctrl+F25",
        ] {
            let err = canonical_shortcut(bad).unwrap_err().to_string();
            assert!(err.contains("Ctrl+Shift+L"), "{bad}: {err}");
        }
    }

    /// The overview counts the tags on articles: one taken off its last article goes.
    #[tokio::test]
    async fn the_tag_count_follows_the_articles_that_carry_them() {
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        let text = "Ferry fares rise\n\nFerry fares will rise by a tenth next month.".to_string();
        let out = nb
            .clip(
                ClipSource::Text { text, url: None },
                &["ferries".into()],
                None,
            )
            .await
            .unwrap();
        assert_eq!(nb.info().await.unwrap().tags, 1);
        nb.tag_remove(out.articles[0].id, "ferries").await.unwrap();
        assert_eq!(nb.info().await.unwrap().tags, 0);
    }
}
