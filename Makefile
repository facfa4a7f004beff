# CityRights: the commands a developer (and CI) runs. Two matter most:
#
#   make run     install what is missing, build the UI and the app, open the app
#   make test    every test, in order: core, UI, end to end
#
# Everything builds in debug mode into the one target directory, ./target.
# `make help` lists the other targets.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
# Targets run in the order written (test-core before test-ui before test-e2e), even under -j.
.NOTPARALLEL:

# `cargo install` puts tauri-driver here, and rustup puts cargo here; a fresh shell may not
# have it on PATH yet.
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

APP := target/debug/cityrights-desktop

.PHONY: help setup ui app run test lint test-core test-pdfua test-ui test-e2e fuzz release package test-package bench-start

# Which build of the app `make test-e2e` drives. `debug` (the default) is what `make app` builds
# and what a developer's `make test` uses: a debug build of the desktop app is a few minutes.
# CI (.ci/run) says E2E_BUILD=release: it builds the release app anyway for the packages
# (`make test-package`), so it builds it once, runs the shell's tests and the whole e2e suite
# against it, and never builds the debug desktop app at all. The shell's tests then run with
# the same profile and features as the release app (`--release --features
# tauri/custom-protocol`, what Tauri's CLI builds with), so they reuse its compiled dependencies.
E2E_BUILD ?= debug
RELEASE_APP := target/release/cityrights-desktop
RELEASE_FLAGS := --release --features tauri/custom-protocol
ifeq ($(E2E_BUILD),release)
E2E_APP := $(RELEASE_APP)
E2E_APP_BUILD := release
DESKTOP_TEST_FLAGS := $(RELEASE_FLAGS)
else
E2E_APP := $(APP)
E2E_APP_BUILD := app
DESKTOP_TEST_FLAGS :=
endif

help:
	@echo "make run        install what is missing, build, and open the app"
	@echo "make test       setup, then test-core, lint, test-ui and test-e2e"
	@echo "make lint       the gates: rustfmt, clippy with warnings as errors, the core's docs"
	@echo "make setup      install what is missing (system packages, tauri-driver, npm packages)"
	@echo "make ui         build the web front end into ui/dist"
	@echo "make app        build the UI and the desktop app ($(APP))"
	@echo "make test-core  the core's tests (cargo test -p cityrights; no Tauri needed)"
	@echo "make test-pdfua the PDF/UA-1 checker (pdfua) on the PDFs the core's tests exported"
	@echo "make test-ui    type-check the UI and run its Vitest tests"
	@echo "make test-e2e   build the app, run the shell's unit tests, drive the real app through WebDriver"
	@echo "make fuzz       run each importer's fuzz target for FUZZ_SECONDS (default 60); not part of make test"
	@echo "make release    the release app and CLI in target/release (about 15 min on two cores)"
	@echo "make package    the .deb and .rpm in target/release/bundle (release build, lintian)"
	@echo "make test-package  the packages tested as installed (unpacked app and CLI); CI runs it"
	@echo "make bench-start   start-up time and memory of the release app (BENCH_RUNS, default 7)"

## Installs what is missing; safe to run again (see scripts/setup.sh).
setup:
	bash scripts/setup.sh
	$(MAKE) --no-print-directory ui/node_modules/.package-lock.json tests/e2e/node_modules/.package-lock.json

# `npm ci` when node_modules is missing or older than the lock file. npm writes
# node_modules/.package-lock.json on every install; `touch` marks it as done even when npm
# had nothing to change.
ui/node_modules/.package-lock.json: ui/package-lock.json ui/package.json
	cd ui && npm ci --no-audit --no-fund
	touch $@

tests/e2e/node_modules/.package-lock.json: tests/e2e/package-lock.json tests/e2e/package.json
	cd tests/e2e && npm ci --no-audit --no-fund
	touch $@

## The web front end, into ui/dist (which the app embeds when it is compiled).
ui: ui/node_modules/.package-lock.json
	cd ui && npm run build

## The desktop app, with the UI built first, and the CLI beside it (some e2e tests use it
## while the app is closed, e.g. to mark a submission as submitted without the native dialog).
app: ui
	cargo build -p cityrights-desktop
	cargo build -p cityrights --bin cityrights

## Opens the app on the usual database (or on $$CITYRIGHTS_DB).
run: setup app
	$(APP)

test: setup test-core test-pdfua lint test-ui test-e2e

