//! Where one article of a scrape ends and the next begins: whether the zone between two
//! runs of text opens a story (a headline that is no name or place, an outlet, a live
//! blog's headline, a standfirst with its own meta), signs the one before (a name over
//! the time under its standfirst), or belongs to the page (the footer's last paragraphs,
//! the site's own box), and an outlet's name that stood in a headline's place.

use super::debris;
use super::lines::{self, Kind};
use super::zone::{self, Page, Role, Zone};
use super::{Draft, FOOTER_INTERFACE_LINES, FOOTER_WORDS, FOOTER_ZONE_LINES, has_time};
use super::{name_over_time, names, next_shown, paragraphs};
use std::ops::Range;

/// A headline, its standfirst (one paragraph, `run`), then the author or the time with no
/// headline among them, then the text: the article opens at the headline ("Week in the
/// Middle East" and its pitch above it were a newsletter box). So does a teaser whose time
/// is glued under its one paragraph.
pub(super) fn standfirst_then_meta(
    page: &Page,
    zone: &Zone,
    run: Range<usize>,
    next: Option<&Range<usize>>,
    times_first: bool,
) -> bool {
    let headed = zone
        .headline_group
        .and_then(|hg| zone.groups.get(hg))
        .is_some_and(|g| g.strong_words >= zone::HEADLINE_WORDS);
    let Some(next) = next else {
        return false;
    };
    let after = page.zone(run.end..next.start);
    let meta = timed_or_signed;
    // The meta alone before the text, or glued under this paragraph (a list's teaser with
    // its time under it, the next story's headline after) on a page that does not put
    // times over headlines. (The author's name over the time, "Zanele Mkhize" over
    // "Published Jul 11, 2025", is meta too.)
    let own_meta = (after.headline_group.is_none_or(|hg| {
        label_under_meta(&after, hg)
            || after.groups[hg]
                .items
                .iter()
                .all(|(line, role)| matches!(role, Role::Meta(_)) || signs(page, *line, role))
    }) && after.groups.iter().any(meta))
        || (!times_first
            && after
                .groups
                .first()
                .is_some_and(|g| g.touches_prev && meta(g)));
    headed && paragraphs(page, run).len() == 1 && own_meta
}

/// A word alone in its group, under the zone's meta, is a button's label ("FAST" between
/// "Read a summary of this article on FAST." and "Listen to this article"), no headline.
fn label_under_meta(zone: &Zone, group: usize) -> bool {
    zone.groups[group].items.len() == 1
        && zone.groups[group].strong_words == 1
        && zone.groups[..group].iter().any(timed_or_signed)
}

/// The group holds a time or a byline.
fn timed_or_signed(g: &zone::Group) -> bool {
    g.items
        .iter()
        .any(|(_, r)| matches!(r, Role::Meta(m) if m.when.is_some() || m.byline.is_some()))
}

/// "Klarvik säger upp 300" over its standfirst, then "Karin Lindqvist" over "Publicerad 13
/// juli 2025": a person's name right over the time under a headline's one paragraph is
/// its author, though the page repeats the name (in an author box further down) as it
/// would an outlet's; the zone, with no headline of its own, opens no story. So do authors
/// each on their line over the place they filed from and the time ("Anish Thapa Magar" /
/// "Rukmini Dahal" / "Kathmandu" / "Published at : July 14, 2025").
pub(super) fn signs_standfirst(page: &Page, zone: &Zone, cur: &Draft) -> bool {
    let items = || zone.groups.iter().flat_map(|g| &g.items);
    // A standfirst of one paragraph, or of a few short ones (a summary's points).
    let standfirst = match cur.paras.as_slice() {
        [_] => true,
        points @ [_, _, ..] => {
            points.len() <= 3 && points.iter().all(|p| lines::word_count(p) <= POINT_WORDS)
        }
        [] => false,
    };
    // (Or a byline read as one: "Sam Whitcomb" over "Columnist" and the paper.)
    let signed = |line: usize, role: &Role| {
        signs(page, line, role)
            || desk_over_time(page, line)
            || matches!(role, Role::Byline(_))
            || matches!(role, Role::Meta(m) if m.byline.is_some() && m.when.is_none())
            || named_over_byline(page, line)
    };
    cur.title.is_some()
        && standfirst
        && (cur.when.is_none() || cur.when_above)
        && cur.byline.is_none()
        && zone.groups.iter().any(has_time)
        && items().any(|(line, role)| signed(*line, role))
        && items().all(|(line, role)| {
            signed(*line, role)
                || !matches!(role, Role::Outlet(_) | Role::Headline)
                // (The paper under the time, as its masthead writes it: "The Mercury".)
                || {
                    let text = &page.lines[*line];
                    lines::looks_like_outlet(text)
                        && page.lines.iter().filter(|l| *l == text).count() >= 2
                }
                // (A place, or any one word: no headline.)
                || (*role == Role::Headline && {
                    let text = &page.lines[*line];
                    lines::word_count(text) == 1 || super::outlet_lines::place(text)
                })
                || (*role == Role::Headline
                    && zone
                        .headline_group
                        .is_some_and(|hg| label_under_meta(zone, hg)))
        })
}

