#!/usr/bin/env bash
# Installs what building and testing CityRights needs and is missing; changes nothing else.
#
# Run by `make setup` (and so by `make run` and `make test`). Safe to run again: every step
# checks first. What it does, in order:
#   1. Debian/Ubuntu packages (WebKitGTK and the other Tauri build libraries, the WebDriver for
#      WebKitGTK, Xvfb and D-Bus for the end-to-end tests, poppler-utils and ImageMagick for
#      looking at PDFs and screenshots, pandoc and LibreOffice Writer as independent readers of
#      the Word export; lintian, rpm, desktop-file-utils, appstream and libxml2-utils for
#      checking the packages). `apt-get update` runs only when something is missing;
#      `sudo` is used only when not root.
#   2. Rust (cargo >= 1.80) and Node.js (>= 20.19) with npm: checked, never installed — when one is
#      missing or too old this prints exactly what to install and how, and fails.
#   3. clippy and rustfmt (rustup components), for the gates `make test` runs.
#   4. tauri-driver (the WebDriver bridge for Tauri apps), with `cargo install --locked`.
#   5. pdfua (PyPI, pinned), the PDF/UA-1 checker `make test-pdfua` runs on the exported PDFs,
#      in its own virtual environment under target/ (nothing installed system-wide).
# The npm packages (`npm ci` in ui/ and tests/e2e/) are the Makefile's job: it reinstalls them
# when node_modules is missing or older than package-lock.json.
set -euo pipefail

# Keep in step with the README's "two commands" section.
readonly APT_PACKAGES=(
  # Building the Tauri shell (see Tauri's Linux prerequisites).
  build-essential pkg-config file libwebkit2gtk-4.1-dev libssl-dev librsvg2-dev libxdo-dev
  libayatana-appindicator3-dev
  # rusqlite's `session` feature (contribution packages' changesets) generates SQLite's
  # bindings at build time with bindgen, which loads libclang.
  libclang-dev
  # Running the app without a screen, and driving it (end-to-end tests).
  webkit2gtk-driver xvfb xauth dbus dbus-x11
  # Answering the native save dialogs with keys in the keyboard-only test (keyboard.test.mjs).
  xdotool
  # A screen reader beside the app (screen-reader.test.mjs): Orca, and pyatspi to ask the
  # platform's accessibility layer directly.
  orca python3-pyatspi
  # Looking at what the app produces: PDF pages and screenshots as images.
  poppler-utils imagemagick
  # Checking the PDF export's structure (tests/pdf.rs: qpdf --check).
  qpdf
  # Independent readers of the Word export (tests/docx.rs): pandoc, and LibreOffice converting
  # it to PDF with the fonts it stands in for Times New Roman and Arabic script.
  pandoc libreoffice-writer fonts-liberation2 fonts-noto-core
  # LibreOffice opening the Excel matrix (tests/xlsx.rs) and saving it again as .xlsx.
  libreoffice-calc
  # The packages (make package, make test-package): lintian checks the .deb, rpm reads the
  # .rpm, desktop-file-validate and appstreamcli check the desktop entry and the AppStream
  # metainfo, xmllint the MIME types; `file` tells whether a binary is stripped.
  lintian rpm desktop-file-utils appstream libxml2-utils
)
readonly MIN_CARGO="1.80"
readonly MIN_NODE="20.19"
readonly TAURI_DRIVER_VERSION="2.1.0"
readonly PDFUA_VERSION="0.1.3"
readonly PDFUA_VENV="target/pdfua-venv"

say() { printf 'setup: %s\n' "$*"; }

# True if version $1 >= version $2 (dotted numbers).
version_at_least() {
  [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" == "$2" ]]
}

# Runs a command as root: directly when root, else through sudo.
as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    say "need root to run: $*  (install sudo, or run 'make setup' as root)"
    exit 1
  fi
}

