//! Tests of the splitter on what a page shows around a story's text (the seventy-seventh
//! to seventy-ninth rounds of sites' copy-paste shapes): a "Read next" list under the
//! text, over its tags and its section's other headlines, some of which end in a stop and
//! read as short paragraphs; a machine summary's warning over its button; a caption
//! credited to an agency in brackets; people's summary points over the text's first
//! paragraph, labelled ("What you need to know:") or not, which are its standfirst; a
//! sign-up pitch that opens with its button's words; an editor's plea signed on one line;
//! the notes a paper puts under its author's box; a caption of two sentences credited
//! to an agency; an ad's slot over the text's last subhead. From the eightieth round: an
//! audio player's note on its machine voice, readers' comments whose headers read as
//! bylines ("Ahmed Raza | 2 hours ago | Reply"), a paper's "FILE PHOTO / NAME" credit and
//! a subscription box that opens with "Subscribe to" and closes with "contact us"; the
//! menu's "All Sections" over the masthead, a caption credited "— NAME/The Paper" and a
//! thread's pitch and rules under the text, and a thread's "Login to leave a comment" over
//! its login box. A research site's "Partners" box, a caption under a Creative Commons
//! licence, and a plea signed by its editor over its button. From the eighty-first: an old
//! browser's warning, a caption whose photographer is glued to its stop ("2023.Marcus
//! Elwood / AP file"), and a paper's "Get the latest ... on The ..." pitch.

use super::tests::{rows, split};

/// "Read next", the story's tags, "More Markets", then headlines: two of them end in a
/// stop and read as paragraphs, with a plain headline between. None is the story's text.
#[test]
fn headlines_under_read_next_are_no_text_though_they_end_in_a_stop() {
    let got = split(
        "Markets\n\
         Harbor crane maker Tidewell cuts a fifth of its staff as port orders dry up\n\
         Lena Ortiz\nJul 14, 2025, 6:10 AM ET\nShare\nSave\n\n\
         Tidewell, the Rotterdam-based maker of ship-to-shore cranes, is cutting about 240 jobs, \
         a fifth of its workforce, after two large port operators delayed their orders.\n\n\
         Chief executive Marten Vos told staff on Sunday that the company had built capacity \
         for a wave of port upgrades that has not come.\n\n\
         \"We planned for a year that did not arrive,\" Vos wrote in a memo seen by reporters. \
         \"I take responsibility for that.\"\n\n\
         The cuts fall mostly on assembly and field service teams in the Netherlands and \
         Poland, according to two employees.\n\n\
         Tidewell said it would keep its research budget unchanged and expected to return to \
         profit in 2026.\n\n\
         Read next\nLayoffs\nPorts\nShipping\nManufacturing\nMore Markets\n\
         A crane shortage is finally over. Here's what that means for ports.\n\
         Why shipping rates fell for the fourth month in a row\n\
         I worked a night shift at a container terminal. Here's what I learned.\n\
         The quiet rise of electric straddle carriers\n\
         Jump to\nMain content\nPrivacy Policy\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0]
            .text
            .ends_with("expected to return to profit in 2026."),
        "{}",
        got[0].text
    );
}

/// "This is AI generated summarization, which may have errors. ..." over "Summarize this
/// article with AI": the interface of a summary not shown, neither a paragraph of the
/// text nor a headline over it.
#[test]
fn a_summary_warning_over_its_button_is_interface() {
    let got = split(
        "Philippines\nMetro Manila\n\
         Quezon City council approves P800-million loan for drainage works\n\
         The city says the new lines will drain six barangays within hours instead of days\n\
         Carla Benitez\nJul 14, 2025 6:05 AM PHT\nFacebook\nTwitter\nCopy URL\n\
         FLOOD. Residents wade through a flooded street in Barangay Tatalon, Quezon City. \
         Photo by Anton Reyes/Rappler\n\
         This is AI generated summarization, which may have errors. For context, always \
         refer to the full article.\n\
         Summarize this article with AI\n\
         The Quezon City Council has authorized the city to borrow P800 million for new \
         drainage works in six flood-prone barangays.\n\n\
         The ordinance passed on third reading on Monday, with two councilors voting \
         against it.\n\n\
         Work on the first drainage lines is expected to start early next year.\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Quezon City council approves P800-million loan for drainage works",
            None,
            Some("Carla Benitez"),
            Some("2025-07-13T22:05:00Z")
        )]
    );
    assert!(
        got[0]
            .text
            .starts_with("The Quezon City Council has authorized"),
        "{}",
        got[0].text
    );
}

