/* test-backup-killed.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real binary killed with SIGKILL at several moments of an encrypted backup, a plain
 * backup, a restore and an import of referrals. While it runs, no plain copy of the
 * records may appear outside the database's own folder (none at all for an encrypted
 * backup); after the next start (opening the records, as every start does) no partial
 * file is left anywhere, and the records are whole: the old ones or the new ones, never
 * half of an import or no database at all.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "corro-backup.h"
#include "corro-store.h"
#include "corro-test-util.h"

#define PASSPHRASE "correct horse battery staple"
#define IMPORTED_PEOPLE 4000

/* How long after the process starts it is killed, in milliseconds: before, during and
 * after the work, which takes about a second or two here. */
static const guint kill_after_ms[] = { 0, 40, 150, 400, 800, 1500, 2500 };

typedef struct
{
  char *records;   /* the database's own folder */
  char *database;
  char *stick;     /* where backups go: another folder, as a USB stick would be */
} Folders;

static void
folders_clear (Folders *folders)
{
  corro_test_remove_tree (folders->records);
  corro_test_remove_tree (folders->stick);
  g_clear_pointer (&folders->records, g_free);
  g_clear_pointer (&folders->database, g_free);
  g_clear_pointer (&folders->stick, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Folders, folders_clear)

/* The demo records and @megabytes of incompressible bytes, so that the work takes a
 * while; @marker is kept in a table of its own to tell two databases apart. */
static void
make_records (const char *path,
              guint       megabytes,
              const char *marker)
{
  g_autofree char *sql = NULL;
  sqlite3 *db;

  corro_test_fill_demo (path);
  sql = g_strdup_printf ("CREATE TABLE test_marker (m TEXT); "
                         "INSERT INTO test_marker VALUES ('%s'); "
                         "CREATE TABLE test_bulk (b BLOB); "
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                         "WHERE i < %u) INSERT INTO test_bulk SELECT randomblob(1048576) "
                         "FROM n;", marker, megabytes);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
folders_init (Folders *folders)
{
  folders->records = corro_test_make_tmpdir ();
  folders->stick = corro_test_make_tmpdir ();
  folders->database = g_build_filename (folders->records, "corro.db", NULL);
}

/* One answer of sqlite3 on @path, as text. */
static char *
query (const char *path,
       const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  char *answer = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  answer = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return answer;
}

static gboolean
starts_as_database (const char *path)
{
  char head[16] = { 0 };
  FILE *f = g_fopen (path, "rbe");
  gsize n;

  if (f == NULL)
    return FALSE;
  n = fread (head, 1, sizeof head, f);
  fclose (f);
  return n == sizeof head && memcmp (head, "SQLite format 3", sizeof head) == 0;
}

/* Whether a file in @dir holds a plain database, @database and its companions apart;
 * @partials counts the hidden partial files there. */
static gboolean
scan (const char *dir,
      const char *database,
      guint      *partials)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  gboolean plain = FALSE;
  const char *name;

  *partials = 0;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (strstr (name, ".partial-") != NULL)
        (*partials)++;
      if (database != NULL && g_str_has_prefix (path, database) &&
          (strcmp (path + strlen (database), "") == 0 ||
           strcmp (path + strlen (database), "-wal") == 0 ||
           strcmp (path + strlen (database), "-shm") == 0 ||
           strcmp (path + strlen (database), "-journal") == 0))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && starts_as_database (path))
        plain = TRUE;
    }
  return plain;
}

typedef struct
{
  const char    *passphrase;
  const Folders *folders;
  /* Whether the stick must never hold a plain database either. */
  gboolean       sealed_stick;
  /* How many scans saw a plain database where none may be. */
  guint          plain_seen;
} Watch;

static void
exited_cb (GObject      *child,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *exited = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (child), result, NULL);
  *exited = TRUE;
}

/* Runs the real binary with @argv and kills it @ms after it started, scanning the
 * watched folder every millisecond meanwhile. Returns whether it was still running. */
