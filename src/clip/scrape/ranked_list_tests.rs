//! Tests of the splitter on shapes of the forty-eighth and forty-ninth rounds of sites'
//! copy-paste (pages written for the project, kept in `tests/fixtures/scrapes/`): a
//! business site's "Most Popular" with the ranks written before the headlines, and a
//! magazine's caption that credits its own illustration, over a list under "We Recommend";
//! a London paper's ranked list with times, a network's channel in its footer and three
//! authors with a serial comma; a review's credits box, two authors each over their
//! address and handle, and a masthead that opens with a digit ("9News"); a sports site's
//! authors with the outlet's initials glued on and its "Editor's Picks" inside the text;
//! a network's video players inside the text, each title shown twice over its length; a
//! page of court briefs with a link between two; and a metro paper's "Read Next" card
//! among its footer's boxes (the forty-fifth). The fiftieth round's on are in
//! `paper_shape_tests`.

use super::tests::{fixture, rows, split};

/// "Read Next", the site's picks, then "Most Popular" with "1. ..." to "5. ...": none of
/// it is the text, which ends at its last paragraph.
#[test]
fn ranked_headlines_under_most_popular_close_the_text() {
    let got = fixture!("business-site-ranked-most-popular.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Warehouse rents slip in the Midwest as new space keeps coming",
            Some("Ledgerline"),
            Some("Corinne Vasquez"),
            Some("2025-07-14T15:05:00Z"),
        )]
    );
    let text = &got[0].text;
    assert!(
        text.trim_end()
            .ends_with("which should let demand catch up by late 2026."),
        "the text ends at its last paragraph: {text}"
    );
    for listed in [
        "Should I take the lump sum?",
        "What should I do?",
        "Our calculator",
    ] {
        assert!(!text.contains(listed), "{listed:?} is the list's: {text}");
    }
}

/// The caption under the date ends with "Harbor Light illustration; ..." and is no
/// headline; the headline with its stops stays the story's, the author its byline, and
/// the list under "We Recommend" stays out of the text.
#[test]
fn a_credited_illustration_under_the_date_and_a_list_we_recommend() {
    let got = fixture!("magazine-illustration-credit-and-recommendations.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "A Lake Town Quietly Sold Its Water Rights. Then the Wells Ran Dry.",
            Some("Harbor Light"),
            Some("Dana Whitlock"),
            Some("2025-07-14"),
        )]
    );
    let text = &got[0].text;
    assert!(text.contains("taped to the post office door"), "{text}");
    for other in [
        "Residents line up at a water station",
        "It Hired Eleven People",
        "The Results Took Eight Months",
    ] {
        assert!(!text.contains(other), "{other:?} is not the text: {text}");
    }
}

/// A caption that ends with a credit to the outlet's own illustration, read alone.
#[test]
fn captions_crediting_an_illustration() {
    use super::caption_ends::is_photo_caption;
    assert!(is_photo_caption(
        "Residents line up at a water station in June. Harbor Light illustration; Corwin Bay Council/YouTube"
    ));
    assert!(is_photo_caption(
        "The new terminal under construction in March. Tribune illustration"
    ));
    assert!(
        !is_photo_caption(
            "The town approved the plan. Critics called it a bad illustration of the rules."
        ),
        "a sentence is no credit"
    );
}

/// The caption ends with the photographer's name in brackets and no stop; "Read More" over
/// three headlines sits inside the text; the call for tips and the comment box's sign-in
/// line close it; "Most Read" ranks its items, each over its time, and none is a story.
#[test]
fn a_ranked_list_with_times_and_a_caption_signed_in_brackets() {
    let got = fixture!("london-paper-ranked-most-read-with-times.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Riverboat services halted between Greenwich and Putney after pier damage",
            Some("The Capital Courier"),
            Some("Ottilie Fanshawe"),
            Some("2025-07-14T10:00:00Z"),
        )]
    );
    let text = &got[0].text;
    assert!(
        text.contains("Tickets were being accepted"),
        "the text goes on under the box: {text}"
    );
    assert!(
        text.trim_end()
            .ends_with("further inspections are planned overnight."),
        "the text ends at its last paragraph: {text}"
    );
    for other in [
        "Passengers wait at Greenwich pier",
        "Cycle hire prices",
        "Deptford",
    ] {
        assert!(!text.contains(other), "{other:?} is not the text: {text}");
    }
}

