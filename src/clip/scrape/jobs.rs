//! Journalists' job titles beside their names: "Deputy political editor", "Senior
//! Reporter", "Staff Writer", "Journaliste au service Économie", an academic's post; and
//! a name with its job ("Jessica Ashworth Deputy political editor" -> "Jessica
//! Ashworth"). Apart from `names` for its size.

use super::lines::starts_upper;
use super::names::name_like;

/// Nouns that end a journalist's job title: "Deputy political editor".
#[rustfmt::skip]
const ROLE_NOUNS: &[&str] = &[
    "editor", "correspondent", "reporter", "writer", "columnist", "commentator", "analyst",
    "contributor", "journalist", "producer", "critic", "photographer", "desk",
    // "Arjun Menon, ET Bureau": a paper's office in a city, signing with its reporter.
    "bureau",
    // In German, Swedish, French, Spanish, Italian and Finnish.
    "redaktor", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "journalistin", "rédacteur", "rédactrice", "redactor", "redactora", "periodista",
    "giornalista", "toimittaja", "journaliste", "correspondant", "correspondante",
    "chroniqueur", "chroniqueuse", "corresponsal",
];

/// Job nouns that end titles of other trades, read only in "<title> at <organisation>"
/// ("Chief Economist at Meridian Bank"; "The Reluctant Director" is a headline).
#[rustfmt::skip]
const OTHER_ROLE_NOUNS: &[&str] = &[
    "economist", "strategist", "director", "founder", "officer", "professor", "fellow",
    "researcher", "partner",
];

/// The ranks and desks that open a journalist's job title in title case ("Senior
/// Reporter", "Trainee Reporter", "Local Democracy Reporter", "Crime Correspondent").
#[rustfmt::skip]
const RANKS: &[&str] = &[
    "senior", "junior", "trainee", "chief", "deputy", "assistant", "associate", "lead",
    "principal", "staff", "contributing", "special",
    "local", "community", "political", "politics", "crime", "court", "courts", "business",
    "health", "education", "news", "sports", "sport", "breaking", "digital", "investigations",
    "environment", "transport", "features", "entertainment", "audience", "live",
];

