//! Photo captions and picture credits among the lines: passes that read a caption by
//! what stands around it (a credit under it, glued to a copy of it, the article's header
//! above it, the text below), where `credits` reads a caption or a credit line by itself.

use super::credits;
use super::lines::{self, Kind};
use super::names;
use super::passes::{shown_after, shown_before};
use super::zone;

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

/// A chart inside the text: its title, a short line with no stop ("Hartwell's Markets'
/// annual operating margin"), over the provider of its data ("Source: FactSet"), between
/// paragraphs. Neither is text, nor the story's outlet.
pub(super) fn drop_charts(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        let sourced = matches!(&kinds[i], Kind::Meta(m) if m.source.is_some() && m.when.is_none())
            && lines[i].to_lowercase().starts_with("source:");
        if !sourced {
            continue;
        }
        let Some(title) = shown_before(kinds, i).filter(|&t| {
            matches!(kinds[t], Kind::Short)
                && !lines[t].trim_end().ends_with(['.', '!', '?'])
                && lines::word_count(&lines[t]) <= 12
        }) else {
            continue;
        };
        let para = |j: Option<usize>| j.is_some_and(|j| matches!(kinds[j], Kind::Para));
        if para(shown_before(kinds, title)) && para(shown_after(kinds, i + 1)) {
            kinds[title] = Kind::Junk;
            kinds[i] = Kind::Junk;
        }
    }
}

/// "Open this photo in gallery:" over "Workers at a steel mill in Hamilton on July 9.": a
/// gallery's button over the picture's caption, and the credit under that.
pub(super) fn drop_captions_under_gallery_buttons(lines: &[String], kinds: &mut [Kind]) {
    const BUTTONS: &[&str] = &[
        "open this photo in gallery",
        "open this image in gallery",
        "enlarge this image",
        "expand image",
        "view image",
        "view gallery",
    ];
    for i in 0..lines.len() {
        let key = lines[i].trim().trim_end_matches([':', '.']).to_lowercase();
        // ("View Gallery" under a gallery's slides and its "Hide Caption" closes it; so it
        // does under "Hide Caption" over a slide's title, caption and credit.)
        let under_slides = (0..i)
            .rev()
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(4)
            .any(|j| {
                super::galleries::slide_count(&lines[j])
                    || lines[j].trim().eq_ignore_ascii_case("hide caption")
            });
        // A credit right over the button closes the caption above it ("Jess Tamura /
        // Harborline Gazette" under the caption, over "Enlarge this image"): the
        // paragraph under the button is the text's.
        let credited_above = shown_before(kinds, i).is_some_and(|j| {
            let above = lines[j].trim();
            credits::is_picture_credit(above)
                || above
                    .split_once(" / ")
                    .is_some_and(|(who, _)| names::names_like(who) && lines::word_count(above) <= 8)
        });
        if !BUTTONS.contains(&key.as_str()) || under_slides || credited_above {
            continue;
        }
        let Some(caption) = shown_after(kinds, i + 1).filter(|&j| {
            matches!(kinds[j], Kind::Short | Kind::Para) && lines::word_count(&lines[j]) <= 60
        }) else {
            continue;
        };
        kinds[caption] = Kind::Junk;
        if let Some(credit) = shown_after(kinds, caption + 1)
            && credits::is_agency_credit(&lines[credit])
        {
            kinds[credit] = Kind::Junk;
        }
    }
}

/// "Wigan and Leigh Courthouse | National World" under the share buttons, on a page whose
/// copyright is "© 2025 National World Publishing Ltd.": a picture's caption credited to
/// the publisher after a bar (the start of the copyright owner's name, two words or
/// more) under a time, no headline and no text.
pub(super) fn drop_captions_credited_to_the_publisher(lines: &[String], kinds: &mut [Kind]) {
    let Some(owner) = lines
        .iter()
        .rev()
        .find_map(|l| super::copyright::copyright_holder(l))
    else {
        return;
    };
    // (Over a story's time, "Headline | Al Jazeera" is the tab's title.)
    let Some(first_time) = kinds
        .iter()
        .position(|k| matches!(k, Kind::Meta(m) if m.when.is_some()))
    else {
        return;
    };
    for i in first_time + 1..lines.len() {
        let Some((caption, credit)) = lines[i].trim().rsplit_once(" | ") else {
            continue;
        };
        let publisher = credit.split_whitespace().count() >= 2
            && owner
                .strip_prefix(credit)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '));
        if publisher
            && matches!(kinds[i], Kind::Short | Kind::Para)
            && (2..=16).contains(&lines::word_count(caption))
        {
            kinds[i] = Kind::Junk;
        }
    }
}

/// "A Tulsa Transit bus picks up riders ... on Thursday." over "Mike Simmons, Tulsa World"
/// over "Buy Now": a picture's caption and credit over the button that sells a print of it.
pub(super) fn drop_captions_over_print_buttons(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !lines[i].trim().eq_ignore_ascii_case("buy now") {
            continue;
        }
        let Some(credit) = shown_before(kinds, i).filter(|&c| {
            matches!(kinds[c], Kind::Short | Kind::Junk)
                && lines::word_count(&lines[c]) <= 6
                && lines[c].contains([',', '/'])
        }) else {
            continue;
        };
        kinds[credit] = Kind::Junk;
        if let Some(caption) = shown_before(kinds, credit).filter(|&c| {
            matches!(kinds[c], Kind::Short | Kind::Para)
                && lines[c].trim_end().ends_with('.')
                && lines::word_count(&lines[c]) <= CAPTION_WORDS
        }) {
            kinds[caption] = Kind::Junk;
        }
    }
}

