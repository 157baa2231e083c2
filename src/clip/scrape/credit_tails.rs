//! A photo caption's credit after its last stop, in the shapes `caption_ends` reads beside
//! its own: "... at the port. PHOTO | FILE", "... on Sunday. / Sagaing Federal Units", "...
//! the lake foreshore. Picture supplied", "... in the district. — SPA", "... in the
//! trial. (Picture by Jane Doe, 33456922)", "... sharply PIC: JANE DOE", "... in Kharkiv.
//! (Jane Doe/Global Images via Getty Images)", "... in Caloocan City. INQUIRER.net FILE
//! PHOTO / GRIG C. MONTEGRANDE", "... Photo Services, CC BY-ND". Apart from
//! `caption_ends` for its size.

use regex::Regex;
use std::sync::LazyLock;

/// A credit's label and the one credited at a caption's end, bracketed or not, with the
/// picture's number of a paper's library after it: "(Picture by Adrian Miller, 33456922)",
/// "Picture: DAVID FERGUSON (41872216)", "PIC: KGOMOTSO RAMMALA".
static LABELLED_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s.])\(?(?:pictures?|pics?|photos?|photograph|image)(?:\s*:|\s+by)\s+([^():,]{2,60}?)(?:,?\s*\(?\d{5,}\)?)?\)?$",
    )
    .expect("a valid pattern")
});

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
    // "... in a Quezon City mall. INQUIRER.net FILE PHOTO", "... in Caloocan City.
    // INQUIRER.net FILE PHOTO / GRIG C. MONTEGRANDE": the paper's label after the stop, in
    // capitals, and perhaps a slash and the photographer in capitals.
    let trimmed = line.trim_end();
    let (labelled, who) = trimmed.rsplit_once(" / ").unwrap_or((trimmed, ""));
    if let Some(text) = labelled
        .strip_suffix(" FILE PHOTO")
        .or_else(|| labelled.strip_suffix(" PHOTO"))
        && let Some((caption, whose)) = text.rsplit_once(". ")
        && caption.split_whitespace().count() >= 4
        && (1..=3).contains(&whose.split_whitespace().count())
        && who.split_whitespace().count() <= 4
        && !who.chars().any(char::is_lowercase)
        && line.split_whitespace().count() <= 50
    {
        return true;
    }
    // "... Shah Alam July 14, 2025. — Picture by Azlan Rosli", "... November 4, 2024. —
    // Bernama pic": after the caption's stop, a dash, then the photographer, or the agency
    // and "pic".
    if let Some((text, credit)) = [". — ", ". – "]
        .iter()
        .find_map(|dash| trimmed.rsplit_once(dash))
        && text.split_whitespace().count() >= 4
        && line.split_whitespace().count() <= 60
    {
        let words = credit.split_whitespace().count();
        let by = ["Picture by ", "Photo by ", "Pic by "]
            .iter()
            .any(|l| credit.starts_with(l))
            && words <= 6;
        let pic = [" pic", " pix", " photo"]
            .iter()
            .any(|l| credit.ends_with(l))
            && super::lines::starts_upper(credit)
            && words <= 3;
        if by || pic {
            return true;
        }
    }
    // "Fans watch a game at Riverside Field in 2023.Marcus Elwood / AP file": the
    // photographer glued to the caption's stop, a slash, then the agency ("file": an old
    // picture).
    if let Some((text, agency)) = trimmed.rsplit_once(" / ")
        && super::credits::known_agency(
            agency
                .strip_suffix(" file")
                .or_else(|| agency.strip_suffix(" File"))
                .unwrap_or(agency),
        )
        && text.contains('.')
        && text.split_whitespace().count() >= 5
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "A vehicle sits stalled in high water on Sunday night. Raquel Montoya/Staff
    // photographer": the photographer after the caption's stop, a slash, then their role.
    if let Some((text, credit)) = trimmed.rsplit_once(". ")
        && let Some((who, role)) = credit.split_once('/')
        && super::names::names_like(who)
        && [
            "staff photographer",
            "staff",
            "contributor",
            "freelance",
            "special to",
        ]
        .iter()
        .any(|r| role.to_lowercase().starts_with(r))
        && text.split_whitespace().count() >= 4
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "Street trees can make a block cooler. Lakeshore State University Photo Services,
    // CC BY-ND": a picture under a Creative Commons licence, named after its credit.
    if let Some((text, licence)) = trimmed.rsplit_once(", ")
        && creative_commons(licence)
        && text.split_whitespace().count() >= 4
        && line.split_whitespace().count() <= 60
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
    // its subject, or an agency's after a dash, after the caption's stop ("... Subang
    // Jaya. — SAMUEL TAN/The Star": or the paper's photographer's).
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
                .is_some_and(|credit| {
                    super::credits::known_agency(credit) || photographer_of_paper(credit)
                }))
    {
        return true;
    }
    // "... on July 10, 2025. Alyssa Merriweather amerriweather@thesunnews.com": the
    // photographer and her address after the caption's stop.
    if let Some((text, credit)) = line.trim_end().rsplit_once(". ")
        && let Some((who, address)) = credit.rsplit_once(' ')
        && address.contains('@')
        && !address.contains(char::is_whitespace)
        && text.split_whitespace().count() >= 5
    {
        let cased = super::names::name_case(who);
        return super::names::names_like(cased.as_deref().unwrap_or(who));
    }
    // "... in the trial. (Picture by Adrian Miller, 33456922)", "... has fallen sharply
    // PIC: KGOMOTSO RAMMALA": a label and a person or an agency, at the end of a caption
    // of five words or more.
    // The label bracketed, with a colon, or opening a sentence: "... in a photo by Jane
    // Doe." is the text's.
    if let Some(found) = LABELLED_CREDIT.captures(line.trim_end())
        && let (Some(all), Some(who)) = (found.get(0), found.get(1))
        && (all.as_str().contains(['(', ':'])
            || all.as_str().starts_with('.')
            || line[..all.start()].trim_end().ends_with('.'))
        && line[..all.start()].split_whitespace().count() >= 5
        && line.split_whitespace().count() <= 60
    {
        let who = who.as_str().trim();
        let cased = super::names::name_case(who);
        let named = super::names::names_like(cased.as_deref().unwrap_or(who))
            || super::credits::known_agency(who)
            || super::lines::outlet_shaped(who);
        return named && who.split_whitespace().count() <= super::credits::CREDIT_TAIL_WORDS;
    }
    false
}

