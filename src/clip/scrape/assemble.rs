//! Assembly: the page's body runs and the zones of short lines between them, walked
//! top to bottom into drafts. A zone with a headline and a time, byline or outlet starts
//! a new article (so does a headline over one standfirst and then its time, or after the
//! link that closes the story before); any other zone is part of the current one
//! (subheads), unless it is a "Most popular" list or the site's own box (`boundaries`
//! decides which). A live blog stays one article, unless its entries are stories of
//! their own.

use super::body::Draft;
use super::boundaries::{
    after_link, footer_runs, heads_an_article, in_byline, is_live_blog, live_entries_are_stories,
    names_outlet, only_the_site_named, outlet_was_no_headline, signs_standfirst,
    standfirst_then_meta, tagline,
};
use super::headings;
use super::inside_text::{
    card_in_first_story, continue_article, related_card, sign, sign_standfirst,
};
use super::lines::{self, Kind};
use super::when::When;
use super::zone::{self, Page, Role, Zone};
use super::{FOOTER_WORDS, author_notes, copyright, debris, meta, outlet_lines};
use super::{fill, has_time, name_over_time, names, next_shown, paragraphs};
use std::ops::Range;

/// A story this long has other stories listed under it, not inside it.
const LONG_STORY_PARAGRAPHS: usize = 4;

