//! Pasted scrapes: text copied out of a news page, split into its articles (DESIGN §4).
//!
//! A page copied as text mixes one or more articles with site chrome ("Comments",
//! "Related Articles", "Join our WhatsApp Channel"), image debris (`&w=3840&q=100)`),
//! bodies pasted twice, and outlet and time lines ("Indian Express", "17 minutes ago").
//! The splitter works from the shape of the text, not from any one site's words:
//!
//! - `tables`: rows of a table copied as tab-separated cells, spelled out with bars and
//!   kept as paragraphs.
//! - `lines`: each line alone: blank, junk (`chrome` with `chrome_words` and
//!   `pitch_words`: interface words and pitches; `debris`: counters and image leftovers; `credits`: picture credits;
//!   `caption_ends`: captions told by their credits), a time or byline line (`meta`, `when`, `when_parts`; `day_words`: "Hier" among French times; `composite`: parts split over lines joined; `aggregators`: a link aggregator's votes, poster and time under a link), a
//!   paragraph, or a short line.
//! - `passes`: lines read with their neighbours: headlines that end in a stop, the footer, sentences the interface repeats, datelines over
//!   their paragraph, a list of headlines without text; `signatures`: names signed
//!   across lines ("By" over names, a name over its job title, "News provided by" over a
//!   name); `boxes`: author, sign-up and follow boxes and headed asides (`ad_cards`: ads among a river's stories);
//!   `summary_box`: a summary's points, its label and tabs;
//!   `summary_points`: people's points over the text, which go to its standfirst;
//!   `pleas`: pleas for support and the editor's signed plea; `lists`: lists of the
//!   site's stories, ranked or under a heading; `captions`: captions read by their
//!   credits and the header around them (`galleries`: a gallery's slides and links);
//!   `comments`: readers' comment threads.
//! - `zone`: the short lines between two bodies, grouped at chrome and blank lines; the
//!   group nearest a body gives its headline (`headline` picks it), a recurring short
//!   line is an outlet, and so is a name in the place where a list's items name theirs
//!   (beside the time), but not a label the site's lists use among its sections
//!   (`section_labels`); in a list of headlines only the line in the outlet's place
//!   names an outlet, and a river's item without a summary is an item still
//!   (`headline_lists`).
//! - here: bodies are runs of paragraphs; `masthead`: the site's name at the top, and
//!   its blurb in the footer.
//! - `assemble`: a zone with a headline and a time, byline or outlet starts a new article
//!   (so does a headline over one standfirst and then its time, or after the link that
//!   closes the story before), any other zone is part of the current one (subheads),
//!   unless it is a "Most popular" list or the site's own box (`boundaries` decides
//!   which); a live blog stays one article, unless its entries are stories of their
//!   own (each signed, or each a full story: `boundaries::live_entries_are_stories`);
//!   `open_article` gives each its headline, standfirst (the dek), authors, time and
//!   outlet.
//! - `body`: paragraphs cleaned, repeats and pull quotes (`pull_quotes`) dropped, titles for headless articles, list
//!   numbers off a digest's headlines, a wire dateline's agency (or the site's address after an aggregator's headline) as the outlet; a digest's
//!   greeting is no article; the last touches to bylines and outlets.
//! - `social`: a post copied with its thread is the one story it shares.
//! - `single`: a page that one long article dominates keeps only it; `site_credit`: a
//!   section page or a one-article page takes its outlet from the masthead or the
//!   copyright line.

mod ad_cards;
mod aggregators;
mod assemble;
mod author_blocks;
mod author_notes;
mod body;
mod boundaries;
mod boxes;
mod briefs;
mod caption_ends;
mod captions;
mod chrome;
mod chrome_shapes;
mod chrome_words;
mod code_lines;
mod comments;
mod composite;
mod contents;
pub(crate) mod copyright;
mod credit_tails;
mod credit_words;
mod credited_for;
pub(crate) mod credits;
mod day_words;
mod debris;
mod digests;
mod galleries;
mod glued_buttons;
mod hard_wraps;
mod headings;
mod headline;
mod headline_lists;
mod inline_links;
mod inside_text;
mod jobs;
mod label_words;
mod labelled_names;
mod lines;
mod link_boxes;
mod lists;
mod masthead;
mod meta;
pub(crate) mod names;
mod open_article;
mod outlet_lines;
mod outlet_slots;
mod passes;
mod pitch_words;
mod placed_names;
mod pleas;
mod pull_quotes;
mod revisions;
mod section_labels;
mod share_rows;
mod signatures;
mod single;
mod site_credit;
mod social;
mod summary_box;
mod summary_points;
mod tables;
mod when;
mod when_parts;
mod wordmarks;
mod zone;

