//! Renaming and deleting a tag through the command table. `TagRename`: every article and
//! feed keeps it under the new name, the themes and saved searches asking for it by the old
//! name ask by the new one, a tag that already has the new name takes the other's articles
//! only when told to merge, and nothing changes on a refusal. `TagDelete` takes it off every
//! article and feed, and `TagRestore` puts it back on those still there.

use clipline::api::{ErrorCode, Request, Response, dispatch};
use clipline::model::{ClipSource, Tag, TagRenamed};
use clipline::notebook::Notebook;

/// A new notebook of `n` short articles; returns their ids.
async fn notebook_of(n: usize) -> (tempfile::TempDir, Notebook, Vec<i64>) {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let mut ids = Vec::new();
    for i in 0..n {
        let text = format!(
            "Port authority story {i}\n\nThe port authority said on Tuesday that crane {i} \
             would be replaced by an electric one in 2028, at a cost of {i} million euros."
        );
        let out = nb
            .clip(ClipSource::Text { text, url: None }, &[], None)
            .await
            .unwrap();
        ids.push(out.articles[0].id);
    }
    (dir, nb, ids)
}

async fn rename(nb: &Notebook, name: &str, to: &str, merge: bool) -> Result<TagRenamed, ErrorCode> {
    let request = Request::TagRename {
        name: name.into(),
        to: to.into(),
        merge: Some(merge),
    };
    match dispatch(nb, request).await {
        Ok(Response::TagRenamed(done)) => Ok(done),
        Ok(other) => panic!("unexpected answer {other:?}"),
        Err(err) => Err(err.code),
    }
}

async fn tags(nb: &Notebook) -> Vec<Tag> {
    nb.tags().await.unwrap()
}

/// Each theme's (name, query, article count), by name.
async fn themes(nb: &Notebook) -> Vec<(String, String, i64)> {
    nb.themes()
        .await
        .unwrap()
        .into_iter()
        .map(|t| (t.name, t.query, t.articles))
        .collect()
}

#[tokio::test]
async fn a_rename_carries_articles_feeds_themes_and_saved_searches_with_it() {
    let (_dir, nb, ids) = notebook_of(3).await;
    nb.tag_add_many(&ids[..2], "ports").await.unwrap();
    nb.feed_add(
        "https://news.example/ports.xml",
        &["Ports".into()],
        &[],
        false,
    )
    .await
    .unwrap();
    nb.theme_save("Harbours", "tag:PORTS OR crane", None)
        .await
        .unwrap();
    nb.theme_save("Quays", "tag:\"port works\"", None)
        .await
        .unwrap();
    nb.saved_search_save("Unread ports", "tag:ports is:unread")
        .await
        .unwrap();
    nb.saved_search_save("Cranes", "crane -tag:cranes")
        .await
        .unwrap();

    let done = rename(&nb, "ports", "Port works", false).await.unwrap();
    assert_eq!(
        done.tag,
        Tag {
            name: "Port works".into(),
            count: 2,
            feeds: 1
        }
    );
    assert!(!done.merged);
    assert_eq!(done.themes, ["Harbours"]);
    assert_eq!(done.saved_searches, ["Unread ports"]);

    assert_eq!(
        tags(&nb).await,
        std::slice::from_ref(&done.tag),
        "no tag of the old name is left"
    );
    assert_eq!(
        nb.article(ids[0]).await.unwrap().summary.tags,
        ["Port works"]
    );
    assert_eq!(nb.feeds().await.unwrap()[0].tags, ["Port works"]);
    assert_eq!(
        themes(&nb).await,
        [
            ("Harbours".into(), "tag:\"Port works\" OR crane".into(), 3),
            // It asked for the new name already: it now holds the renamed tag's articles.
            ("Quays".into(), "tag:\"port works\"".into(), 2),
        ]
    );
    let saved: Vec<_> = nb
        .saved_searches()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.query)
        .collect();
    assert_eq!(saved, ["crane -tag:cranes", "tag:\"Port works\" is:unread"]);
    let found = nb.search("tag:\"port works\"", 10).await.unwrap();
    assert_eq!(found.len(), 2, "the library finds them by the new name");
}

