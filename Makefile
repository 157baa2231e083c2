# Clipline — the two commands a newcomer needs are `make run` and `make test`.
#
#   make run    install missing system packages, build the UI and the app, open the window
#   make test   every check CI runs: lints, Rust tests, browser e2e, the desktop smoke test
#
# Other targets: ui, build, lint, e2e, desktop-smoke, bench, bindings, screenshot, fuzz, clean.

SHELL := /bin/bash
.DEFAULT_GOAL := help

TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
BIN := $(TARGET_DIR)/debug/clipline
DESKTOP_BIN := $(TARGET_DIR)/debug/clipline-desktop
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian/Ubuntu packages Tauri's Linux build needs, and those the tests drive.
BUILD_PACKAGES := build-essential pkg-config curl libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev \
	libayatana-appindicator3-dev libsoup-3.0-dev libxdo-dev libssl-dev
TEST_PACKAGES := xvfb x11-utils webkit2gtk-driver chromium chromium-driver imagemagick xdotool xclip python3-xlib

# Install the given Debian packages when any is missing (one apt run, quiet otherwise).
define ensure_packages
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done | xargs); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages: $$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
endef

.PHONY: help run test deps test-deps ui build lint e2e desktop-smoke bench bindings screenshot fuzz clean

help:
	@sed -n '3,7p' Makefile | sed 's/^# *//'

deps:
	@command -v cargo >/dev/null || { echo "Rust is missing: install it from https://rustup.rs"; exit 1; }
	@command -v npm >/dev/null || { echo "Node.js 20+ and npm are missing: install them (apt install nodejs npm)"; exit 1; }
	$(call ensure_packages,$(BUILD_PACKAGES))

test-deps: deps
	$(call ensure_packages,$(TEST_PACKAGES))
	@command -v tauri-driver >/dev/null || { echo "Installing tauri-driver"; cargo install tauri-driver --locked --quiet; }

ui/node_modules/.package-lock.json: ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund --loglevel=error

ui: ui/node_modules/.package-lock.json
	cd ui && npm run build

build: deps ui
	cargo build --workspace

run: build
	$(DESKTOP_BIN)

lint: ui
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cd ui && npm run check

e2e: ui
	cargo build -p clipline
	cd tests/e2e && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; }
	set -o pipefail; CLIPLINE_BIN=$(BIN) node --test --test-reporter=tap tests/e2e/ | tee $(TARGET_DIR)/e2e.tap
	@# node exits 0 when a test's promise is left pending with nothing to wait on: demand passes.
	@grep -q '^# pass [1-9]' $(TARGET_DIR)/e2e.tap && grep -q '^# fail 0' $(TARGET_DIR)/e2e.tap

desktop-smoke: ui
	cargo build -p clipline-desktop
	DESKTOP_BIN=$(DESKTOP_BIN) tests/desktop/run.sh

test: test-deps ui lint
	cargo test --workspace
	$(MAKE) --no-print-directory e2e
	$(MAKE) --no-print-directory desktop-smoke

# The scale benchmark (issue 6), on demand: a generated notebook of BENCH_ARTICLES articles
# (default 100,000) imported, searched and paged; prints every figure. Not part of `make test`.
BENCH_ARTICLES ?= 100000
bench: deps
	cargo build --release -p clipline
	$(TARGET_DIR)/release/clipline bench --articles $(BENCH_ARTICLES) $(BENCH_ARGS)

# The cargo-fuzz targets (fuzz/: extractor, scrape splitter, dates, figures, query, and the
# files carried in: feeds, OPML, tool exports, MHTML), each for FUZZ_SECONDS (default 600),
# one after another; not part of `make test`. Stable Rust works:
# fuzz/run.sh sets RUSTC_BOOTSTRAP=1 and builds without a sanitizer.
FUZZ_SECONDS ?= 600
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh

bindings:
	UPDATE_BINDINGS=1 cargo test -p clipline --lib api::bindings::tests::committed_bindings_match_the_rust_types

# The README's screenshot: the real window under Xvfb, on the notebook at CLIPLINE_DB.
screenshot: build
	tests/desktop/screenshot.sh $(DESKTOP_BIN) docs/window.png

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules tests/e2e/node_modules tests/desktop/node_modules
