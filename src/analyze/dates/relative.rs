//! Expressions that only mean something against the anchor (the publication date): days
//! ("today", "yesterday", "on Monday", "last Friday"), weeks ("last week", "earlier this week"),
//! months ("last month", "earlier this month"), years ("last year", "this year's", "over the next
//! year", "two years ago") and quarters are in `absolute` with their relatives.
//!
//! Choices worth knowing:
//! - a weekday alone is the latest such day on or before the anchor when the nearest tense cue
//!   is past ("said on Monday"), the first on or after it when it is a future or plan cue
//!   ("will meet on Friday"); news dated Monday says "on Monday" for that same day;
//! - weeks are Day precision over a Monday..Sunday period (`date_start` is the Monday);
//! - "earlier this month|year" keeps the period's precision but ends at the anchor,
//!   "later this ..." starts at it;
//! - "over the next year" is the next calendar year, "over the next three years" the next three;
//! - vague spans ("in recent years", "the past decade", "a few years ago") are not dates.

use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate};
use regex::{Captures, Regex};

use super::calendar::{
    self, Period, WeekdayRef, month_offset, resolve_weekday, small_number, week_of,
};
use super::{Cand, Ctx, Precision, offset, push, span};

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("relative patterns are valid regexes")
}

static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?P<w>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)(?-u:\b)",
    )
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<plural>s(?-u:\b))?",
    )
});
static WEEK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:(?P<mod>earlier|later)\s+)?(?P<rel>last|this|next|the\s+past|the\s+coming)\s+week(?P<end>end)?(?-u:\b)",
    )
});
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?-u:\b)(?:(?P<mod>earlier|later)\s+)?(?P<rel>last|this|next)\s+month(?-u:\b)")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:(?P<mod>earlier|later)\s+)?(?P<rel>last|this|next|the\s+current)\s+year(?-u:\b)|(?-u:\b)(?:(?:by\s+)?the\s+end\s+of\s+(?:the|this)\s+year|year[-\s]end)(?-u:\b)",
    )
});
static OVER_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:over|in|within|during|for)\s+the\s+(?:next|coming)\s+(?:(?P<n>\w+)\s+)?(?P<u>year|month)(?P<pl>s)?(?-u:\b)",
    )
});
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?P<u>day|week|month|year)s?\s+ago(?-u:\b)",
    )
});

/// "in recent weeks", "over the past few days": the stretch just before the anchor.
static RECENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?P<u>days|weeks)(?-u:\b)",
    )
});

/// Capitalised words that make a weekday a name, not a date ("Cyber Monday", "Good Friday").
const WEEKDAY_NAMES: &[&str] = &[
    "Cyber", "Black", "Good", "Super", "Ash", "Easter", "Palm", "Bloody", "Holy", "Maundy",
];

