//! Fuzz the money-and-amount parser: never panics, spans on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|sentence: &str| {
    for f in clipline::analyze::figures::find_figures(sentence) {
        assert!(sentence.get(f.start..f.end).is_some(), "span off char boundaries");
    }
});
