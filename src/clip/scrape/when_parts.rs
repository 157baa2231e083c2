//! The parts of a written-out date line ("Mon, Jul 14, 2025 10:09 a.m. IST"), read word
//! by word; any word that is not a date part makes the whole line prose. And the reading
//! time a line gives beside its date ("Jul 14, 2025 · 2 min read"), taken off first.

use super::when::When;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, Utc};

#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];
/// Weekdays in German, French, Spanish, Italian, Portuguese, Dutch, the Scandinavian
/// languages and Polish,
/// whole words only.
#[rustfmt::skip]
const OTHER_WEEKDAYS: &[&str] = &[
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
    "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì",
    "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "segunda-feira",
    "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "maandag", "dinsdag",
    "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "måndag", "tisdag", "onsdag",
    "torsdag", "fredag", "lördag", "söndag", "poniedziałek", "wtorek", "środa", "czwartek",
    "piątek", "sobota", "niedziela", "mandag", "tirsdag", "lørdag", "søndag",
];
/// Months abbreviated in French, German, Spanish, Italian, Portuguese and Dutch ("13 juil.
/// 2025", "13 lug 2025"), past what the English prefixes cover. Not the ones that are also
/// English words ("ago", "set", "out").
#[rustfmt::skip]
const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("janv", 1), ("févr", 2), ("fév", 2), ("avr", 4), ("juil", 7), ("déc", 12),
    ("mär", 3), ("okt", 10), ("dez", 12), ("ene", 1), ("abr", 4), ("dic", 12), ("gen", 1),
    ("mag", 5), ("giu", 6), ("lug", 7), ("ott", 10), ("fev", 2), ("mrt", 3), ("mei", 5),
];
/// Common zone abbreviations and their offsets in minutes; US names with daylight time
/// for the bare "ET"/"PT" forms are decided by the month in `zone_minutes`.
#[rustfmt::skip]
const ZONES: &[(&str, i32)] = &[
    ("utc", 0), ("gmt", 0), ("z", 0), ("ist", 330), ("edt", -240), ("est", -300),
    ("cdt", -300), ("cst", -360), ("mdt", -360), ("mst", -420), ("pdt", -420),
    ("pst", -480), ("bst", 60), ("cet", 60), ("cest", 120), ("eet", 120), ("eest", 180),
    ("msk", 180), ("pkt", 300), ("wib", 420), ("sgt", 480), ("hkt", 480), ("jst", 540),
    ("kst", 540), ("aest", 600), ("aedt", 660), ("nzst", 720), ("pht", 480),
    ("myt", 480), ("ict", 420), ("wita", 480), ("wit", 540), ("npt", 345), ("gst", 240),
    ("eat", 180), ("cat", 120), ("sast", 120), ("wat", 60), ("awst", 480), ("acst", 570),
    ("acdt", 630), ("nzdt", 780), ("hst", -600),
];

/// What a date line said, before resolution.
#[derive(Debug, Default)]
pub(crate) struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    time: Option<(u32, u32, u32)>,
    pm: Option<bool>,
    zone: Option<i32>,
    us_zone: Option<i32>,
    ambiguous: bool,
}

impl Parts {
    /// Read lower-cased words (fillers removed); `None` when a word is not a date part.
    pub(crate) fn read(words: &[&str]) -> Option<Parts> {
        let mut p = Parts::default();
        for (i, raw) in words.iter().enumerate() {
            let w = raw.trim_end_matches(',');
            // "6 AM ET": an hour without minutes.
            let next = words.get(i + 1).map(|n| n.trim_end_matches([',', '.']));
            let hour = w.len() <= 2
                && w.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
                && next.is_some_and(|n| matches!(n, "am" | "pm" | "a.m" | "p.m"));
            let taken = if hour {
                p.clock(&format!("{w}:00"))
            } else {
                p.word(w)
            };
            if !taken {
                return None;
            }
        }
        let date = p.month.is_some() && p.day.is_some();
        let clock_only =
            p.time.is_some() && p.month.is_none() && p.day.is_none() && p.year.is_none();
        (date || clock_only).then_some(p)
    }

