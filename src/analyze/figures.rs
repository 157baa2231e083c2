//! Figures in a sentence: money with currency and scale ("$14.3 billion", "Rs 1,200 crore",
//! "£2bn") and quantities with units ("5 gigawatts", "9,000 jobs", "20%"), ranges included
//! ("between $64 billion and $72 billion", "$64-72 billion", "20-25%").
//!
//! A number is a figure only when something says what it counts: a currency, a scale word
//! ("1.2 million") or a unit. So years ("in 2026"), dates ("July 14"), ordinals and bare
//! counts are never figures. Other rules:
//! - `$` is USD and `¥` is JPY; `pounds` is GBP only with a scale ("5 million pounds");
//! - single-letter scales (`$5m`, `$2b`, `$10k`) need a currency, so "100m sprint" is nothing;
//! - a range is two amounts joined by `-`, `–`, `to`, or `between ... and ...`; the second
//!   lends the first its scale, currency and unit. "from $10bn to $12bn" is a change, so it
//!   stays two figures;
//! - `approx` marks hedges and bounds: "nearly", "about", "more than", "up to", "at least" ...;
//!   the hedge word and "between" are part of the span.

use std::sync::LazyLock;

use regex::{Captures, Regex};
use serde::Serialize;

/// A money amount or a quantity found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// Byte offset of the figure (hedge word included) in the sentence; a `char` boundary.
    pub start: usize,
    /// Byte offset just past the figure; a `char` boundary.
    pub end: usize,
    /// The amount with its scale applied ("$14.3 billion" is 14.3e9); the low end of a range.
    pub value: f64,
    /// The high end of a range, if the figure is one.
    pub value_max: Option<f64>,
    /// ISO 4217 code (USD, EUR, GBP, INR, JPY, CNY ...) for money.
    pub currency: Option<String>,
    /// What is counted ("gigawatts", "jobs", "percent"); `None` for money and bare scaled numbers.
    pub unit: Option<String>,
    /// Whether the figure is hedged or a bound ("nearly", "more than", "up to").
    pub approx: bool,
    /// The figure as written.
    pub text: String,
}

/// Units: the canonical name, then the ways it is written (words match in any case; a
/// plural ending in `s` also matches without it).
const UNITS: &[(&str, &[&str])] = &[
    ("percent", &["%", "percent", "per cent"]),
    ("percentage points", &["percentage points", "pp"]),
    ("basis points", &["basis points", "bps"]),
    ("gigawatts", &["gigawatts", "GW"]),
    ("megawatts", &["megawatts", "MW"]),
    ("kilowatts", &["kilowatts", "kW"]),
    ("terawatt-hours", &["terawatt-hours", "terawatt hours", "TWh"]),
    ("gigawatt-hours", &["gigawatt-hours", "gigawatt hours", "GWh"]),
    ("megawatt-hours", &["megawatt-hours", "megawatt hours", "MWh"]),
    ("gigabytes", &["gigabytes", "GB"]),
    ("terabytes", &["terabytes", "TB"]),
    ("kilometres", &["kilometres", "kilometers", "km"]),
    ("millimetres", &["millimetres", "millimeters", "mm"]),
    ("square feet", &["square feet", "sq ft"]),
    ("people", &["people", "persons"]),
    ("children", &["children"]),
];

/// Count nouns that are their own unit name ("9,000 jobs" -> "jobs").
const COUNT_UNITS: &[&str] = &[
    "jobs", "employees", "workers", "staff", "users", "customers", "subscribers", "members",
    "visitors", "attendees", "students", "downloads", "units", "devices", "phones", "smartphones",
    "chips", "GPUs", "servers", "cars", "vehicles", "songs", "apps", "applications", "copies",
    "stores", "shares", "homes", "households", "passengers", "flights", "patients", "cases",
    "deaths", "votes", "seats", "parameters", "tokens", "websites", "accounts", "barrels",
    "tonnes", "tons", "acres", "hectares", "miles", "inches", "pixels", "megapixels", "troops",
    "refugees", "residents", "viewers", "listeners", "readers", "players", "games", "titles",
    "books", "orders", "transactions", "sites", "plants", "factories", "villages", "towns",
];

