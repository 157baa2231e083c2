//! Clean-up of Readability's article before it becomes the clip's body: the blocks and
//! lines a reader does not count as the article (issue 3: captions and photo credits,
//! share bars, newsletter and related-links boxes, author bios, tables of contents,
//! "Updated on ..." lines).
//!
//! Readability keeps whatever sits inside its chosen container; these rules work on that
//! container only, from markup every CMS uses (class words, `<figcaption>`,
//! `data-nosnippet`) and from the shape of a line, never from one site's names. A block is only dropped when it holds
//! a small share of the article, so a mislabelled wrapper can never empty a clip.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use dom_query::NodeRef;
use regex::Regex;

use crate::clip::scrape;

/// A block may be dropped only when it holds at most this share of the article's text.
const MAX_BLOCK_SHARE: f64 = 0.3;

/// Class fragments that mark a block as page furniture wherever they appear in a class
/// name ("newsletter-signup", "relatedPosts", "social_share").
const FURNITURE_PARTS: &[&str] = &[
    "newsletter",
    "subscribe",
    "signup",
    "related",
    "sharing",
    "share",
    "social",
    "comment",
    "promo",
    "advert",
    "sponsor",
    "disclosure",
    "breadcrumb",
    "caption",
    "credit",
    "byline",
    "authorbio",
    "authorbox",
    "authorinfo",
    "aboutauthor",
    "abouttheauthor",
    "timestamp",
    "readtime",
    "tableofcontents",
    "gallery",
    "slideshow",
    "carousel",
    "vjs",
    "videoplayer",
];

/// Class words that mark furniture only as a whole class name or its last part ("toc",
/// "post-meta", "entry_tags"; not "toc-para", "stock", "testimonial__author-container").
const FURNITURE_WORDS: &[&str] = &[
    "toc",
    "ad",
    "ads",
    "cta",
    "bio",
    "tags",
    "meta",
    "author",
    "dateline",
    // Text for screen readers only (", opens new tab") and blocks a script shows on demand
    // (a page's hidden change history): no reader sees them.
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "js-hidden",
];

/// One finder of every `FURNITURE_PARTS` fragment: a class name is searched once, not
/// once per fragment (this runs on every class name of every article).
static FURNITURE_PART: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(FURNITURE_PARTS).expect("static patterns"));

/// True when a `class` value names page furniture (see the two lists above).
fn names_furniture(value: &str) -> bool {
    // It runs on every element of an article: one buffer for all its class names.
    let mut squashed = String::new();
    value.split_whitespace().any(|class| {
        squashed.clear();
        squashed.extend(
            class
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase()),
        );
        let bytes = class.as_bytes();
        FURNITURE_PART.is_match(&squashed)
            || FURNITURE_WORDS.iter().any(|w| {
                let Some(head) = bytes.len().checked_sub(w.len()) else {
                    return false;
                };
                bytes[head..].eq_ignore_ascii_case(w.as_bytes())
                    && (head == 0 || matches!(bytes[head - 1], b'-' | b'_'))
            })
    })
}

static NUMBERED_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:fig(?:ure)?|table|chart|exhibit|listing)\.?\s*\d")
        .expect("static regex")
});

/// True when the element is furniture by its tag (`<figcaption>`), its class, or the
/// page's own `data-nosnippet` (Google's mark for text a search result should not quote:
/// bios, related boxes, notices).
///
/// Ids are not read: many CMSs make them from the section's heading ("toc_share-prices"),
/// so they describe the article's words, not the block's role. Headings are never
/// furniture, and a numbered caption ("Figure 2. Gas use per block") is part of a
/// technical text.
fn is_furniture(node: &NodeRef) -> bool {
    let name = node.node_name().unwrap_or_default();
    if matches!(&*name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        return false;
    }
    // Code keeps its comments ("hljs-comment") and everything else.
    if node
        .ancestors_it(None)
        .chain(std::iter::once(*node))
        .any(|a| a.has_name("pre") || a.has_name("code"))
    {
        return false;
    }
    if &*name == "figcaption" {
        return !NUMBERED_FIGURE.is_match(&node.text());
    }
    // A web component named for its role (`<gu-island name="EmailSignUpWrapper">`), or a
    // block's component hook (`data-component="newsletter-signup"`).
    let component = name.contains('-') && node.attr("name").is_some_and(|v| names_furniture(&v));
    node.has_attr("data-nosnippet")
        || component
        || node.attr("class").is_some_and(|v| names_furniture(&v))
        || node
            .attr("data-component")
            .is_some_and(|v| names_furniture(&v))
}

/// A cheap scan of the markup: does any `<figcaption>` or furniture class occur at all?
/// Spares most pages a second parse.
pub(super) fn may_hold_furniture(html: &str) -> bool {
    html.contains("<figcaption")
        || html.contains("data-nosnippet")
        || ["class=\"", "data-component=\"", "name=\""]
            .iter()
            .any(|attr| {
                html.split(attr)
                    .skip(1)
                    .filter_map(|rest| rest.split('"').next())
                    .any(names_furniture)
            })
}

