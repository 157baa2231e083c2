//! Expressions that name a calendar position: dates ("July 14, 2025", "14 July", "2025-07-14",
//! "7/14/2025"), months ("April 2025", "in April", "last April", "early June"), quarters
//! ("Q3 2025", "the third quarter of 2024"), fiscal years ("FY2025"), decades ("the 1990s")
//! and years ("in 2026", "2024's", "its 2025 capital expenditure").
//!
//! Choices worth knowing:
//! - month names must be capitalised; a bare month ("April") counts only after a cue word
//!   ("in", "since", "by", "as of", "and", ...), so "Theresa May" and "March on" are not dates;
//! - a day or month without a year follows [`year_for_month`] with the tense of the nearest
//!   cue (`tense::Cues::tense_near`); "last April" is the latest
//!   April before the anchor's month, "next March" the first March after it;
//! - fiscal years and quarters are treated as calendar ones ("fiscal 2026" is 2026);
//! - a decade is a Year-precision period over its ten years ("the 1990s": 1990-01-01..1999-12-31);
//! - a bare four-digit number is a year only in 1600..=2199 and only when it is not money,
//!   a count ("2026 units") or part of a larger number ("2,026", "$2026 million", "2026%").

use std::sync::LazyLock;

use chrono::Datelike;
use regex::Regex;

use super::calendar::{
    self, expand_year, month_number, quarter_offset, year_for_month, year_for_quarter,
};
use super::{Cand, Ctx, offset, push, span};

const MONTHS: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAY_PREFIX: &str =
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?";

/// A year named relative to the anchor after a day ("June 5 last year", "5 June of next year").
const REL_YEAR: &str = r"\s+(?:of\s+)?(?P<rel>(?i:this|last|next))\s+year(?-u:\b)";

fn month_pattern() -> String {
    format!(
        r"(?P<m>(?:{MONTHS})(?-u:\b)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?-u:\b)\.?)"
    )
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("date patterns are valid regexes")
}

static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b){WEEKDAY_PREFIX}{}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<y>\d{{4}})(?-u:\b)|{REL_YEAR})?",
        month_pattern()
    ))
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b){WEEKDAY_PREFIX}(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{}(?:,?\s+(?P<y>\d{{4}})(?-u:\b)|{REL_YEAR})?",
        month_pattern()
    ))
});
static ISO: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(?P<y>\d{4})[-/](?P<mo>\d{1,2})[-/](?P<d>\d{1,2})(?-u:\b)"));
static SLASHED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?-u:\b)"));
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:(?i:early|mid|late)[-\s]+)?{},?\s+(?:of\s+)?(?P<y>\d{{4}})(?-u:\b)",
        month_pattern()
    ))
});
static MONTH_REL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?P<m>{MONTHS})\s+(?:of\s+)?(?P<rel>(?i:this|last|next))\s+year(?-u:\b)"
    ))
});
static BARE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:(?P<rel>(?i:last|next|this))\s+|(?P<mod>(?i:early|mid|late|end)[-\s])|(?i:the\s+(?:end|beginning|start|middle)\s+of\s+))?(?P<m>{MONTHS})(?-u:\b)"
    ))
});
static QUARTER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]quarter(?-u:\b)(?:\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s*)?(?:(?P<y>\d{4})|(?P<rel>this|last|next)\s+year)(?-u:\b))?",
    )
});
/// "Q3", "3Q24", "Q3 2025", "Q3 '25", "Q3 FY25": two digits after a space are a year only
/// with an apostrophe or "FY" ("Q2 30% above forecasts" is no year 2030).
static QUARTER_CODE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:(?P<y>\d{4}|\d{2})|\s*(?:FY\s*['’]?|['’])(?P<marked>\d{4}|\d{2})|\s+(?P<y4>\d{4}))?(?-u:\b)",
    )
});
static QUARTER_REL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?P<rel>last|this|next|the\s+previous|the\s+current|the\s+coming|the\s+next|the\s+past|the\s+latest)\s+quarter(?-u:\b)",
    )
});
static FISCAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:(?i:fiscal(?:\s+year)?|financial\s+year)\s+|FY\s*['’]?)(?P<y>\d{4}|\d{2})(?-u:\b)",
    )
});
static FISCAL_REL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?P<rel>this|last|next|the\s+current|the\s+previous)\s+(?:fiscal|financial)\s+year(?-u:\b)",
    )
});
static DECADE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?-u:\b)(?:the\s+)?(?:(?:early|mid|late)[-\s])?(?P<y>1\d{2}0|2[01]\d0)['’]?s(?-u:\b)")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:(?:early|mid|late|the\s+(?:end|start|beginning|middle)\s+of)[-\s]+)?(?P<y>\d{4})(?-u:\b)",
    )
});
/// What may follow the first date of a range up to the year that closes it: "-5, 2024",
/// " and March 2024", " to July 2, 2024".
static CLOSING_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:\s*[-–]\s*|\s+(?i:and|to|through|until|till)\s+)(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<m2>{MONTHS}))?|(?P<m3>{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?),?\s+(?P<y>\d{{4}})(?-u:\b)"
    ))
});

