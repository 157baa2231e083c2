//! What opens a byline before the names: "By", "Written by", "Par", "Von", "Di" (only
//! before names), "文：", "记者", and a piece's kind ("Text by", "Photos by").

/// Words that introduce a byline ("Von", "Di", "Door", "Av" only as `NAME_LIKE_LEADS`
/// says).
const LEADS: &[&str] = &[
    "read more about",
    "view all posts by",
    "see all posts by",
    "more articles by",
    "more from",
    "written by",
    "authored by",
    "posted by",
    "published by",
    "story by",
    "words by",
    "words:",
    "author:",
    "authors:",
    "author",
    "by:",
    "by",
    "par",
    "von",
    "por",
    "di",
    "door",
    "av",
];

/// Leads that begin surnames or given names too ("Von Miller", "Di Maio", "Di Wang"): one
/// leads a byline only in lower case or over two capitalised words or more ("Von Max
/// Muster und Erika Beispiel", "Di Giulia Ferrandi", "Door Jan de Vries", "Av Kari
/// Nordmann").
const NAME_LIKE_LEADS: &[&str] = &["von", "di", "door", "av"];

/// Drop a leading "By", "Written by", ... (case-insensitive, with or without a space when
/// the name that follows is capitalised).
pub(super) fn strip_lead(s: &str) -> String {
    // "文：佐藤美咲", "記者 佐藤 美咲": the text's writer, a reporter (Japanese, Chinese);
    // "记者 林晓雯 通讯员 周敏": a reporter and a correspondent, both the story's.
    for lead in ["文：", "文:", "文・", "記者：", "記者 ", "记者 ", "记者："] {
        if let Some(rest) = s.strip_prefix(lead)
            && rest.trim_start().starts_with(crate::query::cjk::is_cjk)
        {
            let rest = rest.trim_start();
            return match rest.split_once(" 通讯员 ") {
                Some((reporter, correspondent)) => format!("{reporter}, {correspondent}"),
                None => rest.to_string(),
            };
        }
    }
    // "Text by Jane Doe", "Recipe by: Jane Doe", "Photos by Jane Doe": one word, then "by".
    let mut words = s.splitn(3, ' ');
    if let (Some(first), Some(by), Some(rest)) = (words.next(), words.next(), words.next())
        && first.chars().all(char::is_alphabetic)
        && (by.eq_ignore_ascii_case("by") || by.eq_ignore_ascii_case("by:"))
    {
        return rest.trim_start().to_string();
    }
    for lead in LEADS {
        if !s
            .get(..lead.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(lead))
        {
            continue;
        }
        // German "von" in lower case, or "Von" over two words or more: "Von Miller" is
        // a name, "Von Max Muster und Erika Beispiel" a byline.
        // ("Von der Leyen" is a name too.)
        let over_names = {
            let rest: Vec<&str> = s[lead.len()..].split_whitespace().collect();
            rest.len() >= 2 && rest[0].starts_with(char::is_uppercase)
        };
        if NAME_LIKE_LEADS.contains(lead) && !s.starts_with(lead) && !over_names {
            continue;
        }
        let rest = &s[lead.len()..];
        let glued = rest.starts_with(|c: char| c.is_uppercase());
        let spaced = rest.starts_with([' ', ':']);
        if spaced || (glued && lead.ends_with(|c: char| c.is_alphabetic() || c == ':')) {
            return rest.trim_start_matches([' ', ':']).to_string();
        }
    }
    s.to_string()
}
