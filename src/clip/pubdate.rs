//! Publication-date strings as sites write them -> RFC 3339 or `YYYY-MM-DD`.
//!
//! Pages put dates in metadata in a dozen shapes ("2024-05-01T09:30:00+0000",
//! "Wed, 01 May 2024 09:30:00 GMT", "May 1, 2024", "20240501", epoch seconds). chrono
//! parses each shape; this file lists the shapes and decides what is plausible. What
//! chrono cannot read ("Dec 17th 2025", "13/11/2025 09:21:40", "14. Juli 2025") is read by
//! the shapes of dates in page text (`textdate`), when it can only mean one day.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

use super::textdate::find_dates;

/// No news article on the web predates this year; earlier values are placeholders
/// ("0001-01-01", "1970-01-01") or birth dates.
const EARLIEST_YEAR: i32 = 1995;

/// Date-and-time shapes with an offset.
const ZONED_FORMATS: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M%z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M:%S%z",
    "%Y-%m-%d %H:%M%z",
    "%a, %d %b %Y %H:%M:%S %z",
    "%a %b %d %H:%M:%S %z %Y",
];

/// Date-and-time shapes without an offset; read as UTC.
const NAIVE_FORMATS: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
];

/// Date-only shapes.
const DATE_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%b. %d, %Y",
    "%A, %B %d, %Y",
    // Scholarly `citation_publication_date` ("2023 Jan 7").
    "%Y %b %d",
    "%Y %B %d",
];

/// Normalise a date string found in a page.
///
/// Returns RFC 3339 (`2024-05-01T09:30:00Z`, offset kept as written, seconds precision)
/// when the string carries a time, `YYYY-MM-DD` when it carries only a date, and `None`
/// when it cannot be read or is implausible (before 1995 or more than a year ahead of now).
/// A time without an offset is taken as UTC.
pub(crate) fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim().trim_end_matches(['.', ',']);
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    parse_zoned(s)
        .map(|dt| {
            (
                dt.date_naive(),
                dt.to_rfc3339_opts(SecondsFormat::Secs, true),
            )
        })
        .or_else(|| {
            parse_naive(s).map(|n| {
                let utc = n.and_utc();
                (
                    utc.date_naive(),
                    utc.to_rfc3339_opts(SecondsFormat::Secs, true),
                )
            })
        })
        .or_else(|| parse_date(s).map(|d| (d, d.format("%Y-%m-%d").to_string())))
        .filter(|(date, _)| plausible(*date))
        .map(|(_, text)| text)
}

fn parse_zoned(s: &str) -> Option<DateTime<FixedOffset>> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt);
    }
    // JavaScript's `Date.prototype.toString()`, which pages rendered by scripts put in
    // their JSON-LD: "Fri Apr 01 2022 20:42:09 GMT+0000 (Coordinated Universal Time)".
    if let Some(head) = s
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .map(|p| p.0)
        && let Ok(dt) = DateTime::parse_from_str(head, "%a %b %d %Y %H:%M:%S GMT%z")
    {
        return Some(dt);
    }
    // "...Z" with fractional seconds or without seconds: chrono's %z does not take "Z".
    let z_as_offset = s.strip_suffix('Z').map(|head| format!("{head}+00:00"));
    let candidates = [Some(s.to_string()), z_as_offset];
    candidates.iter().flatten().find_map(|c| {
        ZONED_FORMATS
            .iter()
            .find_map(|f| DateTime::parse_from_str(c, f).ok())
    })
}

fn parse_naive(s: &str) -> Option<NaiveDateTime> {
    if let Some(dt) = NAIVE_FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
    {
        return Some(dt);
    }
    // Epoch seconds (10 digits) or milliseconds (13 digits), as some CMSs emit.
    if s.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = s.parse().ok()?;
        let dt = match s.len() {
            10 => DateTime::<Utc>::from_timestamp(n, 0)?,
            13 => DateTime::<Utc>::from_timestamp_millis(n)?,
            _ => return None,
        };
        return Some(dt.naive_utc());
    }
    None
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    if let Some(d) = DATE_FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
    {
        return Some(d);
    }
    if let Some(d) = written_date(s) {
        return Some(d);
    }
    // Last resort: a string that starts with an ISO date followed by something we do not
    // know ("2024-05-01T9:30 EST", "2024-05-01 (updated)").
    let head = s.get(..10)?;
    let rest = &s[10..];
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// A date as page text writes it, read by `textdate`'s shapes: after nothing or a
/// weekday, before nothing or a time ("Thu, 09/25/2025 - 00:00", "Dec 17th 2025",
/// "February 6, 2025, 5:19:07 PM"; the time's zone is unknown, so only the day is kept).
/// Read both ways round, day and month in numbers must name the same day: "13/11/2025"
/// does, "05/08/2014" does not, as metadata does not say whose convention it follows.
fn written_date(s: &str) -> Option<NaiveDate> {
    let read = |month_first| {
        find_dates(s, month_first, NaiveDate::MAX)
            .into_iter()
            .next()
    };
    let (first, other) = (read(true)?, read(false)?);
    let before = s[..first.start].trim_end_matches([' ', ',']);
    let after = s[first.end..].trim_start_matches([' ', ',', '-']);
    let after = after.strip_prefix("at ").unwrap_or(after);
    let before = before.to_lowercase();
    let named = WEEKDAYS.iter().position(|w| *w == before).map(|i| i % 7);
    let time = after.is_empty() || after.starts_with(|c: char| c.is_ascii_digit());
    if !(before.is_empty() || named.is_some()) || !time {
        return None;
    }
    if first.date == other.date {
        return Some(first.date);
    }
    // "Tue, 07/08/2025 - 14:30" (Drupal's default): the weekday tells which reading is
    // the day, when only one of them falls on it.
    let on_day = |d: NaiveDate| named == Some(d.weekday().num_days_from_monday() as usize);
    match (on_day(first.date), on_day(other.date)) {
        (true, false) => Some(first.date),
        (false, true) => Some(other.date),
        _ => None,
    }
}

