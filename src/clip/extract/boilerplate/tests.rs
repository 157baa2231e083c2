//! Tests of `boilerplate`: furniture blocks and chrome lines taken out of an article, and
//! article text left in.

use super::*;
use dom_query::Document;

/// Readability's article HTML without its furniture, and its formatted text; `None`
/// when nothing was removed.
fn strip_furniture(html: &str) -> Option<(String, String)> {
    if !may_hold_furniture(html) {
        return None;
    }
    let doc = Document::fragment(html);
    strip_furniture_under(&doc.root()).then(|| {
        let html = doc.select("html").inner_html().to_string();
        (html, doc.root().formatted_text().to_string())
    })
}

fn text_after(html: &str) -> String {
    strip_furniture(html).map(|(_, t)| t).unwrap_or_default()
}

const BODY: &str = "<p>The council approved the budget on Tuesday after a long debate about \
    the new rail line, which will link the harbour to the airport by 2030.</p>\
    <p>Opponents said the cost had doubled since the plan was first shown to voters, and \
    asked for an independent review before any contract is signed.</p>";

#[test]
fn drops_captions_share_bars_and_newsletter_boxes() {
    let html = format!(
        "<div><figure><img src=a.jpg><figcaption>The harbour at dawn. Jane Roe</figcaption></figure>\
         {BODY}<div class=\"share-tools\"><a>Facebook</a><a>Email</a></div>\
         <aside class=\"newsletterSignup\"><p>Get the morning briefing in your inbox.</p></aside>\
         <ul class=related-links><li><a>Other story</a></li></ul>\
         <div class=with-excerpt data-nosnippet>Jane covers the council for the paper.</div></div>"
    );
    let text = text_after(&html);
    assert!(text.contains("approved the budget"), "{text}");
    assert!(text.contains("independent review"), "{text}");
    for gone in [
        "harbour at dawn",
        "Facebook",
        "morning briefing",
        "Other story",
        "covers the council",
    ] {
        assert!(!text.contains(gone), "{gone:?} is furniture: {text}");
    }
}

#[test]
fn keeps_a_furniture_named_wrapper_that_holds_the_article() {
    let html = format!("<div class=\"comment-body\">{BODY}</div>");
    assert_eq!(
        strip_furniture(&html),
        None,
        "the wrapper is most of the text"
    );
    let html = format!("<div class=\"stock-report\">{BODY}</div>");
    assert_eq!(strip_furniture(&html), None, "'stock' is not 'toc'");
    let html = format!("<div id=\"toc_share-prices\">{BODY}</div><p id=social>{BODY}</p>");
    assert_eq!(
        strip_furniture(&html),
        None,
        "ids are heading slugs, not roles"
    );
    let html = format!("{BODY}<h2 class=\"social-shopping\">Social shopping</h2>{BODY}");
    assert_eq!(
        strip_furniture(&html),
        None,
        "headings are the article's own"
    );
    let html = format!("{BODY}<figure><figcaption>Figure 2. Gas per block</figcaption></figure>");
    assert_eq!(
        strip_furniture(&html),
        None,
        "numbered figures belong to the text"
    );
}

#[test]
fn whole_words_and_parts() {
    assert!(names_furniture("post-meta"));
    assert!(names_furniture("toc"));
    assert!(names_furniture("ad slot"));
    assert!(names_furniture("relatedArticles"));
    assert!(names_furniture("author_bio"));
    assert!(!names_furniture("stock-table"));
    assert!(!names_furniture("headline"));
    assert!(!names_furniture("article-body"));
    assert!(!names_furniture("toc-para"));
    assert!(!names_furniture("no_toc_section"));
    assert!(!names_furniture("quote__author-container"));
    assert!(names_furniture("entry_tags"));
    assert!(names_furniture("byline-author"));
    assert!(
        names_furniture("type-gallery"),
        "a photo gallery's captions"
    );
    assert!(
        names_furniture("vjs-control-bar"),
        "a video player's controls"
    );
    assert!(names_furniture("blog-carousel"));
}