install_apt_packages() {
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    say "this is not a Debian or Ubuntu system: install the equivalents of these packages yourself:"
    say "  ${APT_PACKAGES[*]}"
    return
  fi
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    # `dpkg -s` also succeeds for removed packages whose config files remain: read the status.
    if [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]]; then
      missing+=("$package")
    fi
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    say "system packages: all present"
    return
  fi
  say "installing system packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

check_cargo() {
  local found=""
  if command -v cargo >/dev/null; then
    found="$(cargo --version | awk '{print $2}')"
  fi
  if [[ -n "$found" ]] && version_at_least "$found" "$MIN_CARGO"; then
    say "cargo $found: ok"
    return
  fi
  if [[ -z "$found" ]]; then
    say "Rust is not installed (cargo $MIN_CARGO or newer is needed). Install it with rustup:"
    say "  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y"
    say "  . \"\$HOME/.cargo/env\""
  else
    say "cargo $found is too old (cargo $MIN_CARGO or newer is needed). Update it:"
    say "  rustup update stable"
    say "(if Rust came from your distribution's packages, remove them and install rustup:"
    say "  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y )"
  fi
  say "then run 'make setup' again."
  return 1
}

check_node() {
  local found=""
  if command -v node >/dev/null; then
    found="$(node --version | sed 's/^v//')"
  fi
  if [[ -n "$found" ]] && version_at_least "$found" "$MIN_NODE" && command -v npm >/dev/null; then
    say "node $found, npm $(npm --version): ok"
    return
  fi
  if [[ -z "$found" ]]; then
    say "Node.js is not installed (Node.js $MIN_NODE or newer, with npm, is needed)."
  elif ! version_at_least "$found" "$MIN_NODE"; then
    say "Node.js $found is too old (Node.js $MIN_NODE or newer is needed)."
  else
    say "npm is missing (it comes with Node.js)."
  fi
  say "Debian's own nodejs package is older than that. Install Node.js 22 LTS with nvm:"
  say "  curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash"
  say "  . \"\$HOME/.nvm/nvm.sh\" && nvm install 22"
  say "(or the 22.x LTS from https://nodejs.org/en/download), then run 'make setup' again."
  return 1
}

# clippy and rustfmt: `make test` runs both as gates. rustup installs them as components;
# a Rust without rustup must bring them itself.
install_rust_components() {
  local missing=()
  cargo clippy --version >/dev/null 2>&1 || missing+=(clippy)
  cargo fmt --version >/dev/null 2>&1 || missing+=(rustfmt)
  if [[ ${#missing[@]} -eq 0 ]]; then
    say "clippy and rustfmt: present"
  elif command -v rustup >/dev/null; then
    say "installing ${missing[*]} (rustup component add)"
    rustup component add "${missing[@]}"
  else
    say "${missing[*]} missing and no rustup to add them: install them with your Rust"
    return 1
  fi
}

install_tauri_driver() {
  if command -v tauri-driver >/dev/null; then
    say "tauri-driver: present ($(command -v tauri-driver))"
    return
  fi
  say "installing tauri-driver $TAURI_DRIVER_VERSION (cargo install, about a minute)"
  cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked
}

# The PDF/UA checker (pikepdf-based, no JVM: veraPDF is not on the registries this project
# reaches). A virtual environment keeps it and pikepdf away from the system's Python.
install_pdfua() {
  if [[ -x "$PDFUA_VENV/bin/pdfua" ]] &&
    [[ "$("$PDFUA_VENV/bin/pdfua" --version 2>/dev/null)" == *"$PDFUA_VERSION"* ]]; then
    say "pdfua $PDFUA_VERSION: present"
    return
  fi
  say "installing pdfua $PDFUA_VERSION into $PDFUA_VENV"
  python3 -m venv "$PDFUA_VENV"
  "$PDFUA_VENV/bin/pip" install -q "pdfua==$PDFUA_VERSION"
}

install_apt_packages
toolchains_ok=true
check_cargo || toolchains_ok=false
check_node || toolchains_ok=false
if [[ "$toolchains_ok" != true ]]; then
  exit 1
fi
install_rust_components
install_tauri_driver
install_pdfua