#[cfg(test)]
mod above_text_tests;
#[cfg(test)]
mod account_tests;
#[cfg(test)]
mod around_text_tests;
#[cfg(test)]
mod author_paper_tests;
#[cfg(test)]
mod briefs_tests;
#[cfg(test)]
mod byline_block_tests;
#[cfg(test)]
mod byline_tests;
#[cfg(test)]
mod closing_tests;
#[cfg(test)]
mod coauthor_tests;
#[cfg(test)]
mod credit_and_note_tests;
#[cfg(test)]
mod dateline_tests;
#[cfg(test)]
mod desk_shapes_tests;
#[cfg(test)]
mod feed_tests;
#[cfg(test)]
mod gallery_tests;
#[cfg(test)]
mod glued_tests;
#[cfg(test)]
mod header_tests;
#[cfg(test)]
mod headline_list_tests;
#[cfg(test)]
mod inline_box_tests;
#[cfg(test)]
mod label_tests;
#[cfg(test)]
mod list_shapes_tests;
#[cfg(test)]
mod list_tests;
#[cfg(test)]
mod live_tests;
#[cfg(test)]
mod masthead_shape_tests;
#[cfg(test)]
mod mixed_tests;
#[cfg(test)]
mod next_story_tests;
#[cfg(test)]
mod page_day_tests;
#[cfg(test)]
mod page_tests;
#[cfg(test)]
mod paper_shape_tests;
#[cfg(test)]
mod player_tests;
#[cfg(test)]
mod post_tests;
#[cfg(test)]
mod profile_tests;
#[cfg(test)]
mod promo_box_tests;
#[cfg(test)]
mod ranked_list_tests;
#[cfg(test)]
mod regional_paper_tests;
#[cfg(test)]
mod robust_tests;
#[cfg(test)]
mod section_page_tests;
#[cfg(test)]
mod shape_tests;
#[cfg(test)]
mod site_tests;
#[cfg(test)]
mod structure_tests;
#[cfg(test)]
mod surround_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod thirtieth_round_tests;
#[cfg(test)]
mod twelfth_round_tests;
#[cfg(test)]
mod under_text_tests;
#[cfg(test)]
mod wire_page_tests;
#[cfg(test)]
mod wordmark_tests;

pub(crate) use when::parse_when;

use super::ClipError;
use body::Draft;
use chrono::{DateTime, Utc};
use lines::Kind;
use masthead::{blurb_name, masthead, site_blurb};
use std::collections::HashSet;
use std::ops::Range;
use zone::{Page, Role};

/// One article found in a scrape.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ScrapedArticle {
    /// The headline as written.
    pub title: String,
    /// The outlet as written ("Indian Express", "The Hindu"), when the page names one.
    pub source: Option<String>,
    /// The author(s), without "By".
    pub byline: Option<String>,
    /// RFC 3339 (UTC) when a time was resolved, "YYYY-MM-DD" for a bare date, else None.
    pub published_at: Option<String>,
    /// The standfirst under the headline ("EFL charges newly promoted club with
    /// misconduct ..."), when the page shows one over its author or time: no part of `text`.
    pub dek: Option<String>,
    /// Body paragraphs joined by "\n\n", chrome removed.
    pub text: String,
}

