//! Tests of the splitter on shapes of the fifty-ninth round of sites' copy-paste (pages
//! written for the project): authors' notes that name their job before the note; a second
//! author with a job under "By A, Job"; a copyright owner whose first word opens other
//! lines; "Site search" over the masthead; authors each with an address and the paper
//! between bars; a caption credited "PICTURE:"; a time with its section before "by", a
//! caption over the fuller byline; a comment section's disclaimer under a list of related
//! stories; the outlet's one-word name signing off; a headline over its authors' names
//! without "By", under breaking news.

use super::tests::{rows, split};

/// The day of a row's time (`rows` gives instants in UTC, or a day).
fn day(p: Option<&str>) -> Option<&str> {
    p.map(|p| &p[..10])
}

/// "Nolan Ramírez, Staff Writer. Nolan covers ..." under the text, an address under it,
/// and the second author's the same way: notes on the authors, no words of the story.
#[test]
fn authors_notes_that_name_their_job_first() {
    let got = split(
        "The Prairie Ledger\n\
         Suburbs\n\
         Council backs $48 million plan to bury power lines after spring storms\n\
         By Nolan Ramírez and Priya Venkatesan\n\
         6:00 AM on Jul 13, 2025 CDT\n\
         Share\n\n\
         The city council voted 6-3 on Saturday to spend $48 million moving four miles of power lines underground.\n\n\
         The project is the largest single investment in the city utility's history, officials said.\n\n\
         The council will review a construction contract for the first phase in November.\n\n\
         Nolan Ramírez, Staff Writer. Nolan covers the northeastern suburbs, including three growing cities.\n\
         nolan.ramirez@ledger.example\n\
         Priya Venkatesan, Staff Writer. Priya covers energy and utilities for the paper.\n\
         priya.venkatesan@ledger.example\n",
    );
    assert_eq!(got.len(), 1);
    assert!(
        got[0].text.ends_with("for the first phase in November."),
        "{}",
        got[0].text
    );
}

/// "By Maya Delgado-Chen, Transportation Reporter" over "Oliver Tran, Staff Writer": two
/// authors, each with a job.
#[test]
fn a_second_author_with_a_job_under_the_first() {
    let got = split(
        "Bay Ledger\n\
         Transportation\n\
         Transit board weighs closing two stations on weekends as ridership stalls\n\
         By Maya Delgado-Chen, Transportation Reporter\n\
         Oliver Tran, Staff Writer\n\
         Jul 14, 2025\n\
         Share\n\
         The transit agency could close two of its least-used stations on weekends under a cost-cutting proposal.\n\n\
         The plan would save about $3.1 million a year, mostly in station agent and cleaning costs.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Maya Delgado-Chen and Oliver Tran"));
}

/// "© Copyright 2025 Tulsa Tribune, 315 S. Boulder Ave." at the foot of a page whose
/// masthead stands under "Site search", whose lines write "Tulsa Tribune" out, and whose
/// headlines open with "Tulsa": the outlet is the whole name.
#[test]
fn a_copyright_owner_whose_first_word_opens_other_lines() {
    let got = split(
        "Skip to main content\n\
         Site search\n\
         Search\n\
         Tulsa Tribune\n\
         Subscribe\n\
         Tulsa, OK\n\
         Breaking News\n\
         Tulsa buses to add Sunday evening service on five routes in September\n\
         Ellie Marchetti\n\
         21 hrs ago\n\
         Facebook\n\
         Email\n\
         Tulsa buses will run later on Sundays along five of the busiest routes starting Sept. 7, the transit board decided Saturday.\n\n\
         The expansion will cost about $1.4 million a year, most of it covered by a federal grant.\n\n\
         Ellie Marchetti covers city government and transportation for the Tulsa Tribune.\n\
         Most Popular\n\
         Tulsa police investigate shooting near 61st and Peoria\n\
         Jul 13, 2025\n\
         Tulsa eateries cited for pest problems\n\
         Jul 11, 2025\n\
         © Copyright 2025 Tulsa Tribune, 315 S. Boulder Ave. Tulsa, OK | Terms of Use\n",
    );
    assert_eq!(rows(&got)[0].1, Some("Tulsa Tribune"));
}

