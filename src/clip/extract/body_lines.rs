//! An article's text as lines, and the lines it leaves out: chrome lines (see
//! `boilerplate::is_chrome_line`) wherever they stand, and the date and byline lines at
//! its edges (see `datelines`). The HTML the reader shows then leaves the same lines out
//! ([`BodyLines::strip_html`]), so that a reader is not shown a "Read more", an
//! "Advertisement - Page continues below" or a photo credit that the text, the search and
//! the highlights do not have.

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeId, NodeRef};

use super::boilerplate::{is_chrome_line, is_share_bar};
use super::datelines::edge_datelines;
use crate::clip::meta::collapse_ws;

/// Elements that show something besides text: one holding any of them is never removed
/// for its text alone (a `<figure>` whose only text is "Photo: Reuters" keeps its picture).
const MEDIA: &[&str] = &[
    "img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed", "math",
];

/// Elements that stand on lines of their own: the text gives each its own line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// The text of an article as its lines: those it keeps, and those it left out.
#[derive(Debug, Default)]
pub(super) struct BodyLines {
    kept: Vec<String>,
    /// Chrome lines: left out wherever they stand.
    chrome: HashSet<String>,
    /// Header lines left out from the top, top first.
    leading: Vec<String>,
    /// Date lines left out from the bottom, top first.
    trailing: Vec<String>,
}

impl BodyLines {
    /// The non-empty lines of `text`, whitespace collapsed, with its chrome lines set aside.
    pub(super) fn of(text: &str) -> Self {
        let mut lines = Self::default();
        for line in text.lines().map(collapse_ws).filter(|l| !l.is_empty()) {
            if is_chrome_line(&line) {
                lines.chrome.insert(line);
            } else {
                lines.kept.push(line);
            }
        }
        lines
    }

    /// Set aside the date lines that open or close the text and, given the article's
    /// `byline`, the byline line that opens it (see `datelines::edge_datelines`).
    pub(super) fn trim_edges(&mut self, byline: Option<&str>) {
        let lines: Vec<&str> = self.kept.iter().map(String::as_str).collect();
        let keep = edge_datelines(&lines, byline);
        let below = self.kept.split_off(keep.end);
        let kept = self.kept.split_off(keep.start);
        self.leading
            .append(&mut std::mem::replace(&mut self.kept, kept));
        // Lines set aside now stood above those set aside before.
        self.trailing.splice(0..0, below);
    }

    /// Whether no line is kept.
    /// The first line kept, if any.
    pub(super) fn first(&self) -> Option<&str> {
        self.kept.first().map(String::as_str)
    }

    pub(super) fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// The kept lines, one paragraph each, joined by a blank line.
    pub(super) fn text(&self) -> String {
        self.kept.join("\n\n")
    }

    /// `html` without the elements that hold nothing but a line the text left out (each
    /// chrome line wherever it stands, each edge line once, at its edge), and without the
    /// elements that removal leaves empty; `None` when the text left nothing out or no
    /// element holds such a line alone.
    ///
    /// An element counts when its whole text is the line, it holds no picture or other
    /// media, and it stands on a line of its own: a block, or an inline element between
    /// blocks (`<a>Read more</a>` after a paragraph). A link in a sentence stays.
    pub(super) fn strip_html(&self, html: &str) -> Option<String> {
        let dropped: Vec<&str> = self
            .chrome
            .iter()
            .chain(&self.leading)
            .chain(&self.trailing)
            .map(String::as_str)
            .collect();
        if dropped.is_empty() {
            return None;
        }
        let doc = Document::fragment(html);
        let mut tree = Tree::measure(&doc.root(), &dropped);
        let mut found = Vec::new();
        tree.lines_alone(&doc.root(), &dropped, &mut found);
        let mut chosen: Vec<NodeRef> = found
            .iter()
            .filter(|(_, line)| self.chrome.contains(line))
            .map(|(node, _)| *node)
            .collect();
        let free = |node: &NodeRef, chosen: &[NodeRef]| !chosen.iter().any(|c| c.id == node.id);
        for line in &self.leading {
            let first = found.iter().find(|(n, t)| t == line && free(n, &chosen));
            chosen.extend(first.map(|(n, _)| *n));
        }
        for line in self.trailing.iter().rev() {
            let last = found
                .iter()
                .rev()
                .find(|(n, t)| t == line && free(n, &chosen));
            chosen.extend(last.map(|(n, _)| *n));
        }
        if chosen.is_empty() {
            return None;
        }
        for node in chosen {
            tree.remove_with_emptied(node);
        }
        Some(doc.select("html").inner_html().to_string())
    }
}

