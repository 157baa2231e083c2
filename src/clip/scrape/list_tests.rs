//! Tests of the splitter on lists of stories and on apps (the twenty-second round of
//! sites' copy-paste shapes, `tests/fixtures/scrapes/`): Dutch and Portuguese section
//! lists with a partner's item and a wire's credit between the stories, a feed reader
//! whose sidebar lists the feeds its items name, a news app's tab named "Today", a live
//! blog whose entries give a clock time under the day's header; and paid items that name
//! their advertiser (the twenty-third round); an endless scroll of two stories (the
//! twenty-fourth); an aggregator's items with their snippets (the twenty-fifth); cards
//! under "What to Read Next" each closed by a button, under a text with a chart inside it
//! (the forty-second).

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

/// A paid item between the stories: its label, the advertiser's name on a line of its
/// own, its headline and one paragraph ("Kaupallinen yhteistyö" / "Lumeo Pay" / ...); and
/// a paid item with two labels ("Partnerbijdrage" / "In samenwerking met ..."), whose
/// second label opens nothing. Neither is a story; the stories around them stay whole.
#[test]
fn paid_items_with_the_advertiser_named() {
    let got = split(
        "Talousuutiset\n\
         Tilaa\n\
         Kirjaudu\n\
         Uusimmat\n\
         Teollisuus\n\
         Sahayhtiö Kuusela sulkee Oulun sahan – 80 työpaikkaa vaarassa\n\
         Yhtiö aloittaa muutosneuvottelut, jotka koskevat koko sahan henkilöstöä.\n\
         Riikka Salminen\n\
         tänään 18.40\n\
         Kaupallinen yhteistyö\n\
         Lumeo Pay\n\
         Näin pienyrittäjä säästää tunteja laskutuksessa joka kuukausi\n\
         Kokeile automaattista laskutusta 30 päivää maksutta.\n\
         Pörssi\n\
         Rauta-Nordic nosti tulosohjeistustaan – osake nousi 14 prosenttia\n\
         Rakennustarvikeketju odottaa nyt liikevoiton kasvavan selvästi viime vuodesta.\n\
         Juho Lehtinen\n\
         tänään 11.02\n\
         Partnerbijdrage\n\
         In samenwerking met Spaarbank Noord\n\
         Zo spaar je deze zomer slimmer voor je vakantie\n\
         Ontdek hoe je met een vaste termijnrekening meer rendement haalt.\n\
         Lees meer\n\
         Talous\n\
         Kuluttajien luottamus heikkeni yllättäen kesäkuussa\n\
         Kotitaloudet arvioivat oman taloutensa näkymät aiempaa synkemmiksi.\n\
         Päivi Lindqvist\n\
         eilen 9.05\n",
    );
    assert_eq!(
        rows(&got).iter().map(|r| (r.0, r.2)).collect::<Vec<_>>(),
        vec![
            (
                "Sahayhtiö Kuusela sulkee Oulun sahan – 80 työpaikkaa vaarassa",
                Some("Riikka Salminen")
            ),
            (
                "Rauta-Nordic nosti tulosohjeistustaan – osake nousi 14 prosenttia",
                Some("Juho Lehtinen")
            ),
            (
                "Kuluttajien luottamus heikkeni yllättäen kesäkuussa",
                Some("Päivi Lindqvist")
            ),
        ]
    );
    assert!(
        got.iter()
            .all(|a| !a.text.contains("laskutusta") && !a.text.contains("termijnrekening"))
    );
}

/// A reader's view of one item: "Unread (142)" counts, the feed's name over the author
/// and the time is the outlet, and the feed's "The post ... appeared first on ..." is no
/// text.
#[test]
fn a_reader_item_names_its_feed_over_the_author() {
    let got = split(
        "Skip to content\n\
         Feedreader\n\
         Unread (142)\n\
         Starred\n\
         Feeds\n\
         Settings\n\
         Port of Gdańsk opens its deepwater container berth two years early\n\
         Baltic Freight Review\n\
         by Marta Oliveira\n\
         6 hours ago\n\
         Mark as unread\n\
         Share\n\
         The port of Gdańsk opened its new deepwater container berth on Monday, two years ahead of the original schedule.\n\
         The berth can take the largest container ships now in service and adds a million containers a year of capacity.\n\
         The post Port of Gdańsk opens its deepwater container berth two years early appeared first on Baltic Freight Review.\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Port of Gdańsk opens its deepwater container berth two years early",
            Some("Baltic Freight Review"),
            Some("Marta Oliveira"),
            Some("2025-07-14T06:00:00Z")
        )]
    );
    assert!(
        got[0]
            .text
            .ends_with("a million containers a year of capacity."),
        "{}",
        got[0].text
    );
}

/// Two stories of an endless scroll: each caption's credit glued after its stop ("...
/// last year.Image Credit: Supplied") is no headline, a "Highlights" box is the
/// standfirst, the first author named again at the foot of her story does not sign the
/// next, and "Desert Courier Report" is the site's desk.
#[test]
fn endless_scroll_with_a_desk_credit() {
    let got = fixture!("endless-scroll-with-desk-credit.txt");
    let site = Some("Desert Courier");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Port operator Tidewell to build second container terminal in Fujairah",
                site,
                Some("Rania Haddad"),
                Some("2025-07-14")
            ),
            (
                "Grocery chain Palmgrove to open 12 stores in Al Ain and Ras Al Khaimah",
                site,
                None,
                Some("2025-07-12")
            ),
        ]
    );
    assert!(got.iter().all(|a| !a.text.contains("Image Credit")));
}

/// An aggregator's items: the outlet, the headline, a snippet, the time and "By ...". An
/// outlet named once and in capitals ("KTVN") is read from its place in the item.
#[test]
fn aggregator_items_name_their_outlets_over_a_snippet() {
    let got = fixture!("aggregator-items-with-snippets.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Kestrel Air orders 30 regional jets in its biggest deal yet",
                Some("Harbour Times"),
                Some("Mira Castell"),
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Dalewood Foods recalls frozen dumplings sold in 14 states",
                Some("KTVN"),
                Some("Owen Tarr and Nia Bello"),
                Some("2025-07-14T07:00:00Z")
            ),
            (
                "Fintech lender Quayside weighs sale of its card business",
                Some("The Ledger Review"),
                Some("Peter Vance"),
                Some("2025-07-13")
            ),
        ]
    );
}

#[test]
fn cards_closed_by_buttons_under_a_text_with_a_chart_inside_it() {
    let got = fixture!("chart-inside-the-text-and-cards-with-buttons.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Grocer Pellman's Agrees to Sale to Buyout Firm Ardent",
            Some("Harbor Street Journal"),
            Some("Marta Quill"),
            Some("2025-07-13T09:30:00Z"),
        )],
        "the chart's title over 'Source: FactSet' opens no story, and the cards (headline, \
         teaser, day, 'Continue To Article') are no stories"
    );
    let text = &got[0].text;
    assert!(!text.contains("annual operating margin"), "{text}");
    assert!(!text.contains("FactSet"), "{text}");
    assert!(
        text.ends_with("subject to shareholder and regulatory approval."),
        "{text}"
    );
}
