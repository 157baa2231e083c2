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
//!   lends the first its scale, currency and unit. "from $10bn to $12bn" and "cut by $200 to
//!   $399" are changes, so they stay two figures;
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
#[rustfmt::skip]
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

/// Count nouns that are their own unit name ("9,000 jobs" -> "jobs"), white-space separated.
const COUNT_UNITS: &str = "
    jobs employees workers staff users customers subscribers members visitors attendees
    students downloads units devices phones smartphones chips GPUs servers cars vehicles songs
    apps applications copies stores shares homes households passengers flights patients cases
    deaths votes seats parameters tokens websites accounts barrels tonnes tons acres hectares
    miles inches pixels megapixels troops refugees residents viewers listeners readers players
    games titles books orders transactions sites plants factories villages towns";

/// The canonical unit for a word, if it is one ("jobs", "Job", "gigawatt", "GW"). Words match
/// in any case and without their plural `s`; abbreviations in capitals ("GW") match exactly.
pub(crate) fn unit_name(word: &str) -> Option<&'static str> {
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
    let same = |v: &str| {
        v.eq_ignore_ascii_case(&word)
            || v.strip_suffix('s')
                .is_some_and(|one| one.eq_ignore_ascii_case(&word))
    };
    let matches = |v: &&str| {
        if v.chars().any(char::is_lowercase) {
            same(v)
        } else {
            **v == word
        }
    };
    let unit = UNITS
        .iter()
        .find(|(_, vs)| vs.iter().any(matches))
        .map(|(name, _)| *name);
    unit.or_else(|| COUNT_UNITS.split_whitespace().find(|v| same(v)))
}

#[rustfmt::skip]
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("a", 1.0), ("an", 1.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0),
    ("five", 5.0), ("six", 6.0), ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0),
    ("eleven", 11.0), ("twelve", 12.0), ("fifteen", 15.0), ("twenty", 20.0), ("thirty", 30.0),
    ("forty", 40.0), ("fifty", 50.0), ("hundred", 100.0),
];

#[rustfmt::skip]
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("crore", 1e7),
    ("lakh crore", 1e12), ("lakh", 1e5), ("bn", 1e9), ("bln", 1e9), ("mn", 1e6), ("mln", 1e6), ("tn", 1e12),
    ("trn", 1e12), ("b", 1e9), ("m", 1e6), ("k", 1e3),
];

/// Prefix currency signs and codes.
#[rustfmt::skip]
const PREFIX_CURRENCIES: &[(&str, &str)] = &[
    ("US$", "USD"), ("US $", "USD"), ("HK$", "HKD"), ("NZ$", "NZD"), ("A$", "AUD"), ("C$", "CAD"),
    ("S$", "SGD"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
    ("₹", "INR"), ("₩", "KRW"), ("Rs.", "INR"), ("Rs", "INR"), ("INR", "INR"), ("USD", "USD"),
    ("EUR", "EUR"), ("GBP", "GBP"), ("JPY", "JPY"), ("CNY", "CNY"), ("RMB", "CNY"), ("CHF", "CHF"),
];

/// Currency words after the amount.
#[rustfmt::skip]
const SUFFIX_CURRENCIES: &[(&str, &str)] = &[
    ("us dollars", "USD"), ("u.s. dollars", "USD"), ("dollars", "USD"), ("euros", "EUR"),
    ("pounds sterling", "GBP"), ("pounds", "GBP"), ("yen", "JPY"), ("yuan", "CNY"),
    ("renminbi", "CNY"), ("rupees", "INR"), ("won", "KRW"), ("usd", "USD"), ("eur", "EUR"),
    ("gbp", "GBP"), ("inr", "INR"), ("jpy", "JPY"), ("cny", "CNY"),
];

/// Suffix currencies that are also ordinary words: money only after a scale ("5 million pounds").
const NEEDS_SCALE: &[&str] = &["pounds", "won"];

/// Words before an amount that make it approximate or a bound.
#[rustfmt::skip]
const HEDGES: &[&str] = &[
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "close to",
    "more than", "over", "up to", "as much as", "as many as", "at least", "less than",
    "fewer than", "under", "an estimated", "estimated", "upwards of", "circa", "~",
];

fn alternation<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut items: Vec<&str> = items.collect();
    items.sort_by_key(|s| std::cmp::Reverse(s.len()));
    items
        .iter()
        .map(|s| regex::escape(s).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    let (signs, codes): (Vec<&str>, Vec<&str>) = PREFIX_CURRENCIES
        .iter()
        .map(|(s, _)| *s)
        .partition(|s| !s.chars().all(|c| c.is_ascii_alphabetic() || c == '.'));
    let unit_words = UNITS
        .iter()
        .flat_map(|(_, vs)| vs.iter().copied())
        .filter(|v| *v != "%");
    let unit_words = unit_words
        .chain(COUNT_UNITS.split_whitespace())
        .flat_map(|v| {
            let singular = v
                .strip_suffix('s')
                .filter(|_| v.chars().any(char::is_lowercase));
            [Some(v), singular].into_iter().flatten()
        });
    let pattern = format!(
        r"(?:(?P<cur>{signs})\s?|(?-u:\b)(?P<code>{codes})\s?)?(?P<num>\d{{1,3}}(?:,\d{{2,3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?-u:\b)(?i:{words})(?-u:\b))(?:\s?(?P<scale>(?i:{scales}))(?-u:\b))?(?:\s?(?P<cur2>(?i:{suffix}))(?-u:\b))?(?:\s?(?P<unit>%|(?i:{units})(?-u:\b)))?",
        signs = alternation(signs.into_iter()),
        codes = alternation(codes.into_iter()),
        words = alternation(NUMBER_WORDS.iter().map(|(w, _)| *w)),
        scales = alternation(SCALES.iter().map(|(w, _)| *w)),
        suffix = alternation(SUFFIX_CURRENCIES.iter().map(|(w, _)| *w)),
        units = alternation(unit_words),
    );
    Regex::new(&pattern).expect("figure pattern is a valid regex")
});

