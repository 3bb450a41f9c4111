#!/bin/sh
# Lists every file with translatable strings into po/POTFILES.in (sorted);
# with --check, fails instead when the list is out of date.
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
cd "$(dirname "$0")/.."

list() {
  echo "# Files with translatable strings, sorted (build-aux/update-potfiles.sh)."
  {
    find app -name '*.c' -exec grep -lE '\b(N?_|C_|NC_|g_dngettext|ngettext)\s?\(' {} + 2>/dev/null || true
    grep -l 'translatable="yes"' ui/*.ui ui/*/*.ui 2>/dev/null || true
    ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml
  } | LC_ALL=C sort -u
}

if [ "${1:-}" = "--check" ]; then
  if ! list | diff -u po/POTFILES.in - ; then
    echo "po/POTFILES.in is out of date: run build-aux/update-potfiles.sh" >&2
    exit 1
  fi
  exit 0
fi
list > po/POTFILES.in
