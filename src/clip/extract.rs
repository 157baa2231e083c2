//! A page's HTML -> one `Extracted` article: main content through Readability
//! (`dom_smoothie`), dates and canonical URL from `meta`, body HTML through `sanitize`.
//!
//! When Readability finds no article (short pages, odd layouts) the page's `<body>` text
//! is used instead, so a clip never fails just because the page is unusual. Byline and date
//! lines left at the body's edges or taken as the excerpt are dropped (`datelines`).

use std::borrow::Cow;

use chrono::Utc;
use dom_smoothie::{Config, Readability, TextMode};
use serde::Serialize;
use url::Url;

use super::ClipError;
use super::byline::{clean_byline, looks_like_names, personal_site_author};
use super::chars;
use super::datechoice::{Candidates, decide, url_date};
use super::depth::{flatten_body, max_element_depth, too_complex};
use super::meta::{PageMeta, collapse_ws, read_page_meta};
use super::rawtext::without_script_text;
use super::sanitize::sanitize_html;
use super::streaming::inline_streamed_segments;
use super::text::{title_from_text, truncate_chars};
use super::textdate::visible_date;
use super::title::{loosely_same, split_site_from_title};
use super::title_debris::{completed_title, tidy_title};
use body_lines::BodyLines;
use boilerplate::{may_hold_furniture, strip_furniture_under};
use container::declared_containers;

/// One article extracted from a page. Field order is the `clipline extract --format json`
/// contract (DESIGN §6): title, byline, site_name, published_at, lang, canonical_url,
/// text, html, then the extras.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Extracted {
    /// Never empty: the page's title, else the first words of the text, else "Untitled".
    pub title: String,
    /// The author(s), without a leading "By".
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// RFC 3339 when a time is known, `YYYY-MM-DD` when only a date is.
    pub published_at: Option<String>,
    pub lang: Option<String>,
    /// From `<link rel=canonical>` or `og:url`, absolute, normalised by `canonical_url`.
    pub canonical_url: Option<String>,
    /// Plain text of the body; paragraphs separated by a blank line.
    pub text: String,
    /// Sanitized body HTML.
    pub html: String,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    /// The standfirst under the headline, kept apart from `text` (pasted scrapes give one;
    /// a page's own standfirst stays in its body as Readability finds it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dek: Option<String>,
}

/// Nesting (see `depth`) past which Readability is skipped for the `<body>` fallback;
/// real pages stay under 60.
const MAX_READABILITY_DEPTH: usize = 400;

/// What Readability (or the `<body>` fallback) yields before our clean-up.
struct Body {
    title: String,
    byline: Option<String>,
    site_name: Option<String>,
    lang: Option<String>,
    excerpt: Option<String>,
    image: Option<String>,
    html: String,
    text: String,
}

/// Extract the article from a page's HTML.
///
/// `url` is the page's address when known: it resolves relative links, images and the
/// canonical URL (a `url` that is not absolute http(s) is ignored). Uses Readability for
/// the body, title, byline, site name and language, and the page's metadata for the
/// publication date (see `meta`). Falls back to the whole `<body>` when Readability finds
/// no article, and to the page's bare text when it nests absurdly deep (see `depth`).
/// Fails with [`ClipError::NoContent`] only when the page has no text at all, and with
/// [`ClipError::ScriptOnly`] when it has none but its scripts (an app shell).
pub fn extract_html(html: &str, url: Option<&str>) -> Result<Extracted, ClipError> {
    match extract_page(html, url) {
        Err(ClipError::NoContent) if holds_script(html) => Err(ClipError::ScriptOnly),
        result => result,
    }
}

/// Whether the markup holds a `<script>` element (in any case) or preloads a script module
/// (an app shell saved without its scripts keeps its `<link rel=modulepreload>`).
fn holds_script(html: &str) -> bool {
    html.contains("modulepreload")
        || memchr::memmem::find_iter(html.as_bytes(), b"<").any(|at| {
            html.as_bytes()[at + 1..]
                .get(..6)
                .is_some_and(|t| t.eq_ignore_ascii_case(b"script"))
        })
}

