//! Authors shown with what a page puts around their names: each one's address and
//! handle, job and paper ("By Nicole Fuentes-Marsh" / an address / "and Greg Halloran"),
//! and the outlet's initials glued on, over a pop-up about the author ("Marisol
//! QuinteroESPN" / "Close" / "Marisol Quintero is ..."), or the credit said again without
//! its "By" (a link to the author's page). Each makes one byline of the names and
//! interface of the rest, as `signatures` does.

use super::lines::{self, Kind};
use super::names;

/// The kind of a line that signs for `names`: one byline, "A and B", "A, B and C".
pub(super) fn signed_by<S: AsRef<str>>(names: &[S]) -> Kind {
    Kind::Meta(lines::Meta {
        byline: Some(names::join_names(names)),
        ..lines::Meta::default()
    })
}

/// "By — Felicia Ortega, Associated Press" over "Felicia Ortega, Associated Press": the
/// credit said again without its "By", the text of a link to the author's page, is
/// interface.
pub(super) fn credits_said_again(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !matches!(&kinds[i], Kind::Meta(m) if m.byline.is_some() && m.when.is_none()) {
            continue;
        }
        let Some(rest) = lines[i].strip_prefix("By") else {
            continue;
        };
        let credit = rest.trim_start_matches(|c: char| c.is_whitespace() || "—–-:".contains(c));
        if let Some(j) = super::passes::shown_after(kinds, i + 1)
            && matches!(kinds[j], Kind::Short)
            && lines[j].trim() == credit
        {
            kinds[j] = Kind::Junk;
        }
    }
}

/// "By — Felicia Ortega, Associated Press" over "By — Garrett Lindqvist, Associated Press":
/// bylines of one name each, in a row with interface only between, and the same outlet or
/// none (or a name and job under the first: "Ewan Doherty Staff writer", "Oliver Tran,
/// Staff Writer"; or names each with a job after a bar: "Dana Whitcomb | Staff Writer"; or
/// each with a job and no "By", an "and" alone between: "Nick Halloran Senior Reporter" /
/// "and" / "Lizzie Marr Trainee Reporter"): one byline of them all, on the first line.
pub(super) fn bylines_in_a_row(lines: &[String], kinds: &mut [Kind]) {
    // "Dana Whitcomb | Staff Writer" over "Marcus Ferrante | Staff Writer".
    let name_bar_job = |l: &str| {
        l.split_once(" | ")
            .is_some_and(|(n, job)| names::name_like(n) && names::job_title(job))
    };
    let credit = |k: &Kind| match k {
        Kind::Meta(m) if m.when.is_none() => m.byline.clone().map(|b| (b, m.source.clone())),
        _ => None,
    };
    let mut i = 0;
    while i < lines.len() {
        let Some((first, source)) = credit(&kinds[i]) else {
            i += 1;
            continue;
        };
        let mut names = vec![first];
        let mut run = vec![i];
        let mut j = i + 1;
        let mut joiners = Vec::new();
        while j < lines.len() {
            match &kinds[j] {
                Kind::Blank | Kind::Junk => j += 1,
                // "Nick Halloran Senior Reporter" / "and" / "Lizzie Marr Trainee Reporter".
                Kind::Short if ["and", "&"].contains(&lines[j].as_str()) => {
                    joiners.push(j);
                    j += 1;
                }
                k => match credit(k) {
                    // ("Ewan Doherty Staff writer" under "By Fiona Marchetti Special
                    // correspondent", "Oliver Tran, Staff Writer" under "By Maya
                    // Delgado-Chen, Transportation Reporter".)
                    Some((name, s))
                        if s == source
                            && (lines[j].starts_with("By")
                                || names::name_with_role(&lines[j]).is_some()
                                || lines[j].split_once(", ").is_some_and(|(n, job)| {
                                    names::name_like(n) && names::job_title(job)
                                })
                                || name_bar_job(&lines[j])) =>
                    {
                        names.push(name);
                        run.push(j);
                        j += 1;
                    }
                    _ => break,
                },
            }
        }
        let signed = lines[i].starts_with("By")
            || name_bar_job(&lines[i])
            || names::name_with_role(&lines[i]).is_some();
        if run.len() > 1 && signed {
            // (The line keeps its outlet: "Associated Press".)
            if let Kind::Meta(m) = &mut kinds[i] {
                m.byline = Some(names::join_names(&names));
            }
            for &r in run[1..].iter().chain(&joiners) {
                kinds[r] = Kind::Junk;
            }
        }
        i = j.max(i + 1);
    }
}

