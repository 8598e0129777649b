/* corro-store-records.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-records"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-store-records-private.h"

/* The grp and completion_rule tables, and what the other records parts share. Creating
 * a group schedules one session per chapter of its programme, a week apart. */

#define GROUP_COLUMNS \
  "id, name, programme_id, mode, age_band, venue, facilitators, language, weekday, " \
  "start_time, start_date, status"
#define SQL_LIST_GROUPS \
  "SELECT " GROUP_COLUMNS " FROM grp " \
  "ORDER BY CASE status WHEN 'running' THEN 0 WHEN 'planned' THEN 1 ELSE 2 END, " \
  "start_date DESC, id DESC"
#define SQL_SELECT_GROUP "SELECT " GROUP_COLUMNS " FROM grp WHERE id = ?1"
#define SQL_FIND_GROUP \
  "SELECT id FROM grp WHERE name = ?1 COLLATE NOCASE ORDER BY id DESC LIMIT 1"
#define SQL_INSERT_GROUP \
  "INSERT INTO grp (name, programme_id, mode, age_band, venue, facilitators, language, " \
  "weekday, start_time, start_date, status) " \
  "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
#define SQL_UPDATE_GROUP \
  "UPDATE grp SET name = ?2, programme_id = ?3, mode = ?4, age_band = ?5, venue = ?6, " \
  "facilitators = ?7, language = ?8, weekday = ?9, start_time = ?10, start_date = ?11, " \
  "status = ?12, updated_at = " CORRO_STORE_NOW " WHERE id = ?1"
#define SQL_DELETE_GROUP "DELETE FROM grp WHERE id = ?1"
#define SQL_COUNT_GROUP_NOTES \
  "SELECT count(*) FROM reflection r JOIN session s ON s.id = r.session_id " \
  "WHERE s.group_id = ?1"
#define SQL_COUNT_CHAPTERS "SELECT count(*) FROM chapter WHERE programme_id = ?1"
#define SQL_SELECT_RULE \
  "SELECT required_chapters FROM completion_rule WHERE programme_id = ?1"
#define SQL_UPSERT_RULE \
  "INSERT INTO completion_rule (programme_id, required_chapters) VALUES (?1, ?2) " \
  "ON CONFLICT (programme_id) DO UPDATE SET required_chapters = excluded.required_chapters"
#define SQL_INSERT_SCHEDULED_SESSION \
  "INSERT INTO session (group_id, chapter, date) VALUES (?1, ?2, ?3)"

/* A programme that says nothing of its length has the 8 chapters of COSP. */
#define DEFAULT_N_CHAPTERS 8

const char * const _corro_store_group_modes[CORRO_GROUP_MODE_INDIVIDUAL + 1] = {
  "in-person", "online", "individual"
};
const char * const _corro_store_group_statuses[CORRO_GROUP_STATUS_FINISHED + 1] = {
  "planned", "running", "finished"
};
const char * const _corro_store_relationships[CORRO_RELATIONSHIP_OTHER + 1] = {
  NULL, "mother", "father", "grandparent", "foster-carer", "other"
};
const char * const _corro_store_enrolment_statuses[CORRO_ENROLMENT_WITHDRAWN + 1] = {
  "referred", "contacted", "enrolled", "completed", "withdrawn"
};
const char * const _corro_store_contact_methods[CORRO_CONTACT_OTHER + 1] = {
  "phone", "video", "in-person", "message", "other"
};
const char * const _corro_store_attendance_marks[CORRO_N_ATTENDANCE_MARKS] = {
  NULL, "present", "late", "absent", "excused", "caught-up"
};
const char * const _corro_store_reflection_kinds[CORRO_REFLECTION_FIDELITY + 1] = {
  "session", "participant", "self", "fidelity"
};

G_DEFINE_QUARK (corro-records-error-quark, corro_records_error)

/* shared helpers */

int
_corro_store_enum_from_text (const char * const *words,
                             guint               n_words,
                             const char         *text,
                             int                 fallback)
{
  for (guint i = 0; i < n_words; i++)
    if (g_strcmp0 (words[i], text) == 0)
      return (int) i;

  return fallback;
}

gboolean
_corro_store_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

