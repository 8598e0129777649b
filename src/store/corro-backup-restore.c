/* corro-backup-restore.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-backup"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "corro-backup-private.h"
#include "corro-database.h"

/* Restoring has two steps, so that a person can see what a backup holds before anything
 * changes: corro_backup_prepare() checks the backup (decrypting it first if need be)
 * into a hidden copy beside the database, and corro_backup_put_in_place() sets the
 * current database aside under a dated name and renames the copy into its place. Until
 * that last rename the current database has not been touched. */

/* helpers */

static guint
count_rows (sqlite3    *db,
            const char *table)
{
  g_autofree char *sql = NULL;
  gint64 exists = 0, n = 0;
  int rc;

  /* Older records formats lack some tables: they hold none of those rows. */
  if (!_corro_backup_query_int (db, "SELECT count(*) FROM sqlite_schema "
                                "WHERE type = 'table' AND name = ?1",
                                table, &exists, &rc) || exists == 0)
    return 0;

  sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  if (!_corro_backup_query_int (db, sql, NULL, &n, &rc))
    return 0;

  return (guint) n;
}

/* Checks that @path is a whole, healthy Corro database this version can read, and says
 * what it holds. The file is opened read-only and left as it is. */
static gboolean
inspect_database (const char       *path,
                  const char       *shown_path,
                  CorroBackupInfo  *info,
                  GError          **error)
{
  g_autofree char *name = g_filename_display_name (shown_path);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  gint64 application_id = 0, version = 0;
  int rc;

  /* immutable: the copy is ours alone, so SQLite needs no lock nor -shm beside it. */
  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strdup_printf ("file:%s?immutable=1", escaped);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK ||
      !_corro_backup_query_int (db, "PRAGMA application_id", NULL, &application_id, &rc) ||
      !_corro_backup_query_int (db, "PRAGMA user_version", NULL, &version, &rc))
    goto failed;

  if (application_id != CORRO_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_NOT_A_BACKUP,
                   _("“%s” is a database made by another program, not a Corro backup."), name);
      sqlite3_close (db);
      return FALSE;
    }

  if (version > corro_database_get_latest_version ())
    {
      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Corro (records format %u; this "
                     "version reads up to %u). Update Corro to restore it."),
                   name, (guint) version, corro_database_get_latest_version ());
      sqlite3_close (db);
      return FALSE;
    }

  if (!_corro_backup_passes_integrity_check (db, &rc))
    {
      if (rc == SQLITE_OK)
        rc = SQLITE_CORRUPT;
      goto failed;
    }

  info->schema_version = version;
  info->n_groups = count_rows (db, "grp");
  info->n_participants = count_rows (db, "participant");
  info->n_sessions = count_rows (db, "session");
  sqlite3_close (db);
  return TRUE;

failed:
  _corro_backup_set_sqlite_error (error, rc, shown_path);
  sqlite3_close (db);
  return FALSE;
}

/* public API */

void
corro_backup_info_free (CorroBackupInfo *info)
{
  if (info == NULL)
    return;

  g_clear_pointer (&info->made_at, g_date_time_unref);
  g_free (info);
}

CorroBackupInfo *
corro_backup_info_copy (const CorroBackupInfo *info)
{
  CorroBackupInfo *copy;

  g_return_val_if_fail (info != NULL, NULL);

  copy = g_memdup2 (info, sizeof *info);
  if (copy->made_at != NULL)
    g_date_time_ref (copy->made_at);
  return copy;
}

/**
 * corro_backup_info_describe:
 *
 * Returns: (transfer full): a sentence saying when the backup was made and what it holds
 */
char *
corro_backup_info_describe (const CorroBackupInfo *info)
{
  g_autofree char *made = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *people = NULL;
  g_autofree char *sessions = NULL;

  g_return_val_if_fail (info != NULL, NULL);

  /* Translators: a date and time as in "3 March 2026 at 17:05", see strftime(3) */
  made = g_date_time_format (info->made_at, _("%-d %B %Y at %H:%M"));
  groups = g_strdup_printf (ngettext ("%u group", "%u groups", info->n_groups),
                            info->n_groups);
  people = g_strdup_printf (ngettext ("%u person", "%u people", info->n_participants),
                            info->n_participants);
  sessions = g_strdup_printf (ngettext ("%u session", "%u sessions", info->n_sessions),
                              info->n_sessions);

  /* Translators: "Made on DATE: 3 groups, 25 people and 24 sessions." */
  return g_strdup_printf (_("Made on %s: %s, %s and %s."), made, groups, people, sessions);
}

