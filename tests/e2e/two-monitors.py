#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Two-monitor test: `corro --present 1` on a headless Wayland desktop (sway).

Xvfb cannot show two monitors, so this starts sway with headless outputs (see
../shared/TESTING.md): first with two 1920x1080 outputs, HEADLESS-1 at 0,0 and HEADLESS-2
at 1920,0, and checks with `swaymsg -t get_tree` that the presenter's window is on
HEADLESS-1 and the group's window ("Corro — for the group", translated) is full screen on
HEADLESS-2; then with one output, where the group's window must be an ordinary window,
and, when a second output is plugged in mid-session (`swaymsg create_output`), must follow
it full screen.  (sway 1.7 cannot unplug a headless output: `output HEADLESS-2 disable`
fails to commit, so pulling the projector out is not tested here.)
Screenshots of every output (grim) go to SCREENSHOT_DIR and are checked not to be blank.

sway refuses to run as root: when run as root this creates (once) an ordinary user,
corro-test, and runs sway, the app and grim as that user with runuser.  sway and the
app are always killed, and every wait is bounded.

Usage:  two-monitors.py PATH/TO/corro SCREENSHOT_DIR
with GSETTINGS_SCHEMA_DIR and CORRO_LOCALEDIR in the environment (meson test sets them).
Exit status 0 on success, 1 on failure (a FAIL: line says why), 2 on bad usage.
"""

import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import cleanlog

TEST_USER = "corro-test"
STEP_TIMEOUT = 15.0     # seconds for sway to start, or for the windows to settle
POLL = 0.1

PRESENTER_TITLES = ("Chapter 1", "Capítulo 1")
AUDIENCE_TITLE = {"en": "Corro — for the group", "es": "Corro — para el grupo"}


class TestFailure(Exception):
    pass


def language():
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "es" if value.startswith("es") else "en"
    return "en"


def audience_title():
    """The group's window title as the app will show it: from the built catalogue."""
    lang = language()
    try:
        import gettext
        catalogue = gettext.translation("corro", os.environ.get("CORRO_LOCALEDIR"),
                                        languages=[lang])
        return catalogue.gettext(AUDIENCE_TITLE["en"])
    except (OSError, TypeError):
        return AUDIENCE_TITLE[lang]


class Desktop:
    """One sway session with N headless outputs, run as an ordinary user."""

    def __init__(self, outputs, tmpdir, user):
        self.outputs = outputs
        self.user = user
        self.runtime = tempfile.mkdtemp(prefix=f"sway{outputs}-", dir=tmpdir)
        os.chmod(self.runtime, 0o700)
        if user is not None:
            os.chown(self.runtime, user.pw_uid, user.pw_gid)
        self.config = os.path.join(self.runtime, "config")
        with open(self.config, "w") as f:
            f.write("xwayland disable\n"
                    "default_border none\n"
                    "output HEADLESS-1 resolution 1920x1080 position 0 0\n"
                    "output HEADLESS-2 resolution 1920x1080 position 1920 0\n")
        self.log = open(os.path.join(self.runtime, "sway.log"), "w+b")
        self.proc = None
        self.apps = []
        self.wayland = None
        self.swaysock = None

    def as_user(self, argv, env):
        base = ["env", "-i"] + [f"{k}={v}" for k, v in env.items()] + argv
        if self.user is None:
            return base
        return ["runuser", "-u", self.user.pw_name, "--"] + base

    def base_env(self):
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "XDG_RUNTIME_DIR": self.runtime,
               "HOME": self.runtime, "LANG": os.environ.get("LANG", "C.UTF-8")}
        if self.wayland:
            env["WAYLAND_DISPLAY"] = self.wayland
        if self.swaysock:
            env["SWAYSOCK"] = self.swaysock
        return env

    def start(self):
        env = self.base_env()
        env.update(WLR_BACKENDS="headless", WLR_HEADLESS_OUTPUTS=str(self.outputs),
                   WLR_RENDERER="pixman", WLR_LIBINPUT_NO_DEVICES="1")
        self.proc = subprocess.Popen(self.as_user(["sway", "-c", self.config], env),
                                     stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + STEP_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise TestFailure(f"sway exited with status {self.proc.returncode}:\n"
                                  + self.output())
            names = os.listdir(self.runtime)
            sockets = [n for n in names if n.startswith("wayland-") and not n.endswith(".lock")]
            ipc = [n for n in names if n.startswith("sway-ipc.") and n.endswith(".sock")]
            if sockets and ipc:
                self.wayland = sockets[0]
                self.swaysock = os.path.join(self.runtime, ipc[0])
                outputs = self.get_outputs()
                if len(outputs) == self.outputs:
                    return outputs
            time.sleep(POLL)
        raise TestFailure(f"sway with {self.outputs} outputs did not start within "
                          f"{STEP_TIMEOUT:.0f} s:\n" + self.output())

    def output(self):
        self.log.flush()
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace").strip()[-4000:]

    def run(self, argv, timeout=10):
        return subprocess.run(self.as_user(argv, self.base_env()), capture_output=True,
                              text=True, timeout=timeout)

    def swaymsg(self, kind):
        result = self.run(["swaymsg", "-r", "-t", kind])
        if result.returncode != 0:
            raise TestFailure(f"swaymsg -t {kind} failed: {result.stderr.strip()}")
        return json.loads(result.stdout)

    def get_outputs(self):
        try:
            return sorted(o["name"] for o in self.swaymsg("get_outputs") if o.get("active"))
        except (TestFailure, ValueError):
            return []

    def start_app(self, argv, env, logpath):
        full = self.base_env()
        full.update(env)
        log = open(logpath, "w+b")
        proc = subprocess.Popen(self.as_user(argv, full), stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.apps.append((proc, log))
        return proc, log

    def stop(self):
        for proc, log in self.apps + ([(self.proc, self.log)] if self.proc else []):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            if proc.poll() is None:
                proc.kill()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            log.close()
        self.apps = []
        self.proc = None


def windows(tree):
    """(output name, window node) for every application window in a sway tree."""
    found = []

    def walk(node, output):
        if node.get("type") == "output":
            output = node.get("name")
        if node.get("pid") and node.get("type") in ("con", "floating_con"):
            found.append((output, node))
        for child in node.get("nodes", []) + node.get("floating_nodes", []):
            walk(child, output)

    walk(tree, None)
    return found


def describe(found):
    return "; ".join(f"{name!r} on {output} fullscreen={node.get('fullscreen_mode')}"
                     for output, node in found
                     for name in [node.get("name")]) or "no windows"


def ensure_user():
    try:
        return pwd.getpwnam(TEST_USER)
    except KeyError:
        pass
    result = subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                             "/usr/sbin/nologin", TEST_USER], capture_output=True, text=True)
    if result.returncode != 0 and "already exists" not in result.stderr:
        raise TestFailure(f"could not create the user {TEST_USER}: {result.stderr.strip()}")
    return pwd.getpwnam(TEST_USER)


