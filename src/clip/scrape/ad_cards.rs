//! Ads among a river's stories that `boxes::drop_sponsored_items` does not take: an ad
//! signed under its text ("Advertisement", the ad, "Sponsored by ..."), and an ad card in
//! a list of headlines ("Trellis Home · Ad" over one line of pitch), and an ad in its
//! slot between timed items ("Publicidad", one line of pitch, its button). Apart from
//! `boxes` for its size.

use super::headings;
use super::lines::{self, Kind};

/// The longest text of an ad between stories.
const AD_WORDS: usize = 60;

/// An ad between a river's stories: "Advertisement" over one paragraph with its
/// sponsor's label under it ("Sponsored by Halden Wealth"). The label would otherwise
/// open the next story as a sponsored item, and the ad's text join the story above.
pub(super) fn drop_ads_signed_under(lines: &[String], kinds: &mut [Kind]) {
    let shown = super::passes::shown_after;
    for i in 0..lines.len() {
        let ad_slot = matches!(kinds[i], Kind::Junk | Kind::Short) && headings::ad_slot(&lines[i]);
        if !ad_slot {
            continue;
        }
        let Some(text) = shown(kinds, i + 1).filter(|&j| {
            matches!(kinds[j], Kind::Para) && lines::word_count(&lines[j]) <= AD_WORDS
        }) else {
            continue;
        };
        if let Some(label) = shown(kinds, text + 1)
            .filter(|&j| headings::sponsor_label(&lines[j]) && !headings::ad_slot(&lines[j]))
        {
            kinds[i] = Kind::Junk;
            kinds[text] = Kind::Junk;
            kinds[label] = Kind::Junk;
        }
    }
}

/// The longest line of an ad card.
const AD_CARD_WORDS: usize = 25;

/// An ad card in a list of headlines: the advertiser's name beside the ad's mark
/// ("Trellis Home · Ad", "Sponsored · Halden Wealth") over one line of pitch, no
/// paragraph under it (`drop_sponsored_items` takes those). Both go.
pub(super) fn drop_ad_cards(lines: &[String], kinds: &mut [Kind]) {
    let shown = super::passes::shown_after;
    let marked = |line: &str| {
        let parts: Vec<&str> = line
            .split(['·', '•', '|'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        parts.len() == 2 && parts.iter().any(|p| headings::sponsor_label(p))
    };
    for i in 0..lines.len() {
        // (A whole sponsored item, its headline over its pitch, went already.)
        if matches!(kinds[i], Kind::Junk) || !marked(&lines[i]) {
            continue;
        }
        kinds[i] = Kind::Junk;
        if let Some(pitch) = shown(kinds, i + 1).filter(|&j| {
            matches!(kinds[j], Kind::Short | Kind::Para)
                && lines::word_count(&lines[j]) <= AD_CARD_WORDS
        }) {
            kinds[pitch] = Kind::Junk;
        }
    }
}

/// The most words of an ad's button ("Ver ofertas", "Shop now").
const BUTTON_WORDS: usize = 3;

/// An ad in its slot among items that open with their time: the slot's label
/// ("Advertisement", "Publicidad") over one short line of pitch and, maybe, its button,
/// then the next item's time. The pitch and button go; they would otherwise read as a
/// headline and its outlet, or join the item above.
pub(super) fn drop_ads_before_a_time(lines: &[String], kinds: &mut [Kind]) {
    let shown = super::passes::shown_after;
    let short = |kinds: &[Kind], j: usize, words: usize| {
        matches!(kinds[j], Kind::Short | Kind::Junk) && lines::word_count(&lines[j]) <= words
    };
    let timed = |kinds: &[Kind], j: Option<usize>| {
        j.is_some_and(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()))
    };
    for i in 0..lines.len() {
        if !(matches!(kinds[i], Kind::Junk | Kind::Short) && headings::ad_slot(&lines[i])) {
            continue;
        }
        let Some(pitch) = shown(kinds, i + 1).filter(|&j| short(kinds, j, AD_CARD_WORDS)) else {
            continue;
        };
        let after = shown(kinds, pitch + 1);
        let button = after.filter(|&j| short(kinds, j, BUTTON_WORDS));
        let end = button.unwrap_or(pitch) + 1;
        // (The time opens the next item: its headline follows. A time under a headline,
        // "Amin Ahmed | July 12, 2025" over its summary, makes the line over it that
        // item's headline after an ad's slot.)
        let time = shown(kinds, end);
        let headline = time.and_then(|t| shown(kinds, t + 1)).is_some_and(|h| {
            matches!(kinds[h], Kind::Short)
                && lines::word_count(&lines[h]) >= super::zone::HEADLINE_WORDS
        });
        if timed(kinds, time) && headline {
            for j in [Some(i), Some(pitch), button].into_iter().flatten() {
                kinds[j] = Kind::Junk;
            }
        }
    }
}
