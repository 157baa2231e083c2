//! Tests of the splitter on shapes of the fifty-third and fifty-fourth rounds of sites'
//! copy-paste (pages written for the project): a paper's masthead with its website's
//! words after the name; a portal's explainer signed by its desk, and the next story
//! loaded under it; a machine's key points over a picture and its credit; two authors each
//! over their paper, and a video's box over the text; a daily's weather under its date,
//! and its initials as the byline; a reporter of a desk the menu names, and the desk's
//! funding note; a portal's section news of the day and its contributor over the
//! headline; a metro site's authors under "By", each with the site after a comma, under a
//! caption credited to the site; a story on a price, whose headline and subhead name it.

use super::tests::{rows, split};

/// "Harbour Daily Times Online News" over the day and the menu: the paper is "Harbour Daily
/// Times", not the company the copyright line names.
#[test]
fn a_masthead_with_its_websites_words() {
    let got = split(
        "Skip to main content\n\
         We use cookies on this website to improve your experience. By continuing to browse you agree to our use of cookies.\n\
         Accept\n\
         Harbour Daily Times Online News\n\
         Tue, 15 Jul 2025\n\
         Subscribe\n\
         Login\n\
         Menu\n\
         News\n\
         Dunedin\n\
         Sea wall repair bill climbs to $4.2m\n\
         By Tessa Mulvaney\n\
         Tue, 15 Jul 2025\n\n\
         The cost of repairing the sea wall has climbed to $4.2 million after engineers found more damage than expected below the sand.\n\n\
         Councillors will be asked on Thursday to approve the extra money from the coastal reserve fund.\n\n\
         Harbour Press\n\
         About Us\n\
         © Copyright Harbour Press Limited 2025. All rights reserved.\n",
    );
    assert_eq!(rows(&got)[0].1, Some("Harbour Daily Times"));
}

/// A question for a headline, shown twice; the standfirst, then the desk over the time
/// ("NP Explainers", the menu's section after the site's initials); a file picture's
/// caption; then the next story loaded under the first. No masthead: the copyright line
/// ("Copyright @ 2025. Newspoint") names the outlet of both.
#[test]
fn an_explainer_signed_by_its_desk_and_the_next_story_under_it() {
    let long = "The project involves laying roughly 2,300 km of fibre-optic cable on the seabed, with a landing station in Kochi and branches to the two island capitals, officials said.";
    let got = split(&format!(
        "Live TV\n\
         Vantage\n\
         Explainers\n\
         India\n\
         World\n\
         Opinion\n\
         Search\n\
         Home\n\
         Explainers\n\
         What is Project Bluebridge, India's new undersea cable to the Maldives and Sri Lanka?\n\
         What is Project Bluebridge, India's new undersea cable to the Maldives and Sri Lanka?\n\
         The Union Cabinet on Monday cleared a Rs 1,850-crore plan to lay a submarine cable from Kochi to Male and Colombo. Officials say it will make internet links sturdier.\n\
         NP Explainers\n\
         \u{2022} July 14, 2025, 16:42:10 IST\n\
         Whatsapp\n\
         A cable-laying vessel at work off the Kerala coast. File image/Reuters\n\
         Advertisement\n\
         {long}\n\n\
         The government said the project would also create spare capacity that private operators could lease.\n\n\
         Tags\n\
         India\n\
         End of Article\n\
         Home\n\
         Opinion\n\
         Monsoon floods are a planning failure, not a weather event\n\
         Monsoon floods are a planning failure, not a weather event\n\
         Indian cities keep building storm drains for rain that no longer behaves the way it used to. They need to absorb water, not just move it\n\
         Aditi Varma\n\
         \u{2022} July 13, 2025, 09:20:05 IST\n\
         Whatsapp\n\
         Every July, the pictures are the same: cars floating in underpasses and commuters wading through knee-deep water on the way to work.\n\n\
         Rainfall that arrives in short, intense bursts is no longer unprecedented, and our cities are not built for it.\n\n\
         Tags\n\
         Monsoon\n\
         End of Article\n\
         Copyright @ 2025. Newspoint - All Rights Reserved\n"
    ));
    assert_eq!(
        rows(&got),
        vec![
            (
                "What is Project Bluebridge, India's new undersea cable to the Maldives and Sri Lanka?",
                Some("Newspoint"),
                None,
                Some("2025-07-14T11:12:10Z"),
            ),
            (
                "Monsoon floods are a planning failure, not a weather event",
                Some("Newspoint"),
                Some("Aditi Varma"),
                Some("2025-07-13T03:50:05Z"),
            ),
        ]
    );
    assert!(got[0].text.contains(long), "{}", got[0].text);
    assert!(!got[0].text.contains("File image"), "{}", got[0].text);
}