static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?P<h>Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s\s+(?:Day|Eve))(?-u:\b)")
});

/// Words after which a bare month name is a date ("in April", "as of February", "and June").
const MONTH_CUES: &[&str] = &[
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "of",
    "from",
    "to",
    "through",
    "before",
    "after",
    "during",
    "and",
    "or",
    "between",
    "early",
    "late",
    "mid",
    "throughout",
];

/// Words before a year that make it a point in time even when a count word follows.
const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "by", "since", "until", "from", "of", "during", "before", "after", "through", "to",
];

/// Count words that make a four-digit number a quantity ("2026 units"), besides figure units.
const COUNT_WORDS: &[&str] = &[
    "times", "pages", "points", "words", "years", "days", "hours", "minutes", "seconds", "feet",
    "metres", "meters", "miles", "km", "pounds", "dollars", "euros", "yen", "rupees", "votes",
    "items", "pieces", "thousand", "million", "billion", "trillion", "crore", "lakh", "bn", "m",
];

/// Finds every absolute expression in `ctx.sentence` as candidates (overlaps allowed).
pub(super) fn find(ctx: &Ctx<'_>, out: &mut Vec<Cand>) {
    let s = ctx.sentence;
    for c in MONTH_DAY.captures_iter(s).chain(DAY_MONTH.captures_iter(s)) {
        let m = month_number(&c["m"]);
        let d = c["d"].parse().ok();
        let period = m.zip(d).and_then(|(m, d)| {
            let (start, end) = span(&c);
            let y = match (c.name("y"), c.name("rel")) {
                (Some(y), _) => y.as_str().parse().ok()?,
                (None, Some(rel)) => ctx.anchor.year() + offset(rel.as_str()),
                (None, None) => closing_year(s, end, m)
                    .unwrap_or_else(|| year_for_month(m, ctx.anchor, ctx.tense_at(start, end))),
            };
            calendar::ymd(y, m, d)
        });
        push(out, &c, period);
    }
    for c in ISO.captures_iter(s) {
        let period = (|| {
            calendar::ymd(
                c["y"].parse().ok()?,
                c["mo"].parse().ok()?,
                c["d"].parse().ok()?,
            )
        })();
        push(out, &c, period);
    }
    for c in SLASHED.captures_iter(s) {
        let period = (|| {
            let (a, b): (u32, u32) = (c["a"].parse().ok()?, c["b"].parse().ok()?);
            let (m, d) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
            calendar::ymd(expand_year(&c["y"])?, m, d)
        })();
        push(out, &c, period);
    }
    for c in MONTH_YEAR.captures_iter(s) {
        let period = (|| calendar::month(c["y"].parse().ok()?, month_number(&c["m"])?))();
        push(out, &c, period);
    }
    for c in MONTH_REL_YEAR.captures_iter(s) {
        let period = month_number(&c["m"])
            .and_then(|m| calendar::month(ctx.anchor.year() + offset(&c["rel"]), m));
        push(out, &c, period);
    }
    for c in BARE_MONTH.captures_iter(s) {
        let (start, end) = span(&c);
        let name_start = c.name("m").map_or(start, |m| m.start());
        let cued = name_start != start // "last April", "early June", "the end of March"
            || previous_word(s, start).is_some_and(|w| MONTH_CUES.contains(&w.to_lowercase().as_str()));
        if !cued {
            continue;
        }
        let period = month_number(&c["m"]).and_then(|m| {
            let a = ctx.anchor;
            let y = match c.name("rel").map(|r| r.as_str().to_lowercase()).as_deref() {
                Some("last") if m >= a.month() => a.year() - 1,
                Some("next") if m <= a.month() => a.year() + 1,
                Some("last" | "next" | "this") => a.year(),
                _ => closing_year(s, end, m)
                    .unwrap_or_else(|| year_for_month(m, a, ctx.tense_at(start, end))),
            };
            calendar::month(y, m)
        });
        push(out, &c, period);
    }
    quarters(ctx, out);
    years(ctx, out);
    for c in HOLIDAY.captures_iter(s) {
        let h = c["h"].to_lowercase();
        let (m, d) = if h.starts_with("new") {
            if h.ends_with("eve") { (12, 31) } else { (1, 1) }
        } else if h.ends_with("eve") {
            (12, 24)
        } else {
            (12, 25)
        };
        let (start, end) = span(&c);
        push(
            out,
            &c,
            calendar::ymd(
                year_for_month(m, ctx.anchor, ctx.tense_at(start, end)),
                m,
                d,
            ),
        );
    }
}

