//! A page of one article. What else the splitter finds on it (a newsletter box, an
//! author's box, a teaser in a "Most popular" list, a comment) is the page's chrome when
//! the article dominates the page: it runs to several paragraphs, and the rest are
//! undated and hold a third of its sentences' words or less. So does a signed and dated
//! article of a few paragraphs (a paywall's) beside one-paragraph asides that are neither.
//! A list of stories has no such article, and its items carry their own times.

use super::ScrapedArticle;

/// The fewest paragraphs of an article that dominates its page...
const MAIN_PARAGRAPHS: usize = 4;
/// ...and the fewest words in its sentences.
const MAIN_WORDS: usize = 200;
/// The most words in the sentences of a piece of chrome beside it (a newsletter box with
/// its small print)...
const ASIDE_WORDS: usize = 150;
/// ...which are at most this part of the article's.
const ASIDE_SHARE: usize = 3;

/// Paragraphs, and the words of those that end as sentences do: the links, tags and
/// labels of a box of chrome weigh nothing.
fn size(a: &ScrapedArticle) -> (usize, usize) {
    let paras: Vec<&str> = a
        .text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let sentence_words = paras
        .iter()
        .filter(|p| {
            p.trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?', '…', '。', '！', '？'])
        })
        .map(|p| p.split_whitespace().count())
        .sum();
    (paras.len(), sentence_words)
}

/// Keep only the article that dominates the page, when one does (see the module's note).
pub(super) fn keep_dominant(articles: &mut Vec<ScrapedArticle>) {
    if articles.len() < 2 {
        return;
    }
    let Some((main, (paras, words))) = articles
        .iter()
        .map(size)
        .enumerate()
        .max_by_key(|(_, (_, words))| *words)
    else {
        return;
    };
    // A paywalled article shows a few paragraphs only; signed and dated, it still
    // dominates asides that are neither and run to one paragraph each.
    let signed = articles[main].byline.is_some() && articles[main].published_at.is_some();
    let long = paras >= MAIN_PARAGRAPHS && words >= MAIN_WORDS;
    if !(long || (signed && paras >= 2)) {
        return;
    }
    let all_chrome = articles
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != main)
        .all(|(_, a)| {
            let (p, w) = size(a);
            let aside = a.published_at.is_none() && w <= ASIDE_WORDS && w * ASIDE_SHARE <= words;
            aside && (long || (p <= 1 && a.byline.is_none()))
        });
    if all_chrome {
        articles.swap(0, main);
        articles.truncate(1);
    }
}

/// Teasers under the stories of a section's page ("Police arrest suspect in Laventille
/// double murder", its one sentence, its author and day, then the next): two or more
/// "articles" after the last dated story of several paragraphs, each a sentence or two,
/// are the page's list of other stories. A page of such items alone (a feed, a digest
/// under its greeting) has no story above.
pub(super) fn drop_trailing_teasers(articles: &mut Vec<ScrapedArticle>) {
    let story = |a: &ScrapedArticle| size(a).0 >= STORY_PARAGRAPHS && a.published_at.is_some();
    let Some(last_story) = articles.iter().rposition(story) else {
        return;
    };
    let teasers = &articles[last_story + 1..];
    let teaser =
        |a: &ScrapedArticle| size(a).0 <= 2 && a.text.split_whitespace().count() <= TEASER_WORDS;
    if teasers.len() >= 2 && teasers.iter().all(teaser) {
        articles.truncate(last_story + 1);
    }
}

/// A list whose items each give a time and an author ("Amara Osei · July 10, 2025"): an
/// "item" at its top or bottom with neither, one short paragraph or none, is the page's
/// own (the blog's name over its tagline, "Get the newsletter" over its pitch), not a
/// story of the list.
pub(super) fn drop_unsigned_list_ends(articles: &mut Vec<ScrapedArticle>) {
    let signed = |a: &ScrapedArticle| a.published_at.is_some() && a.byline.is_some();
    let unsigned_box = |a: &ScrapedArticle| {
        a.published_at.is_none()
            && a.byline.is_none()
            && size(a).0 <= 1
            && a.text.split_whitespace().count() <= TEASER_WORDS
    };
    if articles.iter().filter(|a| signed(a)).count() < LIST_ITEMS {
        return;
    }
    while articles.last().is_some_and(unsigned_box) {
        articles.pop();
    }
    while articles.first().is_some_and(unsigned_box) {
        articles.remove(0);
    }
}

