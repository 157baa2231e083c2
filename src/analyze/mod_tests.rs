//! Tests of the claims `analyze` finds in one article: who they belong to, the day each
//! is dated (pronouns, relative steps, reported speech and quotes) and what is no claim.

use chrono::NaiveDate;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn claims(title: &str, text: &str, anchor: NaiveDate) -> Vec<(String, Vec<String>, String)> {
    analyze(Registry::builtin(), title, text, anchor)
        .claims
        .into_iter()
        .map(|c| (c.date_start.to_string(), c.entities, c.sentence))
        .collect()
}

#[test]
fn pronouns_and_undated_statements_join_the_lane_on_the_news_day() {
    let text = "Tim Cook opened the conference on Tuesday in Cupertino.\n\
                He said the company would open two new offices.\n\
                The weather was mild.\n\
                Photo gallery";
    let got = claims("A conference", text, day(2024, 5, 16));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "2024-05-14");
    assert_eq!(
        got[1].0, "2024-05-14",
        "the news day, not the publication day"
    );
    assert_eq!(got[1].1, vec!["tim-cook".to_string()]);
}

#[test]
fn one_year_later_steps_from_the_last_date_the_story_told() {
    let text = "Tim Cook joined Compaq in 1997, and in 1998 he moved to Apple.\n\
                One year later he was running its supply chain.";
    let got = claims("A career", text, day(2024, 5, 16));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "1997-01-01", "the first of equally precise dates");
    assert_eq!(
        got[1].0, "1999-01-01",
        "a year after 1998, the last date told: {got:?}"
    );
    assert_eq!(got[1].1, vec!["tim-cook".to_string()]);
}

#[test]
fn a_vague_time_keeps_a_sentence_off_the_news_day() {
    let text = "Meta bought Instagram more than a decade ago.\n\
                Meta launched the headset last summer.\n\
                Meta settled the case over the weekend.\n\
                Meta's profit doubled in the first six months of the year.\n\
                Meta said that it bought Instagram more than a decade ago.\n\
                Meta opened an office in Paris.";
    let got = claims("Meta", text, day(2025, 7, 31));
    let sentences: Vec<&str> = got.iter().map(|c| c.2.as_str()).collect();
    assert_eq!(
        sentences,
        [
            "Meta said that it bought Instagram more than a decade ago.",
            "Meta opened an office in Paris."
        ],
        "only the saying and the undated sentence take the news day: {got:?}"
    );
}

#[test]
fn undated_claims_keep_only_their_subject_or_passive_agent() {
    let text = "Analysts praised Microsoft for its results.\n\
                The plan was approved by Microsoft after a long debate.";
    let got = claims("Results", text, day(2024, 5, 16));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, vec!["microsoft".to_string()]);
    assert!(got[0].2.starts_with("The plan"));
}

#[test]
fn dates_inside_reported_speech_or_quotes_do_not_date_the_claim() {
    let text = "Satya Nadella met analysts on Monday.\n\
                Nadella said that the new chips would ship in 2027.\n\
                Nadella announced on Monday that prices would rise.\n\
                Nadella wrote \"Remember 1975\" on a whiteboard.";
    let got = claims("Microsoft event", text, day(2024, 5, 15));
    let dates: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(
        dates,
        ["2024-05-13", "2024-05-13", "2024-05-13", "2024-05-13"]
    );
}

#[test]
fn a_main_clause_date_outranks_an_aside_date() {
    let text = "Meta, which reported results on Wednesday, will open the site in 2027.\n\
                Meta, which opened its first plant in 2019, will open the site in 2027.";
    assert_eq!(
        tenses(text, day(2025, 7, 31)),
        vec![
            ("2027-01-01".to_string(), Tense::Expected),
            ("2027-01-01".to_string(), Tense::Expected),
        ],
        "the main verb's date, not the aside's"
    );
}

#[test]
fn a_quoted_sentence_keeps_its_date_and_a_saying_day_has_happened() {
    let text = "\u{201c}We expect to complete the acquisition of Scale AI in the first quarter \
                of 2026,\u{201d} Meta finance chief Susan Li said.\n\
                \"Meta will open the Louisiana site in 2027,\" a spokesperson said.\n\
                Meta said the Louisiana site would open in 2027.\n\
                Meta\u{2019}s new \u{201c}2026 roadmap\u{201d} was shown to staff.";
    assert_eq!(
        tenses(text, day(2025, 7, 31)),
        vec![
            ("2026-01-01".to_string(), Tense::Expected),
            ("2027-01-01".to_string(), Tense::Expected),
            ("2025-07-31".to_string(), Tense::Happened),
            ("2025-07-31".to_string(), Tense::Happened),
        ],
        "quoted sentences keep their dates; the saying and the fragment take the news day"
    );
}