    /// Take one word; false when it is not a date part.
    fn word(&mut self, w: &str) -> bool {
        let bare = w.trim_end_matches('.');
        match w {
            "am" | "a.m." | "a.m" => return set(&mut self.pm, false),
            "pm" | "p.m." | "p.m" => return set(&mut self.pm, true),
            // "10:22, UK" (Sky): UK time, with summer time like the US zones.
            "et" | "ct" | "mt" | "pt" | "uk" => {
                let base = match w {
                    "uk" => 0,
                    "et" => -300,
                    "ct" => -360,
                    "mt" => -420,
                    _ => -480,
                };
                return set(&mut self.us_zone, base);
            }
            _ => {}
        }
        if let Some(z) = zone_minutes(w) {
            return set(&mut self.zone, z);
        }
        if bare.len() >= 3 && WEEKDAYS.iter().any(|d| d.starts_with(bare)) {
            return true;
        }
        if bare.len() >= 3
            && let Some(m) = MONTHS
                .iter()
                .position(|m| m.starts_with(bare) || bare == "sept")
        {
            return set(&mut self.month, month_number(m));
        }
        // Chinese and Japanese "2025年7月14日" (Korean "2025년 7월 14일" spaces its parts).
        if let Some((y, rest)) = bare.split_once(['年', '년']) {
            let year = y.len() == 4 && y.chars().all(|c| c.is_ascii_digit());
            return year && self.word(y) && (rest.is_empty() || self.word(rest));
        }
        if let Some((m, rest)) = bare.split_once(['月', '월']) {
            let month = m
                .parse()
                .is_ok_and(|m| (1..=12).contains(&m) && set(&mut self.month, m));
            return month && (rest.is_empty() || self.word(rest));
        }
        if let Some(d) = bare.strip_suffix(['日', '일']) {
            return d
                .parse()
                .is_ok_and(|d| (1..=31).contains(&d) && set(&mut self.day, d));
        }
        if OTHER_WEEKDAYS.contains(&bare) {
            return true;
        }
        if let Some(m) = crate::clip::textdate::month_named(bare) {
            return set(&mut self.month, m);
        }
        if let Some((_, m)) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| *a == bare) {
            return set(&mut self.month, *m);
        }
        // Japanese "10時5分", "10時".
        if let Some((h, rest)) = bare.split_once('時')
            && let Some(m) = rest.strip_suffix('分').or((rest.is_empty()).then_some("0"))
            && (1..=2).contains(&h.len())
            && (1..=2).contains(&m.len())
            && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        {
            return self.clock(&format!("{h}:{m:0>2}"));
        }
        if w.contains(':') {
            return self.clock(w);
        }
        // French "10h09".
        if let Some((h, m)) = bare.split_once('h')
            && (1..=2).contains(&h.len())
            && m.len() == 2
            && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        {
            return self.clock(&format!("{h}:{m}"));
        }
        if let Some(n) = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| bare.strip_suffix(s))
        {
            return n
                .parse()
                .is_ok_and(|d| (1..=31).contains(&d) && set(&mut self.day, d));
        }
        // "12.7.", "14.07.": a day and a month, the year unsaid (German, Nordic).
        if w.ends_with('.')
            && let Some((d, m)) = bare.split_once('.')
            && [d, m]
                .iter()
                .all(|n| (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()))
            && let (Ok(d @ 1..=31), Ok(m @ 1..=12)) = (d.parse::<u32>(), m.parse::<u32>())
        {
            return set(&mut self.day, d) && set(&mut self.month, m);
        }
        // "10.09" as in "Mon 14 Jul 2025 10.09 BST", "12.01am".
        if let Some((h, m)) = bare.split_once('.')
            && h.len() <= 2
            && let Some((m, half)) = [("am", "am"), ("pm", "pm"), ("", "")]
                .iter()
                .find_map(|(s, half)| m.strip_suffix(s).map(|m| (m, *half)))
            && m.len() == 2
            && m.chars().all(|c| c.is_ascii_digit())
        {
            return self.clock(&format!("{h}:{m}{half}"));
        }
        for sep in ['-', '.', '/'] {
            if bare.contains(sep) {
                return self.numeric(bare, sep);
            }
        }
        match bare.parse::<u32>() {
            Ok(y @ 1900..=2100) if bare.len() == 4 => set(&mut self.year, y as i32),
            Ok(d @ 1..=31) if self.day.is_none() => set(&mut self.day, d),
            _ => false,
        }
    }

    /// "10:09", "10:09:33", "6:05pm".
    fn clock(&mut self, w: &str) -> bool {
        let digits_end = w
            .find(|c: char| !(c.is_ascii_digit() || c == ':'))
            .unwrap_or(w.len());
        let (clock, suffix) = w.split_at(digits_end);
        if clock.is_empty() || suffix.contains(':') {
            return false;
        }
        if !suffix.is_empty() && !self.word(suffix) {
            return false;
        }
        let nums: Vec<Option<u32>> = clock.split(':').map(|n| n.parse().ok()).collect();
        let t = match nums.as_slice() {
            [Some(h), Some(m)] => (*h, *m, 0),
            [Some(h), Some(m), Some(s)] => (*h, *m, *s),
            _ => return false,
        };
        t.0 < 24 && t.1 < 60 && t.2 < 60 && set(&mut self.time, t)
    }

    /// "2025-07-14", "14.07.2025", "14-jul-2025", "07/14/2025".
    fn numeric(&mut self, w: &str, sep: char) -> bool {
        let parts: Vec<&str> = w.split(sep).collect();
        let [a, b, c] = parts.as_slice() else {
            return false;
        };
        if a.len() == 4 {
            return self.word(a) && self.word(c) && self.month_part(b);
        }
        // "07.14.25": a two-digit year after a month and a day.
        let short_year = c.len() == 2
            && c.chars().all(|ch| ch.is_ascii_digit())
            && self.year.is_none()
            && c.parse::<i32>()
                .is_ok_and(|y| set(&mut self.year, 2000 + y));
        if !short_year && (!self.word(c) || self.year.is_none()) {
            return false;
        }
        let (x, y) = (a.parse::<u32>().ok(), b.parse::<u32>().ok());
        match (x, y) {
            (Some(d), None) => self.word(&d.to_string()) && self.word(b),
            (Some(x), Some(y)) if sep == '/' && x <= 12 && y <= 12 && x != y => {
                self.ambiguous = true;
                set(&mut self.day, x) && set(&mut self.month, y)
            }
            (Some(m), Some(d)) if sep == '/' && m <= 12 => {
                set(&mut self.day, d) && set(&mut self.month, m)
            }
            // "07.14.25": a month first is plain when the day is past 12.
            (Some(m), Some(d)) if (1..=12).contains(&m) && d > 12 => {
                set(&mut self.day, d) && set(&mut self.month, m)
            }
            (Some(d), Some(_)) => self.word(&d.to_string()) && self.month_part(b),
            _ => false,
        }
    }

    /// "07" or "jul" as the month.
    fn month_part(&mut self, w: &str) -> bool {
        match w.parse::<u32>() {
            Ok(m @ 1..=12) => set(&mut self.month, m),
            Ok(_) => false,
            Err(_) => w.len() >= 3 && self.word(w),
        }
    }

    /// The stated time: an instant with a time and a zone, a day otherwise.
    pub(crate) fn resolve(&self, now: DateTime<Utc>) -> Option<When> {
        let (Some(mut month), Some(mut day)) = (self.month, self.day) else {
            return Some(self.clock_today(now));
        };
        // "11/07/2025" clipped in July 2025: 7 November is yet to come, so it is 11 July.
        if self.ambiguous {
            let limit = now.date_naive() + Duration::days(1);
            let past = |m: u32, d: u32| {
                self.year
                    .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
                    .is_some_and(|date| date <= limit)
            };
            match (past(month, day), past(day, month)) {
                (true, false) => {}
                (false, true) => (month, day) = (day, month),
                _ => return Some(When::Vague),
            }
        }
        let date = match self.year {
            Some(y) => NaiveDate::from_ymd_opt(y, month, day)?,
            None => {
                let this = NaiveDate::from_ymd_opt(now.year(), month, day)?;
                if this > now.date_naive() + Duration::days(1) {
                    NaiveDate::from_ymd_opt(now.year() - 1, month, day)?
                } else {
                    this
                }
            }
        };
        let zone = self.zone.or_else(|| self.us_zone.map(|z| z + dst(month)));
        let (Some((h, m, s)), Some(zone)) = (self.time, zone) else {
            return Some(When::Day(date));
        };
        let h = match self.pm {
            Some(_) if h == 0 || h > 12 => return None,
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        let offset = FixedOffset::east_opt(zone * 60)?;
        let local = date
            .and_hms_opt(h, m, s)?
            .and_local_timezone(offset)
            .single()?;
        Some(When::Instant(local))
    }
}

