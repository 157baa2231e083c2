//! Meta lines that name an outlet beside a time or the authors: "第一财经 2025年7月13日
//! 15:30" and "财联社 · 3小时前" (a Chinese, Japanese or Korean outlet, then the time),
//! "July 14, 2025 Reuters" (the time, then the outlet), "Ni Komang Ayu Sasmita and Radhiyya
//! Indra (The Jakarta Post)" (the authors, then their outlet in brackets). Read for
//! `lines::classify`, as `meta`'s lines are. Also: a byline that is the outlet signing for
//! itself ("Reuters, London", "Free Press staff"), the name in a masthead's line, and a
//! section's or an author's name glued before the labelled times.

use super::lines::{Meta, is_cjk, looks_like_outlet, outlet_shaped, pub_word};
use super::names::names_like;
use super::when::parse_when;
use crate::analyze::entities::{Kind, Registry};
use chrono::{DateTime, Utc};

/// A place the entity registry knows ("ISTANBUL", "New Delhi"): a dateline over the time,
/// not an outlet, which is no bare city or country. So is a county or a borough, a local
/// paper's section over its headline ("MIAMI-DADE COUNTY"), unless a word names a paper
/// ("Orange County Register").
pub(super) fn place(line: &str) -> bool {
    let unit = line.split_whitespace().count() >= 2
        && line.split_whitespace().last().is_some_and(|w| {
            ["county", "borough", "parish", "province", "prefecture"]
                .contains(&w.to_lowercase().as_str())
        })
        && !pub_word(line);
    unit || Registry::builtin()
        .lookup(line)
        .is_some_and(|e| e.kind == Kind::Place)
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
pub(super) fn cjk_outlet_then_time(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
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
        ..Meta::default()
    })
}

/// "Ni Komang Ayu Sasmita and Radhiyya Indra (The Jakarta Post)": the authors, then
/// their outlet in brackets, with no "By".
pub(super) fn names_then_outlet_in_brackets(line: &str) -> Option<Meta> {
    let (names, outlet) = line.strip_suffix(')')?.rsplit_once(" (")?;
    (names_like(names) && looks_like_outlet(outlet)).then(|| Meta {
        byline: Some(names.trim().to_string()),
        source: Some(outlet.to_string()),
        ..Meta::default()
    })
}

/// "2025年07月15日 08:12 新浪科技", "July 14, 2025 Reuters", "Monday July 14 2025, 12.01am,
/// The Evening Courier": a time, then the outlet's name (up to three words) after a space (the outlet holds only where the page repeats it, see `zone`, unless
/// it reads as one).
pub(super) fn time_then_name(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 12 {
        return None;
    }
    (1..=3).find_map(|k| {
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
        // ("Jul 14, 2025 News": the story's section, no outlet.)
        let section = super::zone::generic_word(&name);
        Some(Meta {
            when: Some(when),
            weak_source: !looks_like_outlet(&name),
            source: (!section).then_some(name),
            ..Meta::default()
        })
    })
}

/// "Megan Trask Fox News", the last of a comma list of authors ("By Ryan Castellano,
/// Megan Trask Fox News"): a name of two or three words glued to the outlet the authors
/// write for (a word of publications ends it, "News", "Times", "Post"). `(name, outlet)`.
pub(super) fn name_then_outlet(part: &str) -> Option<(&str, &str)> {
    // A paper's common noun alone is the end of its name, not an outlet after an author's:
    // "Tampa Bay Times" is the paper (a brand alone, "Jane Doe Reuters", is an outlet).
    #[rustfmt::skip]
    const PAPER_NOUNS: &[&str] = &[
        "news", "times", "post", "express", "journal", "herald", "tribune", "gazette",
        "chronicle", "observer", "press", "daily", "standard", "mail", "mirror", "star",
        "courier", "bulletin", "dispatch", "examiner", "inquirer", "sentinel", "ledger",
    ];
    let starts: Vec<usize> = part.match_indices(' ').map(|(at, _)| at).collect();
    [2, 3].iter().find_map(|&k| {
        let at = *starts.get(k - 1)?;
        let (name, outlet) = (&part[..at], part[at..].trim());
        // (Names as names are written: "CITY CORRESPONDENT FOR" is no one's.)
        (super::names::name_like(name)
            && name.chars().any(char::is_lowercase)
            && !super::names::job_title(&super::names::capitalise(&name.to_lowercase()))
            && !super::lines::pub_word(name)
            && !outlet.to_lowercase().starts_with("for ")
            && looks_like_outlet(outlet)
            && super::lines::pub_word(outlet)
            && !PAPER_NOUNS.contains(&outlet.to_lowercase().as_str()))
        .then_some((name, outlet))
    })
}