#[test]
fn reported_date_and_quoted_spans() {
    let anchor = day(2024, 5, 15);
    let first = |s: &str| best_time(&times(s, anchor)).expect("a date");
    let s = "Jane said on Friday that sales rose.";
    assert!(!reported_date(s, &first(s)));
    let s = "Jane said sales would double in 2030.";
    assert!(reported_date(s, &first(s)));
    let s = "In March, Jane said sales rose.";
    assert!(!reported_date(s, &first(s)));
    for s in [
        "Jane said in April sales rose.",
        "Jane said in a statement on Tuesday the plan stands.",
        "Jane told Reuters late on Friday the deal was off.",
    ] {
        assert!(!reported_date(s, &first(s)), "the saying's date: {s}");
    }
    for s in [
        "Ad revenue rose 16% from a year ago.",
        "Revenue grew 21% compared with the same quarter last year.",
        "Profit was higher than a year earlier.",
    ] {
        assert!(best_time(&times(s, anchor)).is_none(), "a baseline: {s}");
    }
    for s in [
        "Sales grew from 2020 to 2024.",
        "It will spend $10 billion over the next three years.",
    ] {
        assert!(best_time(&times(s, anchor)).is_some(), "a date: {s}");
    }
    let s = "Jane said it would open the site in 2027.";
    assert!(reported_date(s, &first(s)));
    assert_eq!(
        quoted_spans("a \"b\" c “d” e \"f"),
        vec![(3, 4), (11, 12), (19, 20)]
    );
    assert!(best_time(&times("The banner read \"1955-2011\".", anchor)).is_none());
    assert!(by_agent("It was bought by Apple.", 17));
    assert!(!by_agent("Apple bought it.", 0));
}

#[test]
fn short_label_lines_are_not_claims() {
    let registry = crate::analyze::entities::Registry::builtin();
    let anchor = chrono::NaiveDate::from_ymd_opt(2025, 7, 14).unwrap();
    let text = "Meta shares rose on Monday after the results.\n\n- Meta Today\n\nMeta";
    let found = crate::analyze::analyze(registry, "Results", text, anchor);
    assert!(
        found
            .claims
            .iter()
            .all(|c| c.sentence.split_whitespace().count() > 3),
        "{:#?}",
        found.claims
    );
    assert!(
        found
            .claims
            .iter()
            .any(|c| c.sentence.starts_with("Meta shares rose"))
    );
}

/// Each claim's first day and tense, in the built-in registry, for an article of `anchor`.
fn tenses(text: &str, anchor: NaiveDate) -> Vec<(String, Tense)> {
    analyze(Registry::builtin(), "Claims", text, anchor)
        .claims
        .into_iter()
        .map(|c| (c.date_start.to_string(), c.tense))
        .collect()
}

#[test]
fn a_claim_dated_after_the_article_is_expected_whatever_its_verb() {
    let text = "Microsoft expects the plant to employ 1,800 people when it opens in 2027.\n\
                Microsoft opened its first plant in 2019.";
    assert_eq!(
        tenses(text, day(2025, 3, 10)),
        vec![
            ("2027-01-01".to_string(), Tense::Expected),
            ("2019-01-01".to_string(), Tense::Happened),
        ]
    );
}

#[test]
fn a_fiscal_period_reported_in_the_past_tense_has_happened() {
    let text = "Microsoft reported revenue of $65.6 billion for the first quarter of fiscal 2026.\n\
                Microsoft posted a profit of $101.8 billion in FY26.\n\
                Microsoft expects revenue of $80 billion in the second quarter of fiscal 2026.\n\
                Microsoft opened a data centre in fiscal 2028.";
    assert_eq!(
        tenses(text, day(2025, 10, 29)),
        vec![
            ("2026-01-01".to_string(), Tense::Happened),
            ("2026-01-01".to_string(), Tense::Happened),
            ("2026-04-01".to_string(), Tense::Expected),
            ("2028-01-01".to_string(), Tense::Expected),
        ]
    );
}

#[test]
fn each_company_of_a_sentence_carries_its_own_amount() {
    let text = "Alphabet said on Tuesday it would spend $75 billion, while Meta raised its \
                forecast to between $64 billion and $72 billion.\n\
                Meta raised its forecast to between $64 billion and $72 billion on Wednesday, \
                while Alphabet said it would spend $75 billion.";
    let found = analyze(
        Registry::builtin(),
        "Big tech spending",
        text,
        day(2025, 2, 6),
    );
    let owned: Vec<(Vec<String>, f64)> = found
        .claims
        .iter()
        .map(|c| {
            (
                c.entities.clone(),
                c.amount.as_ref().expect("an amount").value,
            )
        })
        .collect();
    for (key, value) in [("meta", 64e9), ("alphabet", 75e9)] {
        let claims: Vec<f64> = owned
            .iter()
            .filter(|(keys, _)| keys.iter().any(|k| k == key))
            .map(|(_, v)| *v)
            .collect();
        assert_eq!(
            claims,
            vec![value, value],
            "{key}'s claim in both sentences carries its own amount: {:#?}",
            found.claims
        );
    }
}