static gboolean
run_and_kill (const char * const *argv,
              guint               ms,
              Watch              *watch)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                               G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline;
  gboolean exited = FALSE;

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "CORRO_DATABASE");
  g_subprocess_launcher_setenv (launcher, "CORRO_PASSPHRASE", watch->passphrase, TRUE);
  child = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_wait_async (child, NULL, exited_cb, &exited);

  deadline = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;
  do
    {
      guint partials;

      /* Beside the records, nothing but the records themselves is ever a database. */
      if (scan (watch->folders->records, watch->folders->database, &partials) ||
          (watch->sealed_stick && scan (watch->folders->stick, NULL, &partials)))
        watch->plain_seen++;
      g_usleep (1000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  while (g_get_monotonic_time () < deadline && !exited);

  if (exited)
    return FALSE;
  g_subprocess_force_exit (child);
  while (!exited)
    g_main_context_iteration (NULL, TRUE);
  return TRUE;
}

/* The next start: the records open as ever. */
static void
next_start (const char *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStore) store = corro_store_open (database, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
}

static void
assert_no_partials (const Folders *folders)
{
  guint partials = 0;

  g_assert_false (scan (folders->records, folders->database, &partials));
  g_assert_cmpuint (partials, ==, 0);
  scan (folders->stick, NULL, &partials);
  g_assert_cmpuint (partials, ==, 0);
}

/* A backup killed at any moment: an encrypted one never shows the records in plain
 * anywhere; a plain one only in its own, unfinished file, which the next start removes
 * wherever it is, as it removes an unfinished encrypted one. */
static void
test_killed_backup (gconstpointer data)
{
  gboolean encrypt = GPOINTER_TO_INT (data);
  g_auto(Folders) folders = { 0 };
  g_autofree char *backup = NULL;
  /* An encrypted backup shows nothing plain, not even on the stick. */
  Watch watch = { PASSPHRASE, &folders, encrypt, 0 };
  guint caught = 0;

  folders_init (&folders);
  /* A plain backup is quicker: more records to catch it at work. */
  make_records (folders.database, encrypt ? 24 : 96, "old");
  backup = g_build_filename (folders.stick, "records" CORRO_BACKUP_SUFFIX, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kill_after_ms); i++)
    {
      const char *argv[] = { g_getenv ("CORRO_EXE"), "--database", folders.database,
                             "--backup", backup, encrypt ? "--encrypt" : NULL, NULL };
      guint partials = 0;

      run_and_kill (argv, kill_after_ms[i], &watch);
      scan (folders.stick, NULL, &partials);
      caught += partials > 0;

      next_start (folders.database);
      assert_no_partials (&folders);
      /* A backup is whole or absent. */
      if (g_file_test (backup, G_FILE_TEST_EXISTS))
        {
          g_autofree char *restored = g_build_filename (folders.stick, "check.db", NULL);
          g_autofree char *marker = NULL;
          g_autoptr(GError) error = NULL;

          g_assert_true (corro_backup_restore (restored, backup, PASSPHRASE, NULL, NULL,
                                               &error));
          g_assert_no_error (error);
          marker = query (restored, "SELECT m FROM test_marker");
          g_assert_cmpstr (marker, ==, "old");
          g_unlink (restored);
          g_unlink (backup);
        }
    }

  g_test_message ("%u of %zu kills left an unfinished backup", caught,
                  G_N_ELEMENTS (kill_after_ms));
  g_assert_cmpuint (watch.plain_seen, ==, 0);
  /* Some kills came while the backup was being written. */
  g_assert_cmpuint (caught, >, 0);
}

/* A restore killed at any moment leaves the records as they were or as restored, and
 * opening; nothing decrypted stays behind. */
