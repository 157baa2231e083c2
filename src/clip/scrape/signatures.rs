//! Signatures read across lines: "By" over names on lines of their own, a name over its
//! job title, a name and the place it filed from, a name and its job in lower case; a
//! label over a name ("News provided by" / "Acme Robotics, Inc.") is `labelled_names`',
//! names over their outlet, city or the masthead's initials `placed_names`'. Each turns the
//! name's line into a byline (or a source) and its neighbours into chrome, before the
//! zones are read.

use super::chrome_words;
use super::lines::{self, Kind};
use super::names;
use super::zone;

/// "By" alone on a line, then the names on lines of their own, "and" and follow buttons
/// between them ("By" / "Rachel Kemp" / "Follow" / "and" / "Owen Trask"): one byline.
pub(super) fn bylines_over_lines(lines: &[String], kinds: &mut [Kind]) {
    const BY: &[&str] = &["by", "von", "por", "par", "di", "door", "av", "przez"];
    const JOINS: &[&str] = &["and", "&", ",", "und", "y", "et", "e", "en", "och", "i"];
    for i in 0..lines.len() {
        if !BY.contains(&lines[i].to_lowercase().trim_end_matches(':')) {
            continue;
        }
        let (mut names, mut used, mut j) = (Vec::new(), Vec::new(), i + 1);
        while let Some(line) = lines.get(j) {
            let lower = line.to_lowercase();
            let follow = chrome_words::FOLLOW_BUTTONS.contains(&lower.as_str());
            let joined = JOINS.contains(&lower.as_str()) && !names.is_empty();
            // A job under a name ("Senior Writer") is no name, nor is one in the name's
            // place ("By" over "Chief Editor"); and a name shown twice (a link and its
            // text) is one.
            let job = names::job_title(line);
            if matches!(kinds[j], Kind::Blank) || follow || joined || job {
                used.push(j);
            } else if matches!(kinds[j], Kind::Short) && names::names_like(line) {
                if !names.contains(line) {
                    names.push(line.clone());
                }
                used.push(j);
            } else {
                break;
            }
            j += 1;
        }
        if names.is_empty() {
            // "By" over "Chief Editor" alone: a role and no author, all interface.
            if used.iter().any(|&u| names::job_title(&lines[u])) {
                for u in std::iter::once(i).chain(used) {
                    if !matches!(kinds[u], Kind::Blank) {
                        kinds[u] = Kind::Junk;
                    }
                }
            }
            continue;
        }
        kinds[i] = Kind::Meta(lines::Meta {
            byline: Some(names.join(" and ")),
            ..lines::Meta::default()
        });
        for u in used {
            if !matches!(kinds[u], Kind::Blank) {
                kinds[u] = Kind::Junk;
            }
        }
    }
}

/// "Zoe Kleinman" over "Technology editor": a name over a job title is a byline, and the
/// title is chrome (one line with both is read by `lines::classify`).
pub(super) fn names_over_job_titles(lines: &[String], kinds: &mut [Kind]) {
    // The names this pass signs, each over its job: several in a row sign together.
    let mut signed = Vec::new();
    for i in 1..lines.len() {
        let name = &lines[i - 1];
        let bylined =
            matches!(&kinds[i - 1], Kind::Meta(m) if m.byline.is_some() && m.when.is_none());
        if matches!(kinds[i], Kind::Short) && names::job_title(&lines[i]) && bylined {
            // "By Janet Rivers" over "Senior Contributor.".
            kinds[i] = Kind::Junk;
            signed.push(i - 1);
            filed_from_under(lines, kinds, i);
            continue;
        }
        // A desk and its role in capitals read as a name and a role ("Consumer Affairs
        // Correspondent"); under a name, it is that name's job.
        // "Wirtschaftskorrespondent in Stuttgart." reads as a sentence.
        let job_line = matches!(kinds[i], Kind::Short)
            || (matches!(kinds[i], Kind::Para) && lines::word_count(&lines[i]) <= 6)
            || matches!(&kinds[i], Kind::Meta(m) if m.when.is_none() && m.source.is_none());
        // "Journalists @New Vision": the job and the paper after an at sign.
        let (job, paper) = match lines[i].split_once(" @") {
            Some((job, paper)) if lines::outlet_shaped(paper.trim()) => {
                (job, Some(paper.trim().to_string()))
            }
            _ => (lines[i].as_str(), None),
        };
        if job_line
            && matches!(kinds[i - 1], Kind::Short)
            && (names::job_title(job) || job.strip_suffix('s').is_some_and(names::job_title))
            && (names::name_like(name) || paper.is_some() && names::names_like(name))
        {
            kinds[i - 1] = Kind::Meta(lines::Meta {
                byline: Some(name.clone()),
                source: paper,
                ..lines::Meta::default()
            });
            kinds[i] = Kind::Junk;
            signed.push(i - 1);
            filed_from_under(lines, kinds, i);
        }
    }
    join_coauthors(lines, kinds, &signed);
}