/// The byline is the outlet's name, alone, before the place the story was filed from or
/// with more words after it ("Expansión. Madrid", "Reuters, London", "Mainichi Japan").
pub(super) fn signed_by_outlet(byline: &str, source: &str) -> bool {
    let name = byline
        .split_once(". ")
        .or_else(|| byline.split_once(", "))
        .map_or(byline, |(name, _)| name);
    let bare = |s: &str| {
        s.trim()
            .to_lowercase()
            .trim_start_matches("the ")
            .to_string()
    };
    let (name, source) = (bare(name), bare(source));
    // "Mainichi Japan" for "The Mainichi", "Reuters Staff" for "Reuters", "Post staff".
    let staff = |desk: &str| source == desk || source.ends_with(&format!(" {desk}"));
    name == source
        || name
            .strip_prefix(&source)
            .is_some_and(|rest| rest.starts_with(' '))
        || name.strip_suffix(" staff").is_some_and(staff)
}

/// The name a masthead's line gives, without the words around it: "ABC News Homepage",
/// "Otago Daily Times Online News", "The Japan News by The Yomiuri Shimbun" (its owner),
/// "Daily Mirror - Sri Lanka Latest Breaking News and Headlines" (the page's title, with
/// the site's description after the name).
pub(super) fn masthead_name(line: &str) -> &str {
    let line = line.trim_end_matches('.');
    // "ABC News Homepage": in any case, a word of its own.
    let name = ["homepage", "home page", "home"]
        .iter()
        .find_map(|h| {
            let at = line.len().checked_sub(h.len())?;
            (line.is_char_boundary(at)
                && line[at..].eq_ignore_ascii_case(h)
                && line[..at].ends_with(' '))
            .then(|| line[..at].trim_end())
        })
        .unwrap_or(line);
    // "Otago Daily Times Online News": a newspaper's name, then its website's words.
    let name = [" Online News", " Online"]
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .filter(|paper| paper.split_whitespace().count() >= 2 && looks_like_outlet(paper))
        .unwrap_or(name);
    // "The Japan News by The Yomiuri Shimbun": the name, then its owner.
    let name = match name.split_once(" by ") {
        Some((own, owner)) if outlet_shaped(owner) && outlet_shaped(own) => own,
        _ => name,
    };
    match name.split_once(" - ").or_else(|| name.split_once(" | ")) {
        Some((own, about))
            if outlet_shaped(own)
                && about.split_whitespace().count() >= 4
                && about.to_lowercase().split_whitespace().any(|w| w == "news") =>
        {
            own
        }
        _ => name,
    }
}

/// A masthead that is the site's domain ("post-gazette.com", "theverge.com") gives way to
/// the outlet's name that a line of the page spells out and the domain ends ("Pittsburgh
/// Post-Gazette", "The Verge"), compared by letters and digits alone, on two lines or more
/// (as bylines' papers, an author's box and the footer write it; "Follow the Irish
/// Independent" once is a button).
pub(super) fn spelled_out_domain<'p>(lines: &'p [String], site: &str) -> Option<&'p str> {
    let stem = address_stem(site).filter(|s| s.len() >= 3)?;
    let named = |l: &str| l != site && looks_like_outlet(l) && compact(l).ends_with(&stem);
    let mut spelled = lines.iter().map(|l| l.trim()).filter(|l| named(l));
    let first = spelled.next()?;
    spelled.any(|l| l == first).then_some(first)
}

