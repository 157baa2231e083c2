//! Tests of the splitter on shapes of the fifty-eighth round of sites' copy-paste (pages
//! written for the project): one author, an address and the paper between bars; a
//! publishing system's buttons and a weather box over the story; authors with the paper
//! glued after them; authors, a reading time, the time and the paper under a standfirst;
//! the paper's unnamed correspondent; a plea to fund the newsroom under the text; and a
//! caption over the reporter's own byline under a header that signs for the paper or
//! gives its time in pieces.

use super::tests::{rows, split};

/// "By Renee Castellano | rcastellano@rivercourant.com | River Courant": one author, then
/// the address and the paper, which reads as a name but is named like the address.
#[test]
fn one_author_an_address_and_the_paper_between_bars() {
    let got = split(
        "River Courant\n\
         News\n\
         Sports\n\n\
         Man, 72, rescued after kayak capsizes on the river\n\
         By Renee Castellano | rcastellano@rivercourant.com | River Courant\n\
         PUBLISHED: July 13, 2025 at 7:48 PM EDT\n\n\
         A 72-year-old man was pulled from the river on Sunday afternoon after his kayak overturned, fire officials said.\n\n\
         He was taken to hospital with minor injuries.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Man, 72, rescued after kayak capsizes on the river",
            Some("River Courant"),
            Some("Renee Castellano"),
            Some("2025-07-13T23:48:00Z"),
        )]
    );
}

/// A publishing system's buttons shown to every reader ("You are the owner of this
/// article.", "Edit Article", a follow box's messages) and a weather box (the temperature,
/// the town, "Today", the forecast) over the story; the byline with the paper glued after
/// the names ("... and Jack Holloway The Lakeside Review"); a plea to fund the newsroom
/// and a funded reporter's note under the text.
#[test]
fn a_publishing_systems_buttons_a_weather_box_and_a_plea_to_fund_the_newsroom() {
    let got = split(
        "Skip to main content\n\
         You are the owner of this article.\n\
         Edit Article\n\
         Add New Article\n\
         Get email notifications on {{subject}} daily!\n\
         Your notification has been saved.\n\
         Email notifications are only sent once a day, and only if there are new matching items.\n\
         Please log in to use this feature\n\
         Lakeside Review\n\
         News\n\
         Sports\n\
         Partly Cloudy\n\
         83°\n\
         Lakeside, NY (14202)\n\
         Today\n\
         Partly cloudy with a chance of afternoon thunderstorms. High 86F.\n\
         News\n\
         Wind-driven fire destroys 14 homes near the lake\n\
         By Nina Castellanos and Jack Holloway The Lakeside Review\n\
         Sun., July 13, 2025\n\
         Buy a print of this photo\n\n\
         A wind-driven wildfire roared across dry grass and timber west of the lake on Saturday.\n\n\
         \"The weather isn't giving us a lot of help,\" the fire chief said.\n\n\
         Nina Castellanos's reporting for The Lakeside Review is funded in part by a national service program. This story can be republished by other organizations for free.\n\
         Local journalism is essential.\n\
         Give directly to the Review's community forums series by using the easy options below.\n\
         Give Now\n\
         © Copyright 2025, The Lakeside Review\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Wind-driven fire destroys 14 homes near the lake",
            Some("The Lakeside Review"),
            Some("Nina Castellanos and Jack Holloway"),
            Some("2025-07-13"),
        )]
    );
    assert!(
        got[0].text.starts_with("A wind-driven wildfire"),
        "{}",
        got[0].text
    );
    assert!(
        got[0].text.ends_with("the fire chief said."),
        "{}",
        got[0].text
    );
}