#[test]
fn chrome_lines() {
    for line in [
        "Credit: Jane Roe / Agency",
        "Image credit: © Photos.com/Someone",
        "Photo: Agency",
        "Updated on July 9, 2025",
        "Last updated: April 21, 2025",
        "Published: Nov. 19, 2025",
        "8 min read",
        "Show Caption",
        "Table of Contents",
        "SMS Facebook Twitter Email",
        "Share",
        "See also: How to choose a camera",
        "Related: Ten rules for better headlines",
        "Tags: Employment, Health",
        "RELATED",
        "Previous article",
        "Read more: Velanto's second-quarter profit falls 18%",
        "READ MORE: Bus fare cap extended to the end of the year",
        "Lire aussi Le chantier cherche à recruter 1 500 personnes",
        "Lesen Sie auch: Neue Brücke über den Rhein",
        "LEGGI ANCHE: Ponte sul Brenta, nuovi ritardi per la variante",
        "（责任编辑：王磊）",
        "1.2K",
        "0 Likes",
        "Published in",
        "This entry was posted by Will Harmon on Tuesday, November 4th, 2025 at 9:14 pm \
         and is filed under Water. You can follow any responses to this entry.",
    ] {
        assert!(is_chrome_line(line), "{line:?} is chrome");
    }
    for line in [
        "The council approved the budget on Tuesday.",
        "Updated rules take effect in July 2025 for all drivers in the state.",
        "Source code for the tool is on GitHub, the company said.",
        "Twitter and Facebook were fined.",
        "Related reading shows the effect is small, the authors said.",
        "See also the table below for the figures by state.",
        "Read more books, the minister told the pupils.",
        "2024",
        "",
    ] {
        assert!(!is_chrome_line(line), "{line:?} is article text");
    }
}

#[test]
fn small_print_credits_and_copyright_lines() {
    for line in [
        "This guide may contain affiliate links. We may earn a commission at no cost to you.",
        "Our editors pick every product. If you buy through our links, we may earn a fee.",
        "By signing up, you agree to the Privacy Policy and to receive our emails.",
        "By submitting your email you consent to our terms.",
        "Advertisement - Story continues below",
        "Join our newsletter",
        "Subscribe to the Weekly Ledger newsletter!",
        "Leave a reply",
        "Be the first to comment",
        "Getty Images",
        "AFP via Getty Images",
        "Copyright © 2025 The Harbour Courier. All Rights Reserved.",
        "© 2024 Example Wire",
    ] {
        assert!(is_chrome_line(line), "{line:?} is chrome");
    }
    for line in [
        "Affiliate programs pay a commission when readers buy through links, she said.",
        "By signing up thousands of drivers, the company agreed to pay a higher rate.",
        "Advertisement spending rose 4% in the quarter, the agency's report shows.",
        "The newsletter's readers doubled in a year.",
        "Leave a comment on the consultation by Friday, the ministry asked residents.",
        "Copyright Office rejects claims over AI-made images",
        "Getty Images sued Stability AI in London in 2023.",
    ] {
        assert!(!is_chrome_line(line), "{line:?} is article text");
    }
}

#[test]
fn the_scan_sees_what_the_parse_would() {
    assert!(may_hold_furniture("<div class=\"share-bar\">x</div>"));
    assert!(may_hold_furniture(
        "<figure><figcaption>x</figcaption></figure>"
    ));
    assert!(!may_hold_furniture(
        "<div class=\"article-body\"><p>x</p></div>"
    ));
    assert!(!may_hold_furniture("<p>class=\"</p>"));
}

#[test]
fn odd_input_does_not_panic() {
    assert_eq!(strip_furniture(""), None);
    assert_eq!(strip_furniture("<div class=toc"), None);
    let _ = strip_furniture("<figcaption><figcaption>x</figcaption></figcaption>");
    assert!(!is_chrome_line("   "));
}