/// The canonical unit for a word, if it is one ("jobs", "Job", "gigawatt", "GW").
pub(crate) fn unit_name(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    let same = |v: &str| v.eq_ignore_ascii_case(&lower) || (v.ends_with('s') && v[..v.len() - 1].eq_ignore_ascii_case(&lower));
    if let Some((name, _)) = UNITS.iter().find(|(_, vs)| vs.iter().any(|v| v.chars().any(char::is_lowercase) && same(v))) {
        return Some(name);
    }
    if let Some((name, _)) = UNITS.iter().find(|(_, vs)| vs.contains(&word)) {
        return Some(name);
    }
    COUNT_UNITS.iter().copied().find(|v| same(v))
}

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("a", 1.0), ("an", 1.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0),
    ("five", 5.0), ("six", 6.0), ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0),
    ("eleven", 11.0), ("twelve", 12.0), ("fifteen", 15.0), ("twenty", 20.0), ("thirty", 30.0),
    ("forty", 40.0), ("fifty", 50.0), ("hundred", 100.0),
];

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("crore", 1e7),
    ("lakh", 1e5), ("bn", 1e9), ("bln", 1e9), ("mn", 1e6), ("mln", 1e6), ("tn", 1e12),
    ("trn", 1e12), ("b", 1e9), ("m", 1e6), ("k", 1e3),
];

/// Prefix currency signs and codes, longest first.
const PREFIX_CURRENCIES: &[(&str, &str)] = &[
    ("US$", "USD"), ("US $", "USD"), ("HK$", "HKD"), ("NZ$", "NZD"), ("A$", "AUD"), ("C$", "CAD"),
    ("S$", "SGD"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
    ("₹", "INR"), ("₩", "KRW"), ("Rs.", "INR"), ("Rs", "INR"), ("INR", "INR"), ("USD", "USD"),
    ("EUR", "EUR"), ("GBP", "GBP"), ("JPY", "JPY"), ("CNY", "CNY"), ("RMB", "CNY"), ("CHF", "CHF"),
];

/// Currency words after the amount.
const SUFFIX_CURRENCIES: &[(&str, &str)] = &[
    ("us dollars", "USD"), ("u.s. dollars", "USD"), ("dollars", "USD"), ("euros", "EUR"),
    ("pounds sterling", "GBP"), ("pounds", "GBP"), ("yen", "JPY"), ("yuan", "CNY"),
    ("renminbi", "CNY"), ("rupees", "INR"), ("won", "KRW"), ("usd", "USD"), ("eur", "EUR"),
    ("gbp", "GBP"), ("inr", "INR"), ("jpy", "JPY"), ("cny", "CNY"),
];

const HEDGES: &[&str] = &[
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "close to",
    "more than", "over", "up to", "as much as", "as many as", "at least", "less than",
    "fewer than", "under", "an estimated", "estimated", "upwards of", "circa", "~",
];

fn alternation<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut items: Vec<&str> = items.collect();
    items.sort_by_key(|s| std::cmp::Reverse(s.len()));
    items.iter().map(|s| regex::escape(s).replace(' ', r"\s+")).collect::<Vec<_>>().join("|")
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    let words = NUMBER_WORDS.iter().map(|(w, _)| *w);
    let scales = SCALES.iter().map(|(w, _)| *w);
    let (signs, codes): (Vec<&str>, Vec<&str>) =
        PREFIX_CURRENCIES.iter().map(|(s, _)| *s).partition(|s| !s.chars().all(|c| c.is_ascii_alphabetic() || c == '.'));
    let unit_words = UNITS.iter().flat_map(|(_, vs)| vs.iter().copied()).filter(|v| *v != "%");
    let unit_words = unit_words.chain(COUNT_UNITS.iter().copied()).flat_map(|v| {
        let singular = v.strip_suffix('s').filter(|_| v.chars().any(char::is_lowercase));
        [Some(v), singular].into_iter().flatten()
    });
    let pattern = format!(
        r"(?x)(?:(?P<cur>{signs})|\b(?P<code>{codes})\b)?\s?(?P<num>\d{{1,3}}(?:,\d{{2,3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?i:{words})\b)(?:\s?(?P<scale>(?i:{scales}))\b)?(?:\s?(?P<cur2>(?i:{suffix}))\b)?(?:\s?(?P<unit>%|(?i:{units})\b))?",
        signs = alternation(signs.into_iter()),
        codes = alternation(codes.into_iter()),
        words = alternation(words),
        scales = alternation(scales),
        suffix = alternation(SUFFIX_CURRENCIES.iter().map(|(w, _)| *w)),
        units = alternation(unit_words),
    );
    Regex::new(&pattern).expect("figure pattern is a valid regex")
});

