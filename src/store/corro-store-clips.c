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
#define SQL_SELECT_CLIP_SIZE "SELECT size FROM clip_file WHERE key = ?1"
#define SQL_LINK_CLIP \
  "INSERT INTO clip_file (key, uri, size) VALUES (?1, ?2, ?3) " \
  "ON CONFLICT (key) DO UPDATE SET uri = excluded.uri, size = excluded.size, " \
  "linked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
#define SQL_UNLINK_CLIP "DELETE FROM clip_file WHERE key = ?1"
#define SQL_LIST_CLIPS "SELECT key, uri FROM clip_file ORDER BY key"

/* The clip_track table: the sound and subtitle track chosen for each clip key. */

#define SQL_SELECT_TRACKS "SELECT audio, subtitle FROM clip_track WHERE key = ?1"
#define SQL_SET_TRACKS \
  "INSERT INTO clip_track (key, audio, subtitle) VALUES (?1, ?2, ?3) " \
  "ON CONFLICT (key) DO UPDATE SET audio = excluded.audio, subtitle = excluded.subtitle"

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
 * corro_store_get_clip_size:
 * @key: a clip key
 *
 * Returns: the size in bytes of the file @key was linked to when it was linked, or -1
 *   when it is not known (not linked, not a local file, or linked before sizes were kept)
 */
gint64
corro_store_get_clip_size (CorroStore *self,
                           const char *key)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), -1);
  g_return_val_if_fail (key != NULL, -1);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_SELECT_CLIP_SIZE, NULL)))
    return -1;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (!corro_database_step (db, stmt, &has_row, NULL) || !has_row ||
      sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}

static gint64
query_local_size (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GFileInfo) info = NULL;

  if (!g_file_is_native (file))
    return -1;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL,
                            NULL);
  return info != NULL ? g_file_info_get_size (info) : -1;
}

/**
 * corro_store_link_clip:
 * @key: a clip key
 * @uri: the video file's URI on this computer
 *
 * Links @key to @uri, replacing any earlier link. The size of a local file is kept with
 * the link, so that the file can be recognised if it is moved.
 */
gboolean
corro_store_link_clip (CorroStore  *self,
                       const char  *key,
                       const char  *uri,
                       GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 size;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && uri != NULL, FALSE);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_LINK_CLIP, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uri, -1, SQLITE_STATIC);
  size = query_local_size (uri);
  if (size >= 0)
    sqlite3_bind_int64 (stmt, 3, size);
  else
    sqlite3_bind_null (stmt, 3);
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

/**
 * corro_store_list_clip_links:
 *
 * Every clip key linked on this computer, in one query.
 *
 * Returns: (transfer full) (element-type utf8 utf8) (nullable): clip key → URI, or %NULL
 *   with @error set
 */
GHashTable *
corro_store_list_clip_links (CorroStore  *self,
                             GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) links = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_LIST_CLIPS, error)))
    return NULL;

  links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while (corro_database_step (db, stmt, &has_row, error))
    {
      if (!has_row)
        return g_steal_pointer (&links);
      g_hash_table_insert (links,
                           g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }

  return NULL;
}

/**
 * corro_store_get_clip_tracks:
 * @key: a clip key
 * @audio: (out) (optional): the audio track chosen, or -1 when none was
 * @subtitle: (out) (optional): the subtitle track chosen, -1 for off, or -2 when none was
 *
 * Returns: whether a choice is remembered for @key
 */
gboolean
corro_store_get_clip_tracks (CorroStore *self,
                             const char *key,
                             int        *audio,
                             int        *subtitle)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (audio != NULL)
    *audio = -1;
  if (subtitle != NULL)
    *subtitle = CORRO_STORE_TRACK_UNSET;

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_SELECT_TRACKS, NULL)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (!corro_database_step (db, stmt, &has_row, NULL) || !has_row)
    return FALSE;

  if (audio != NULL && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    *audio = sqlite3_column_int (stmt, 0);
  if (subtitle != NULL && sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    *subtitle = sqlite3_column_int (stmt, 1);

  return TRUE;
}

static void
bind_track (sqlite3_stmt *stmt,
            int           column,
            int           value,
            int           lowest)
{
  if (value < lowest)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int (stmt, column, value);
}

/**
 * corro_store_set_clip_tracks:
 * @key: a clip key
 * @audio: the audio track chosen, or -1 to forget it
 * @subtitle: the subtitle track chosen, -1 for off, or %CORRO_STORE_TRACK_UNSET to forget it
 *
 * Remembers the tracks chosen for @key on this computer.
 */
gboolean
corro_store_set_clip_tracks (CorroStore  *self,
                             const char  *key,
                             int          audio,
                             int          subtitle,
                             GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_SET_TRACKS, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  bind_track (stmt, 2, audio, 0);
  bind_track (stmt, 3, subtitle, -1);
  return corro_database_step (db, stmt, NULL, error);
}