/// Hand a furniture class down to the one paragraph a `<div>` wraps: Readability replaces
/// such a `<div>` by its `<p>` and so loses the class ("promo-box__container" around "Get
/// a look at the day ahead ... Sign up here."), and [`strip_furniture_under`] would not
/// know the paragraph afterwards. Run on the page before Readability parses it.
pub(super) fn hand_down_furniture_classes(doc: &dom_query::Document) {
    for div in doc.select("div[class]").nodes() {
        let Some(class) = div.attr("class").filter(|c| names_furniture(c)) else {
            continue;
        };
        let children: Vec<NodeRef> = div
            .children_it(false)
            .filter(|c| c.is_element() || c.is_text() && !c.text().trim().is_empty())
            .take(2)
            .collect();
        if let [only] = children[..]
            && only.has_name("p")
        {
            let own = only.attr("class").unwrap_or_default();
            only.set_attr("class", format!("{own} {class}").trim());
        }
    }
}

/// Remove the furniture blocks inside `scope`, Readability's article or a container's
/// copy, in place; false when there were none (the caller keeps the HTML and text it
/// had). Callers scan the markup with [`may_hold_furniture`] first.
pub(super) fn strip_furniture_under(scope: &NodeRef) -> bool {
    let total = scope.text().chars().count().max(1) as f64;
    let mut doomed: Vec<NodeRef> = Vec::new();
    for node in scope.descendants_it().filter(NodeRef::is_element) {
        let inside_doomed = || {
            node.ancestors_it(None)
                .any(|a| doomed.iter().any(|d| d.id == a.id))
        };
        if !is_furniture(&node) || inside_doomed() {
            continue;
        }
        if node.text().chars().count() as f64 <= MAX_BLOCK_SHARE * total {
            doomed.push(node);
        }
    }
    if doomed.is_empty() {
        return false;
    }
    for node in &doomed {
        node.remove_from_parent();
    }
    true
}

static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:image|photo|photograph|picture|video|illustration|graphic)s?\s*(?:credit|source|courtesy)s?|credits?|source|courtesy(?: of)?|photo|image)\s*[:|]",
    )
    .expect("static regex")
});

static POINTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:see also|related(?: (?:articles?|stories|posts?|reading|content|links?))?|also read|read also|read more|more on this|recommended(?: reading)?|tags|topics|filed under)\s*:|(?:à )?lire aussi\b|lesen sie auch\b|lee también\b|leer también\b|leia também\b|lees ook\b|leggi anche\b|(?:zie ook|läs också|læs også|les også)\s*:)",
    )
    .expect("static regex")
});

/// A reactions counter alone on its line: "1.2K" claps, "0 Likes", "34 likes".
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d+(?:[.,]\d+)?(?:[km]|\s+(?:likes?|claps?|reactions?))$")
        .expect("static regex")
});

/// "（责任编辑：王磊）", "编辑：王磊", "来源：青川日报": a Chinese story's editor or source
/// line.
static EDITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[（(]?\s*(?:责任编辑|責任編輯|编辑|編輯|来源|來源)\s*[:：]\s*[^\s，。,.]{1,20}\s*[)）]?$")
        .expect("static regex")
});

static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:last\s+)?updated|published|posted|modified)(?:\s+on)?\s*:?\s*(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\b[\w\s:,.|-]{0,24}$|^\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$",
    )
    .expect("static regex")
});

/// A box's own small print, addressed to the reader rather than about the story: an
/// affiliate-link disclosure ("This post may contain affiliate links", "If you buy through
/// our links, we may earn a commission"), a sign-up form's consent ("By signing up, you
/// agree to ..."), an advertisement's slot ("Advertisement - Page continues below"), a
/// newsletter's call ("Join our newsletter") or a comment box's prompt ("Leave a comment").
static SMALL_PRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        ^\(?(?:this|the|our)\s+(?:post|article|page|guide|story|content|site)\s+(?:may\s+)?
            (?:contains?|includes?|uses?)\s+affiliate\s+links
        | (?:^|\.\s)(?:we|i)\s+may\s+(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?
            (?:commission|compensation)
        | if\s+you\s+(?:buy|purchase|click)\s+(?:something\s+)?(?:through|via|from)\s+
            (?:our\s+|my\s+|these\s+|the\s+)?(?:affiliate\s+)?links
        | ^by\s+(?:signing\s+up|subscribing|submitting|clicking|entering|registering|
            posting\s+a\s+comment|providing)\b.{0,200}\byou\s+(?:\w+\s+)?(?:agree|consent|confirm|accept)
        | ^advertisement\s*[-.:–—]\s*(?:\w+\s*){1,5}\.?$
        | ^(?:join|subscribe\s+to|sign\s+up\s+(?:for|to)|get)\s+(?:our|the)\s+(?:free\s+)?
            (?:\w+\s+){0,3}newsletters?[.!]?$
        | ^(?:leave\s+a\s+(?:comment|reply)|be\s+the\s+first\s+to\s+comment|post\s+a\s+comment|
            add\s+a\s+comment)[.!]?$",
    )
    .expect("static regex")
});

