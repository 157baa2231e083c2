//! Tests of the splitter on shapes of the sixty-second round of sites' copy-paste (pages
//! written for the project): an ad's close button over the masthead; a gallery's slides
//! (a count, a caption, a credit) and its "View Gallery" button over the text; a sign-up
//! box's thanks; a time with how often the page was read; a caption without its stop
//! over the author under a timed header; a caption and credit over a print for sale; and,
//! of the sixty-fourth and sixty-fifth rounds, a masthead over its tagline and
//! "Subscribe", a time with an hours mark, a forecast over the menu, a search box's
//! label naming the site, a gallery's link over its count of pictures, a headline
//! opening with a sum, a caption credited to the publisher, and a slide shown without
//! its count.

use super::tests::{rows, split};

/// "Close Ad" over the masthead is an ad's button, no outlet.
#[test]
fn an_ads_close_button_over_the_masthead() {
    let got = split(
        "Skip to main content\n\
         Close Ad\n\
         The Valley Bee\n\
         Account\n\
         Sign In\n\
         Local\n\
         City council approves $12 million plan to replace aging water mains downtown\n\
         By Rosa Delgado\n\
         Updated July 14, 2025 6:00 AM\n\
         Share\n\n\
         The city council on Monday approved a $12 million plan to replace aging water mains under downtown streets.\n\n\
         Work is expected to begin in October and last about 18 months, officials said.\n",
    );
    assert_ne!(rows(&got)[0].1, Some("Close Ad"));
}

/// A gallery's slides ("1 of 8", a caption, its credit), "Show Caption", "Hide Caption"
/// and "View Gallery", then the text: the slides are no text, and the first paragraph is
/// the text's, not a caption under the gallery's button.
#[test]
fn a_gallerys_slides_over_the_text() {
    let got = split(
        "Coastal Herald-Tribune\n\
         LOCAL\n\
         Volunteers count most bay scallops in the bay since annual survey began\n\
         Anjali Dorsett\n\
         Coastal Herald-Tribune\n\
         Published 4:15 p.m. ET July 12, 2025\n\
         Share\n\n\
         1 of 8\n\
         A volunteer holds a bay scallop found in seagrass off the key during the search on July 12, 2025.\n\
         Mike Lang/Coastal Herald-Tribune\n\
         2 of 8\n\
         Snorkelers spread out across a seagrass bed near the keys during the survey.\n\
         Mike Lang/Coastal Herald-Tribune\n\
         Show Caption\n\
         Hide Caption\n\
         View Gallery\n\n\
         The bay's scallops had their best showing in years Saturday, when more than 140 volunteer snorkelers counted 1,847 of them.\n\
         That's the highest total since the annual search began in 2009, the group's program director said.\n\
         Volunteers worked in pairs, swimming along a 50-meter line and counting every scallop.\n",
    );
    assert!(
        got[0]
            .text
            .starts_with("The bay's scallops had their best showing"),
        "{}",
        got[0].text
    );
}

/// A sign-up box's thanks ("Thank you for signing up!") between its button and the text
/// opens no story.
#[test]
fn a_sign_up_boxs_thanks() {
    let got = split(
        "Skip to content\n\
         News Letter\n\
         Subscribe\n\
         Sign In\n\
         News\n\
         Farming\n\
         Search\n\
         NewsFarming\n\
         Farmers warn dry spell could cut second-cut silage by a third\n\
         Grass growth in parts of the region has fallen to its lowest July level in more than a decade, industry figures say\n\
         By Stephen Darragh and Eimear Quinn\n\
         Published 13th Jul 2025, 17:25 BST\n\
         Updated 14th Jul 2025, 09:40 BST\n\
         Comment\n\
         Share\n\
         Listen to this article\n\
         3 min read\n\
         Sign up to our newsletter, get the biggest news and analysis straight to your inbox\n\
         Sign up\n\
         Thank you for signing up!\n\
         Did you know with a Digital Subscription to News Letter, you can get unlimited access to the website.\n\
         Sorry, there seem to be some issues. Please try again later.\n\
         Farmers across the region have warned that weeks of dry weather could cut their silage yields by a third.\n\
         Advertisement\n\
         Figures from the grass growth monitoring network show average daily growth fell sharply in June.\n\
         Forecasters expect a return to more unsettled conditions from the middle of this week.\n",
    );
    let titles: Vec<&str> = rows(&got).iter().map(|r| r.0).collect();
    assert_eq!(
        titles,
        ["Farmers warn dry spell could cut second-cut silage by a third"]
    );
}

