//! Tests of the splitter on what stands inside one article's page and is not its text:
//! a box of links to other stories between its paragraphs, a syndication notice under
//! it, a table of contents that repeats its subheads under the header.

use super::tests::{SingleCase, assert_single_articles, fixture, split};

/// Each page is one article, with these fields, whose text ends where the story does.
#[test]
fn boxes_inside_single_articles() {
    let cases: Vec<SingleCase<'_>> = vec![
        (
            fixture!("german-link-box-inside-text-and-syndication-notice.txt"),
            (
                "Netzbetreiber fordern Milliarden für Stromtrassen – und die Verbraucher sollen zahlen",
                Some("Süddeutsche Zeitung"),
                Some("Anna Weber und Lukas Brandt"),
                Some("2025-07-14"),
            ),
            "ohne die Leitungen keine Energiewende.",
            "'Lesen Sie mehr zum Thema' over a kicker and a headline is a box of links, no outlet and no story; the syndication notice is no text",
        ),
        (
            fixture!("italian-table-of-contents-and-audio-version.txt"),
            (
                "Bancaria Adriatica, via libera del cda all’offerta su Credito Lagunare",
                Some("Il Sole 24 ORE"),
                Some("Marco Ferri"),
                Some("2025-07-14"),
            ),
            "«non sollecitata e non concordata».",
            "the subheads listed under the header are a table of contents; \"3' di lettura\" is a counter",
        ),
    ];
    assert_single_articles(cases);
}