/// The headline over its standfirst, then the authors, a reading time, the time and the
/// paper as its masthead writes it: they sign the standfirst, and the paper is no headline.
/// "Our Harbour Corr." under another story is no one's name.
#[test]
fn authors_a_reading_time_and_the_paper_under_a_standfirst() {
    let got = split(
        "Skip to content\n\
         The Mercury\n\
         News\n\
         Tasmania\n\
         Hobart\n\
         Sport\n\
         Tasmania\n\
         Ferry fleet sidelined after second hull crack found in a week\n\
         Commuters face bus replacements for at least a fortnight after inspectors found a second crack.\n\
         Tamsin Greaves and Declan O’Rourke\n\
         3 min read\n\
         July 14, 2025 - 2:30PM\n\
         The Mercury\n\
         23 comments\n\
         Share\n\n\
         The river's ferry service has been cut back to a single vessel after a second hull crack was found.\n\n\
         The operator confirmed on Monday that the vessel had been withdrawn.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Ferry fleet sidelined after second hull crack found in a week",
            Some("The Mercury"),
            Some("Tamsin Greaves and Declan O’Rourke"),
            Some("2025-07-14"),
        )]
    );
    let got = split(
        "Harbour Observer\n\
         Kandy lake walkway to reopen after repairs\n\
         Our Kandy Corr.\n\
         July 13, 2025\n\n\
         The walkway around the lake will reopen next week after repairs to its railings, officials said.\n\n\
         Work began in May after part of the railing collapsed.\n",
    );
    assert_eq!(got[0].byline, None, "{:?}", rows(&got));
}

/// A video's box right under the story's header and share buttons ("Watch: ..." over its
/// one-line description), then the machine's key points: neither headline nor text.
#[test]
fn a_video_box_under_the_header() {
    let got = split(
        "Harbour Record\n\
         News\n\
         Local\n\
         Flooding: residents say third storm in a month is 'the last straw'\n\
         Hannah Pietrowski and Dev Raghunathan\n\
         Published 5:01 a.m. ET July 14, 2025\n\
         Share\n\
         Facebook\n\
         Watch: Water rises on Anderson Street during Sunday's storm\n\
         Video submitted by residents shows water up to car doors on Anderson Street.\n\
         Key Points\n\
         AI-assisted summary\n\
         Residents say their basements have flooded three times since June.\n\n\
         For the third time in a month, Carla Mendonca spent Sunday night pumping water out of her basement.\n\n\
         Sunday evening's storm dumped 2.3 inches of rain on parts of the county in less than 90 minutes.\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "Flooding: residents say third storm in a month is 'the last straw'"
    );
    assert!(!got[0].text.contains("Video submitted"), "{}", got[0].text);
    assert!(
        got[0].text.contains("For the third time"),
        "{}",
        got[0].text
    );
}

/// The menu's "Sections" button over the masthead, and a section of the menu ("Local
/// News") shown again over the headline: the masthead names the outlet.
#[test]
fn the_masthead_under_a_sections_button() {
    let got = split(
        "Skip to main content\n\
         Sections\n\
         Search\n\
         Subscribe\n\
         Harbour Ledger\n\
         Local News\n\
         Politics\n\
         Business\n\
         Sports\n\
         Local News\n\
         Old theatre is getting a second act after 18 years in the dark\n\
         Teresa Kowalczyk\n\
         Jul 13, 2025\n\n\
         A neighborhood nonprofit has raised $3.4 million to reopen the 1926 movie house.\n\n\
         The group closed on the last major piece of its financing last month.\n",
    );
    assert_eq!(rows(&got)[0].1, Some("Harbour Ledger"));
}

