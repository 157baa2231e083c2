//! The page's declared article container, for pages where Readability keeps only one of
//! several candidate blocks (issue 3: an article cut into `<section>`s or `<div>`s of
//! equal weight, a lead or "key points" box above the body).
//!
//! Readability scores paragraphs' parents and keeps the best one with its close siblings;
//! when a CMS wraps every section of the text in its own block, the winner is one
//! section. Most pages also say where their article is (`itemprop="articleBody"`, one
//! `<article>`, one `<main>`); when that container holds far more plain text than
//! Readability's pick and little of it is links, the container is the article.

use dom_query::{Document, NodeData, NodeRef};

use super::boilerplate::{is_chrome_line, strip_furniture_under};

/// The container replaces Readability's pick only when it has this many times its words.
const MIN_GAIN: f64 = 2.0;
/// ... and at most this share of its text sits in links (menus, card grids).
const MAX_LINK_DENSITY: f64 = 0.30;
/// ... and the lines it adds to the pick hold at least this many words each on average:
/// prose runs 15 to 40, a list of labels or controls 2 to 5.
const MIN_ADDED_WORDS_PER_LINE: f64 = 6.0;

/// Elements that are never article text, inside any container. Hidden by `visibility`
/// only: a `display: none` block in an article is most often a collapsed section (an FAQ
/// answer) that belongs to it (measured on the WCXB dev pages).
const JUNK: &str = "script, style, noscript, template, svg, iframe, object, embed, form, \
    button, input, select, textarea, nav, aside, footer, header, h1, dialog, [hidden], \
    [aria-hidden=true], [role=navigation], [role=complementary], \
    [style*=\"visibility:hidden\"], [style*=\"visibility: hidden\"]";

/// The page's declared article containers, most specific kind first: every
/// `itemprop=articleBody`, then every element with a body class ([`BODY_CLASSES`]), then
/// every `<article>`, then `<main>` and `role=main`; only
/// those with at least [`MIN_LETTERS`] of text, at most [`MAX_CONTAINERS`].
///
/// Read before Readability runs, which rewrites the document: each container is copied
/// out of the tree (no serializing, no parsing again). One walk of the tree sorts the
/// elements into the kinds; five selector passes over every element cost more than the
/// rest of this function.
pub(super) fn declared_containers(doc: &Document) -> Vec<Declared> {
    let mut kinds: [Vec<NodeRef>; 5] = Default::default();
    for node in doc.root().descendants_it() {
        let Some(el) = node.element_ref() else {
            continue;
        };
        let attr_is = |name: &str, value: &str| el.attr(name).is_some_and(|v| &*v == value);
        let strong_class = || {
            el.attr("class").is_some_and(|classes| {
                classes
                    .split_ascii_whitespace()
                    .any(|c| BODY_CLASSES.contains(&c))
            })
        };
        let tag = &*el.name.local;
        for (kind, matches) in [
            attr_is("itemprop", "articleBody"),
            strong_class(),
            tag == "article",
            tag == "main",
            attr_is("role", "main"),
        ]
        .into_iter()
        .enumerate()
        {
            if matches {
                kinds[kind].push(node);
            }
        }
    }
    let mut found = Vec::new();
    let mut taken: Vec<(NodeRef, usize)> = Vec::new();
    for (kind, nodes) in kinds.iter().enumerate() {
        for node in nodes {
            let letters = letters_of(node);
            // The same text again (an <article> around the entry-content, a <main> around
            // the <article>) would give the same body: the more specific one is kept.
            let again = taken.iter().any(|(t, l)| {
                l.abs_diff(letters) * 10 <= *l
                    && (node.ancestors_it(None).any(|a| a.id == t.id)
                        || t.ancestors_it(None).any(|a| a.id == node.id))
            });
            if letters >= MIN_LETTERS && found.len() < MAX_CONTAINERS && !again {
                taken.push((*node, letters));
                found.push(Declared {
                    doc: node.to_fragment(),
                    letters,
                    // The first two kinds: itemprop and the body classes.
                    strong: kind < 2,
                });
            }
        }
    }
    found
}

/// Non-space characters of the text under `node`, counted in place.
fn letters_of(node: &NodeRef) -> usize {
    node.descendants_it()
        .filter_map(|d| {
            d.query(|n| match &n.data {
                NodeData::Text { contents } => {
                    Some(contents.chars().filter(|c| !c.is_whitespace()).count())
                }
                _ => None,
            })
            .flatten()
        })
        .sum()
}

/// The class names publishing systems give the element around an article's text
/// (WordPress's `entry-content`, and the names trafilatura's body XPaths also look for).
/// Every class name of every page is compared with these: the ids and spellings that
/// changed no dev page were left out.
const BODY_CLASSES: &[&str] = &[
    "entry-content",
    "post-content",
    "article-content",
    "article-body",
    "story-body",
    "post-body",
    "articleContent",
    "article__content",
    "article__body",
];

/// A page's own article body with this many times the words of Readability's pick replaces
/// it even when it does not contain it.
const STRONG_GAIN: f64 = 8.0;