/// "By Tom Halloran | t@... | Boston Ledger and Nadia Ferreira | n@... | Boston Ledger":
/// two authors, each with an address and the paper between bars.
#[test]
fn authors_each_with_an_address_and_the_paper_between_bars() {
    let got = split(
        "Boston Ledger\n\
         Local News |\n\
         Red Line slow zones south of the city will be lifted by August, transit agency says\n\
         Share this:\n\
         Author\n\
         By Tom Halloran | thalloran@ledger.example | Boston Ledger and Nadia Ferreira | nferreira@ledger.example | Boston Ledger\n\
         PUBLISHED: July 14, 2025 at 11:02 AM EDT | UPDATED: July 14, 2025 at 1:30 PM EDT\n\
         The transit agency expects to lift the last remaining speed restrictions on the Red Line by mid-August, officials said Monday.\n\n\
         Crews have replaced about 2.4 miles of track since the spring, using weekend shutdowns.\n",
    );
    let row = rows(&got)[0];
    assert_eq!(
        (row.0, row.1, row.2),
        (
            "Red Line slow zones south of the city will be lifted by August, transit agency says",
            Some("Boston Ledger"),
            Some("Tom Halloran and Nadia Ferreira")
        )
    );
}

/// "... at a construction site in Doha. PICTURE: Noushad Ali": a caption credited after
/// its stop, no headline; the headline is the one over the wire and the time.
#[test]
fn a_caption_credited_picture_in_capitals() {
    let got = split(
        "Monday, July 14, 2025 | Muharram 19, 1447\n\
         Gulf Ledger\n\
         Breaking News\n\
         Ministry reports high compliance with summer working hours\n\
         Qatar\n\
         Labour ministry inspects 1,240 worksites in first month of midday work ban\n\
         QNA\n\
         Doha\n\
         Published: July 12, 2025 | 09:38 PM\n\
         Facebook\n\
         Print\n\
         An inspector from the ministry speaks to workers at a construction site in Doha. PICTURE: Noushad Ali\n\
         The Ministry of Labour carried out 1,240 inspection visits to worksites during the first month of the summer midday work ban.\n\n\
         The decision prohibits outdoor work between 10am and 3:30pm until September 15.\n",
    );
    let row = rows(&got)[0];
    assert_eq!(
        (row.0, day(row.3)),
        (
            "Labour ministry inspects 1,240 worksites in first month of midday work ban",
            Some("2025-07-12")
        )
    );
}

/// "On July 13, 2025 In News by Emeka Okafor" under the headline, the share buttons, a
/// caption, then "By Emeka Okafor & Ngozi Eze": the headline is the one over the time, and
/// the byline the fuller one; a list of related stories over a comment section's
/// disclaimer is no story.
#[test]
fn a_time_with_its_section_and_a_caption_over_the_fuller_byline() {
    let got = split(
        "Eastern Ledger\n\
         Breaking: Senate confirms new electoral commissioners\n\
         News\n\
         Enugu govt seals 14 hotels, filling stations over unpaid levies\n\
         On July 13, 2025 In News by Emeka Okafor\n\
         2 Min Read\n\
         Share\n\
         Facebook\n\
         Officials of the state revenue service sealing a filling station along Agbani Road on Saturday.\n\
         By Emeka Okafor & Ngozi Eze\n\n\
         ENUGU — THE state government has sealed 14 hotels and filling stations in the state capital over unpaid levies.\n\n\
         The enforcement exercise was carried out on Saturday by a task force of the revenue service.\n\n\
         Tags:\n\
         Enugu\n\
         Related Posts\n\
         Enugu govt flags off construction of 12 new roads in Nsukka\n\
         July 12, 2025\n\
         Police arrest suspected kidnappers in forest hideout\n\
         July 12, 2025\n\
         Disclaimer\n\
         Comments expressed here do not reflect the opinions of the Eastern Ledger or any employee thereof.\n",
    );
    let r = rows(&got);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].2, day(r[0].3)),
        (
            "Enugu govt seals 14 hotels, filling stations over unpaid levies",
            Some("Emeka Okafor and Ngozi Eze"),
            Some("2025-07-13")
        )
    );
}

/// "... for further investigation." over "TimesPost" and the comment section's policy:
/// the outlet signing off and the policy are no words of the text.
#[test]
fn the_outlets_one_word_name_signing_off() {
    let got = split(
        "TimesPost\n\
         News\n\
         Former municipal official and two businessmen face fraud charges over reservoir tender\n\
         Sipho Dlamini\n\
         Courts reporter\n\
         14 July 2025 - 15:42\n\n\
         A former municipal official and two businessmen appeared in court on Monday on charges of fraud and corruption.\n\n\
         The case was postponed to September 22 for further investigation.\n\n\
         TimesPost\n\n\
         Would you like to comment on this article?\n\
         Sign in\n\
         Please read our Comment Policy before commenting.\n\
         Related Articles\n\
         Police arrest three over reservoir tender\n\
         © 2025 TimesPost. All rights reserved.\n",
    );
    assert_eq!(rows(&got)[0].1, Some("TimesPost"));
    assert!(
        got[0]
            .text
            .ends_with("postponed to September 22 for further investigation."),
        "{}",
        got[0].text
    );
}

