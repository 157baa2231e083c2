//! What must hold on the seed page (`corpus/seed/daily8-meta-ai.txt`, issues 3 and 4):
//! it splits into its four articles, and Meta's timeline carries the dated claims with
//! their figures. The corpus lives beside the project (or at `CLIPLINE_CORPUS`); without
//! it these tests say so and check nothing.

use std::path::PathBuf;

use clipline::analyze::entities::{Kind, Registry};
use clipline::model::{ClipSource, EventKind, Precision, Tense, TimelineItem};
use clipline::notebook::{Notebook, TimelineAsk};

fn seed() -> Option<String> {
    let dir = std::env::var_os("CLIPLINE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    std::fs::read_to_string(dir.join("seed/daily8-meta-ai.txt")).ok()
}

async fn clipped_seed() -> Option<(
    tempfile::TempDir,
    Notebook,
    Vec<clipline::model::ClippedArticle>,
)> {
    let Some(text) = seed() else {
        eprintln!("DID NOT RUN: the seed page was not found (set CLIPLINE_CORPUS)");
        return None;
    };
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("seed.db")).await.unwrap();
    let out = nb
        .clip(
            ClipSource::Text { text, url: None },
            &[],
            Some("2025-07-14T12:00:00Z"),
        )
        .await
        .expect("the seed clips");
    Some((dir, nb, out.articles))
}

#[tokio::test]
async fn the_seed_splits_into_its_four_articles_with_outlets_and_times() {
    let Some((_dir, _nb, articles)) = clipped_seed().await else {
        return;
    };
    let got: Vec<(&str, Option<&str>, Option<&str>)> = articles
        .iter()
        .map(|a| {
            (
                a.title.as_str(),
                a.source.as_deref(),
                a.published_at.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "Meta's days of giving free AI may be ending as monetisation plans loom",
                None,
                None
            ),
            (
                "Meta's Zuckerberg pledges hundreds of billions for AI data centers in superintelligence push",
                Some("Indian Express"),
                Some("2025-07-14T11:43:00Z")
            ),
            (
                "Five EU states to test age verification app to protect children",
                Some("The Hindu"),
                Some("2025-07-14T11:41:00Z")
            ),
            (
                "Applying for a job at Amazon, Microsoft or Meta? 3 key things you should know",
                Some("India Today"),
                Some("2025-07-14T11:37:00Z")
            ),
        ]
    );
}

fn claims(items: &[TimelineItem]) -> Vec<&TimelineItem> {
    items
        .iter()
        .filter(|i| i.kind == EventKind::DatedClaim)
        .collect()
}

#[tokio::test]
async fn metas_lane_carries_the_dated_claims_with_their_figures() {
    let Some((_dir, nb, _)) = clipped_seed().await else {
        return;
    };
    let ask = TimelineAsk {
        entities: vec!["Meta Platforms Inc.".into()],
        ..Default::default()
    };
    let timeline = nb.timeline(&ask).await.unwrap();
    assert_eq!(
        timeline.lanes[0].label, "Meta",
        "the alias finds Meta's lane"
    );
    let items = claims(&timeline.lanes[0].items);
    let find = |needle: &str| {
        items
            .iter()
            .find(|i| i.text.contains(needle))
            .unwrap_or_else(|| panic!("Meta's lane has the claim about {needle:?}: {items:#?}"))
    };
    let capex = find("capital expenditure");
    assert_eq!(
        (capex.date.as_str(), capex.precision),
        ("2025-04-01", Precision::Month),
        "in April -> April 2025"
    );
    let amount = capex
        .amount
        .as_ref()
        .expect("the capex claim carries its amount");
    assert_eq!((amount.value, amount.value_max), (64e9, Some(72e9)));
    assert_eq!(amount.currency.as_deref(), Some("USD"));

    let prometheus = find("Prometheus");
    assert_eq!(
        (prometheus.date.as_str(), prometheus.precision),
        ("2026-01-01", Precision::Year)
    );
    assert_eq!(
        prometheus.tense,
        Tense::Expected,
        "\"is expected to come online\""
    );
    let gw = prometheus.amount.as_ref().expect("Hyperion's 5 gigawatts");
    assert_eq!((gw.value, gw.unit.as_deref()), (5.0, Some("gigawatts")));

    let scale = find("$14.3 billion");
    assert_eq!(scale.amount.as_ref().map(|a| a.value), Some(14.3e9));
}

#[tokio::test]
async fn last_year_in_the_hindu_resolves_to_2024_and_a_theme_picks_its_article() {
    let Some((_dir, nb, articles)) = clipped_seed().await else {
        return;
    };
    let hindu = articles
        .iter()
        .find(|a| a.source.as_deref() == Some("The Hindu"))
        .unwrap()
        .id;
    let jobs = articles
        .iter()
        .find(|a| a.source.as_deref() == Some("India Today"))
        .unwrap()
        .id;
    let ask = TimelineAsk {
        entities: vec!["Meta".into()],
        ..Default::default()
    };
    let items = nb.timeline(&ask).await.unwrap().lanes.remove(0).items;
    let last_year = items
        .iter()
        .find(|i| i.article_id == hindu && i.text.contains("last year"))
        .expect("The Hindu's 'last year' sentence is on Meta's lane");
    assert_eq!(
        (last_year.date.as_str(), last_year.precision),
        ("2024-01-01", Precision::Year)
    );

    let theme = nb
        .theme_save(
            "EU child safety rules",
            r#"(entity:"European Commission" OR EU) (child OR children OR minors OR "age verification")"#,
            None,
        )
        .await
        .unwrap();
    assert_eq!(theme.articles, 1);
    let hits = nb
        .search(r#"theme:"EU child safety rules""#, 10)
        .await
        .unwrap();
    let ids: Vec<i64> = hits.iter().map(|h| h.article.id).collect();
    assert_eq!(
        ids,
        vec![hindu],
        "the theme holds The Hindu's article, not the job advice ({jobs})"
    );
}

#[tokio::test]
async fn alexandr_wang_is_a_person_linked_to_meta_and_scale_ai() {
    let entry = Registry::builtin()
        .lookup("Alexandr Wang")
        .expect("in the registry");
    assert_eq!(entry.kind, Kind::Person);
    assert!(
        entry.parents.iter().any(|p| p == "meta") && entry.parents.iter().any(|p| p == "scale-ai")
    );
    let Some((_dir, nb, _)) = clipped_seed().await else {
        return;
    };
    let wang = nb
        .entities(100)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.name == "Alexandr Wang")
        .expect("found in the seed");
    assert_eq!(
        (wang.kind.as_str(), wang.parent.as_deref()),
        ("person", Some("Meta"))
    );
}
