//! Tests of the splitter on lists that are not a news site's (`tests/fixtures/scrapes/`):
//! a podcast's episodes, each numbered over its title, dated, timed and summed up, with
//! its player's buttons.

use super::tests::{fixture, rows, split};

#[test]
fn a_podcasts_episodes_are_an_article_each() {
    // "Episode 88" over each title named no outlet (and so opened nothing), "Dredging,
    // explained" was a subhead too short to head a story, and "Show notes" a headline.
    let got = fixture!("podcast-episode-list.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "The last net-maker on Quay Street",
                Some("Quayside Audio"),
                None,
                Some("2025-07-10")
            ),
            (
                "Who pays when a ferry is cancelled?",
                Some("Quayside Audio"),
                None,
                Some("2025-07-03")
            ),
            (
                "Dredging, explained",
                Some("Quayside Audio"),
                None,
                Some("2025-06-26")
            ),
        ]
    );
    for a in &got {
        for chrome in ["Episode 8", "Show notes", "Play", "Load more", "41:05"] {
            assert!(!a.text.contains(chrome), "{chrome:?} in {:?}", a.text);
        }
    }
    assert!(got[2].text.starts_with("Why the channel needs digging"));
}