/// The machine's "Key Points" end at the picture's credit under its caption: the text's
/// first paragraph, under them, is the text's.
#[test]
fn a_machines_key_points_over_a_picture_and_its_credit() {
    let first = "On Friday nights this summer, a stretch of Bagley Street turns into something closer to a street festival than a farmers market.";
    let got = split(&format!(
        "Lakeside Herald\n\
         News\n\
         Sports\n\
         Business\n\
         Night market draws thousands. Neighbors say parking has become a nightmare\n\
         Lorena Kapoor\n\
         Lakeside Herald\n\
         Published 5:02 a.m. ET July 12, 2025\n\
         Updated 11:48 a.m. ET July 14, 2025\n\
         Key Points\n\
         AI-assisted summary\n\
         The night market has drawn an estimated 6,000 visitors each Friday since it opened in June.\n\
         Residents on nearby streets say market-goers are blocking driveways and parking on lawns.\n\
         Shoppers browse food and craft stalls at the night market on Bagley Street on Friday, July 11, 2025.\n\
         Dana Whitfield, Lakeside Herald\n\
         {first}\n\n\
         For the 70-plus vendors, many of them small businesses, the crowds have been a windfall, and for some neighbors a headache.\n\n\
         The market runs Fridays from 5 to 11 p.m. through Sept. 26 on Bagley Street.\n"
    ));
    assert_eq!(got.len(), 1);
    let text = &got[0].text;
    assert!(text.starts_with(first), "{text}");
    assert!(!text.contains("6,000 visitors"), "{text}");
}

/// "Jack Pruett" over "Harbor Tennessean", "Dana Whitley" over "USA TODAY NETWORK -
/// Tennessee", then the time: both authors. "Watch: ..." over its description and credit
/// is a video's box, not the headline or the text.
#[test]
fn two_authors_each_over_their_paper_and_a_video_box() {
    let got = split(
        "Harbor Tennessean\n\
         News\n\
         Sports\n\
         Opinion\n\
         NEWS\n\
         Council advances East Bank street plan despite flooding worries from residents\n\
         Jack Pruett\n\
         Harbor Tennessean\n\
         Dana Whitley\n\
         USA TODAY NETWORK - Tennessee\n\
         Published 6:02 a.m. CT July 13, 2025 | Updated 10:15 a.m. CT July 14, 2025\n\
         Watch: What's planned for the East Bank\n\
         A look at the first phase of street and park construction on the East Bank of the river.\n\
         Nicole Hess, Harbor Tennessean\n\
         A plan to lay out a new grid of streets on the East Bank cleared a key council committee last week, moving the city a step closer to building there.\n\
         The committee voted 8-2 to recommend the plan, which would create 14 new blocks between the stadium site and the river.\n\
         The full council is scheduled to take a final vote on the plan Aug. 5.\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Council advances East Bank street plan despite flooding worries from residents",
            Some("Harbor Tennessean"),
            Some("Jack Pruett and Dana Whitley"),
            Some("2025-07-13T11:02:00Z"),
        )]
    );
    assert!(
        got[0].text.starts_with("A plan to lay out"),
        "{}",
        got[0].text
    );
}

/// "Petra" over "34°C" under the day's date is the weather, not the masthead; "By KT"
/// under "The Karak Times" is the paper signing, no one's byline; "Jul 13,2025" is a day.
#[test]
fn the_weather_under_the_date_and_the_papers_initials_as_byline() {
    let got = split(
        "Skip to main content\n\
         Monday, July 14 2025\n\
         Petra\n\
         34°C\n\
         The Karak Times\n\
         Home\n\
         Local\n\
         Region\n\
         Heatwave cuts tomato yields in the valley by a third, farmers say\n\
         By KT - Jul 13,2025 - Last updated at Jul 13,2025\n\n\
         Farmers in the valley have reported a drop of up to 30 per cent in tomato yields over the past two weeks as temperatures above 45 degrees damaged crops.\n\n\
         Wholesale tomato prices rose to 0.60 dinars per kilogramme on Sunday, up from 0.35 at the beginning of the month.\n\n\
         The Karak Times\n\
         About us\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Heatwave cuts tomato yields in the valley by a third, farmers say",
            Some("The Karak Times"),
            None,
            Some("2025-07-13"),
        )]
    );
}

