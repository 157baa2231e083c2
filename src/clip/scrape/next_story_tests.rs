//! Tests of the splitter on pages of the thirty-seventh and thirty-eighth rounds (written
//! for the project, kept in `tests/fixtures/scrapes/`) where a list under the text shows
//! the story's own headline again: a next story loaded under that list is a story of its
//! own, and the site's blurb under it is not.

use super::tests::{fixture, rows, split};

#[test]
fn a_story_loaded_under_a_list_that_repeats_the_headline_is_its_own() {
    let got = fixture!("next-story-under-a-list-repeating-the-headline.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "House GOP leaders float stopgap through December as spending bills stall",
                Some("The Hill"),
                Some("Emily Carr and Tobias Wren"),
                Some("2025-07-14T18:35:00Z"),
            ),
            (
                "Senate panel advances bipartisan rail safety bill after years of delays",
                Some("The Hill"),
                Some("Marco Delgado"),
                Some("2025-07-14T16:10:00Z"),
            ),
        ],
        "'Most Popular' lists the first story's headline above the second story's"
    );
    assert!(
        got[1]
            .text
            .starts_with("The Senate Commerce Committee on Monday"),
        "{}",
        got[1].text
    );
}

#[test]
fn the_site_blurb_under_a_list_repeating_the_headline_is_no_story() {
    let got = fixture!("numbered-list-repeating-the-headline-over-footer.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "Ancient Winepress Found Beneath Galilee Kibbutz Parking Lot Predates Romans, Say \
         Archaeologists"
    );
}
