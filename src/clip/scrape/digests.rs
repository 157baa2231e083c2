//! A digest's greeting over its stories ("Good morning. Here's what you need to know."):
//! no article. Apart from `body` for its size.

use super::ScrapedArticle;
use super::lines;

/// The longest greeting a digest puts over its stories.
const GREETING_WORDS: usize = 80;

/// A digest's greeting over its stories ("Good morning. ... Here's what you need to
/// know."): a short first text that names no outlet, over three or more stories that each
/// name theirs, is no article.
pub(super) fn drop_greeting(articles: &mut Vec<ScrapedArticle>) {
    // ("Good morning. Here's what you need to know today." says so itself, over stories
    // that name no outlet either.)
    let greets = |text: &str| {
        let lower = text.to_lowercase();
        [
            "good morning",
            "good afternoon",
            "good evening",
            "hello",
            "welcome to",
            "bonjour",
            "guten morgen",
            "buenos días",
            "buongiorno",
        ]
        .iter()
        .any(|g| lower.starts_with(g))
    };
    if articles.len() >= 4
        && articles[0].source.is_none()
        && articles[0].byline.is_none()
        && (articles[1..].iter().all(|a| a.source.is_some()) || greets(&articles[0].text))
        && lines::word_count(&articles[0].text) <= GREETING_WORDS
    {
        articles.remove(0);
    }
}
