/* corro-store.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store"

#include "config.h"

#include <glib/gstdio.h>

#include "corro-backup.h"
#include "corro-store-private.h"

#define SQL_SELECT_SETTING "SELECT value FROM setting WHERE key = ?1"
#define SQL_UPSERT_SETTING \
  "INSERT INTO setting (key, value) VALUES (?1, ?2) " \
  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
#define SQL_INSERT_AUDIT \
  "INSERT INTO audit (action, entity, entity_id, detail) VALUES (?1, ?2, ?3, ?4)"
#define SQL_COUNT_AUDIT "SELECT count(*) FROM audit WHERE entity = ?1"

struct _CorroStore
{
  GObject        parent_instance;

  /* owned */
  CorroDatabase *database;
};

G_DEFINE_FINAL_TYPE (CorroStore, corro_store, G_TYPE_OBJECT)

/* private API, shared with the other parts of CorroStore */

CorroDatabase *
_corro_store_get_database (CorroStore *self)
{
  return self->database;
}

gboolean
_corro_store_append_audit (CorroStore  *self,
              const char  *action,
              const char  *entity,
              gint64       entity_id,
              const char  *detail,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = corro_database_prepare (self->database, SQL_INSERT_AUDIT, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, entity, -1, SQLITE_STATIC);
  if (entity_id > 0)
    sqlite3_bind_int64 (stmt, 3, entity_id);
  sqlite3_bind_text (stmt, 4, detail, -1, SQLITE_STATIC);

  return corro_database_step (self->database, stmt, NULL, error);
}

/* GObject */

static void
corro_store_dispose (GObject *object)
{
  CorroStore *self = (CorroStore *) object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (corro_store_parent_class)->dispose (object);
}

static void
corro_store_class_init (CorroStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = corro_store_dispose;
}

static void
corro_store_init (CorroStore *self)
{
}

/* public API */

/**
 * corro_store_dup_default_path:
 *
 * The database Corro opens when none is named: `$CORRO_DATABASE`, or
 * `$XDG_DATA_HOME/corro/corro.db`, whose folder is created (mode 0700) if missing.
 *
 * Returns: (transfer full): a file name
 */
char *
corro_store_dup_default_path (void)
{
  const char *env = g_getenv ("CORRO_DATABASE");
  g_autofree char *dir = NULL;

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  dir = g_build_filename (g_get_user_data_dir (), "corro", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_warning ("Could not create %s: %s", dir, g_strerror (errno));

  return g_build_filename (dir, "corro.db", NULL);
}

/**
 * corro_store_open:
 * @path: the database file
 * @error: a #CORRO_DATABASE_ERROR on failure
 *
 * Returns: (transfer full): the store, or %NULL
 */
CorroStore *
corro_store_open (const char  *path,
                  GError     **error)
{
  CorroStore *self;
  CorroDatabase *database;

  g_return_val_if_fail (path != NULL, NULL);

  if (!(database = corro_database_open (path, error)))
    return NULL;
  /* A backup, restore or import killed half-way may have left a copy of the records. */
  corro_backup_remove_leftovers (path);

  self = g_object_new (CORRO_TYPE_STORE, NULL);
  self->database = database;

  return self;
}

const char *
corro_store_get_path (CorroStore *self)
{
  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  return corro_database_get_path (self->database);
}

/**
 * corro_store_dup_setting:
 *
 * Returns: (transfer full) (nullable): the value stored for @key
 */
char *
corro_store_dup_setting (CorroStore *self,
                         const char *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (!(stmt = corro_database_prepare (self->database, SQL_SELECT_SETTING, &error)))
    {
      g_warning ("%s", error->message);
      return NULL;
    }

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (!corro_database_step (self->database, stmt, &has_row, &error))
    g_warning ("%s", error->message);

  return has_row ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;
}

/**
 * corro_store_set_setting:
 *
 * Saves @value for @key and notes the change in the audit trail, both or neither.
 */
gboolean
corro_store_set_setting (CorroStore  *self,
                         const char  *key,
                         const char  *value,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!corro_database_begin (self->database, error))
    return FALSE;

  if (!(stmt = corro_database_prepare (self->database, SQL_UPSERT_SETTING, error)))
    goto failed;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);

  if (!corro_database_step (self->database, stmt, NULL, error) ||
      !_corro_store_append_audit (self, "update", "setting", 0, key, error) ||
      !corro_database_commit (self->database, error))
    goto failed;

  return TRUE;

failed:
  corro_database_rollback (self->database);
  return FALSE;
}

/**
 * corro_store_count_audit:
 *
 * Returns: how many audit entries name @entity, or -1 on failure
 */
gint64
corro_store_count_audit (CorroStore *self,
                         const char *entity)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), -1);

  if (!(stmt = corro_database_prepare (self->database, SQL_COUNT_AUDIT, NULL)))
    return -1;

  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_STATIC);
  if (!corro_database_step (self->database, stmt, &has_row, NULL) || !has_row)
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}
