//! Picture credits: a line that credits a picture and nothing else ("Getty Images",
//! "(PA Wire)"), agencies and wires, and the credits `caption_ends` reads at a caption's
//! end ("... REUTERS/Staff", "(AP Photo/Jane Doe)", "PHOTO: ST FILE", "＝…撮影").

pub(crate) use super::caption_ends::is_photo_caption;
use super::credit_words::{NEWS_AGENCIES, OTHER_AGENCIES, PHOTO_AGENCIES};

/// A line that credits a picture and nothing else: "Getty Images", "AFP via Getty
/// Images", "Image: The Verge", "Photograph: Jane Doe/Reuters", "Image source, EPA".
pub(crate) fn is_picture_credit(line: &str) -> bool {
    // "(PA Wire)", "(Reuters)", "(Handout)": an agency or a wire alone in brackets; or a
    // labelled credit ("(Photo: Dana Kopel)").
    let bracketed = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .is_some_and(|inner| {
            is_labelled_credit(inner)
                || inner.split_whitespace().count() <= 4
                    && (inner.split([' ', '/']).any(|w| NEWS_AGENCIES.contains(&w))
                        || ["wire", "handout", "pool", "file", "supplied"]
                            .iter()
                            .any(|w| inner.to_lowercase().split_whitespace().any(|x| x == *w)))
        });
    // "[한빛소재 제공. 재판매 및 DB 금지]": a Korean credit, "provided by ...; no resale or
    // databases".
    let korean = line.starts_with('[')
        && line.ends_with(']')
        && (line.contains("재판매") || line.contains("DB 금지") || line.ends_with("제공]"));
    // "Ravi Mendonca/ZDNET": the photographer and the site in capitals, glued by a slash.
    let staff = line.split_once('/').is_some_and(|(who, whose)| {
        !who.ends_with(' ')
            && !whose.starts_with(' ')
            && (2..=12).contains(&whose.len())
            && whose.chars().all(|c| c.is_ascii_uppercase())
            && super::names::names_like(who)
    });
    // "Getty Images", "AFP via Getty Images", "Jane Doe/Bloomberg via Getty Images"; not
    // "Stability AI sued by Getty Images".
    // "군산 앞바다 해상풍력 단지 조감도. 한빛에너지 제공": a Korean caption, then who
    // provided the picture.
    let provided = line
        .strip_suffix(" 제공")
        .is_some_and(|caption| caption.contains(". ") && caption.chars().count() <= 80);
    // "Photographs by Kwame Adjei" under a feature's byline: the pictures' credit.
    let pictures_by = [
        "photographs by ",
        "photos by ",
        "photography by ",
        "illustrations by ",
    ]
    .iter()
    .find_map(|p| {
        line.get(..p.len())
            .filter(|h| h.eq_ignore_ascii_case(p))
            .map(|_| &line[p.len()..])
    })
    .is_some_and(super::names::names_like);
    korean
        || bracketed
        || staff
        || pictures_by
        || provided
        || (line.split_whitespace().nth(8).is_none()
            && (is_labelled_credit(line) || is_agency_credit(line)))
}

/// A credit under its label: "Foto: Jonas Ek", "Photo: Reuters", "Bild: dpa", "Image
/// credit ...".
pub(crate) fn is_labelled_credit(line: &str) -> bool {
    let lower = line.to_lowercase();
    // "PHOTO FRANÇOIS ROY, ARCHIVES LA PRESSE": the label and the credit in capitals.
    let in_capitals = ["PHOTO ", "FOTO ", "PHOTOS "]
        .iter()
        .any(|p| line.starts_with(p))
        && !line.chars().any(char::is_lowercase);
    // "Quelle: picture alliance/dpa/Lena Mauritz": a source with a photographer after the
    // wires is a picture's ("Quelle: dpa" alone names a story's source).
    let picture_source = lower
        .strip_prefix("quelle: ")
        .is_some_and(|rest| rest.contains('/') || rest.starts_with("picture alliance"));
    // "ST PHOTO: GAVIN FOO": the label under the paper's or the agency's initials.
    let initialled = line.split_once(" PHOTO: ").is_some_and(|(initials, _)| {
        (2..=5).contains(&initials.chars().count())
            && initials.chars().all(|c| c.is_ascii_uppercase())
    });
    line.split_whitespace().count() <= 8
        && (in_capitals
            || initialled
            || picture_source
            || [
                "image:",
                "image source",
                "image credit",
                "photo:",
                "photo credit",
                "photograph:",
                "picture:",
                "credit:",
                "foto:",
                "bild:",
                // Polish "Fot. Jan Kowalski / Agencja".
                "fot.",
                "fot:",
                "courtesy of ",
                // Finnish.
                "kuva:",
                "photo courtesy of ",
                "image courtesy of ",
                // "Illustration by The Atlantic. Source: Getty.", "Photo by Jane Doe on
                // Unsplash".
                "illustration by ",
                "illustration:",
                "photo illustration by ",
                "photo-illustration by ",
                "photo-illustration:",
                "photograph by ",
                "photo by ",
                // "Screengrab from video posted by netizen on Facebook".
                "screengrab",
                "screen grab",
                "screenshot from ",
                // A file picture's caption ("File: Federal High Court, Lagos").
                "file:",
                "file photo:",
            ]
            .iter()
            .any(|p| lower.starts_with(p)))
}

