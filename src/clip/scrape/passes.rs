//! Passes over the classified lines of a scrape, before its zones are read: each looks at
//! a line and its neighbours and changes what the lines are ("Getty Images" then a short
//! line: a caption; a list of headlines without text: bodies; a sentence the page
//! repeats under every topic box: chrome). Readers' comments are `comments`'s, boxes
//! `boxes`'s, names signed across lines `signatures`'s.

use super::chrome;
use super::credits;
use super::lines::{self, Kind};
use super::names;
use super::when::{When, bare_clock};
use super::zone;

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
        let over_meta = timed(below)
            || (matches!(kinds[below], Kind::Short)
                && names::names_like(&lines[below])
                && shown(kinds, below + 1..lines.len()).is_some_and(timed))
            // Or over its summary, then its author or time, under a section's label in
            // a list ("ARGENT" over "Livret A : combien ... ?" over the summary).
            || (matches!(kinds[below], Kind::Para)
                && above.is_some_and(|a| {
                    matches!(kinds[a], Kind::Short) && lines::word_count(&lines[a]) <= 2
                })
                && shown(kinds, below + 1..lines.len()).is_some_and(timed));
        if under_label && over_meta {
            kinds[i] = Kind::Short;
        }
    }
}

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
/// twice, which `body` drops as a repeat.)
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
}

/// "Drilling crews near the town expect to reach their depth in September" over the same
/// words with the credit glued on ("...SeptemberImage: Lena Hartmann/DW"): a picture's alt
/// text over its caption, both chrome. Without this the bare copy, a short line right above
/// the article's author, passed for its headline.
pub(super) fn drop_captions_over_credited_copies(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !matches!(kinds[i], Kind::Short | Kind::Para) || lines[i].split_whitespace().count() < 3
        {
            continue;
        }
        let copy = shown_after(kinds, i + 1).filter(|&j| {
            matches!(kinds[j], Kind::Junk)
                && lines[j].len() > lines[i].len()
                && lines[j].starts_with(lines[i].as_str())
                && credits::is_photo_caption(&lines[j])
        });
        if copy.is_some() {
            kinds[i] = Kind::Junk;
        }
    }
}