/// Captions credited "(Name, Outlet)", "Picture supplied" and "— SPA" after their stop are
/// no headlines; a summary's label glued to the machine's note ("Key Points AI-assisted
/// summary") is interface; the desk's "report" names the outlet; the paper signing with
/// the author in capitals is no author; a reporter's phone line and a funding note under
/// the text are no part of it.
#[test]
fn credited_captions_a_glued_summary_label_and_notes_under_the_text() {
    for caption in [
        "A helicopter drops water on the fire south of the town on Sunday, July 13, 2025. (Mara Kessler, The Mountain Sun)",
        "An artist's impression of the upgraded park playground and foreshore. Picture supplied",
        "Municipal workers tow an abandoned car from a residential street in the district. — SPA",
    ] {
        let got = split(&format!(
            "gulfcourier\n\
             GULF COURIER\n\
             News\n\
             Local\n\
             Council backs $18 million overhaul of the lakeside park\n\
             The plan funds a new playground and a longer boardwalk along the lake.\n\
             Thanapat Srisuwan\n\
             GULF COURIER\n\
             July 14, 2025\n\
             Facebook\n\
             Email\n\
             {caption}\n\
             Key Points AI-assisted summary\n\
             The council voted 9-3 to adopt the park's new plan on Monday night.\n\
             Residents of nearby streets say it will funnel weekend traffic past their homes.\n\
             Work is due to start next year.\n\
             Listen to this article\n\n\
             Councillors voted 9-3 to adopt the park's new masterplan after a long debate over parking.\n\n\
             Work is due to start next year and take about two years.\n\n\
             Reach Caroline Pettigrew at 843-937-5540. Follow her on X @cpettigrew.\n\
             Local Democracy Reporting is local body journalism co-funded by the public broadcaster.\n"
        ));
        assert_eq!(
            rows(&got),
            [(
                "Council backs $18 million overhaul of the lakeside park",
                Some("Gulf Courier"),
                Some("Thanapat Srisuwan"),
                Some("2025-07-14"),
            )],
            "{caption}"
        );
        assert!(got[0].text.ends_with("about two years."), "{}", got[0].text);
    }
    let got = split(
        "Skip to main content\n\
         Harbour Gazette\n\
         News\n\
         Saudi\n\
         Jeddah removes 3,400 abandoned vehicles in summer cleanup drive\n\
         Harbour Gazette report\n\
         Yesterday 10:22 PM\n\n\
         JEDDAH — The municipality has removed more than 3,400 abandoned vehicles from the streets since June.\n\n\
         Owners were given 72 hours' notice before each car was towed.\n",
    );
    assert_eq!(rows(&got)[0].1, Some("Harbour Gazette"));
    assert_eq!(rows(&got)[0].2, None);
}

/// The site's header signs for the paper ("by Harare Herald", the time, the section), then
/// the picture's caption over the reporter's own "BY NAME": the caption is no headline,
/// and the story keeps its headline.
#[test]
fn a_caption_over_the_reporters_byline_under_the_papers_header() {
    let got = split(
        "Harare Herald\n\
         Home\n\
         Local News\n\
         Maize farmers demand US$9m owed by the grain board\n\
         by Harare Herald\n\
         July 14, 2025\n\
         in Local News\n\
         Reading Time: 3 mins read\n\
         Share on Facebook\n\
         Share on WhatsApp\n\
         Maize stacked at a depot in Chinhoyi. Farmers say the board has not paid in full for grain delivered in May\n\
         BY RUVIMBO SHOKO\n\
         MAIZE farmers in three provinces have demanded payment of about US$9 million owed to them by the grain board.\n\n\
         The farmers said some had waited more than two months for their money.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        rows(&got)[0].0,
        "Maize farmers demand US$9m owed by the grain board"
    );
}

/// "Published" / "1 day ago" / "on" / "2025/07/13" / "By" / "Editor" under the headline,
/// then the picture's caption over the reporter's "By Name": the caption is no headline.
#[test]
fn a_caption_over_the_byline_under_the_time_in_pieces() {
    let got = split(
        "The Lagoon\n\
         News\n\
         Lagoon fishermen protest against trawlers from across the strait\n\
         Published\n\
         1 day ago\n\
         on\n\
         2025/07/13\n\
         By\n\
         Editor\n\
         Fishermen holding black flags during the protest at the jetty on Saturday (12)\n\
         By Nimal Perera\n\
         Hundreds of fishermen from villages around the lagoon yesterday protested against trawlers that they say damage their nets.\n\n\
         They handed a petition to the district secretary.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        rows(&got)[0].0,
        "Lagoon fishermen protest against trawlers from across the strait"
    );
}
