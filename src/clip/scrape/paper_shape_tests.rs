//! Tests of the splitter on shapes of the fiftieth and fifty-first rounds of sites'
//! copy-paste (pages written for the project, kept in `tests/fixtures/scrapes/`), and a
//! few older ones met again: a broadsheet's clock over its masthead above a summary box,
//! a byline filed from a place with the outlet's staff, a daily's print note, call to
//! follow and readers' comments, a share label, an author's note opening with a first
//! name, breadcrumbs glued together, a job alone over the time, authors each over their
//! job and paper or over the paper shown again, a second story under the first one's
//! list, a blurb that pitches twice, a caption credited to a photographer and an agency,
//! a comments community's rules, a byline line of three parts with the revision before the
//! publication, a nonprofit's notes under its text, and a section front's description
//! over its briefs; and, from older rounds, an author's links, a screengrab's credit and
//! "U.S." over a headline; two authors, then the outlet, on one line with dots between;
//! and a Spanish consent banner under a greeting in the site's name.

use super::tests::{fixture, rows, split};

/// The day's date under the masthead is the page's clock: the story's own "Published" time
/// under its summary's three bullets beats it. "Viber" and "Copy URL" are share buttons;
/// a caption ending with a wire's name after its stop is no headline.
#[test]
fn a_clock_over_the_masthead_and_a_summary_over_the_time() {
    let got = fixture!("broadsheet-clock-over-masthead-and-glance-box.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "River hits second alarm as monsoon rains persist; over 900 evacuated",
            Some("Harbour Bulletin"),
            Some("Carla Ysabel Domingo"),
            Some("2025-07-14"),
        )]
    );
    let text = &got[0].text;
    assert!(!text.contains("Residents wade"), "{text}");
    assert!(!text.contains("Viber"), "{text}");
}

/// "Nadia Karim in Cairo and MEE staff" over "Published date: 14 July 2025 15:42 BST": the
/// author filed from a place, the outlet's staff no author; "Published date:" labels the
/// time.
#[test]
fn a_byline_with_the_outlets_staff_and_a_labelled_published_date() {
    let got = split(
        "Eastern Eye\n\
         News\n\
         Opinion\n\
         Search\n\
         Egypt\n\
         Egypt detains translator over posts on Nile dam talks\n\
         The translator, who worked on water negotiations, was arrested at dawn on Saturday\n\
         Nadia Karim in Cairo and EE staff\n\
         Published date: 14 July 2025 15:42 BST\n\
         Share\n\n\
         Egyptian security forces have detained a translator who worked with the delegation to talks on the Nile dam.\n\n\
         He was arrested at his home at around 4am on Saturday, his family said.\n\n\
         Topics\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Egypt detains translator over posts on Nile dam talks",
            Some("Eastern Eye"),
            Some("Nadia Karim"),
            Some("2025-07-14T14:42:00Z"),
        )]
    );
}

/// The print edition's note, the call to like and follow the section, and the readers'
/// comments ("Ali Raza" over "| 4 hours ago |") are no part of the text, and no comment
/// is a story.
#[test]
fn a_print_note_a_call_to_follow_and_comments_by_name() {
    let got = fixture!("daily-with-print-note-and-reader-comments.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Senate panel rejects tax on mobile top-ups below Rs500",
            Some("The Indus Ledger"),
            Some("Asad Mehmood Kayani"),
            Some("2025-07-14"),
        )]
    );
    let text = &got[0].text;
    assert!(
        text.trim_end()
            .ends_with("would hit the poorest users hardest."),
        "{text}"
    );
}

