//! Passes over the classified lines of a scrape, before its zones are read: each looks at
//! a line and its neighbours and changes what the lines are (a list of headlines without
//! text: bodies; a sentence the page repeats under every topic box: chrome). Captions are
//! `captions`'s, readers' comments `comments`'s, boxes `boxes`'s, names signed across
//! lines `signatures`'s.

use super::chrome;
use super::lines::{self, Kind};
use super::names;
use super::when::{When, bare_clock};
use super::zone;
use std::collections::{HashMap, HashSet};

/// "Amman" over "34°C" under the day's date: the weather's city and temperature, interface
/// (the city is no masthead); and the forecast a few lines under the temperature, with what
/// stands between ("Buffalo, NY (14202)", "Today", "Partly cloudy ... High 86F.").
pub(super) fn drop_weather(lines: &[String], kinds: &mut [Kind]) {
    static FORECAST: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(?:High|Low|high|low)s? (?:near |around )?-?\d{1,3} ?°?[FC]?(?:\.|$)")
            .expect("a valid pattern")
    });
    for i in 0..lines.len() {
        let t = lines[i].trim();
        let Some(degrees) = t
            .strip_suffix("°C")
            .or(t.strip_suffix("°F"))
            .or(t.strip_suffix('°'))
        else {
            continue;
        };
        let degrees = degrees.trim().trim_start_matches(['-', '−']);
        if degrees.is_empty() || degrees.len() > 3 || !degrees.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        kinds[i] = Kind::Junk;
        let below: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(FORECAST_LINES)
            .collect();
        // (Today's and tonight's: the last of them, then its time and a "Full Forecast".)
        // (A forecast ends as a sentence does; a headline "... highs near 110" does not.)
        if let Some(k) = below.iter().rposition(|&j| {
            FORECAST.is_match(lines[j].trim())
                && lines[j].trim_end().ends_with('.')
                && lines::word_count(&lines[j]) <= FORECAST_WORDS
        }) {
            below[..=k].iter().for_each(|&j| kinds[j] = Kind::Junk);
            let tail: Vec<usize> = below[k + 1..]
                .iter()
                .take(2)
                .copied()
                .take_while(|&j| {
                    matches!(&kinds[j], Kind::Meta(m) if m.when.is_some() && m.byline.is_none())
                        || lines[j].trim().eq_ignore_ascii_case("full forecast")
                })
                .collect();
            tail.into_iter().for_each(|j| kinds[j] = Kind::Junk);
        }
        if let Some(city) = shown_before(kinds, i)
            && matches!(kinds[city], Kind::Short)
            && (1..=3).contains(&lines::word_count(&lines[city]))
        {
            kinds[city] = Kind::Junk;
        }
    }
}

/// Lines under a temperature read for its forecast, and the longest forecast.
const FORECAST_LINES: usize = 9;
const FORECAST_WORDS: usize = 20;

/// "What is Project Neelsetu, India's new undersea cable to the Maldives and Sri Lanka?"
/// twice in a row (the page's title, then the headline): a question of many words reads as
/// a paragraph, but a line shown twice over is the headline, shown once.
pub(super) fn headlines_shown_twice(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        if matches!(kinds[i], Kind::Para)
            && matches!(kinds[i - 1], Kind::Para)
            && lines[i] == lines[i - 1]
            && lines::word_count(&lines[i]) <= TWICE_HEADLINE_WORDS
            && !lines[i].ends_with('.')
        {
            kinds[i - 1] = Kind::Junk;
            kinds[i] = Kind::Short;
        }
    }
}