#[tokio::test]
async fn a_tag_of_the_new_name_takes_the_articles_only_when_told_to_merge() {
    let (_dir, nb, ids) = notebook_of(3).await;
    nb.tag_add_many(&ids[..2], "energy").await.unwrap();
    nb.tag_add_many(&ids[1..], "Power").await.unwrap();
    nb.theme_save("Grid", "tag:power", None).await.unwrap();
    nb.feed_add(
        "https://news.example/grid.xml",
        &["energy".into()],
        &[],
        false,
    )
    .await
    .unwrap();
    let before = tags(&nb).await;

    assert_eq!(
        rename(&nb, "energy", "POWER", false).await.unwrap_err(),
        ErrorCode::InvalidInput
    );
    assert_eq!(tags(&nb).await, before, "a refusal changes nothing");
    assert_eq!(themes(&nb).await[0].2, 2);

    let done = rename(&nb, "energy", "POWER", true).await.unwrap();
    assert!(done.merged);
    assert_eq!(
        done.tag,
        Tag {
            name: "Power".into(),
            count: 3,
            feeds: 1
        },
        "the tag merged into keeps its name; the article carrying both counts once"
    );
    assert_eq!(tags(&nb).await, [done.tag]);
    assert_eq!(nb.article(ids[1]).await.unwrap().summary.tags, ["Power"]);
    assert_eq!(
        themes(&nb).await[0].2,
        3,
        "the theme asking for it is scored again"
    );
    assert_eq!(
        nb.feeds().await.unwrap()[0].tags,
        ["Power"],
        "a feed tagging its items with the merged tag tags them with the other"
    );
}

#[tokio::test]
async fn a_name_no_query_can_write_is_refused_while_a_query_asks_for_the_tag() {
    let (_dir, nb, ids) = notebook_of(1).await;
    nb.tag_add_many(&ids, "ai").await.unwrap();
    nb.saved_search_save("AI reading", "tag:ai is:unread")
        .await
        .unwrap();
    assert_eq!(
        rename(&nb, "ai", "AI \"core\"", false).await.unwrap_err(),
        ErrorCode::InvalidInput,
        "the saved search could no longer ask for it"
    );
    assert_eq!(tags(&nb).await[0].name, "ai", "nothing changed");
    nb.saved_search_delete(nb.saved_searches().await.unwrap()[0].id)
        .await
        .unwrap();
    let done = rename(&nb, "ai", "AI \"core\"", false).await.unwrap();
    assert_eq!(
        done.tag.name, "AI \"core\"",
        "with no query asking, any name will do"
    );
}

#[tokio::test]
async fn case_alone_beyond_ascii_is_a_rename_and_unknown_or_empty_names_are_refused() {
    let (_dir, nb, ids) = notebook_of(1).await;
    nb.tag_add_many(&ids, "økonomi").await.unwrap();
    let done = rename(&nb, "ØKONOMI", "Økonomi", false).await.unwrap();
    assert!(!done.merged);
    assert_eq!(
        tags(&nb).await,
        [Tag {
            name: "Økonomi".into(),
            count: 1,
            feeds: 0
        }]
    );
    assert_eq!(
        rename(&nb, "nothing", "x", true).await.unwrap_err(),
        ErrorCode::NotFound
    );
    assert_eq!(
        rename(&nb, "Økonomi", "  ", true).await.unwrap_err(),
        ErrorCode::InvalidInput
    );
}

