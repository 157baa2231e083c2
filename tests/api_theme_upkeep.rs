//! Themes keep up with edits that change no article text: a theme whose query asks about
//! tags, notes, highlights or read state follows them as they change, and a clip's own
//! tags count for it; a saved search asking for a theme asks by its new name when the theme
//! is renamed.

use clipline::model::ClipSource;
use clipline::notebook::Notebook;

/// Clip the Harbor chips story (a test fixture) with `tags`.
async fn clip_harbor(nb: &Notebook, tags: &[String]) {
    let html = std::fs::read_to_string(format!(
        "{}/tests/fixtures/cli/harbor-chips.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    nb.clip(ClipSource::Html { html, url: None }, tags, None)
        .await
        .unwrap();
}

/// A new notebook holding the Harbor story, clipped with `tags`.
async fn harbor_notebook(tags: &[String]) -> (tempfile::TempDir, Notebook) {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    clip_harbor(&nb, tags).await;
    (dir, nb)
}

/// A theme that asks about tags, notes, highlights or read state follows edits to them, as
/// its search does (found in review: its lane and count changed only at the next analysis).
#[tokio::test]
async fn a_theme_follows_tags_notes_highlights_and_read_state() {
    let (_dir, nb) = harbor_notebook(&[]).await;
    let id = nb.search("fabrication", 1).await.unwrap()[0].article.id;
    for (name, query) in [
        ("Watched", "tag:watch"),
        ("Tagged", "has:tags"),
        ("Noted", "has:notes"),
        ("Marked", "has:highlights"),
        ("Unread", "is:unread"),
    ] {
        nb.theme_save(name, query, None).await.unwrap();
    }
    // Counts of Marked, Noted, Tagged, Unread, Watched (the list is by name).
    let counts = async || -> Vec<i64> {
        nb.themes()
            .await
            .unwrap()
            .into_iter()
            .map(|t| t.articles)
            .collect()
    };
    assert_eq!(counts().await, [0, 0, 0, 1, 0]);
    nb.tag_add(id, "watch").await.unwrap();
    let note = nb
        .note_add(Some(id), "Ask about the permits.")
        .await
        .unwrap();
    let mark = nb.highlight_add(id, 0, 7, None, None).await.unwrap();
    nb.mark_read(&[id], true).await.unwrap();
    assert_eq!(
        counts().await,
        [1, 1, 1, 0, 1],
        "tagged, noted, highlighted, read"
    );
    nb.tag_remove(id, "watch").await.unwrap();
    nb.note_delete(note.id).await.unwrap();
    nb.highlight_delete(mark.id).await.unwrap();
    nb.mark_read(&[id], false).await.unwrap();
    assert_eq!(counts().await, [0, 0, 0, 1, 0], "and back");
    nb.tag_add_many(&[id], "watch").await.unwrap();
    assert_eq!(counts().await, [0, 0, 1, 1, 1], "a bulk tag too");
}

/// A clip's own tags count for the themes that ask about them (they were scored before the
/// tags were put on).
#[tokio::test]
async fn a_clips_tags_count_for_a_tag_theme() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    nb.theme_save("Watched", "tag:watch", None).await.unwrap();
    clip_harbor(&nb, &["watch".into()]).await;
    assert_eq!(nb.themes().await.unwrap()[0].articles, 1);
}

/// A saved search asking for a theme (`theme:"Chip plants" -tag:done`) keeps finding its
/// articles when the theme is renamed (before, it asked for a theme no longer there and
/// found nothing).
#[tokio::test]
async fn a_saved_search_asking_for_a_renamed_theme_asks_by_its_new_name() {
    let (_dir, nb) = harbor_notebook(&[]).await;
    nb.theme_save("Chip plants", "fabrication OR semiconductor", None)
        .await
        .unwrap();
    nb.saved_search_save("Plants", "theme:\"chip plants\" -tag:done")
        .await
        .unwrap();
    nb.saved_search_save("Other", "theme:Energy").await.unwrap();
    nb.theme_rename("Chip plants", "Fabs").await.unwrap();
    let saved = nb.saved_searches().await.unwrap();
    assert_eq!(
        saved[0].query, "theme:Energy",
        "another theme's is left alone"
    );
    assert_eq!(saved[1].query, "theme:Fabs -tag:done");
    assert_eq!(nb.search(&saved[1].query, 5).await.unwrap().len(), 1);
}
