//! Tests of the splitter on pages that mix shapes (the thirteenth round of sites'
//! copy-paste shapes, `tests/fixtures/scrapes/`): a chat message sharing stories that each
//! cite their outlet in another place, with a reply under it; a section list whose items
//! put their times before or after their summaries; a tabloid article under a weather
//! strip, with its comment thread.

use super::tests::{fixture, rows, split};

/// A chat's shared reads: each story ends with its link, and names its outlet over it
/// ("Evening Standard | Mon 14 Jul 2025 09.12 BST | Oliver Grant"), after it ("The
/// Telegraph, by Anna Whitfield and James Okoro, 13 July 2025"), or under its headline;
/// a colleague's reply is no story's text.
#[test]
fn chat_roundup_of_links_with_a_reply() {
    let got = fixture!("chat-roundup-links-and-reply.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "London fintech Tallybank cuts 300 jobs as it moves customer support to AI agents",
                Some("Evening Standard"),
                Some("Oliver Grant"),
                Some("2025-07-14T08:12:00Z")
            ),
            (
                "Ofgem orders energy suppliers to refund £90m in overcharged standing charges",
                Some("The Telegraph"),
                Some("Anna Whitfield and James Okoro"),
                Some("2025-07-13")
            ),
            (
                "Israeli cybersecurity firm Shieldpoint agrees $2.3bn sale to US buyer",
                Some("Haaretz"),
                None,
                Some("2025-07-14")
            ),
            (
                "Canadian pension funds push back on Ottawa's domestic-investment target",
                Some("Globe and Mail"),
                Some("Mark Tessier"),
                Some("2025-07-13")
            ),
        ]
    );
    assert!(
        got[3].text.ends_with("maximize returns for members."),
        "the reply is no part of the last story: {}",
        got[3].text
    );
}

/// A section list whose items put the time over the summary or under it ("Updated 2 hrs
/// ago" glued under one, then "Premium" over the next headline): a time under a summary
/// is that story's when the next story also shows its own there.
#[test]
fn section_list_with_times_before_and_after_summaries() {
    let got = fixture!("section-list-times-before-and-after.txt");
    let et = Some("The Economic Times");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Quick-commerce firm Dashcart raises $180 million led by Gulf sovereign fund",
                et,
                Some("Priya Nair"),
                Some("2025-07-14T04:50:00Z")
            ),
            (
                "IT ministry moves to cap data-centre power tariffs in draft policy",
                et,
                Some("Arjun Sethi"),
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Salary deferrals spread to mid-tier IT firms as deal wins slow",
                et,
                Some("Suraj Iyer"),
                Some("2025-07-13T13:15:00Z")
            ),
            (
                "Chipmaker Vegatron Semi picks Gujarat for Rs 6,500 crore packaging unit",
                et,
                Some("Neha Kulkarni"),
                Some("2025-07-12T05:35:00Z")
            ),
        ]
    );
}

/// The masthead under a weather strip names the outlet, and the comment thread ("Comments
/// 214", its sort orders, "The comments below have not been moderated.") is not text.
#[test]
fn tabloid_article_under_a_weather_strip_with_comments() {
    let got = fixture!("weather-strip-and-unmoderated-comments.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Bakery chain Crumbwell to shut 140 high street shops as energy bills and wage costs bite",
            Some("Daily Mail"),
            Some("Helen Marsh"),
            Some("2025-07-14T08:12:00Z")
        )]
    );
    let text = &got[0].text;
    assert!(
        text.ends_with("fell 6.4 per cent to 212p in morning trading."),
        "{text}"
    );
    assert!(
        !text.contains("sausage rolls") && !text.contains("moderated"),
        "{text}"
    );
}

/// A temperature in a headline is no weather strip; two in a row of dates are.
#[test]
fn weather_strips_are_chrome_but_hot_headlines_are_not() {
    let got = split(
        "Monday, Jul 14th 2025 9PM 19°C 12AM 16°C 5-Day Forecast\n\n\
         Spain swelters at 44°C as the heatwave closes schools\n\n\
         Schools across Andalusia closed early on Monday as temperatures passed 44C in Seville.\n\n\
         The regional government said the closures would last until Wednesday at least.\n",
    );
    assert_eq!(
        got[0].title,
        "Spain swelters at 44°C as the heatwave closes schools"
    );
    assert!(!got[0].text.contains("Forecast"), "{}", got[0].text);
}