/// "ZESCO cuts load-shedding ..." over "Headlines" over "Feature Economy" over the same
/// headline again, then "By": the page's title, the story's categories, then its
/// headline over its header. The first copy and the categories between are interface.
pub(super) fn headlines_shown_again_under_categories(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !matches!(kinds[i], Kind::Short) || lines::word_count(&lines[i]) < 5 {
            continue;
        }
        let next: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(4)
            .collect();
        let Some(again) = next.iter().position(|&j| lines[j] == lines[i]) else {
            continue;
        };
        let labels = &next[..again];
        // (The header's "By" alone is still a short line here.)
        let header = next.get(again + 1).is_some_and(|&j| {
            matches!(kinds[j], Kind::Meta(_)) || lines[j].trim().eq_ignore_ascii_case("by")
        });
        if !labels.is_empty()
            && header
            && labels.iter().all(|&j| {
                matches!(kinds[j], Kind::Short | Kind::Junk) && lines::word_count(&lines[j]) <= 3
            })
        {
            kinds[i] = Kind::Junk;
            for &j in labels {
                kinds[j] = Kind::Junk;
            }
        }
    }
}

/// The most words of a headline shown twice in a row.
const TWICE_HEADLINE_WORDS: usize = 30;

/// A headline that ends in a stop ("Kurosaka Electric to build 400 bil. yen EV battery
/// plant in Fukuoka Pref.") reads as a paragraph; right under a section label or the
/// interface, and right over its time or its author's name, it is the headline.
pub(super) fn headlines_with_stops(lines: &[String], kinds: &mut [Kind]) {
    fn shown(kinds: &[Kind], mut range: impl Iterator<Item = usize>) -> Option<usize> {
        range.find(|&j| !matches!(kinds[j], Kind::Blank))
    }
    for i in 1..lines.len() {
        if !matches!(kinds[i], Kind::Para) || lines::word_count(&lines[i]) > HEADLINE_STOP_WORDS {
            continue;
        }
        let above = shown(kinds, (0..i).rev());
        let under_label = above.is_some_and(|a| match kinds[a] {
            Kind::Junk => true,
            // A section's label of a word or two ("Business", "Real Estate"); a short
            // headline over its standfirst has three or more.
            Kind::Short => lines::word_count(&lines[a]) <= 2,
            _ => false,
        });
        let Some(below) = shown(kinds, i + 1..lines.len()) else {
            continue;
        };
        let timed =
            |j: usize| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some() || m.byline.is_some());
        // (The outlet may stand between the name and the time: "Medora Blaine" / "USA
        // TODAY" / "Published 9:40 p.m. ET July 12, 2025".)
        let outlet_then_time = |j: usize| {
            matches!(kinds[j], Kind::Short)
                && lines::outlet_shaped(&lines[j])
                && lines::word_count(&lines[j]) <= 3
                && shown(kinds, j + 1..lines.len()).is_some_and(timed)
        };
        let over_meta = timed(below)
            || (matches!(kinds[below], Kind::Short)
                && names::names_like(&lines[below])
                && shown(kinds, below + 1..lines.len())
                    .is_some_and(|n| timed(n) || outlet_then_time(n)))
            // Or over its summary, then its author or time, under a section's label in
            // a list ("ARGENT" over "Livret A : combien ... ?" over the summary).
            // Or the author's name, perhaps over a job, then the time ("Hallie Mercer" /
            // "Staff Writer" / "Published Jul 12, 2025"); the summary may lack its stop.
            || ((matches!(kinds[below], Kind::Para)
                || (matches!(kinds[below], Kind::Short)
                    && lines::word_count(&lines[below]) >= STANDFIRST_WORDS))
                && above.is_some_and(|a| {
                    matches!(kinds[a], Kind::Short) && lines::word_count(&lines[a]) <= 2
                })
                && shown(kinds, below + 1..lines.len()).is_some_and(|n| {
                    timed(n)
                        || (matches!(kinds[n], Kind::Short)
                            && names::names_like(&lines[n])
                            && (n + 1..lines.len())
                                .filter(|&j| !matches!(kinds[j], Kind::Blank))
                                .take(2)
                                .any(timed))
                }));
        if under_label && over_meta {
            kinds[i] = Kind::Short;
        }
    }
}

