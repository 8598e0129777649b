/* test-database.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "corro-backup.h"
#include "corro-database.h"
#include "corro-store.h"
#include "corro-test-util.h"

static gint64
query_int (CorroDatabase *db,
           const char    *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;

  stmt = corro_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  corro_database_step (db, stmt, &has_row, &error);
  g_assert_no_error (error);
  g_assert_true (has_row);

  return sqlite3_column_int64 (stmt, 0);
}

static char *
query_text (CorroDatabase *db,
            const char    *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;

  stmt = corro_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  corro_database_step (db, stmt, &has_row, &error);
  g_assert_no_error (error);
  g_assert_true (has_row);

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Makes a database that SQLite reads but Corro did not write. */
static void
make_foreign_database (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recipes (name TEXT); "
                                     "INSERT INTO recipes VALUES ('tortilla');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Opens, then fails, leaving the file exactly as it was. */
static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autoptr(GBytes) before = corro_test_read_bytes (path);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  db = corro_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, CORRO_DATABASE_ERROR, code);
  g_assert_nonnull (error->message);

  after = corro_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_create (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mode = NULL;
  GStatBuf st;

  db = corro_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  g_assert_cmpuint (corro_database_get_version (db), ==, corro_database_get_latest_version ());
  g_assert_cmpuint (corro_database_get_latest_version (), >=, 2);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==,
                   corro_database_get_latest_version ());
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, CORRO_DATABASE_APPLICATION_ID);
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA synchronous"), ==, 1); /* NORMAL */
  mode = query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_clear_object (&db);
  corro_test_remove_tree (dir);
}

static void
test_default_path (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *expected = g_build_filename (data, "corro", "corro.db", NULL);
  g_autofree char *folder = g_build_filename (data, "corro", NULL);
  g_autofree char *path = NULL;
  GStatBuf st;

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_unsetenv ("CORRO_DATABASE");
  path = corro_store_dup_default_path ();
  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_setenv ("CORRO_DATABASE", "/elsewhere/records.db", TRUE);
  g_free (path);
  path = corro_store_dup_default_path ();
  g_assert_cmpstr (path, ==, "/elsewhere/records.db");
  g_unsetenv ("CORRO_DATABASE");

  corro_test_remove_tree (dir);
}

static void
test_missing_folder (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "corro.db", NULL);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = corro_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_IO);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  corro_test_remove_tree (dir);
}

static void
test_migrate_from_older (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A database as Corro left it at schema 1, with a record in it. */
  db = corro_database_open_at_version (path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corro_database_get_version (db), ==, 1);
  corro_database_exec (db, "INSERT INTO audit (action, entity) VALUES ('create', 'group')",
                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'setting'"),
                   ==, 0);
  g_clear_object (&db);

  db = corro_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corro_database_get_version (db), ==, corro_database_get_latest_version ());
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit WHERE entity = 'group'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'setting'"),
                   ==, 1);

  g_clear_object (&db);
  corro_test_remove_tree (dir);
}

static void
test_empty_file (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A zero-byte file (e.g. made by `touch`) holds nothing to lose: it becomes a database. */
  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);

  db = corro_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corro_database_get_version (db), ==, corro_database_get_latest_version ());

  g_clear_object (&db);
  corro_test_remove_tree (dir);
}

static void
test_damaged_random_bytes (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  corro_test_write_random (path, 64 * 1024);
  assert_refused_untouched (path, CORRO_DATABASE_ERROR_DAMAGED);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  corro_test_remove_tree (dir);
}

static void
test_damaged_page (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* A real Corro database, checkpointed, then one b-tree page overwritten with noise. */
  db = corro_database_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    corro_database_exec (db, "INSERT INTO audit (action, entity, detail) "
                             "VALUES ('create', 'note', hex (randomblob (200)))", &error);
  g_assert_no_error (error);
  corro_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", &error);
  g_assert_no_error (error);
  g_clear_object (&db);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4 * 4096);
  for (gsize i = 2 * 4096; i < 3 * 4096; i++)
    contents[i] = (char) g_random_int_range (0, 256);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  assert_refused_untouched (path, CORRO_DATABASE_ERROR_DAMAGED);

  corro_test_remove_tree (dir);
}

static void
test_foreign (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);

  make_foreign_database (path);
  assert_refused_untouched (path, CORRO_DATABASE_ERROR_FOREIGN);

  corro_test_remove_tree (dir);
}

static void
test_too_new (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = corro_database_open (path, &error);
  g_assert_no_error (error);
  corro_database_exec (db, "PRAGMA user_version = 999; PRAGMA wal_checkpoint(TRUNCATE);",
                       &error);
  g_assert_no_error (error);
  g_clear_object (&db);

  assert_refused_untouched (path, CORRO_DATABASE_ERROR_TOO_NEW);
  g_assert_true (corro_database_check (path, NULL) == FALSE);

  corro_test_remove_tree (dir);
}

static void
test_permissions_tightened (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  /* A database copied in by hand with the usual 0644 is closed to others on open. */
  db = corro_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&db);
  g_chmod (path, 0644);

  db = corro_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_clear_object (&db);
  corro_test_remove_tree (dir);
}

static void
test_move_aside (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *moved = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroDatabase) db = NULL;

  corro_test_write_random (path, 10000);
  before = corro_test_read_bytes (path);

  moved = corro_database_move_aside (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (moved);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  after = corro_test_read_bytes (moved);
  g_assert_true (g_bytes_equal (before, after));

  /* Its place is free for a fresh database. */
  db = corro_database_open (path, &error);
  g_assert_no_error (error);

  g_clear_object (&db);
  corro_test_remove_tree (dir);
}

