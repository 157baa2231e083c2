//! Tests of the splitter on pages of the thirty-seventh round (written for the project,
//! kept in `tests/fixtures/scrapes/`): what closes a text and is not of it — a
//! subscription's pitch glued under the last paragraph, a plea for membership, a comment
//! thread whose rules come before the first comment, and the outlet's initials signing off;
//! an opinion page's notes on its authors (by surname) and its disclaimer, and a paywall's
//! and an AI voice's notes; a plea of four paragraphs over "Make Contribution", and a
//! subscription's pitch that names its price over "Subscribe"; a thread sorted
//! "Newest", "Oldest", "Popular" whose comments carry their votes ("+14 / -0"); a wire's
//! desk codes and its note under the copy, a plea headed by its button's words, a
//! letter to the readers; and the author's own words under their name and job, a comment
//! section's rules, a publisher's thanks for subscribing, a time "as of" a day, comments
//! under handles with their ages, and a reporting scheme's name and note.

use super::tests::{fixture, rows, split};

#[test]
fn a_pitch_glued_under_the_text_over_its_button_is_no_text() {
    let got = fixture!("subscription-pitch-glued-under-the-text.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0]
            .text
            .ends_with("\"Please do not hold back on using air conditioning.\""),
        "{}",
        got[0].text
    );
    // The text's own last paragraph stays when the pitch is set apart from it.
    let got = split(
        "Heat alerts spread across Kanto\nBy Aya Mori\nJuly 14, 2025\n\n\
         Heatstroke alerts were issued for eight prefectures on Monday as temperatures passed 38C.\n\n\
         Officials urged residents to stay indoors in the afternoon.\n\n\
         By subscribing, you can help us get the story right.\nSUBSCRIBE NOW\n",
    );
    assert!(
        got[0].text.ends_with("stay indoors in the afternoon."),
        "{}",
        got[0].text
    );
}

#[test]
fn a_thread_under_its_rules_a_plea_and_the_initials_signing_off() {
    let got = fixture!("comment-rules-membership-plea-and-sign-off.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Cape Town’s Berg River Dam release plan sparks fight with West Coast farmers",
            Some("Daily Maverick"),
            Some("Lwandile Sithole and Anja Coetzee"),
            Some("2025-07-14"),
        )]
    );
    assert!(
        got[0]
            .text
            .ends_with("then we will see them in court,” he said."),
        "the plea, the comments and 'DM' are no text: {}",
        got[0].text
    );
}

#[test]
fn tags_after_the_last_sentence_and_a_call_to_follow_are_no_text() {
    let got = split(
        "Harbour homes plan stalls\nBy Tess Halloran\nJuly 14, 2025\n\n\
         The plan to build homes on the old harbour land has stalled, the council said on Monday.\n\n\
         Two sites are still held up by objections.\n\n\
         “The clock has run out on excuses,” the mayor said.\n\n\
         Housing\n\nCity Politics\n\nHarbour\n\n\
         Tess Halloran is the city reporter for the Harbour Ledger.\n\n\
         Get all the latest Harbour Ledger news on Facebook and Instagram.\n",
    );
    assert!(got[0].text.ends_with("the mayor said."), "{}", got[0].text);
}

/// A plea signed by the editor ("We rely on readers like you — join us.", "Swati Sharma",
/// "Vox Editor-in-Chief"), its payment form and a newsletter's box under a list are no
/// stories.
#[test]
fn an_editors_signed_plea_and_its_payment_form_are_no_story() {
    let got = fixture!("editors-signed-plea-and-payment-form.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.ends_with("But it’s the honest one."),
        "{}",
        got[0].text
    );
}