impl Parts {
    /// "10:32 BST" on a live page: that time on the clip's day (the day before when it
    /// would be later than the clip); without a zone only vague.
    fn clock_today(&self, now: DateTime<Utc>) -> When {
        let zone = self.zone.or_else(|| {
            let month = now.month();
            self.us_zone.map(|z| z + dst(month))
        });
        let (Some(mut t), Some(zone)) = (self.time, zone) else {
            return When::Vague;
        };
        match self.pm {
            Some(true) if t.0 < 12 => t.0 += 12,
            Some(false) if t.0 == 12 => t.0 = 0,
            _ => {}
        }
        // The clip's day where the page is: "23:40 ET" clipped at 01:00 UTC is yesterday.
        let Some(offset) = FixedOffset::east_opt(zone * 60) else {
            return When::Vague;
        };
        let today = now.with_timezone(&offset).date_naive();
        let Some(local) = today
            .and_hms_opt(t.0, t.1, t.2)
            .and_then(|l| l.and_local_timezone(offset).single())
        else {
            return When::Vague;
        };
        When::Instant(if local > now {
            local - Duration::days(1)
        } else {
            local
        })
    }
}

/// Store `v` in an empty slot; false when the slot was already filled (a second year...).
fn set<T>(slot: &mut Option<T>, v: T) -> bool {
    if slot.is_some() {
        return false;
    }
    *slot = Some(v);
    true
}

