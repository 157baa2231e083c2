//! Assembly: the page's body runs and the zones of short lines between them, walked
//! top to bottom into drafts. A zone with a headline and a time, byline or outlet starts
//! a new article (so does a headline over one standfirst and then its time, or after the
//! link that closes the story before); any other zone is part of the current one
//! (subheads), unless it is a "Most popular" list or the site's own box (`boundaries`
//! decides which). A live blog stays one article, unless its entries are stories of
//! their own.

use super::body::Draft;
use super::boundaries::{
    after_link, footer_runs, heads_an_article, in_byline, is_live_blog, is_live_label,
    live_entries_are_stories, names_outlet, only_the_site_named, outlet_was_no_headline,
    signs_standfirst, standfirst_then_meta, strong_headline,
};
use super::inside_text::{card_in_first_story, continue_article, related_card, sign_standfirst};
use super::lines::{self, Kind};
use super::open_article::{open_article, under_para};
use super::when::When;
use super::zone::{self, Page, Role};
use super::{FOOTER_WORDS, author_notes, copyright, debris};
use super::{fill, has_time, name_over_time, names, next_shown, paragraphs};
use super::{headings, headline_lists};
use std::ops::Range;

/// A story this long has other stories listed under it, not inside it.
const LONG_STORY_PARAGRAPHS: usize = 4;

