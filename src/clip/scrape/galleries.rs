//! A gallery's pieces among the lines: its slides (a count, a caption, a credit; or
//! "Hide Caption" over them) and a link to it (its title over its count of pictures).
//! Apart from `captions` for its size.

use super::credits;
use super::lines::{self, Kind};
use super::passes::{shown_after, shown_before};

/// "View Gallery: White sharks spotted off Outer Cape beaches" over "24 Photos": a link to
/// a gallery, its title over its count of pictures, is no headline and no text.
pub(super) fn drop_gallery_links(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        let Some((n, what)) = lines[i].trim().split_once(' ') else {
            continue;
        };
        let count = !n.is_empty()
            && n.chars().all(|c| c.is_ascii_digit())
            && ["photos", "images", "pictures", "photographs"]
                .contains(&what.to_lowercase().as_str());
        if !count {
            continue;
        }
        if let Some(title) = shown_before(kinds, i).filter(|&t| {
            matches!(kinds[t], Kind::Short | Kind::Junk) && lines::word_count(&lines[t]) <= 16
        }) {
            kinds[title] = Kind::Junk;
            kinds[i] = Kind::Junk;
        }
    }
}

/// "2 of 8" over "Snorkelers spread out across a seagrass bed ..." over "Mike Lang/Herald":
/// a gallery's slide, its count, caption and credit.
pub(super) fn drop_gallery_slides(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !slide_count(&lines[i]) {
            continue;
        }
        let Some(caption) = shown_after(kinds, i + 1) else {
            continue;
        };
        if let Some(credit) = shown_after(kinds, caption + 1)
            && credits::is_picture_credit(&lines[credit])
            && lines::word_count(&lines[caption]) <= 60
        {
            kinds[i] = Kind::Junk;
            kinds[caption] = Kind::Junk;
            kinds[credit] = Kind::Junk;
        }
    }
    // "Hide Caption" over the slide's title, caption and credit, then "View Gallery" (or
    // nothing of the gallery's): the slide shown without its count.
    for i in 0..lines.len() {
        if !lines[i].trim().eq_ignore_ascii_case("hide caption") {
            continue;
        }
        let slide: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(4)
            .collect();
        if let Some(end) = slide
            .iter()
            .position(|&j| lines[j].trim().eq_ignore_ascii_case("view gallery"))
            .filter(|&end| end >= 1)
        {
            for &j in &slide[..end] {
                kinds[j] = Kind::Junk;
            }
        } else if let [title, caption, credit, ..] = slide[..]
            && matches!(kinds[title], Kind::Short)
            && matches!(kinds[caption], Kind::Junk | Kind::Para)
            && credits::is_picture_credit(&lines[credit])
        {
            // Or the title, caption and credit ("Dana Kowal/State Journal"), no link.
            for j in [title, caption, credit] {
                kinds[j] = Kind::Junk;
            }
        }
    }
}

/// "2 of 8": a gallery's count of its slides.
pub(super) fn slide_count(line: &str) -> bool {
    line.trim().split_once(" of ").is_some_and(|(n, of)| {
        [n, of]
            .iter()
            .all(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    })
}
