//! Which of a page's dates is its publication day: the metadata's published and modified
//! dates, the date the article header shows a reader, and a date in the URL path often
//! disagree, and each is wrong in its own typical way.
//!
//! - Metadata is exact but sometimes rewritten: a migration, a re-publication or a CMS
//!   that stamps pages when it renders them moves `datePublished` later than the day the
//!   article first appeared, while the header still shows that day.
//! - The header date is the reader's, but may be a revision ("Updated ...") or belong to
//!   a sidebar; only an unlabelled or "Published" date right at the headline counts. A
//!   revision labelled as one never beats a published date; an unlabelled header date
//!   that is the metadata's modified day does: the site dates the article by its revision.
//! - A URL date is fixed at first publication, in the publisher's local calendar day,
//!   which a UTC timestamp can miss by one.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::textdate::{Label, SeenDate};

/// Everything a page says about its date, before choosing.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Candidates<'a> {
    /// The metadata's publication date (normalised: RFC 3339 or `YYYY-MM-DD`).
    pub published: Option<&'a str>,
    /// The metadata's last-modified date (same form).
    pub modified: Option<&'a str>,
    /// A `<time datetime>` outside the article (`PageMeta::time_elsewhere`).
    pub time_elsewhere: Option<&'a str>,
    /// The date the article header shows (see `textdate`).
    pub seen: Option<SeenDate>,
    /// A full date in the URL path (see `url_date`).
    pub url: Option<NaiveDate>,
}

/// No news article on the web predates this year (as in `pubdate`).
const EARLIEST_YEAR: i32 = 1995;
/// A header date this close to the headline (characters of text) is the article's own,
/// not a sidebar's or a comment's.
const HEADER_REACH: usize = 400;
/// A header date at least this many days before a metadata publication day without a
/// time is the original publication; closer, the two may be one instant in two time zones.
const REPUBLISHED_AFTER_DAYS: i64 = 2;
/// The furthest west a local clock runs behind UTC (UTC-12).
const WESTMOST_OFFSET_HOURS: i64 = 12;

/// The publication date, as RFC 3339 or `YYYY-MM-DD`, or `None` when the page gives none.
///
/// In order:
/// 1. A full date in the URL path wins: it is fixed when the article is first published
///    and, unlike metadata, never rewritten by updates, migrations or re-publishing.
/// 2. The metadata's publication date, unless the header shows a date (not labelled
///    "Updated") earlier than any time zone can make of it (`earliest_day`): then the
///    metadata records a re-publication or a migration, and the header keeps the
///    original day. Or unless the header shows, unlabelled, the metadata's modified day:
///    then the site presents the refreshed article under that day (an evergreen guide
///    re-dated on each revision), and that is the date its reader cites.
/// 3. Without a metadata publication date: a `<time>` outside the article unless the
///    header shows another day, then the header's date, then the metadata's modified
///    date (a revision is the last resort, not a publication).
pub(crate) fn decide(c: Candidates<'_>) -> Option<String> {
    let chosen = from_page(&c);
    match c.url {
        // Keep the page's richer value (a time, an offset) when it names the same day.
        Some(url) if chosen.as_deref().and_then(day_of) != Some(url) => Some(ymd(url)),
        _ => chosen,
    }
}

/// Steps 2 and 3 of `decide`: the page's own dates, without the URL.
fn from_page(c: &Candidates<'_>) -> Option<String> {
    let in_header = c
        .seen
        .filter(|s| s.label != Label::Updated && s.distance.is_some_and(|d| d <= HEADER_REACH));
    if let Some(published) = c.published {
        let republished = in_header.is_some_and(|seen| {
            seen.date < earliest_day(published) && !day_month_swapped(seen.date, published)
        });
        // The modified stamp, when the header shows its day unlabelled, after publication
        // (it names the same day, with its time), and not beside the publication day: a
        // header showing both dates the article by its publication.
        let refreshed = c.modified.filter(|modified| {
            in_header.is_some_and(|seen| {
                seen.label == Label::Plain
                    && day_of(published).is_some_and(|p| seen.date > p && seen.beside != Some(p))
                    && day_of(modified) == Some(seen.date)
            })
        });
        return Some(match in_header {
            Some(seen) if republished => ymd(seen.date),
            _ => refreshed.unwrap_or(published).to_string(),
        });
    }
    // A `<time>` outside the article may be a sidebar's: the header's date beats it,
    // unless both name one day, read either way round (then the stamp keeps its time).
    if let Some(elsewhere) = c.time_elsewhere {
        return Some(match in_header {
            Some(seen)
                if day_of(elsewhere) != Some(seen.date)
                    && !day_month_swapped(seen.date, elsewhere) =>
            {
                ymd(seen.date)
            }
            _ => elsewhere.to_string(),
        });
    }
    c.seen
        .map(|s| ymd(s.date))
        .or_else(|| c.modified.map(str::to_string))
}

