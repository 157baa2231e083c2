//! Re-extraction keeps annotations: a highlight whose text survives is re-anchored, one
//! whose text vanished is kept and flagged orphaned, and notes and tags stay.

use clipline::model::ClipSource;
use clipline::notebook::Notebook;

#[tokio::test]
async fn reextraction_reanchors_highlights_and_keeps_notes_and_tags() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let html = std::fs::read_to_string(format!(
        "{}/tests/fixtures/cli/river-port.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let id = nb
        .clip(
            ClipSource::Html { html, url: None },
            &["drought".into()],
            None,
        )
        .await
        .unwrap()
        .articles[0]
        .id;
    let good_text = nb.article(id).await.unwrap().content_text;

    // As if an older extractor had kept a line of site chrome at the top of the text.
    let old_text = format!("Sign up for our newsletter. Orphan words here.\n\n{good_text}");
    sqlx::query("UPDATE articles SET content_text = ?2 WHERE id = ?1")
        .bind(id)
        .bind(&old_text)
        .execute(nb.pool())
        .await
        .unwrap();
    let chars = |s: &str| s.chars().count() as i64;
    let quote = "dredge two shallow stretches";
    let at = chars(&old_text[..old_text.find(quote).unwrap()]);
    let kept = nb
        .highlight_add(id, at, at + chars(quote), Some("green"), Some("cost?"))
        .await
        .unwrap();
    let lost = nb.highlight_add(id, 28, 40, None, None).await.unwrap();
    assert_eq!(lost.exact, "Orphan words");
    nb.note_add(Some(id), "Check the state's reply.")
        .await
        .unwrap();

    let report = nb.reextract().await.unwrap();
    assert_eq!((report.articles, report.changed), (1, 1));
    assert_eq!(
        (report.highlights_moved, report.highlights_orphaned),
        (1, 1)
    );

    let after = nb.article(id).await.unwrap();
    assert_eq!(
        after.content_text, good_text,
        "the text is the current extractor's"
    );
    let h = after
        .highlights
        .iter()
        .find(|h| h.id == kept.id)
        .expect("the highlight is kept");
    let text: Vec<char> = after.content_text.chars().collect();
    let (start, end) = (h.start as usize, h.end as usize);
    assert_eq!(
        text[start..end].iter().collect::<String>(),
        quote,
        "re-anchored on its words"
    );
    assert!(!h.orphaned);
    assert_eq!(h.note.as_deref(), Some("cost?"));
    let o = after
        .highlights
        .iter()
        .find(|h| h.id == lost.id)
        .expect("an orphan is kept, not dropped");
    assert!(o.orphaned);
    assert_eq!(after.notes.len(), 1);
    assert_eq!(after.summary.tags, vec!["drought".to_string()]);

    let again = nb.reextract().await.unwrap();
    assert_eq!(
        (again.changed, again.unchanged),
        (0, 1),
        "a second run changes nothing"
    );
}

/// A pasted page of several articles: an article whose title the extractor now gives
/// differently is still found at its place in the page and extracted again, not reported
/// unchanged; and when the page no longer gives the articles it made, that is said.
#[tokio::test]
async fn an_article_of_a_pasted_page_is_found_by_its_place_when_its_title_changed() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/scrapes/river-of-news.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let made = nb
        .clip(ClipSource::Text { text, url: None }, &[], None)
        .await
        .unwrap()
        .articles;
    assert!(made.len() >= 2, "the page gives several articles: {made:?}");
    let second = made[1].id;
    let title = nb.article(second).await.unwrap().summary.title;

    // As if an older extractor had kept the outlet in the headline.
    sqlx::query("UPDATE articles SET title = ?2 WHERE id = ?1")
        .bind(second)
        .bind(format!("{title} - The Circuit"))
        .execute(nb.pool())
        .await
        .unwrap();
    let report = nb.reextract().await.unwrap();
    assert_eq!(report.changed, 1, "{report:?}");
    assert!(report.failed.is_empty(), "{report:?}");
    assert_eq!(nb.article(second).await.unwrap().summary.title, title);

    // One of the page's articles deleted: the places no longer say which is which.
    sqlx::query("DELETE FROM articles WHERE id = ?1")
        .bind(made[0].id)
        .execute(nb.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE articles SET title = ?2 WHERE id = ?1")
        .bind(second)
        .bind("An older extractor's headline")
        .execute(nb.pool())
        .await
        .unwrap();
    let report = nb.reextract().await.unwrap();
    assert_eq!(report.changed, 0, "{report:?}");
    let failed: Vec<i64> = report.failed.iter().map(|f| f.0).collect();
    assert_eq!(failed, [second], "said, not counted unchanged: {report:?}");
    assert!(
        report.failed[0].1.contains("no longer splits"),
        "{report:?}"
    );
    assert_eq!(
        nb.article(second).await.unwrap().summary.title,
        "An older extractor's headline",
        "kept"
    );
}