/// A container with less text cannot double a pick worth keeping.
const MIN_LETTERS: usize = 600;
/// Card grids hold dozens of `<article>`s; the first few are enough.
const MAX_CONTAINERS: usize = 4;

/// A declared container as read before Readability: a copy of it and how many
/// non-space characters it holds with everything still in it (about an upper bound on
/// what it can give; raw text runs blocks together, so words cannot be counted).
pub(super) struct Declared {
    /// The container copied into a fragment of its own (`html` > the container).
    doc: Document,
    letters: usize,
    /// Declared by `itemprop=articleBody` or a body class, not just an `<article>` or
    /// `<main>` that may wrap a whole page.
    strong: bool,
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Slack on the pre-check: a container's words may be a little shorter than the pick's.
const PRECHECK_SLACK: f64 = 0.75;

impl Declared {
    /// See [`better_body`]; skips the work when even the whole container could not
    /// reach about [`MIN_GAIN`] times the pick's text. Junk is removed from the copy, so
    /// a container is weighed once.
    pub(super) fn better_body(&self, picked_text: &str) -> Option<(String, String)> {
        let picked = letters(picked_text) as f64;
        if (self.letters as f64) < PRECHECK_SLACK * MIN_GAIN * picked {
            return None;
        }
        better_body(&self.doc, picked_text, self.strong)
    }
}

/// The container's article: its HTML and formatted text without junk elements and
/// furniture, when it is a better body than Readability's `picked_text`.
///
/// Better means: at least [`MIN_GAIN`] times the words once furniture and chrome lines
/// are gone, at most [`MAX_LINK_DENSITY`] of its text in links, lines added to the pick
/// of [`MIN_ADDED_WORDS_PER_LINE`] words or more on average, and it contains the start of
/// Readability's text (so it is the same article, not a page-wide wrapper around something
/// else). A `strong` declaration (the page's own name for its article body) with
/// [`STRONG_GAIN`] times the words need not contain that start: Readability then picked a
/// box outside the article (a disclosure, a cookie notice).
fn better_body(doc: &Document, picked_text: &str, strong: bool) -> Option<(String, String)> {
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
    // The copy is walked for furniture in place; its HTML is written out only for a
    // container that wins.
    strip_furniture_under(&root);
    let text = formatted(&root);
    let html = || doc.select("html").inner_html().to_string();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !is_chrome_line(l))
        .collect();
    let words = |t: &str| t.split_whitespace().count() as f64;
    let kept_words: f64 = kept.iter().map(|l| words(l)).sum();
    if kept_words < MIN_GAIN * words(picked_text) {
        return None;
    }
    // What the container adds to the pick must read as prose, not as a column of labels
    // (a player's controls, an abstract page's links and metadata).
    let picked_lines: std::collections::HashSet<&str> =
        picked_text.lines().map(str::trim).collect();
    let added: Vec<&str> = kept
        .iter()
        .map(|l| l.trim())
        .filter(|l| !picked_lines.contains(l))
        .collect();
    let added_words: f64 = added.iter().map(|l| words(l)).sum();
    if !added.is_empty() && added_words < MIN_ADDED_WORDS_PER_LINE * added.len() as f64 {
        return None;
    }
    if strong && kept_words >= STRONG_GAIN * words(picked_text) {
        return Some((html(), text));
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
    Some((html(), text))
}

fn formatted(root: &NodeRef) -> String {
    root.formatted_text().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `better_body` on a container written as HTML.
    fn better(html: &str, picked: &str, strong: bool) -> Option<(String, String)> {
        better_body(&Document::fragment(html), picked, strong)
    }

    fn section(n: usize) -> String {
        format!(
            "<section><div><h2>Part {n}</h2><div><p>Paragraph {n} tells the reader a long \
             story about the harbour, the rail line and the budget the council passed.</p>\
             </div></div></section>"
        )
    }

    #[test]
    fn a_sectioned_article_is_taken_whole() {
        let sections: String = (1..=8).map(section).collect();
        let page = format!(
            "<html><body><nav><a>Home</a></nav><article><h1>Title</h1>{sections}</article>\
             <footer>About us</footer></body></html>"
        );
        let doc = Document::from(page.as_str());
        let declared = declared_containers(&doc);
        assert_eq!(declared.len(), 1, "one <article>");
        assert!(declared[0].letters > 600, "all eight sections count");
        let picked = "Paragraph 2 tells the reader a long story about the harbour, the rail line \
                      and the budget the council passed.";
        let (_, text) = declared[0]
            .better_body(picked)
            .expect("eight sections beat one");
        for n in 1..=8 {
            assert!(text.contains(&format!("Paragraph {n} tells")), "{text}");
        }
        assert!(!text.contains("Title") && !text.contains("Home"), "{text}");
    }

    #[test]
    fn hidden_blocks_are_not_read() {
        let sections: String = (1..=8).map(section).collect();
        let page = format!(
            "<article>{sections}<div style=\"visibility: hidden;\"><p>Lorem ipsum placeholder \
             text that the page never shows its reader.</p></div></article>"
        );
        let doc = Document::from(page.as_str());
        let picked = "Paragraph 2 tells the reader a long story about the harbour, the rail line \
                      and the budget the council passed.";
        let (_, text) = declared_containers(&doc)[0]
            .better_body(picked)
            .expect("eight sections beat one");
        assert!(!text.contains("Lorem"), "{text}");
    }

    #[test]
    fn a_cms_body_class_declares_the_article() {
        let sections: String = (1..=8).map(section).collect();
        let page = format!(
            "<html><body><main><div class=\"entry-content clear\">{sections}</div>\
             <div class=\"sidebar\"><p>Subscribe to the newsletter</p></div></main></body></html>"
        );
        let doc = Document::from(page.as_str());
        let declared = declared_containers(&doc);
        assert_eq!(
            declared.len(),
            1,
            "the entry-content div; the <main> around it holds the same text again"
        );
        let picked = "Paragraph 5 tells the reader a long story about the harbour, the rail line \
                      and the budget the council passed.";
        let (_, text) = declared[0].better_body(picked).expect("the whole entry");
        assert!(
            text.contains("Paragraph 1 tells") && !text.contains("newsletter"),
            "{text}"
        );
    }

    #[test]
    fn among_several_articles_the_one_holding_the_pick_wins() {
        let other: String = (0..14)
            .map(|i| {
                format!(
                    "<p>Unrelated teaser {i} about the weather and the football scores today.</p>"
                )
            })
            .collect();
        let sections: String = (1..=8).map(section).collect();
        let page = format!("<article>{other}</article><article>{sections}</article>");
        let doc = Document::from(page.as_str());
        let declared = declared_containers(&doc);
        assert_eq!(declared.len(), 2);
        let picked = "Paragraph 3 tells the reader a long story about the harbour, the rail line \
                      and the budget the council passed.";
        let (_, text) = declared
            .iter()
            .find_map(|d| d.better_body(picked))
            .expect("the second article");
        assert!(
            text.contains("Paragraph 8 tells") && !text.contains("teaser"),
            "{text}"
        );
    }

    #[test]
    fn no_swap_without_a_gain_or_with_a_link_grid() {
        let one = section(1);
        let picked = "Paragraph 1 tells the reader a long story about the harbour, the rail line \
                      and the budget the council passed.";
        assert_eq!(
            better(&format!("<article>{one}</article>"), picked, false),
            None
        );
        let grid: String = (0..30)
            .map(|i| format!("<li><a>Another story number {i}</a></li>"))
            .collect();
        let html = format!("<main>{one}<ul>{grid}</ul></main>");
        assert_eq!(
            better(&html, picked, true),
            None,
            "mostly links: a card grid"
        );
        let labels: String = [
            "Settings",
            "Full screen",
            "Captions",
            "Quality: auto",
            "Share",
        ]
        .iter()
        .cycle()
        .take(60)
        .map(|l| format!("<div>{l}</div>"))
        .collect();
        assert_eq!(
            better(&format!("<main>{one}{labels}</main>"), picked, false),
            None,
            "what the container adds is a column of labels, not prose"
        );
        let other = "<article><p>Something else entirely, written about another topic at length \
                     with many words and more words again and again.</p></article>";
        assert_eq!(
            better(
                other,
                "Short pick about the harbour and the rail line",
                false
            ),
            None
        );
    }

    #[test]
    fn the_pages_own_article_body_replaces_a_small_pick_outside_it() {
        let sections: String = (1..=8).map(section).collect();
        let page = format!(
            "<header><div class=\"disclosure\"><p>We may receive compensation when you click \
             a link on this site, which may affect where products appear.</p></div></header>\
             <article><div class=\"articleContent\">{sections}</div></article>"
        );
        let doc = Document::from(page.as_str());
        let declared = declared_containers(&doc);
        assert_eq!(declared.len(), 1, "the articleContent div");
        let picked = "We may receive compensation when you click a link on this site.";
        let (_, text) = declared[0].better_body(picked).expect("the article body");
        assert!(text.contains("Paragraph 8 tells") && !text.contains("compensation"));
        // An <article> that does not hold the pick is not enough: it may be another story.
        let plain = format!("<article>{sections}</article>");
        assert_eq!(better(&plain, picked, false), None);
    }

    #[test]
    fn the_precheck_skips_a_container_no_bigger_than_the_pick() {
        let sections: String = (1..=8).map(section).collect();
        let doc = Document::from(format!("<article>{sections}</article>").as_str());
        let declared = declared_containers(&doc);
        let picked: String = sections.replace("<p>", "").replace("</p>", " ");
        assert_eq!(declared[0].better_body(&picked), None);
    }

    #[test]
    fn short_containers_are_not_kept() {
        let doc = Document::from("<article><p>a</p></article><main><p>b</p></main>");
        assert!(declared_containers(&doc).is_empty());
    }

    #[test]
    fn odd_input_does_not_panic() {
        assert_eq!(better("", "x", true), None);
        assert_eq!(better("<article", "", true), None);
        assert!(declared_containers(&Document::from("")).is_empty());
    }
}
