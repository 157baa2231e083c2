//! Tests of the splitter on the twelfth round of sites' copy-paste shapes
//! (`tests/fixtures/scrapes/`): lower-case wordmarks, a photographer "for" an outlet,
//! "Staff Writers" under two names, a place under the author's name, a local station's
//! banner, and a feed with an advertiser's item among its stories.

use super::feed_tests::one_article;
use super::tests::{fixture, rows, split};

/// The twelfth round: lower-case wordmarks, a photographer "for" an outlet, "Staff
/// Writers" under two names, a place under the author's name, a local station's banner,
/// and a feed with an advertiser's item among its stories.
#[test]
fn twelfth_round() {
    let feed = fixture!("feed-with-advertiser-item.txt");
    assert_eq!(
        rows(&feed),
        vec![
            (
                "Regional airline pilots reject pay deal, raising odds of summer strike",
                Some("Associated Press"),
                None,
                Some("2025-07-14T11:15:00Z")
            ),
            (
                "Mid-size banks are quietly pulling back from commercial real estate loans",
                Some("Fortune"),
                None,
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "Smart-glasses startup Lumen Optics files for IPO after sales triple",
                Some("The Hill"),
                None,
                Some("2025-07-13")
            ),
            (
                "Copper hits record as Chilean mine outage squeezes supply",
                Some("Yahoo Finance"),
                None,
                Some("2025-07-12")
            )
        ]
    );
    assert!(
        feed.iter().all(|a| !a.text.contains("No obligation")),
        "the advertiser's item is no story's"
    );
    for (got, want, chrome) in [
        (
            fixture!("lower-case-wordmark-german.txt"),
            (
                "Bund will große Plattformen stärker zur Kasse bitten",
                Some("tagesschau"),
                Some("Lena Hartmann"),
                Some("2025-07-13"),
            ),
            &["Bild:", "Mehr zum Thema"][..],
        ),
        (
            fixture!("photographer-for-outlet-credit-french.txt"),
            (
                "Les start-up françaises de l'IA lèvent un record de 3,4 milliards d'euros au premier semestre",
                Some("Libération"),
                Some("Camille Durand"),
                Some("2025-07-13"),
            ),
            &["Hans Lucas", "Lire aussi"][..],
        ),
        (
            fixture!("staff-writers-and-share-menu.txt"),
            (
                "California regulators approve higher minimum pay for ride-hail drivers",
                Some("Los Angeles Times"),
                Some("Maria Lopez and Derek Chan"),
                Some("2025-07-13T22:42:00Z"),
            ),
            &[
                "Staff Writers",
                "Threads",
                "URL Copied",
                "automated voice",
                "Sign Me Up",
                "covers labor",
            ][..],
        ),
        (
            fixture!("name-over-place-and-topics-line.txt"),
            (
                "Centre plans Rs 12,000 crore incentive scheme to boost domestic lithium-ion cell output",
                Some("Business Standard"),
                Some("Aditi Rao"),
                Some("2025-07-14T03:45:00Z"),
            ),
            &["New Delhi", "Topics", "free articles"][..],
        ),
        (
            fixture!("article-before-wordmark-italian.txt"),
            (
                "Banche, via libera Ue alla fusione tra Banca Adriatica e Credito Padano: nasce il quarto gruppo italiano",
                Some("la Repubblica"),
                Some("Giulia Ferri"),
                Some("2025-07-13"),
            ),
            &["(foto: Ansa)", "Leggi anche", "Ascolta"][..],
        ),
        (
            fixture!("local-tv-weather-banner.txt"),
            (
                "Durham battery recycler gets $48M in state incentives for Person County plant",
                Some("WRAL"),
                Some("Kevin Brooks"),
                Some("2025-07-13T18:12:00Z"),
            ),
            &["WEATHER ALERT", "5 On Your Side"][..],
        ),
    ] {
        one_article(&got, want, chrome);
    }
}
