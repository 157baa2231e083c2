//! A photo caption's credit after its last stop, in the shapes `caption_ends` reads beside
//! its own: "... at the port. PHOTO | FILE", "... on Sunday. / Sagaing Federal Units", "...
//! the lake foreshore. Picture supplied", "... in the district. — SPA". Apart from
//! `caption_ends` for its size.

/// Whether `line` is a caption that ends with one of these credits.
pub(super) fn credit_after_stop(line: &str) -> bool {
    let end = line.trim_end_matches([')', '.', ' ']);
    // "Vehicles wait to be cleared at the port. PHOTO | FILE", "... PHOTO | JANE DOE": the
    // label in capitals, a bar, then the source or the photographer in capitals.
    if let Some((text, credit)) = line.trim_end().rsplit_once(" PHOTO | ")
        && (1..=4).contains(&credit.split_whitespace().count())
        && !credit.chars().any(char::is_lowercase)
        && text.split_whitespace().count() >= 4
        && line.split_whitespace().count() <= 50
    {
        return true;
    }
    // "Resistance fighters at the outpost on Sunday. / Sagaing Federal Units": the credit
    // after a slash that follows the caption's stop.
    if let Some((text, credit)) = line.trim_end().rsplit_once(". / ")
        && (1..=4).contains(&credit.split_whitespace().count())
        && credit.split_whitespace().all(super::lines::starts_upper)
        && text.split_whitespace().count() >= 4
        && line.split_whitespace().count() <= 40
    {
        return true;
    }
    // "... the lake foreshore. Picture supplied", "... district. — SPA": a picture given by
    // its subject, or an agency's after a dash, after the caption's stop.
    if let Some((text, tail)) = end.rsplit_once(". ")
        && text.split_whitespace().count() >= 4
        && ([
            "Picture supplied",
            "Photo supplied",
            "Image supplied",
            "Supplied",
        ]
        .contains(&tail)
            || tail
                .strip_prefix("— ")
                .or_else(|| tail.strip_prefix("- "))
                .is_some_and(super::credits::known_agency))
    {
        return true;
    }
    false
}
