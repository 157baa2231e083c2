#!/usr/bin/env bash
# Run every fuzz target for FUZZ_SECONDS (default 600) each, one after another, on stable Rust:
# RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its nightly flags, and there is no sanitizer (the
# engine is safe Rust, so what libFuzzer hunts here is panics, overflows with debug
# assertions on, hangs and memory blow-ups). The targets are built once, then run directly,
# so editing the engine mid-run does not rebuild between targets.
# New inputs go to fuzz/corpus/<target>, crashes to fuzz/artifacts/<target>, logs to fuzz/logs.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-600}
targets=${FUZZ_TARGETS:-extract scrape dates figures query carry}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
cargo fuzz build --sanitizer none -a
bin_dir="${CARGO_TARGET_DIR:-$PWD/target}/x86_64-unknown-linux-gnu/release"
mkdir -p logs
for t in $targets; do
  mkdir -p "corpus/$t" "artifacts/$t"
  max_len=4096
  # Seeds: the project's own test fixtures for the page and scrape targets (read, never
  # written: libFuzzer adds new inputs to the first directory only), seeds/<target> else.
  case $t in
    extract) max_len=65536; seeds=(../tests/fixtures/pages ../tests/fixtures/cli ../tests/fixtures/hostile) ;;
    scrape) max_len=65536; seeds=(../tests/fixtures/scrapes ../tests/fixtures/fuzz) ;;
    carry) max_len=65536; seeds=("seeds/$t") ;;
    *) seeds=("seeds/$t") ;;
  esac
  echo "fuzzing $t for ${seconds}s (log: fuzz/logs/$t.log)"
  "$bin_dir/$t" -artifact_prefix="artifacts/$t/" -max_total_time="$seconds" -max_len="$max_len" \
    -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 "corpus/$t" "${seeds[@]}" \
    >"logs/$t.log" 2>&1 || { echo "fuzz target $t failed: see fuzz/logs/$t.log"; tail -30 "logs/$t.log"; exit 1; }
  grep -E '^#[0-9]+ +DONE|stat::number_of_executed_units' "logs/$t.log" | tail -2
done
