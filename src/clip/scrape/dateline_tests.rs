//! Tests of the splitter on shapes of the fifty-second and fifty-third rounds of sites'
//! copy-paste (pages written for the project): a dateline's place alone under the
//! headline, which is no outlet; a station's page of briefs under section labels, one of
//! them a wire's; a blog's label over the headline that the page's lists use as a
//! section, and a network's name in lower case in its copyright line; a broadcaster's
//! three wire reporters, each credited twice, under a section glued to the times; a
//! weekly's story with a box about why it was written, its other stories under section
//! labels inside and after the text, and a priced pitch; a metro daily's card of another
//! story and an offer inside the text, and its related stories each over its time; a
//! regional daily's news service and its photo credited after the caption; an island
//! daily's author with her job after a slash, its label glued to the day, and its comment
//! section's policy.

use super::tests::{rows, split};

/// "ANKARA" in capitals between the headline and the time is where the story was filed:
/// the outlet is the masthead's, not the place's.
#[test]
fn a_dateline_place_over_the_time_is_no_outlet() {
    let got = split(
        "ANATOLIAN LEDGER\n\
         POLITICS\n\
         ECONOMY\n\
         CULTURE\n\
         Search\n\
         Home\n\
         Economy\n\
         Ankara raises minimum wage for the second time this year\n\
         ANKARA\n\
         July 14 2025 09:12:00\n\
         Share\n\
         Facebook\n\
         The government raised the monthly minimum wage by 12 percent on Monday, the second increase this year as inflation stays above 30 percent.\n\
         Labour Minister Emre Yalçın said the new rate would apply from August 1 and would be reviewed again in December.\n\
         Employers' groups said the rise would squeeze small businesses already hit by high borrowing costs.\n\
         MOST POPULAR\n\
         Lira steadies after central bank decision\n\
         Copyright © 2025 Anatolian Ledger - All rights reserved\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Ankara raises minimum wage for the second time this year",
            Some("Anatolian Ledger"),
            None,
            Some("2025-07-14"),
        )]
    );
}

/// A page of briefs: the station's tagline over the page's description is no outlet; the
/// labels over the headlines ("Weather", "Schools", and "City Hall", which the menu does
/// not list) are sections; the briefs that name no outlet are the masthead's, the wire's
/// brief stays the wire's.
#[test]
fn briefs_under_section_labels_are_the_stations() {
    let got = split(
        "Skip to main content\n\
         KVRN\n\
         Listen Live\n\
         Donate\n\
         Menu\n\
         News\n\
         Weather\n\
         Schools\n\
         Sports\n\
         Search\n\
         The Valley's Public Radio\n\
         Valley briefing\n\
         Monday, July 14, 2025\n\
         Quick updates from the KVRN newsroom on the stories we are following across the valley.\n\
         Weather\n\
         Heat advisory extended through Thursday across the valley floor\n\
         July 14, 2025\n\
         By Marta Quintero\n\
         Share\n\
         Forecasters extended the heat advisory through Thursday evening as afternoon highs stay near 108 degrees.\n\
         Cooling centers at the three branch libraries will stay open until 9 p.m., the county said.\n\
         Schools\n\
         District approves free breakfast at every elementary school this fall\n\
         July 14, 2025\n\
         Associated Press\n\
         Share\n\
         The school board voted 6-1 on Monday to offer free breakfast at all 22 elementary schools starting in August.\n\
         The district will pay for the program with state meal grants, officials said.\n\
         City Hall\n\
         Council delays vote on downtown parking rates until September\n\
         July 13, 2025\n\
         By Owen Falk\n\
         Share\n\
         The city council postponed a vote on higher downtown parking rates after business owners asked for more time.\n\
         Council members said they would take up the proposal again after the summer recess.\n\
         Popular\n\
         Reservoir levels fall below last year's mark\n\
         The Valley's Public Radio\n\
         KVRN\n\
         © Copyright KVRN 2025\n",
    );
    assert_eq!(
        rows(&got),
        vec![
            (
                "Heat advisory extended through Thursday across the valley floor",
                Some("KVRN"),
                Some("Marta Quintero"),
                Some("2025-07-14"),
            ),
            (
                "District approves free breakfast at every elementary school this fall",
                Some("Associated Press"),
                None,
                Some("2025-07-14"),
            ),
            (
                "Council delays vote on downtown parking rates until September",
                Some("KVRN"),
                Some("Owen Falk"),
                Some("2025-07-13"),
            ),
        ]
    );
}