/// "14 Jul, 2025 - 06:30 0 Views" under the headline and over the outlet, the share
/// buttons, then a caption without its stop over the author: the time is the story's,
/// the headline the header's.
#[test]
fn a_time_with_its_views_and_a_caption_over_the_author() {
    let got = split(
        "The Highveld Herald\n\
         Agriculture\n\
         Mutoko irrigation scheme to benefit 1 200 households\n\
         14 Jul, 2025 - 06:30 0 Views\n\
         The Highveld Herald\n\
         Share This:\n\
         Facebook\n\n\
         Farmers at the irrigation scheme in Mutoko prepare seedbeds for their winter wheat crop last week\n\
         Nyasha Gumbo-Marufu\n\
         Mash East Bureau\n\
         MORE than 1 200 households in Mutoko district are set to benefit from the rehabilitation of the irrigation scheme.\n\
         The US$2,4 million project is funded by Government under the irrigation rehabilitation programme.\n",
    );
    let row = rows(&got)[0];
    assert_eq!(
        (row.0, row.2, row.3.map(|p| &p[..10])),
        (
            "Mutoko irrigation scheme to benefit 1 200 households",
            Some("Nyasha Gumbo-Marufu"),
            Some("2025-07-14")
        )
    );
}

/// A picture's caption and its credit over "Buy Now" (a print of it for sale), between the
/// share buttons and the text: no words of the text.
#[test]
fn a_caption_over_a_print_for_sale() {
    let got = split(
        "Tulsa Ledger\n\
         Local\n\
         Transit to add Sunday evening service on five routes starting in September\n\
         By Ellie Marchetti\n\
         21 hrs ago\n\
         Facebook\n\
         Email\n\
         A city bus picks up riders at the downtown station on Thursday.\n\
         Mike Simmons, Tulsa Ledger\n\
         Buy Now\n\n\
         City buses will run later on Sundays along five of the busiest routes starting Sept. 7, the transit board decided.\n\n\
         The expansion will cost about $1.4 million a year, most of it covered by a federal grant.\n",
    );
    assert!(
        got[0].text.starts_with("City buses will run later"),
        "{}",
        got[0].text
    );
}

/// The masthead over its tagline over "Subscribe" is no sign-up box: it names the outlet.
#[test]
fn a_masthead_over_its_tagline_and_subscribe() {
    let got = split(
        "Skip to content\n\
         Bangor Daily Ledger\n\
         Maine news, sports, politics, election results, and obituaries\n\
         Subscribe\n\
         Log In\n\
         Search\n\
         News\n\
         Politics\n\
         Ferry service to outer islands cut back after captain shortage\n\
         By Jenna Thibodeau\n\
         Posted July 13, 2025, at 6:02 a.m.\n\
         Share\n\n\
         The state ferry service will cut weekend runs to two outer islands starting next week, officials said.\n\n\
         The service has been short of licensed captains since the spring.\n\n\
         Bangor Daily Ledger\n\
         © 2025 Bangor Publishing Company. All rights reserved.\n",
    );
    assert_eq!(rows(&got)[0].1, Some("Bangor Daily Ledger"));
}

/// "14 Jul 2025 / 21:15 H." under the byline is the story's time (an hours mark after
/// the clock), not the page's date over the menu; a forecast under the temperature
/// (today's and tonight's, its time, "Full Forecast") is interface.
#[test]
fn a_time_with_an_hours_mark_and_a_forecast_over_the_menu() {
    let got = split(
        "theLedger\n\
         Tuesday, 15 July 2025\n\
         Home\n\
         Malaysia\n\
         97°\n\
         Clear\n\
         Shah Alam, SEL\n\
         Today\n\
         Sunny and hot. High 35C. Winds light.\n\
         Tonight\n\
         Clear skies. Low 26C. Winds light and variable.\n\
         Updated: July 14, 2025 @ 12:51 pm\n\
         Full Forecast\n\
         Malaysia\n\
         Flash floods hit Shah Alam, Klang after two-hour downpour; over 300 evacuated\n\
         BY NUR AQILAH HAMZAH AND DANIAL IZZAT\n\
         14 Jul 2025 / 21:15 H.\n\
         Share\n\
         SHAH ALAM: More than 300 people were moved to temporary relief centres after a two-hour downpour this evening.\n\n\
         The fire and rescue department said 46 personnel from five stations were mobilised.\n",
    );
    let r = rows(&got);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].3.map(|p| &p[..10])),
        (
            "Flash floods hit Shah Alam, Klang after two-hour downpour; over 300 evacuated",
            Some("2025-07-14")
        )
    );
}

