//! The end of an article: what follows a closing section heading ("About the Author",
//! "Related Posts", "Also in the news", "12 Comments", "Leave a Reply") in the second half
//! of the body is not the article, and goes (issue 3: author bios, related-story lists and
//! comment threads that sit inside the article's container).
//!
//! Read from the heading's words and its place, never from a site's markup: the heading
//! must be a line of its own and start after half of the text, or after
//! [`MIN_KEPT_LETTERS`] of it (a short news item over a longer list of other stories), so
//! a misread heading can never empty a clip.

use std::sync::LazyLock;

use dom_query::{Document, NodeRef};
use regex::Regex;

/// A closing heading only counts from this share of the text on (so it cuts at most the
/// rest).
const MIN_START: f64 = 0.5;
/// Or from this many letters (non-space characters, about 180 words) on, wherever that
/// is: an article that long is whole, and what a closing heading ends may be longer.
const MIN_KEPT_LETTERS: usize = 1_000;

/// Whether a closing heading with `before` letters of `total` before it may cut.
fn may_cut_after(before: usize, total: usize) -> bool {
    before as f64 >= MIN_START * total as f64 || before >= MIN_KEPT_LETTERS
}

/// Headings after which a page shows something other than the article. Only the ones that
/// close an article: not "More on ..." or "Up next", which news pages also put in a box
/// in the middle of a story, nor "Disclaimer", which an author may write.
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            about\ the\ (?:authors?|reviewers?|writers?|contributors?)
          | (?:also\ in\ the\ news|more\ from\ [\w'’&.\ -]{2,30})
          | you\ (?:may|might)\ also\ (?:like|enjoy|be\ interested\ in)
          | related\ (?:stories|news|articles|posts|reads|content|reading)
          | more\ (?:stories|news|articles)
          | recommended\ for\ you | read\ next | what\ to\ read\ next | more\ like\ this
          | most\ (?:popular|read|viewed)
          | \d*\s*comments? | leave\ a\ reply | join\ the\ (?:conversation|discussion)
        )\s*:?$",
    )
    .expect("static regex")
});

/// The line of `text` a cut would start at: the first closing heading with enough text
/// before it (`may_cut_after`).
fn closing_line(text: &str) -> Option<&str> {
    let solid = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    let total = solid(text).max(1);
    let mut seen = 0usize;
    for line in text.split_inclusive('\n') {
        let before = seen;
        seen += solid(line);
        let heading = line.trim();
        if may_cut_after(before, total)
            && heading.chars().count() <= 60
            && CLOSING.is_match(heading)
        {
            return Some(heading);
        }
    }
    None
}

/// Cut the article's HTML at its closing heading (see the module doc).
///
/// Returns the cut HTML and its formatted text, or `None` when the text has no closing
/// heading (the caller keeps what it had).
pub(super) fn cut_tail(html: &str, text: &str) -> Option<(String, String)> {
    let heading = closing_line(text)?;
    let doc = Document::fragment(html);
    let root = doc.root();
    let total = letters(&root).max(1);
    // The first innermost element whose whole text is the heading, with enough before it.
    let node = root
        .descendants_it()
        .filter(|n| n.is_element() && n.text().trim() == heading)
        .filter(|n| {
            !n.children_it(false)
                .any(|c| c.is_element() && c.text().trim() == heading)
        })
        .find(|n| may_cut_after(text_before(n, &root), total))?;
    let mut level = node;
    while let Some(parent) = level.parent() {
        while let Some(next) = level.next_sibling() {
            next.remove_from_parent();
        }
        if parent.id == root.id {
            break;
        }
        level = parent;
    }
    node.remove_from_parent();
    let html = doc.select("html").inner_html().to_string();
    let text = root.formatted_text().to_string();
    (!text.trim().is_empty()).then_some((html, text))
}

/// Non-space characters of a node's text (markup indentation would skew a share).
fn letters(node: &NodeRef) -> usize {
    node.text().chars().filter(|c| !c.is_whitespace()).count()
}

