//! The publication date as a page shows it to a reader ("Published July 8, 2025",
//! "By Jane Doe · 14.07.2025", "2025年7月14日"), for pages whose metadata has none or
//! whose metadata disagrees with what the article header says.
//!
//! Works on the raw HTML in one linear pass (the `depth` tokenizer): the visible text is
//! laid out as one string with the position of the headline `<h1>`, every date-like run
//! is read, and the date of the article header is the one nearest after the headline,
//! taking a "published" date over an "updated" one when both sit there.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use regex::Regex;

use super::depth::{Token, scan};

/// No news article on the web predates this year (as in `pubdate`).
const EARLIEST_YEAR: i32 = 1995;
/// A date this many characters of text before the headline still belongs to its header
/// (sites print the date above the `<h1>` too).
const BEFORE_HEADLINE: usize = 400;
/// ... and this many after it.
const AFTER_HEADLINE: usize = 1_500;
/// How much text after the headline `header_only` reads: the header's reach, a cluster
/// and a long date.
const HEADER_WINDOW: usize = 400 + CLUSTER + 80;
/// Dates this close to the nearest one form the header's cluster ("Published X ·
/// Updated Y").
const CLUSTER: usize = 160;
/// How far back a label ("Published", "Updated") may stand before its date.
const LABEL_REACH: usize = 40;

/// Month names and their numbers: English (with abbreviations, matched by prefix),
/// German, French, Spanish, Italian, Portuguese and Dutch.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("dezembro", 12),
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
];

const MONTH_RE: &str = r"(jan(?:uary|uar|vier)?|jänner|feb(?:ruary|ruar|rero|braio|ereiro)?|février|mar(?:ch|s|zo|ço)?|märz|maart|apr(?:il|ile)?|avril|abril|may(?:o)?|mai(?:o)?|mei|maggio|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juillet|luglio|aug(?:ust|ustus)?|août|agosto|sep(?:t|tember|tembre|tiembre)?|setiembre|settembre|setembro|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|outubro|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember|embro)?|décembre|dic(?:iembre|embre)?|enero|gennaio|janeiro|januari|februari)";

/// "July 14, 2025", "Jul. 14th 2025", "Friday December 19, 2025".
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b{MONTH_RE}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    ))
    .expect("valid regex")
});
/// "14 July 2025", "14th of July, 2025", "14. Juli 2025", "14 de julio de 2025".
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?{MONTH_RE}\.?,?\s+(?:de\s+)?(\d{{4}})\b"
    ))
    .expect("valid regex")
});
/// "2025-07-14", "2025.07.14", "2025/7/14", "2025. 7. 14.", "2025-07-14T08:10+02:00".
static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})\s?[-./]\s?(\d{1,2})\s?[-./]\s?(\d{1,2})(?:\b|T)").expect("valid regex")
});
/// "14.07.2025", "07/14/2025", "14-07-2025".
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})([./-])(\d{1,2})[./-](\d{4})\b").expect("valid regex")
});
/// "2025年7月14日".
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日").expect("valid regex")
});

/// Words that mark the date after them as the first publication of a republished or
/// syndicated article: it wins wherever it stands.
const ORIGINAL_LABELS: &[&str] = &[
    "originally published",
    "first published",
    "originally posted",
    "first posted",
];
/// Words that mark the date after them as the publication date.
const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "posted",
    "submitted",
    "created",
    "publié",
    "veröffentlicht",
    "publicado",
    "pubblicato",
    "post time",
    "发布",
];
/// Words that mark the date after them as a revision date.
const UPDATED_LABELS: &[&str] = &[
    "updated",
    "modified",
    "revised",
    "aktualisiert",
    "mis à jour",
    "actualizado",
    "aggiornato",
    "更新",
];

/// How the page labels a date it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Label {
    Original,
    Published,
    Plain,
    Updated,
}

/// A date read from the text, with where it starts and ends (byte offsets).
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    date: NaiveDate,
}

/// A date the page shows a reader, with how it is labelled and how far (in characters of
/// text) it stands from the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SeenDate {
    pub date: NaiveDate,
    pub label: Label,
    /// Characters between the headline and the date (text above the headline counts
    /// three times); `None` when the page has no `<h1>` to measure from.
    pub distance: Option<usize>,
}