/// A homepage: "Top Stories" lists headlines over their authors, times and comment
/// counts (no texts), then "The Latest" gives posts whose author and time follow the text.
#[test]
fn top_stories_over_their_authors_then_posts_signed_under_their_texts() {
    let got = fixture!("homepage-top-stories-then-latest-posts.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Spotify is testing a sleep timer that slowly fades out your music",
                Some("The Verge"),
                Some("Dana Whitfield"),
                Some("2025-07-14"),
            ),
            (
                "Bluesky is adding a ‘quiet posting’ mode that hides replies from strangers",
                Some("The Verge"),
                Some("Elias Moreno"),
                Some("2025-07-14"),
            ),
            (
                "Microsoft Flight Simulator 2024 is getting a free Alps scenery update next week",
                Some("The Verge"),
                Some("Owen Garrity"),
                Some("2025-07-13"),
            ),
        ]
    );
}

/// A journal's news story closes on the paper's reference, under "References".
#[test]
fn the_references_under_a_journals_news_story_are_no_text() {
    let got = split(
        "Lake cores show the Sahara greened and dried in centuries\nBy Ines Marlow\nJuly 9, 2025\n\n\
         Sediment cores from a lake in Chad suggest the humid period ended within a few centuries.\n\n\
         The team plans to drill two more lakes next year.\n\n\
         References\n\
         Marlow, I. et al. Journal of Lakes https://doi.org/10.1000/example (2025).\n",
    );
    assert!(
        got[0].text.ends_with("two more lakes next year."),
        "{}",
        got[0].text
    );
}

