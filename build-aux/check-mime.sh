#!/bin/sh
# Checks Guarantor's shared-mime-info package: check-mime.sh PACKAGE.xml
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Compiles the package alone into a temporary MIME database and checks that
# it claims *.guarantor.json as application/x-guarantor-scenario, a kind of
# JSON, and no other glob (a plain .json file is not ours).

set -eu

package=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/packages"
cp "$package" "$dir/packages/"
update-mime-database "$dir"

fail () {
  echo "check-mime: $*" >&2
  exit 1
}

grep -qx '60:application/x-guarantor-scenario:\*\.guarantor\.json' "$dir/globs2" \
  || fail "no *.guarantor.json glob in $dir/globs2"
[ "$(grep -c 'application/x-guarantor-scenario' "$dir/globs2")" = 1 ] \
  || fail "more than one glob for the scenario type"
grep -qx 'application/x-guarantor-scenario application/json' "$dir/subclasses" \
  || fail "the scenario type is not a subclass of application/json"
echo "ok: *.guarantor.json is application/x-guarantor-scenario"
