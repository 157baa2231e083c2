//! Where a page names its author when Readability finds no name: the JSON-LD author, the
//! author meta tags, and the elements marked as an author or a byline or led by "By"
//! (see `author_candidates`); and which elements are chrome to that search (navigation,
//! footers, comment sections, whose names are commenters).

use dom_query::NodeRef;
use dom_smoothie::Readability;

use super::collapse_ws;
use crate::clip::byline::{clean_byline, is_credits_list, looks_like_names};
use crate::clip::jsonld::json_ld_author;
use crate::clip::title::loosely_same;

/// Elements whose class names an author or byline are looked at, at most this many.
const MAX_VISIBLE_AUTHORS: usize = 24;

/// A blog theme's words before the author in the line under a post.
const POSTED_BY: &str = " was posted by ";
/// Text longer than this is a bio or a paragraph, not a byline.
const MAX_BYLINE_CHARS: usize = 100;

/// Where the page may name its author, for when Readability's own byline is missing or
/// is not a name: the JSON-LD article's author (also by `@id` in a `@graph`), microdata
/// `<meta itemprop="author">`, the "Written by" label pair WordPress puts in Twitter's
/// card tags; when none of these names someone, in page order the short texts of elements
/// marked as an author or a byline (`rel=author`, `itemprop=author`, such a class, a link
/// to an author's page), then of elements whose own text begins "By", "Written by" or
/// "Posted by" or that hold such a label alone before the name (in the next element or
/// after the label in its parent: "<b>By</b> Jane Doe"), outside comments, navigation and
/// footers; and then the names marked as authors inside comment sections.
/// Readability takes only the first such element, even when its text is a label ("By") or
/// an avatar's initials.
pub(super) fn author_candidates(
    r: &Readability,
    json_ld: &[serde_json::Value],
    metas: &[(String, String)],
) -> (Vec<String>, Vec<String>) {
    let mut out: Vec<String> = json_ld_author(json_ld).into_iter().collect();
    let meta = |key: &'static str| metas.iter().filter(move |(k, _)| k == key).map(|(_, v)| v);
    out.extend(meta("author").filter(|v| !v.contains("://")).cloned());
    let written_by = metas.iter().any(|(k, v)| {
        k == "twitter:label1" && ["written by", "author"].contains(&v.to_lowercase().as_str())
    });
    if written_by {
        out.extend(meta("twitter:data1").cloned());
    }
    // The site's own name as the author ("Cleveland Clinic", "USA TODAY") is what a CMS
    // writes when the article's author sits only in the page: look there too.
    let site = meta("og:site_name").next();
    // Likewise a site's credits ("content: ..., design: ..., code: ..."), and what names
    // no one at all (a template's key printed instead of its value,
    // "page.head.extra.author").
    let only_the_site = out.iter().all(|a| {
        site.is_some_and(|s| loosely_same(s, a)) || is_credits_list(a) || clean_byline(a).is_none()
    });
    if !only_the_site {
        // The metadata names someone: the page's markup is not searched (it costs a walk
        // of every element, about 5% of an extraction).
        return (out, Vec::new());
    }
    let (marked, led_by) = byline_elements(r);
    let short_text = |n: &NodeRef| {
        let text = collapse_ws(&text_with_line_breaks(n));
        (text.chars().count() <= MAX_BYLINE_CHARS).then_some(text)
    };
    // Several authors each in an element of one test hook (`data-testid="byline-name"`
    // twice): one byline naming them all.
    let hook = |n: &NodeRef| {
        n.attr("data-testid")
            .or_else(|| n.attr("data-component"))
            .filter(|v| v.contains("author") || v.contains("byline"))
    };
    let hooked: Vec<&NodeRef> = marked.iter().filter(|n| hook(n).is_some()).collect();
    let co_authors: Vec<String> = hooked
        .iter()
        .filter(|n| hook(n) == hooked.first().and_then(|f| hook(f)) && outside_chrome(n))
        .filter_map(|n| short_text(n))
        .take(MAX_VISIBLE_AUTHORS)
        .collect();
    if co_authors.len() >= 2 {
        out.push(crate::clip::scrape::names::join_names(&co_authors));
    }
    let marked_texts = marked
        .iter()
        // Not the elements that hold a whole page ("single-author" is a body class).
        .filter(|n| {
            !["meta", "link", "html", "body", "main", "article", "section"]
                .iter()
                .any(|tag| n.has_name(tag))
        })
        .filter(|n| outside_chrome(n))
        .filter_map(short_text)
        // Two letters are an avatar's initials ("NB"), not a name.
        .filter(|t| t.chars().count() > 2)
        .take(MAX_VISIBLE_AUTHORS)
        .collect::<Vec<_>>();
    // Unmarked bylines: a short element whose text begins "By" or "Written by", its own
    // text too (not a list item's "<b>Easy</b> by copying"), and that then reads as a
    // name ("By clicking you agree", "By the end of this tutorial" do not); or a label
    // alone ("Written by", "Author:") and the name in the element after it.
    let starts = |t: &str, with: &str| {
        t.get(..with.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(with))
    };
    let led = |t: &str| {
        let t = t.trim_start();
        t.as_bytes()
            .windows(POSTED_BY.len())
            .any(|w| w.eq_ignore_ascii_case(POSTED_BY.as_bytes()))
            || t.eq_ignore_ascii_case("by")
            || ["by ", "by:", "written by", "posted by", "words: "]
                .iter()
                .any(|l| starts(t, l))
    };
    let label = |t: &str| {
        let t = t.trim().trim_end_matches(':').trim_end();
        ["by", "written by", "posted by", "author", "authors"]
            .iter()
            .any(|l| l.eq_ignore_ascii_case(t))
    };
    let led_texts = led_by
        .iter()
        .filter(|n| {
            let own = n.immediate_text();
            (led(&own) || label(&own)) && outside_chrome(n)
        })
        .filter_map(|n| {
            // "This entry was posted by Will Harmon on Tuesday, November 4th, 2025 ... and
            // is filed under ...": a blog theme's line under the post, too long for a
            // byline; the name follows its "posted by".
            let Some(text) = short_text(n) else {
                let text = collapse_ws(&n.text());
                let at = text.to_ascii_lowercase().find(POSTED_BY)?;
                let rest: String = text[at + POSTED_BY.len()..]
                    .chars()
                    .take(MAX_BYLINE_CHARS)
                    .collect();
                return clean_byline(&rest).filter(|name| looks_like_names(name));
            };
            // A label's name is the element after it, or the rest of its parent's text
            // ("<b>By</b> Jane Doe").
            let line = match label(&text) {
                true => n
                    .next_element_sibling()
                    .and_then(|next| short_text(&next))
                    .or_else(|| short_text(&n.parent()?))?,
                false => text,
            };
            clean_byline(&line).filter(|name| looks_like_names(name))
        })
        .take(MAX_VISIBLE_AUTHORS)
        .collect::<Vec<_>>();
    out.extend(marked_texts);
    out.extend(led_texts);
    // ("<span class=\"comment-author-link\">Marge Tully</span>" in a "Recent comments"
    // widget.)
    let commenters = marked
        .iter()
        .filter(|n| in_comments(n))
        .filter_map(short_text)
        .take(MAX_VISIBLE_AUTHORS)
        .collect();
    (out, commenters)
}