char *
_corro_store_column_dup (sqlite3_stmt *stmt,
                         int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Binds @text, "" for %NULL, for the NOT NULL text columns. */
void
_corro_store_bind_text (sqlite3_stmt *stmt,
                        int           index,
                        const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

/* Binds @text, or NULL when it is %NULL or empty: for dates and times. */
void
_corro_store_bind_nullable (sqlite3_stmt *stmt,
                            int           index,
                            const char   *text)
{
  if (text != NULL && text[0] != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

void
_corro_store_bind_id (sqlite3_stmt *stmt,
                      int           index,
                      gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
_corro_store_check_date (const char  *date,
                         GError     **error)
{
  guint year, month, day;
  char end;

  if (date == NULL || date[0] == '\0')
    return TRUE;

  if (strlen (date) == 10 &&
      sscanf (date, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3 &&
      g_date_valid_dmy (day, month, year))
    return TRUE;

  g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
               _("“%s” is not a date."), date);
  return FALSE;
}

gboolean
_corro_store_check_time (const char  *time,
                         GError     **error)
{
  if (time == NULL || time[0] == '\0')
    return TRUE;

  if (strlen (time) == 5 && g_ascii_isdigit (time[0]) && g_ascii_isdigit (time[1]) &&
      time[2] == ':' && g_ascii_isdigit (time[3]) && g_ascii_isdigit (time[4]) &&
      (time[0] - '0') * 10 + (time[1] - '0') < 24 && time[3] < '6')
    return TRUE;

  g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
               _("“%s” is not a time of day (use 24-hour time, e.g. 18:30)."), time);
  return FALSE;
}

/* Turns what the schema's constraints and triggers refuse into a records error that
 * says why in the user's words. */
static void
translate_refusal (CorroStore  *self,
                   GError     **error)
{
  sqlite3 *db = corro_database_get_handle (_corro_store_get_database (self));
  const char *message = sqlite3_errmsg (db);
  int code = sqlite3_extended_errcode (db);
  g_autoptr(GError) translated = NULL;

  if ((code & 0xff) != SQLITE_CONSTRAINT || error == NULL || *error == NULL)
    return;

  if (strstr (message, "participants of the session") != NULL)
    translated = g_error_new (CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_ENROLLED,
                              _("Attendance and notes are kept only for participants "
                                "of the session’s group."));
  else if (strstr (message, "addenda are added") != NULL)
    translated = g_error_new (CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FINALISED,
                              _("Addenda are added to finalised notes; a draft can "
                                "still be edited."));
  else if (strstr (message, "finalised note") != NULL)
    translated = g_error_new (CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_FINALISED,
                              _("This note is finalised; add an addendum to correct "
                                "or complete it."));
  else if (code == SQLITE_CONSTRAINT_UNIQUE && strstr (message, "enrolment") != NULL)
    translated = g_error_new (CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                              _("This participant is already in this group."));
  else if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
    translated = g_error_new (CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND,
                              _("The record this refers to is not in the records; "
                                "it may have been erased."));
  else
    translated = g_error_new (CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                              _("The records refused a value that is not allowed (%s)."),
                              message);

  g_clear_error (error);
  g_propagate_error (error, g_steal_pointer (&translated));
}

/* Steps a statement that returns no rows. */
gboolean
_corro_store_run (CorroStore    *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (corro_database_step (_corro_store_get_database (self), stmt, NULL, &local_error))
    return TRUE;

  translate_refusal (self, &local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
_corro_store_not_found (GError **error)
{
  g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND,
                       _("The record was not found; it may have been erased."));
  return FALSE;
}

/* Like _corro_store_run(), for a statement that changes the row @id: fails when there
 * is no such row. */
gboolean
_corro_store_run_on (CorroStore    *self,
                     sqlite3_stmt  *stmt,
                     gint64         id,
                     GError       **error)
{
  sqlite3 *db = corro_database_get_handle (_corro_store_get_database (self));

  sqlite3_bind_int64 (stmt, 1, id);
  if (!_corro_store_run (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (db) == 0)
    return _corro_store_not_found (error);

  return TRUE;
}

gint64
_corro_store_last_id (CorroStore *self)
{
  return sqlite3_last_insert_rowid (corro_database_get_handle (_corro_store_get_database (self)));
}

/**
 * _corro_store_collect:
 *
 * Returns: (transfer full): one @read_row result per row, or %NULL on failure
 */
GPtrArray *
_corro_store_collect (CorroStore      *self,
                      sqlite3_stmt    *stmt,
                      gpointer       (*read_row) (sqlite3_stmt *stmt),
                      GDestroyNotify   free_row,
                      GError         **error)
{
  CorroDatabase *db = _corro_store_get_database (self);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_row);
  gboolean has_row = FALSE;

  while (corro_database_step (db, stmt, &has_row, error))
    {
      if (!has_row)
        return g_steal_pointer (&rows);
      g_ptr_array_add (rows, read_row (stmt));
    }

  return NULL;
}

/* groups */

static gpointer
read_group (sqlite3_stmt *stmt)
{
  CorroStoreGroup *group = g_new0 (CorroStoreGroup, 1);
  const char *mode = (const char *) sqlite3_column_text (stmt, 3);
  const char *status = (const char *) sqlite3_column_text (stmt, 11);

  group->id = sqlite3_column_int64 (stmt, 0);
  group->name = _corro_store_column_dup (stmt, 1);
  group->programme_id = _corro_store_column_dup (stmt, 2);
  group->mode = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_group_modes, mode,
                                            CORRO_GROUP_MODE_IN_PERSON);
  group->age_band = _corro_store_column_dup (stmt, 4);
  group->venue = _corro_store_column_dup (stmt, 5);
  group->facilitators = _corro_store_column_dup (stmt, 6);
  group->language = _corro_store_column_dup (stmt, 7);
  group->weekday = (guint) sqlite3_column_int (stmt, 8);
  group->start_time = _corro_store_column_dup (stmt, 9);
  group->start_date = _corro_store_column_dup (stmt, 10);
  group->status = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_group_statuses, status,
                                              CORRO_GROUP_STATUS_PLANNED);
  return group;
}

static gboolean
check_group (const CorroStoreGroup  *group,
             GError                **error)
{
  if (_corro_store_is_blank (group->name))
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("A group needs a name."));
      return FALSE;
    }

  if (_corro_store_is_blank (group->programme_id))
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("A group needs a programme to follow."));
      return FALSE;
    }

  return _corro_store_check_date (group->start_date, error) &&
         _corro_store_check_time (group->start_time, error);
}