/// A picture agency's credit without a label: "Getty Images", "AFP via Getty Images",
/// "Jane Doe/Bloomberg via Getty Images"; not "Stability AI sued by Getty Images".
pub(crate) fn is_agency_credit(line: &str) -> bool {
    if photographer_for_agency(line) {
        return true;
    }
    // "ADAM FENWICK/PA", "Foto: Elin Berg/TT": a photographer, labelled or not, and the
    // agency...
    let credit = line
        .split_once(": ")
        .filter(|(label, _)| {
            ["foto", "photo", "bild", "fot", "zdjęcie", "kuva"]
                .contains(&label.to_lowercase().as_str())
        })
        .map_or(line, |(_, credit)| credit);
    // "Christinne Muschi/The Globe and Mail": or the paper's own photographer.
    if let Some((name, source)) = credit.rsplit_once('/')
        && credit.split_whitespace().count() <= 8
        && (agency_after_slash(credit) || super::lines::looks_like_outlet(source.trim()))
        && super::names::names_like(name.trim())
    {
        return true;
    }
    let lower = line.to_lowercase();
    let credit = lower.trim_end_matches(['.', ')']);
    line.split_whitespace().count() <= 8
        && PHOTO_AGENCIES.iter().any(|a| {
            credit.ends_with(a)
                && (credit.starts_with(a)
                    || credit.contains('/')
                    || credit.contains(" via ")
                    || credit.ends_with(" images"))
        })
}

/// "Jorge Armestar (Europa Press)", "Gaëtan Bally / Keystone": a photographer's name, then
/// the news or picture agency the picture came from.
fn photographer_for_agency(line: &str) -> bool {
    let Some((name, agency)) = bracketed_tail(line, '(', ')').or_else(|| line.rsplit_once(" / "))
    else {
        return false;
    };
    known_agency(agency) && super::names::names_like(name.trim())
}

/// The text before a bracketed tail and what the brackets hold: "Text (inner)" ->
/// ("Text ", "inner").
pub(super) fn bracketed_tail(line: &str, open: char, close: char) -> Option<(&str, &str)> {
    line.trim_end().strip_suffix(close)?.rsplit_once(open)
}

/// The longest credit `is_photo_caption` reads at a caption's end.
pub(super) const CREDIT_TAIL_WORDS: usize = 7;

/// "Negócios com Lusa", "Redacción con agencias", "tagesschau.de mit dpa": the desk
/// crediting the wire it drew on, no person.
pub(crate) fn desk_with_agency(line: &str) -> bool {
    // "Lena Vogt | with Reuters, AFP": a person, who drew on the wires.
    with_wires(line).is_some_and(|desk| !super::names::names_like(desk)) || desk_alone(line)
}

/// "Por Redacción", "Von Redaktion", "By Staff": the newsroom signing, no person.
fn desk_alone(line: &str) -> bool {
    const DESKS: &[&str] = &[
        "redacción",
        "redaccion",
        "redação",
        "rédaction",
        "redaktion",
        "redazione",
        "redactie",
        "staff",
        "newsroom",
    ];
    let lower = line.trim().to_lowercase();
    ["by ", "por ", "par ", "von ", "door ", "di "]
        .iter()
        .find_map(|b| lower.strip_prefix(b))
        .is_some_and(|desk| DESKS.contains(&desk.trim()))
}