fn quarters(ctx: &Ctx<'_>, out: &mut Vec<Cand>) {
    let s = ctx.sentence;
    for c in QUARTER_WORD.captures_iter(s) {
        if s[c.get(0).map_or(0, |m| m.end())..]
            .trim_start()
            .to_lowercase()
            .starts_with("century")
        {
            continue;
        }
        let q = match c["q"].to_lowercase().as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            _ => 4,
        };
        let is_last = c["q"].eq_ignore_ascii_case("last");
        let y = if let Some(y) = c.name("y") {
            y.as_str().parse().ok()
        } else if let Some(rel) = c.name("rel") {
            Some(ctx.anchor.year() + offset(rel.as_str()))
        } else if is_last {
            continue; // "last quarter" alone is relative: QUARTER_REL resolves it
        } else {
            let (start, end) = span(&c);
            Some(year_for_quarter(q, ctx.anchor, ctx.tense_at(start, end)))
        };
        push(out, &c, y.and_then(|y| calendar::quarter(y, q)));
    }
    for c in QUARTER_CODE.captures_iter(s) {
        let code = c.name("q").or(c.name("q2"));
        let q: Option<u32> = code.and_then(|q| q.as_str().parse().ok());
        let (start, mut end) = span(&c);
        let mut year = c.name("y").or(c.name("marked")).or(c.name("y4"));
        // A number that is a quantity ("Q2 2030 units", "Q2 '30%") is no year: the code
        // stands alone.
        if year.is_some_and(|y| quantity_follows(&s[y.end()..])) {
            year = None;
            end = code.map_or(end, |q| q.end() + usize::from(c.name("q2").is_some()));
        }
        let period = q.and_then(|q| {
            let y = match year {
                Some(y) => expand_year(y.as_str())?,
                None => year_for_quarter(q, ctx.anchor, ctx.tense_at(start, end)),
            };
            calendar::quarter(y, q)
        });
        out.push(Cand { start, end, period });
    }
    for c in QUARTER_REL.captures_iter(s) {
        let rel = c["rel"].to_lowercase();
        let offset = match rel.split_whitespace().last().unwrap_or("") {
            "this" | "current" => 0,
            "next" | "coming" => 1,
            _ => -1,
        };
        push(out, &c, quarter_offset(ctx.anchor, offset));
    }
}

fn years(ctx: &Ctx<'_>, out: &mut Vec<Cand>) {
    let s = ctx.sentence;
    for c in FISCAL.captures_iter(s) {
        push(out, &c, expand_year(&c["y"]).and_then(calendar::year));
    }
    for c in FISCAL_REL.captures_iter(s) {
        let rel = c["rel"].to_lowercase();
        let offset = match rel.split_whitespace().last().unwrap_or("") {
            "last" | "previous" => -1,
            "next" => 1,
            _ => 0,
        };
        push(out, &c, calendar::year(ctx.anchor.year() + offset));
    }
    for c in DECADE.captures_iter(s) {
        push(
            out,
            &c,
            c["y"]
                .parse()
                .ok()
                .and_then(|y: i32| calendar::years(y, y + 9)),
        );
    }
    for c in YEAR.captures_iter(s) {
        let Some(y) = c.name("y") else { continue };
        if year_in_context(s, y.start(), y.end()) {
            push(out, &c, y.as_str().parse().ok().and_then(calendar::year));
        }
    }
}

/// The year written at the end of a range whose first date, ending at `end` in month
/// `month`, has none: 2024 in "January and March 2024" and "March 3-5, 2024"; 2024 for
/// November in "November to February 2025".
fn closing_year(s: &str, end: usize, month: u32) -> Option<i32> {
    let c = CLOSING_YEAR.captures(s.get(end..)?)?;
    let year: i32 = c["y"].parse().ok()?;
    let to = c.name("m2").or(c.name("m3"));
    let to = to.and_then(|m| month_number(m.as_str()));
    Some(if to.is_some_and(|to| to < month) {
        year - 1
    } else {
        year
    })
}

/// Whether the text right after a number makes it a quantity: "%", "percent", "per cent"
/// or a count word or unit ("units", "gigawatts").
fn quantity_follows(after: &str) -> bool {
    if after.starts_with('%') {
        return true;
    }
    let mut words = after.split_whitespace();
    let next = words.next().unwrap_or("");
    if !after.starts_with(char::is_whitespace) && !next.is_empty() {
        return false;
    }
    let next = next
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    ["percent", "pc"].contains(&next.as_str())
        || (next == "per" && words.next().is_some_and(|w| w.starts_with("cent")))
        || COUNT_WORDS.contains(&next.as_str())
        || crate::analyze::figures::unit_name(&next).is_some()
}

