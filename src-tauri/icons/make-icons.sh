#!/usr/bin/env bash
# Redraws the app icon and regenerates every size Tauri needs from it.
#
# Why a script: the icon is a drawing (dark-blue rounded square, white "CR"), so keeping the
# recipe beats keeping a mystery PNG. Needs ImageMagick (`convert`) and the DejaVu fonts
# (Debian: imagemagick, fonts-dejavu-core) and the UI's node_modules (for `npx tauri icon`).
# Run from anywhere: bash src-tauri/icons/make-icons.sh
set -euo pipefail

icons_dir="$(cd "$(dirname "$0")" && pwd)"
ui_dir="$icons_dir/../../ui"
source_png="$(mktemp --suffix=.png)"
trap 'rm -f "$source_png"' EXIT

convert -size 1024x1024 xc:none \
  -fill '#1f3a68' -draw 'roundrectangle 64,64 959,959 180,180' \
  -font /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf -pointsize 440 \
  -fill white -gravity center -annotate +0+10 'CR' \
  -depth 8 "$source_png"

(cd "$ui_dir" && npx tauri icon "$source_png" -o "$icons_dir")
# Desktop only: the mobile icon sets are not needed.
rm -rf "$icons_dir/android" "$icons_dir/ios"
# The Linux packages install a plain 256-pixel icon (hicolor/256x256); Tauri would file the
# @2x one under a "256x256@2" folder that icon themes do not read (see tauri.bundle.json).
cp "$icons_dir/128x128@2x.png" "$icons_dir/256x256.png"
