//! Tests of `when`: relative, absolute and labelled time lines in the languages it reads.

use super::*;
use crate::clip::scrape::revisions::{revision_line, revision_note};

fn at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-07-14T12:00:00Z")
        .map(|t| t.with_timezone(&Utc))
        .expect("fixed test time")
}

fn r(s: &str) -> Option<String> {
    parse_when(s, at()).and_then(When::render)
}

#[test]
fn relative_times_resolve_against_the_clip() {
    assert_eq!(r("17 minutes ago").as_deref(), Some("2025-07-14T11:43:00Z"));
    for (line, at) in [
        ("vor 3 Stunden", "2025-07-14T09:00:00Z"),
        ("il y a 3 heures", "2025-07-14T09:00:00Z"),
        ("hace 17 minutos", "2025-07-14T11:43:00Z"),
        ("Hace 1 h", "2025-07-14T11:00:00Z"),
        ("il y a 3 h", "2025-07-14T09:00:00Z"),
        ("vor 2 Std.", "2025-07-14T10:00:00Z"),
        ("há 3 horas", "2025-07-14T09:00:00Z"),
        ("3 ore fa", "2025-07-14T09:00:00Z"),
        ("3 uur geleden", "2025-07-14T09:00:00Z"),
        ("3時間前", "2025-07-14T09:00:00Z"),
        ("17分钟前", "2025-07-14T11:43:00Z"),
        ("3시간 전", "2025-07-14T09:00:00Z"),
        ("vor 2 Tagen", "2025-07-12"),
        ("Gestern", "2025-07-13"),
        ("ayer", "2025-07-13"),
        ("för 3 timmar sedan", "2025-07-14T09:00:00Z"),
        ("3 godziny temu", "2025-07-14T09:00:00Z"),
        ("igår", "2025-07-13"),
        ("Wczoraj, 18:40", "2025-07-13"),
    ] {
        assert_eq!(r(line).as_deref(), Some(at), "{line:?}");
    }
    assert_eq!(parse_when("Vor allem Stunden", at()), None);
    assert_eq!(parse_when("Hier", at()), None, "German and Dutch 'here'");
    assert_eq!(
        r("Updated 3 hours ago").as_deref(),
        Some("2025-07-14T09:00:00Z")
    );
    assert_eq!(r("an hour ago").as_deref(), Some("2025-07-14T11:00:00Z"));
    assert_eq!(r("5h ago").as_deref(), Some("2025-07-14T07:00:00Z"));
    assert_eq!(r("2h").as_deref(), Some("2025-07-14T10:00:00Z"));
    assert_eq!(r("Yesterday").as_deref(), Some("2025-07-13"));
    assert_eq!(r("2 days ago").as_deref(), Some("2025-07-12"));
    assert_eq!(r("one week ago").as_deref(), Some("2025-07-07"));
    assert_eq!(parse_when("3 months ago", at()), Some(When::Vague));
    assert_eq!(parse_when("a few minutes ago", at()), Some(When::Vague));
    assert_eq!(
        parse_when("2025", at()),
        None,
        "a year alone is not a time line"
    );
    assert_eq!(parse_when("5G", at()), None);
    assert_eq!(parse_when("99999999999999 hours ago", at()), None);
}