/// "Ottawa" under an author's job, over the next author or the time: the city she filed
/// from, no outlet or headline.
fn filed_from_under(lines: &[String], kinds: &mut [Kind], job: usize) {
    let mut shown = (job + 1..lines.len()).filter(|&j| !matches!(kinds[j], Kind::Blank));
    let (Some(place), Some(next)) = (shown.next(), shown.next()) else {
        return;
    };
    let city = matches!(kinds[place], Kind::Short)
        && (1..=2).contains(&lines::word_count(&lines[place]))
        && lines[place].split_whitespace().all(lines::starts_upper)
        && !names::name_like(&lines[place]);
    let author_or_time = match &kinds[next] {
        Kind::Meta(_) => true,
        Kind::Short => names::name_like(&lines[next]),
        _ => false,
    };
    if city && author_or_time {
        kinds[place] = Kind::Junk;
    }
}

/// "Helen Marsh" over her post, then "Tomasz Nowak" over his, right under it: two authors
/// of one article, signed as "Helen Marsh and Tomasz Nowak" on the first name's line.
fn join_coauthors(lines: &[String], kinds: &mut [Kind], signed: &[usize]) {
    let mut first: Option<usize> = None;
    for (k, &at) in signed.iter().enumerate() {
        // The name two shown lines under the one before (its job between).
        let follows = k > 0 && {
            let shown: Vec<usize> = (signed[k - 1] + 1..at)
                .filter(|&j| !matches!(kinds[j], Kind::Blank))
                .collect();
            // Or its job and the city filed from ("Senior Political Reporter", "Ottawa").
            shown.len() == 1
                || (shown.len() == 2 && shown.iter().all(|&j| matches!(kinds[j], Kind::Junk)))
        };
        let Some(head) = first.filter(|_| follows) else {
            first = Some(at);
            continue;
        };
        if let Kind::Meta(m) = &mut kinds[head]
            && let Some(byline) = m.byline.as_mut()
        {
            byline.push_str(" and ");
            byline.push_str(&lines[at]);
        }
        kinds[at] = Kind::Junk;
    }
}

/// "Hannah Murphy in San Francisco" under a standfirst: the author and where she filed
/// from. Only under a headline-length short line, since "Chaos Erupts in Parliament" has
/// the same shape as a headline of its own.
pub(super) fn names_in_places(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        if !matches!(kinds[i], Kind::Short) {
            continue;
        }
        // Under a headline and its standfirst (two headline-length short lines), over
        // a time line.
        let shown = |from: usize| (0..from).rev().find(|&j| !matches!(kinds[j], Kind::Blank));
        let headline_length = |j: usize| {
            matches!(kinds[j], Kind::Short)
                && lines::is_candidate(&lines[j])
                && lines::word_count(&lines[j]) >= zone::HEADLINE_WORDS
        };
        let standfirst = shown(i).filter(|&j| headline_length(j));
        let headline = standfirst.and_then(shown).is_some_and(headline_length);
        let timed = (i + 1..lines.len())
            .find(|&j| !matches!(kinds[j], Kind::Blank))
            .is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
        // Or a place the registry knows after each name ("Harriet Ashworth in Amsterdam
        // and Kenji Morita in Tokyo" over "Published 22 hours ago").
        let known_places = lines[i].split(" and ").all(|part| {
            part.rsplit_once(" in ")
                .is_some_and(|(_, place)| names::known_place(place.trim()))
        });
        // Or the place on a line of its own ("Ravi Hui", then "in Hong Kong", then a
        // follow button and the time).
        let place_below = lines.get(i + 1).is_some_and(|l| {
            l.strip_prefix("in ").is_some_and(|place| {
                (1..=3).contains(&place.split_whitespace().count())
                    && place.split_whitespace().all(lines::starts_upper)
            })
        });
        if place_below
            && names::names_like(&lines[i])
            && (i + 2..lines.len())
                .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
                .is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()))
        {
            kinds[i] = Kind::Meta(lines::Meta {
                byline: Some(lines[i].clone()),
                ..lines::Meta::default()
            });
            kinds[i + 1] = Kind::Junk;
            continue;
        }
        // Or a reporter at a match's ground right under the headline ("Tom Bradley at
        // the Valley Road Stadium").
        let at_the_ground = lines[i].contains(" at the ") && shown(i).is_some_and(headline_length);
        if !((headline || known_places || at_the_ground) && timed) {
            continue;
        }
        if let Some(names) = super::placed_names::names_in_place(&lines[i]) {
            kinds[i] = Kind::Meta(lines::Meta {
                byline: Some(names),
                ..lines::Meta::default()
            });
        }
    }
}

