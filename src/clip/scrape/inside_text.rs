//! Zones inside a story's text: what a zone that opens no story gives the story (its
//! subheads, its author under the standfirst, its time at the top of the text), how a
//! name signs it ("A" over "B" signs "A and B"), and the card of an older story that gives
//! it nothing.

use super::assemble::line_text;
use super::body::Draft;
use super::boundaries::signs;
use super::lines::{self, Kind};
use super::when::When;
use super::zone::{Page, Role, Zone};
use super::{fill, name_over_time, names};

/// A zone that does not start an article: its short lines are subheads of the current
/// one, its meta fills what the current one lacks; on a `live` page an entry's time stays
/// in the text too.
pub(super) fn continue_article(page: &Page, zone: &Zone, cur: &mut Draft, live: bool) {
    for (line, role) in zone.groups.iter().flat_map(|g| &g.items) {
        let text = line_text(page, *line);
        // A name between the standfirst and the text is the author; further down it
        // is the story's (a quote's speaker).
        let under_standfirst = cur.paras.len() <= 1 && names::names_like(&text);
        match role {
            // The story's time at the top of its text, under the standfirst and the
            // byline's notes, even a revision's, over a day alone or a page's clock far
            // above the headline (a time just over it is a live page's last update, and
            // the entries' times under it are older). A summary's bullets may stand over it
            // ("AT A GLANCE", three bullets, then the byline and the time).
            Role::Meta(m)
                if cur.when_above
                    && cur.paras.len() <= 3
                    && m.when.is_some_and(|w| w != When::Vague) =>
            {
                (cur.when, cur.when_above) = (None, false);
                fill(cur, role);
            }
            // A line the page shows again between the paragraphs of its stories ("Why It
            // Matters" on each of them) is a subhead, not the outlet, unless it reads as one.
            Role::Outlet(s) if !cur.paras.is_empty() && !lines::looks_like_outlet(s) => {}
            // A live page's entries keep their times in the text ("11:48 a.m." over an
            // entry): the reader dates each update by them.
            Role::Meta(m)
                if live && !cur.paras.is_empty() && m.when.is_some() && m.byline.is_none() =>
            {
                fill(cur, role);
                cur.paras.push(text);
            }
            Role::Meta(_) | Role::Outlet(_) => fill(cur, role),
            Role::Byline(_) | Role::Headline if under_standfirst => sign(page, cur, *line, text),
            // There a place alone is where the story was filed ("New Delhi").
            _ if cur.paras.len() <= 1 && names::known_place(&text) => {}
            _ => cur.paras.push(text),
        }
    }
}

/// A zone that signs the standfirst (`boundaries::signs_standfirst`) gives the story its
/// authors and time; the paper's date over its menus gives way to the story's.
pub(super) fn sign_standfirst(page: &Page, zone: &Zone, cur: &mut Draft) {
    if cur.when_above {
        (cur.when, cur.when_above) = (None, false);
    }
    for (line, role) in zone.groups.iter().flat_map(|g| &g.items) {
        match role {
            _ if signs(page, *line, role) => fill(cur, &Role::Byline(line_text(page, *line))),
            Role::Byline(name) => sign(page, cur, *line, name.clone()),
            _ => fill(cur, role),
        }
    }
}

/// Take `name`, read from `line`, as the author of `d`: a second name alone on the line
/// under the first author's ("Noa Levinthal" over "Idan Shamir") signs with them. A desk
/// of the menu after a comma is no name ("Ana Whitaker, Local Democracy Reporting").
pub(super) fn sign(page: &Page, d: &mut Draft, line: usize, name: String) {
    let name = match name.rsplit_once(", ") {
        Some((who, desk)) if page.in_menu(desk) && names::names_like(who) => who.to_string(),
        _ => name,
    };
    let count = |name: &str| page.lines.iter().filter(|l| *l == name).count();
    let under_first = line
        .checked_sub(1)
        .is_some_and(|l| d.byline.as_deref() == page.lines.get(l).map(String::as_str));
    match d.byline.as_mut() {
        Some(first)
            if under_first
                && names::name_like(&name)
                && !names::known_place(&name)
                && !names::job_title(&name)
                && !lines::looks_like_outlet(&name)
                && !name.contains('.')
                && name == line_text(page, line)
                // A line the page repeats is its outlet ("La Presse" in the masthead too),
                // unless an author's box repeats both names (a name shown twice is one).
                && [1, count(first)].contains(&count(&name))
                && name != *first =>
        {
            *first = format!("{first} and {name}");
        }
        _ => fill(d, &Role::Byline(name)),
    }
}

/// A card for an older story inside the text ("California", a headline, "June 2, 2025",
/// then the text goes on): a headline and an earlier day with no author or outlet, under
/// a story of three paragraphs or more that has its own time. A story loaded under the
/// first names its author (in a meta line, or as a name over the time).
pub(super) fn related_card(page: &Page, zone: &Zone, cur: &Draft) -> bool {
    let items = || zone.groups.iter().flat_map(|g| &g.items);
    // (A section the page repeats, "Local" over the card's headline, names no outlet.)
    let section = |s: &str| page.in_menu(s) || super::zone::generic_word(s);
    let signed = items().any(|(line, r)| {
        matches!(r, Role::Byline(_))
            || matches!(r, Role::Outlet(s) if !section(s))
            || matches!(r, Role::Meta(m) if m.byline.is_some() || m.source.is_some())
            || name_over_time(page, *line)
    });
    let (time_line, card_day) = items()
        .find_map(|(l, r)| match r {
            Role::Meta(m) => m.when.and_then(When::day).map(|d| (*l, Some(d))),
            _ => None,
        })
        .unwrap_or((0, None));
    // A story's header has its share buttons under the time; a card has none.
    let buttons = || {
        (time_line + 1..page.lines.len())
            .take(CARD_LINES)
            .take_while(|&l| !matches!(page.kinds[l], Kind::Para))
            .filter(|&l| matches!(page.kinds[l], Kind::Junk))
            .count()
    };
    let story_day = cur.when.and_then(When::day);
    !signed
        && cur.paras.len() >= 3
        && matches!((card_day, story_day), (Some(c), Some(s)) if c < s)
        && buttons() < 2
}

/// `related_card` inside the page's first story: on a page of stories, the second and
/// later each under its own headline and time ("Fire destroys Princes Town grocery" and
/// "Jul 13, 2025" under a story of the 14th), an older one is the next story, not a card.
pub(super) fn card_in_first_story(page: &Page, zone: &Zone, cur: &Draft, drafts: &[Draft]) -> bool {
    !drafts
        .iter()
        .any(|d| d.title.is_some() && !d.paras.is_empty())
        && related_card(page, zone, cur)
}

/// Lines under a card's time read for a story header's share buttons.
const CARD_LINES: usize = 12;
