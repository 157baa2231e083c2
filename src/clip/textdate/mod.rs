//! The publication date as a page shows it to a reader ("Published July 8, 2025",
//! "By Jane Doe · 14.07.2025", "2025年7月14日"), for pages whose metadata has none or
//! whose metadata disagrees with what the article header says.
//!
//! Works on the raw HTML in one linear pass (the `depth` tokenizer): the visible text is
//! laid out as one string with the position of the headline `<h1>`, every date-like run
//! is read, and the date of the article header is the one nearest after the headline,
//! taking a "published" date over an "updated" one when both sit there.

mod shapes;
mod visible;

use chrono::{DateTime, NaiveDate, Utc};

use shapes::Found;
pub(crate) use shapes::{find_dates, month_named, month_number};
use visible::VisibleText;

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

/// A date the page shows a reader, with how it is labelled and how far (in characters of
/// text) it stands from the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SeenDate {
    pub date: NaiveDate,
    pub label: Label,
    /// Characters between the headline and the date (text above the headline counts
    /// three times); `None` when the page has no `<h1>` to measure from.
    pub distance: Option<usize>,
    /// The first other day the header shows beside this one ("May 21, 2025 April 24,
    /// 2025": a revision shown beside the publication), if any.
    pub beside: Option<NaiveDate>,
}

/// Whether a page in `lang` writes dates in numbers month first ("04/03/2025" for April
/// 3rd): English as the United States, Canada and the Philippines write it, or English
/// with no region named; British, Irish, Indian, Australian and every other English, like
/// the other languages, put the day first.
fn writes_month_first(lang: &str) -> bool {
    let lang = lang.trim().to_ascii_lowercase();
    let mut parts = lang.split(['-', '_']);
    parts.next() == Some("en")
        && parts
            .next()
            .is_none_or(|region| ["us", "ca", "ph"].contains(&region))
}

/// The publication date that the page's visible text gives, if any.
///
/// `title` (the `<title>` or `og:title`) picks the headline among several `<h1>`s;
/// `lang` decides "03/04/2025" (month first only for American English or no language,
/// `writes_month_first`); dates
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
    let month_first = lang.is_none_or(writes_month_first);
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
        beside: None,
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
    let (label, _, _, chosen) = best?;
    let beside = found
        .iter()
        .filter(|f| f.start.abs_diff(nearest.start) <= CLUSTER && distance(f).is_some())
        .map(|f| f.date)
        .find(|d| *d != chosen.date);
    Some(SeenDate {
        beside,
        ..seen(chosen, label)
    })
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
    fn a_header_of_two_days_says_which_other_day_it_shows() {
        let html = "<h1>Best espresso machines under $500</h1>\
                    <p><time>May 21, 2025</time> <time>April 24, 2025</time> by The Ritualist</p>\
                    <p>Espresso at home need not cost a fortune.</p>";
        let seen = visible_date(html, None, Some("en"), now(), false).expect("a header date");
        assert_eq!(
            seen.date.to_string(),
            "2025-05-21",
            "the first is the one shown first"
        );
        assert_eq!(
            seen.beside.map(|d| d.to_string()).as_deref(),
            Some("2025-04-24")
        );
        let one =
            "<h1>Harbour tug crews vote to strike</h1><p>May 21, 2025</p><p>Tug crews voted.</p>";
        let seen = visible_date(one, None, Some("en"), now(), false).expect("a header date");
        assert_eq!(
            seen.beside, None,
            "a header of one day shows nothing beside it"
        );
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
            ("<h1>Head</h1><p>14-Jul-2025 10:09</p>", None, "2025-07-14"),
            (
                "<h1>Head</h1><p>el 04-ago-2021</p>",
                Some("es"),
                "2021-08-04",
            ),
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
            (
                "<h1>Rubrik</h1><p>Publicerad 13 maj 2025 kl. 06.00</p>",
                Some("sv"),
                "2025-05-13",
            ),
            (
                "<h1>Tytuł</h1><p>14 lipca 2025 | 16:40</p>",
                Some("pl"),
                "2025-07-14",
            ),
            (
                "<h1>Заголовок</h1><p>14 июля 2025, 10:09</p>",
                Some("ru"),
                "2025-07-14",
            ),
            (
                "<h1>Заголовок</h1><p>3 березня 2025 р.</p>",
                Some("uk"),
                "2025-03-03",
            ),
            (
                "<h1>Titulek</h1><p>14. července 2025</p>",
                Some("cs"),
                "2025-07-14",
            ),
            (
                "<h1>Başlık</h1><p>14 Temmuz 2025 Pazartesi</p>",
                Some("tr"),
                "2025-07-14",
            ),
            (
                "<h1>BAŞLIK</h1><p>19 KASIM 2024</p>",
                Some("tr"),
                "2024-11-19",
            ),
            (
                "<h1>Titlu</h1><p>14 iulie 2025</p>",
                Some("ro"),
                "2025-07-14",
            ),
            (
                "<h1>Cím</h1><p>2025. július 14. 10:09</p>",
                Some("hu"),
                "2025-07-14",
            ),
            (
                "<h1>Otsikko</h1><p>14. heinäkuuta 2025</p>",
                Some("fi"),
                "2025-07-14",
            ),
            (
                "<h1>Τίτλος</h1><p>14 Ιουλίου 2025</p>",
                Some("el"),
                "2025-07-14",
            ),
            (
                "<h1>제목</h1><p>2025년 7월 14일 10:09</p>",
                Some("ko"),
                "2025-07-14",
            ),
            // British English writes the day first, American English the month.
            (
                "<h1>Head</h1><p>Published: 04/03/2025</p>",
                Some("en-GB"),
                "2025-03-04",
            ),
            (
                "<h1>Head</h1><p>Published: 04/03/2025</p>",
                Some("en-US"),
                "2025-04-03",
            ),
            (
                "<h1>Head</h1><p>Published: 04/03/2025</p>",
                Some("en"),
                "2025-04-03",
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
    fn the_headline_shares_the_title_s_words_not_its_little_ones_or_repeats() {
        let filler = "<p>filler words here</p>".repeat(40);
        let headline = "<h1>Bike Trails in Houston</h1><p>April 12, 2024</p>";
        for teaser in [
            // Before: "where", "to", "in", "Houston" against "Bike" and "Houston".
            "<h1>Where to Kayak in Houston</h1><p>04/09/2024</p>",
            // Before: "Houston" three times.
            "<h1>Houston to Houston, in Houston</h1><p>04/09/2024</p>",
        ] {
            let html = format!("{headline}{filler}{teaser}");
            let got = visible_date(&html, Some("Where to Bike in Houston"), None, now(), false);
            assert_eq!(
                got.map(|d| d.date.to_string()).as_deref(),
                Some("2024-04-12"),
                "{teaser}"
            );
        }
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