/// "Vital Signs - Health News" over the headline is a label the "More Stories" list uses
/// among the menu's sections: no outlet. The outlet is the one the copyright line names in
/// lower case ("© 2025 kprx") and other lines in capitals.
#[test]
fn a_blogs_label_among_sections_and_a_lower_case_copyright() {
    let got = split(
        "Skip to main content\n\
         Home\n\
         News\n\
         Health\n\
         Science\n\
         Politics\n\
         Search\n\
         Vital Signs - Health News\n\
         Volunteer drivers keep rural dialysis patients on schedule\n\
         July 13, 2025 7:00 AM ET\n\
         By Ruth Ambler\n\n\
         Three mornings a week, a retired mechanic drives a neighbour 40 miles to her dialysis clinic and waits for her.\n\n\
         The county's ride network has logged more than 60,000 miles, its coordinator said, and it needs more drivers.\n\n\
         More Stories From KPRX\n\
         Vital Signs - Health News\n\
         A cheap blood pressure pill may lower dementia risk, a study finds\n\
         Health\n\
         Heat is sending more older adults to the emergency room this summer\n\
         Science\n\
         Why this summer's firefly season looks brighter than usual\n\
         Politics\n\
         House panel to vote on a farm bill extension as the deadline nears\n\
         Sponsor KPRX\n\
         © 2025 kprx\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Volunteer drivers keep rural dialysis patients on schedule",
            Some("KPRX"),
            Some("Ruth Ambler"),
            Some("2025-07-13T11:00:00Z"),
        )]
    );
}

/// Each author is credited twice ("By — Ana Ruiz, Associated Press" over "Ana Ruiz,
/// Associated Press"): one byline of the three names, the wire their outlet; the section
/// glued before the times ("Nation Updated on ... — Published on ...") leaves the
/// publication's day.
#[test]
fn wire_reporters_credited_twice_under_a_section_glued_to_the_times() {
    let got = split(
        "Skip to content\n\
         Evening Report\n\
         Politics\n\
         Nation\n\
         World\n\
         Search\n\
         Nation\n\
         Floodwaters close the river road between two valley towns\n\
         Nation Updated on Jul 14, 2025 10:22 AM EDT — Published on Jul 13, 2025 4:10 PM EDT\n\
         By — Ana Ruiz, Associated Press\n\
         Ana Ruiz, Associated Press\n\
         By — Tom Becker, Associated Press\n\
         Tom Becker, Associated Press\n\
         By — Lila Moss, Associated Press\n\
         Lila Moss, Associated Press\n\
         Share\n\n\
         Floodwaters closed the only road between the two towns on Sunday after a night of heavy rain upstream.\n\n\
         Crews said the road could reopen by Wednesday if the river falls as forecast.\n\n\
         Support Provided By: Learn more\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Floodwaters close the river road between two valley towns",
            Some("Associated Press"),
            Some("Ana Ruiz, Tom Becker and Lila Moss"),
            Some("2025-07-13T20:10:00Z"),
        )]
    );
}

