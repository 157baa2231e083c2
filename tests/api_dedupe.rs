//! Duplicates through the command table: the same page twice is one article, a syndicated
//! copy from another outlet joins it as "also at", and splitting the copy makes it an
//! article of its own again.

use clipline::api::{Request, Response, dispatch};
use clipline::model::{ClipOutcome, ClipSource, ClipStatus};
use clipline::notebook::Notebook;
use clipline::store::articles::LibraryAsk;

fn page(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/cli/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

async fn clip(nb: &Notebook, html: String) -> ClipOutcome {
    let req = Request::ArticleClip {
        source: ClipSource::Html { html, url: None },
        tags: None,
        clipped_at: Some("2025-03-19T08:00:00Z".into()),
    };
    match dispatch(nb, req).await.expect("the clip succeeds") {
        Response::Clipped(c) => c,
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn a_syndicated_copy_joins_the_article_and_can_be_split_out() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();

    let first = clip(&nb, page("harbor-chips.html"))
        .await
        .articles
        .remove(0);
    assert_eq!(first.status, ClipStatus::Created);
    let again = clip(&nb, page("harbor-chips.html"))
        .await
        .articles
        .remove(0);
    assert_eq!((again.id, again.status), (first.id, ClipStatus::Existing));

    let copy = clip(&nb, page("harbor-chips-syndicated.html"))
        .await
        .articles
        .remove(0);
    assert_eq!(
        copy.id, first.id,
        "the syndicated text joins the stored article"
    );
    assert_eq!(copy.status, ClipStatus::Joined);
    let article = nb.article(first.id).await.unwrap();
    assert_eq!(article.copies.len(), 1);
    assert_eq!(
        article.copies[0].source.as_deref(),
        Some("Midwest Wire Service")
    );
    assert!(
        article.copies[0].similarity >= 0.8,
        "{}",
        article.copies[0].similarity
    );
    assert_eq!(
        nb.list(&LibraryAsk {
            limit: 10,
            ..LibraryAsk::default()
        })
        .await
        .unwrap()
        .len(),
        1,
        "no twin"
    );

    let again = clip(&nb, page("harbor-chips-syndicated.html"))
        .await
        .articles
        .remove(0);
    assert_eq!(
        again.status,
        ClipStatus::Existing,
        "the copy's URL is known now"
    );

    let split = match dispatch(
        &nb,
        Request::ArticleSplit {
            copy_id: article.copies[0].id,
        },
    )
    .await
    .unwrap()
    {
        Response::Clipped(mut c) => c.articles.remove(0),
        other => panic!("unexpected {other:?}"),
    };
    assert_ne!(split.id, first.id);
    assert_eq!(split.source.as_deref(), Some("Midwest Wire Service"));
    assert!(nb.article(first.id).await.unwrap().copies.is_empty());
    assert_eq!(
        nb.list(&LibraryAsk {
            limit: 10,
            ..LibraryAsk::default()
        })
        .await
        .unwrap()
        .len(),
        2
    );
}