/// "Kindly share this story:" is the share box's label; the author's note under the text
/// opens with her first name and a comma ("Olamide, a correspondent ..."); "NewsGreater
/// Manchester News" is two breadcrumbs glued, no outlet.
#[test]
fn a_share_label_an_authors_note_and_glued_breadcrumbs() {
    let got = split(
        "Lagos Courier\n\
         News\n\
         Metro Plus\n\
         Sports\n\
         NewsMetro Plus\n\
         Residents stranded as road collapse cuts off three communities\n\
         By Olamide Adeyemo and Chinedu Okafor\n\
         14th July 2025\n\
         Kindly share this story:\n\
         Facebook\n\
         X\n\n\
         Residents of three communities have been stranded since a section of the road collapsed on Sunday.\n\n\
         The state government said its engineers had visited the site and that repairs would begin this week.\n\n\
         Kindly share this story:\n\
         Facebook\n\
         X\n\
         Olamide Adeyemo\n\
         Olamide, a correspondent with the Courier, covers metro and community affairs. She has over five years of experience.\n\
         Terms of Use\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Residents stranded as road collapse cuts off three communities",
            Some("Lagos Courier"),
            Some("Olamide Adeyemo and Chinedu Okafor"),
            Some("2025-07-14"),
        )]
    );
    let text = &got[0].text;
    assert!(text.starts_with("Residents of three communities"), "{text}");
    assert!(
        text.trim_end().ends_with("repairs would begin this week."),
        "{text}"
    );
}

/// "Staff Correspondent" alone over the time signs for no outlet: the masthead names it.
#[test]
fn a_job_alone_over_the_time_is_no_outlet() {
    let got = split(
        "The Delta Star\n\
         E-paper\n\
         Search\n\
         Sign In\n\
         Bangladesh\n\
         Sports\n\
         Business\n\
         Metro rail to run till 11pm from August\n\
         The operator will add 24 trips a day and keep fares unchanged\n\
         Staff Correspondent\n\
         Mon Jul 14, 2025 07:12 PM\n\
         Share\n\n\
         Metro rail services will run until 11:00pm from August 1, the operator said yesterday.\n\n\
         The number of daily trips will rise from 238 to 262, its managing director said.\n\n\
         Privacy Policy\n\
         © 2025 The Delta Star\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].source.as_deref(), Some("The Delta Star"));
    assert_eq!(got[0].byline, None);
}

/// Each author over a job and the paper ("Achieng Otieno" / "Journalist" / "Lakeside
/// Media Group", then "Brian Kiprono" / ...): one byline of both.
#[test]
fn authors_each_over_their_job_and_paper() {
    let got = split(
        "Lakeside Nation\n\
         News\n\
         Counties\n\
         Sports\n\
         Counties\n\
         Fish traders down tools as water hyacinth chokes the beach\n\
         By Achieng Otieno\n\
         Journalist\n\
         Lakeside Media Group\n\
         Brian Kiprono\n\
         Correspondent\n\
         Lakeside Media Group\n\
         5 hours ago\n\n\
         Hundreds of fish traders on Monday downed their tools and marched to the county headquarters.\n\n\
         The traders say the weed has cut off boats from landing sites for nearly three weeks.\n\n\
         Privacy Policy\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Achieng Otieno and Brian Kiprono")
    );
}