/// The fewest items, each with its time and author, of a list whose ends are weighed.
const LIST_ITEMS: usize = 3;

/// The fewest paragraphs of a story that teasers may follow...
const STORY_PARAGRAPHS: usize = 3;
/// ...and the most words of a teaser's text.
const TEASER_WORDS: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    /// An article of `paras` sentences of `words_each` words.
    fn article(title: &str, paras: usize, words_each: usize, dated: bool) -> ScrapedArticle {
        let para = format!("{}.", vec!["word"; words_each].join(" "));
        ScrapedArticle {
            title: title.into(),
            source: None,
            byline: None,
            published_at: dated.then(|| "2025-07-14".into()),
            dek: None,
            text: vec![para; paras].join("\n\n"),
        }
    }

    #[test]
    fn unsigned_boxes_at_the_ends_of_a_signed_list_are_dropped() {
        let signed = |title: &str| ScrapedArticle {
            byline: Some("Amara Osei".into()),
            ..article(title, 1, 20, true)
        };
        let mut got = vec![
            article("The Harbour Blog", 1, 12, false),
            signed("One"),
            article("An undated item between", 1, 12, false),
            signed("Two"),
            signed("Three"),
            article("Get the newsletter", 1, 10, false),
        ];
        drop_unsigned_list_ends(&mut got);
        let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["One", "An undated item between", "Two", "Three"]);
        let mut two = vec![article("Lone", 1, 10, false), signed("One"), signed("Two")];
        drop_unsigned_list_ends(&mut two);
        assert_eq!(two.len(), 3, "two signed items are no list to weigh");
    }

    #[test]
    fn short_undated_asides_of_a_long_article_are_dropped() {
        let mut links = article("Most popular", 0, 0, false);
        links.text = vec!["A linked headline of the site without a stop"; 30].join("\n\n");
        let mut got = vec![
            article("Main story", 6, 50, true),
            article("Installer newsletter", 1, 20, false),
            article("Discussion about this post", 2, 30, false),
            links,
        ];
        keep_dominant(&mut got);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].title, "Main story");
    }

    #[test]
    fn lists_and_dated_items_stay() {
        // A dated second story is a story.
        let mut dated = vec![
            article("Main story", 6, 50, true),
            article("Second story", 1, 40, true),
        ];
        keep_dominant(&mut dated);
        assert_eq!(dated.len(), 2);
        // A list of teasers has no dominant article.
        let mut teasers = vec![
            article("One", 2, 40, false),
            article("Two", 2, 40, false),
            article("Three", 2, 40, false),
        ];
        keep_dominant(&mut teasers);
        assert_eq!(teasers.len(), 3);
        // A second story of half the main one's length is no aside.
        let mut halves = vec![
            article("Main story", 6, 50, true),
            article("Other story", 3, 50, false),
        ];
        keep_dominant(&mut halves);
        assert_eq!(halves.len(), 2);
        // Nor is one of 200 words under a very long one.
        let mut long = vec![
            article("Main story", 20, 50, true),
            article("Other story", 4, 50, false),
        ];
        keep_dominant(&mut long);
        assert_eq!(long.len(), 2);
    }

    #[test]
    fn a_signed_paywalled_article_dominates_one_paragraph_asides() {
        let signed = || {
            let mut a = article("Paywalled story", 3, 40, true);
            a.byline = Some("Rachel Kemp".into());
            a
        };
        let mut got = vec![article("A company's blurb", 1, 30, false), signed()];
        keep_dominant(&mut got);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].title, "Paywalled story");
        // Unsigned, it does not; nor beside a signed or longer aside.
        let mut unsigned = vec![
            article("A company's blurb", 1, 30, false),
            article("Short story", 3, 40, true),
        ];
        keep_dominant(&mut unsigned);
        assert_eq!(unsigned.len(), 2);
        let mut signed_aside = article("Column", 1, 30, false);
        signed_aside.byline = Some("Owen Trask".into());
        let mut two = vec![signed_aside, signed()];
        keep_dominant(&mut two);
        assert_eq!(two.len(), 2);
        let mut two_paras = vec![article("Teaser", 2, 20, false), signed()];
        keep_dominant(&mut two_paras);
        assert_eq!(two_paras.len(), 2);
    }
}
