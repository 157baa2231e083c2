//! Tests of the splitter on shapes of the fifty-sixth round of sites' copy-paste (pages
//! written for the project): a byline in capitals with "AND"; the outlet signing with its
//! day after a space; captions credited after ". /" and "Picture by"; an update's time
//! over the first publication's clock; a paper whose name opens with a country's.

use super::tests::{rows, split};

/// "BY KHAIRUL AZMAN AND JASMINE TAN": the names in the case of names, joined by "and".
#[test]
fn a_byline_in_capitals_with_and() {
    let got = split(
        "Strait Herald\n\
         Malaysia\n\
         Penang ferry service to resume with two new vessels next month\n\
         BY NURUL HADI AND JASMINE TAN\n\
         Monday, 14 Jul 2025 6:02 PM MYT\n\n\
         GEORGE TOWN, July 14 — The ferry service between Butterworth and George Town will resume next month with two new vessels, the port operator said today.\n\n\
         The service was halted in June after one of the old ferries failed a safety inspection.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Nurul Hadi and Jasmine Tan"));
}

/// "By The Salween Post 14 July 2025": the outlet signing for itself, its day after a
/// space; the picture's caption credited after ". / " is no headline.
#[test]
fn the_outlet_signing_with_its_day_over_a_credited_caption() {
    let got = split(
        "The Salween Post\n\
         News\n\
         Burma\n\
         Asia\n\
         Opinion\n\
         Burma\n\
         Resistance Forces Seize Army Outpost Near River Crossing, Residents Say\n\
         By The Salween Post 14 July 2025\n\
         Facebook\n\
         Copy link\n\
         Fighters at the captured outpost near the river on Sunday. / Delta Defence Units\n\
         Resistance forces overran an army outpost guarding a river crossing on Sunday after a three-day battle, residents said.\n\n\
         The Salween Post could not independently verify the casualty figures.\n\n\
         Residents said the army responded with airstrikes on two nearby villages on Sunday night.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Resistance Forces Seize Army Outpost Near River Crossing, Residents Say",
            Some("The Salween Post"),
            None,
            Some("2025-07-14"),
        )]
    );
    assert!(
        got[0].text.starts_with("Resistance forces overran"),
        "{}",
        got[0].text
    );
}

/// "Updated July 14 2025 - 6:41pm, first published 5:30pm": the first publication's clock
/// alone names no day, so the update's gives it; a caption ending "Picture by ..." is no
/// headline.
#[test]
fn an_update_over_the_first_clock_and_a_picture_credit() {
    let got = split(
        "Capital Courier\n\
         Local News\n\
         ACT Politics\n\
         Light rail contract delayed again as bidders seek more time\n\
         By Matilda Ferreira\n\
         Updated July 14 2025 - 6:41pm, first published 5:30pm\n\
         Save\n\
         Share\n\
         The light rail line will need to cross the lake alongside the main avenue. Picture by Keira Lundgren\n\
         The government has pushed back the deadline for companies bidding to build the next stage of light rail.\n\n\
         The minister confirmed on Monday that final bids would now be due in November.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Light rail contract delayed again as bidders seek more time",
            Some("Capital Courier"),
            Some("Matilda Ferreira"),
            Some("2025-07-14"),
        )]
    );
}

/// A paper whose name opens with its country's ("Egypt Independent"), in the masthead and
/// the copyright line: the country in the text ("Egypt has ...") is no shorter name of it.
#[test]
fn a_paper_whose_name_opens_with_a_country() {
    let got = split(
        "Skip to content\n\
         This website uses cookies so that we can provide you with the best user experience possible.\n\
         Accept\n\
         Settings\n\
         Egypt Independent\n\
         Search\n\
         Menu\n\
         News\n\
         Business\n\
         Culture\n\
         Sports\n\
         Cairo tram line to reopen after two-year rebuild\n\
         Nada Farouk\n\
         July 14, 2025\n\
         Share\n\n\
         The rebuilt tram line through Heliopolis will reopen next month, the transport authority said on Monday.\n\n\
         Egypt has expanded its urban rail network rapidly over the past decade.\n\n\
         Most Read\n\
         Heatwave to persist across Egypt until Thursday\n\
         About Us\n\
         © 2025 Egypt Independent. All rights reserved.\n",
    );
    assert_eq!(rows(&got)[0].1, Some("Egypt Independent"));
}