/// "Jessica Ashworth Deputy political editor" -> "Jessica Ashworth": a name of two or
/// three words, then a job title ending in a `ROLE_NOUNS` word whose words after the first
/// are lower case (where a title-case title would begin is not known), or in title case
/// opened by one of `RANKS` ("Nick Halloran Senior Reporter").
pub(crate) fn name_with_role(line: &str) -> Option<String> {
    // ("By Fiona Marchetti Special correspondent": the "By" is no part of the name.)
    let line = line.strip_prefix("By ").unwrap_or(line);
    // "Kathryn Wills Senior News Reporter and Rhys Owen Reporter": each with a job.
    if let Some((first, rest)) = line.split_once(" and ") {
        let (first, rest) = (name_with_role(first)?, name_with_role(rest)?);
        return Some(format!("{first} and {rest}"));
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let last = words.last()?.to_lowercase();
    if words.len() > 7 || !ROLE_NOUNS.contains(&last.as_str()) {
        return None;
    }
    (2..=3).find_map(|k| {
        let role = words.get(k..).filter(|r| (1..=4).contains(&r.len()))?;
        // "Deputy political editor": capitalised, then lower case ("Elon Musk sues
        // reporter" is a headline).
        let lower_tail = role[1..]
            .iter()
            .all(|w| w.chars().all(|c| !c.is_uppercase()));
        let titled = role[0].chars().next().is_some_and(char::is_uppercase);
        // A third name over a job of one word may be the job's first word in title case
        // ("Marisa Donnelly Transportation Reporter").
        let split_job = k == 3 && role.len() == 1;
        // "Local Democracy Reporter", "Community News Reporter": a desk in title case
        // before the job, no name.
        let desk = [
            "local",
            "community",
            "public",
            "regional",
            "national",
            "digital",
        ]
        .contains(&words[0].to_lowercase().as_str());
        // "Nick Halloran Senior Reporter", "Jo Marr Reporter": a job in title case that
        // opens with its rank, or is the job's noun alone after a name of two words.
        let ranked = role.iter().all(|w| w.starts_with(char::is_uppercase))
            && (RANKS.contains(&role[0].to_lowercase().as_str()) || (k == 2 && role.len() == 1));
        let name = words[..k].join(" ");
        ((titled && lower_tail && !split_job || ranked) && !desk && name_like(&name))
            .then_some(name)
    })
}

/// "Kimone Brissett/Gleaner Writer" -> "Kimone Brissett": a name, then the job after a
/// slash ("Marlon Reid/Photographer" under a caption credits the picture, not the story).
pub(crate) fn name_slash_job(line: &str) -> Option<String> {
    let (name, job) = line.split_once('/')?;
    let last = job.split_whitespace().last()?.to_lowercase();
    ((1..=3).contains(&job.split_whitespace().count())
        && ROLE_NOUNS.contains(&last.as_str())
        && last != "photographer"
        && name_like(name.trim()))
    .then(|| name.trim().to_string())
}

/// "Technology editor", "Senior Business Reporter", "Staff Writer": a job title alone on a
/// line (under the name it belongs to): at most four words, the first capitalised, the
/// last a `ROLE_NOUNS` word.
pub(crate) fn job_title(line: &str) -> bool {
    // "Times staff", "Post staff": the paper's newsroom under the author's name.
    let mut words = line.split_whitespace();
    let newsroom = matches!((words.next(), words.next(), words.next()),
        (Some(paper), Some("staff"), None) if starts_upper(paper));
    if academic_post(line) || newsroom {
        return true;
    }
    // "Business reporter @oliverpryce": the job, then the author's handle.
    let line = match line.rsplit_once(" @") {
        Some((job, handle)) if !handle.is_empty() && !handle.contains(' ') => job,
        _ => line,
    };
    // "Senior Editor, TV": the job, then its desk.
    let line = match line.split_once(", ") {
        Some((job, desk)) if desk.split_whitespace().count() <= 2 => job,
        _ => line,
    };
    // "Chief Economist at Meridian Bank": the title, then where.
    let (line, placed) = match line.split_once(" at ") {
        Some((title, org)) if starts_upper(org) && org.split_whitespace().count() <= 4 => {
            (title, true)
        }
        _ => (line, false),
    };
    let words: Vec<&str> = line.split_whitespace().collect();
    // "Journaliste au service Économie", "Corresponsal en Bruselas": the job first, then
    // its desk or post after a preposition.
    const PREPOSITIONS: &[&str] = &[
        "au", "à", "aux", "de", "du", "des", "en", "del", "della", "di", "a", "in", "im", "für",
        "bei", "för", "på",
    ];
    let job_first = (3..=5).contains(&words.len())
        && role_noun(words[0])
        && PREPOSITIONS.contains(&words[1].to_lowercase().as_str())
        && line
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_alphabetic() || [' ', '-', '\'', '’'].contains(&c));
    job_first
        || words.len() <= 4
            && words.last().is_some_and(|w| {
                let w = w.trim_end_matches(['.', ',']).to_lowercase();
                // "Staff Writers" under two names.
                let one = w.strip_suffix('s').unwrap_or(&w);
                ROLE_NOUNS.contains(&w.as_str())
                    || ROLE_NOUNS.contains(&one)
                    || (placed && OTHER_ROLE_NOUNS.contains(&w.as_str()))
            })
            && starts_upper(line)
            && line
                .trim_end_matches(['.', ','])
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

/// "Senior Lecturer in Transport Planning, University of Leeds", "Research Fellow,
/// Institute for Transport Studies, University of Leeds", "PhD Candidate, School of Law,
/// Kingsbridge University": an academic's post under their name, as sites publishing
/// scholars sign them. The post (before its field) ends in an academic title, and the
/// rest names a university, an institute, a college or a school.
fn academic_post(line: &str) -> bool {
    const TITLES: &[&str] = &[
        "lecturer",
        "professor",
        "fellow",
        "researcher",
        "scientist",
        "candidate",
        "student",
        "dean",
        "chair",
        "reader",
        "scholar",
    ];
    const PLACES: &[&str] = &["University", "Institute", "College", "School"];
    let Some((post, place)) = line.split_once(", ") else {
        return false;
    };
    let post = post.split(" in ").next().unwrap_or(post);
    let post = post.split(" of ").next().unwrap_or(post);
    let words: Vec<&str> = post.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && starts_upper(post)
        && words
            .last()
            .is_some_and(|w| TITLES.contains(&w.to_lowercase().as_str()))
        && place.split_whitespace().any(|w| PLACES.contains(&w))
        && line.split_whitespace().count() <= 16
}

/// A `ROLE_NOUNS` word, or a German compound ending in one ("Wirtschaftskorrespondent",
/// "Politikredakteurin").
pub(super) fn role_noun(word: &str) -> bool {
    const COMPOUND_ENDS: &[&str] = &[
        "korrespondent",
        "korrespondentin",
        "redakteur",
        "redakteurin",
        "reporter",
        "reporterin",
    ];
    let lower = word.trim_end_matches(['.', ',']).to_lowercase();
    ROLE_NOUNS.contains(&lower.as_str())
        || COMPOUND_ENDS
            .iter()
            .any(|e| lower.len() > e.len() + 3 && lower.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_job_titles() {
        for (line, name) in [
            (
                "Jessica Ashworth Deputy political editor",
                Some("Jessica Ashworth"),
            ),
            ("Mary Anne Smith Senior reporter", Some("Mary Anne Smith")),
            ("Tom Ellery Correspondent", Some("Tom Ellery")),
            // A job in title case where its rank opens it.
            ("Jane Doe Chief Political Correspondent", Some("Jane Doe")),
            ("Nick Halloran Senior Reporter", Some("Nick Halloran")),
            ("Mary Ann Smith Trainee Reporter", Some("Mary Ann Smith")),
            ("Elon Musk Sues Reporter", None),
            ("Liam Hodge Local Democracy Reporter", Some("Liam Hodge")),
            (
                "Kathryn Wills Senior News Reporter and Rhys Owen Reporter",
                Some("Kathryn Wills and Rhys Owen"),
            ),
            ("Why Every Editor", None),
            ("Markets fall as traders eye the editor", None),
            ("Elon Musk sues reporter", None),
            ("Jane Doe named editor", None),
        ] {
            assert_eq!(name_with_role(line).as_deref(), name, "{line:?}");
        }
    }

    #[test]
    fn job_titles_in_either_order() {
        for line in [
            "Senior Editor, TV",
            "Chief Economist at Meridian Bank",
            "Journaliste au service Économie",
            "Corresponsal en Bruselas",
            "Wirtschaftskorrespondent in Stuttgart.",
        ] {
            assert!(job_title(line), "{line:?} is a job");
        }
        for line in [
            "Journaliste au service de la vérité, un roman",
            "Editor de vídeo: 5 trucos",
        ] {
            assert!(!job_title(line), "{line:?} is no job");
        }
    }
}
