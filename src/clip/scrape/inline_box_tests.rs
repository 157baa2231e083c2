//! Tests of the splitter on the forty-sixth round of sites' copy-paste shapes (pages
//! written for the project, kept in `tests/fixtures/scrapes/`): boxes of links set
//! between a story's paragraphs, a share box's "Send", a time shown twice, and an outlet
//! the page names by its initials while its copyright line writes the name out.

use super::tests::{fixture, rows, split};

#[test]
fn boxes_of_links_between_the_paragraphs_and_the_outlets_initials() {
    let got = fixture!("broadcaster-boxes-inside-the-text.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Harbour towns on the North Sea run short of ferry pilots",
            Some("NWR"),
            Some("Ilse Brandvold and Tomas Ekerot"),
            Some("2025-07-14T09:00:00Z"),
        )],
        "'Send' in the share box is no headline; the initials the page calls itself by name the outlet"
    );
    let text = &got[0].text;
    for (part, why) in [
        (
            "Training is the bottleneck.",
            "the text goes on under one related headline",
        ),
        (
            "A simulator instead of the sea",
            "and under the cards of 'Explore more'",
        ),
        ("two more winters before she retires.", "to its end"),
    ] {
        assert!(text.contains(part), "{why}: {text}");
    }
    for box_line in [
        "North Sea ports agree to share their pilot boats in winter",
        "Ferry operators raise winter fares",
        "Sailing clubs along the coast",
    ] {
        assert!(
            !text.contains(box_line),
            "{box_line:?} is the box's: {text}"
        );
    }
}

/// A video's credit and the advertising label between the byline and the text are no
/// headline; the number in the outlet's name is no year.
#[test]
fn a_videos_credit_over_the_text_and_a_number_in_the_outlets_name() {
    let got = split(
        "Europe\n\
         Alpine villages ration water as glaciers retreat\n\
         Three valleys have asked residents to stop filling pools and washing cars until the autumn rains arrive.\n\
         Issued on: 13/07/2025 - 18:42Modified: 14/07/2025 - 09:10\n\
         By:\n\
         Anouk Verhaegen\n\
         Advertising\n\
         Video by: Pieter Claes\n\
         01:52\n\
         The fountains in the square of Saint-Luc were switched off on Monday, for the first time anyone in the village can remember.\n\n\
         The commune's reservoir holds a third of what it held a year ago, its engineer said.\n\n\
         (CANAL 7 with AFP)\n\
         Copyright © 2025 CANAL 7 - All rights reserved.\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Alpine villages ration water as glaciers retreat",
            Some("Canal 7"),
            Some("Anouk Verhaegen"),
            Some("2025-07-13"),
        )]
    );
}
