//! Tests of the splitter on what stands above a story's text (shapes of the eighty-first
//! and eighty-second rounds, written for the project): a reading time and a link to the page in the paper's
//! own language, a long caption over "Credit...", a section named like the start of the
//! paper's name, a caption without a credit over the dateline that opens the text, an
//! author over the news service's initials under a credited caption, a file picture's
//! caption, captions credited after a slash ("Image / Supplied", "Name/Staff
//! photographer"), a headline over a caption over "By", a call to register and a label over
//! every paragraph ("Article content"), and a byline with the site's address.

use super::tests::{rows, split};

/// "Time to read 3 min." and "Lire en français" under the time are interface: the text
/// opens under the caption.
#[test]
fn a_reading_time_and_a_link_in_the_papers_language_are_no_text() {
    let got = split(
        "Le Monde in English\nFrance\nHealth\n\
         France drops plan to merge rural fire stations after mayors' revolt\n\
         The interior ministry had proposed closing stations that answer fewer than 200 calls \
         a year, a plan mayors said would cost lives.\n\
         By Sylvie Arnaud\nPublished yesterday at 6:12 pm (Paris)\n\
         Time to read 3 min.\nLire en français\nShare\nAdd to your selections\n\
         The French government has dropped a plan to close rural fire stations that answer \
         fewer than 200 calls a year, after weeks of protests by village mayors.\n\
         Instead, each station will be reviewed by the prefect of its department, the \
         interior minister said on Sunday.\n\
         Sylvie Arnaud\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.starts_with("The French government has dropped"),
        "{}",
        got[0].text
    );
}

/// The Times's section ("New York") under its menu is no outlet when the copyright names
/// "The New York Times Company", and a caption of 28 words over "Credit...Name for The New
/// York Times" is no text.
#[test]
fn a_section_cut_from_the_papers_name_and_a_long_caption_over_its_credit() {
    let got = split(
        "Skip to contentSkip to site indexSearch & Section Navigation\nSection Navigation\n\
         SEARCH\nNew York\nSubscribe for $1/week\nLog in\nMonday, July 14, 2025\n\
         Today’s Paper\nAdvertisement\nSKIP ADVERTISEMENT\n\
         Judge Halts Catskills Village’s Ban on Leaf Blowers\n\
         A state judge said officials in Elm Falls, N.Y., had passed the rule without the \
         hearing required by law, siding with landscapers.\n\
         Share full article\n\
         Landscapers clear leaves from a lawn in Elm Falls, where officials say gas-powered \
         blowers have become the most common complaint to the village board over the past \
         three years.\n\
         Credit...Hannah Brandt for The New York Times\n\
         By Daniel Osterhout\nPublished July 13, 2025\n\
         A state judge on Friday blocked a small Catskills village from enforcing its ban on \
         gas-powered leaf blowers, ruling that officials had skipped a required hearing.\n\
         The village board is expected to decide on Tuesday whether to appeal.\n\
         Advertisement\n© 2025 The New York Times Company\nNYTCo\nContact Us\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Judge Halts Catskills Village’s Ban on Leaf Blowers",
            Some("The New York Times"),
            Some("Daniel Osterhout"),
            Some("2025-07-13"),
        )]
    );
    assert!(
        got[0].text.starts_with("A state judge on Friday blocked"),
        "{}",
        got[0].text
    );
}

/// "Waterlogging at the Andheri subway on Sunday." under the header's buttons, over
/// "MUMBAI: The BMC will ...": the text opens with its dateline; the line above is the
/// picture's caption.
#[test]
fn a_short_sentence_over_the_dateline_is_a_caption() {
    let got = split(
        "The Times of India\nCity\nMumbai News\n\
         BMC to deploy 80 more pumps at flood-prone spots after weekend deluge\n\
         Nikhil Rane / TNN / Jul 14, 2025, 04:12 IST\nShare\nAA\n+Text Size\nFollow us\n\
         Flooding at the Sion subway on Sunday.\n\
         MUMBAI: The BMC will install 80 additional dewatering pumps at low-lying spots \
         before the next spell of heavy rain, officials said on Sunday.\n\
         The city recorded 186mm of rain in the 24 hours ending 8.30am on Sunday.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.starts_with("MUMBAI: The BMC"),
        "{}",
        got[0].text
    );
}

