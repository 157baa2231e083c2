//! Tests of the splitter on the thirty-seventh and thirty-eighth rounds of sites'
//! copy-paste shapes (pages written for the project, kept in `tests/fixtures/scrapes/`):
//! an account's menu and a disclaimer around a markets story, share options spelled out
//! in full, an author over the outlet and the city, each on a line of its own, authors'
//! cards between the byline and the time, a list of stories after the tags, and share
//! buttons naming "the current article".

use super::tests::{fixture, rows, split};

#[test]
fn an_account_menu_a_news_button_and_a_disclaimer_are_no_part_of_the_story() {
    let got = fixture!("account-menu-and-disclaimer.txt");
    assert_eq!(
        got.len(),
        1,
        "'Google News' is a button, no headline: {:?}",
        rows(&got)
    );
    let a = &got[0];
    assert_eq!(
        a.title,
        "Zenara Finserv shares slump 9% after RBI flags lapses in gold loan book"
    );
    assert_eq!(a.byline.as_deref(), Some("Sneha Kulkarni"));
    assert!(
        !["Hello, Login", "Log-inor Sign-Up", "My Account"]
            .contains(&a.source.as_deref().unwrap_or("")),
        "the account menu names no outlet: {:?}",
        a.source
    );
    assert!(
        a.text
            .ends_with("compared with a 6 percent rise in the Nifty 50."),
        "the disclaimer is no text: {}",
        a.text
    );
}

#[test]
fn share_options_spelled_out_are_no_headline() {
    let got = fixture!("share-options-and-popular-on-site.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "‘Harbor Lights’ Renewed for Season 3 at Peacock as Showrunner Nadia Pell Inks \
             Overall Deal With Universal Television",
            None,
            Some("Jordan Vale"),
            Some("2025-07-14T16:15:00Z"),
        )],
        "'Show additional share options' and 'Print the Article' are buttons"
    );
    assert!(
        got[0]
            .text
            .ends_with("Pell is repped by WME, Grandview and Hansen, Jacobson.")
    );
}

#[test]
fn an_author_over_the_outlet_and_the_city() {
    let got = fixture!("author-over-outlet-and-city.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Montenegro Halts Shipyard Sale After Winning Bidder Fails Security Vetting",
            Some("BIRN"),
            Some("Vesna Radulović"),
            Some("2025-07-11"),
        )],
        "the name over the outlet the menu names and the city signs; the outlet is no headline"
    );
    // Small: the outlet must be one the page named before, as a menu does.
    let page = |menu: &str| {
        format!(
            "{menu}\nShipyard sale halted after bidder fails vetting\n\
             The government suspended the sale of the state shipyard on Friday.\n\
             Ana Petrović\nHarbour Post\nKotor\nJuly 11, 2025\n\n\
             The government said on Friday that the sale of the shipyard was suspended \
             after the security agency raised concerns about the winning consortium.\n\n\
             A new tender will follow in September.\n"
        )
    };
    let got = split(&page("Harbour Post\nNews\nOpinion"));
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(got[0].byline.as_deref(), Some("Ana Petrović"));
    assert_eq!(got[0].source.as_deref(), Some("Harbour Post"));
}

#[test]
fn authors_cards_between_the_byline_and_the_time() {
    let got = fixture!("author-cards-under-the-byline.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Exclusive: Former Google DeepMind researchers raise $140 million for AI ‘lab \
             assistants’ that run drug experiments overnight",
            Some("Fortune"),
            Some("Marisa Kendrick and Tomás Herrera"),
            Some("2025-07-14T12:00:00Z"),
        )],
        "each card (name, job, life, 'SEE FULL BIO') is no story; 'Tech · AI' names no outlet"
    );
    let text = &got[0].text;
    assert!(!text.contains("is a London-based reporter"), "{text}");
    assert!(
        !text.contains("Apply to attend"),
        "the event's promotion is no text: {text}"
    );
}

#[test]
fn a_list_of_stories_after_the_tags_is_no_part_of_the_text() {
    let got = fixture!("tags-then-a-read-next-list.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Grace Holloway and Dev Anand")
    );
    assert!(
        !got[0].text.contains("I interviewed 40 people"),
        "a headline of the list under 'Read next' is no paragraph of the text: {}",
        got[0].text
    );
    // A link box inside the text ("Related" over one headline) still leaves the text whole.
    let got = split(
        "Harbour board orders dredging\nBy Ines Marlow\nJuly 12, 2025\n\n\
         The harbour board voted on Friday to dredge the eastern channel before the storms.\n\n\
         Related\nStorm season forecast to be the worst in a decade\n\n\
         Two cargo ships grounded in the channel in the spring.\n",
    );
    assert!(got[0].text.ends_with("in the spring."), "{}", got[0].text);
}

