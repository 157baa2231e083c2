//! Calendar arithmetic for temporal expressions: periods (day, week, month, quarter, year),
//! and resolving a month, quarter or weekday that has no year against the anchor.
//!
//! Every function is checked: a date outside chrono's range or an impossible day
//! ("February 30") gives `None`, never a panic.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::{Precision, Tense};

/// Years an explicit date may carry; anything else is treated as not a date.
pub(super) const YEARS: std::ops::RangeInclusive<i32> = 1000..=2999;

/// An inclusive period with its precision: what a rule resolves to before it gets a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

/// One day.
pub(super) fn day(date: NaiveDate) -> Period {
    Period {
        start: date,
        end: date,
        precision: Precision::Day,
    }
}

/// A day from year, month and day numbers, if the day exists and the year is plausible.
pub(super) fn ymd(year: i32, month: u32, day_of_month: u32) -> Option<Period> {
    if !YEARS.contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day_of_month).map(day)
}

/// A run of days (a week, "earlier this week"): Day precision over several days.
pub(super) fn days(start: NaiveDate, end: NaiveDate) -> Period {
    Period {
        start: start.min(end),
        end: start.max(end),
        precision: Precision::Day,
    }
}

/// Monday to Sunday of the week that holds `date`.
pub(super) fn week_of(date: NaiveDate) -> Option<Period> {
    let monday =
        date.checked_sub_days(Days::new(u64::from(date.weekday().num_days_from_monday())))?;
    Some(days(monday, monday.checked_add_days(Days::new(6))?))
}

/// A calendar month.
pub(super) fn month(year: i32, month: u32) -> Option<Period> {
    let start = NaiveDate::from_ymd_opt(year, month, 1).filter(|_| YEARS.contains(&year))?;
    let end = start.checked_add_months(Months::new(1))?.pred_opt()?;
    Some(Period {
        start,
        end,
        precision: Precision::Month,
    })
}

/// A calendar quarter (1..=4).
pub(super) fn quarter(year: i32, q: u32) -> Option<Period> {
    if !(1..=4).contains(&q) {
        return None;
    }
    let first = month(year, q * 3 - 2)?;
    let last = month(year, q * 3)?;
    Some(Period {
        start: first.start,
        end: last.end,
        precision: Precision::Quarter,
    })
}

/// A calendar year.
pub(super) fn year(y: i32) -> Option<Period> {
    years(y, y)
}

/// Several whole years at Year precision ("the 1990s", "over the next two years").
pub(super) fn years(first: i32, last: i32) -> Option<Period> {
    if !YEARS.contains(&first) || !YEARS.contains(&last) || last < first {
        return None;
    }
    Some(Period {
        start: NaiveDate::from_ymd_opt(first, 1, 1)?,
        end: NaiveDate::from_ymd_opt(last, 12, 31)?,
        precision: Precision::Year,
    })
}

/// The month `offset` months away from the anchor's month.
pub(super) fn month_offset(anchor: NaiveDate, offset: i32) -> Option<Period> {
    let first = anchor.with_day(1)?;
    let shifted = if offset >= 0 {
        first.checked_add_months(Months::new(offset.unsigned_abs()))?
    } else {
        first.checked_sub_months(Months::new(offset.unsigned_abs()))?
    };
    month(shifted.year(), shifted.month())
}

/// The quarter `offset` quarters away from the anchor's quarter.
pub(super) fn quarter_offset(anchor: NaiveDate, offset: i32) -> Option<Period> {
    let index = anchor.year().checked_mul(4)? + quarter_of(anchor.month()) as i32 - 1 + offset;
    quarter(index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
}

/// 1..=4 for months 1..=12.
pub(super) fn quarter_of(month: u32) -> u32 {
    (month.clamp(1, 12) - 1) / 3 + 1
}

/// The year of a month named without one: in a Happened sentence the latest such month on
/// or before the anchor's month, in an Expected sentence the first on or after it.
pub(super) fn year_for_month(month: u32, anchor: NaiveDate, tense: Tense) -> i32 {
    match tense {
        Tense::Happened if month > anchor.month() => anchor.year() - 1,
        Tense::Expected if month < anchor.month() => anchor.year() + 1,
        _ => anchor.year(),
    }
}

/// The year of a quarter named without one, by the same rule as [`year_for_month`].
pub(super) fn year_for_quarter(q: u32, anchor: NaiveDate, tense: Tense) -> i32 {
    let current = quarter_of(anchor.month());
    match tense {
        Tense::Happened if q > current => anchor.year() - 1,
        Tense::Expected if q < current => anchor.year() + 1,
        _ => anchor.year(),
    }
}

/// How a weekday without a date is meant: "on Monday", "last Monday", "next Monday".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WeekdayRef {
    /// By tense: on or before the anchor when it happened, on or after when expected.
    Plain(Tense),
    /// Strictly before the anchor.
    Last,
    /// Strictly after the anchor.
    Next,
}

/// The date of a weekday named relative to the anchor.
pub(super) fn resolve_weekday(
    wd: Weekday,
    anchor: NaiveDate,
    how: WeekdayRef,
) -> Option<NaiveDate> {
    let back = (7 + anchor.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    let ahead = (7 - back) % 7;
    match how {
        WeekdayRef::Plain(Tense::Happened) => anchor.checked_sub_days(Days::new(back.into())),
        WeekdayRef::Plain(Tense::Expected) => anchor.checked_add_days(Days::new(ahead.into())),
        WeekdayRef::Last => {
            anchor.checked_sub_days(Days::new(if back == 0 { 7 } else { back }.into()))
        }
        WeekdayRef::Next => {
            anchor.checked_add_days(Days::new(if ahead == 0 { 7 } else { ahead }.into()))
        }
    }
}

/// Month number of an English month name or abbreviation ("Sept", "jan"), any case.
pub(super) fn month_number(name: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    let prefix = lower.get(..3)?;
    let n = NAMES.iter().position(|m| *m == prefix)?;
    Some(n as u32 + 1)
}

/// The weekday of an English day name ("Monday", "tues"), any case.
pub(super) fn weekday(name: &str) -> Option<Weekday> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// A small count written as digits or a word ("a", "two", "12"); `None` for vague ones.
pub(super) fn small_number(word: &str) -> Option<u32> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let lower = word.to_ascii_lowercase();
    match lower.as_str() {
        "a" | "an" => Some(1),
        _ => WORDS
            .iter()
            .position(|w| *w == lower)
            .map(|n| n as u32)
            .or_else(|| lower.parse::<u32>().ok().filter(|n| *n <= 1000)),
    }
}

/// Expands a two-digit year: 00..=69 is 2000..=2069, 70..=99 is 1970..=1999.
pub(super) fn expand_year(digits: &str) -> Option<i32> {
    let n: i32 = digits.parse().ok()?;
    Some(match digits.len() {
        2 if n < 70 => 2000 + n,
        2 => 1900 + n,
        _ => n,
    })
}