/// Each story of a paper's page loaded under the last: headline, standfirst, a caption
/// over "Credit: DH Photo" (or a name without a stop over its credit), then the author
/// over the news service's initials ("DHNS") over the time. The author signs, the
/// initials are no outlet, the caption no text.
#[test]
fn an_author_over_the_news_services_initials_under_a_credited_caption() {
    let got = split(
        "Skip to content\nDeccan Herald\ne-Paper\nSubscribe\nHome\nKarnataka\n\
         HC pulls up state over vacant posts in consumer commissions\n\
         The court gave the government eight weeks to complete the appointments.\n\n\
         The Karnataka High Court.\nCredit: DH Photo\nAshwini Kulkarni\nDHNS\n\
         Last Updated : 14 July 2025, 01:10 IST\nFollow Us :\nComments\n\
         Bengaluru: The Karnataka High Court has directed the state government to fill \
         vacancies in district consumer commissions within eight weeks.\n\
         The court posted the matter for further hearing on September 22.\n\
         Karnataka High Court\nConsumer protection\nFollow us on :\nComments\n\n\
         Bengaluru FC sign Spanish midfielder Arriaga for new season\n\
         The 29-year-old, who played in Spain's second division last season, has signed a \
         two-year deal.\n\n\
         Iker Arriaga\nCredit: Special arrangement\nRanjith Gowda\nDHNS\n\
         Last Updated : 13 July 2025, 18:30 IST\nFollow Us :\nComments\n\
         Bengaluru: Bengaluru FC on Sunday announced the signing of Spanish midfielder Iker \
         Arriaga on a two-year contract.\n\
         Arriaga is expected to join the squad for its pre-season camp later this month.\n\
         Bengaluru FC\nFootball\nFollow us on :\nComments\n\
         Copyright 2025, The Printers (Mysore) Private Ltd. All Rights Reserved\n\
         Deccan Herald\n",
    );
    let signed: Vec<_> = rows(&got).into_iter().map(|r| (r.0, r.1, r.2)).collect();
    assert_eq!(
        signed,
        vec![
            (
                "HC pulls up state over vacant posts in consumer commissions",
                Some("Deccan Herald"),
                Some("Ashwini Kulkarni")
            ),
            (
                "Bengaluru FC sign Spanish midfielder Arriaga for new season",
                Some("Deccan Herald"),
                Some("Ranjith Gowda")
            ),
        ]
    );
    assert!(
        got[0].text.starts_with("Bengaluru: The Karnataka"),
        "{}",
        got[0].text
    );
    assert!(
        got[1].text.starts_with("Bengaluru: Bengaluru FC"),
        "{}",
        got[1].text
    );
}

/// "File: Federal High Court, Lagos" between the headline's time and "By ...": a file
/// picture's caption, no headline.
#[test]
fn a_file_pictures_caption_is_no_headline() {
    let got = split(
        "Vanguard News\nNews\nPolitics\nMonday, July 14, 2025\n\
         Court stops Lagos govt from demolishing Ojota timber market\n\
         On 6:25 am July 14, 2025 In News by Bola Adewale\n\n\
         File: Federal High Court, Lagos\nBy Bola Adewale\n\
         A Federal High Court sitting in Lagos has restrained the Lagos State Government from \
         demolishing the Ojota timber market pending the hearing of a suit filed by traders.\n\
         The matter was adjourned to September 18 for hearing.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "Court stops Lagos govt from demolishing Ojota timber market"
    );
}