/**
 * corro_backup_is_encrypted:
 * @error: %CORRO_BACKUP_ERROR_NOT_A_BACKUP for a file that is no backup at all
 *
 * Returns: whether @backup_path needs a passphrase; %FALSE with @error set on failure
 */
gboolean
corro_backup_is_encrypted (const char  *backup_path,
                           GError     **error)
{
  CorroBackupKind kind;

  g_return_val_if_fail (backup_path != NULL, FALSE);

  return _corro_backup_sniff (backup_path, &kind, error) && kind == CORRO_BACKUP_KIND_ENCRYPTED;
}

/**
 * corro_backup_prepare:
 * @database_path: the records database the backup would replace; not touched
 * @backup_path: a backup, encrypted or not (or a copy of a Corro database)
 * @passphrase: (nullable): for an encrypted backup
 * @info_out: (out) (optional): what the backup holds
 * @error: a #CORRO_BACKUP_ERROR; nothing is left behind on failure
 *
 * Checks @backup_path and makes a ready-to-use copy of it beside @database_path,
 * decrypted and brought up to this version's records format.
 *
 * Returns: (transfer full): the copy, for corro_backup_put_in_place() or
 *   corro_backup_discard()
 */
char *
corro_backup_prepare (const char       *database_path,
                      const char       *backup_path,
                      const char       *passphrase,
                      CorroBackupInfo **info_out,
                      GCancellable     *cancellable,
                      GError          **error)
{
  g_autoptr(CorroBackupInfo) info = g_new0 (CorroBackupInfo, 1);
  g_autoptr(CorroDatabase) migrated = NULL;
  g_autoptr(GError) open_error = NULL;
  g_autofree char *temp = NULL;
  CorroBackupKind kind;
  gint64 made_at = 0;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (backup_path != NULL, NULL);

  if (!_corro_backup_sniff (backup_path, &kind, error))
    return NULL;

  if (!_corro_backup_check_folder (database_path, error) ||
      (fd = _corro_backup_make_temp (database_path, &temp, error)) < 0)
    return NULL;

  if (kind == CORRO_BACKUP_KIND_ENCRYPTED)
    {
      gboolean ok = _corro_backup_decrypt (backup_path, fd, temp, passphrase, &made_at,
                                           cancellable, error);

      close (fd);
      if (!ok || !inspect_database (temp, backup_path, info, error))
        goto failed;
      info->encrypted = TRUE;
    }
  else
    {
      close (fd);
      /* Check the backup itself first: a damaged one is named as such. */
      if (!inspect_database (backup_path, backup_path, info, error) ||
          !_corro_backup_copy_database (backup_path, temp, cancellable, error))
        goto failed;
      if (g_stat (backup_path, &st) == 0)
        made_at = st.st_mtime;
    }

  info->made_at = g_date_time_new_from_unix_local (made_at);

  /* Bring the copy to this version's format now, so that what is put in place opens. */
  if (!(migrated = corro_database_open (temp, &open_error)))
    {
      g_set_error_literal (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_DAMAGED,
                           open_error->message);
      goto failed;
    }
  g_clear_object (&migrated);

  if (!_corro_backup_sync_file (temp, error))
    goto failed;

  if (info_out != NULL)
    *info_out = g_steal_pointer (&info);
  return g_steal_pointer (&temp);

failed:
  _corro_backup_remove_with_companions (temp);
  return NULL;
}

/**
 * corro_backup_put_in_place:
 * @database_path: the records database; must not be open
 * @prepared_path: from corro_backup_prepare()
 * @aside_out: (out) (optional) (nullable): where the current database was kept, %NULL
 *   when there was none
 * @error: a #CORRO_BACKUP_ERROR; on failure the current database is where it was
 *
 * Sets the current database aside under a dated name in its folder, byte for byte
 * (with its -wal and -shm companions), and renames the prepared copy into its place.
 * When the current database has no log with content (as Corro leaves it), it keeps its
 * name until the prepared copy replaces it in one rename, so that a process killed at
 * any moment leaves either the old records or the restored ones in place, never none.
 */
