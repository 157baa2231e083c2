//! The page's declared article container, for pages where Readability keeps only one of
//! several candidate blocks (issue 3: an article cut into `<section>`s or `<div>`s of
//! equal weight, a lead or "key points" box above the body).
//!
//! Readability scores paragraphs' parents and keeps the best one with its close siblings;
//! when a CMS wraps every section of the text in its own block, the winner is one
//! section. Most pages also say where their article is (`itemprop="articleBody"`, one
//! `<article>`, one `<main>`); when that container holds far more plain text than
//! Readability's pick and little of it is links, the container is the article.

use dom_query::{Document, NodeRef};

use super::boilerplate::{is_chrome_line, strip_furniture};

/// The container replaces Readability's pick only when it has this many times its words.
const MIN_GAIN: f64 = 2.0;
/// ... and at most this share of its text sits in links (menus, card grids).
const MAX_LINK_DENSITY: f64 = 0.25;

/// Elements that are never article text, inside any container.
const JUNK: &str = "script, style, noscript, template, svg, iframe, object, embed, form, \
    button, input, select, textarea, nav, aside, footer, header, h1, dialog, [hidden], \
    [aria-hidden=true], [role=navigation], [role=complementary]";

/// The page's one declared article container: the single `itemprop=articleBody`, else
/// the single `<article>`, else the single `<main>` or `role=main`. `None` when no
/// selector matches exactly one element.
///
/// Read before Readability runs, which rewrites the document.
pub(super) fn declared_container(doc: &Document) -> Option<Declared> {
    let sel = ["[itemprop=articleBody]", "article", "main", "[role=main]"]
        .iter()
        .map(|s| doc.select(s))
        .find(|sel| sel.length() == 1)?;
    Some(Declared {
        html: sel.html().to_string(),
        letters: letters(&sel.text()),
    })
}

/// A declared container as read before Readability: its outer HTML and how many
/// non-space characters it holds with everything still in it (about an upper bound on
/// what it can give; raw text runs blocks together, so words cannot be counted).
pub(super) struct Declared {
    html: String,
    letters: usize,
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Slack on the pre-check: a container's words may be a little shorter than the pick's.
const PRECHECK_SLACK: f64 = 0.75;

impl Declared {
    /// See [`better_body`]; skips the parse when even the whole container could not
    /// reach about [`MIN_GAIN`] times the pick's text.
    pub(super) fn better_body(&self, picked_text: &str) -> Option<(String, String)> {
        let picked = letters(picked_text) as f64;
        if (self.letters as f64) < PRECHECK_SLACK * MIN_GAIN * picked {
            return None;
        }
        better_body(&self.html, picked_text)
    }
}

/// The container's article: its HTML and formatted text without junk elements and
/// furniture, when it is a better body than Readability's `picked_text`.
///
/// Better means: at least [`MIN_GAIN`] times the words once furniture and chrome lines
/// are gone, at most [`MAX_LINK_DENSITY`] of
/// its text in links, and it contains the start of Readability's text (so it is the same
/// article, not a page-wide wrapper around something else).
fn better_body(container_html: &str, picked_text: &str) -> Option<(String, String)> {
    let doc = Document::fragment(container_html);
    doc.select(JUNK).remove();
    let root = doc.root();
    let all_chars = root.text().chars().count();
    if all_chars == 0 {
        return None;
    }
    let link_chars: usize = doc
        .select("a")
        .nodes()
        .iter()
        .map(|a| a.text().chars().count())
        .sum();
    if link_chars as f64 > MAX_LINK_DENSITY * all_chars as f64 {
        return None;
    }
    let html = doc.select("html").inner_html().to_string();
    let (html, text) = strip_furniture(&html).unwrap_or_else(|| (html, formatted(&root)));
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !is_chrome_line(l))
        .collect();
    let words = |t: &str| t.split_whitespace().count() as f64;
    if kept.iter().map(|l| words(l)).sum::<f64>() < MIN_GAIN * words(picked_text) {
        return None;
    }
    let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let first_line = picked_text
        .lines()
        .map(str::trim)
        .find(|l| l.split_whitespace().count() >= 4)?;
    let first_line: String = squash(first_line).chars().take(80).collect();
    if !squash(&text).contains(&first_line) {
        return None;
    }
    Some((html, text))
}

fn formatted(root: &NodeRef) -> String {
    root.formatted_text().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(n: usize) -> String {
        format!(
            "<section><div><h2>Part {n}</h2><div><p>Paragraph {n} tells the reader a long \
             story about the harbour, the rail line and the budget the council passed.</p>\
             </div></div></section>"
        )
    }

    #[test]
    fn a_sectioned_article_is_taken_whole() {
        let sections: String = (1..=4).map(section).collect();
        let page = format!(
            "<html><body><nav><a>Home</a></nav><article><h1>Title</h1>{sections}</article>\
             <footer>About us</footer></body></html>"
        );
        let doc = Document::from(page.as_str());
        let declared = declared_container(&doc).expect("one <article>");
        assert!(declared.letters > 300, "all four sections count");
        let picked = "Paragraph 2 tells the reader a long story about the harbour, the rail line \
                      and the budget the council passed.";
        let (_, text) = declared
            .better_body(picked)
            .expect("four sections beat one");
        for n in 1..=4 {
            assert!(text.contains(&format!("Paragraph {n} tells")), "{text}");
        }
        assert!(!text.contains("Title") && !text.contains("Home"), "{text}");
    }

    #[test]
    fn no_swap_without_a_gain_or_with_a_link_grid() {
        let one = section(1);
        let picked = "Paragraph 1 tells the reader a long story about the harbour, the rail line \
                      and the budget the council passed.";
        assert_eq!(
            better_body(&format!("<article>{one}</article>"), picked),
            None
        );
        let grid: String = (0..30)
            .map(|i| format!("<li><a>Another story number {i}</a></li>"))
            .collect();
        let html = format!("<main>{one}<ul>{grid}</ul></main>");
        assert_eq!(
            better_body(&html, picked),
            None,
            "mostly links: a card grid"
        );
        let other = "<article><p>Something else entirely, written about another topic at length \
                     with many words and more words again and again.</p></article>";
        assert_eq!(
            better_body(other, "Short pick about the harbour and the rail line"),
            None
        );
    }

    #[test]
    fn the_precheck_skips_a_container_no_bigger_than_the_pick() {
        let doc = Document::from(format!("<article>{}</article>", section(1)).as_str());
        let declared = declared_container(&doc).expect("one <article>");
        let picked = "Paragraph 1 tells the reader a long story about the harbour, the rail line \
                      and the budget the council passed.";
        assert_eq!(declared.better_body(picked), None);
    }

    #[test]
    fn two_articles_are_no_declared_container() {
        let doc = Document::from("<article><p>a</p></article><article><p>b</p></article>");
        assert!(declared_container(&doc).is_none());
        let doc = Document::from(
            "<div itemprop=articleBody><p>a</p></div><article></article><article></article>",
        );
        assert!(declared_container(&doc).is_some_and(|d| d.html.contains("articleBody")));
    }

    #[test]
    fn odd_input_does_not_panic() {
        assert_eq!(better_body("", "x"), None);
        assert_eq!(better_body("<article", ""), None);
        assert!(declared_container(&Document::from("")).is_none());
    }
}
