//! Fuzz the temporal-expression parser: any sentence, any anchor year; never panics and every
//! span it reports lies on char boundaries of the sentence.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, &str)| {
    let (day, sentence) = input;
    let anchor = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(u64::from(day));
    for e in clipline::analyze::dates::find_time_exprs(sentence, anchor) {
        assert!(sentence.get(e.start..e.end).is_some(), "span off char boundaries");
    }
});