/// [`extract_html`] before its error is told apart.
fn extract_page(html: &str, url: Option<&str>) -> Result<Extracted, ClipError> {
    // Scripts and styles first: nothing reads their text, and the checks and the parser
    // after this are spared it.
    let html = &*without_script_text(html);
    if too_complex(html) {
        return extract_page(&flatten_body(html), url);
    }
    let html = &*inline_streamed_segments(html);
    let base = url
        .and_then(|u| Url::parse(u.trim()).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"));
    let config = Config {
        text_mode: TextMode::Formatted,
        // `boilerplate` reads the article's class names; `sanitize` drops them after.
        keep_classes: true,
        ..Config::default()
    };
    // `Readability::new` only fails on a non-absolute URL, which `base` never is.
    let mut reader = Readability::new(html, base.as_ref().map(Url::as_str), Some(config))
        .map_err(|_| ClipError::NoContent)?;
    let mut page = read_page_meta(&reader, base.as_ref());
    page.published_at = choose_date(html, &page, base.as_ref());
    if max_element_depth(&reader) > MAX_READABILITY_DEPTH {
        return finish(body_fallback(html, base.as_ref()), page, base.as_ref());
    }

    // A scan of the markup spares most pages the selector.
    if html.contains("<pre") || html.contains("<PRE") {
        keep_pre_lines(&reader.doc);
    }
    if may_hold_furniture(html) {
        boilerplate::hand_down_furniture_classes(&reader.doc);
    }
    let declared = declared_containers(&reader.doc);
    let body = match reader.parse() {
        Ok(article) if !article.text_content.trim().is_empty() => {
            // Captions, share bars, newsletter boxes... inside the chosen container,
            // removed from Readability's own tree (the markup is scanned first).
            let root = || {
                reader
                    .doc
                    .select_single("#readability-page-1")
                    .nodes()
                    .first()
                    .copied()
            };
            let stripped = may_hold_furniture(&article.content)
                .then(root)
                .flatten()
                .filter(strip_furniture_under)
                .map(|r| (r.html().to_string(), r.formatted_text().to_string()));
            let (html, text) = stripped.unwrap_or_else(|| {
                (
                    article.content.to_string(),
                    article.text_content.to_string(),
                )
            });
            // One section of a sectioned article: take the page's declared container.
            let (html, text) = declared
                .iter()
                .find_map(|c| c.better_body(&text))
                .unwrap_or((html, text));
            // An author bio, a related list or comments after a closing heading.
            let (html, text) = tail::cut_tail(&html, &text).unwrap_or((html, text));
            Body {
                title: article.title,
                byline: article.byline,
                site_name: article.site_name,
                lang: article.lang,
                excerpt: article.excerpt,
                image: article.image,
                html,
                text,
            }
        }
        _ => body_fallback(html, base.as_ref()),
    };
    finish(body, page, base.as_ref())
}

/// The publication date: the metadata's and the one the page shows near its headline
/// (see `textdate`), weighed by `datechoice`.
fn choose_date(html: &str, page: &PageMeta, base: Option<&Url>) -> Option<String> {
    let lang = page.lang.as_deref();
    let title = page.title_tag.as_deref();
    let now = Utc::now();
    let url = base.and_then(|u| url_date(u.path(), now.date_naive()));
    let published = page.published_at.as_deref();
    // With a metadata date only the header can still change the answer, and with a URL
    // date as well nothing the page shows can.
    let seen = match (published, url) {
        (Some(_), Some(_)) => None,
        (Some(_), None) => visible_date(html, title, lang, now, true),
        (None, _) => visible_date(html, title, lang, now, false),
    };
    decide(Candidates {
        published,
        modified: page.modified_at.as_deref(),
        time_elsewhere: page.time_elsewhere.as_deref(),
        seen,
        url,
    })
}

/// The page's `<body>` without scripts and chrome-only elements, with whatever metadata
/// Readability can still read from the page.
fn body_fallback(html: &str, base: Option<&Url>) -> Body {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let Ok(reader) = Readability::new(html, base.map(Url::as_str), Some(config)) else {
        return Body::empty();
    };
    let meta = reader.get_article_metadata(reader.parse_json_ld());
    reader
        .doc
        .select("script, style, noscript, template, svg, iframe, object, embed")
        .remove();
    let (text, html) = reader
        .doc
        .body()
        .map(|b| (b.formatted_text().to_string(), b.inner_html().to_string()))
        .unwrap_or_default();
    Body {
        title: meta.title,
        byline: meta.byline,
        site_name: meta.site_name,
        lang: meta.lang,
        excerpt: meta.excerpt,
        image: meta.image,
        html,
        text,
    }
}

impl Body {
    fn empty() -> Self {
        Self {
            title: String::new(),
            byline: None,
            site_name: None,
            lang: None,
            excerpt: None,
            image: None,
            html: String::new(),
            text: String::new(),
        }
    }
}

/// Clean every field and assemble the article.
fn finish(body: Body, page: PageMeta, base: Option<&Url>) -> Result<Extracted, ClipError> {
    let text = numbered_text(&body.html).unwrap_or(body.text);
    let mut lines = BodyLines::of(&chars::plain(&text));
    lines.trim_edges(None);
    if lines.is_empty() {
        return Err(ClipError::NoContent);
    }
    let site_name = non_empty(body.site_name);
    let (title, cut_site) = split_site_from_title(
        &tidy_title(&chars::plain(&body.title)),
        site_name.as_deref(),
        &page.headings,
        base,
    );
    // "Riverbend Dispatch » Blog Archive » Why the levee bond failed": Readability took
    // the site's name (its header's <h1>) for the title, while the <title> tag ends with
    // an <h2> or the line that opens the text (such themes show the headline so).
    let headline = page.title_tag.as_deref().and_then(|tag| {
        let tag = tag.trim();
        page.subheadings
            .iter()
            .map(String::as_str)
            .chain(lines.first())
            .find(|head| {
                // A part of its own between them ("Blog Archive"), not just a separator:
                // "Headline - The New York Times" over an <h2> of the paper's name is no
                // such tag.
                let middle = tag
                    .strip_prefix(title.as_str())
                    .and_then(|t| t.strip_suffix(head))
                    .map(|m| m.trim_matches(|c: char| !c.is_alphanumeric()));
                middle.is_some_and(|m| !m.is_empty())
                    && head.split_whitespace().count() >= HEADLINE_LINE_WORDS
            })
            .map(str::to_string)
    });
    let (title, cut_site) = match headline {
        Some(head) => (head, Some(title)),
        None => (title, cut_site),
    };
    let title = completed_title(&title, &page.headings).unwrap_or(title);
    let title = Some(title)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| title_from_text(&lines.text()));
    // No declared site name: take the one the title or the <title> tag carries.
    let site_name = site_name.or(cut_site).or_else(|| {
        let tag = page.title_tag.as_deref()?;
        let (head, site) = split_site_from_title(tag, None, std::slice::from_ref(&title), None);
        site.filter(|_| head == title)
    });
    let lead_image = non_empty(body.image).and_then(|src| {
        let url = match base {
            Some(b) => b.join(&src).ok()?,
            None => Url::parse(&src).ok()?,
        };
        matches!(url.scheme(), "http" | "https").then(|| url.to_string())
    });
    // Readability's byline, else the first other place that names someone; when that is
    // the site's own name or does not read as a name (a login such as "kffnirmitap" or
    // "andrew.keaveney"), a later one that reads as a person's name.
    // (Not a commenter's name, which Readability may take from a comment widget.)
    let commenter = |b: &&String| page.commenters.iter().any(|c| c.trim() == b.trim());
    let names: Vec<String> = body
        .byline
        .iter()
        .filter(|b| !commenter(b))
        .chain(&page.authors)
        .filter_map(|raw| clean_byline(&chars::plain(raw)))
        .collect();
    let is_site = |n: &str| site_name.as_deref().is_some_and(|s| loosely_same(s, n));
    let byline = names.first().map(|first| {
        let person = || {
            names[1..]
                .iter()
                .find(|n| !is_site(n) && looks_like_names(n))
        };
        if is_site(first) || !looks_like_names(first) {
            person().unwrap_or(first).clone()
        } else {
            // "Brian Truitt USA TODAY" where the page's data says "Brian Truitt": the
            // element held the name and, after it, an outlet or a role.
            // "Tina Huffman" shown, "Tina Flint Huffman" in the page's data: the same person
            // named in full.
            names[1..]
                .iter()
                .find(|n| {
                    names_then_more(first, n) || fuller_name(first, n) || spaced_apart(first, n)
                })
                .unwrap_or(first)
                .clone()
        }
    });
    let byline = byline.map(|b| without_site_after(b, site_name.as_deref()));
    // No author named anywhere but in a credit line opening the text ("Words and photos
    // by Theo Brandvold"); else a personal site's owner wrote it.
    let byline = byline
        .or_else(|| lines.first().and_then(credit_line_names))
        .or_else(|| personal_site_author(site_name.as_deref()?, base?));
    // The byline as a line of its own at the top of the body (the dates went above).
    if let Some(b) = byline.as_deref() {
        lines.trim_edges(Some(b));
    }
    let text = lines.text();
    // Readability's excerpt is the page's first paragraph when it has no description, and
    // that paragraph may be the byline or the date.
    let excerpt = datelines::lead_excerpt(body.excerpt.as_deref(), byline.as_deref(), &text)
        .map(|e| truncate_chars(&chars::plain(&e), 500));
    // What the text left out leaves the HTML the reader shows too.
    let html = chars::plain_markup(&body.html);
    let html = lines.strip_html(&html).map_or(html, Cow::Owned);
    Ok(Extracted {
        title,
        byline,
        site_name,
        published_at: page.published_at,
        lang: non_empty(body.lang),
        canonical_url: page.canonical_url,
        html: sanitize_html(&html, base.map(Url::as_str)),
        excerpt,
        lead_image,
        text,
        dek: None,
    })
}