/// "Katrin Möller mit dpa, Reuters", "Lena Vogt | with Reuters, AFP": the author, who drew
/// on the wires; the name. A line opening with "By" is `meta`'s to read ("Par Le Figaro
/// avec AFP" is the paper signing).
pub(crate) fn author_with_wires(line: &str) -> Option<&str> {
    let by = ["by ", "par ", "von ", "por ", "di ", "door ", "av ", "af "];
    let lower = line.to_lowercase();
    if by.iter().any(|b| lower.starts_with(b)) {
        return None;
    }
    with_wires(line).filter(|name| super::names::names_like(name))
}

/// The desk or the person before "with" and the wires after it ("... mit dpa, Reuters",
/// "... con agencias"), for a short line.
fn with_wires(line: &str) -> Option<&str> {
    const WITH: &[&str] = &[
        " with ", " com ", " con ", " mit ", " avec ", " met ", " med ",
    ];
    const AGENCIES: &[&str] = &[
        "agencies",
        "agências",
        "agencias",
        "agenturen",
        "agences",
        "agenzie",
        "agencja",
    ];
    let (desk, agency) = WITH.iter().find_map(|w| line.split_once(w))?;
    let agency = agency.trim().trim_end_matches('.');
    let desk = desk.trim().trim_end_matches(['|', ',', '-', '–', ' ']);
    let wires = agency
        .split([',', '/'])
        .flat_map(|a| a.split(" and "))
        .flat_map(|a| a.split(" und "))
        .map(str::trim)
        .all(|a| known_agency(a) || AGENCIES.contains(&a.to_lowercase().as_str()));
    (line.split_whitespace().count() <= 8 && !desk.is_empty() && wires).then_some(desk)
}

/// A desk crediting its wire under an item: "Negócios com Lusa" (`desk_with_agency`), or
/// the desk and the wire joined by a slash ("DN/Lusa", "ANSA/Redazione").
pub(crate) fn wire_credit(line: &str) -> bool {
    let line = line.trim();
    desk_with_agency(line)
        || (!line.contains(' ')
            && line
                .split_once('/')
                .is_some_and(|(a, b)| !a.is_empty() && (known_agency(a) || known_agency(b))))
}

/// A news or picture agency, in any case: "Reuters", "AFP", "Getty Images", "Europa
/// Press", "dpa".
pub(crate) fn known_agency(name: &str) -> bool {
    let name = name.trim().to_lowercase();
    NEWS_AGENCIES.iter().any(|a| a.to_lowercase() == name)
        || PHOTO_AGENCIES.contains(&name.as_str())
        || OTHER_AGENCIES.contains(&name.as_str())
}

/// A picture agency ("Keystone", "Getty Images"): its name under a caption credits the
/// picture, never the story.
pub(crate) fn picture_agency(name: &str) -> bool {
    let name = name.trim().to_lowercase();
    PHOTO_AGENCIES.contains(&name.as_str()) || OTHER_AGENCIES.contains(&name.as_str())
}

/// "John Thys/AFP", "Francis Kokoroko/Reuters": a credit whose last part names an agency.
pub(super) fn agency_after_slash(credit: &str) -> bool {
    credit
        .rsplit_once('/')
        .is_some_and(|(_, agency)| known_agency(agency))
}

/// "ERIC DUVALL The Beacon-Ledger", "JANE ROE Staff Photographer": a photographer's name
/// in capitals, then the paper or the job in other case (read only under a caption).
pub(crate) fn photographer_in_capitals(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitals = words
        .iter()
        .take_while(|w| w.chars().count() >= 2 && !w.chars().any(char::is_lowercase))
        .count();
    let rest = words.get(capitals..).unwrap_or_default().join(" ");
    (2..=3).contains(&capitals)
        && words.len() <= 8
        && !rest.is_empty()
        && rest.chars().any(char::is_lowercase)
        && super::lines::outlet_shaped(&rest)
        && super::names::names_like(&words[..capitals].join(" "))
}

#[cfg(test)]
#[path = "credits_tests.rs"]
mod tests;
