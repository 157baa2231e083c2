//! Tests of the splitter on shapes of the sixty-eighth round of sites' copy-paste (pages
//! written for the project): the author's name glued to the paper's under the headline; a
//! name joined to the wire it drew on ("& AFP"), under a short link's label; authors each
//! with a job in title case; captions ending with a labelled credit and a library's
//! number, or with the photographer's address; a comment section's call to register; a
//! gallery's slide under "Hide Caption" with no link to the gallery; a section after the
//! time, and a menu's entry read as a credit, name no outlet; briefs signed by a desk's
//! job, a wire and reporters under the bar of the group's papers; the masthead under the
//! day and a weather box, and the site's blurb under "About ..."; a comment form's title
//! and gate under the related stories' times; a section's label shown twice is no outlet;
//! a surname that is a paper's word ("Sun") signs.

use super::tests::{rows, split};

/// "Dana Whitlock Harbor Valley Herald-Tribune" over the time: the author, then the paper
/// she writes for, run together on one line.
#[test]
fn the_authors_name_glued_to_the_papers() {
    let got = split(
        "Harbor Valley Herald-Tribune\n\
         Local\n\
         Sports\n\
         Obituaries\n\
         Local\n\
         River trail bridge reopens after two years of repairs\n\
         Dana Whitlock Harbor Valley Herald-Tribune\n\
         Jul 13, 2025\n\
         Updated 5 hrs ago\n\
         Facebook\n\
         Email\n\n\
         The footbridge over the Cold Creek trail reopened Saturday after two years of repairs, city officials said.\n\n\
         Crews replaced the deck and two of the four piers, which had been undercut by spring floods in 2023.\n\n\
         Reach Dana Whitlock at dwhitlock@example.com.\n\n\
         Harbor Valley Herald-Tribune\n",
    );
    let row = rows(&got)[0];
    assert_eq!(
        row.0,
        "River trail bridge reopens after two years of repairs"
    );
    assert_eq!(row.1, Some("Harbor Valley Herald-Tribune"));
    assert_eq!(row.2, Some("Dana Whitlock"));
}

/// "NADIA QURESHI & AFP" under the headline and a short link with its label: the author's
/// name (the wire is no author), and the label no byline.
#[test]
fn a_name_joined_to_the_wire_under_a_short_link() {
    let page = "Pakistan\n\
         Quetta extends water rationing by a month as dams run low\n\
         Short Url\n\
         https://example.news/9kq7x\n\
         NADIA QURESHI & AFP\n\
         July 14, 2025 16:40\n\n\
         QUETTA: The provincial government on Monday extended water rationing in the city by a month as the levels of its two dams fell further.\n\n\
         Households will receive piped water on alternate days until mid-August, the water board said in a statement.\n";
    assert_eq!(rows(&split(page))[0].2, Some("Nadia Qureshi"));
    // Signed with "By", the same.
    let by = page.replace("NADIA QURESHI & AFP", "By NADIA QURESHI & AFP");
    assert_eq!(rows(&split(&by))[0].2, Some("Nadia Qureshi"));
    // Right under the headline, in its group, the same.
    let under = page.replace("Short Url\nhttps://example.news/9kq7x\n", "");
    assert_eq!(rows(&split(&under))[0].2, Some("Nadia Qureshi"));
}

/// "Tom Ashdown Senior Reporter" / "and" / "Kerry Vale Trainee Reporter" over the time:
/// two authors, each with a job in title case, an "and" alone between them.
#[test]
fn authors_with_their_jobs_and_an_and_alone_between() {
    let got = split(
        "Derby News\n\
         Historic canal warehouse will become a climbing centre after plans approved\n\
         The building on Siddals Road has stood empty since 2019\n\
         Bookmark\n\
         Share\n\
         News\n\
         Tom Ashdown Senior Reporter\n\
         and\n\
         Kerry Vale Trainee Reporter\n\
         13:42, 13 Jul 2025\n\n\
         A canal warehouse that has stood empty for six years will become a climbing centre after councillors approved the plans.\n\n\
         The owners said the first walls would open to climbers next spring.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Tom Ashdown and Kerry Vale"));
}