/// Breaking news headlines, the section, then the headline right over its authors' names
/// without "By": the headline is the one over the names, though the breaking news is as
/// long.
#[test]
fn a_headline_over_names_without_by_under_breaking_news() {
    let got = split(
        "Mekong Times\n\
         Insight into Cambodia\n\
         Breaking News\n\
         Cambodia, Laos agree to reopen second border checkpoint in Stung Treng\n\
         PM urges ministries to speed up digital public services\n\
         National\n\
         Siem Reap to pilot electric tuk-tuks around Angkor temples from October\n\
         Sok Chanmony and Khan Sreypich\n\
         Mekong Times\n\
         July 14, 2025\n\
         Share:\n\
         Facebook\n\
         Siem Reap provincial authorities will launch a pilot programme in October to replace petrol tuk-tuks with electric ones.\n\n\
         Under the scheme, 300 drivers will be able to swap their old vehicles at a subsidised price.\n",
    );
    let row = rows(&got)[0];
    assert_eq!(
        (row.0, row.2),
        (
            "Siem Reap to pilot electric tuk-tuks around Angkor temples from October",
            Some("Sok Chanmony and Khan Sreypich")
        )
    );
}

/// A section's page: stories each under its headline and time, the third older than the
/// second, then teasers (a headline, one sentence, its author and day) and the pages'
/// numbers. The older story is the next one, not a card inside the second; the teasers
/// are no stories.
#[test]
fn a_section_page_of_stories_then_teasers() {
    let got = split(
        "Island Ledger\n\
         Local News\n\n\
         Two held after high-speed chase through Arima, gun recovered\n\
         5 hrs ago\n\n\
         Two men are in police custody after a high-speed chase that ended on a side street in Arima on Monday morning.\n\n\
         Officers said they tried to stop a silver car near the overpass around 8.15 a.m. The driver sped off.\n\n\
         A loaded pistol was found under the front passenger seat, police said.\n\n\
         Water supply to be restored in Diego Martin by Wednesday\n\
         By Shivana Rampersad\n\
         Jul 14, 2025\n\n\
         Residents of Diego Martin should have water in their taps again by Wednesday, the water authority said.\n\n\
         The line burst early on Saturday near Four Roads, cutting supply to about 18,000 customers.\n\n\
         Truck-borne water is being delivered to affected communities, the authority said.\n\n\
         Fire destroys Princes Town grocery, owner counts $500,000 loss\n\
         Jul 13, 2025\n\n\
         A fire of unknown origin destroyed a family-run grocery in Princes Town on Sunday afternoon.\n\n\
         Fire officers battled the blaze for more than two hours. No one was injured.\n\n\
         The owner said the building was not insured.\n\n\
         Police arrest suspect in Laventille double murder\n\
         Police have arrested a 28-year-old man in connection with the killing of two brothers.\n\
         By Kevon Bissessar\n\
         Jul 14, 2025\n\
         Housing allocations under review, minister says\n\
         The minister says all allocations made since 2022 will be audited.\n\
         By Renuka Maharaj\n\
         Jul 14, 2025\n\
         1\n\
         2\n\
         Next\n",
    );
    let titles: Vec<&str> = rows(&got).iter().map(|r| r.0).collect();
    assert_eq!(
        titles,
        [
            "Two held after high-speed chase through Arima, gun recovered",
            "Water supply to be restored in Diego Martin by Wednesday",
            "Fire destroys Princes Town grocery, owner counts $500,000 loss",
        ]
    );
    assert!(
        got[1].text.ends_with("the authority said."),
        "{}",
        got[1].text
    );
}

/// Three authors each over their paper, one paper under two of them and no paper with a
/// word of a publication ("Memphis Commercial Appeal", "Nashville Tennessean"): one
/// byline, the papers interface.
#[test]
fn authors_each_over_a_paper_one_paper_twice() {
    let got = split(
        "Memphis Commercial Appeal\n\
         Weather\n\
         About 18,000 still without power after Sunday storms; full restoration may take until Wednesday\n\
         Maya Hollis\n\
         Memphis Commercial Appeal\n\
         Terrence Abernathy\n\
         Memphis Commercial Appeal\n\
         Chris Ruiz\n\
         Nashville Tennessean\n\
         Published 6:02 a.m. CT July 14, 2025\n\
         Share\n\n\
         About 18,000 customers remained without power Monday afternoon, nearly a day after severe storms toppled trees.\n\n\
         At the peak of the outage Sunday night, more than 96,000 customers were in the dark, the utility said.\n",
    );
    assert_eq!(
        rows(&got)[0].2,
        Some("Maya Hollis, Terrence Abernathy and Chris Ruiz")
    );
}

