//! Tests of the splitter on what a page lists around a story (the seventy-seventh to
//! seventy-ninth rounds of sites' copy-paste shapes): a "Read next" list under the text,
//! over its tags and its section's other headlines, some of which end in a stop and read
//! as short paragraphs.

use super::tests::{rows, split};

/// "Read next", the story's tags, "More Markets", then headlines: two of them end in a
/// stop and read as paragraphs, with a plain headline between. None is the story's text.
#[test]
fn headlines_under_read_next_are_no_text_though_they_end_in_a_stop() {
    let got = split(
        "Markets\n\
         Harbor crane maker Tidewell cuts a fifth of its staff as port orders dry up\n\
         Lena Ortiz\nJul 14, 2025, 6:10 AM ET\nShare\nSave\n\n\
         Tidewell, the Rotterdam-based maker of ship-to-shore cranes, is cutting about 240 jobs, \
         a fifth of its workforce, after two large port operators delayed their orders.\n\n\
         Chief executive Marten Vos told staff on Sunday that the company had built capacity \
         for a wave of port upgrades that has not come.\n\n\
         \"We planned for a year that did not arrive,\" Vos wrote in a memo seen by reporters. \
         \"I take responsibility for that.\"\n\n\
         The cuts fall mostly on assembly and field service teams in the Netherlands and \
         Poland, according to two employees.\n\n\
         Tidewell said it would keep its research budget unchanged and expected to return to \
         profit in 2026.\n\n\
         Read next\nLayoffs\nPorts\nShipping\nManufacturing\nMore Markets\n\
         A crane shortage is finally over. Here's what that means for ports.\n\
         Why shipping rates fell for the fourth month in a row\n\
         I worked a night shift at a container terminal. Here's what I learned.\n\
         The quiet rise of electric straddle carriers\n\
         Jump to\nMain content\nPrivacy Policy\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0]
            .text
            .ends_with("expected to return to profit in 2026."),
        "{}",
        got[0].text
    );
}