static void
test_killed_restore (void)
{
  g_auto(Folders) folders = { 0 };
  g_autofree char *pristine = NULL;
  g_autofree char *other = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GError) error = NULL;
  Watch watch = { PASSPHRASE, &folders, FALSE, 0 };
  guint running = 0;
  guint restored = 0;

  folders_init (&folders);
  pristine = g_build_filename (folders.stick, "pristine.db", NULL);
  other = g_build_filename (folders.stick, "other.db", NULL);
  backup = g_build_filename (folders.stick, "new" CORRO_BACKUP_SUFFIX, NULL);
  make_records (pristine, 1, "old");
  make_records (other, 24, "new");
  g_assert_true (corro_backup_write (other, backup, PASSPHRASE, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (kill_after_ms); i++)
    {
      const char *argv[] = { g_getenv ("CORRO_EXE"), "--database", folders.database,
                             "--restore", backup, NULL };
      g_autofree char *marker = NULL;
      g_autofree char *check = NULL;
      g_autoptr(GFile) from = g_file_new_for_path (pristine);
      g_autoptr(GFile) to = g_file_new_for_path (folders.database);

      g_assert_true (g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error));
      g_assert_no_error (error);

      /* The decrypted copy waits beside the records, where they are kept anyway. */
      watch.plain_seen = 0;
      running += run_and_kill (argv, kill_after_ms[i], &watch);
      /* Never without records, even before the next start. */
      g_assert_true (g_file_test (folders.database, G_FILE_TEST_IS_REGULAR));

      next_start (folders.database);
      marker = query (folders.database, "SELECT m FROM test_marker");
      g_assert_true (g_str_equal (marker, "old") || g_str_equal (marker, "new"));
      restored += g_str_equal (marker, "new");
      check = query (folders.database, "PRAGMA integrity_check");
      g_assert_cmpstr (check, ==, "ok");

      {
        guint partials = 0;

        scan (folders.records, folders.database, &partials);
        g_assert_cmpuint (partials, ==, 0);
      }
    }

  g_test_message ("%u of %zu kills came while restoring; %u restores finished", running,
                  G_N_ELEMENTS (kill_after_ms), restored);
  /* Some kills came while it worked, and a late one after it had finished. */
  g_assert_cmpuint (running, >, 0);
  g_assert_cmpuint (restored, >, 0);
}

/* An import of referrals killed at any moment adds all of them or none. */
static void
test_killed_import (void)
{
  g_auto(Folders) folders = { 0 };
  g_autoptr(GString) csv = g_string_new ("name,relationship,child_age\n");
  g_autofree char *csv_path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *added = NULL;
  Watch watch = { PASSPHRASE, &folders, TRUE, 0 };
  guint whole = 0;

  folders_init (&folders);
  make_records (folders.database, 1, "old");
  csv_path = g_build_filename (folders.stick, "referrals.csv", NULL);
  for (guint i = 0; i < IMPORTED_PEOPLE; i++)
    g_string_append_printf (csv, "Parent %u Referred,mother,%u\n", i, 1 + i % 10);
  g_assert_true (g_file_set_contents (csv_path, csv->str, -1, NULL));
  before = query (folders.database, "SELECT count(*) FROM participant");
  added = g_strdup_printf ("%d", atoi (before) + IMPORTED_PEOPLE);

  /* The last try is left to finish (a loaded machine may take longer than any kill). */
  for (guint i = 0; i <= G_N_ELEMENTS (kill_after_ms) && whole == 0; i++)
    {
      g_autofree char *group = g_strdup_printf ("Killed import %u", i);
      const char *argv[] = { g_getenv ("CORRO_EXE"), "--database", folders.database,
                             "--import-participants", csv_path, "--group", group,
                             "--as-new-people", NULL };
      g_autofree char *count = NULL;
      guint ms = i < G_N_ELEMENTS (kill_after_ms) ? kill_after_ms[i] : 120000;

      run_and_kill (argv, ms, &watch);
      next_start (folders.database);
      count = query (folders.database, "SELECT count(*) FROM participant");
      if (g_str_equal (count, added))
        {
          g_test_message ("the import given %u ms had finished; none before", ms);
          whole++;
        }
      else
        g_assert_cmpstr (count, ==, before);
      assert_no_partials (&folders);
    }

  g_assert_cmpuint (whole, ==, 1);
  assert_no_partials (&folders);
  g_assert_cmpuint (watch.plain_seen, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  g_test_add_data_func ("/backup-killed/encrypted", GINT_TO_POINTER (TRUE),
                        test_killed_backup);
  g_test_add_data_func ("/backup-killed/plain", GINT_TO_POINTER (FALSE), test_killed_backup);
  g_test_add_func ("/backup-killed/restore", test_killed_restore);
  g_test_add_func ("/backup-killed/import", test_killed_import);

  return g_test_run ();
}
