//! Tests of the splitter on shapes of the fifty-sixth round of sites' copy-paste (pages
//! written for the project): a byline in capitals with "AND"; the outlet signing with its
//! day after a space; captions credited after ". /" and "Picture by"; an update's time
//! over the first publication's clock; a paper whose name opens with a country's; authors
//! each on their line under the standfirst; a sign-up box's thanks and pitches; the page's
//! title as its masthead, a time with a template's placeholder, a thread under its form;
//! the domain as the masthead, authors over papers and addresses, "First Published" below;
//! a chain paper's card inside the text and the next story loaded under it; one author
//! over the paper; "Yesterday at" beside the authors, and a section's list under the text.

use super::tests::{rows, split};

/// "BY KHAIRUL AZMAN AND JASMINE TAN": the names in the case of names, joined by "and".
#[test]
fn a_byline_in_capitals_with_and() {
    let got = split(
        "Strait Herald\n\
         Malaysia\n\
         Penang ferry service to resume with two new vessels next month\n\
         BY NURUL HADI AND JASMINE TAN\n\
         Monday, 14 Jul 2025 6:02 PM MYT\n\n\
         GEORGE TOWN, July 14 — The ferry service between Butterworth and George Town will resume next month with two new vessels, the port operator said today.\n\n\
         The service was halted in June after one of the old ferries failed a safety inspection.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Nurul Hadi and Jasmine Tan"));
}

/// "By The Salween Post 14 July 2025": the outlet signing for itself, its day after a
/// space; the picture's caption credited after ". / " is no headline.
#[test]
fn the_outlet_signing_with_its_day_over_a_credited_caption() {
    let got = split(
        "The Salween Post\n\
         News\n\
         Burma\n\
         Asia\n\
         Opinion\n\
         Burma\n\
         Resistance Forces Seize Army Outpost Near River Crossing, Residents Say\n\
         By The Salween Post 14 July 2025\n\
         Facebook\n\
         Copy link\n\
         Fighters at the captured outpost near the river on Sunday. / Delta Defence Units\n\
         Resistance forces overran an army outpost guarding a river crossing on Sunday after a three-day battle, residents said.\n\n\
         The Salween Post could not independently verify the casualty figures.\n\n\
         Residents said the army responded with airstrikes on two nearby villages on Sunday night.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Resistance Forces Seize Army Outpost Near River Crossing, Residents Say",
            Some("The Salween Post"),
            None,
            Some("2025-07-14"),
        )]
    );
    assert!(
        got[0].text.starts_with("Resistance forces overran"),
        "{}",
        got[0].text
    );
}

/// "Updated July 14 2025 - 6:41pm, first published 5:30pm": the first publication's clock
/// alone names no day, so the update's gives it; a caption ending "Picture by ..." is no
/// headline.
#[test]
fn an_update_over_the_first_clock_and_a_picture_credit() {
    let got = split(
        "Capital Courier\n\
         Local News\n\
         ACT Politics\n\
         Light rail contract delayed again as bidders seek more time\n\
         By Matilda Ferreira\n\
         Updated July 14 2025 - 6:41pm, first published 5:30pm\n\
         Save\n\
         Share\n\
         The light rail line will need to cross the lake alongside the main avenue. Picture by Keira Lundgren\n\
         The government has pushed back the deadline for companies bidding to build the next stage of light rail.\n\n\
         The minister confirmed on Monday that final bids would now be due in November.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Light rail contract delayed again as bidders seek more time",
            Some("Capital Courier"),
            Some("Matilda Ferreira"),
            Some("2025-07-14"),
        )]
    );
}

/// A paper whose name opens with its country's ("Egypt Independent"), in the masthead and
/// the copyright line: the country in the text ("Egypt has ...") is no shorter name of it.
#[test]
fn a_paper_whose_name_opens_with_a_country() {
    let got = split(
        "Skip to content\n\
         This website uses cookies so that we can provide you with the best user experience possible.\n\
         Accept\n\
         Settings\n\
         Egypt Independent\n\
         Search\n\
         Menu\n\
         News\n\
         Business\n\
         Culture\n\
         Sports\n\
         Cairo tram line to reopen after two-year rebuild\n\
         Nada Farouk\n\
         July 14, 2025\n\
         Share\n\n\
         The rebuilt tram line through Heliopolis will reopen next month, the transport authority said on Monday.\n\n\
         Egypt has expanded its urban rail network rapidly over the past decade.\n\n\
         Most Read\n\
         Heatwave to persist across Egypt until Thursday\n\
         About Us\n\
         © 2025 Egypt Independent. All rights reserved.\n",
    );
    assert_eq!(rows(&got)[0].1, Some("Egypt Independent"));
}