/// Lines that are page chrome by their own words, whatever the site.
const CHROME_LINES: &[&str] = &[
    "show caption",
    "hide caption",
    "table of contents",
    "contents",
    "in this article",
    "on this page",
    "jump to",
    "skip to main content",
    "skip to content",
    "advertisement",
    "sponsored",
    "back to top",
    "read more",
    "learn more",
    "share",
    "share this",
    "share this article",
    "share this story",
    "related",
    "related articles",
    "related stories",
    "previous article",
    "next article",
    "previous post",
    "next post",
    // The mark a newsletter box leaves where it stood in the text.
    "after newsletter promotion",
    // A blogging platform's header and buttons ("Published in" over the publication).
    "published in",
    "subscribe now",
];

const SOCIAL: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "email",
    "e",
    "mail",
    "sms",
    "linkedin",
    "pinterest",
    "whatsapp",
    "reddit",
    "print",
    "copy",
    "link",
    "share",
    "flipboard",
    "threads",
    "bluesky",
    "tumblr",
    "telegram",
];

/// True when a body line is chrome rather than article: a photo credit ("Credit: Jane
/// Doe / Agency"), a time stamp or reading time ("Updated on July 9, 2025", "8 min read"),
/// a share bar ("Facebook Twitter Email"), a pointer elsewhere ("See also: ...",
/// "Tags: ...", "Next article"), a lone control label ("Show Caption",
/// "Table of contents"), a box's small print (`SMALL_PRINT`), a picture credit alone on
/// its line or the site's copyright notice.
pub(super) fn is_chrome_line(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    let bare = line.trim_end_matches([':', '.', '!', '…']).trim();
    if CHROME_LINES.iter().any(|c| c.eq_ignore_ascii_case(bare)) || is_share_bar(bare) {
        return true;
    }
    // Counted no further than needed: most lines of a body are longer prose.
    let chars = line.chars().take(SMALL_PRINT_CHARS + 1).count();
    if chars > SMALL_PRINT_CHARS {
        return false;
    }
    if chars <= 120
        && (CREDIT.is_match(line)
            || COUNTER.is_match(line)
            || STAMP.is_match(line)
            || POINTER.is_match(line)
            || EDITED.is_match(line))
    {
        return true;
    }
    // "This entry was posted by Will Harmon on ... and is filed under Water. You can follow
    // any responses ...": a blog theme's line under the post.
    const POSTED: &str = "this entry was posted ";
    if line
        .get(..POSTED.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(POSTED))
    {
        return true;
    }
    // The pasted-text clipper's knowledge of credits and copyright lines holds for a
    // page's article too: a picture's credit alone on its line ("Getty Images / Jane
    // Doe", "AFP via Getty Images") and the site's copyright notice.
    let (small_print, copyright) = telling_words(bare);
    small_print && SMALL_PRINT.is_match(line)
        || scrape::credits::is_picture_credit(line)
        || copyright
            && (scrape::copyright::rights_notice(line)
                || scrape::copyright::copyright_holder(line).is_some())
}

/// Whether a line is a share bar: two words or more, each a network or a sharing verb
/// ("Facebook Twitter Email", "SMS Facebook X"), in any case.
pub(super) fn is_share_bar(line: &str) -> bool {
    let mut words = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let social = |w: &str| SOCIAL.iter().any(|s| s.eq_ignore_ascii_case(w));
    words.clone().nth(1).is_some() && words.all(social)
}

/// The words every branch of `SMALL_PRINT` needs (most lines of prose hold none, and the
/// check spares them the regex, which searches the whole line and leaves the fast engine
/// for the slow one at the first character outside ASCII, for its Unicode word
/// boundaries), then the copyright signs and words without which neither copyright test
/// can match.
const TELLING_WORDS: &[&str] = &[
    "affiliate",
    "commission",
    "compensation",
    "links",
    "agree",
    "consent",
    "confirm",
    "accept",
    "advertisement",
    "newsletter",
    "comment",
    "reply",
    "©",
    "ⓒ",
    // Folded by hand: the finder folds ASCII letters only.
    "Ⓒ",
    "(c)",
    "copyright",
    "저작권",
];

/// How many of `TELLING_WORDS` are small print's; the rest are copyright's.
const SMALL_PRINT_WORDS: usize = 12;

/// One finder of every telling word in any case: one pass over a line instead of one
/// substring search per word (the check ran on every line of every body).
static TELLING: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(TELLING_WORDS)
        .expect("static patterns")
});

/// Whether `line` holds a word of small print, and a copyright sign or word (in any case).
fn telling_words(line: &str) -> (bool, bool) {
    let (mut small_print, mut copyright) = (false, false);
    for found in TELLING.find_overlapping_iter(line) {
        if found.pattern().as_usize() < SMALL_PRINT_WORDS {
            small_print = true;
        } else {
            copyright = true;
        }
        if small_print && copyright {
            break;
        }
    }
    (small_print, copyright)
}

/// The longest line `is_chrome_line` reads as small print (a disclosure runs to about two
/// sentences); a longer one is the article's prose.
const SMALL_PRINT_CHARS: usize = 300;

#[cfg(test)]
mod tests;