/// "By Stabroek Ledger" (the paper signing) over the day, the share buttons, then a
/// caption without its stop alone over the text: the headline is the header's; a
/// funder's note and an e-paper's pitch under the text are no words of it.
#[test]
fn a_caption_under_a_header_the_paper_signs_and_notes_under_the_text() {
    let got = split(
        "Stabroek Ledger\n\
         Home\n\
         News\n\
         Guyana News\n\
         Nine-hour outage hits East Bank, East Coast as power company blames line fault\n\
         By Stabroek Ledger\n\
         July 14, 2025\n\
         Share\n\
         Facebook\n\
         A power company crew at work near the Sophia substation yesterday\n\
         Thousands of customers were without electricity for up to nine hours yesterday after a fault on a transmission line.\n\
         Power was restored in stages, with the last feeders back online around 3.15 pm, the company said.\n\
         This reporting content is supported by a partnership with Journalism Funding Partners.\n\
         Now you can read the Stabroek Ledger ePaper anytime, anywhere, and it is the same edition as the printed copy.\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "Nine-hour outage hits East Bank, East Coast as power company blames line fault"
    );
    assert!(
        got[0].text.ends_with("the company said."),
        "{}",
        got[0].text
    );
}

/// A page of briefs: its header ("New Mexico in brief" and its times), the share
/// buttons, then the first brief's headline over "By ...": the brief's headline is no
/// caption.
#[test]
fn a_briefs_headline_over_by_under_the_pages_header() {
    let got = split(
        "Desert Ledger\n\
         News\n\
         New Mexico\n\
         New Mexico in brief\n\
         Published July 13, 2025 at 6:05 p.m.\n\
         Updated July 14, 2025 at 7:48 a.m.\n\
         Share\n\
         Facebook\n\
         Crews contain 40-acre bosque fire near Los Ranchos\n\
         By Elena Marquez / Journal Staff Writer\n\
         Firefighters had a bosque fire north of the city fully contained Sunday evening after it burned about 40 acres.\n\
         The trail will remain closed through at least Tuesday while crews monitor hot spots.\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "Crews contain 40-acre bosque fire near Los Ranchos"
    );
}

/// "Around Casper: news in brief" over the first brief's headline, its desk and time: the
/// page's name is no headline of the brief.
#[test]
fn a_briefs_page_name_over_the_first_briefs_headline() {
    let got = split(
        "Prairie Ledger\n\
         Local News\n\
         Briefs\n\
         Around Casper: news in brief\n\
         Casper police seek witnesses after downtown hit-and-run\n\
         Ledger staff\n\
         5 hrs ago\n\
         Casper police are asking for help identifying the driver of an SUV that struck a pedestrian downtown early Monday.\n\
         The man was crossing Second Street at about 1:20 a.m. when he was hit, according to a news release.\n\
         Commissioners approve new fairgrounds lease with rodeo group\n\
         Kiley Brandt\n\
         Jul 13, 2025\n\
         The county commission has approved a 10-year lease allowing the rodeo association to keep using the fairgrounds.\n\
         The association will pay $18,500 a year and take on routine maintenance.\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "Casper police seek witnesses after downtown hit-and-run"
    );
}

/// "Search TribLIVE" (the search box's label, naming the site in one word) over the
/// menu is no byline; the byline is the one after "By:".
#[test]
fn a_search_boxs_label_naming_the_site() {
    let got = split(
        "Skip to content\n\
         TribLIVE Logo\n\
         Subscribe\n\
         Menu\n\
         Search\n\
         Search TribLIVE\n\
         Local News\n\
         Sports\n\
         Allegheny\n\
         Penn Hills approves $3.8M fix for road landslide, but detour could last into 2026\n\
         By: Marissa Kolb\n\
         Sunday, July 13, 2025 | 5:01 a.m.\n\
         Share\n\
         Penn Hills council voted 6-1 on Thursday night to spend $3.8 million to stabilize a stretch of road that has been sliding.\n\n\
         The vote came after more than an hour of public comment from residents and business owners along the corridor.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Marissa Kolb"));
}

/// A headline that gives a forecast's highs ("... highs near 110") a few lines under the
/// weather's temperature is the story's headline, not the forecast.
#[test]
fn a_headline_with_highs_under_the_temperature() {
    let got = split(
        "The Valley Ledger\n\
         97°\n\
         Clear\n\
         Local\n\
         Heat wave to bring highs near 110\n\
         By Rosa Delgado\n\
         July 14, 2025\n\
         Share\n\n\
         Forecasters expect temperatures to climb past 105 degrees across the valley by Wednesday.\n\n\
         Cooling centers will open at three libraries, the county said.\n",
    );
    assert_eq!(rows(&got)[0].0, "Heat wave to bring highs near 110");
}

