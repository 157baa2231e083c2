//! The shapes a date takes in a page's text, in the languages `MONTHS` names: "July 14,
//! 2025", "14. Juli 2025", "14 июля 2025", "2025. július 14.", "2025-07-14", "14.07.2025",
//! "2025年7月14日", "2025년 7월 14일".

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

/// No news article on the web predates this year (as in `pubdate`).
const EARLIEST_YEAR: i32 = 1995;

/// Month names and their numbers: English (with abbreviations, matched by prefix),
/// German, French, Spanish, Italian, Portuguese, Dutch, the Scandinavian languages,
/// Polish, Russian, Ukrainian, Czech, Turkish, Romanian, Hungarian, Finnish and Greek.
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
    // Swedish, Danish and Norwegian, past the names shared above.
    ("maj", 5),
    ("augusti", 8),
    ("marts", 3),
    ("desember", 12),
    // Polish, in the genitive of dates ("14 lipca 2025") and the nominative of headings.
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    ("styczeń", 1),
    ("luty", 2),
    ("marzec", 3),
    ("kwiecień", 4),
    ("czerwiec", 6),
    ("lipiec", 7),
    ("sierpień", 8),
    ("wrzesień", 9),
    ("październik", 10),
    ("listopad", 11),
    ("grudzień", 12),
    // Russian and Ukrainian, in the genitive of dates ("14 июля 2025").
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
    // Czech, in the genitive ("14. července 2025").
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    // Turkish (and its dotless i written as i), Romanian, Hungarian and Finnish (in the
    // partitive of dates, "14. heinäkuuta 2025"), past the names shared above.
    ("ocak", 1),
    ("şubat", 2),
    ("subat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("mayis", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("agustos", 8),
    ("eylül", 9),
    ("eylul", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("kasim", 11),
    ("aralık", 12),
    ("aralik", 12),
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("iunie", 6),
    ("iulie", 7),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
    ("január", 1),
    ("február", 2),
    ("március", 3),
    ("április", 4),
    ("május", 5),
    ("június", 6),
    ("július", 7),
    ("augusztus", 8),
    ("szeptember", 9),
    ("október", 10),
    ("tammikuuta", 1),
    ("helmikuuta", 2),
    ("maaliskuuta", 3),
    ("huhtikuuta", 4),
    ("toukokuuta", 5),
    ("kesäkuuta", 6),
    ("heinäkuuta", 7),
    ("elokuuta", 8),
    ("syyskuuta", 9),
    ("lokakuuta", 10),
    ("marraskuuta", 11),
    ("joulukuuta", 12),
    // Greek, in the genitive ("14 Ιουλίου 2025").
    ("ιανουαρίου", 1),
    ("φεβρουαρίου", 2),
    ("μαρτίου", 3),
    ("απριλίου", 4),
    ("μαΐου", 5),
    ("ιουνίου", 6),
    ("ιουλίου", 7),
    ("αυγούστου", 8),
    ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10),
    ("νοεμβρίου", 11),
    ("δεκεμβρίου", 12),
];

// The shapes below bound their numbers with ASCII word boundaries `(?-u:\b)` and ASCII
// digits: the regex crate's fast DFA cannot test a Unicode `\b` once the text holds a
// non-ASCII character (most pages: curly quotes, no-break spaces), and falls back to its
// slowest engine over the whole page. The dates read are the same; extraction's median
// went from 3.67 to 3.02 ms per WCXB page.
const MONTH_RE: &str = r"(jan(?:uary|uar|vier)?|jänner|feb(?:ruary|ruar|rero|braio|ereiro)?|février|mar(?:ch|s|zo|ço)?|märz|maart|apr(?:il|ile)?|avril|abril|may(?:o)?|mai(?:o)?|mei|maggio|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juillet|luglio|aug(?:ust|ustus)?|août|agosto|sep(?:t|tember|tembre|tiembre)?|setiembre|settembre|setembro|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|outubro|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember|embro)?|décembre|dic(?:iembre|embre)?|enero|gennaio|janeiro|januari|februari|maja?|augusti|marts|desember|stycznia|lutego|marca|kwietnia|czerwca|lipca|sierpnia|września|października|listopada|grudnia|styczeń|luty|marzec|kwiecień|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|ocak|[şs]ubat|mart(?:ie)?|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|ianuarie|februarie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|január|február|március|április|május|június|július|augusztus|szeptember|október|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου)";

/// "July 14, 2025", "Jul. 14th 2025", "Friday December 19, 2025".
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b){MONTH_RE}\.?\s+([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+([0-9]{{4}})(?-u:\b)"
    ))
    .expect("valid regex")
});
/// "14 July 2025", "14th of July, 2025", "14. Juli 2025", "14 de julio de 2025".
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)([0-9]{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?{MONTH_RE}\.?,?\s+(?:de\s+)?([0-9]{{4}})(?-u:\b)"
    ))
    .expect("valid regex")
});
/// "14-Jul-2025", "04-ago-2021": a dashed day, month name and year (the month is read by
/// `month_number`, which knows each language's abbreviations).
static DASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)([0-9]{1,2})-([a-zäéû]{3,9})\.?-([0-9]{4})(?-u:\b)")
        .expect("valid regex")
});
/// "2025-07-14", "2025.07.14", "2025/7/14", "2025. 7. 14.", "2025-07-14T08:10+02:00".
static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{4})\s?[-./]\s?([0-9]{1,2})\s?[-./]\s?([0-9]{1,2})(?:(?-u:\b)|T)")
        .expect("valid regex")
});
/// "14.07.2025", "07/14/2025", "14-07-2025".
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{1,2})([./-])([0-9]{1,2})[./-]([0-9]{4})(?-u:\b)")
        .expect("valid regex")
});
/// "2025年7月14日", "2025년 7월 14일".
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{4})\s*[年년]\s*([0-9]{1,2})\s*[月월]\s*([0-9]{1,2})\s*[日일]")
        .expect("valid regex")
});
/// "2025. július 14.": the year with its dot, a month name, the day (Hungarian's order;
/// without the dot, "in 2025 May 12 ..." would be read as a date).
static YEAR_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)([0-9]{{4}})\.\s+{MONTH_RE}\s+([0-9]{{1,2}})(?-u:\b)"
    ))
    .expect("valid regex")
});

/// A date read from the text, with where it starts and ends (byte offsets).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
}

/// Every plausible date in `text`, in order, overlapping matches dropped.
pub(crate) fn find_dates(text: &str, month_first: bool, today: NaiveDate) -> Vec<Found> {
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
    for c in YEAR_MONTH_DAY.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        if let Some(m) = month_number(&c[2]) {
            push(whole.start(), whole.end(), &c[1], m, &c[3]);
        }
    }
    for c in DASHED.captures_iter(text) {
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

/// The month a whole, lower-cased name stands for, in any language of `MONTHS`.
pub(crate) fn month_named(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(name, _)| *name == w).map(|(_, m)| *m)
}

/// The month a name or abbreviation stands for, in any language of `MONTHS`.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if let Some(m) = month_named(&w) {
        return Some(m);
    }
    // Abbreviations: the first three letters of an English or German name ("Sept", "Okt").
    let head: String = w.chars().take(3).collect();
    MONTHS
        .iter()
        .find(|(name, _)| name.starts_with(&head))
        .map(|(_, m)| *m)
}