/// The fewest words of a standfirst without its stop under a headline with stops.
const STANDFIRST_WORDS: usize = 10;
/// The longest headline `headlines_with_stops` reads.
const HEADLINE_STOP_WORDS: usize = 25;

/// Under the page's last "Back to top" (or "Footer", or its dated copyright line) is its
/// footer: an acknowledgement, a notice of the material the service carries, the owner's
/// address, no story's text.
pub(super) fn drop_footer(lines: &[String], kinds: &mut [Kind]) {
    let Some(top) = lines.iter().rposition(|l| {
        let key = l.to_lowercase();
        let back_to_top = matches!(
            key.trim_end_matches(['.', ' ', '↑']),
            "back to top" | "footer" | "go to top" | "nach oben" | "volver arriba" | "haut de page"
        );
        // "Copyright 2025 © RCS Mediagroup S.p.a. ...", "© 2025 Example Wire": with a year
        // (a picture's "© Reuters" may stand among the paragraphs).
        let copyright = (key.starts_with('©') || key.starts_with("copyright"))
            && key
                .split(|c: char| !c.is_ascii_digit())
                .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
        back_to_top || copyright
    }) else {
        return;
    };
    // Only in the page's last third: a "Back to top" between stories of a long page is
    // no footer's.
    if top * 3 < lines.len() * 2 {
        return;
    }
    for kind in &mut kinds[top + 1..] {
        if matches!(kind, Kind::Para) {
            *kind = Kind::Junk;
        }
    }
}

/// The most words of a sentence the page's interface repeats ("Posts from this topic will
/// be added to your daily email digest and your homepage feed.").
const BOILERPLATE_WORDS: usize = 30;

/// A short paragraph shown three times or more is the interface's, not the story's: the
/// text of a follow box under each topic, a logo's description. (Twice is a body pasted
/// twice, which `body` drops as a repeat.) So is a short label shown over three
/// paragraphs or more.
pub(super) fn drop_boilerplate(lines: &[String], kinds: &mut [Kind]) {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (line, kind) in lines.iter().zip(kinds.iter()) {
        if matches!(kind, Kind::Para) && line.split_whitespace().count() <= BOILERPLATE_WORDS {
            *seen.entry(line.as_str()).or_default() += 1;
        }
    }
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        if matches!(kind, Kind::Para) && seen.get(line.as_str()).is_some_and(|&n| n >= 3) {
            *kind = Kind::Junk;
        }
    }
    // "Article content" over each paragraph: a short label the page sets between its
    // paragraphs, three times or more, is the interface's, no headline.
    let mut labels: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for i in 0..lines.len().saturating_sub(1) {
        if matches!(kinds[i], Kind::Short)
            && matches!(kinds[i + 1], Kind::Para)
            && lines::word_count(&lines[i]) <= 3
        {
            *labels.entry(lines[i].as_str()).or_default() += 1;
        }
    }
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        if matches!(kind, Kind::Short) && labels.get(line.as_str()).is_some_and(|&n| n >= 3) {
            *kind = Kind::Junk;
        }
    }
}

