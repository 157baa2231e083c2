//! Tests of pages of briefs (pages written for the project): a paper's "news in brief"
//! page whose header stands over the first brief's headline, a page titled by its name
//! with the first headline opening the text, and a story with long subheads that stays
//! one story; with them a comment section under its policy and the staff's byline.

use super::tests::{rows, split};

/// The page's header ("Valley News Briefs", the staff's byline, the time, share buttons),
/// then four briefs, each a headline over its paragraphs; the links to the stories before
/// and after; a comment under the section's policy. Each brief is an article with the
/// page's time and outlet; the staff sign for no one; the comment is in no text.
#[test]
fn a_page_of_briefs_under_one_header() {
    let got = split(
        "Skip to content\n\
         Riverton Courier\n\
         Local\n\
         Sports\n\
         Business\n\
         Local\n\n\
         Valley News Briefs\n\
         By Courier staff\n\
         July 14, 2025\n\
         Updated 12:05 a.m.\n\
         Email\n\
         Facebook\n\
         Comments (1)\n\n\
         Council delays vote on downtown parking fees\n\n\
         The City Council on Friday put off a vote on raising downtown parking fees until its August meeting.\n\n\
         Council members asked staff for figures on how the increase would affect shop owners along Main Street.\n\n\
         Storm knocks out power to 3,000 homes\n\n\
         A line of thunderstorms knocked out power to about 3,000 homes on the east side Saturday evening, the utility said.\n\n\
         Crews restored service to most customers by midnight.\n\n\
         Library branch to close for roof repairs\n\n\
         The Westside branch library will close for two weeks starting July 21 while crews replace its roof.\n\n\
         Hiker rescued after fall on Eagle Ridge trail\n\n\
         A 45-year-old hiker was flown to hospital Sunday after falling about 20 feet on the Eagle Ridge trail, fire officials said.\n\n\
         Her injuries were not thought to be life-threatening.\n\n\
         Previous Story\n\
         Ferry ridership climbs as new terminal opens on the north shore\n\
         Next Story\n\
         Ask the Courier: Can I renew my fishing licence online?\n\n\
         Comments (1)\n\n\
         By participating in online discussions you acknowledge that you have agreed to the Courier's terms of service. Comments must be civil and in good taste, with no personal attacks. If your comments are inappropriate, you may be banned from posting.\n\n\
         river_rat77\n\
         Glad the hiker is okay. That trail is slippery after rain.\n\
         Log in to Reply\n\n\
         About Us\n\
         Copyright (c) 2025, Riverton Courier. All rights reserved.\n",
    );
    let titles: Vec<&str> = rows(&got).iter().map(|r| r.0).collect();
    assert_eq!(
        titles,
        [
            "Council delays vote on downtown parking fees",
            "Storm knocks out power to 3,000 homes",
            "Library branch to close for roof repairs",
            "Hiker rescued after fall on Eagle Ridge trail",
        ]
    );
    for (a, row) in got.iter().zip(rows(&got)) {
        assert_eq!(
            (row.1, row.2, row.3),
            (Some("Riverton Courier"), None, Some("2025-07-14")),
            "{}",
            a.title
        );
    }
    assert!(
        got[1].text.starts_with("A line of thunderstorms"),
        "{}",
        got[1].text
    );
    assert!(got[1].text.ends_with("by midnight."), "{}", got[1].text);
    let last = &got[3].text;
    assert!(
        last.ends_with("not thought to be life-threatening."),
        "{last}"
    );
}

/// A story whose headline stands over its header, with three long subheads after its
/// first paragraphs, is one story.
#[test]
fn a_story_with_long_subheads_stays_one() {
    let got = split(
        "Riverton Courier\n\
         Local\n\
         Sports\n\n\
         What the new parking plan means for downtown shoppers\n\
         By Dana Whitlow\n\
         July 14, 2025\n\n\
         The City Council will vote next month on a plan that would raise downtown parking fees for the first time since 2012.\n\n\
         Here is what the plan would change, and for whom.\n\n\
         Meters would cost more at peak hours\n\n\
         Meters on Main Street would rise from $1.50 to $2.50 an hour between 10 a.m. and 6 p.m.\n\n\
         Residents could buy cheaper monthly permits\n\n\
         People who live downtown could buy a permit for $40 a month, down from $55.\n\n\
         Shop owners want a free first half hour\n\n\
         The merchants' association has asked for the first 30 minutes to stay free.\n\n\
         Copyright (c) 2025, Riverton Courier. All rights reserved.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "What the new parking plan means for downtown shoppers"
    );
    assert_eq!(got[0].byline.as_deref(), Some("Dana Whitlow"));
    assert!(
        got[0]
            .text
            .contains("Residents could buy cheaper monthly permits")
    );
}

/// The page's name as the title ("Business in Brief" over the time), and the text opening
/// with the first brief's headline: each brief is an article.
#[test]
fn a_page_named_over_its_first_headline() {
    let got = split(
        "Harbour Press\n\
         News\n\
         Business\n\n\
         Business in Brief\n\n\
         July 14, 2025\n\n\
         Fishing cooperative opens new processing plant\n\n\
         The Harbour Fishing Cooperative opened its new processing plant on the east wharf on Monday, adding 40 jobs.\n\n\
         Hardware chain buys two local stores\n\n\
         Northline Hardware has bought the two Baxter's stores in town and will keep their staff, the company said.\n\n\
         The stores will take the Northline name in September.\n\n\
         Port traffic up 6% in first half of the year\n\n\
         Cargo moving through the port rose 6% in the first six months of the year, led by timber exports.\n\n\
         © 2025 Harbour Press. All rights reserved.\n",
    );
    let titles: Vec<&str> = rows(&got).iter().map(|r| r.0).collect();
    assert_eq!(
        titles,
        [
            "Fishing cooperative opens new processing plant",
            "Hardware chain buys two local stores",
            "Port traffic up 6% in first half of the year",
        ]
    );
    assert!(
        got.iter()
            .all(|a| a.published_at.as_deref() == Some("2025-07-14"))
    );
    assert!(got[1].text.ends_with("in September."), "{}", got[1].text);
}
