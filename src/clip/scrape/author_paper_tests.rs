//! Tests of the splitter on shapes of the sixty-eighth round of sites' copy-paste (pages
//! written for the project): the author's name glued to the paper's under the headline.

use super::tests::{rows, split};

/// "Dana Whitlock Harbor Valley Herald-Tribune" over the time: the author, then the paper
/// she writes for, run together on one line.
#[test]
fn the_authors_name_glued_to_the_papers() {
    let got = split(
        "Harbor Valley Herald-Tribune\n\
         Local\n\
         Sports\n\
         Obituaries\n\
         Local\n\
         River trail bridge reopens after two years of repairs\n\
         Dana Whitlock Harbor Valley Herald-Tribune\n\
         Jul 13, 2025\n\
         Updated 5 hrs ago\n\
         Facebook\n\
         Email\n\n\
         The footbridge over the Cold Creek trail reopened Saturday after two years of repairs, city officials said.\n\n\
         Crews replaced the deck and two of the four piers, which had been undercut by spring floods in 2023.\n\n\
         Reach Dana Whitlock at dwhitlock@example.com.\n\n\
         Harbor Valley Herald-Tribune\n",
    );
    let row = rows(&got)[0];
    assert_eq!(
        row.0,
        "River trail bridge reopens after two years of repairs"
    );
    assert_eq!(row.1, Some("Harbor Valley Herald-Tribune"));
    assert_eq!(row.2, Some("Dana Whitlock"));
}
