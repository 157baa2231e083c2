//! Tables of sentences and the expressions they must give, per rule, plus robustness checks.

use chrono::NaiveDate;

use super::Precision::{Day as D, Month as M, Quarter as Q, Year as Y};
use super::{Precision, Tense, find_time_exprs, sentence_tense};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// One expected expression: (text, date_start, precision).
type Want<'a> = (&'a str, &'a str, Precision);

/// Runs a table: each sentence (anchor 2025-07-14, a Monday, unless given) must give exactly
/// these expressions, in order.
fn check(cases: &[(&str, &str, &[Want<'_>])]) {
    for (sentence, anchor, want) in cases {
        let anchor = date(if anchor.is_empty() {
            "2025-07-14"
        } else {
            anchor
        });
        let got: Vec<(String, String, Precision)> = find_time_exprs(sentence, anchor)
            .into_iter()
            .map(|e| (e.text, e.date_start.to_string(), e.precision))
            .collect();
        let want: Vec<(String, String, Precision)> = want
            .iter()
            .map(|(t, d, p)| (t.to_string(), d.to_string(), *p))
            .collect();
        assert_eq!(got, want, "expressions in {sentence:?} (anchor {anchor})");
    }
}

#[test]
#[rustfmt::skip]
fn seed_sentences() {
    check(&[
        ("Meta had raised its 2025 capital expenditure to between $64 billion and $72 billion in April, aiming to bolster the company's position", "",
            &[("April", "2025-04-01", M), ("2025", "2025-01-01", Y)]),
        ("Its first multi-gigawatt data center, dubbed Prometheus, is expected to come online in 2026, while another, called Hyperion, will be able to scale up to 5 gigawatts over the coming years, Zuckerberg said in a post", "",
            &[("2026", "2026-01-01", Y)]),
        ("after Meta invested $14.3 billion in Scale.", "", &[]),
        ("The landmark legislation, which became applicable last year, requires Alphabet's Google to do more.", "",
            &[("last year", "2024-01-01", Y)]),
        ("Don't be surprised when Zuckerberg announces some time over the next year that Meta's newest AI models are too powerful to be given away.", "",
            &[("over the next year", "2026-01-01", Y)]),
        // Ten years at most (`LONGEST_SPAN_YEARS`): longer is left undated.
        ("It will spend more over the next ten years, not over the next twenty years.", "",
            &[("over the next ten years", "2026-01-01", Y)]),
        ("Mark Zuckerberg said on Monday that Meta Platforms would spend hundreds of billions of dollars", "2025-07-16",
            &[("Monday", "2025-07-14", D)]),
    ]);
    let tenses = [
        ("Meta had raised its 2025 capital expenditure to between $64 billion and $72 billion in April", Tense::Happened),
        ("Prometheus, is expected to come online in 2026", Tense::Expected),
        ("Hyperion will be able to scale up to 5 gigawatts", Tense::Expected),
        ("some time over the next year", Tense::Expected),
    ];
    for (sentence, want) in tenses {
        assert_eq!(sentence_tense(sentence), want, "{sentence:?}");
    }
}

#[test]
#[rustfmt::skip]
fn absolute_dates() {
    check(&[
        ("The deal closed on July 14, 2025.", "", &[("July 14, 2025", "2025-07-14", D)]),
        ("It closed 14 July 2025 and 3rd March 2024.", "", &[("14 July 2025", "2025-07-14", D), ("3rd March 2024", "2024-03-03", D)]),
        ("It closed Jul. 14 after a vote.", "", &[("Jul. 14", "2025-07-14", D)]),
        ("Filed 2025-07-14 in court", "", &[("2025-07-14", "2025-07-14", D)]),
        ("Filed 7/14/2025 and 14/7/2025.", "", &[("7/14/2025", "2025-07-14", D), ("14/7/2025", "2025-07-14", D)]),
        ("Dated 2/30/2025 or February 30, 2025 or 2025-13-01.", "", &[]),
        ("Jobs, born in San Francisco on February 24, 1955, has built it.", "2011-10-06", &[("February 24, 1955", "1955-02-24", D)]),
        ("It is slated for a U.S. release on June 24, starting at US $199.", "2010-06-16", &[("June 24", "2010-06-24", D)]),
        ("according to figures released April 3 by NPD Group", "2008-04-09", &[("April 3", "2008-04-03", D)]),
        ("In a July 16 press conference, Jobs said that all buyers would be eligible", "2010-08-09", &[("July 16", "2010-07-16", D)]),
        ("It opens Monday, July 14, 2025.", "", &[("Monday, July 14, 2025", "2025-07-14", D)]),
        ("Fireworks on the 4th of July.", "", &[("the 4th of July", "2025-07-04", D)]),
        ("It rose on Sept. 9 and Dec 1.", "", &[("Sept. 9", "2024-09-09", D), ("Dec 1", "2024-12-01", D)]),
        // A day with a relative year takes that year, not the tense's.
        ("It opened on June 5 last year and 5th June this year; it opens Jan. 3 of next year.", "",
            &[("June 5 last year", "2024-06-05", D), ("5th June this year", "2025-06-05", D), ("Jan. 3 of next year", "2026-01-03", D)]),
        ("Meta said it would reopen the office it shut on December 1 last year.", "", &[("December 1 last year", "2024-12-01", D)]),
        ("during the Christmas sales period", "2007-01-18", &[("Christmas", "2006-12-25", D)]),
    ]);
}

#[test]
#[rustfmt::skip]
fn months() {
    check(&[
        ("Sales rose in April 2025 and Apr. 2024.", "", &[("April 2025", "2025-04-01", M), ("Apr. 2024", "2024-04-01", M)]),
        ("It happened in April of 2024.", "", &[("April of 2024", "2024-04-01", M)]),
        ("A suit was filed in January over hearing loss.", "2006-04-05", &[("January", "2006-01-01", M)]),
        ("It launched in September.", "", &[("September", "2024-09-01", M)]),
        ("The plant will open in September.", "", &[("September", "2025-09-01", M)]),
        ("The plant will open in March.", "", &[("March", "2026-03-01", M)]),
        ("Meta said it will open the site in March.", "", &[("March", "2026-03-01", M)]),
        ("Profits fell last April and rose last September.", "", &[("last April", "2025-04-01", M), ("last September", "2024-09-01", M)]),
        ("It opens next March or next September.", "", &[("next March", "2026-03-01", M), ("next September", "2025-09-01", M)]),
        ("Talks began in early June and mid-June.", "", &[("early June", "2025-06-01", M), ("mid-June", "2025-06-01", M)]),
        ("as of February, the store leads", "2008-04-09", &[("February", "2008-02-01", M)]),
        ("He appeared in March and June.", "2011-08-25", &[("March", "2011-03-01", M), ("June", "2011-06-01", M)]),
        ("Theresa May said March on.", "", &[]),
        ("It ended in May.", "", &[("May", "2025-05-01", M)]),
        ("He left in March this year, she in January of last year.", "", &[("March this year", "2025-03-01", M), ("January of last year", "2024-01-01", M)]),
        // Told in the present, what ends is ahead: the next end of March.
        ("It ends at the end of March.", "", &[("the end of March", "2026-03-01", M)]),
        ("It ended at the end of March.", "", &[("the end of March", "2025-03-01", M)]),
        // Scheduled events in the present and deadlines look ahead (the anchor is 2025-03-12).
        ("The new rules take effect in January.", "2025-03-12", &[("January", "2026-01-01", M)]),
        ("The law comes into force on January 1.", "2025-03-12", &[("January 1", "2026-01-01", D)]),
        ("Meta and Alphabet have until September to comply, regulators said.", "2025-03-12", &[("September", "2025-09-01", M)]),
        ("The company's fiscal year ends on June 30.", "2025-04-30", &[("June 30", "2025-06-30", D)]),
        // A range's first date takes the year written at its end.
        ("Between January and March 2024, Meta cut jobs.", "", &[("January", "2024-01-01", M), ("March 2024", "2024-03-01", M)]),
        ("The fair ran March 3-5, 2024, and from November to February 2025.", "",
            &[("March 3", "2024-03-03", D), ("November", "2024-11-01", M), ("February 2025", "2025-02-01", M), ("2024", "2024-01-01", Y)]),
        ("Talks ran June 30 to July 2, 2024.", "", &[("June 30", "2024-06-30", D), ("July 2, 2024", "2024-07-02", D)]),
    ]);
}

#[test]
#[rustfmt::skip]
fn quarters_and_fiscal_years() {
    check(&[
        ("Revenue rose in the first quarter.", "", &[("the first quarter", "2025-01-01", Q)]),
        ("Revenue will rise in the first quarter.", "", &[("the first quarter", "2026-01-01", Q)]),
        ("Revenue rose in the third quarter of 2024.", "", &[("the third quarter of 2024", "2024-07-01", Q)]),
        ("Q3 2025 beat Q4 and 3Q24.", "", &[("Q3 2025", "2025-07-01", Q), ("Q4", "2024-10-01", Q), ("3Q24", "2024-07-01", Q)]),
        ("Results for Q1 '24, Q2 FY25 and Q3 ’23.", "",
            &[("Q1 '24", "2024-01-01", Q), ("Q2 FY25", "2025-04-01", Q), ("Q3 ’23", "2023-07-01", Q)]),
        // Two digits after a space are a year only with a marker; a quantity is never one.
        ("Meta reported results in Q3 30% above forecasts.", "", &[("Q3", "2025-07-01", Q)]),
        ("Sales in Q4 25 percent higher, in 4Q 2026 units and Q1 '30%.", "",
            &[("Q4", "2024-10-01", Q), ("4Q", "2024-10-01", Q), ("Q1", "2025-01-01", Q)]),
        ("Q4 12 stores opened.", "", &[("Q4", "2024-10-01", Q)]),
        ("in the fourth quarter of fiscal 2025", "", &[("the fourth quarter of fiscal 2025", "2025-10-01", Q)]),
        ("Sales rose last quarter; next quarter looks weak.", "", &[("last quarter", "2025-04-01", Q), ("next quarter", "2025-10-01", Q)]),
        ("in the last quarter of 2024", "", &[("the last quarter of 2024", "2024-10-01", Q)]),
        ("Profit for the quarter rose; a quarter century.", "", &[]),
        ("Guidance for fiscal 2026, FY2025, FY25 and fiscal year 2024.", "",
            &[("fiscal 2026", "2026-01-01", Y), ("FY2025", "2025-01-01", Y), ("FY25", "2025-01-01", Y), ("fiscal year 2024", "2024-01-01", Y)]),
        ("Spending rises next fiscal year.", "", &[("next fiscal year", "2026-01-01", Y)]),
    ]);
}

#[test]
#[rustfmt::skip]
fn years_and_decades() {
    check(&[
        ("It is expected in 2026 and done by 2030.", "", &[("2026", "2026-01-01", Y), ("2030", "2030-01-01", Y)]),
        ("2024's results beat the 2010 conference.", "", &[("2024", "2024-01-01", Y), ("2010", "2010-01-01", Y)]),
        ("Hired 2,000 people for $2026 million, 2026 units, 2026% and v2.2026.", "", &[]),
        ("Steve Jobs 1955-2011", "", &[("1955", "1955-01-01", Y), ("2011", "2011-01-01", Y)]),
        ("In 2026 people will move, early 2027 too, and by the end of 2028.", "",
            &[("2026", "2026-01-01", Y), ("early 2027", "2027-01-01", Y), ("the end of 2028", "2028-01-01", Y)]),
        ("The site opens in mid-2026; jobs went in early-2023 and late-2024.", "",
            &[("mid-2026", "2026-01-01", Y), ("early-2023", "2023-01-01", Y), ("late-2024", "2024-01-01", Y)]),
        ("The COVID-2019 rules and the F-2000 rifle.", "", &[]),
        ("Room 1500 and year 0 and 99999 and 0000 and 3000.", "", &[]),
        // Telephone numbers: one group reads as a year on its own (a point dated 1784).
        ("For bookings, calling: 1784 5348469 (WhatsApp) or +44 1784 534 846.", "", &[]),
        ("Tel (1784) 5348 4690, or phone 0 1999 534 846.", "", &[]),
        // ...but numbers after a year do not make it one.
        ("Sales in 2019 2020 2021 rose; in 2024 300 people left.", "",
            &[("2019", "2019-01-01", Y), ("2020", "2020-01-01", Y), ("2021", "2021-01-01", Y), ("2024", "2024-01-01", Y)]),
        ("In 2023 15000 visitors came; goals: 2019 (12) 2020 (15); Smith v Jones (2018) 123-456.", "",
            &[("2023", "2023-01-01", Y), ("2019", "2019-01-01", Y), ("2020", "2020-01-01", Y), ("2018", "2018-01-01", Y)]),
        ("Sales boomed in the 1990s.", "", &[("the 1990s", "1990-01-01", Y)]),
        ("In the late 1980's Apple added audio, and in 1989 it was sued.", "2006-03-28",
            &[("the late 1980's", "1980-01-01", Y), ("1989", "1989-01-01", Y)]),
    ]);
    let decade = &find_time_exprs("the 1990s", date("2025-07-14"))[0];
    assert_eq!(decade.date_end, date("1999-12-31"), "a decade spans its ten years");
}

#[test]
#[rustfmt::skip]
fn relative_days_and_weekdays() {
    check(&[
        ("It happened today, not yesterday; tomorrow too.", "",
            &[("today", "2025-07-14", D), ("yesterday", "2025-07-13", D), ("tomorrow", "2025-07-15", D)]),
        ("USA Today reported it, as did India Today.", "", &[]),
        ("Apple announced this morning, after last night.", "", &[("this morning", "2025-07-14", D), ("last night", "2025-07-13", D)]),
        ("The company said on Friday.", "", &[("Friday", "2025-07-11", D)]),
        ("The company will meet on Friday.", "", &[("Friday", "2025-07-18", D)]),
        ("The European Commission said on Monday.", "", &[("Monday", "2025-07-14", D)]),
        ("He left last Friday and comes back next Monday.", "", &[("last Friday", "2025-07-11", D), ("next Monday", "2025-07-21", D)]),
        ("Mark Zuckerberg said on Monday that Meta would spend", "2025-07-16", &[("Monday", "2025-07-14", D)]),
        ("Meta would spend on Monday", "2025-07-16", &[("Monday", "2025-07-21", D)]),
        ("Cyber Monday sales rose; it shuts on Mondays.", "", &[]),
        ("Monday's email announcement marked the third time.", "2011-01-17", &[("Monday", "2011-01-17", D)]),
        ("In his keynote address Wednesday, Jobs announced it.", "2010-10-23", &[("Wednesday", "2010-10-20", D)]),
    ]);
}

#[test]
#[rustfmt::skip]
fn relative_weeks_months_years() {
    check(&[
        ("It fell last week, rose this week and may fall next week.", "",
            &[("last week", "2025-07-07", D), ("this week", "2025-07-14", D), ("next week", "2025-07-21", D)]),
        ("It was said earlier this week.", "2025-07-16", &[("earlier this week", "2025-07-14", D)]),
        ("It fell earlier this month and last month.", "", &[("earlier this month", "2025-07-01", M), ("last month", "2025-06-01", M)]),
        ("It opens next month or this month.", "", &[("next month", "2025-08-01", M), ("this month", "2025-07-01", M)]),
        ("Sales rose last year, this year's too, and next year.", "",
            &[("last year", "2024-01-01", Y), ("this year", "2025-01-01", Y), ("next year", "2026-01-01", Y)]),
        ("It grew a year ago, two years ago, three days ago, two weeks ago and six months ago.", "",
            &[("three days ago", "2025-07-11", D), ("two weeks ago", "2025-06-30", D), ("six months ago", "2025-01-01", M),
              ("a year ago", "2024-01-01", Y), ("two years ago", "2023-01-01", Y)]),
        ("In recent years, over the past decade and a few years ago it grew.", "", &[]),
        ("over the next three years", "", &[("over the next three years", "2026-01-01", Y)]),
    ]);
    let anchor = date("2025-07-16");
    let spans = [
        ("earlier this week", "2025-07-14", "2025-07-16"),
        ("last week", "2025-07-07", "2025-07-13"),
        ("earlier this month", "2025-07-01", "2025-07-16"),
        ("earlier this year", "2025-01-01", "2025-07-16"),
        ("later this year", "2025-07-16", "2025-12-31"),
        ("over the next three years", "2026-01-01", "2028-12-31"),
        ("over the next 12 months", "2025-08-01", "2026-07-31"),
        ("this weekend", "2025-07-19", "2025-07-20"),
    ];
    for (text, start, end) in spans {
        let e = &find_time_exprs(text, anchor)[0];
        assert_eq!((e.date_start, e.date_end), (date(start), date(end)), "period of {text:?}");
    }
}

#[test]
fn never_panics_and_spans_are_char_boundaries() {
    let long = "Über naïve café on July 14, 2025 — 日本 2026年 in April. ".repeat(500);
    let inputs = [
        "",
        "$",
        "February 30",
        "year 0",
        "99999",
        "0000-00-00",
        "99/99/9999",
        "Q9 2025",
        "FY",
        "the 0s",
        "in 0001",
        "May",
        "Monday",
        "next",
        "ago",
        "— «today» —",
        "今日 yesterday 明日",
        "12/31/99",
        "1/1/00",
        "fiscal 99999",
        "over the next 99999999999 years",
        "9999999 days ago",
        &long,
    ];
    let anchors = [
        date("2025-07-14"),
        NaiveDate::MIN,
        NaiveDate::MAX,
        date("0001-01-01"),
    ];
    for text in inputs {
        for anchor in anchors {
            for e in find_time_exprs(text, anchor) {
                let bounds = text.is_char_boundary(e.start) && text.is_char_boundary(e.end);
                assert!(bounds, "spans on char boundaries in {text:?}");
                assert!(e.date_start <= e.date_end, "{text:?}: period in order");
                assert_eq!(&text[e.start..e.end], e.text);
            }
            let _ = sentence_tense(text);
        }
    }
    let extremes = [
        "tomorrow next year next week next month next quarter Friday",
        "yesterday last year last week last quarter Q1 in March",
    ];
    for text in extremes {
        let _ = find_time_exprs(text, NaiveDate::MAX);
        let _ = find_time_exprs(text, NaiveDate::MIN);
    }
}

#[test]
fn huge_sentences_stay_linear() {
    let many = "in 2025, will fall in April on Monday said last week ".repeat(10_000);
    let started = std::time::Instant::now();
    let found = find_time_exprs(&many, date("2025-07-14"));
    assert_eq!(
        found.len(),
        40_000,
        "every repeat gives its four expressions"
    );
    let elapsed = started.elapsed();
    assert!(
        elapsed.as_secs() < 20,
        "half a megabyte took {elapsed:?}: something is quadratic"
    );
}