/// Under the first story's "Recommended Stories", a section's label, a headline with its
/// stops, the author, the paper in capitals, then "Published" and "Updated": the next
/// story opens there (two times for four headlines make no box of links).
#[test]
fn a_second_story_under_the_first_ones_list() {
    let got = split(
        "PAPER TODAY\n\
         News\n\
         Money\n\
         Sports\n\
         NATION\n\
         Riders stuck upside down for two hours after coaster stalls\n\
         Jordan Price\n\
         PAPER TODAY\n\
         Published 8:12 p.m. ET July 13, 2025\n\n\
         A roller coaster stalled Sunday evening, leaving 28 riders stranded near the top of its loop.\n\n\
         Firefighters used a ladder truck to bring the riders down one at a time, the park said.\n\n\
         Jordan Price is a breaking news reporter for PAPER TODAY.\n\n\
         Recommended Stories\n\
         Family of five rescued after boat capsizes on the lake\n\
         Shark bites surfer off the coast; third incident this summer\n\
         Heat dome to bring triple-digit temperatures this week\n\
         MONEY\n\
         Social Security COLA for 2026 could be bigger than expected. Here's the latest estimate.\n\
         Medora Blaine\n\
         PAPER TODAY\n\
         Published 9:40 p.m. ET July 12, 2025\n\
         Updated 8:03 a.m. ET July 13, 2025\n\n\
         Retirees could see a slightly bigger bump in their checks next year than previously expected.\n\n\
         A senior advocacy group said on Saturday that it now expects a 2.6% adjustment.\n\n\
         Terms of Service\n",
    );
    let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Riders stuck upside down for two hours after coaster stalls",
            "Social Security COLA for 2026 could be bigger than expected. Here's the latest estimate.",
        ]
    );
    assert_eq!(got[1].byline.as_deref(), Some("Medora Blaine"));
    assert!(!got[0].text.contains("Retirees"), "{}", got[0].text);
}

/// A long blurb under the text that pitches twice (follow us on the networks, subscribe to
/// the channel) is interface; a sentence of the text that names two networks is not.
#[test]
fn a_blurb_that_pitches_twice() {
    use super::chrome::is_chrome;
    assert!(is_chrome(
        "You're reading Fruitwire, experts who break news about Apple and its surrounding \
         ecosystem, day after day. Be sure to check out our homepage for all the latest \
         news, and follow Fruitwire on Twitter, Facebook, and LinkedIn to stay in the loop. \
         Don't know where to start? Check out our exclusive stories, reviews, how-tos, and \
         subscribe to our YouTube channel"
    ));
    assert!(!is_chrome(
        "The company said it would follow the new rules on Facebook and Twitter from \
         August, when the law takes effect across the bloc, and that it expected other \
         platforms to do the same within the year."
    ));
}

/// Each author over the paper, shown again under the next ("Lena Hoskie" / "Desert
/// Republic" / "Marco Delgadillo" / "Desert Republic"): one byline of the two, the paper no
/// author and no headline; "Jane Roe," keeps no comma; a caption ending "Name/Agency.ie"
/// is no headline; the comments community's rules close the text.
#[test]
fn authors_over_the_paper_shown_again_and_a_comment_communitys_rules() {
    let got = split(
        "Desert Central\n\
         News\n\
         Sports\n\
         Things to Do\n\
         Phoenix libraries will stay open until 10 p.m. as cooling centers during extreme heat\n\
         Lena Hoskie\n\
         Desert Republic\n\
         Marco Delgadillo\n\
         Desert Republic\n\
         Published 5:04 a.m. MT July 14, 2025\n\
         Share options\n\
         A reader rests inside the central library on July 10. Mark Henle/RepublicPhotos.ie\n\n\
         Five library branches will stay open until 10 p.m. on days when a heat warning is in effect.\n\n\
         The council approved the change on a 7-2 vote; it will cost about $640,000 through September.\n\n\
         This is YOUR comments community. Stay civil, stay constructive, stay on topic. Please familiarise yourself with our comments policy here before taking part.\n\
         Privacy Policy\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Phoenix libraries will stay open until 10 p.m. as cooling centers during extreme heat",
            Some("Desert Central"),
            Some("Lena Hoskie and Marco Delgadillo"),
            Some("2025-07-14T11:04:00Z"),
        )]
    );
    let text = &got[0].text;
    assert!(text.trim_end().ends_with("through September."), "{text}");
    assert!(!text.contains("A reader rests"), "{text}");
}