/// Whether `seen` with its day and month swapped is the metadata's day: the header wrote
/// the date in numbers the other way round ("02-12-2025" under a `datePublished` of
/// 2025-12-02), so it agrees with the metadata instead of predating it.
fn day_month_swapped(seen: NaiveDate, published: &str) -> bool {
    NaiveDate::from_ymd_opt(seen.year(), seen.day(), seen.month())
        .is_some_and(|swapped| Some(swapped) == day_of(published))
}

fn ymd(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// `/2025/07/14/`, `/2025-07-14-slug`, `/20250714/`, `/2023/october/03/`.
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2]|[a-z]{3,9})[/_-]?(0[1-9]|[12]\d|3[01])(?:$|[/_.-])",
    )
    .expect("valid regex")
});

/// A full calendar date written in a URL path, if any, and not after `today` nor before
/// 1995. A year and a month alone (`/2025/07/slug`) are not a day.
pub(crate) fn url_date(path: &str, today: NaiveDate) -> Option<NaiveDate> {
    URL_DATE.captures_iter(path).find_map(|c| {
        let year: i32 = c[1].parse().ok()?;
        let month: u32 = match c[2].parse() {
            Ok(m) => m,
            Err(_) => super::textdate::month_number(&c[2])?,
        };
        let day: u32 = c[3].parse().ok()?;
        NaiveDate::from_ymd_opt(year, month, day).filter(|d| year >= EARLIEST_YEAR && *d <= today)
    })
}

/// The earliest calendar day a header may show for the metadata's publication date and
/// still name the same instant: with a time, the day that instant falls on at UTC-12 (so
/// "2025-12-19T22:02Z" can be no earlier than the 19th anywhere, while "2026-02-23T00:57Z"
/// is the 22nd in America); a day alone allows `REPUBLISHED_AFTER_DAYS` - 1 days before.
fn earliest_day(published: &str) -> NaiveDate {
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(published) {
        return (at.with_timezone(&chrono::Utc) - chrono::Duration::hours(WESTMOST_OFFSET_HOURS))
            .date_naive();
    }
    day_of(published).map_or(NaiveDate::MIN, |d| {
        d - chrono::Duration::days(REPUBLISHED_AFTER_DAYS - 1)
    })
}

