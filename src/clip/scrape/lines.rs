//! One line of a scrape, classified on its own: blank, chrome or debris, a time or byline
//! line (alone or in "Reuters | 2 hours ago"), a paragraph, or a short line whose role
//! (headline, outlet, author) only its neighbours can decide (see `zone`).

use super::chrome::{is_chrome, is_counter_line, is_debris, strip_trailing_chrome};
use super::credits::{is_photo_caption, is_picture_credit};
use super::names::{
    capitalise, is_place, job_title, name_like, name_with_role, names_like, names_with_job,
    without_place,
};
use super::when::{When, parse_when};
use chrono::{DateTime, Utc};
use regex::Regex;
use std::sync::LazyLock;

/// Words that mark a publication name ("Daily Express", "The Guardian", "Reuters").
#[rustfmt::skip]
const PUB_WORDS: &[&str] = &[
    "news", "times", "post", "express", "journal", "herald", "tribune", "guardian",
    "telegraph", "gazette", "chronicle", "observer", "press", "daily", "today", "weekly",
    "magazine", "wire", "reuters", "bloomberg", "ap", "afp", "pti", "ians", "ani", "bbc",
    "cnn", "standard", "mail", "mirror", "independent", "economist", "insider", "monitor",
    "globe", "courier", "bulletin", "dispatch", "examiner", "inquirer", "sentinel",
    "network", "tv", "radio", "media", "wired", "verge", "techcrunch", "axios", "politico",
    // The same words in the other languages whose dates `when` reads.
    "zeitung", "nachrichten", "kurier", "rundschau", "diario", "noticias", "periódico",
    "giornale", "corriere", "gazzetta", "notizie", "nouvelles", "courrier", "krant",
    "dagblad", "nieuws", "jornal", "notícias",
];
/// A line this long is body text whatever its punctuation (a cut-off teaser).
const MAX_HEADLINE_WORDS: usize = 24;

/// "Jane Rowe10:12, Jul 14 2025": a name glued to the time after it.
fn name_glued_to_time(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    // "山田健太2025年7月13日 10時5分": a Japanese name of two to four characters.
    let at = line
        .char_indices()
        .zip(line.chars().skip(1))
        .find(|((_, a), b)| (a.is_lowercase() || is_cjk(*a)) && b.is_ascii_digit())
        .map(|((i, a), _)| i + a.len_utf8())?;
    let (name, time) = line.split_at(at);
    let cjk_name = (2..=4).contains(&name.chars().count()) && name.chars().all(is_cjk);
    if !name_like(name) && !cjk_name {
        return None;
    }
    Some(Meta {
        when: Some(parse_when(time, clipped_at)?),
        byline: Some(name.to_string()),
        ..Meta::default()
    })
}

/// "By" in the other languages whose dates `when` reads.
const FOREIGN_BY: &[&str] = &["von ", "par ", "por ", "door ", "di "];
/// Separators between the parts of a meta line: "Reuters | 2 hours ago".
const SEPARATORS: &[&str] = &[" | ", " · ", " • ", " — ", " – ", " - ", " / "];

/// What a line is, before its neighbours are looked at.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    Blank,
    /// Chrome or debris: dropped, and it separates groups of lines.
    Junk,
    /// Body text: a sentence or more.
    Para,
    /// A time, a byline, or both with an outlet.
    Meta(Meta),
    /// A short line: headline, outlet, author name, section label, subhead.
    Short,
}

/// What a meta line states.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Meta {
    pub when: Option<When>,
    pub byline: Option<String>,
    pub source: Option<String>,
    /// The source is only shaped like an outlet, not named like one ("Madrid" in "Madrid -
    /// 14 jul 2025"): it holds when the page repeats it (see `zone`).
    pub weak_source: bool,
}

