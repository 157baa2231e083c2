//! A byline as pages give it ("By JANE DOE - May 1, 2024", `["Jane Doe"]`, "Written By:")
//! -> the author name(s), or nothing when what was found is not a name.

use super::pubdate::normalize_date;

/// Words that introduce a byline. Not "Von" or "Di": those begin surnames too.
const LEADS: &[&str] = &[
    "written by",
    "posted by",
    "published by",
    "story by",
    "words by",
    "author:",
    "authors:",
    "author",
    "by:",
    "by",
    "par",
    "von",
    "por",
];

/// Where a byline stops being a name: a date or reading time usually follows these.
const TAIL_MARKERS: &[&str] = &["•", "·", "published", " updated", " on ", " | "];

/// Roles and labels that follow a name ("Jane Doe Fact Checked", "Jane DoeFounder &
/// CEO", "Jane Doe Reviewed by ..."): the name ends where one starts, spaced or glued.
const ROLE_TAILS: &[&str] = &[
    "fact checked",
    "fact-checked",
    "reviewed by",
    "medically reviewed",
    "edited by",
    "staff writer",
    "senior writer",
    "contributing writer",
    "author's profile",
    "author’s profile",
    "author profile",
    "founder",
    "co-founder",
    "last updated",
    "last",
    "former",
];

/// Things that sit where a byline would and are not one.
const NOT_NAMES: &[&str] = &[
    "by",
    "author",
    "authors",
    "the author",
    "written by",
    "full bio",
    "admin",
    "name",
    "staff",
    "contributor",
    "unknown",
    "anonymous",
];

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Clean a byline found in a page.
///
/// Unwraps a JSON array of names, drops a leading "By" / "Written by" (also glued, as in
/// "BySummer"), cuts a trailing date or reading time, and returns `None` for what is not a
/// name: empty, a URL, a date, a label such as "Full Bio", or longer than a byline can be.
pub(crate) fn clean_byline(raw: &str) -> Option<String> {
    let raw = raw.trim();
    // dom_smoothie hands over a JSON-LD author array as its JSON text.
    let joined;
    let raw = match serde_json::from_str::<Vec<String>>(raw) {
        Ok(names) if raw.starts_with('[') => {
            joined = names.join(", ");
            joined.as_str()
        }
        _ => raw,
    };
    // Links to the author's page ("Jane Doe (https://...)") are not part of the name.
    let mut s = raw
        .split_whitespace()
        .filter(|w| !w.contains("://"))
        .collect::<Vec<_>>()
        .join(" ")
        .replace("()", "");
    let lower = s.to_lowercase();
    let starts_with_label = ["last updated", "updated", "published", "posted", "reviewed"]
        .iter()
        .any(|l| lower.starts_with(l));
    if let Some(pos) = find_ci(&s, "written by") {
        s = s[pos..].to_string();
    } else if starts_with_label || looks_like_date(&s) {
        // "Updated May 1, 2024 by Jane Doe": the name follows the first " by ".
        match find_ci(&s, " by ") {
            Some(pos) => s = s[pos + 1..].to_string(),
            None => return None,
        }
    }
    // Icon-font glyphs (private use area) and quotes around the name.
    s = s
        .chars()
        .filter(|c| !('\u{e000}'..='\u{f8ff}').contains(c))
        .collect::<String>()
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”'))
        .to_string();
    s = strip_lead(&s);
    s = cut_tail(&s);
    let s = s
        .trim_matches(|c: char| matches!(c, '|' | ',' | '-' | '–' | '—' | ':') || c.is_whitespace())
        .to_string();

    let lower = s.to_lowercase();
    let rejected = s.is_empty()
        || !s.chars().any(char::is_alphabetic)
        || NOT_NAMES.contains(&lower.trim_end_matches([' ', '*', ':']))
        || normalize_date(&s).is_some()
        || s.chars().count() > 150
        || s.split_whitespace().count() > 20;
    (!rejected).then_some(s)
}

/// Drop a leading "By", "Written by", ... (case-insensitive, with or without a space when
/// the name that follows is capitalised).
fn strip_lead(s: &str) -> String {
    for lead in LEADS {
        if !s
            .get(..lead.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(lead))
        {
            continue;
        }
        // German "von" only in lower case: "Von Miller" is a name.
        if *lead == "von" && !s.starts_with("von") {
            continue;
        }
        let rest = &s[lead.len()..];
        let glued = rest.starts_with(|c: char| c.is_uppercase());
        let spaced = rest.starts_with([' ', ':']);
        if spaced || (glued && lead.ends_with(char::is_alphabetic)) {
            return rest.trim_start_matches([' ', ':']).to_string();
        }
    }
    s.to_string()
}

/// Cut what follows the name: "Jane Doe - May 1, 2024", "Jane Doe • 5 min read",
/// "Jane DoePublished on ...".
fn cut_tail(s: &str) -> String {
    let mut end = s.len();
    for marker in TAIL_MARKERS {
        if let Some(pos) = find_ci(s, marker) {
            // Only when something name-like stays before it.
            if pos > 0 && pos < end {
                end = pos;
            }
        }
    }
    if let Some(pos) = role_tail(&s[..end]) {
        end = pos;
    }
    let mut head = s[..end].trim_end().to_string();
    // "Jane Doe March 25, 2015": a month name followed by a number ends the name.
    let words: Vec<&str> = head.split(' ').collect();
    if let Some(i) = (1..words.len().saturating_sub(1))
        .find(|&i| is_month(words[i]) && words[i + 1].starts_with(|c: char| c.is_ascii_digit()))
    {
        head = words[..i].join(" ");
    }
    // "Jane Doe - May 1, 2024", "Jane Doe-June 12, 2025", "Jane Doe, 2024-05-01".
    for sep in [" - ", " – ", "-", ", "] {
        if let Some((name, tail)) = head.rsplit_once(sep)
            && looks_like_date(tail)
            && !name.trim().is_empty()
        {
            head = name.trim_end().to_string();
            break;
        }
    }
    // "Lucas Nolan22 Dec 2016": digits glued to the name came from the date.
    let glued_digits = head.trim_end_matches(|c: char| c.is_ascii_digit());
    if glued_digits.len() < head.len() && glued_digits.ends_with(char::is_alphabetic) {
        head.truncate(glued_digits.len());
    }
    head
}

