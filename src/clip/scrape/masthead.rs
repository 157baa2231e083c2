//! The site's own name and words on a copied page: its masthead at the top (or its logo's
//! description), and the blurb about itself in its footer.

use super::lines::{self, Kind};
use super::passes::{shown_after, shown_before};
use super::zone::{self, Page};
use super::{chrome, debris};
use std::ops::Range;

/// "Rest of Earth" over "Rest of Earth is a nonprofit publication covering ..." over the
/// footer's links: the page's last paragraph, under the site's name and opening with it, is
/// the site's blurb about itself. Dropped before the articles are cut, so that it gives no
/// body to the last headline of a list of other stories above it.
pub(super) fn drop_blurbs_under_names(lines: &[String], kinds: &mut [Kind]) {
    let Some(last) = kinds.iter().rposition(|k| matches!(k, Kind::Para)) else {
        return;
    };
    let Some(name) = shown_before(kinds, last) else {
        return;
    };
    let name_line = lines[name].strip_prefix("The ").unwrap_or(&lines[name]);
    let blurb = lines[last].strip_prefix("The ").unwrap_or(&lines[last]);
    let opens_with_name = name_line.chars().count() >= 3
        && blurb
            .strip_prefix(name_line)
            .is_some_and(|rest| rest.starts_with([' ', ',']));
    // Or "About Post-Courier" over "Papua New Guinea's leading daily newspaper since 1969,
    // the Post-Courier has ...": the heading of the site's blurb, which names it.
    let about = lines[name]
        .strip_prefix("About ")
        .is_some_and(|site| site.chars().count() >= 3 && blurb.contains(site));
    // The footer's links under it ("About", "Privacy Policy"), or nothing.
    let footer_under = shown_after(kinds, last + 1).is_none_or(|i| {
        matches!(kinds[i], Kind::Junk)
            || (matches!(kinds[i], Kind::Short) && lines::word_count(&lines[i]) <= 3)
    });
    if matches!(kinds[name], Kind::Short)
        && lines::outlet_shaped(&lines[name])
        && (opens_with_name || about)
        && lines::word_count(&lines[last]) <= BLURB_WORDS
        && footer_under
    {
        kinds[last] = Kind::Junk;
        if about {
            kinds[name] = Kind::Junk;
        }
    }
}

/// The most words of a site's blurb about itself in its footer.
const BLURB_WORDS: usize = 50;

