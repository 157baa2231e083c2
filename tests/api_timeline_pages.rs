//! Timelines read a page at a time (issue 6): on the sample notebook (the project's own
//! sample pages, through the real clip pipeline), every way of asking for lanes gives, page
//! after page with `next`, exactly the lanes it gives in one answer — same items, same
//! order, a story's reports folded the same — and no page holds more than its limit.

use std::collections::BTreeMap;

use clipline::model::{EventKind, LaneBy, Timeline, TimelineItem};
use clipline::notebook::{Notebook, NotebookError, TimelineAsk};
use clipline::timeline::append_page;

async fn sample() -> (tempfile::TempDir, Notebook) {
    let dir = tempfile::tempdir().unwrap();
    let nb = clipline::sample::open(&dir.path().join("sample.db"))
        .await
        .expect("the sample notebook builds");
    (dir, nb)
}

fn lanes(t: &Timeline) -> BTreeMap<String, Vec<TimelineItem>> {
    t.lanes
        .iter()
        .map(|l| (l.key.clone(), l.items.clone()))
        .collect()
}

/// Read `ask` in pages of `limit` events per lane; returns the joined timeline and how many
/// pages it took.
async fn paged(nb: &Notebook, ask: &TimelineAsk, limit: u32) -> (Timeline, usize) {
    let first = TimelineAsk {
        limit: Some(limit),
        ..ask.clone()
    };
    let mut all = nb.timeline(&first).await.unwrap();
    let mut pages = 1;
    while let Some(next) = all.next.clone() {
        let page = nb
            .timeline(&TimelineAsk {
                after: Some(next.clone()),
                ..first.clone()
            })
            .await
            .unwrap();
        for lane in &page.lanes {
            assert!(
                lane.items.len() <= limit as usize,
                "a page of {limit} holds at most {limit} items per lane"
            );
        }
        assert_ne!(page.next.as_ref(), Some(&next), "each page moves on");
        append_page(&mut all, page);
        pages += 1;
        assert!(pages < 500, "paging ends");
    }
    (all, pages)
}

#[tokio::test]
async fn lanes_read_in_pages_join_into_the_lanes_read_whole() {
    let (_dir, nb) = sample().await;
    let entity = |names: &[&str]| TimelineAsk {
        entities: names.iter().map(|s| s.to_string()).collect(),
        ..TimelineAsk::default()
    };
    let asks = [
        entity(&["Meta"]),
        entity(&["Meta", "Microsoft", "European Commission"]),
        TimelineAsk {
            themes: vec!["AI infrastructure spending".into()],
            ..TimelineAsk::default()
        },
        TimelineAsk {
            by: Some(LaneBy::Source),
            ..TimelineAsk::default()
        },
        TimelineAsk {
            by: Some(LaneBy::Tag),
            kind: Some(EventKind::DatedClaim),
            ..TimelineAsk::default()
        },
        TimelineAsk {
            query: Some("capex OR \"capital expenditure\"".into()),
            ..TimelineAsk::default()
        },
        TimelineAsk {
            kind: Some(EventKind::DatedClaim),
            from: Some("2025-01-01".into()),
            to: Some("2025-12-31".into()),
            ..entity(&["Meta"])
        },
    ];
    for ask in &asks {
        let whole = nb.timeline(ask).await.unwrap();
        assert_eq!(whole.next, None, "without a limit, one answer holds all");
        let items: usize = whole.lanes.iter().map(|l| l.items.len()).sum();
        assert!(items > 1, "{ask:?} has items to page through");
        for limit in [1, 2, 7] {
            let (joined, pages) = paged(&nb, ask, limit).await;
            assert_eq!(
                lanes(&joined),
                lanes(&whole),
                "{ask:?} in pages of {limit} joins into the whole"
            );
            assert_eq!(joined.undated, whole.undated);
            if limit == 1 {
                assert!(pages > 1, "{ask:?} took more than one page of 1");
            }
        }
    }
    // The sample's one story told by two outlets still folds into one item when read in
    // pages of one event.
    let whole = nb.timeline(&entity(&["Meta"])).await.unwrap();
    assert!(
        whole.lanes[0].items.iter().any(|i| i.siblings > 0),
        "Meta's lane folds the two reports of one story"
    );
}

#[tokio::test]
async fn a_cursor_that_is_not_one_is_refused_with_a_reason() {
    let (_dir, nb) = sample().await;
    let err = nb
        .timeline(&TimelineAsk {
            by: Some(LaneBy::Source),
            limit: Some(10),
            after: Some("yesterday".into()),
            ..TimelineAsk::default()
        })
        .await
        .unwrap_err();
    assert!(
        matches!(&err, NotebookError::Invalid(m) if m.contains("cursor")),
        "{err}"
    );
}