/// "Jack Pruitt" / "Nashville Tennessean" / "Dana Whitlow" / "USA TODAY NETWORK -
/// Tennessee", then the time: authors each over their paper (and maybe their address,
/// "kdemarco@post-gazette.com"), with no "By". One byline, "Jack Pruitt and Dana
/// Whitlow", and the papers are interface; one author over a paper names it as the outlet.
pub(super) fn names_over_papers(lines: &[String], kinds: &mut [Kind]) {
    let short = |kinds: &[Kind], j: usize| matches!(kinds[j], Kind::Short);
    // ("USA TODAY NETWORK - Tennessee": a network and its state.)
    let paper = |l: &str| {
        lines::outlet_shaped(l)
            || l.split_once(" - ").is_some_and(|(name, place)| {
                lines::outlet_shaped(name) && lines::starts_upper(place)
            })
    };
    let mut i = 0;
    while i + 4 < lines.len() {
        let (mut names, mut papers) = (Vec::new(), Vec::new());
        let mut j = i;
        // ("HANNAH BEAUDRY AND ETHAN VARGAS-LOWE" / "THE PRESS DEMOCRAT": in capitals.)
        let name = |l: &str| {
            names::names_like(l)
                .then(|| l.to_string())
                .or_else(|| names::name_case(l).filter(|c| names::names_like(c)))
        };
        while j + 1 < lines.len()
            && short(kinds, j)
            && short(kinds, j + 1)
            && paper(&lines[j + 1])
            && let Some(name) = name(&lines[j])
        {
            names.push(name);
            papers.push(lines[j + 1].as_str());
            j += 2;
            let address = |l: &str| l.contains('@') && !l.contains(' ');
            if lines.get(j).is_some_and(|l| address(l)) {
                j += 1;
            }
        }
        let timed = matches!(kinds.get(j), Some(Kind::Meta(m)) if m.when.is_some());
        // ("Nashville Tennessean" reads as a name too: some paper must not, or one of two
        // words or more must stand under two authors, as no one's name does; "Text" under
        // each is a role.)
        let papered = papers
            .iter()
            .any(|p| !names::names_like(p) || lines::looks_like_outlet(p))
            || papers
                .iter()
                .enumerate()
                .any(|(k, p)| p.contains(' ') && papers[..k].contains(p));
        // One author over a paper that reads as one ("Ava Lindqvist" / "The Oklahoman")
        // and that the page names again (a credit, the author's note) names the outlet too;
        // a kicker over a feature's title ("Weekend Profile" / "The Reluctant Director")
        // is named once.
        // Two names joined on the one line sign too.
        let one = names.len() == 1
            && papers.iter().all(|p| lines::looks_like_outlet(p))
            && (lines.iter().filter(|l| l.contains(papers[0])).count() >= 2
                || names[0].contains(" and "));
        // One author over a news service's initials ("Ashwini Rao" / "DHNS", "TNN"): the
        // byline; the service is the paper's desk, no outlet.
        let service = names.len() == 1 && service_initials(papers[0]);
        if (names.len() >= 2 || one || service) && timed && papered {
            kinds[i] = signed_by(&names);
            if one && let Kind::Meta(m) = &mut kinds[i] {
                m.source = Some(papers[0].to_string());
            }
            kinds[i + 1..j].iter_mut().for_each(|k| *k = Kind::Junk);
            i = j;
        } else {
            i += 1;
        }
    }
}

/// A news service's initials on a line of their own under an author ("DHNS", "TNN").
pub(super) fn service_initials(line: &str) -> bool {
    let line = line.trim();
    (2..=6).contains(&line.chars().count()) && line.chars().all(|c| c.is_ascii_uppercase())
}