/// "A power substation near Austin on Sunday." then "Credit...Jane Ruiz" (or "Jane
/// Doe/Bloomberg via Getty Images"): a short sentence right above a picture's credit is its
/// caption, chrome like the credit itself (a headline above "Credit: Getty Images" stays).
pub(super) fn drop_credited_captions(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        let in_capitals = credits::photographer_in_capitals(&lines[i]);
        // The article's time among the twelve lines above.
        let timed_above = |stop_at_text: bool| {
            (0..i - 1)
                .rev()
                .take(12)
                .take_while(|&j| !(stop_at_text && matches!(kinds[j], Kind::Para)))
                .any(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()))
        };
        // An agency's credit ("Jane Doe/Bloomberg via Getty Images") closes a caption
        // only when the body or the article's header (its author or time) goes on under
        // it, buttons ("Buy Now") or a dropped dateline perhaps between: at the end of an
        // article the sentence above a credit is the body's last.
        let follows = |para: bool| {
            let mut shown = (i + 1..lines.len())
                .filter(|&j| !matches!(kinds[j], Kind::Blank))
                .peekable();
            while shown.next_if(|&j| matches!(kinds[j], Kind::Junk)).is_some() {}
            match shown.next().map(|j| (j, &kinds[j])) {
                Some((_, Kind::Meta(_))) => true,
                Some((_, Kind::Para)) => para,
                Some((j, Kind::Short)) => {
                    names::names_like(&lines[j])
                        && shown
                            .next()
                            .is_some_and(|k| matches!(kinds[k], Kind::Meta(_)))
                }
                _ => false,
            }
        };
        let credit = ["credit...", "credit…"].iter().any(|c| {
            lines[i]
                .get(..c.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(c))
        }) || ((credits::is_agency_credit(&lines[i]) || in_capitals) && follows(true))
            // A labelled credit ("Foto: Jonas Ek") closes a caption in the article's header,
            // its author or time under it (a sentence of the text over "Photo: Reuters"
            // stays).
            || (credits::is_labelled_credit(&lines[i])
                && (follows(false) || (timed_above(true) && follows(true))));
        // "(PA Wire)" under "Arcwell's offices on the Science Park": a caption without a
        // stop, once the article's time has been given above (a headline comes before it).
        // The author's name may come between ("Foto: materiały prasowe" over "Katarzyna
        // Wielgosz").
        let text_follows = || {
            (i + 1..lines.len())
                .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Junk))
                .is_some_and(|j| {
                    matches!(kinds[j], Kind::Para)
                        || (matches!(kinds[j], Kind::Short) && names::names_like(&lines[j]))
                })
        };
        let bracketed = lines[i].starts_with('(')
            && credits::is_picture_credit(&lines[i])
            && text_follows()
            && timed_above(false);
        // "Werksgelände von Kerbach in Ludwigshafen: ..." over "Foto: Uwe Anspach / dpa",
        // the text under it, the article's time given above and no text yet: a caption
        // without a stop (a sentence of the text over "Photo: Reuters" stays).
        // A news agency alone is a credit there too ("Nieuwbouw aan de rand van
        // Eindhoven" over "ANP").
        let agency = credits::known_agency(&lines[i]);
        let labelled = (credits::is_picture_credit(&lines[i]) || agency)
            && matches!(kinds[i - 1], Kind::Short)
            && text_follows()
            && timed_above(true);
        // "The self-driving bus departs from the station on Monday." over "The Yomiuri
        // Shimbun" under the article's time, the text under them: the paper credits its
        // own picture.
        // So does its photographer ("— E. Frachon / 20 Minutes").
        let photographer = lines::outlet_key(&lines[i])
            .0
            .split_once(" / ")
            .is_some_and(|(who, paper)| names::names_like(who) && lines::outlet_shaped(paper));
        // Or a company's handout under the buttons ("Share" / "Save" / "Corvane CEO ... last
        // year." / "Corvane").
        let under_buttons =
            shown_before(kinds, i - 1).is_some_and(|j| matches!(kinds[j], Kind::Junk));
        let handout =
            under_buttons && lines::word_count(&lines[i]) <= 3 && lines::outlet_shaped(&lines[i]);
        let own_picture = matches!(kinds[i], Kind::Short)
            && matches!(kinds[i - 1], Kind::Para)
            && (lines::looks_like_outlet(&lines[i]) || photographer || handout)
            && timed_above(true)
            && shown_after(kinds, i + 1).is_some_and(|j| matches!(kinds[j], Kind::Para));
        let credit = credit || bracketed || labelled || own_picture;
        let above = &lines[i - 1];
        // A photographer named in capitals under it allows a caption of two sentences.
        let most = if in_capitals {
            LONG_CAPTION_WORDS
        } else {
            CAPTION_WORDS
        };
        // A picture's description without a stop over a labelled credit, the author or the
        // time right under ("An empty storefront with papered-over windows" over
        // "Illustration by The Atlantic. Source: Getty." over "July 13, 2025").
        // Under the author or interface, not right under the section (there the line is the
        // headline: "Home insurers pull back ..." over "Illustration: Jane Doe/Axios").
        let in_header = credits::is_labelled_credit(&lines[i])
            && follows(false)
            && shown_before(kinds, i - 1)
                .is_some_and(|j| matches!(kinds[j], Kind::Meta(_) | Kind::Junk));
        let short = above.split_whitespace().count() <= most
            && (above.ends_with(['.', '!', '?']) || bracketed || labelled || in_header);
        let junk = matches!(kinds[i], Kind::Junk)
            || own_picture
            || ((in_capitals || agency) && matches!(kinds[i], Kind::Short));
        if credit
            && short
            && junk
            && let Some(k @ (Kind::Para | Kind::Short)) = kinds.get_mut(i - 1)
        {
            *k = Kind::Junk;
            kinds[i] = Kind::Junk;
            // A video's or a gallery's title over its description, under the player's
            // buttons ("Hide Caption" / "What to know about product recalls" / "Here's
            // how to check ..." / "USA TODAY").
            if own_picture
                && let Some(title) = shown_before(kinds, i - 1)
                && matches!(kinds[title], Kind::Short)
                && shown_before(kinds, title).is_some_and(|j| matches!(kinds[j], Kind::Junk))
            {
                kinds[title] = Kind::Junk;
            }
        }
    }
}

/// A list of headlines with no text under them ("Top stories": an outlet, a headline, a
/// time, and again): with no paragraph on the page, two or more headline-length lines
/// and two or more time lines make each headline an article of its own, its text the
/// headline itself, read as bodies are.
pub(super) fn headlines_as_bodies(lines: &[String], kinds: &mut [Kind]) -> bool {
    if kinds.iter().any(|k| matches!(k, Kind::Para)) {
        return false;
    }
    let headlines: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            matches!(kinds[i], Kind::Short)
                && lines::is_candidate(&lines[i])
                && lines::word_count(&lines[i]) >= zone::HEADLINE_WORDS
                // "The Wall Street Journal" over its headline names the outlet.
                && !lines::looks_like_outlet(&lines[i])
        })
        .collect();
    let times = kinds
        .iter()
        .filter(|k| matches!(k, Kind::Meta(m) if m.when.is_some()))
        .count();
    let listed = headlines.len() >= 2 && times >= 2;
    if listed {
        for i in headlines {
            kinds[i] = Kind::Para;
        }
    }
    listed
}

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

