/* corro-store-age-bands.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-age-bands"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-store-age-bands.h"
#include "corro-store-records-private.h"

/* The age_band table (0010): the children's age bands the team keeps, in order, each
 * with a stable key and its labels in English and Spanish. */

#define SQL_LIST_BANDS \
  "SELECT b.key, b.label_en, b.label_es, " \
  "(SELECT count(*) FROM grp g WHERE g.age_band = b.key) " \
  "FROM age_band b ORDER BY b.position, b.key"
#define SQL_NEXT_POSITION "SELECT coalesce (max (position), 0) + 1 FROM age_band"
#define SQL_KEY_TAKEN "SELECT count(*) FROM age_band WHERE key = ?1"
#define SQL_INSERT_BAND \
  "INSERT INTO age_band (key, label_en, label_es, position) VALUES (?1, ?2, ?3, ?4)"
#define SQL_RENAME_BAND "UPDATE age_band SET label_en = ?2, label_es = ?3 WHERE key = ?1"
#define SQL_COUNT_USERS "SELECT count(*) FROM grp WHERE age_band = ?1"
#define SQL_DELETE_BAND "DELETE FROM age_band WHERE key = ?1"

/* helpers */

static gpointer
read_band (sqlite3_stmt *stmt)
{
  CorroStoreAgeBand *band = g_new0 (CorroStoreAgeBand, 1);

  band->key = _corro_store_column_dup (stmt, 0);
  band->label_en = _corro_store_column_dup (stmt, 1);
  band->label_es = _corro_store_column_dup (stmt, 2);
  band->n_groups = (guint) sqlite3_column_int (stmt, 3);
  return band;
}

static gint64
query_int (CorroStore  *self,
           const char  *sql,
           const char  *text,
           GError     **error)
{
  CorroDatabase *db = _corro_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!(stmt = corro_database_prepare (db, sql, error)))
    return -1;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  if (!corro_database_step (db, stmt, &has_row, error) || !has_row)
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}

/* Binds a name without the spaces around it; "" for %NULL. */
static void
bind_label (sqlite3_stmt *stmt,
            int           index,
            const char   *label)
{
  g_autofree char *stripped = g_strstrip (g_strdup (label != NULL ? label : ""));

  _corro_store_bind_text (stmt, index, stripped);
}

static gboolean
check_label (const char  *label_en,
             GError     **error)
{
  if (!_corro_store_is_blank (label_en))
    return TRUE;

  g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                       _("An age band needs a name."));
  return FALSE;
}

/* public API */

void
corro_store_age_band_free (CorroStoreAgeBand *band)
{
  if (band == NULL)
    return;

  g_free (band->key);
  g_free (band->label_en);
  g_free (band->label_es);
  g_free (band);
}

/**
 * corro_store_list_age_bands:
 *
 * Returns: (transfer full) (element-type CorroStoreAgeBand): the team's age bands, in
 *   their order, each with how many groups it holds; %NULL on failure
 */
GPtrArray *
corro_store_list_age_bands (CorroStore  *self,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_LIST_BANDS,
                                       error)))
    return NULL;

  return _corro_store_collect (self, stmt, read_band,
                               (GDestroyNotify) corro_store_age_band_free, error);
}

/**
 * corro_store_add_age_band:
 * @label_en: its name in English (required)
 * @label_es: its name in Spanish; "" to show the English one
 *
 * Adds a band after the others, under a new key that never changes.
 *
 * Returns: (transfer full): the new band's key, or %NULL on failure
 */
char *
corro_store_add_age_band (CorroStore  *self,
                          const char  *label_en,
                          const char  *label_es,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *key = NULL;
  gint64 position;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);
  g_return_val_if_fail (label_en != NULL, NULL);

  if (!check_label (label_en, error) ||
      (position = query_int (self, SQL_NEXT_POSITION, NULL, error)) < 0)
    return NULL;

  for (gint64 n = position;; n++)
    {
      gint64 taken;

      g_free (key);
      key = g_strdup_printf ("band-%" G_GINT64_FORMAT, n);
      if ((taken = query_int (self, SQL_KEY_TAKEN, key, error)) < 0)
        return NULL;
      if (taken == 0)
        break;
    }

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_INSERT_BAND,
                                       error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  bind_label (stmt, 2, label_en);
  bind_label (stmt, 3, label_es);
  sqlite3_bind_int64 (stmt, 4, position);
  if (!_corro_store_run (self, stmt, error))
    return NULL;

  return g_steal_pointer (&key);
}

/**
 * corro_store_rename_age_band:
 *
 * Changes a band's names; its key, and so every group in it, stays.
 */
gboolean
corro_store_rename_age_band (CorroStore  *self,
                             const char  *key,
                             const char  *label_en,
                             const char  *label_es,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && label_en != NULL, FALSE);

  if (!check_label (label_en, error) ||
      !(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_RENAME_BAND,
                                       error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  bind_label (stmt, 2, label_en);
  bind_label (stmt, 3, label_es);
  if (!_corro_store_run (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (corro_database_get_handle (_corro_store_get_database (self))) == 0)
    return _corro_store_not_found (error);

  return TRUE;
}

/**
 * corro_store_remove_age_band:
 *
 * Removes a band no group is in; a band in use is kept (%CORRO_RECORDS_ERROR_IN_USE).
 */
gboolean
corro_store_remove_age_band (CorroStore  *self,
                             const char  *key,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 users;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if ((users = query_int (self, SQL_COUNT_USERS, key, error)) < 0)
    return FALSE;
  if (users > 0)
    {
      g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_IN_USE,
                   ngettext ("This age band is kept: %u group is in it.",
                             "This age band is kept: %u groups are in it.", (gulong) users),
                   (guint) users);
      return FALSE;
    }

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_DELETE_BAND,
                                       error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  return _corro_store_run (self, stmt, error);
}