/// "View Gallery: ..." over "18 Photos" between the header and the text: a link to a
/// gallery, no headline; and a headline that opens with a sum ("£3m ...") over its
/// standfirst is the headline.
#[test]
fn a_gallery_link_over_its_count_and_a_headline_opening_with_a_sum() {
    let got = split(
        "Skip to main content\n\
         Harbor Courier\n\
         Subscribe\n\
         Sign In\n\
         NEWS\n\
         Ferry service to the islands cut to two boats a day after engine failure\n\
         Marisol Keane\n\
         Harbor Courier\n\
         Published 7:05 a.m. ET July 13, 2025\n\n\
         View Gallery: The island ferry fleet through the years\n\
         18 Photos\n\n\
         The island ferry will run only two round trips a day for at least a week after one of its two boats lost an engine.\n\n\
         Passengers with cars were asked to book ahead, the ferry authority said on Sunday.\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "Ferry service to the islands cut to two boats a day after engine failure"
    );
    assert!(
        got[0].text.starts_with("The island ferry will run"),
        "{}",
        got[0].text
    );

    let got = split(
        "Skip to content\n\
         The Dale Gazette\n\
         Subscribe\n\
         News\n\
         Ripon\n\
         £3m shortfall delays Ripon market square revamp, council says\n\
         Traders had hoped the work would be finished before the Christmas market returns to the square\n\
         By Owen Pritchard\n\
         Local Democracy Reporter\n\
         Share\n\
         5 hours ago\n\n\
         A plan to repave Ripon's market square has been put on hold after costs rose by £3m, the council said.\n\n\
         Work had been due to start in September.\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "£3m shortfall delays Ripon market square revamp, council says"
    );
}

/// "Wigan Pier at dusk | Northern Press" under the share buttons, on a page whose
/// copyright is "© 2025 Northern Press Publishing Ltd": the picture's caption credited to
/// the publisher, no second story.
#[test]
fn a_caption_credited_to_the_publisher() {
    let got = split(
        "Lancashire Today\n\
         News\n\
         Pier bar set to reopen in August after refit\n\
         A bar on the canal front will reopen next month after a six-month refit.\n\
         By Ruth Ashby\n\
         Published 13th Jul 2025, 15:30 BST\n\
         Share\n\
         Copy link\n\
         Canal front at dusk | Northern Press\n\
         A bar on the canal front will reopen in August after a six-month refit, its owners said.\n\n\
         The bar closed in February for new kitchens and a terrace.\n\n\
         More from Lancashire Today\n\
         © 2025 Northern Press Publishing Ltd. All rights reserved.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        rows(&got)[0].0,
        "Pier bar set to reopen in August after refit"
    );
    assert!(!got[0].text.contains("Canal front"), "{}", got[0].text);
}

/// "Show Caption" / "Hide Caption" over a slide's title, caption and credit, then "View
/// Gallery", between the header and the text: the slide is no headline and no text, and
/// the first paragraph under the button is the text's.
#[test]
fn a_slide_without_its_count_over_the_text() {
    let got = split(
        "Harbor Courier\n\
         LOCAL\n\
         Ferry terminal garage to close for six weeks of repairs; here's where to park instead\n\
         Marisol Keane\n\
         Harbor Courier\n\
         Published 5:02 a.m. ET July 13, 2025\n\
         Show Caption\n\
         Hide Caption\n\
         Ferry garage closing for repairs\n\
         The ferry terminal garage will close July 21 for roughly six weeks while crews repair its decks.\n\
         Ann Lopez/Harbor Courier\n\
         View Gallery\n\
         HARBORTON — Commuters who park at the ferry terminal will have to find another spot for most of the summer.\n\n\
         The port authority said Friday that the garage will close to all vehicles on July 21.\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "Ferry terminal garage to close for six weeks of repairs; here's where to park instead"
    );
    assert!(
        got[0].text.starts_with("HARBORTON — Commuters"),
        "{}",
        got[0].text
    );
}

/// A caption and its credit over "Enlarge this image": the paragraph under the button is
/// the text's first, not the caption (it was lost).
#[test]
fn a_credit_over_the_enlarge_button_closes_the_caption_above_it() {
    let got = split(
        "Harbour Courier\nNews\nPort\nPort authority sets dredging fees for the northern terminal\nBy Mette Sørensen\nPublished 3 hours ago\nImage\nA dredger works the northern channel on Monday. The channel is the port's shallowest.\nJess Tamura / Harbour Courier\nEnlarge this image\nThe port authority on Monday set the fees that shipping lines will pay to use the northern terminal, ending a year of talks.\nLines calling at the new quays will pay 1.40 euros per tonne of cargo, rising to 1.65 euros in 2027.\nThe city council must still approve a road link to the terminal.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let text = &got[0].text;
    assert!(
        text.starts_with("The port authority on Monday set the fees"),
        "the first paragraph is kept: {text}"
    );
    assert!(!text.contains("dredger works"), "the caption stays: {text}");
}