/// `from` keeps a month, quarter or year claim whose span reaches into the range, in lanes
/// by source as in lanes by company: the same claims either way.
#[tokio::test]
async fn a_span_reaching_into_the_range_is_in_every_kind_of_lane() {
    let (_dir, nb) = sample().await;
    let all = nb
        .timeline(&TimelineAsk {
            by: Some(LaneBy::Source),
            kind: Some(EventKind::DatedClaim),
            ..TimelineAsk::default()
        })
        .await
        .unwrap();
    let span = all
        .lanes
        .iter()
        .flat_map(|l| &l.items)
        .find(|i| i.precision != clipline::model::Precision::Day)
        .expect("the sample has a month, quarter or year claim")
        .clone();
    // The day after the span starts: the claim starts before the range and reaches into it.
    let start = chrono::NaiveDate::parse_from_str(&span.date, "%Y-%m-%d").unwrap();
    let from = (start + chrono::Days::new(1))
        .format("%Y-%m-%d")
        .to_string();
    let has_it = |t: &Timeline| {
        t.lanes
            .iter()
            .flat_map(|l| &l.items)
            .any(|i| i.text == span.text && i.date == span.date)
    };
    for by in [LaneBy::Source, LaneBy::Tag] {
        let ask = TimelineAsk {
            by: Some(by),
            kind: Some(EventKind::DatedClaim),
            from: Some(from.clone()),
            ..TimelineAsk::default()
        };
        assert!(
            has_it(&nb.timeline(&ask).await.unwrap()),
            "{by:?} lanes keep {span:?}"
        );
        let (paged_once, _) = paged(&nb, &ask, 1).await;
        assert!(has_it(&paged_once), "and so do their pages");
    }
    let company = nb
        .timeline(&TimelineAsk {
            entities: vec!["Meta".into(), "Microsoft".into(), "Alphabet".into()],
            kind: Some(EventKind::DatedClaim),
            from: Some(from.clone()),
            ..TimelineAsk::default()
        })
        .await
        .unwrap();
    let by_source = nb
        .timeline(&TimelineAsk {
            by: Some(LaneBy::Source),
            kind: Some(EventKind::DatedClaim),
            from: Some(from),
            ..TimelineAsk::default()
        })
        .await
        .unwrap();
    let texts = |t: &Timeline| {
        let mut v: Vec<(String, String)> = t
            .lanes
            .iter()
            .flat_map(|l| &l.items)
            .map(|i| (i.date.clone(), i.text.clone()))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let companies = texts(&company);
    assert!(
        companies.iter().all(|c| texts(&by_source).contains(c)),
        "every company claim in the range is in the lanes by source too"
    );
}

#[tokio::test]
async fn a_range_bound_outside_four_digit_years_is_a_plain_error_not_a_crash() {
    let (_dir, nb) = sample().await;
    // chrono reads these as dates; the year before "-262143" does not exist, and neither
    // sorts as text among the stored days.
    for bound in ["-262143-01-01", "10000-01-01", "0000-12-31"] {
        for ask in [
            TimelineAsk {
                by: Some(LaneBy::Source),
                kind: Some(EventKind::DatedClaim),
                from: Some(bound.into()),
                ..TimelineAsk::default()
            },
            TimelineAsk {
                by: Some(LaneBy::Source),
                to: Some(bound.into()),
                ..TimelineAsk::default()
            },
        ] {
            match nb.timeline(&ask).await {
                Err(NotebookError::Invalid(msg)) => assert!(msg.contains("YYYY-MM-DD"), "{msg}"),
                other => panic!("{bound}: {other:?}"),
            }
        }
    }
    let fine = TimelineAsk {
        by: Some(LaneBy::Source),
        kind: Some(EventKind::DatedClaim),
        from: Some("0001-01-01".into()),
        ..TimelineAsk::default()
    };
    assert!(
        !nb.timeline(&fine).await.unwrap().lanes.is_empty(),
        "year 1 is a date"
    );
}

/// A claim spanning several years ("over the next three years": 2026 to 2028) is in a
/// timeline from a day of its last year, though it starts more than a year before it.
#[tokio::test]
async fn a_claim_spanning_years_reaches_into_a_later_range() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let text = "Meta plans capital spending\n\nMeta will spend $30 billion on data centres over \
                the next three years.";
    nb.clip(
        clipline::model::ClipSource::Text {
            text: text.into(),
            url: None,
        },
        &[],
        Some("2025-06-11T12:00:00Z"),
    )
    .await
    .unwrap();
    let ask = |from: &str| TimelineAsk {
        entities: vec!["Meta".into()],
        kind: Some(EventKind::DatedClaim),
        from: Some(from.into()),
        ..TimelineAsk::default()
    };
    let spans = |t: &Timeline| -> Vec<String> {
        t.lanes
            .iter()
            .flat_map(|l| &l.items)
            .filter(|i| i.text.contains("three years"))
            .map(|i| i.date.clone())
            .collect()
    };
    let all = nb.timeline(&ask("2000-01-01")).await.unwrap();
    assert_eq!(spans(&all), ["2026-01-01"], "the claim spans from 2026");
    let late = nb.timeline(&ask("2028-06-01")).await.unwrap();
    assert_eq!(spans(&late), ["2026-01-01"], "and reaches into 2028");
    let after = nb.timeline(&ask("2029-01-01")).await.unwrap();
    assert!(spans(&after).is_empty(), "but not past its end");
}
