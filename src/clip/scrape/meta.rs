//! Meta lines: a time, a byline or an outlet, alone or together on one line ("By Jane
//! Doe, Reuters", "Reuters | 2 hours ago", "The Telegraph, by Anna Whitfield, 13 July
//! 2025", "Source: Al Jazeera"), read for `lines::classify`; `outlet_lines` reads those
//! that give an outlet beside a time or the authors ("第一财经 2025年7月13日 15:30"), and
//! `composite` those of several parts between separators.

use super::lines::{
    Meta, acronym, ends_sentence, is_cjk, looks_like_outlet, outlet_shaped, pub_word, word_count,
};
use super::names::{capitalise, is_place, job_title, name_like, names_like, without_place};
use super::when::{When, parse_when};
use chrono::{DateTime, Utc};

/// "Jane Rowe10:12, Jul 14 2025": a name glued to the time after it.
pub(super) fn name_glued_to_time(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
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

/// Names with the place each filed from in brackets after it ("Chijioke Nwaeze (Enugu) and
/// Rotimi Adeyanju (Abuja)"), without the places; `None` when there is none. A bracket of
/// capitals ("(AP)") is an agency, not a place, and stays.
fn without_bracketed_places(names: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = names;
    while let Some((before, after)) = rest.split_once(" (") {
        let (inside, tail) = after.split_once(')')?;
        let words: Vec<&str> = inside.split_whitespace().collect();
        let place = (1..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase));
        if !place {
            return None;
        }
        out.push_str(before);
        rest = tail;
    }
    (!out.is_empty()).then(|| out + rest)
}

/// "By Ahmed Al-Naqeeb Al-Seyassah/Arab Times Staff": a byline with a slash, which reads
/// as a picture's credit too ("Name/Agency"), read as a byline before the credits are.
pub(super) fn slashed_byline(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    if !line.starts_with("By ") || !line.contains('/') {
        return None;
    }
    byline_of(line, clipped_at).filter(|m| m.byline.is_some())
}

/// "By" in the other languages whose dates `when` reads.
const FOREIGN_BY: &[&str] = &[
    "von ", "par ", "por ", "door ", "di ", "af ", "av ", "von: ", "par: ", "por: ", "door: ",
    "af: ", "av: ",
];
/// Separators between the parts of a meta line: "Reuters | 2 hours ago".
pub(super) const SEPARATORS: &[&str] = &[" | ", " · ", " • ", " ● ", " — ", " – ", " - ", " / "];

