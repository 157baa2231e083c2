//! Tests of the splitter on shapes of the forty-eighth and forty-ninth rounds of sites'
//! copy-paste (pages written for the project, kept in `tests/fixtures/scrapes/`): a
//! business site's "Most Popular" with the ranks written before the headlines, and a
//! magazine's caption that credits its own illustration, over a list under "We Recommend".

use super::tests::{fixture, rows, split};

/// "Read Next", the site's picks, then "Most Popular" with "1. ..." to "5. ...": none of
/// it is the text, which ends at its last paragraph.
#[test]
fn ranked_headlines_under_most_popular_close_the_text() {
    let got = fixture!("business-site-ranked-most-popular.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Warehouse rents slip in the Midwest as new space keeps coming",
            Some("Ledgerline"),
            Some("Corinne Vasquez"),
            Some("2025-07-14T15:05:00Z"),
        )]
    );
    let text = &got[0].text;
    assert!(
        text.trim_end()
            .ends_with("which should let demand catch up by late 2026."),
        "the text ends at its last paragraph: {text}"
    );
    for listed in [
        "Should I take the lump sum?",
        "What should I do?",
        "Our calculator",
    ] {
        assert!(!text.contains(listed), "{listed:?} is the list's: {text}");
    }
}

/// The caption under the date ends with "Harbor Light illustration; ..." and is no
/// headline; the headline with its stops stays the story's, the author its byline, and
/// the list under "We Recommend" stays out of the text.
#[test]
fn a_credited_illustration_under_the_date_and_a_list_we_recommend() {
    let got = fixture!("magazine-illustration-credit-and-recommendations.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "A Lake Town Quietly Sold Its Water Rights. Then the Wells Ran Dry.",
            Some("Harbor Light"),
            Some("Dana Whitlock"),
            Some("2025-07-14"),
        )]
    );
    let text = &got[0].text;
    assert!(text.contains("taped to the post office door"), "{text}");
    for other in [
        "Residents line up at a water station",
        "It Hired Eleven People",
        "The Results Took Eight Months",
    ] {
        assert!(!text.contains(other), "{other:?} is not the text: {text}");
    }
}

/// A caption that ends with a credit to the outlet's own illustration, read alone.
#[test]
fn captions_crediting_an_illustration() {
    use super::caption_ends::is_photo_caption;
    assert!(is_photo_caption(
        "Residents line up at a water station in June. Harbor Light illustration; Corwin Bay Council/YouTube"
    ));
    assert!(is_photo_caption(
        "The new terminal under construction in March. Tribune illustration"
    ));
    assert!(
        !is_photo_caption(
            "The town approved the plan. Critics called it a bad illustration of the rules."
        ),
        "a sentence is no credit"
    );
}
