//! Dates told against the sentence before rather than the publication date: "In 1984 the
//! Macintosh came out. One year later he was fired" puts the firing in 1985. A narrative
//! step ("N years/months/days later", "the following year", "the next day") moves the date the story
//! reached by its own last time expression; the result is never finer than that date (a
//! year plus "two months later" is still only a year).

use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate};
use regex::Regex;

use super::calendar::{self, Period, small_number};
use super::{Precision, TimeExpr};

static LATER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?P<unit>year|month|week|day)s?\s+later|the\s+following\s+(?P<next>year|month|day)|the\s+next\s+(?P<nextday>day))(?-u:\b)",
    )
    .expect("the narrative pattern is a valid regex")
});

/// The date of `sentence` told as a step after `before` (the last date the article gave),
/// or `None` when the sentence takes no such step.
pub fn after(sentence: &str, before: &TimeExpr) -> Option<TimeExpr> {
    let c = LATER.captures(sentence)?;
    let next = c.name("next").or_else(|| c.name("nextday"));
    let (count, unit) = match (c.name("n"), c.name("unit"), next) {
        (Some(n), Some(unit), _) => (small_number(n.as_str())?, unit.as_str()),
        (_, _, Some(next)) => (1, next.as_str()),
        _ => return None,
    };
    let unit = unit.to_ascii_lowercase();
    let from = before.date_start;
    let (moved, finest) = match unit.as_str() {
        "year" => (
            from.with_year(from.year().checked_add(count as i32)?)?,
            Precision::Year,
        ),
        "month" => (
            from.checked_add_months(Months::new(count))?,
            Precision::Month,
        ),
        "week" => (
            from.checked_add_days(Days::new(7 * u64::from(count)))?,
            Precision::Day,
        ),
        _ => (
            from.checked_add_days(Days::new(u64::from(count)))?,
            Precision::Day,
        ),
    };
    let period = widen(moved, finest.max(before.precision))?;
    let m = c.get(0)?;
    Some(TimeExpr {
        start: m.start(),
        end: m.end(),
        date_start: period.start,
        date_end: period.end,
        precision: period.precision,
        text: m.as_str().to_string(),
    })
}

/// The period of `precision` that holds `date`.
fn widen(date: NaiveDate, precision: Precision) -> Option<Period> {
    match precision {
        Precision::Day => Some(calendar::day(date)),
        Precision::Month => calendar::month(date.year(), date.month()),
        Precision::Quarter => calendar::quarter(date.year(), calendar::quarter_of(date.month())),
        Precision::Year => calendar::year(date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expr(date: &str, precision: Precision) -> TimeExpr {
        let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        TimeExpr {
            start: 0,
            end: 0,
            date_start: d,
            date_end: d,
            precision,
            text: String::new(),
        }
    }

    fn step(sentence: &str, before: &TimeExpr) -> Option<(String, Precision)> {
        after(sentence, before).map(|e| (e.date_start.to_string(), e.precision))
    }

    #[test]
    fn a_step_moves_the_last_date_at_no_finer_precision() {
        let year = expr("1984-01-01", Precision::Year);
        assert_eq!(
            step("One year later he was fired.", &year),
            Some(("1985-01-01".into(), Precision::Year))
        );
        assert_eq!(
            step("Two months later it closed.", &year),
            Some(("1984-01-01".into(), Precision::Year)),
            "a year and two months is still that year"
        );
        let day = expr("2010-06-07", Precision::Day);
        assert_eq!(
            step("Three days later, the phone went on sale.", &day),
            Some(("2010-06-10".into(), Precision::Day))
        );
        assert_eq!(
            step("The following month sales doubled.", &day),
            Some(("2010-07-01".into(), Precision::Month))
        );
        assert_eq!(
            step("A week later the recall began.", &day),
            Some(("2010-06-14".into(), Precision::Day))
        );
    }

    #[test]
    fn sentences_without_a_step_take_none() {
        let day = expr("2010-06-07", Precision::Day);
        assert_eq!(step("He said he would decide later.", &day), None);
        assert_eq!(step("Several years later it was sold.", &day), None);
        assert_eq!(step("Next year the plant opens.", &day), None);
        assert_eq!(
            step("Sales will grow over the next year.", &day),
            None,
            "the next year is the publication's, not the story's"
        );
        assert_eq!(
            step("The next day the shares fell.", &day),
            Some(("2010-06-08".into(), Precision::Day))
        );
    }
}
