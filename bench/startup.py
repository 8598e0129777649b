#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up benchmark: Corro against GNOME Text Editor.

Measures the time from starting the process to its window being mapped, alternating
the two apps (A B A B ...), and prints each run, the medians and their ratio, and
whether Corro meets its target: a median under 400 ms and no slower than GNOME Text
Editor.  Missing the target is reported, never an error.

    /usr/bin/python3 bench/startup.py [--runs N] [--warmup N] [PATH/TO/corro]

PATH/TO/corro defaults to _build/src/corro in the repository; GSETTINGS_SCHEMA_DIR and
CORRO_LOCALEDIR are set from its build folder.  Needs Xvfb (unless DISPLAY is set),
xdotool and dbus-daemon (unless DBUS_SESSION_BUS_ADDRESS is set).

How it measures:
  * If DISPLAY is unset the script starts its own `Xvfb -screen 0 1920x1080x24` on a free
    display number (and stops it at the end); with DISPLAY set it uses that display.
  * If no session bus is set it starts a private dbus-daemon for the whole benchmark.
  * Each run gets fresh XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_STATE_HOME (and Corro a
    fresh CORRO_DATABASE), so neither app restores state; both get GSK_RENDERER=cairo
    and GTK_A11Y=none.
  * The clock starts just before the process is spawned and stops when
    `xdotool search --onlyvisible --pid PID`, run again 5 ms after each miss, first finds
    a window.  The stop time is taken when that xdotool returns, so figures err on the
    slow side by up to one poll, for both apps alike; xdotool itself takes some 20 ms to
    run (the script prints what it measures).  The app is killed once its window maps.
  * --warmup runs of each app (default 1) go first and are not counted, so the first
    counted run does not pay for a cold disk cache.
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_MS = 400.0
POLL = 0.005            # seconds between xdotool polls
RUN_TIMEOUT = 15.0      # seconds an app may take to map its window before the run fails
EDITOR = "gnome-text-editor"


