//! Tests of a wire service's article page: a summary box whose label sits beside another
//! tab ("Summary" / "Companies") over its points, and the author's box at the foot (the
//! name, the employer, a paragraph about them) that closes the text; and a business
//! page's labelled video box inside the text.

use super::tests::{rows, split};

const PAGE: &str = "Skip to main content\n\
World\n\
Business\n\
Markets\n\
Sign In\n\
Autos & Transportation\n\
Halverson Rail wins $900 million order for regional trains in Poland\n\
By Ines Marquardt and Piotr Zielak\n\
July 13, 20254:18 PM GMT+1Updated 20 hours ago\n\
\n\
Summary\n\
Companies\n\
Order covers 48 battery trains for three regions\n\
One rival bid was ruled out over delivery dates\n\
First trains due in service in 2027\n\
WARSAW, July 13 (Newswire) - Danish train maker Halverson Rail has won an order worth about $900 million to supply 48 battery-powered trains to three Polish regions, the buyers said on Sunday.\n\
The contract is the largest the company has won outside Scandinavia, and it beat two rivals that had offered diesel-electric hybrids.\n\
Halverson said deliveries would begin in the second half of 2027 and run until 2029.\n\
Reporting by Ines Marquardt in Copenhagen and Piotr Zielak in Warsaw; Editing by Mark Heinrich\n\
\n\
Purchase Licensing Rights\n\
Ines Marquardt\n\
Newswire Media\n\
Ines reports on industrial companies and transport across the Nordic countries from Copenhagen, and previously covered shipping in Singapore.\n\
\n\
Newswire Products\n\
Deskview, opens new tab\n\
Access real-time market data and news in a customised workflow on desktop, web and mobile, with analytics for professionals.\n\
Datafeed, opens new tab\n\
Browse an unrivalled portfolio of historical market data and insights from sources and experts around the world.\n\
© 2025 Newswire. All rights reserved\n";

#[test]
fn a_summary_tab_beside_the_label_heads_no_story() {
    let got = split(PAGE);
    let titles: Vec<_> = rows(&got).into_iter().map(|r| r.0).collect();
    assert_eq!(
        titles,
        vec!["Halverson Rail wins $900 million order for regional trains in Poland"],
        "'Companies' is the summary box's other tab, and its points are no headlines"
    );
    assert!(!got[0].text.contains("Companies"), "{}", got[0].text);
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Ines Marquardt and Piotr Zielak")
    );
}

#[test]
fn the_authors_box_at_the_foot_closes_the_text() {
    let got = split(PAGE);
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let text = &got[0].text;
    assert!(text.contains("run until 2029."), "{text}");
    for furniture in ["Ines reports on", "Newswire Media", "unrivalled portfolio"] {
        assert!(!text.contains(furniture), "{furniture:?} in {text}");
    }
    assert_ne!(
        got[0].source.as_deref(),
        Some("Newswire Media"),
        "the employer in the box"
    );
}

/// A video box inside the text: "watch now", its length labelled ("VIDEO02:47") and again
/// ("02:47"), the clip's title and the programme it is from. The title heads no second
/// story and none of the box is the article's.
#[test]
fn a_labelled_video_box_inside_the_text() {
    let got = split(
        "Markets\n\
         Orchard Mills to buy cracker maker Fenwick & Rowe for $3 billion\n\
         Published Sun, Jul 13 2025 8:12 AM EDT\n\
         Ada Brennan\n\
         Orchard Mills on Sunday said it has agreed to buy cracker maker Fenwick & Rowe in an all-cash deal valued at $3 billion, including debt.\n\
         Orchard Mills will pay $41 per share, a premium of roughly 22% to Friday's closing price.\n\
         watch now\n\
         VIDEO02:47\n\
         02:47\n\
         Orchard Mills CEO: Fenwick deal puts us where shoppers are spending\n\
         Morning Desk\n\
         \"Fenwick gives us a presence in the aisles where shoppers are still spending,\" the chief executive said in an interview on Sunday.\n\
         The deal is expected to close in the fourth quarter, subject to regulatory approval.\n",
    );
    let titles: Vec<_> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        vec!["Orchard Mills to buy cracker maker Fenwick & Rowe for $3 billion"]
    );
    let text = &got[0].text;
    assert!(text.ends_with("subject to regulatory approval."), "{text}");
    for furniture in ["VIDEO", "02:47", "Morning Desk", "Fenwick deal puts us"] {
        assert!(!text.contains(furniture), "{furniture:?} in {text}");
    }
}