#[test]
fn absolute_dates_in_common_shapes() {
    assert_eq!(r("Jul 14, 2025").as_deref(), Some("2025-07-14"));
    assert_eq!(r("Monday, July 14, 2025").as_deref(), Some("2025-07-14"));
    assert_eq!(
        r("14 July 2025 10:09 IST").as_deref(),
        Some("2025-07-14T10:09:00+05:30")
    );
    assert_eq!(
        r("Updated: Jul. 13, 2025 at 6:05 p.m. ET").as_deref(),
        Some("2025-07-13T18:05:00-04:00")
    );
    assert_eq!(
        r("13 Jul 2025, 09:15 GMT").as_deref(),
        Some("2025-07-13T09:15:00Z")
    );
    assert_eq!(r("Published 13.07.2025").as_deref(), Some("2025-07-13"));
    assert_eq!(
        r("July 13, 2025 @ 6:08pm").as_deref(),
        Some("2025-07-13"),
        "an at sign before the clock"
    );
    assert_eq!(
        r("Jul 13,2025").as_deref(),
        Some("2025-07-13"),
        "a year glued to the comma"
    );
    assert_eq!(r("Ayer, 18:40").as_deref(), Some("2025-07-13"));
    assert_eq!(r("Publié hier à 18h30").as_deref(), Some("2025-07-13"));
    assert_eq!(r("Il y a 47 min").as_deref(), Some("2025-07-14T11:13:00Z"));
    assert_eq!(
        r("Posted 3h ago3 hours ago, updated 1h ago1 hour ago").as_deref(),
        Some("2025-07-14T09:00:00Z")
    );
    assert_eq!(r("hier"), None, "German and Dutch \"here\" alone");
    assert_eq!(r("昨天 18:20").as_deref(), Some("2025-07-13"));
    assert_eq!(r("Hier, 10:05").as_deref(), Some("2025-07-13"));
    // Abbreviated months in French and Italian, a zone written out, a Japanese clock.
    assert_eq!(
        r("Publié le 13 juil. 2025 à 18:30Mis à jour le 13 juil. 2025 à 19:05").as_deref(),
        Some("2025-07-13")
    );
    assert_eq!(r("13 lug 2025").as_deref(), Some("2025-07-13"));
    assert_eq!(
        r("July 14, 2025 08:00 AM Eastern Daylight Time").as_deref(),
        Some("2025-07-14T08:00:00-04:00")
    );
    assert_eq!(r("2025年7月13日 10時5分").as_deref(), Some("2025-07-13"));
    // UK time with summer time, a double slash, a revision in Japanese brackets.
    assert_eq!(
        r("Sunday 13 July 2025 10:22, UK").as_deref(),
        Some("2025-07-13T10:22:00+01:00")
    );
    assert_eq!(
        r("Fri 11 Jul 2025 // 14:32 UTC").as_deref(),
        Some("2025-07-11T14:32:00Z")
    );
    assert_eq!(
        r("2025/7/13 09:30（最終更新 7/13 11:02）").as_deref(),
        Some("2025-07-13")
    );
    assert_eq!(r("2025-07-12").as_deref(), Some("2025-07-12"));
    assert_eq!(
        r("2025-07-12T08:00:00+02:00").as_deref(),
        Some("2025-07-12T08:00:00+02:00")
    );
    assert_eq!(
        r("July 10").as_deref(),
        Some("2025-07-10"),
        "year of the clip"
    );
    assert_eq!(
        r("Dec 30").as_deref(),
        Some("2024-12-30"),
        "not in the future"
    );
    assert_eq!(r("July 14th, 2025 10:09 am").as_deref(), Some("2025-07-14"));
    assert_eq!(
        r("10:32 BST").as_deref(),
        Some("2025-07-14T10:32:00+01:00"),
        "clip day"
    );
    assert_eq!(
        r("11:45 pm IST").as_deref(),
        Some("2025-07-13T23:45:00+05:30"),
        "day before"
    );
    assert_eq!(parse_when("10:09", at()), Some(When::Vague));
    assert_eq!(
        r("Mon 14 Jul 2025 10.09 BST").as_deref(),
        Some("2025-07-14T10:09:00+01:00")
    );
    // A British embargo time: a minute past midnight, summer time, the day before in UTC.
    assert_eq!(
        r("Monday July 14 2025, 12.01am BST").as_deref(),
        Some("2025-07-14T00:01:00+01:00")
    );
    assert_eq!(r("14/07/2025").as_deref(), Some("2025-07-14"));
    assert_eq!(
        r("July 14, 2025 10:09 AM GMT+1Updated 2 hours ago").as_deref(),
        Some("2025-07-14T10:09:00+01:00"),
        "published, then updated, glued"
    );
    assert_eq!(
        r("Published 2 days ago · Updated 3 hours ago").as_deref(),
        Some("2025-07-12")
    );
    assert_eq!(parse_when("Markets updated 3 hours ago", at()), None);
    assert_eq!(
        r("Mon, July 14, 2025 at 3:09 PM UTC 2 min read").as_deref(),
        Some("2025-07-14T15:09:00Z"),
        "a reading time after the date"
    );
    assert_eq!(
        r("Jul 14, 2025 · 5 min read").as_deref(),
        Some("2025-07-14")
    );
    assert_eq!(parse_when("5 min read", at()), None, "a reading time alone");
    for (line, day) in [
        ("07/14/2025July 14, 2025", "2025-07-14"),
        ("Published On 13 Jul 202513 Jul 2025", "2025-07-13"),
        ("Jul 13, 2025Jul 13, 2025", "2025-07-13"),
        (
            "Issued on: 13/07/2025 - 18:42Modified: 14/07/2025 - 09:10",
            "2025-07-13",
        ),
        (
            "14 luglio 2025 (modifica il 14 luglio 2025 | 18:12)",
            "2025-07-14",
        ),
        ("14.jul.2025 às 10h12", "2025-07-14"),
        ("Aangepast vandaag, 11:05", "2025-07-14"),
        ("Published: 6:09am, 14 Jul 2025", "2025-07-14"),
        ("07.14.25 10:09 AM", "2025-07-14"),
        ("3 min read . Updated: 14 Jul 2025, 01:09 PM", "2025-07-14"),
    ] {
        assert_eq!(r(line).as_deref(), Some(day), "{line:?}");
    }
    assert_eq!(parse_when("5G networks", at()), None);
    assert_eq!(
        r("July 14, 2025, 6 AM ET").as_deref(),
        Some("2025-07-14T06:00:00-04:00"),
        "an hour without minutes"
    );
    assert_eq!(
        r("July 14, 20253:09 PM UTCUpdated 2 hours ago").as_deref(),
        Some("2025-07-14T15:09:00Z"),
        "the year glued to the time"
    );
    assert_eq!(
        r("Published Mon, Jul 14 202511:09 AM EDT").as_deref(),
        Some("2025-07-14T11:09:00-04:00")
    );
    assert_eq!(
        r("Publié aujourd’hui à 10h12, modifié à 11h05").as_deref(),
        Some("2025-07-14"),
        "today at a time without a zone, then a revision"
    );
    assert_eq!(
        r("Today at 10:32 BST").as_deref(),
        Some("2025-07-14T10:32:00+01:00")
    );
    assert_eq!(parse_when("Heute", at()), None, "a menu's word");
    assert_eq!(parse_when("Today in politics", at()), None);
    // Other languages: German (no zone, so the day), French, Spanish, Italian,
    // Chinese and Japanese, Korean.
    for (line, day) in [
        ("Stand: 14.07.2025 10:09 Uhr", "2025-07-14"),
        ("Montag, 14. Juli 2025", "2025-07-14"),
        ("Publié le 13 juillet 2025 à 10h09", "2025-07-13"),
        ("13 de julio de 2025", "2025-07-13"),
        ("giovedì 10 luglio 2025", "2025-07-10"),
        ("2025年7月13日 10:09", "2025-07-13"),
        ("2025년 7월 13일", "2025-07-13"),
        ("Publicerad 13 juli 2025 kl. 06.00", "2025-07-13"),
        ("14 lipca 2025 | 16:40", "2025-07-14"),
        (
            "Opublikowano: poniedziałek, 14 lipca 2025, godz. 16:40",
            "2025-07-14",
        ),
        ("søndag 13. juli 2025", "2025-07-13"),
        ("13 maj 2025", "2025-05-13"),
        ("Publiziert: 11.07.2025, 16:05 Uhr", "2025-07-11"),
        ("14.7.2025 klo 10.05", "2025-07-14"),
    ] {
        assert_eq!(r(line).as_deref(), Some(day), "{line:?}");
    }
    assert_eq!(parse_when("7月", at()), None, "a month alone");
    assert_ne!(
        r("13年7月").as_deref(),
        Some("2025-07-13"),
        "13年 is a year, not a day"
    );
    assert_eq!(r("07/14/2025").as_deref(), Some("2025-07-14"));
    assert_eq!(
        parse_when("03/04/2025", at()),
        Some(When::Vague),
        "day and month unknown"
    );
    assert_eq!(
        r("07/08/2025").as_deref(),
        Some("2025-07-08"),
        "7 August is after the clip: 8 July"
    );
}

