//! Opening an article at a zone: the headline, the standfirst (the dek), the authors,
//! the time and the outlet the zone gives the story under it, and the meta lines right
//! after the body before, which are that body's.

use super::assemble::line_text;
use super::body::Draft;
use super::boundaries::tagline;
use super::inside_text::sign;
use super::lines::{self, Kind};
use super::when::When;
use super::zone::{self, Page, Role, Zone};
use super::{fill, meta, name_over_time, names, outlet_lines};

/// Lines between a time above the headline and the headline that make it the page's
/// clock over its menus, not the story's.
const CLOCK_LINES: usize = 8;

/// The line right above `line` is a paragraph (a summary, a body's last).
pub(super) fn under_para(page: &Page, line: usize) -> bool {
    line.checked_sub(1)
        .is_some_and(|l| matches!(page.kinds[l], Kind::Para))
}

/// Give `next` the headline, meta and dek of `zone`; meta right after the previous body
/// goes to `prev` (and, on pages that put times after bodies, meta before the headline).
pub(super) fn open_article(
    page: &Page,
    zone: &Zone,
    mut prev: Option<&mut Draft>,
    next: &mut Draft,
    trailing: bool,
) {
    let Some(hg) = zone.headline_group else {
        // No headline (an outlet over a headline read as the body): on a page that puts
        // times after bodies, the meta glued under the body before is still that body's.
        // Where items open with their time, "Por Andrés Molina" under a summary and over
        // the next item's time signs the summary's item (the next item's headline is
        // its body: `headline_lists::headline_only_items`).
        for (gi, g) in zone.groups.iter().enumerate() {
            for (line, role) in &g.items {
                let signs_summary = page.times_lead
                    && under_para(page, *line)
                    && matches!(role, Role::Meta(m) if m.byline.is_some() && m.when.is_none())
                    && matches!(page.kinds.get(line + 1), Some(Kind::Meta(m)) if m.when.is_some());
                match prev.as_deref_mut() {
                    Some(p)
                        if (trailing
                            && gi == 0
                            && g.touches_prev
                            && matches!(role, Role::Meta(_)))
                            || signs_summary =>
                    {
                        fill(p, role)
                    }
                    _ => fill(next, role),
                }
            }
        }
        return;
    };
    // The headline group and those after it first, so their meta wins over a time
    // further up (a section's "Updated 3 minutes ago").
    let order = (hg..zone.groups.len()).chain(0..hg);
    let mut name_above = None;
    // The headline's line, which a page's clock far above it is no time of.
    let head_line = zone.groups[hg]
        .items
        .iter()
        .find(|(_, r)| *r == Role::Headline)
        .map(|(l, _)| *l);
    // The first author or time line under the headline: a dek above it is a standfirst.
    let meta_after = head_line.and_then(|h| {
        zone.groups
            .iter()
            .flat_map(|g| &g.items)
            .filter(|(l, r)| *l > h && matches!(r, Role::Meta(_) | Role::Byline(_)))
            .map(|(l, _)| *l)
            .min()
    });
    // Outlets named by short lines wait for the meta lines, whose outlets are surer.
    let mut outlets = Vec::new();
    for (gi, g) in order.filter_map(|gi| zone.groups.get(gi).map(|g| (gi, g))) {
        let adjacent = gi == 0 && g.touches_prev;
        let head_pos = g.items.iter().position(|(_, r)| *r == Role::Headline);
        for (pos, (line, role)) in g.items.iter().enumerate() {
            let before_head = gi < hg || (gi == hg && head_pos.is_some_and(|h| pos < h));
            // The line right over the headline is the headline's ("Fox Business" over
            // the next story in a list that puts times after bodies).
            let over_head = gi == hg && head_pos.is_some_and(|h| pos + 1 == h);
            // In a list of headlines, though, a name under the time of the item above and
            // over the next one's outlet signs the item above ("2 days ago" / "Katyanna
            // Quach" / "Handelsblatt").
            let signs_above = page.listed
                && matches!(role, Role::Byline(_))
                && pos > 0
                && matches!(&g.items[pos - 1].1, Role::Meta(m) if m.when.is_some());
            let to_prev = adjacent
                && (gi < hg || trailing)
                && before_head
                && !(over_head
                    && matches!(role, Role::Outlet(_) | Role::Byline(_))
                    && !signs_above);
            // In a list whose items open with their time, a name right under a summary
            // signs it ("Sumit Chakraborty" between a summary and the next item's time).
            let under_summary = gi == 0 && under_para(page, *line);
            // (So does "Por Andrés Molina" there.)
            let signed_line = matches!(role, Role::Meta(m)
                if m.byline.is_some() && m.when.is_none() && m.source.is_none());
            let signs_summary = page.times_lead
                && under_summary
                && ((matches!(role, Role::Byline(_) | Role::Other | Role::Headline)
                    && names::names_like(&page.lines[*line]))
                    || signed_line)
                && matches!(page.kinds.get(line + 1), Some(Kind::Meta(m)) if m.when.is_some());
            // "read more at Moneycontrol" under a summary links the story above.
            let links_summary =
                under_summary && meta::links_to_outlet(&page.lines[*line]).is_some();
            // "ABC News' Kayla Morrow" right under a post's text credits its reporters.
            let credited = (adjacent && before_head && under_summary)
                .then(|| names::credited_by_outlet(&page.lines[*line]))
                .flatten();
            match (role, prev.as_deref_mut()) {
                (Role::Meta(_), Some(p)) if signs_summary => fill(p, role),
                (_, Some(p)) if signs_summary => {
                    fill(p, &Role::Byline(line_text(page, *line)));
                }
                (_, Some(p)) if credited.is_some() => {
                    fill(p, &Role::Byline(credited.unwrap_or_default().to_string()));
                }
                (_, Some(p)) if links_summary => fill(p, role),
                // There, a short line over an item's time is no outlet of it ("IPO GMP
                // today", the last of a box's links).
                (Role::Outlet(_), _) if page.times_lead && before_head => {}
                // A name over the time after a body is that story's author
                // ("Marta Ibáñez" over "14/07/2025 09:15" under a summary).
                (Role::Headline, Some(p)) if to_prev && name_over_time(page, *line) => {
                    fill(p, &Role::Byline(line_text(page, *line)));
                }
                // A byline after the story above, which is signed already, signs the
                // next one ("Por Lucía Paredes y Diego Ferraro" under a time, over a
                // headline).
                (Role::Meta(m), Some(p))
                    if to_prev
                        && p.byline.is_some()
                        && m.byline.is_some()
                        && m.when.is_none()
                        && m.source.is_none() =>
                {
                    fill(next, role)
                }
                (_, Some(p)) if to_prev => fill(p, role),
                // The author of the story above named again at its foot, boxes between
                // ("Anjali Raghavan, Senior Reporter" under a newsletter box, then "More
                // from Business" and the next story's headline): no one's byline here.
                (Role::Meta(m), Some(p))
                    if gi < hg
                        && m.when.is_none()
                        && m.source.is_none()
                        && m.byline.as_deref().is_some_and(|b| {
                            p.byline
                                .as_deref()
                                .is_some_and(|pb| pb.eq_ignore_ascii_case(b))
                        }) => {}
                (Role::Headline, _) if gi == hg => next.title = Some(line_text(page, *line)),
                // A name alone heading a group below the headline's ("Priya Sharma"
                // under the time) is its author.
                // ("SIDRA JAVED & AFP": the names, and the wire they drew on.)
                (Role::Headline, _)
                    if gi > hg
                        && (names::names_like(&page.lines[*line])
                            || names::without_joined_wire(&page.lines[*line]).is_some()) =>
                {
                    let wire = names::without_joined_wire(&page.lines[*line]);
                    sign(
                        page,
                        next,
                        *line,
                        wire.map_or_else(|| line_text(page, *line), str::to_string),
                    );
                }
                // Above the headline group only a time or byline line is taken: a
                // recurring short line there is a section label as often as an outlet.
                (Role::Meta(m), _) => {
                    // The story's time under its headline beats the page's date over it.
                    if !before_head && next.when_above && m.when.is_some_and(|w| w != When::Vague) {
                        (next.when, next.when_above) = (None, false);
                    }
                    let had = next.when.is_some();
                    // A day alone, or a page's clock over its menus ("Monday, July 14, 2025
                    // | 10:04 PM IST" thirty lines over the headline).
                    let far = before_head
                        && head_line.is_some_and(|h| {
                            (*line..h)
                                .filter(|&l| !matches!(page.kinds[l], Kind::Blank))
                                .count()
                                >= CLOCK_LINES
                        });
                    if far && m.when.is_none() {
                        // A name alone far over the headline signs something else (the
                        // author's box of the story before, over "Up next").
                    } else if far && had {
                        // The story's own time, even a revision's, beats the page's clock.
                        next.fill(&lines::Meta {
                            when: None,
                            ..m.clone()
                        });
                    } else {
                        next.widen_byline(m, before_head);
                        fill(next, role);
                    }
                    next.when_above |= before_head
                        && !had
                        && (matches!(next.when, Some(When::Day(_)))
                            || (far && next.when.is_some()));
                }
                // A name above the headline is a masthead or a section more often than
                // its author ("Yahoo Finance", "Big Tech"); an outlet there is an
                // aggregator's. Under a time line it is the author when no name follows.
                // So is a name the zone took for a candidate headline ("Zeynep Arslan" over
                // "Business" over the time, the headline under them).
                (Role::Byline(_) | Role::Other, _)
                    if before_head
                        && (matches!(role, Role::Byline(_))
                            || (matches!(page.kinds[*line], Kind::Short)
                                && names::names_like(&page.lines[*line]))) =>
                {
                    let name = match role {
                        Role::Byline(name) => name.clone(),
                        _ => line_text(page, *line),
                    };
                    let under_time = line
                        .checked_sub(1)
                        .and_then(|l| page.kinds.get(l))
                        .is_some_and(|k| matches!(k, Kind::Meta(m) if m.when.is_some()));
                    // Or over it, a section's label between ("Lena Okafor" over
                    // "Business" over "Jul 9, 2025 6:00 AM").
                    let timed = |l: usize| matches!(page.kinds.get(l), Some(Kind::Meta(m)) if m.when.is_some());
                    let over_time = timed(line + 1)
                        || (timed(line + 2) && zone::generic_word(&page.lines[line + 1]));
                    // ("Key Events" over a live page's entries and their times is the
                    // list's heading.)
                    let heading = super::headings::list_heading(&page.lines[*line]);
                    if (under_time || over_time) && !heading {
                        name_above.get_or_insert(name);
                    }
                }
                // A person's name the page repeats, right over the time under the
                // headline, is the author ("Owen Prasad" over "Jul 12, 2025", and again
                // in the list of his posts), unless the page's items name outlets there.
                (Role::Outlet(name), _)
                    if gi >= hg
                        && !before_head
                        && names::name_like(name)
                        && name_over_time(page, *line)
                        && !page.slots.contains(line)
                        && page.timed_sources < 2 =>
                {
                    fill(next, &Role::Byline(name.clone()));
                }
                // A job alone over the time ("Staff Correspondent") signs for no outlet,
                // nor does a dateline's place ("ISTANBUL" under the headline) or a tagline.
                (Role::Outlet(name), _)
                    if gi >= hg
                        && !names::job_title(name)
                        && !outlet_lines::place(name)
                        && (!before_head || !tagline(page, *line, head_line)) =>
                {
                    outlets.push(role)
                }
                (Role::Byline(name), _) if gi >= hg => sign(page, next, *line, name.clone()),
                (Role::Outlet(_) | Role::Byline(_), _) => {}
                // Short lines after the headline (a dek, a subhead) open the body.
                // Short lines after the headline open the body when they read like a dek;
                // two-word labels ("Environment correspondent", "Getty Images") do not.
                // Those between the headline and the author or time are the standfirst
                // (a line or two).
                _ if !before_head && is_dek(page, *line) => {
                    let text = line_text(page, *line);
                    if next.paras.is_empty() && meta_after.is_some_and(|m| *line < m) {
                        match next.dek.as_mut() {
                            Some(dek) => {
                                dek.push('\n');
                                dek.push_str(&text);
                            }
                            None => next.dek = Some(text),
                        }
                    } else {
                        next.paras.push(text);
                    }
                }
                _ => {}
            }
        }
    }
    for role in outlets {
        fill(next, role);
    }
    if next.byline.is_none() {
        next.byline = name_above;
    }
}

/// A short line under a headline worth keeping: a sentence or four words and more.
fn is_dek(page: &Page, i: usize) -> bool {
    page.lines.get(i).is_some_and(|l| {
        l.split_whitespace().count() >= zone::HEADLINE_WORDS || l.ends_with(['.', '!', '?'])
    })
}