/// "Lerato Maseko" right over "By Lerato Maseko": the author's name shown twice, once
/// beside the portrait and once as the byline.
fn named_over_byline(page: &Page, line: usize) -> bool {
    let name = &page.lines[line];
    names::names_like(name)
        && matches!(page.kinds.get(line + 1), Some(Kind::Meta(m))
            if m.when.is_none() && m.byline.as_deref() == Some(name.as_str()))
}

/// "FP Explainers" right over the time: the site's desk for a section of its menu (the
/// initials, then "Explainers"), who signs for no one by name.
fn desk_over_time(page: &Page, line: usize) -> bool {
    let text = &page.lines[line];
    let words: Vec<&str> = text.split_whitespace().collect();
    matches!(page.kinds.get(line + 1), Some(Kind::Meta(m)) if m.when.is_some())
        && (2..=3).contains(&words.len())
        && words[0].chars().all(|c| c.is_ascii_uppercase())
        && words.last().is_some_and(|w| page.in_menu(w))
}

/// A name with a paragraph between it and the headline's line `head`: a tagline over a
/// section page's description ("Boston's NPR News Station"), not the headline's outlet.
pub(super) fn tagline(page: &Page, line: usize, head: Option<usize>) -> bool {
    head.is_some_and(|h| (line..h).any(|l| matches!(page.kinds[l], Kind::Para)))
}

/// The longest point of a summary `signs_standfirst` reads as a standfirst.
const POINT_WORDS: usize = 30;

/// The line is a name over the time that `signs_standfirst` reads as the author, whatever
/// role the zone gave it (an outlet when repeated, a menu's entry when shown twice). A
/// name shown twice, an avatar's label over it ("Natalie Goh" / "Natalie Goh" / the time),
/// signs too, and so does a name under the time, the picture's credit perhaps between
/// ("Aktualizacja: 14.07.2025 09:20" / "Foto: materiały prasowe" / "Katarzyna Wielgosz").
pub(super) fn signs(page: &Page, line: usize, role: &Role) -> bool {
    let shown_twice = page.lines.get(line + 1) == Some(&page.lines[line]);
    let under_time = (0..line)
        .rev()
        .find(|&i| !matches!(page.kinds[i], Kind::Blank | Kind::Junk))
        .is_some_and(|i| matches!(&page.kinds[i], Kind::Meta(m) if m.when.is_some()));
    matches!(
        role,
        Role::Outlet(_) | Role::Headline | Role::Other | Role::Byline(_)
    ) && names::names_like(&page.lines[line])
        && (name_over_time(page, line)
            || (shown_twice && name_over_time(page, line + 1))
            || under_time)
}

/// Where the page's furniture starts among `runs`: the last runs that are each one short
/// paragraph under a long stretch of other lines, interface among them ("Information you
/// can trust" and the agency's blurb in the footer, "Abonnez-vous dès maintenant..." under
/// the links), which continue no article. The first run is always text.
pub(super) fn footer_runs(page: &Page, runs: &[Range<usize>]) -> usize {
    let mut start = runs.len();
    while start > 1 {
        let (prev, run) = (&runs[start - 2], &runs[start - 1]);
        let between = || prev.end..run.start;
        let shown = between()
            .filter(|&i| !matches!(page.kinds[i], Kind::Blank))
            .count();
        let interface = between()
            .filter(|&i| matches!(page.kinds[i], Kind::Junk))
            .count();
        let far = shown >= FOOTER_ZONE_LINES && interface >= FOOTER_INTERFACE_LINES;
        // The page's last paragraph under a list of other stories ("Relacionadas", two
        // headlines, then a pitch to subscribe over the comments) is the site's too; the
        // heading may come after interface lines ("This article has been updated.").
        let listed = start == runs.len()
            && between()
                .filter(|&i| !matches!(page.kinds[i], Kind::Blank))
                .map(|i| (i, super::headings::list_heading(&page.lines[i])))
                .take_while(|&(i, heading)| heading || matches!(page.kinds[i], Kind::Junk))
                .any(|(_, heading)| heading)
            // (Its items may have been read as a list's already: "MORE HARBOR COUNTY" over
            // two headlines and their times.)
            && between()
                .filter(|&i| {
                    matches!(page.kinds[i], Kind::Short | Kind::Junk)
                        && !super::headings::list_heading(&page.lines[i])
                })
                .count()
                >= 2;
        let short = matches!(paragraphs(page, run.clone()).as_slice(),
            [p] if lines::word_count(p) <= FOOTER_WORDS);
        if !((far || listed) && short) {
            break;
        }
        start -= 1;
    }
    start
}