/// Captions between the header and the text, each ending with its credit: a label and a
/// picture library's number in brackets, a label in capitals, a photographer's address.
/// None is the headline or the text's first paragraph.
#[test]
fn captions_ending_with_a_labelled_credit_or_an_address() {
    for caption in [
        "The harbour car park will be one of two sites included in the trial. (Picture by Adrian Moss, 33456922)",
        "Quiet times: traders along the main mall say foot traffic has fallen sharply PIC: KEABETSWE MOLEFE",
        "Crews inspect pilings beneath the fishing pier in North Bay on July 10, 2025. Alyssa Merrow amerrow@example.com",
    ] {
        let page = format!(
            "News\n\
             Politics\n\
             Harbour parking charges on the way as deputies back paid trial\n\
             By Thomas Le Breton\n\
             Published 7 hours ago\n\
             Share\n\
             {caption}\n\n\
             PAID parking will be introduced at two of the busiest car parks in town for the first time.\n\n\
             Deputies voted 20-17 in favour of charging up to £1 an hour for stays of more than two hours.\n"
        );
        let got = split(&page);
        assert_eq!(
            got[0].title, "Harbour parking charges on the way as deputies back paid trial",
            "{caption:?}"
        );
        assert!(
            got[0].text.starts_with("PAID parking"),
            "{caption:?}: {:?}",
            got[0].text
        );
    }
}

/// "To leave a comment you need to create an account. Sign in or Register" under the
/// text, with no paragraph's gap: the comment section's, not the text's last paragraph.
#[test]
fn a_comment_sections_call_to_register_ends_no_text() {
    let got = split(
        "Isle News\n\
         Northern swimming pool to close for six weeks of repairs\n\
         By Ellan Quayle\n\
         Friday 11th July 2025 3:30 pm\n\
         Swimmers in the north will have to travel to Douglas or Peel while the work is carried out.\n\
         The pool's roof and changing rooms will be repaired over the summer, the board said.\n\
         Lessons for schools will continue as normal throughout the closure.\n\
         To leave a comment you need to create an account. Sign in or Register\n\
         Related Articles\n\
         Town commissioners approve new play area\n",
    );
    assert!(
        got[0].text.ends_with("throughout the closure."),
        "{:?}",
        got[0].text
    );
}

/// "Hide Caption" over a slide's title, its caption and the photographer's credit, with
/// no "View Gallery" under them: the slide is no headline and no text.
#[test]
fn a_slide_under_hide_caption_without_its_gallerys_link() {
    let got = split(
        "LOCAL\n\
         Riverside shuts Grand Street parking ramp after inspectors find corroded beams\n\
         By Dana Kowal\n\
         Published 5:03 a.m. ET July 13, 2025\n\
         Share\n\
         Show Caption\n\
         Hide Caption\n\
         City of Riverside closes Grand Street ramp\n\
         Orange barricades block the entrance to the Grand Street parking ramp on Saturday, July 12, 2025.\n\
         Dana Kowal/Riverside State Journal\n\n\
         RIVERSIDE — The city closed its Grand Street parking ramp Saturday afternoon, hours after an engineering report arrived.\n\n\
         The four-level ramp, which opened in 1989, will stay closed until further notice.\n",
    );
    assert_eq!(
        got[0].title,
        "Riverside shuts Grand Street parking ramp after inspectors find corroded beams"
    );
    assert!(got[0].text.starts_with("RIVERSIDE"), "{:?}", got[0].text);
}

/// "Jul 14, 2025 News" under the headline: the time and the story's section, no outlet;
/// nor is "Features / Columnists" in the menu one. The outlet is the masthead's.
#[test]
fn a_section_after_the_time_and_a_slashed_menu_entry_name_no_outlet() {
    let got = split(
        "Skip to content\n\
         Demerara Chronicle\n\
         Monday, July 14, 2025\n\
         Home\n\
         News\n\
         Sports\n\
         Features / Columnists\n\
         Letters\n\
         Editorial\n\
         Business\n\
         Entertainment\n\
         Contractor given two weeks to fix cracked East Bank road\n\
         Jul 14, 2025 News\n\
         0 Comments\n\
         By Renata Singh\n\
         The Ministry of Public Works has given a contractor two weeks to repair a section of the road that developed deep cracks.\n\
         The stretch, between Grove and Diamond, was completed in August 2024 at a cost of about $2.1 billion.\n\
         Share this:\n\
         Facebook\n\
         Features\n\
         Demerara Chronicle\n\
         Copyright © 2025 Demerara Chronicle. All rights reserved.\n",
    );
    let row = rows(&got)[0];
    assert_eq!(
        row.0,
        "Contractor given two weeks to fix cracked East Bank road"
    );
    assert_eq!(row.1, Some("Demerara Chronicle"));
}