/// The site's name at the top of a page, above its menu or its interface lines: "The
/// Economist" over "Menu", "EL PAÍS" over "Economía" and "Tecnología". Only the first
/// line counts (after "Skip to content"), and "The Verge homepage" names "The Verge".
pub(super) fn masthead<'p>(page: &Page<'p>) -> Option<&'p str> {
    // A consent banner may come before the skip link: the masthead is under the last one
    // near the top.
    let from = (0..page.lines.len().min(SKIP_LINK_LINES))
        .rev()
        .find(|&i| chrome::skip_link(&page.lines[i]))
        .map_or(0, |i| i + 1);
    let mut shown = (from..page.lines.len()).filter(|&i| !matches!(page.kinds[i], Kind::Blank));
    // "20 Minutes" reads as a counter, but first on the page (after the skip links) over
    // the menu it is a name.
    let top = (from..page.lines.len())
        .find(|&i| !matches!(page.kinds[i], Kind::Blank) && !chrome::skip_link(&page.lines[i]));
    let named_as_counter = |i: usize| {
        Some(i) == top
            && debris::is_counter_line(&page.lines[i])
            && page.lines[i].split_whitespace().all(lines::starts_upper)
    };
    // (The day's date may stand over it: "Monday, 14 Jul 2025" over "The Star".)
    let date = |i: usize| {
        matches!(&page.kinds[i], Kind::Meta(m)
            if m.when.is_some() && m.byline.is_none() && m.source.is_none())
    };
    // (Or the day over a weather box's: "Tuesday, July 15, 2025" / "Loading weather
    // forecast..." / "Today" over "Post-Courier".)
    let passed = |i: usize| {
        chrome::skip_link(&page.lines[i])
            || date(i)
            || (matches!(page.kinds[i], Kind::Junk) && !named_as_counter(i))
    };
    let first = shown.find(|&i| !passed(i))?;
    // (Or under it: "VnExpress International" over "Monday, 14/7/2025".)
    let below = shown.find(|&i| !date(i))?;
    let name = super::outlet_lines::masthead_name(&page.lines[first]);
    // A generic word alone is a menu's "News", not a name.
    let generic = zone::generic_word(name);
    let interface = |i: usize| {
        matches!(page.kinds[i], Kind::Junk) || page.menu.get(i).copied().unwrap_or(false)
    };
    // A tagline may stand between ("The Register" over "Biting the hand that feeds IT").
    let tagline = matches!(page.kinds[below], Kind::Short) && shown.take(2).any(interface);
    let above_interface = interface(below) || tagline;
    // One word is a menu's first entry ("Startseite", "Politics") unless it names a
    // publication ("Reuters") or is a wordmark in capitals ("CNBC").
    let words = name.split_whitespace().count();
    // So is one word with a capital inside it ("BusinessLine", "MarketWatch", "9News"), as
    // no menu's entry is written.
    let camel = words == 1
        && name.chars().all(char::is_alphanumeric)
        && name.chars().skip(1).any(char::is_uppercase)
        && name.chars().any(char::is_lowercase)
        && lines::starts_upper(name);
    let wordmark = camel || (name.chars().count() >= 2 && !name.chars().any(char::is_lowercase));
    // ...or a name the page comes back to ("Fortune" over "Fortune 500", "Fortune.com").
    let lower = name.to_lowercase();
    let mentions = page
        .lines
        .iter()
        .filter(|l| l.to_lowercase().contains(&lower))
        .take(3)
        .count();
    // Or a name the copyright line gives ("Rzeczpospolita" over "Prenumerata", "©
    // Copyright by Rzeczpospolita 2025" at the foot).
    let recurs = mentions >= 3
        || (mentions >= 2
            && page
                .lines
                .iter()
                .rev()
                .find_map(|l| super::copyright::copyright_holder(l))
                .is_some_and(|h| h.eq_ignore_ascii_case(name)));
    let cjk_paper = name.chars().all(lines::is_cjk) && lines::pub_word(name);
    // A wordmark in lower case: "la Repubblica" (an article before the name), or one word
    // the page names again ("tagesschau").
    let shown_again = mentions >= 2;
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let lower_wordmark = name.chars().all(|c| c.is_alphabetic() || c == ' ')
        && match name_words.as_slice() {
            // "derStandard", "elEconomista": a lower-case article glued to the name.
            [one] => {
                one.starts_with(char::is_lowercase)
                    && one.chars().filter(|c| c.is_uppercase()).count() <= 1
                    && shown_again
            }
            [article, word] => {
                article.chars().all(char::is_lowercase)
                    && article.chars().count() <= 3
                    && lines::starts_upper(word)
            }
            _ => false,
        };
    // A wordmark that is the site's address, shown again or first on the page
    // ("elEconomista.es", "kurier.at", "eKathimerini.com").
    let domain = (shown_again || Some(first) == top)
        && name_words.len() == 1
        && name.rsplit_once('.').is_some_and(|(host, tld)| {
            (2..=4).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_lowercase())
                && host.chars().count() >= 3
                && host.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    let shaped = (matches!(page.kinds[first], Kind::Short) || named_as_counter(first))
        && (cjk_paper
            || lower_wordmark
            || domain
            || lines::outlet_shaped(name)
            // "Dagens industri": a name in sentence case, which the page comes back to,
            // or which names a newspaper ("Hospodářské noviny"; "Our network" is a menu's).
            || ((recurs
                || (lines::pub_word(name)
                    && !name_words.first().is_some_and(|w| {
                        ["Our", "Your", "My", "More", "Latest", "Top", "All", "Other"].contains(w)
                    })))
                && lines::starts_upper(name)
                && !name.ends_with(['.', '?', '!', ','])))
        && (words >= 2
            || ((lines::looks_like_outlet(name)
                || wordmark
                || recurs
                || lower_wordmark
                || domain)
                && !generic))
        && words <= 4
        && !zone::section_label(name);
    // The initials over the name written out ("SvD" over "Svenska Dagbladet", "FT" over
    // "Financial Times"): the name.
    let name = match page.lines[below].trim_end_matches('.') {
        full if matches!(page.kinds[below], Kind::Short) && spells_out(name, full) => full,
        // "FAZ.NET", an address of initials, and the name written out on a line of its
        // own further down ("Frankfurter Allgemeine Zeitung" in the footer); initials
        // alone ("NZZ") are the name the site gives itself.
        _ => name
            .rsplit_once('.')
            .filter(|(host, tld)| {
                (2..=4).contains(&tld.len())
                    && tld.chars().all(|c| c.is_ascii_alphabetic())
                    && !host.contains(' ')
            })
            .and_then(|(host, _)| {
                (0..page.lines.len()).find_map(|i| {
                    let full = page.lines[i].as_str();
                    (matches!(page.kinds[i], Kind::Short)
                        && lines::looks_like_outlet(full)
                        && spells_out(host, full))
                    .then_some(full)
                })
            })
            .unwrap_or(name),
    };
    // A logo's description names the site surely ("TechCrunch Desktop Logo" over the
    // menu's "Startups").
    logo_name(page).or((shaped && above_interface && !cut_from_owner(page, name)).then_some(name))
}