/// "Ana Whitfield, Local Democracy Reporting" under the time: the reporter, and a desk the
/// menu lists, which is no second author; the note on the desk's funding closes the text.
#[test]
fn a_reporter_of_a_desk_the_menu_names_and_its_funding_note() {
    let got = split(
        "Radio Harbour\n\
         Home\n\
         Local\n\
         Local Democracy Reporting\n\
         Sport\n\
         Local Democracy Reporting\n\n\
         Council votes to pause kerbside glass collection after contractor walks away\n\n\
         4:32 pm on 14 July 2025\n\
         Ana Whitfield, Local Democracy Reporting\n\
         Share this\n\n\
         Residents will have to drop off their glass bottles and jars at community collection points from next month after the council voted to pause kerbside collection.\n\n\
         The council said about 48,000 households would be affected until a new contractor is found.\n\n\
         Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Ana Whitfield"));
    assert!(
        got[0].text.ends_with("new contractor is found."),
        "{}",
        got[0].text
    );
}

/// "Regional News of Monday, 14 July 2025" is the day; "Source: Kofi Mensah, Contributor"
/// is the author, not an outlet; the call for stories under the text is no part of it.
#[test]
fn a_portals_section_news_of_the_day_and_its_contributor() {
    let got = split(
        "NewsPortal\n\
         Home\n\
         News\n\
         Sports\n\
         Business\n\
         Regional\n\
         Politics\n\
         Regional News of Monday, 14 July 2025\n\
         Source: Kofi Mensah, Contributor\n\
         Market traders threaten sit-down strike over 60% stall rent increase\n\
         Share\n\n\
         Traders at the central market have given the assembly two weeks to reverse a 60 per cent increase in stall rents or face a sit-down strike.\n\n\
         The assembly said the increase was needed to pay for repairs to the market's roof and drains.\n\n\
         Send your news stories to newsroom@newsportal.example via WhatsApp on +233 55 0000 000.\n\
         Copyright © 1994 - 2025 NewsPortal. All rights reserved.\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Market traders threaten sit-down strike over 60% stall rent increase",
            Some("NewsPortal"),
            Some("Kofi Mensah"),
            Some("2025-07-14"),
        )]
    );
    assert!(got[0].text.ends_with("roof and drains."), "{}", got[0].text);
}

/// "By" alone over "Maya Kerr, lakeshore.com and" over "Owen Bart, lakeshore.com": both
/// authors. The caption credited "Joshua Gunn, lakeshore.com" after its stop is no
/// headline; "Facebook Share" is a button; "Set Weather" is no masthead.
#[test]
fn authors_under_by_each_with_the_site_and_a_caption_credited_to_it() {
    let got = split(
        "Skip to Article\n\
         Set Weather\n\
         Subscribe\n\
         Sign In\n\
         lakeshore.com\n\
         News\n\
         Sports\n\
         Local News\n\n\
         Beach pier won't reopen until 2026 after engineers find cracked pilings\n\
         Updated: Jul. 14, 2025, 7:11 a.m.|Published: Jul. 13, 2025, 5:00 a.m.\n\
         The beach pier, shown here in June 2024, has been fenced off since April while engineers inspected its supports. Joshua Gunn, lakeshore.com\n\
         By\n\
         Maya Kerr, lakeshore.com and\n\
         Owen Bart, lakeshore.com\n\
         Facebook Share\n\
         Email Share\n\
         LAKESHORE, Ohio \u{2014} The pier at the beach park, closed since April for what the park district called a routine inspection, will stay closed until next spring.\n\
         Engineers found 14 of 38 pilings with cracks wider than a sixteenth of an inch, a memo to the board said.\n\
         lakeshore.com\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Beach pier won't reopen until 2026 after engineers find cracked pilings",
            Some("lakeshore.com"),
            Some("Maya Kerr and Owen Bart"),
            Some("2025-07-13"),
        )]
    );
}

/// A headline on a monthly price is no pitch's heading, and a subhead naming a sum is no
/// offer's box: both stay, with the text.
#[test]
fn a_story_on_a_price_keeps_its_headline_and_subhead() {
    let got = split(
        "The Daily Ledger\n\
         News\n\
         Business\n\
         Tech\n\
         Streamer raises its standard plan to $18 a month\n\
         By Lena Marsh\n\
         July 14, 2025\n\n\
         The streaming service will raise the price of its standard plan by $2 a month from August, the second increase in two years.\n\n\
         The company said the money would pay for more live sport and a larger library of films.\n\n\
         The $5 billion question\n\n\
         Analysts said the increase could add $5 billion a year in revenue if fewer than one in ten subscribers leave.\n\n\
         Rivals are expected to follow with increases of their own before the end of the year.\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].title,
        "Streamer raises its standard plan to $18 a month"
    );
    let text = &got[0].text;
    assert!(text.starts_with("The streaming service"), "{text}");
    assert!(text.contains("The $5 billion question"), "{text}");
    assert!(text.ends_with("before the end of the year."), "{text}");
}