/// Briefs, each a headline over "Staff Reporter", a wire or a reporter's name, then its
/// time, under the bar of the group's papers ("Kalahari Times" shown twice there): the
/// names sign, the job and the wire do not, and the page's paper is each one's outlet.
#[test]
fn briefs_signed_by_a_desk_a_wire_and_reporters_under_the_groups_bar() {
    let brief = |head: &str, signed: &str, when: &str, text: &str| {
        format!(
            "{head}\n{signed}\n{when}\n{text} the council said on Monday.\n\
             The work is expected to take three months to finish.\nShare\nFacebook\n\n"
        )
    };
    let page = format!(
        "Volksblad\nKalahari Times\nAllgemeine Post\nErongo\nKalahari Times\nSubscribe\nSign in\n\
         Home\nNews\nBusiness\nSport\nOpinion\nRegions\nSearch\nNEWS IN BRIEF\n\n{}{}{}{}\
         Load more\n\nMost read\nFuel price unchanged for August\n",
        brief(
            "Oshakati traders demand shade after heat complaints",
            "Staff Reporter",
            "6 hours ago",
            "Vendors at the open market want shade structures,"
        ),
        brief(
            "Rundu man arrested for stock theft",
            "Nampa",
            "Yesterday",
            "A man was arrested over the theft of eleven head of cattle,"
        ),
        brief(
            "Keetmanshoop council freezes water tariffs",
            "Ndapewa Amutenya",
            "Yesterday",
            "Water tariffs will not rise this year,"
        ),
        brief(
            "Walvis Bay learners scoop national robotics title",
            "Leandri Coetzee",
            "2 days ago",
            "Four learners won the national robotics contest,"
        ),
    );
    let split = split(&page);
    let got = rows(&split);
    assert_eq!(got.len(), 4);
    assert_eq!(got[0].2, None);
    assert_eq!(got[2].2, Some("Ndapewa Amutenya"));
    assert_eq!(got[3].2, Some("Leandri Coetzee"));
    for (i, row) in got.iter().enumerate().filter(|&(i, _)| i != 1) {
        assert_eq!(row.1, Some("Kalahari Times"), "brief {i}");
    }
}

/// The day and a weather box over the masthead ("Tuesday, July 15, 2025" / "Loading
/// weather forecast..." / "Today" / "Harbour Courier"), and the site's blurb under "About
/// Harbour Courier" at the foot: the masthead is the outlet, and the blurb is no story of
/// the "Most Popular" headline over its heading.
#[test]
fn the_masthead_under_the_day_and_the_sites_blurb_under_about() {
    let got = split(
        "Tuesday, July 15, 2025\n\
         Loading weather forecast...\n\
         Today\n\
         Harbour Courier\n\
         Subscribe\n\
         Login\n\
         Home\n\
         National News\n\
         Business\n\
         Sports\n\
         Lae market vendors moved as upgrade of Main Market begins\n\
         By Joyce Kambi\n\
         July 15, 2025\n\
         More than 900 vendors at the main market have been moved to a temporary site while it is rebuilt.\n\
         The city authority said the relocation was carried out over the weekend without trouble.\n\
         Tags: Eriku, Main Market\n\
         Related Posts\n\
         Governor calls for calm after settlement clash\n\
         July 14, 2025\n\
         Airport terminal works on track, says authority\n\
         July 13, 2025\n\
         Leave a Reply Cancel reply\n\
         Your email address will not be published. Required fields are marked *\n\
         Comment *\n\
         Name *\n\
         Post Comment\n\
         Latest News\n\
         Police warn against election-related violence in the highlands\n\
         Rugby squad named for Pacific test\n\
         Most Popular\n\
         PM returns from Japan visit\n\
         Schools fee subsidy paid: Education\n\
         Landowners want answers on gas royalties\n\
         About Harbour Courier\n\
         The country's leading daily newspaper since 1969, the Harbour Courier has reported on its people for more than five decades.\n\
         Contact Us\n\
         Subscriptions\n\
         Privacy Policy\n\
         South Pacific Post Pte Ltd\n",
    );
    let got = rows(&got);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Some("Harbour Courier"));
}