/// Split a text scrape into articles. `clipped_at` anchors relative times ("17 minutes ago",
/// "3 hours ago", "yesterday", "2 days ago", "Jul 14, 2025", "14 July 2025 10:09 IST" ...).
///
/// A text that holds one article gives one, titled by its first short line (as
/// [`crate::clip::text_to_extracted`] does). Errs with [`ClipError::Empty`] on input that is
/// only whitespace, and with [`ClipError::NoContent`] when nothing but chrome and debris
/// remains. Never panics.
pub fn split_scrape(
    text: &str,
    clipped_at: DateTime<Utc>,
) -> Result<Vec<ScrapedArticle>, ClipError> {
    // A clip time out of any calendar's range would overflow date arithmetic.
    let clipped_at = clipped_at.clamp(
        DateTime::from_timestamp(-2_208_988_800, 0).unwrap_or(DateTime::UNIX_EPOCH), // 1900
        DateTime::from_timestamp(253_402_300_799, 0).unwrap_or(DateTime::UNIX_EPOCH), // 9999
    );
    let (text, table_rows) = tables::spell_out_rows(text);
    let mut lines = lines::normalize(&hard_wraps::join_hard_wraps(&text));
    if lines.iter().all(String::is_empty) {
        return Err(ClipError::Empty);
    }
    composite::join_parts_split_over_lines(&mut lines, clipped_at);
    let datelines = passes::join_datelines(&mut lines);
    let mut kinds: Vec<Kind> = lines
        .iter()
        .map(|l| lines::classify(l, clipped_at))
        .collect();
    for i in datelines {
        kinds[i] = Kind::Junk;
    }
    tables::keep_rows(&lines, &mut kinds, &table_rows);
    code_lines::keep_code(&lines, &mut kinds);
    passes::menu_entries_with_stops(&lines, &mut kinds);
    day_words::french_yesterday(&lines, &mut kinds, clipped_at);
    passes::drop_day_tabs(&lines, &mut kinds);
    debris::drop_ticker_symbols(&lines, &mut kinds);
    passes::drop_weather(&lines, &mut kinds);
    passes::clocks_under_day_headers(&lines, &mut kinds);
    passes::drop_boilerplate(&lines, &mut kinds);
    share_rows::drop_share_rows(&lines, &mut kinds);
    passes::drop_glued_breadcrumbs(&lines, &mut kinds);
    passes::names_glued_to_sections(&lines, &mut kinds);
    author_blocks::names_glued_to_initials(&lines, &mut kinds);
    boxes::drop_author_boxes(&lines, &mut kinds);
    boxes::author_boxes_by_name(&lines, &mut kinds);
    passes::drop_footer(&lines, &mut kinds);
    boxes::drop_sign_up_boxes(&lines, &mut kinds);
    ad_cards::drop_ads_signed_under(&lines, &mut kinds);
    boxes::drop_sponsored_items(&lines, &mut kinds);
    ad_cards::drop_ad_cards(&lines, &mut kinds);
    ad_cards::drop_ads_before_a_time(&lines, &mut kinds);
    passes::headlines_shown_again_under_categories(&lines, &mut kinds);
    signatures::bylines_over_lines(&lines, &mut kinds);
    contents::drop_tables_of_contents(&lines, &mut kinds);
    passes::headlines_with_stops(&lines, &mut kinds);
    passes::headlines_shown_twice(&lines, &mut kinds);
    let mut points = summary_box::summary_boxes(&lines, &mut kinds);
    pleas::drop_support_boxes(&lines, &mut kinds);
    pleas::drop_signed_pleas(&lines, &mut kinds);
    pleas::drop_letters_to_readers(&lines, &mut kinds);
    pleas::drop_priced_pitches(&lines, &mut kinds);
    pleas::drop_offer_boxes(&lines, &mut kinds);
    boxes::drop_follow_boxes(&lines, &mut kinds);
    boxes::drop_video_players(&lines, &mut kinds);
    boxes::drop_video_boxes(&lines, &mut kinds);
    boxes::drop_labelled_videos(&lines, &mut kinds);
    galleries::drop_gallery_slides(&lines, &mut kinds);
    galleries::drop_gallery_links(&lines, &mut kinds);
    captions::drop_captions_credited_to_the_publisher(&lines, &mut kinds);
    credited_for::drop_commissioned_credits(&lines, &mut kinds);
    captions::drop_captions_over_print_buttons(&lines, &mut kinds);
    captions::drop_captions_under_gallery_buttons(&lines, &mut kinds);
    captions::drop_charts(&lines, &mut kinds);
    captions::drop_credits_shown_twice(&lines, &mut kinds);
    captions::drop_pictures_inside_the_text(&lines, &mut kinds);
    captions::drop_credited_captions(&lines, &mut kinds);
    captions::drop_captions_over_credited_copies(&lines, &mut kinds);
    captions::drop_captions_under_credits(&lines, &mut kinds);
    captions::drop_credits_under_captions(&lines, &mut kinds);
    captions::drop_captions_signed_by_photographers(&lines, &mut kinds);
    captions::drop_captions_over_paper_credits(&lines, &mut kinds);
    captions::drop_captions_over_datelines(&lines, &mut kinds);
    signatures::names_over_job_titles(&lines, &mut kinds);
    signatures::names_in_places(&lines, &mut kinds);
    placed_names::names_signed_with_initials(&lines, &mut kinds);
    signatures::names_between_bars(&lines, &mut kinds);
    placed_names::names_over_outlet_and_place(&lines, &mut kinds);
    placed_names::names_over_their_place(&lines, &mut kinds);
    signatures::names_in_a_row(&lines, &mut kinds);
    author_blocks::names_with_contacts(&lines, &mut kinds);
    author_blocks::names_over_papers(&lines, &mut kinds);
    author_blocks::by_over_credits(&lines, &mut kinds);
    signatures::names_with_jobs_between(&lines, &mut kinds);
    signatures::names_with_job_phrases(&lines, &mut kinds);
    labelled_names::labelled_names(&lines, &mut kinds);
    signatures::names_shown_twice(&lines, &mut kinds);
    author_blocks::credits_said_again(&lines, &mut kinds);
    author_blocks::bylines_in_a_row(&lines, &mut kinds);
    comments::drop_comment_threads(&lines, &mut kinds);
    masthead::drop_blurbs_under_names(&lines, &mut kinds);
    lists::drop_listed_headlines(&lines, &mut kinds);
    lists::drop_numbered_lists(&lines, &mut kinds);
    boxes::drop_headed_asides(&lines, &mut kinds);
    boxes::drop_review_credits(&lines, &mut kinds);
    link_boxes::drop_link_boxes_in_text(&lines, &mut kinds, clipped_at);
    link_boxes::drop_video_cards_in_text(&lines, &mut kinds);
    link_boxes::drop_watch_boxes(&lines, &mut kinds);
    inline_links::drop_labelled_links_in_text(&lines, &mut kinds);
    boxes::drop_buttons_named_above(&lines, &mut kinds);
    if points.is_empty() {
        points = summary_points::unlabelled_points(&lines, &kinds);
    }
    if let Some(post) = social::post(&lines, &kinds) {
        let mut articles = body::finish(vec![post]);
        body::tidy_meta(&mut articles);
        return Ok(articles);
    }
    let sections = section_labels::drop_labelled_lists(&lines, &mut kinds);
    let listed = passes::headlines_as_bodies(&lines, &mut kinds);
    let alone = if listed {
        Vec::new()
    } else {
        headline_lists::headline_only_items(&lines, &mut kinds)
    };
    let mut page = Page::new(&lines, &kinds, sections);
    page.listed = listed;
    page.headline_items = alone.into_iter().collect();
    page.times_lead = passes::times_lead(&lines, &kinds);
    let mut runs = body_runs(&lines, &kinds);
    // The site's name, read once for the rules below that need it.
    let site = masthead(&page).or_else(|| blurb_name(&page));
    let site = site.map(|s| outlet_lines::spelled_out_domain(&lines, s).unwrap_or(s));
    if site_blurb(&page, &runs, site) {
        runs.pop();
    }
    if masthead::top_blurb(&page, &runs, site) {
        runs.remove(0);
    }
    let mut drafts = if runs.is_empty() {
        headless(&page)
    } else {
        briefs::split_briefs(&page, assemble::assemble(&page, &runs, site))
    };
    let points: HashSet<&str> = points.iter().map(|&i| lines[i].as_str()).collect();
    summary_points::points_to_dek(&mut drafts, &points);
    let mut articles = body::finish(drafts);
    single::keep_dominant(&mut articles);
    single::drop_trailing_teasers(&mut articles);
    single::drop_unsigned_list_ends(&mut articles);
    digests::drop_greeting(&mut articles);
    site_credit::credit_site(&mut articles, site, &page);
    body::tidy_meta(&mut articles);
    author_blocks::spelled_as_the_page_writes(&mut articles, &lines);
    outlet_lines::named_addresses(&mut articles, &lines);
    if articles.is_empty() {
        Err(ClipError::NoContent)
    } else {
        Ok(articles)
    }
}

