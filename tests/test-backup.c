/* test-backup.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups of real databases (the fictional demo, written by the real binary) in a fresh
 * folder per case: round trips compared with `sqlite3 DB .dump`, encrypted backups with a
 * wrong passphrase, a flipped byte or a cut, automatic backups and their rotation, a
 * backup taken while another connection writes, and the --backup/--restore verbs.
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "corro-auto-backup.h"
#include "corro-backup.h"
#include "corro-store.h"
#include "corro-test-util.h"

#define PASSPHRASE "correct horse battery staple"

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

/* Runs the real binary with no display; @passphrase goes in CORRO_PASSPHRASE. */
static void
run_corro (Run        *run,
           const char *language,
           const char *passphrase,
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

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "CORRO_DATABASE");
  g_subprocess_launcher_unsetenv (launcher, "CORRO_PASSPHRASE");
  if (passphrase != NULL)
    g_subprocess_launcher_setenv (launcher, "CORRO_PASSPHRASE", passphrase, TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);

  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  run->status = g_subprocess_get_exit_status (child);
  corro_test_assert_clean_log (run->err, "corro");
}

static char *
make_demo (const char *dir,
           const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  g_auto(Run) run = { 0 };

  run_corro (&run, "en", NULL, "--database", path, "--demo", NULL);
  g_assert_cmpint (run.status, ==, 0);
  return path;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
assert_same_bytes (GBytes *before,
                   const char *path)
{
  g_autoptr(GBytes) after = corro_test_read_bytes (path);

  g_assert_true (g_bytes_equal (before, after));
}

static void
test_round_trip (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *original = make_demo (dir, "original.db");
  g_autofree char *backup = g_build_filename (dir, "records" CORRO_BACKUP_SUFFIX, NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.db", NULL);
  g_autoptr(CorroBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GStatBuf st;

  g_assert_true (corro_backup_write (original, backup, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_false (corro_backup_is_encrypted (backup, &error));
  g_assert_no_error (error);

  g_assert_true (corro_backup_restore (fresh, backup, NULL, &info, &aside, &error));
  g_assert_no_error (error);
  g_assert_null (aside);   /* there was nothing to keep aside */
  g_assert_cmpuint (info->n_groups, ==, 3);
  g_assert_cmpuint (info->n_participants, >, 0);
  g_assert_cmpuint (info->n_sessions, ==, 24);
  g_assert_false (info->encrypted);

  before = corro_test_dump_database (original);
  after = corro_test_dump_database (fresh);
  g_assert_cmpstr (before, ==, after);

  corro_test_remove_tree (dir);
}

/* The "done when": encrypted on one database, restored into a fresh one. */
static void
test_encrypted_round_trip (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *original = make_demo (dir, "laptop-a.db");
  g_autofree char *backup = g_build_filename (dir, "carry" CORRO_BACKUP_SUFFIX, NULL);
  g_autofree char *other = g_build_filename (dir, "laptop-b", NULL);
  g_autofree char *fresh = g_build_filename (other, "corro.db", NULL);
  g_autoptr(CorroBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_cmpint (g_mkdir (other, 0700), ==, 0);
  g_assert_true (corro_backup_write (original, backup, PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (corro_backup_is_encrypted (backup, &error));

  /* No plain record text is readable in the file. */
  bytes = corro_test_read_bytes (backup);
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               "SQLite format 3"));
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               "Hernández"));

  g_assert_true (corro_backup_restore (fresh, backup, PASSPHRASE, &info, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (info->encrypted);
  g_assert_cmpuint (info->n_groups, ==, 3);
  g_assert_cmpint (ABS (g_date_time_to_unix (info->made_at) - now), <, 60);

  before = corro_test_dump_database (original);
  after = corro_test_dump_database (fresh);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_files (other), ==, 1);   /* no partial file left behind */

  corro_test_remove_tree (dir);
}

/* Restores @backup over an existing database and expects @code, with the database and
 * its folder exactly as they were. */
static void
assert_restores_nothing (const char *backup,
                         const char *passphrase,
                         int         code)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *current = make_demo (dir, "current.db");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  guint n_files;

  before = corro_test_read_bytes (current);
  n_files = count_files (dir);

  g_assert_false (corro_backup_restore (current, backup, passphrase, NULL, &aside, &error));
  g_assert_error (error, CORRO_BACKUP_ERROR, code);
  g_assert_null (aside);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("%s", error->message);

  assert_same_bytes (before, current);
  g_assert_cmpuint (count_files (dir), ==, n_files);

  corro_test_remove_tree (dir);
}

static char *
make_encrypted (const char *dir)
{
  g_autofree char *original = make_demo (dir, "original.db");
  char *backup = g_build_filename (dir, "enc" CORRO_BACKUP_SUFFIX, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (corro_backup_write (original, backup, PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  return backup;
}

static void
test_wrong_passphrase (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *backup = make_encrypted (dir);

  assert_restores_nothing (backup, "correct horse battery stapler",
                           CORRO_BACKUP_ERROR_WRONG_PASSPHRASE);
  assert_restores_nothing (backup, NULL, CORRO_BACKUP_ERROR_NEEDS_PASSPHRASE);

  corro_test_remove_tree (dir);
}

static void
test_tampered (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *backup = make_encrypted (dir);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (backup, &contents, &length, &error);
  g_assert_no_error (error);

  /* One bit flipped in the middle of the records. */
  contents[length / 2] ^= 0x01;
  g_file_set_contents (backup, contents, length, &error);
  g_assert_no_error (error);
  assert_restores_nothing (backup, PASSPHRASE, CORRO_BACKUP_ERROR_DAMAGED);
  contents[length / 2] ^= 0x01;

  /* A flipped byte in the header (the salt) is damage, not a wrong passphrase. */
  contents[45] ^= 0x80;
  g_file_set_contents (backup, contents, length, &error);
  assert_restores_nothing (backup, PASSPHRASE, CORRO_BACKUP_ERROR_DAMAGED);
  contents[45] ^= 0x80;

  /* Cut short, in the middle of a chunk and exactly after a whole chunk. */
  g_file_set_contents (backup, contents, length - 100, &error);
  assert_restores_nothing (backup, PASSPHRASE, CORRO_BACKUP_ERROR_DAMAGED);
  g_file_set_contents (backup, contents, 144 + 65536 + 17, &error);
  assert_restores_nothing (backup, PASSPHRASE, CORRO_BACKUP_ERROR_DAMAGED);

  /* Something appended after the last chunk. */
  {
    g_autofree char *longer = g_malloc (length + 4);

    memcpy (longer, contents, length);
    memcpy (longer + length, "more", 4);
    g_file_set_contents (backup, longer, length + 4, &error);
    assert_restores_nothing (backup, PASSPHRASE, CORRO_BACKUP_ERROR_DAMAGED);
  }

  corro_test_remove_tree (dir);
}

static void
test_not_a_backup (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *random = g_build_filename (dir, "random.bin", NULL);
  g_autofree char *foreign = g_build_filename (dir, "foreign.db", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain" CORRO_BACKUP_SUFFIX, NULL);
  g_autofree char *original = make_demo (dir, "original.db");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  gsize length;

  corro_test_write_random (random, 100000);
  assert_restores_nothing (random, NULL, CORRO_BACKUP_ERROR_NOT_A_BACKUP);

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_restores_nothing (foreign, NULL, CORRO_BACKUP_ERROR_NOT_A_BACKUP);

  /* A plain backup with a page damaged fails its integrity check. */
  g_assert_true (corro_backup_write (original, plain, NULL, NULL, &error));
  g_file_get_contents (plain, &contents, &length, &error);
  memset (contents + 4096 * 3, 0xa5, 200);
  g_file_set_contents (plain, contents, length, &error);
  g_assert_no_error (error);
  assert_restores_nothing (plain, NULL, CORRO_BACKUP_ERROR_DAMAGED);

  corro_test_remove_tree (dir);
}

static void
test_put_aside (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *original = make_demo (dir, "original.db");
  g_autofree char *current = make_demo (dir, "current.db");
  g_autofree char *backup = g_build_filename (dir, "b" CORRO_BACKUP_SUFFIX, NULL);
  g_autoptr(GBytes) current_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (corro_backup_write (original, backup, NULL, NULL, &error));
  current_bytes = corro_test_read_bytes (current);

  g_assert_true (corro_backup_restore (current, backup, NULL, NULL, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, current));
  assert_same_bytes (current_bytes, aside);   /* kept byte for byte */

  before = corro_test_dump_database (original);
  after = corro_test_dump_database (current);
  g_assert_cmpstr (before, ==, after);

  corro_test_remove_tree (dir);
}

static GDateTime *
local_time (int day,
            int hour)
{
  return g_date_time_new_local (2026, 3, day, hour, 0, 0);
}

static void
test_rotation (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *db = make_demo (dir, "corro.db");
  g_autofree char *folder = corro_auto_backup_dup_folder (db, NULL);
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_str_has_suffix (folder, "/backups"));
  for (int day = 1; day <= 6; day++)
    {
      g_autoptr(GDateTime) now = local_time (day, 17);
      g_autofree char *made = corro_auto_backup_run (db, folder, 4, now, NULL, &error);

      g_assert_no_error (error);
      g_assert_true (g_file_test (made, G_FILE_TEST_IS_REGULAR));
    }

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* Exactly the four newest remain, newest first; nothing else is in the folder. */
  kept = corro_auto_backup_list (folder, db);
  g_assert_cmpuint (kept->len, ==, 4);
  g_assert_cmpuint (count_files (folder), ==, 4);
  for (guint i = 0; i < kept->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (kept, i));
      g_autofree char *expected = g_strdup_printf ("corro-2026-03-%02u-170000"
                                                   CORRO_BACKUP_SUFFIX, 6 - i);

      g_assert_cmpstr (name, ==, expected);
    }

  corro_test_remove_tree (dir);
}

static void
test_at_most_daily (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *db = make_demo (dir, "records.db");
  g_autofree char *folder = g_build_filename (dir, "chosen", "folder", NULL);
  g_autoptr(GDateTime) morning = local_time (10, 9);
  g_autoptr(GDateTime) evening = local_time (10, 23);
  g_autoptr(GDateTime) next_day = local_time (11, 8);
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;

  g_assert_null (corro_auto_backup_dup_last (folder, db));
  g_assert_true (corro_auto_backup_is_due (folder, db, morning));

  made = corro_auto_backup_run (db, folder, 10, morning, NULL, &error);
  g_assert_no_error (error);
  last = corro_auto_backup_dup_last (folder, db);
  g_assert_true (g_date_time_equal (last, morning));

  g_assert_false (corro_auto_backup_is_due (folder, db, morning));
  g_assert_false (corro_auto_backup_is_due (folder, db, evening));
  g_assert_true (corro_auto_backup_is_due (folder, db, next_day));

  corro_test_remove_tree (dir);
}

typedef struct
{
  char         *path;
  volatile gint stop;
  guint         n_written;
} Writer;

/* Writes pairs of rows in one transaction each, as fast as it can. */
static gpointer
write_pairs (gpointer user_data)
{
  Writer *writer = user_data;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (writer->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  while (!g_atomic_int_get (&writer->stop))
    {
      g_autofree char *sql = g_strdup_printf (
        "BEGIN IMMEDIATE;"
        "INSERT INTO setting (key, value) VALUES ('pair-a-%u', randomblob (3000));"
        "INSERT INTO setting (key, value) VALUES ('pair-b-%u', randomblob (3000));"
        "COMMIT;", writer->n_written, writer->n_written);

      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      writer->n_written++;
    }
  sqlite3_close (db);
  return NULL;
}

static gint64
count_keys (const char *path,
            const char *pattern)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM setting WHERE key LIKE ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_while_written (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *db = make_demo (dir, "busy.db");
  g_autofree char *restored = g_build_filename (dir, "restored.db", NULL);
  Writer writer = { .path = db };
  GThread *thread;

  /* A database of some thousand pages, so that a backup takes many steps. */
  thread = g_thread_new ("writer", write_pairs, &writer);
  while (g_atomic_int_get ((gint *) &writer.n_written) < 800)
    g_usleep (1000);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *backup = g_strdup_printf ("%s/busy-%u" CORRO_BACKUP_SUFFIX, dir, i);
      g_autoptr(GError) error = NULL;
      gint64 a, b;

      g_assert_true (corro_backup_write (db, backup, NULL, NULL, &error));
      g_assert_no_error (error);

      /* Every pair is whole: the copy is one snapshot, checked by integrity_check. */
      g_unlink (restored);
      g_assert_true (corro_backup_restore (restored, backup, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      a = count_keys (restored, "pair-a-%");
      b = count_keys (restored, "pair-b-%");
      g_assert_cmpint (a, ==, b);
      g_assert_cmpint (a, >=, 800);
    }

  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);
  corro_test_remove_tree (dir);
}

/* The hidden partial files beside @path (a copy of the records, whole or not). */
/* What a killed backup, restore or import left beside the records (see also
 * test-backup-killed.c, which kills the real binary): partial files of stopped
 * processes and older versions go, with the unfinished backup elsewhere that a note
 * names; a running process's partial file stays, and a note never takes away a file
 * that is not a partial one. */
static void
test_leftovers (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *stick = corro_test_make_tmpdir ();
  g_autofree char *path = make_demo (dir, "corro.db");
  g_autofree char *dead = g_build_filename (dir, ".corro.db.partial-999999999-Ab12Cd", NULL);
  g_autofree char *dead_journal = g_strconcat (dead, "-journal", NULL);
  g_autofree char *old = g_build_filename (dir, ".corro.db.partial-Xy34Zw", NULL);
  g_autofree char *live = g_strdup_printf ("%s/.corro.db.partial-%d-Live00", dir, (int) getpid ());
  g_autofree char *note = g_build_filename (dir, ".corro.db.partial-999999998-Note00", NULL);
  g_autofree char *noted = g_build_filename (stick, ".out.corro-backup.partial-999999998-Ef56",
                                             NULL);
  g_autofree char *bad_note = g_build_filename (dir, ".corro.db.partial-999999997-Note01",
                                                NULL);
  g_autofree char *precious = g_build_filename (stick, "precious.txt", NULL);
  g_autofree char *contents = NULL;

  /* What a stopped process, an older version or this running one left. */
  g_assert_true (g_file_set_contents (dead, "plain records", -1, NULL));
  g_assert_true (g_file_set_contents (dead_journal, "journal", -1, NULL));
  g_assert_true (g_file_set_contents (old, "plain records", -1, NULL));
  g_assert_true (g_file_set_contents (live, "being written", -1, NULL));
  g_assert_true (g_file_set_contents (noted, "plain records elsewhere", -1, NULL));
  contents = g_strconcat ("Corro: unfinished backup at\n", stick,
                          "/.out.corro-backup.partial-999999998-", NULL);
  g_assert_true (g_file_set_contents (note, contents, -1, NULL));
  g_assert_true (g_file_set_contents (precious, "someone's file", -1, NULL));
  g_free (contents);
  contents = g_strconcat ("Corro: unfinished backup at\n", stick, "/precious", NULL);
  g_assert_true (g_file_set_contents (bad_note, contents, -1, NULL));

  g_assert_cmpuint (corro_backup_remove_leftovers (path), ==, 4);
  g_assert_false (g_file_test (dead, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (dead_journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (live, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (note, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (noted, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (bad_note, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (precious, G_FILE_TEST_EXISTS));
  g_unlink (live);

  corro_test_remove_tree (dir);
  corro_test_remove_tree (stick);
}

static void
test_cli (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *original = make_demo (dir, "original.db");
  g_autofree char *backup = g_build_filename (dir, "carry" CORRO_BACKUP_SUFFIX, NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "x" CORRO_BACKUP_SUFFIX,
                                               NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) fresh_bytes = NULL;
  g_auto(Run) run = { 0 };

  run_corro (&run, "en", PASSPHRASE, "--database", original, "--backup", backup, "--encrypt",
             NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (strstr (run.out, "encrypted") != NULL);
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  /* Encrypting with no passphrase and no terminal: refused, nothing written. */
  run_corro (&run, "en", NULL, "--database", original, "--backup", missing, "--encrypt", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "corro: No backup was made: "));
  g_assert_true (strstr (run.err, "CORRO_PASSPHRASE") != NULL);
  run_clear (&run);

  run_corro (&run, "en", NULL, "--database", original, "--backup", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (strstr (run.err, "does not exist") != NULL);
  run_clear (&run);

  run_corro (&run, "en", PASSPHRASE, "--database", fresh, "--restore", backup, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (strstr (run.out, "3 groups") != NULL);
  g_assert_true (strstr (run.out, "24 sessions") != NULL);
  run_clear (&run);
  before = corro_test_dump_database (original);
  after = corro_test_dump_database (fresh);
  g_assert_cmpstr (before, ==, after);
  fresh_bytes = corro_test_read_bytes (fresh);

  run_corro (&run, "en", "wrong", "--database", fresh, "--restore", backup, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "corro: Nothing was restored: The passphrase is not the one "
                                "this backup was encrypted with.\n");
  assert_same_bytes (fresh_bytes, fresh);
  run_clear (&run);

  run_corro (&run, "es", "wrong", "--database", fresh, "--restore", backup, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "corro: No se restauró nada: "));
  run_clear (&run);

  run_corro (&run, "en", NULL, "--database", fresh, "--restore", original, "--encrypt", NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);

  /* Restoring over existing records keeps them aside and says where. */
  run_corro (&run, "en", PASSPHRASE, "--database", fresh, "--restore", backup, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (strstr (run.out, "kept as") != NULL);
  g_assert_true (strstr (run.out, ".set-aside-") != NULL);

  corro_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  g_test_add_func ("/backup/round-trip", test_round_trip);
  g_test_add_func ("/backup/encrypted-round-trip", test_encrypted_round_trip);
  g_test_add_func ("/backup/wrong-passphrase", test_wrong_passphrase);
  g_test_add_func ("/backup/tampered", test_tampered);
  g_test_add_func ("/backup/not-a-backup", test_not_a_backup);
  g_test_add_func ("/backup/put-aside", test_put_aside);
  g_test_add_func ("/backup/rotation", test_rotation);
  g_test_add_func ("/backup/at-most-daily", test_at_most_daily);
  g_test_add_func ("/backup/while-written", test_while_written);
  g_test_add_func ("/backup/cli", test_cli);
  g_test_add_func ("/backup/leftovers", test_leftovers);

  return g_test_run ();
}