/// `name` is the byline or one of its names ("Anneke Verhoef" in "Anneke Verhoef and Joost
/// de Graaf"), compared without case.
pub(super) fn in_byline(name: &str, byline: &str) -> bool {
    let name = name.to_lowercase();
    let byline = byline.to_lowercase();
    name == byline
        || [" and ", ", ", " & ", " y ", " und ", " et ", " e "]
            .iter()
            .fold(byline, |b, join| b.replace(join, "|"))
            .split('|')
            .any(|n| n.trim() == name)
}

/// The zone opens with the link (or "Read more") that closes the body before it, and has a headline of
/// four words or more after it.
pub(super) fn after_link(page: &Page, from: usize, zone: &Zone) -> bool {
    next_shown(page, from).is_some_and(|i| debris::story_link(&page.lines[i]))
        && strong_headline(zone)
}

/// The zone's headline has four words or more that are no name or outlet.
pub(super) fn strong_headline(zone: &Zone) -> bool {
    zone.headline_group
        .and_then(|hg| zone.groups.get(hg))
        .is_some_and(|g| g.strong_words >= zone::HEADLINE_WORDS)
}

/// Whether the zone's headline may open an article: not a short heading in lower case
/// ("What to know", a subhead) nor a person's name ("Ana Ferreira" between a standfirst
/// and the time, a byline). A short name-shaped line ("The Hindu") may be the outlet over
/// a body that opens with its headline (`outlet_was_no_headline`). True without one.
pub(super) fn heads_an_article(page: &Page, zone: &Zone) -> bool {
    // The headline group's (a name heading the group above it is a byline's group).
    let Some((i, _)) = zone
        .headline_group
        .and_then(|hg| zone.groups.get(hg))
        .into_iter()
        .flat_map(|g| &g.items)
        .find(|(_, r)| *r == Role::Headline)
    else {
        return true;
    };
    let line = page.lines[*i].as_str();
    // ("Dredging, explained" over "Jun 26, 2025": a short headline dated under it.)
    let dated = zone.groups.iter().flat_map(|g| &g.items).any(|(l, r)| {
        *l == i + 1 && matches!(r, Role::Meta(m) if m.when.is_some_and(|w| w.day().is_some()))
    });
    let subhead =
        lines::word_count(line) < zone::HEADLINE_WORDS && !lines::outlet_shaped(line) && !dated;
    // Nor a place ("New Delhi" under the author's name, where the story was filed).
    !subhead && !names::names_like(line) && !names::known_place(line)
}

/// The zone's only outlet, time or byline is the site's own name.
pub(super) fn only_the_site_named(zone: &Zone, site: &str) -> bool {
    let items = || zone.groups.iter().flat_map(|g| &g.items);
    items().any(|(_, r)| matches!(r, Role::Outlet(s) if s == site))
        && !items()
            .any(|(_, r)| matches!(r, Role::Meta(_)) || matches!(r, Role::Outlet(s) if s != site))
}

/// The zone gives an outlet: a recurring name or a meta line's source.
pub(super) fn names_outlet(zone: &Zone) -> bool {
    zone.groups.iter().flat_map(|g| &g.items).any(|(_, r)| {
        matches!(r, Role::Outlet(_)) || matches!(r, Role::Meta(m) if m.source.is_some())
    })
}

/// A headline that announces a live blog: "Heatwave live: ...", "... – live updates",
/// "Live: ...", "... – live", "... as it happened" ("Where the wild things live" is not).
pub(super) fn is_live_blog(title: &str) -> bool {
    let lower = title.to_lowercase();
    // "... – business live", "... - politics live": a section's live page.
    let section_live = ["- ", "– ", "— "].iter().any(|d| {
        lower.rsplit_once(d).is_some_and(|(_, tail)| {
            tail.ends_with(" live") && tail.split_whitespace().count() <= 3
        })
    });
    section_live
        || lower.starts_with("live:")
        || lower.contains(" live:")
        || lower.contains("live updates")
        || lower.contains("live blog")
        || ["- live", "– live", "— live"]
            .iter()
            .any(|e| lower.ends_with(e))
        || lower.ends_with("as it happened")
}

