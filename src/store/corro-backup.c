/* corro-backup.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <sqlite3.h>

#include "corro-backup-private.h"
#include "corro-database.h"

/* Backups of the records database, made with SQLite's online backup API so that a
 * database in use is copied as one consistent snapshot.
 *
 * Writing: the copy goes into a hidden temporary file beside the destination, is
 * checked with PRAGMA integrity_check, flushed to disk, and only then renamed over the
 * destination, so a backup file is either complete and checked or absent. An encrypted
 * backup is made from a snapshot held in memory: the plain records never reach the disk.
 *
 * Restoring is in corro-backup-restore.c, encryption in corro-backup-crypt.c. */

#define PAGES_PER_STEP 1024

G_DEFINE_QUARK (corro-backup-error-quark, corro_backup_error)

/* helpers */

void
_corro_backup_set_sqlite_error (GError     **error,
                                int          rc,
                                const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_FULL,
                   _("The disk holding “%s” is full. Free some space and try again."), name);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_DAMAGED,
                   _("“%s” is damaged: it fails the database’s own check."), name);
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_IO,
                   _("Corro could not read or write “%s”. Check that the disk is connected "
                     "and that you may write there."), name);
      break;
    default:
      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_FAILED,
                   _("Corro could not copy the records to “%s” (SQLite error %d)."),
                   name, rc);
      break;
    }
}

void
_corro_backup_remove_with_companions (const char *path)
{
  static const char * const suffixes[] = CORRO_BACKUP_COMPANIONS;

  g_unlink (path);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_unlink (companion);
    }
}

