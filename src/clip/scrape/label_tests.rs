//! Tests of the splitter on the thirty-fourth round of sites' copy-paste shapes: a
//! picture's alt text over its credited caption, a clock's city in brackets, the British
//! wire's picture credit, a translated story's notice and the Trust Project's label of a
//! story's kind. Pages written for these tests, with invented places and people.

use super::tests::split;

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