gboolean
corro_backup_put_in_place (const char  *database_path,
                           const char  *prepared_path,
                           char       **aside_out,
                           GError     **error)
{
  static const char * const suffixes[] = CORRO_BACKUP_COMPANIONS;
  g_autofree char *aside = NULL;
  gboolean linked = FALSE;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (prepared_path != NULL, FALSE);

  if (g_file_test (database_path, G_FILE_TEST_EXISTS) &&
      (aside = corro_database_link_aside (database_path)) != NULL)
    linked = TRUE;
  else if (g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) aside_error = NULL;

      if (!(aside = corro_database_move_aside (database_path, &aside_error)))
        {
          g_set_error_literal (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_IO,
                               aside_error->message);
          return FALSE;
        }
    }

  if (g_rename (prepared_path, database_path) != 0)
    {
      int saved_errno = errno;

      /* Put the current database back exactly as it was. */
      if (linked)
        g_unlink (aside);
      else if (aside != NULL)
        {
          g_rename (aside, database_path);
          for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
            {
              g_autofree char *from = g_strconcat (aside, suffixes[i], NULL);
              g_autofree char *to = g_strconcat (database_path, suffixes[i], NULL);

              if (g_file_test (from, G_FILE_TEST_EXISTS))
                g_rename (from, to);
            }
        }
      _corro_backup_set_io_error (error, saved_errno, database_path);
      return FALSE;
    }

  /* A shared-memory index the preparing connection left is of no use to anyone, nor
   * are the empty companions the replaced database had. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (prepared_path, suffixes[i], NULL);
      g_autofree char *old = g_strconcat (database_path, suffixes[i], NULL);

      g_unlink (companion);
      if (linked)
        g_unlink (old);
    }

  _corro_backup_sync_folder_of (database_path);
  if (aside_out != NULL)
    *aside_out = g_steal_pointer (&aside);
  return TRUE;
}

/**
 * corro_backup_discard:
 * @prepared_path: (nullable): from corro_backup_prepare()
 *
 * Removes a prepared copy that will not be restored.
 */
void
corro_backup_discard (const char *prepared_path)
{
  if (prepared_path != NULL)
    _corro_backup_remove_with_companions (prepared_path);
}

/**
 * corro_backup_restore:
 * @database_path: the records database, not open; may not exist yet
 * @aside_out: (out) (optional) (nullable): where the current database was kept
 *
 * Checks @backup_path and puts it in place of @database_path, keeping the current
 * database aside. On any failure the current database is left exactly as it was.
 */
gboolean
corro_backup_restore (const char       *database_path,
                      const char       *backup_path,
                      const char       *passphrase,
                      CorroBackupInfo **info_out,
                      char            **aside_out,
                      GError          **error)
{
  g_autofree char *prepared = NULL;

  prepared = corro_backup_prepare (database_path, backup_path, passphrase, info_out, NULL,
                                   error);
  if (prepared == NULL)
    return FALSE;

  if (!corro_backup_put_in_place (database_path, prepared, aside_out, error))
    {
      corro_backup_discard (prepared);
      if (info_out != NULL)
        g_clear_pointer (info_out, corro_backup_info_free);
      return FALSE;
    }

  return TRUE;
}

/* threads */

typedef struct
{
  char            *prepared;
  CorroBackupInfo *info;
} Prepared;

static void
prepared_free (Prepared *prepared)
{
  corro_backup_discard (prepared->prepared);
  g_free (prepared->prepared);
  corro_backup_info_free (prepared->info);
  g_free (prepared);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CorroBackupTaskData *data = task_data;
  Prepared *prepared = g_new0 (Prepared, 1);
  GError *error = NULL;

  prepared->prepared = corro_backup_prepare (data->database_path, data->backup_path,
                                             data->passphrase, &prepared->info, cancellable,
                                             &error);
  if (prepared->prepared == NULL)
    {
      prepared_free (prepared);
      g_task_return_error (task, error);
      return;
    }

  /* An unclaimed result (the caller went away) removes its copy. */
  g_task_return_pointer (task, prepared, (GDestroyNotify) prepared_free);
}

/**
 * corro_backup_prepare_async:
 *
 * Runs corro_backup_prepare() in a thread.
 */
void
corro_backup_prepare_async (const char          *database_path,
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
                                 callback, user_data, corro_backup_prepare_async);
  g_task_run_in_thread (task, prepare_thread);
}

/**
 * corro_backup_prepare_finish:
 * @info_out: (out) (optional): what the backup holds
 *
 * Returns: (transfer full): the prepared copy, or %NULL
 */
char *
corro_backup_prepare_finish (GAsyncResult     *result,
                             CorroBackupInfo **info_out,
                             GError          **error)
{
  Prepared *prepared;
  char *path;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (!(prepared = g_task_propagate_pointer (G_TASK (result), error)))
    return NULL;

  path = g_steal_pointer (&prepared->prepared);
  if (info_out != NULL)
    *info_out = g_steal_pointer (&prepared->info);
  prepared_free (prepared);
  return path;
}