/// The publication date that the page's visible text gives, if any.
///
/// `title` (the `<title>` or `og:title`) picks the headline among several `<h1>`s;
/// `lang` decides "03/04/2025" (month first only for English or no language); dates
/// before 1995 or after `now` are not publication dates. The date of the article header
/// (just before or after the headline) wins; without one, the first date after the
/// headline (or in the page, when it has no `<h1>`).
///
/// With `header_only`, only the text within `HEADER_WINDOW` of the headline is read (and a
/// page without an `<h1>` gives nothing): the cheap question of what the header shows,
/// for pages whose metadata already dates them.
pub(crate) fn visible_date(
    html: &str,
    title: Option<&str>,
    lang: Option<&str>,
    now: DateTime<Utc>,
    header_only: bool,
) -> Option<SeenDate> {
    let page = VisibleText::of(html);
    let month_first = lang.is_none_or(|l| l.to_ascii_lowercase().starts_with("en"));
    let headline = page.headline(title);
    let (h_start, h_end) = headline.unwrap_or((0, 0));
    let found = if header_only {
        headline?;
        let lo = page
            .text
            .floor_char_boundary(h_start.saturating_sub(BEFORE_HEADLINE));
        let hi = page.text.ceil_char_boundary(h_end + HEADER_WINDOW);
        let mut found = find_dates(&page.text[lo..hi], month_first, now.date_naive());
        for f in &mut found {
            f.start += lo;
            f.end += lo;
        }
        found
    } else {
        find_dates(&page.text, month_first, now.date_naive())
    };
    if found.is_empty() {
        return None;
    }
    let distance = |f: &Found| {
        if f.start >= h_end {
            Some(f.start - h_end)
        } else if f.end <= h_start && h_start - f.end <= BEFORE_HEADLINE {
            // Above the headline is the exception (section fronts, "latest" lists).
            Some((h_start - f.end) * 3)
        } else {
            None
        }
    };
    let labels = labels_of(&page.text, &found);
    let reported = |f: &Found| headline.and_then(|_| distance(f));
    let seen = |f: &Found, label: Label| SeenDate {
        date: f.date,
        label,
        distance: reported(f),
    };
    // "Originally published ..." names the first publication wherever it stands.
    if let Some((f, l)) = found
        .iter()
        .zip(&labels)
        .find(|(f, l)| **l == Label::Original && f.start >= h_start)
    {
        return Some(seen(f, *l));
    }
    let nearest = found
        .iter()
        .filter_map(|f| distance(f).map(|d| (d, f)))
        .min_by_key(|(d, _)| *d);
    let (dist, nearest) = nearest?;
    if dist > AFTER_HEADLINE {
        // No header date: a date labelled as the publication beats the nearest one.
        let labelled = found
            .iter()
            .zip(&labels)
            .find(|(f, l)| **l == Label::Published && distance(f).is_some());
        return Some(match labelled {
            Some((f, l)) => seen(f, *l),
            None => seen(nearest, Label::Plain),
        });
    }
    // The header's cluster: the nearest date and those right around it.
    let mut best: Option<(Label, bool, usize, &Found)> = None;
    for (f, label) in found.iter().zip(&labels) {
        let close = f.start.abs_diff(nearest.start) <= CLUSTER;
        if !close || distance(f).is_none() {
            continue;
        }
        let key = (*label, f.start < h_end, f.start, f);
        if best.is_none_or(|b| (key.0, key.1, key.2) < (b.0, b.1, b.2)) {
            best = Some(key);
        }
    }
    best.map(|(label, _, _, f)| seen(f, label))
}

/// The label of each found date, from the text between the previous date and it.
fn labels_of(text: &str, found: &[Found]) -> Vec<Label> {
    let mut prev_end = 0;
    found
        .iter()
        .map(|f| {
            let from = text.floor_char_boundary(f.start.saturating_sub(LABEL_REACH * 4));
            let label = label_before(&text[prev_end.max(from)..f.start]);
            prev_end = f.end;
            label
        })
        .collect()
}

