#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: drive the real Corro binary through the accessibility tree.

Starts Corro on a fresh database, checks that the Programme page lists the eight
chapters in order (Spanish titles when the environment asks for Spanish, as GLib
decides it: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG), clicks the Groups
row in the sidebar, checks that the empty state comes into view, and quits with
Ctrl+Q.  Every wait is bounded (HARD_LIMIT seconds in all) and the app is always
killed.

Usage (needs an X display and a D-Bus session bus; GTK_A11Y must not be "none"):

    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \\
        /usr/bin/python3 tests/e2e/chapters.py _build/src/corro

with GSETTINGS_SCHEMA_DIR, CORRO_LOCALEDIR and GSK_RENDERER=cairo in the environment.
Exit status: 0 on success, 1 on failure (with a FAIL: line saying why), 2 on bad usage.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

# Generous on purpose (each wait ends as soon as its condition holds): the journey took
# 17.5 s on a loaded 2-core machine, near the old 20 s watchdog, which also fired before
# its own 40 s TIMEOUT could.
TIMEOUT = 100.0         # seconds for all the steps up to Ctrl+Q, together
QUIT_TIMEOUT = 10.0     # seconds for the app to exit after Ctrl+Q
HARD_LIMIT = 110.0      # the watchdog ends everything after this, stuck D-Bus calls included
POLL = 0.05             # seconds between looks at the tree

APP_ID = "io.github.corro.Corro"
# Names GTK may register the app under on the a11y bus (4.8 uses the program name).
APP_NAMES = ("corro", "Corro", APP_ID)

CHAPTERS = [
    ("Welcome to the Circle of Security", "Bienvenida al Círculo de Seguridad"),
    ("Exploring our children\u2019s needs", "Explorando las necesidades de nuestros hijos"),
    ("Being-With on the Circle", "Estar-con en el Círculo"),
    ("Being-With infants on the Circle", "Estar-con los bebés en el Círculo"),
    ("The path to security", "El camino hacia la seguridad"),
    ("Exploring our struggles", "Explorando nuestras dificultades"),
    ("Rupture and repair", "Ruptura y reparación"),
    ("Summary and celebration", "Resumen y celebración"),
]

UI = {
    "en": {"chapters": "Chapters", "places": "Places", "groups": "Groups",
           "programme": "Programme", "segments": "Segments",
           "empty": "No Groups Yet"},
    "es": {"chapters": "Capítulos", "places": "Lugares", "groups": "Grupos",
           "programme": "Programa", "segments": "Partes de la sesión",
           "empty": "Aún no hay grupos"},
}

# dogtail: no a11y gsettings check (there is no GNOME session), no log files, short delays.
from dogtail.config import config  # noqa: E402

config.checkForA11y = False
config.logDebugToFile = False
config.logDebugToStdOut = False
config.actionDelay = 0.1
config.defaultDelay = 0.1
config.searchBackoffDuration = 0.1