/// Words that announce a telephone number just before it ("call", "tel.", "WhatsApp").
const PHONE_WORDS: [&str; 9] = [
    "tel", "phone", "call", "fax", "whatsapp", "mobile", "dial", "hotline", "helpline",
];

/// Whether the digits at `start..end` are a group of a telephone number: groups of digits
/// joined by single spaces, hyphens, brackets or a plus, seven digits or more in all,
/// written with a plus before them ("+44 1784 534 846") or announced by a word such as
/// "call" or "tel" in the few words before ("calling: 1784 5348469"). Without such a sign
/// a year stays a year however many numbers follow it ("In 2023 15000 visitors came").
fn in_phone_number(s: &str, start: usize, end: usize) -> bool {
    let b = s.as_bytes();
    let part = |c: u8| c.is_ascii_digit() || matches!(c, b'-' | b'(' | b')' | b'+');
    // A space joins only between parts of the number. Every byte passed over is ASCII, so
    // both ends stay on character boundaries.
    let mut lo = start;
    while lo > 0 && (part(b[lo - 1]) || (b[lo - 1] == b' ' && lo >= 2 && part(b[lo - 2]))) {
        lo -= 1;
    }
    let mut hi = end;
    while hi < b.len()
        && (part(b[hi]) || (b[hi] == b' ' && b.get(hi + 1).is_some_and(|&c| part(c))))
    {
        hi += 1;
    }
    let number = s[lo..hi].trim();
    let groups = number
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty());
    let (count, digits) = groups.fold((0, 0), |(n, d), g| (n + 1, d + g.len()));
    if count < 2 || digits < 7 {
        return false;
    }
    if number.starts_with('+') {
        return true;
    }
    // The three words before the number, each compared from its start ("calling", "Tel.",
    // not "hotel").
    s[..lo]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| {
            let w = w.to_lowercase();
            PHONE_WORDS.iter().any(|p| w.starts_with(p))
        })
}

/// Whether the four digits at `start..end` read as a year (see the module docs).
fn year_in_context(s: &str, start: usize, end: usize) -> bool {
    if !s[start..end]
        .parse::<i32>()
        .is_ok_and(|y| (1600..=2199).contains(&y))
    {
        return false;
    }
    if in_phone_number(s, start, end) {
        return false;
    }
    let (before, after) = (&s[..start], &s[end..]);
    let mut back = before.chars().rev();
    match back.next() {
        Some(c) if c.is_alphanumeric() || "$€£¥₹₩#.,/:+@&_".contains(c) => return false,
        // "2024-2025" and "mid-2026" read as years; "COVID-2019" or "F-2000" does not.
        Some('-' | '–')
            if !back.next().is_some_and(|c| c.is_ascii_digit())
                && !before
                    .trim_end_matches(['-', '–'])
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .is_some_and(|w| {
                        ["early", "mid", "late"].contains(&w.to_ascii_lowercase().as_str())
                    }) =>
        {
            return false;
        }
        _ => {}
    }
    let prev = previous_word(s, start).unwrap_or("");
    if prev.ends_with(['$', '€', '£', '¥', '₹'])
        || ["USD", "EUR", "GBP", "INR", "Rs", "No"].contains(&prev)
    {
        return false;
    }
    let mut ahead = after.chars();
    match ahead.next() {
        Some(c) if c.is_alphanumeric() || c == '%' => return false,
        Some(',' | '.' | ':' | '/') if ahead.next().is_some_and(|c| c.is_ascii_digit()) => {
            return false;
        }
        _ => {}
    }
    if after.starts_with(char::is_whitespace)
        && !YEAR_PREPOSITIONS.contains(&prev.to_lowercase().as_str())
    {
        let next = after.split_whitespace().next().unwrap_or("");
        let next = next.trim_matches(|c: char| !c.is_alphabetic());
        let next = next.to_lowercase();
        if COUNT_WORDS.contains(&next.as_str())
            || crate::analyze::figures::unit_name(&next).is_some()
        {
            return false;
        }
    }
    true
}

/// The word right before byte `start`, without punctuation around it ("$" and "No" survive).
fn previous_word(s: &str, start: usize) -> Option<&str> {
    let word = s
        .get(..start)?
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()?;
    let word = word
        .trim_matches(|c: char| "\"'“‘(,;".contains(c))
        .trim_end_matches('.');
    (!word.is_empty()).then_some(word)
}