/// "Zoha Mirza | Nadeem Akhtar Bhatti" over its time: authors set apart by bars sign
/// together ("Zoha Mirza and Nadeem Akhtar Bhatti"), under the headline or its
/// standfirst, each perhaps with a job after a comma ("Eleanor Marsh, Education Editor |
/// Tom Kearsley, Home Affairs Editor"). A menu's entries
/// between bars ("Business | Markets") are single words, or stand over no time; a
/// headline's parts ("Senate Passes Budget Bill | Key Takeaways") stand under no headline.
pub(super) fn names_between_bars(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !matches!(kinds[i], Kind::Short) || !lines[i].contains(" | ") {
            continue;
        }
        let names: Vec<&str> = lines[i]
            .split(" | ")
            .map(|part| match part.trim().split_once(", ") {
                Some((name, job)) if names::job_title(job) => name,
                _ => part.trim(),
            })
            .collect();
        let timed = (i + 1..lines.len())
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
            .is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
        let shown_over = |at: usize| (0..at).rev().find(|&j| !matches!(kinds[j], Kind::Blank));
        let headline = |j: usize| {
            matches!(kinds[j], Kind::Short) && lines::word_count(&lines[j]) >= zone::HEADLINE_WORDS
        };
        let under_headline = shown_over(i).is_some_and(|j| {
            headline(j) || (matches!(kinds[j], Kind::Para) && shown_over(j).is_some_and(headline))
        });
        if timed && under_headline && names.len() <= 4 && names.iter().all(|n| names::name_like(n))
        {
            kinds[i] = super::author_blocks::signed_by(&names);
        }
    }
}

/// "Rhiannon Castell North of England correspondent and Peter Olufemi" over the time: each
/// author's name, perhaps with the job after it, joined by "and"; the names sign.
pub(super) fn names_with_jobs_between(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !matches!(kinds[i], Kind::Short) || !lines[i].contains(" and ") {
            continue;
        }
        let timed = (i + 1..lines.len())
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
            .is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
        if !timed {
            continue;
        }
        // Each part: a name of two or three words, then nothing or a job, one job at
        // least (the plain "A and B" is read as a byline already).
        let Some(byline) = names::names_with_desks(&lines[i]) else {
            continue;
        };
        kinds[i] = Kind::Meta(lines::Meta {
            byline: Some(byline),
            ..lines::Meta::default()
        });
    }
}

