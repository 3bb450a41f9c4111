#!/bin/sh
# Installs the Debian 12 packages Guarantor needs to build, run and test.
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Quick when nothing is missing: it asks dpkg, and only calls apt-get for
# packages that are not installed.  As a non-root user it prints the exact
# command to run and fails.

set -eu

PACKAGES="
  build-essential pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin
  libgtk-4-dev libadwaita-1-dev libshumate-dev libjson-glib-dev libepoxy-dev
  libcairo2-dev libpango1.0-dev libfontconfig-dev libpng-dev zlib1g-dev
  desktop-file-utils appstream-util libxml2-utils
  xvfb xauth libgl1-mesa-dri dbus dbus-x11 at-spi2-core libx11-dev libxtst6
  fonts-dejavu-core fonts-cantarell
  poppler-utils imagemagick valgrind python3
  clang strace util-linux locales
"

# The Ukrainian interface is tried (and its screenshots taken) under
# uk_UA.UTF-8, whose number format differs from C's; a minimal Debian has
# no locale compiled but C.  Compiling one takes a second and touches only
# /usr/lib/locale, so root does it here; others are told how.
ensure_uk_locale () {
  locale -a 2>/dev/null | grep -qi '^uk_UA\.utf-\?8$' && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "guarantor: for Ukrainian number formats run: sudo localedef -i uk_UA -f UTF-8 uk_UA.UTF-8" >&2
    return 0
  fi
  localedef -i uk_UA -f UTF-8 uk_UA.UTF-8 || echo "guarantor: could not compile uk_UA.UTF-8" >&2
}

missing=""
for p in $PACKAGES; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing="$missing $p"
done

if [ -z "$missing" ]; then
  ensure_uk_locale
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "guarantor: missing Debian packages. Install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
  exit 1
fi

echo "guarantor: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends $missing
ensure_uk_locale