/// 0-based index into `MONTHS` -> 1..=12.
fn month_number(i: usize) -> u32 {
    u32::try_from(i + 1).unwrap_or(1)
}

/// Daylight time for the bare US zone names, roughly April to October.
fn dst(month: u32) -> i32 {
    if (4..=10).contains(&month) { 60 } else { 0 }
}

/// "july 14, 2025 @ 6:08pm" -> "july 14, 2025 6:08pm": an at sign between the day and the
/// clock; "jul 13,2025" -> "jul 13, 2025": the year glued to the comma after the day.
pub(super) fn unglued(mut lower: String) -> String {
    if lower.contains(" @ ") {
        lower = lower.replace(" @ ", " ");
    }
    if lower.contains(",20") || lower.contains(",19") {
        lower = GLUED_COMMA_YEAR.replace_all(&lower, "$1, $2").into_owned();
    }
    lower
}

/// "jul 13,2025": a day's number, a comma and a year with no space between.
static GLUED_COMMA_YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\b(\d{1,2}),((?:19|20)\d{2})\b").expect("a valid pattern")
});

/// "published today at 4:15 pm (paris), updated at 6:02 pm" (lower case): the clock's
/// city in brackets says whose time it is, not which zone, and is dropped so that the day
/// reads; a zone in brackets ("18:40 (est)", "(cest)") stays, as the clock is read in it.
pub(super) fn without_clock_city(lower: &str) -> String {
    CLOCK_CITY
        .replace_all(lower, |c: &regex::Captures<'_>| {
            if zone_minutes(&c[2]).is_some() {
                c[0].to_string()
            } else {
                c[1].to_string()
            }
        })
        .into_owned()
}

