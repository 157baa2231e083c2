//! Tests of the splitter on pages of the thirty-seventh and thirty-eighth rounds (written
//! for the project, kept in `tests/fixtures/scrapes/`) where a list under the text shows
//! the story's own headline again: a next story loaded under that list is a story of its
//! own, and the site's blurb under it is not; a ranked list and the menu are no text. A
//! story loaded under a list of headlines takes the one over its "By", and subheads both
//! stories show are no outlet. A story whose author is named twice ("Nandi Botha" over
//! "By Nandi Botha") under its standfirst, its tags under "Read more on these topics" and
//! a long "Add ... as a Preferred Source on Google" under them, then the next story. A
//! related story under the tags whose standfirst stands over its author and time. The
//! next story under "Up next", far under the authors' box of the one before.

use super::tests::{fixture, rows, split};

#[test]
fn a_story_loaded_under_a_list_that_repeats_the_headline_is_its_own() {
    let got = fixture!("next-story-under-a-list-repeating-the-headline.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "House GOP leaders float stopgap through December as spending bills stall",
                Some("The Hill"),
                Some("Emily Carr and Tobias Wren"),
                Some("2025-07-14T18:35:00Z"),
            ),
            (
                "Senate panel advances bipartisan rail safety bill after years of delays",
                Some("The Hill"),
                Some("Marco Delgado"),
                Some("2025-07-14T16:10:00Z"),
            ),
        ],
        "'Most Popular' lists the first story's headline above the second story's"
    );
    assert!(
        got[1]
            .text
            .starts_with("The Senate Commerce Committee on Monday"),
        "{}",
        got[1].text
    );
}

#[test]
fn the_site_blurb_under_a_list_repeating_the_headline_is_no_story() {
    let got = fixture!("numbered-list-repeating-the-headline-over-footer.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "Ancient Winepress Found Beneath Galilee Kibbutz Parking Lot Predates Romans, Say \
         Archaeologists"
    );
}

/// A menu entry that ends with an abbreviation's stop ("D.C., Md. & Va.") is no text, a
/// byline broken over "By ...", "and" and a name signs both, and a ranked list ("Most
/// Read ...", "1" over a headline, "2" over the next) and a summary of the readers'
/// comments under "What readers are saying" are no part of the text.
#[test]
fn a_menu_entry_with_stops_a_byline_across_lines_and_a_ranked_list() {
    let got = fixture!("menu-entry-with-stops-byline-across-lines-and-ranked-list.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Heat wave pushes D.C.-area power grid to record demand as utilities plead for \
             conservation",
            // The masthead under the menu's "Sections" buttons.
            Some("The Washington Post"),
            Some("Nadia Ferreira-Holt and Caleb Winslow"),
            Some("2025-07-13T10:00:00Z"),
        )]
    );
    assert!(
        got[0]
            .text
            .ends_with("“than explain to them why the lights went out.”"),
        "{}",
        got[0].text
    );
    // A ranked list alone under a short text: its items are no paragraphs.
    let got = split(
        "Harbour board orders dredging\nBy Ines Marlow\nJuly 12, 2025\n\n\
         The harbour board voted on Friday to dredge the eastern channel before the storms.\n\n\
         Two cargo ships grounded in the channel in the spring.\n\n\
         Most Read\n1\nFerry fares rise again. Here is why.\n2\nThe council's new budget, explained.\n\
         3\nWhy the old lighthouse is closing.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(got[0].text.ends_with("in the spring."), "{}", got[0].text);
}

/// A picture's credit shown twice over the text ("Valve" over "Valve") is no headline,
/// so the next story loaded under the first is the page's second, not its fourth.
#[test]
fn a_credit_shown_twice_over_the_text_is_no_headline() {
    let got = fixture!("picture-credit-shown-twice-and-next-story.txt");
    let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Valve's Steam Deck 2 reportedly won't arrive before late 2026",
            "Nintendo's next Direct will focus on Switch 2 third-party games",
        ]
    );
    assert_eq!(got[1].byline.as_deref(), Some("Malik Thorne"));
}

/// "A still from Starfall. Meridian Pictures": a caption in sentence case, then the
/// studio credited, is no headline; a membership's pitch is no text.
#[test]
fn a_caption_credited_to_a_studio_and_a_membership_pitch() {
    let got = fixture!("caption-credited-to-a-studio-and-membership-pitch.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.ends_with("It might want to remember how."),
        "{}",
        got[0].text
    );
    // A headline in title case with two sentences stays one.
    let got = split(
        "Biden Drops Out. What Comes Next\nBy Jane Rowe\nJuly 14, 2025\n\n\
         The president ended his campaign on Sunday, leaving the party weeks to choose.\n",
    );
    assert_eq!(got[0].title, "Biden Drops Out. What Comes Next");
}

