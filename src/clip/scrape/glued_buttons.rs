//! Buttons whose words a paste glued together: "BookmarkComments", "ShareSave", and a
//! button's word glued to the next button's label ("SaveLog in or Subscribe to save
//! article"), read for `chrome::is_chrome`.

use super::chrome::is_chrome;
use super::chrome_words::CHROME;

/// "BookmarkComments", "ShareSave": one word made of two or three buttons' words, each
/// capitalised, glued where a lower-case letter meets a capital. Or a button's word glued
/// to the next button's label ("SaveLog in or Subscribe to save article").
pub(super) fn glued_buttons(word: &str) -> bool {
    if let Some((first, _)) = word.split_once(char::is_whitespace) {
        let glued = first
            .char_indices()
            .zip(first.chars().skip(1))
            .find(|((_, a), b)| a.is_lowercase() && b.is_uppercase())
            .map(|((at, a), _)| at + a.len_utf8());
        return glued.is_some_and(|at| {
            CHROME.contains(&word[..at].to_lowercase().as_str()) && is_chrome(&word[at..])
        });
    }
    if word.is_empty() {
        return false;
    }
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for pair in chars.windows(2) {
        let [(_, a), (at, b)] = pair else { continue };
        if a.is_lowercase() && b.is_uppercase() {
            parts.push(&word[start..*at]);
            start = *at;
        }
    }
    parts.push(&word[start..]);
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| CHROME.contains(&p.to_lowercase().as_str()))
}