/// A zone of at least this many lines, this many of them interface, between the text and
/// a last short paragraph is the page's footer or its boxes.
const FOOTER_ZONE_LINES: usize = 8;
const FOOTER_INTERFACE_LINES: usize = 3;
/// The longest paragraph a footer's blurb or a box's pitch runs to.
const FOOTER_WORDS: usize = 60;

/// Runs of paragraph lines, allowing blank and junk lines (an "Advertisement") inside; a
/// list's heading ("More from The Washington Post") ends one, and so does a notice
/// reserving the rights.
fn body_runs(lines: &[String], kinds: &[Kind]) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut open: Option<Range<usize>> = None;
    for (i, k) in kinds.iter().enumerate() {
        match k {
            Kind::Junk
                if headings::list_heading(&lines[i]) || copyright::rights_notice(&lines[i]) =>
            {
                runs.extend(open.take())
            }
            Kind::Para => match open.as_mut() {
                Some(r) => r.end = i + 1,
                None => open = Some(i..i + 1),
            },
            Kind::Blank | Kind::Junk => {}
            _ => runs.extend(open.take()),
        }
    }
    runs.extend(open);
    runs
}

/// The first line from `from` on that is not blank.
fn next_shown(page: &Page, from: usize) -> Option<usize> {
    (from..page.lines.len()).find(|&i| !matches!(page.kinds[i], Kind::Blank))
}

