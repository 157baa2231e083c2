//! Interface lines told by their shape beside a word list, for `chrome::is_chrome`: a
//! search box's placeholder, a list's button, a markets page's notice on its data, a
//! menu bar. Apart
//! from `chrome` for its size.

use super::chrome_words::{LIST_BUTTONS, SEARCH_VERBS, SEARCHED_KINDS};

/// The most words a search box's placeholder names after its verb.
const SEARCHED_WORDS: usize = 8;
/// The most words of a list's button.
const BUTTON_WORDS: usize = 5;
/// The fewest links of a menu bar.
const MENU_LINKS: usize = 4;
/// The most words of a live stream's promotion.
const LIVE_WORDS: usize = 8;
/// The most words of a notice on delayed quotes.
const NOTICE_WORDS: usize = 30;

/// Whether `key` (a line lower-cased, without its trailing marks) is one of the shapes
/// above.
pub(super) fn interface_line(key: &str) -> bool {
    // "Search for topics and sources", "Search news, people or companies": a search
    // box's placeholder names only the kinds of things it finds ("Search for missing
    // hikers called off" is a headline). ("Nach Themen, Orten und Quellen suchen": the
    // verb last.)
    let placeholder = SEARCH_VERBS
        .iter()
        .find_map(|v| key.strip_prefix(v))
        .or_else(|| key.strip_suffix(" suchen"))
        .is_some_and(|what| {
            what.split_whitespace().count() <= SEARCHED_WORDS
                && what
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|w| !w.is_empty())
                    .all(|w| SEARCHED_KINDS.contains(&w))
        });
    // "See more fact checks", "View all Business news", "Plus d'articles à la une": a
    // list's button; "À propos de Google": the footer's link.
    let button = LIST_BUTTONS.iter().any(|p| key.starts_with(p))
        && key.split_whitespace().count() <= BUTTON_WORDS;
    // "Quotes delayed at least 15 minutes", "Tickers mentioned in this feed are delayed
    // by at least 15 minutes. Quotes by ...": a markets page's notice on its data.
    let notice = key.contains("delayed")
        && key.contains("minutes")
        && ["quote", "ticker", "data", "price"]
            .iter()
            .any(|w| key.contains(w))
        && key.split_whitespace().count() <= NOTICE_WORDS;
    // "new | past | comments | ask | show | jobs | submit", "Guidelines | FAQ | API |
    // Contact": a menu bar, four links or more of a word or two between bars.
    let links: Vec<&str> = key.split(" | ").collect();
    let menu_bar = links.len() >= MENU_LINKS
        && links.iter().all(|l| {
            (1..=2).contains(&l.split_whitespace().count())
                && !l.chars().any(|c| c.is_ascii_digit())
        });
    // "Listen (38 min)", "Listen 12 min": an audio player's button with the reading's
    // length.
    let player = ["listen", "écouter", "anhören", "escuchar", "ascolta"]
        .iter()
        .find_map(|v| key.strip_prefix(v))
        .is_some_and(|rest| {
            let rest = rest.replace(['(', ')', '·', '|'], " ");
            matches!(
                rest.split_whitespace().collect::<Vec<_>>()[..],
                [n, "min" | "mins" | "minutes" | "minute"] if n.chars().all(|c| c.is_ascii_digit())
            )
        });
    // "Watch Live: 7 News at Noon", "Listen live: The Morning Show": a station's
    // live-stream promotion.
    let live = (key.starts_with("watch live") || key.starts_with("listen live"))
        && key.split_whitespace().count() <= LIVE_WORDS;
    placeholder || button || notice || menu_bar || player || live
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_menu_bar_is_interface_and_a_meta_line_is_not() {
        assert!(interface_line(
            "new | past | comments | ask | show | jobs | submit"
        ));
        assert!(interface_line(
            "guidelines | faq | lists | api | security | legal | contact"
        ));
        assert!(!interface_line("reuters | 2 hours ago"));
        assert!(interface_line("listen (38 min"));
        assert!(interface_line("watch live: 7 news at noon"));
        assert!(!interface_line("listen to the ice"));
        assert!(!interface_line(
            "jane doe | reuters | updated 3 min ago | 5 min read"
        ));
    }
}
