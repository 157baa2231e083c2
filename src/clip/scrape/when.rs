//! Time lines of a scrape: "17 minutes ago", "yesterday", "Jul 14, 2025",
//! "14 July 2025 10:09 IST", "2025-07-14T10:09:00Z", resolved against the clip time.
//!
//! A line is a time line only when every word of it is part of the date or time (weekday
//! names, "Updated", "at" and zone names are allowed), so a headline that mentions a date
//! is never taken for one.

pub(super) use super::when_parts::without_reading_time;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, SecondsFormat, Utc};
use regex::Regex;
use std::sync::LazyLock;

/// A time a scrape states, as precisely as it states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// A moment: a relative time in minutes or hours (in UTC), or a date with time and
    /// zone, in the zone the page wrote: "Jul 13, 2025, 10:31pm EDT" stays on the 13th,
    /// the day its readers saw, as the HTML extractor keeps a page's offset.
    Instant(DateTime<FixedOffset>),
    /// A calendar day: "yesterday", "2 days ago", a date without a zone.
    Day(NaiveDate),
    /// Recognisably a time line ("3 months ago", a date after the clip) but not resolved.
    Vague,
}

impl When {
    /// The calendar day, where the page is; `None` for a vague time.
    pub(crate) fn day(self) -> Option<NaiveDate> {
        match self {
            Self::Instant(t) => Some(t.date_naive()),
            Self::Day(d) => Some(d),
            Self::Vague => None,
        }
    }

    /// RFC 3339 (whole seconds, the page's offset, "Z" for UTC) for an instant,
    /// "YYYY-MM-DD" for a day.
    pub(crate) fn render(self) -> Option<String> {
        match self {
            Self::Instant(t) => Some(t.to_rfc3339_opts(SecondsFormat::Secs, true)),
            Self::Day(d) => Some(d.format("%Y-%m-%d").to_string()),
            Self::Vague => None,
        }
    }
}

/// Words that may precede or sit among date parts without making the line prose.
#[rustfmt::skip]
pub(super) const FILLER: &[&str] = &[
    "updated", "published", "posted", "last", "first", "originally", "on", "at", "|", "-",
    "–", "—", "·", "•", "/", "//", "date:", "time:", "edited", "modified",
    // "Published date: 14 July 2025 15:42 BST" (the colon is trimmed before the lookup).
    "date", "time", "created",
    // "Issued on: 14/07/2025 - 16:20": France 24's word for published.
    "issued",
    // German, French, Spanish, Italian and Dutch ("Stand: 14.07.2025 10:09 Uhr",
    // "Publié le 14 juillet 2025 à 10h09", "14 de julio de 2025").
    "stand", "uhr", "um", "veröffentlicht", "aktualisiert", "publié", "modifié", "le", "mis",
    "à", "jour",
    "publicado", "actualizado", "el", "de", "del", "pubblicato", "aggiornato", "il", "alle",
    "ore", "gepubliceerd", "bijgewerkt", "op", "om", "uur", "às", "em", "atualizado", "aangepast",
    // Korean "입력 2025-07-14 18:12" ("entered"), "업데이트 ..." ("updated").
    "입력", "업데이트", "수정",
    // Swedish, Danish, Norwegian and Polish ("Publicerad 13 juli 2025 kl. 06.00",
    // "Opublikowano 14 lipca 2025, godz. 16:40").
    "publicerad", "uppdaterad", "kl", "kl.", "publiceret", "opdateret", "publisert",
    "oppdatert", "erstpublikation", "opublikowano", "zaktualizowano", "publikacja", "aktualizacja", "godz", "godz.",
    // Swiss German "Publiziert: 11.07.2025, 16:05 Uhr"; Finnish "14.7.2025 klo 10.05".
    "publiziert", "klo", "julkaistu", "päivitetty",
];

/// A clock time alone, with no day: "9:41 pm", "21.10", "08:15".
pub(crate) fn bare_clock(line: &str) -> bool {
    static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i)\d{1,2}[:.]\d{2}(\s*(am|pm|a\.m\.|p\.m\.))?$").expect("clock pattern")
    });
    CLOCK.is_match(line.trim())
}

/// Parse a whole line as a time, resolving relative times against `clipped_at`.
pub(crate) fn parse_when(line: &str, clipped_at: DateTime<Utc>) -> Option<When> {
    parse_at(line, clipped_at, false)
}