/// "Pilbara Crest's chief says it would not “chase tonnes at any price”. Trevor Collens"
/// right under the article's time, the text under it: a caption that ends with its
/// photographer's name, no headline.
pub(super) fn drop_captions_signed_by_photographers(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len().saturating_sub(1) {
        let line = &lines[i];
        let signed = line
            .rfind(". ")
            .map(|at| (&line[..at], &line[at + 2..]))
            .is_some_and(|(caption, name)| {
                lines::word_count(caption) >= 5
                    && (2..=3).contains(&name.split_whitespace().count())
                    && names::name_like(name)
            });
        if !matches!(kinds[i], Kind::Short) || !signed {
            continue;
        }
        let shown = |from: usize, back: bool| {
            let mut j = from;
            loop {
                if !matches!(kinds[j], Kind::Blank | Kind::Junk) {
                    return Some(j);
                }
                j = if back { j.checked_sub(1)? } else { j + 1 };
                if j >= kinds.len() {
                    return None;
                }
            }
        };
        let timed_above = shown(i - 1, true)
            .is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
        let text_below = shown(i + 1, false).is_some_and(|j| matches!(kinds[j], Kind::Para));
        if timed_above && text_below {
            kinds[i] = Kind::Junk;
        }
    }
}

/// "Planta fotovoltaica de Iberluz en la provincia de Cuenca" over "ABC" (or "Roamly's
/// Lumen smart glasses (Roamly)" over "Roamly"), the text under
/// them, under the article's headline and time and its buttons: a caption without a stop
/// and the paper's credit, no second headline and outlet. (An item of a list has its own
/// time over its headline, and the text of the item before above that; an alert's first
/// item, "Headline" / "Coastal Wire" / its snippet, has no buttons over it.)
pub(super) fn drop_captions_over_paper_credits(lines: &[String], kinds: &mut [Kind]) {
    for i in 2..lines.len() {
        let credit = &lines[i];
        // "Roamly's Lumen smart glasses (Roamly)" over "Roamly": the credit in the
        // caption's brackets, then alone under it.
        let repeated = lines[i - 1]
            .trim_end()
            .strip_suffix(')')
            .is_some_and(|c| c.ends_with(&format!("({}", credit.trim())));
        if !matches!(kinds[i], Kind::Short)
            || !(lines::acronym(credit) || lines::looks_like_outlet(credit) || repeated)
            || !matches!(kinds[i - 1], Kind::Short)
            || lines::word_count(&lines[i - 1]) < zone::HEADLINE_WORDS
        {
            continue;
        }
        let text_below = shown_after(kinds, i + 1).is_some_and(|j| matches!(kinds[j], Kind::Para));
        // Up from the caption: interface lines, then the article's time, then (its
        // byline, place and standfirst perhaps between) its headline, with no text.
        let mut timed = false;
        let mut headed = false;
        let mut buttons = false;
        let headline = |j: usize| {
            matches!(kinds[j], Kind::Short)
                && lines::is_candidate(&lines[j])
                && lines::word_count(&lines[j]) >= zone::HEADLINE_WORDS
        };
        for j in (i.saturating_sub(HEADER_LINES)..i - 1).rev() {
            match &kinds[j] {
                // A standfirst right under the headline.
                Kind::Para if timed => {
                    headed = shown_before(kinds, j).is_some_and(headline);
                    break;
                }
                Kind::Para => break,
                Kind::Junk if !timed => buttons = true,
                Kind::Meta(m) if m.when.is_some() => timed = true,
                Kind::Short if timed => headed |= headline(j),
                _ => {}
            }
            if headed {
                break;
            }
        }
        if text_below && timed && headed && buttons {
            kinds[i - 1] = Kind::Junk;
            kinds[i] = Kind::Junk;
        }
    }
}

/// How far above a caption the article's headline (or above a video box its time) is
/// looked for.
pub(super) const HEADER_LINES: usize = 12;

/// The first line at or after `from` that is not blank.
pub(super) fn shown_after(kinds: &[Kind], from: usize) -> Option<usize> {
    (from..kinds.len()).find(|&j| !matches!(kinds[j], Kind::Blank))
}

/// The last line before `to` that is not blank.
fn shown_before(kinds: &[Kind], to: usize) -> Option<usize> {
    (0..to).rev().find(|&j| !matches!(kinds[j], Kind::Blank))
}

