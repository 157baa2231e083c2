//! Tests of the splitter on lists of stories and on apps (the twenty-second round of
//! sites' copy-paste shapes, `tests/fixtures/scrapes/`): Dutch and Portuguese section
//! lists with a partner's item and a wire's credit between the stories, a feed reader
//! whose sidebar lists the feeds its items name, a news app's tab named "Today", and a
//! live blog whose entries give a clock time under the day's header.

use super::tests::{fixture, rows, split};

/// "vandaag om 15.40 uur" and "gisteren om 19.05 uur" time the items; "Partnerbijdrage"
/// over "In samenwerking met ..." opens a paid item, no story.
#[test]
fn dutch_section_with_a_partner_item() {
    let got = fixture!("dutch-section-list-with-partner-item.txt");
    let paper = Some("Het Havenblad");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Containerterminal Noordkaai schrapt 140 banen na verlies grote klant",
                paper,
                Some("Eva Maes"),
                Some("2025-07-14")
            ),
            (
                "Windpark Oostbank krijgt vergunning voor uitbreiding met twaalf turbines",
                paper,
                Some("Tom Wouters en Lien Goossens"),
                Some("2025-07-13")
            ),
        ]
    );
    assert!(got.iter().all(|a| !a.text.contains("Spaarbank")));
}

/// "JR/Lusa" under the second item's summary credits the wire; the time under it is
/// still that item's, not the next one's.
#[test]
fn a_wire_credit_between_a_summary_and_its_time() {
    let got = fixture!("portuguese-list-with-wire-credit-under-summary.txt");
    let paper = Some("Jornal da Ribeira");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Conserveira Atlântica compra fábrica em Peniche por 22 milhões",
                paper,
                Some("Carla Nunes"),
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Greve nos comboios regionais do Oeste marcada para sexta-feira",
                paper,
                None,
                Some("2025-07-14T07:00:00Z")
            ),
            (
                "Central solar de Alqueva começa a produzir em setembro",
                paper,
                Some("Rui Matos"),
                Some("2025-07-13")
            ),
        ]
    );
}

/// Each item names its feed between its headline and "by ...": the outlet, though the
/// sidebar lists the same names as the reader's folders.
#[test]
fn reader_items_name_the_feeds_of_its_sidebar() {
    let got = fixture!("reader-items-with-feed-names-in-sidebar.txt");
    assert_eq!(
        rows(&got).iter().map(|r| (r.1, r.2)).collect::<Vec<_>>(),
        vec![
            (Some("Prairie Daily"), Some("Aaron Kowalski")),
            (Some("La Gazette Maritime"), Some("Julie Morvan")),
            (Some("Harbour Ledger"), Some("Sam Okoro")),
        ]
    );
}

/// An app's "Today" tab over its menu is no time: the story's own, under its byline, is.
/// The channel named over the headline is the outlet, not the app's owner in the footer.
#[test]
fn an_app_tab_named_today() {
    let got = fixture!("app-tab-today-over-menu-and-channel.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Ferry operator Blue Sound to retire three vessels and cut 120 crew jobs",
            Some("Harbour Star"),
            Some("Maya Chen"),
            Some("2025-07-12")
        )]
    );
}

/// A live blog's entries are timed "9:10 pm" and "7:45 pm" under "Sunday, July 13, 2025":
/// the day is theirs.
#[test]
fn live_blog_clocks_take_the_day_of_their_header() {
    let got = fixture!("live-blog-clocks-under-day-header.txt");
    let entries: Vec<_> = rows(&got).into_iter().filter(|r| r.2.is_some()).collect();
    assert_eq!(
        entries,
        vec![
            (
                "Port authority lifts fog warning after two-day closure of shipping lane",
                None,
                Some("Ana Ortiz"),
                Some("2025-07-13")
            ),
            (
                "Ferry union signs new wage deal with Bay Lines",
                None,
                Some("Sam Ruiz"),
                Some("2025-07-13")
            ),
        ]
    );
}