/// A comma after the author's name is not the name's.
#[test]
fn a_comma_after_the_byline() {
    let got = split(
        "Bay Gate\n\
         News\n\
         Outdoors\n\
         Sign In\n\
         Rangers close a popular trail after a rockslide near the coast\n\
         By Marlena Oduya,\n\
         Updated July 14, 2025 3:12 p.m.\n\n\
         Rangers closed a popular coastal trail on Monday after a rockslide buried a section of it.\n\n\
         No one was hurt, the park service said.\n\n\
         Terms of Use\n",
    );
    assert_eq!(got[0].byline.as_deref(), Some("Marlena Oduya"));
}

/// "By A, Outlet and B, Outlet-TV | Updated - July 14 ... | Posted - July 13 ...": one line
/// of three parts gives both authors, and the day it was posted, not revised.
#[test]
fn a_byline_line_of_three_parts_with_the_revision_first() {
    let got = split(
        "Canyon News\n\
         News\n\
         Utah\n\
         Sports\n\
         City council approves new water rates for the coming summer season\n\
         By Megan Stoddard, Canyon.com and Tyler Brandt, Canyon-TV | Updated - July 14, 2025 at 9:18 a.m. | Posted - July 13, 2025 at 11:20 a.m.\n\n\
         The council voted 5-2 on Monday to approve the new water rates for residents.\n\n\
         The new rates take effect in August, the city said in a statement.\n\n\
         Privacy Policy\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Megan Stoddard and Tyler Brandt")
    );
    assert_eq!(
        got[0].published_at.as_deref().map(|p| &p[..10]),
        Some("2025-07-13")
    );
}

/// A nonprofit newsroom's notes under the text (the disclosure of its funders, however
/// long; its policies and the Trust Project; its festival's tickets; a call for guest
/// commentaries) are no part of it.
#[test]
fn a_nonprofits_notes_under_the_text() {
    let got = split(
        "The Plains Ledger\n\
         Politics\n\
         Water\n\
         Donate\n\
         Three small towns bet on desalination as the aquifer drops\n\
         By Rosa Villalobos\n\
         July 14, 2025\n\n\
         Three small towns near the basin are betting on desalination to keep their taps running.\n\n\
         If the state funds the projects, the first plant could be running by late 2027.\n\n\
         Disclosure: The State University has been a financial supporter of The Plains Ledger, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play no role in the Ledger's journalism. Find a complete list of them here.\n\n\
         The Plains Ledger Festival returns this November. Join us for three days of big ideas. Buy tickets now.\n\n\
         Learn about The Plains Ledger's policies, including our partnership with The Trust Project to increase transparency in news.\n\n\
         Want to submit a guest commentary? You can find our submission guidelines here.\n\
         Most popular\n",
    );
    assert_eq!(got.len(), 1);
    let text = &got[0].text;
    assert!(text.trim_end().ends_with("running by late 2027."), "{text}");
}

/// A section front's heading, the day and its description naming the site ("Short
/// updates from the KBX newsroom ..."), over its briefs: the description is no story, and
/// each brief keeps its own headline and author.
#[test]
fn a_section_fronts_description_over_its_briefs() {
    let got = split(
        "KBX\n\
         Listen Live\n\
         Donate\n\
         Menu\n\
         News\n\
         Politics\n\
         Education\n\
         Local news in brief\n\
         Monday, July 14, 2025\n\
         Short updates from the KBX newsroom on stories we're following across the state.\n\
         Transportation\n\
         Transit agency to run shuttle buses on part of the Orange Line for 10 days\n\
         July 14, 2025\n\
         By Theo Ramsdell\n\
         Share\n\
         The agency will replace service between two stations with shuttle buses in August.\n\
         Shuttle maps and alternative routes are posted on the agency's website.\n\
         Education\n\
         City library extends evening hours at five branches through August\n\
         July 13, 2025\n\
         By Paulina Reyes\n\
         Share\n\
         Five branches of the public library will stay open until 9 p.m. through August.\n\
         The library said the change follows requests from students and working parents.\n\
         About KBX\n",
    );
    let rows: Vec<(&str, Option<&str>)> = got
        .iter()
        .map(|a| (a.title.as_str(), a.byline.as_deref()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                "Transit agency to run shuttle buses on part of the Orange Line for 10 days",
                Some("Theo Ramsdell")
            ),
            (
                "City library extends evening hours at five branches through August",
                Some("Paulina Reyes")
            ),
        ]
    );
}

