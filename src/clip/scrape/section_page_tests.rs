//! Tests of the splitter on shapes of the fifty-seventh round of sites' copy-paste (pages
//! written for the project): a section page of stories each under its own header, the
//! last one a day older and unsigned; a story's "Created:" and "Updated:" times over a
//! caption credited "(File photograph)", and a comment thread under its sign-in note; two
//! authors each with "More by this Author" under a caption credited "PHOTO | FILE".

use super::tests::{rows, split};

/// Three stories, each its section ("News"), headline, maybe a byline, time and share
/// buttons, no blank line anywhere; the third has no author and is a day older, yet it is
/// a story of its own, not a card for an older one inside the second.
#[test]
fn a_section_page_whose_last_story_is_older_and_unsigned() {
    let story = |head: &str, by: &str, when: &str, text: [&str; 3]| {
        format!(
            "News\n{head}\n{by}{when}\nFacebook\nTwitter\nWhatsApp\nEmail\n{}\n",
            text.join("\n")
        )
    };
    let page = format!(
        "Skip to content\nTuesday, July 15, 2025\nLogin\nSubscribe\nIsland Times\nHome\nNews\nSport\n\
         Business\nOpinion\nFeatures\nSearch\nHome\n/\nNews\n/\nAround the Islands\nAround the Islands\n\
         {}{}{}Load more\nLatest News\n",
        story(
            "Market vendors relocated as roof repairs begin",
            "By Litia Cava\n",
            "July 14, 2025 5:00 am",
            [
                "More than 120 vendors have been moved to a temporary site beside the bus stand.",
                "The council's administrator said the work was expected to take about three months.",
                "Vendors said business was slower at the new site but that customers were finding them.",
            ],
        ),
        story(
            "School gets solar power in community project",
            "By Ravneel Prasad\n",
            "July 14, 2025 5:00 am",
            [
                "The primary school no longer has to rely on an ageing diesel generator.",
                "The head teacher said the school had spent close to $300 a week on fuel.",
                "The savings will be used to buy library books and sports equipment, he said.",
            ],
        ),
        story(
            "Farmers welcome new kava drying shed",
            "",
            "July 13, 2025 5:00 am",
            [
                "Farmers from nearby villages will be able to dry their kava in a new communal shed.",
                "The shed, built with support from the ministry, can hold up to three tonnes.",
                "Similar sheds are planned for two other islands before the end of the year.",
            ],
        ),
    );
    let got = split(&page);
    assert_eq!(
        rows(&got),
        [
            (
                "Market vendors relocated as roof repairs begin",
                Some("Island Times"),
                Some("Litia Cava"),
                Some("2025-07-14"),
            ),
            (
                "School gets solar power in community project",
                Some("Island Times"),
                Some("Ravneel Prasad"),
                Some("2025-07-14"),
            ),
            (
                "Farmers welcome new kava drying shed",
                Some("Island Times"),
                None,
                Some("2025-07-13"),
            ),
        ]
    );
}

/// "Created: Jul 13, 2025 06:52 PM" over "Updated: Jul 14, ...": the story was published
/// on the 13th. The caption credited "(File photograph)" is no headline; the comment thread
/// under "You must be Registered or Signed in to post comment" is no part of the text.
#[test]
fn created_and_updated_a_file_photograph_and_a_thread_under_its_sign_in_note() {
    let got = split(
        "The Harbour Gazette\n\
         News\n\
         Sport\n\
         Business\n\
         News\n\
         Ministry to trial Sunday minibus service between the dockyard and the city\n\
         By Marcus Tucker-Lee\n\
         Created: Jul 13, 2025 06:52 PM\n\
         Updated: Jul 14, 2025 08:00 AM\n\
         Facebook\n\
         Email\n\
         Filling the gap: the minibus pilot will run on Sundays when ferry and bus service is reduced (File photograph)\n\
         A Sunday minibus service will be trialled for three months from August.\n\n\
         The service will run every 40 minutes between 9am and 7pm.\n\n\
         Comments (2)\n\
         You must be Registered or Signed in to post comment or to vote.\n\
         Published Jul 14, 2025 at 9:11 am (Updated Jul 14, 2025 at 9:11 am)\n\
         Dockyard resident\n\
         About time. We have been asking for this for two years.\n\
         Reply\n\
         Report abuse\n\
         Published Jul 14, 2025 at 10:02 am (Updated Jul 14, 2025 at 10:02 am)\n\
         sandysman\n\
         Every 40 minutes is not a service. What happens when the cruise passengers fill every bus?\n\
         Reply\n\
         Report abuse\n\
         Related articles\n\
         © 2025 The Harbour Gazette. All rights reserved.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Ministry to trial Sunday minibus service between the dockyard and the city",
            Some("The Harbour Gazette"),
            Some("Marcus Tucker-Lee"),
            Some("2025-07-13"),
        )]
    );
    assert!(
        got[0].text.ends_with("between 9am and 7pm."),
        "{}",
        got[0].text
    );
}

/// A summary under the headline, a caption credited "PHOTO | FILE", then two authors each
/// over "More by this Author", then the time: both sign, and the credit is no outlet.
#[test]
fn two_authors_each_over_more_by_this_author() {
    let got = split(
        "The Coastal Citizen\n\
         News\n\
         Business\n\
         Sports\n\
         News\n\
         National\n\
         Govt proposes new levy on imported used cars to fund road repairs\n\
         What you need to know:\n\
         The levy, contained in amendments tabled in Parliament, would add up to Sh1.5 million to the cost of older cars.\n\
         Vehicles wait to be cleared at the port's car terminal. PHOTO | FILE\n\
         By Halima Mwakyusa\n\
         More by this Author\n\
         By Erasto Kimaro\n\
         More by this Author\n\
         Sunday, July 13, 2025 — updated on July 14, 2025\n\
         Share\n\
         Facebook\n\n\
         The government has proposed a new levy on imported used vehicles older than eight years.\n\n\
         Car importers said the levy would push prices out of reach for many buyers.\n\n\
         The Coastal Citizen\n\
         © 2025 The Coastal Citizen. All rights reserved.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Govt proposes new levy on imported used cars to fund road repairs",
            Some("The Coastal Citizen"),
            Some("Halima Mwakyusa and Erasto Kimaro"),
            Some("2025-07-13"),
        )]
    );
}

/// A share bar under a story ("Comments", then "Email") opens no comment thread: the next
/// story's header right under it stays a story.
#[test]
fn a_share_bars_comments_and_email_open_no_thread() {
    let got = split(
        "Island Times\n\
         News\n\
         Sport\n\n\
         Market vendors relocated as roof repairs begin\n\
         By Litia Cava\n\
         July 14, 2025 5:00 am\n\n\
         More than 120 vendors have been moved to a temporary site beside the bus stand.\n\n\
         The council's administrator said the work was expected to take about three months.\n\n\
         Comments\n\
         Email\n\
         School gets solar power in community project\n\
         By Ravneel Prasad\n\
         July 14, 2025 6:00 am\n\n\
         The primary school no longer has to rely on an ageing diesel generator.\n\n\
         The head teacher said the school had spent close to $300 a week on fuel.\n",
    );
    let titles: Vec<&str> = rows(&got).iter().map(|r| r.0).collect();
    assert_eq!(
        titles,
        [
            "Market vendors relocated as roof repairs begin",
            "School gets solar power in community project",
        ]
    );
}
