//! Boxes inside an article's text that `extract_html` leaves out though their class is
//! gone or was never there: a promo box Readability unwrapped, a sign-up web component,
//! text for screen readers and blocks a script shows on demand.

use super::*;

#[test]
fn a_promo_box_around_one_paragraph_leaves_the_text() {
    // Readability puts the box's one paragraph in the box's place, without its class.
    let html = "<html><head><title>Cocoa grind falls</title></head><body><article>\
        <h1>Cocoa grind falls</h1><div class=\"article-body__content\">\
        <div class=\"promo-box__container__1Hb3B\"><p>Get a look at the day ahead with our \
        Morning Bid newsletter. <a href=\"/n\">Sign up here.</a></p></div>\
        <p>LONDON, July 11 - Europe's largest cocoa processors cut their forecasts for 2025 \
        grindings on Friday, saying chocolate makers were buying less cocoa butter.</p>\
        <p>Grindings in Europe fell 7.2% year on year in the second quarter, the association \
        said, the lowest for the period in a decade.</p>\
        <p>Traders said the fall was smaller than feared, and prices rose in London after the \
        figures were released on Friday afternoon.</p></div></article></body></html>";
    let got = extract_html(html, Some(PAGE_URL)).expect("extracts");
    assert!(got.text.starts_with("LONDON, July 11"), "{}", got.text);
    assert!(!got.html.contains("Morning Bid"), "{}", got.html);
}

#[test]
fn a_sign_up_component_inside_the_text_leaves_it() {
    // A web component named for its role, not a class, holds the box; the paper's mark
    // of where it stood follows it.
    let para = |n: u32| {
        format!(
            "<p>Paragraph {n}: the river trust counted fewer trout in the chalk streams \
             this summer than in any year since its surveys began in 1998.</p>"
        )
    };
    let html = format!(
        "<html><head><title>Chalk streams run low</title></head><body><article>\
         <h1>Chalk streams run low</h1><div class=\"article-body\">{}{}\
         <figure><harbour-island name=\"EmailSignUpWrapper\"><p>Sign up to Harbour Notes</p>\
         <p>Free weekly newsletter</p><p>The week's river news, good and bad.</p>\
         </harbour-island><p>after newsletter promotion</p></figure>{}{}</div></article>\
         </body></html>",
        para(1),
        para(2),
        para(3),
        para(4)
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    assert!(got.text.contains("Paragraph 4"), "{}", got.text);
    for box_line in [
        "Sign up to",
        "Free weekly",
        "river news, good",
        "after newsletter",
    ] {
        assert!(!got.text.contains(box_line), "{box_line:?} in {}", got.text);
    }
}

#[test]
fn text_no_reader_sees_leaves_the_article() {
    // Screen-reader text inside a link, and a change history a script shows on demand.
    let para = |n: u32| {
        format!(
            "<p>Paragraph {n}: the county will restore forty rural bus routes from January, \
             paid for by a fund the transport board approved on Tuesday.</p>"
        )
    };
    let html = format!(
        "<html><head><title>Rural buses return</title></head><body><article>\
         <h1>Rural buses return</h1>{}{}<p>Read the <a href=\"/guide\">bidding guide\
         <span class=\"sr-only\">, opens new tab</span></a> before March.</p>{}\
         <div class=\"js-hidden\"><ol><li>Added a Welsh translation.</li>\
         <li>First published.</li></ol></div></article></body></html>",
        para(1),
        para(2),
        para(3)
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    assert!(
        got.text.contains("bidding guide before March."),
        "{}",
        got.text
    );
    for hidden in ["opens new tab", "Welsh translation", "First published"] {
        assert!(!got.text.contains(hidden), "{hidden:?} in {}", got.text);
    }
}
