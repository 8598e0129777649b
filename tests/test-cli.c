/* test-cli.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real `corro` binary's headless command line, run with no display at all.
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "corro-test-util.h"

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_corro (Run        *run,
           const char *first_arg,
           ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("CORRO_EXE");
  va_list args;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (gpointer) exe);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* Headless: no display of any kind, as on a server or in a staff script. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);

  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  run->status = g_subprocess_get_exit_status (child);
  corro_test_assert_clean_log (run->err, "corro");
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_corro (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "corro " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_unknown_option (void)
{
  g_auto(Run) run = { 0 };

  run_corro (&run, "--no-such-option", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--no-such-option"));
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_database_in_missing_folder (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "gone", "corro.db", NULL);
  g_autofree char *expected = g_strdup_printf ("corro: The folder “%s/gone” does not exist.\n",
                                               dir);
  g_auto(Run) run = { 0 };

  run_corro (&run, "--database", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  corro_test_remove_tree (dir);
}

static void
test_database_is_folder (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_auto(Run) run = { 0 };

  run_corro (&run, "--database", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "is a folder"));

  corro_test_remove_tree (dir);
}

static void
test_help_lists_options (void)
{
  g_auto(Run) run = { 0 };

  run_corro (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--database=FILE"));
  g_assert_nonnull (strstr (run.out, "--version"));
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/unknown-option", test_unknown_option);
  g_test_add_func ("/cli/database-in-missing-folder", test_database_in_missing_folder);
  g_test_add_func ("/cli/database-is-folder", test_database_is_folder);
  g_test_add_func ("/cli/help-lists-options", test_help_lists_options);

  return g_test_run ();
}
