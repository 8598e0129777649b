/* corro-store-reflections.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-reflections"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-store-records-private.h"

/* The reflection and addendum tables and the full-text index over them. Saving a
 * draft's text is one UPDATE in its own transaction: with WAL, once it returns the text
 * survives the app being killed. Searching opens its own read-only connection, so that
 * it can run on a worker thread while the main thread goes on writing. */

#define REFLECTION_COLUMNS \
  "r.id, r.kind, r.session_id, r.participant_id, r.text, r.created_at, r.updated_at, " \
  "r.finalised_at, r.finalised_by"
#define SQL_INSERT_REFLECTION \
  "INSERT INTO reflection (kind, session_id, participant_id, text) VALUES (?1, ?2, ?3, ?4)"
#define SQL_SAVE_TEXT \
  "UPDATE reflection SET text = ?2, updated_at = " CORRO_STORE_NOW " WHERE id = ?1"
#define SQL_FINALISE \
  "UPDATE reflection SET finalised_at = " CORRO_STORE_NOW ", finalised_by = ?2 " \
  "WHERE id = ?1 AND finalised_at IS NULL"
#define SQL_SAVE_ADDENDUM_DRAFT \
  "INSERT INTO addendum_draft (reflection_id, text) VALUES (?1, ?2) " \
  "ON CONFLICT (reflection_id) DO UPDATE SET text = excluded.text, " \
  "updated_at = " CORRO_STORE_NOW
#define SQL_DELETE_ADDENDUM_DRAFT "DELETE FROM addendum_draft WHERE reflection_id = ?1"
#define SQL_SELECT_ADDENDUM_DRAFT "SELECT text FROM addendum_draft WHERE reflection_id = ?1"

#define SQL_DELETE_DRAFT "DELETE FROM reflection WHERE id = ?1"
#define SQL_SELECT_REFLECTION \
  "SELECT " REFLECTION_COLUMNS " FROM reflection r WHERE r.id = ?1"
#define SQL_LIST_SESSION_NOTES \
  "SELECT " REFLECTION_COLUMNS " FROM reflection r " \
  "WHERE r.session_id = ?1 AND r.kind IN (?2, ?3) " \
  "ORDER BY r.kind = 'participant', r.created_at, r.id"
#define SQL_LIST_PARTICIPANT_NOTES \
  "SELECT " REFLECTION_COLUMNS " FROM reflection r " \
  "WHERE r.participant_id = ?1 AND r.kind = 'participant' ORDER BY r.created_at, r.id"
#define SQL_LIST_SUPERVISION_NOTES \
  "SELECT " REFLECTION_COLUMNS " FROM reflection r " \
  "LEFT JOIN session s ON s.id = r.session_id " \
  "WHERE r.kind IN ('self', 'fidelity') AND (?1 IS NULL OR s.group_id = ?1) " \
  "ORDER BY r.updated_at DESC, r.id DESC"
#define SQL_INSERT_ADDENDUM "INSERT INTO addendum (reflection_id, text) VALUES (?1, ?2)"
#define SQL_LIST_ADDENDA \
  "SELECT id, reflection_id, text, created_at FROM addendum WHERE reflection_id = ?1 " \
  "ORDER BY created_at, id"
#define SQL_SEARCH \
  "SELECT r.id, r.kind, coalesce (s.group_id, 0), g.name, coalesce (r.session_id, 0), " \
  "coalesce (s.chapter, 0), s.date, coalesce (r.participant_id, 0), p.name, " \
  "snippet (reflection_fts, -1, ?3, ?4, '…', 16), r.updated_at, r.finalised_at IS NOT NULL " \
  "FROM reflection_fts JOIN reflection r ON r.id = reflection_fts.rowid " \
  "LEFT JOIN session s ON s.id = r.session_id " \
  "LEFT JOIN grp g ON g.id = s.group_id " \
  "LEFT JOIN participant p ON p.id = r.participant_id " \
  "WHERE reflection_fts MATCH ?1 AND r.kind IN (?5, ?6) " \
  "ORDER BY reflection_fts.rank LIMIT ?2"