/// A list of headlines with no text under them ("Top stories": an outlet, a headline, a
/// time, and again): with no paragraph on the page (but a section's short blurb, fewer
/// than one for two headlines), two or more headline-length lines and two or more time
/// lines make each headline an article of its own, its text the headline itself, read as
/// bodies are.
pub(super) fn headlines_as_bodies(lines: &[String], kinds: &mut [Kind]) -> bool {
    // A section's blurb among the headlines ("Chosen by our editors.", "Recommended
    // based on topics you read.") is a short paragraph that no item has.
    let paras: Vec<usize> = (0..lines.len())
        .filter(|&i| matches!(kinds[i], Kind::Para))
        .collect();
    let blurbs = paras
        .iter()
        .all(|&i| lines::word_count(&lines[i]) <= BLURB_WORDS);
    if !blurbs {
        return false;
    }
    // A line shown twice or more is an outlet's name ("Le Quotidien du Littoral" over two
    // of its headlines), not a headline.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (line, kind) in lines.iter().zip(kinds.iter()) {
        if matches!(kind, Kind::Short) {
            *seen.entry(line.as_str()).or_default() += 1;
        }
    }
    let headlines: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            matches!(kinds[i], Kind::Short)
                && lines::is_candidate(&lines[i])
                && lines::word_count(&lines[i]) >= zone::HEADLINE_WORDS
                // "The Wall Street Journal" over its headline names the outlet.
                && !lines::looks_like_outlet(&lines[i])
                && seen.get(lines[i].as_str()).is_none_or(|&n| n < 2)
                // Nor is "Luc Garnier et Amélie Roux" under an item's time, nor a
                // labelled line ("Claim by: Social media users").
                && !names::names_like(&lines[i])
                && !lines[i].split_once(": ").is_some_and(|(label, _)| {
                    let label = label.to_lowercase();
                    label == "by" || label.ends_with(" by")
                })
        })
        .collect();
    // A tagline over the first item ("Les dernières actualités en continu"): right over
    // a headline with no time or outlet between, and under none either.
    // (A set: a long list must not make this quadratic.)
    let heads: HashSet<usize> = headlines.iter().copied().collect();
    let tagline = |h: usize| {
        let next = (h + 1..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk));
        let before = (0..h)
            .rev()
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk));
        next.is_some_and(|n| heads.contains(&n))
            && !before.is_some_and(|b| matches!(kinds[b], Kind::Meta(_)))
    };
    let mut headlines: Vec<usize> = headlines.iter().copied().filter(|&h| !tagline(h)).collect();
    super::headline_lists::drop_lines_past_the_last_timed_item(lines, kinds, &mut headlines);
    let times = kinds
        .iter()
        .filter(|k| matches!(k, Kind::Meta(m) if m.when.is_some()))
        .count();
    let listed = headlines.len() >= 2 && times >= 2 && paras.len() * 2 < headlines.len();
    if listed {
        for i in paras {
            kinds[i] = Kind::Junk;
        }
        for i in headlines {
            kinds[i] = Kind::Para;
        }
    }
    listed
}

/// The longest blurb of a section in a list of headlines.
const BLURB_WORDS: usize = 12;

/// "New Delhi:" alone over the first paragraph: the dateline opens that paragraph. The
/// lines whose text moved down are returned (they become chrome). A dateline in three
/// lines, the place, the outlet and a dash ("New York" / "CNN" / "—"), is dropped.
pub(super) fn join_datelines(lines: &mut [String]) -> Vec<usize> {
    let mut moved = Vec::new();
    let capitalised = |s: &str| {
        (1..=3).contains(&s.split_whitespace().count())
            && s.split_whitespace().all(lines::starts_upper)
    };
    for i in 0..lines.len().saturating_sub(3) {
        if capitalised(&lines[i])
            && capitalised(&lines[i + 1])
            && ["—", "–", "-"].contains(&lines[i + 2].trim())
            && lines::is_paragraph(&lines[i + 3])
        {
            moved.extend([i, i + 1, i + 2]);
        }
    }
    for i in 0..lines.len().saturating_sub(1) {
        let Some(place) = lines[i].strip_suffix(':') else {
            continue;
        };
        let words = place.split_whitespace().count();
        let capitalised = place
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if (1..=3).contains(&words)
            && capitalised
            && !chrome::is_chrome(&lines[i])
            && lines::is_paragraph(&lines[i + 1])
        {
            lines[i + 1] = format!("{} {}", lines[i], lines[i + 1]);
            moved.push(i);
        }
    }
    moved
}

/// The first line at or after `from` that is not blank.
pub(super) fn shown_after(kinds: &[Kind], from: usize) -> Option<usize> {
    (from..kinds.len()).find(|&j| !matches!(kinds[j], Kind::Blank))
}

