//! Pleas for the reader's money among the lines: a plea for support closed by its button
//! ("Support Now", "Become an Insider"), a plea signed by the editor, and a letter to the
//! readers under its heading. None of it is the article's.

use super::lines::{self, Kind};
use super::names;

/// A plea for support: its heading ("Your support helps us to tell the story"), up to
/// four paragraphs, its button ("Support Now") and the editor who signs it; or a
/// subscription's pitch under its heading, its paragraph about the price over
/// "Subscribe". None of it is the article's.
pub(super) fn drop_support_boxes(lines: &[String], kinds: &mut [Kind]) {
    const BUTTONS: &[&str] = &[
        "support now",
        "support us",
        "donate",
        "donate now",
        "make a contribution",
        "make contribution",
        "support our journalism",
        "contribute",
        "become a member",
        "become a supporter",
        "join our community",
        "jetzt unterstützen",
        "soutenir",
        "je soutiens",
        "apoya",
        "sostienici",
        "sostieni adesso",
        "sostieni ora",
        "soutenez-nous",
        "apoya ahora",
        "unterstützen sie uns",
    ];
    for b in 2..lines.len() {
        let key = lines[b].to_lowercase();
        // "Become an Insider", "Become a Friend": a membership's button, under a plea.
        let membership = (key.starts_with("become a ") || key.starts_with("become an "))
            && key.split_whitespace().count() <= 4;
        let key = key.trim_end_matches(['.', '!', ' ', '→', '›']);
        // (Only a button's line needs the paragraphs above it read.)
        if !membership && !SUBSCRIBE.contains(&key) && !BUTTONS.contains(&key) {
            continue;
        }
        // "Daniel Okonkwo-Reyes" over "Environment + Energy Editor" over "Donate now": the
        // editor signs the plea over its button.
        let top = if names::names_like(lines[b - 2].trim())
            && !matches!(kinds[b - 1], Kind::Para | Kind::Blank)
            && lines::word_count(&lines[b - 1]) <= SIGNER_JOB_WORDS
        {
            b - 2
        } else {
            b
        };
        let shown: Vec<usize> = (0..top)
            .rev()
            .take_while(|&j| matches!(kinds[j], Kind::Para | Kind::Blank))
            .filter(|&j| matches!(kinds[j], Kind::Para))
            .collect();
        let paras = shown.len();
        // "Subscribe" closes every menu: under one paragraph that names a price or a
        // trial ("For 14 free days, you can have access ... billed R75 per month.") it is
        // a pitch's button.
        let pitch = SUBSCRIBE.contains(&key)
            && paras == 1
            && shown.iter().any(|&j| {
                let p = lines[j].to_lowercase();
                [
                    "billed",
                    "per month",
                    "a month",
                    "free days",
                    "free trial",
                    "cancel anytime",
                ]
                .iter()
                .any(|w| p.contains(w))
            });
        if !membership && !pitch && !BUTTONS.contains(&key) {
            continue;
        }
        // "Support Our Journalism" over the plea and again as its button: all of it.
        if let Some(heading) = (b.saturating_sub(PLEA_BOX_LINES)..b)
            .find(|&h| lines[h].trim().eq_ignore_ascii_case(lines[b].trim()))
        {
            kinds[heading..=b].iter_mut().for_each(|k| *k = Kind::Junk);
            continue;
        }
        // "Sostieni ilfattoquotidiano.it: mai come in questo momento abbiamo bisogno di
        // te." over its paragraph and "Sostieni adesso": a heading written as a sentence
        // opens with the button's verb.
        let verb = key.split_whitespace().next().unwrap_or_default();
        let sentence_title = (0..b)
            .rev()
            .filter(|&j| matches!(kinds[j], Kind::Para))
            .take(3)
            .take_while(|&j| (j..b).all(|k| matches!(kinds[k], Kind::Para | Kind::Blank)))
            .find(|&j| {
                let first = lines[j].split_whitespace().next().unwrap_or_default();
                first.to_lowercase() == verb && lines::word_count(&lines[j]) <= PLEA_TITLE_WORDS
            });
        if let Some(title) = sentence_title {
            kinds[title..=b].iter_mut().for_each(|k| *k = Kind::Junk);
            continue;
        }
        let Some(title) = (0..top)
            .rev()
            .find(|&j| !matches!(kinds[j], Kind::Para | Kind::Blank))
        else {
            continue;
        };
        if !(1..=4).contains(&paras)
            || !matches!(kinds[title], Kind::Short)
            || lines::word_count(&lines[title]) > PLEA_TITLE_WORDS
        {
            continue;
        }
        kinds[title..=b].iter_mut().for_each(|k| *k = Kind::Junk);
        // The editor's signature and job under the button.
        for k in kinds.iter_mut().skip(b + 1).take(2) {
            if matches!(k, Kind::Meta(m) if m.when.is_none() && m.source.is_none()) {
                *k = Kind::Junk;
            }
        }
    }
}

