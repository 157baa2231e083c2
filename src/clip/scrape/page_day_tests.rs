//! Tests of the day a story is given, on pages written for the project (kept in
//! `tests/fixtures/scrapes/`): the day its page showed, not the day in UTC nor the paper's
//! date printed over the menus; "Article was updated 3 hrs ago" is a revision's time, and
//! "PHT" a zone (with a machine's summary under its warning on the same page); a page's
//! clock over its menus is no story's time, and "First Published" under the text beats a
//! revision's time at its top.

use super::tests::{fixture, rows, split};

#[test]
fn an_evening_time_in_eastern_time_keeps_its_day_and_offset() {
    let got = fixture!("evening-time-in-eastern-time.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    // 10:31 pm in New York is 02:31 the next day in UTC: the page's day and offset stay.
    assert_eq!(
        got[0].published_at.as_deref(),
        Some("2025-07-13T22:31:00-04:00")
    );
    assert_eq!(got[0].byline.as_deref(), Some("Priya Okonjo"));
}

#[test]
fn todays_paper_date_over_the_menus_gives_way_to_the_storys_own() {
    let got = fixture!("todays-paper-date-over-menus.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let a = &got[0];
    assert_eq!(
        a.title,
        "A Coastal Marsh Swallows a Road, and a Town Argues Over What Comes Next"
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("Tomas Reinholt and Abigail Crane")
    );
    // "Monday, July 14, 2025" over "Today's Paper" is the paper's date; the story was
    // published on the 13th and updated on the 14th.
    assert_eq!(a.published_at.as_deref(), Some("2025-07-13"));
    assert!(a.text.starts_with("Engineers say the county"), "{}", a.text);
    assert!(a.text.ends_with("which plan to back."), "{}", a.text);
}

#[test]
fn article_was_updated_is_a_time_line_and_opens_no_story() {
    assert_eq!(
        super::when::parse_when("Article was updated 3 hrs ago", super::tests::clip_time())
            .and_then(super::when::When::render)
            .as_deref(),
        Some("2025-07-14T09:00:00Z")
    );
    assert!(super::revisions::revision_line(
        "Article was updated 3 hrs ago"
    ));
    // The page's own time stays: the revision's does not replace it.
    let got = fixture!("reporter-and-editor-and-article-updated.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(got[0].published_at.as_deref(), Some("2025-07-14"));
}

#[test]
fn philippine_time_is_a_zone_and_a_machines_summary_under_its_warning_no_text() {
    let got = fixture!("machine-summary-under-a-warning.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let a = &got[0];
    assert_eq!(
        a.published_at.as_deref(),
        Some("2025-07-14T15:56:00+08:00"),
        "'PHT' is the page's zone, not its outlet"
    );
    assert_eq!(a.byline.as_deref(), Some("Lorna Abad"));
    assert_ne!(a.source.as_deref(), Some("PHT"));
    // The standfirst, then the text: "SUMMARY", its warning and its bullets are no one's.
    assert!(
        (a.dek.as_deref().unwrap_or_default()).starts_with("Port officials say"),
        "{:?}",
        a.dek
    );
    assert!(a.text.starts_with("DAVAO CITY, Philippines"), "{}", a.text);
    assert!(!a.text.contains("AI generated"), "{}", a.text);
    assert!(
        a.text.ends_with("the busiest port in Mindanao."),
        "{}",
        a.text
    );
}

#[test]
fn a_name_and_another_day_under_the_storys_time_is_not_its_outlet() {
    use super::body::Draft;
    use super::lines::Meta;
    use super::when::When;
    use chrono::NaiveDate;
    let day = |d: u32| When::Day(NaiveDate::from_ymd_opt(2025, 7, d).expect("a day"));
    let video = |d: u32| Meta {
        when: Some(day(d)),
        source: Some("Morning Briefing in 60 Seconds".into()),
        ..Meta::default()
    };
    let mut story = Draft {
        when: Some(day(13)),
        ..Draft::default()
    };
    story.fill(&video(14));
    assert_eq!(
        story.source, None,
        "a video of the 14th under a story of the 13th"
    );
    story.fill(&video(13));
    assert_eq!(
        story.source.as_deref(),
        Some("Morning Briefing in 60 Seconds"),
        "the story's own day: its outlet"
    );
}

#[test]
fn a_pages_clock_over_its_menus_and_the_first_publication_under_the_text() {
    let got = fixture!("page-clock-names-over-city-and-first-published-below.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Port trusts told to cut vessel waiting time to 24 hours",
            None,
            Some("Ritu Malhotra and Karan Bedi"),
            Some("2025-07-13T15:40:00Z"),
        )],
        "not the clock's 10:04 PM, nor 'Last Updated' (after '4 min read'); the names over \
         'New Delhi' sign"
    );
    assert!(
        got[0].text.ends_with("longer shifts for dock workers."),
        "{}",
        got[0].text
    );
}
