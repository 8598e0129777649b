#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: present a group's session through the accessibility tree.

Writes the fictional demo (`corro --database DB --demo`, which has a running English
group), links the clip of the running group's first session not yet held to a clip
generated here (the store's clip_file table), starts the real binary on that database,
opens Groups, the running group, and presses the session's "Present Chapter N" button
("Presentar Capítulo N" in Spanish, whatever the group's language).  In the
presenter's window it moves through every segment with the Right key, reading the
"N of M" step label after each press; on the clip segment Space plays the clip and Space
again pauses it (read from the clip timeline's value); it leaves with Esc.  The app must land on that
session's page with the Attendance tab chosen; after Ctrl+Q the database must record the
session as held, with start and end times.  Every wait is bounded and the app is always
killed.

Usage (needs an X display and a D-Bus session bus; GTK_A11Y must not be "none"):

    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \\
        /usr/bin/python3 tests/e2e/present.py _build/src/corro

with GSETTINGS_SCHEMA_DIR, CORRO_LOCALEDIR and GSK_RENDERER=cairo in the environment.
Needs gst-launch-1.0 (gstreamer1.0-tools) and xdotool: without them it fails.
Exit status: 0 on success, 1 on failure (with a FAIL: line saying why), 2 on bad usage.
"""

import gettext
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

# Bounds for a loaded machine (2 cores shared by several builds): every wait returns as
# soon as its condition holds, so they cost nothing when all is well. One step may take
# STEP_TIMEOUT (the a11y tree of a window being built can take tens of seconds under
# load); all of them together TIMEOUT; the watchdog, for a D-Bus call that never
# returns, HARD_LIMIT; meson's own timeout for the test is above that.
STEP_TIMEOUT = 60.0     # seconds for any one step
TIMEOUT = 200.0         # seconds for all the steps up to Ctrl+Q, together
QUIT_TIMEOUT = 30.0     # seconds for the app to exit after Ctrl+Q (the day's backup runs)
HARD_LIMIT = 240.0      # the watchdog ends everything after this, stuck D-Bus calls included
POLL = 0.05             # seconds between looks at the tree

APP_ID = "io.github.corro.Corro"
# Names GTK may register the app under on the a11y bus (4.8 uses the program name).
APP_NAMES = ("corro", "Corro", APP_ID)

UI = {
    "en": {"places": "Places", "groups": "Groups", "present": "Present {}",
           "preflight": "Before Presenting", "anyway": "Present Anyway",
           "end": "End Session", "record": "Record as Held",
           "end_key": "<Alt>e", "record_key": "Return",
           "step": r"^(\d+) of (\d+) · ", "attendance": "Attendance"},
    "es": {"places": "Lugares", "groups": "Grupos", "present": "Presentar {}",
           "preflight": "Antes de presentar", "anyway": "Presentar de todos modos",
           "end": "Terminar sesión", "record": "Registrar como realizada",
           "end_key": "<Alt>t", "record_key": "Return",
           "step": r"^(\d+) de (\d+) · ", "attendance": "Asistencia"},
}

# dogtail: no a11y gsettings check (there is no GNOME session), no log files, short delays.
from dogtail.config import config  # noqa: E402

config.checkForA11y = False
config.logDebugToFile = False
config.logDebugToStdOut = False
config.actionDelay = 0.1
config.defaultDelay = 0.1
config.searchBackoffDuration = 0.1


def share_display_with_dbus():
    """Lets D-Bus-activated helpers (the a11y bus, at-spi2-registryd) reach our X display.

    Under `dbus-run-session -- xvfb-run ...` the session bus starts before DISPLAY is
    set, so the registry would start without one and could not synthesise clicks or
    keys.  This must run before anything touches the a11y bus.
    """
    from gi.repository import Gio, GLib

    env = {k: os.environ[k] for k in ("DISPLAY", "XAUTHORITY") if os.environ.get(k)}
    if not env:
        return
    try:
        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                      "UpdateActivationEnvironment", GLib.Variant("(a{ss})", (env,)),
                      None, Gio.DBusCallFlags.NONE, 2000, None)
    except GLib.Error as error:
        print(f"warning: could not pass DISPLAY to D-Bus activation: {error.message}",
              file=sys.stderr)


share_display_with_dbus()

import pyatspi  # noqa: E402
from dogtail import rawinput, tree  # noqa: E402
import cleanlog  # noqa: E402


class TestFailure(Exception):
    pass


class Test:
    def __init__(self, binary):
        self.binary = binary
        self.language = self.content_language()
        self.strings = UI[self.language]
        self.tmpdir = tempfile.mkdtemp(prefix="corro-e2e-")
        self.log = open(os.path.join(self.tmpdir, "corro.log"), "w+b")
        self.proc = None
        self.app_pid = None
        self.step = "starting"
        self.start = time.monotonic()
        self.deadline = self.start + TIMEOUT

    @staticmethod
    def content_language():
        # The same order GLib's g_get_language_names() reads the environment in.
        for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var, "")
            if value:
                return "es" if value.startswith("es") else "en"
        return "en"

    # plumbing

    def child_env(self):
        env = dict(os.environ)
        env["CORRO_DATABASE"] = os.path.join(self.tmpdir, "corro.db")
        env["XDG_CONFIG_HOME"] = os.path.join(self.tmpdir, "config")
        env["XDG_DATA_HOME"] = os.path.join(self.tmpdir, "data")
        env.setdefault("GSETTINGS_BACKEND", "memory")  # no window state from earlier runs
        env.pop("GTK_A11Y", None)  # "none" would leave nothing to test
        # gettext ignores LANGUAGE in the C locale, so give the app a real one.
        messages = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or "C"
        if env.get("LANGUAGE") and messages.split(".")[0] in ("C", "POSIX"):
            env["LC_ALL"] = "C.UTF-8"
        return env

    def kill(self):
        # The app runs in its own session: kill its whole process group, wrappers and all.
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if self.proc.poll() is None:  # not a group leader after all
            self.proc.kill()
        self.proc.wait()

    def cleanup(self):
        self.kill()
        self.log.close()
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def app_output(self):
        self.log.flush()
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace").strip()

    def watchdog(self):
        # A blocked D-Bus call cannot be interrupted from the main thread: give up from here.
        print(f"FAIL: stuck for {HARD_LIMIT:.0f} s in all while {self.step}", flush=True)
        output = self.app_output()
        if output:
            print("--- corro output ---\n" + output, flush=True)
        self.cleanup()
        os._exit(1)

    def wait_for(self, what, func, hint=None):
        """Polls func() until it returns something true, within the deadline.

        On time-out, hint() (if given) may add what was found instead."""
        self.step = what
        step_deadline = min(self.deadline, time.monotonic() + STEP_TIMEOUT)
        while True:
            if self.proc.poll() is not None:
                raise TestFailure(f"corro exited (status {self.proc.returncode}) while {what}")
            try:
                result = func()
            except Exception:  # nodes come and go while the window is built
                result = None
            if result:
                return result
            if time.monotonic() > step_deadline:
                extra = ""
                if hint is not None:
                    try:
                        extra = "; " + hint()
                    except Exception:
                        pass
                raise TestFailure(f"timed out after {time.monotonic() - self.start:.0f} s in all "
                                  f"while {what}{extra}")
            time.sleep(POLL)

    # a11y helpers

    def find_app(self):
        # Match by process id first; the name is only a fallback (it differs by GTK version).
        apps = [a for a in tree.root.children if a is not None]
        for app in apps:
            if app.get_process_id() == self.proc.pid:
                return app
        for app in apps:
            if app.name in APP_NAMES:
                return app
        return None

    @staticmethod
    def find(node, role, name):
        return node.findChild(lambda n: n.roleName == role and n.name == name,
                              retry=False, requireResult=False)

    @staticmethod
    def list_items(listbox):
        return [c for c in listbox.children if c is not None and c.roleName == "list item"]

    @staticmethod
    def row_text(row):
        # AdwActionRow names itself after its title; fall back to its first wordy label.
        if row.name:
            return row.name
        labels = row.findChildren(lambda n: n.roleName == "label" and not n.name.isdigit())
        return labels[0].name if labels else ""

    @staticmethod
    def extents(node):
        # GTK 4.8 only knows window coordinates (screen ones log a warning and are wrong).
        return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)

    def is_showing(self, node):
        # GTK 4.8 sets SHOWING on windows only, so also take a real allocation as showing.
        if node.getState().contains(pyatspi.STATE_SHOWING):
            return True
        ext = self.extents(node)
        return ext.width > 0 and ext.height > 0

    def window_origin(self):
        # Screen position of the app's X window, to turn window coordinates into screen ones.
        if shutil.which("xdotool") is None:
            return 0, 0
        try:
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                  str(self.app_pid), "getwindowgeometry", "--shell"],
                                 capture_output=True, text=True, timeout=2).stdout
        except subprocess.TimeoutExpired:
            return 0, 0
        geometry = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return int(geometry.get("X", 0)), int(geometry.get("Y", 0))

    def click(self, node, window=None):
        ext = self.extents(node)
        x0, y0 = self.window_origin() if window is None else self.named_window_origin(window)
        rawinput.click(x0 + ext.x + ext.width // 2, y0 + ext.y + ext.height // 2)

    def named_window_origin(self, name):
        ids = self.xdotool("search", "--all", "--onlyvisible", "--pid", str(self.app_pid),
                           "--name", f"^{re.escape(name)}$")
        if not ids:
            return 0, 0
        out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", ids[0]],
                             capture_output=True, text=True, timeout=2).stdout
        geometry = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return int(geometry.get("X", 0)), int(geometry.get("Y", 0))

    def xdotool(self, *args):
        return subprocess.run(["xdotool", *args], capture_output=True, text=True,
                              timeout=5).stdout.split()

    def focus_window(self, name):
        """Gives the keyboard to the app's window called @name (there is no window manager)."""
        ids = self.xdotool("search", "--all", "--onlyvisible", "--pid", str(self.app_pid),
                           "--name", f"^{re.escape(name)}$")
        if not ids:
            return False
        subprocess.run(["xdotool", "windowraise", ids[0], "windowfocus", "--sync", ids[0]],
                       capture_output=True, timeout=5)
        return True

    def prepare_database(self):
        """The demo, and the running group's first session not held linked to a clip."""
        db = os.path.join(self.tmpdir, "corro.db")
        self.db = db
        result = subprocess.run([self.binary, "--database", db, "--demo"],
                                env=self.child_env(), capture_output=True, text=True,
                                timeout=20)
        if result.returncode != 0:
            raise TestFailure(f"corro --demo failed: {result.stderr.strip()}")
        problem = cleanlog.failure(result.stderr, "corro --demo")
        if problem:
            raise TestFailure(problem)
        con = sqlite3.connect(db)
        try:
            row = con.execute("SELECT id, name, language FROM grp WHERE status = 'running' "
                              "ORDER BY id LIMIT 1").fetchone()
            if row is None:
                raise TestFailure("the demo has no running group")
            group_id, self.group_name, self.group_language = row
            row = con.execute("SELECT id, chapter FROM session WHERE group_id = ? AND held = 0 "
                              "ORDER BY date LIMIT 1", (group_id,)).fetchone()
            if row is None:
                raise TestFailure(f"the group {self.group_name!r} has no session to hold")
            self.session_id, self.chapter = row
            plan = con.execute("SELECT plan FROM chapter WHERE number = ?",
                               (self.chapter,)).fetchone()
            segments = json.loads(plan[0]).get("segments", []) if plan else []
            keys = [seg["clip"]["key"] for seg in segments if isinstance(seg.get("clip"), dict)]
            self.clip_step = next((i + 1 for i, seg in enumerate(segments)
                                   if isinstance(seg.get("clip"), dict)), 0)
            if not keys:
                raise TestFailure(f"chapter {self.chapter}'s plan has no clip segment")
            clip = self.make_clip()
            con.execute("INSERT OR REPLACE INTO clip_file (key, uri) VALUES (?, ?)",
                        (keys[0], "file://" + clip))
            con.commit()
        finally:
            con.close()
        print(f"database: {self.group_name!r}, session {self.session_id} (chapter "
              f"{self.chapter}), clip {keys[0]!r} linked to a generated clip")

    def make_clip(self):
        path = os.path.join(self.tmpdir, "clip.webm")
        result = subprocess.run(
            ["gst-launch-1.0", "-q", "videotestsrc", "num-buffers=300", "!",
             "video/x-raw,width=320,height=180,framerate=30/1", "!", "timeoverlay", "!",
             "vp8enc", "deadline=1", "!", "webmmux", "!", "filesink", f"location={path}"],
            capture_output=True, text=True, timeout=30)
        if result.returncode != 0 or not os.path.getsize(path):
            raise TestFailure(f"could not generate a clip: {result.stderr.strip()}")
        return path

    def catalogue(self):
        try:
            return gettext.translation("corro", os.environ.get("CORRO_LOCALEDIR"),
                                       languages=[self.language])
        except (OSError, TypeError):
            return gettext.NullTranslations()

    def play_and_pause(self, app, label):
        """On the clip segment: Space plays the generated clip, Space again pauses it.

        Read from the clip's timeline (a slider; its value is the position in seconds)."""
        def timeline():
            for node in app.findChildren(lambda n: n.roleName == "slider"):
                if self.is_showing(node) and node.queryValue().maximumValue > 0:
                    return node
            return None

        def sliders_found():
            return "sliders: " + repr([(self.is_showing(n), n.queryValue().maximumValue,
                                        n.queryValue().currentValue)
                                       for n in app.findChildren(lambda n: n.roleName == "slider")])

        slider = self.wait_for(f"waiting for the clip of step {self.clip_step} to be ready",
                               timeline, sliders_found)
        start = slider.queryValue().currentValue
        self.focus_window(label)
        self.step = "pressing Space to play"
        rawinput.pressKey("space")
        self.wait_for("waiting for the clip to play",
                      lambda: slider.queryValue().currentValue > start + 0.5,
                      lambda: f"the timeline stays at {slider.queryValue().currentValue:.2f} s")
        self.focus_window(label)
        self.step = "pressing Space to pause"
        rawinput.pressKey("space")
        time.sleep(0.3)
        paused_at = slider.queryValue().currentValue
        time.sleep(1.0)
        now = slider.queryValue().currentValue
        if abs(now - paused_at) > 0.2:
            raise TestFailure(f"the clip went on after Space: {paused_at:.2f} s, then {now:.2f} s")
        print(f"Space: the clip played from {start:.2f} s and paused at {paused_at:.2f} s")

    # the test

    def run(self):
        s = self.strings
        print(f"language: {self.language}")
        self.prepare_database()
        # The presenter is in the group's language; the group page speaks the interface's.
        label = ("Capítulo {}" if self.group_language == "es" else "Chapter {}").format(
            self.chapter)
        present_name = s["present"].format(
            ("Capítulo {}" if self.language == "es" else "Chapter {}").format(self.chapter))
        tree.root.children  # start the a11y bus and registry before the app registers

        env = self.child_env()
        env["CORRO_DATABASE"] = self.db
        env["CORRO_AUDIO_SINK"] = "fakeaudiosink"
        self.proc = subprocess.Popen([self.binary], env=env,
                                     stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        app = self.wait_for("looking for the app on the a11y bus", self.find_app)
        self.app_pid = app.get_process_id()
        print(f"a11y application: {app.name!r} (pid {self.app_pid}) "
              f"after {time.monotonic() - self.start:.2f} s")

        def place_row(name):
            places = self.find(app, "list", s["places"])
            for row in self.list_items(places) if places is not None else []:
                if row.name == name or self.find(row, "label", name):
                    return row if self.is_showing(row) else None
            return None

        self.step = f"clicking {s['groups']!r}"
        self.click(self.wait_for(f"looking for the {s['groups']!r} row",
                                 lambda: place_row(s["groups"])))

        def group_row():
            for row in app.findChildren(lambda n: n.roleName == "list item"
                                        and self.row_text(n) == self.group_name):
                if self.is_showing(row):
                    return row
            return None

        row = self.wait_for(f"looking for the group {self.group_name!r}", group_row)
        self.step = f"opening {self.group_name!r}"
        self.click(row)

        def present_button():
            # GTK 4.8 appends the button's own text to its accessible label:
            # "Present Chapter 4 Present".
            button = app.findChild(lambda n: n.roleName == "push button"
                                   and (n.name == present_name
                                        or (n.name or "").startswith(present_name + " ")),
                                   retry=False, requireResult=False)
            return button if button is not None and self.is_showing(button) else None

        def buttons_found():
            return "buttons: " + repr(sorted({b.name for b in app.findChildren(
                lambda n: n.roleName == "push button") if b.name})[:40])

        button = self.wait_for(f"looking for the {present_name!r} button", present_button,
                               buttons_found)
        self.step = f"pressing {present_name!r}"
        self.click(button)

        # The pre-flight check lists the generated clip: seconds long, while the plan
        # pauses it minutes in. The facilitator presents anyway.
        def anyway_button():
            # GTK 4.8 names it by its label, then its text: "Present _Anyway Present Anyway".
            button = app.findChild(lambda n: n.roleName == "push button"
                                   and (n.name or "").endswith(" " + s["anyway"]),
                                   retry=False, requireResult=False)
            return button if button is not None and self.is_showing(button) else None

        anyway = self.wait_for(f"waiting for the pre-flight check's {s['anyway']!r}",
                               anyway_button, buttons_found)
        self.step = f"pressing {s['anyway']!r}"
        self.click(anyway, s["preflight"])

        # The presenter's window is named after the chapter; give it the keyboard.
        self.wait_for(f"waiting for the presenter's window {label!r}",
                      lambda: self.focus_window(label))
        step_re = re.compile(s["step"])

        def step_label():
            for node in app.findChildren(lambda n: n.roleName == "label"
                                         and step_re.match(n.name or "")):
                m = step_re.match(node.name)
                return int(m.group(1)), int(m.group(2))
            return None

        position, total = self.wait_for("reading the presenter's step label", step_label)
        if position != 1:
            raise TestFailure(f"presenting started on step {position} of {total}, not 1")
        print(f"presenting {label}: step 1 of {total}")
        for expected in range(2, total + 1):
            self.focus_window(label)
            if expected - 1 == self.clip_step:
                # In a clip, Right steps through it (plays on) and does not leave it;
                # Ctrl+Right does.
                self.step = f"pressing Ctrl+Right to leave the clip for step {expected}"
                self.xdotool("key", "ctrl+Right")
            else:
                self.step = f"pressing Right for step {expected}"
                rawinput.pressKey("Right")
            self.wait_for(f"waiting for step {expected} of {total}",
                          lambda: (step_label() or (0, 0))[0] == expected or None,
                          lambda: f"the label says {step_label()}")
            if expected == self.clip_step:
                self.play_and_pause(app, label)
        print(f"Right: went through all {total} steps")

        self.focus_window(label)
        self.step = "pressing Esc"
        rawinput.pressKey("Escape")

        # Esc asks before ending; then the facilitator records the session as held.
        def dialog_button(text):
            # GTK 4.8 names a mnemonic button by its label, then its text.
            button = app.findChild(lambda n: n.roleName == "push button"
                                   and ((n.name or "") == text
                                        or (n.name or "").endswith(" " + text)),
                                   retry=False, requireResult=False)
            return button if button is not None and self.is_showing(button) else None

        for key in ("end", "record"):
            button = self.wait_for(f"waiting for the {s[key]!r} button",
                                   lambda: dialog_button(s[key]),
                                   lambda: "buttons: " + repr(sorted({b.name for b in app.findChildren(
                                       lambda n: n.roleName == "push button") if b.name})[:60]))
            # The keys a facilitator uses: the button's mnemonic, or Enter for the default.
            self.step = f"pressing {s[key + '_key']} for {s[key]!r}"
            rawinput.keyCombo(s[key + "_key"])
            print(f"dialog: {s[key + '_key']} for {s[key]!r}", flush=True)

        def attendance_tab():
            for node in app.findChildren(lambda n: n.roleName in ("toggle button", "push button",
                                                                  "page tab", "radio button")
                                         and (n.name or "").replace("_", "") == s["attendance"]):
                state = node.getState()
                if (state.contains(pyatspi.STATE_CHECKED) or state.contains(pyatspi.STATE_PRESSED)
                        or state.contains(pyatspi.STATE_SELECTED)) and self.is_showing(node):
                    return node
            return None

        def tabs_found():
            return "found: " + repr([(n.roleName, n.name, n.getState().getStates()) for n in
                                     app.findChildren(lambda n: (n.name or "").replace("_", "")
                                                      == s["attendance"])])

        self.wait_for(f"waiting for the {s['attendance']!r} tab", attendance_tab, tabs_found)
        gone = self.wait_for("waiting for the presenter's window to close",
                             lambda: not self.xdotool("search", "--all", "--onlyvisible", "--pid",
                                                      str(self.app_pid), "--name",
                                                      f"^{re.escape(label)}$"))
        print(f"Esc: the session's {s['attendance']!r} tab is showing")

        self.step = "quitting with Ctrl+Q"
        ids = self.xdotool("search", "--all", "--onlyvisible", "--pid", str(self.app_pid))
        if ids:
            subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], capture_output=True,
                           timeout=5)
        rawinput.keyCombo("<Control>q")
        try:
            status = self.proc.wait(timeout=QUIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise TestFailure("corro did not quit on Ctrl+Q")
        if status != 0:
            raise TestFailure(f"corro exited with status {status}")

        con = sqlite3.connect(self.db)
        try:
            held, started, ended = con.execute(
                "SELECT held, started_at, ended_at FROM session WHERE id = ?",
                (self.session_id,)).fetchone()
        finally:
            con.close()
        times = re.compile(r"^[0-2][0-9]:[0-5][0-9]$")
        if held != 1 or not times.match(started or "") or not times.match(ended or ""):
            raise TestFailure(f"session {self.session_id} is not recorded as held with times: "
                              f"held={held} started_at={started!r} ended_at={ended!r}")
        print(f"database: session {self.session_id} held, {started}–{ended}")
        print(f"quit: exit status 0 after {time.monotonic() - self.start:.2f} s in all")


def main():
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} PATH/TO/corro", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        print(f"FAIL: {binary} is not an executable", file=sys.stderr)
        return 2
    for tool, package in (("xdotool", "xdotool"), ("gst-launch-1.0", "gstreamer1.0-tools")):
        if shutil.which(tool) is None:
            print(f"FAIL: {tool} is missing (Debian package {package})", flush=True)
            return 1

    test = Test(binary)
    timer = threading.Timer(HARD_LIMIT, test.watchdog)
    timer.daemon = True
    timer.start()
    # SIGTERM (e.g. from a CI timeout) must not leave the app behind either.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        test.run()
        # Whatever the journey did, the app may not have printed a warning or critical.
        problem = cleanlog.failure(test.app_output())
        if problem:
            raise TestFailure(problem)
    except Exception as error:  # TestFailure, or the a11y tree misbehaving
        if isinstance(error, TestFailure):
            print(f"FAIL: {error}", flush=True)
        else:
            import traceback
            traceback.print_exc()
            print(f"FAIL: {type(error).__name__} while {test.step}: {error}", flush=True)
        output = test.app_output()
        if output:
            print("--- corro output ---\n" + output, flush=True)
        return 1
    finally:
        timer.cancel()
        test.cleanup()
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