/// The author's links under a column, a screengrab's credit, and the "U.S." section over
/// a headline, each read alone.
#[test]
fn an_authors_links_a_screengrab_and_a_section_with_stops() {
    use super::chrome::is_chrome;
    use super::credits::is_picture_credit;
    use super::zone::generic_word;
    assert!(is_chrome(
        "Find Renata Solis on LinkedIn and X. Visit Renata's website."
    ));
    assert!(!is_chrome(
        "Find out why the city council on Monday delayed its vote on the new budget for a third time."
    ));
    assert!(is_picture_credit(
        "Screengrab from a video posted on Facebook"
    ));
    assert!(generic_word("U.S."));
    assert!(!generic_word("USA Today"));
}

/// "A, B · CBC News · " over the time: two authors, then the outlet; an outlet and its
/// motto ("Ledger.com - Free Minds and Free Markets") name no one.
#[test]
fn two_authors_then_the_outlet_between_dots() {
    let got = split(
        "Prairie Wire\n\
         News\n\
         Canada\n\
         Sports\n\
         Wildfire smoke pushes air quality to very high risk as crews fight blaze\n\
         Rhiannon Dueck, Tomás Oyelaran · Prairie Wire · \n\
         Posted: Jul 13, 2025 7:00 PM CST\n\n\
         Smoke from a wildfire north of the city pushed the air quality index to its highest level on Sunday.\n\n\
         Crews said the fire had grown to more than 12,000 hectares.\n\n\
         Privacy Policy\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Rhiannon Dueck and Tomás Oyelaran")
    );
    assert_eq!(got[0].source.as_deref(), Some("Prairie Wire"));
    let motto = super::composite::composite(
        "Ledger.com - Free Minds and Free Markets",
        super::tests::clip_time(),
    );
    assert!(
        motto.as_ref().is_none_or(|m| m.byline.is_none()),
        "{motto:?}"
    );
}

/// "Bienvenido a EL MUNDO" over a consent banner that names the site before its partners
/// (no word "cookie" in it): the banner is no story, and the greeting names the outlet.
#[test]
fn a_consent_banner_naming_the_site_under_its_greeting() {
    let got = split(
        "Ir al contenido\n\
         Bienvenido a EL DIARIO\n\
         EL DIARIO y nuestros socios tratamos datos personales, como tu dirección IP y los identificadores de tus dispositivos, para ofrecerte publicidad y contenidos personalizados, medir su rendimiento y mejorar nuestros servicios. Puedes aceptar, rechazar o configurar tus preferencias.\n\
         Aceptar y continuar\n\
         Rechazar\n\
         Menú\n\
         España\n\
         Economía\n\
         Deportes\n\
         ECONOMÍA\n\
         El Gobierno aprobará mañana un plan de choque contra la sequía para el sureste\n\
         Teresa Aldama\n\
         Madrid\n\
         Lunes, 14 julio 2025 - 11:42\n\n\
         El Consejo de Ministros aprobará mañana un real decreto con ayudas directas a los agricultores.\n\n\
         El plan incluye obras de emergencia en las desaladoras del sureste, según fuentes del ministerio.\n\n\
         Aviso legal\n",
    );
    assert_eq!(
        got.len(),
        1,
        "{:?}",
        got.iter().map(|a| &a.title).collect::<Vec<_>>()
    );
    assert_eq!(
        got[0].title,
        "El Gobierno aprobará mañana un plan de choque contra la sequía para el sureste"
    );
    assert_eq!(got[0].source.as_deref(), Some("El Diario"));
}