def check_not_blank(path, what):
    """A screenshot of a blank output is no test: look for more than a few colours."""
    import gi
    gi.require_version("GdkPixbuf", "2.0")
    from gi.repository import GdkPixbuf
    pixbuf = GdkPixbuf.Pixbuf.new_from_file(path)
    pixels = pixbuf.get_pixels()
    stride, channels = pixbuf.get_rowstride(), pixbuf.get_n_channels()
    colours = set()
    for y in range(0, pixbuf.get_height(), 7):
        row = y * stride
        for x in range(0, pixbuf.get_width(), 7):
            i = row + x * channels
            colours.add(bytes(pixels[i:i + 3]))
    if len(colours) < 4:
        raise TestFailure(f"the screenshot of {what} ({path}) is blank: "
                          f"{len(colours)} colours")
    return len(colours)


class Test:
    def __init__(self, binary, shots):
        self.binary = binary
        self.shots = shots
        self.lang = language()
        self.title = audience_title()
        self.user = ensure_user() if os.geteuid() == 0 else None
        self.tmpdir = tempfile.mkdtemp(prefix="corro-monitors-")
        os.chmod(self.tmpdir, 0o755)
        self.desktop = None

    def cleanup(self):
        if self.desktop is not None:
            self.desktop.stop()
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def app_env(self, data):
        env = {"GDK_BACKEND": "wayland", "GSK_RENDERER": "cairo", "GTK_A11Y": "none",
               "G_DEBUG": "fatal-criticals",
               "NO_AT_BRIDGE": "1", "GSETTINGS_BACKEND": "memory",
               "CORRO_DATABASE": os.path.join(data, "corro.db"),
               "CORRO_AUDIO_SINK": "fakeaudiosink",
               "XDG_CONFIG_HOME": os.path.join(data, "config"),
               "XDG_DATA_HOME": os.path.join(data, "data"),
               "XDG_CACHE_HOME": os.path.join(data, "cache")}
        for var in ("GSETTINGS_SCHEMA_DIR", "CORRO_LOCALEDIR", "LANGUAGE"):
            if os.environ.get(var):
                env[var] = os.environ[var]
        if env.get("LANGUAGE"):
            env["LC_ALL"] = "C.UTF-8"  # gettext ignores LANGUAGE in the C locale
        return env

    def present(self, outputs):
        """Starts sway and `corro --present 1`; returns the settled window list."""
        self.desktop = Desktop(outputs, self.tmpdir, self.user)
        found_outputs = self.desktop.start()
        print(f"sway: outputs {found_outputs}")
        data = tempfile.mkdtemp(prefix="data-", dir=self.desktop.runtime)
        if self.user is not None:
            os.chown(data, self.user.pw_uid, self.user.pw_gid)
        proc, log = self.desktop.start_app([self.binary, "--present", "1"], self.app_env(data),
                                           os.path.join(self.tmpdir, f"corro-{outputs}.log"))
        return proc, log

    def wait_windows(self, proc, log, check):
        deadline = time.monotonic() + STEP_TIMEOUT
        last = []
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                log.seek(0)
                raise TestFailure(f"corro exited with status {proc.returncode}:\n"
                                  + log.read().decode("utf-8", "replace"))
            last = [(o, n) for o, n in windows(self.desktop.swaymsg("get_tree"))]
            if check(last):
                return last
            time.sleep(POLL)
        log.seek(0)
        raise TestFailure(f"windows did not settle within {STEP_TIMEOUT:.0f} s: "
                          f"{describe(last)}\n--- corro output ---\n"
                          + log.read().decode("utf-8", "replace"))

    @staticmethod
    def check_log(log):
        """The app may print no warning or critical (sway's own log is not checked)."""
        log.flush()
        log.seek(0)
        problem = cleanlog.failure(log.read().decode("utf-8", "replace"))
        if problem:
            raise TestFailure(problem)

    def split(self, found):
        audience = [(o, n) for o, n in found if n.get("name") == self.title]
        # The presenter's window is named after the chapter, in the content language.
        presenter = [(o, n) for o, n in found if n.get("name") in PRESENTER_TITLES]
        return audience, presenter

    def settled_two(self, found):
        """The group's window full screen on HEADLESS-2, the presenter's on HEADLESS-1."""
        audience, presenter = self.split(found)
        return (len(audience) == 1 and len(presenter) == 1
                and audience[0][1].get("fullscreen_mode") == 1
                and audience[0][0] == "HEADLESS-2" and presenter[0][0] == "HEADLESS-1")

    def screenshot(self, output, name):
        tmp = os.path.join(self.desktop.runtime, name)
        argv = ["grim"] + (["-o", output] if output else []) + [tmp]
        result = self.desktop.run(argv, timeout=20)
        if result.returncode != 0:
            raise TestFailure(f"grim failed: {result.stderr.strip()}")
        os.makedirs(self.shots, exist_ok=True)
        path = os.path.join(self.shots, name)
        shutil.copyfile(tmp, path)
        colours = check_not_blank(path, output or "the desktop")
        print(f"screenshot: {path} ({colours} colours)")

    def run(self):
        print(f"language: {self.lang}; the group's window is titled {self.title!r}")

        # Two outputs: the group's window full screen on the one the presenter is not on.
        proc, log = self.present(2)

        found = self.wait_windows(proc, log, self.settled_two)
        audience, presenter = self.split(found)
        if presenter[0][1].get("fullscreen_mode"):
            raise TestFailure("the presenter's window went full screen")
        print(f"two outputs: {describe(found)}")
        time.sleep(0.5)  # let both windows draw their first frames
        self.screenshot(None, f"two-monitors-{self.lang}.png")
        self.screenshot("HEADLESS-1", f"two-monitors-presenter-{self.lang}.png")
        self.screenshot("HEADLESS-2", f"two-monitors-audience-{self.lang}.png")

        self.check_log(log)
        self.desktop.stop()

        # One output: the group's window is an ordinary window beside the presenter's.
        proc, log = self.present(1)

        def settled_one(found):
            audience, presenter = self.split(found)
            return len(audience) == 1 and len(presenter) == 1

        found = self.wait_windows(proc, log, settled_one)
        time.sleep(0.5)  # a late full-screen request would show up here
        found = [(o, n) for o, n in windows(self.desktop.swaymsg("get_tree"))]
        audience, presenter = self.split(found)
        if len(audience) != 1 or audience[0][1].get("fullscreen_mode") != 0:
            raise TestFailure(f"with one output the group's window must be a window: "
                              f"{describe(found)}")
        if presenter[0][1].get("fullscreen_mode"):
            raise TestFailure("the presenter's window went full screen")
        print(f"one output: {describe(found)}")
        self.screenshot(None, f"one-monitor-{self.lang}.png")

        # A projector plugged in mid-session (sway makes a second headless output): the
        # group's window follows, full screen on it.  (sway 1.7 cannot take a headless
        # output away again, so unplugging is not tried here.)
        result = self.desktop.run(["swaymsg", "create_output"])
        if result.returncode != 0:
            raise TestFailure(f"swaymsg create_output failed: "
                              f"{result.stderr.strip() or result.stdout.strip()}")
        found = self.wait_windows(proc, log, self.settled_two)
        print(f"projector plugged in: {describe(found)}")
        self.check_log(log)
        self.desktop.stop()


def main():
    if len(sys.argv) != 3:
        print(f"usage: {sys.argv[0]} PATH/TO/corro SCREENSHOT_DIR", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    for tool in ("sway", "swaymsg", "grim"):
        if shutil.which(tool) is None:
            print(f"FAIL: {tool} is missing (Debian packages sway and grim; "
                  f"build-aux/debian-packages.txt lists them)", flush=True)
            return 1
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        print("FAIL: running as root needs runuser to start sway as an ordinary user")
        return 1
    test = Test(binary, os.path.abspath(sys.argv[2]))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        test.run()
    except Exception as error:
        if isinstance(error, TestFailure):
            print(f"FAIL: {error}", flush=True)
        else:
            import traceback
            traceback.print_exc()
            print(f"FAIL: {type(error).__name__}: {error}", flush=True)
        if test.desktop is not None and test.desktop.proc is not None:
            print("--- sway output ---\n" + test.desktop.output(), flush=True)
        return 1
    finally:
        test.cleanup()
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