/// What one walk of the fragment learns of each node, so that deciding which elements
/// hold a left-out line alone costs time linear in the fragment: asking each element for
/// its text and its media as the search meets it took depth x size (a fuzzed page of
/// 7 KB, nested deep, held a clip for a minute).
struct Tree {
    /// Each node's "ink": the bytes of its text that are not whitespace, which
    /// `collapse_ws` keeps as they are; a node's text can only be a line of the same ink.
    ink: HashMap<NodeId, usize>,
    /// The inks of the left-out lines.
    line_inks: HashSet<usize>,
    /// The longest left-out line, in bytes: a node whose text is much longer than that
    /// (whitespace aside) is not read for it.
    longest: usize,
    /// The elements that are or hold a picture, a video or other media.
    media: HashSet<NodeId>,
}

/// The bytes of `text` that are not whitespace.
fn ink_of(text: &str) -> usize {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(char::len_utf8)
        .sum()
}

impl Tree {
    /// Measure every node under `root`, children before parents.
    fn measure(root: &NodeRef, dropped: &[&str]) -> Self {
        let mut tree = Tree {
            ink: HashMap::new(),
            line_inks: dropped.iter().map(|l| ink_of(l)).collect(),
            longest: dropped.iter().map(|l| l.len()).max().unwrap_or(0),
            media: HashSet::new(),
        };
        // Document order puts each parent before its children: reversed, the children
        // come first and add to their parent.
        let nodes: Vec<NodeRef> = root.descendants_it().collect();
        for node in nodes.iter().rev() {
            let own = if node.is_text() {
                ink_of(&node.text())
            } else {
                0
            };
            let ink = own + tree.ink.get(&node.id).copied().unwrap_or(0);
            tree.ink.insert(node.id, ink);
            let media = tree.media.contains(&node.id)
                || node.node_name().is_some_and(|name| MEDIA.contains(&&*name));
            if media {
                tree.media.insert(node.id);
            }
            if let Some(parent) = node.parent() {
                *tree.ink.entry(parent.id).or_default() += ink;
                if media {
                    tree.media.insert(parent.id);
                }
            }
        }
        tree
    }

    fn ink(&self, node: &NodeRef) -> usize {
        self.ink.get(&node.id).copied().unwrap_or(0)
    }

    /// The text of `node`, whitespace collapsed, when it may be one of the left-out lines:
    /// its ink is a line's and its text not far longer than the longest.
    fn line_text(&self, node: &NodeRef) -> Option<String> {
        if !self.line_inks.contains(&self.ink(node)) {
            return None;
        }
        let text = node.text();
        (text.len() <= 4 * self.longest + 256).then(|| collapse_ws(&text))
    }

    /// Collect, in document order, the elements and text runs under `node` whose whole
    /// text is one of the `dropped` lines and that may be removed for it (see
    /// [`BodyLines::strip_html`]), each with its text.
    fn lines_alone<'a>(
        &self,
        node: &NodeRef<'a>,
        dropped: &[&str],
        found: &mut Vec<(NodeRef<'a>, String)>,
    ) {
        for child in node.children_it(false) {
            if !child.is_element() && !child.is_text() || self.ink(&child) == 0 {
                continue;
            }
            let line = self
                .line_text(&child)
                .filter(|text| dropped.contains(&text.as_str()));
            // A share bar's pictures are its buttons' icons: they go with it.
            let media =
                self.media.contains(&child.id) && !line.as_deref().is_some_and(is_share_bar);
            match line {
                Some(text) if !media && self.stands_alone(&child) => found.push((child, text)),
                // Inside an element that is the line but sits in a sentence, the line sits
                // in the sentence too: only a caption beside a picture is looked for.
                Some(_) if !media => {}
                _ if child.is_element() => self.lines_alone(&child, dropped, found),
                _ => {}
            }
        }
    }

