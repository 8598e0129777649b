/* corro-database.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "corro-database.h"

#define MIGRATIONS_PATH RESOURCE_BASE_PATH "/store/migrations"
#define BUSY_TIMEOUT_MS 5000

struct _CorroDatabase
{
  GObject  parent_instance;

  /* owned */
  sqlite3 *db;
  char    *path;
  guint    version;
};

G_DEFINE_FINAL_TYPE (CorroDatabase, corro_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (corro-database-error-quark, corro_database_error)

/* helpers */

static int
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      return CORRO_DATABASE_ERROR_FULL;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return CORRO_DATABASE_ERROR_DAMAGED;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return CORRO_DATABASE_ERROR_IO;
    default:
      return CORRO_DATABASE_ERROR_FAILED;
    }
}

static void
set_error_from_sqlite (GError     **error,
                       sqlite3     *db,
                       int          rc,
                       const char  *path)
{
  int code = error_code_for_sqlite (rc);
  g_autofree char *name = g_filename_display_name (path);

  switch (code)
    {
    case CORRO_DATABASE_ERROR_FULL:
      g_set_error (error, CORRO_DATABASE_ERROR, code,
                   _("The disk holding “%s” is full. Free some space and try again; "
                     "nothing already saved was lost."), name);
      break;
    case CORRO_DATABASE_ERROR_DAMAGED:
      g_set_error (error, CORRO_DATABASE_ERROR, code,
                   _("“%s” is damaged or is not a database file."), name);
      break;
    case CORRO_DATABASE_ERROR_IO:
      g_set_error (error, CORRO_DATABASE_ERROR, code,
                   _("Corro could not read or write “%s”. Check that the disk is connected "
                     "and that you may write to the file."), name);
      break;
    default:
      g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_FAILED,
                   _("The records file “%s” refused a change (%s)."), name,
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_migrations (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  GPtrArray *migrations;

  names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, &error);
  if (names == NULL)
    g_error ("Schema migrations are missing from the resources: %s", error->message);

  migrations = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql"))
      g_ptr_array_add (migrations, g_strdup (names[i]));
  g_ptr_array_sort (migrations, compare_names);

  /* Files are named NNNN-what.sql and numbered from 1 without gaps. */
  for (guint i = 0; i < migrations->len; i++)
    {
      const char *name = g_ptr_array_index (migrations, i);

      if (g_ascii_strtoull (name, NULL, 10) != i + 1)
        g_error ("Schema migration %s is out of sequence", name);
    }

  return migrations;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           gint64      *value,
           int         *rc_out)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_OK;
    }
  *rc_out = rc;
  return rc == SQLITE_OK;
}

static gboolean
passes_quick_check (sqlite3 *db,
                    int     *rc_out)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      rc = SQLITE_OK;
    }
  *rc_out = rc;
  return ok;
}

static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_filename_display_name (path);
  int fd;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *dir_name = g_filename_display_name (dir);

      g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_IO,
                   _("The folder “%s” does not exist."), dir_name);
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved_errno = errno;

      g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_IO,
                   _("Corro could not create “%s”: %s."), name, g_strerror (saved_errno));
      return FALSE;
    }
  if (fd >= 0)
    close (fd);

  return TRUE;
}

/* Opens @path without writing a byte to it, and says whether it is a
 * healthy Corro database (or an empty file ready to become one). */
static sqlite3 *
open_and_inspect (const char  *path,
                  gboolean     writable,
                  gint64      *version_out,
                  GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  sqlite3 *db = NULL;
  gint64 application_id = 0;
  gint64 version = 0;
  gint64 n_objects = 0;
  int rc;

  rc = sqlite3_open_v2 (path, &db,
                        (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) |
                        SQLITE_OPEN_FULLMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (error, NULL, rc, path);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);

  if (!query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &rc) ||
      !query_int (db, "PRAGMA application_id", &application_id, &rc) ||
      !query_int (db, "PRAGMA user_version", &version, &rc))
    goto failed;

  if (n_objects > 0 && !passes_quick_check (db, &rc))
    {
      if (rc == SQLITE_OK)
        rc = SQLITE_CORRUPT;
      goto failed;
    }

  if (application_id != CORRO_DATABASE_APPLICATION_ID &&
      !(application_id == 0 && version == 0 && n_objects == 0))
    {
      g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_FOREIGN,
                   _("“%s” is a database made by another program, not by Corro."), name);
      sqlite3_close (db);
      return NULL;
    }

  if (version > corro_database_get_latest_version ())
    {
      g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Corro (records format %u; "
                     "this version reads up to %u). Update Corro to open it."),
                   name, (guint) version, corro_database_get_latest_version ());
      sqlite3_close (db);
      return NULL;
    }

  if (writable && sqlite3_db_readonly (db, "main") == 1)
    {
      g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_IO,
                   _("Corro may read “%s” but not write to it. Check the file’s permissions."),
                   name);
      sqlite3_close (db);
      return NULL;
    }

  *version_out = version;
  return db;

