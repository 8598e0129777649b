# SPDX-License-Identifier: GPL-3.0-or-later
"""The clean-log rule for the e2e tests: the real `corro` they run may print no GLib or
GTK WARNING or CRITICAL (they are bugs, often a use after free).  Each script captures
what the app printed (stdout and stderr) and fails on such a line, as the C tests do with
corro_test_assert_clean_log().

Run on its own (`python3 cleanlog.py PATH/TO/corro`), it checks itself: sample lines, and
the real binary made to warn (a locale the C library does not have)."""

import os
import re
import subprocess
import sys

BAD = re.compile(r"CRITICAL|WARNING")


def bad_lines(output):
    """The lines of @output that report a WARNING or CRITICAL."""
    return [line for line in (output or "").splitlines() if BAD.search(line)]


def failure(output, what="corro"):
    """A failure message when @output is not clean, else None."""
    lines = bad_lines(output)
    if not lines:
        return None
    return (f"{what} printed {len(lines)} warning or critical line(s); no test may print "
            f"one:\n  " + "\n  ".join(lines[:20]))


def self_test(binary):
    assert bad_lines("") == [] and bad_lines(None) == []
    assert bad_lines("corro: The backup was saved.\n") == []
    sample = "ok\n(corro:42): Gtk-CRITICAL **: 10:00:00.000: gtk_widget_get_parent: failed\n"
    assert bad_lines(sample) == [sample.splitlines()[1]], bad_lines(sample)
    assert failure(sample) is not None and failure("fine") is None

    # The real binary, made to warn: GTK warns when the locale is not there (even for
    # --version, with no display).
    env = dict(os.environ, LC_ALL="xx_YY.UTF-8")
    result = subprocess.run([binary, "--version"], env=env, capture_output=True, text=True,
                            timeout=30)
    message = failure(result.stdout + result.stderr)
    if message is None:
        print(f"FAIL: the check missed the warning in:\n{result.stderr}")
        return 1
    print(f"caught, as it must be:\n{message}")
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(self_test(os.path.abspath(sys.argv[1])))
