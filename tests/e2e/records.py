#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: a session recorded and found again, through the accessibility tree.

The journey of issue 6, driven on the real Corro binary with a fresh database (in English
or Spanish, as GLib picks the language: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG):
Groups → "New Group…", type a name, Create; on the group's page "Add Participant…" twice;
open the first person's page from the group page and type their phone, the day they gave
consent (typed day/month/year) and what they consented to, then go back with Alt+Left; open chapter 1's session; on
Attendance press the language's key for Present for the first person and for Absent for the
second (real key presses); on Notes type a session reflection naming "José"; wait for the
autosave; go back to the group page and read each person's chapters there; quit with Ctrl+Q.
The database must hold the phone and consent, and the same counts must come out of every
place that shows them: the session page, the group page, the register and the service
totals (the reports the command line writes from the same file).  Then start Corro again
on the same database, press Ctrl+F, type "jose" and find the reflection among the results.
Every wait is bounded (HARD_LIMIT seconds in all) and the app is always killed.

Usage (needs an X display, xdotool and a D-Bus session bus; GTK_A11Y must not be "none"):

    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \\
        /usr/bin/python3 tests/e2e/records.py _build/src/corro

with GSETTINGS_SCHEMA_DIR, CORRO_LOCALEDIR and GSK_RENDERER=cairo in the environment.
Exit status: 0 on success, 1 on failure (with a FAIL: line saying why), 2 on bad usage.
"""

import csv
import io
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

# Generous on purpose: every wait ends as soon as what it waits for is there; on a loaded
# 2-core machine the whole journey has taken over 70 s.
TIMEOUT = 280.0         # seconds for both runs of the app, together
QUIT_TIMEOUT = 10.0     # seconds for the app to exit after Ctrl+Q
HARD_LIMIT = 290.0      # the watchdog ends everything after this, stuck D-Bus calls included
POLL = 0.05             # seconds between looks at the tree
AUTOSAVE_WAIT = 1.5     # the note is saved at most 1 s after the last key

APP_ID = "io.github.corro.Corro"
# Names GTK may register the app under on the a11y bus (4.8 uses the program name).
APP_NAMES = ("corro", "Corro", APP_ID)

GROUP = {"en": "Tuesday Evenings", "es": "Martes por la tarde"}
PEOPLE = ["Lucía Núñez", "Tom Baker"]
PHONE = "55 1234 5678"
CONSENT_DATE = "2026-11-30"
CONSENT_TYPED = "30/11/2026"   # day/month/year, as people write it; kept as year-month-day
CONSENT_SCOPE = {"en": "Attendance and notes; calls by phone",
                 "es": "Asistencia y notas; llamadas por teléfono"}
REFLECTION = {
    "en": "José spoke about bedtime; the group stayed with the feelings.",
    "es": "José habló de la hora de dormir; el grupo se quedó con los sentimientos.",
}
QUERY = "jose"

UI = {
    "en": {"places": "Places", "groups": "Groups", "new_group": "New Group…",
           "name": "Name", "create": "Create", "add_participant": "Add Participant…",
           "participant_name": "Name (a code is fine)", "add": "Add",
           "participants": "Participants", "sessions": "Sessions",
           "chapter_1": "Chapter 1 · ",
           "attendance": "Attendance", "present": "Present", "absent": "Absent",
           "key_present": "p", "key_absent": "a",
           "notes": "Notes", "session_note": "Note on the session",
           "search": "Search people and notes", "found": "Notes found",
           "phone": "Phone", "consent_date": "Consent given on",
           "consent_scope": "What they consented to",
           "more_for": "More for {}", "change_enrolment": "Change Enrolment…",
           "enrolment": "Enrolment", "enrolled": "Enrolled", "save": "Save",
           "referred": "Referred", "change_enrolment_key": "e",
           "enrolment_of": "Enrolment of {}",
           "chapters": {0: "0 of 8 chapters", 1: "1 of 8 chapters"}},
    "es": {"places": "Lugares", "groups": "Grupos", "new_group": "Nuevo grupo…",
           "name": "Nombre", "create": "Crear", "add_participant": "Agregar participante…",
           "participant_name": "Nombre (un código sirve)", "add": "Agregar",
           "participants": "Participantes", "sessions": "Sesiones",
           "chapter_1": "Capítulo 1 · ",
           "attendance": "Asistencia", "present": "Asistió", "absent": "Faltó",
           "key_present": "a", "key_absent": "f",
           "notes": "Notas", "session_note": "Nota sobre la sesión",
           "search": "Buscar personas y notas", "found": "Notas encontradas",
           "phone": "Teléfono", "consent_date": "Consentimiento dado el",
           "consent_scope": "A qué dio su consentimiento",
           "more_for": "Más opciones de {}", "change_enrolment": "Cambiar inscripción…",
           "enrolment": "Inscripción", "enrolled": "Con inscripción", "save": "Guardar",
           "referred": "Con derivación", "change_enrolment_key": "i",
           "enrolment_of": "Inscripción de {}",
           "chapters": {0: "0 de 8 capítulos", 1: "1 de 8 capítulos"}},
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
        self.db = os.path.join(self.tmpdir, "corro.db")
        self.group = GROUP[self.language]
        self.reflection = REFLECTION[self.language]
        self.log = open(os.path.join(self.tmpdir, "corro.log"), "w+b")
        self.proc = None
        self.app_pid = None
        self.counts = {}
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
        env["CORRO_DATABASE"] = self.db  # the same file for both runs
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

    # windows and input (there is no window manager under Xvfb)

    def xdotool(self, *args):
        return subprocess.run(["xdotool", *args], capture_output=True, text=True,
                              timeout=5).stdout

    def app_windows(self):
        """The app's visible X windows as (id, name, x, y, width, height), newest last."""
        windows = []
        for wid in self.xdotool("search", "--all", "--onlyvisible", "--pid",
                                str(self.app_pid)).split():
            out = self.xdotool("getwindowname", wid, "getwindowgeometry", "--shell", wid)
            lines = out.splitlines()
            geometry = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
            windows.append((wid, lines[0] if lines else "", int(geometry.get("X", 0)),
                            int(geometry.get("Y", 0)), int(geometry.get("WIDTH", 0)),
                            int(geometry.get("HEIGHT", 0))))
        return windows

    @staticmethod
    def toplevel(node):
        while node.parent is not None and node.parent.roleName != "application":
            node = node.parent
        return node

    def window_of(self, node):
        """The X window showing @node: the one named like its toplevel, else the same size."""
        top = self.toplevel(node)
        ext = self.extents(top)
        windows = self.app_windows()
        for window in windows:
            if top.name and window[1] == top.name:
                return window
        for window in reversed(windows):
            if (window[4], window[5]) == (ext.width, ext.height):
                return window
        return windows[-1] if windows else None

    def focus(self, node):
        window = self.window_of(node)
        if window is not None:
            subprocess.run(["xdotool", "windowraise", window[0], "windowfocus", "--sync",
                            window[0]], capture_output=True, timeout=5)
        return window

    def scroll_into_view(self, node):
        """Turns the mouse wheel over the page until @node lies inside its window.

        A row below the fold still has extents (and looks showing); a click placed there
        would land outside the window."""
        window = self.window_of(node)
        if window is None:
            return
        for _ in range(40):
            ext = self.extents(node)
            if ext.y >= 48 and ext.y + ext.height <= window[5]:
                return
            button = "5" if ext.y + ext.height > window[5] else "4"
            self.xdotool("mousemove", str(window[2] + window[4] * 2 // 3),
                         str(window[3] + window[5] // 2), "click", "--repeat", "2", button)
            time.sleep(0.15)

    def click(self, node):
        self.scroll_into_view(node)
        ext = self.extents(node)
        window = self.focus(node)
        x0, y0 = (window[2], window[3]) if window is not None else (0, 0)
        rawinput.click(x0 + ext.x + ext.width // 2, y0 + ext.y + ext.height // 2)

    def type_text(self, text):
        # xdotool maps keys for characters the keymap lacks (ñ, ú, é) on the fly; on a busy
        # machine the app may read such a key after the map has moved on ("Luca" for
        # "Lucía"), so each of them is typed alone, with time to be read.
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]", text):
            alone = not run.isascii()
            subprocess.run(["xdotool", "type", "--delay", "120" if alone else "40", run],
                           capture_output=True, timeout=30)
            if alone:
                time.sleep(0.3)

    # a11y lookups

    @staticmethod
    def clean(name):
        return (name or "").replace("_", "")

    def named(self, node, name):
        # GTK 4.8 appends a button's own text to its accessible label, and keeps mnemonics:
        # "_Add Participant… Add Participant…" is not a button named "Add".
        text = self.clean(node.name)
        return text == name or (text.startswith(name + " ") and text.endswith(" " + name))

    def showing(self, app, roles, name):
        for node in app.findChildren(lambda n: n.roleName in roles and self.named(n, name)):
            if self.is_showing(node):
                return node
        return None

    def dump(self, app, roles=None):
        nodes = app.findChildren(lambda n: (roles is None or n.roleName in roles)
                                 and bool(n.name))
        return repr([(n.roleName, n.name) for n in nodes][:80])

    def row_named(self, listbox, text):
        for row in self.list_items(listbox):
            if self.row_text(row) == text or self.find(row, "label", text) is not None:
                return row
        return None

    def launch(self):
        self.proc = subprocess.Popen([self.binary], env=self.child_env(),
                                     stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        app = self.wait_for("looking for the app on the a11y bus", self.find_app)
        self.app_pid = app.get_process_id()
        print(f"a11y application: {app.name!r} (pid {self.app_pid}) "
              f"after {time.monotonic() - self.start:.2f} s")
        return app

    def quit(self, app):
        self.step = "quitting with Ctrl+Q"
        main = self.showing(app, ("frame", "window"), "Corro") or app.children[0]
        self.focus(main)
        rawinput.keyCombo("<Control>q")
        try:
            status = self.proc.wait(timeout=QUIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise TestFailure("corro did not quit on Ctrl+Q")
        if status != 0:
            raise TestFailure(f"corro exited with status {status}")
        self.proc = None

    def press(self, app, roles, name, what=None):
        node = self.wait_for(f"looking for {what or repr(name)}",
                             lambda: self.showing(app, roles, name),
                             lambda: self.dump(app, roles))
        self.step = f"clicking {what or repr(name)}"
        self.click(node)
        return node

    # the journey

    def record(self, app):
        s = self.strings
        buttons = ("push button",)

        def place_row(name):
            places = self.find(app, "list", s["places"])
            row = self.row_named(places, name) if places is not None else None
            return row if row is not None and self.is_showing(row) else None

        self.click(self.wait_for(f"looking for the {s['groups']!r} row",
                                 lambda: place_row(s["groups"])))
        self.press(app, buttons, s["new_group"])

        # The New Group dialog: its Name row takes the keyboard when clicked.
        def name_field(title, prefix=False):
            def titled(n):
                text = self.clean(n.name)
                return (text.startswith(title) if prefix else self.named(n, title)) \
                    and n.roleName != "label"

            for row in app.findChildren(titled):
                text = row if row.roleName == "text" else row.findChild(
                    lambda n: n.roleName == "text", retry=False, requireResult=False)
                if text is not None and self.is_showing(text):
                    return text
            return None

        entry = self.wait_for(f"looking for the {s['name']!r} field",
                              lambda: name_field(s["name"]),
                              lambda: self.dump(app))
        self.step = "typing the group's name"
        self.click(entry)
        # GTK 4.8 does not expose an entry row's text on the bus: the group page shows it.
        self.type_text(self.group)
        self.press(app, buttons, s["create"])
        self.wait_for(f"waiting for the page of {self.group!r}",
                      lambda: self.showing(app, ("label", "heading"), self.group),
                      lambda: self.dump(app, ("label", "heading")))
        print(f"group: {self.group!r} created")

        for person in PEOPLE:
            self.press(app, buttons, s["add_participant"])
            entry = self.wait_for(f"looking for the {s['participant_name']!r} field",
                                  lambda: name_field(s["participant_name"]),
                                  lambda: self.dump(app))
            self.step = f"typing {person!r}"
            self.click(entry)
            self.type_text(person)
            self.press(app, buttons, s["add"], f"the {s['add']!r} button for {person!r}")

            def listed():
                box = self.find(app, "list", s["participants"])
                return box is not None and self.row_named(box, person) is not None

            self.wait_for(f"waiting for {person!r} in {s['participants']!r}", listed,
                          lambda: self.dump(app, ("list", "list item", "label")))
            print(f"participant: {person!r} added")

        self.enrol(app, PEOPLE[0])
        self.fill_person_page(app, name_field)

        # Chapter 1's session is the first row of the Sessions list.
        def first_session():
            box = self.find(app, "list", s["sessions"])
            rows = self.list_items(box) if box is not None else []
            if rows and self.row_text(rows[0]).startswith(s["chapter_1"]):
                return rows[0] if self.is_showing(rows[0]) else None
            return None

        session = self.wait_for(f"looking for the first row of {s['sessions']!r}",
                                first_session, lambda: self.dump(app, ("list", "list item")))
        print(f"session: opening {self.row_text(session)!r}")
        self.click(session)

        # Attendance: select the first person's row, then one key per person.
        def attendance_rows():
            for box in app.findChildren(lambda n: n.roleName == "list"
                                        and n.name == s["attendance"]):
                rows = self.list_items(box)
                if len(rows) == len(PEOPLE) and self.is_showing(rows[0]):
                    return rows
            return None

        rows = self.wait_for(f"looking for the {s['attendance']!r} list with "
                             f"{len(PEOPLE)} rows", attendance_rows,
                             lambda: self.dump(app, ("list", "list item", "page tab",
                                                     "toggle button")))

        def marked(row, mark):
            # The row tells screen readers its mark first: "Present · 1 of 8 · …".
            return (row.description or "").split(" · ")[0] == mark

        def marks(row):
            return f"the row says {row.name!r}, {row.description!r}"

        name_label = self.wait_for(f"looking for {PEOPLE[0]!r} in the attendance list",
                                   lambda: self.find(rows[0], "label", PEOPLE[0]))
        self.step = f"selecting {PEOPLE[0]!r}"
        self.click(name_label)
        for row, key, mark, person in ((rows[0], s["key_present"], s["present"], PEOPLE[0]),
                                       (rows[1], s["key_absent"], s["absent"], PEOPLE[1])):
            self.step = f"pressing {key.upper()} for {person!r}"
            rawinput.pressKey(key)
            self.wait_for(f"waiting for {person!r} to be marked {mark!r}",
                          lambda: marked(row, mark), lambda: marks(row))
            print(f"attendance: {key.upper()} marks {person!r} {mark!r}")
        # The row tells screen readers the chapters too: "Present · 1 of 8 chapters · …".
        self.counts["session page"] = {person: (row.description or "").split(" · ")[1]
                                       for row, person in zip(rows, PEOPLE)}

        # Notes: the session's own note, typed into and left to save itself.
        self.press(app, ("toggle button", "push button", "page tab", "radio button"),
                   s["notes"], f"the {s['notes']!r} tab")
        note = self.wait_for(f"looking for the {s['session_note']!r} text",
                             lambda: self.showing(app, ("text",), s["session_note"]),
                             lambda: self.dump(app, ("text", "label")))
        self.step = "typing the session's reflection"
        self.click(note)
        self.type_text(self.reflection)
        self.wait_for("waiting for the reflection in the note",
                      lambda: note.queryText().getText(0, -1) == self.reflection,
                      lambda: repr(note.queryText().getText(0, -1)))
        self.step = "waiting for the autosave"
        time.sleep(AUTOSAVE_WAIT)
        print("notes: reflection typed")

        self.read_group_page(app)
        self.quit(app)

    def participant_row(self, app, person):
        box = self.find(app, "list", self.strings["participants"])
        row = self.row_named(box, person) if box is not None else None
        return row if row is not None and self.is_showing(row) else None

    def enrol(self, app, person):
        """Referred, then enrolled from their row's menu: only someone who joined is served."""
        s = self.strings
        self.press(app, ("push button", "toggle button"), s["more_for"].format(person))
        # The menu and the list of choices are popovers, X windows of their own that clicks
        # cannot be placed in here: keys choose, as a person with the keyboard would.
        self.wait_for(f"waiting for the menu with {s['change_enrolment']!r}",
                      lambda: self.showing(app, ("menu item", "push button"),
                                           s["change_enrolment"]))
        self.step = f"pressing {s['change_enrolment_key']!r} in the menu"
        rawinput.pressKey(s["change_enrolment_key"])
        heading = s["enrolment_of"].format(person)
        self.wait_for(f"waiting for the dialog {heading!r}",
                      lambda: self.showing(app, ("label", "heading"), heading),
                      lambda: self.dump(app, ("dialog", "alert", "label")))
        self.press(app, ("list item", "combo box", "push button"), s["enrolment"],
                   f"the {s['enrolment']!r} choice")
        self.wait_for(f"waiting for {s['enrolled']!r} in the open list",
                      lambda: len([n for n in app.findChildren(
                          lambda n: n.roleName in ("label", "list item")
                          and self.named(n, s["enrolled"])) if self.is_showing(n)]) > 0)
        self.step = f"choosing {s['enrolled']!r}, two below {s['referred']!r}"
        for key in ("Down", "Down", "Return"):
            rawinput.pressKey(key)
            time.sleep(0.2)
        self.press(app, ("push button",), s["save"])

        def enrolled():
            row = self.participant_row(app, person)
            return row is not None and row.findChild(
                lambda n: n.roleName == "label" and f" · {s['enrolled']} · " in (n.name or ""),
                retry=False, requireResult=False) is not None

        self.wait_for(f"waiting for {person!r} to be {s['enrolled']!r} on the group page",
                      enrolled, lambda: self.dump(app, ("list item", "label")))
        print(f"enrolment: {person!r} is {s['enrolled']!r}")

    def fill_person_page(self, app, name_field):
        """Their page, from the group page's row: phone and consent typed, saved as typed."""
        s = self.strings
        person = PEOPLE[0]
        row = self.wait_for(f"looking for {person!r}'s row", lambda: self.participant_row(app, person))
        self.step = f"opening {person!r}'s page"
        self.click(self.find(row, "label", person) or row)
        for title, text, prefix in ((s["phone"], PHONE, False),
                                    (s["consent_date"], CONSENT_TYPED, True),
                                    (s["consent_scope"], CONSENT_SCOPE[self.language], False)):
            entry = self.wait_for(f"looking for the {title!r} field on {person!r}'s page",
                                  lambda: name_field(title, prefix), lambda: self.dump(app))
            self.step = f"typing {text!r} into {title!r}"
            self.click(entry)
            # (GTK 4.8 does not put an entry row's text on the bus: the database shows it.)
            self.type_text(text)
        self.step = "waiting for the person's details to save"
        time.sleep(AUTOSAVE_WAIT)
        self.step = "going back to the group page with Alt+Left"
        rawinput.keyCombo("<Alt>Left")
        self.wait_for(f"waiting for the group page's {s['participants']!r} again",
                      lambda: self.participant_row(app, person), lambda: self.dump(app, ("list",)))
        print(f"person page: phone and consent of {person!r} typed, back on the group page")

    def read_group_page(self, app):
        """Back from the session to the group page: each person's chapters, as it shows them."""
        s = self.strings
        self.step = "going back to the group page with Alt+Left"
        rawinput.keyCombo("<Alt>Left")

        def chapters_of(person):
            row = self.participant_row(app, person)
            if row is None:
                return None
            for label in row.findChildren(lambda n: n.roleName == "label"):
                for value in s["chapters"].values():
                    if (label.name or "").endswith(" · " + value):
                        return value
            return None

        found = {}
        for person in PEOPLE:
            found[person] = self.wait_for(f"reading {person!r}'s chapters on the group page",
                                          lambda: chapters_of(person),
                                          lambda: self.dump(app, ("list item", "label")))
        self.counts["group page"] = found
        print(f"group page: {found!r}")

    def check_database(self):
        con = sqlite3.connect(self.db)
        try:
            marks = dict(con.execute(
                "SELECT p.name, a.mark FROM attendance a JOIN participant p "
                "ON p.id = a.participant_id JOIN session s ON s.id = a.session_id "
                "WHERE s.chapter = 1").fetchall())
            notes = [row[0] for row in con.execute(
                "SELECT text FROM reflection WHERE kind = 'session'").fetchall()]
        finally:
            con.close()
        expected = {PEOPLE[0]: "present", PEOPLE[1]: "absent"}
        if marks != expected:
            raise TestFailure(f"attendance in the database: {marks!r}, not {expected!r}")
        if self.reflection not in notes:
            raise TestFailure(f"the session note in the database is {notes!r}")
        con = sqlite3.connect(self.db)
        try:
            details = con.execute("SELECT phone, consent_date, consent_scope FROM participant "
                                  "WHERE name = ?", (PEOPLE[0],)).fetchone()
        finally:
            con.close()
        expected_details = (PHONE, CONSENT_DATE, CONSENT_SCOPE[self.language])
        if details != expected_details:
            raise TestFailure(f"{PEOPLE[0]!r}'s details in the database: {details!r}, "
                              f"not {expected_details!r}")
        print("database: attendance, the reflection, the phone and the consent are saved")

    def report(self, kind):
        """A report the command line writes from the same records, as CSV rows."""
        self.step = f"exporting the {kind} report"
        result = subprocess.run([self.binary, "--export-report", kind, "--format", "csv",
                                 "--output", "-"], env=self.child_env(), capture_output=True,
                                text=True, timeout=60)
        if result.returncode != 0:
            raise TestFailure(f"corro --export-report {kind} failed: {result.stderr.strip()}")
        problem = cleanlog.failure(result.stderr)
        if problem:
            raise TestFailure(problem)
        return list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))

    def check_counts(self):
        """The session page, the group page, the register and the totals tell one story."""
        chapters = self.strings["chapters"]
        expected = {PEOPLE[0]: chapters[1], PEOPLE[1]: chapters[0]}
        for place in ("session page", "group page"):
            if self.counts.get(place) != expected:
                raise TestFailure(f"the {place} shows {self.counts.get(place)!r}, "
                                  f"not {expected!r}")
        register = {row["participant"]: row["attended_chapters"]
                    for row in self.report("register") if row["group"] == self.group}
        if register != {PEOPLE[0]: "1", PEOPLE[1]: "0"}:
            raise TestFailure(f"the register counts {register!r} chapters attended")
        totals = [row for row in self.report("summary") if row["breakdown"] == "all"]
        if len(totals) != 1:
            raise TestFailure(f"the totals have {len(totals)} 'all' rows")
        served, marks, attended = (totals[0][k] for k in ("people_served", "marks", "attended"))
        if (served, marks, attended) != ("1", "2", "1"):
            raise TestFailure(f"the totals say {served} served, {marks} marks, {attended} "
                              "attended; the screens showed 1 person who came of 2 marked")
        print(f"counts: {expected!r} on the session page, the group page and the register; "
              f"totals: {served} served, {attended} attended of {marks} marks")

    def search(self, app):
        s = self.strings
        main = self.wait_for("waiting for the main window",
                             lambda: next((w for w in app.children if w is not None
                                           and self.is_showing(w)), None))
        self.focus(main)
        self.step = "pressing Ctrl+F"
        rawinput.keyCombo("<Control>f")
        entry = self.wait_for(f"looking for the {s['search']!r} entry",
                              lambda: self.showing(app, ("text", "entry"), s["search"]),
                              lambda: self.dump(app, ("text", "entry")))
        if not entry.getState().contains(pyatspi.STATE_FOCUSED):
            self.wait_for(f"waiting for {s['search']!r} to take the keyboard",
                          lambda: entry.getState().contains(pyatspi.STATE_FOCUSED))
        self.step = f"typing {QUERY!r}"
        self.type_text(QUERY)

        def highlighted(label, word):
            # The match is bold in the snippet: read the text attributes at the word.
            start = (label.name or "").find(word)
            attrs, run_start, run_end = label.queryText().getAttributeRun(start, False)
            weights = [int(a.split(":", 1)[1]) for a in attrs if a.startswith("weight:")]
            return bool(weights) and weights[0] > 400 and run_start <= start \
                and run_end >= start + len(word)

        def found():
            box = self.find(app, "list", s["found"])
            for row in self.list_items(box) if box is not None else []:
                for label in row.findChildren(lambda n: n.roleName == "label"
                                              and "José" in (n.name or "")):
                    if self.is_showing(row):
                        return label
            return None

        snippet = self.wait_for(f"looking for the reflection among {s['found']!r}", found,
                                lambda: self.dump(app, ("list", "list item", "label")))
        if not highlighted(snippet, "José"):
            raise TestFailure(f"'José' is not highlighted in {snippet.name!r}")
        print(f"search: {QUERY!r} finds {snippet.name!r}, 'José' highlighted")
        self.quit(app)

    def run(self):
        print(f"language: {self.language}")
        tree.root.children  # start the a11y bus and registry before the app registers
        self.record(self.launch())
        self.check_database()
        self.check_counts()
        self.search(self.launch())
        print(f"done after {time.monotonic() - self.start:.2f} s in all")


def main():
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} PATH/TO/corro", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        print(f"FAIL: {binary} is not an executable", file=sys.stderr)
        return 2
    if shutil.which("xdotool") is None:
        print("SKIP: xdotool is needed to place clicks and type accented text")
        return 77
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