static void
test_restore (void)
{
  static const char * const companions[] = { "", "-wal", "-shm" };
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *source = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *target = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *damaged = g_build_filename (dir, "damaged.db", NULL);
  g_autofree char *value = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = corro_store_open (source, &error);
  g_assert_no_error (error);
  corro_store_set_setting (store, "team-name", "Family hub, Hackney", &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* A damaged backup restores nothing: the file in place is left as it was. */
  g_file_set_contents (target, "keep me", -1, NULL);
  corro_test_write_random (damaged, 8192);
  g_assert_false (corro_backup_restore (target, damaged, NULL, NULL, NULL, &error));
  g_assert_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_NOT_A_BACKUP);
  g_clear_error (&error);
  g_file_get_contents (target, &kept, NULL, NULL);
  g_assert_cmpstr (kept, ==, "keep me");
  g_clear_pointer (&kept, g_free);

  /* Restoring over a file keeps that file aside, byte for byte. */
  g_assert_true (corro_backup_restore (target, source, NULL, NULL, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_file_get_contents (aside, &kept, NULL, NULL);
  g_assert_cmpstr (kept, ==, "keep me");
  store = corro_store_open (target, &error);
  g_assert_no_error (error);
  value = corro_store_dup_setting (store, "team-name");
  g_assert_cmpstr (value, ==, "Family hub, Hackney");
  g_clear_object (&store);
  g_clear_pointer (&value, g_free);

  /* Into a place where there are no records yet. */
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *file = g_strconcat (target, companions[i], NULL);

      g_unlink (file);
    }
  g_clear_pointer (&aside, g_free);
  g_assert_true (corro_backup_restore (target, source, NULL, NULL, &aside, &error));
  g_assert_no_error (error);
  g_assert_null (aside);
  store = corro_store_open (target, &error);
  g_assert_no_error (error);
  value = corro_store_dup_setting (store, "team-name");
  g_assert_cmpstr (value, ==, "Family hub, Hackney");

  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

static void
test_audit_append_only (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = corro_database_open (path, &error);
  g_assert_no_error (error);
  corro_database_exec (db, "INSERT INTO audit (action, entity) VALUES ('create', 'note')",
                       &error);
  g_assert_no_error (error);

  g_assert_false (corro_database_exec (db, "UPDATE audit SET action = 'forged'", &error));
  g_assert_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (corro_database_exec (db, "DELETE FROM audit", &error));
  g_assert_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit WHERE action = 'create'"), ==, 1);

  g_clear_object (&db);
  corro_test_remove_tree (dir);
}

static void
test_settings (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (corro_store_get_path (store), ==, path);

  g_assert_null (corro_store_dup_setting (store, "content-language"));
  g_assert_cmpint (corro_store_count_audit (store, "setting"), ==, 0);

  g_assert_true (corro_store_set_setting (store, "content-language", "es", &error));
  g_assert_true (corro_store_set_setting (store, "content-language", "en", &error));
  g_assert_no_error (error);
  value = corro_store_dup_setting (store, "content-language");
  g_assert_cmpstr (value, ==, "en");
  g_assert_cmpint (corro_store_count_audit (store, "setting"), ==, 2);

  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

/* A writer killed with SIGKILL in the middle of a transaction: on reopen, every
 * committed row is there and none of the half-written ones. */
static void
test_kill_during_write (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "store-writer", NULL);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *check = NULL;
  guint committed = 0;

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, writer, path, "500", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

  /* "committed N", then "writing" once the open transaction holds uncommitted rows. */
  while ((line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error)) != NULL)
    {
      if (g_str_has_prefix (line, "committed "))
        committed = (guint) g_ascii_strtoull (line + strlen ("committed "), NULL, 10);
      if (g_str_equal (line, "writing"))
        break;
      g_clear_pointer (&line, g_free);
    }
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "writing");
  g_assert_cmpuint (committed, ==, 500);

  g_usleep (20 * G_TIME_SPAN_MILLISECOND);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));

  db = corro_database_open (path, &error);
  g_assert_no_error (error);
  check = query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit WHERE action = 'committed'"),
                   ==, 500);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit WHERE action = 'uncommitted'"),
                   ==, 0);

  g_clear_object (&db);
  corro_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  g_test_add_func ("/database/create", test_create);
  g_test_add_func ("/database/default-path", test_default_path);
  g_test_add_func ("/database/missing-folder", test_missing_folder);
  g_test_add_func ("/database/migrate-from-older", test_migrate_from_older);
  g_test_add_func ("/database/empty-file", test_empty_file);
  g_test_add_func ("/database/damaged/random-bytes", test_damaged_random_bytes);
  g_test_add_func ("/database/damaged/page", test_damaged_page);
  g_test_add_func ("/database/foreign", test_foreign);
  g_test_add_func ("/database/too-new", test_too_new);
  g_test_add_func ("/database/permissions-tightened", test_permissions_tightened);
  g_test_add_func ("/database/move-aside", test_move_aside);
  g_test_add_func ("/database/restore", test_restore);
  g_test_add_func ("/database/audit-append-only", test_audit_append_only);
  g_test_add_func ("/database/kill-during-write", test_kill_during_write);
  g_test_add_func ("/store/settings", test_settings);

  return g_test_run ();
}