#define SEARCH_BUSY_TIMEOUT_MS 2000
#define SEARCH_PROGRESS_STEPS 1000

/* helpers */

static const char *
scope_kind (CorroNoteScope scope,
            guint          which)
{
  static const CorroReflectionKind kinds[][2] = {
    [CORRO_NOTE_SCOPE_RECORDS] = { CORRO_REFLECTION_SESSION, CORRO_REFLECTION_PARTICIPANT },
    [CORRO_NOTE_SCOPE_SUPERVISION] = { CORRO_REFLECTION_SELF, CORRO_REFLECTION_FIDELITY },
  };

  return _corro_store_reflection_kinds[kinds[scope][which]];
}

static gpointer
read_reflection (sqlite3_stmt *stmt)
{
  CorroStoreReflection *reflection = g_new0 (CorroStoreReflection, 1);

  reflection->id = sqlite3_column_int64 (stmt, 0);
  reflection->kind = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_reflection_kinds,
                                                 (const char *) sqlite3_column_text (stmt, 1),
                                                 CORRO_REFLECTION_SESSION);
  reflection->session_id = sqlite3_column_int64 (stmt, 2);
  reflection->participant_id = sqlite3_column_int64 (stmt, 3);
  reflection->text = _corro_store_column_dup (stmt, 4);
  reflection->created_at = _corro_store_column_dup (stmt, 5);
  reflection->updated_at = _corro_store_column_dup (stmt, 6);
  reflection->finalised_at = _corro_store_column_dup (stmt, 7);
  reflection->finalised_by = _corro_store_column_dup (stmt, 8);
  return reflection;
}

static gpointer
read_addendum (sqlite3_stmt *stmt)
{
  CorroStoreAddendum *addendum = g_new0 (CorroStoreAddendum, 1);

  addendum->id = sqlite3_column_int64 (stmt, 0);
  addendum->reflection_id = sqlite3_column_int64 (stmt, 1);
  addendum->text = _corro_store_column_dup (stmt, 2);
  addendum->created_at = _corro_store_column_dup (stmt, 3);
  return addendum;
}

static gpointer
read_match (sqlite3_stmt *stmt)
{
  CorroStoreMatch *match = g_new0 (CorroStoreMatch, 1);

  match->reflection_id = sqlite3_column_int64 (stmt, 0);
  match->kind = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_reflection_kinds,
                                            (const char *) sqlite3_column_text (stmt, 1),
                                            CORRO_REFLECTION_SESSION);
  match->group_id = sqlite3_column_int64 (stmt, 2);
  match->group_name = _corro_store_column_dup (stmt, 3);
  match->session_id = sqlite3_column_int64 (stmt, 4);
  match->chapter = (guint) sqlite3_column_int (stmt, 5);
  match->session_date = _corro_store_column_dup (stmt, 6);
  match->participant_id = sqlite3_column_int64 (stmt, 7);
  match->participant_name = _corro_store_column_dup (stmt, 8);
  match->snippet = _corro_store_column_dup (stmt, 9);
  match->updated_at = _corro_store_column_dup (stmt, 10);
  match->finalised = sqlite3_column_int (stmt, 11) != 0;
  return match;
}

static GPtrArray *
list_reflections (CorroStore  *self,
                  const char  *sql,
                  gint64       id,
                  int          scope,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), sql, error)))
    return NULL;
  _corro_store_bind_id (stmt, 1, id);
  if (scope >= 0)
    {
      sqlite3_bind_text (stmt, 2, scope_kind (scope, 0), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, scope_kind (scope, 1), -1, SQLITE_STATIC);
    }

  return _corro_store_collect (self, stmt, read_reflection,
                               (GDestroyNotify) corro_store_reflection_free, error);
}

/* Turns what a person types into an FTS5 query: each word must appear, accents and
 * case aside, and the last word may be the start of one ("jos" finds "José"). Quoting
 * every word keeps FTS5's own syntax out of reach. */