/// A caption between the reading time and the audio player, credited in brackets to a
/// photographer and his agency "via Getty Images": no paragraph of the text.
#[test]
fn a_caption_credited_to_an_agency_in_brackets_is_no_text() {
    let got = split(
        "Business\n\
         Court freezes assets of Lviv contractor accused of inflating school repair costs\n\
         by Oksana Melnyk\nJuly 13, 2025 11:47 PM\n3 min read\n\
         Workers repair the roof of a school in Lviv, Ukraine, on March 18, 2025. \
         (Illustrative purposes only) (Petro Koval/Lumen Images via Getty Images)\n\
         Listen to this article\n\
         Ukraine's anti-corruption court has frozen Hr 90 million in assets belonging to a \
         Lviv construction company accused of inflating the cost of school repairs.\n\n\
         Investigators said the company charged the city for materials it never delivered.\n\n\
         The company's owner faces up to 12 years in prison if convicted.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0]
            .text
            .starts_with("Ukraine's anti-corruption court has frozen"),
        "{}",
        got[0].text
    );
}

/// "What you need to know:" over two points, then the text's first paragraph with no
/// blank line between: the points are the standfirst, the text opens with its lede. The
/// caption over its labelled credit, over the section's label and the byline, is no text.
#[test]
fn labelled_points_over_the_lede_are_the_standfirst() {
    let got = split(
        "Counties\nKisii\n\
         Kisii traders sue county over planned relocation from Daraja Mbili Market\n\
         Traders at Daraja Mbili Market during a protest against the relocation on July 10.\n\
         Photo credit: Joseph Nyaboga | Lakeside Media Group\n\
         Counties\nBy  Grace Moraa\n19 hrs ago\n\
         What you need to know:\n\
         More than 800 traders want the court to stop the county from moving them to Nyanchwa.\n\
         The county says the market must be cleared for a Sh400 million rebuild.\n\
         More than 800 traders at Kisii's Daraja Mbili Market have gone to court to block \
         the county government from moving them ahead of a planned rebuild.\n\n\
         In a petition filed in Kisii, the traders argue that they were not consulted.\n\n\
         The county has said the temporary site will have water, lighting and toilets.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "Kisii traders sue county over planned relocation from Daraja Mbili Market"
    );
    assert!(
        got[0].text.starts_with("More than 800 traders at Kisii's"),
        "{}",
        got[0].text
    );
    assert_eq!(
        got[0].dek.as_deref(),
        Some(
            "More than 800 traders want the court to stop the county from moving them to \
             Nyanchwa.\nThe county says the market must be cleared for a Sh400 million rebuild."
        )
    );
}

const UNLABELLED: &str = "Transportation\n\
    Freight startup Loadline is cutting a third of its staff after a slump in orders\n\
    Ravi Menon\nJul 14, 2025, 3:01 AM ET\nShare\nSave\n\
    Loadline is laying off about 90 employees, according to an internal memo.\n\
    CEO Dana Pryce said the company had hired for a rebound that never came.\n\
    The startup raised $120 million in 2022.\n\
    Loadline, the Denver-based startup that sells software for matching truckers with \
    shippers, is laying off about 90 employees, roughly a third of its staff, as a long \
    slump in freight volumes drags on.\n\n\
    Pryce told employees in a memo on Sunday that the company had grown for a market that \
    did not arrive.\n\n\
    The cuts hit sales and customer support hardest, two employees said.\n\n\
    Affected staff will receive ten weeks of pay and health cover through October.\n";