#[test]
fn prose_and_impossible_dates_are_not_resolved() {
    assert_eq!(parse_when("Markets rally on July 14, 2025", at()), None);
    assert_eq!(parse_when("May", at()), None, "a month alone is a word");
    assert_eq!(parse_when("March 3, 2031", at()), Some(When::Vague));
    assert_eq!(parse_when("Feb 30, 2025", at()), None);
    assert_eq!(parse_when("", at()), None);
    assert_eq!(parse_when("25:99 Jul 14 2025", at()), None);
}

#[test]
fn revision_notes_under_a_story() {
    for note in [
        "Juttua päivitetty 14.7. klo 13.22: Lisätty kaupunginjohtajan kommentti.",
        "Updated at 3:15 p.m. ET: This story has been updated with comment from the company.",
        "Article mis à jour le 14/07/2025 à 15:10 : ajout de la réaction du ministre.",
    ] {
        assert!(revision_note(note, at()), "{note}");
    }
    for text in [
        "Updated figures for 2024: revenue rose 12 percent to $4.1 billion.",
        "The company said it updated its forecast: sales will fall 3 percent in 2025.",
        "Updated 14 July 2025",
    ] {
        assert!(!revision_note(text, at()), "{text}");
    }
}

#[test]
fn nordic_relative_times_and_days_without_a_year() {
    for (line, at) in [
        ("3 tuntia sitten", Some("2025-07-14T09:00:00Z")),
        ("45 minuuttia sitten", Some("2025-07-14T11:15:00Z")),
        ("2 dager siden", Some("2025-07-12")),
        ("for 3 timer siden", Some("2025-07-14T09:00:00Z")),
        ("eilen 21:40", Some("2025-07-13")),
        ("i går kl. 21.10", Some("2025-07-13")),
        ("for 47 min. siden", Some("2025-07-14T11:13:00Z")),
        ("tänään 13:05", Some("2025-07-14")),
        ("12.7.", Some("2025-07-12")),
        ("14.07.", Some("2025-07-14")),
        // Not a day and a month: a clock time, and a month past twelve.
        ("10.05", None),
        ("3.15.", None),
    ] {
        let got = r(line);
        match at {
            Some(at) => assert_eq!(got.as_deref(), Some(at), "{line}"),
            None => assert!(
                got.as_deref().is_none_or(|g| g.len() > 10),
                "{line}: {got:?}"
            ),
        }
    }
}