#[tokio::test]
async fn a_deleted_tag_leaves_every_article_and_feed_and_its_undo_puts_it_back() {
    let (_dir, nb, ids) = notebook_of(4).await;
    nb.tag_add_many(&ids[..2], "Harbour").await.unwrap();
    nb.tag_add_many(&ids[3..], "Harbour").await.unwrap();
    nb.tag_add_many(&ids[2..3], "other").await.unwrap();
    nb.feed_add(
        "https://news.example/port.xml",
        &["harbour".into()],
        &[],
        false,
    )
    .await
    .unwrap();
    nb.theme_save("Quays", "tag:harbour", None).await.unwrap();
    nb.theme_save("Tagged", "has:tags", None).await.unwrap();
    nb.saved_search_save("Port reading", "tag:HARBOUR crane")
        .await
        .unwrap();
    // (Quays, Tagged) article counts, as the stored theme scores give them.
    let counts = async || {
        let t = themes(&nb).await;
        (t[0].2, t[1].2)
    };
    assert_eq!(counts().await, (3, 4));

    let deleted = match dispatch(
        &nb,
        Request::TagDelete {
            name: "harbour".into(),
        },
    )
    .await
    {
        Ok(Response::TagDeleted(d)) => d,
        other => panic!("{other:?}"),
    };
    assert_eq!(deleted.name, "Harbour");
    let held: Vec<i64> = deleted.articles.iter().map(|a| a.id).collect();
    assert_eq!(held, [ids[0], ids[1], ids[3]]);
    assert_eq!(deleted.feeds.len(), 1);
    assert_eq!(deleted.themes, ["Quays"]);
    assert_eq!(deleted.saved_searches, ["Port reading"]);
    assert_eq!(
        tags(&nb).await,
        [Tag {
            name: "other".into(),
            count: 1,
            feeds: 0
        }]
    );
    assert!(nb.feeds().await.unwrap()[0].tags.is_empty());
    assert_eq!(counts().await, (0, 1), "the themes are scored again");

    // Before the undo, the newest of its articles is deleted and a new article is clipped,
    // which gets a new number (SQLite alone would give it the deleted one's: `store::ids`):
    // the tag goes back on the two that are still there, and not on the new one.
    nb.delete_articles(&[ids[3]]).await.unwrap();
    let text = "Dredging story\n\nThe port said on Friday that dredging would start in May.";
    let new = nb
        .clip(
            ClipSource::Text {
                text: text.into(),
                url: None,
            },
            &[],
            None,
        )
        .await
        .unwrap()
        .articles[0]
        .id;
    assert!(new > ids[3], "the deleted article's id is not given again");
    let back = match dispatch(&nb, Request::TagRestore { deleted }).await {
        Ok(Response::Tag(t)) => t,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        back,
        Tag {
            name: "Harbour".into(),
            count: 2,
            feeds: 1
        }
    );
    assert!(nb.article(new).await.unwrap().summary.tags.is_empty());
    assert_eq!(nb.feeds().await.unwrap()[0].tags, ["Harbour"]);
    assert_eq!(counts().await, (2, 3), "and scored again after the undo");
    assert_eq!(
        dispatch(
            &nb,
            Request::TagDelete {
                name: "nothing".into()
            }
        )
        .await
        .unwrap_err()
        .code,
        ErrorCode::NotFound
    );
}

#[tokio::test]
async fn a_tag_only_feeds_carry_is_listed_after_those_on_articles_and_can_be_renamed() {
    let (_dir, nb, ids) = notebook_of(1).await;
    nb.tag_add_many(&ids, "ports").await.unwrap();
    for (url, tag) in [
        ("https://news.example/a.xml", "Shipping"),
        ("https://news.example/b.xml", "shipping"),
    ] {
        nb.feed_add(url, &[tag.into()], &[], false).await.unwrap();
    }
    assert_eq!(
        tags(&nb).await,
        [
            Tag {
                name: "ports".into(),
                count: 1,
                feeds: 0
            },
            Tag {
                name: "Shipping".into(),
                count: 0,
                feeds: 2
            }
        ],
        "waiting for the feeds' next items, the tag is listed, so it can be managed"
    );
    let done = rename(&nb, "shipping", "Freight", false).await.unwrap();
    assert_eq!((done.tag.count, done.tag.feeds), (0, 2));
    let feeds: Vec<_> = nb
        .feeds()
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.tags)
        .collect();
    assert_eq!(feeds, [["Freight"], ["Freight"]]);

    nb.feed_remove("https://news.example/a.xml").await.unwrap();
    nb.feed_remove("https://news.example/b.xml").await.unwrap();
    assert_eq!(
        tags(&nb).await.len(),
        1,
        "with its last feed gone, it is no longer listed"
    );
}