/// The label a live page puts alone on the line over its headline (a headline that says
/// nothing of being live: "Port authority approves the terminal..."): "Live", "LIVE",
/// "Live updates", and the same in the languages of the dates the splitter reads ("En
/// direct", "En vivo", "Directo", "Ao vivo", "In diretta", "Liveticker", "Liveblog").
pub(super) fn is_live_label(line: &str) -> bool {
    let lower = line
        .trim()
        .trim_end_matches(['.', ':', '•', '●'])
        .trim()
        .to_lowercase();
    matches!(
        lower.as_str(),
        "live"
            | "live updates"
            | "live blog"
            | "liveblog"
            | "en direct"
            | "en vivo"
            | "directo"
            | "ao vivo"
            | "in diretta"
            | "liveticker"
            | "live-ticker"
    )
}

/// Paragraphs a live page's entry has when it is a full story, not an update.
const STORY_PARAGRAPHS: usize = 3;
/// Words of a live page's entry headline that reads as a story's ("Spain issues red alert
/// for Seville and Cordoba"), not an update's ("Miners lead the way").
const STORY_HEADLINE_WORDS: usize = 6;

/// A live page whose timed entries are stories of their own, each with its own author
/// ("By Erin Mulvey" under one, "By Jack Tierney" under the next), or each a story's
/// headline over three paragraphs or more (a news roundup kept as a live page). Such
/// entries are articles of their own; a live blog's updates ("10.40 BST", "Index at
/// record high", a paragraph) stay parts of one.
pub(super) fn live_entries_are_stories(page: &Page, runs: &[Range<usize>]) -> bool {
    // Per entry: whether it names an author, its paragraphs, its headline's words.
    let mut entries: Vec<(bool, usize, usize)> = Vec::new();
    for (i, run) in runs.iter().enumerate() {
        let start = i.checked_sub(1).map_or(0, |p| runs[p].end);
        let zone = page.zone(start..run.start);
        let paras = paragraphs(page, run.clone()).len();
        let headline = zone.headline_group.and_then(|hg| zone.groups.get(hg));
        match headline {
            Some(g) if zone.groups.iter().any(has_time) => {
                let authored = zone.groups.iter().flat_map(|g| &g.items).any(|(_, r)| {
                    matches!(r, Role::Byline(_)) || matches!(r, Role::Meta(m) if m.byline.is_some())
                });
                entries.push((authored, paras, g.strong_words));
            }
            _ => {
                if let Some(last) = entries.last_mut() {
                    last.1 += paras;
                }
            }
        }
    }
    entries.len() >= 2
        && (entries.iter().filter(|e| e.0).count() >= 2
            || entries
                .iter()
                .all(|e| e.1 >= STORY_PARAGRAPHS && e.2 >= STORY_HEADLINE_WORDS))
}

/// The most words of an outlet's name in a list of headlines.
const OUTLET_WORDS: usize = 6;

/// "Indian Express / 17 minutes ago / Meta's days are numbered. / body": the only
/// headline-like line was a publication name, and the body opens with a short line (a
/// headline ending in a period). The name becomes the source; `body::finish` takes the
/// short line as the title.
pub(super) fn outlet_was_no_headline(page: &Page, zone: &Zone, run: Range<usize>, d: &mut Draft) {
    let weak = zone
        .headline_group
        .and_then(|hg| zone.groups.get(hg))
        .is_some_and(|g| g.strong_words == 0);
    // In a list of headlines (`headlines_as_bodies`) the zone's headline is the line in
    // the outlet's place (`headline_lists`), and the headline is the body: a name there
    // ("CNBC", "Le Quotidien du Littoral") is the outlet, a longer line nothing.
    if page.listed
        && let Some(t) = d.title.take()
    {
        if lines::word_count(&t) <= OUTLET_WORDS && !t.ends_with(['.', '!', '?']) {
            d.source.get_or_insert(t);
        }
        return;
    }
    let Some(title) = d
        .title
        .as_deref()
        .filter(|t| weak && lines::looks_like_outlet(t))
    else {
        return;
    };
    let paras = paragraphs(page, run);
    let short_first = paras
        .first()
        .is_some_and(|p| p.split_whitespace().count() <= 20);
    if paras.len() >= 2 && short_first && d.paras.is_empty() {
        d.source.get_or_insert_with(|| title.to_string());
        d.title = None;
    }
}