/// A card for an older story inside the text ("California", a headline, "June 2, 2025",
/// no author) opens no story and gives the text nothing; the text goes on under it.
#[test]
fn a_card_for_an_older_story_inside_the_text_is_no_story() {
    let got = fixture!("related-story-card-inside-the-text.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Bluff collapse buries stretch of PCH in Malibu; Caltrans says closure could last \
             months",
            Some("Los Angeles Times"),
            Some("Marisol Eckert and Dylan Thorsby"),
            Some("2025-07-13T10:00:00Z"),
        )]
    );
    let text = &got[0].text;
    assert!(
        !text.contains("Malibu leaders want a permanent fix"),
        "{text}"
    );
    assert!(!text.contains("Boiling Point"), "{text}");
    assert!(
        text.ends_with("and apparently neither is the hill.”"),
        "{text}"
    );
}

#[test]
fn a_story_loaded_under_a_list_and_fixed_subheads_shown_on_both() {
    let got = fixture!("two-stories-with-fixed-subheads.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Map Shows Where Wildfire Smoke Will Drift This Week",
                Some("Weekly Ledger"),
                Some("Dana Whitlock"),
                Some("2025-07-14T13:41:00Z"),
            ),
            // The headline right over "By", under the section's label, not the longer
            // headline of the list above; each author over a job, "and" between.
            (
                "Student Loan Payment Pause: What Borrowers Need to Know",
                Some("Weekly Ledger"),
                Some("Nora Brandt and Felix Amari"),
                Some("2025-07-13T21:00:00Z"),
            ),
        ],
        "'Why It Matters' on both stories is a subhead, not their outlet"
    );
    // The editor's note of the revision is no part of the text.
    assert!(
        got[0].text.ends_with("as winds shift to the south."),
        "{}",
        got[0].text
    );
    assert!(
        got[1]
            .text
            .ends_with("during the pause, the department said."),
        "{}",
        got[1].text
    );
}

/// The standfirst over the author's name shown twice is no text; "Read more on these
/// topics" heads the tags, not a box of links, so the next story's headline under the
/// author's box opens it; Google's pitch of 27 words is no paragraph.
#[test]
fn a_next_story_after_the_tags_and_a_preferred_source_pitch_is_its_own() {
    let story = |head: &str, dek: &str, name: &str, when: &str, text: &str, tags: &str| {
        format!(
            "News\nSouth Africa\n{head}\n{dek}\n{name}\nBy {name}\nJournalist\n{when}\n\
             2 minute read\nShare this article\nFacebookXWhatsAppEmail\nPicture: iStock\n\
             {text}\n\nRead more on these topics\n{tags}\nSupport Local Journalism\n\
             Add The Courier as a Preferred Source on Google and follow us on Google News to \
             see more of our trusted reporting in Google News and Top Stories.\n\
             Published by\n{name}\nJournalist\n\nNext story\n\n"
        )
    };
    let text = |a: &str, b: &str, c: &str| format!("{a}\n\n{b}\n\n{c}");
    let got = split(&format!(
        "Skip to content\nThe Courier\nSubscribe\nLog in\n\n{}{}Most read\n\
         Copyright © 2025 The Courier. All rights reserved.\n",
        story(
            "Durban harbour tugs idle as pilots strike over night-shift pay",
            "Ships queued outside the port for a second day on Monday.",
            "Nandi Botha",
            "2 hours ago",
            &text(
                "More than 30 vessels waited at anchorage off Durban on Monday as harbour \
                 pilots stayed away for a second day in a dispute over night-shift allowances.",
                "The port authority said it had brought in two pilots from Richards Bay to \
                 move the most urgent ships, including a tanker carrying diesel.",
                "Union organiser Themba Zulu said pilots would return once the authority put \
                 its offer in writing, which it had not done by late afternoon.",
            ),
            "Durban\nports\nstrikes",
        ),
        story(
            "Cape Town council approves R2bn plan to fix leaking reservoirs",
            "The work on six reservoirs will start in September and take three years.",
            "Pieter Jacobs",
            "yesterday",
            &text(
                "Cape Town's council on Sunday approved a R2 billion programme to repair six \
                 reservoirs that together lose an estimated nine million litres a day.",
                "Mayoral committee member Aisha Davids said the leaks had been known for years \
                 but repairs had been postponed while the city dealt with drought.",
                "Contractors will be appointed by the end of August, the city said, and no \
                 supply interruptions are expected while the work is done.",
            ),
            "Cape Town\nwater",
        ),
    ));
    let titles: Vec<_> = got
        .iter()
        .map(|a| (a.title.as_str(), a.byline.as_deref()))
        .collect();
    assert_eq!(
        titles,
        vec![
            (
                "Durban harbour tugs idle as pilots strike over night-shift pay",
                Some("Nandi Botha")
            ),
            (
                "Cape Town council approves R2bn plan to fix leaking reservoirs",
                Some("Pieter Jacobs")
            ),
        ]
    );
    assert_eq!(
        got[0].dek.as_deref(),
        Some("Ships queued outside the port for a second day on Monday.")
    );
    assert!(
        got[0].text.starts_with("More than 30 vessels"),
        "{}",
        got[0].text
    );
    for a in &got {
        assert!(
            a.text.ends_with("the work is done.") || a.text.ends_with("by late afternoon."),
            "{}",
            a.text
        );
    }
}