gboolean
_corro_backup_sync_file (const char  *path,
                         GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      _corro_backup_set_io_error (error, saved_errno, path);
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/* After a rename, the folder's entry must reach the disk too. */
void
_corro_backup_sync_folder_of (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

gboolean
_corro_backup_query_int (sqlite3     *db,
                         const char  *sql,
                         const char  *arg,
                         gint64      *value,
                         int         *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK && arg != NULL)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return rc == SQLITE_OK;
}

gboolean
_corro_backup_passes_integrity_check (sqlite3 *db,
                                      int     *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return ok;
}

/* Opens @path read-only in a read transaction, which pins one snapshot of it for as long
 * as it lasts (WAL lets writers go on). */
static int
open_snapshot (const char  *path,
               sqlite3    **db)
{
  int rc = sqlite3_open_v2 (path, db, SQLITE_OPEN_READONLY, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (*db, 5000);
      rc = sqlite3_exec (*db, "BEGIN; SELECT count(*) FROM sqlite_schema;", NULL, NULL, NULL);
    }
  return rc;
}

/* Copies the database at @source_path into the empty file @dest_path as one snapshot,
 * even while another connection writes to it, then checks the copy. */
gboolean
_corro_backup_copy_database (const char    *source_path,
                             const char    *dest_path,
                             GCancellable  *cancellable,
                             GError       **error)
{
  sqlite3 *source = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup = NULL;
  const char *failed_path = source_path;
  int rc;

  rc = open_snapshot (source_path, &source);
  if (rc != SQLITE_OK)
    goto failed;

  failed_path = dest_path;
  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  /* The copy is a temporary file we flush ourselves: no journal needed while it fills. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;",
                       NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  if (!(backup = sqlite3_backup_init (dest, "main", source, "main")))
    {
      rc = sqlite3_errcode (dest);
      goto failed;
    }

  do
    {
      if (_corro_backup_check_cancelled (cancellable, error))
        {
          sqlite3_backup_finish (backup);
          goto cancelled;
        }
      rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    goto failed;
  rc = sqlite3_errcode (dest);
  if (rc != SQLITE_OK)
    goto failed;

  sqlite3_exec (source, "COMMIT", NULL, NULL, NULL);
  g_clear_pointer (&source, sqlite3_close);

  /* A backup is one self-contained file: rollback journal mode, no -wal beside it. */
  rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  if (!_corro_backup_passes_integrity_check (dest, &rc))
    {
      if (rc == SQLITE_OK)
        rc = SQLITE_CORRUPT;
      goto failed;
    }

  rc = sqlite3_close (dest);
  dest = NULL;
  if (rc != SQLITE_OK)
    goto failed;

  return TRUE;

failed:
  _corro_backup_set_sqlite_error (error, rc, failed_path);
cancelled:
  sqlite3_close (source);
  sqlite3_close (dest);
  return FALSE;
}

static gboolean
check_source (const char  *database_path,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!corro_database_check (database_path, &local_error))
    {
      int code = local_error->code == CORRO_DATABASE_ERROR_DAMAGED ? CORRO_BACKUP_ERROR_DAMAGED
               : local_error->code == CORRO_DATABASE_ERROR_FOREIGN ? CORRO_BACKUP_ERROR_NOT_A_BACKUP
               : CORRO_BACKUP_ERROR_IO;

      g_set_error_literal (error, CORRO_BACKUP_ERROR, code, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
_corro_backup_check_folder (const char  *path,
                            GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *dir_name = g_filename_display_name (dir);

      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_IO,
                   _("The folder “%s” does not exist."), dir_name);
      return FALSE;
    }

  return TRUE;
}

/* A copy of the database's bytes, as one snapshot, held only in memory. */
typedef struct
{
  unsigned char *bytes;
  sqlite3_int64  length;
} Snapshot;

static void
snapshot_clear (Snapshot *snapshot)
{
  if (snapshot->bytes != NULL)
    {
      /* Plain records never outlive their use, not even in freed memory. */
      sodium_memzero (snapshot->bytes, (size_t) snapshot->length);
      sqlite3_free (snapshot->bytes);
    }
  snapshot->bytes = NULL;
  snapshot->length = 0;
}

/* Fills @snapshot with the database at @source_path as one consistent snapshot (a read
 * transaction, so that writers may go on), marked as a self-contained rollback-journal
 * database, and checks it with PRAGMA integrity_check. Nothing is written to disk. */
static gboolean
snapshot_database (const char  *source_path,
                   Snapshot    *snapshot,
                   GError     **error)
{
  sqlite3 *source = NULL;
  sqlite3 *check = NULL;
  int rc;

  rc = open_snapshot (source_path, &source);
  if (rc == SQLITE_OK &&
      !(snapshot->bytes = sqlite3_serialize (source, "main", &snapshot->length, 0)))
    rc = SQLITE_NOMEM;
  if (rc != SQLITE_OK)
    goto failed;
  sqlite3_exec (source, "COMMIT", NULL, NULL, NULL);
  g_clear_pointer (&source, sqlite3_close);

  /* Bytes 18 and 19 of the header say "WAL" for a database in use; a backup is one file
   * in rollback-journal mode, as PRAGMA journal_mode = DELETE would mark it. */
  if (snapshot->length < 100)
    {
      rc = SQLITE_CORRUPT;
      goto failed;
    }
  snapshot->bytes[18] = 1;
  snapshot->bytes[19] = 1;

  /* Checked in place, read-only, without a copy. */
  rc = sqlite3_open_v2 (":memory:", &check, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_deserialize (check, "main", snapshot->bytes, snapshot->length,
                              snapshot->length, SQLITE_DESERIALIZE_READONLY);
  if (rc == SQLITE_OK && !_corro_backup_passes_integrity_check (check, &rc) && rc == SQLITE_OK)
    rc = SQLITE_CORRUPT;
  g_clear_pointer (&check, sqlite3_close);
  if (rc != SQLITE_OK)
    goto failed;

  return TRUE;

failed:
  _corro_backup_set_sqlite_error (error, rc, source_path);
  g_clear_pointer (&source, sqlite3_close);
  snapshot_clear (snapshot);
  return FALSE;
}

/* private API */

gboolean
_corro_backup_check_cancelled (GCancellable  *cancellable,
                               GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return FALSE;

  g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_CANCELLED,
               _("The backup was cancelled; nothing was changed."));
  return TRUE;
}

void
_corro_backup_set_io_error (GError     **error,
                            int          saved_errno,
                            const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_FULL,
                 _("The disk holding “%s” is full. Free some space and try again."), name);
  else if (saved_errno == ENOENT)
    g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_IO,
                 _("“%s” does not exist."), name);
  else
    g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_IO,
                 _("Corro could not read or write “%s”: %s."), name, g_strerror (saved_errno));
}