/// Points without a label, each one sentence on a line over the longer first paragraph,
/// the text going on in paragraphs set apart by blank lines: the standfirst.
#[test]
fn unlabelled_points_over_a_longer_lede_are_the_standfirst() {
    let got = split(UNLABELLED);
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.starts_with("Loadline, the Denver-based"),
        "{}",
        got[0].text
    );
    assert_eq!(
        got[0].dek.as_deref().map(|d| d.lines().count()),
        Some(3),
        "{:?}",
        got[0].dek
    );
    // A text whose paragraphs are never set apart keeps its first lines.
    let got = split(&UNLABELLED.replace("\n\n", "\n"));
    assert!(
        got[0].text.starts_with("Loadline is laying off"),
        "{}",
        got[0].text
    );
    assert_eq!(got[0].dek, None);
}

/// "Sign up for Semafor Business: ..." over "Email address" over "Sign Up", under the
/// time: a sign-up box whose pitch opens with its button's words, no paragraph.
#[test]
fn a_pitch_opening_with_its_buttons_words_is_no_text() {
    let got = split(
        "business\nPayroll startup Quillpay in talks to sell itself to Marlow Capital\n\
         Dana Whitfield\nUpdated Jul 14, 2025, 7:02am EDT\n\
         Sign up for Ledger Business: The real story behind the deals and the people \
         making them.\n\
         Email address\nSign Up\n\n\
         Quillpay, the payroll startup valued at $2 billion in 2021, is in advanced talks to \
         sell itself to Marlow Capital, three people familiar with the matter said.\n\n\
         A deal could be announced as soon as next week, two of the people said.\n\n\
         The price would mark a steep discount to the company's last valuation.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.starts_with("Quillpay, the payroll"),
        "{}",
        got[0].text
    );
}

/// Between two posts of a live page: a plea of four paragraphs, "Thank you," and the
/// editor signing with the job on the same line. It opens no story, and the next post
/// keeps its own headline, author and text.
#[test]
fn a_plea_signed_on_one_line_under_its_sign_off_is_no_story() {
    let got = split(
        "LIVE\nLive updates July 14, 2025\n\n\
         11:40 am\nCouncil approves plan for 900 homes on old bus depot\nBy Noa Peretz\n\
         The city's planning committee has approved a plan to build some 900 apartments on \
         the site of the old central bus depot, officials said on Monday.\n\n\
         A quarter of the apartments will be rented at reduced prices to teachers and nurses.\n\n\
         Share on Facebook\nShare on Twitter\n\n\
         Harbor Gazette Community\nYou're a dedicated reader\n\
         We're really pleased that you've read 10 Harbor Gazette articles in the past month.\n\n\
         That's why we started the Gazette ten years ago, to give readers like you the news \
         that matters.\n\n\
         So now we have a request. We haven't put up a paywall, but our journalism is costly.\n\n\
         For as little as $6 a month you can help support our work and read without ads.\n\n\
         Thank you,\nMiriam Adler, Founding Editor of the Harbor Gazette\n\
         Join Our Community\n\n\
         11:52 am\nHarbor FC signs striker Tomas Reyes from Lisbon side\nBy Ari Levin\n\
         Harbor FC on Monday announced the signing of striker Tomas Reyes on a three-year deal.\n\n\
         The 24-year-old scored 14 goals in all competitions last season.\n",
    );
    let titles: Vec<_> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Council approves plan for 900 homes on old bus depot",
            "Harbor FC signs striker Tomas Reyes from Lisbon side"
        ],
        "{:?}",
        rows(&got)
    );
    assert!(got.iter().all(|a| !a.text.contains("request")), "{:?}", got);
    assert_eq!(got[1].byline.as_deref(), Some("Ari Levin"));
}