/// The last line before `to` that is not blank.
pub(super) fn shown_before(kinds: &[Kind], to: usize) -> Option<usize> {
    (0..to).rev().find(|&j| !matches!(kinds[j], Kind::Blank))
}

/// A list whose items each open with their time, then the headline and its summary
/// ("Jul 14, 2025 / 05:47 PM IST" over "Zentrix Pharma shares jump ..." over a paragraph):
/// three such items or more.
pub(super) fn times_lead(lines: &[String], kinds: &[Kind]) -> bool {
    let shown = |from: usize| (from..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank));
    (0..lines.len())
        .filter(|&i| matches!(&kinds[i], Kind::Meta(m) if m.when.is_some() && m.byline.is_none() && m.source.is_none()))
        .filter(|&i| {
            shown(i + 1).is_some_and(|h| {
                matches!(kinds[h], Kind::Short)
                    && lines::word_count(&lines[h]) >= zone::HEADLINE_WORDS
                    && shown(h + 1).is_some_and(|p| matches!(kinds[p], Kind::Para))
            })
        })
        .count()
        >= 3
}

/// "Monday, July 14, 2025" over a live blog's entries timed "9:41 pm" and "8:15 pm", or
/// "Today" over a channel's posts: a day alone on its line heads the clock times under it,
/// which give no day of their own.
pub(super) fn clocks_under_day_headers(lines: &[String], kinds: &mut [Kind]) {
    let mut day = None;
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        let Kind::Meta(m) = kind else { continue };
        match m.when {
            Some(When::Day(d)) if !line.chars().any(|c| c == ':') => day = Some(d),
            Some(When::Vague) if bare_clock(line) => {
                if let Some(d) = day {
                    m.when = Some(When::Day(d));
                }
            }
            _ => {}
        }
    }
}

/// "Today" over "News+", "Sports", "Puzzles": a day named in one word over a menu is the
/// app's tab, no time.
pub(super) fn drop_day_tabs(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        let one_day_word = matches!(&kinds[i], Kind::Meta(m) if matches!(m.when, Some(When::Day(_))))
            && !lines[i].trim().contains([' ', ':'])
            && !lines[i].chars().any(|c| c.is_ascii_digit());
        // Right under a headline it is the story's time ("Yesterday" under an item of a
        // list, over its author and the next item's outlet and section).
        let under_headline = shown_before(kinds, i).is_some_and(|h| {
            matches!(kinds[h], Kind::Short | Kind::Para)
                && lines::word_count(&lines[h]) >= zone::HEADLINE_WORDS
        });
        if !one_day_word || under_headline {
            continue;
        }
        let mut shown = (i + 1..lines.len()).filter(|&j| !matches!(kinds[j], Kind::Blank));
        let menu = shown
            .by_ref()
            .take(3)
            .filter(|&j| matches!(kinds[j], Kind::Short) && lines::word_count(&lines[j]) <= 3)
            .count()
            == 3;
        if menu {
            kinds[i] = Kind::Junk;
        }
    }
}

/// "D.C., Md. & Va." among "World", "Sports" and "Games": a menu's entry that ends with
/// an abbreviation's stop reads as a paragraph; between short entries it is one of them.
pub(super) fn menu_entries_with_stops(lines: &[String], kinds: &mut [Kind]) {
    let entry = |kinds: &[Kind], j: Option<usize>| {
        j.is_some_and(|j| matches!(kinds[j], Kind::Short) && lines::word_count(&lines[j]) <= 3)
    };
    for i in 1..lines.len() {
        if matches!(kinds[i], Kind::Para)
            && lines::word_count(&lines[i]) <= 4
            && entry(kinds, shown_before(kinds, i))
            && entry(kinds, shown_after(kinds, i + 1))
        {
            kinds[i] = Kind::Short;
        }
    }
}

