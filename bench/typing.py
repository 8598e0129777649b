#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Corro's typing benchmark: prints figures, never asserts.

Runs bench-typing (bench/bench-typing.c), which opens the real window on the synthetic
decade of records (500 groups, 20,000 reflections), shows a running group's session on
its Notes tab and types about 300 characters into the session reflection with real X key
events (xdotool, one key every --delay ms, 85 unless told), while a high-priority 1 ms
timeout records the gaps between main-loop iterations.  Prints the median, 99th
percentile and largest gap against the 16 ms target (the main loop never stalls for
more than a frame while typing), and the autosaves made.  Under a private Xvfb when
there is no display.

    build-aux/dev bench                  (every benchmark)
    /usr/bin/python3 bench/typing.py --build _build [--delay 85] [--keep DIR]
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
    parser.add_argument("--delay", type=int, default=85, help="milliseconds between keys")
    parser.add_argument("--keep", help="keep the synthetic decade in this folder")
    args, _ = parser.parse_known_args()

    build = os.path.abspath(args.build)
    exe = os.path.join(build, "bench", "bench-typing")
    if not os.path.exists(exe):
        print(f"typing: {exe} is missing; build first (meson compile -C {build})",
              file=sys.stderr)
        return 1

    env = dict(os.environ, LANG="C.UTF-8", LANGUAGE="en",
               GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"), GSETTINGS_BACKEND="memory",
               CORRO_LOCALEDIR=os.path.join(build, "po"), GSK_RENDERER="cairo",
               GTK_A11Y="none", NO_AT_BRIDGE="1")
    env.pop("G_MESSAGES_DEBUG", None)
    command = [exe, f"--delay={args.delay}"]
    if args.keep:
        command.append(f"--keep={os.path.abspath(args.keep)}")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        if shutil.which("xvfb-run") is None:
            print("typing: needs a display or xvfb-run (Debian package xvfb)", file=sys.stderr)
            return 1
        command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"] + command

    print("== typing: main-loop gaps while a note is typed and autosaved (real window)",
          flush=True)
    try:
        return subprocess.run(command, env=env, timeout=600).returncode
    except subprocess.TimeoutExpired:
        print("typing: gave up after 600 s", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