/// "New York" at the top and "© 2025 The New York Times Company" at the foot: the name
/// cut short of the newspaper's noun its owner's name goes on with is a section's label
/// (not "Financial Times" over "The Financial Times Ltd", nor "Forbes" over "Forbes Media
/// LLC").
fn cut_from_owner(page: &Page, name: &str) -> bool {
    let Some(owner) = page
        .lines
        .iter()
        .rev()
        .find_map(|l| super::copyright::copyright_holder(l))
    else {
        return false;
    };
    owner.match_indices(name).any(|(at, _)| {
        let rest = &owner[at + name.len()..];
        rest.starts_with(' ')
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|w| PAPER_NOUNS.contains(&w))
            && (at == 0 || owner[..at].ends_with(' '))
    })
}

/// Whether `full` is the name `initials` abbreviates: the capitals of "SvD", "WSJ" are the
/// first letters of "Svenska Dagbladet", "The Wall Street Journal" (a leading "The"
/// aside).
pub(super) fn spells_out(initials: &str, full: &str) -> bool {
    let capitals: String = initials.chars().filter(|c| c.is_uppercase()).collect();
    let words: Vec<&str> = full.split_whitespace().collect();
    let words = match words.as_slice() {
        ["The" | "the", rest @ ..] => rest,
        all => all,
    };
    let firsts: String = words.iter().filter_map(|w| w.chars().next()).collect();
    capitals.chars().count() >= 2
        && !initials.contains(' ')
        && words.len() <= 5
        && words.iter().all(|w| lines::starts_upper(w))
        && firsts == capitals
}

/// The site's name in its logo's description near the top ("TechCrunch Desktop Logo",
/// "The Verge logo.", "Politico logo", "The Guardian - Back to home").
fn logo_name<'p>(page: &Page<'p>) -> Option<&'p str> {
    page.lines.iter().take(LOGO_LINES).find_map(|line| {
        // "The Guardian - Back to homeThe Guardian", "Sky News - back to home": the logo's
        // link text.
        if let Some(at) = line.to_ascii_lowercase().find(" - back to home")
            && let Some(name) = line.get(..at)
            && lines::outlet_shaped(name)
            && !zone::generic_word(name)
        {
            return Some(name);
        }
        let name = line
            .trim_end_matches('.')
            .strip_suffix(" logo")
            .or_else(|| line.trim_end_matches('.').strip_suffix(" Logo"))?;
        let name = ["Desktop", "Mobile", "Main", "Site", "Header"]
            .iter()
            .find_map(|w| name.strip_suffix(w).map(str::trim_end))
            .unwrap_or(name);
        (lines::outlet_shaped(name) && !zone::generic_word(name)).then_some(name)
    })
}

/// How far down the page a skip link is looked for.
const SKIP_LINK_LINES: usize = 25;

/// How far down the page a logo's description is looked for.
const LOGO_LINES: usize = 40;