/// One amount before ranges are joined.
#[derive(Debug, Clone, Copy)]
struct Amount {
    start: usize,
    end: usize,
    number: f64,
    /// The scale factor, and whether it was a single letter ("$5m").
    scale: Option<(f64, bool)>,
    currency: Option<&'static str>,
    unit: Option<&'static str>,
}

/// Finds money amounts and quantities in `sentence` (see the module docs), left to right.
/// Never panics; spans always fall on `char` boundaries.
pub fn find_figures(sentence: &str) -> Vec<Figure> {
    let amounts: Vec<Amount> = AMOUNT
        .captures_iter(sentence)
        .filter_map(|c| amount(sentence, &c))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(a) = amounts.get(i) {
        let joined = amounts
            .get(i + 1)
            .and_then(|b| range(sentence, a, b).map(|r| (b, r)));
        let figure = match joined {
            Some((b, (start, low, high))) => {
                i += 2;
                let merged = Amount {
                    start,
                    end: b.end,
                    number: low,
                    scale: b.scale.or(a.scale),
                    currency: a.currency.or(b.currency),
                    unit: a.unit.or(b.unit),
                };
                figure(sentence, &merged, Some(high))
            }
            None => {
                i += 1;
                let value = a.number * a.scale.map_or(1.0, |(f, _)| f);
                figure(
                    sentence,
                    &Amount {
                        number: value,
                        ..*a
                    },
                    None,
                )
            }
        };
        out.extend(figure);
    }
    out
}