/// A caption ending "... Image / Supplied" under the headline, and a story loaded under
/// a list of headlines whose own headline stands over a caption, a blank line and "By
/// ...": the caption is no headline, and the second story takes the line over it.
#[test]
fn captions_credited_after_a_slash_and_a_headline_over_a_caption_over_by() {
    let got = split(
        "NZ Herald\nNew Zealand\n\
         Hastings council pauses library rebuild as costs climb to $52m\n\n\
         Hastings District Council's library rebuild was budgeted at $31 million. Image / \
         Supplied\n\
         By Farah Tane\nLocal Democracy Reporter·NZ Herald·\n5 hours ago\n3 mins to read\n\
         Share\n\
         Hastings District Council has paused its library rebuild after the latest estimate \
         put the cost at $52 million, well above the budget approved in 2022.\n\
         Staff will report back to councillors in October with costed options.\n\
         Share this article\n\
         Latest from New Zealand\n\
         Man dies after being hit by train in South Auckland\n\
         Snow to close Desert Rd as polar blast arrives\n\
         Sport\nRugby\n\
         Black Ferns prop Ngata heads to England on two-year deal\n\n\
         Aroha Ngata in action for the Black Ferns against Canada. Photo / Photosport\n\
         By Kieran Mills\nRugby writer·NZ Herald·\n13 Jul, 2025 05:00 PM\n3 mins to read\n\
         Black Ferns prop Aroha Ngata will leave New Zealand after the Rugby World Cup to join \
         English club Bristol on a two-year deal.\n\
         Ngata will join Bristol in late October, after the World Cup final.\n\
         Share this article\n",
    );
    let titles: Vec<_> = rows(&got).into_iter().map(|r| (r.0, r.2)).collect();
    assert_eq!(
        titles,
        vec![
            (
                "Hastings council pauses library rebuild as costs climb to $52m",
                Some("Farah Tane")
            ),
            (
                "Black Ferns prop Ngata heads to England on two-year deal",
                Some("Kieran Mills")
            ),
        ]
    );
}

/// "Article content" over every paragraph, under a call to register ("You can save this
/// article by registering for free here. ...") and a caption: the label the page repeats
/// is no headline, the call a pitch; the story is one, its text opening under the caption.
#[test]
fn a_label_over_every_paragraph_is_no_headline() {
    let got = split(
        "Montreal Gazette\nLocal News\n\
         Verdun to keep Wellington St. car-free through the fall\n\
         Borough says the summer closure boosted foot traffic.\n\
         Author of the article:\nLucas Bergeron\nMontreal Gazette\n\
         Published Jul 13, 2025\nJoin the conversation\n\
         You can save this article by registering for free here. Or sign-in if you have an \
         account.\n\n\
         Pedestrians stroll along a car-free section of Wellington St. on Saturday. PHOTO BY \
         JOHN MAHONEY /Montreal Gazette\n\
         Article content\n\
         The Verdun borough will keep a section of Wellington St. closed to cars until the \
         end of October, its mayor said on Sunday.\n\
         Article content\n\
         Merchants had asked for the closure to last longer after a busy summer.\n\
         Article content\n\
         The borough will count pedestrians again in September.\n\
         Article content\n\
         A public consultation on the fall closure opens next week.\n\
         Article content\n\
         Delivery trucks will be allowed on the street before 10 a.m.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.starts_with("The Verdun borough"),
        "{}",
        got[0].text
    );
}