/// `parse_when`; a `nested` call (a part of a line split at a glued date or a revision)
/// splits no further, which keeps a line's cost linear.
pub(super) fn parse_at(line: &str, clipped_at: DateTime<Utc>, nested: bool) -> Option<When> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.len() > 160 {
        return None;
    }
    // "(Updated: 14 Jul 2025 05:40PM)": a time in brackets under the first one.
    let trimmed = trimmed
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(trimmed);
    let lower = super::revisions::without_story_named(&trimmed.to_lowercase()).to_owned();
    // "July 14, 20253:09 PM UTC": the year glued to the time where the page had two
    // elements; "14.07.2025-17:48": or joined by a dash.
    let mut lower = GLUED_YEAR.replace_all(&lower, "$1 $2").into_owned();
    if lower.contains(". ") {
        lower = SPACED_DOTS.replace_all(&lower, "$1.$2.$3").into_owned();
    }
    if lower.contains(" h ") {
        lower = SPACED_H.replace_all(&lower, "${1}h$2").into_owned();
    }
    lower = super::when_parts::unglued(lower);
    // "Updated July 14, 2025 — 7.02pm, first published at 5.48pm": the revision's time;
    // the first publication's clock alone says no more. With its day ("..., first
    // published July 13, 2025 — 6.30pm") the first publication is the time.
    if let Some(at) = lower.find(", first published ") {
        let first = &lower[at + ", first published ".len()..];
        if !nested
            && !first.starts_with("at ")
            && let Some(when) = parse_at(first, clipped_at, true)
            // (A clock alone, "first published 5:30pm", is no day.)
            && when != When::Vague
        {
            return Some(sanity(when, clipped_at));
        }
        lower.truncate(at);
    }
    // "Published14 Jul 2025, 06:32 PM IST": the label glued to the date.
    for label in ["published", "updated"] {
        if let Some(rest) = lower.strip_prefix(label)
            && rest.starts_with(|c: char| c.is_ascii_digit())
        {
            lower = format!("{label} {rest}");
        }
    }
    // "입력2025.07.14. 오후 3:12": Korean labels glued to the date, "오후" (p.m.) and "오전"
    // (a.m.) before the clock.
    if lower.starts_with(['입', '수']) || lower.contains('오') {
        for label in ["입력", "수정"] {
            if let Some(rest) = lower.strip_prefix(label)
                && rest.starts_with(|c: char| c.is_ascii_digit())
            {
                lower = format!("{label} {rest}");
            }
        }
        if let Some(caps) = KOREAN_CLOCK.captures(&lower) {
            let half = if &caps[1] == "오후" { "pm" } else { "am" };
            let clock = format!("{} {half}", &caps[2]);
            lower = KOREAN_CLOCK.replace(&lower, clock.as_str()).into_owned();
        }
    }
    // "As of Monday, July 14, 2025": the time the page was brought up to.
    if let Some(rest) = lower.strip_prefix("as of ") {
        lower = rest.to_owned();
    }
    // "14/07/2025 a las 13:25h.": Spanish "at" and an "h" after the clock.
    if lower.contains(" a las ") {
        lower = lower.replace(" a las ", " ");
    }
    if lower.contains("h.") || lower.ends_with('h') {
        lower = CLOCK_H.replace_all(&lower, "$1").into_owned();
    }
    // "10:40 a. m.": Spanish spaces the abbreviation.
    if lower.contains(". m.") {
        lower = lower.replace("a. m.", "a.m.").replace("p. m.", "p.m.");
    }
    // "i går kl. 21.10", "Publicerad i dag 13.05": the Nordic languages write "yesterday"
    // and "today" in two words.
    for (two, one) in [("i går", "igår"), ("i dag", "idag")] {
        if lower.starts_with(two) || lower.contains(&format!(" {two} ")) {
            lower = lower.replacen(two, one, 1);
        }
    }
    // "14 Jul 2025,Monday": a comma with no space after it.
    if lower.contains(',') {
        lower = GLUED_COMMA.replace_all(&lower, "$1, $2").into_owned();
    }
    // "08:00 AM Eastern Daylight Time": a zone's name written out.
    for (name, abbreviation) in ZONE_NAMES {
        if lower.contains(name) {
            lower = lower.replace(name, abbreviation);
        }
    }
    if lower.contains('(') {
        lower = super::when_parts::without_clock_city(&lower);
    }
    let lower = without_reading_time(&lower);
    // "07/14/2025July 14, 2025": one date in two forms, glued after the first one's year;
    // the first is read ("6:09am" is one time).
    if let Some(at) = lower
        .char_indices()
        .zip(lower.chars().skip(1))
        .find(|((_, a), b)| a.is_ascii_digit() && b.is_alphabetic())
        .map(|((i, _), _)| i + 1)
        .filter(|_| !nested)
        && let (Some(first), Some(second)) = (lower.get(..at), lower.get(at..))
        && first.len() >= 4
        && first.is_char_boundary(first.len() - 4)
        && first[first.len() - 4..].chars().all(|c| c.is_ascii_digit())
        && let Some(when) = parse_at(first, clipped_at, true)
        && parse_at(second, clipped_at, true).is_some()
    {
        return Some(when);
    }
    // "Published On 13 Jul 202513 Jul 2025": one date shown twice (a screen reader's copy
    // glued to the one on screen); the first is read.
    if !nested && let Some(once) = super::when_parts::said_twice(lower) {
        return parse_at(&once, clipped_at, true);
    }
    // "Posted 3h ago3 hours ago": one relative time in two forms, glued; the first is read.
    if !nested
        && let Some(at) = lower.find("ago").map(|at| at + 3)
        && lower[at..].starts_with(|c: char| c.is_ascii_digit())
        && let Some(when) = parse_at(&lower[..at], clipped_at, true)
    {
        return Some(when);
    }
    // "Updated: Jul. 14, 2025, 8:02 a.m.|Published: Jul. 13, 2025, 6:15 p.m.": the
    // publication, named after the revision ("Posted - July 13, ..." too).
    if !nested
        && REVISED.iter().any(|r| lower.starts_with(r))
        && let Some(at) = lower
            .find("published")
            .or_else(|| lower.find("posted"))
            .filter(|&at| at > 0)
        && let Some(when) = parse_at(&lower[at..], clipped_at, true)
    {
        return Some(sanity(when, clipped_at));
    }
    // "Updated July 14, 2025, 10:42 am EDT / Original July 11, 2025, 6:15 pm EDT": the
    // original publication, named after the revision.
    if !nested
        && let Some(at) = lower.find(" original").map(|at| at + 1)
        && REVISED.iter().any(|r| lower.starts_with(r))
    {
        let tail = lower[at..]
            .trim_start_matches("originally published")
            .trim_start_matches("originally")
            .trim_start_matches("original")
            .trim_start_matches([':', ' ']);
        if let Some(when) = parse_at(tail, clipped_at, true) {
            return Some(sanity(when, clipped_at));
        }
    }
    // "July 14, 2025 10:09 AM GMT+1Updated 2 hours ago", "Publié aujourd'hui à 18h12,
    // modifié à 19h05": two times, the first the publication (the words may be glued
    // where the page had two elements).
    if let Some(at) = REVISED
        .iter()
        .filter_map(|r| lower.find(r))
        .filter(|&at| at > 0)
        .min()
        .filter(|_| !nested)
        && let Some(first) = lower.get(..at)
        && !first.trim().is_empty()
    {
        let only_filler = first
            .split_whitespace()
            .all(|w| FILLER.contains(&w.trim_end_matches(':')));
        if !only_filler {
            // "14 luglio 2025 (modifica il ...)": the bracket or bar before the revision.
            // "Publié le 10 juillet 2025 à 17:45. / Modifié le ...": a stop and a slash.
            let first = first.trim_end_matches(|c: char| " (（|,;-–—·./".contains(c));
            return parse_at(first, clipped_at, true);
        }
    }
    // A stop ends a sentence, unless it closes a day and month ("12.7.").
    let lower = if DAY_MONTH_LAST.is_match(lower) {
        lower
    } else {
        lower.trim_end_matches(['.', ',', ';'])
    };
    let all: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_end_matches(':'))
        .filter(|w| !w.is_empty())
        .collect();
    let words: Vec<&str> = all
        .iter()
        .copied()
        .filter(|w| !FILLER.contains(w))
        .collect();
    if words.is_empty() {
        return None;
    }
    // "Ayer, 18:40", "昨天 18:20", "yesterday at 6:40 pm", "Publié hier à 18h30": the day
    // before, at a clock time (its zone unsaid, so the day alone).
    let clock = |w: &str| {
        w.contains(':')
            // "21.10": the Nordic clock.
            || w.split_once('.').is_some_and(|(h, m)| {
                (1..=2).contains(&h.len())
                    && m.len() == 2
                    && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
            })
            || w.split_once('h').is_some_and(|(h, m)| {
                (1..=2).contains(&h.len())
                    && h.chars().all(|c| c.is_ascii_digit())
                    && (m.is_empty() || (m.len() == 2 && m.chars().all(|c| c.is_ascii_digit())))
            })
    };
    if let [first, rest @ ..] = words.as_slice()
        && !rest.is_empty()
        && ["yesterday", "hier"]
            .iter()
            .chain(YESTERDAY)
            .any(|y| *y == first.trim_end_matches(','))
        && rest
            .iter()
            .filter(|w| !FILLER.contains(w))
            .all(|w| clock(w) || ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].contains(w))
        && rest.iter().any(|w| clock(w))
    {
        return Some(When::Day(clipped_at.date_naive() - Duration::days(1)));
    }
    // Other languages' relative times are read before the fillers go ("3 ore fa": "ore"
    // is a filler of "alle ore 10:09" too).
    let translated = in_english(&all).or_else(|| in_english(&words));
    let relative = match &translated {
        Some(english) => relative(
            &english.iter().map(String::as_str).collect::<Vec<_>>(),
            clipped_at,
        ),
        None => relative(&words, clipped_at),
    };
    // "Yesterday, July 13th 2025 6:20pm": the day named, then written out; the date reads.
    let named_day = match words.as_slice() {
        [first, rest @ ..]
            if rest.len() >= 2
                && ["today", "yesterday"]
                    .iter()
                    .chain(YESTERDAY)
                    .any(|d| *d == first.trim_end_matches(',')) =>
        {
            absolute(rest, clipped_at)
        }
        _ => None,
    };
    relative
        .or_else(|| today_at(&words, clipped_at))
        .or_else(|| absolute(&words, clipped_at))
        .or(named_day)
        .map(|w| sanity(w, clipped_at))
}