/// Finds every relative expression in `ctx.sentence` as candidates (overlaps allowed).
pub(super) fn find(ctx: &Ctx<'_>, out: &mut Vec<Cand>) {
    let (s, a) = (ctx.sentence, ctx.anchor);
    for c in DAY_WORD.captures_iter(s) {
        let (start, _) = span(&c);
        let prev_capitalised = s[..start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if &c["w"] == "Today" && prev_capitalised {
            continue; // a title: "USA Today", "India Today"
        }
        let w = c["w"].to_lowercase();
        let date = match w.as_str() {
            "yesterday" => a.pred_opt(),
            "tomorrow" => a.succ_opt(),
            _ if w.starts_with("last") => a.pred_opt(),
            _ => Some(a),
        };
        push(out, &c, date.map(calendar::day));
    }
    for c in WEEKDAY.captures_iter(s) {
        let (start, end) = span(&c);
        let before = s[..start].trim_end();
        if c.name("plural").is_some() || WEEKDAY_NAMES.iter().any(|n| before.ends_with(n)) {
            continue;
        }
        let how = match c.name("rel").map(|r| r.as_str().to_lowercase()) {
            Some(r) if r == "last" || r.ends_with("past") => WeekdayRef::Last,
            Some(r) if r == "next" || r.ends_with("coming") => WeekdayRef::Next,
            _ => WeekdayRef::Plain(ctx.tense_at(start, end)),
        };
        let date = calendar::weekday(&c["wd"]).and_then(|wd| resolve_weekday(wd, a, how));
        push(out, &c, date.map(calendar::day));
    }
    for c in WEEK.captures_iter(s) {
        push(out, &c, week(&c, a));
    }
    for c in MONTH.captures_iter(s) {
        let period = month_offset(a, offset(&c["rel"]))
            .map(|p| clip(p, c.name("mod").map(|m| m.as_str()), a));
        push(out, &c, period);
    }
    for c in YEAR.captures_iter(s) {
        let off = c.name("rel").map_or(0, |r| offset(r.as_str()));
        let period =
            calendar::year(a.year() + off).map(|p| clip(p, c.name("mod").map(|m| m.as_str()), a));
        push(out, &c, period);
    }
    for c in OVER_NEXT.captures_iter(s) {
        let n = match (c.name("n"), c.name("pl")) {
            (Some(n), _) => small_number(n.as_str()),
            (None, Some(_)) => None, // "over the coming years": vague
            (None, None) => Some(1),
        };
        let most = if c["u"].eq_ignore_ascii_case("year") {
            super::LONGEST_SPAN_YEARS
        } else {
            12 * super::LONGEST_SPAN_YEARS
        };
        let period = n.filter(|n| (1..=most).contains(n)).and_then(|n| {
            if c["u"].eq_ignore_ascii_case("year") {
                calendar::years(a.year() + 1, a.year() + n as i32)
            } else {
                let (first, last) = (month_offset(a, 1)?, month_offset(a, n as i32)?);
                Some(Period {
                    start: first.start,
                    end: last.end,
                    precision: first.precision,
                })
            }
        });
        push(out, &c, period);
    }
    for c in RECENT.captures_iter(s) {
        // Days: the week before the anchor; weeks: the month before it, at month precision.
        let (back, precision) = if c["u"].eq_ignore_ascii_case("days") {
            (7, Precision::Day)
        } else {
            (30, Precision::Month)
        };
        let period = a.checked_sub_days(Days::new(back)).map(|start| Period {
            start,
            end: a,
            precision,
        });
        push(out, &c, period);
    }
    for c in AGO.captures_iter(s) {
        let n = small_number(&c["n"]).filter(|n| *n <= 1000);
        let period = n.and_then(|n| match c["u"].to_lowercase().as_str() {
            "day" => a.checked_sub_days(Days::new(n.into())).map(calendar::day),
            "week" => a
                .checked_sub_days(Days::new(u64::from(n) * 7))
                .and_then(week_of),
            "month" => month_offset(a, -(n as i32)),
            _ => calendar::year(a.year() - n as i32),
        });
        push(out, &c, period);
    }
}

/// "last week", "this weekend", "the past week", "earlier this week".
fn week(c: &Captures<'_>, a: NaiveDate) -> Option<Period> {
    let rel = c["rel"].to_lowercase();
    let shift = |days: i64| a.checked_add_signed(chrono::Duration::days(days));
    if rel.ends_with("past") {
        return Some(calendar::days(shift(-6)?, a));
    }
    if rel.ends_with("coming") {
        return Some(calendar::days(shift(1)?, shift(7)?));
    }
    let this = week_of(shift(7 * i64::from(offset(&rel)))?)?;
    if c.name("end").is_some() {
        return Some(calendar::days(this.end.pred_opt()?, this.end));
    }
    Some(clip(this, c.name("mod").map(|m| m.as_str()), a))
}

/// Narrows a period to before ("earlier") or after ("later") the anchor when it holds it.
fn clip(p: Period, modifier: Option<&str>, anchor: NaiveDate) -> Period {
    let holds = p.start <= anchor && anchor <= p.end;
    match modifier.map(str::to_lowercase).as_deref() {
        Some("earlier") if holds => Period { end: anchor, ..p },
        Some("later") if holds => Period { start: anchor, ..p },
        _ => p,
    }
}