/// Authors' names in a row next to the time, each on its own line, perhaps with "and"
/// between ("Helena Voss" / "and" / "Kenji Aoyama" over "Jul 13, 2025") or a picture's
/// label ("thumbnail") before each, under the time: one byline, "Helena Voss and Kenji
/// Aoyama".
pub(super) fn names_in_a_row(lines: &[String], kinds: &mut [Kind]) {
    let timed = |k: &Kind| matches!(k, Kind::Meta(m) if m.when.is_some());
    // The name a line gives: the line itself, or the byline read from it ("By Nadia
    // Ferreira-Holt").
    let name_of = |i: usize, kinds: &[Kind]| -> Option<String> {
        let name = match &kinds[i] {
            Kind::Short => lines[i].trim().to_string(),
            Kind::Meta(m) if m.when.is_none() && m.source.is_none() => m.byline.clone()?,
            _ => return None,
        };
        names::name_like(&name).then_some(name)
    };
    // The paper or desk shown again under each name ("Lena Hoskie" / "Arizona Republic" /
    // "Marco Delgadillo" / "Arizona Republic") is no name, though it reads as one.
    let desk_again = |i: usize| {
        (i.saturating_sub(DESK_REACH)..(i + DESK_REACH + 1).min(lines.len()))
            .any(|j| j != i && lines[j] == lines[i])
    };
    let is_name = |i: usize, kinds: &[Kind]| name_of(i, kinds).is_some() && !desk_again(i);
    let mut i = 0;
    while i < lines.len() {
        if !is_name(i, kinds) {
            i += 1;
            continue;
        }
        // The names that follow, past blank and interface lines and a lone "and".
        let mut row = vec![i];
        let mut at = i + 1;
        // Under the time, each name may stand over its desk or job ("Kirsty Mowat" over
        // "BBC Scotland News", "Calum MacInnes" over "... Islands reporter").
        let under_time = (0..i)
            .rev()
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
            .is_some_and(|j| timed(&kinds[j]));
        // Or over it ("Aoife Kinsella" / "Political Correspondent" / "Fionn Gallagher" /
        // "Yesterday at 21:30"); three names each over a desk shown again ("Memphis
        // Commercial Appeal") reach further.
        let below: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(7)
            .collect();
        let reach = if below.first().is_some_and(|&j| desk_again(j)) {
            7
        } else {
            5
        };
        let over_time = below.iter().take(reach).any(|&j| timed(&kinds[j]));
        let role = |j: usize, kinds: &[Kind]| {
            (under_time || over_time)
                && matches!(kinds[j], Kind::Short)
                && lines::word_count(&lines[j]) <= 7
                && !is_name(j, kinds)
        };
        let shown = |from: usize, kinds: &[Kind]| {
            (from..lines.len()).find(|&j| {
                !matches!(kinds[j], Kind::Blank | Kind::Junk)
                    && !["and", "&"].contains(&lines[j].trim())
            })
        };
        let mut roles = false;
        while let Some(mut j) = shown(at, kinds) {
            if role(j, kinds)
                && let Some(k) = shown(j + 1, kinds).filter(|&k| is_name(k, kinds))
            {
                roles = true;
                j = k;
            } else if roles {
                // Each name stood over its desk: the line under the last is its desk,
                // though it reads as a name ("Chris Ruiz" over "Nashville Tennessean").
                break;
            }
            // A name shown twice is one author (`names_shown_twice`), or a company's
            // name in a price box.
            if !is_name(j, kinds) || row.len() == 4 || row.iter().any(|&r| lines[r] == lines[j]) {
                break;
            }
            // Names after the first stand on their own lines; after a byline read from
            // "By ...", only past a lone "and" (items of a list each have their "By").
            let joined = (at..j).any(|k| ["and", "&"].contains(&lines[k].trim()));
            // (A name alone that a pass read as a byline is not signed.)
            let signed =
                matches!(&kinds[i], Kind::Meta(m) if m.byline.as_deref() != Some(lines[i].trim()));
            // Past the "and", the name may have been read as a byline of its own ("By Tom
            // Hallett" / "Senior Reporter" / "and" / "Maya Rosenthal" / "Personal Finance
            // Reporter"), with or without the first one's "By".
            let named = matches!(&kinds[j], Kind::Meta(m)
                if m.when.is_none() && m.source.is_none() && m.byline.as_deref() == Some(lines[j].trim()));
            if !(matches!(kinds[j], Kind::Short) || (joined && named)) || (signed && !joined) {
                break;
            }
            row.push(j);
            at = j + 1;
        }
        let mut last = *row.last().unwrap_or(&i);
        // The last name's desk or job, when each name had one.
        if roles
            && let Some(j) = shown(last + 1, kinds).filter(|&j| {
                role(j, kinds) || matches!(kinds[j], Kind::Short) && lines::outlet_shaped(&lines[j])
            })
        {
            last = j;
        }
        // The names again on one line under their avatars' ("Priya Raman", "Tomás
        // Aguirre", then "Priya Raman, Tomás Aguirre" over the time).
        if let Some(again) = (last + 1..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank))
            && matches!(kinds[again], Kind::Short)
            && row.len() >= 2
            && names::names_like(&lines[again])
            && row.iter().all(|&r| lines[again].contains(lines[r].trim()))
        {
            last = again;
        }
        let shown_before = (0..i)
            .rev()
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk));
        // (Past the last author's job or button, read as interface: "Personal Finance
        // Reporter", "+ FOLLOW".)
        let shown_after =
            (last + 1..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk));
        let by_time = shown_before.is_some_and(|j| timed(&kinds[j]))
            || shown_after.is_some_and(|j| timed(&kinds[j]));
        if row.len() >= 2 && by_time {
            // A name over "Foto" took the pictures.
            let photographer = |r: usize| {
                shown(r + 1, kinds)
                    .is_some_and(|j| PHOTO_ROLES.contains(&lines[j].trim().to_lowercase().as_str()))
            };
            let names: Vec<String> = row
                .iter()
                .filter(|&&j| !(roles && photographer(j)))
                .filter_map(|&j| name_of(j, kinds))
                .collect();
            kinds[i] = super::author_blocks::signed_by(&names);
            for kind in kinds.iter_mut().take(last + 1).skip(i + 1) {
                if !matches!(kind, Kind::Blank) {
                    *kind = Kind::Junk;
                }
            }
        }
        i = last + 1;
    }
}

