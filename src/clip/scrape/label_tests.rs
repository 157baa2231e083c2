//! Tests of the splitter on the thirty-fourth round of sites' copy-paste shapes: a
//! picture's alt text over its credited caption, a clock's city in brackets, the British
//! wire's picture credit, a translated story's notice and the Trust Project's label of a
//! story's kind. Pages written for these tests, with invented places and people.

use super::tests::{fixture, rows, split};

/// A German broadcaster: the picture's alt text, then the same words with the credit
/// glued on ("...SeptemberImage: Name/DW"), between the standfirst and the author. The
/// bare copy is no headline.
#[test]
fn a_pictures_alt_text_over_its_credited_caption_is_no_headline() {
    let got = split(
        "Business\n\
         Germany\n\
         Town of Lindenfeld bets on deep geothermal heat as gas bills bite\n\
         Lindenfeld wants to heat half its homes with water pumped from four kilometers underground.\n\
         Drilling crews near Lindenfeld expect to reach their target in September\n\
         Drilling crews near Lindenfeld expect to reach their target in SeptemberImage: Jana Roth/DW\n\
         Jana Roth\n\
         07/13/2025July 13, 2025\n\
         The drilling rig on the edge of Lindenfeld has been running around the clock since March.\n\n\
         The municipal utility says the system could supply 9,000 households by 2027.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Town of Lindenfeld bets on deep geothermal heat as gas bills bite"
    );
    assert_eq!(got[0].byline.as_deref(), Some("Jana Roth"));
    assert!(!got[0].text.contains("Drilling crews"), "{}", got[0].text);
}