/// Names in a row, each over its role ("Text", "Foto"): the photographer took the
/// pictures and wrote none of the story.
#[test]
fn names_over_their_roles_without_the_photographer() {
    let got = split(
        "Morgonposten\n\
         Två män gripna efter skjutning i Uppsala – biljakt slutade på motorvägen\n\
         En man fördes till sjukhus med skottskador efter en skjutning under söndagskvällen.\n\
         Elin Sjöberg\n\
         Text\n\
         Mattias Lundin\n\
         Text\n\
         Nora Ekström\n\
         Foto\n\
         Publicerad 13 juli 2025 21.48\n\
         Dela\n\
         Larmet om skottlossning kom strax efter klockan 20.30 på söndagskvällen enligt polisen.\n\n\
         När polisen kom till platsen hittades en man med skottskador i benet.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Elin Sjöberg and Mattias Lundin"));
}

/// A column's headline ending with its author's name after a bar, its standfirst read as
/// a paragraph, then the author, the job and the paper over the time, and a call for
/// letters under the text: the headline stays whole, the author signs, the paper is the
/// outlet, and the call is no text.
#[test]
fn a_column_over_its_standfirst_author_and_paper() {
    let got = split(
        "Knoxville Ledger\n\
         OPINION\n\
         This piece expresses the views of its author, separate from those of this publication.\n\
         Knoxville's Urban Wilderness is a treasure. Stop treating it like a secret | Whitcomb\n\
         Opinion: Signs, parking and a bus line would do more for South Knoxville than another master plan.\n\
         Sam Whitcomb\n\
         Columnist\n\
         Knoxville Ledger\n\
         July 12, 2025, 5:01 a.m. ET\n\
         Share\n\n\
         The first time I tried to find the trailhead at Baker Creek Preserve, I drove past it twice.\n\n\
         The city and county have spent the better part of 15 years building this thing.\n\n\
         Give us the shuttle. Put up the signs. Then we can talk about boardwalks.\n\n\
         Have an opinion? Send a letter to the editor\n\
         Letters should be no more than 250 words and include your name and address for verification.\n\
         Submit a letter\n",
    );
    let row = rows(&got)[0];
    assert_eq!(
        (row.0, row.1, row.2),
        (
            "Knoxville's Urban Wilderness is a treasure. Stop treating it like a secret | Whitcomb",
            Some("Knoxville Ledger"),
            Some("Sam Whitcomb")
        )
    );
    assert!(
        got[0].text.ends_with("we can talk about boardwalks."),
        "{}",
        got[0].text
    );
}

/// "Ben Caldwell" over "Austin American-Statesman": a statesman names a paper, no second
/// author.
#[test]
fn an_author_over_a_statesman() {
    let got = split(
        "Statesman\n\
         Transportation\n\
         Transit agency to reroute six downtown bus lines for months of street work\n\
         Ben Caldwell\n\
         Austin American-Statesman\n\
         Published 7:45 p.m. CT July 13, 2025\n\
         Share\n\n\
         Starting next Monday, riders on six of the busiest routes will have to walk a block or two farther to catch the bus.\n\n\
         The detours are expected to last until at least mid-November, officials said.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Ben Caldwell"));
}

/// "HANNAH BEAUDRY AND ETHAN VARGAS-LOWE" over "THE PRESS LEDGER" under a standfirst: two
/// authors in capitals over the paper, cased as names; "You can reach Staff Writer ..."
/// under the text is how to reach them, no words of the story.
#[test]
fn authors_in_capitals_over_the_paper_and_how_to_reach_them() {
    let got = split(
        "The Press Ledger\n\
         NEWS\n\
         Crews stop forward spread of 140-acre grass fire near Cloverdale; evacuation warnings lifted\n\
         The fire forced evacuation warnings for about 200 residents north of Cloverdale on Sunday before firefighters stopped it.\n\
         HANNAH BEAUDRY AND ETHAN VARGAS-LOWE\n\
         THE PRESS LEDGER\n\
         July 13, 2025, 7:02PM\n\
         Share\n\n\
         Firefighters on Sunday evening stopped the forward progress of a 140-acre grass fire that had threatened homes.\n\n\
         By Monday morning, the fire was 65% contained, officials said.\n\n\
         The cause of the fire was under investigation.\n\n\
         You can reach Staff Writer Hannah Beaudry at 707-521-5214 or hannah.beaudry@ledger.example.\n",
    );
    assert_eq!(
        rows(&got)[0].2,
        Some("Hannah Beaudry and Ethan Vargas-Lowe")
    );
    assert!(
        got[0].text.ends_with("under investigation."),
        "{}",
        got[0].text
    );
}