/// A caption, then its agency's credit in brackets: "... on March 18, 2025. (Illustrative
/// purposes only) (Jane Doe/Global Images Ukraine via Getty Images)".
pub(super) fn agency_in_brackets(line: &str) -> bool {
    super::credits::bracketed_tail(line, '(', ')').is_some_and(|(text, inner)| {
        text.split_whitespace().count() >= 4
            && line.split_whitespace().count() <= 60
            && super::credits::is_agency_credit(inner)
    })
}

/// A caption credited after its stop in one of the shapes of papers' archives and
/// pictures' copyrights: "... building. — Dawn/File", "... near Lisbon, 2 July 2025 -
/// Copyright AP Photo/Marta Ruiz", "... near Land O' Lakes. [ MARCUS ELLERBY | Times ]".
pub(super) fn archive_or_copyright_credit(line: &str) -> bool {
    // "A view of the Islamabad High Court building. — Dawn/File": after the caption's
    // stop and a dash, the paper or the agency over "File" (a picture from its archive),
    // or an agency and its photographer.
    if let Some((text, credit)) = [". — ", ". – ", ". - "]
        .iter()
        .find_map(|glue| line.trim_end().rsplit_once(glue))
        && text.split_whitespace().count() >= 4
        && credit.split_whitespace().count() <= super::credits::CREDIT_TAIL_WORDS
        && let Some((whose, what)) = credit.split_once('/')
        && credit.split(['/', ' ']).all(super::lines::starts_upper)
        && (what.trim() == "File" || super::credits::known_agency(whose.trim()))
    {
        return true;
    }
    // "A subdivision under construction near Land O' Lakes. [ MARCUS ELLERBY | Times ]":
    // the photographer and the paper in square brackets after the caption's stop.
    if let Some((text, inner)) = super::credits::bracketed_tail(line, '[', ']')
        && text.trim_end().ends_with(['.', '!', '?'])
        && text.split_whitespace().count() >= 4
        && let Some((who, whose)) = inner.split_once(" | ")
        && super::names::names_like(who.trim())
        && whose.split_whitespace().count() <= 3
    {
        return true;
    }
    // "Traffic on a motorway near Lisbon, 2 July 2025 - Copyright AP Photo/Marta Ruiz":
    // the caption, a dash and the picture's copyright.
    if let Some((text, credit)) = [
        " - Copyright ",
        " – Copyright ",
        " — Copyright ",
        " - © ",
        " – © ",
    ]
    .iter()
    .find_map(|glue| line.trim_end().rsplit_once(glue))
        && text.split_whitespace().count() >= 3
        && credit.split_whitespace().count() <= super::credits::CREDIT_TAIL_WORDS
        && !credit.ends_with(['.', '!', '?'])
    {
        return true;
    }
    false
}

/// "SAMUEL TAN/The Star": a photographer's name in capitals, a slash, then the paper.
fn photographer_of_paper(credit: &str) -> bool {
    credit.split_once('/').is_some_and(|(who, paper)| {
        (1..=4).contains(&who.split_whitespace().count())
            && !who.chars().any(char::is_lowercase)
            && who.chars().any(char::is_uppercase)
            && (1..=4).contains(&paper.split_whitespace().count())
            && paper.split_whitespace().all(super::lines::starts_upper)
    })
}

/// "CC BY-ND", "CC BY-SA 4.0", "CC BY": a Creative Commons licence's short name.
fn creative_commons(licence: &str) -> bool {
    let mut words = licence.split_whitespace();
    words.next() == Some("CC")
        && words.next().is_some_and(|terms| {
            terms
                .split('-')
                .all(|t| ["BY", "SA", "ND", "NC"].contains(&t))
                && terms.starts_with("BY")
        })
        && words.all(|version| version.chars().all(|c| c.is_ascii_digit() || c == '.'))
}