/// The paper's date over its menus (a day ahead of the story's), the headline over its
/// standfirst, then two authors each on their line over the place and the time; the print
/// edition's note under the text, and an author's box that names both authors again.
#[test]
fn authors_on_their_lines_under_the_standfirst() {
    let got = split(
        "Tuesday, July 15, 2025\n\
         Subscribe\n\
         The Valley Post\n\
         National\n\
         Politics\n\
         Valley\n\
         Opinion\n\
         Valley\n\
         Water supply halted for sixth day as monsoon debris clogs tunnel\n\
         The utility says repairs could take two more weeks; residents turn to private tankers at up to Rs3,500 a trip.\n\
         Anish Thapa Magar\n\
         Rukmini Dahal\n\
         Lakeside\n\
         Published at : July 14, 2025\n\
         Updated at : July 14, 2025 20:35\n\
         Facebook\n\
         Copy link\n\n\
         Water supply from the project to the valley remained halted for a sixth day on Monday.\n\n\
         Officials said debris had clogged the tunnel's intake after heavy rain on Wednesday.\n\n\
         A version of this story appears in the print edition on July 15, 2025, of The Valley Post.\n\n\
         Anish Thapa Magar\n\
         Anish Thapa Magar is a reporter at The Valley Post covering urban issues.\n\
         Rukmini Dahal\n\
         Rukmini Dahal covers infrastructure for The Valley Post.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Water supply halted for sixth day as monsoon debris clogs tunnel",
            Some("The Valley Post"),
            Some("Anish Thapa Magar and Rukmini Dahal"),
            Some("2025-07-14"),
        )]
    );
    assert!(got[0].text.ends_with("on Wednesday."), "{}", got[0].text);
}

/// A newsletter box's thanks ("A welcome email is on its way ...") and a pitch to support
/// the paper by subscribing are no part of the text, nor is a plea that follows a heading.
#[test]
fn a_sign_up_boxs_thanks_and_a_subscription_pitch() {
    let got = split(
        "Harbour Press\n\
         Transit fares frozen for another year\n\
         By Gina Marsh\n\
         July 14, 2025\n\n\
         The regional council voted 18-3 to hold fares flat through 2026.\n\n\
         Staff warned the freeze would leave a $40-million gap in the operating budget.\n\n\
         You can also support our journalism by becoming a digital subscriber: For just $3.50 per week, you can get unlimited access to the Harbour Press and 13 other news sites. Support us by subscribing today: Harbour Press.\n\n\
         Thanks for signing up!\n\
         A welcome email is on its way. If you don't see it, please check your junk folder.\n\n\
         Support our journalism by becoming a member\n\
         Independent journalism needs your support. The Press is funded by its readers. Become a member today.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.ends_with("in the operating budget."),
        "{}",
        got[0].text
    );
}