/// The label that governs a date, from the text between the previous date and it: the
/// last "Published"-like or "Updated"-like word within reach.
fn label_before(gap: &str) -> Label {
    let lower = gap.to_lowercase();
    let tail_start = lower
        .char_indices()
        .rev()
        .nth(LABEL_REACH - 1)
        .map_or(0, |(i, _)| i);
    let tail = &lower[tail_start..];
    let last = |labels: &[&str]| labels.iter().filter_map(|l| tail.rfind(l)).max();
    if last(ORIGINAL_LABELS).is_some() {
        return Label::Original;
    }
    match (last(PUBLISHED_LABELS), last(UPDATED_LABELS)) {
        (Some(p), Some(u)) if u > p => Label::Updated,
        (Some(_), _) => Label::Published,
        (None, Some(_)) => Label::Updated,
        (None, None) => Label::Plain,
    }
}

/// Every plausible date in `text`, in order, overlapping matches dropped.
fn find_dates(text: &str, month_first: bool, today: NaiveDate) -> Vec<Found> {
    let mut found = Vec::new();
    let mut push = |start: usize, end: usize, y: &str, m: u32, d: &str| {
        let (Ok(y), Ok(d)) = (y.parse::<i32>(), d.parse::<u32>()) else {
            return;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
            && date.year() >= EARLIEST_YEAR
            && date <= today
        {
            found.push(Found { start, end, date });
        }
    };
    for c in MONTH_DAY_YEAR.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        if let Some(m) = month_number(&c[1]) {
            push(whole.start(), whole.end(), &c[3], m, &c[2]);
        }
    }
    for c in DAY_MONTH_YEAR.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        if let Some(m) = month_number(&c[2]) {
            push(whole.start(), whole.end(), &c[3], m, &c[1]);
        }
    }
    for c in YEAR_FIRST.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        if let Ok(m) = c[2].parse() {
            push(whole.start(), whole.end(), &c[1], m, &c[3]);
        }
    }
    for c in CJK.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        if let Ok(m) = c[2].parse() {
            push(whole.start(), whole.end(), &c[1], m, &c[3]);
        }
    }
    for c in NUMERIC.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        let (Ok(a), Ok(b)) = (c[1].parse::<u32>(), c[3].parse::<u32>()) else {
            continue;
        };
        // Dots are day-first everywhere; slashes and dashes follow the page's language
        // unless one number cannot be a month.
        let day_first = &c[2] == "." || a > 12 || (b <= 12 && !month_first);
        let (m, d) = if day_first { (b, a) } else { (a, b) };
        push(whole.start(), whole.end(), &c[4], m, &d.to_string());
    }
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if kept.last().is_none_or(|k| f.start >= k.end) {
            kept.push(f);
        }
    }
    kept
}

/// The month a name or abbreviation stands for, in any language of `MONTHS`.
pub(super) fn month_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if let Some((_, m)) = MONTHS.iter().find(|(name, _)| *name == w) {
        return Some(*m);
    }
    // Abbreviations: the first three letters of an English or German name ("Sept", "Okt").
    let head: String = w.chars().take(3).collect();
    MONTHS
        .iter()
        .find(|(name, _)| name.starts_with(&head))
        .map(|(_, m)| *m)
}

/// The page's text as a reader sees it, with where each `<h1>` sits.
struct VisibleText {
    text: String,
    /// (start, end) byte offsets of each `<h1>`'s text in `text`.
    headings: Vec<(usize, usize)>,
}

impl VisibleText {
    fn of(html: &str) -> Self {
        let mut text = String::with_capacity(html.len() / 4);
        let mut headings = Vec::new();
        let mut open_h1: Option<usize> = None;
        let mut hidden = 0usize;
        scan(html, |token| match token {
            Token::Text(t) if hidden == 0 => {
                let t = decode_entities(t);
                let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                if !t.is_empty() {
                    text.push_str(&t);
                    text.push('\n');
                }
            }
            Token::Open(name) if name == "h1" => open_h1 = Some(text.len()),
            Token::Close(name) if name == "h1" => {
                if let Some(start) = open_h1.take()
                    && text.len() > start
                {
                    headings.push((start, text.len()));
                }
            }
            Token::Open(name) if matches!(name.as_str(), "noscript" | "template") => hidden += 1,
            Token::Close(name) if matches!(name.as_str(), "noscript" | "template") => {
                hidden = hidden.saturating_sub(1);
            }
            _ => {}
        });
        Self { text, headings }
    }