/// Zones' names written out, and their abbreviations.
#[rustfmt::skip]
const ZONE_NAMES: &[(&str, &str)] = &[
    ("eastern daylight time", "edt"), ("eastern standard time", "est"),
    ("central daylight time", "cdt"), ("central standard time", "cst"),
    ("mountain daylight time", "mdt"), ("mountain standard time", "mst"),
    ("pacific daylight time", "pdt"), ("pacific standard time", "pst"),
    ("british summer time", "bst"), ("greenwich mean time", "gmt"),
    ("central european summer time", "cest"), ("central european time", "cet"),
    ("coordinated universal time", "utc"),
];

/// A comma glued between a number and a word: "2025,monday".
/// "à 17 h 05": the Quebec clock, spaced around its "h".
static SPACED_H: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2}) h (\d{2})\b").expect("spaced clock pattern"));

/// "14. 7. 2025": a Czech or Slovak date, spaced after each stop.
static SPACED_DOTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})\. (\d{1,2})\. (\d{4})\b").expect("spaced date pattern")
});
static KOREAN_CLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(오전|오후)\s*(\d{1,2}:\d{2})").expect("a valid pattern"));
static CLOCK_H: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2}:\d{2})h\b\.?").expect("a valid pattern"));

static GLUED_COMMA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d),(\p{L})").expect("a valid pattern"));