    /// Whether `node` (an element or a run of text) is on a line of its own: a block, or
    /// with only line ends as its nearest siblings: blocks, `<br>`s, pictures (an icon or a
    /// photo before "8 min read" or "Source: ANI") or nothing.
    fn stands_alone(&self, node: &NodeRef) -> bool {
        if node.is_element() && is_block(node) {
            return true;
        }
        let ends_line = |n: &NodeRef| {
            n.is_element() && (is_block(n) || self.ink(n) == 0 && self.media.contains(&n.id))
        };
        [nearest_sibling(node, false), nearest_sibling(node, true)]
            .iter()
            .all(|side| side.as_ref().is_none_or(ends_line))
    }

    /// Remove `node`, then each ancestor left without text or media (a list whose one
    /// item was "Read more"), up to the fragment's top. The ancestors' ink goes down by
    /// the node's; their media marks stay (a share bar's icons may have been the only
    /// media of a wrapper, which then stays, empty: harmless).
    fn remove_with_emptied(&mut self, node: NodeRef) {
        let removed = self.ink(&node);
        let mut up = node.parent();
        while let Some(p) = up {
            if let Some(ink) = self.ink.get_mut(&p.id) {
                *ink = ink.saturating_sub(removed);
            }
            up = p.parent();
        }
        let mut parent = node.parent();
        // A line between `<br>`s takes one of them along, or a blank line would stay.
        if !(node.is_element() && is_block(&node)) {
            let br = [true, false]
                .into_iter()
                .find_map(|after| nearest_sibling(&node, after).filter(|n| n.has_name("br")));
            if let Some(br) = br {
                br.remove_from_parent();
            }
        }
        node.remove_from_parent();
        while let Some(p) = parent {
            let top = p.parent().is_none_or(|pp| !pp.is_element()) || p.has_name("html");
            if top || !p.is_element() || self.ink(&p) > 0 || self.media.contains(&p.id) {
                break;
            }
            parent = p.parent();
            p.remove_from_parent();
        }
    }
}

/// A block, or a `<br>`.
fn is_block(node: &NodeRef) -> bool {
    node.node_name()
        .is_some_and(|name| BLOCKS.contains(&&*name) || &*name == "br")
}