/**
 * corro_backup_write:
 * @database_path: the records database, possibly open and in use
 * @backup_path: the backup file to write; replaced if it exists
 * @passphrase: (nullable): encrypt the backup with this passphrase when not %NULL or empty
 * @error: a #CORRO_BACKUP_ERROR
 *
 * Writes a checked backup of @database_path (mode 0600). Slow on large records: call it
 * in a thread (corro_backup_write_async()).
 */
gboolean
corro_backup_write (const char    *database_path,
                    const char    *backup_path,
                    const char    *passphrase,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *temp = NULL;
  g_autofree char *note = NULL;
  gboolean encrypt = passphrase != NULL && passphrase[0] != '\0';
  gboolean ok = FALSE;
  int fd;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (!check_source (database_path, error) || !_corro_backup_check_folder (backup_path, error))
    return FALSE;

  if (same_file (database_path, backup_path))
    {
      g_autofree char *name = g_filename_display_name (backup_path);

      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_IO,
                   _("“%s” is the records file itself; choose another name for the backup."),
                   name);
      return FALSE;
    }

  corro_backup_remove_leftovers (backup_path);
  /* Should this process be killed, the next start finds its partial file by this note. */
  note = _corro_backup_note_partial_elsewhere (database_path, backup_path);
  if ((fd = _corro_backup_make_temp (backup_path, &temp, error)) < 0)
    {
      if (note != NULL)
        _corro_backup_remove_with_companions (note);
      return FALSE;
    }

  if (!encrypt)
    {
      close (fd);
      ok = _corro_backup_copy_database (database_path, temp, cancellable, error) &&
           _corro_backup_sync_file (temp, error);
    }
  else
    {
      /* The records are encrypted from memory: no plain copy of them is ever on disk. */
      Snapshot snapshot = { NULL, 0 };

      ok = snapshot_database (database_path, &snapshot, error) &&
           _corro_backup_encrypt (snapshot.bytes, (gsize) snapshot.length, fd, temp, passphrase,
                                  g_get_real_time () / G_USEC_PER_SEC, cancellable, error);
      snapshot_clear (&snapshot);
      close (fd);
    }

  if (ok && g_rename (temp, backup_path) != 0)
    {
      _corro_backup_set_io_error (error, errno, backup_path);
      ok = FALSE;
    }

  if (!ok)
    _corro_backup_remove_with_companions (temp);
  else
    _corro_backup_sync_folder_of (backup_path);
  if (note != NULL)
    _corro_backup_remove_with_companions (note);
  return ok;
}

/* threads */

static void
task_data_free (CorroBackupTaskData *data)
{
  g_free (data->database_path);
  g_free (data->backup_path);
  if (data->passphrase != NULL)
    {
      memset (data->passphrase, 0, strlen (data->passphrase));
      g_free (data->passphrase);
    }
  g_free (data);
}

GTask *
_corro_backup_new_task (const char          *database_path,
                        const char          *backup_path,
                        const char          *passphrase,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data,
                        gpointer             source_tag)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  CorroBackupTaskData *data = g_new0 (CorroBackupTaskData, 1);

  data->database_path = g_strdup (database_path);
  data->backup_path = g_strdup (backup_path);
  data->passphrase = g_strdup (passphrase);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  return task;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CorroBackupTaskData *data = task_data;
  GError *error = NULL;

  if (corro_backup_write (data->database_path, data->backup_path, data->passphrase,
                          cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * corro_backup_write_async:
 *
 * Runs corro_backup_write() in a thread.
 */
void
corro_backup_write_async (const char          *database_path,
                          const char          *backup_path,
                          const char          *passphrase,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (backup_path != NULL);

  task = _corro_backup_new_task (database_path, backup_path, passphrase, cancellable,
                                 callback, user_data, corro_backup_write_async);
  g_task_run_in_thread (task, write_thread);
}

gboolean
corro_backup_write_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

