#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a window test on the display it is given, or on a private Xvfb when there is none.
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$@"
fi
exec xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
