/* test-records-cli.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real `corro` binary's records verbs, --import-participants and --demo, run with
 * no display at all.
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "corro-store-people.h"
#include "corro-store-records.h"
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

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static GPtrArray *
list_members_of (CorroStore *store,
                 const char *group_name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = corro_store_find_group (store, group_name, &error);
  GPtrArray *members;

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  members = corro_store_list_members (store, id, &error);
  g_assert_no_error (error);
  return members;
}

static void
test_demo (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *expected = g_strdup_printf ("Wrote a fictional demo to “%s”.\n", path);
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  gboolean statuses[CORRO_GROUP_STATUS_FINISHED + 1] = { FALSE };
  guint n_referred = 0;

  run_corro (&run, "--database", path, "--demo", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");

  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  groups = corro_store_list_groups (store, &error);
  g_assert_cmpuint (groups->len, ==, 3);
  for (guint i = 0; i < groups->len; i++)
    {
      CorroStoreGroup *group = g_ptr_array_index (groups, i);
      g_autoptr(GPtrArray) sessions = corro_store_list_sessions (store, group->id, &error);

      statuses[group->status] = TRUE;
      g_assert_cmpuint (sessions->len, ==, 8);
      if (group->status == CORRO_GROUP_STATUS_FINISHED)
        {
          g_assert_cmpstr (group->language, ==, "es");
          g_assert_cmpint (group->mode, ==, CORRO_GROUP_MODE_IN_PERSON);
        }
      if (group->status == CORRO_GROUP_STATUS_RUNNING)
        {
          g_assert_cmpstr (group->language, ==, "en");
          g_assert_cmpint (group->mode, ==, CORRO_GROUP_MODE_ONLINE);
        }
    }
  g_assert_true (statuses[CORRO_GROUP_STATUS_PLANNED]);
  g_assert_true (statuses[CORRO_GROUP_STATUS_RUNNING]);
  g_assert_true (statuses[CORRO_GROUP_STATUS_FINISHED]);

  /* Referrals waiting for the planned group. */
  waiting = list_members_of (store, "Autumn group — Riverside Family Hub");
  for (guint i = 0; i < waiting->len; i++)
    {
      CorroStoreMember *member = g_ptr_array_index (waiting, i);

      n_referred += member->enrolment.status == CORRO_ENROLMENT_REFERRED ||
                    member->enrolment.status == CORRO_ENROLMENT_CONTACTED;
    }
  g_assert_cmpuint (n_referred, >=, 2);

  /* Notes of every kind, found by search in both languages. */
  matches = corro_store_search_reflections (store, "jose", CORRO_NOTE_SCOPE_RECORDS, 10, NULL,
                                            &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, >=, 2);
  g_clear_pointer (&matches, g_ptr_array_unref);
  matches = corro_store_search_reflections (store, "shark", CORRO_NOTE_SCOPE_SUPERVISION, 10,
                                            NULL, &error);
  g_assert_cmpuint (matches->len, ==, 1);
  g_clear_pointer (&matches, g_ptr_array_unref);
  matches = corro_store_search_reflections (store, "tiburon", CORRO_NOTE_SCOPE_SUPERVISION, 10,
                                            NULL, &error);
  g_assert_cmpuint (matches->len, >=, 1);
  g_assert_cmpint (corro_store_count_audit (store, "reflection"), >, 0);

  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

static void
test_demo_refuses_existing_file (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *expected = g_strdup_printf ("corro: “%s” already exists. Corro writes the "
                                               "demo only into a new file: name one with "
                                               "--database.\n", path);
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };

  write_file (path, "keep me");
  run_corro (&run, "--database", path, "--demo", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "keep me");

  corro_test_remove_tree (dir);
}