/// A day and month without a year at a line's end: "12.7.", "eilen 14.07.".
static DAY_MONTH_LAST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)\d{1,2}\.\d{1,2}\.$").expect("a valid pattern"));

/// A year glued to the time after it: "20253:09", "202511:09".
static GLUED_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d{2})-?(\d{1,2}:\d{2})").expect("a valid pattern"));

/// Words that announce a revision after the publication time, in the languages of
/// `FILLER`.
#[rustfmt::skip]
pub(super) const REVISED: &[&str] = &[
    "updated", "modified", "modifié", "mis à jour", "aktualisiert", "actualizado", "atualizado",
    "aggiornato", "modifica", "bijgewerkt", "aangepast", "uppdaterad", "opdateret",
    "oppdatert", "zaktualizowano", "aktualizacja", "päivitetty", "最終更新", "更新",
];

/// "Today at 18:12", "aujourd'hui à 18h12", "heute, 10:09 Uhr", "hoy 17:45": the clip's
/// day at a time (an instant when the line gives a zone, else the day).
fn today_at(words: &[&str], now: DateTime<Utc>) -> Option<When> {
    const TODAY: &[&str] = &[
        "today",
        "aujourd'hui",
        "aujourd’hui",
        "heute",
        "hoy",
        "oggi",
        "hoje",
        "vandaag",
        "idag",
        "dzisiaj",
        "dziś",
        "tänään",
    ];
    let [first, rest @ ..] = words else {
        return None;
    };
    if rest.is_empty() || !TODAY.contains(&first.trim_end_matches(',')) {
        return None;
    }
    match super::when_parts::Parts::read(rest)?.resolve(now)? {
        When::Vague => Some(When::Day(now.date_naive())),
        stated => Some(stated),
    }
}