/// The short lines a glued breadcrumb or section may be made of: the page's menu entries
/// and labels, each on a line of its own.
fn menu_entries<'a>(lines: &'a [String], kinds: &[Kind]) -> std::collections::HashSet<&'a str> {
    lines
        .iter()
        .zip(kinds.iter())
        .filter(|(l, k)| matches!(k, Kind::Short) && l.chars().count() <= GLUED_ENTRY_CHARS)
        .map(|(l, _)| l.trim())
        .collect()
}

/// "NewsGreater Manchester News": a breadcrumb's entries copied without a space between,
/// each one an entry the page shows on a line of its own ("News", "Greater Manchester
/// News"); and "UAE / Courts & Crime", two such entries with a separator (a path of two
/// sections is not a breadcrumb by its shape alone: see `section_labels::is_breadcrumb`).
/// Interface, not a section, an outlet or a headline.
pub(super) fn drop_glued_breadcrumbs(lines: &[String], kinds: &mut [Kind]) {
    let entries = menu_entries(lines, kinds);
    for i in 0..lines.len() {
        let line = lines[i].trim();
        if !matches!(kinds[i], Kind::Short) || line.chars().count() > 2 * GLUED_ENTRY_CHARS {
            continue;
        }
        let path = super::section_labels::PATH_SEPARATORS.iter().any(|sep| {
            let mut parts = line.split(sep);
            line.contains(sep) && parts.all(|p| entries.contains(p.trim()))
        });
        if path {
            kinds[i] = Kind::Junk;
            continue;
        }
        // The seam: a small letter, then a capital with no space ("News|Greater").
        let glued = line
            .char_indices()
            .zip(line.chars().skip(1))
            .filter(|((_, c), next)| c.is_lowercase() && next.is_uppercase())
            .any(|((at, c), _)| {
                let (left, right) = line.split_at(at + c.len_utf8());
                entries.contains(left) && entries.contains(right)
            });
        if glued {
            kinds[i] = Kind::Junk;
        }
    }
}

/// "NewsPriya Hartnell-Osei Local Democracy Reporter": the section's entry (a line of its
/// own elsewhere on the page) glued before the author's name and job. The author's
/// byline.
pub(super) fn names_glued_to_sections(lines: &[String], kinds: &mut [Kind]) {
    let entries = menu_entries(lines, kinds);
    for i in 0..lines.len() {
        let line = lines[i].trim();
        // ("NewsTomasz Wierzbicki-Lowe Reporter" reads as a name and job as it is.)
        let signed = matches!(&kinds[i], Kind::Meta(m) if m.byline.is_some() && m.when.is_none());
        if !(matches!(kinds[i], Kind::Short) || signed) || super::lines::word_count(line) > 8 {
            continue;
        }
        let Some(seam) = line
            .char_indices()
            .zip(line.chars().skip(1))
            .find(|((_, c), next)| c.is_lowercase() && next.is_uppercase())
            .map(|((at, c), _)| at + c.len_utf8())
        else {
            continue;
        };
        let (section, rest) = line.split_at(seam);
        if section.contains(' ') || !entries.contains(section) {
            continue;
        }
        let words: Vec<&str> = rest.split_whitespace().collect();
        // The job in title case ("Local Democracy Reporter") ends in a role's noun.
        let job_like = |job: &[&str]| {
            job.is_empty()
                || super::names::job_title(&job.join(" "))
                || (job.iter().all(|w| super::lines::starts_upper(w))
                    && job.last().is_some_and(|w| super::names::role_noun(w)))
        };
        let name = (2..=3).find_map(|k| {
            let name = words.get(..k)?.join(" ");
            (super::names::name_like(&name) && job_like(&words[k..])).then_some(name)
        });
        if let Some(name) = name {
            kinds[i] = super::author_blocks::signed_by(&[name]);
        }
    }
}

/// The longest menu entry looked for in a glued breadcrumb.
const GLUED_ENTRY_CHARS: usize = 40;