/// The calendar day a normalised date starts with.
fn day_of(date: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{Candidates, decide, url_date};
    use crate::clip::textdate::{Label, SeenDate};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn seen(date: NaiveDate, label: Label, distance: usize) -> Option<SeenDate> {
        Some(SeenDate {
            date,
            label,
            distance: Some(distance),
            beside: None,
        })
    }

    #[test]
    fn reads_dates_in_url_paths() {
        let today = day(2025, 7, 20);
        let cases: &[(&str, Option<NaiveDate>)] = &[
            ("/2025/07/14/rust-ships/", Some(day(2025, 7, 14))),
            ("/news/2025-07-14-rust-ships", Some(day(2025, 7, 14))),
            ("/archive/20250714/story.html", Some(day(2025, 7, 14))),
            ("/blog/2023/october/03/wine", Some(day(2023, 10, 3))),
            ("/2025/07/rust-ships/", None),
            ("/2025/13/40/odd", None),
            ("/2025/12/01/from-the-future", None),
            ("/1990/01/02/too-old", None),
            ("/p/2021123/item", None),
            ("/top-2020-best-10-laptops", None),
        ];
        for (path, want) in cases {
            assert_eq!(url_date(path, today), *want, "date in {path}");
        }
    }

    #[test]
    fn a_url_date_wins_but_keeps_the_metadata_time_of_the_same_day() {
        let c = Candidates {
            published: Some("2025-12-19T02:41:41Z"),
            url: Some(day(2025, 12, 18)),
            ..Candidates::default()
        };
        assert_eq!(
            decide(c).as_deref(),
            Some("2025-12-18"),
            "the URL holds the publisher's local day; the UTC stamp is the next one"
        );
        let c = Candidates {
            published: Some("2025-12-18T10:00:00Z"),
            url: Some(day(2025, 12, 18)),
            ..Candidates::default()
        };
        assert_eq!(decide(c).as_deref(), Some("2025-12-18T10:00:00Z"));
    }

    #[test]
    fn an_earlier_header_date_beats_a_republished_metadata_date() {
        let c = Candidates {
            published: Some("2025-06-24"),
            modified: Some("2025-06-24"),
            seen: seen(day(2024, 8, 25), Label::Plain, 40),
            ..Candidates::default()
        };
        assert_eq!(decide(c).as_deref(), Some("2024-08-25"));
        let far = Candidates {
            seen: seen(day(2024, 8, 25), Label::Plain, 5_000),
            ..c
        };
        assert_eq!(
            decide(far).as_deref(),
            Some("2025-06-24"),
            "a date far from the headline is not the header's"
        );
        let updated = Candidates {
            seen: seen(day(2024, 8, 25), Label::Updated, 40),
            ..c
        };
        assert_eq!(decide(updated).as_deref(), Some("2025-06-24"));
        let a_day_apart = Candidates {
            published: Some("2026-02-23T00:57:30Z"),
            seen: seen(day(2026, 2, 22), Label::Plain, 0),
            ..c
        };
        assert_eq!(
            decide(a_day_apart).as_deref(),
            Some("2026-02-23T00:57:30Z"),
            "one day apart may be one instant in two time zones"
        );
        let late_in_the_day = Candidates {
            published: Some("2025-12-19T22:02:58Z"),
            seen: seen(day(2025, 12, 18), Label::Plain, 30),
            ..c
        };
        assert_eq!(
            decide(late_in_the_day).as_deref(),
            Some("2025-12-18"),
            "22:02 UTC on the 19th is the 19th in every time zone: the header's 18th is older"
        );
        let day_only = Candidates {
            published: Some("2025-12-19"),
            seen: seen(day(2025, 12, 18), Label::Plain, 30),
            ..c
        };
        assert_eq!(
            decide(day_only).as_deref(),
            Some("2025-12-19"),
            "a day without a time is not moved by one day"
        );
    }

    #[test]
    fn a_header_date_in_numbers_the_other_way_round_agrees_with_the_metadata() {
        // "02-12-2025" read month first is February 12th; the metadata says December 2nd.
        let c = Candidates {
            published: Some("2025-12-02"),
            seen: seen(day(2025, 2, 12), Label::Plain, 40),
            ..Candidates::default()
        };
        assert_eq!(decide(c).as_deref(), Some("2025-12-02"));
        let really_older = Candidates {
            seen: seen(day(2025, 2, 13), Label::Plain, 40),
            ..c
        };
        assert_eq!(
            decide(really_older).as_deref(),
            Some("2025-02-13"),
            "a header date that no reading makes the metadata's is still the original"
        );
    }

    #[test]
    fn published_metadata_beats_a_later_header_date_unless_it_is_the_refresh() {
        let c = Candidates {
            published: Some("2024-02-27T00:00:00Z"),
            modified: Some("2025-12-04T00:00:00Z"),
            seen: seen(day(2025, 11, 30), Label::Plain, 10),
            ..Candidates::default()
        };
        assert_eq!(
            decide(c).as_deref(),
            Some("2024-02-27T00:00:00Z"),
            "a later header date that is not the revision's belongs to something else"
        );
        let refreshed = Candidates {
            seen: seen(day(2025, 12, 4), Label::Plain, 10),
            ..c
        };
        assert_eq!(
            decide(refreshed).as_deref(),
            Some("2025-12-04T00:00:00Z"),
            "the header presents the revised article under its revision day"
        );
        let labelled = Candidates {
            seen: seen(day(2025, 12, 4), Label::Updated, 10),
            ..c
        };
        assert_eq!(
            decide(labelled).as_deref(),
            Some("2024-02-27T00:00:00Z"),
            "an 'Updated' header is a revision, not the article's date"
        );
        let both_shown = Candidates {
            seen: seen(day(2025, 12, 4), Label::Plain, 10).map(|s| SeenDate {
                beside: Some(day(2024, 2, 27)),
                ..s
            }),
            ..c
        };
        assert_eq!(
            decide(both_shown).as_deref(),
            Some("2024-02-27T00:00:00Z"),
            "a header showing the revision beside the publication day dates it by its publication"
        );
    }

    #[test]
    fn without_published_metadata_the_header_beats_the_modified_date() {
        let c = Candidates {
            published: None,
            modified: Some("2024-04-12T08:00:00Z"),
            seen: seen(day(2024, 2, 9), Label::Plain, 60),
            ..Candidates::default()
        };
        assert_eq!(decide(c).as_deref(), Some("2024-02-09"));
        let only_modified = Candidates { seen: None, ..c };
        assert_eq!(
            decide(only_modified).as_deref(),
            Some("2024-04-12T08:00:00Z")
        );
        assert_eq!(decide(Candidates::default()), None);
    }

    #[test]
    fn a_time_outside_the_article_yields_to_the_header_date() {
        let sidebar = Candidates {
            time_elsewhere: Some("2025-06-02"),
            seen: seen(day(2025, 7, 10), Label::Plain, 20),
            ..Candidates::default()
        };
        assert_eq!(
            decide(sidebar).as_deref(),
            Some("2025-07-10"),
            "a recent-posts list's date is not the article's"
        );
        let same_day = Candidates {
            time_elsewhere: Some("2025-07-10T08:30:00Z"),
            ..sidebar
        };
        assert_eq!(decide(same_day).as_deref(), Some("2025-07-10T08:30:00Z"));
        let other_way_round = Candidates {
            time_elsewhere: Some("2025-12-02"),
            seen: seen(day(2025, 2, 12), Label::Plain, 20),
            ..sidebar
        };
        assert_eq!(
            decide(other_way_round).as_deref(),
            Some("2025-12-02"),
            "'02-12-2025' at the headline is the stamp's day written day first"
        );
        let far = Candidates {
            seen: seen(day(2025, 7, 10), Label::Plain, 5_000),
            ..sidebar
        };
        assert_eq!(
            decide(far).as_deref(),
            Some("2025-06-02"),
            "a date far from the headline is no header's"
        );
    }
}