/// A resolved time in the future of the clip, or before 1995, is only vague.
fn sanity(when: When, clipped_at: DateTime<Utc>) -> When {
    let Some(day) = when.day() else {
        return when;
    };
    let too_late = day > clipped_at.date_naive() + Duration::days(1);
    if day.year() < 1995 || too_late {
        When::Vague
    } else {
        when
    }
}

/// "Yesterday" alone, in the languages of `in_english`: not French "hier" (German and
/// Dutch "here"), nor "heute", a menu's word as often.
const YESTERDAY: &[&str] = &[
    "gestern", "ayer", "ontem", "ieri", "gisteren", "igår", "wczoraj", "eilen", "昨日", "昨天",
    "어제",
];

/// Relative times in German, French, Spanish, Portuguese, Italian, Dutch, Swedish,
/// Norwegian, Danish, Finnish, Polish, Chinese, Japanese and Korean, as the English words `relative` reads: "vor 3 Stunden", "il y a 3
/// heures", "hace 3 horas", "há 3 horas", "3 ore fa", "3 uur geleden", "3時間前", "3시간 전"
/// -> ["3", "hour", "ago"]; "gestern", "ayer" -> ["yesterday"].
fn in_english(words: &[&str]) -> Option<Vec<String>> {
    let unit = |u: &str| -> Option<&'static str> {
        Some(match u {
            "sekunden" | "secondes" | "segundos" | "secondi" | "seconden" | "sekunder"
            | "sekund" | "sekundy" | "sekuntia" => "second",
            "minute" | "minuten" | "minutes" | "minuto" | "minutos" | "minuti" | "min" | "mn"
            | "minut" | "minuter" | "minuty" | "minutę" | "minutter" | "minuuttia" | "minuutti"
            | "min." | "分" | "分钟" | "分鐘" | "분" => "minute",
            "stunde" | "stunden" | "heure" | "heures" | "hora" | "horas" | "ora" | "ore"
            | "uur" | "timme" | "timmar" | "godzin" | "godziny" | "godzinę" | "time" | "timer"
            | "std." | "std" | "tunti" | "tuntia" | "時間" | "小时" | "小時" | "시간" | "h"
            | "h." => "hour",
            "tag" | "tagen" | "jour" | "jours" | "j" | "día" | "días" | "dia" | "dias"
            | "giorno" | "giorni" | "dag" | "dagen" | "dagar" | "dager" | "dage" | "dni"
            | "dzień" | "päivä" | "päivää" | "日" | "天" | "일" => "day",
            "woche" | "wochen" | "semaine" | "semaines" | "semana" | "semanas" | "settimana"
            | "settimane" | "week" | "weken" | "vecka" | "veckor" | "tydzień" | "tygodnie"
            | "uke" | "uker" | "uge" | "uger" | "viikko" | "viikkoa" | "週間" | "周" | "주" => {
                "week"
            }
            _ => return None,
        })
    };
    let english = |n: &str, u: &str| Some(vec![n.to_string(), unit(u)?.to_string(), "ago".into()]);
    match words {
        [w] if YESTERDAY.contains(w) => Some(vec!["yesterday".into()]),
        ["vor", n, u] | ["y", "a", n, u] | ["hace", n, u] | ["há", n, u] => english(n, u),
        // Swedish "för 3 timmar sedan", Danish "for 3 timer siden", Polish "3 godziny
        // temu", Finnish "3 tuntia sitten".
        ["för" | "for", n, u, "sedan" | "siden"] => english(n, u),
        [n, u, "fa" | "geleden" | "temu" | "siden" | "sitten" | "전"] => english(n, u),
        // "3시간 전": the number and the unit in one word.
        [nu, "전"] => {
            let (n, u) = glued(nu)?;
            english(n, u)
        }
        // "3時間前", "3小时前": the number, the unit and 前 ("before") in one word.
        [w] => {
            let (n, u) = glued(w.strip_suffix('前')?)?;
            english(n, u)
        }
        _ => None,
    }
}

