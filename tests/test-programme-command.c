/* test-programme-command.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `corro --export-programme` and `corro --import-programme`, run as the real binary
 * with no display, on a database of their own.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-store.h"
#include "corro-test-util.h"

/* A file with one error and one warning, both on line 7. */
static const char broken_text[] =
  "{\n"
  "  \"format\" : \"corro-programme\",\n"
  "  \"version\" : 1,\n"
  "  \"id\" : \"broken\",\n"
  "  \"title\" : { \"en\" : \"Broken\", \"es\" : \"Roto\" },\n"
  "  \"variants\" : [\n"
  "    { \"id\" : \"group\", \"minutes\" : -5, "
  "\"title\" : { \"en\" : \"Group\", \"es\" : \"\" } }\n"
  "  ],\n"
  "  \"clips\" : [],\n"
  "  \"chapters\" : []\n"
  "}\n";

typedef struct {
  char *dir;
  char *database;
  char *database_dir;
} Fixture;

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

/* helpers */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = corro_test_make_tmpdir ();
  fixture->database_dir = g_build_filename (fixture->dir, "db", NULL);
  fixture->database = g_build_filename (fixture->database_dir, "corro.db", NULL);
  g_assert_cmpint (g_mkdir (fixture->database_dir, 0700), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  corro_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->database_dir, g_free);
  g_clear_pointer (&fixture->database, g_free);
}

/* Runs `corro --database DATABASE ARGS…` with no display. */
static void
run_corro (Run        *run,
           Fixture    *fixture,
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
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, fixture->database);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "CORRO_DATABASE");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);

  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  run->status = g_subprocess_get_exit_status (child);
  corro_test_assert_clean_log (run->err, "corro");
}

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static char *
replace_once (const char *text,
              const char *needle,
              const char *replacement)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return g_strdup_printf ("%.*s%s%s", (int) (found - text), text, replacement,
                          found + strlen (needle));
}

static char *
dup_default_text (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();

  return corro_programme_format_to_string (programme);
}

/* Every file of the database (the database, its journal) with a checksum of its bytes. */
static char *
snapshot_database (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->database_dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *snapshot = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (fixture->database_dir,
                                                g_ptr_array_index (names, i), NULL);
      g_autoptr(GBytes) bytes = corro_test_read_bytes (path);
      g_autofree char *sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

      g_string_append_printf (snapshot, "%s %s\n", (char *) g_ptr_array_index (names, i), sum);
    }

  return g_string_free (snapshot, FALSE);
}

/* Exports the default programme, which also makes the database, into FILE. */
static char *
export_default (Fixture *fixture)
{
  char *path = fixture_path (fixture, "cosp.json");
  g_auto(Run) run = { 0 };

  run_corro (&run, fixture, "--export-programme", path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  return path;
}

/* tests */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *first = export_default (fixture);
  g_autofree char *second = fixture_path (fixture, "again.json");
  g_autofree char *expected = dup_default_text ();
  g_autofree char *first_text = read_text (first);
  g_autofree char *second_text = NULL;
  g_autofree char *imported = g_strdup_printf ("Imported “%s” as the programme “cosp”.\n", first);
  g_auto(Run) import = { 0 };
  g_auto(Run) export = { 0 };

  g_assert_cmpstr (first_text, ==, expected);

  run_corro (&import, fixture, "--import-programme", first, "--replace", NULL);
  g_assert_cmpstr (import.err, ==, "");
  g_assert_cmpstr (import.out, ==, imported);
  g_assert_cmpint (import.status, ==, 0);

  run_corro (&export, fixture, "--export-programme", second, "--programme", "cosp", NULL);
  g_assert_cmpint (export.status, ==, 0);
  second_text = read_text (second);
  g_assert_cmpstr (second_text, ==, expected);
}