/// Under the first story's tags, a related story: its section, headline and standfirst,
/// then a blank line, its author's name over "Published Jul 11, 2025", then its text.
#[test]
fn a_related_story_whose_author_stands_under_its_standfirst_is_its_own() {
    let got = split(
        "Home / News / Crime and Courts\n\
         Harbour official arrested in R12 million fuel tender probe\n\
         Police say the contract went to a firm owned by the official's cousin\n\n\
         Mandla Zungu\nPublished 5 hours ago\n\n\
         A senior official of the Port Shepstone harbour board was arrested on Saturday over \
         a R12 million fuel supply tender, police said.\n\
         The official, 47, is expected to appear in the Port Shepstone Magistrate's Court on \
         Monday on charges of fraud and corruption.\n\
         Police spokesperson Thuli Dube said the tender had been awarded without a price \
         comparison, and that further arrests were possible.\n\
         Get your news on the go, download the latest IOL App for Android and IOS now.\n\
         Related Topics:\nPolice\nCorruption\nKwaZulu-Natal\n\
         Advertisement\nCrime and Courts\n\
         Harbour board suspends two managers after fuel audit\n\
         The board acted after auditors found invoices for fuel that was never delivered to \
         the harbour's tugs and pilot boats over two years.\n\n\
         Ayanda Cele\nPublished Jul 11, 2025\n\n\
         The Port Shepstone harbour board has suspended two managers on full pay after an \
         audit found invoices for fuel that was never delivered.\n\
         Board chair Lindiwe Mkhize said the suspensions would last for two months while a \
         forensic investigation is completed.\n\
         Related Topics:\nPorts\nAudits\n\
         Trending\n",
    );
    assert_eq!(
        rows(&got),
        vec![
            (
                "Harbour official arrested in R12 million fuel tender probe",
                None,
                Some("Mandla Zungu"),
                Some("2025-07-14T07:00:00Z"),
            ),
            (
                "Harbour board suspends two managers after fuel audit",
                None,
                Some("Ayanda Cele"),
                Some("2025-07-11"),
            ),
        ]
    );
    assert!(
        got[1].text.starts_with("The Port Shepstone harbour board"),
        "{}",
        got[1].text
    );
}

/// A story, its authors' box ("Priya Vangsness" / "Reporter" / her note, then her
/// co-author's), a list of the
/// section's headlines, then "Up next" and the next story, each with a standfirst over
/// "By ...", the paper and the time, and a "Give this article" button: two stories, the
/// second signed by its own author, not by the name in the box far above its headline.
#[test]
fn the_next_story_under_up_next_is_not_signed_by_the_box_above() {
    let got = split(
        "Local\nHennepin County weighs closing two library branches\n\
         Commissioners will hear public testimony in August on a list of possible cuts.\n\
         By Priya Vangsness and Elliot Brandvold\nThe North Star Tribune\n\
         July 14, 2025 at 5:00AM\n\
         Give this article\n\n\
         Hennepin County could close two library branches next year as officials try to \
         close a projected budget gap, according to a list circulated last week.\n\n\
         The proposals include shutting two branches and reducing Sunday hours.\n\n\
         “Nothing on this page is decided,” the committee's chair said.\n\n\
         Priya Vangsness\nReporter\n\
         Priya Vangsness covers Hennepin County government for the North Star Tribune.\n\
         priya.vangsness@northstartribune.com\n\
         Elliot Brandvold\nReporter\nElliot Brandvold covers Minneapolis suburbs.\n\
         See More\nMore from Local\nMinneapolis\n\
         Minneapolis council delays vote on Lake Street bus lanes\nSt. Paul\n\
         St. Paul police identify man shot near Rice Street\n\n\
         Up next\n\nBusiness\n\
         Eden Prairie medical device maker to cut 240 jobs\n\
         The layoffs will mostly hit manufacturing and research staff in Minnesota.\n\
         By Joel Haugland\nThe North Star Tribune\nJuly 13, 2025 at 10:28PM\n\
         Give this article\n\n\
         Corvanta Medical, an Eden Prairie maker of heart pumps, said Sunday it would cut 240 \
         jobs after regulators rejected its newest device.\n\n\
         The company told employees in an email that most cuts would come from manufacturing.\n",
    );
    assert_eq!(
        rows(&got),
        vec![
            (
                "Hennepin County weighs closing two library branches",
                Some("The North Star Tribune"),
                Some("Priya Vangsness and Elliot Brandvold"),
                Some("2025-07-14"),
            ),
            (
                "Eden Prairie medical device maker to cut 240 jobs",
                Some("The North Star Tribune"),
                Some("Joel Haugland"),
                Some("2025-07-13"),
            ),
        ]
    );
    assert_eq!(
        got[1].dek.as_deref(),
        Some("The layoffs will mostly hit manufacturing and research staff in Minnesota.")
    );
}