#[test]
fn a_consent_notice_a_paywall_meter_and_a_list_you_might_like_are_no_stories() {
    let page = "Wir verwenden Cookies und ähnliche Technologien\n\
         Wir und unsere Partner verarbeiten Daten, um Ihnen personalisierte Inhalte und Werbung \
         anzuzeigen und deren Wirkung zu messen. Ihre Einwilligung können Sie jederzeit unter \
         Datenschutz-Einstellungen am Seitenende widerrufen, wie es die Verordnung vorsieht.\n\
         Zustimmen\nEinstellungen\n\
         Hafen verlängert Sperrung der Kaibrücke\n\
         Von Lena Vogt\n14. Juli 2025\n\n\
         Die Sperrung der Kaibrücke wird um zwei Wochen verlängert, teilte der Hafen am Montag mit.\n\n\
         Autofahrer sollen den Bereich weiträumig umfahren.\n\n\
         You’ve read 1 article in the last month\n\n\
         Other stories you might like\n\
         Ferry timetable changes again\n\
         Council approves harbour budget\n";
    let got = split(page);
    assert_eq!(
        rows(&got),
        vec![(
            "Hafen verlängert Sperrung der Kaibrücke",
            None,
            Some("Lena Vogt"),
            Some("2025-07-14"),
        )]
    );
    assert!(
        got[0].text.ends_with("weiträumig umfahren."),
        "{}",
        got[0].text
    );
}

/// A site's toggles, a reading list's buttons and a browser's prompt for notifications
/// are no headlines or text; a paragraph about commuters is text (a channel's "Mute"
/// button once matched inside "commuters").
#[test]
fn toggles_reading_list_buttons_and_notification_prompts_are_chrome() {
    let got = split(
        "Harbour Ledger\nToggle dark mode\nToggle search form\nNews\nSport\n\
         Ferry fares rise for the third time this year\nBy Ines Marlow\nJuly 12, 2025\n\
         READ LATER\nRemove\n\n\
         The ferry operator raised its fares on Friday for the third time this year.\n\n\
         Commuters say the crossing now costs more than the train.\n\n\
         Manage push notifications\n\
         We would like to show you notifications for the latest news and updates.\n\
         Dismiss\nAllow Notifications\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Ferry fares rise for the third time this year",
            Some("Harbour Ledger"),
            Some("Ines Marlow"),
            Some("2025-07-12"),
        )]
    );
    assert!(
        got[0].text.ends_with("costs more than the train."),
        "{}",
        got[0].text
    );
}

/// A breadcrumb that ends with the story's headline ("News / Cities / Delhi / Delhi: Two
/// dead, ...") puts the headline in the menu; over the standfirst it is still the
/// headline, not a section.
#[test]
fn a_breadcrumb_ending_with_the_headline_leaves_it_the_headline() {
    let got = fixture!("breadcrumb-ending-with-the-headline.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "Delhi: Two dead, 11 injured as part of four-storey building collapses in Seelampur; \
         rescue ops on"
    );
}

/// "Share current article via Email" and its siblings under the time are share buttons,
/// no headline.
#[test]
fn share_buttons_naming_the_current_article() {
    let got = split(
        "Veld Voice\n\
         NEWS\n\
         Residents march on power utility over prepaid meter cut-offs\n\
         Hundreds of homes left in the dark during the coldest week of winter, community says\n\
         By Thandeka Mokoena and Lerato Khumalo\n\
         Reporters\n\
         14 July 2025 - 14:25\n\
         Share current article via Email\n\
         Share current article via Facebook\n\
         Share current article via X\n\
         Share current article via WhatsApp\n\
         Share current article via LinkedIn\n\
         3 min read\n\n\
         More than 200 residents marched to the utility's offices on Monday, demanding that blocked prepaid meters be restored.\n\n\
         Community leaders said many households had been without power for more than a week.\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "Residents march on power utility over prepaid meter cut-offs"
    );
}