/// The site's name over its blurb in the footer ("WIRED" over "WIRED is where tomorrow
/// is realized..."), for a page whose masthead is a logo the copy does not show: a short
/// line in the page's second half, then a paragraph that opens with it.
pub(super) fn blurb_name<'p>(page: &Page<'p>) -> Option<&'p str> {
    let n = page.lines.len();
    (n / 2..n).rev().find_map(|i| {
        let name = page.lines[i].as_str();
        if !matches!(page.kinds[i], Kind::Short)
            || lines::word_count(name) > 4
            || !lines::outlet_shaped(name)
            || zone::generic_word(name)
        {
            return None;
        }
        let next = (i + 1..n).find(|&j| !matches!(page.kinds[j], Kind::Blank))?;
        let text = page.lines[next].as_str();
        let text = text.strip_prefix("The ").unwrap_or(text);
        let opens = text
            .strip_prefix(name.strip_prefix("The ").unwrap_or(name))
            .is_some_and(|rest| rest.starts_with(' '));
        (matches!(page.kinds[next], Kind::Para) && opens).then_some(name)
    })
}

/// A publication's name shown alone on two lines or more ("The Wall Street Journal" over
/// its menu and again over its footer), for a page whose first line is not its masthead.
/// A menu shown twice (for wide and narrow screens) repeats its entries with their
/// neighbours ("Politics" over "The Big Story" over "Business", twice): those are
/// sections, not the site's name; so are the labels of the site's lists of stories
/// ("Shots - Health News" over a headline, among "Health" and "Science").
pub(super) fn named_twice<'p>(page: &Page<'p>) -> Option<&'p str> {
    let shorts = (0..page.lines.len())
        .filter(|&i| matches!(page.kinds[i], Kind::Short))
        .filter(|&i| {
            let name = page.lines[i].as_str();
            lines::looks_like_outlet(name)
                && !zone::generic_word(name)
                && !zone::section_label(name)
                && !page.sections.contains(name)
        });
    let shown = |i: usize, step: fn(usize) -> Option<usize>| {
        std::iter::successors(step(i), |&j| step(j))
            .take_while(|&j| j < page.lines.len())
            .find(|&j| !matches!(page.kinds[j], Kind::Blank))
            // Another entry of a menu, not interface ("Advertisement" over the masthead
            // at the top and again over it in the footer).
            .filter(|&j| matches!(page.kinds[j], Kind::Short))
            .map(|j| page.lines[j].as_str())
    };
    let neighbours = |i: usize| {
        (
            shown(i, |j| j.checked_sub(1)),
            shown(i, |j| j.checked_add(1)),
        )
    };
    // Counted once, in a map: a long paste has tens of thousands of short lines.
    let mut seen: std::collections::HashMap<&str, (usize, usize, usize)> =
        std::collections::HashMap::new();
    let mut first_twice = None;
    for (order, i) in shorts.enumerate() {
        let name = page.lines[i].as_str();
        let entry = seen.entry(name).or_insert((order, 0, i));
        entry.1 += 1;
        if entry.1 != 2 || first_twice.is_some_and(|(o, _)| entry.0 > o) {
            continue;
        }
        let ((above, below), (above_first, below_first)) = (neighbours(i), neighbours(entry.2));
        let in_a_menu_twice =
            (above.is_some() && above == above_first) || (below.is_some() && below == below_first);
        if !in_a_menu_twice {
            first_twice = Some((entry.0, name));
        }
    }
    first_twice.map(|(_, name)| name)
}

/// The site's description of itself right under its name, over the menu ("Bloomberg"
/// over "Connecting decision makers to ..., Bloomberg quickly and accurately delivers
/// ..."): a first run of one paragraph, with more runs after it, no time above it, whose
/// line above is a name the page shows again and the paragraph names. Or a section
/// front's description under its heading and the day ("Local news in brief" / "Monday,
/// July 14, 2025" / "Short updates from the WBUR newsroom ..."), naming the site.
pub(super) fn top_blurb(page: &Page, runs: &[Range<usize>], site: Option<&str>) -> bool {
    let [first, _, ..] = runs else {
        return false;
    };
    let mut paras = first
        .clone()
        .filter(|&i| matches!(page.kinds[i], Kind::Para));
    let (Some(para), None) = (paras.next(), paras.next()) else {
        return false;
    };
    let Some(above) = (0..para)
        .rev()
        .find(|&i| !matches!(page.kinds[i], Kind::Blank))
    else {
        return false;
    };
    let name = page.lines[above].as_str();
    let text = &page.lines[para];
    let dated_heading = matches!(&page.kinds[above], Kind::Meta(m)
        if matches!(m.when, Some(super::when::When::Day(_))) && m.byline.is_none() && m.source.is_none())
        && (0..above)
            .rev()
            .find(|&i| !matches!(page.kinds[i], Kind::Blank))
            .is_some_and(|h| matches!(page.kinds[h], Kind::Short));
    if dated_heading
        && site.is_some_and(|s| text.contains(s))
        && lines::word_count(text) <= super::FOOTER_WORDS
    {
        return true;
    }
    let shown_again = page
        .lines
        .iter()
        .enumerate()
        .any(|(i, l)| i != above && l == name && matches!(page.kinds[i], Kind::Short));
    matches!(page.kinds[above], Kind::Short)
        && lines::outlet_shaped(name)
        && !zone::generic_word(name)
        && shown_again
        && (0..para).all(|i| !matches!(page.kinds[i], Kind::Meta(_)))
        && lines::word_count(text) <= super::FOOTER_WORDS
        && text
            .split(|c: char| !c.is_alphanumeric())
            .collect::<Vec<_>>()
            .windows(name.split_whitespace().count())
            .any(|w| w.join(" ") == name)
}

