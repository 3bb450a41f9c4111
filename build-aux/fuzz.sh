#!/bin/sh
# `make fuzz`: builds the fuzz targets with clang, libFuzzer, ASan and UBSan
# in their own build directory, then runs each in turn for FUZZ_SECONDS
# (default 60) on a scratch copy of its corpus.  Findings (crash-*, leak-*,
# timeout-*) land in $FUZZ_BUILDDIR/findings/<target>/; copy the ones worth
# keeping into tests/fuzz/corpus/<target>/.
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# FUZZ_TARGETS picks targets (default: all); FUZZ_TIMEOUT is the seconds
# one input may take before libFuzzer reports a hang (default 60: the
# timer is wall time, and a shared machine under load stalls a niced run).

set -eu
cd "$(dirname "$0")/.."

builddir=${FUZZ_BUILDDIR:-_build-fuzz}
seconds=${FUZZ_SECONDS:-60}
timeout=${FUZZ_TIMEOUT:-60}
targets=${FUZZ_TARGETS:-"scenario evaluate geodata"}

if [ ! -f "$builddir/build.ninja" ]; then
  CC=clang meson setup "$builddir" \
    -Dfuzzing=true -Dbenchmarks=false \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args="-fsanitize=fuzzer-no-link -fno-sanitize-recover=all -fno-omit-frame-pointer"
fi
for t in $targets; do
  meson compile -C "$builddir" "fuzz-$t"
done

status=0
for t in $targets; do
  work="$builddir/corpus/$t"
  findings="$builddir/findings/$t"
  mkdir -p "$work" "$findings"
  cp tests/fuzz/corpus/"$t"/* "$work"/
  dict=""
  [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
  [ "$t" = evaluate ] && dict="-dict=tests/fuzz/scenario.dict"
  echo "fuzz-$t: $seconds s"
  ASAN_OPTIONS=detect_leaks=1 \
  LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$builddir/tests/fuzz/fuzz-$t" -max_total_time="$seconds" -timeout="$timeout" \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$findings/" $dict "$work" || status=1
done
exit $status