/// Split text into lines with whitespace collapsed and control and zero-width characters
/// removed; blank lines stay, as "".
pub(crate) fn normalize(text: &str) -> Vec<String> {
    text.split(['\n', '\r'])
        .map(|l| {
            let cleaned: String = l
                .chars()
                .filter(|c| !matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'))
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            unmark(&cleaned.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .collect()
}

/// Markdown's marks on a line copied by a reader app or a "copy as Markdown" tool:
/// "# Headline" -> "Headline", "**By Jane Doe**" -> "By Jane Doe", "> quote" -> "quote",
/// "[the report](https://...)" -> "the report". Images ("![...](...)") stay, for
/// `chrome::is_debris` to drop; "__" (code names hold it) and a lone "**" ("f**k") stay.
fn unmark(line: &str) -> String {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"!?\[([^\[\]]+)\]\([^()\s]+\)").expect("a valid pattern"));
    static STRONG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(^|[\s(\[])\*\*([^*\s](?:[^*]*[^*\s])?)\*\*").expect("a valid pattern")
    });
    let heading = line.trim_start_matches('#');
    let line = match heading.strip_prefix(' ') {
        Some(rest) if heading.len() < line.len() && line.len() - heading.len() <= 6 => rest,
        _ => line,
    };
    let line = line.strip_prefix("> ").unwrap_or(line);
    let line = if line.contains("**") {
        STRONG.replace_all(line, "$1$2").into_owned()
    } else {
        line.to_string()
    };
    if !line.contains("](") {
        return line;
    }
    LINK.replace_all(&line, |c: &regex::Captures| {
        let all = &c[0];
        if all.starts_with('!') {
            all.to_string()
        } else {
            c[1].to_string()
        }
    })
    .into_owned()
}

/// Classify one normalized line.
pub(crate) fn classify(line: &str, clipped_at: DateTime<Utc>) -> Kind {
    if line.is_empty() {
        return Kind::Blank;
    }
    if let Some(when) = parse_when(line, clipped_at) {
        return Kind::Meta(Meta {
            when: Some(when),
            ..Meta::default()
        });
    }
    if is_debris(line) || is_chrome(line) || is_photo_caption(line) || is_picture_credit(line) {
        return Kind::Junk;
    }
    if let Some(name) = name_with_role(line) {
        return Kind::Meta(Meta {
            byline: Some(name),
            ..Meta::default()
        });
    }
    if let Some(meta) = byline_of(line, clipped_at)
        .or_else(|| outlet_then_byline(line, clipped_at))
        .or_else(|| source_line(line))
        .or_else(|| composite(line, clipped_at))
        .or_else(|| time_then_name(line, clipped_at))
        .or_else(|| cjk_outlet_then_time(line, clipped_at))
        .or_else(|| name_glued_to_time(line, clipped_at))
        .or_else(|| {
            names_with_job(line)
                .or_else(|| super::names::names_at_known_place(line))
                .or_else(|| super::names::cjk_reporter(line))
                .map(|names| Meta {
                    byline: Some(names.to_string()),
                    ..Meta::default()
                })
        })
    {
        return Kind::Meta(meta);
    }
    // A teaser's "… Read more" does not make it a short line.
    if is_paragraph(&strip_trailing_chrome(line)) {
        Kind::Para
    } else {
        Kind::Short
    }
}

/// "By Jane Doe", "Written by Jane Doe and John Roe", "By Jane Doe, Reuters",
/// "By Jane Doe, July 14, 2025", "Posted on 14 July 2025 by Jane Doe".
fn byline_of(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    // "ByJanet Rivers,": "By" glued to the name, a comma after it.
    let spaced;
    let line = match line.strip_prefix("By") {
        Some(rest) if rest.starts_with(char::is_uppercase) => {
            spaced = format!("By {}", rest.trim_end_matches(','));
            spaced.as_str()
        }
        _ => line,
    };
    let lower = line.to_lowercase();
    let prefix = [
        "by ",
        "written by ",
        "words by ",
        "author: ",
        "authors: ",
        "analysis by ",
        "opinion by ",
        "commentary by ",
        "review by ",
        "story by ",
        "reported by ",
        "posted by ",
    ]
    .iter()
    .find(|p| lower.starts_with(*p));
    // German, French, Spanish and Dutch bylines ("Von Anna Schmidt", "Par Léa Martin"):
    // only before a full name, since these words also open headlines ("Door to door").
    if prefix.is_none()
        && let Some(p) = FOREIGN_BY.iter().find(|p| lower.starts_with(*p))
        // Italian writes its "di" in lower case ("Di Maria Stars Again" is a headline).
        && (*p != "di " || line.starts_with("di "))
    {
        let rest = line.get(p.len()..)?.trim();
        let rest = without_place(rest);
        return super::names::names_like(rest).then(|| Meta {
            byline: Some(rest.to_string()),
            ..Meta::default()
        });
    }
    let (rest, when) = match prefix {
        Some(p) => trailing_time(line.get(p.len()..)?.trim(), clipped_at),
        // "Posted on 14 July 2025 by Jane Doe": a time line, then the names.
        None => {
            let at = lower.find(" by ")?;
            let when = parse_when(line.get(..at)?, clipped_at)?;
            (line.get(at + 4..)?.trim(), Some(when))
        }
    };
    // "By Maria Lopez mlopez@gazette.example": the address is not the name.
    let unaddressed;
    let rest = if rest.contains('@') {
        unaddressed = rest
            .split_whitespace()
            .filter(|w| !w.contains('@'))
            .collect::<Vec<_>>()
            .join(" ");
        unaddressed.as_str()
    } else {
        rest
    };
    // "By business reporter Emilia Terzon": a job title in lower case before the name.
    let rest = match rest.char_indices().find(|(_, c)| c.is_uppercase()) {
        Some((at, _)) if at > 0 && job_title(&capitalise(rest[..at].trim())) => &rest[at..],
        _ => rest,
    };
    // "SARA KLEIN Staff Writer": the name, then a job title in title case.
    let rest = {
        let words: Vec<&str> = rest.split_whitespace().collect();
        (2..=3)
            .find(|&k| {
                words.len() > k
                    && name_like(&words[..k].join(" "))
                    && job_title(&words[k..].join(" "))
            })
            .and_then(|k| {
                // Where the k-th word starts (a search for its text could land inside
                // an earlier word: "Jo Staffordshire Staff Writer").
                let end = rest
                    .char_indices()
                    .filter(|&(i, c)| {
                        !c.is_whitespace() && (i == 0 || rest[..i].ends_with(char::is_whitespace))
                    })
                    .nth(k)?
                    .0;
                Some(rest[..end].trim_end())
            })
            .unwrap_or(rest)
    };
    // "Jane Doyle with AP": the agencies the author drew on.
    let rest = match rest.split_once(" with ") {
        Some((names, _)) if names_like(names) => names,
        _ => rest,
    };
    let words = rest.split_whitespace().count();
    let capital = rest.chars().next().is_some_and(char::is_uppercase);
    let separated = SEPARATORS.iter().any(|s| rest.contains(s));
    // "Written by AI: The New Ghostwriters", "Reported by Witnesses": headlines. One
    // word after "by" is an outlet ("By Reuters") or nothing.
    let one_word_name = words == 1 && !pub_word(rest) && !acronym(rest);
    // "By Benzinga•Jul 11, 2025": one word and a time, in a list of stories, is the outlet.
    if one_word_name && when.is_some() && outlet_shaped(rest) {
        return Some(Meta {
            when,
            source: Some(rest.to_string()),
            ..Meta::default()
        });
    }
    if words == 0
        || words > 10
        || !capital
        || separated
        || ends_sentence(rest)
        || rest.contains(':')
        || one_word_name
    {
        return None;
    }
    let mut meta = Meta {
        when,
        ..Meta::default()
    };
    match rest.rsplit_once(", ") {
        // "HELEN MARSH, CITY CORRESPONDENT FOR THE DAILY MAIL": the job and whose it is.
        Some((names, job))
            if names_like(names)
                && job
                    .to_lowercase()
                    .split_once(" for ")
                    .is_some_and(|(role, _)| job_title(&capitalise(&role.to_lowercase()))) =>
        {
            meta.byline = Some(names.to_string());
        }
        Some((names, outlet)) if pub_word(outlet) => {
            meta.byline = Some(names.to_string());
            meta.source = Some(outlet.to_string());
        }
        // "Jane Doe, London": the name and where it was filed.
        Some((names, place)) if names_like(names) && is_place(place) => {
            meta.byline = Some(names.to_string());
        }
        // "Jane Doe, Senior Contributing Writer": the name and the job.
        Some((names, job)) if job_title(job) && names_like(names) => {
            meta.byline = Some(names.to_string());
        }
        // "Reported by Press Trust of India", "By Reuters": an agency, not a person.
        // A desk ("HT News Desk") signs as an author.
        _ if looks_like_outlet(rest)
            && pub_word(rest)
            && !name_like(rest)
            && !rest.ends_with(" Desk") =>
        {
            meta.source = Some(rest.to_string());
        }
        _ => meta.byline = Some(rest.to_string()),
    }
    Some(meta)
}

/// "Jane Doe, July 14, 2025" -> ("Jane Doe", the date); "Jane Doe" -> ("Jane Doe", None).
fn trailing_time(s: &str, clipped_at: DateTime<Utc>) -> (&str, Option<When>) {
    // "By Reuters•Jul 12, 2025": a dot or bar glued between the two.
    for sep in [", ", " on ", " | ", " - ", " · ", "•", "·", "|"] {
        for (at, _) in s.match_indices(sep).take(8) {
            let tail = s.get(at + sep.len()..).unwrap_or_default().trim();
            if let Some(when) = parse_when(tail, clipped_at) {
                return (s.get(..at).unwrap_or(s).trim(), Some(when));
            }
        }
    }
    (s, None)
}

/// "Source: Al Jazeera", "Quelle: dpa": the outlet a story came from, named under it.
fn source_line(line: &str) -> Option<Meta> {
    // "👉 Fuente: Cinco Días": a pointing hand or a bullet before it.
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let rest = [
        "Source:", "Source :", "Fuente:", "Quelle:", "Fonte:", "Fonte :",
    ]
    .iter()
    .find_map(|p| line.strip_prefix(p))?
    .trim();
    (outlet_shaped(rest) && word_count(rest) <= 5 && !ends_sentence(rest)).then(|| Meta {
        source: Some(rest.to_string()),
        ..Meta::default()
    })
}

/// "The Telegraph, by Anna Whitfield and James Okoro, 13 July 2025": the outlet, a comma,
/// then a byline (with or without its date), as a reading list cites a story.
fn outlet_then_byline(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    let (outlet, rest) = line
        .split_once(", by ")
        .or_else(|| line.split_once(", By "))?;
    let outlet = outlet.trim();
    if !outlet_shaped(outlet) || name_like(outlet) || word_count(outlet) > 5 {
        return None;
    }
    let mut meta = byline_of(&format!("By {rest}"), clipped_at)?;
    meta.byline.as_ref()?;
    meta.source = Some(outlet.to_string());
    meta.weak_source = !looks_like_outlet(outlet);
    Some(meta)
}

/// "Reuters | 2 hours ago", "By Jane Doe · July 14, 2025", "The Hindu - 3 min ago".
fn composite(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    // Words, not the separators between the parts.
    let words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    if words > 16 {
        return None;
    }
    let line = line.strip_suffix(':').unwrap_or(line);
    let mut parts = vec![line];
    for sep in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    // "Reuters·2 hours ago", "Jul 14th 2025|San Francisco": a middle dot, bullet or bar
    // separates even without spaces; "Reuters (2 hours ago)": so do parentheses around
    // the time.
    parts = parts
        .iter()
        .flat_map(|p| p.split(['·', '•', '|', '⋅']))
        .flat_map(|p| {
            match p
                .trim_end()
                .strip_suffix(')')
                .and_then(|q| q.rsplit_once(" ("))
            {
                Some((outside, inside)) => vec![outside, inside],
                None => vec![p],
            }
        })
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let mut meta = Meta::default();
    let mut sources = Vec::new();
    let mut companions = 0;
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if let Some(when) = parse_when(part, clipped_at) {
            meta.when = meta.when.or(Some(when));
        } else if let Some(by) = byline_of(part, clipped_at) {
            meta.byline = meta.byline.or(by.byline);
            meta.source = meta.source.or(by.source);
            meta.when = meta.when.or(by.when);
        } else if is_counter_line(part) || part.starts_with("with ") {
            // "5 min read", "with Reuters, AFP" (the agencies the author drew on): what
            // goes beside an author's name.
            companions += 1;
        } else if is_chrome(part) || handle(part) {
            // Interface words and handles say nothing of the article.
        } else if outlet_shaped(part) {
            sources.push(part);
        } else {
            return None;
        }
    }
    // "Jane Kim / Axios:": a person and an outlet.
    if let [a, b] = sources.as_slice()
        && meta.byline.is_none()
        && let Some((person, outlet)) = [(a, b), (b, a)]
            .into_iter()
            .find(|(p, o)| name_like(p) && !pub_word(p) && looks_like_outlet(o))
    {
        meta.byline = Some(person.to_string());
        meta.source = meta.source.or(Some(outlet.to_string()));
        return Some(meta);
    }
    // "Jane Doe · 5 min read": a name and a counter make a meta line too ("Senate Passes
    // Budget | Key Takeaways" is a headline and a label).
    let named = companions > 0 && sources.len() == 1;
    if meta.when.is_none() && meta.byline.is_none() && !named {
        return None;
    }
    let pick = sources.iter().find(|s| pub_word(s)).or(sources.first());
    if let Some(s) = pick {
        if meta.byline.is_none() && name_like(s) && !pub_word(s) {
            meta.byline = Some(s.to_string());
        } else if super::names::known_place(s) {
            // "Madrid - 13 jul 2025 - 23:40 CEST": where the story was filed.
        } else if meta.source.is_none() {
            meta.source = Some(s.to_string());
            meta.weak_source = !looks_like_outlet(s) && !s.contains('.') && !acronym(s);
        }
    }
    Some(meta)
}

/// A Chinese, Japanese or Korean outlet's name: two to twelve of their characters (and
/// digits or Latin letters among them: "21世纪经济报道"), no space, no stop.
fn cjk_outlet(s: &str) -> bool {
    let chars = s.chars().count();
    (2..=12).contains(&chars)
        && s.chars().any(is_cjk)
        && s.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric())
        && !s.ends_with(['。', '！', '？'])
}