/// The site's description of itself in the footer ("WIRED is where tomorrow is
/// realized...", "Ars Technica has been separating the signal from the noise..."): a last
/// run of one paragraph that opens with the site's name (its masthead, or a short line
/// shown twice), after lines with no time among them (an item of a list has one). `site`
/// is the page's `masthead`.
pub(super) fn site_blurb(page: &Page, runs: &[Range<usize>], site: Option<&str>) -> bool {
    let [.., prev, last] = runs else {
        return false;
    };
    let paras: Vec<usize> = last
        .clone()
        .filter(|&i| matches!(page.kinds[i], Kind::Para))
        .collect();
    let [para] = paras.as_slice() else {
        return false;
    };
    let timed =
        (prev.end..last.start).any(|i| matches!(&page.kinds[i], Kind::Meta(m) if m.when.is_some()));
    let text = &page.lines[*para];
    // "The Financial Times and its journalism are subject to ...": after "The" too.
    let opens_with = |name: &str| {
        let text = text.strip_prefix("The ").unwrap_or(text);
        let name = name.strip_prefix("The ").unwrap_or(name);
        // ("Haaretz.com, the online English edition of Haaretz ...": its address.)
        let address = |rest: &str| {
            rest.strip_prefix('.').is_some_and(|tld| {
                let end = tld.find([' ', ',']).unwrap_or(tld.len());
                (2..=6).contains(&end)
                    && tld[..end]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '.')
            })
        };
        name.chars().count() >= 3
            && text
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(' ') || address(rest))
    };
    // Or its name right under it ("The Associated Press is an independent ..." over "The
    // Associated Press" over "ap.org").
    let signed = (*para + 1..page.lines.len())
        .find(|&i| !matches!(page.kinds[i], Kind::Blank))
        .is_some_and(|i| {
            matches!(page.kinds[i], Kind::Short)
                && lines::outlet_shaped(&page.lines[i])
                && opens_with(&page.lines[i])
        });
    let shown_twice = (0..page.lines.len())
        .filter(|&i| matches!(page.kinds[i], Kind::Short))
        .map(|i| page.lines[i].as_str())
        .filter(|l| opens_with(l))
        .nth(1)
        .is_some();
    !timed && (shown_twice || signed || site.is_some_and(opens_with))
}

/// The nouns newspapers are named with, as a name goes on past a place ("New York" ->
/// "The New York Times").
const PAPER_NOUNS: &[&str] = &[
    "Times",
    "Post",
    "Herald",
    "Journal",
    "Tribune",
    "Chronicle",
    "Gazette",
    "Star",
    "Mail",
    "Telegraph",
    "Standard",
    "Express",
    "Examiner",
    "Observer",
    "Courier",
    "Register",
    "Inquirer",
    "Globe",
    "Sun",
    "Mirror",
    "Record",
    "Independent",
];

#[cfg(test)]
mod tests {
    use super::spells_out;

    #[test]
    fn initials_spelled_out_by_the_line_below() {
        assert!(spells_out("SvD", "Svenska Dagbladet"));
        assert!(spells_out("WSJ", "The Wall Street Journal"));
        assert!(spells_out("FT", "Financial Times"));
        assert!(
            !spells_out("FT", "Fast track"),
            "not every word capitalised"
        );
        assert!(!spells_out("BBC", "Business"), "one word");
        assert!(
            !spells_out("Reuters", "Reuters Breakingviews"),
            "no initials"
        );
    }
}
