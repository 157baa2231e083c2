//! Meta lines of several parts between separators ("Reuters | 2 hours ago", "By Jane Doe ·
//! July 14, 2025", "A, B · CBC News · "), each part read as a time, a byline, an outlet or
//! what stands beside them, for `lines::classify`; single parts are `meta`'s.

use super::chrome::is_chrome;
use super::debris::is_counter_line;
use super::lines::{Meta, acronym, handle, looks_like_outlet, outlet_shaped, pub_word};
use super::meta::{SEPARATORS, byline_of};
use super::names::{job_title, name_like, names_like};
use super::when::parse_when;
use chrono::{DateTime, Utc};

/// "Reuters | 2 hours ago", "By Jane Doe · July 14, 2025", "The Hindu - 3 min ago".
pub(super) fn composite(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    // Words, not the separators between the parts.
    let words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    // (Three parts or more between bars run longer: "By A, KSL.com and B, KSL-TV | Updated
    // - July 14, 2025 at 9:18 a.m. | Posted - July 13, 2025 at 11:20 a.m.".)
    let limit = if line.matches(" | ").count() >= 2 {
        28
    } else {
        16
    };
    if words > limit {
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
        .flat_map(|p| p.split(['·', '•', '●', '|', '⋅']))
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
        if saved_time(part) {
            // "Saved 2 hours ago": when a reading list took the story, not when it came out.
            companions += 1;
        } else if let Some(when) = parse_when(part, clipped_at).or_else(|| {
            super::aggregators::submitted_when(part).and_then(|t| parse_when(t, clipped_at))
        }) {
            // A publication's time beats a revision's given before it.
            let revised = super::revisions::revision_line(part);
            if meta.when.is_none() || (meta.revised && !revised) {
                meta.when = Some(when);
                meta.revised = revised;
            }
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
        } else if job_title(part) {
            // "Transport Reporter·NZ Herald·": the author's job beside the outlet.
            companions += 1;
        } else if super::zone::generic_word(part) {
            // "Jul 14, 2025 - Economy": the story's section, no outlet; nor is what
            // follows it ("Tech · AI": a section and its subsection).
        } else if outlet_shaped(part)
            || names_like(part)
            // "By Lee Wen Hui / theedgemalaysia.com": the site's address as its name.
            || (pub_word(part) && part.contains('.') && !part.contains(' '))
        {
            sources.push(part);
        } else {
            return None;
        }
    }
    // "Jane Kim / Axios:": a person and an outlet; or two people, then the outlet ("A, B ·
    // CBC News"; "Reason.com - Free Minds and Free Markets" is an outlet and its motto).
    if let [a, b] = sources.as_slice()
        && meta.byline.is_none()
        && let Some((person, outlet)) =
            [(a, b), (b, a)]
                .into_iter()
                .enumerate()
                .find_map(|(n, (p, o))| {
                    // ("Harborline Gazette - Priya Raman and Owen Mercer": a paper named
                    // like one, then its two authors; a site's address before its motto
                    // is no paper.)
                    let authors_after_paper = n == 1
                        && p.contains(" and ")
                        && names_like(p)
                        && !o.contains('.')
                        && pub_word(o);
                    let people = name_like(p) || (n == 0 && names_like(p)) || authors_after_paper;
                    (people && !pub_word(p) && looks_like_outlet(o)).then_some((p, o))
                })
    {
        meta.byline = Some(person.to_string());
        meta.source = meta.source.or(Some(outlet.to_string()));
        return Some(meta);
    }
    // "Nikkei Asia · Mayu Kitagawa · 5 min read": a reading list's outlet, then the
    // author, beside the reading time.
    if let [outlet, person] = sources.as_slice()
        && companions > 0
        && meta.byline.is_none()
        && names_like(person)
        && !pub_word(person)
        && !looks_like_outlet(person)
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
        // ("1d ago · Jordan Pike and Leah Strand": two people beside the time.)
        let people = name_like(s) || (s.contains(" and ") && names_like(s));
        if meta.byline.is_none() && people && !pub_word(s) {
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

/// "Saved 2 hours ago", "Added yesterday": when a reading list or read-later app took the
/// story.
fn saved_time(part: &str) -> bool {
    let lower = part.to_lowercase();
    [
        "saved ",
        "added ",
        "archived ",
        "guardado ",
        "gespeichert ",
        "enregistré ",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        && lower.split_whitespace().count() <= 5
}

/// The most words of a part joined over a separator's line.
const SPLIT_PART_WORDS: usize = 6;

/// "Priya Natarajan" / "·" / "17 minutes ago": a meta line whose separator the copy put
/// on a line of its own (each part was its own element) is joined back into one line,
/// "Priya Natarajan · 17 minutes ago", when one of its parts is a time. The lines are
/// joined in place, so the text has two lines fewer.
pub(super) fn join_parts_split_over_lines(lines: &mut Vec<String>, clipped_at: DateTime<Utc>) {
    let part = |l: &str| {
        let words = l.split_whitespace().count();
        // ("9 min read" / "·" / "Jul 11, 2025": a counter beside the time is read apart.)
        // ("35m", a time, reads as a counter too.)
        (1..=SPLIT_PART_WORDS).contains(&words)
            && !l.ends_with(['.', '!', '?', ':'])
            && (!is_counter_line(l) || parse_when(l, clipped_at).is_some())
    };
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut rest = std::mem::take(lines).into_iter().peekable();
    while let Some(line) = rest.next() {
        // ("Grid Dispatch" / "/" / "2h": a feed reader's outlet and time.)
        let separator = matches!(line.as_str(), "·" | "•" | "|" | "⋅" | "/");
        let joins = separator
            && out.last().is_some_and(|l| part(l))
            && rest.peek().is_some_and(|n| part(n))
            && (out
                .last()
                .is_some_and(|l| parse_when(l, clipped_at).is_some())
                || rest
                    .peek()
                    .is_some_and(|n| parse_when(n, clipped_at).is_some()));
        match (joins, out.last_mut()) {
            (true, Some(before)) => {
                let after = rest.next().unwrap_or_default();
                *before = format!("{before} {line} {after}");
            }
            _ => out.push(line),
        }
    }
    *lines = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(text: &str) -> Vec<String> {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let at = "2025-07-14T12:00:00Z".parse().expect("a time");
        join_parts_split_over_lines(&mut lines, at);
        lines
    }

    #[test]
    fn a_separator_on_its_own_line_joins_a_name_and_a_time() {
        assert_eq!(
            joined("A summary of the story.\nPriya Natarajan\n·\n17 minutes ago\nVRDN"),
            [
                "A summary of the story.",
                "Priya Natarajan · 17 minutes ago",
                "VRDN"
            ]
        );
        assert_eq!(
            joined("Reuters\n|\n2 hours ago\nA headline"),
            ["Reuters | 2 hours ago", "A headline"]
        );
    }

    #[test]
    fn separators_between_lines_that_hold_no_time_stay() {
        let text =
            "Home\n·\nNews\nA sentence that ends.\n·\n2 hours ago\n9 min read\n·\nJul 11, 2025";
        assert_eq!(joined(text), text.lines().collect::<Vec<_>>());
    }
}