/// A French paper's English edition: "Published today at 4:15 pm (Paris), updated at
/// 6:02 pm" dates the story (the city says whose clock, not a zone), and the notice that
/// the story is a translation closes nothing of the text.
#[test]
fn a_clock_with_its_city_in_brackets_and_a_translations_notice() {
    let got = split(
        "France\n\
         Heatwave forces Provence villages to cancel their fireworks\n\
         By Odile Marchand\n\
         Published today at 4:15 pm (Paris), updated at 6:02 pm\n\
         Time to read 2 min.\n\n\
         There will be no fireworks over the harbor in Port-Sainte-Anne this year, the prefect ruled on Sunday.\n\n\
         \"The vegetation is like tinder,\" said the mayor of the village.\n\n\
         Translation of an original article published in French on the paper's site; the publisher may only be liable for the French version.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    let a = &got[0];
    assert_eq!(
        a.title,
        "Heatwave forces Provence villages to cancel their fireworks"
    );
    assert_eq!(a.published_at.as_deref(), Some("2025-07-14"));
    assert!(
        a.text.ends_with("said the mayor of the village."),
        "{}",
        a.text
    );
}

/// A British paper: a caption credited "(PA Wire)" under the buttons, and the Trust
/// Project's label ("Content-Type:" over "News" and its definition) on a Brussels site.
#[test]
fn a_caption_credited_to_the_british_wire_and_a_story_kinds_label() {
    let got = split(
        "Home News\n\
         Bus drivers announce fresh strike dates in row over Sunday rotas\n\
         Hallam Dale\n\
         Monday 14 July 2025 11:32 BST\n\
         Comments\n\
         Passengers at Eastmoor bus station during a previous walkout (PA Wire)\n\
         Bus drivers at two operators will stage fresh strikes later this month, their union said.\n\n\
         The union said talks had broken down over Sunday working.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Bus drivers announce fresh strike dates in row over Sunday rotas"
    );
    let got = split(
        "Energy & Environment\n\
         News\n\
         Commission delays boiler labelling rules after industry pushback\n\
         Milena Sokol\n\
         14-07-2025\n\
         Content-Type:\n\
         News\n\
         News\n\
         Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.\n\
         The revised energy label for boilers will slip to the autumn, officials confirmed on Monday.\n\n\
         Manufacturers had asked for more time to test their models.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Commission delays boiler labelling rules after industry pushback"
    );
    assert!(
        got[0].text.starts_with("The revised energy label"),
        "{}",
        got[0].text
    );
}

/// An Australian broadcaster: "X (formerly Twitter)" among the share buttons and again in
/// the footer is a button, not the outlet the page names twice.
#[test]
fn a_share_button_named_twice_is_no_outlet() {
    let got = split(
        "Coastline News\n\
         Just In\n\
         Health\n\
         Regional hospital to close its emergency department overnight\n\
         By Priya Landers\n\
         Posted 3h ago\n\
         Share\n\
         Facebook\n\
         X (formerly Twitter)\n\
         Email\n\
         The Yarra Flats hospital's emergency department will close overnight from next Monday because it cannot fill doctor shifts.\n\n\
         The health district said patients would be sent to a larger hospital 40 minutes away.\n\n\
         Follow us\n\
         Facebook\n\
         X (formerly Twitter)\n\
         Instagram\n\
         Coastline News\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].source.as_deref(), Some("X (formerly Twitter)"));
}

/// An Asian business paper: "Latest On Industrials" over headlines with their times,
/// then the newsletter's pitch, the site's name over its blurb about itself and the
/// footer; and a tech site's related stories, each with its author and day, over the same
/// kind of blurb. The last headline of a list gets no body from the blurb, so no second
/// article.
#[test]
fn a_list_of_headlines_over_the_sites_blurb_is_no_article() {
    for (got, end) in [
        (
            fixture!("latest-list-over-the-sites-blurb.txt"),
            "outpacing the broader Nikkei Stock Average.",
        ),
        (
            fixture!("related-list-with-bylines-over-the-sites-blurb.txt"),
            "\"Punishing them will not fix that.\"",
        ),
    ] {
        assert_eq!(got.len(), 1, "{:?}", rows(&got));
        assert!(got[0].text.ends_with(end), "{}", got[0].text);
    }
}

/// A Ukrainian paper's reporter asks readers to join ("Note from the author:", two
/// paragraphs, "Become a member"): none of it is the text.
#[test]
fn a_reporters_plea_to_become_a_member_is_no_text() {
    let got = split(
        "Ukraine war\n\
         Drone attack damages energy site in border region\n\
         Olena Hrytsenko\n\
         July 14, 2025 10:12 AM\n\
         Russian drones struck an energy facility overnight on July 14, causing a fire, the regional governor said.\n\n\
         Emergency crews put out the fire by morning, officials said.\n\n\
         Note from the author:\n\
         Hi, this is Olena. I cover breaking news late into the night. Our work is possible thanks to readers who support us.\n\
         Support independent journalism in Ukraine. Join us in this fight.\n\
         Become a member\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].text.ends_with("officials said."), "{}", got[0].text);
}

/// A Brussels site says the story was updated, over its related stories and a pitch: the
/// note is no text, and the pitch under the list is the site's.
#[test]
fn an_update_note_over_related_stories_and_a_pitch() {
    let got = split(
        "Energy\n\
         Smaller countries push for green safeguards in permitting law\n\
         By Lotte Brandt\n\
         July 14, 2025 4:01 pm CET\n\
         A group of smaller countries wants stronger environmental safeguards before permits are cut.\n\n\
         \"Speed is good, but legitimacy is better,\" the negotiator said.\n\n\
         This article has been updated.\n\
         Related Articles\n\
         Brussels unveils list of raw materials projects\n\
         The lithium dream runs into local opposition\n\
         Advertisement\n\
         Policy Pro\n\
         Gain a competitive edge with in-depth policy coverage.\n\
         Request a demo\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].text.ends_with("the negotiator said."),
        "{}",
        got[0].text
    );
}

/// An American site puts the story's section after its date ("Jul 14, 2025 - Economy"):
/// a section, not the outlet; the site's name heads the page. Its headline stands over an
/// illustration's credit and the author.
#[test]
fn a_section_after_the_date_is_no_outlet() {
    let got = fixture!("section-after-the-date-and-illustration-credit.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(got[0].source.as_deref(), Some("Axios"), "{:?}", rows(&got));
    // The headline right under the section, over "Illustration: ..." and the author, is
    // no caption.
    assert_eq!(
        got[0].title,
        "Home insurers pull back from wildfire-prone counties in 3 Western states"
    );
}