failed:
  set_error_from_sqlite (error, db, rc, path);
  sqlite3_close (db);
  return NULL;
}

static gboolean
apply_migrations (CorroDatabase  *self,
                  guint           target,
                  GError        **error)
{
  g_autoptr(GPtrArray) migrations = list_migrations ();

  if (self->version >= target)
    return TRUE;

  if (!corro_database_begin (self, error))
    return FALSE;

  for (guint i = self->version; i < target; i++)
    {
      const char *name = g_ptr_array_index (migrations, i);
      g_autofree char *resource = g_build_path ("/", MIGRATIONS_PATH, name, NULL);
      g_autofree char *pragmas = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;

      bytes = g_resources_lookup_data (resource, 0, NULL);
      g_assert (bytes != NULL);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u;",
                                 CORRO_DATABASE_APPLICATION_ID, i + 1);

      if (!corro_database_exec (self, sql, error) ||
          !corro_database_exec (self, pragmas, error))
        {
          g_prefix_error (error, "%s: ", name);
          corro_database_rollback (self);
          return FALSE;
        }
    }

  if (!corro_database_commit (self, error))
    {
      corro_database_rollback (self);
      return FALSE;
    }

  self->version = target;
  return TRUE;
}

static void
make_private (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0 && (st.st_mode & 077) != 0)
    g_chmod (path, st.st_mode & 0700);
}

/* GObject */

static void
corro_database_finalize (GObject *object)
{
  CorroDatabase *self = (CorroDatabase *) object;

  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (corro_database_parent_class)->finalize (object);
}

static void
corro_database_class_init (CorroDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_database_finalize;
}

static void
corro_database_init (CorroDatabase *self)
{
}

/* public API */

/**
 * corro_database_get_latest_version:
 *
 * Returns: the schema version this build of Corro writes
 */
guint
corro_database_get_latest_version (void)
{
  static gsize latest;

  if (g_once_init_enter (&latest))
    {
      g_autoptr(GPtrArray) migrations = list_migrations ();

      g_once_init_leave (&latest, migrations->len);
    }

  return (guint) latest;
}

/**
 * corro_database_open:
 * @path: the database file; created (mode 0600) if missing
 * @error: a #CORRO_DATABASE_ERROR on failure
 *
 * Opens a Corro database, bringing its schema up to date in one transaction.
 * A damaged, foreign or newer file is refused and left exactly as it was.
 *
 * Returns: (transfer full): the database, or %NULL
 */
CorroDatabase *
corro_database_open (const char  *path,
                     GError     **error)
{
  return corro_database_open_at_version (path, corro_database_get_latest_version (), error);
}

/**
 * corro_database_open_at_version:
 * @path: the database file
 * @version: migrate no further than this schema version
 * @error: a #CORRO_DATABASE_ERROR on failure
 *
 * Like corro_database_open(), but stops migrating at @version; tests use it to make
 * databases as older releases of Corro left them.
 *
 * Returns: (transfer full): the database, or %NULL
 */
CorroDatabase *
corro_database_open_at_version (const char  *path,
                                guint        version,
                                GError     **error)
{
  g_autoptr(CorroDatabase) self = NULL;
  gint64 found_version = 0;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (version <= corro_database_get_latest_version (), NULL);

  if (!create_private_file (path, error))
    return NULL;

  if (!(db = open_and_inspect (path, TRUE, &found_version, error)))
    return NULL;

  self = g_object_new (CORRO_TYPE_DATABASE, NULL);
  self->db = db;
  self->path = g_strdup (path);
  self->version = found_version;

  if (!corro_database_exec (self,
                            "PRAGMA journal_mode = WAL;"
                            "PRAGMA synchronous = NORMAL;"
                            "PRAGMA foreign_keys = ON;",
                            error))
    return NULL;

  if (!apply_migrations (self, version, error))
    return NULL;

  make_private (path);

  return g_steal_pointer (&self);
}

const char *
corro_database_get_path (CorroDatabase *self)
{
  g_return_val_if_fail (CORRO_IS_DATABASE (self), NULL);

  return self->path;
}

