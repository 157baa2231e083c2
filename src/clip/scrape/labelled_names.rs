//! Names under a label that says who they are ("Written by" over "Jane Doe", "Published
//! in" over the publication, a platform's author over "Follow"), and the labels whose line
//! below is a sponsor or a photographer's credit, for the splitter's passes.

use super::lines::{self, Kind};
use super::names;

/// "News provided by" over "Acme Robotics, Inc.", "Written by" over "Jane Doe": a label
/// ending in "by" names the line under it: a person is the byline, anything else the
/// source.
pub(super) fn labelled_names(lines: &[String], kinds: &mut [Kind]) {
    const NAMING: &[&str] = &[
        "provided by",
        "written by",
        "posted by",
        "published by",
        "reported by",
        "story by",
        "words by",
        // "Text by:" over the author's name (France 24).
        "text by",
    ];
    // "Sponsored by" over its sponsor, "Photographs by" over the photographer: an
    // advertisement or a credit, both lines.
    #[rustfmt::skip]
    const SPONSORING: &[&str] = &[
        "sponsored by", "supported by", "brought to you by", "presented by", "paid for by",
        "in partnership with", "photographs by", "photos by", "photography by",
        "illustrations by", "video by",
    ];
    for i in 0..lines.len().saturating_sub(1) {
        let label = lines[i].to_lowercase();
        let label = label.trim_end_matches([':', ' ']);
        let short =
            label.split_whitespace().count() <= 4 && matches!(kinds[i], Kind::Short | Kind::Junk);
        if short && SPONSORING.iter().any(|s| label.ends_with(s)) {
            kinds[i] = Kind::Junk;
            if lines[i + 1].split_whitespace().count() <= 6 {
                kinds[i + 1] = Kind::Junk;
            }
            continue;
        }
        let named = &lines[i + 1];
        // "Marisol Okonkwo" over "Follow": a blogging platform's author over the button
        // that follows them.
        // Then "Published in" over "Street Level": the publication the post appeared in,
        // named on the author's line.
        // (Only under a headline and its standfirst, both short lines: a headline that
        // reads as a paragraph is the assembler's to find.)
        if matches!(kinds[i], Kind::Short)
            && i >= 2
            && matches!(kinds[i - 1], Kind::Short)
            && matches!(kinds[i - 2], Kind::Short)
            && named.trim().eq_ignore_ascii_case("follow")
            && names::names_like(&lines[i])
        {
            let published_in = (i + 3 < lines.len()
                && lines[i + 2].trim().eq_ignore_ascii_case("published in")
                && lines::word_count(&lines[i + 3]) <= 6)
                .then(|| lines[i + 3].clone());
            // (Without it, a name over "Follow" may be a feed's curator.)
            if published_in.is_none() {
                continue;
            }
            kinds[i + 2] = Kind::Junk;
            kinds[i + 3] = Kind::Junk;
            // Its time after the reading time ("9 min read" / "·" / "Jun 27, 2025") joins
            // the line, so that the header is one.
            let timed = (i + 4..lines.len().min(i + 8))
                .take_while(|&j| matches!(kinds[j], Kind::Junk | Kind::Meta(_)))
                .find(|&j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
            let when = timed.and_then(|j| match std::mem::replace(&mut kinds[j], Kind::Junk) {
                Kind::Meta(m) => m.when,
                _ => None,
            });
            kinds[i] = Kind::Meta(lines::Meta {
                byline: Some(lines[i].clone()),
                source: published_in,
                when,
                ..lines::Meta::default()
            });
            kinds[i + 1] = Kind::Junk;
            continue;
        }
        // "Headshot of Marisa Quintero" over "Marisa Quintero": the author's picture, then
        // the author.
        let pictured = ["headshot of ", "photo of ", "portrait of ", "picture of "]
            .iter()
            .find_map(|p| label.strip_prefix(p))
            .is_some_and(|who| who == named.to_lowercase() && names::names_like(named));
        if pictured {
            kinds[i] = Kind::Junk;
            kinds[i + 1] = Kind::Meta(lines::Meta {
                byline: Some(named.clone()),
                ..lines::Meta::default()
            });
            continue;
        }
        let labelled = short && NAMING.iter().any(|n| label.ends_with(n));
        if !labelled
            || named.split_whitespace().count() > 6
            || !matches!(kinds[i + 1], Kind::Short | Kind::Para)
        {
            continue;
        }
        let mut meta = lines::Meta::default();
        if names::names_like(named) {
            meta.byline = Some(named.clone());
        } else {
            meta.source = Some(named.trim_end_matches('.').to_string());
        }
        kinds[i] = Kind::Junk;
        kinds[i + 1] = Kind::Meta(meta);
    }
}