/// "By" alone over "Maya Kerrigan, cleveland.com and" over "Owen Bartlett, cleveland.com":
/// each author with their outlet after a comma, on a line of their own. One byline of the
/// names, on the "By" line; the rest is interface.
pub(super) fn by_over_credits(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !lines[i].trim().eq_ignore_ascii_case("by") {
            continue;
        }
        let mut names = Vec::new();
        let mut j = i + 1;
        while j < lines.len() && matches!(kinds[j], Kind::Short | Kind::Meta(_)) {
            let credit = lines[j]
                .trim()
                .trim_end_matches(" and")
                .trim_end_matches(',');
            match credit.split_once(", ") {
                Some((who, _)) if names::names_like(who) => names.push(who.to_string()),
                _ => break,
            }
            j += 1;
        }
        if !names.is_empty() {
            kinds[i] = signed_by(&names);
            kinds[i + 1..j].iter_mut().for_each(|k| *k = Kind::Junk);
        }
    }
}

/// "By Nicole Fuentes-Marsh" over her address and handle, then "and Greg Halloran" over
/// his: one byline, "Nicole Fuentes-Marsh and Greg Halloran", and each author's contact
/// lines are interface.
pub(super) fn names_with_contacts(lines: &[String], kinds: &mut [Kind]) {
    // An address ("greg.halloran@newsday.com") or a handle ("@NFuentesMarsh"), alone.
    let contact = |j: usize| {
        let l = lines[j].trim();
        !l.contains(' ')
            && (l.starts_with('@') && l.len() > 2
                || l.split_once('@')
                    .is_some_and(|(user, host)| !user.is_empty() && host.contains('.')))
    };
    let shown = super::passes::shown_after;
    for i in 0..lines.len() {
        let Kind::Meta(m) = &kinds[i] else { continue };
        let Some(first) = m.byline.clone().filter(|_| m.when.is_none()) else {
            continue;
        };
        // Each author's job and paper may stand under the name too ("Achieng Otieno" /
        // "Journalist" / "Nation Media Group" / "Brian Kiprono" / ...), the next author's
        // name a byline of its own.
        let (mut contacts, mut notes) = (Vec::new(), Vec::new());
        let mut names = vec![first];
        let mut at = shown(kinds, i + 1);
        while let Some(j) = at {
            let line = lines[j].trim();
            let next_name = match &kinds[j] {
                Kind::Meta(m) if m.when.is_none() && m.source.is_none() => m.byline.clone(),
                _ => line.strip_prefix("and ").map(str::to_string),
            };
            if contact(j) {
                contacts.push(j);
            } else if names::job_title(line) || lines::looks_like_outlet(line) {
                notes.push(j);
            } else if let Some(name) = next_name.filter(|n| names::name_like(n))
                && !(contacts.is_empty() && notes.is_empty())
            {
                contacts.push(j);
                names.push(name);
            } else {
                break;
            }
            at = shown(kinds, j + 1);
        }
        if contacts.is_empty() {
            continue;
        }
        for &j in &contacts {
            kinds[j] = Kind::Junk;
        }
        if names.len() >= 2 {
            notes.iter().for_each(|&j| kinds[j] = Kind::Junk);
            kinds[i] = signed_by(&names);
        }
    }
}