/// Under the text: the author's address, name, job and note, "Read more about Ilse.", a
/// note on how the paper checks her reporting that names her, and the plea "Our newsroom
/// depends on ... readers to power our journalism": none of it is the text.
#[test]
fn the_authors_box_and_the_papers_notes_under_it_are_no_text() {
    let got = split(
        "Local\nCity panel backs turning half-empty parkade into 90 rental homes\n\
         By: Ilse Brandvold\nPosted: 9:15 PM CDT Sunday, Jul. 13, 2025\nShare this article\n\n\
         A city council committee has endorsed a plan to convert part of a half-empty \
         downtown parkade into 90 rental apartments.\n\n\
         The committee voted 3-1 on Friday to recommend that council approve the lease.\n\n\
         If council approves the lease this month, construction could begin next spring, \
         with the first tenants moving in by late 2027.\n\n\
         ilse.brandvold@prairiepress.example\n\n\
         Ilse Brandvold\nCity hall reporter\n\
         Ilse Brandvold covers city hall for the Prairie Press.\n\
         Read more about Ilse.\n\
         Every piece of reporting Ilse produces is reviewed by an editing team before it is \
         posted online or published in print, part of the Press's tradition of producing \
         reliable independent journalism.\n\
         Our newsroom depends on a growing audience of readers to power our journalism. If \
         you are not a paid reader, please consider becoming a subscriber.\n\
         Report Error\nSubmit a Tip\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.ends_with("moving in by late 2027."),
        "{}",
        got[0].text
    );
}