class Helpers:
    """The Xvfb and dbus-daemon this script starts, if any, stopped on exit."""

    def __init__(self):
        self.procs = []

    def start_xvfb(self):
        read_fd, write_fd = os.pipe()
        proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                                 "1920x1080x24", "-nolisten", "tcp", "-noreset"],
                                pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(write_fd)
        self.procs.append(proc)
        with os.fdopen(read_fd) as pipe:  # Xvfb writes its display number once it is ready
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        return ":" + number

    def start_dbus(self, env):
        proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True, start_new_session=True)
        self.procs.append(proc)
        address = proc.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        return address

    def stop(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self.procs.clear()


def build_dir_of(binary):
    """The meson build folder holding binary (the first parent with build.ninja)."""
    path = os.path.dirname(binary)
    while path != os.path.dirname(path):
        if os.path.exists(os.path.join(path, "build.ninja")):
            return path
        path = os.path.dirname(path)
    return None


POLL_COSTS = []          # how long each xdotool call took, to report the real resolution


def window_mapped(pid, env):
    start = time.monotonic()
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    POLL_COSTS.append(time.monotonic() - start)
    return result.returncode == 0 and result.stdout.strip() != b""


def kill(proc):
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def measure(argv, extra_env, base_env):
    """Starts argv in a fresh home, returns ms until its window maps (None on failure).

    "{tmp}" in extra_env's values stands for that run's fresh folder."""
    with tempfile.TemporaryDirectory(prefix="corro-bench-") as tmp:
        env = dict(base_env)
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            env[var] = os.path.join(tmp, var.lower())
            os.mkdir(env[var])
        env.update({k: v.replace("{tmp}", tmp) for k, v in extra_env.items()})

        log = open(os.path.join(tmp, "stderr"), "w+b")  # a file: a full pipe could stall it
        start = time.monotonic()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            while time.monotonic() - start < RUN_TIMEOUT:
                if window_mapped(proc.pid, env):
                    return (time.monotonic() - start) * 1000.0
                if proc.poll() is not None:
                    log.seek(0)
                    err = log.read().decode("utf-8", "replace").strip()
                    print(f"  {os.path.basename(argv[0])} exited with status "
                          f"{proc.returncode} before mapping a window" +
                          (f":\n{err}" if err else ""), file=sys.stderr)
                    return None
                time.sleep(POLL)
            print(f"  {os.path.basename(argv[0])}: no window after {RUN_TIMEOUT:.0f} s",
                  file=sys.stderr)
            return None
        finally:
            kill(proc)
            log.close()


def fmt(ms):
    return f"{ms:8.1f}" if ms is not None else "  failed"


def main():
    parser = argparse.ArgumentParser(description="Time Corro's start-up against "
                                     "GNOME Text Editor (process start to window mapped).")
    parser.add_argument("corro", nargs="?", default=None,
                        help="the corro binary (default: src/corro in the --build folder)")
    parser.add_argument("--build", default=os.path.join(REPO, "_build"),
                        help="the build folder, as build-aux/dev bench passes it "
                             "(default: _build in the repository)")
    parser.add_argument("--runs", type=int, default=7,
                        help="counted runs of each app, alternating (default 7, at least 5)")
    parser.add_argument("--warmup", type=int, default=1,
                        help="uncounted runs of each app first (default 1)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # keep the table and warnings in order
    if args.runs < 5:
        parser.error("--runs must be at least 5")

    corro = os.path.abspath(args.corro or os.path.join(args.build, "src", "corro"))
    if not os.access(corro, os.X_OK):
        parser.error(f"{corro} is not an executable; build it with ninja -C _build")
    for tool, needed in (("xdotool", True), ("Xvfb", not os.environ.get("DISPLAY")),
                         ("dbus-daemon", not os.environ.get("DBUS_SESSION_BUS_ADDRESS"))):
        if needed and shutil.which(tool) is None:
            parser.error(f"{tool} is needed")
    build = build_dir_of(corro)
    editor = shutil.which(EDITOR)

    helpers = Helpers()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        env = dict(os.environ, GSK_RENDERER="cairo", GTK_A11Y="none")
        notes = []
        if not env.get("DISPLAY"):
            env["DISPLAY"] = helpers.start_xvfb()
            notes.append(f"own Xvfb on {env['DISPLAY']} (1920x1080x24)")
        else:
            notes.append(f"display {env['DISPLAY']}")
        env.pop("WAYLAND_DISPLAY", None)  # measure on X, where xdotool can see the window
        env["GDK_BACKEND"] = "x11"
        if not env.get("DBUS_SESSION_BUS_ADDRESS"):
            env["DBUS_SESSION_BUS_ADDRESS"] = helpers.start_dbus(env)
            notes.append("own session bus")

        corro_env = {"CORRO_DATABASE": "{tmp}/corro.db"}
        if build is not None:
            corro_env["GSETTINGS_SCHEMA_DIR"] = os.path.join(build, "data")
            corro_env["CORRO_LOCALEDIR"] = os.path.join(build, "po")
        apps = [("corro", [corro], corro_env)]
        if editor is not None:
            apps.append((EDITOR, [editor], {}))
        else:
            notes.append(f"{EDITOR} is not installed: Corro's figures alone")
        print("Start-up to window mapped, in ms; " + "; ".join(notes) + ".")

        for _ in range(args.warmup):
            for name, argv, extra in apps:
                if measure(argv, extra, env) is None and name == "corro":
                    print("Corro did not start: no figures.")
                    return 1

        times = {name: [] for name, _argv, _extra in apps}
        header = "run " + "".join(f"{name:>20}" for name in times)
        print(header)
        for run in range(1, args.runs + 1):
            for name, argv, extra in apps:  # alternate: A B A B ...
                times[name].append(measure(argv, extra, env))
            print(f"{run:3} " + "".join(f"{fmt(times[name][-1]):>20}" for name in times),
                  flush=True)
    finally:
        helpers.stop()

    medians = {}
    for name, values in times.items():
        ok = [v for v in values if v is not None]
        medians[name] = statistics.median(ok) if ok else None
    print("med " + "".join(f"{fmt(medians[name]):>20}" for name in times))
    cost = statistics.median(POLL_COSTS) * 1000.0
    print(f"(one xdotool poll takes {cost:.0f} ms here, so a window is seen up to "
          f"{cost + POLL * 1000.0:.0f} ms after it maps: times are upper bounds)")

    corro_median = medians["corro"]
    if corro_median is None:
        print("Corro never mapped a window: no figures.")
        return 1
    editor_median = medians.get(EDITOR)
    if editor_median:
        ratio = corro_median / editor_median
        print(f"ratio corro/{EDITOR}: {ratio:.2f}")
        meets = corro_median < TARGET_MS and corro_median <= editor_median
        target = f"median under {TARGET_MS:.0f} ms and not slower than {EDITOR}"
    else:
        meets = corro_median < TARGET_MS
        target = f"median under {TARGET_MS:.0f} ms ({EDITOR} not measured)"
    print(f"target ({target}): {'meets target' if meets else 'misses target'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