/// "By Mairi Sutherland Special correspondent" over "Callum Reid Staff writer": one byline
/// of both names. The box "Why This Story" with its one-word theme over a paragraph starts
/// no story; the lists of other stories under the menu's sections, inside and after the
/// text, are no part of it, and neither is the pitch with its price.
#[test]
fn a_weeklys_box_its_labelled_lists_and_a_priced_pitch() {
    let got = split(
        "Skip to main content\n\
         The Harbour Weekly\n\
         Subscribe\n\
         Menu\n\
         World\n\
         Environment\n\
         Science\n\
         Search\n\
         World\n\
         In a Scottish port, kelp farming gives fishermen a second catch\n\
         Former fishermen are farming kelp instead of chasing shrinking quotas.\n\
         By Mairi Sutherland Special correspondent\n\
         Callum Reid Staff writer\n\
         July 14, 2025 | Peterhead, Scotland\n\n\
         The boats still go out before dawn, but the one drawing a crowd at the harbour wall carries kelp.\n\n\
         The cooperative began with four former fishermen and a borrowed boat, and now has 31 members.\n\n\
         Why This Story\n\
         A story focused on\n\
         Resilience\n\
         When quotas shrank, one port did not wait to be rescued and found a new use for old skills.\n\n\
         Members earn a share of the profits based on the hours they work on the boats and in the shed.\n\n\
         Related stories\n\
         Environment\n\
         Can kelp forests help cool the planet? Scientists are cautious.\n\
         Science\n\
         What a 400-year-old shark tells us about growing old slowly\n\
         World\n\
         Oysters return to a Welsh estuary after a century away\n\n\
         Not everyone is convinced: some conservation groups worry that harvesting wild kelp could damage the forests that shelter young fish, though the cooperative grows most of its crop on ropes.\n\n\
         Younger workers have begun to join, and one of them, who grew up in a fishing family and had planned to move away for work, now manages the drying shed.\n\n\
         \u{201c}We are not against the fishing,\u{201d} he says. \u{201c}We are just what comes next.\u{201d}\n\n\
         Help fund Harbour journalism for $9/ month\n\
         Already a subscriber? Login\n\
         Our work is not possible without your support.\n\
         Unlimited digital access $9/month.\n\
         Most viewed\n\
         World\n\
         In one county, a library card now comes with a fishing pole\n\
         Environment\n\
         The beaver is back in England. Farmers are learning to share.\n\
         Science\n\
         Why some cities are painting their streets white this summer\n\
         Copyright © 2025 The Harbour Weekly. All rights reserved.\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "In a Scottish port, kelp farming gives fishermen a second catch",
            Some("The Harbour Weekly"),
            Some("Mairi Sutherland and Callum Reid"),
            Some("2025-07-14"),
        )]
    );
    let text = &got[0].text;
    assert!(text.ends_with("what comes next.\u{201d}"), "{text}");
    for chrome in [
        "Can kelp forests",
        "Oysters return",
        "Unlimited digital",
        "$9",
    ] {
        assert!(!text.contains(chrome), "{chrome:?}: {text}");
    }
}

/// A card of another story inside the text ("READ NEXT", its section, headline, byline,
/// time and "READ MORE") and an offer ("Subscribe now for only $1") are no part of it;
/// the related stories, each a section over a headline over its time, make no story; the
/// note of first publication under the text gives the day; the author's box names the
/// paper with its "The".
#[test]
fn a_card_and_an_offer_inside_the_text_and_related_stories_with_times() {
    let long = "The county said the river had claimed four lives since Memorial Day, and rescue crews have pulled more than thirty people from the water, most of them without life jackets.";
    let got = split(&format!(
        "Skip to Content\n\
         Valley Courier Logo\n\
         Sign In\n\
         Local\n\
         Sports\n\
         California\n\
         Opinion\n\
         Search\n\
         Local\n\
         The river looks calm this summer. Rescuers say that is exactly the danger\n\
         By Noor Haddad\n\
         Updated July 14, 2025 11:12 AM\n\n\
         {long}\n\n\
         Water released from the dam this month has been cold enough to cause gasping and cramps within minutes, even for strong swimmers who know the river well.\n\n\
         READ NEXT\n\
         LOCAL\n\
         Where to cool off this week: pools, splash pads and cooling centers\n\
         By Camila Ortiz\n\
         July 14, 2025 6:00 AM\n\
         READ MORE\n\
         This year's flows are the product of a wet winter upstream, which left the reservoir nearly full in late spring and forced larger releases than usual.\n\n\
         The flows have been a boon for rafting companies and anglers, but they have moved sandbars that swimmers used to stand on.\n\n\
         Get unlimited digital access\n\
         Subscribe now for only $1\n\
         CLAIM OFFER\n\
         Rangers have stepped up patrols on holiday weekends, when alcohol is banned on the lower river, and they hand out loaner life jackets at the busiest put-ins, a parks spokeswoman said.\n\n\
         \u{201c}Wear the jacket, even if you are a strong swimmer,\u{201d} she said.\n\n\
         This story was originally published July 13, 2025 at 5:00 AM.\n\n\
         Noor Haddad\n\
         The Valley Courier\n\
         Noor Haddad covers public safety for The Valley Courier.\n\
         RELATED STORIES FROM VALLEY COURIER\n\
         LOCAL\n\
         Man, 22, drowns in the river near the Howe Avenue bridge, rescuers say\n\
         July 6, 2025 3:41 PM\n\
         CALIFORNIA\n\
         How much snow is left in the Sierra? What it means for rivers this summer\n\
         June 30, 2025 5:00 AM\n\
         LOCAL\n\
         Heat wave: triple digits return this week. When will it cool off?\n\
         July 14, 2025 7:18 AM\n\
         Take Us With You\n\
         Real-time updates and all local stories you want right in the palm of your hand.\n\
         COPYRIGHT\n"
    ));
    assert_eq!(
        rows(&got),
        vec![(
            "The river looks calm this summer. Rescuers say that is exactly the danger",
            Some("The Valley Courier"),
            Some("Noor Haddad"),
            Some("2025-07-13"),
        )]
    );
    let text = &got[0].text;
    assert!(text.starts_with(long), "{text}");
    assert!(text.ends_with("she said."), "{text}");
    for chrome in ["cool off", "Camila", "$1", "CLAIM"] {
        assert!(!text.contains(chrome), "{chrome:?}: {text}");
    }
}