/// The network's channel over its tagline in the footer, under a timed list, is no outlet
/// of the story; "A, B, and C" is joined as every other byline.
#[test]
fn a_channel_in_the_footer_and_a_serial_comma() {
    let got = fixture!("network-site-footer-channel-and-serial-comma.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Hiker rescued after two nights in canyon near Sedona, officials say",
            Some("WNBC News"),
            Some("Lorna Pike, Ezra Mbeki and Hollis Grant"),
            Some("2025-07-13"),
        )]
    );
}

/// "Reviews" under "Film" is a section, no outlet; each author's address and handle stand
/// between "By Roland Pickett" and "and Thea Moss"; the film's title over labelled credits
/// closes the review, and the share box's "Post to Tumblr" opens no story.
#[test]
fn a_reviews_credits_box_and_authors_with_their_contacts() {
    let got = fixture!("review-with-credits-box-and-contacts.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "‘Saltmarsh’ Review: A Ferryman's Last Winter Makes for a Quietly Devastating Debut",
            Some("Marquee"),
            Some("Roland Pickett and Thea Moss"),
            Some("2025-07-14T16:00:00Z"),
        )]
    );
    let text = &got[0].text;
    assert!(
        text.trim_end()
            .ends_with("how to hold its audience for the whole crossing."),
        "the credits are not the review: {text}"
    );
    assert!(!text.contains("@marquee.example"), "{text}");
}

/// "9News" over the menu is the site's name, though it opens with a digit.
#[test]
fn a_masthead_that_opens_with_a_digit() {
    let got = split(
        "9Channel\n\
         Watch Live\n\
         Latest\n\
         Sydney\n\
         Melbourne\n\
         Brisbane\n\
         Search\n\
         News\n\
         Sydney\n\
         Commuters warned of delays after overnight signal fault near Central\n\
         By Jess Pannell\n\
         5:12am Jul 14, 2025\n\
         Share\n\n\
         Commuters have been warned to expect delays during the morning peak after a signal fault near Central station overnight.\n\n\
         Sydney Trains said crews had fixed the fault by 4am but that trains were still out of position across the network.\n\n\
         Contact us\n\
         © Channel Entertainment Co. 2025\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].source.as_deref(), Some("9Channel"));
}

/// "Marisol QuinteroSPX", "Close", a note about her, then "Dev HartleySPX" and his: one
/// byline of two authors, and no note is a headline; "Editor's Picks" with their times
/// inside the text open no story, and the text goes on under them.
#[test]
fn authors_with_initials_glued_on_and_picks_inside_the_text() {
    let got = split(
        "SPX\n\
         NFL\n\
         NBA\n\
         MLB\n\
         Sign In\n\
         Mariners land All-Star closer from Marlins in pre-deadline deal\n\
         Marisol QuinteroSPX\n\
         Close\n\
         Marisol Quintero is a staff writer covering Major League Baseball.\n\
         Dev HartleySPX\n\
         Close\n\
         Dev Hartley covers the Seattle Mariners and the American League West.\n\
         Jul 14, 2025, 02:37 PM ET\n\
         Facebook\n\
         Email\n\
         The Seattle Mariners acquired their new closer from the Miami Marlins on Monday in exchange for two prospects.\n\
         The closer has 24 saves in 26 chances this season and was named to his first All-Star team.\n\
         Editor's Picks\n\
         The 25 biggest questions for the second half\n\
         1d\n\
         Derby primer: Who has the edge in Atlanta?\n\
         3h\n\
         Seattle entered the break two games out of first place in the division and had lost four of its last six.\n\
         He is expected to join the team when it opens the second half on Friday.\n\
         Terms of Use\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Mariners land All-Star closer from Marlins in pre-deadline deal",
            Some("SPX"),
            Some("Marisol Quintero and Dev Hartley"),
            Some("2025-07-14T18:37:00Z"),
        )]
    );
    let text = &got[0].text;
    assert!(
        text.contains("when it opens the second half on Friday."),
        "{text}"
    );
    assert!(!text.contains("Derby primer"), "{text}");
    assert!(!text.contains("staff writer"), "{text}");
}