guint
corro_database_get_version (CorroDatabase *self)
{
  g_return_val_if_fail (CORRO_IS_DATABASE (self), 0);

  return self->version;
}

/**
 * corro_database_get_handle:
 *
 * Returns: (transfer none): the SQLite connection, for store/ code only
 */
sqlite3 *
corro_database_get_handle (CorroDatabase *self)
{
  g_return_val_if_fail (CORRO_IS_DATABASE (self), NULL);

  return self->db;
}

gboolean
corro_database_exec (CorroDatabase  *self,
                     const char     *sql,
                     GError        **error)
{
  int rc;

  g_return_val_if_fail (CORRO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/**
 * corro_database_prepare:
 *
 * Returns: (transfer full): a statement to finalise, or %NULL
 */
sqlite3_stmt *
corro_database_prepare (CorroDatabase  *self,
                        const char     *sql,
                        GError        **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (CORRO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  return stmt;
}

/**
 * corro_database_step:
 * @has_row: (out) (optional): whether a row is ready to read
 *
 * Steps @stmt once, turning failures into a #GError.
 */
gboolean
corro_database_step (CorroDatabase  *self,
                     sqlite3_stmt   *stmt,
                     gboolean       *has_row,
                     GError        **error)
{
  int rc;

  g_return_val_if_fail (CORRO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);

  rc = sqlite3_step (stmt);
  if (has_row != NULL)
    *has_row = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

gboolean
corro_database_begin (CorroDatabase  *self,
                      GError        **error)
{
  return corro_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
corro_database_commit (CorroDatabase  *self,
                       GError        **error)
{
  return corro_database_exec (self, "COMMIT", error);
}

void
corro_database_rollback (CorroDatabase *self)
{
  g_return_if_fail (CORRO_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/**
 * corro_database_check:
 * @path: an existing file
 * @error: why the file cannot be used
 *
 * Says whether @path is a healthy Corro database that this version can open,
 * without changing it.
 */
gboolean
corro_database_check (const char  *path,
                      GError     **error)
{
  gint64 version;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_IO,
                   _("“%s” does not exist."), name);
      return FALSE;
    }

  if (!(db = open_and_inspect (path, FALSE, &version, error)))
    return FALSE;

  sqlite3_close (db);
  return TRUE;
}

/* A dated name beside @path that no file has yet. */
static char *
aside_name (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *target = g_strdup_printf ("%s.set-aside-%s", path, stamp);

  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.set-aside-%s-%u", path, stamp, n);
    }
  return target;
}

/* Whether the companion @suffix of @path holds something the main file lacks. */
static gboolean
companion_has_content (const char *path,
                       const char *suffix)
{
  g_autofree char *companion = g_strconcat (path, suffix, NULL);
  GStatBuf st;

  return g_stat (companion, &st) == 0 && st.st_size > 0;
}

/**
 * corro_database_link_aside:
 * @path: a database file that must not be opened
 *
 * Gives @path a second, dated name in the same folder (a hard link) and leaves it where
 * it is, so that a replacement can then be renamed over @path in one step: at every
 * moment @path is one whole database. Only for a database whose write-ahead log and
 * journal are absent or empty, as Corro leaves them when it closes.
 *
 * Returns: (transfer full) (nullable): the second name, or %NULL when @path has a log or
 *   journal with content or cannot be linked; corro_database_move_aside() then applies
 */
char *
corro_database_link_aside (const char *path)
{
  g_autofree char *target = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (companion_has_content (path, "-wal") || companion_has_content (path, "-journal"))
    return NULL;

  target = aside_name (path);
  if (link (path, target) != 0)
    return NULL;
  return g_steal_pointer (&target);
}

/**
 * corro_database_move_aside:
 * @path: a database file that must not be opened
 * @error: why it could not be moved
 *
 * Renames @path (and its -wal and -shm companions) to a dated name in the same
 * folder, so that nothing in it is lost and a fresh database can take its place.
 *
 * Returns: (transfer full): the new name of the file, or %NULL
 */
char *
corro_database_move_aside (const char  *path,
                           GError     **error)
{
  static const char * const suffixes[] = { "-wal", "-shm" };
  g_autofree char *target = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  target = aside_name (path);

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_IO,
                   _("Corro could not move “%s” aside: %s."), name, g_strerror (saved_errno));
      return NULL;
    }

  /* The companions belong to the moved file; keep them beside it. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  return g_steal_pointer (&target);
}