/// Inside a comment section or widget: an element or ancestor whose class or id names
/// comments.
fn in_comments(n: &NodeRef) -> bool {
    n.ancestors_it(None).chain([*n]).any(|a| {
        ["class", "id"].iter().any(|attr| {
            a.attr(attr)
                .is_some_and(|v| v.to_ascii_lowercase().contains("comment"))
        })
    })
}

/// The page's elements, in page order, that `author_candidates` reads: those marked as an
/// author or a byline (`rel` or `itemprop` "author", an author or byline class, a link to
/// an author's page), and the short kinds of element whose own text may be a byline's
/// label ("By", "Written by"). One walk of the tree that reads each element's attributes
/// once: the two selectors it replaces cost 2.4% of an extraction.
fn byline_elements<'a>(r: &'a Readability) -> (Vec<NodeRef<'a>>, Vec<NodeRef<'a>>) {
    const LED: &[&str] = &[
        "p", "span", "div", "li", "small", "dt", "b", "strong", "h3", "h4", "h5", "h6",
    ];
    let token = |v: &str, t: &str| {
        v.split_ascii_whitespace()
            .any(|w| w.eq_ignore_ascii_case(t))
    };
    let (mut marked, mut led) = (Vec::new(), Vec::new());
    for node in r.doc.root().descendants_it() {
        let Some(el) = node.element_ref() else {
            continue;
        };
        let name = &*el.name.local;
        let attr = |key: &str| {
            el.attrs
                .iter()
                .find(|a| &*a.name.local == key)
                .map(|a| &*a.value)
        };
        let is_marked = attr("rel").is_some_and(|v| token(v, "author"))
            || attr("itemprop").is_some_and(|v| v.split_ascii_whitespace().any(|w| w == "author"))
            || attr("class").is_some_and(|v| {
                ["author", "Author", "byline", "Byline"]
                    .iter()
                    .any(|c| v.contains(c))
            })
            || name == "a"
                && attr("href").is_some_and(|v| v.contains("/author/") || v.contains("/authors/"));
        // `<span data-testid="byline-name">`: a test hook naming the author's name (a
        // leaf, not the block holding the date, the roles and the share buttons).
        let hooked = ["data-testid", "data-component"]
            .iter()
            .filter_map(|k| attr(k))
            .any(|v| v.contains("author") || v.contains("byline"));
        let is_led = LED.contains(&name);
        drop(el);
        let is_marked = is_marked || hooked && !node.children_it(false).any(|c| c.is_element());
        if is_marked {
            marked.push(node);
        }
        if is_led {
            led.push(node);
        }
    }
    (marked, led)
}

/// The text of `n` with a bar where a `<br>` ends a line before one that opens a new
/// part ("BY JANE DOE<br>Courier Staff Writer" is "BY JANE DOE | Courier Staff Writer",
/// not "BY JANE DOECourier Staff Writer"); a line going on with "and", "&" or a comma
/// stays joined to the line before.
fn text_with_line_breaks(n: &NodeRef) -> String {
    let mut out = String::new();
    let mut broken = false;
    for d in n.descendants_it() {
        if d.is_text() {
            let text = d.text();
            if broken && !text.trim().is_empty() {
                let next = text.trim_start();
                let goes_on = next.starts_with(['&', ',']) || next.starts_with(char::is_lowercase);
                out.push_str(if goes_on { " " } else { " | " });
                broken = false;
            }
            out.push_str(&text);
        } else if d.has_name("br") {
            broken = !out.trim().is_empty();
        }
    }
    out
}

/// Not inside navigation, a footer or a comment section (whose authors are commenters).
pub(super) fn outside_chrome(n: &NodeRef) -> bool {
    !in_comments(n)
        && !n
            .ancestors_it(None)
            .chain([*n])
            .any(|a| a.has_name("nav") || a.has_name("footer"))
}