/// "第一财经 2025年7月13日 15:30", "财联社 · 3小时前", "21世纪经济报道 记者 陈晓 昨天 18:20": a
/// Chinese, Japanese or Korean outlet, then (after its reporter) a time.
fn cjk_outlet_then_time(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| !["·", "|", "•", "-", "/"].contains(w))
        .collect();
    let (outlet, rest) = words.split_first()?;
    if !cjk_outlet(outlet) || rest.is_empty() || rest.len() > 6 {
        return None;
    }
    let (byline, time) = match rest {
        ["记者" | "記者" | "기자", name, time @ ..] if !time.is_empty() => {
            (Some((*name).to_string()), time)
        }
        time => (None, time),
    };
    let when = parse_when(&time.join(" "), clipped_at)?;
    Some(Meta {
        when: Some(when),
        byline,
        source: Some((*outlet).to_string()),
        weak_source: false,
    })
}

/// "2025年07月15日 08:12 新浪科技", "July 14, 2025 Reuters": a time, then the outlet's
/// name after a space (the outlet holds only where the page repeats it, see `zone`, unless
/// it reads as one).
fn time_then_name(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 12 {
        return None;
    }
    (1..=2).find_map(|k| {
        let cut = words.len().checked_sub(k).filter(|&c| c > 0)?;
        let name = words[cut..].join(" ");
        let cjk_name = (2..=12).contains(&name.chars().count())
            && name.chars().all(|c| is_cjk(c) || c.is_alphanumeric());
        // "June 3 Primary Results" is a headline: an outlet in Latin letters must read as
        // one.
        if !(looks_like_outlet(&name) || cjk_name) || parse_when(&name, clipped_at).is_some() {
            return None;
        }
        // A full date or a clock ("July 14 News Roundup" is a headline).
        let stated = words[..cut].join(" ");
        let full = stated.contains(':')
            || stated
                .split(|c: char| !c.is_ascii_digit())
                .any(|d| d.len() == 4)
            || stated.contains('年');
        if !full {
            return None;
        }
        let when = parse_when(&stated, clipped_at)?;
        Some(Meta {
            when: Some(when),
            weak_source: !looks_like_outlet(&name),
            source: Some(name),
            byline: None,
        })
    })
}