/// A video player inside the text shows its title twice, then its length ("02:14"): the
/// title is no headline, so the text stays one story and the player's lines leave it.
#[test]
fn video_players_with_their_titles_twice_inside_the_text() {
    let got = split(
        "KBN News\n\
         Latest\n\
         Politics\n\
         Search\n\
         U.S.\n\
         FAA orders emergency inspections of regional jet engines after cracked fan blade found in Ohio\n\
         By Alana Whitcombe\n\
         July 14, 2025 / 2:47 PM EDT / KBN News\n\
         FAA orders inspections after cracked engine blade found\n\
         FAA orders inspections after cracked engine blade found\n\
         02:14\n\n\
         The Federal Aviation Administration on Monday ordered airlines to inspect the engines on more than 300 regional jets.\n\n\
         The directive covers jets powered by one model of turbofan, the agency said in a notice.\n\n\
         Former investigator on what a cracked fan blade means\n\
         Former investigator on what a cracked fan blade means\n\
         04:31\n\n\
         The engine's maker said in a statement that it was working closely with the agency and its customers.\n\n\
         Airlines have 10 days to complete the first round of inspections, the agency said.\n\n\
         Terms of Use\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "FAA orders emergency inspections of regional jet engines after cracked fan blade found in Ohio",
            Some("KBN News"),
            Some("Alana Whitcombe"),
            Some("2025-07-14"),
        )]
    );
    let text = &got[0].text;
    assert!(
        text.contains("to complete the first round of inspections"),
        "{text}"
    );
    assert!(!text.contains("Former investigator"), "{text}");
    assert!(!text.contains("02:14"), "{text}");
}

/// "Read More" over one link under a brief, then the next brief's headline, author and
/// time: the link is the box's, the headline opens the next story.
#[test]
fn a_link_under_a_brief_then_the_next_briefs_header() {
    let got = split(
        "Cork Courier\n\
         News\n\
         Sport\n\
         Search\n\
         In brief\n\n\
         Mallow man fined for dumping builders' waste in forestry\n\
         Liam Heffernan\n\
         Mon, 14 Jul, 2025 - 17:45\n\
         A Mallow man who dumped two tonnes of rubble in a forestry plantation was fined at the district court on Monday.\n\
         The judge ordered him to pay the council's clean-up costs on top of the fine.\n\
         Read More\n\
         County council to install more cameras at illegal dumping blackspots\n\n\
         Bandon driver banned for four years after chase on the N71\n\
         Sorcha Breen\n\
         Mon, 14 Jul, 2025 - 16:20\n\
         A 23-year-old man who led gardaí on a chase at high speed on the N71 was banned from driving for four years.\n\
         The judge imposed a four-month sentence, suspended for two years, as well as the driving ban.\n\n\
         Cookie Policy\n",
    );
    let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Mallow man fined for dumping builders' waste in forestry",
            "Bandon driver banned for four years after chase on the N71",
        ]
    );
    assert_eq!(got[1].byline.as_deref(), Some("Sorcha Breen"));
    assert!(
        !got[0].text.contains("illegal dumping blackspots"),
        "{}",
        got[0].text
    );
}

/// Under the authors' boxes, "Read Next" over one card (section, headline, time, teaser,
/// "KEEP READING →") and "MORE HARBOR COUNTY" over a list are the page's furniture: no
/// story opens there; the day the story was first published, under its text, beats the
/// "Updated" time at its top.
#[test]
fn a_read_next_card_in_the_footer_opens_no_story() {
    let got = fixture!("metro-paper-read-next-card-in-the-footer.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Harbor County to pay $2.1 million to Eastside homeowners after pump station failed in storm",
            Some("Gulf Coast Herald"),
            Some("Yolanda Cabrera and Martin Hedges"),
            Some("2025-07-13"),
        )]
    );
    let text = &got[0].text;
    assert!(
        text.trim_end()
            .ends_with("expected to vote on the settlement Wednesday."),
        "{text}"
    );
}

/// Buttons with their arrows are interface; "MORE" and a section in capitals heads a list,
/// though a consent banner's "MORE OPTIONS" does not.
#[test]
fn arrow_buttons_and_more_of_a_section() {
    use super::chrome::is_chrome;
    use super::headings::list_heading;
    assert!(is_chrome("KEEP READING →"));
    assert!(is_chrome("GULF COAST HERALD APP ➔"));
    assert!(!is_chrome(
        "Harbor County to pay $2.1 million to Eastside homeowners"
    ));
    assert!(list_heading("MORE HARBOR COUNTY"));
    assert!(!list_heading("MORE OPTIONS"));
    assert!(!list_heading("More people are moving to Harbor County"));
}