/// "Marisol QuinteroESPN": an author's name with the outlet's initials glued on (the
/// byline's link and the outlet's label, copied without a space), perhaps over the
/// author's pop-up ("Close", then "Marisol Quintero is an ESPN staff writer ..."), then the
/// next author's the same way: one byline, "Marisol Quintero and Dev Hartley".
pub(super) fn names_glued_to_initials(lines: &[String], kinds: &mut [Kind]) {
    let glued_name = |i: usize, kinds: &[Kind]| -> Option<String> {
        if !matches!(kinds[i], Kind::Short) {
            return None;
        }
        let line = lines[i].trim();
        // Where the initials start: a capital right after a small letter, capitals to
        // the end.
        let at = line
            .char_indices()
            .zip(line.chars().skip(1))
            .find_map(|((at, c), next)| {
                let rest = &line[at + c.len_utf8()..];
                (c.is_lowercase()
                    && next.is_ascii_uppercase()
                    && rest.chars().count() >= 2
                    && rest.chars().all(|r| r.is_ascii_uppercase()))
                .then_some(at + c.len_utf8())
            })?;
        names::name_like(&line[..at]).then(|| line[..at].to_string())
    };
    let mut i = 0;
    while i < lines.len() {
        let Some(first) = glued_name(i, kinds) else {
            i += 1;
            continue;
        };
        let (mut names, mut used, mut at) = (vec![first], Vec::new(), i + 1);
        while let Some(j) =
            (at..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
        {
            let name = names.last().map_or("", String::as_str);
            let about = lines[j]
                .split_whitespace()
                .next()
                .is_some_and(|w| name.split_whitespace().any(|n| n == w))
                && matches!(kinds[j], Kind::Short | Kind::Para)
                && lines::word_count(&lines[j]) <= BIO_WORDS;
            if about {
                used.push(j);
                at = j + 1;
            } else if let Some(next) = glued_name(j, kinds) {
                names.push(next);
                used.push(j);
                at = j + 1;
            } else {
                break;
            }
        }
        kinds[i] = signed_by(&names);
        for &j in &used {
            kinds[j] = Kind::Junk;
        }
        i = at.max(i + 1);
    }
}

/// The longest note about an author in a byline's pop-up.
const BIO_WORDS: usize = 40;

/// The largest text `spelled_as_the_page_writes` reads.
const SPELLING_TEXT_BYTES: usize = 1 << 20;

/// A byline printed in capitals and cased by `names::name_case` ("Kayla Demarco") takes the
/// spelling a line of the page gives the same name ("Kayla DeMarco: kdemarco@..."): each
/// word capitalised, not all in capitals, the same letters but for their case, and more of
/// them capitals (a name the page also writes with fewer keeps its own). The paper signing
/// with the authors as its masthead's line writes it ("... and THE NATION") is dropped.
pub(super) fn spelled_as_the_page_writes(articles: &mut [super::ScrapedArticle], lines: &[String]) {
    // (Sized before it is joined: a long paste or one without bylines costs nothing.)
    let size: usize = lines.iter().map(|l| l.len() + 1).sum();
    if size > SPELLING_TEXT_BYTES
        || articles.len() > 20
        || articles.iter().all(|a| a.byline.is_none())
    {
        return;
    }
    let text = lines.join("\n");
    // (ASCII lower-casing keeps every byte where it was, so offsets hold in `text`.)
    let lower = text.to_ascii_lowercase();
    let capitals = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
    let as_written = |name: &str| -> Option<&str> {
        let want = name.to_ascii_lowercase();
        lower.match_indices(&want).find_map(|(at, _)| {
            let found = text.get(at..at + want.len())?;
            let whole = !text[..at].ends_with(char::is_alphanumeric)
                && !text[at + want.len()..].starts_with(char::is_alphanumeric);
            (whole
                && found != name
                && found.split_whitespace().all(lines::starts_upper)
                && found.chars().any(char::is_lowercase)
                && capitals(found) > capitals(name)
                && found.to_lowercase() == name.to_lowercase())
            .then_some(found)
        })
    };
    for a in articles {
        let Some(byline) = &a.byline else { continue };
        // "Thanapat Srisuwan and THE NATION": the paper, as its masthead's line writes it,
        // signing with the author is no author.
        if let Some((names, paper)) = byline.rsplit_once(" and ")
            && lines::outlet_shaped(paper)
            && !paper.chars().any(char::is_lowercase)
            && lines.iter().any(|l| l.trim() == paper)
        {
            a.byline = Some(names.to_string());
        }
        let Some(byline) = &a.byline else { continue };
        let names: Vec<&str> = byline.split(" and ").flat_map(|n| n.split(", ")).collect();
        let mut spelled = byline.clone();
        for name in names.iter().filter(|n| n.contains(' ')) {
            if let Some(found) = as_written(name) {
                spelled = spelled.replace(name, found);
            }
        }
        a.byline = Some(spelled);
    }
}