/// Non-space characters of text before `node` inside `root`.
fn text_before(node: &NodeRef, root: &NodeRef) -> usize {
    let mut count = 0;
    let mut level = *node;
    while level.id != root.id {
        let mut prev = level.prev_sibling();
        while let Some(p) = prev {
            count += letters(&p);
            prev = p.prev_sibling();
        }
        match level.parent() {
            Some(parent) => level = parent,
            None => break,
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(paragraphs: usize) -> String {
        (0..paragraphs)
            .map(|i| {
                format!(
                    "<p>Paragraph {i} reports what the council decided about the harbour \
                     and the rail line on Tuesday evening.</p>"
                )
            })
            .collect()
    }

    fn text_of(html: &str) -> String {
        Document::fragment(html).root().formatted_text().to_string()
    }

    #[test]
    fn an_author_bio_and_a_related_list_after_the_article_go() {
        let html = format!(
            "<div>{}<section><h3>About the Author</h3><p>Jane Doe covers transport.</p></section>\
             <h2>Also in the news</h2><ul><li>Another story</li><li>A third one</li></ul></div>",
            body(8)
        );
        let (cut, text) = cut_tail(&html, &text_of(&html)).expect("cut at the bio");
        assert!(text.contains("Paragraph 7 reports"), "{text}");
        assert!(
            !text.contains("Jane Doe") && !text.contains("Another story"),
            "{text}"
        );
        assert!(!cut.contains("About the Author"));
    }

    #[test]
    fn a_heading_early_in_the_text_or_in_a_sentence_stays() {
        let early = format!("<h2>Comments</h2>{}", body(8));
        assert_eq!(
            cut_tail(&early, &text_of(&early)),
            None,
            "before half of the text"
        );
        let sentence = format!(
            "{}<p>More from the council: it will meet again in May.</p><h3>More on transport</h3>\
             <p>A box of links in the middle of a story.</p>{}",
            body(8),
            body(2)
        );
        assert_eq!(cut_tail(&sentence, &text_of(&sentence)), None);
        let long_tail = format!("{}<h2>Comments</h2>{}", body(8), body(12));
        assert_eq!(
            cut_tail(&long_tail, &text_of(&long_tail)),
            None,
            "what follows is more than half of the text"
        );
    }

    #[test]
    fn a_short_item_over_a_longer_list_of_other_stories_loses_the_list() {
        let teasers: String = (0..20)
            .map(|i| {
                format!(
                    "<div><p>Front Page</p><p>December 19, 2025</p><p>Teaser {i} of another \
                     story about the parade through the streets of the town...</p></div>"
                )
            })
            .collect();
        let html = format!("<div>{}<h3>ALSO IN THE NEWS</h3>{teasers}</div>", body(16));
        let (_, text) = cut_tail(&html, &text_of(&html)).expect("cut at the list");
        assert!(text.contains("Paragraph 15 reports"), "{text}");
        assert!(!text.contains("Teaser"), "{text}");
        // A shorter item keeps everything: the heading is before half and before
        // MIN_KEPT_LETTERS.
        let short = format!("<div>{}<h3>ALSO IN THE NEWS</h3>{teasers}</div>", body(4));
        assert_eq!(cut_tail(&short, &text_of(&short)), None);
    }

    #[test]
    fn closing_headings_are_read_from_their_words() {
        for heading in [
            "About the authors",
            "More from Reuters",
            "You may also like",
            "Related Posts",
            "Recommended for you",
            "11 Comments",
            "Leave a Reply",
            "Most Popular",
        ] {
            assert!(CLOSING.is_match(heading), "{heading}");
        }
        for line in [
            "About the council",
            "Related costs rose",
            "Commentary",
            "More on transport",
            "Disclaimer",
            "Up next",
        ] {
            assert!(!CLOSING.is_match(line), "{line}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        assert_eq!(cut_tail("", ""), None);
        let html = "<p>Short.</p><h2>Comments</h2>";
        let _ = cut_tail(html, &text_of(html));
    }
}
