//! Tests of the splitter on what stands under a story's text (shapes of the eighty-first to
//! eighty-third rounds, written for the project): a pitch whose sentence the page breaks
//! around a link, a comment thread opened by its rules, its comments' buttons carrying
//! their counts ("Recommend (41)"), a question put to readers over the thread, a blurb
//! opening with the site's address, the paper in the author's box and the site's name over
//! its footer's links.

use super::tests::{rows, split};

/// "Discover more stories on" / a topic's link / "now and stay informed with the latest
/// updates." under each story: a pitch (its close alone says so) and the link it is broken
/// around are neither a story nor text; the next story opens under the list.
#[test]
fn a_pitch_broken_around_its_link_is_no_story() {
    let got = split(
        "South China Morning Post\nNews\nHong Kong\nTransport\n\
         Ferry operators warn of fare rises as fuel subsidy scheme ends\n\
         Operators say the end of the subsidy will add to the cost of every crossing\n\
         Wendy Lam\nPublished: 9:15am, 14 Jul 2025\n\
         Hong Kong's outlying island ferry operators have warned that passengers could face \
         fare increases after a government fuel subsidy ends next month.\n\
         The subsidy was introduced in 2022 when energy prices surged, and had been extended \
         twice before officials said it would lapse.\n\
         Related Topics\nHong Kong transport\nEnergy\n\
         Discover more stories on\nHong Kong transport\n\
         now and stay informed with the latest updates.\n\
         Advertisement\nNews\nHong Kong\nLaw and Crime\n\
         Hong Kong police arrest 4 in crackdown on fake rental listings that cost tenants \
         HK$3 million\n\
         Suspects allegedly posed as landlords to collect deposits for flats they did not own\n\
         Kelvin Ho\nPublished: 11:47pm, 13 Jul 2025\n\
         Hong Kong police have arrested four people suspected of collecting deposits on flats \
         they did not own, the force said on Sunday.\n\
         Officers seized forged tenancy agreements and mobile phones in raids across Kowloon.\n\
         Related Topics\nHong Kong crime\n\
         Discover more stories on\nHong Kong crime\n\
         now and stay informed with the latest updates.\n",
    );
    let outlets: Vec<_> = rows(&got).into_iter().map(|r| (r.1, r.2, r.3)).collect();
    assert_eq!(
        outlets,
        vec![
            (
                Some("South China Morning Post"),
                Some("Wendy Lam"),
                Some("2025-07-14")
            ),
            (
                Some("South China Morning Post"),
                Some("Kelvin Ho"),
                Some("2025-07-13")
            ),
        ],
        "{:?}",
        rows(&got)
    );
    for article in &got {
        assert!(!article.text.contains("stay informed"), "{}", article.text);
    }
}

/// "Comments", "Comment guidelines" over the rules, the sort buttons, then readers'
/// names, times, comments and "Reply" / "Recommend (41)": one thread, no story of its
/// own and no text.
#[test]
fn a_thread_under_its_rules_with_counted_buttons_is_no_story() {
    let got = split(
        "Financial Times\nAsset Management\n\
         Brightwater Partners to shut flagship fund after investors pull £1bn\n\
         London-based manager will hand back remaining assets after three poor years\n\
         Published July 13 2025\n\
         Brightwater Partners will close its flagship multi-asset fund and return the \
         remaining £2.1bn to investors, ending one of the City's best-known strategies.\n\
         The London-based manager told clients in a letter on Sunday that it had concluded \
         the fund could no longer meet its objectives.\n\
         Comments\nComment guidelines\n\
         Please keep comments respectful. Use plain English for our global readership. By \
         commenting, you agree to abide by our community guidelines.\n\
         Sort by\nNewest\nOldest\nMost recommended\n\
         Thames Watcher\n9 hours ago\n\
         Three years of underperformance and the fees were still high until the very end.\n\
         Reply\nRecommend (41)\n\
         PelicanBond\n12 hours ago\n\
         Anyone who bought near the peak will have had a miserable ride.\n\
         Reply\nRecommend (12)\n\
         Useful links\nSupport\nHelp Centre\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0]
            .text
            .ends_with("could no longer meet its objectives."),
        "{}",
        got[0].text
    );
}

