#!/usr/bin/env bash
# Tests the packages as installed: run by `make test-package` (after `make package`) and so by CI.
#
# The .deb is unpacked with `dpkg-deb -x` into a temporary root (no root rights, nothing
# installed on the machine), then:
#   1. the package's fields: name `cityrights`, maintainer, homepage, licence file, dependencies;
#      the files it must hold (both binaries, the man page, the desktop entry, the icons, the
#      AppStream metainfo, the MIME types); the .rpm's name and file list (`rpm -qp`);
#   2. the desktop entry with `desktop-file-validate`, the metainfo with `appstreamcli validate`
#      (`--no-net`: the screenshot's address is not fetched), the MIME types with xmllint;
#   3. the unpacked CLI: `--version`, its man page, the demo city into a new database, a PDF
#      export of the demo submission (checked with pdfinfo);
#   4. the unpacked app under Xvfb, driven to its dashboard through WebDriver by
#      tests/e2e/package/installed.test.mjs (the e2e harness with CITYRIGHTS_APP set).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() {
  echo "test-package: FAILED: $*" >&2
  exit 1
}
step() { printf 'test-package: %s\n' "$*"; }

deb="$(ls target/release/bundle/deb/cityrights_*.deb 2>/dev/null || true)"
rpm="$(ls target/release/bundle/rpm/cityrights-*.rpm 2>/dev/null || true)"
[[ -f "$deb" && -f "$rpm" ]] || fail "the packages are not built. Run: make package"

root="$(mktemp -d "${TMPDIR:-/tmp}/cityrights-package-XXXXXX")"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/install"

step "1. the package's fields and files"
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == cityrights ]] || fail "the package is named '$(field Package)', not cityrights"
[[ "$(field Maintainer)" == *"<"*"@"*">" ]] || fail "Maintainer is '$(field Maintainer)', not a name with an address"
[[ -n "$(field Homepage)" ]] || fail "no Homepage field"
field Description | grep -q "human rights office" || fail "the description is not the one written for the officer"
for dependency in libwebkit2gtk-4.1-0 libgtk-3-0; do
  field Depends | grep -q "$dependency" || fail "Depends does not name $dependency: $(field Depends)"
done
for file in usr/bin/cityrights usr/bin/cityrights-desktop usr/share/man/man1/cityrights.1.gz \
  usr/share/applications/cityrights.desktop usr/share/metainfo/org.cityrights.cityrights.metainfo.xml \
  usr/share/mime/packages/cityrights.xml usr/share/doc/cityrights/copyright \
  usr/share/doc/cityrights/third-party.txt \
  usr/share/icons/hicolor/128x128/apps/cityrights-desktop.png; do
  [[ -f "$root/install/$file" ]] || fail "the .deb has no $file"
done
# The bundled libraries' licences: the list that ships names what the programs are built from.
for name in rusqlite tauri printpdf @tiptap/core svelte; do
  grep -q "^  $name " "$root/install/usr/share/doc/cityrights/third-party.txt" ||
    fail "third-party.txt does not name $name"
done
file "$root/install/usr/bin/cityrights-desktop" "$root/install/usr/bin/cityrights" | grep -q 'not stripped' &&
  fail "a binary in the package is not stripped"
[[ "$(rpm -qp --queryformat '%{NAME}' "$rpm")" == cityrights ]] || fail "the .rpm is not named cityrights"
# The list is read whole first: `rpm -qpl | grep -q` fails at random under pipefail, when grep
# stops at the first line and rpm is killed by SIGPIPE writing the rest.
rpm_files="$(rpm -qpl "$rpm")"
grep -qx /usr/bin/cityrights <<<"$rpm_files" || fail "the .rpm has no /usr/bin/cityrights"
grep -qx /usr/share/man/man1/cityrights.1.gz <<<"$rpm_files" || fail "the .rpm has no man page"

step "2. desktop entry, AppStream metainfo, MIME types"
desktop="$root/install/usr/share/applications/cityrights.desktop"
desktop-file-validate "$desktop"
grep -qx 'Categories=Office;' "$desktop" || fail "the desktop entry is not in the Office category"
grep -q '^MimeType=.*application/x-cityrights-workspace' "$desktop" || fail "the desktop entry does not open workspace files"
appstreamcli validate --no-net --explain "$root/install/usr/share/metainfo/org.cityrights.cityrights.metainfo.xml"
xmllint --noout "$root/install/usr/share/mime/packages/cityrights.xml"

step "3. the unpacked command line"
cli="$root/install/usr/bin/cityrights"
"$cli" --version | grep -Eq '^cityrights [0-9]+\.[0-9]+\.[0-9]+$' || fail "cityrights --version printed: $("$cli" --version)"
man_page="$(zcat "$root/install/usr/share/man/man1/cityrights.1.gz")" # read whole: see rpm_files
grep -q '^\.TH cityrights 1' <<<"$man_page" || fail "the man page has no .TH header"
grep -q 'workspace' <<<"$man_page" || fail "the man page does not list the commands"
db="$root/work/cityrights.sqlite3"
mkdir -p "$root/work"
"$cli" --db "$db" demo
submission="$("$cli" --db "$db" submissions list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
"$cli" --db "$db" export pdf --submission "$submission" -o "$root/work/demo.pdf" --json
pages="$(pdfinfo "$root/work/demo.pdf" | awk '/^Pages:/ { print $2 }')"
[[ "${pages:-0}" -ge 1 ]] || fail "the exported PDF has no pages"

step "4. the unpacked app, driven to its dashboard"
CITYRIGHTS_APP="$root/install/usr/bin/cityrights-desktop" bash tests/e2e/run.sh tests/e2e/package/installed.test.mjs

step "the packages pass: $deb, $rpm"