/// "Help fund Monitor journalism for $11/ month": a heading that names a monthly or yearly
/// price, right over a login line ("Already a subscriber? Login"), and up to
/// `PRICED_PARAS` paragraphs of the pitch, none of it the article's. (A headline on a
/// price, "Streamer raises its plan to $18 a month", has its text under it instead.)
pub(super) fn drop_priced_pitches(lines: &[String], kinds: &mut [Kind]) {
    for h in 0..lines.len() {
        if !matches!(kinds[h], Kind::Short)
            || lines::word_count(&lines[h]) > PLEA_TITLE_WORDS
            || !names_a_price(&lines[h])
            || !super::passes::shown_after(kinds, h + 1)
                .is_some_and(|j| matches!(kinds[j], Kind::Junk))
        {
            continue;
        }
        kinds[h] = Kind::Junk;
        let mut paras = 0;
        // (A few lines at most: a long paste's runs of interface are not walked again.)
        for k in kinds.iter_mut().skip(h + 1).take(PLEA_BOX_LINES * 4) {
            match k {
                Kind::Blank | Kind::Junk => {}
                Kind::Para if paras < PRICED_PARAS => {
                    *k = Kind::Junk;
                    paras += 1;
                }
                _ => break,
            }
        }
    }
}

/// "Get unlimited digital access" / "Subscribe now for only $1" / "CLAIM OFFER": an offer's
/// box between two paragraphs of the text, short lines around one that names a price (a
/// subhead alone, "The $5 billion question", is no box).
pub(super) fn drop_offer_boxes(lines: &[String], kinds: &mut [Kind]) {
    let short = |k: &Kind, l: &str| matches!(k, Kind::Short) && lines::word_count(l) <= OFFER_WORDS;
    for i in 0..lines.len() {
        if !short(&kinds[i], &lines[i]) || !has_price(&lines[i]) {
            continue;
        }
        // (Its button may read as interface already: "CLAIM OFFER".)
        let boxed = |j: usize| short(&kinds[j], &lines[j]) || matches!(kinds[j], Kind::Junk);
        let mut start = i;
        while start > 0 && i - start < 2 && boxed(start - 1) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < lines.len() && end - i <= 2 && boxed(end) {
            end += 1;
        }
        let para = |j: Option<usize>| j.is_some_and(|j| matches!(kinds[j], Kind::Para));
        let before = super::passes::shown_before(kinds, start);
        let after = super::passes::shown_after(kinds, end);
        if end - start >= 2 && para(before) && para(after) {
            kinds[start..end].iter_mut().for_each(|k| *k = Kind::Junk);
        }
    }
}

/// The most words of a line of an offer's box.
const OFFER_WORDS: usize = 6;

