//! Tests of the splitter on credits, notes and threads around a story (the seventy-second
//! and seventy-third rounds of sites' copy-paste shapes): the author's name glued before
//! the labelled times, a caption credited after a dash to the paper's archive or to a
//! picture's copyright, a picture's copyright line that names no outlet, a closed thread
//! with its count, a video's embed box, the author's note set off by a dash, a link to the
//! print replica, a consent banner's buttons glued in capitals, a masthead whose name ends
//! in a paper's noun, a caption's bracketed credit, the newsroom under the author and a
//! byline labelled "WRITER:", a comment platform's notice between two stories, a desk
//! crediting Taiwan's wire and a comment widget still loading under a list of headlines;
//! and (the session after) a breadcrumb of two menu entries over the headline, and a
//! section of the menu repeated over the story's date; a correspondent's post in brackets
//! after the name and a reading list's button under the byline; a photographer's credit
//! "for" the outlet, repeated.

use super::tests::{fixture, split};

/// A paper's page: "Faizan Rashid Published July 14, 2025 Updated about 5 hours ago" is
/// the author and the times in one element, under the headline; the caption ends with
/// "— Dawn/File" (a picture from the paper's archive); "Comments (6) Closed" opens a
/// thread of readers' names over their times.
#[test]
fn a_name_glued_before_the_times_an_archive_picture_and_a_closed_thread() {
    let got = split(
        "Home\n\
         Islamabad\n\
         Court halts sale of park plots in two city sectors\n\
         Nadia Qamar Published July 14, 2025 Updated about 5 hours ago\n\
         0 Comments\n\n\
         A view of the district court building in Islamabad. — Ledger/File\n\n\
         ISLAMABAD: A court on Sunday stopped the city's development authority from selling 14 plots that residents say were set aside as parks.\n\n\
         The authority said it would present its case at the next hearing on July 29.\n\n\
         Published in Ledger, July 14th, 2025\n\n\
         Comments (4) Closed\n\n\
         Omar Siddiqui\n\
         Jul 14, 2025 09:12am\n\
         Good decision by the court. Open spaces keep disappearing in this city.\n\
         Recommend 0\n\n\
         Hina Tariq\n\
         Jul 14, 2025 10:05am\n\
         Our sector has almost no parks left, thank you to the residents who went to court.\n\
         Recommend 0\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Court halts sale of park plots in two city sectors"
    );
    assert_eq!(got[0].byline.as_deref(), Some("Nadia Qamar"));
    assert!(
        got[0].text.starts_with("ISLAMABAD: A court"),
        "{}",
        got[0].text
    );
    assert!(
        got[0].text.ends_with("next hearing on July 29."),
        "{}",
        got[0].text
    );
}

/// A broadcaster's page: the caption ends "- Copyright AP Photo/..." and the credit is
/// shown again alone; neither is text, and the credit names no outlet. The video box's
/// "Copy/paste the article video embed link below:" is interface.
#[test]
fn a_caption_with_its_pictures_copyright_and_an_embed_box() {
    let got = split(
        "Europe\n\n\
         Drivers from abroad may claim refunds after court rules tolls unfair\n\
         By Ingrid Solberg\n\
         Published on 14/07/2025 - 9:47 GMT+2\n\
         Share this article\n\
         Copy/paste the article video embed link below:\n\
         Copy\n\
         Cars queue at a toll plaza outside Porto, 2 July 2025 - Copyright AP Photo/Rui Matos\n\
         Copyright AP Photo/Rui Matos\n\
         Drivers from other countries who paid higher tolls on some motorways could be owed refunds after a court ruled the system treated them unfairly.\n\n\
         The court said a prepaid device that only foreign drivers had to buy broke the rules on free movement.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Drivers from abroad may claim refunds after court rules tolls unfair"
    );
    assert_eq!(got[0].source, None, "a picture's copyright names no outlet");
    assert!(
        got[0].text.starts_with("Drivers from other"),
        "{}",
        got[0].text
    );
}

