//! Tests of the splitter on shapes of the forty-eighth and forty-ninth rounds of sites'
//! copy-paste (pages written for the project, kept in `tests/fixtures/scrapes/`): a
//! business site's "Most Popular" with the ranks written before the headlines, and a
//! magazine's caption that credits its own illustration, over a list under "We Recommend";
//! and a London paper's ranked list with times, a network's channel in its footer and
//! three authors with a serial comma.

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

/// The caption ends with the photographer's name in brackets and no stop; "Read More" over
/// three headlines sits inside the text; the call for tips and the comment box's sign-in
/// line close it; "Most Read" ranks its items, each over its time, and none is a story.
#[test]
fn a_ranked_list_with_times_and_a_caption_signed_in_brackets() {
    let got = fixture!("london-paper-ranked-most-read-with-times.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Riverboat services halted between Greenwich and Putney after pier damage",
            Some("The Capital Courier"),
            Some("Ottilie Fanshawe"),
            Some("2025-07-14T10:00:00Z"),
        )]
    );
    let text = &got[0].text;
    assert!(
        text.contains("Tickets were being accepted"),
        "the text goes on under the box: {text}"
    );
    assert!(
        text.trim_end()
            .ends_with("further inspections are planned overnight."),
        "the text ends at its last paragraph: {text}"
    );
    for other in [
        "Passengers wait at Greenwich pier",
        "Cycle hire prices",
        "Deptford",
    ] {
        assert!(!text.contains(other), "{other:?} is not the text: {text}");
    }
}

/// The network's channel over its tagline in the footer, under a timed list, is no outlet
/// of the story; "A, B, and C" is joined as every other byline.
#[test]
fn a_channel_in_the_footer_and_a_serial_comma() {
    let got = fixture!("network-site-footer-channel-and-serial-comma.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Hiker rescued after two nights in canyon near Sedona, officials say",
            Some("WNBC News"),
            Some("Lorna Pike, Ezra Mbeki and Hollis Grant"),
            Some("2025-07-13"),
        )]
    );
}
