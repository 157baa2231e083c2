//! Signatures that name more than the author, each part on a line of its own over the
//! time: the author, the outlet the menu named and the city ("Vesna Radulović" / "BIRN" /
//! "Podgorica"), the authors and their city ("Aditi Nandan & Harsh Kumar" / "New Delhi"),
//! and a name signed with the masthead's initials ("Anni Rautio HS"); and the names of a
//! byline that gives the place filed from ("Hannah Murphy in San Francisco"). Each turns the
//! names' line into a byline (or a source) and the rest into chrome, as `signatures` does.
//! And a finished byline loses the towns its authors filed from, when the story names
//! them as places.

use super::lines::{self, Kind};
use super::names;

/// The `n` lines shown under line `i`, past blank lines and interface.
fn shown_under(kinds: &[Kind], i: usize, n: usize) -> Vec<usize> {
    (i + 1..kinds.len())
        .filter(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
        .take(n)
        .collect()
}

/// "Vesna Radulović" over "BIRN" over "Podgorica" over the time: the author, the outlet
/// the menu named above, and the city filed from, each on its own line.
pub(super) fn names_over_outlet_and_place(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len().saturating_sub(3) {
        let [outlet, place, time] = shown_under(kinds, i, 3)[..] else {
            continue;
        };
        let short = |j: usize| matches!(kinds[j], Kind::Short);
        if short(i)
            && short(outlet)
            && short(place)
            && matches!(&kinds[time], Kind::Meta(m) if m.when.is_some())
            && names::names_like(&lines[i])
            // A city the registry may not know ("Podgorica"): one or two capitalised words.
            && (names::known_place(&lines[place])
                || ((1..=2).contains(&lines::word_count(&lines[place]))
                    && lines[place].split_whitespace().all(lines::starts_upper)))
            && lines::outlet_shaped(&lines[outlet])
            && (0..i).any(|j| short(j) && lines[j] == lines[outlet])
        {
            kinds[i] = Kind::Meta(lines::Meta {
                byline: Some(lines[i].clone()),
                source: Some(lines[outlet].clone()),
                ..lines::Meta::default()
            });
            kinds[outlet] = Kind::Junk;
            kinds[place] = Kind::Junk;
        }
    }
}

/// "Aditi Nandan & Harsh Kumar" over "New Delhi" over the time: the authors, then the city
/// they filed from (one the registry knows), each on its own line.
pub(super) fn names_over_their_place(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len().saturating_sub(2) {
        let [place, time] = shown_under(kinds, i, 2)[..] else {
            continue;
        };
        if matches!(kinds[i], Kind::Short)
            && matches!(kinds[place], Kind::Short)
            && matches!(&kinds[time], Kind::Meta(m) if m.when.is_some())
            && names::names_like(&lines[i])
            && !names::known_place(&lines[i])
            && names::known_place(&lines[place])
        {
            kinds[i] = Kind::Meta(lines::Meta {
                byline: Some(lines[i].replace(" & ", " and ")),
                ..lines::Meta::default()
            });
            kinds[place] = Kind::Junk;
        }
    }
}

/// "Anni Rautio HS" over its time: a name signed with the initials of the masthead above
/// it ("Helsingin Sanomat") is the byline; the initials are the outlet's, not the name's.
pub(super) fn names_signed_with_initials(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !matches!(kinds[i], Kind::Short) {
            continue;
        }
        let Some((names, initials)) = lines[i].trim().rsplit_once(' ') else {
            continue;
        };
        let timed = (i + 1..lines.len())
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
            .is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
        if !timed
            || !(2..=4).contains(&initials.chars().count())
            || !initials.chars().all(char::is_uppercase)
            || !names::names_like(names)
            || !(0..i).any(|j| {
                matches!(kinds[j], Kind::Short) && super::masthead::spells_out(initials, &lines[j])
            })
        {
            continue;
        }
        kinds[i] = Kind::Meta(lines::Meta {
            byline: Some(names.to_string()),
            ..lines::Meta::default()
        });
    }
}

/// "Hannah Murphy in San Francisco", "Jane Doe and John Roe in Brussels" -> the names: a
/// byline with the place it was filed from (one to three capitalised words), or the
/// ground a match was reported at ("Tom Bradley at the Valley Road Stadium").
pub(crate) fn names_in_place(line: &str) -> Option<String> {
    let in_place = |part: &str| -> Option<(String, bool)> {
        // "Tom Bradley at the Valley Road Stadium": a match report's, at its ground.
        let (names, place, most) = match part.rsplit_once(" in ") {
            Some((names, place)) => (names, place, 3),
            None => match part.split_once(" at the ") {
                Some((names, place)) => (names, place, 5),
                None => return names::names_like(part).then(|| (part.to_string(), false)),
            },
        };
        let place_words: Vec<&str> = place.split_whitespace().collect();
        let placed = (1..=most).contains(&place_words.len())
            && place_words.iter().all(|w| lines::starts_upper(w))
            && !place.ends_with(['.', '!', '?']);
        (placed && names::names_like(names)).then(|| (names.to_string(), true))
    };
    // "Nadia Karim in Cairo and MEE staff": the outlet's staff, or its agencies, who helped
    // are no author.
    let line = line
        .rsplit_once(" and ")
        .filter(|(_, helpers)| {
            let h = helpers.to_lowercase();
            h == "agencies" || (h.ends_with(" staff") && h.split_whitespace().count() <= 3)
        })
        .map_or(line, |(authors, _)| authors);
    // "Tom Wilson in London and Anjli Raval in Dubai": each name with its place.
    let parts: Vec<(String, bool)> = line.split(" and ").map(in_place).collect::<Option<_>>()?;
    parts.iter().any(|(_, placed)| *placed).then(|| {
        parts
            .into_iter()
            .map(|(n, _)| n)
            .collect::<Vec<_>>()
            .join(" and ")
    })
}

/// A byline with the place each author filed from after a comma ("Abena Quaye-Mensah,
/// Cape Coast", "Ibrahim Musa Giginyu, Birnin Kebbi and Amina Sule Dogo"), without the
/// places: a part that the story's `text` names as a place ("in Cape Coast", "Residents of
/// Birnin Kebbi") is no author. The first part is always a name; `None` when nothing goes.
pub(super) fn without_places_in_text(byline: &str, text: &str) -> Option<String> {
    let parts = super::body::byline_parts(byline);
    let placed = |p: &str| {
        ["in ", "of ", "at "].iter().any(|before| {
            let said = format!("{before}{p}");
            text.match_indices(&said).any(|(at, _)| {
                let after = text[at + said.len()..].chars().next();
                let word_start = at == 0 || text[..at].ends_with(|c: char| !c.is_alphanumeric());
                word_start && !after.is_some_and(char::is_alphanumeric)
            })
        })
    };
    let kept: Vec<&str> = parts
        .iter()
        .enumerate()
        .filter(|&(k, p)| k == 0 || !placed(p))
        .map(|(_, p)| *p)
        .collect();
    (kept.len() < parts.len()).then(|| names::join_names(&kept))
}