static void
bind_group (sqlite3_stmt          *stmt,
            const CorroStoreGroup *group)
{
  sqlite3_bind_int64 (stmt, 1, group->id);
  _corro_store_bind_text (stmt, 2, group->name);
  _corro_store_bind_text (stmt, 3, group->programme_id);
  sqlite3_bind_text (stmt, 4, _corro_store_group_modes[group->mode], -1, SQLITE_STATIC);
  _corro_store_bind_text (stmt, 5, group->age_band);
  _corro_store_bind_text (stmt, 6, group->venue);
  _corro_store_bind_text (stmt, 7, group->facilitators);
  _corro_store_bind_text (stmt, 8, group->language);
  if (group->weekday >= 1 && group->weekday <= 7)
    sqlite3_bind_int (stmt, 9, (int) group->weekday);
  else
    sqlite3_bind_null (stmt, 9);
  _corro_store_bind_nullable (stmt, 10, group->start_time);
  _corro_store_bind_nullable (stmt, 11, group->start_date);
  sqlite3_bind_text (stmt, 12, _corro_store_group_statuses[group->status], -1, SQLITE_STATIC);
}

static gint64
count_rows (CorroStore  *self,
            const char  *sql,
            gint64       id,
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
  else
    sqlite3_bind_int64 (stmt, 1, id);
  if (!corro_database_step (db, stmt, &has_row, error) || !has_row)
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}

/* Inserts the group and its sessions, one per chapter a week apart from its start date
 * (undated when it has none), inside the caller's transaction. */