/// A word in brackets right after a clock: "4:15 pm (paris)", "18:40 (est)".
static CLOCK_CITY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"((?:\d|[ap]\.?m\.?) ?)\((\p{L}+)\)").expect("a valid pattern")
});

/// "ist" -> 330, "+05:30" -> 330, "gmt+1" -> 60, "utc-4" -> -240.
fn zone_minutes(w: &str) -> Option<i32> {
    if let Some((_, z)) = ZONES.iter().find(|(n, _)| *n == w) {
        return Some(*z);
    }
    let rest = w
        .strip_prefix("gmt")
        .or_else(|| w.strip_prefix("utc"))
        .unwrap_or(w);
    let (sign, rest) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' => (-1, &rest[1..]),
        _ => return None,
    };
    let (h, m) = match rest.split_once(':') {
        Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
        None if rest.len() == 4 => (rest.get(..2)?.parse().ok()?, rest.get(2..)?.parse().ok()?),
        None => (rest.parse().ok()?, 0),
    };
    // `then`, not `then_some`: the offset is computed only once the parts are in range (the
    // fuzzer found "+0955160000" overflowing `h * 60`).
    ((0..=14).contains(&h) && (0..60).contains(&m)).then(|| sign * (h * 60 + m))
}

/// "published on 13 jul 202513 jul 2025" -> "published on 13 jul 2025": the words from
/// one of the line's words on, written twice and glued.
pub(super) fn said_twice(lower: &str) -> Option<String> {
    let starts = std::iter::once(0).chain(lower.match_indices(' ').map(|(i, _)| i + 1));
    starts.into_iter().find_map(|start| {
        let time = &lower[start..];
        let half = time.len() / 2;
        (time.len() >= 8 && time.len().is_multiple_of(2) && time.is_char_boundary(half))
            .then(|| time.split_at(half))
            .filter(|(a, b)| a == b)
            .map(|(once, _)| format!("{}{once}", &lower[..start]))
    })
}

/// A time line without what some pages print after the time: how often the page was read
/// ("14 Jul, 2025 - 06:30 0 Views") or an hours mark after the clock ("14 Jul 2025 / 21:15
/// H."). Other lines as they are.
pub(super) fn without_tail(line: &str) -> &str {
    if let Some((rest, n)) = line.strip_suffix(" Views").and_then(|l| l.rsplit_once(' '))
        && !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit())
    {
        return rest;
    }
    match [" H.", " H"].iter().find_map(|h| line.strip_suffix(h)) {
        Some(rest) if rest.ends_with(|c: char| c.is_ascii_digit()) && rest.contains(':') => rest,
        _ => line,
    }
}

/// "Jul 14, 2025 · 2 min read" -> "Jul 14, 2025": a reading time after a date (Yahoo,
/// Medium and many blogs put the two on one line).
pub(super) fn without_reading_time(lower: &str) -> &str {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let minutes = |n: &str, unit: &str| {
        n.chars().all(|c| c.is_ascii_digit())
            && ["min", "mins", "minute", "minutes"].contains(&unit)
    };
    // "3 min read . Updated: 14 Jul 2025, 01:09 PM IST": the reading time first.
    if let [n, unit, "read", _, ..] = words.as_slice()
        && minutes(n, unit)
        && let Some(at) = lower.find(" read")
    {
        return lower[at + " read".len()..]
            .trim_start_matches(|c: char| c.is_whitespace() || "·•|-–—,.".contains(c));
    }
    match words.as_slice() {
        [_, .., n, unit, "read"] if minutes(n, unit) => lower
            .trim_end()
            .rsplitn(4, char::is_whitespace)
            .last()
            .unwrap_or(lower)
            .trim_end_matches(|c: char| c.is_whitespace() || "·•|-–—,".contains(c)),
        _ => lower,
    }
}