static void
test_import (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *first = g_build_filename (dir, "referrals.csv", NULL);
  g_autofree char *second = g_build_filename (dir, "derivaciones.csv", NULL);
  g_autofree char *warning = g_strdup_printf ("%s:1: The column “Notas” is not one Corro "
                                              "knows; it is not imported.\n", second);
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  write_file (first, "name,relationship,child_age,referral_source,referral_date\n"
                     "Tom Baker,father,14m,Health visitor,2025-09-01\n"
                     "Priya Sharma,mother,7m,GP,02/09/2025\n");
  write_file (second, "\xef\xbb\xbf" "Nombre;Parentesco;Notas\r\nLucía Hernández;madre;x\r\n");

  /* No group has that name: one is made, following the default programme. */
  run_corro (&run, "--database", path, "--import-participants", first,
             "--group", "Autumn group", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "Referred 2 participants to the new group “Autumn group”.\n");
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  /* The same group, named in other capitals; an unknown column is reported. */
  run_corro (&run, "--database", path, "--import-participants", second,
             "--group", "AUTUMN GROUP", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Referred 1 participant to the group “AUTUMN GROUP”.\n");
  g_assert_cmpstr (run.err, ==, warning);

  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  groups = corro_store_list_groups (store, &error);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpstr (((CorroStoreGroup *) g_ptr_array_index (groups, 0))->programme_id, ==,
                   "cosp");
  members = list_members_of (store, "Autumn group");
  g_assert_cmpuint (members->len, ==, 3);
  g_assert_cmpstr (((CorroStoreMember *) g_ptr_array_index (members, 0))->participant.name, ==,
                   "Lucía Hernández");

  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

/* The same people imported twice stay one record each; a name in other capitals and
 * without its accents is the same person; --as-new-people adds them again on purpose. */
static void
test_import_lookalikes (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "derivaciones.csv", NULL);
  g_autofree char *other = g_build_filename (dir, "otra.csv", NULL);
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  write_file (csv, "\xef\xbb\xbf" "Nombre;Teléfono\r\nIñaki Peña;+52 55 1234 5678\r\n"
                   "Lucía Ramos;\r\n");
  write_file (other, "name,phone\nINAKI PENA,\n");

  run_corro (&run, "--database", path, "--import-participants", csv, "--group", "Martes", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Referred 2 participants to the new group “Martes”.\n");
  run_clear (&run);

  /* Again: nobody new, and it says who it linked. */
  run_corro (&run, "--database", path, "--import-participants", csv, "--group", "Martes", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==,
                   "Referred 0 participants to the group “Martes”.\n"
                   "2 people were already in the records and were linked to their records, "
                   "not added again: Iñaki Peña, Lucía Ramos.\n"
                   "2 of them were in the group already and were left as they were.\n"
                   "To add them as new people instead, import again with --as-new-people.\n");
  run_clear (&run);

  /* Another group: the same person, referred there with their one record. */
  run_corro (&run, "--database", path, "--import-participants", other, "--group", "Jueves",
             NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Referred 1 participant to the new group “Jueves”.\n"));
  g_assert_nonnull (strstr (run.out, "not added again: Iñaki Peña."));
  run_clear (&run);

  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  people = corro_store_search_people (store, "inaki pena", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 1);
  members = list_members_of (store, "Jueves");
  g_assert_cmpuint (members->len, ==, 1);
  g_assert_cmpint (((CorroStoreMember *) g_ptr_array_index (members, 0))->participant.id, ==,
                   ((CorroStoreLookalike *) g_ptr_array_index (people, 0))->participant.id);
  g_clear_pointer (&people, g_ptr_array_unref);
  g_clear_object (&store);

  /* On purpose, a new person. */
  run_corro (&run, "--database", path, "--import-participants", other, "--group", "Viernes",
             "--as-new-people", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Added 1 person as new although they look like someone "
                                     "already in the records: Iñaki Peña."));
  store = corro_store_open (path, &error);
  people = corro_store_search_people (store, "inaki pena", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 2);

  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

static void
test_import_bad_rows (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "referrals.csv", NULL);
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  write_file (csv, "name,relationship,child_age\n"
                   "Good,mother,1\n"
                   ",mother,2\n"
                   "Ana,aunt,3\n");
  expected = g_strdup_printf ("%s:3: The name is empty.\n"
                              "%s:4: “aunt” is not a relationship Corro knows (mother, "
                              "father, grandparent, foster carer or other).\n"
                              "corro: Nobody was imported: the file has 2 problems.\n",
                              csv, csv);

  run_corro (&run, "--database", path, "--import-participants", csv, "--group", "Spring",
             NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_cmpstr (run.out, ==, "");
  /* Checked before the records are opened: nothing was touched. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  corro_test_remove_tree (dir);
}

static void
test_import_usage (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_auto(Run) run = { 0 };

  run_corro (&run, "--database", path, "--import-participants", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--group NAME"));
  run_clear (&run);

  run_corro (&run, "--database", path, "--group", "Spring", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "corro: --group goes with --import-participants.\n");
  run_clear (&run);

  run_corro (&run, "--database", path, "--import-participants", missing, "--group", "Spring",
             NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "corro: Nobody was imported: "));
  run_clear (&run);

  run_corro (&run, "--database", path, "--demo", "--group", "Spring", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  run_clear (&run);

  run_corro (&run, "--help", NULL);
  g_assert_nonnull (strstr (run.out, "--import-participants=FILE"));
  g_assert_nonnull (strstr (run.out, "--demo"));

  corro_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  g_test_add_func ("/records-cli/demo", test_demo);
  g_test_add_func ("/records-cli/demo-refuses-existing-file", test_demo_refuses_existing_file);
  g_test_add_func ("/records-cli/import", test_import);
  g_test_add_func ("/records-cli/import-lookalikes", test_import_lookalikes);
  g_test_add_func ("/records-cli/import-bad-rows", test_import_bad_rows);
  g_test_add_func ("/records-cli/import-usage", test_import_usage);

  return g_test_run ();
}