/// Weekday names, whole and as dates in metadata shorten them, lower-cased.
pub(crate) const WEEKDAYS: &[&str] = &[
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn plausible(date: NaiveDate) -> bool {
    date.year() >= EARLIEST_YEAR && date.year() <= Utc::now().year() + 1
}

#[cfg(test)]
mod tests {
    use super::normalize_date;

    #[test]
    fn reads_common_shapes() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2024-05-01T09:30:00Z", Some("2024-05-01T09:30:00Z")),
            ("2024-05-01T09:30:00.123Z", Some("2024-05-01T09:30:00Z")),
            (
                "2024-05-01T09:30:00+02:00",
                Some("2024-05-01T09:30:00+02:00"),
            ),
            ("2024-05-01T09:30:00+0000", Some("2024-05-01T09:30:00Z")),
            (
                "2024-05-01T09:30:00.000-0400",
                Some("2024-05-01T09:30:00-04:00"),
            ),
            ("2024-05-01T09:30Z", Some("2024-05-01T09:30:00Z")),
            ("2024-05-01T09:30:00", Some("2024-05-01T09:30:00Z")),
            ("2024-05-01 09:30:00", Some("2024-05-01T09:30:00Z")),
            (
                "Wed, 01 May 2024 09:30:00 GMT",
                Some("2024-05-01T09:30:00Z"),
            ),
            (
                "Wed, 01 May 2024 09:30:00 +0100",
                Some("2024-05-01T09:30:00+01:00"),
            ),
            ("1714555800", Some("2024-05-01T09:30:00Z")),
            ("2024-05-01", Some("2024-05-01")),
            ("2024/05/01", Some("2024-05-01")),
            ("20240501", Some("2024-05-01")),
            ("May 1, 2024", Some("2024-05-01")),
            ("1 May 2024", Some("2024-05-01")),
            ("2023 Jan 7", Some("2023-01-07")),
            ("2024 June 30", Some("2024-06-30")),
            ("  2024-05-01  ", Some("2024-05-01")),
            ("2024-05-01T9:30 EST", Some("2024-05-01")),
            // Day and month told apart by the weekday: 8 July 2025 was a Tuesday, 7
            // August a Thursday.
            ("Tue, 07/08/2025 - 14:30", Some("2025-07-08")),
            ("Thu, 07/08/2025 - 14:30", Some("2025-08-07")),
            ("Wed, 07/08/2025 - 14:30", None),
            ("07/08/2025", None),
            (
                "Fri Apr 01 2022 20:42:09 GMT+0000 (Coordinated Universal Time)",
                Some("2022-04-01T20:42:09Z"),
            ),
            (
                "Mon Dec 23 2024 17:47:15 GMT-0500 (EST)",
                Some("2024-12-23T17:47:15-05:00"),
            ),
            ("13/11/2025 09:21:40", Some("2025-11-13")),
            ("05/29/2007 09:49:00", Some("2007-05-29")),
            ("Thu, 09/25/2025 - 00:00", Some("2025-09-25")),
            ("14.07.2025", Some("2025-07-14")),
            ("05.08.2014", Some("2014-08-05")),
            ("07/07/2021", Some("2021-07-07")),
            ("Dec 17th 2025", Some("2025-12-17")),
            ("February 6, 2025, 5:19:07 PM", Some("2025-02-06")),
            ("Oct 20, 2025 at 5:00 PM PST", Some("2025-10-20")),
            ("August 1st, 2023", Some("2023-08-01")),
            ("14. Juli 2025", Some("2025-07-14")),
            // Cut short, it is still a day and a time.
            ("Fri Apr 01 2022 20:42:09 GMT+0000 (UTC", Some("2022-04-01")),
        ];
        for (raw, want) in cases {
            assert_eq!(normalize_date(raw).as_deref(), *want, "normalising {raw:?}");
        }
    }

    #[test]
    fn rejects_junk_and_implausible_dates() {
        for raw in [
            "",
            "yesterday",
            "0001-01-01",
            "1970-01-01T00:00:00Z",
            "1994-12-31",
            "2999-01-01",
            "2024-13-45",
            "not 2024-05-01",
            "12345",
            // Day and month could be either way round.
            "05/08/2014 07:01:00",
            "03-09-2026",
            "31/31/2025",
            "May 1st, 2024 and more words",
        ] {
            assert_eq!(
                normalize_date(raw),
                None,
                "{raw:?} is not a publication date"
            );
        }
    }
}