gint64
_corro_store_insert_group_rows (CorroStore             *self,
                                const CorroStoreGroup  *group,
                                GError                **error)
{
  CorroDatabase *db = _corro_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) start = NULL;
  gint64 n_chapters;
  gint64 id;

  if (!check_group (group, error))
    return 0;

  if (group->start_date != NULL && group->start_date[0] != '\0')
    {
      g_autofree char *iso = g_strconcat (group->start_date, "T12:00:00Z", NULL);

      start = g_date_time_new_from_iso8601 (iso, NULL);
    }

  if ((n_chapters = count_rows (self, SQL_COUNT_CHAPTERS, 0, group->programme_id, error)) < 0)
    return 0;
  if (n_chapters == 0)
    n_chapters = DEFAULT_N_CHAPTERS;

  if (!(stmt = corro_database_prepare (db, SQL_INSERT_GROUP, error)))
    return 0;
  bind_group (stmt, group);
  if (!_corro_store_run (self, stmt, error))
    return 0;
  id = _corro_store_last_id (self);
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!(stmt = corro_database_prepare (db, SQL_INSERT_SCHEDULED_SESSION, error)))
    return 0;
  for (gint64 chapter = 1; chapter <= n_chapters; chapter++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, chapter);
      if (start != NULL)
        {
          g_autoptr(GDateTime) day = g_date_time_add_weeks (start, (int) chapter - 1);
          g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

          sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
        }
      else
        {
          sqlite3_bind_null (stmt, 3);
        }
      if (!_corro_store_run (self, stmt, error))
        return 0;
    }

  return id;
}

void
corro_store_group_free (CorroStoreGroup *group)
{
  if (group == NULL)
    return;

  g_free (group->name);
  g_free (group->programme_id);
  g_free (group->age_band);
  g_free (group->venue);
  g_free (group->facilitators);
  g_free (group->language);
  g_free (group->start_time);
  g_free (group->start_date);
  g_free (group);
}

/**
 * corro_store_list_groups:
 *
 * Returns: (transfer full) (element-type CorroStoreGroup): every group, running ones
 *   first, then planned, then finished, the most recent first in each
 */
GPtrArray *
corro_store_list_groups (CorroStore  *self,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_LIST_GROUPS,
                                       error)))
    return NULL;

  return _corro_store_collect (self, stmt, read_group,
                               (GDestroyNotify) corro_store_group_free, error);
}

/**
 * corro_store_get_group:
 *
 * Returns: (transfer full): the group, or %NULL with %CORRO_RECORDS_ERROR_NOT_FOUND
 */
CorroStoreGroup *
corro_store_get_group (CorroStore  *self,
                       gint64       id,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_SELECT_GROUP,
                                       error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!(rows = _corro_store_collect (self, stmt, read_group,
                                     (GDestroyNotify) corro_store_group_free, error)))
    return NULL;
  if (rows->len == 0)
    {
      _corro_store_not_found (error);
      return NULL;
    }

  return g_ptr_array_steal_index (rows, 0);
}

/**
 * corro_store_find_group:
 * @name: a group's name, matched without regard to case
 *
 * Returns: the id of the newest group called @name; 0 when there is none (without an
 *   error) or on failure
 */
gint64
corro_store_find_group (CorroStore  *self,
                        const char  *name,
                        GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_FIND_GROUP, error)))
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (!corro_database_step (db, stmt, &has_row, error) || !has_row)
    return 0;

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * corro_store_create_group:
 * @group: the new group; its id is ignored
 *
 * Keeps a new group and schedules its sessions: one per chapter of its programme, a
 * week apart from its start date (undated when it has none). All of it or nothing.
 *
 * Returns: the new group's id, or 0 on failure
 */
gint64
corro_store_create_group (CorroStore             *self,
                          const CorroStoreGroup  *group,
                          GError                **error)
{
  CorroDatabase *db;
  gint64 id;

  g_return_val_if_fail (CORRO_IS_STORE (self), 0);
  g_return_val_if_fail (group != NULL, 0);

  db = _corro_store_get_database (self);
  if (!corro_database_begin (db, error))
    return 0;
  if (!(id = _corro_store_insert_group_rows (self, group, error)) ||
      !corro_database_commit (db, error))
    {
      corro_database_rollback (db);
      return 0;
    }

  return id;
}