static char *
build_match_query (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r", -1);
  g_autoptr(GString) query = g_string_new (NULL);
  gboolean ends_in_word = text[0] != '\0' && !g_ascii_isspace (text[strlen (text) - 1]);
  guint last = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      last = i;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean has_letter = FALSE;

      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        if (g_unichar_isalnum (g_utf8_get_char (p)))
          has_letter = TRUE;
      if (!has_letter)
        continue;

      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *p = words[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append_c (query, '"');
      if (i == last && ends_in_word)
        g_string_append_c (query, '*');
    }

  return query->len > 0 ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

static int
on_search_progress_cb (void *user_data)
{
  return g_cancellable_is_cancelled (user_data) ? 1 : 0;
}

/* freeing */

void
corro_store_reflection_free (CorroStoreReflection *reflection)
{
  if (reflection == NULL)
    return;

  g_free (reflection->text);
  g_free (reflection->created_at);
  g_free (reflection->updated_at);
  g_free (reflection->finalised_at);
  g_free (reflection->finalised_by);
  g_free (reflection);
}

void
corro_store_addendum_free (CorroStoreAddendum *addendum)
{
  if (addendum == NULL)
    return;

  g_free (addendum->text);
  g_free (addendum->created_at);
  g_free (addendum);
}

void
corro_store_match_free (CorroStoreMatch *match)
{
  if (match == NULL)
    return;

  g_free (match->group_name);
  g_free (match->session_date);
  g_free (match->participant_name);
  g_free (match->snippet);
  g_free (match->updated_at);
  g_free (match);
}

/* reflections */

/**
 * corro_store_insert_reflection:
 * @reflection: the new note: its kind, session, participant and text; ids and
 *   timestamps are ignored
 *
 * Returns: the new note's id, or 0 on failure
 */
gint64
corro_store_insert_reflection (CorroStore                  *self,
                               const CorroStoreReflection  *reflection,
                               GError                     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), 0);
  g_return_val_if_fail (reflection != NULL, 0);
  g_return_val_if_fail (reflection->kind <= CORRO_REFLECTION_FIDELITY, 0);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self),
                                       SQL_INSERT_REFLECTION, error)))
    return 0;
  sqlite3_bind_text (stmt, 1, _corro_store_reflection_kinds[reflection->kind], -1,
                     SQLITE_STATIC);
  _corro_store_bind_id (stmt, 2, reflection->session_id);
  _corro_store_bind_id (stmt, 3, reflection->participant_id);
  _corro_store_bind_text (stmt, 4, reflection->text);
  if (!_corro_store_run (self, stmt, error))
    return 0;

  return _corro_store_last_id (self);
}

/**
 * corro_store_save_reflection_text:
 *
 * Saves a draft's text: one statement, on disk when it returns. A finalised note is
 * refused (%CORRO_RECORDS_ERROR_FINALISED).
 */
gboolean
corro_store_save_reflection_text (CorroStore  *self,
                                  gint64       id,
                                  const char  *text,
                                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_SAVE_TEXT,
                                       error)))
    return FALSE;
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);

  return _corro_store_run_on (self, stmt, id, error);
}

/**
 * corro_store_finalise_reflection:
 *
 * Freezes a note: from now on it changes only by addendum. Finalising a finalised note
 * changes nothing; an empty note cannot be finalised.
 */
gboolean
corro_store_finalise_reflection (CorroStore  *self,
                                 gint64       id,
                                 GError     **error)
{
  return corro_store_finalise_reflection_by (self, id, NULL, error);
}

/**
 * corro_store_finalise_reflection_by:
 * @by: (nullable): who finalises it, as a person reads it
 *
 * corro_store_finalise_reflection(), recording who finalised the note.
 */
gboolean
corro_store_finalise_reflection_by (CorroStore  *self,
                                    gint64       id,
                                    const char  *by,
                                    GError     **error)
{
  g_autoptr(CorroStoreReflection) reflection = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  if (!(reflection = corro_store_get_reflection (self, id, error)))
    return FALSE;
  if (reflection->finalised_at != NULL)
    return TRUE;
  if (_corro_store_is_blank (reflection->text))
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("An empty note cannot be finalised."));
      return FALSE;
    }

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_FINALISE,
                                       error)))
    return FALSE;
  _corro_store_bind_text (stmt, 2, by != NULL && by[0] != '\0' ? by : NULL);

  return _corro_store_run_on (self, stmt, id, error);
}

