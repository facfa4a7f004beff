#!/usr/bin/env bash
# Runs the end-to-end tests against the built app (target/debug/cityrights-desktop).
#
#   bash tests/e2e/run.sh [test files...]     (default: every tests/e2e/specs/*.test.mjs)
#   E2E_ONLY='calendar' bash tests/e2e/run.sh F   (only the tests whose names match; Node
#                                                  refuses --test-name-pattern in NODE_OPTIONS)
#
# What it arranges, and why:
# - a display: if DISPLAY is unset (CI, SSH), an Xvfb server on the first free display number,
#   stopped when the run ends;
# - a D-Bus session bus (`dbus-run-session`): WebKitGTK and GTK talk to it, and without one they
#   stall or warn at every start;
# - WEBKIT_DISABLE_COMPOSITING_MODE=1: WebKitGTK's accelerated compositing draws blank windows
#   under Xvfb (no GPU);
# - tests run one at a time (`--test-concurrency=1`): each starts a whole WebKit app, and two
#   cores do not run several of those reliably.
# Prerequisites (`make setup` installs them): the app built (`make app`), tauri-driver,
# WebKitWebDriver (Debian: webkit2gtk-driver), Xvfb, dbus, and `npm ci` in tests/e2e.
set -euo pipefail

e2e_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$e2e_dir/../.." && pwd)"
app="${CITYRIGHTS_APP:-$repo_root/target/debug/cityrights-desktop}"

fail() {
  echo "e2e: $*" >&2
  exit 1
}

[[ -x "$app" ]] || fail "the app is not built ($app is missing). Run: make app"
[[ -d "$e2e_dir/node_modules/webdriverio" ]] || fail "the e2e dependencies are missing. Run: make setup (or: cd tests/e2e && npm ci)"
command -v WebKitWebDriver >/dev/null || fail "WebKitWebDriver is missing. Run: make setup (Debian package webkit2gtk-driver)"
command -v dbus-run-session >/dev/null || fail "dbus-run-session is missing. Run: make setup (Debian package dbus)"

xvfb_pid=""
stop_xvfb() {
  if [[ -n "$xvfb_pid" ]]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
}
trap stop_xvfb EXIT

if [[ -z "${DISPLAY:-}" ]]; then
  command -v Xvfb >/dev/null || fail "DISPLAY is unset and Xvfb is missing. Run: make setup (Debian package xvfb)"
  # The first display number with neither a lock file nor a socket is free.
  display_number=99
  while [[ -e "/tmp/.X${display_number}-lock" || -e "/tmp/.X11-unix/X${display_number}" ]]; do
    display_number=$((display_number + 1))
  done
  echo "e2e: starting Xvfb on :${display_number}"
  Xvfb ":${display_number}" -screen 0 1920x1080x24 -nolisten tcp >"${TMPDIR:-/tmp}/cityrights-xvfb-${display_number}.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 100); do
    [[ -e "/tmp/.X11-unix/X${display_number}" ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start (see ${TMPDIR:-/tmp}/cityrights-xvfb-${display_number}.log)"
    sleep 0.1
  done
  [[ -e "/tmp/.X11-unix/X${display_number}" ]] || fail "Xvfb did not open display :${display_number} within 10 s"
  export DISPLAY=":${display_number}"
fi

export WEBKIT_DISABLE_COMPOSITING_MODE=1
# Keep GTK from looking for an accessibility bus that is not there (only a warning, but noisy).
export NO_AT_BRIDGE=1

if [[ $# -gt 0 ]]; then
  tests=()
  for test_file in "$@"; do
    tests+=("$(realpath "$test_file")") # the runner starts in tests/e2e, the caller may not
  done
else
  tests=("$e2e_dir"/specs/*.test.mjs)
fi

cd "$e2e_dir"
echo "e2e: DISPLAY=$DISPLAY, app $app"
# Not `exec`: the EXIT trap must still stop Xvfb afterwards.
only=()
[[ -n "${E2E_ONLY:-}" ]] && only=(--test-name-pattern="$E2E_ONLY")
dbus-run-session -- node --test --test-concurrency=1 "${only[@]}" "${tests[@]}"
