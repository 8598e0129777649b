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
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "corro-backup-private.h"
#include "corro-database.h"

/* Backups of the records database, made with SQLite's online backup API so that a
 * database in use is copied as one consistent snapshot.
 *
 * Writing: the copy goes into a hidden temporary file beside the destination, is
 * checked with PRAGMA integrity_check, flushed to disk, and only then renamed over the
 * destination, so a backup file is either complete and checked or absent.
 *
 * Restoring has two steps, so that a person can see what a backup holds before anything
 * changes: corro_backup_prepare() checks the backup (decrypting it first if need be)
 * into a hidden copy beside the database, and corro_backup_put_in_place() sets the
 * current database aside under a dated name and renames the copy into its place. Until
 * that last rename the current database has not been touched. */

#define PAGES_PER_STEP 1024
#define COMPANIONS { "-wal", "-shm", "-journal" }

G_DEFINE_QUARK (corro-backup-error-quark, corro_backup_error)

/* helpers */

static void
set_error_from_sqlite (GError     **error,
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

static void
remove_with_companions (const char *path)
{
  static const char * const suffixes[] = COMPANIONS;

  g_unlink (path);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_unlink (companion);
    }
}

static gboolean
sync_file (const char  *path,
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
static void
sync_folder_of (const char *path)
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

static gboolean
query_int (sqlite3     *db,
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

static gboolean
passes_integrity_check (sqlite3 *db,
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

static guint
count_rows (sqlite3    *db,
            const char *table)
{
  g_autofree char *sql = NULL;
  gint64 exists = 0, n = 0;
  int rc;

  /* Older records formats lack some tables: they hold none of those rows. */
  if (!query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                  table, &exists, &rc) || exists == 0)
    return 0;

  sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  if (!query_int (db, sql, NULL, &n, &rc))
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
      !query_int (db, "PRAGMA application_id", NULL, &application_id, &rc) ||
      !query_int (db, "PRAGMA user_version", NULL, &version, &rc))
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

  if (!passes_integrity_check (db, &rc))
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
  set_error_from_sqlite (error, rc, shown_path);
  sqlite3_close (db);
  return FALSE;
}

/* Copies the database at @source_path into the empty file @dest_path as one snapshot,
 * even while another connection writes to it, then checks the copy. */
static gboolean
copy_database (const char    *source_path,
               const char    *dest_path,
               GCancellable  *cancellable,
               GError       **error)
{
  sqlite3 *source = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup = NULL;
  const char *failed_path = source_path;
  int rc;

  rc = sqlite3_open_v2 (source_path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (source, 5000);
      /* A read transaction pins one snapshot for every step (WAL lets writers go on). */
      rc = sqlite3_exec (source, "BEGIN; SELECT count(*) FROM sqlite_schema;", NULL, NULL, NULL);
    }
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

  if (!passes_integrity_check (dest, &rc))
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
  set_error_from_sqlite (error, rc, failed_path);
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

static gboolean
check_folder (const char  *path,
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
 * _corro_backup_make_temp:
 * @beside: the file the temporary one will replace or sit next to
 * @temp_path: (out): the temporary file's name
 *
 * Creates an empty hidden file, mode 0600, in @beside's folder.
 *
 * Returns: its descriptor, or -1
 */
int
_corro_backup_make_temp (const char  *beside,
                         char       **temp_path,
                         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (beside);
  g_autofree char *base = g_path_get_basename (beside);
  g_autofree char *template = NULL;
  int fd;

  template = g_strdup_printf ("%s/.%s.partial-XXXXXX", dir, base);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      _corro_backup_set_io_error (error, errno, beside);
      return -1;
    }

  *temp_path = g_steal_pointer (&template);
  return fd;
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
  g_autofree char *plain = NULL;
  gboolean encrypt = passphrase != NULL && passphrase[0] != '\0';
  gboolean ok = FALSE;
  int fd, plain_fd;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (!check_source (database_path, error) || !check_folder (backup_path, error))
    return FALSE;

  if (same_file (database_path, backup_path))
    {
      g_autofree char *name = g_filename_display_name (backup_path);

      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_IO,
                   _("“%s” is the records file itself; choose another name for the backup."),
                   name);
      return FALSE;
    }

  if ((fd = _corro_backup_make_temp (backup_path, &temp, error)) < 0)
    return FALSE;

  if (!encrypt)
    {
      close (fd);
      ok = copy_database (database_path, temp, cancellable, error) &&
           sync_file (temp, error);
    }
  else
    {
      /* The plain copy waits beside the database, as private as the database itself. */
      if ((plain_fd = _corro_backup_make_temp (database_path, &plain, error)) >= 0)
        {
          close (plain_fd);
          ok = copy_database (database_path, plain, cancellable, error) &&
               _corro_backup_encrypt (plain, fd, temp, passphrase,
                                      g_get_real_time () / G_USEC_PER_SEC, cancellable, error);
          remove_with_companions (plain);
        }
      close (fd);
    }

  if (ok && g_rename (temp, backup_path) != 0)
    {
      _corro_backup_set_io_error (error, errno, backup_path);
      ok = FALSE;
    }

  if (!ok)
    {
      remove_with_companions (temp);
      return FALSE;
    }

  sync_folder_of (backup_path);
  return TRUE;
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

  if (!check_folder (database_path, error) ||
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
          !copy_database (backup_path, temp, cancellable, error))
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

  if (!sync_file (temp, error))
    goto failed;

  if (info_out != NULL)
    *info_out = g_steal_pointer (&info);
  return g_steal_pointer (&temp);

failed:
  remove_with_companions (temp);
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
 */
gboolean
corro_backup_put_in_place (const char  *database_path,
                           const char  *prepared_path,
                           char       **aside_out,
                           GError     **error)
{
  static const char * const suffixes[] = COMPANIONS;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (prepared_path != NULL, FALSE);

  if (g_file_test (database_path, G_FILE_TEST_EXISTS))
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
      if (aside != NULL)
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

  /* A shared-memory index the preparing connection left is of no use to anyone. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (prepared_path, suffixes[i], NULL);

      g_unlink (companion);
    }

  sync_folder_of (database_path);
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
    remove_with_companions (prepared_path);
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
  char *database_path;
  char *backup_path;
  char *passphrase;
} TaskData;

static void
task_data_free (TaskData *data)
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

static GTask *
new_task (const char          *database_path,
          const char          *backup_path,
          const char          *passphrase,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data,
          gpointer             source_tag)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  TaskData *data = g_new0 (TaskData, 1);

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
  TaskData *data = task_data;
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

  task = new_task (database_path, backup_path, passphrase, cancellable, callback, user_data,
                   corro_backup_write_async);
  g_task_run_in_thread (task, write_thread);
}

gboolean
corro_backup_write_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

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
  TaskData *data = task_data;
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

  task = new_task (database_path, backup_path, passphrase, cancellable, callback, user_data,
                   corro_backup_prepare_async);
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