/// Whether `full` names the one person `short` names, with more of the name: the same
/// first and last words with a middle name between ("Tina Huffman" -> "Tina Flint
/// Huffman"), or a given name alone and then the surname ("Brett" -> "Brett Larkin"). A
/// title, a role or a label around the name ("About Jane Doe", "Jane Doe Math Editor")
/// does not count.
fn fuller_name(short: &str, full: &str) -> bool {
    let short: Vec<&str> = short.split_whitespace().collect();
    let words: Vec<&str> = full.split_whitespace().collect();
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let shape = match (&short[..], &words[..]) {
        ([given], [first, _surname]) => same(given, first),
        ([given, surname], [first, middle @ .., last]) => {
            same(given, first)
                && same(surname, last)
                && (1..=2).contains(&middle.len())
                && middle.iter().all(|w| !same(w, "and"))
        }
        _ => false,
    };
    shape && super::scrape::names::name_like(full)
}

/// The fewest words of a body's first line read as the headline the <title> tag ends with.
const HEADLINE_LINE_WORDS: usize = 3;

/// The most words of a credit line opening a body.
const CREDIT_LINE_WORDS: usize = 12;

/// "Words and photos by Theo Brandvold", "By Jane Doe": the names of a credit line of a
/// few words (`datelines::credited_names`), when they read as names.
fn credit_line_names(line: &str) -> Option<String> {
    if line.split_whitespace().count() > CREDIT_LINE_WORDS {
        return None;
    }
    let names = clean_byline(datelines::credited_names(line)?)?;
    looks_like_names(&names).then_some(names)
}

