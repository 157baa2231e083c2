//! Tests of live pages: a live blog's updates stay one article (`shape_tests`), while a
//! live page whose entries are stories of their own, each signed by its author or each a
//! full story under a story's headline, gives one article per entry. A post credited
//! under its text ("ABC News' Kayla Morrow") is signed by the reporters named there.

use super::tests::{rows, split};

/// Entries signed by their own authors ("By Corin Vale", "By Ada Munro") are stories;
/// the live page's headline over its one-line standfirst is none.
#[test]
fn entries_with_their_own_authors_are_articles() {
    let got = split(
        "Harbour City news LIVE: Ferry fares frozen; council delays vote on stadium\n\
         Catch up on the day's news from across the city.\n\
         Nell Armitage\n\
         Updated July 14, 2025 — 9.52am, first published at 6.00am\n\
         Share\n\
         Latest posts\n\
         9.10am\n\
         Ferry fares frozen for another year after transport review\n\
         By Corin Vale\n\
         Ferry fares across the harbour network will stay at their current levels until next July, the transport minister announced this morning.\n\n\
         The review found that patronage had recovered to within 4 per cent of its level before the pandemic.\n\n\
         Commuter groups welcomed the decision but said timetables on the western routes still needed work.\n\
         Share\n\
         8.05am\n\
         Council delays stadium vote after late flood of submissions\n\
         By Ada Munro\n\
         The city council has postponed a vote on the proposed waterfront stadium after receiving more than 3,000 late submissions.\n\n\
         The lord mayor said councillors needed time to read them before making a decision.\n\
         Share\n",
    );
    let titles: Vec<_> = rows(&got).into_iter().map(|r| (r.0, r.2)).collect();
    assert_eq!(
        titles,
        vec![
            (
                "Ferry fares frozen for another year after transport review",
                Some("Corin Vale")
            ),
            (
                "Council delays stadium vote after late flood of submissions",
                Some("Ada Munro")
            ),
        ]
    );
    assert!(
        got[0]
            .text
            .starts_with("Ferry fares across the harbour network")
    );
    assert!(got[1].text.ends_with("before making a decision."));
}

/// Unsigned entries that are each a story's headline over three paragraphs or more (a
/// roundup of news run as a live page) are stories too.
#[test]
fn entries_that_are_full_stories_are_articles() {
    let got = split(
        "Live: Storms cut power to thousands as flooding closes roads across the north\n\
         Emergency crews work through the night while forecasters warn of more rain on Tuesday.\n\
         Published On 14 Jul 2025\n\
         Share\n\
         \n\
         1 hour ago\n\
         Power company says 40,000 homes still without electricity\n\
         The regional grid operator said about 40,000 homes remained without power on Monday morning after high winds brought down lines.\n\n\
         Crews from three neighbouring regions have been sent to help with repairs, the company said.\n\n\
         It expects most customers to be reconnected by Tuesday evening.\n\
         Share\n\
         \n\
         3 hours ago\n\
         River bursts its banks in market town as residents are moved out\n\
         Police moved residents out of 60 homes in the market town of Elmbridge after the river rose above its flood defences.\n\n\
         A rest centre has been opened at the town's leisure centre.\n\n\
         The environment agency said the river was expected to peak around midday.\n\
         Share\n",
    );
    let titles: Vec<_> = rows(&got).into_iter().map(|r| r.0).collect();
    assert_eq!(
        titles,
        vec![
            "Power company says 40,000 homes still without electricity",
            "River bursts its banks in market town as residents are moved out",
        ]
    );
    assert!(
        got[1].text.ends_with("peak around midday."),
        "{}",
        got[1].text
    );
}

/// Posts each credited under their text in the outlet's possessive ("ABC News' Lena
/// Ortiz", "ABC News' Sam Reyes and Ada Kim"): the names sign the post above, not the
/// next one, and the last post's credit is the last post's.
#[test]
fn a_credit_under_a_post_signs_the_post_above() {
    let got = split(
        "ABC News\nVideo\nLive\nShows\nLIVE UPDATES\n\
         Storm live updates: Flooding closes roads across the Carolinas\n\
         More than 2 million people are under flood warnings on Monday.\n\
         Last Updated: July 14, 2025, 7:52 AM EDT\nShare\nCopy\n\
         Heavy rain from the remnants of a tropical storm is flooding roads and cutting power \
         across North and South Carolina, with more rain expected through Tuesday.\n\
         Here's how the news is developing:\n\
         Jul 14, 2025, 7:40 AM EDT\n\
         Charlotte closes 40 roads as creeks overflow\n\
         Charlotte closed more than 40 roads on Monday morning after creeks overflowed, and \
         crews were checking bridges for damage.\n\
         The county said more details would follow.\n\
         Schools in two districts opened two hours late.\n\
         ABC News' Lena Ortiz\n\
         Jul 14, 2025, 6:15 AM EDT\n\
         Power out for 90,000 customers in South Carolina\n\
         About 90,000 customers in South Carolina were without power early Monday as the \
         storm brought down trees and lines.\n\
         Utilities said crews from three states were on their way.\n\
         Most customers should have power back by Tuesday night, Duke Energy said.\n\
         ABC News' Sam Reyes and Ada Kim\n\
         Load more updates\nTop Stories\n",
    );
    let signed: Vec<_> = got
        .iter()
        .map(|a| (a.title.as_str(), a.byline.as_deref()))
        .filter(|(title, _)| !title.starts_with("Storm live updates"))
        .collect();
    assert_eq!(
        signed,
        vec![
            (
                "Charlotte closes 40 roads as creeks overflow",
                Some("Lena Ortiz")
            ),
            (
                "Power out for 90,000 customers in South Carolina",
                Some("Sam Reyes and Ada Kim")
            ),
        ]
    );
}

/// A live page's "Key Events" over its entries' times and headlines is the list's
/// heading, not an author over a time: no entry is signed by it.
#[test]
fn key_events_over_the_entries_times_signs_nothing() {
    let got = split(
        "Home / Latest News / News Updates LIVE\n\
         News Updates LIVE: Red alert for Konkan; rupee ends lower at 85.97\n\
         Catch all the latest news and developments from India in one place\n\
         Last Updated : Jul 14 2025 | 5:14 PM IST\nFollow Us\n\n\
         Key Events\n5:06 PM\nRed alert for Konkan as heavy rain lashes west coast\n\
         3:48 PM\nRupee ends 9 paise lower at 85.97 against dollar\n\n\
         Jul 14 2025 | 5:06 PM IST\n\
         Monsoon update: Red alert for Konkan as heavy rain lashes west coast\n\
         The weather office on Monday issued a red alert for three coastal districts, \
         forecasting extremely heavy rain over the next 48 hours.\n\n\
         Mumbai recorded 118 mm of rain in the 12 hours ending 5:30 pm.\n\n\
         Jul 14 2025 | 3:48 PM IST\n\
         Rupee ends 9 paise lower at 85.97 against US dollar on foreign fund outflows\n\
         The rupee settled 9 paise lower at 85.97 against the US dollar on Monday, weighed \
         down by a stronger greenback overseas.\n\n\
         Importers' demand for dollars kept the rupee under pressure, dealers said.\n",
    );
    assert!(got.iter().all(|a| a.byline.is_none()), "{:?}", rows(&got));
}