/**
 * corro_store_delete_reflection:
 *
 * Deletes a draft. A finalised note is kept (%CORRO_RECORDS_ERROR_FINALISED); only
 * erasing the participant it is about removes it.
 */
gboolean
corro_store_delete_reflection (CorroStore  *self,
                               gint64       id,
                               GError     **error)
{
  g_autoptr(CorroStoreReflection) reflection = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  if (!(reflection = corro_store_get_reflection (self, id, error)))
    return FALSE;
  if (reflection->finalised_at != NULL)
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_FINALISED,
                           _("A finalised note is part of the record and is kept."));
      return FALSE;
    }

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_DELETE_DRAFT,
                                       error)))
    return FALSE;

  return _corro_store_run_on (self, stmt, id, error);
}

/**
 * corro_store_get_reflection:
 *
 * Returns: (transfer full): the note, or %NULL with %CORRO_RECORDS_ERROR_NOT_FOUND
 */
CorroStoreReflection *
corro_store_get_reflection (CorroStore  *self,
                            gint64       id,
                            GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(rows = list_reflections (self, SQL_SELECT_REFLECTION, id, -1, error)))
    return NULL;
  if (rows->len == 0)
    {
      _corro_store_not_found (error);
      return NULL;
    }

  return g_ptr_array_steal_index (rows, 0);
}

/**
 * corro_store_list_session_reflections:
 * @scope: the families' records (session and participant notes) or supervision
 *   (self-reflections and fidelity notes): never both
 *
 * Returns: (transfer full) (element-type CorroStoreReflection): a session's notes in
 *   @scope, session notes first, oldest first
 */
GPtrArray *
corro_store_list_session_reflections (CorroStore      *self,
                                      gint64           session_id,
                                      CorroNoteScope   scope,
                                      GError         **error)
{
  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);
  g_return_val_if_fail (scope <= CORRO_NOTE_SCOPE_SUPERVISION, NULL);

  return list_reflections (self, SQL_LIST_SESSION_NOTES, session_id, (int) scope, error);
}

/**
 * corro_store_list_participant_reflections:
 *
 * Returns: (transfer full) (element-type CorroStoreReflection): the notes about one
 *   participant, in every group, oldest first. Never a self-reflection or fidelity note.
 */
GPtrArray *
corro_store_list_participant_reflections (CorroStore  *self,
                                          gint64       participant_id,
                                          GError     **error)
{
  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  return list_reflections (self, SQL_LIST_PARTICIPANT_NOTES, participant_id, -1, error);
}

/**
 * corro_store_list_supervision_reflections:
 * @group_id: a group, or 0 for all
 *
 * Returns: (transfer full) (element-type CorroStoreReflection): self-reflections and
 *   fidelity notes, the most recently changed first
 */
GPtrArray *
corro_store_list_supervision_reflections (CorroStore  *self,
                                          gint64       group_id,
                                          GError     **error)
{
  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  return list_reflections (self, SQL_LIST_SUPERVISION_NOTES, group_id, -1, error);
}

/**
 * corro_store_add_addendum:
 *
 * Adds a dated addendum to a finalised note (a draft is refused with
 * %CORRO_RECORDS_ERROR_NOT_FINALISED).
 *
 * Returns: the addendum's id, or 0 on failure
 */
gint64
corro_store_add_addendum (CorroStore  *self,
                          gint64       reflection_id,
                          const char  *text,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (CORRO_IS_STORE (self), 0);

  if (_corro_store_is_blank (text))
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("An addendum needs some text."));
      return 0;
    }

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_INSERT_ADDENDUM,
                                       error)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, reflection_id);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  if (!_corro_store_run (self, stmt, error))
    return 0;
  id = _corro_store_last_id (self);

  /* Added: its draft is done with. */
  corro_store_save_addendum_draft (self, reflection_id, "", NULL);
  return id;
}