/// "Brian Truitt USA TODAY" on USA TODAY's page -> "Brian Truitt": a byline element that
/// held the names and then the site's own name (as a credit or a logo's text).
fn without_site_after(byline: String, site_name: Option<&str>) -> String {
    let head = site_name.filter(|s| !s.is_empty()).and_then(|site| {
        let cut = byline.len().checked_sub(site.len())?;
        let (head, tail) = (byline.get(..cut)?, byline.get(cut..)?);
        let head = head
            .strip_suffix(|c: char| c.is_whitespace() || ",|/".contains(c))?
            .trim_end_matches(|c: char| c.is_whitespace() || ",|/-–".contains(c));
        (tail.eq_ignore_ascii_case(site) && looks_like_names(head)).then(|| head.to_string())
    });
    head.unwrap_or(byline)
}

/// Whether `long` is `names` followed by words of something else: whole words (or a word
/// glued on where a line broke: "JANE DOECourier Staff Writer" read without its `<br>`),
/// the names at least two of them, and what follows not a joiner of more names ("and",
/// ",", "&").
fn names_then_more(long: &str, names: &str) -> bool {
    let Some(rest) = long.strip_prefix(names) else {
        return false;
    };
    let glued = rest.starts_with(char::is_uppercase);
    let rest = rest.trim_start();
    (rest.len() < long.len() - names.len() || glued)
        && names.split_whitespace().count() >= 2
        && looks_like_names(names)
        && !rest.starts_with([',', '&', ';'])
        && !rest.to_lowercase().starts_with("and ")
}