#[test]
fn a_weekday_glued_after_the_year() {
    assert_eq!(
        r("07:42 pm on 14 Jul 2025,Monday").as_deref(),
        Some("2025-07-14")
    );
}

#[test]
fn a_day_named_then_written_out() {
    assert_eq!(
        r("Yesterday, July 13th 2025 6:20pm").as_deref(),
        Some("2025-07-13")
    );
}

#[test]
fn the_original_time_after_a_revision() {
    let line = "Updated July 14, 2025, 10:42 am EDT / Original July 11, 2025, 6:15 pm EDT";
    assert_eq!(r(line).as_deref(), Some("2025-07-11T18:15:00-04:00"));
    assert!(!revision_line(line));
    // The first publication's day after the revision's.
    assert_eq!(
        r("Updated July 14, 2025 — 9.12am, first published July 13, 2025 — 6.30pm").as_deref(),
        Some("2025-07-13")
    );
    assert!(!revision_line(
        "Updated July 14, 2025 — 9.12am, first published July 13, 2025 — 6.30pm"
    ));
    assert_eq!(
        r("Updated July 14, 2025 — 7.02pm, first published at 5.48pm").as_deref(),
        Some("2025-07-14"),
        "a clock alone"
    );
}

#[test]
fn a_zoned_time_keeps_the_day_and_offset_its_page_wrote() {
    // Late in the evening in New York is already tomorrow in UTC: the day the page
    // showed is kept, and the instant with it.
    assert_eq!(
        r("Jul 13, 2025, 10:31pm EDT").as_deref(),
        Some("2025-07-13T22:31:00-04:00")
    );
    let at = parse_when("Jul 13, 2025, 10:31pm EDT", at());
    assert_eq!(
        at,
        DateTime::parse_from_rfc3339("2025-07-14T02:31:00Z")
            .ok()
            .map(When::Instant),
        "the same instant"
    );
    // A clock alone is on the clip's day where the page is: clipped at 01:00 UTC, it is
    // still the 13th in New York, and 11:40 pm there has not come yet that day.
    let early = DateTime::parse_from_rfc3339("2025-07-14T01:00:00Z")
        .map(|t| t.with_timezone(&Utc))
        .expect("fixed time");
    assert_eq!(
        parse_when("11:40 pm ET", early)
            .and_then(When::render)
            .as_deref(),
        Some("2025-07-12T23:40:00-04:00")
    );
    assert_eq!(
        parse_when("8:15 pm ET", early)
            .and_then(When::render)
            .as_deref(),
        Some("2025-07-13T20:15:00-04:00")
    );
    // Relative times are counted back from the clip, in UTC.
    assert_eq!(r("3 hours ago").as_deref(), Some("2025-07-14T09:00:00Z"));
}