/// A live page's entry: its time, a caption ending with its photographer and role after
/// a slash ("... Sunday night. Raquel Montoya/Staff photographer"), then the next entry's
/// headline and byline. The caption is no headline.
#[test]
fn a_caption_credited_to_a_staff_photographer_is_no_headline() {
    let got = split(
        "Houston Chronicle\nLive Updates\n\
         Jul 14, 2025, 7:30 a.m.\n\
         Bayou levels fall as rain moves east\n\
         By Kimberly Oakes\n\
         Water levels on Greens Bayou fell overnight as the storms moved east of Harris \
         County, the flood control district said Monday.\n\
         Forecasters expect drier weather through Wednesday.\n\n\
         A car sits stalled in high water along Aldine Bender Road on Sunday night. Raquel \
         Montoya/Staff photographer\n\
         Jul 14, 2025, 6:48 a.m.\n\
         METRO suspends several bus routes in northeast Houston\n\
         By Derrick Vale\n\
         METRO suspended or detoured nine bus routes in northeast Houston early Monday \
         because of high water.\n\
         Buses will return to their routes as soon as the water recedes, a spokesperson said.\n",
    );
    let titles: Vec<_> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Bayou levels fall as rain moves east",
            "METRO suspends several bus routes in northeast Houston"
        ]
    );
}

/// "By Lee Wen Hui / theedgemalaysia.com": the author, and the site's address as the
/// outlet.
#[test]
fn a_byline_with_the_sites_address_after_a_slash() {
    let got = split(
        "Corporate\nSentosa Raya bags RM1.1 bil data centre job in Johor\n\
         By Lee Wen Hui / theedgemalaysia.com\n14 Jul 2025, 03:45 pm\n\
         KUALA LUMPUR (July 14): Sentosa Raya Construction Bhd has secured an RM1.1 billion \
         contract to build a data centre in Johor, it said on Monday.\n\
         The contract runs for 26 months from July 21.\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Sentosa Raya bags RM1.1 bil data centre job in Johor",
            Some("theedgemalaysia.com"),
            Some("Lee Wen Hui"),
            Some("2025-07-14"),
        )]
    );
}

/// The same byline on a page that writes the outlet's name out ("Stay updated with The
/// Edge Malaysia on Telegram"): the name, not the address, is the outlet. A name only
/// shouted in capitals ("THE EDGE MALAYSIA") leaves the address.
#[test]
fn an_address_gives_way_to_the_name_the_page_spells_it_as() {
    let page = |footer: &str| {
        split(&format!(
            "Corporate\nSentosa Raya bags RM1.1 bil data centre job in Johor\n\
             By Lee Wen Hui / theedgemalaysia.com\n14 Jul 2025, 03:45 pm\n\
             KUALA LUMPUR (July 14): Sentosa Raya Construction Bhd has secured an RM1.1 \
             billion contract to build a data centre in Johor, it said on Monday.\n\
             The contract runs for 26 months from July 21.\n\n{footer}\n"
        ))
    };
    let got = page("Stay updated with The Edge Malaysia on Telegram");
    assert_eq!(got[0].source.as_deref(), Some("The Edge Malaysia"));
    let got = page("FOLLOW THE EDGE MALAYSIA");
    assert_eq!(got[0].source.as_deref(), Some("theedgemalaysia.com"));
}

/// "Northern Ireland News" over the headline and again over the related list, under the
/// masthead "The Lough Courier News" whose menu has "Northern Ireland": the section, not
/// the outlet.
#[test]
fn a_menu_entry_with_news_after_it_is_a_section() {
    let got = split(
        "Skip to content\n\nThe Lough Courier News\nSubscribe\nSign in\nNews\n\
         Northern Ireland\nPolitics\nOpinion\nSport\nBusiness\n\n\
         News\nNorthern Ireland News\n\
         Stormont department accused of sitting on algae report for seven months\n\
         Environmental groups say the findings should have been published before the bloom\n\
         Connla Rafferty\nEnvironment Correspondent\n16 hours ago\n\n\
         A Stormont department has been accused of withholding a report on the algae that \
         covered the lough last summer for seven months.\n\n\
         The report was handed to the department last December, according to \
         correspondence seen by this newspaper.\n\n\
         Northern Ireland News\nFarmers warned over slurry spreading as heavy rain forecast\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].source.as_deref(), Some("The Lough Courier News"));
}