/// Whether `spaced` is `glued` with words kept apart that `glued` ran together ("Jane
/// Doeand John Roe", read without the `<br>` between its lines, is "Jane Doe and John
/// Roe").
fn spaced_apart(glued: &str, spaced: &str) -> bool {
    let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    spaced.split_whitespace().count() > glued.split_whitespace().count()
        && letters(glued) == letters(spaced)
}

/// Turn each `<br>` inside a `<pre>` into the newline it shows. dom_query's formatted text
/// reads a `<pre>` as its bare text nodes, and Readability turns a `<br><br>` into a
/// paragraph, so a code block written with `<br>` line ends would come out as one run-on
/// line in the text and be split into paragraphs in the HTML.
fn keep_pre_lines(doc: &dom_query::Document) {
    for br in doc.select("pre br").nodes() {
        br.replace_with(&doc.tree.new_text("\n"));
    }
}

/// The article's text with each item of a numbered list starting with its number ("1. ",
/// "2. "), as a reader sees it; `None` when the HTML has no `<ol>` (the text already read
/// is then the same). dom_query's formatted text leaves the numbers out, since the browser
/// draws them. (Of the 75 WCXB dev pages this changes, 36 have gold text with the numbers
/// and score better, 39 without; shingle F1 went up by 0.0005 all the same.)
fn numbered_text(html: &str) -> Option<String> {
    if !html.contains("<ol") {
        return None;
    }
    let doc = dom_query::Document::fragment(html);
    for list in doc.select("ol").nodes() {
        let start = list
            .attr("start")
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or(1);
        let items = list
            .element_children()
            .into_iter()
            .filter(|c| c.node_name().as_deref() == Some("li"));
        for (n, item) in (start..).zip(items) {
            // Before the item's first words, so a heading or paragraph inside it keeps the
            // number on its line; not inside a list nested in it, whose items have their own
            // numbers ("1. 3. Photo").
            let nested = |d: &dom_query::NodeRef| {
                d.ancestors_it(None)
                    .take_while(|a| a.id != item.id)
                    .any(|a| matches!(a.node_name().as_deref(), Some("ol" | "ul")))
            };
            let first_words = item
                .descendants_it()
                .find(|d| d.is_text() && !d.text().trim().is_empty() && !nested(d));
            if let Some(words) = first_words {
                words.insert_before(&doc.tree.new_text(format!("{n}. ")));
            }
        }
    }
    Some(doc.root().formatted_text().to_string())
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|v| collapse_ws(&v)).filter(|v| !v.is_empty())
}

mod body_lines;
mod boilerplate;
mod container;
mod datelines;
mod tail;
#[cfg(test)]
mod tests;