# ts-rs rewrites ui/src/lib/bindings from the Rust types while the tests run: the committed
# files must be what the Rust types say, or the UI would be checked against stale types.
test-core:
	cargo test -p cityrights
	@if git rev-parse --git-dir >/dev/null 2>&1 && [ -n "$$(git status --porcelain -- ui/src/lib/bindings)" ]; then \
	  echo "The TypeScript bindings in ui/src/lib/bindings are out of date; commit what 'cargo test' regenerated:"; \
	  git status --short -- ui/src/lib/bindings; exit 1; fi

# The tagged PDF checked by an independent tool: pdfua (see scripts/setup.sh) on every PDF
# the PDF tests wrote to target/pdf-samples (made first if there are none). Under a second.
PDFUA := target/pdfua-venv/bin/pdfua
test-pdfua:
	@test -x $(PDFUA) || { echo "pdfua is missing: run 'make setup'"; exit 1; }
	@ls target/pdf-samples/*.pdf >/dev/null 2>&1 || cargo test -p cityrights --test pdf
	$(PDFUA) check target/pdf-samples/*.pdf

# Gates that keep the code as it should read: formatting, clippy with every warning an error,
# and the core's documentation (private items included: a newcomer reads those too) without a
# broken link or a warning. The shell's clippy needs its Tauri build, so it runs in test-e2e.
lint:
	cargo fmt --all -- --check
	python3 scripts/third-party.py --check src-tauri/packaging/linux/third-party.txt
	cargo clippy -p cityrights --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings -A rustdoc::private-intra-doc-links" cargo doc --no-deps --document-private-items -p cityrights

test-ui: ui/node_modules/.package-lock.json
	cd ui && npm run check
	cd ui && npm test

# The shell's own unit tests (the IPC error form; they also regenerate the TypeScript binding
# of its types and the page's typed callers, ui/src/lib/commands.ts, which must be committed
# as generated) need the same Tauri build as the app, so they run here.
test-e2e: $(E2E_APP_BUILD) tests/e2e/node_modules/.package-lock.json
	cargo build -p cityrights --bin cityrights
	cargo test $(DESKTOP_TEST_FLAGS) -p cityrights-desktop
	@if git rev-parse --git-dir >/dev/null 2>&1 && [ -n "$$(git status --porcelain -- ui/src/lib/commands.ts ui/src/lib/bindings)" ]; then \
	  echo "ui/src/lib/commands.ts or ui/src/lib/bindings is out of date; commit what 'cargo test -p cityrights-desktop' regenerated:"; \
	  git status --short -- ui/src/lib/commands.ts ui/src/lib/bindings; exit 1; fi
	cargo clippy -p cityrights-desktop --all-targets -- -D warnings
	CITYRIGHTS_APP=$(abspath $(E2E_APP)) bash tests/e2e/run.sh

# Fuzzing every importer with cargo-fuzz (libFuzzer + AddressSanitizer); see README "Fuzzing".
# Not part of `make test`: it runs for minutes. cargo-fuzz passes nightly-only flags
# (-Zsanitizer); RUSTC_BOOTSTRAP=1 lets the stable compiler accept them. Each target starts from
# its committed seeds in fuzz/corpus/<target>/ (what it adds there is ignored by git); a crash
# is written to fuzz/artifacts/<target>/ and stops the run.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= markdown docx uhri report thematic_list csv xlsx workspace contribution draft_through_store workspace_through_store
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run -O $$t -- -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048; \
	done

## The release build: the desktop app with the UI embedded, and the CLI, in one cargo run (built
## apart, the CLI's dependencies would get other features and be compiled a second time).
## `--features tauri/custom-protocol` is what `tauri build` adds (the page is served from the
## binary); plain cargo keeps the build the same for `make test-e2e E2E_BUILD=release`'s tests.
release: ui
	cargo build $(RELEASE_FLAGS) -p cityrights-desktop -p cityrights --bins

## The Linux packages, offline, with Tauri's bundler (scripts/package.sh says what it does).
package: release
	bash scripts/package.sh

## The packages tested as installed (scripts/test-package.sh); part of CI.
test-package: package tests/e2e/node_modules/.package-lock.json
	bash scripts/test-package.sh

## Start-up time to an interactive dashboard, and memory, of the release app (README "Benchmarks").
BENCH_RUNS ?= 7
bench-start: release tests/e2e/node_modules/.package-lock.json
	BENCH_RUNS=$(BENCH_RUNS) CITYRIGHTS_APP=$(abspath $(RELEASE_APP)) bash tests/e2e/run.sh tests/e2e/bench/start.bench.mjs