/// A consent banner's "Manage Options" over the masthead names no outlet.
#[test]
fn a_consent_banners_buttons_over_the_masthead() {
    let got = split(
        "Skip to main content\n\
         We value your privacy\n\
         We and our partners use cookies and similar technologies to store and access information on your device.\n\
         Accept All\n\
         Reject All\n\
         Manage Options\n\
         The Echo\n\
         Harbour news, sport and life\n\
         Subscribe\n\
         Sign In\n\
         Search\n\
         News\n\
         Harbour News\n\
         Court\n\
         Sport\n\
         Nostalgia\n\
         Life\n\
         Property\n\
         Opinion\n\
         Home\n\
         News\n\
         Harbour News\n\
         Harbour News\n\
         Plans for new pedestrian bridge linking the station and the docks get green light\n\
         The 85-metre cycle and footbridge is expected to open in 2028 and will link thousands of new homes\n\
         Mon, 14 Jul, 2025 - 13:45\n\
         Aoife Cronin\n\
         Share\n\
         Copy link\n\
         An artist's impression of the proposed bridge across the river. Picture: City Council\n\n\
         PLANS for a new pedestrian and cycle bridge across the river have been given the green light by councillors.\n\n\
         Councillors voted at last week's meeting to press ahead with the bridge, which will serve the docks.\n\n\
         The bridge is expected to open in 2028, officials said.\n\n\
         © 2025 The Echo. All rights reserved.\n",
    );
    assert_eq!(rows(&got)[0].1, Some("The Echo"));
}

/// A signed header (headline, standfirst, author, time), the share buttons, then a
/// caption without its stop alone over the text: the headline is the header's.
#[test]
fn a_caption_without_its_stop_under_a_signed_header() {
    let got = split(
        "Delta News Daily\n\
         Business\n\
         Investment\n\
         Canal zone signs $340m deal with textile firm for complex in Qantara West\n\
         Project expected to create 6,500 direct jobs, with 70% of production earmarked for export\n\
         Hossam Mounir\n\
         4 hours ago\n\
         Share\n\
         Facebook\n\
         The agreement was signed at the zone's headquarters in Ain Sokhna on Monday\n\
         The economic zone authority signed on Monday a land development agreement with a textile group to build an integrated complex.\n\n\
         The complex will be built on an area of 300,000 square metres in three phases, the authority said.\n",
    );
    assert_eq!(
        rows(&got)[0].0,
        "Canal zone signs $340m deal with textile firm for complex in Qantara West"
    );
}

/// "Brian Ssemwogerere and Agnes Nakimuli" over "Journalists @New Dawn": the authors, and
/// the paper after the at sign; "... near the plaza. – Photo by Nancy Lai" is a caption.
#[test]
fn authors_over_their_job_at_the_paper_and_a_caption_credited_after_a_dash() {
    let got = split(
        "New Dawn\n\
         Education\n\
         Govt to recruit 3,200 primary teachers before third term\n\
         The new teachers will be posted to government-aided primary schools in 41 districts, the ministry said.\n\
         Brian Ssemwogerere and Agnes Nakimuli\n\
         Journalists @New Dawn\n\
         5 hours ago\n\
         Share\n\
         Pupils during a lesson at a primary school near the town centre. – Photo by Nancy Lai\n\
         The Government will recruit 3,200 primary school teachers before the start of the third term, the ministry has announced.\n\n\
         The recruitment will be handled by district service commissions, the permanent secretary said.\n",
    );
    let row = rows(&got)[0];
    assert_eq!(
        (row.0, row.1, row.2),
        (
            "Govt to recruit 3,200 primary teachers before third term",
            Some("New Dawn"),
            Some("Brian Ssemwogerere and Agnes Nakimuli")
        )
    );
    assert!(
        got[0].text.contains("The Government will recruit") && !got[0].text.contains("Photo by"),
        "{}",
        got[0].text
    );
}
