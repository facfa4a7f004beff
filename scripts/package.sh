#!/usr/bin/env bash
# Builds the Linux packages of CityRights from the release build (`make release`), offline:
#
#   target/release/bundle/deb/cityrights_<version>_amd64.deb
#   target/release/bundle/rpm/cityrights-<version>-1.x86_64.rpm
#
# Run by `make package` (after `make release`). What it does, in order:
#   1. writes the CLI's manual pages from its own clap definition (`cityrights man-page`, a
#      hidden command, with clap_mangen: `cityrights.1` and one page per command, e.g.
#      `cityrights-export-pdf.1`) and gzips them (`-n`: no time stamp, so the same build gives
#      the same package);
#   2. runs Tauri's bundler on the binaries already built (`tauri bundle`, no rebuild) with
#      src-tauri/tauri.conf.json plus src-tauri/packaging/linux/tauri.bundle.json, which only
#      renames the product to `cityrights` for Linux: Tauri names the Debian package and the
#      desktop file after the product name in kebab case, and "CityRights" would give
#      `city-rights` (Windows and macOS keep "CityRights"). `--no-binary-patching`: the bundler
#      would otherwise rewrite the built app in place (a marker for Tauri's updater, which
#      CityRights does not use), and CI's e2e run and the package must be the same binary;
#      the .deb's dependencies come from dpkg-shlibdeps (below), the .rpm's from rpm itself;
#   3. runs lintian on the .deb and fails on any error (warnings are printed, not fatal);
#   4. prints the sizes: the binaries (stripped by the release profile, see Cargo.toml) and the
#      packages, as README's "Install" section reports them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

app=target/release/cityrights-desktop
cli=target/release/cityrights
for binary in "$app" "$cli"; do
  [[ -x "$binary" ]] || { echo "package: $binary is missing. Run: make release" >&2; exit 1; }
done

rm -rf target/packaging/man1
mkdir -p target/packaging/man1
"$cli" man-page --out-dir target/packaging/man1
gzip -9 -n target/packaging/man1/*.1

# The .deb's Depends: what dpkg-shlibdeps (dpkg-dev) finds the two binaries linked against,
# with the minimum versions their symbols need (libc6, libgtk-3-0, libwebkit2gtk-4.1-0, …),
# as a Debian package's ${shlibs:Depends} is made. It wants a debian/control to read.
shlibs_dir="$(mktemp -d)"
trap 'rm -rf "$shlibs_dir"' EXIT
mkdir -p "$shlibs_dir/debian"
printf 'Source: cityrights\n\nPackage: cityrights\nArchitecture: any\n' >"$shlibs_dir/debian/control"
depends="$(cd "$shlibs_dir" && dpkg-shlibdeps -O "$OLDPWD/$app" "$OLDPWD/$cli" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
[[ "$depends" == *libwebkit2gtk-4.1-0* ]] || { echo "package: dpkg-shlibdeps found no WebKitGTK dependency: '$depends'" >&2; exit 1; }
echo "package: Depends: $depends"
DEPENDS="$depends" python3 -c '
import json, os
depends = [d.strip() for d in os.environ["DEPENDS"].split(",")]
print(json.dumps({"bundle": {"linux": {"deb": {"depends": depends}}}}))' >target/packaging/deb-depends.json

rm -rf target/release/bundle/deb target/release/bundle/rpm
ui/node_modules/.bin/tauri bundle --ci --no-binary-patching --bundles deb,rpm \
  --config src-tauri/packaging/linux/tauri.bundle.json --config target/packaging/deb-depends.json

deb="$(ls target/release/bundle/deb/cityrights_*.deb)"
rpm="$(ls target/release/bundle/rpm/cityrights-*.rpm)"

echo "package: lintian $deb"
# --fail-on error: warnings (e.g. the app's binary has no man page of its own) do not fail.
lintian --fail-on error --info "$deb"

size() { stat -c %s "$1" | awk '{ printf "%.1f MB", $1 / 1000000 }'; }
echo "package: sizes"
printf '  %-52s %s\n' "$app (stripped)" "$(size "$app")" "$cli (stripped)" "$(size "$cli")" \
  "$deb" "$(size "$deb")" "$rpm" "$(size "$rpm")"
if file "$app" "$cli" | grep -q 'not stripped'; then
  echo "package: a binary is not stripped (see [profile.release] in Cargo.toml)" >&2
  exit 1
fi
