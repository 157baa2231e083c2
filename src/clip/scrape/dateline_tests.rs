//! Tests of the splitter on shapes of the fifty-second and later rounds of sites'
//! copy-paste (pages written for the project): a dateline's place alone under the
//! headline, which is no outlet.

use super::tests::{rows, split};

/// "ANKARA" in capitals between the headline and the time is where the story was filed:
/// the outlet is the masthead's, not the place's.
#[test]
fn a_dateline_place_over_the_time_is_no_outlet() {
    let got = split(
        "ANATOLIAN LEDGER\n\
         POLITICS\n\
         ECONOMY\n\
         CULTURE\n\
         Search\n\
         Home\n\
         Economy\n\
         Ankara raises minimum wage for the second time this year\n\
         ANKARA\n\
         July 14 2025 09:12:00\n\
         Share\n\
         Facebook\n\
         The government raised the monthly minimum wage by 12 percent on Monday, the second increase this year as inflation stays above 30 percent.\n\
         Labour Minister Emre Yalçın said the new rate would apply from August 1 and would be reviewed again in December.\n\
         Employers' groups said the rise would squeeze small businesses already hit by high borrowing costs.\n\
         MOST POPULAR\n\
         Lira steadies after central bank decision\n\
         Copyright © 2025 Anatolian Ledger - All rights reserved\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Ankara raises minimum wage for the second time this year",
            Some("Anatolian Ledger"),
            None,
            Some("2025-07-14"),
        )]
    );
}
