/* test-harness.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clean-log harness itself: a test that logs a WARNING or CRITICAL fails, whichever
 * API and domain it comes through, a deliberate one announced with
 * g_test_expect_message() does not, and a child `corro` that prints one is caught.
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "corro-test-util.h"

#define G_LOG_DOMAIN_HARNESS "corro-harness"

/* Runs this same test in a child and returns after it ended; the child's output is
 * captured for the g_test_trap_assert_*() checks. */
static gboolean
in_child (void)
{
  if (g_test_subprocess ())
    return TRUE;

  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  return FALSE;
}

static void
test_old_api_warning (void)
{
  if (in_child ())
    {
      g_log (G_LOG_DOMAIN_HARNESS, G_LOG_LEVEL_WARNING, "provoked warning %d", 1);
      return;
    }
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*provoked warning 1*");
  g_test_trap_assert_stderr ("*corro-test: FAIL*");
}

static void
test_structured_warning (void)
{
  if (in_child ())
    {
      g_log_structured ("Gtk", G_LOG_LEVEL_WARNING, "MESSAGE", "structured %s", "warning");
      return;
    }
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*Gtk-WARNING*structured warning*");
}

/* Real criticals from the libraries, the kind a use after free prints. */
static void
test_gobject_critical (void)
{
  if (in_child ())
    {
      g_object_ref (NULL);
      return;
    }
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*GLib-GObject-CRITICAL*G_IS_OBJECT*");
}

static void
test_gtk_critical (void)
{
  if (in_child ())
    {
      gtk_widget_get_parent (NULL);
      return;
    }
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*Gtk-CRITICAL*GTK_IS_WIDGET*");
}

static void
test_critical_in_thread (void)
{
  if (in_child ())
    {
      g_autoptr(GThread) thread = g_thread_new ("critical", (GThreadFunc) g_object_ref, NULL);

      g_thread_join (g_steal_pointer (&thread));
      return;
    }
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*GLib-GObject-CRITICAL*");
}

/* A test that provokes a warning on purpose says so, and passes. */
static void
test_expected_message (void)
{
  if (in_child ())
    {
      g_test_expect_message (G_LOG_DOMAIN_HARNESS, G_LOG_LEVEL_WARNING, "deliberate*");
      g_log (G_LOG_DOMAIN_HARNESS, G_LOG_LEVEL_WARNING, "deliberate warning");
      g_test_assert_expected_messages ();
      g_message ("an ordinary message is fine");
      return;
    }
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr_unmatched ("*corro-test: FAIL*");
}

static void
test_log_lines (void)
{
  g_autofree char *bad = NULL;

  g_assert_true (corro_test_log_is_clean ("", NULL));
  g_assert_true (corro_test_log_is_clean (NULL, NULL));
  g_assert_true (corro_test_log_is_clean ("corro: The backup was saved.\n", NULL));
  g_assert_false (corro_test_log_is_clean ("ok\n(corro:42): Gtk-CRITICAL **: 10:00:00.000: "
                                           "gtk_widget_get_parent: assertion failed\n", &bad));
  g_assert_cmpstr (bad, ==, "(corro:42): Gtk-CRITICAL **: 10:00:00.000: "
                            "gtk_widget_get_parent: assertion failed");
  g_assert_false (corro_test_log_is_clean ("(corro:1): GLib-GIO-WARNING **: x", NULL));
}

/* The real binary: a locale the C library does not have makes GTK warn when it starts
 * (even for --version, with no display); the check on its output catches it. */
static void
test_child_binary_warning (void)
{
  g_autofree char *bad = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("CORRO_EXE");

  g_assert_nonnull (exe);

  if (g_test_subprocess ())
    {
      /* What a test does with a child's output: here it must fail. */
      corro_test_assert_clean_log (g_getenv ("CORRO_HARNESS_OUTPUT"), "corro");
      return;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "xx_YY.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  child = g_subprocess_launcher_spawn (launcher, &error, exe, "--version", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_test_message ("corro printed:\n%s", out);
  g_assert_false (corro_test_log_is_clean (out, &bad));
  g_assert_nonnull (strstr (bad, "WARNING"));

  g_setenv ("CORRO_HARNESS_OUTPUT", out, TRUE);
  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  g_test_add_func ("/harness/old-api-warning", test_old_api_warning);
  g_test_add_func ("/harness/structured-warning", test_structured_warning);
  g_test_add_func ("/harness/gobject-critical", test_gobject_critical);
  g_test_add_func ("/harness/gtk-critical", test_gtk_critical);
  g_test_add_func ("/harness/critical-in-thread", test_critical_in_thread);
  g_test_add_func ("/harness/expected-message", test_expected_message);
  g_test_add_func ("/harness/log-lines", test_log_lines);
  g_test_add_func ("/harness/child-binary-warning", test_child_binary_warning);

  return g_test_run ();
}