/// The first part of a site's address by its letters and digits ("theverge" for
/// "theverge.com", "postgazette" for "www.post-gazette.com"); `None` for what is no
/// address.
fn address_stem(s: &str) -> Option<String> {
    let address = !s.contains(' ') && s.contains('.') && pub_word(s);
    address.then(|| compact(s.trim_start_matches("www.").split('.').next().unwrap_or("")))
}

/// A name by its letters and digits alone, lower-cased: "The Edge Malaysia" and
/// "theedgemalaysia" are the same.
fn compact(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An article whose outlet is only the site's address in small letters ("By Lee Wen Hui /
/// theedgemalaysia.com") takes the name that the page writes out in two capitalised words
/// or more spelling the address's first part ("Stay updated with The Edge Malaysia on
/// Telegram"). An address written with capitals is the brand ("INQUIRER.net").
pub(super) fn named_addresses(articles: &mut [super::ScrapedArticle], lines: &[String]) {
    for a in articles {
        let Some(source) = &a.source else { continue };
        let Some(stem) = address_stem(source)
            .filter(|s| s.len() >= 4 && !source.chars().any(char::is_uppercase))
        else {
            continue;
        };
        if let Some(name) = lines.iter().find_map(|l| spelled_in(l, &stem)) {
            a.source = Some(name);
        }
    }
}

/// The run of capitalised words in `line` (within a longer one: "Follow The Edge Malaysia")
/// whose letters are `stem`'s.
fn spelled_in(line: &str, stem: &str) -> Option<String> {
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ':', ';', '!', '?', ')']))
        .collect();
    let capital = |w: &&str| super::lines::starts_upper(w) || *w == "&";
    (0..words.len())
        .filter(|&i| capital(&words[i]))
        .find_map(|i| {
            let mut letters = String::new();
            for (j, w) in words[i..].iter().enumerate() {
                if !capital(w) {
                    return None;
                }
                letters.push_str(&compact(w));
                // (Two words or more, not shouted: "cleveland.com" is no "CLEVELAND".)
                if letters == stem {
                    let name = &words[i..=i + j];
                    let written =
                        name.len() >= 2 && name.iter().any(|w| w.chars().any(char::is_lowercase));
                    return written.then(|| name.join(" "));
                }
                if !stem.starts_with(&letters) {
                    return None;
                }
            }
            None
        })
}

/// "Nation Updated on Jul 14, 2025 10:22 AM EDT — Published on Jul 13, 2025 4:10 PM EDT",
/// "Regional News of Monday, 14 July 2025": a section's name (up to three capitalised
/// words) glued before a labelled time. A person's name there is the author's ("Faizan
/// Rashid Published July 14, 2025 Updated about 5 hours ago": the byline and the times
/// in one element).
pub(super) fn section_then_time(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    // ("Regional News of Monday, 14 July 2025": the section's news of the day.)
    let at = ["Updated ", "Published ", "Posted "]
        .iter()
        .filter_map(|label| line.find(label))
        .min()
        .or_else(|| line.find(" News of ").map(|at| at + " News of ".len()))?;
    let section = line[..at].trim_end().trim_end_matches(" of");
    let words: Vec<&str> = section.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 3
        || !words
            .iter()
            .all(|w| super::lines::starts_upper(w) || *w == "&")
    {
        return None;
    }
    let rest = &line[at..];
    let author =
        words.len() >= 2 && super::names::name_like(section) && !super::names::known_place(section);
    parse_when(rest, clipped_at).map(|when| Meta {
        when: Some(when),
        revised: super::revisions::revision_line(rest),
        byline: author.then(|| section.to_string()),
        ..Meta::default()
    })
}
