/* corro-store-programme.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-programme"

#include "config.h"

#include "corro-store-private.h"

/* The programme and chapter tables. The store keeps each plan as text and knows
 * nothing of its shape: programme/ reads and writes it. */

#define SQL_LIST_PROGRAMMES "SELECT id FROM programme ORDER BY position, id"
#define SQL_SELECT_HEADER "SELECT header FROM programme WHERE id = ?1"
#define SQL_SELECT_PLANS "SELECT plan FROM chapter WHERE programme_id = ?1 ORDER BY number"
#define SQL_DELETE_PROGRAMME "DELETE FROM programme WHERE id = ?1"
#define SQL_INSERT_PROGRAMME \
  "INSERT INTO programme (id, position, header) " \
  "VALUES (?1, (SELECT coalesce (max (position) + 1, 0) FROM programme), ?2)"
#define SQL_UPDATE_PROGRAMME \
  "UPDATE programme SET header = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') " \
  "WHERE id = ?1"
#define SQL_INSERT_CHAPTER \
  "INSERT INTO chapter (programme_id, number, title_en, title_es, plan) " \
  "VALUES (?1, ?2, ?3, ?4, ?5)"
#define SQL_UPDATE_CHAPTER \
  "UPDATE chapter SET title_en = ?3, title_es = ?4, plan = ?5, " \
  "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') " \
  "WHERE programme_id = ?1 AND number = ?2"

static void
bind_chapter (sqlite3_stmt            *stmt,
              const char              *programme_id,
              const CorroStoreChapter *chapter)
{
  sqlite3_bind_text (stmt, 1, programme_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) chapter->number);
  sqlite3_bind_text (stmt, 3, chapter->title_en != NULL ? chapter->title_en : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, chapter->title_es != NULL ? chapter->title_es : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, chapter->plan, -1, SQLITE_STATIC);
}

static gboolean
run_with_id (CorroDatabase  *db,
             const char     *sql,
             const char     *id,
             const char     *text,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = corro_database_prepare (db, sql, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);

  return corro_database_step (db, stmt, NULL, error);
}

/**
 * corro_store_list_programmes:
 *
 * Returns: (transfer full): the ids of the programmes kept, in the order they came
 */
GStrv
corro_store_list_programmes (CorroStore  *self,
                             GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_LIST_PROGRAMMES, error)))
    return NULL;

  while (corro_database_step (db, stmt, &has_row, error) && has_row)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (error != NULL && *error != NULL)
    return NULL;

  return g_strv_builder_end (builder);
}

/**
 * corro_store_dup_programme:
 * @plans: (out) (transfer full): the chapters' plans, in chapter order
 *
 * Returns: (transfer full) (nullable): the programme's header, %NULL when there is no
 *   such programme (without an error) or on failure
 */
char *
corro_store_dup_programme (CorroStore  *self,
                           const char  *id,
                           GStrv       *plans,
                           GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *header = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (plans != NULL, NULL);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_SELECT_HEADER, error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (!corro_database_step (db, stmt, &has_row, error) || !has_row)
    return NULL;
  header = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!(stmt = corro_database_prepare (db, SQL_SELECT_PLANS, error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (corro_database_step (db, stmt, &has_row, error) && has_row)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (error != NULL && *error != NULL)
    return NULL;

  *plans = g_strv_builder_end (builder);
  return g_steal_pointer (&header);
}

/**
 * corro_store_put_programme:
 * @header: the programme file without its chapters
 * @chapters: (array length=n_chapters): every chapter
 *
 * Keeps a whole programme, replacing any programme with the same id: all of it or,
 * on failure, nothing.
 */
gboolean
corro_store_put_programme (CorroStore               *self,
                           const char               *id,
                           const char               *header,
                           const CorroStoreChapter  *chapters,
                           guint                     n_chapters,
                           GError                  **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && header != NULL, FALSE);

  db = _corro_store_get_database (self);
  if (!corro_database_begin (db, error))
    return FALSE;

  /* Replacing keeps the programme's place in the list. */
  if (!run_with_id (db, SQL_UPDATE_PROGRAMME, id, header, error))
    goto failed;
  if (sqlite3_changes (corro_database_get_handle (db)) == 0 &&
      !run_with_id (db, SQL_INSERT_PROGRAMME, id, header, error))
    goto failed;
  if (!run_with_id (db, "DELETE FROM chapter WHERE programme_id = ?1", id, NULL, error))
    goto failed;

  if (!(stmt = corro_database_prepare (db, SQL_INSERT_CHAPTER, error)))
    goto failed;
  for (guint i = 0; i < n_chapters; i++)
    {
      sqlite3_reset (stmt);
      bind_chapter (stmt, id, &chapters[i]);
      if (!corro_database_step (db, stmt, NULL, error))
        goto failed;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!_corro_store_append_audit (self, "put", "programme", 0, id, error) ||
      !corro_database_commit (db, error))
    goto failed;

  return TRUE;

failed:
  corro_database_rollback (db);
  return FALSE;
}

/**
 * corro_store_save_chapter:
 *
 * Saves one chapter's plan, as the facilitator edits it.
 */
gboolean
corro_store_save_chapter (CorroStore               *self,
                          const char               *programme_id,
                          const CorroStoreChapter  *chapter,
                          GError                  **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (programme_id != NULL && chapter != NULL, FALSE);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_UPDATE_CHAPTER, error)))
    return FALSE;
  bind_chapter (stmt, programme_id, chapter);
  if (!corro_database_step (db, stmt, NULL, error))
    return FALSE;

  if (sqlite3_changes (corro_database_get_handle (db)) == 0)
    {
      g_clear_pointer (&stmt, sqlite3_finalize);
      if (!(stmt = corro_database_prepare (db, SQL_INSERT_CHAPTER, error)))
        return FALSE;
      bind_chapter (stmt, programme_id, chapter);
      return corro_database_step (db, stmt, NULL, error);
    }

  return TRUE;
}

gboolean
corro_store_delete_programme (CorroStore  *self,
                              const char  *id,
                              GError     **error)
{
  CorroDatabase *db;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  db = _corro_store_get_database (self);
  if (!corro_database_begin (db, error))
    return FALSE;
  if (!run_with_id (db, SQL_DELETE_PROGRAMME, id, NULL, error) ||
      !_corro_store_append_audit (self, "delete", "programme", 0, id, error) ||
      !corro_database_commit (db, error))
    {
      corro_database_rollback (db);
      return FALSE;
    }

  return TRUE;
}