#[test]
fn authors_notes_by_surname_a_disclaimer_and_paywall_notes_are_no_text() {
    let got = fixture!("opinion-notes-and-paywall-notes.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let a = &got[0];
    assert_eq!(
        a.title,
        "Our Flood Maps Are Drawn for a Climate That No Longer Exists"
    );
    assert_eq!(a.byline.as_deref(), Some("Clara Fenwick and Idris Okafor"));
    assert!(
        a.text.starts_with("Cities still plan drainage"),
        "{}",
        a.text
    );
    // "Fenwick is a hydrologist ...", the opinions disclaimer and the paywall's reminder
    // close the page, not the text.
    assert!(
        a.text.ends_with("onto the families who trusted them."),
        "{}",
        a.text
    );
    assert_eq!(a.text.split("\n\n").count(), 3, "{}", a.text);
}

#[test]
fn a_plea_of_four_paragraphs_and_a_priced_pitch_close_no_text() {
    for (page, last) in [
        (
            fixture!("four-paragraph-plea-and-a-priced-pitch.txt"),
            "add two early-morning crossings.",
        ),
        (
            fixture!("priced-pitch-under-the-text.txt"),
            "back to normal by the afternoon, the city said.",
        ),
    ] {
        assert_eq!(page.len(), 1, "{:?}", rows(&page));
        assert!(page[0].text.ends_with(last), "{}", page[0].text);
    }
}

#[test]
fn a_sorted_thread_with_votes_is_no_text_and_no_story() {
    let got = fixture!("comments-sorted-with-votes.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "Man held over theft of 900 umbrellas from station stands"
    );
    assert!(
        got[0].text.ends_with("to their owners where possible."),
        "{}",
        got[0].text
    );
}

#[test]
fn wire_codes_a_plea_named_as_its_button_and_a_letter_to_the_readers_are_no_text() {
    let wire = fixture!("wire-codes-and-a-plea-named-as-its-button.txt");
    assert_eq!(wire.len(), 1, "{:?}", rows(&wire));
    // "... police said. PTI SPK ARU": the desk's codes go, the sentence stays.
    assert!(
        wire[0]
            .text
            .ends_with("further probe is underway, police said."),
        "{}",
        wire[0].text
    );
    let letter = fixture!("letter-to-the-readers-under-the-text.txt");
    assert_eq!(letter.len(), 1, "{:?}", rows(&letter));
    assert!(
        letter[0]
            .text
            .ends_with("urged residents not to stockpile."),
        "{}",
        letter[0].text
    );
}

#[test]
fn an_editors_letter_under_its_headline_stays_a_story() {
    let got = split(
        "Why we are changing how we cover the city council\n\
         By Maria Vance\n\
         July 14, 2025\n\n\
         Dear readers,\n\n\
         Starting this week, our reporters will publish a short summary of every council meeting within a day of it ending.\n\n\
         We made the change after hundreds of you told us the meetings were hard to follow.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.ends_with("the meetings were hard to follow."),
        "{}",
        got[0].text
    );
}

#[test]
fn a_contact_line_and_related_items_with_their_sections_close_the_text() {
    let got = split(
        "Ferry fares to rise 10% in September\n\
         By Renata Voss\n\
         July 14, 2025 at 6:00 am\n\n\
         Riders on the county's ferries will pay 10% more from September, the ferry district said on Monday.\n\n\
         Riders can sign up for service alerts by text or email.\n\
         Renata Voss: 206-555-0147 or rvoss@ledger.example. Renata Voss covers transportation for The Ledger.\n\
         Related Articles\n\
         City News | A pair of coyotes has been spotted on the pier. Here's what to do if you see one.\n\
         City News | Water taxi to add late-night trips starting in September\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0]
            .text
            .ends_with("sign up for service alerts by text or email."),
        "{}",
        got[0].text
    );
}

#[test]
fn a_newsletter_box_between_paragraphs_opens_no_story() {
    let got = split(
        "City composting pilot skips most neighborhoods\n\
         By Ana Reyes\n\
         July 11, 2025\n\n\
         When the city announced a curbside composting pilot last winter, residents in the north were told they would be first.\n\n\
         The Ledger Morning Newsletter\n\
         Get the news you need to start your day\n\
         Sign Up\n\n\
         The pilot costs about $4 million in its first year, funded largely by a state grant.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.ends_with("funded largely by a state grant."),
        "{}",
        got[0].text
    );
    assert!(!got[0].text.contains("Get the news"), "{}", got[0].text);
}

/// Under the last paragraph: the author's name, job and own words ("I cover ... Got a
/// story? Email ..."), the comment section's rules, and a publisher's thanks for
/// subscribing ("Thank you for supporting our journalism. You can subscribe to ..."):
/// none is the text.
#[test]
fn the_authors_own_words_comment_rules_and_thanks_under_the_text() {
    let got = split(
        "The Shire Recorder\n\
         News\n\
         Cyclist hurt as van driver on phone mounts pavement in Banbury\n\
         By Lottie Marsh\n\
         13th July\n\n\
         A van driver who was reading a text message mounted the pavement and hit a cyclist in Banbury, a court heard.\n\n\
         He was banned from driving for two years.\n\n\
         Lottie Marsh\n\
         Court Reporter\n\
         I cover Banbury and Bicester magistrates' courts for the Shire Recorder. Got a story? Email lottie.marsh@recorder.example\n\
         Follow\n\
         Comments\n\
         Our rules\n\
         We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues.\n\
         Read the rules here\n",
    );
    assert!(
        got[0].text.ends_with("banned from driving for two years."),
        "{}",
        got[0].text
    );
    // The channel's pitch and the rules' last line, after the text without the author's
    // box.
    let got = split(
        "The Shire Recorder\n\
         News\n\
         Cyclist hurt as van driver on phone mounts pavement in Banbury\n\
         By Lottie Marsh\n\
         13th July\n\n\
         A van driver who was reading a text message mounted the pavement and hit a cyclist in Banbury, a court heard.\n\n\
         He was banned from driving for two years.\n\n\
         Join our Banbury news WhatsApp channel\n\n\
         Get the latest news from the Shire Recorder sent straight to your WhatsApp. Click here to join.\n\n\
         Comments\n\
         Our rules\n\
         Please report any comments that break our rules.\n",
    );
    assert!(
        got[0].text.ends_with("banned from driving for two years."),
        "{}",
        got[0].text
    );

    let got = split(
        "Cove Daily Times\n\
         LOCAL\n\
         Town meeting votes to buy the old lighthouse keeper's cottage\n\
         Pia Holm\n\
         Cove Daily Times\n\
         Published 5:00 a.m. ET July 12, 2025\n\n\
         Voters at a special town meeting agreed on Friday to buy the old keeper's cottage beside the lighthouse for $640,000.\n\n\
         The cottage will house a small museum about the light station.\n\n\
         Contact Pia Holm at pholm@covetimes.example.\n\n\
         Thank you for supporting our journalism. You can subscribe to our print edition, ad-free app or electronic newspaper replica here.\n\n\
         About Us\n",
    );
    assert!(
        got[0]
            .text
            .ends_with("a small museum about the light station."),
        "{}",
        got[0].text
    );
}

/// "As of Monday, July 14, 2025" under the byline is the story's time, no headline; under
/// the text, the comment section's invitation and readers' comments each under "handle
/// N hours, M minutes ago" are no text.
#[test]
fn a_time_as_of_a_day_and_comments_under_handles_with_their_ages() {
    let got = split(
        "The Island Ledger\n\
         Local News\n\
         Residents demand answers after third water main break in a month\n\
         By MARA ROLLE\n\
         Ledger Staff Reporter\n\
         As of Monday, July 14, 2025\n\
         Facebook\n\
         RESIDENTS of the east end say they have been without reliable running water for most of the past month.\n\
         Crews were on the scene shortly after 7am to repair the ruptured line.\n\
         Comments\n\
         Use the comment form below to begin a discussion about this content.\n\
         Harbourview 5 hours, 12 minutes ago\n\
         Same story every summer. Fix the pipes instead of patching them.\n\
         Sign in to comment\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "Residents demand answers after third water main break in a month"
    );
    assert_eq!(rows(&got)[0].3, Some("2025-07-14"));
    assert!(
        got[0].text.ends_with("repair the ruptured line."),
        "{}",
        got[0].text
    );
}

/// "By A and B, Local Democracy Reporting Service": the scheme is no author; its note
/// under the text ("... produced under a BBC-funded scheme ...") is no text.
#[test]
fn a_reporting_schemes_name_and_note() {
    let got = split(
        "Weald Online\n\
         News\n\
         Park and ride fares to rise by a third\n\
         By Lydia Marsh and Dean Holt, Local Democracy Reporting Service\n\
         13 July 2025 | 9:00am\n\n\
         Drivers using the city's park and ride sites face paying almost a third more from September.\n\n\
         The council said the rise would cover higher running costs.\n\n\
         Local Democracy Reporting Service: This article was produced under a BBC-funded scheme that supports reporting of local councils.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Lydia Marsh and Dean Holt"));
    assert!(
        got[0].text.ends_with("cover higher running costs."),
        "{}",
        got[0].text
    );
}

/// A page pasted twice in a row: the second copy's related box, menu and standfirst close
/// nothing of the text.
#[test]
fn a_page_pasted_twice_keeps_one_text_without_the_second_copys_chrome() {
    let page = "Harbour Courier\nNews\nPort\nSport\nPort authority sets dredging fees for the northern terminal\nLines will pay 1.40 euros per tonne from September.\nBy Mette Sørensen\nJuly 14, 2025\nThe port authority on Monday set the fees that shipping lines will pay to use the northern terminal, ending a year of talks with the operators.\nThe money will go to the dredging of the northern channel, the authority said in a statement after the vote.\nRelated coverage\nFerry timetable changes leave islanders stranded for the summer\n";
    let got = split(&format!("{page}{page}"));
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let text = &got[0].text;
    assert!(
        text.ends_with("the authority said in a statement after the vote."),
        "{text}"
    );
    assert_eq!(
        text.matches("The port authority on Monday").count(),
        1,
        "{text}"
    );
}