/// The longest line about an author under their name in an author's box.
const AUTHOR_LINE_WORDS: usize = 15;
/// The longest headline of a list read as a paragraph.
const LINK_WORDS: usize = 20;
/// Walk bodies and the zones between them into drafts.
pub(super) fn assemble(page: &Page, runs: &[Range<usize>], site: Option<&str>) -> Vec<Draft> {
    let first = runs.first().map_or(0, |r| r.start);
    let last = runs.last().map_or(0, |r| r.end);
    let lead = if page.listed {
        page.zone(headline_lists::lead(page, first))
    } else {
        page.zone(0..first)
    };
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
    // The headline says so, or a live label stands alone on the line over it, and the
    // page opens with the headline's text, not a time under it: a site menu ending in
    // "Live" over a list of timed stories is no live page.
    let untimed_lead = !lead.groups.iter().any(has_time);
    let live_page = (0..first)
        .filter(|&i| matches!(page.kinds[i], Kind::Short))
        .find(|&i| {
            let l = &page.lines[i];
            let labelled = || {
                (0..i)
                    .rev()
                    .find(|&j| !page.lines[j].trim().is_empty())
                    .is_some_and(|j| is_live_label(&page.lines[j]))
            };
            lines::word_count(l) >= zone::HEADLINE_WORDS
                && (is_live_blog(l) || (untimed_lead && labelled()))
        })
        .map(|i| &page.lines[i]);
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
    let closed_by_link = |r: Range<usize>| {
        next_shown(page, r.end).is_some_and(|i| debris::story_link(&page.lines[i]))
    };
    let linked = runs.iter().filter(|r| closed_by_link((*r).clone())).count() >= 2;
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
    // The run before was a headline of such a list, skipped: the list goes on over
    // headlines of short lines and paragraphs alike.
    let mut listed = false;
    for (i, run) in runs.iter().enumerate() {
        let was_listed = std::mem::take(&mut listed);
        if let Some(prev) = i.checked_sub(1).and_then(|p| runs.get(p)) {
            let mut zone = page.zone(prev.end..run.start);
            if page.listed {
                headline_lists::only_the_slot_names(page, &mut zone, run.start);
            }
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
            // (In a list of headlines the zone's headline is the outlet's place.)
            let headed = names_outlet(&zone)
                || heads_an_article(page, &zone)
                || (page.listed && zone.headline_group.is_some());
            // The site's own name over a box of its own ("Forbes" over "Daily Cover
            // Stories" over "Subscribe to Forbes Daily") opens no story.
            let own_box = site.is_some_and(|s| only_the_site_named(&zone, s));
            let opens = !own_box && zone.starts_article()
                || (linked && after_link(page, prev.end, &zone))
                // (The first of such stories follows no link: its own closes it.)
                || (linked && closed_by_link(run.clone()) && strong_headline(&zone))
                || standfirst_then_meta(page, &zone, run.clone(), runs.get(i + 1), times_first)
                // In a list of headlines each is an item: a time or an outlet between two
                // ("The Signal Ledger · 47m") is enough.
                || (page.listed && zone.groups.iter().flat_map(|g| &g.items).any(|(_, r)| {
                    matches!(r, Role::Meta(m) if m.when.is_some() || m.source.is_some())
                }));
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
            // ("Read more" closing the story above heads no box where every story ends so.)
            let link_box = heading
                && !(linked && after_link(page, prev.end, &zone))
                && (!timed
                    || (headlines >= 2
                        && times >= headlines
                        && paragraphs(page, run.clone()).len() >= 2));
            // The author's box under the text ("Priya Kannan", her employer, then one
            // paragraph about her): the name heads no story.
            let author_box = zone
                .headline_group
                .and_then(|hg| zone.groups.get(hg))
                .and_then(|g| g.items.iter().find(|(_, r)| *r == Role::Headline))
                .is_some_and(|(l, _)| {
                    cur.byline
                        .as_deref()
                        .is_some_and(|b| in_byline(&page.lines[*l], b))
                })
                && paragraphs(page, run.clone()).len() == 1;
            // An item told by its headline alone opens an article whatever the zone over
            // it holds.
            let alone = page.headline_items.contains(&run.start);
            let (opens, headed) = (opens || alone, headed || alone);
            if opens
                && headed
                && !author_box
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
                // Its headline is its body's line; a short line the zone gave as its
                // headline ("Video") is a label, or its outlet.
                if alone
                    && let Some(t) = next.title.take()
                    && lines::looks_like_outlet(&t)
                    && next.source.is_none()
                {
                    next.source = Some(t);
                }
                drafts.push(std::mem::replace(&mut cur, next));
                tagged = false;
            } else if author_box {
                // It closes the text: what follows in the same story is the page's.
                tagged = true;
                continue;
            } else {
                // A list of other stories inside the text ("Most Popular", then their
                // sections and headlines) gives the article nothing.
                let listing = (prev.end..run.start)
                    .find(|&i| !matches!(page.kinds[i], Kind::Blank))
                    .is_some_and(|i| headings::list_heading(&page.lines[i]));
                // A sponsored item among stories ("Sponsored", its headline, one
                // paragraph, then the next story or the end) is no part of the one before.
                // (An ad's slot in the text, "Advertisement", over a subhead of three words
                // or fewer and the last paragraph is the text's: "What Happens Next".)
                let headline_words = zone
                    .headline_group
                    .and_then(|hg| zone.groups.get(hg))
                    .and_then(|g| g.items.iter().find(|(_, r)| *r == Role::Headline))
                    .map(|(l, _)| lines::word_count(&page.lines[*l]));
                let sponsored = (prev.end..run.start)
                    .find(|&i| {
                        !matches!(page.kinds[i], Kind::Blank | Kind::Junk)
                            || headings::sponsor_label(&page.lines[i])
                    })
                    .is_some_and(|i| {
                        headings::sponsor_label(&page.lines[i])
                            && (!headings::ad_slot(&page.lines[i])
                                || headline_words.is_some_and(|w| w >= zone::HEADLINE_WORDS))
                    })
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
                // Or a note under the box that names the author ("Every piece of
                // reporting Darcy produces is reviewed by an editing team ...").
                let names_author = |p: &str, name: &str| {
                    let words: Vec<&str> = p
                        .split_whitespace()
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                        .collect();
                    name.split_whitespace()
                        .filter(|n| n.chars().count() >= 3 && lines::starts_upper(n))
                        .any(|n| words.contains(&n))
                };
                let about_author = author_named.is_some_and(|name| {
                    matches!(paragraphs(page, run.clone()).as_slice(),
                        [p] if (i + 1 == runs.len() && lines::word_count(p) <= AUTHOR_LINE_WORDS)
                            || ((opens_with_name(p, name) || names_author(p, name))
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
                    || (was_listed
                        && shown.iter().all(|&i| {
                            matches!(page.kinds[i], Kind::Short | Kind::Junk)
                                && lines::word_count(&page.lines[i]) <= LINK_WORDS
                        }))
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
                    listed = true;
                    continue;
                }
                // A card for an older story gives the text neither its section nor its
                // headline.
                if !listing && !related_card(page, &zone, &cur) {
                    continue_article(page, &zone, &mut cur, live.is_some());
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
            // "ABC News' Aaron Pike" right under the text credits its reporters.
            if let Some(names) =
                names::credited_by_outlet(&page.lines[*line]).filter(|_| under_para(page, *line))
            {
                fill(&mut cur, &Role::Byline(names.to_string()));
                continue;
            }
            // A name over the time is the last story's author; in a list whose items
            // open with their time, so is a name right under the summary.
            let signs_summary =
                page.times_lead && names::names_like(&page.lines[*line]) && under_para(page, *line);
            // In a list of headlines, a name right under the last item's time signs it.
            let under_time = page.listed
                && names::names_like(&page.lines[*line])
                && g.items
                    .iter()
                    .take_while(|(l, _)| l < line)
                    .last()
                    .is_some_and(|(_, r)| matches!(r, Role::Meta(m) if m.when.is_some() && m.byline.is_none()));
            if matches!(role, Role::Headline | Role::Byline(_) | Role::Other)
                && (signs_summary
                    || under_time
                    || (*role == Role::Headline && name_over_time(page, *line)))
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

/// The text of line `i` (zones keep indices into the page's lines).
pub(super) fn line_text(page: &Page, i: usize) -> String {
    page.lines.get(i).cloned().unwrap_or_default()
}