/// Reads one regex match as an amount, or `None` when it is part of something else
/// ("COVID-19", "3G", "7/14/2025") or a number word with nothing to count.
fn amount(s: &str, c: &Captures<'_>) -> Option<Amount> {
    let (mut start, end) = c.get(0).map(|m| (m.start(), m.end()))?;
    let num = c.name("num")?.as_str();
    let mut back = s[..start].chars().rev();
    let (before, before_that) = (back.next(), back.next());
    // A minus sign written against the amount, after a space or a bracket ("shrank to -5%",
    // "a loss of −$1.2 billion"); after a digit or a letter the dash joins ("20-25%",
    // "COVID-19").
    let minus = before
        .filter(|b| matches!(b, '-' | '−' | '–'))
        .filter(|_| before_that.is_none_or(|p| p.is_whitespace() || "([{".contains(p)))
        .filter(|_| num.starts_with(|ch: char| ch.is_ascii_digit()));
    match (before, before_that) {
        (Some(b), _) if b.is_alphanumeric() || ".:/_".contains(b) => return None,
        (Some(','), Some(p)) if p.is_ascii_digit() => return None, // "1,2,3"
        // "COVID-19"; but "$60 billion-$65 billion" is a range's second end.
        (Some('-' | '–'), Some(p)) if p.is_alphabetic() && c.name("cur").is_none() => {
            return None;
        }
        _ => {}
    }
    let mut ahead = s[end..].chars();
    match ahead.next() {
        Some(a) if a.is_alphanumeric() => return None, // "3G", "5th"
        Some('/' | ':' | '.' | ',') if ahead.next().is_some_and(|d| d.is_ascii_digit()) => {
            return None;
        }
        _ => {}
    }
    let word_number = !num.starts_with(|ch: char| ch.is_ascii_digit());
    if ["a", "an"].iter().any(|w| num.eq_ignore_ascii_case(w)) && c.name("scale").is_none() {
        return None; // "a job", "a gigawatt-plus": an article, not a count
    }
    let number = if word_number {
        NUMBER_WORDS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(num))?
            .1
    } else {
        num.replace(',', "").parse().ok()?
    };
    let number = match minus {
        Some(sign) => {
            start -= sign.len_utf8();
            -number
        }
        None => number,
    };
    let scale = c.name("scale").and_then(|m| {
        let written = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        let factor = SCALES
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(&written))?
            .1;
        Some((factor, m.as_str().len() == 1))
    });
    let mut currency = c.name("cur").or(c.name("code")).and_then(|m| {
        let written = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        PREFIX_CURRENCIES
            .iter()
            .find(|(w, _)| *w == written)
            .map(|(_, code)| *code)
    });
    let mut unit = c.name("unit").and_then(|m| unit_name(m.as_str()));
    if let Some(m) = c.name("cur2") {
        let written = m
            .as_str()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if NEEDS_SCALE.contains(&written.as_str()) && scale.is_none() {
            unit = unit.or((written == "pounds").then_some("pounds"));
        } else {
            let code = SUFFIX_CURRENCIES
                .iter()
                .find(|(w, _)| *w == written)
                .map(|(_, code)| *code);
            currency = currency.or(code);
        }
    }
    Some(Amount {
        start,
        end,
        number,
        scale,
        currency,
        unit,
    })
}

/// If `a` and `b` form a range ("$64-72 billion", "$64 billion to $72 billion",
/// "between $64 billion and $72 billion"), its start and its low and high values.
fn range(s: &str, a: &Amount, b: &Amount) -> Option<(usize, f64, f64)> {
    let compatible = |x: Option<&str>, y: Option<&str>| x.is_none() || y.is_none() || x == y;
    if !compatible(a.currency, b.currency) || !compatible(a.unit, b.unit) {
        return None;
    }
    // A change and where it led ("grew 16% to $42.3 billion") is two figures, not a range:
    // one side is money, the other a unit of something else.
    let money_and_unit = |x: &Amount, y: &Amount| x.currency.is_some() && y.unit.is_some();
    if money_and_unit(a, b) || money_and_unit(b, a) {
        return None;
    }
    let gap = s.get(a.end..b.start)?.trim();
    let before = s[..a.start].trim_end();
    let start = match gap {
        "-" | "–" | "—" | "to"
            if ["from", "by"]
                .iter()
                .all(|w| word_before(before, w).is_none()) =>
        {
            a.start
        }
        "and" => word_before(before, "between")?,
        _ => return None,
    };
    let low = a.number * a.scale.or(b.scale).map_or(1.0, |(f, _)| f);
    let high = b.number * b.scale.or(a.scale).map_or(1.0, |(f, _)| f);
    (low <= high).then_some((start, low, high))
}

/// The byte offset where `word` (ASCII, any case) ends `text` as a whole word, if it does.
fn word_before(text: &str, word: &str) -> Option<usize> {
    let at = text.len().checked_sub(word.len())?;
    let tail = text.get(at..)?;
    let whole = text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    (tail.eq_ignore_ascii_case(word) && whole).then_some(at)
}