/// A sentence or more of body text (see the thresholds below).
pub(crate) fn is_paragraph(line: &str) -> bool {
    let words = line.split_whitespace().count();
    // "THE WALL STREET JOURNAL.": a wordmark or label in capitals, whatever its stop (a
    // Japanese sentence has no lower case either, and "AI" in it is no wordmark).
    if word_count(line) <= 6
        && line.chars().any(char::is_uppercase)
        && !line.chars().any(char::is_lowercase)
    {
        return false;
    }
    let end = line
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']'])
        .chars()
        .last();
    let sentences = line.matches(". ").count() + line.matches("? ").count();
    words >= MAX_HEADLINE_WORDS
        || line.chars().count() > 250
        || (matches!(end, Some('.' | '…')) && words >= 3)
        || (matches!(end, Some('!' | '?')) && words >= 14)
        || (matches!(end, Some('。' | '！' | '？')) && line.chars().count() >= 10)
        || (sentences >= 2 && words >= 10)
}

/// Words in a line, for telling headlines from labels and paragraphs: Chinese, Japanese
/// and Korean write without spaces, so there every two of their characters count as one
/// word (about the length of a word in those scripts).
pub(crate) fn word_count(line: &str) -> usize {
    let cjk = line.chars().filter(|&c| is_cjk(c)).count();
    if cjk == 0 {
        return line.split_whitespace().count();
    }
    let other = line
        .split_whitespace()
        .filter(|w| !w.chars().any(is_cjk))
        .count();
    other + cjk.div_ceil(2)
}