/// The sibling before (or with `after`, after) `node` that shows something: comments and
/// blank text between elements do not count.
fn nearest_sibling<'a>(node: &NodeRef<'a>, after: bool) -> Option<NodeRef<'a>> {
    let step = |n: &NodeRef<'a>| {
        if after {
            n.next_sibling()
        } else {
            n.prev_sibling()
        }
    };
    let mut side = step(node);
    while let Some(s) =
        side.filter(|s| !(s.is_element() || s.is_text() && !s.text().trim().is_empty()))
    {
        side = step(&s);
    }
    side
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "<p>The council approved the budget on Tuesday after a long debate \
        about the new rail line.</p><p>Opponents asked for an independent review before any \
        contract is signed.</p>";

    fn stripped(html: &str, byline: Option<&str>) -> (String, String) {
        let doc = Document::fragment(html);
        let mut lines = BodyLines::of(&doc.root().formatted_text());
        lines.trim_edges(byline);
        let html = lines.strip_html(html).unwrap_or_else(|| html.to_string());
        (lines.text(), html)
    }

    #[test]
    fn chrome_lines_leave_the_html_as_they_leave_the_text() {
        let html = format!(
            "<div><p>Advertisement - Page continues below</p>{STORY}\
             <ul><li><a href=\"/more\">Read More</a></li></ul>\
             <div><span>Table of Contents</span></div></div>"
        );
        let (text, out) = stripped(&html, None);
        for chrome in ["Advertisement", "Read More", "Table of Contents"] {
            assert!(!text.contains(chrome), "{chrome} is chrome in the text");
            assert!(!out.contains(chrome), "{chrome} left in {out}");
        }
        assert!(out.contains("independent review"), "{out}");
        assert!(!out.contains("<ul>"), "the emptied list goes too: {out}");
    }

    #[test]
    fn a_link_in_a_sentence_and_a_captioned_picture_stay() {
        // "Read more" is chrome alone on its line; inside a sentence it is the writer's.
        let html = format!(
            "<div><p>Read More</p>{STORY}<p>The plan is on the city's site. \
             <a href=\"/plan\">Read more</a></p><p>See <span><a href=\"/map\">Read More</a></span> \
             for the map.</p>\
             <figure><img src=\"harbour.jpg\"><figcaption>Photo: Shutterstock</figcaption>\
             </figure></div>"
        );
        let (_, out) = stripped(&html, None);
        assert!(!out.contains("<p>Read More</p>"), "{out}");
        assert!(out.contains("<a href=\"/plan\">Read more</a>"), "{out}");
        assert!(out.contains("<a href=\"/map\">Read More</a>"), "{out}");
        assert!(out.contains("<img src=\"harbour.jpg\">"), "{out}");
    }

    #[test]
    fn a_share_bar_goes_with_its_icons() {
        let icon =
            |n: &str| format!("<a href=\"/share/{n}\"><svg><path d=\"M0 0\"/></svg>{n}</a> ");
        let html = format!(
            "<div>{STORY}<div class=\"share\">{}{}{}</div>\
             <figure><img src=\"harbour.jpg\"><figcaption>The harbour at dawn</figcaption></figure></div>",
            icon("Facebook"),
            icon("Twitter"),
            icon("Email")
        );
        let (text, out) = stripped(&html, None);
        assert!(!text.contains("Facebook"), "{text}");
        assert!(!out.contains("Facebook") && !out.contains("<svg"), "{out}");
        assert!(
            out.contains("<img src=\"harbour.jpg\">"),
            "other pictures stay: {out}"
        );
    }

    #[test]
    fn a_line_between_line_breaks_or_beside_a_picture_goes_too() {
        let html = format!(
            "<div>{STORY}<p>The exhibition runs until October 6.<br>(With inputs from ANI)<br>\
             Source: ANI</p><p><span><img src=\"chart.png\"></span><span>Source: Salesforce</span></p>\
             <div><img alt=\"clock\"><span>8 min read</span></div></div>"
        );
        let (text, out) = stripped(&html, None);
        for chrome in [
            "With inputs from ANI",
            "Source: ANI",
            "Source: Salesforce",
            "8 min read",
        ] {
            assert!(
                !text.contains(chrome),
                "{chrome} is chrome in the text: {text}"
            );
            assert!(!out.contains(chrome), "{chrome} left in {out}");
        }
        assert!(
            out.contains("<p>The exhibition runs until October 6.</p>"),
            "the line breaks go with the lines: {out}"
        );
        assert!(out.contains("<img src=\"chart.png\">"), "{out}");
    }

    #[test]
    fn edge_datelines_leave_the_html_once_at_their_edge() {
        let html = format!(
            "<div><p>By Jane Doe</p><p>July 14, 2025</p>{STORY}<p>July 14, 2025</p>\
             <p>The mayor spoke last.</p><p>Updated July 15, 2025, 9:10 am</p></div>"
        );
        let (text, out) = stripped(&html, Some("Jane Doe"));
        assert!(text.starts_with("The council approved"), "{text}");
        assert!(text.ends_with("The mayor spoke last."), "{text}");
        assert!(
            !out.contains("Jane Doe") && !out.contains("Updated"),
            "{out}"
        );
        assert_eq!(
            out.matches("July 14, 2025").count(),
            1,
            "the date in the middle stays: {out}"
        );
    }

    #[test]
    fn nothing_left_out_leaves_the_html_alone() {
        let lines = BodyLines::of("The council voted.\n\nThe mayor spoke.");
        assert_eq!(lines.strip_html(STORY), None);
        assert_eq!(lines.text(), "The council voted.\n\nThe mayor spoke.");
    }
}