/// "Marie-Ève Tremblay, correspondante parlementaire à Ottawa" over the time: a name, then
/// the job in lower case, is the byline.
pub(super) fn names_with_job_phrases(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        let Some((name, job)) = lines[i].split_once(", ") else {
            continue;
        };
        let timed = (i + 1..lines.len())
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
            .is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
        if matches!(kinds[i], Kind::Short)
            && timed
            && names::name_like(name)
            && job.starts_with(char::is_lowercase)
            && job.split_whitespace().count() <= JOB_PHRASE_WORDS
        {
            kinds[i] = Kind::Meta(lines::Meta {
                byline: Some(name.to_string()),
                ..lines::Meta::default()
            });
        }
    }
}

/// The longest job `names_with_job_phrases` reads after a name.
const JOB_PHRASE_WORDS: usize = 6;

/// "Priya Raman" twice in a row (the picture's description, then the name), then the
/// profile's headline ("Head of Supply Chain Strategy at Northvale Foods | Logistics"): the
/// author, and what they say they do, which is neither headline nor outlet.
pub(super) fn names_shown_twice(lines: &[String], kinds: &mut [Kind]) {
    let shown = super::passes::shown_after;
    for i in 0..lines.len() {
        if !matches!(kinds[i], Kind::Short) || !names::names_like(&lines[i]) {
            continue;
        }
        let Some(again) = shown(kinds, i + 1).filter(|&j| lines[j] == lines[i]) else {
            continue;
        };
        // Only over a profile's headline: over the time, the name twice signs as it is.
        let Some(profile) = shown(kinds, again + 1).filter(|&j| {
            matches!(kinds[j], Kind::Short | Kind::Meta(_))
                && !matches!(&kinds[j], Kind::Meta(m) if m.when.is_some())
                && (lines[j].contains(" at ") || lines[j].contains(" | "))
                && lines::word_count(&lines[j]) <= PROFILE_WORDS
        }) else {
            continue;
        };
        kinds[i] = Kind::Junk;
        kinds[again] = Kind::Meta(lines::Meta {
            byline: Some(lines[i].clone()),
            ..lines::Meta::default()
        });
        kinds[profile] = Kind::Junk;
    }
}

/// The most words of a profile's headline under its name.
const PROFILE_WORDS: usize = 20;

/// How near (in lines) a paper or desk shown again under each author's name stands.
const DESK_REACH: usize = 4;
/// The role under a name in a row that took the pictures, not the story.
const PHOTO_ROLES: &[&str] = &[
    "foto",
    "photo",
    "photos",
    "bild",
    "photographer",
    "fotograf",
];