/// "By Jane Doe", "Written by Jane Doe and John Roe", "By Jane Doe, Reuters",
/// "By Jane Doe, July 14, 2025", "Posted on 14 July 2025 by Jane Doe".
pub(super) fn byline_of(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    // "ByJanet Rivers,": "By" glued to the name, a comma after it; "By: Joanna
    // Macaraeg": a colon after it.
    let spaced;
    let line = match line.strip_prefix("By") {
        Some(rest) if rest.starts_with(char::is_uppercase) => {
            spaced = format!("By {}", rest.trim_end_matches(','));
            spaced.as_str()
        }
        Some(rest) if rest.starts_with(": ") => {
            spaced = format!("By {}", &rest[2..]);
            spaced.as_str()
        }
        // "By — Felicia Ortega, Associated Press": a dash after it.
        Some(rest) if [" — ", " – ", " - "].iter().any(|d| rest.starts_with(d)) => {
            spaced = format!(
                "By {}",
                rest[1..].trim_start_matches(['—', '–', '-']).trim_start()
            );
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
        "writer: ",
        "writers: ",
        "analysis by ",
        "opinion by ",
        "commentary by ",
        "review by ",
        "story by ",
        "reported by ",
        "posted by ",
        // A live blog's and a photo story's credits.
        "live coverage by ",
        "coverage by ",
        "words and photos by ",
        "text and photos by ",
        "story and photos by ",
    ]
    .iter()
    .find(|p| lower.starts_with(*p))
    .copied()
    // "short by Priya Nair / 07:42 pm ...", "shared by ...": one lower-case word before
    // "by", as apps credit whoever wrote their summary.
    .or_else(|| {
        let (word, _) = lower.split_once(" by ")?;
        (line.starts_with(char::is_lowercase) && word.chars().all(char::is_alphabetic))
            .then(|| &lower[..word.len() + 4])
    });
    // German, French, Spanish and Dutch bylines ("Von Anna Schmidt", "Par Léa Martin"):
    // only before a full name, since these words also open headlines ("Door to door").
    if prefix.is_none()
        && let Some(p) = FOREIGN_BY.iter().find(|p| lower.starts_with(*p))
        // Italian writes its "di" in lower case ("Di Maria Stars Again" is a headline).
        && (*p != "di " || line.starts_with("di "))
    {
        let rest = line.get(p.len()..)?.trim();
        let rest = without_place(rest);
        // "par Mathilde Roussel, correspondante à Besançon": the job after a comma.
        let rest = match rest.split_once(", ") {
            Some((names, job)) if job_title(job) => names,
            _ => rest,
        };
        return super::names::names_like(rest).then(|| Meta {
            byline: Some(rest.to_string()),
            ..Meta::default()
        });
    }
    let (rest, when, beside) = match prefix {
        Some(p) => trailing_time(line.get(p.len()..)?.trim(), clipped_at),
        // "Posted on 14 July 2025 by Jane Doe": a time line, then the names.
        None => {
            let at = lower.find(" by ")?;
            // ("On July 13, 2025 In News by Emeka Okafor": the section between.)
            let time = line.get(..at)?;
            let when = parse_when(time, clipped_at).or_else(|| {
                let (time, section) = time.rsplit_once(" In ")?;
                (section.split_whitespace().count() <= 3 && section.starts_with(char::is_uppercase))
                    .then(|| parse_when(time, clipped_at))?
            })?;
            (line.get(at + 4..)?.trim(), Some(when), false)
        }
    };
    // "By Lena Okafor | lokafor@paper.example and Daniel Brzezinski | dbrz@paper.example |
    // Chicago Tribune": each name with its address after a bar, the outlet last.
    let mut barred_outlet = None;
    let joined;
    let rest = match addressed_between_bars(rest) {
        Some((names, outlet)) => {
            barred_outlet = outlet;
            joined = names;
            joined.as_str()
        }
        None => rest,
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
    // "Chijioke Nwaeze (Enugu) and Rotimi Adeyanju (Abuja)": where each author filed from.
    let unplaced = without_bracketed_places(rest);
    let rest = unplaced.as_deref().unwrap_or(rest);
    // "Joanna Macaraeg, Rhea Santillan - Reporters /" (a handle gone after the slash):
    // the job after a dash.
    let rest = rest.trim_end_matches(['/', ' ', '-', '–']);
    let rest = match rest.rsplit_once(" - ") {
        Some((names, job)) if names_like(names) && job_title(job.trim()) => names,
        _ => rest,
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
    // "Ahmed Al-Naqeeb Al-Seyassah/Arab Times Staff": the name, then the papers' staff,
    // the first paper glued to the second by a slash (no outlet of the story's).
    let glued_paper = rest
        .strip_suffix(" Staff")
        .and_then(|r| r.split_whitespace().find(|w| w.contains('/')))
        .and_then(|w| rest.find(w));
    let rest = match glued_paper.map(|at| rest[..at].trim_end()) {
        Some(names) if names_like(names) => names,
        _ => rest,
    };
    // "By A and B, Local Democracy Reporting Service": the scheme they report for.
    let rest = match rest.rsplit_once(", ") {
        Some((names, scheme))
            if scheme
                .rsplit(' ')
                .next()
                .is_some_and(|w| ["Service", "Agency", "Scheme"].contains(&w))
                && names_like(names) =>
        {
            names
        }
        _ => rest,
    };
    // "MASAKI TANAKA and YURI OKADA/ Staff Writers": the job after a slash.
    let rest = match rest.rsplit_once('/') {
        Some((names, job)) if job_title(job.trim()) => names.trim_end(),
        _ => rest,
    };
    // "Reported by Pallavi Hegde, Edited by Ritesh Kumar Tiwari": the editor, after the
    // reporter, wrote nothing of it.
    // (ASCII lower case keeps every byte where it was: "Groẞ" lower-cased whole is shorter.)
    let rest = match rest.to_ascii_lowercase().find(", edited by ") {
        Some(at) if names_like(&rest[..at]) => &rest[..at],
        _ => rest,
    };
    // "Jane Doyle with AP": the agencies the author drew on.
    let rest = match rest.split_once(" with ") {
        Some((names, _)) if names_like(names) => names,
        _ => rest,
    };
    // "SIDRA JAVED & AFP", "Jane Doyle and agencies": the wire joined to the names.
    let rest = super::names::without_joined_wire(rest).unwrap_or(rest);
    // "Nadia Rahimi & Tom Kessler Global News", "Grant Whitaker FOXBusiness": the outlet
    // glued after the names.
    let (rest, glued_outlet) = match outlet_after_names(rest) {
        Some((names, outlet)) => (names, Some(outlet)),
        None => (rest, None),
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
            revised: beside,
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
        revised: beside,
        ..Meta::default()
    };
    if let Some(names) = names_with_their_papers(rest) {
        meta.byline = Some(names);
        return Some(meta);
    }
    if barred_outlet.is_some() && names_like(rest) {
        meta.byline = Some(rest.to_string());
        meta.source = barred_outlet;
        return Some(meta);
    }
    // "Kaitlyn Moreau, Staff writer, and Derrick Oyelaran, Staff writer": each name with
    // its job after a comma.
    let parts: Vec<&str> = rest
        .split(", ")
        .map(|p| p.trim().strip_prefix("and ").unwrap_or(p.trim()))
        .collect();
    let named: Vec<&str> = parts.iter().copied().filter(|p| !job_title(p)).collect();
    if parts.len() >= 3
        && named.len() >= 2
        && named.len() < parts.len()
        && named.iter().all(|n| name_like(n))
    {
        meta.byline = Some(super::names::join_names(&named));
        return Some(meta);
    }
    // "Ryan Castellano , Megan Trask Fox News": a space before the comma.
    let spaced = rest.replace(" , ", ", ");
    let rest = spaced.as_str();
    let glued = rest
        .rsplit_once(", ")
        .filter(|(names, _)| names_like(names))
        .and_then(|(names, last)| Some((names, super::outlet_lines::name_then_outlet(last)?)));
    if let Some((names, (name, outlet))) = glued {
        meta.byline = Some(super::names::join_names(&[names, name]));
        meta.source = Some(outlet.to_string());
        return Some(meta);
    }
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
        // "Hélène Roussel, Bastien Garnier": two names (a place the registry knows, "Jane
        // Doe, New Delhi", is where it was filed).
        Some((names, other))
            if names_like(names)
                && name_like(other)
                && !job_title(other)
                && !super::names::known_place(other.trim()) =>
        {
            meta.byline = Some(rest.to_string());
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
    // "Global News" names the outlet; "FOXBusiness" is its logo's text, not its name.
    if meta.byline.is_some() && meta.source.is_none() {
        meta.source = glued_outlet.filter(|o| o.contains(' ')).map(str::to_string);
    }
    // "Nadia Rahimi & Tom Kessler": the names joined as the other bylines join them.
    meta.byline = meta.byline.map(|b| b.replace(" & ", " and "));
    Some(meta)
}

/// "Ray Okafor, ProPublica, and Dana Whitcomb, The Columbus Dispatch": authors of two
/// papers that published the story together, each with the paper -> "Ray Okafor and Dana
/// Whitcomb". The page's outlet is its masthead's, not one of the two.
fn names_with_their_papers(s: &str) -> Option<String> {
    let pairs: Vec<&str> = s
        .split(", and ")
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_end_matches(','))
        .collect();
    let names = pairs
        .iter()
        .map(|pair| {
            let (name, paper) = pair.split_once(", ")?;
            (name_like(name) && outlet_shaped(paper) && !names_like(paper)).then_some(name)
        })
        .collect::<Option<Vec<&str>>>()?;
    (names.len() >= 2).then(|| super::names::join_names(&names))
}

/// "Nadia Rahimi & Tom Kessler Global News" -> ("Nadia Rahimi & Tom Kessler", "Global
/// News"); "Grant Whitaker FOXBusiness" -> ("Grant Whitaker", "FOXBusiness"): names, then
/// two or three words naming a publication or opening with "The", or one word of capitals
/// run into a capitalised one (which no one's name is).
fn outlet_after_names(s: &str) -> Option<(&str, &str)> {
    let starts: Vec<usize> = s
        .char_indices()
        .filter(|&(i, c)| !c.is_whitespace() && (i == 0 || s[..i].ends_with(char::is_whitespace)))
        .map(|(i, _)| i)
        .collect();
    let glued_caps = |w: &str| {
        let caps = w.chars().take_while(char::is_ascii_uppercase).count();
        caps >= 3 && w.chars().skip(caps).all(|c| c.is_ascii_lowercase()) && w.len() > caps
    };
    // The longest such tail first ("Global News", not "News").
    (starts.len().saturating_sub(3).max(1)..starts.len()).find_map(|k| {
        let (names, outlet) = (s[..starts[k]].trim_end(), &s[starts[k]..]);
        let words = outlet.split_whitespace().count();
        // One word naming a publication may end a name ("Mary Jane Post").
        // ("... Jack Holloway The Spokesman-Review": "The" opens no one's surname.)
        let publication = (words >= 2 && pub_word(outlet) && outlet_shaped(outlet))
            || (words == 1 && glued_caps(outlet))
            || ((2..=3).contains(&words) && outlet.starts_with("The ") && outlet_shaped(outlet));
        // "HELEN MARSH, CITY CORRESPONDENT FOR THE DAILY MAIL" is a job's, read below.
        (publication && !names.contains(',') && names_like(names) && !pub_word(names))
            .then_some((names, outlet))
    })
}

/// "Jane Doe, July 14, 2025" -> ("Jane Doe", the date, false); "Jane Doe" -> ("Jane Doe",
/// None, false). A day only a space after the names ("By Jane Doe July 14, 2025") comes
/// with `true`: it may be the last update's, so a time labelled as the publication's beats
/// it, as it beats a revision's.
fn trailing_time(s: &str, clipped_at: DateTime<Utc>) -> (&str, Option<When>, bool) {
    // "By Reuters•Jul 12, 2025": a dot or bar glued between the two.
    for sep in [", ", " on ", " | ", " - ", " / ", " · ", "•", "·", "|"] {
        for (at, _) in s.match_indices(sep).take(8) {
            let tail = s.get(at + sep.len()..).unwrap_or_default().trim();
            if let Some(when) = parse_when(tail, clipped_at) {
                return (s.get(..at).unwrap_or(s).trim(), Some(when), false);
            }
        }
    }
    // "By The Irrawaddy 14 July 2025": the day after a space.
    let names = super::names::without_trailing_day(s);
    match parse_when(&s[names.len()..], clipped_at) {
        Some(when) if names.len() < s.len() => (names.trim(), Some(when), true),
        _ => (s, None, false),
    }
}

/// "read more at The Hindu BusinessLine", "Read the full story at Reuters": an
/// aggregator's link to the story above at its outlet; the outlet.
pub(super) fn links_to_outlet(line: &str) -> Option<&str> {
    const LEADS: &[&str] = &[
        "read more at ",
        "read the full story at ",
        "continue reading at ",
        "full story at ",
    ];
    let lower = line.to_lowercase();
    LEADS
        .iter()
        .find(|l| lower.starts_with(*l))
        .and_then(|l| line.get(l.len()..))
}

/// "Source: Al Jazeera", "Quelle: dpa", "Redazione ANSA": the outlet a story came from,
/// named under it, or signing it.
pub(super) fn source_line(line: &str) -> Option<Meta> {
    // "👉 Fuente: Cinco Días": a pointing hand or a bullet before it.
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "Redazione ANSA", "Redaktion SZ": the newsroom signing for its outlet.
    let rest = [
        "Source:",
        "Source :",
        "Fuente:",
        "Quelle:",
        "Fonte:",
        "Fonte :",
        "Redazione ",
        "Redaktion ",
        "Rédaction ",
        "Redacción ",
        "Redação ",
        "Redactie ",
        "Redakcja ",
    ]
    .iter()
    .find_map(|p| line.strip_prefix(p))
    .or_else(|| links_to_outlet(line))?
    .trim();
    // "Source: Kwesi Adomako, Contributor": a person and their job, who wrote it.
    if let Some((who, job)) = rest.split_once(", ")
        && super::names::names_like(who)
        && super::names::job_title(job)
    {
        return Some(Meta {
            byline: Some(who.to_string()),
            ..Meta::default()
        });
    }
    // "Quelle: Keystone" under a caption credits the picture.
    let picture = super::credits::picture_agency(rest);
    (outlet_shaped(rest) && word_count(rest) <= 5 && !ends_sentence(rest) && !picture).then(|| {
        Meta {
            source: Some(rest.to_string()),
            ..Meta::default()
        }
    })
}

/// "The Telegraph, by Anna Whitfield and James Okoro, 13 July 2025": the outlet, a comma,
/// then a byline (with or without its date), as a reading list cites a story.
pub(super) fn outlet_then_byline(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
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

/// "Lena Okafor | lokafor@paper.example and Daniel Brzezinski | dbrz@paper.example |
/// Chicago Tribune" -> ("Lena Okafor and Daniel Brzezinski", Some("Chicago Tribune")): the
/// names, each with its address after a bar (and perhaps the outlet), and the outlet after
/// the last. `None` when no
/// address stands between bars.
fn addressed_between_bars(rest: &str) -> Option<(String, Option<String>)> {
    if !rest.contains('@') || !rest.contains(" | ") {
        return None;
    }
    let unaddressed: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| !w.contains('@'))
        .collect();
    let mut parts: Vec<String> = Vec::new();
    for part in unaddressed
        .join(" ")
        .split('|')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match (part.strip_prefix("and "), parts.last_mut()) {
            (Some(next), Some(last)) => *last = format!("{last} and {next}"),
            _ => parts.push(part.to_string()),
        }
    }
    // ("Renee Castellano | rcastellano@courant.com | Hartford Courant": the outlet named
    // like the address's domain, though it reads as a name.)
    let domain = rest
        .split_whitespace()
        .find_map(|w| w.split_once('@'))
        .and_then(|(_, host)| host.split('.').next())
        .map(str::to_lowercase)
        .filter(|stem| stem.len() >= 3);
    let of_domain = |s: &str| {
        let compact: String = s
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        domain.as_deref().is_some_and(|stem| compact.contains(stem))
    };
    let outlet = match parts.as_slice() {
        [_, .., last] if looks_like_outlet(last) && !names_like(last) => parts.pop(),
        [_, .., last] if outlet_shaped(last) && of_domain(last) => parts.pop(),
        _ => None,
    };
    // "Tom Halloran | t@paper.example | Boston Herald and Nadia Ferreira | n@... | Boston
    // Herald": the outlet after each author, the next one's name after it.
    if let Some(o) = outlet.as_deref() {
        let mut names: Vec<String> = Vec::new();
        for part in parts.drain(..) {
            match (
                part.strip_prefix(o).and_then(|p| p.strip_prefix(" and ")),
                names.last_mut(),
            ) {
                (Some(next), Some(last)) => *last = format!("{last} and {next}"),
                _ => names.push(part),
            }
        }
        parts = names;
    }
    match parts.as_slice() {
        [names] => Some((names.clone(), outlet)),
        _ => None,
    }
}