/// Where a role or label (see `ROLE_TAILS`) starts after the name: after a space, or
/// glued to the name's last lower-case letter ("KindnessFounder").
fn role_tail(s: &str) -> Option<usize> {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        return None;
    }
    ROLE_TAILS
        .iter()
        .filter_map(|role| {
            lower.match_indices(role).map(|(p, _)| p).find(|&p| {
                let before = s[..p].chars().next_back();
                let starts_word =
                    s[p..].starts_with(char::is_uppercase) || before.is_some_and(|c| c == ' ');
                let after = lower[p + role.len()..].chars().next();
                p > 0
                    && starts_word
                    && before.is_some_and(|c| c == ' ' || c.is_lowercase())
                    && after.is_none_or(|c| !c.is_alphabetic())
            })
        })
        .min()
}

/// Starts with a month name or a digit and holds a digit: "May 1, 2024", "2024/4/29".
fn looks_like_date(s: &str) -> bool {
    let lower = s.trim().to_lowercase();
    lower.chars().any(|c| c.is_ascii_digit())
        && (lower.starts_with(|c: char| c.is_ascii_digit())
            || MONTHS.iter().any(|m| lower.starts_with(m)))
}

/// "March", "mar", "Sept.": a month name or its abbreviation.
fn is_month(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']).to_lowercase();
    w.len() >= 3
        && MONTHS.iter().any(|m| w.starts_with(m))
        && [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "sept",
        ]
        .iter()
        .any(|full| full.starts_with(&w))
}

/// Byte offset of `needle` in `haystack`, ASCII case-insensitive (offsets stay valid
/// because ASCII lower-casing does not change lengths).
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .to_ascii_lowercase()
        .find(&needle.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::clean_byline;

    #[test]
    fn keeps_the_names() {
        let cases = [
            ("By Jane Doe", "Jane Doe"),
            ("by JANE DOE |", "JANE DOE"),
            ("BySummer Swann-June 12, 2025", "Summer Swann"),
            ("Written byAAA Travel Editor, SMT", "AAA Travel Editor, SMT"),
            ("Aug 15 Written By Tyler King", "Tyler King"),
            ("Dr. Vahid Osman - Mar 27, 2024", "Dr. Vahid Osman"),
            ("Reyan PerumalPublished on July 18, 2025", "Reyan Perumal"),
            ("Lauren Vetter • 5 min read", "Lauren Vetter"),
            ("Par Sébastien Farcis", "Sébastien Farcis"),
            ("[\"Ana Ruiz\", \"Li Wei\"]", "Ana Ruiz, Li Wei"),
            (
                "Danielle DeSiato, Donna Enzmann, Natalie Nguyen",
                "Danielle DeSiato, Donna Enzmann, Natalie Nguyen",
            ),
            ("Byron Smith", "Byron Smith"),
            ("Paris Hilton", "Paris Hilton"),
            ("Von Miller", "Von Miller"),
            ("By Nathan Willis March 25, 2015", "Nathan Willis"),
            ("Melanie Hanson Fact Checked", "Melanie Hanson"),
            ("Joe KindnessFounder & CEO", "Joe Kindness"),
            ("Cazzy MagennisLast", "Cazzy Magennis"),
            ("Liz Kenny Former McKinsey Consultant", "Liz Kenny"),
            ("Ana Ruiz Reviewed by Li Wei", "Ana Ruiz"),
            ("Ana Ruiz Staff Writer", "Ana Ruiz"),
            ("Ahmet Serhan Author’s Profile", "Ahmet Serhan"),
            ("AuthorVenteur", "Venteur"),
            ("Author Isaiah Shelton", "Isaiah Shelton"),
            ("\u{e08a} Joaquin Fernandez", "Joaquin Fernandez"),
            ("\"David Kim\"", "David Kim"),
            ("Lastname Founders", "Lastname Founders"),
            ("April Ryan", "April Ryan"),
            ("by Lucas Nolan22 Dec 2016651", "Lucas Nolan"),
            ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Bradley M. Kuhn"),
            ("von Max Muster", "Max Muster"),
            ("Updated May 1, 2024 by Jane Doe", "Jane Doe"),
            (
                "Sergio Martínez-Beltrán | The Texas Newsroom",
                "Sergio Martínez-Beltrán",
            ),
        ];
        for (raw, want) in cases {
            assert_eq!(
                clean_byline(raw).as_deref(),
                Some(want),
                "byline from {raw:?}"
            );
        }
    }

    #[test]
    fn drops_what_is_not_a_name() {
        for raw in [
            "",
            "By",
            "Written By:",
            "Full Bio",
            "Author",
            "The Author",
            "Name *",
            "July 5, 2025",
            "https://example.com/user/jane",
            "2024-05-01",
            "---",
            "Published: May 1, 2024",
            "Last Updated: 2025-02-22",
        ] {
            assert_eq!(clean_byline(raw), None, "{raw:?} is not a byline");
        }
        let essay = "word ".repeat(40);
        assert_eq!(clean_byline(&essay), None, "a paragraph is not a byline");
    }
}