/// "SHARE YOUR THOUGHTS" over a question to readers ending "Join the conversation
/// below." is the thread's pitch, and "Haaretz.com, the online English edition of
/// Haaretz ..." in the footer the site's blurb (its name with its address): the text ends
/// before both.
#[test]
fn a_question_to_readers_and_a_blurb_opening_with_the_sites_address() {
    let got = split(
        "Skip to main content\nHaaretz\nSubscribe\nLog in\nIsrael News\nBusiness\n\
         Regulator moves to block supermarket chains' merger\n\
         The Competition Authority says the deal would leave shoppers in the north with \
         too few choices\n\
         Noa Friedman\nJul 14, 2025 9:12 am IDT\n\
         Israel's Competition Authority said on Monday it intends to block the merger of two \
         supermarket chains, citing the risk of higher prices in northern towns.\n\
         The companies have 30 days to respond before the authority issues a final decision.\n\
         SHARE YOUR THOUGHTS\n\
         Should regulators block mergers of grocery chains? Join the conversation below.\n\
         Most Viewed\n\
         Tel Aviv Apartment Prices Hit Record as Rates Stay High\n\
         Knesset Advances Bill to Split Attorney General's Role\n\
         Subscribe\n\
         Haaretz.com, the online English edition of Haaretz Newspaper in Israel, gives you \
         breaking news, analyses and opinions about Israel, the Middle East and the Jewish \
         World.\n\
         About Haaretz\nJobs\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0]
            .text
            .ends_with("before the authority issues a final decision."),
        "{}",
        got[0].text
    );
}

/// A local paper's section over the headline ("BROWARD COUNTY", a county) is no outlet;
/// the paper under the author's name in the author's box at the foot is ("Marisol
/// Quintero" / "Gulfport Herald" / her note).
#[test]
fn the_papers_name_in_the_authors_box_and_a_county_over_the_headline() {
    let got = split(
        "Skip to main content\nSubscribe\nSign In\n\nLocal\nSports\nPolitics\n\n\
         BROWARD COUNTY\n\
         Broward delays vote on school bus contract after drivers pack board meeting\n\
         By Marisol Quintero\nUpdated July 13, 2025 9:41 PM\n\n\
         Broward school board members will not vote this week on a $62 million bus contract, \
         the board chair said Sunday, after more than 200 drivers crowded a meeting.\n\n\
         The contract would hand six depots to a private operator for five years.\n\n\
         “We are slowing it down so we get it right,” the chair said.\n\n\
         RELATED STORIES FROM GULFPORT HERALD\nBROWARD COUNTY\n\
         Drivers say new routes leave children waiting in the heat\nJuly 9, 2025 11:12 AM\n\n\
         Marisol Quintero\nGulfport Herald\n\
         Marisol Quintero covers education and county government for the Gulfport Herald.\n\
         Support my work with a digital subscription\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Broward delays vote on school bus contract after drivers pack board meeting",
            Some("Gulfport Herald"),
            Some("Marisol Quintero"),
            Some("2025-07-13"),
        )]
    );
}

/// No masthead at the top, the site's name heading its footer's links ("The Deccan
/// Lamp" over "About Us") and named again in the comment rules: the story's outlet.
#[test]
fn the_sites_name_over_its_footers_links() {
    let page = |footer: &str| {
        split(&format!(
            "Skip to main content\ne-Paper\nSubscribe\nLogin\n\nIndia\nWorld\nSport\n\n\
             News\nCities\nChennai\n\
             High Court orders city to finish desilting storm drains by September 30\n\
             Updated - July 14, 2025 04:05 pm IST - CHENNAI\nMohan Sundararajan\n\n\
             The High Court on Monday directed the city corporation to complete the desilting \
             of its stormwater drains by September 30.\n\n\
             The First Bench said residents could not be made to suffer waterlogging year \
             after year.\n\n\
             Comments have to be in English, and in full sentences.\n\
             If you are already a registered user of The Deccan Lamp and logged in, you may \
             continue to engage with our articles.\n\n\
             END OF ARTICLE\n\n{footer}\nCode of Editorial Values\nNews Archive\nSitemap\n"
        ))
    };
    let got = page("The Deccan Lamp\nAbout Us");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].source.as_deref(), Some("The Deccan Lamp"));
    assert_eq!(got[0].byline.as_deref(), Some("Mohan Sundararajan"));
    // Over other links it is only one more name in the footer.
    let got = page("The Deccan Lamp\nSitemap");
    assert_eq!(got[0].source, None);
}
