#!/bin/sh
# Runs a command inside a private Xvfb server:
#   with-xvfb.sh COMMAND [ARGS…]
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The server picks a free display itself (-displayfd), so tests running in
# parallel never race for the same display number, as `xvfb-run -a` can.

set -eu

# Room for a 1920 × 1080 window, the largest size the tests check.
screen=1920x1200x24

fifo_dir=$(mktemp -d)
xvfb_pid=

# Stops the server within a bounded time: SIGTERM, up to 5 s for it to go,
# then SIGKILL.  An unbounded `wait` here once held a finished test until
# meson's timeout.
stop_xvfb () {
  if [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; then
    tries=0
    while kill -0 "$xvfb_pid" 2>/dev/null && [ "$tries" -lt 50 ]; do
      sleep 0.1
      tries=$((tries + 1))
    done
    kill -KILL "$xvfb_pid" 2>/dev/null || true
  fi
  rm -rf "$fifo_dir"
}
trap stop_xvfb EXIT
mkfifo "$fifo_dir/display"

# The server and the xkbcomp it runs keep no copy of the test's stdout:
# meson reads the test's output until every writer has closed it.
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset \
  3>"$fifo_dir/display" </dev/null >/dev/null 2>"$fifo_dir/xvfb.log" &
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