/* "name venue start_date": the fields of @old that @new changes, for the audit. */
static char *
changed_group_fields (const CorroStoreGroup *old,
                      const CorroStoreGroup *new)
{
  g_autoptr(GString) changed = g_string_new (NULL);
  const struct { const char *field; gboolean differs; } fields[] = {
    { "name", g_strcmp0 (old->name, new->name) != 0 },
    { "programme", g_strcmp0 (old->programme_id, new->programme_id) != 0 },
    { "mode", old->mode != new->mode },
    { "age_band", g_strcmp0 (old->age_band, new->age_band) != 0 },
    { "venue", g_strcmp0 (old->venue, new->venue) != 0 },
    { "facilitators", g_strcmp0 (old->facilitators, new->facilitators) != 0 },
    { "language", g_strcmp0 (old->language, new->language) != 0 },
    { "weekday", old->weekday != new->weekday },
    { "start_time", g_strcmp0 (old->start_time, new->start_time) != 0 },
    { "start_date", g_strcmp0 (old->start_date, new->start_date) != 0 },
    { "status", old->status != new->status },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].differs)
      g_string_append_printf (changed, "%s%s", changed->len > 0 ? " " : "", fields[i].field);

  return g_string_free (g_steal_pointer (&changed), FALSE);
}

/**
 * corro_store_update_group:
 *
 * Saves every field of @group (found by its id), with an audit row naming the fields
 * that changed (never their values). Its sessions are left as they are.
 */
gboolean
corro_store_update_group (CorroStore             *self,
                          const CorroStoreGroup  *group,
                          GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CorroStoreGroup) old = NULL;
  g_autofree char *changed = NULL;
  CorroDatabase *db;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (group != NULL, FALSE);

  if (!check_group (group, error))
    return FALSE;
  if (!(old = corro_store_get_group (self, group->id, error)))
    return FALSE;
  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_UPDATE_GROUP, error)))
    return FALSE;
  bind_group (stmt, group);
  changed = changed_group_fields (old, group);

  if (!corro_database_begin (db, error))
    return FALSE;
  if (!_corro_store_run_on (self, stmt, group->id, error) ||
      (changed[0] != '\0' &&
       !_corro_store_append_audit (self, "update", "group", group->id, changed, error)) ||
      !corro_database_commit (db, error))
    {
      corro_database_rollback (db);
      return FALSE;
    }

  return TRUE;
}

/**
 * corro_store_delete_group:
 *
 * Deletes a group with its enrolments, sessions and attendance. A group with notes is
 * kept (%CORRO_RECORDS_ERROR_HAS_NOTES): notes are never lost with a group.
 */
gboolean
corro_store_delete_group (CorroStore  *self,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 n_notes;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  if ((n_notes = count_rows (self, SQL_COUNT_GROUP_NOTES, id, NULL, error)) < 0)
    return FALSE;
  if (n_notes > 0)
    {
      g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_HAS_NOTES,
                   ngettext ("This group has %d note, so it is kept.",
                             "This group has %d notes, so it is kept.", (gulong) n_notes),
                   (int) n_notes);
      return FALSE;
    }

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_DELETE_GROUP,
                                       error)))
    return FALSE;

  return _corro_store_run_on (self, stmt, id, error);
}

/**
 * corro_store_get_completion_rule:
 * @n_chapters: (out) (optional): how many chapters the programme has
 * @required: (out) (optional): how many of them a participant attends to complete it,
 *   as the programme's own rule says; 0 when it says nothing (records/corro-attendance.c
 *   then applies the default rule)
 */
gboolean
corro_store_get_completion_rule (CorroStore  *self,
                                 const char  *programme_id,
                                 guint       *n_chapters,
                                 guint       *required,
                                 GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gint64 n;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (programme_id != NULL, FALSE);

  db = _corro_store_get_database (self);
  if ((n = count_rows (self, SQL_COUNT_CHAPTERS, 0, programme_id, error)) < 0)
    return FALSE;
  if (n == 0)
    n = DEFAULT_N_CHAPTERS;

  if (!(stmt = corro_database_prepare (db, SQL_SELECT_RULE, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, programme_id, -1, SQLITE_STATIC);
  if (!corro_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (n_chapters != NULL)
    *n_chapters = (guint) n;
  if (required != NULL)
    *required = has_row ? (guint) sqlite3_column_int (stmt, 0) : 0;

  return TRUE;
}

gboolean
corro_store_set_completion_rule (CorroStore  *self,
                                 const char  *programme_id,
                                 guint        required,
                                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (programme_id != NULL, FALSE);
  g_return_val_if_fail (required >= 1, FALSE);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_UPSERT_RULE,
                                       error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, programme_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) required);

  return _corro_store_run (self, stmt, error);
}