/// A character of the Chinese, Japanese or Korean scripts.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

/// Could be a headline: starts with a capital, digit or quote; no trailing ':' or ','.
pub(crate) fn is_candidate(line: &str) -> bool {
    let words = word_count(line);
    let first = line.chars().next();
    // Upper case, or a script without case (Chinese, Arabic, Hindi...).
    let opens = first.is_some_and(|c| {
        (c.is_alphanumeric() && !c.is_lowercase()) || "\"'\u{2018}\u{201c}¿¡".contains(c)
    }) || wire_tag(line).is_some();
    opens
        && (1..MAX_HEADLINE_WORDS).contains(&words)
        && !line.ends_with([':', ',', ';', '.'])
        && line.chars().any(char::is_alphabetic)
}

/// "(LEAD) Samsung to invest ...", "(URGENT) ...", "(2nd LD) ...": a wire service's tag
/// before a headline; the headline after it.
pub(crate) fn wire_tag(line: &str) -> Option<&str> {
    let (tag, rest) = line.strip_prefix('(')?.split_once(") ")?;
    let tagged = (2..=12).contains(&tag.len())
        && tag.chars().any(char::is_uppercase)
        && !tag.chars().any(char::is_lowercase)
        && rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    tagged.then_some(rest)
}

/// The outlet a line names, without a leading "- " or "via ": "- The Hindu" -> "The Hindu".
pub(crate) fn outlet_key(line: &str) -> (&str, bool) {
    for p in [
        "- ", "– ", "— ", "via ", "Via ", "Source: ", "SOURCE: ", "From: ",
    ] {
        if let Some(rest) = line.strip_prefix(p) {
            return (rest.trim(), true);
        }
    }
    (line, false)
}

