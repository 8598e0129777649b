/* corro-store-clips.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-clips"

#include "config.h"

#include "corro-store-private.h"

/* The clip_file table: which video file on this computer plays each clip key. */

#define SQL_SELECT_CLIP "SELECT uri FROM clip_file WHERE key = ?1"
#define SQL_LINK_CLIP \
  "INSERT INTO clip_file (key, uri) VALUES (?1, ?2) " \
  "ON CONFLICT (key) DO UPDATE SET uri = excluded.uri, " \
  "linked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
#define SQL_UNLINK_CLIP "DELETE FROM clip_file WHERE key = ?1"

/**
 * corro_store_dup_clip_uri:
 * @key: a clip key
 *
 * Returns: (transfer full) (nullable): the URI linked to @key on this computer
 */
char *
corro_store_dup_clip_uri (CorroStore *self,
                          const char *key)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_SELECT_CLIP, NULL)))
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (!corro_database_step (db, stmt, &has_row, NULL) || !has_row)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * corro_store_link_clip:
 * @key: a clip key
 * @uri: the video file's URI on this computer
 *
 * Links @key to @uri, replacing any earlier link.
 */
gboolean
corro_store_link_clip (CorroStore  *self,
                       const char  *key,
                       const char  *uri,
                       GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && uri != NULL, FALSE);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_LINK_CLIP, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uri, -1, SQLITE_STATIC);
  return corro_database_step (db, stmt, NULL, error);
}

gboolean
corro_store_unlink_clip (CorroStore  *self,
                         const char  *key,
                         GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_UNLINK_CLIP, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  return corro_database_step (db, stmt, NULL, error);
}