/// The page's title as the masthead ("Island Mirror - Sri Lanka Latest Breaking News and
/// Headlines") over the paper's date (a day ahead); the story's time with a template's
/// unfilled placeholder after its comment count; a caption ending "Pic by ..."; the
/// comment thread under "Comments - 3", its form, and each comment's "Reply : N".
#[test]
fn a_title_masthead_a_placeholder_and_a_thread_under_its_form() {
    let got = split(
        "Island Mirror - Sri Lanka Latest Breaking News and Headlines\n\
         Tuesday, 15 July 2025\n\
         E-Paper\n\
         Home\n\
         News\n\
         Business\n\
         Sports\n\
         Search\n\
         Hill country rail service disrupted after landslide buries track\n\
         14 July 2025 05:42 pm - 3 - {{hitsCtrl.values.hits}}\n\
         Facebook\n\
         Email\n\
         A view of the landslide that covered the railway track on Monday morning. Pic by Sarath Bandara\n\
         By Nirosha Weerasekara\n\
         Train services on the hill country line were severely disrupted today after a landslide buried the track.\n\n\
         The Railway Department said it had deployed around 60 workers to clear the line.\n\n\
         Comments - 3\n\
         Add comment\n\
         Comments will be edited and authorized at the discretion of the editor before they are published.\n\
         Name\n\
         Email\n\
         Comment\n\
         Post\n\
         Reader's Comments\n\
         Asanka Monday, 14 July 2025 06:21 PM\n\
         Every year the same thing. When will they build the retaining walls?\n\
         Reply : 4\n\
         Roshan Monday, 14 July 2025 07:48 PM\n\
         Sending buses from the junction is a joke, three hours to the next station.\n\
         Reply : 0\n\
         Most Read\n\
         Govt to introduce new excise policy from August\n\
         Copyright © 2025 Wijeya Newspapers Ltd.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Hill country rail service disrupted after landslide buries track",
            Some("Island Mirror"),
            Some("Nirosha Weerasekara"),
            Some("2025-07-14"),
        )]
    );
    assert!(
        got[0].text.ends_with("to clear the line."),
        "{}",
        got[0].text
    );
}

/// The domain as the masthead ("harbour-gazette.com"), authors in capitals each over their
/// paper and their address, the time at the top (the last update's), and under the text
/// the authors' addresses in their own spelling, then "First Published" a day before.
#[test]
fn authors_over_papers_and_addresses_first_published_under_the_text() {
    let got = split(
        "Skip to main content\n\
         harbour-gazette.com\n\
         Subscribe\n\
         Log In\n\
         NEWS\n\
         LOCAL\n\
         SPORTS\n\
         LOCAL\n\
         Neighbors push back on plan to turn former library branch into apartments\n\
         KAYLA DEMARCO\n\
         Lakeport Harbour-Gazette\n\
         kdemarco@harbour-gazette.com\n\
         ROSS FETTERMAN\n\
         Lakeport Harbour-Gazette\n\
         rfetterman@harbour-gazette.com\n\
         JUL 14, 2025\n\
         11:12 AM\n\
         Facebook\n\
         Email\n\
         More than 120 residents packed the church gymnasium on Thursday night to oppose the plan.\n\n\
         The developer would keep the 1906 brick facade and add a four-story wing behind it.\n\n\
         Kayla DeMarco: kdemarco@harbour-gazette.com\n\
         Ross Fetterman: rfetterman@harbour-gazette.com\n\
         First Published July 13, 2025, 8:45pm\n\
         Housing\n\
         Zoning\n\
         Most Read\n\
         Crews rescue kayaker stuck on river dam\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Neighbors push back on plan to turn former library branch into apartments",
            Some("Lakeport Harbour-Gazette"),
            Some("Kayla DeMarco and Ross Fetterman"),
            Some("2025-07-13"),
        )]
    );
}

/// A chain paper's page: an audio player's offer under the header, a card for an older
/// story inside the text under "Read Next" and its section ("Local", which the page
/// repeats), then the author's box, a plea to subscribe and the app's box, and the next
/// story loaded under "Read Next".
#[test]
fn a_chain_papers_card_inside_the_text_and_the_next_story() {
    let got = split(
        "The Prairie Star\n\
         Local\n\
         Sports\n\
         Local\n\n\
         City's plan to rebuild bridge stalls after lone bid comes in $9 million over\n\n\
         By Natalie Wallington\n\
         Updated July 14, 2025 12:41 PM\n\
         Only have a minute? Listen instead\n\
         Audio Length\n\
         00:00\n\
         The city will have to wait at least another year to replace the aging bridge.\n\n\
         The public works committee is expected Wednesday to recommend rejecting the only bid.\n\n\
         City engineers had estimated the job at about $22.5 million.\n\n\
         Read Next\n\
         Local\n\
         County commissioners approve sales tax question for November ballot\n\
         July 10, 2025 5:00 AM\n\n\
         The bridge, which carries about 41,000 vehicles a day, was rated in poor condition last year.\n\n\
         The full council is expected to take up the recommendation July 21.\n\n\
         This story was originally published July 14, 2025 at 5:00 AM.\n\
         Natalie Wallington\n\
         The Prairie Star\n\
         Natalie Wallington covers transportation for The Prairie Star.\n\
         Support my work with a digital subscription\n\
         Take Us With You\n\
         Real-time updates and all local stories you want right in the palm of your hand.\n\
         Read Next\n\
         Local\n\
         Lawmakers question state's $14 million contract for new licence system\n\
         By Marisa Quintero\n\
         July 14, 2025 9:15 AM\n\
         Only have a minute? Listen instead\n\
         Lawmakers on Monday questioned the state's contract for a new driver's licence system after a weekend outage.\n\n\
         The system was down for most of Saturday, officials said.\n",
    );
    let titles: Vec<&str> = rows(&got).iter().map(|r| r.0).collect();
    assert_eq!(
        titles,
        [
            "City's plan to rebuild bridge stalls after lone bid comes in $9 million over",
            "Lawmakers question state's $14 million contract for new licence system",
        ]
    );
    assert_eq!(rows(&got)[0].3, Some("2025-07-14"));
    assert!(got[0].text.contains("41,000 vehicles"), "{}", got[0].text);
    assert!(
        !got[0].text.contains("County commissioners"),
        "{}",
        got[0].text
    );
    assert!(got[0].text.ends_with("July 21."), "{}", got[0].text);
    assert_eq!(rows(&got)[1].2, Some("Marisa Quintero"));
}

