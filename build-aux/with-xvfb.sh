#!/bin/sh
# Runs a command inside a private Xvfb server: with-xvfb.sh COMMAND [ARGS…]
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The server picks a free display itself (-displayfd), so tests running in
# parallel never race for the same display number, as `xvfb-run -a` can.

set -eu

fifo_dir=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; rm -rf "$fifo_dir"' EXIT
mkfifo "$fifo_dir/display"

Xvfb -displayfd 3 -screen 0 1600x1200x24 -nolisten tcp -noreset \
  3>"$fifo_dir/display" 2>"$fifo_dir/xvfb.log" &
xvfb_pid=$!

if ! read -r display_number < "$fifo_dir/display"; then
  echo "with-xvfb: Xvfb did not start:" >&2
  cat "$fifo_dir/xvfb.log" >&2
  exit 1
fi

# GTK picks Wayland first when WAYLAND_DISPLAY is set (a test started from a
# desktop session): pin X11, so the test draws on this server only.
unset WAYLAND_DISPLAY
GDK_BACKEND=x11 DISPLAY=":$display_number" "$@"