/// A caption of two sentences credited to an agency under the header's buttons opens no
/// text; "Advertisement" over a subhead of three words is an ad's slot in the text, and
/// the paragraph under it the text's last, not a sponsored item.
#[test]
fn a_long_credited_caption_and_an_ad_slot_over_the_last_subhead() {
    let got = split(
        "Business\n\
         Frozen Noodle Recall Expands to 9 States as FDA Sets Highest Risk Level\n\
         Published Jul 14, 2025 at 5:45 AM EDT\nBy\nMara Quinlan\nConsumer Affairs Reporter\n\
         Share\nTranslate\n\n\
         Frozen foods are displayed in a grocery store freezer in Denver on March 4, 2025. The \
         Food and Drug Administration has given a recall of frozen noodle bowls its most \
         serious risk level.\n\
         Dana Holt/Getty Images\n\
         A recall of frozen noodle bowls sold at grocery chains in nine states has been given \
         the highest risk classification by the Food and Drug Administration.\n\n\
         Silver Reed Foods first announced the voluntary recall on June 27 after routine tests.\n\n\
         The company said no illnesses had been reported in connection with the products.\n\n\
         Advertisement\n\n\
         What Happens Next\n\
         Newsweek has contacted Silver Reed Foods by email for further comment.\n\n\
         Request Reprint & Licensing\nSubmit Correction\nView Editorial Guidelines\n\
         About the writer\nMara Quinlan\n\
         Mara Quinlan is a reporter based in Denver. Her focus is consumer news.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let text = &got[0].text;
    assert!(
        text.starts_with("A recall of frozen noodle bowls"),
        "{text}"
    );
    assert!(text.ends_with("by email for further comment."), "{text}");
    assert_eq!(got[0].byline.as_deref(), Some("Mara Quinlan"));
}

/// "The audio version of this article is generated by text-to-speech, ..." under the
/// player's buttons is no paragraph of the text.
#[test]
fn an_audio_players_note_on_its_machine_voice_is_no_text() {
    let got = split(
        "Manitoba\n\
         Brandon school board delays vote on four-day week after parents object\n\
         Trustees will hold two more public meetings before deciding in September\n\
         Social Sharing\n\
         Lindsay Harrow · CBC News · Posted: Jul 14, 2025 6:00 AM CDT\n\
         Listen to this article\nEstimated 3 minutes\n\
         The audio version of this article is generated by text-to-speech, a technology \
         based on artificial intelligence.\n\n\
         Brandon's school board has put off a vote on moving rural schools to a four-day week \
         after more than 300 parents signed a letter against the plan.\n\
         Board chair Tess Olafson said trustees wanted to hear from families before making a \
         change that would affect child care for hundreds of households.\n\
         The board says the shorter week would save about $600,000 a year in busing costs.\n\
         ABOUT THE AUTHOR\nLindsay Harrow\nReporter\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0]
            .text
            .starts_with("Brandon's school board has put off"),
        "{}",
        got[0].text
    );
}

/// Readers' comments whose headers carry the reader, the time and "Reply" on one line
/// read as bylines, or as an outlet ("Karachiite | 4 hours ago | Reply"): the thread
/// under "COMMENTS (2)" is neither the text nor stories of its own.
#[test]
fn comments_whose_headers_read_as_bylines_are_no_stories() {
    let got = split(
        "Home / Pakistan / Lahore\n\
         LHC halts demolition of Anarkali shops pending survey\n\
         Bench asks city authorities to identify which structures are unsafe\n\
         Sana Mirza | Published July 14, 2025\n\n\
         LAHORE: The Lahore High Court on Monday stopped the demolition of 40 shops in \
         Anarkali Bazaar until the city completes a survey of which buildings are unsafe.\n\
         The traders' counsel told the court that the notices had been served without any \
         inspection and gave shopkeepers only three days to leave.\n\
         The court adjourned the hearing until August 4.\n\
         Published in The Express Tribune, July 15th, 2025.\n\
         COMMENTS (2)\n\
         Bilal Ahmed | 2 hours ago | Reply\n\
         These shops have been there for seventy years and nobody inspected them once.\n\
         Recommend 11\n\
         Lahori_89 | 5 hours ago | Reply\n\
         Good decision, but the survey should be done by independent engineers.\n\
         Recommend 4\n\
         Comments are moderated and generally will be posted if they are on-topic and not \
         abusive.\n\
         MOST READ\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(got[0].text.ends_with("until August 4."), "{}", got[0].text);
}

/// "... Caloocan City. INQUIRER.net FILE PHOTO / GRIG C. MONTEGRANDE" over the text is a
/// caption; "Don't miss out ...", "Subscribe to ... PLUS to get access to ..." and "For
/// feedback, complaints, or inquiries, contact us." under it are a pitch.
#[test]
fn a_papers_file_photo_credit_and_a_subscription_box_are_no_text() {
    let got = split(
        "Newsinfo / Nation\n\
         DepEd to hire 10,000 teachers before classes open in August\n\
         By: Carmela Ilagan - @inquirerdotnet\n\
         INQUIRER.net / 09:30 AM July 14, 2025\n\n\
         Students line up outside a public school in Manila. INQUIRER.net FILE PHOTO / \
         RAMON T. VILLAFUERTE\n\
         MANILA, Philippines — The Department of Education will hire 10,000 new teachers \
         before the school year opens in August, its spokesperson said on Monday.\n\
         The new positions will go first to schools with more than 45 pupils per class, \
         mostly in Metro Manila, Cavite and Rizal.\n\
         Applicants must hold a teaching licence and pass a demonstration lesson.\n\
         Don't miss out on the latest news and information.\n\
         Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other \
         70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & \
         share articles on social media. Call 896 6000.\n\
         For feedback, complaints, or inquiries, contact us.\n\
         TAGS: DepEd, teachers\nRead Next\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let text = &got[0].text;
    assert!(
        text.starts_with("MANILA, Philippines — The Department"),
        "{text}"
    );
    assert!(text.ends_with("pass a demonstration lesson."), "{text}");
}

/// "All Sections" (the menu's button) over the masthead is not the outlet; "... Gary. —
/// LENA PARK/The Herald" is a caption credited to the paper's photographer; "Become a
/// Member to leave a comment." and a thread's rules under a "See Also" list are no text.
#[test]
fn the_menus_button_a_photographers_credit_and_a_threads_rules_are_no_story() {
    let got = split(
        "Skip to content\nAll Sections\nThe Lakeshore Herald\nSubscribe Now\nSign In\n\
         Breaking News\nNews\nSports\nBusiness\n\
         Gary port authority approves $40 million dredging plan\n\
         By Omar Haddad | The Lakeshore Herald\n\
         PUBLISHED: July 14, 2025 at 7:05 AM CDT\n\
         Work boats moor at the Port of Gary on Friday. — LENA PARK/The Lakeshore Herald\n\
         The Port of Gary's board on Sunday approved a $40 million plan to deepen its main \
         channel so that larger lake freighters can load at the steel docks.\n\
         Port director Alma Ruiz said the work would begin in October and take two seasons.\n\
         Two shipping lines have said they would add calls once the channel is deepened.\n\
         Become a Member to leave a comment.Or log in here.\n\
         See Also\nPORTS\nLake freight volumes rise for a third straight month\n\
         STEEL\nMill in Burns Harbor adds a night shift as orders return\n\
         Join the conversation in our comments section below. Share your own views and \
         experience and if you have a question or suggestion for our journalists then email \
         us.\n\
         Please keep comments civil, constructive and on topic.\n\
         Please log in here to leave a comment.\n\
         About us\nContact us\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(got[0].source.as_deref(), Some("The Lakeshore Herald"));
    let text = &got[0].text;
    assert!(text.starts_with("The Port of Gary's board"), "{text}");
    assert!(text.ends_with("once the channel is deepened."), "{text}");
}

/// "Login to leave a comment" under a thread is still the thread's: the login box under
/// it ("Facebook users", "Facebook Connect") gives the story no byline.
#[test]
fn login_to_leave_a_comment_keeps_the_thread_going() {
    let got = split(
        "Japan Today\nnational\n\
         Akita city to run night buses to its hospital district from October\n\
         AKITA\nJul. 14  06:20 am JST\n3 Comments\n\
         Akita city will run two night bus lines to its hospital district from October, \
         officials said Sunday, after nurses complained they could not get home after late \
         shifts.\n\n\
         The buses will run every 40 minutes until 1 a.m. on weekdays, the city said.\n\n\
         The city expects about 300 riders a night.\n\n\
         © KYODO\n\n\
         3 Comments\nLogin to comment\n\
         Ryo_K\nJul. 14  07:02 am JST\n\
         About time. My sister walked home for an hour after every night shift.\n+9 / -1\n\
         Moderator\nReaders, please keep the discussion on topic.\n\
         show all comments\n\
         Login to leave a comment\n\
         Facebook users\n\
         Use your Facebook account to login or register with JapanToday. By doing so, you \
         will also receive an email inviting you to receive our news alerts.\n\
         Facebook Connect\nLogin with your JapanToday account\nUser registration\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(got[0].byline, None);
    assert!(
        got[0].text.ends_with("about 300 riders a night."),
        "{}",
        got[0].text
    );
}

/// "Partners" over its funder's line and "View all partners", a caption credited "...,
/// CC BY-ND", and "Before you go..." over a plea, its editor's name and job and "Donate
/// now": none of it is the text, nor the caption its headline.
#[test]
fn a_partners_box_a_licensed_caption_and_a_signed_plea_are_no_text() {
    let got = split(
        "The Conversation\nAcademic rigour, journalistic flair\n\
         Why some rivers warm faster than the air above them\n\
         Published: July 13, 2025 8:14pm EDT\n\
         Author\nTomas Lindqvist\nProfessor of Hydrology, Northfield University\n\
         Disclosure statement\n\
         Tomas Lindqvist receives funding from the National Science Foundation.\n\
         Partners\n\
         Northfield University provides funding as a member of The Conversation US.\n\
         View all partners\nEmail\nX (Twitter)\nFacebook\nPrint\n\
         A shallow stretch of the Cedar River in late June. Northfield University Photo \
         Services, CC BY-ND\n\
         On a still summer afternoon, a shallow river can warm faster than the air above it, \
         and the fish that live in it notice first.\n\n\
         My colleagues and I measured water temperatures in 40 rivers over ten summers.\n\n\
         Rivers that lost their shade warmed twice as fast as those that kept it.\n\n\
         Rivers\nClimate\n\
         Before you go...\n\
         Rivers and heat are part of daily news now. At The Conversation, researchers explain \
         what the science says, free of charge. If you value this kind of reporting, please \
         consider a donation.\n\
         Daniel Ferreira\nEnvironment Editor\nDonate now\n\
         You might also like\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "Why some rivers warm faster than the air above them"
    );
    let text = &got[0].text;
    assert!(text.starts_with("On a still summer afternoon"), "{text}");
    assert!(text.ends_with("as those that kept it."), "{text}");
}

/// "IE 11 is not supported. ..." over the page is no headline; "... in 2023.Marcus Elwood
/// / AP file" is a caption, not the text's first paragraph.
#[test]
fn a_browser_warning_and_a_caption_glued_to_its_credit_are_no_text() {
    let got = split(
        "IE 11 is not supported. For an optimal experience visit our site on another browser.\n\
         Skip to Content\nNBC News Logo\nPolitics\nU.S. News\nSearch\nSign In\n\
         U.S. News\n\
         River town votes to rebuild its flooded library on higher ground\n\
         July 14, 2025, 6:10 AM EDT\nBy Dana Whitcombe\n\
         Volunteers carry books out of the Millford library in 2024.Marcus Elwood / AP file\n\
         Voters in Millford, Vermont, approved $9 million on Sunday to rebuild the town's \
         library on a hill above the river that flooded it last summer.\n\
         The old building will become a park, the town manager said.\n\
         Dana Whitcombe\nDana Whitcombe is a reporter for NBC News.\nRecommended\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "River town votes to rebuild its flooded library on higher ground"
    );
    assert!(
        got[0].text.starts_with("Voters in Millford"),
        "{}",
        got[0].text
    );
}

/// "Get the latest Pune news ... on The Times of India." under the text is a pitch: the
/// list under it ("Top Picks For You") names no outlet of the story.
#[test]
fn a_papers_get_the_latest_line_is_a_pitch() {
    let got = split(
        "The Times of India\nCity\nPune\n\
         PMC to desilt 60 km of stormwater drains before monsoon peak\n\
         Rahul Deshmukh / TNN / Updated: Jul 14, 2025, 09:12 IST\n\
         Pune: The civic body will desilt 60 km of stormwater drains in the next two weeks \
         to reduce waterlogging in low-lying areas, officials said on Sunday.\n\
         Work will start in Hadapsar and Kothrud, where flooding was worst last year.\n\
         Get the latest Pune news, weather updates, local civic issues and traffic alerts on \
         The Times of India.\n\
         Top Picks For You\n\
         Metro line 3 trial runs to begin next month\n\
         Pune schools to reopen after rain holiday\n\
         Start a Conversation\nPost comment\nAdvertisement\nNews\nCity News\nNashik News\n\
         Nashik court acquits two in 2020 warehouse fire case\n\
         Sunil Pawar / TNN / Jul 13, 2025, 22:40 IST\n\
         Nashik: A sessions court on Saturday acquitted two men accused of setting fire to a \
         grain warehouse in 2020, citing gaps in the police investigation.\n\
         The prosecution said it would study the judgment before deciding on an appeal.\n\
         Get the latest Nashik news, local updates and crime reports on The Times of India.\n\
         Top Picks For You\n\
         Godavari water level rises after heavy rain\n",
    );
    assert_eq!(got.len(), 2, "{:?}", rows(&got));
    assert_eq!(got[0].source.as_deref(), Some("The Times of India"));
    assert!(
        got[0].text.ends_with("where flooding was worst last year."),
        "{}",
        got[0].text
    );
}