/// "Leave a Reply Cancel reply" over "You must be logged in to post a comment." right
/// under the related stories and their times: the comment form, which gives no text to
/// the last related headline.
#[test]
fn a_comment_forms_title_and_gate_under_the_related_stories() {
    let got = split(
        "Local News\n\
         Utility rolls out new water schedule as dam drops below 20 percent\n\
         by Tiana Benn\n\
         5 hours ago\n\n\
         The utility is rolling out a new water distribution schedule from today, as levels at the main dam keep falling.\n\n\
         Communities on the eastern side of the island will receive water on alternate days, the authority said.\n\n\
         Related Posts\n\
         Cabinet approves new fees for customs brokers\n\
         2 hours ago\n\
         Two men charged in connection with villa robbery\n\
         6 hours ago\n\
         Government to expand school meals programme in September\n\
         1 day ago\n\
         Leave a Reply Cancel reply\n\
         You must be logged in to post a comment.\n\
         Recommended\n\
         Tourism officials upbeat about summer arrivals\n",
    );
    let got = rows(&got);
    assert_eq!(got.len(), 1, "{got:?}");
}

/// "National News" in the menu and again over the headline, on a page whose masthead is
/// not on its first lines: a section's label, not the outlet, though the page shows it
/// twice alone.
#[test]
fn a_sections_label_shown_twice_is_no_outlet() {
    let got = split(
        "Monday, July 14, 2025\n\
         Sign in / Join\n\
         Welcome! Log into your account\n\
         your username\n\
         Forgot your password?\n\
         Home\n\
         National News\n\
         Politics\n\
         Sports\n\
         Home\n\
         National News\n\
         Water board extends rationing as dam levels drop\n\
         By Tiyamike Phiri\n\
         July 14, 2025\n\n\
         The water board has extended rationing in the capital as levels at its main dam fell to a record low.\n\n\
         Households will receive water on alternate days until the rains return, the board said.\n",
    );
    assert_ne!(rows(&got)[0].1, Some("National News"));
}

/// "By Lena Sun", "Sun Yang": a surname that ends many papers' names ("Toronto Sun") is
/// a person's here, not an outlet ("sun" is no word of publications for that reason).
#[test]
fn a_surname_that_papers_use_signs() {
    for (signed, name) in [("By Lena Sun", "Lena Sun"), ("Sun Yang", "Sun Yang")] {
        let page = format!(
            "World\n\
             China's exports rise for a third month as shipments to Europe grow\n\
             {signed}\n\
             July 14, 2025\n\n\
             China's exports rose for a third straight month in June, customs data showed on Monday.\n\n\
             Imports fell slightly, the data showed.\n"
        );
        let got = split(&page);
        let row = rows(&got)[0];
        assert_eq!((row.1, row.2), (None, Some(name)), "{signed:?}");
    }
}

/// "... shown to the public in a photo by Jane Doe." is a sentence of the text, not a
/// caption's credit: the label opens no sentence and stands in no brackets.
#[test]
fn a_sentence_ending_with_a_photo_by_someone_stays_in_the_text() {
    let got = split(
        "World\n\
         City unveils new mural on the harbour wall after two years of work\n\
         By Tom Reed\n\
         July 14, 2025\n\n\
         The city unveiled a new mural on the harbour wall on Monday, after two years of work by local artists.\n\n\
         The mural was first shown to the public in a photo by Jane Doe.\n\n\
         It will stay up for at least ten years, the council said.\n",
    );
    assert!(
        got[0].text.contains("in a photo by Jane Doe."),
        "{:?}",
        got[0].text
    );
}