/// "@jessicalin": a social media handle.
fn handle(s: &str) -> bool {
    s.len() > 1 && s.starts_with('@') && !s.contains(' ')
}

/// "CNBC", "NPR", "WSJ": one word of two to six capitals.
fn acronym(s: &str) -> bool {
    (2..=6).contains(&s.chars().count()) && s.chars().all(|c| c.is_uppercase())
}

/// Short, capitalised, no sentence punctuation: "Indian Express", "The Hindu", "AP".
pub(crate) fn outlet_shaped(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let capitalised = words.iter().filter(|w| starts_upper(w)).count();
    (1..=5).contains(&words.len())
        && s.chars().count() <= 50
        && starts_upper(s)
        && capitalised * 2 > words.len()
        && !s.ends_with(['.', '?', '!', ','])
        // A label and its value ("Edited By: Ananya Sharma") is not a name.
        && !s.contains(':')
}

/// A word of the line marks a publication, or the line is a domain ("theverge.com").
pub(crate) fn pub_word(s: &str) -> bool {
    let lower = s.to_lowercase();
    let domain = !lower.contains(' ')
        && [
            ".com", ".in", ".co.uk", ".org", ".net", ".news", ".io", ".co",
        ]
        .iter()
        .any(|t| lower.ends_with(t));
    // "毎日新聞", "人民日报", "조선일보", "朝日新聞デジタル": the word for newspaper.
    let cjk_paper = [
        "新聞", "新闻", "日報", "日报", "時報", "时报", "신문", "일보",
    ]
    .iter()
    .any(|t| s.contains(t));
    domain
        || cjk_paper
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| PUB_WORDS.contains(&w))
}

