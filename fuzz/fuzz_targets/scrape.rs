//! Fuzz the pasted-scrape splitter: any text splits into articles or a clean error, never a panic.
#![no_main]

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let clipped_at = Utc.with_ymd_and_hms(2025, 7, 14, 10, 0, 0).unwrap();
    let _ = clipline::clip::scrape::split_scrape(text, clipped_at);
});