/// The longest line about an author under their name in an author's box.
const AUTHOR_LINE_WORDS: usize = 15;
/// The longest headline of a list read as a paragraph.
const LINK_WORDS: usize = 20;
/// Lines between a time above the headline and the headline that make it the page's
/// clock over its menus, not the story's.
const CLOCK_LINES: usize = 8;
/// Walk bodies and the zones between them into drafts.
pub(super) fn assemble(page: &Page, runs: &[Range<usize>], site: Option<&str>) -> Vec<Draft> {
    let first = runs.first().map_or(0, |r| r.start);
    let last = runs.last().map_or(0, |r| r.end);
    let lead = page.zone(0..first);
    let tail = page.zone(last..page.lines.len());
    // Times after a body belong to it when the page shows that shape at its end and not
    // before its first headline.
    let trailing = tail
        .groups
        .first()
        .is_some_and(|g| g.touches_prev && has_time(g))
        && !zone::lead_has_time_before_headline(&lead);
    let mut drafts = Vec::new();
    let mut cur = Draft::default();
    open_article(page, &lead, None, &mut cur, trailing);
    if let Some(run) = runs.first() {
        outlet_was_no_headline(page, &lead, run.clone(), &mut cur);
    }
    // A live blog's timed entries with their own headlines are parts of one article,
    // titled by the blog's headline (the first entry's headline opens its text). A menu's
    // "Live updates" is no headline; an entry naming an outlet is a story of its own.
    // A live page whose entries are stories (`live_entries_are_stories`) is read as a
    // page of stories instead, without its own headline over its standfirst.
    let live_page = (0..first)
        .filter(|&i| matches!(page.kinds[i], Kind::Short))
        .map(|i| &page.lines[i])
        .find(|l| lines::word_count(l) >= zone::HEADLINE_WORDS && is_live_blog(l));
    let stories = live_page.filter(|_| live_entries_are_stories(page, runs));
    let live = live_page.filter(|_| stories.is_none());
    if let Some(title) = live
        && let Some(entry) = cur.title.replace(title.clone()).filter(|t| t != title)
    {
        cur.paras.insert(0, entry);
    }
    // The page puts its times over its headlines.
    let times_first = zone::lead_has_time_before_headline(&lead);
    // A list whose stories each end with their link (a chat's or a mail's shared reads):
    // the link closes one story, so a headline after it opens the next.
    let linked = runs
        .iter()
        .filter(|r| next_shown(page, r.end).is_some_and(|i| debris::bare_link(&page.lines[i])))
        .count()
        >= 2;
    // Under a long story, a list of other stories ("Related", "More from the BBC") with
    // their times and teasers runs until a body of two paragraphs or more, or a zone
    // without a time (a box of links inside the text ends there).
    let mut in_list = false;
    let furniture = footer_runs(page, runs);
    // Where the last story's text ends: the page's furniture after it gives it nothing.
    let mut taken_end = last;
    // The article's topics ("KEYWORDS", then its tags) close its text, and so does a
    // notice reserving its rights: what follows in the same story is the page's.
    let mut tagged = false;
    for (i, run) in runs.iter().enumerate() {
        if let Some(prev) = i.checked_sub(1).and_then(|p| runs.get(p)) {
            let zone = page.zone(prev.end..run.start);
            let heading = (prev.end..run.start)
                .find(|&i| !matches!(page.kinds[i], Kind::Blank))
                .is_some_and(|i| headings::list_heading(&page.lines[i]));
            let timed = zone.groups.iter().any(has_time);
            in_list = (in_list || (heading && cur.paras.len() >= LONG_STORY_PARAGRAPHS))
                && timed
                && paragraphs(page, run.clone()).len() < 2;
            if in_list {
                continue;
            }
            if signs_standfirst(page, &zone, &cur) {
                sign_standfirst(page, &zone, &mut cur);
                // One paragraph signed under the headline is its standfirst.
                if cur.paras.len() == 1 && cur.dek.is_none() {
                    cur.dek = cur.paras.pop();
                }
                cur.paras.extend(paragraphs(page, run.clone()));
                taken_end = run.end;
                continue;
            }
            let headed = names_outlet(&zone) || heads_an_article(page, &zone);
            // The site's own name over a box of its own ("Forbes" over "Daily Cover
            // Stories" over "Subscribe to Forbes Daily") opens no story.
            let own_box = site.is_some_and(|s| only_the_site_named(&zone, s));
            let opens = !own_box && zone.starts_article()
                || (linked && after_link(page, prev.end, &zone))
                || standfirst_then_meta(page, &zone, run.clone(), runs.get(i + 1), times_first);
            // The headline shown again (an audio player's, a sticky bar's) opens no story;
            // shown in a list above another headline ("Most Popular", then this story's
            // among others, then the next story's) it stops only a run of one paragraph
            // (the site's blurb in the footer), not a story of its own.
            let shown_again = |g: &zone::Group| {
                g.items
                    .iter()
                    .any(|(l, _)| cur.title.as_deref() == Some(page.lines[*l].as_str()))
            };
            let title_again = ((zone.headline_group.and_then(|hg| zone.groups.get(hg)))
                .is_some_and(shown_again)
                || (zone.groups.iter().any(shown_again)
                    && paragraphs(page, run.clone()).len() < 2))
                && cur
                    .title
                    .as_deref()
                    .is_some_and(|t| lines::word_count(t) >= zone::HEADLINE_WORDS);
            // A box of links inside the text ("Noticia Relacionada", a headline and its
            // author, no time) opens no story.
            // So does one with several timed headlines ("Related News", then two sections,
            // times and headlines) when the text goes on under it, two paragraphs or more.
            let headlines = (prev.end..run.start)
                .filter(|&l| {
                    matches!(page.kinds[l], Kind::Short)
                        && lines::word_count(&page.lines[l]) >= zone::HEADLINE_WORDS
                })
                .count();
            // (One time under a headline and its author after the box's link is the next
            // story's header: "Read More", a headline, then a headline, a name, a time; a
            // box of links gives each headline its time.)
            let times = (prev.end..run.start)
                .filter(|&l| matches!(&page.kinds[l], Kind::Meta(m) if m.when.is_some()))
                .count();
            // A card under a list's heading among the page's furniture ("Read Next", its
            // section, headline, time and teaser) opens no story; a brief's "Read more"
            // button (interface) heads no list.
            let listed_furniture = i >= furniture
                && (prev.end..run.start).any(|l| {
                    matches!(page.kinds[l], Kind::Short) && headings::list_heading(&page.lines[l])
                });
            let link_box = heading
                && (!timed
                    || (headlines >= 2
                        && times >= headlines
                        && paragraphs(page, run.clone()).len() >= 2));
            if opens
                && headed
                && !title_again
                && !link_box
                && !card_in_first_story(page, &zone, &cur, &drafts)
                && (live.is_none() || names_outlet(&zone))
                && !listed_furniture
            {
                // This story has no time yet and the next one shows its own after its
                // body: a time line glued under this body is this story's.
                let next_timed_after = runs.get(i + 1).is_some_and(|next| {
                    page.zone(run.end..next.start)
                        .groups
                        .first()
                        .is_some_and(|g| g.touches_prev && has_time(g))
                });
                let trailing_here = trailing || (cur.when.is_none() && next_timed_after);
                let mut next = Draft::default();
                open_article(page, &zone, Some(&mut cur), &mut next, trailing_here);
                outlet_was_no_headline(page, &zone, run.clone(), &mut next);
                drafts.push(std::mem::replace(&mut cur, next));
                tagged = false;
            } else {
                // A list of other stories inside the text ("Most Popular", then their
                // sections and headlines) gives the article nothing.
                let listing = (prev.end..run.start)
                    .find(|&i| !matches!(page.kinds[i], Kind::Blank))
                    .is_some_and(|i| headings::list_heading(&page.lines[i]));
                // A sponsored item among stories ("Sponsored", its headline, one
                // paragraph, then the next story or the end) is no part of the one before.
                let sponsored = (prev.end..run.start)
                    .find(|&i| {
                        !matches!(page.kinds[i], Kind::Blank | Kind::Junk)
                            || headings::sponsor_label(&page.lines[i])
                    })
                    .is_some_and(|i| headings::sponsor_label(&page.lines[i]))
                    && zone.headline_group.is_some()
                    && paragraphs(page, run.clone()).len() == 1
                    && runs
                        .get(i + 1)
                        .is_none_or(|next| page.zone(run.end..next.start).starts_article());
                if sponsored {
                    continue;
                }
                // The author's box under the last paragraph: the byline's name, then one
                // short line about the author ("Wirtschaftskorrespondent in Berlin.").
                // Or a note that opens with the name ("Ravi Hui joined the Post in 2021 and
                // covers ...", "Anneke covers ..."). The name is one of the byline's.
                let author_named = zone
                    .groups
                    .iter()
                    .flat_map(|g| &g.items)
                    .map(|(l, _)| page.lines[*l].as_str())
                    .find(|l| cur.byline.as_deref().is_some_and(|b| in_byline(l, b)));
                // The note opens with the first or the last name ("Kowalczyk covers
                // railroads ..." under "DANA KOWALCZYK"); several such boxes may follow.
                let opens_with_name = |p: &str, name: &str| {
                    // ("Olamide, a correspondent with ...": the comma is not the name's.)
                    let first = p.split_whitespace().next().unwrap_or("");
                    let first = first.trim_end_matches([',', ':']).to_lowercase();
                    name.split_whitespace().any(|w| w.to_lowercase() == first)
                };
                let about_author = author_named.is_some_and(|name| {
                    matches!(paragraphs(page, run.clone()).as_slice(),
                        [p] if (i + 1 == runs.len() && lines::word_count(p) <= AUTHOR_LINE_WORDS)
                            || (opens_with_name(p, name)
                                && lines::word_count(p) <= FOOTER_WORDS))
                }) || {
                    // Or, under the article's tags, a note on an author ("Harriet Molloy
                    // is a senior business reporter ...").
                    let byline = cur.byline.as_deref().unwrap_or_default();
                    matches!(paragraphs(page, run.clone()).as_slice(),
                        [p] if author_notes::author_box(byline, p, true))
                };
                if about_author {
                    for (_, role) in zone.groups.iter().flat_map(|g| &g.items) {
                        // The author's name, recurring, reads as an outlet's.
                        let author = matches!(role, Role::Outlet(s)
                            if cur.byline.as_deref().is_some_and(|b| in_byline(s, b)));
                        if matches!(role, Role::Meta(_) | Role::Outlet(_)) && !author {
                            fill(&mut cur, role);
                        }
                    }
                    continue;
                }
                tagged = tagged
                    || (prev.end..run.start).any(|l| {
                        headings::topics_label(&page.lines[l])
                            || copyright::rights_notice(&page.lines[l])
                    });
                if i >= furniture || tagged {
                    continue;
                }
                // The list's headlines themselves, when they end in a stop and read as
                // paragraphs ("More from The Washington Post", then two headlines), right
                // over the run.
                // Or further up a list of five lines or more, under the tags ("Fintech",
                // "Layoffs", "Read next", "Tech", a headline, "Tech", then this one); a
                // link box inside the text ("Lire aussi" over one headline) is shorter.
                let shown: Vec<usize> = (prev.end..run.start)
                    .filter(|&i| !matches!(page.kinds[i], Kind::Blank))
                    .collect();
                let headed_list = shown
                    .last()
                    .is_some_and(|&i| headings::list_heading(&page.lines[i]))
                    || (shown.len() >= 5
                        && shown.iter().any(|&i| {
                            matches!(page.kinds[i], Kind::Short | Kind::Junk)
                                && headings::list_heading(&page.lines[i])
                        }));
                // (An item may name its section before a bar: "Chicago News | A pair of
                // coyotes has been spotted on Navy Pier. Here's what to do ...".)
                // (The author's note may close the list: "... joined The New Yorker in 2019.")
                let byline = cur.byline.as_deref().unwrap_or_default();
                if headed_list
                    && paragraphs(page, run.clone()).iter().all(|p| {
                        let headline = p.split_once(" | ").map_or(p.as_str(), |(_, h)| h);
                        lines::word_count(headline) <= LINK_WORDS
                            || (!byline.is_empty() && author_notes::author_box(byline, p, true))
                    })
                {
                    continue;
                }
                // A card for an older story gives the text neither its section nor its
                // headline.
                if !listing && !related_card(page, &zone, &cur) {
                    continue_article(page, &zone, &mut cur);
                }
            }
        }
        cur.paras.extend(paragraphs(page, run.clone()));
        taken_end = run.end;
    }
    // The author signing under the text, a blank line between ("김민수 기자"), or the
    // outlet named there ("Source: Al Jazeera").
    let signed = |g: &&zone::Group| {
        !g.items.is_empty()
            && g.items.iter().all(|(_, r)| {
                matches!(r, Role::Meta(m) if m.when.is_none()
                    && (m.byline.is_some() != m.source.is_some()))
            })
    };
    // Or its date, when it has none yet ("13 luglio 2025 (modifica il 14 luglio 2025)") or
    // only a revision's ("First Published: Jul 13 2025" under a text that gave "Last
    // Updated" at its top).
    let dated = |g: &&zone::Group| {
        (cur.when.is_none() || cur.revised)
            && has_time(g)
            && g.items.iter().all(|(_, r)| matches!(r, Role::Meta(_)))
    };
    // Or its publication's time over its tags ("(Published 13 July 2025, 23:40 IST)" over
    // "Bengaluru", "Garbage" under a text that gave "Last Updated" at its top): that line.
    let first_dated = page
        .zone(taken_end..page.lines.len())
        .groups
        .first()
        .and_then(|g| match g.items.first() {
            Some((_, role @ Role::Meta(m)))
                if cur.revised
                    && m.byline.is_none()
                    && !m.revised
                    && m.when.is_some_and(|w| w != When::Vague) =>
            {
                Some(role.clone())
            }
            _ => None,
        });
    if let Some(g) = tail
        .groups
        .first()
        .filter(|g| g.touches_prev || signed(g) || dated(g))
    {
        for (line, role) in &g.items {
            // A list's heading ("Popular Reads") or a paid box's label under the text: what
            // follows is the page's, not the story's ("read more at Mint" names its outlet).
            if (headings::list_heading(&page.lines[*line])
                || headings::sponsor_label(&page.lines[*line]))
                && !matches!(role, Role::Meta(_) | Role::Outlet(_))
            {
                break;
            }
            // A name over the time is the last story's author; in a list whose items
            // open with their time, so is a name right under the summary.
            let signs_summary =
                page.times_lead && names::names_like(&page.lines[*line]) && under_para(page, *line);
            if matches!(role, Role::Headline | Role::Byline(_) | Role::Other)
                && (signs_summary || (*role == Role::Headline && name_over_time(page, *line)))
            {
                fill(&mut cur, &Role::Byline(line_text(page, *line)));
                continue;
            }
            // After the last body a recurring short line is a topic link ("Suggested
            // topics: Europe") unless it reads as a publication.
            // (Nor is a menu's section over a list: "Arkansas News".)
            if !matches!(role, Role::Outlet(s) if !lines::looks_like_outlet(s) || page.in_menu(s)) {
                fill(&mut cur, role);
            }
        }
    } else if let Some(role) = first_dated {
        fill(&mut cur, &role);
    }
    super::revisions::take_first_publication(page, taken_end, &mut cur);
    drafts.push(cur);
    if let Some(title) = stories {
        drafts.retain(|d| d.title.as_ref() != Some(title) || d.paras.len() >= 2);
    }
    drafts
}