/// A regional paper's end of text: the reporter's note after a dash ("— Lena Park covers
/// City Hall. Reach her at ...") and "Read the eEdition." are not the story's.
#[test]
fn the_authors_note_after_a_dash_and_the_print_replicas_link() {
    let got = split(
        "Local\n\n\
         Council delays vote on $31 million sidewalk fund\n\
         By\n\
         Lena Park | The Harbor Ledger\n\
         Published: Jul. 10, 2025, 7:02 p.m.\n\n\
         The city council on Wednesday postponed a vote on a $31 million program to repair and build sidewalks.\n\n\
         Councilors said they expected the plan to pass in August with a larger share for the east side.\n\n\
         — Lena Park covers City Hall. Reach her at lpark@ledger.example or 555-294-5100.\n\n\
         Become a subscriber.\n\
         Read the eEdition.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].byline.as_deref(), Some("Lena Park"));
    assert!(
        got[0].text.ends_with("larger share for the east side."),
        "{}",
        got[0].text
    );
}

/// A regional paper's header: the masthead "Harbor Bay Times" is the paper, not an author
/// "Harbor Bay" writing for "Times"; the consent banner's "MORE OPTIONSAGREE" is its
/// buttons; the caption ends with "[ NAME | Times ]"; "Times staff" under the author is
/// the newsroom.
#[test]
fn a_masthead_ending_in_a_papers_noun_glued_consent_buttons_and_the_newsroom() {
    let got = split(
        "Skip to main content\n\
         We value your privacy\n\
         MORE OPTIONSAGREE\n\
         Harbor Bay Times\n\
         Harbor Bay Times e-Newspaper\n\
         Sections\n\
         Pasco\n\
         County approves steepest impact fee increase in its history\n\
         New homes will cost builders about $6,400 more apiece. Builders say buyers will pay it.\n\
         A subdivision under construction off State Road 52. Commissioners voted Sunday to raise the fees. [ DANA ROWE | Times ]\n\
         By Colin Hartley\n\
         Times staff\n\
         Published Yesterday|Updated 2 hours ago\n\
         Share\n\
         DADE CITY — County commissioners on Sunday approved the largest increase in impact fees in the county's history.\n\n\
         The 4-1 vote followed months of pushback from home builders, who warned the fees would be passed on to buyers.\n\n\
         © 2025 All Rights Reserved | Harbor Bay Times\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].byline.as_deref(), Some("Colin Hartley"));
    assert_eq!(got[0].source.as_deref(), Some("Harbor Bay Times"));
    assert!(
        !got[0].text.contains("DANA ROWE") && !got[0].text.contains("Times staff"),
        "{}",
        got[0].text
    );
}

/// A paper's header in capitals with colons: "PUBLISHED : 14 Jul 2025 at 15:42", the
/// section, then "WRITER: A and B", the authors.
#[test]
fn a_byline_labelled_writer() {
    let got = split(
        "General\n\n\
         City to tow motorcycles parked on footpaths\n\
         PUBLISHED : 14 Jul 2025 at 15:42\n\
         NEWSPAPER SECTION: News\n\
         WRITER: Malee Srisuk and Anan Wongsa\n\
         Listen to this article\n\n\
         The city will start towing motorcycles parked on footpaths along its busiest road from Aug 1, officials said on Monday.\n\n\
         Owners will face a fine and a towing fee, the city said.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Malee Srisuk and Anan Wongsa")
    );
}

/// A business paper's endless page: under the second story, its comment box's rules and
/// the platform's notice ("We have migrated to a new commenting platform. ...") are no
/// story of their own.
#[test]
fn a_comment_platforms_notice_under_the_last_story() {
    let comment_box = "Published on July 14, 2025\n\n\
         COMMENT NOW\n\
         SHARE\n\
         Copy link\n\
         Email\n\
         Facebook\n\
         READ LATER\n\
         SEE ALL\n\
         Remove\n\
         Comments\n\
         Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.\n\
         We have migrated to a new commenting platform. If you are already a registered user of The Ledger Business and logged in, you may continue to engage with our articles. If you do not have an account please register and login to post comments. Users can access their older comments by logging into their accounts on Vuukle.\n\n";
    let got = split(&format!(
        "Home / Companies\n\
         Kestrel Cables Q1 profit rises 27% on export orders\n\
         By Nisha Rao\n\
         Updated - July 14, 2025 at 10:12 AM. | Pune\n\n\
         Kestrel Cables on Monday reported a 27 per cent rise in net profit for the quarter, helped by export orders.\n\n\
         The company said its order book stood at a record high.\n\n\
         {comment_box}\
         TOP PICKS\n\
         Sensex opens lower as IT stocks drag\n\n\
         Home / Economy / Agri Business\n\
         Cardamom prices firm up as heavy rain delays harvest\n\
         By Arun Pillai\n\
         Updated - July 13, 2025 at 09:47 PM. | Kochi\n\n\
         Small cardamom prices have firmed up in the past week as continuous rain has delayed the harvest and cut arrivals at auctions.\n\n\
         Traders expect prices to stay firm until the end of the month.\n\n\
         {comment_box}"
    ));
    let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Kestrel Cables Q1 profit rises 27% on export orders",
            "Cardamom prices firm up as heavy rain delays harvest"
        ]
    );
}

/// "Staff writer, with CNA": the desk and the wire it drew on (Taiwan's Central News
/// Agency), over the text, are no part of it.
#[test]
fn a_desk_with_taiwans_wire() {
    let got = split(
        "Taiwan\n\n\
         Employers must give outdoor workers heat breaks\n\
         Staff writer, with CNA\n\
         Mon, Jul 14, 2025 page 2\n\n\
         Employers will be required to give outdoor workers a 20-minute break every two hours when the heat index passes 38C, the ministry said yesterday.\n\n\
         The rules take effect next month.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].text.starts_with("Employers will be"),
        "{}",
        got[0].text
    );
}

