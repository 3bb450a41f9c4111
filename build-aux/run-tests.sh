#!/bin/sh
# Runs the whole test suite and closes with one "N passed, N failed" line.
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u
builddir=${1:-_build}

meson test -C "$builddir" --print-errorlogs --num-processes 2
status=$?

# The installed application, not only the build tree, must run.
"$(dirname "$0")/check-install.sh" "$builddir" || status=1

log="$builddir/meson-logs/testlog.json"
if [ -f "$log" ]; then
  python3 - "$log" <<'PY'
import json, sys
passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line).get("result")
        if r in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif r == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
fi
exit $status