/// A person's name right over a time line ("Marta Ibáñez" over "14/07/2025 09:15"), or
/// over the section the menu names, then the time ("Jan Novotný" / "Byznys" / "14. 7.
/// 2025").
fn name_over_time(page: &Page, line: usize) -> bool {
    let timed = |i: usize| matches!(page.kinds.get(i), Some(Kind::Meta(m)) if m.when.is_some());
    // (A set lookup: a scan of the lines above would make long pastes quadratic.)
    let section = |i: usize| {
        matches!(page.kinds.get(i), Some(Kind::Short))
            && lines::word_count(&page.lines[i]) <= 2
            && page.in_menu(&page.lines[i])
    };
    // (A reading time may stand between: "Tamsin Greaves" / "3 min read" / the time.)
    let counter = |i: usize| {
        matches!(page.kinds.get(i), Some(Kind::Junk)) && debris::is_counter_line(&page.lines[i])
    };
    let next = if counter(line + 1) {
        line + 2
    } else {
        line + 1
    };
    names::names_like(&page.lines[line]) && (timed(next) || (section(next) && timed(next + 1)))
}

/// Take a role's time, byline or outlet into `d` where it has none.
fn fill(d: &mut Draft, role: &Role) {
    match role {
        Role::Meta(m) => d.fill(m),
        Role::Outlet(s) if d.source.is_none() => d.source = Some(s.clone()),
        Role::Byline(s) if d.byline.is_none() => d.byline = Some(s.clone()),
        _ => {}
    }
}

/// No paragraph anywhere: one article from the short lines (first one the title).
fn headless(page: &Page) -> Vec<Draft> {
    let mut d = Draft::default();
    let zone = page.zone(0..page.lines.len());
    for (line, role) in zone.groups.iter().flat_map(|g| &g.items) {
        match role {
            Role::Meta(_) | Role::Outlet(_) | Role::Byline(_) => fill(&mut d, role),
            _ => d.paras.extend(page.lines.get(*line).cloned()),
        }
    }
    if d.paras.is_empty() {
        return Vec::new();
    }
    vec![d]
}

/// The paragraph lines of a run.
fn paragraphs(page: &Page, run: Range<usize>) -> Vec<String> {
    run.filter(|i| matches!(page.kinds.get(*i), Some(Kind::Para)))
        .filter_map(|i| page.lines.get(i).cloned())
        .collect()
}

/// A group holds a time line.
fn has_time(g: &zone::Group) -> bool {
    g.items
        .iter()
        .any(|(_, r)| matches!(r, Role::Meta(m) if m.when.is_some()))
}