#[test]
fn a_time_in_brackets_spaced_abbreviations_polish_labels_and_dutch_clocks() {
    for (line, day) in [
        ("(Updated: 14 Jul 2025 05:40PM)", "2025-07-14"),
        ("13 de julio 2025, 10:40 a. m.", "2025-07-13"),
        ("Publikacja: 14.07.2025 06:00", "2025-07-14"),
        ("Publicerad i dag 13.05", "2025-07-14"),
        ("Aktualisiert am 14.07.2025-17:48", "2025-07-14"),
        ("Modifié le 12/07/2025 à 14h20", "2025-07-12"),
        ("Actualizado 14/07/2025 a las 13:25h.", "2025-07-14"),
        ("입력2025.07.14. 오후 3:12", "2025-07-14"),
        ("Published14 Jul 2025, 06:32 PM IST", "2025-07-14"),
        (
            "Updated July 14, 2025 — 7.02pm, first published at 5.48pm",
            "2025-07-14",
        ),
        ("Uppdaterad i går 21.40", "2025-07-13"),
        ("vandaag om 16.25 uur", "2025-07-14"),
        ("gisteren om 18.30 uur", "2025-07-13"),
        ("zaterdag 12 juli om 07.00 uur", "2025-07-12"),
        ("vor 5 Std.", "2025-07-14"),
        ("14. 7. 2025", "2025-07-14"),
        ("Publié le 11 juillet 2025 à 17 h 05", "2025-07-11"),
    ] {
        assert_eq!(r(line).as_deref().map(|d| &d[..10]), Some(day), "{line}");
    }
    // Brackets around prose stay prose.
    assert_eq!(r("(The company declined to comment on Monday.)"), None);
}

#[test]
fn the_publication_beside_or_after_a_revision_and_in_a_sentence() {
    for (line, day) in [
        (
            "This story was originally published July 13, 2025 at 5:02 PM.",
            "2025-07-13",
        ),
        (
            "Originally published July 14, 2025 at 6:00 am | Updated July 14, 2025 at 10:31 am",
            "2025-07-14",
        ),
        (
            "Updated: Jul. 14, 2025, 8:02 a.m.|Published: Jul. 13, 2025, 6:15 p.m.",
            "2025-07-13",
        ),
        ("Published Yesterday|Updated 3 hours ago", "2025-07-13"),
    ] {
        assert_eq!(r(line).as_deref(), Some(day), "{line:?}");
        assert!(!revision_line(line), "{line:?} gives the publication");
    }
    assert!(revision_line(
        "Updated July 14, 2025 — 7.02pm, first published at 5.48pm"
    ));
}

/// The zones of Southeast Asia, Africa, the Gulf and Oceania that papers print after the
/// clock ("3:45 PM MYT"): read as the time's offset, not left over as an outlet's name.
#[test]
fn zones_of_asia_africa_and_oceania() {
    for (line, at) in [
        (
            "Monday, 14 Jul 2025 3:45 PM MYT",
            "2025-07-14T15:45:00+08:00",
        ),
        ("14 Jul 2025 09:10 ICT", "2025-07-14T09:10:00+07:00"),
        ("14 July 2025 10:00 SAST", "2025-07-14T10:00:00+02:00"),
        ("14 July 2025 10:00 EAT", "2025-07-14T10:00:00+03:00"),
        ("Jul 14, 2025 08:30 GST", "2025-07-14T08:30:00+04:00"),
        ("14 July 2025 9:05am NZDT", "2025-07-14T09:05:00+13:00"),
    ] {
        assert_eq!(r(line).as_deref(), Some(at), "{line}");
    }
}