/// "Valve" over "Valve" right over the first paragraph: a picture's credit, shown once as
/// its alt text and once under it. (A name shown twice is the author's, read by
/// `signatures::names_shown_twice`.)
pub(super) fn drop_credits_shown_twice(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        let Some(copy) = shown_after(kinds, i + 1) else {
            continue;
        };
        if matches!(kinds[i], Kind::Short)
            && matches!(kinds[copy], Kind::Short)
            && lines[i] == lines[copy]
            && lines::word_count(&lines[i]) <= 3
            && !names::names_like(&lines[i])
            && shown_after(kinds, copy + 1).is_some_and(|j| matches!(kinds[j], Kind::Para))
            && shown_before(kinds, i)
                .is_some_and(|j| matches!(kinds[j], Kind::Junk | Kind::Meta(_)))
        {
            kinds[i] = Kind::Junk;
            kinds[copy] = Kind::Junk;
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
                // The author, or the section's label over the author ("Counties" over
                // "By Caleb Otieno"); the author over a news service's initials ("DHNS").
                Some((j, Kind::Short)) => {
                    (names::names_like(&lines[j])
                        || (lines::word_count(&lines[j]) <= 2 && !lines::ends_sentence(&lines[j])))
                        && {
                            shown.next_if(|&k| super::author_blocks::service_initials(&lines[k]));
                            shown
                                .next()
                                .is_some_and(|k| matches!(kinds[k], Kind::Meta(_)))
                        }
                }
                _ => false,
            }
        };
        let agency_credit = credits::is_agency_credit(&lines[i]);
        let marked = ["credit...", "credit…"].iter().any(|c| {
            lines[i]
                .get(..c.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(c))
        });
        let credit = marked
            || ((agency_credit || in_capitals) && follows(true))
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
        // A photographer named in capitals under it allows a caption of two sentences, and
        // so do an agency's credit under the header's buttons and "Credit..." (no text
        // line is signed so).
        let most = if in_capitals || marked || (under_buttons && agency_credit) {
            LONG_CAPTION_WORDS
        } else {
            CAPTION_WORDS
        };
        // A picture's description without a stop over a labelled credit, the author or the
        // time right under ("An empty storefront with papered-over windows" over
        // "Illustration by The Atlantic. Source: Getty." over "July 13, 2025").
        // Under the author or interface, or under the standfirst ("Alvaro Reguera" over
        // "Credit: Special arrangement"), not right under the section (there the line is
        // the headline: "Home insurers pull back ..." over "Illustration: Jane Doe/Axios").
        let in_header = credits::is_labelled_credit(&lines[i])
            && follows(false)
            && shown_before(kinds, i - 1)
                .is_some_and(|j| matches!(kinds[j], Kind::Meta(_) | Kind::Junk | Kind::Para));
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

/// "BBC" over "Queues of vehicles at Ullapool harbour on Sunday evening" between two
/// paragraphs: a picture inside the text, its credit in capitals over its caption, which
/// ends with no stop. Both go; the text goes on.
pub(super) fn drop_pictures_inside_the_text(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        let credit = lines[i].trim();
        if !matches!(kinds[i], Kind::Short)
            || !(2..=5).contains(&credit.chars().count())
            || !credit.chars().all(|c| c.is_ascii_uppercase())
        {
            continue;
        }
        let Some(caption) = shown_after(kinds, i + 1) else {
            continue;
        };
        let between_paragraphs = shown_before(kinds, i)
            .is_some_and(|j| matches!(kinds[j], Kind::Para))
            && shown_after(kinds, caption + 1).is_some_and(|j| matches!(kinds[j], Kind::Para));
        if between_paragraphs
            && matches!(kinds[caption], Kind::Short)
            && (zone::HEADLINE_WORDS..=CAPTION_WORDS).contains(&lines::word_count(&lines[caption]))
            && !lines[caption].ends_with(['.', '!', '?', ':'])
        {
            kinds[i] = Kind::Junk;
            kinds[caption] = Kind::Junk;
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

/// "Waterlogging at the Andheri subway on Sunday." between the header's buttons and
/// "MUMBAI: The BMC will install ...": the text opens with its dateline, so a short
/// sentence right above it, under interface or the article's time, is the picture's
/// caption.
pub(super) fn drop_captions_over_datelines(lines: &[String], kinds: &mut [Kind]) {
    static DATELINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}(?:, \p{Lu}[\p{L} .]{1,25})?(?: \([^()]{2,30}\))? ?(?::|--|[-–—]) ",
        )
        .expect("a valid pattern")
    });
    for i in 0..lines.len() {
        if matches!(kinds[i], Kind::Para | Kind::Short)
            && lines[i].trim_end().ends_with('.')
            && lines::word_count(&lines[i]) <= DATELINE_CAPTION_WORDS
            && !DATELINE.is_match(&lines[i])
            && shown_before(kinds, i).is_some_and(|j| match &kinds[j] {
                Kind::Junk => true,
                Kind::Meta(m) => m.when.is_some(),
                _ => false,
            })
            && shown_after(kinds, i + 1)
                .is_some_and(|j| matches!(kinds[j], Kind::Para) && DATELINE.is_match(&lines[j]))
        {
            kinds[i] = Kind::Junk;
        }
    }
}

/// The most words of a caption right above the dateline.
const DATELINE_CAPTION_WORDS: usize = 20;