/// "3時間" -> ("3", "時間").
fn glued(w: &str) -> Option<(&str, &str)> {
    let digits = w.find(|c: char| !c.is_ascii_digit())?;
    (digits > 0).then(|| w.split_at(digits))
}

/// "17 minutes ago", "an hour ago", "3h ago", "3h", "yesterday", "just now".
fn relative(words: &[&str], now: DateTime<Utc>) -> Option<When> {
    match words {
        ["just", "now"] | ["now"] | ["moments", "ago"] => {
            return Some(When::Instant(now.fixed_offset()));
        }
        ["today"] => return Some(When::Day(now.date_naive())),
        ["yesterday"] => return Some(When::Day(now.date_naive() - Duration::days(1))),
        _ => {}
    }
    if let ["a", "few", _, "ago"] | ["few", _, "ago"] | ["several", _, "ago"] = words {
        return Some(When::Vague);
    }
    let (count, unit, ago) = match words {
        [n, u, "ago"] => (count_word(n)?, *u, true),
        [nu, "ago"] => split_compact(nu).map(|(n, u)| (n, u, true))?,
        [nu] => split_compact(nu).map(|(n, u)| (n, u, false))?,
        _ => return None,
    };
    // Bare "3h" only with the short units: "2025" or "5g" alone are not times.
    if !ago && !matches!(unit, "m" | "min" | "mins" | "h" | "hr" | "hrs" | "d") {
        return None;
    }
    let minutes = |m: i64| Some(When::Instant((now - Duration::minutes(m)).fixed_offset()));
    match unit.trim_end_matches('s') {
        "" | "sec" | "second" => Some(When::Instant(
            (now - Duration::seconds(count)).fixed_offset(),
        )),
        "m" | "min" | "minute" => minutes(count),
        "h" | "hr" | "hour" => minutes(count.checked_mul(60)?),
        "d" | "day" => Some(When::Day(now.date_naive() - Duration::days(count))),
        "w" | "wk" | "week" => Some(When::Day(
            now.date_naive() - Duration::days(count.checked_mul(7)?),
        )),
        "mo" | "month" | "y" | "yr" | "year" => Some(When::Vague),
        _ => None,
    }
}

/// "17", "a", "an", "one" .. "ten" as a count (at most ten thousand).
fn count_word(w: &str) -> Option<i64> {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    if w == "a" || w == "an" {
        return Some(1);
    }
    if let Some(i) = WORDS.iter().position(|x| *x == w) {
        return i64::try_from(i + 1).ok();
    }
    w.parse::<i64>().ok().filter(|n| (0..=10_000).contains(n))
}

/// "3h" -> (3, "h"); "17mins" -> (17, "mins").
fn split_compact(w: &str) -> Option<(i64, &str)> {
    let digits = w.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = w.split_at(digits);
    if n.is_empty() || !unit.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some((count_word(n)?, unit))
}

/// Dates and times written out; see the module doc for the shapes.
fn absolute(words: &[&str], now: DateTime<Utc>) -> Option<When> {
    if let [one] = words
        && let Some(w) = iso(one)
    {
        return Some(w);
    }
    super::when_parts::Parts::read(words)?.resolve(now)
}

/// "2025-07-14", "2025/07/14", "2025-07-14t10:09:00z", "2025-07-14t10:09:00+05:30".
fn iso(w: &str) -> Option<When> {
    if let Ok(t) = DateTime::parse_from_rfc3339(&w.to_uppercase()) {
        return Some(When::Instant(t));
    }
    let date = w.get(..10)?.replace('/', "-");
    let d = NaiveDate::parse_from_str(&date, "%Y-%m-%d").ok()?;
    (w.len() == 10).then_some(When::Day(d))
}

#[cfg(test)]
#[path = "when_tests.rs"]
mod tests;