/// Shaped like a publication and naming one: "Indian Express", "theverge.com", or a
/// short "The ..." name ("The Hindu").
pub(crate) fn looks_like_outlet(s: &str) -> bool {
    let the_name = s.starts_with("The ") && s.split_whitespace().count() <= 3;
    outlet_shaped(s) && (pub_word(s) || the_name)
}

/// The first character is an upper-case letter (or a digit).
pub(crate) fn starts_upper(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Ends like a sentence.
fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?']) && s.split_whitespace().count() > 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-07-14T12:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .expect("fixed test time")
    }

    fn meta(line: &str) -> Option<(Option<String>, Option<String>, Option<String>)> {
        match classify(line, at()) {
            Kind::Meta(m) => Some((m.byline, m.source, m.when.and_then(When::render))),
            _ => None,
        }
    }

    #[test]
    fn meta_lines_in_their_common_shapes() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(meta("By Jane Doe"), Some((s("Jane Doe"), None, None)));
        assert_eq!(
            meta("By Jane Doe, Reuters"),
            Some((s("Jane Doe"), s("Reuters"), None))
        );
        assert_eq!(
            meta("By Jane Doe, July 14, 2025"),
            Some((s("Jane Doe"), None, s("2025-07-14")))
        );
        assert_eq!(
            meta("By Jo Staffordshire Staff Writer"),
            Some((s("Jo Staffordshire"), None, None)),
            "the job is cut where its first word starts"
        );
        assert_eq!(
            meta("Posted on 14 July 2025 by Devika Rao"),
            Some((s("Devika Rao"), None, s("2025-07-14")))
        );
        assert_eq!(
            meta("Reuters | 2 hours ago"),
            Some((None, s("Reuters"), s("2025-07-14T10:00:00Z")))
        );
        assert_eq!(
            meta("Jane Doe · 5 min read"),
            Some((s("Jane Doe"), None, None))
        );
        assert_eq!(
            meta("By the numbers: what changed"),
            None,
            "a headline, not a byline"
        );
        assert_eq!(meta("Markets slide - and bonds follow"), None);
        assert_eq!(
            meta("The Telegraph, by Anna Whitfield and James Okoro, 13 July 2025"),
            Some((
                s("Anna Whitfield and James Okoro"),
                s("The Telegraph"),
                s("2025-07-13")
            ))
        );
        assert_eq!(
            meta("第一财经 2025年7月13日 15:30"),
            Some((None, s("第一财经"), s("2025-07-13")))
        );
        assert_eq!(
            meta("21世纪经济报道 记者 陈晓 昨天 18:20"),
            Some((s("陈晓"), s("21世纪经济报道"), s("2025-07-13")))
        );
        assert_eq!(
            meta("财联社 · 3小时前"),
            Some((None, s("财联社"), s("2025-07-14T09:00:00Z")))
        );
        assert_eq!(
            meta("Source: Al Jazeera"),
            Some((None, s("Al Jazeera"), None))
        );
        assert_eq!(
            meta("Prices rose, by most measures, in June"),
            None,
            "prose with a comma before \"by\""
        );
    }

    #[test]
    fn names_and_phrases() {
        assert!(name_like("Parmy Olson") && name_like("Jean-Luc de la Cruz"));
        for s in [
            "Try Our AI Features",
            "The Hindu",
            "Indian Express",
            "Home About Archive",
            "Getty",
        ] {
            assert!(!name_like(s), "{s:?} is not a person");
        }
        assert!(is_paragraph("Analysts were surprised."));
        assert!(!is_paragraph(
            "Applying for a job at Amazon, Microsoft or Meta? 3 key things you should know"
        ));
        assert!(is_candidate("新闻标题") && !is_candidate("explore more:"));
    }
}
