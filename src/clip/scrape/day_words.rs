//! Day words a line cannot read alone: "Hier" is French for yesterday and German for
//! here, so `when` leaves it out, and a page whose other times are French ("il y a 3
//! heures") makes it the day before the clip here.

use super::lines::{Kind, Meta};
use super::when::When;
use chrono::{DateTime, Duration, Utc};

/// "Hier" alone on its line, or beside an outlet ("Sport Direct · hier"), is yesterday's
/// date on a page with French relative times.
pub(super) fn french_yesterday(lines: &[String], kinds: &mut [Kind], clipped_at: DateTime<Utc>) {
    let french = lines.iter().zip(kinds.iter()).any(|(l, k)| {
        matches!(k, Kind::Meta(m) if m.when.is_some()) && l.to_lowercase().contains("il y a ")
    });
    if !french {
        return;
    }
    let yesterday = clipped_at.date_naive() - Duration::days(1);
    let hier = |part: &str| part.trim().eq_ignore_ascii_case("hier");
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        if !matches!(kind, Kind::Short) {
            continue;
        }
        // "Sport Direct · hier": the outlet beside the day.
        let parts: Vec<&str> = line.split(['·', '•', '|']).collect();
        let source = match parts[..] {
            [one] if hier(one) => None,
            [a, b] if hier(b) && !a.trim().is_empty() => Some(a.trim().to_string()),
            [a, b] if hier(a) && !b.trim().is_empty() => Some(b.trim().to_string()),
            _ => continue,
        };
        *kind = Kind::Meta(Meta {
            when: Some(When::Day(yesterday)),
            source,
            ..Meta::default()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clip::scrape::lines::classify;

    fn kinds_of(text: &str) -> Vec<Kind> {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        let at: DateTime<Utc> = "2025-07-14T12:00:00Z".parse().expect("a time");
        let mut kinds: Vec<Kind> = lines.iter().map(|l| classify(l, at)).collect();
        french_yesterday(&lines, &mut kinds, at);
        kinds
    }

    #[test]
    fn hier_is_yesterday_among_french_times_only() {
        let kinds = kinds_of(
            "Le prix du beurre atteint un record\nHier\nL'Écho\nUn autre titre ici\nil y a 3 heures",
        );
        assert!(
            matches!(&kinds[1], Kind::Meta(m) if m.when == Some(When::Day("2025-07-13".parse().expect("a day")))),
            "{:?}",
            kinds[1]
        );
        let kinds = kinds_of("Un titre ici\nSport Direct · hier\nil y a 1 j");
        assert!(
            matches!(&kinds[1], Kind::Meta(m) if m.source.as_deref() == Some("Sport Direct") && m.when.is_some()),
            "{:?}",
            kinds[1]
        );
        assert!(
            matches!(&kinds[2], Kind::Meta(m) if m.when == Some(When::Day("2025-07-13".parse().expect("a day")))),
            "{:?}",
            kinds[2]
        );
        let kinds = kinds_of("Die Preise steigen weiter\nHier\nvor 3 Stunden");
        assert!(
            !matches!(&kinds[1], Kind::Meta(_)),
            "German 'Hier' is no day: {:?}",
            kinds[1]
        );
    }
}