/// "Marisa Quintero for NPR" under a caption (its "toggle caption" button between): the
/// photographer's credit, no author or headline. Only right under a caption, as "Jane Doe
/// for The Guardian" elsewhere may sign the story.
pub(super) fn drop_credits_under_captions(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        let for_outlet = lines[i]
            .split_once(" for ")
            .is_some_and(|(name, outlet)| names::names_like(name) && lines::outlet_shaped(outlet));
        if !matches!(kinds[i], Kind::Short) || !for_outlet {
            continue;
        }
        let under_caption = shown_before(kinds, i).is_some_and(|j| {
            let lower = lines[j].to_lowercase();
            matches!(kinds[j], Kind::Junk)
                && (credits::is_photo_caption(&lines[j])
                    || lower == "toggle caption"
                    || lower == "hide caption")
        });
        if under_caption {
            kinds[i] = Kind::Junk;
        }
    }
}

/// "Getty Images" then "Mark Zuckerberg said ... computing power" then the body: the
/// short line right under a picture's credit is its caption (a sentence under the credit
/// is the body's first paragraph and stays; so does a headline with a time under it).
pub(super) fn drop_captions_under_credits(lines: &[String], kinds: &mut [Kind]) {
    let next = |kinds: &[Kind], from: usize| {
        (from..kinds.len()).find(|&j| !matches!(kinds[j], Kind::Blank))
    };
    for i in 0..lines.len() {
        if !(matches!(kinds[i], Kind::Junk) && credits::is_picture_credit(&lines[i])) {
            continue;
        }
        let Some(caption) = next(kinds, i + 1) else {
            continue;
        };
        let words = lines[caption].split_whitespace().count();
        let body_follows = next(kinds, caption + 1).is_some_and(|j| matches!(kinds[j], Kind::Para));
        // A sentence under the credit, then the share buttons, then the text: the caption
        // ("PHOTO FRANÇOIS ROY, ARCHIVES LA PRESSE" / "L'usine ... 900 personnes." /
        // "Partager").
        let buttons_then_body = || {
            let mut j = caption + 1;
            let mut buttons = 0;
            while j < kinds.len() && matches!(kinds[j], Kind::Junk | Kind::Blank) {
                buttons += usize::from(matches!(kinds[j], Kind::Junk));
                j += 1;
            }
            buttons > 0 && matches!(kinds.get(j), Some(Kind::Para))
        };
        // Only under the article's headline: a credit at the top of a zone sits over the
        // headline itself ("AFP via Getty Images" over a story in a list).
        let headed = (0..i)
            .rev()
            .take_while(|&j| !matches!(kinds[j], Kind::Para))
            .any(|j| {
                matches!(kinds[j], Kind::Short)
                    && lines::is_candidate(&lines[j])
                    && lines::word_count(&lines[j]) >= zone::HEADLINE_WORDS
            });
        let sentence = matches!(kinds[caption], Kind::Para) && buttons_then_body();
        if headed
            && (matches!(kinds[caption], Kind::Short) && body_follows || sentence)
            && (zone::HEADLINE_WORDS..=CAPTION_WORDS).contains(&words)
        {
            kinds[caption] = Kind::Junk;
        }
    }
}

/// A photo caption rarely runs longer than this.
const CAPTION_WORDS: usize = 25;
/// ...and a caption of two sentences rarely longer than this.
const LONG_CAPTION_WORDS: usize = 40;

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

/// A table of contents under the header: short lines that come back below as the
/// subheads of the text ("La reazione del mercato", "Il nodo Antitrust"). From the first
/// of them to the last, with two at least, the lines are no headlines.
pub(super) fn drop_tables_of_contents(lines: &[String], kinds: &mut [Kind]) {
    let shown = |kinds: &[Kind], from: usize| {
        (from..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank))
    };
    // A subhead: a short line over a paragraph.
    let subheads: Vec<usize> = (0..lines.len())
        .filter(|&j| {
            matches!(kinds[j], Kind::Short)
                && shown(kinds, j + 1).is_some_and(|p| matches!(kinds[p], Kind::Para))
        })
        .collect();
    let comes_back = |i: usize| subheads.iter().any(|&j| j > i && lines[j] == lines[i]);
    let mut i = 0;
    while i < lines.len() {
        if !matches!(kinds[i], Kind::Short) {
            i += 1;
            continue;
        }
        // A run of short lines with no blank line among them.
        let end = (i..lines.len())
            .find(|&j| !matches!(kinds[j], Kind::Short | Kind::Junk))
            .unwrap_or(lines.len());
        let back: Vec<usize> = (i..end)
            .filter(|&j| matches!(kinds[j], Kind::Short) && comes_back(j))
            .collect();
        if let [first, .., last] = back[..] {
            kinds[first..=last].fill(Kind::Junk);
        }
        i = end;
    }
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
        if !one_day_word {
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