static void
test_broken_changes_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *exported = export_default (fixture);
  g_autofree char *broken = fixture_path (fixture, "broken.json");
  g_autofree char *before = snapshot_database (fixture);
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  write_text (broken, broken_text);
  expected = g_strdup_printf ("%s:7:35: error: “minutes” should be a whole number from 1 to 600.\n"
                              "%s:7:74: warning: “title” has no Spanish text.\n"
                              "corro: Nothing was imported: 1 problem stops Corro from reading "
                              "“%s”.\n", broken, broken, broken);

  run_corro (&run, fixture, "--import-programme", broken, "--replace", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_cmpstr (run.out, ==, "");

  after = snapshot_database (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_broken_makes_no_database (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *broken = fixture_path (fixture, "broken.json");
  g_auto(Run) run = { 0 };

  write_text (broken, broken_text);
  run_corro (&run, fixture, "--import-programme", broken, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_false (g_file_test (fixture->database, G_FILE_TEST_EXISTS));
}

static void
test_same_id_needs_choice (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *exported = export_default (fixture);
  g_autofree char *before = snapshot_database (fixture);
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };

  run_corro (&run, fixture, "--import-programme", exported, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==,
                   "corro: A programme with the id “cosp” is already kept. Run again with "
                   "--replace to replace it, or with --keep-both to keep both.\n");

  after = snapshot_database (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_keep_both (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *exported = export_default (fixture);
  g_autofree char *copy = fixture_path (fixture, "copy.json");
  g_autofree char *exported_text = read_text (exported);
  g_autofree char *copy_text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(Run) import = { 0 };
  g_auto(Run) export = { 0 };

  run_corro (&import, fixture, "--import-programme", exported, "--keep-both", NULL);
  g_assert_cmpstr (import.err, ==, "");
  g_assert_nonnull (strstr (import.out, "as the programme “cosp-2”"));
  g_assert_cmpint (import.status, ==, 0);

  store = corro_store_open (fixture->database, &error);
  g_assert_no_error (error);
  ids = corro_store_list_programmes (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (ids, ((const char * const []) { "cosp", "cosp-2", NULL }));
  g_clear_object (&store);

  run_corro (&export, fixture, "--export-programme", copy, "--programme", "cosp-2", NULL);
  g_assert_cmpint (export.status, ==, 0);
  copy_text = read_text (copy);
  expected = replace_once (exported_text, "\"id\" : \"cosp\"", "\"id\" : \"cosp-2\"");
  g_assert_cmpstr (copy_text, ==, expected);
}

static void
test_warnings_do_not_stop (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *exported = export_default (fixture);
  g_autofree char *text = read_text (exported);
  g_autofree char *edited = fixture_path (fixture, "edited.json");
  g_autofree char *changed = NULL;
  g_auto(Run) run = { 0 };

  /* The programme's Spanish title, on line 7 of every exported file. */
  changed = replace_once (text, "\"es\" : \"Círculo de Seguridad Parental\"", "\"es\" : \"\"");
  write_text (edited, changed);

  run_corro (&run, fixture, "--import-programme", edited, "--replace", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.err, edited));
  g_assert_true (g_str_has_prefix (run.err + strlen (edited),
                                   ":7:12: warning: “title” has no Spanish text.\n"));
  g_assert_nonnull (strstr (run.out, "as the programme “cosp”"));
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "gone", "cosp.json", NULL);
  g_autofree char *start = g_strdup_printf ("corro: Could not write the programme to “%s”: ", path);
  g_auto(Run) run = { 0 };

  run_corro (&run, fixture, "--export-programme", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, start));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_unknown_programme (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "nope.json");
  g_auto(Run) run = { 0 };

  run_corro (&run, fixture, "--export-programme", path, "--programme", "nope", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "corro: There is no programme with the id “nope”. The programmes "
                                "kept are: cosp.\n");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_options_misused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "cosp.json");
  g_auto(Run) alone = { 0 };
  g_auto(Run) both_verbs = { 0 };
  g_auto(Run) both_choices = { 0 };

  run_corro (&alone, fixture, "--keep-both", NULL);
  g_assert_cmpint (alone.status, ==, 1);
  g_assert_cmpstr (alone.err, ==, "corro: --replace and --keep-both go with --import-programme.\n");

  run_corro (&both_verbs, fixture, "--import-programme", path, "--export-programme", path, NULL);
  g_assert_cmpint (both_verbs.status, ==, 1);

  run_corro (&both_choices, fixture, "--import-programme", path, "--replace", "--keep-both", NULL);
  g_assert_cmpint (both_choices.status, ==, 1);
  g_assert_false (g_file_test (fixture->database, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/programme-command/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip", test_round_trip);
  ADD ("broken-changes-nothing", test_broken_changes_nothing);
  ADD ("broken-makes-no-database", test_broken_makes_no_database);
  ADD ("same-id-needs-choice", test_same_id_needs_choice);
  ADD ("keep-both", test_keep_both);
  ADD ("warnings-do-not-stop", test_warnings_do_not_stop);
  ADD ("unwritable", test_unwritable);
  ADD ("unknown-programme", test_unknown_programme);
  ADD ("options-misused", test_options_misused);

#undef ADD

  return g_test_run ();
}