# Chapter 3's session plan as Corro ships it, in each content language.
CHAPTER_3 = {
    "en": ["Welcome and check-in", "Staying with feelings", "Being-With", "Reflecting together",
           "Break", "Practising with the Circle", "Handout for the week", "Closing"],
    "es": ["Bienvenida y saludo inicial", "Quedarse con los sentimientos", "Estar-con",
           "Reflexionar juntos", "Descanso", "Practicar con el Círculo",
           "Material para la semana", "Cierre"],
}


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
        while True:
            if self.proc.poll() is not None:
                raise TestFailure(f"corro exited (status {self.proc.returncode}) while {what}")
            try:
                result = func()
            except Exception:  # nodes come and go while the window is built
                result = None
            if result:
                return result
            if time.monotonic() > self.deadline:
                extra = ""
                if hint is not None:
                    try:
                        extra = "; " + hint()
                    except Exception:
                        pass
                raise TestFailure(f"timed out while {what}{extra}")
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

    def click(self, node):
        ext = self.extents(node)
        x0, y0 = self.window_origin()
        rawinput.click(x0 + ext.x + ext.width // 2, y0 + ext.y + ext.height // 2)

    # the test

    def run(self):
        s = self.strings
        print(f"language: {self.language}")
        tree.root.children  # start the a11y bus and registry before the app registers

        self.proc = subprocess.Popen([self.binary], env=self.child_env(),
                                     stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)

        app = self.wait_for("looking for the app on the a11y bus", self.find_app)
        self.app_pid = app.get_process_id()
        print(f"a11y application: {app.name!r} (pid {self.app_pid}) "
              f"after {time.monotonic() - self.start:.2f} s")

        # The chapter list: the list that fills with eight rows; then check its label.
        def lists():
            return app.findChildren(lambda n: n.roleName == "list")

        def lists_found():
            return "lists found: " + repr([(b.name, len(self.list_items(b))) for b in lists()])

        def chapter_list():
            # Other lists may have as many rows (the Clips page); prefer the one named
            # for the chapters, and report a wrong name only when there is no other.
            full = [b for b in lists() if len(self.list_items(b)) >= len(CHAPTERS)]
            named = [b for b in full if b.name == s["chapters"]]
            return (named or full or [None])[0]

        box = self.wait_for("looking for the chapter list with 8 rows", chapter_list,
                            lists_found)
        if box.name != s["chapters"]:
            raise TestFailure(f"the chapter list is labelled {box.name!r}, "
                              f"not {s['chapters']!r}")
        column = 1 if self.language == "es" else 0
        expected = [chapter[column] for chapter in CHAPTERS]
        found = [self.row_text(row) for row in self.list_items(box)]
        if found != expected:
            raise TestFailure("chapter titles differ:\n  expected " + repr(expected) +
                              "\n  found    " + repr(found))
        print(f"chapters: {len(found)} titles in order")

        # The empty state of the Groups page exists but is not in view yet.
        empty = self.wait_for(f"looking for the {s['empty']!r} label",
                              lambda: self.find(app, "label", s["empty"]))
        if self.is_showing(empty):
            raise TestFailure(f"{s['empty']!r} is showing before Groups was chosen")

        # The Groups row of the sidebar, once it has been laid out.
        def groups_row():
            places = self.find(app, "list", s["places"])
            if places is None:
                return None
            for row in self.list_items(places):
                if row.name == s["groups"] or self.find(row, "label", s["groups"]):
                    return row if self.is_showing(row) else None
            return None

        row = self.wait_for(f"looking for the {s['groups']!r} row in {s['places']!r}",
                            groups_row, lists_found)
        self.step = f"clicking {s['groups']!r}"
        self.click(row)
        self.wait_for(f"waiting for {s['empty']!r} to show", lambda: self.is_showing(empty))
        print(f"groups: {s['empty']!r} is showing")

        # Back to the Programme, open chapter 3 and read its session plan.
        def place_row(name):
            places = self.find(app, "list", s["places"])
            for row in self.list_items(places) if places is not None else []:
                if row.name == name or self.find(row, "label", name):
                    return row if self.is_showing(row) else None
            return None

        self.step = f"clicking {s['programme']!r}"
        self.click(self.wait_for(f"looking for the {s['programme']!r} row",
                                 lambda: place_row(s["programme"])))
        chapter_3 = self.wait_for("waiting for chapter 3 to show",
                                  lambda: next((r for r in self.list_items(box)
                                                if self.row_text(r) == expected[2]
                                                and self.is_showing(r)), None))
        self.step = f"opening chapter 3, {expected[2]!r}"
        self.click(chapter_3)

        def segment_list():
            found = self.find(app, "list", s["segments"])
            return found if found is not None and len(self.list_items(found)) >= 8 else None

        segments = self.wait_for(f"looking for the {s['segments']!r} list of chapter 3",
                                 segment_list, lists_found)
        titles = [self.row_text(row) for row in self.list_items(segments)]
        plan = CHAPTER_3[self.language]
        if titles != plan:
            raise TestFailure("chapter 3's segments differ:\n  expected " + repr(plan) +
                              "\n  found    " + repr(titles))
        print(f"chapter 3: {len(titles)} segments in order")

        # Quit with the keyboard shortcut; the app must exit cleanly on its own.
        self.step = "quitting with Ctrl+Q"
        rawinput.keyCombo("<Control>q")
        try:
            status = self.proc.wait(timeout=QUIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise TestFailure("corro did not quit on Ctrl+Q")
        if status != 0:
            raise TestFailure(f"corro exited with status {status}")
        print(f"quit: exit status 0 after {time.monotonic() - self.start:.2f} s in all")


def main():
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} PATH/TO/corro", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        print(f"FAIL: {binary} is not an executable", file=sys.stderr)
        return 2
    if os.environ.get("GTK_A11Y") == "none":
        print("note: ignoring GTK_A11Y=none for the app under test", file=sys.stderr)

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
