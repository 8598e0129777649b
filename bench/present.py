#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Corro's presenting benchmark: prints figures, never asserts.

Runs bench-present (bench/bench-present.c, built with the tests), which opens the real
presenter's and group's windows in one process with a generated 640x360 clip, sound sent
to a fake sink, and times by the windows' frame clocks:
Space on a clip segment -> the first new frame painted on the group's window (target
under 150 ms), Right -> the next segment painted on the presenter's window (target under
50 ms), and Right onto a clip -> its first frame on the group's window.  Medians of
--runs runs (at least 10).  Under a private Xvfb when there is no display.

    build-aux/dev bench                  (every benchmark)
    /usr/bin/python3 bench/present.py --build _build [--runs 12]
"""

import argparse
import os
import shutil
import subprocess
import sys


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(root, "_build"),
                        help="the meson build folder")
    parser.add_argument("--runs", type=int, default=12, help="runs per figure (at least 10)")
    args, _ = parser.parse_known_args()

    build = os.path.abspath(args.build)
    exe = os.path.join(build, "tests", "bench-present")
    if not os.path.exists(exe):
        print(f"present: {exe} is missing; build first (meson compile -C {build})",
              file=sys.stderr)
        return 1

    env = dict(os.environ,
               CORRO_AUDIO_SINK="fakeaudiosink", LANG="C.UTF-8", LANGUAGE="en",
               GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"), GSETTINGS_BACKEND="memory",
               CORRO_LOCALEDIR=os.path.join(build, "po"), GSK_RENDERER="cairo",
               GTK_A11Y="none", NO_AT_BRIDGE="1")
    env.pop("G_MESSAGES_DEBUG", None)
    command = [exe, f"--runs={max(args.runs, 10)}"]
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        if shutil.which("xvfb-run") is None:
            print("present: needs a display or xvfb-run (Debian package xvfb)", file=sys.stderr)
            return 1
        command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"] + command

    print("== present: Space -> first frame, Right -> next segment (real windows)", flush=True)
    try:
        return subprocess.run(command, env=env, timeout=300).returncode
    except subprocess.TimeoutExpired:
        print("present: gave up after 300 s", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