/// One author over their paper, then the time ("Ava Lindqvist" / "The Prairian" /
/// "Published 6:02 p.m. CT July 11, 2025"), which the author's note names again: the
/// paper is the outlet.
#[test]
fn one_author_over_the_paper() {
    let got = split(
        "Skip to main content\n\
         Home\n\
         Sports\n\
         News\n\
         Politics\n\
         Subscribe\n\
         NEWS\n\
         State board rejects charter school's appeal in 4-2 vote\n\
         Ava Lindqvist\n\
         The Prairian\n\
         Published 6:02 p.m. CT July 11, 2025\n\
         Updated 9:15 a.m. CT July 12, 2025\n\n\
         The state Board of Education on Thursday denied an appeal from a proposed charter school.\n\n\
         The board voted 4-2 against the academy, which had hoped to open in August 2026.\n\n\
         Ava Lindqvist covers education for The Prairian.\n\n\
         © 2025 www.prairian.com. All rights reserved.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "State board rejects charter school's appeal in 4-2 vote",
            Some("The Prairian"),
            Some("Ava Lindqvist"),
            Some("2025-07-11T23:02:00Z"),
        )]
    );
}

/// Authors and "Yesterday at 4:31 a.m." on one line; under the text, a list under a
/// section of the menu ("Arkansas News"), which is no outlet; share buttons ("SMS", "Copy
/// article link") and a sign-up form's terms inside the text.
#[test]
fn yesterday_beside_the_authors_and_a_sections_list_under_the_text() {
    let got = split(
        "Skip to main content\n\
         Ozark Herald-Gazette\n\
         Monday, July 14, 2025, 3:00 p.m.\n\
         Top Picks\n\
         Ozark News\n\
         Politics\n\
         Business\n\
         Opinion\n\
         Sports\n\
         Style\n\
         Obituaries\n\
         News\n\
         Counties weigh costs as new state jail standards near\n\
         by Dale Ellison, Priya Raman and Josh Kettering | Yesterday at 4:31 a.m.\n\
         Share\n\
         SMS\n\
         Copy article link\n\n\
         County officials across the state say new jail standards will cost them millions.\n\n\
         * I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.\n\n\
         Sheriffs warn they cannot hire enough jailers to meet the new staffing ratios.\n\n\
         Ozark News\n\
         Police investigate weekend shooting near the avenue\n\
         Today at 2:51 p.m.\n\
         County approves bids for new courthouse annex\n\
         Today at 11:04 a.m.\n\
         Copyright © 2025, Ozark Herald-Gazette, Inc. All rights reserved.\n",
    );
    assert_eq!(
        rows(&got),
        [(
            "Counties weigh costs as new state jail standards near",
            Some("Ozark Herald-Gazette"),
            Some("Dale Ellison, Priya Raman and Josh Kettering"),
            Some("2025-07-13"),
        )]
    );
    assert!(
        got[0].text.ends_with("new staffing ratios."),
        "{}",
        got[0].text
    );
}