/// Builds the figure, or `None` when nothing says what the number counts.
fn figure(s: &str, a: &Amount, value_max: Option<f64>) -> Option<Figure> {
    let letter_scale = a.scale.is_some_and(|(_, letter)| letter);
    let qualified =
        a.currency.is_some() || a.unit.is_some() || (a.scale.is_some() && !letter_scale);
    if !qualified || (letter_scale && a.currency.is_none()) || !a.number.is_finite() {
        return None;
    }
    if value_max.is_some_and(|v| !v.is_finite()) {
        return None;
    }
    let before = s[..a.start].trim_end();
    let hedge = HEDGES.iter().find_map(|h| word_before(before, h));
    let start = hedge.unwrap_or(a.start);
    Some(Figure {
        start,
        end: a.end,
        value: a.number,
        value_max,
        currency: a.currency.map(str::to_string),
        unit: a.unit.map(str::to_string),
        approx: hedge.is_some(),
        text: s.get(start..a.end)?.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, value, value_max, currency, unit, approx)
    type Want<'a> = (
        &'a str,
        f64,
        Option<f64>,
        Option<&'a str>,
        Option<&'a str>,
        bool,
    );

    const USD: Option<&str> = Some("USD");
    const PCT: Option<&str> = Some("percent");

    fn check(cases: &[(&str, &[Want<'_>])]) {
        for (sentence, want) in cases {
            let figures = find_figures(sentence);
            let got: Vec<Want<'_>> = figures
                .iter()
                .map(|f| {
                    let text: &str = &sentence[f.start..f.end];
                    assert_eq!(text, f.text, "text is the span");
                    let (currency, unit) = (f.currency.as_deref(), f.unit.as_deref());
                    (text, f.value, f.value_max, currency, unit, f.approx)
                })
                .collect();
            assert_eq!(&got, want, "figures in {sentence:?}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn money() {
        check(&[
            ("Meta invested $14.3 billion in Scale AI", &[("$14.3 billion", 14.3e9, None, USD, None, false)]),
            ("Meta had raised its 2025 capital expenditure to between $64 billion and $72 billion in April",
                &[("between $64 billion and $72 billion", 64e9, Some(72e9), USD, None, false)]),
            ("a range of $64 billion to $72 billion", &[("$64 billion to $72 billion", 64e9, Some(72e9), USD, None, false)]),
            ("a range of $64-72 billion or $64–72 billion", &[
                ("$64-72 billion", 64e9, Some(72e9), USD, None, false),
                ("$64–72 billion", 64e9, Some(72e9), USD, None, false)]),
            ("between $64 and $72 billion", &[("between $64 and $72 billion", 64e9, Some(72e9), USD, None, false)]),
            ("revenue rose from $10 billion to $12 billion", &[
                ("$10 billion", 10e9, None, USD, None, false), ("$12 billion", 12e9, None, USD, None, false)]),
            ("the price will be cut by $200 to $399", &[
                ("$200", 200.0, None, USD, None, false), ("$399", 399.0, None, USD, None, false)]),
            ("an album costs €9.99", &[("€9.99", 9.99, None, Some("EUR"), None, false)]),
            ("generated nearly $165 billion in revenue", &[("nearly $165 billion", 165e9, None, USD, None, true)]),
            ("Rs 1.2 lakh crore and Rs 3 lakh", &[
                ("Rs 1.2 lakh crore", 1.2e12, None, Some("INR"), None, false),
                ("Rs 3 lakh", 3e5, None, Some("INR"), None, false)]),
            ("spending of $60 billion-$65 billion", &[("$60 billion-$65 billion", 60e9, Some(65e9), USD, None, false)]),
            ("revenue grew 16% to $42.3 billion", &[
                ("16%", 16.0, None, None, PCT, false), ("$42.3 billion", 42.3e9, None, USD, None, false)]),
            ("a Rs 1,200 crore deal, ₹1,20,000 and Rs. 500", &[
                ("Rs 1,200 crore", 1.2e10, None, Some("INR"), None, false),
                ("₹1,20,000", 120000.0, None, Some("INR"), None, false),
                ("Rs. 500", 500.0, None, Some("INR"), None, false)]),
            ("It paid £2bn and ¥500 million", &[
                ("£2bn", 2e9, None, Some("GBP"), None, false), ("¥500 million", 5e8, None, Some("JPY"), None, false)]),
            ("worth US$3 trillion, US $99 and US$ 22 billion", &[
                ("US$3 trillion", 3e12, None, USD, None, false), ("US $99", 99.0, None, USD, None, false),
                ("US$ 22 billion", 22e9, None, USD, None, false)]),
            ("100 million dollars and a billion dollars", &[
                ("100 million dollars", 1e8, None, USD, None, false), ("a billion dollars", 1e9, None, USD, None, false)]),
            ("$1.5tn, $5m, EUR 3 billion and 2 billion euros", &[
                ("$1.5tn", 1.5e12, None, USD, None, false), ("$5m", 5e6, None, USD, None, false),
                ("EUR 3 billion", 3e9, None, Some("EUR"), None, false), ("2 billion euros", 2e9, None, Some("EUR"), None, false)]),
            ("£ 0.79 per song and £ 7.99 per album", &[
                ("£ 0.79", 0.79, None, Some("GBP"), None, false), ("£ 7.99", 7.99, None, Some("GBP"), None, false)]),
            ("5 million pounds but a 150 pounds weight", &[
                ("5 million pounds", 5e6, None, Some("GBP"), None, false), ("150 pounds", 150.0, None, None, Some("pounds"), false)]),
            ("In 2020 won the cup; Samsung's 5 trillion won", &[("5 trillion won", 5e12, None, Some("KRW"), None, false)]),
            ("around $9.99 US dollars and $249 USD", &[
                ("around $9.99 US dollars", 9.99, None, USD, None, true), ("$249 USD", 249.0, None, USD, None, false)]),
            ("a loss of −$1.2 billion, or -$0.40 a share (-3%)", &[
                ("−$1.2 billion", -1.2e9, None, USD, None, false), ("-$0.40", -0.4, None, USD, None, false),
                ("-3%", -3.0, None, None, PCT, false)]),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn quantities() {
        let gw = Some("gigawatts");
        check(&[
            ("Hyperion will be able to scale up to 5 gigawatts over the coming years", &[("up to 5 gigawatts", 5.0, None, None, gw, true)]),
            ("a 1 GW site and 9,000 jobs", &[("1 GW", 1.0, None, None, gw, false), ("9,000 jobs", 9000.0, None, None, Some("jobs"), false)]),
            ("up 20% or 20 percent or 20 per cent", &[
                ("20%", 20.0, None, None, PCT, false), ("20 percent", 20.0, None, None, PCT, false),
                ("20 per cent", 20.0, None, None, PCT, false)]),
            ("1.2 million users and 3,000 employees", &[
                ("1.2 million users", 1.2e6, None, None, Some("users"), false),
                ("3,000 employees", 3000.0, None, None, Some("employees"), false)]),
            ("margins of 20-25% and 5 to 10 GW", &[
                ("20-25%", 20.0, Some(25.0), None, PCT, false), ("5 to 10 GW", 5.0, Some(10.0), None, gw, false)]),
            ("more than 3 billion songs, two million copies and one million visitors", &[
                ("more than 3 billion songs", 3e9, None, None, Some("songs"), true),
                ("two million copies", 2e6, None, None, Some("copies"), false),
                ("one million visitors", 1e6, None, None, Some("visitors"), false)]),
            ("13.7 million Macs", &[("13.7 million", 13.7e6, None, None, None, false)]),
            ("only 9.3 millimetres thick, 2026 units, one job, 16GB", &[
                ("9.3 millimetres", 9.3, None, None, Some("millimetres"), false),
                ("2026 units", 2026.0, None, None, Some("units"), false),
                ("one job", 1.0, None, None, Some("jobs"), false), ("16GB", 16.0, None, None, Some("gigabytes"), false)]),
            ("margins shrank to -5% from 2%; a range of -5% to -2%; 20-25%; COVID-19 cases", &[
                ("-5%", -5.0, None, None, PCT, false), ("2%", 2.0, None, None, PCT, false),
                ("-5% to -2%", -5.0, Some(-2.0), None, PCT, false),
                ("20-25%", 20.0, Some(25.0), None, PCT, false)]),
        ]);
    }

    #[test]
    fn not_figures() {
        let sentences = [
            "It will come online in 2026.",
            "It opened on July 14, 2025 and 7/14/2025.",
            "the first quarter, the third time",
            "2,000 and 42",
            "the iPhone 3G and the A4 chip",
            "COVID-19 cases",
            "the 100m sprint",
            "$",
            "$$$ and $.",
            "between 2020 and 2025",
            "the 5th time",
            "a data center",
            "one of three",
            "at 10:30",
            "version 2.0.1",
            "24/7 service",
            "hundreds of billions of dollars",
            "applying for a job",
            "a gigawatt-plus supercluster",
        ];
        for sentence in sentences {
            assert_eq!(find_figures(sentence), vec![], "no figure in {sentence:?}");
        }
    }

    #[test]
    fn never_panics_and_spans_are_char_boundaries() {
        let long = "Über €9,99 café — ¥500 million 日本 20% and $ 5 ".repeat(1000);
        let digits = "9".repeat(400);
        let inputs = [
            "",
            "$",
            "€",
            "Rs",
            "$.5",
            "$1,",
            "1,,000 jobs",
            "¥¥¥",
            "～5%",
            "٣٤ jobs",
            "５ GW",
            &long,
            &digits,
        ];
        for text in inputs {
            for f in find_figures(text) {
                let bounds = text.is_char_boundary(f.start) && text.is_char_boundary(f.end);
                assert!(bounds, "spans on char boundaries in {text:?}");
                assert!(f.value.is_finite(), "{text:?}");
            }
        }
        let many = "between $64 billion and $72 billion, 5 GW ".repeat(20_000);
        assert_eq!(
            find_figures(&many).len(),
            40_000,
            "linear on a huge sentence"
        );
        let huge = format!("${digits} billion");
        assert!(
            find_figures(&huge).is_empty(),
            "an infinite amount is no figure"
        );
    }
}
