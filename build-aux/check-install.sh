#!/bin/sh
# Installs Guarantor into a temporary DESTDIR and runs it from there:
# check-install.sh [BUILDDIR]
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The installed binary must print the metrics of an installed bundled
# scenario, and start its GUI (under a private Xvfb and session bus) and
# quit cleanly when asked, with the installed schema, icons and file type.

set -eu
builddir=${1:-_build}
srcdir=$(cd "$(dirname "$0")/.." && pwd)
app_id=io.github.guarantor.Guarantor

dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

fail () {
  echo "check-install: $*" >&2
  exit 1
}

meson install -C "$builddir" --destdir "$dest" --no-rebuild --quiet >"$dest/install.log" 2>&1 \
  || { cat "$dest/install.log" >&2; fail "meson install failed"; }
prefix=$(meson introspect "$builddir" --buildoptions \
  | python3 -c 'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
root="$dest$prefix"
bin="$root/bin/guarantor"
share="$root/share"

for f in "applications/$app_id.desktop" "metainfo/$app_id.metainfo.xml" \
         "icons/hicolor/scalable/apps/$app_id.svg" \
         "icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
         "mime/packages/$app_id.xml" "glib-2.0/schemas/$app_id.gschema.xml" \
         "guarantor/scenarios/baseline.json" \
         "locale/uk/LC_MESSAGES/guarantor.mo"; do
  [ -f "$share/$f" ] || fail "not installed: $share/$f"
done
[ -x "$bin" ] || fail "no binary at $bin"
# Meson leaves the post-install steps to the packager's triggers under a
# DESTDIR; do the one the app needs to start.
glib-compile-schemas --strict "$share/glib-2.0/schemas" || fail "the installed schema does not compile"

# The CLI, on an installed scenario, with nothing of the build tree around.
env -i PATH=/usr/bin:/bin HOME="$dest/home" LC_ALL=C.UTF-8 \
  "$bin" --metrics "$share/guarantor/scenarios/baseline.json" >"$dest/metrics.json" \
  || fail "--metrics failed"
python3 -c 'import json, sys; m = json.load(open(sys.argv[1])); assert m, "empty metrics"' \
  "$dest/metrics.json" || fail "--metrics printed no JSON"
# An export: `guarantor` runs it in the installed guarantor-painter.so.
env -i PATH=/usr/bin:/bin HOME="$dest/home" LC_ALL=C.UTF-8 \
  "$bin" --export index --output "$dest/index.png" --size 320x200 \
  || fail "--export failed"
[ -s "$dest/index.png" ] || fail "--export wrote no PNG"

# The GUI: started, its window on the bus, then app.quit, exit status 0.
cat >"$dest/gui.sh" <<'SH'
set -eu
"$GR_BIN" 2>"$GR_DEST/gui.err" &
pid=$!
gdbus wait --session --timeout 60 "$GR_APP_ID"
path=/$(echo "$GR_APP_ID" | tr . /)
# The window comes once the model is built in a worker; the bus has no
# signal for an object path, so look for it (a minute at most).
tries=0
until gdbus introspect --session --dest "$GR_APP_ID" --object-path "$path/window/1" \
      | grep -q org.gtk.Actions; do
  tries=$((tries + 1))
  [ "$tries" -lt 120 ] || { echo "no window/1 on the bus" >&2; exit 1; }
  sleep 0.5
done
gapplication action "$GR_APP_ID" quit
wait "$pid"
SH
env -i PATH=/usr/bin:/bin HOME="$dest/home" LC_ALL=C.UTF-8 \
  XDG_DATA_DIRS="$share:/usr/share" XDG_STATE_HOME="$dest/state" GSETTINGS_BACKEND=memory \
  GSETTINGS_SCHEMA_DIR="$share/glib-2.0/schemas" GSK_RENDERER=cairo GTK_A11Y=none \
  GR_BIN="$bin" GR_DEST="$dest" GR_APP_ID="$app_id" \
  dbus-run-session -- "$srcdir/build-aux/with-xvfb.sh" sh "$dest/gui.sh" \
  || { cat "$dest/gui.err" >&2; fail "the installed GUI did not start and quit cleanly"; }
if grep -E 'CRITICAL|WARNING' "$dest/gui.err" >&2; then
  fail "the installed GUI warned"
fi
echo "check-install: ok ($prefix in a DESTDIR: CLI and GUI run)"
