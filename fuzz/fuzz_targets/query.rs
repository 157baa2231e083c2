//! Fuzz the query language: parse, plan and FTS translation never panic on any input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|q: &str| {
    if let Ok(expr) = clipline::query::parse(q) {
        let _ = clipline::query::sql::plan(&expr);
        let _ = clipline::query::sql::fts_of(&expr);
    }
    let _ = clipline::query::to_fts(q);
});