/// "$1", "£4.99", "€10": a currency's sign, then digits.
fn has_price(line: &str) -> bool {
    line.match_indices(['$', '£', '€'])
        .any(|(at, sign)| line[at + sign.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

/// The most paragraphs of a priced pitch under its heading.
const PRICED_PARAS: usize = 5;

/// "$11/ month", "£5 a month", "€49 per year": a currency's sign, digits, then the period.
fn names_a_price(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.match_indices(['$', '£', '€']).any(|(at, sign)| {
        let rest = &lower[at + sign.len()..];
        let digits = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                .len();
        let after = rest[digits..].trim_start_matches(['/', ' ']);
        // (A whole word: "$5 more" names no period.)
        let word =
            |p: &&str| after.starts_with(*p) && !after[p.len()..].starts_with(char::is_alphabetic);
        digits > 0
            && [
                "month",
                "mo",
                "year",
                "yr",
                "week",
                "a month",
                "a year",
                "per month",
                "per year",
            ]
            .iter()
            .any(word)
    })
}

/// A plea signed by the editor: up to three paragraphs that speak to the readers ("We
/// rely on readers like you — join us."), then the editor's name over the job ("Swati
/// Sharma" over "Vox Editor-in-Chief"). None of it is the article's.
///
/// Or the name and the job on one line ("David Horovitz, Founding Editor of The Times of
/// Israel"), under the plea's sign-off ("Thank you,"), after up to four paragraphs.
pub(super) fn drop_signed_pleas(lines: &[String], kinds: &mut [Kind]) {
    let editor = |line: &str| {
        let line = line.to_lowercase();
        ["editor", "publisher"].iter().any(|w| line.contains(w))
    };
    for n in 1..lines.len().saturating_sub(1) {
        let one_line = matches!(kinds[n], Kind::Short)
            && lines::word_count(&lines[n]) <= SIGNATURE_WORDS
            && lines[n]
                .split_once(", ")
                .is_some_and(|(name, job)| names::name_like(name.trim()) && editor(job));
        let job = if one_line {
            n
        } else {
            let Some(job) = super::passes::shown_after(kinds, n + 1) else {
                continue;
            };
            if !matches!(kinds[n], Kind::Short | Kind::Meta(_))
                || !names::name_like(lines[n].trim())
                || lines::word_count(&lines[job]) > 5
                || !editor(&lines[job])
            {
                continue;
            }
            job
        };
        // The sign-off over the signature ("Thank you,").
        let sign_off = super::passes::shown_before(kinds, n).filter(|&j| {
            matches!(kinds[j], Kind::Short)
                && SIGN_OFFS.contains(&lines[j].trim().to_lowercase().as_str())
        });
        let paras: Vec<usize> = (0..sign_off.unwrap_or(n))
            .rev()
            .take_while(|&j| matches!(kinds[j], Kind::Para | Kind::Blank))
            .filter(|&j| matches!(kinds[j], Kind::Para))
            .collect();
        let plea = paras.iter().any(|&j| {
            let p = lines[j].to_lowercase();
            ["readers like you", "support", "join us", "become a member"]
                .iter()
                .any(|w| p.contains(w))
        });
        let most = if sign_off.is_some() { 4 } else { 3 };
        if (1..=most).contains(&paras.len()) && plea {
            for j in paras.into_iter().chain([n, job]).chain(sign_off) {
                kinds[j] = Kind::Junk;
            }
        }
    }
}

/// The longest signature of a name and a job on one line.
const SIGNATURE_WORDS: usize = 12;
/// A letter's closing words over its signature.
const SIGN_OFFS: &[&str] = &[
    "thank you,",
    "thanks,",
    "sincerely,",
    "best,",
    "with thanks,",
];

/// The longest heading of a plea for support.
const PLEA_TITLE_WORDS: usize = 12;

/// "A Message from The Moscow Times:" over "Dear readers,", then the letter, the amounts
/// to give ("$10", "Monthly") and the reminder's buttons: a letter to the readers asking
/// for money, up to the next list or topics (or `LETTER_LINES` lines).
pub(super) fn drop_letters_to_readers(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        let salutation = lines[i].trim().trim_end_matches([',', ':']).to_lowercase();
        if ![
            "dear readers",
            "dear reader",
            "dear friends",
            "dear subscribers",
        ]
        .contains(&salutation.as_str())
        {
            continue;
        }
        // Under its heading ("A Message from ...:"): an editor's letter that opens a story
        // with "Dear readers," has its headline over it instead.
        let Some(start) = super::passes::shown_before(kinds, i).filter(|&h| {
            let heading = lines[h].to_lowercase();
            matches!(kinds[h], Kind::Short | Kind::Junk)
                && lines::word_count(&heading) <= PLEA_TITLE_WORDS
                && (heading.ends_with(':')
                    || ["message", "letter", "appeal"]
                        .iter()
                        .any(|w| heading.contains(w)))
        }) else {
            continue;
        };
        let end = (i + 1..lines.len().min(i + LETTER_LINES))
            .find(|&j| {
                super::headings::topics_label(&lines[j])
                    || super::headings::list_heading(&lines[j])
                    || lines[j].to_lowercase().starts_with("read more about")
                    || matches!(kinds[j], Kind::Meta(_))
            })
            .unwrap_or_else(|| lines.len().min(i + LETTER_LINES));
        // It asks for money.
        let asks = lines[i..end].iter().any(|l| {
            let l = l.to_lowercase();
            ["support", "donat", "contribut", "subscri", "$", "€", "£"]
                .iter()
                .any(|w| l.contains(w))
        });
        if !asks {
            continue;
        }
        kinds[start..end]
            .iter_mut()
            .filter(|k| !matches!(k, Kind::Blank))
            .for_each(|k| *k = Kind::Junk);
    }
}

/// The most lines between a plea's heading and the same words as its button.
const PLEA_BOX_LINES: usize = 6;

/// "Subscribe": a pitch's button under a priced paragraph, elsewhere the menu's.
const SUBSCRIBE: &[&str] = &["subscribe", "subscribe now"];

/// The most words of the job under the name that signs a plea ("Environment + Energy
/// Editor").
const SIGNER_JOB_WORDS: usize = 6;

/// The most lines a letter to the readers, its amounts and its buttons run to.
const LETTER_LINES: usize = 30;