/// One amount before ranges are joined.
#[derive(Debug, Clone)]
struct Amount {
    start: usize,
    end: usize,
    number: f64,
    scale: Option<(f64, bool)>, // (factor, written as a single letter)
    currency: Option<&'static str>,
    unit: Option<&'static str>,
}

mod scan;

/// Finds money amounts and quantities in `sentence` (see the module docs), left to right.
/// Never panics; spans always fall on `char` boundaries.
pub fn find_figures(sentence: &str) -> Vec<Figure> {
    let amounts: Vec<Amount> = AMOUNT.captures_iter(sentence).filter_map(|c| amount(sentence, &c)).collect();
    scan::join(sentence, amounts)
}

fn amount(s: &str, c: &Captures<'_>) -> Option<Amount> {
    let whole = c.get(0)?;
    let num = c.name("num")?;
    let (start, end) = (whole.start(), whole.end());
    let currency_sign = c.name("cur").or(c.name("code"));
    let before = s[..start].chars().next_back();
    if before.is_some_and(|b| b.is_alphanumeric() || b == '.' || b == '/' || b == '_') {
        return None;
    }
    if currency_sign.is_none() && before.is_some_and(|b| b == ',' || b == '-' || b == '–') {
        let prior = s[..start].chars().rev().nth(1);
        if b_is(before, ',') && prior.is_some_and(|p| p.is_ascii_digit()) || prior.is_some_and(char::is_alphabetic) {
            return None; // "1,2" lists, "COVID-19"
        }
    }
    let mut after = s[end..].chars();
    match after.next() {
        Some(a) if a.is_alphanumeric() => return None, // "3G", "5th", "A4x"
        Some('/' | ':' | '.' | ',') if after.next().is_some_and(|d| d.is_ascii_digit()) => return None,
        _ => {}
    }
    let word_number = !num.as_str().starts_with(|ch: char| ch.is_ascii_digit());
    let number = if word_number {
        NUMBER_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(num.as_str()))?.1
    } else {
        num.as_str().replace(',', "").parse().ok()?
    };
    let scale = c.name("scale").and_then(|m| {
        let factor = SCALES.iter().find(|(w, _)| w.eq_ignore_ascii_case(m.as_str()))?.1;
        Some((factor, m.as_str().len() == 1))
    });
    let mut currency = currency_sign.and_then(|m| {
        let written: String = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        PREFIX_CURRENCIES.iter().find(|(w, _)| *w == written).map(|(_, code)| *code)
    });
    let mut unit = c.name("unit").and_then(|m| unit_name(m.as_str()).or_else(|| unit_name(m.as_str().trim_end_matches('s'))));
    if let Some(m) = c.name("cur2") {
        let written = m.as_str().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
        if written == "pounds" && scale.is_none() {
            unit = unit.or(Some("pounds"));
        } else {
            currency = currency.or(SUFFIX_CURRENCIES.iter().find(|(w, _)| *w == written).map(|(_, code)| *code));
        }
    }
    if word_number && scale.is_none() && unit.is_none() && currency.is_none() {
        return None;
    }
    Some(Amount { start, end, number, scale, currency, unit })
}

fn b_is(c: Option<char>, want: char) -> bool {
    c == Some(want)
}

#[cfg(test)]
mod tests;
