#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Corro's media benchmark: prints figures, never asserts.

Runs bench-media (bench/bench-media.c, built with the tests), which generates its own
clips and measures CorroPlayer, with sound sent to a fake sink: load -> first frame
against a plain playbin for WebM, MP4, MPEG PS and Matroska (A B A B, medians, ratios
against the 0.8 target), Play -> next frame, the error of 50 pause-point stops, and, in
a fresh process, resident memory while playing 1280x720 (target under 150 MB) and after
10, 100 and 1,000 clip changes (target flat). 1,000 changes take about 100 s here.

    build-aux/dev bench                  (every benchmark)
    /usr/bin/python3 bench/media.py --build _build [--only first-frame|play|pause|memory]
"""

import argparse
import os
import subprocess
import sys


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(root, "_build"),
                        help="the meson build folder")
    parser.add_argument("--only", help="first-frame, play, pause or memory")
    parser.add_argument("--changes", type=int, default=1000,
                        help="clip changes for the memory figure")
    args, _ = parser.parse_known_args()

    exe = os.path.join(args.build, "tests", "bench-media")
    if not os.path.exists(exe):
        print(f"media: {exe} is missing; build first (meson compile -C {args.build})",
              file=sys.stderr)
        return 1

    env = dict(os.environ, CORRO_AUDIO_SINK="fakeaudiosink", LANG="C.UTF-8")
    env.pop("G_MESSAGES_DEBUG", None)
    command = [exe, f"--changes={args.changes}"]
    if args.only:
        command.append(f"--only={args.only}")

    print("== media: CorroPlayer (in-process, no display)", flush=True)
    return subprocess.run(command, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