/// "Related Stories" lists two headlines; under the last, the comment widget still
/// loading ("Comments not loaded yet.") is no body that would make it a story; the story
/// under "Read next" is one.
#[test]
fn a_comment_widget_loading_under_a_list_of_headlines() {
    let got = fixture!("related-list-over-a-loading-comment-widget-and-read-next.txt");
    let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Residents object to 14-storey hotel plan on St Paul’s Bay seafront",
            "Driver jailed over Marsa crash that left cyclist with life-changing injuries"
        ]
    );
}

/// A paper's page: the menu lists its sections one per line, then "Gulf / Courts & Crime"
/// (two of those entries with a separator) sits over the headline. That path is the
/// page's interface, not the story's headline.
#[test]
fn a_path_of_two_menu_entries_over_the_headline() {
    let got = split(
        "Home\n\
         Gulf\n\
         Business\n\
         Courts & Crime\n\
         Sport\n\
         Gulf / Courts & Crime\n\
         Court orders builder to refund family over an unfinished villa extension\n\
         Sara Haddad, Senior Reporter\n\
         Published: July 13, 2025 | 22:41\n\n\
         A court has ordered a building contractor to refund a family after work on their villa stopped at the foundations.\n\n\
         The family had paid most of the contract value before the site was abandoned, the court heard.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Court orders builder to refund family over an unfinished villa extension"
    );
    assert_eq!(got[0].byline.as_deref(), Some("Sara Haddad"));
    assert!(
        got[0].text.starts_with("A court has ordered"),
        "{}",
        got[0].text
    );
}

/// A paper's page: the masthead "Harbour Times" over its menu; the menu's "Island News"
/// stands again over the date, where an outlet would. It is the story's section: the
/// outlet is the masthead.
#[test]
fn a_menu_section_over_the_date_is_no_outlet() {
    let got = split(
        "Harbour Times\n\
         Mon, Jul 14, 2025\n\
         Home\n\
         Front Page\n\
         Island News\n\
         Business\n\
         Sports\n\
         Island News\n\
         Mon, Jul 14, 2025 page2\n\
         Ferry fares to rise by a tenth from September, operator says\n\
         Staff writer\n\
         Ferry fares on the island routes will rise by about a tenth from September, the operator said yesterday, citing fuel and crew costs.\n\n\
         Season tickets for commuters would rise less, by about six percent, the company said in a statement.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Ferry fares to rise by a tenth from September, operator says"
    );
    assert_eq!(got[0].source.as_deref(), Some("Harbour Times"));
}

/// A correspondent's place and job in brackets after the name ("(Lyon, correspondent)")
/// are no part of the byline, and a reading list's button ("Add to your selections")
/// between the byline and the text heads no second story.
#[test]
fn a_bracketed_post_after_the_name_and_a_reading_list_button() {
    let got = split(
        "Economy\n\
         Lyon suspends its cap on short-term rentals after a court ruling\n\
         The administrative court found that the city had not shown that tourist rentals were driving up rents in the districts concerned, and suspended the rule.\n\
         By Solène Arditi (Lyon, correspondent)\n\
         Published on July 13, 2025, at 6:42 pm (Paris)\n\
         Share\n\
         Add to your selections\n\
         The administrative court of Lyon on Friday suspended the city's cap on short-term rentals, a flagship measure of its housing policy.\n\n\
         The rule would have limited the rental of a main residence on booking platforms to 90 nights a year.\n\n\
         The deputy mayor for housing said the city would appeal.\n",
    );
    let titles: Vec<_> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(got.len(), 1, "{titles:?}");
    assert_eq!(got[0].byline.as_deref(), Some("Solène Arditi"));
    assert!(
        got[0]
            .text
            .starts_with("The administrative court of Lyon on Friday"),
        "{}",
        got[0].text
    );
}

/// A photographer's credit the page repeats under each picture ("Noor Halvey for WBRN"):
/// the outlet is the one named after "for", not the photographer.
#[test]
fn a_repeated_credit_for_the_outlet_names_the_outlet() {
    let got = split(
        "Business\n\
         Mill town waits to hear whether its paper plant will reopen\n\
         July 13, 2025 5:00 AM ET\n\n\
         By \n\n\
         Tobias Merrin\n\n\
         Enlarge this image\n\n\
         Workers outside the gates of the Carroway paper mill on Friday.\n\n\
         Noor Halvey for WBRN\n\
         hide caption\n\n\
         toggle caption\n\
         Noor Halvey for WBRN\n\n\
         CARROWAY, Maine — For two months the paper mill that employs a third of this town has stood idle, and its owner has not said when it will restart.\n\n\
         The company blamed falling demand for packaging board and the price of wood pulp.\n\n\
         Enlarge this image\n\n\
         The diner across the road from the mill has cut its opening hours.\n\n\
         Noor Halvey for WBRN\n\
         hide caption\n\n\
         toggle caption\n\
         Noor Halvey for WBRN\n\n\
         The town manager said the mill paid more than half of the town's property taxes.\n",
    );
    let titles: Vec<_> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        vec!["Mill town waits to hear whether its paper plant will reopen"]
    );
    assert_eq!(got[0].source.as_deref(), Some("WBRN"));
    assert_eq!(got[0].byline.as_deref(), Some("Tobias Merrin"));
}