/// "Courier News Service" under the author is the masthead's desk, so the story is "The
/// Courier"'s; "... Courier photo: Amrit Gill" after the caption's stop makes the caption
/// no headline.
#[test]
fn a_papers_news_service_and_its_photo_after_the_caption() {
    let got = split(
        "Advertisement\n\
         The Courier\n\
         E-Paper\n\
         Subscribe\n\
         Home\n\
         Punjab\n\
         Haryana\n\
         Nation\n\
         Home\n\
         Ludhiana\n\
         Civic body to roll out door-to-door waste pickup in 12 wards from August 1\n\
         Households that fail to segregate waste will be fined after a month-long drive\n\
         Harpreet Kaur Sandhu\n\
         Courier News Service\n\
         Ludhiana, Updated At : 02:07 AM Jul 14, 2025 IST\n\
         Follow Us\n\
         Advertisement\n\
         Heaps of garbage at a collection point near the old bus stand in Ludhiana. Courier photo: Amrit Gill\n\
         The Municipal Corporation will begin door-to-door collection of segregated waste in 12 wards of the city from August 1, officials said on Sunday.\n\
         Households will be given two bins, and collection vehicles will visit every street in the morning.\n\
         Tags :\n\
         #Ludhiana\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Civic body to roll out door-to-door waste pickup in 12 wards from August 1",
            Some("The Courier"),
            Some("Harpreet Kaur Sandhu"),
            Some("2025-07-13T20:37:00Z"),
        )]
    );
    assert!(!got[0].text.contains("Heaps of garbage"), "{}", got[0].text);
}

/// "Published:Monday | July 14, 2025 | 12:10 AM" (the label glued to the day) gives the
/// day; "Andrea Lowe/Courier Writer" is the author (the photographer after her slash
/// under the caption is not); the comment section's policy is no part of the text.
#[test]
fn an_author_with_her_job_after_a_slash_and_a_comment_policy() {
    let got = split(
        "Skip to main content\n\
         Island Courier\n\
         News\n\
         Business\n\
         Sports\n\
         Lead Stories\n\
         Farmers count losses as drought tightens its grip on the south coast\n\
         Published:Monday | July 14, 2025 | 12:10 AM\n\
         Andrea Lowe/Courier Writer\n\
         Facebook\n\
         A farmer inspects withered scallion plants on his plot last Thursday.\n\
         Marlon Reid/Photographer\n\
         Farmers across the parish say they have lost entire crops of scallion, tomato and melon over the past six weeks as a prolonged dry spell shows no sign of ending.\n\n\
         Truckers said the price of a load of water had risen by half in some communities since May, and smaller farmers can no longer afford it.\n\n\
         Comments\n\
         We welcome reader comments on the topics in this article. The views expressed in the comments section are not those of the Island Courier.\n\
         Sign in to comment\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Farmers count losses as drought tightens its grip on the south coast",
            Some("Island Courier"),
            Some("Andrea Lowe"),
            Some("2025-07-14"),
        )]
    );
    let text = &got[0].text;
    assert!(text.starts_with("Farmers across"), "{text}");
    assert!(text.ends_with("can no longer afford it."), "{text}");
}