    /// The headline `<h1>`: the one sharing most words with `title`, else the first.
    fn headline(&self, title: Option<&str>) -> Option<(usize, usize)> {
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let title_words = title.map(words).unwrap_or_default();
        let shared = |&(s, e): &(usize, usize)| {
            words(&self.text[s..e])
                .iter()
                .filter(|w| title_words.contains(w))
                .count()
        };
        let mut best: Option<((usize, usize), usize)> = None;
        for h in &self.headings {
            let n = shared(h);
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((*h, n));
            }
        }
        best.map(|(h, _)| h)
    }
}

/// Decode the character references that matter for dates and labels: numeric ones and a
/// few named spaces and dashes.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(semi) = after.find(';').filter(|&i| i <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let name = &after[..semi];
        let ch = if let Some(num) = name.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            code.and_then(char::from_u32)
        } else {
            match name {
                "nbsp" | "ensp" | "emsp" | "thinsp" => Some(' '),
                "amp" => Some('&'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "middot" => Some('·'),
                "bull" => Some('•'),
                _ => None,
            }
        };
        match ch {
            Some(c) => {
                out.push(if c == '\u{a0}' { ' ' } else { c });
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDate, Utc};

    use super::{Label, visible_date};

    fn now() -> DateTime<Utc> {
        "2025-07-20T12:00:00Z".parse().expect("valid")
    }

    fn day(html: &str, lang: Option<&str>) -> Option<String> {
        visible_date(html, None, lang, now(), false).map(|d| d.date.to_string())
    }

    #[test]
    fn reads_dates_in_many_shapes() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("<h1>Head</h1><p>July 14, 2025</p>", None, "2025-07-14"),
            (
                "<h1>Head</h1><p>Jul 14, 2025 10:09 am</p>",
                None,
                "2025-07-14",
            ),
            (
                "<h1>Head</h1><p>Published 14 June 2023</p>",
                None,
                "2023-06-14",
            ),
            ("<h1>Head</h1><span>14.07.2025</span>", None, "2025-07-14"),
            (
                "<h1>Head</h1><span>2025年7月14日</span>",
                None,
                "2025-07-14",
            ),
            ("<h1>Head</h1><p>Sept. 3rd, 2024</p>", None, "2024-09-03"),
            (
                "<h1>Head</h1><p>03/04/2025</p>",
                Some("en-US"),
                "2025-03-04",
            ),
            ("<h1>Head</h1><p>03/04/2025</p>", Some("fr"), "2025-04-03"),
            (
                "<h1>Head</h1><p>Posted on the 15/06/2025</p>",
                None,
                "2025-06-15",
            ),
            (
                "<h1>Kopf</h1><p>14. Juli 2025</p>",
                Some("de"),
                "2025-07-14",
            ),
            (
                "<h1>Tête</h1><p>14 juillet 2025</p>",
                Some("fr"),
                "2025-07-14",
            ),
            (
                "<h1>Head</h1><p>Saturday&nbsp;5 July, 2025</p>",
                None,
                "2025-07-05",
            ),
        ];
        for (html, lang, want) in cases {
            assert_eq!(day(html, *lang).as_deref(), Some(*want), "date in {html}");
        }
    }

    #[test]
    fn prefers_published_over_updated_in_the_header() {
        let html = "<h1>Head</h1><p>By Jane · Updated Jul 10, 2025</p><p>Published Jun 2, 2025</p>";
        assert_eq!(day(html, None).as_deref(), Some("2025-06-02"));
        let html = "<h1>Head</h1><p>June 2, 2025 - Updated July 10, 2025</p>";
        assert_eq!(
            day(html, None).as_deref(),
            Some("2025-06-02"),
            "an unlabelled date beside an updated one is the publication"
        );
        let html = "<h1>Head</h1><p>Last updated: July 10, 2025</p>";
        assert_eq!(
            day(html, None).as_deref(),
            Some("2025-07-10"),
            "an updated date alone is all the page says"
        );
    }

    #[test]
    fn takes_the_header_date_not_the_sidebar() {
        let html = "<nav>Latest: May 1, 2025</nav><div>menu</div><h1>Rust ships</h1>\
                    <p>By Jane Doe</p><p>June 3, 2025</p><p>Body text.</p>\
                    <aside>Related: April 9, 2025</aside>";
        let got = visible_date(html, Some("Rust ships | Site"), None, now(), false).map(|d| d.date);
        assert_eq!(got, NaiveDate::from_ymd_opt(2025, 6, 3));
        let two_h1 = "<h1>Site</h1><p>May 1, 2025</p>".to_string()
            + &"<p>filler words</p>".repeat(20)
            + "<h1>Rust ships today</h1><p>June 3, 2025</p>";
        assert_eq!(
            visible_date(&two_h1, Some("Rust ships today"), None, now(), false)
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2025-06-03"),
            "the <h1> that matches the title is the headline"
        );
    }

    #[test]
    fn reads_iso_timestamps_in_the_text() {
        let html = "<h1>Head</h1><p>Jane Doe</p><p>2025-07-14T08:10+02:00</p>";
        assert_eq!(day(html, None).as_deref(), Some("2025-07-14"));
    }

    #[test]
    fn an_originally_published_date_wins_wherever_it_stands() {
        let html = "<h1>Head</h1><p>September 30, 2022</p><p>Body text.</p>\
                    <p>This article was originally published on 26 Sep 2019 at 4:12pm.</p>";
        assert_eq!(day(html, None).as_deref(), Some("2019-09-26"));
    }

    #[test]
    fn far_from_the_headline_a_labelled_date_beats_the_nearest() {
        let filler = "<p>filler words here</p>".repeat(120);
        let html = format!(
            "<h1>Head</h1>{filler}<p>Related: June 21, 2017</p>{filler}\
             <p>Posted on April 13, 2023</p>"
        );
        assert_eq!(day(&html, None).as_deref(), Some("2023-04-13"));
    }

    #[test]
    fn reports_label_and_distance() {
        let got = visible_date(
            "<h1>Head</h1><p>Updated July 10, 2025</p>",
            None,
            None,
            now(),
            false,
        )
        .expect("a date");
        assert_eq!(got.label, Label::Updated);
        assert_eq!(got.distance, Some(8), "\"Updated \" stands between");
    }

    #[test]
    fn header_only_reads_around_the_headline() {
        let filler = "<p>filler words here</p>".repeat(60);
        let near = "<h1>Head</h1><p>June 3, 2025</p>";
        let far = format!("<h1>Head</h1>{filler}<p>June 3, 2025</p>");
        let header = |html: &str| visible_date(html, None, None, now(), true).map(|d| d.date);
        assert_eq!(header(near), NaiveDate::from_ymd_opt(2025, 6, 3));
        assert_eq!(header(&far), None, "past the header's reach");
        assert_eq!(
            header("<p>June 3, 2025</p>"),
            None,
            "no headline, no header"
        );
        let above = "<p>June 3, 2025</p><h1>Head</h1><p>Body</p>";
        assert_eq!(header(above), NaiveDate::from_ymd_opt(2025, 6, 3));
    }

    #[test]
    fn rejects_impossible_and_hidden_dates() {
        for html in [
            "<h1>Head</h1><p>March 3, 1990</p>",
            "<h1>Head</h1><p>December 1, 2025</p>",
            "<h1>Head</h1><p>31.02.2025</p>",
            "<h1>Head</h1><script>var d = 'July 1, 2025'</script>",
            "<h1>Head</h1><template>July 1, 2025</template>",
            "<h1>Head</h1><p>No date, only 2025.</p>",
        ] {
            assert_eq!(day(html, None), None, "no publication date in {html}");
        }
    }
}
