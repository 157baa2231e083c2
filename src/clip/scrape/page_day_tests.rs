//! Tests of the day a story is given, on pages written for the project (kept in
//! `tests/fixtures/scrapes/`): the day its page showed, not the day in UTC nor the paper's
//! date printed over the menus.

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
