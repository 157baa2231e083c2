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

/// The very same text at another address (a wire story run word for word) is listed as
/// "also at" too, not dropped as if it were the same page; the same text saved without an
/// address is the existing article.
#[tokio::test]
async fn the_same_text_at_another_address_is_a_copy_and_without_one_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let html = page("harbor-chips.html");
    let first = clip(&nb, html.clone()).await.articles.remove(0);
    let elsewhere = html.replace(
        "https://ledger.example.com/business/2025/03/harbor-ohio-plant",
        "https://wire.example/harbor-ohio-plant",
    );
    assert_ne!(elsewhere, html);
    let copy = clip(&nb, elsewhere.clone()).await.articles.remove(0);
    assert_eq!((copy.id, copy.status), (first.id, ClipStatus::Joined));
    let again = clip(&nb, elsewhere).await.articles.remove(0);
    assert_eq!(
        again.status,
        ClipStatus::Existing,
        "that address is known now"
    );
    let article = nb.article(first.id).await.unwrap();
    assert_eq!(article.copies.len(), 1);
    assert_eq!(article.copies[0].similarity, 1.0);

    // Saved without its address (no canonical link): the same text is the same article.
    let bare = html.replace(
        r#"<link rel="canonical" href="https://ledger.example.com/business/2025/03/harbor-ohio-plant?utm_source=feed">"#,
        "",
    );
    assert_ne!(bare, html);
    let saved = clip(&nb, bare).await.articles.remove(0);
    assert_eq!((saved.id, saved.status), (first.id, ClipStatus::Existing));
    assert_eq!(nb.article(first.id).await.unwrap().copies.len(), 1);
}

/// A company's press release on `date`: a few lines of its own over the long "About" and
/// forward-looking-statements blocks every release of the company repeats.
fn press_release(headline: &str, date: &str, news: &str) -> String {
    let about = "About Harbor Semiconductor. Harbor Semiconductor designs and manufactures \
        power-management chips for electric vehicles, industrial equipment and data-centre \
        servers, with plants in Ohio, Oregon and Penang and about 9,000 employees worldwide. \
        Forward-looking statements. This release contains forward-looking statements within the \
        meaning of the securities laws, including statements about our plans, expectations, \
        future results and the markets we serve. These statements are based on current \
        expectations and involve risks and uncertainties that could cause actual results to \
        differ materially, including supply constraints, demand for our products, competition, \
        exchange rates and the other risks described in our annual report. We undertake no \
        obligation to update any forward-looking statement, except as required by law. \
        Investor contact: investors at harbor dot example. Media contact: press at harbor dot \
        example.";
    format!(
        "<html><head><title>{headline}</title>\
         <meta property=\"article:published_time\" content=\"{date}\">\
         <meta property=\"og:site_name\" content=\"Harbor Semiconductor Newsroom\"></head>\
         <body><article><h1>{headline}</h1><p>{news}</p><p>{about}</p></article></body></html>"
    )
}

/// Two releases twelve days apart share most of their words, but not their news: the
/// second is an article of its own, not "also at" the first (found in review: it vanished
/// from the library and search, and its tags went to the first).
#[tokio::test]
async fn press_releases_that_share_boilerplate_stay_two_articles() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let dividend = press_release(
        "Harbor Semiconductor declares quarterly dividend",
        "2025-07-10T13:00:00Z",
        "Harbor Semiconductor's board declared a quarterly dividend of 20 cents a share, \
         payable on August 15 to shareholders of record on July 31.",
    );
    let cfo = press_release(
        "Harbor Semiconductor names Tomas Reyes chief financial officer",
        "2025-07-22T13:00:00Z",
        "Harbor Semiconductor named Tomas Reyes chief financial officer, effective September 1. \
         Reyes joins from a maker of industrial sensors, where he led finance for six years.",
    );
    let first = clip(&nb, dividend).await.articles.remove(0);
    let second = clip(&nb, cfo).await.articles.remove(0);
    assert_eq!(first.status, ClipStatus::Created);
    assert_eq!(
        second.status,
        ClipStatus::Created,
        "the second release is an article of its own"
    );
    assert_ne!(second.id, first.id);
    assert!(nb.article(first.id).await.unwrap().copies.is_empty());
}

/// A copy saved without an address, clipped again, is the copy already listed, not a new
/// "also at" each time; and a copy split out twice (two windows) is split once, the second
/// told it is gone (found in review: twin copies, then twin articles).
#[tokio::test]
async fn a_copy_without_an_address_clipped_twice_is_listed_once_and_split_once() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let first = clip(&nb, page("harbor-chips.html"))
        .await
        .articles
        .remove(0);
    let copy_page = page("harbor-chips-syndicated.html").replace(
        r#"<link rel="canonical" href="https://midwestwire.example.net/stories/harbor-semiconductor-ohio">"#,
        "",
    );
    assert!(!copy_page.contains("canonical"));
    let joined = clip(&nb, copy_page.clone()).await.articles.remove(0);
    assert_eq!((joined.id, joined.status), (first.id, ClipStatus::Joined));
    let again = clip(&nb, copy_page).await.articles.remove(0);
    assert_eq!((again.id, again.status), (first.id, ClipStatus::Existing));
    let copies = nb.article(first.id).await.unwrap().copies;
    assert_eq!(copies.len(), 1, "one copy listed");

    let split = || {
        dispatch(
            &nb,
            Request::ArticleSplit {
                copy_id: copies[0].id,
            },
        )
    };
    let (a, b) = tokio::join!(split(), split());
    assert_eq!(
        [&a, &b].iter().filter(|r| r.is_ok()).count(),
        1,
        "one split wins: {a:?} {b:?}"
    );
    let lost = a.err().or(b.err()).expect("the other is refused");
    assert!(
        lost.message.contains("split out already"),
        "{}",
        lost.message
    );
    // A split asked for after the first ended is told the same (it was once told only that
    // there is no such copy, which the race above met now and then).
    let late = split().await.expect_err("split out already");
    assert!(
        late.message.contains("split out already"),
        "{}",
        late.message
    );
    let listed = nb
        .list(&LibraryAsk {
            limit: 10,
            ..LibraryAsk::default()
        })
        .await
        .unwrap();
    assert_eq!(listed.len(), 2, "the article and one split copy");
}