/// The line right above `line` is a paragraph (a summary, a body's last).
fn under_para(page: &Page, line: usize) -> bool {
    line.checked_sub(1)
        .is_some_and(|l| matches!(page.kinds[l], Kind::Para))
}

/// Give `next` the headline, meta and dek of `zone`; meta right after the previous body
/// goes to `prev` (and, on pages that put times after bodies, meta before the headline).
fn open_article(
    page: &Page,
    zone: &Zone,
    mut prev: Option<&mut Draft>,
    next: &mut Draft,
    trailing: bool,
) {
    let Some(hg) = zone.headline_group else {
        // No headline (an outlet over a headline read as the body): on a page that puts
        // times after bodies, the meta glued under the body before is still that body's.
        for (gi, g) in zone.groups.iter().enumerate() {
            for (_, role) in &g.items {
                match prev.as_deref_mut() {
                    Some(p)
                        if trailing
                            && gi == 0
                            && g.touches_prev
                            && matches!(role, Role::Meta(_)) =>
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
            let to_prev = adjacent
                && (gi < hg || trailing)
                && before_head
                && !(over_head && matches!(role, Role::Outlet(_) | Role::Byline(_)));
            // In a list whose items open with their time, a name right under a summary
            // signs it ("Sumit Chakraborty" between a summary and the next item's time).
            let under_summary = gi == 0 && under_para(page, *line);
            let signs_summary = page.times_lead
                && under_summary
                && matches!(role, Role::Byline(_) | Role::Other | Role::Headline)
                && names::names_like(&page.lines[*line])
                && matches!(page.kinds.get(line + 1), Some(Kind::Meta(m)) if m.when.is_some());
            // "read more at Moneycontrol" under a summary links the story above.
            let links_summary =
                under_summary && meta::links_to_outlet(&page.lines[*line]).is_some();
            match (role, prev.as_deref_mut()) {
                (_, Some(p)) if signs_summary => {
                    fill(p, &Role::Byline(line_text(page, *line)));
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
                    if far && had {
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
                    if under_time || over_time {
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

/// The text of line `i` (zones keep indices into the page's lines).
pub(super) fn line_text(page: &Page, i: usize) -> String {
    page.lines.get(i).cloned().unwrap_or_default()
}