/**
 * corro_store_save_addendum_draft:
 * @text: the half-typed addendum; blank removes the draft
 *
 * Keeps what is typed for a finalised note's next addendum, so that it comes back when
 * the note is opened again. One statement, on disk when it returns.
 */
gboolean
corro_store_save_addendum_draft (CorroStore  *self,
                                 gint64       reflection_id,
                                 const char  *text,
                                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean blank;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  blank = _corro_store_is_blank (text);
  if (!(stmt = corro_database_prepare (_corro_store_get_database (self),
                                       blank ? SQL_DELETE_ADDENDUM_DRAFT
                                             : SQL_SAVE_ADDENDUM_DRAFT, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, reflection_id);
  if (!blank)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);

  return _corro_store_run (self, stmt, error);
}

/**
 * corro_store_dup_addendum_draft:
 *
 * Returns: (transfer full) (nullable): the note's half-typed addendum, or %NULL
 */
char *
corro_store_dup_addendum_draft (CorroStore  *self,
                                gint64       reflection_id,
                                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self),
                                       SQL_SELECT_ADDENDUM_DRAFT, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, reflection_id);
  if (!corro_database_step (_corro_store_get_database (self), stmt, &has_row, error) ||
      !has_row)
    return NULL;

  return _corro_store_column_dup (stmt, 0);
}

/**
 * corro_store_list_addenda:
 *
 * Returns: (transfer full) (element-type CorroStoreAddendum): a note's addenda, oldest
 *   first
 */
GPtrArray *
corro_store_list_addenda (CorroStore  *self,
                          gint64       reflection_id,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_LIST_ADDENDA,
                                       error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, reflection_id);

  return _corro_store_collect (self, stmt, read_addendum,
                               (GDestroyNotify) corro_store_addendum_free, error);
}

/**
 * corro_store_search_reflections:
 * @query: words as a person types them; accents and case do not matter, and the last
 *   word may be the start of a word
 * @scope: search the families' records or supervision notes: never both
 * @limit: at most this many matches
 * @cancellable: (nullable): stops the search early
 *
 * Searches notes and their addenda, best matches first. Safe to call from any thread:
 * it reads through a connection of its own.
 *
 * Returns: (transfer full) (element-type CorroStoreMatch): the matches, with a snippet
 *   around the words found between %CORRO_STORE_MATCH_OPEN and
 *   %CORRO_STORE_MATCH_CLOSE; or %NULL on failure
 */
GPtrArray *
corro_store_search_reflections (CorroStore      *self,
                                const char      *query,
                                CorroNoteScope   scope,
                                guint            limit,
                                GCancellable    *cancellable,
                                GError         **error)
{
  const char *path;
  g_autofree char *match = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (scope <= CORRO_NOTE_SCOPE_SUPERVISION, NULL);

  matches = g_ptr_array_new_with_free_func ((GDestroyNotify) corro_store_match_free);
  if (!(match = build_match_query (query)) || limit == 0)
    return g_steal_pointer (&matches);

  path = corro_store_get_path (self);
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, SEARCH_BUSY_TIMEOUT_MS);
      if (cancellable != NULL)
        sqlite3_progress_handler (db, SEARCH_PROGRESS_STEPS, on_search_progress_cb,
                                  cancellable);
      rc = sqlite3_prepare_v2 (db, SQL_SEARCH, -1, &stmt, NULL);
    }

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, (int) MIN (limit, G_MAXINT));
      sqlite3_bind_text (stmt, 3, CORRO_STORE_MATCH_OPEN, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, CORRO_STORE_MATCH_CLOSE, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, scope_kind (scope, 0), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, scope_kind (scope, 1), -1, SQLITE_STATIC);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (matches, read_match (stmt));
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }

  if (rc != SQLITE_OK)
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_FAILED,
                     _("Corro could not search the notes (%s)."),
                     db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      g_clear_pointer (&matches, g_ptr_array_unref);
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_steal_pointer (&matches);
}
