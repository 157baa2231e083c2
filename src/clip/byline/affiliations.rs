//! The parts of a byline after its names, between commas: job titles and outlets go
//! ("Jane Doe, Security Expert", "Jane Doe, The Daily Paper"); more names and
//! credentials stay ("Jane Doe, John Roe and Ana Ruiz", "Jane Doe, MD").

/// Words that make a comma-separated part of a byline a job title or an outlet, not a
/// name or a credential ("Jane Doe, Security Expert", "Jane Doe, Head of Marketing").
const TITLE_WORDS: &[&str] = &[
    "expert",
    "head",
    "attorney",
    "director",
    "manager",
    "editor",
    "writer",
    "reporter",
    "analyst",
    "consultant",
    "educator",
    "educators",
    "specialist",
    "coordinator",
    "officer",
    "professor",
    "network",
];

/// Lower-case words that belong to names ("Marna van der Merwe", "Michiel de Jong").
const NAME_PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "von", "bin", "al",
    "y", "and", "&",
];

/// Drop the comma-separated parts that follow the names and are job titles or outlets
/// ("Jane Doe, Privacy and Security Expert", "Jane Doe, The Daily Paper"), with all
/// that comes after them. Names and credentials ("Jane Doe, MD", "Ana Ruiz, Li Wei")
/// stay; a part that opens with credentials ends with them ("Jane Doe, MA Health
/// News": the page's line break between credential and outlet was lost).
pub(super) fn drop_affiliations(s: &str) -> String {
    let mut parts = s.split(", ");
    let mut kept: Vec<&str> = parts.next().into_iter().collect();
    for part in parts {
        let words: Vec<&str> = part.split_whitespace().collect();
        // ("Jane Doe, John Roe and Ana Ruiz": the last two names of a list.)
        let title = (words.len() > 4 && !two_names(part))
            || words.first().is_some_and(|w| *w == "The")
            || words.iter().any(|w| {
                let lower = w.to_lowercase();
                TITLE_WORDS.contains(&lower.as_str())
                    || (w.starts_with(char::is_lowercase)
                        && !NAME_PARTICLES.contains(&lower.as_str()))
            });
        if title {
            break;
        }
        // Only right after the one name: later in a list, capitals open a team's name
        // ("Ana Ruiz, Li Wei, ACO Rankings Team").
        let credentials = words.iter().take_while(|w| is_credential(w)).count();
        if kept.len() == 1 && credentials > 0 && credentials < words.len() {
            kept.push(part[..part.find(words[credentials]).unwrap_or(part.len())].trim_end());
            break;
        }
        kept.push(part);
    }
    kept.join(", ")
}

/// "John Roe and Ana Ruiz": two names of one to three capitalised words (or particles)
/// joined by "and" or "&".
fn two_names(part: &str) -> bool {
    let Some((a, b)) = part.split_once(" and ").or_else(|| part.split_once(" & ")) else {
        return false;
    };
    [a, b].iter().all(|name| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
            })
    })
}

/// A degree or title of qualification: "MD", "PhD", "M.D.", "RN", "FACLM" (two to six
/// letters, capitals but for one lower-case "h").
fn is_credential(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.len())
        && letters[0].is_uppercase()
        && letters.iter().all(|c| c.is_uppercase() || *c == 'h')
        && letters.iter().filter(|c| **c == 'h').count() <= 1
}
