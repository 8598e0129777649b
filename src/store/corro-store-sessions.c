/* corro-store-sessions.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-sessions"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-store-records-private.h"

/* The session and attendance tables. Marking one participant at one session is one
 * statement in its own transaction, quick enough to run as the key is pressed. */

#define SESSION_COLUMNS \
  "id, group_id, chapter, date, held, started_at, ended_at, skipped, extra"
#define SQL_LIST_SESSIONS \
  "SELECT " SESSION_COLUMNS " FROM session WHERE group_id = ?1 " \
  "ORDER BY date IS NULL, date, chapter, extra, id"
#define SQL_INSERT_SESSION \
  "INSERT INTO session (group_id, chapter, date, held, started_at, ended_at, skipped, " \
  "extra) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
#define SQL_UPDATE_SESSION \
  "UPDATE session SET group_id = ?2, chapter = ?3, date = ?4, held = ?5, started_at = ?6, " \
  "ended_at = ?7, skipped = ?8, extra = ?9, updated_at = " CORRO_STORE_NOW " WHERE id = ?1"
#define SQL_SESSION_HELD "SELECT held FROM session WHERE id = ?1"
#define SQL_SCHEDULE_SESSIONS \
  "UPDATE session SET date = date (?2, '+' || ((chapter - 1) * 7) || ' days'), " \
  "updated_at = " CORRO_STORE_NOW " WHERE group_id = ?1 AND held = 0 AND extra = 0"
#define SQL_SET_START_DATE \
  "UPDATE grp SET start_date = ?2, updated_at = " CORRO_STORE_NOW " WHERE id = ?1"
#define SQL_DELETE_SESSION "DELETE FROM session WHERE id = ?1"
#define SQL_COUNT_SESSION_NOTES "SELECT count(*) FROM reflection WHERE session_id = ?1"
#define SQL_UPSERT_ATTENDANCE \
  "INSERT INTO attendance (session_id, participant_id, mark) VALUES (?1, ?2, ?3) " \
  "ON CONFLICT (session_id, participant_id) DO UPDATE SET mark = excluded.mark, " \
  "updated_at = " CORRO_STORE_NOW " WHERE mark IS NOT excluded.mark"
#define SQL_DELETE_ATTENDANCE \
  "DELETE FROM attendance WHERE session_id = ?1 AND participant_id = ?2"
#define SQL_LIST_ATTENDANCE \
  "SELECT a.session_id, a.participant_id, a.mark FROM session s " \
  "JOIN attendance a ON a.session_id = s.id WHERE s.group_id = ?1"

/* helpers */

static gpointer
read_session (sqlite3_stmt *stmt)
{
  CorroStoreSession *session = g_new0 (CorroStoreSession, 1);

  session->id = sqlite3_column_int64 (stmt, 0);
  session->group_id = sqlite3_column_int64 (stmt, 1);
  session->chapter = (guint) sqlite3_column_int (stmt, 2);
  session->date = _corro_store_column_dup (stmt, 3);
  session->held = sqlite3_column_int (stmt, 4) != 0;
  session->started_at = _corro_store_column_dup (stmt, 5);
  session->ended_at = _corro_store_column_dup (stmt, 6);
  session->skipped = _corro_store_column_dup (stmt, 7);
  session->extra = sqlite3_column_int (stmt, 8) != 0;
  return session;
}

static gboolean
check_session (const CorroStoreSession  *session,
               GError                  **error)
{
  if (session->chapter < 1)
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("A session belongs to a chapter, numbered from 1."));
      return FALSE;
    }

  if (session->skipped != NULL &&
      session->skipped[strspn (session->skipped, "0123456789,")] != '\0')
    {
      g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                   _("“%s” is not a list of segment numbers."), session->skipped);
      return FALSE;
    }

  return _corro_store_check_date (session->date, error) &&
         _corro_store_check_time (session->started_at, error) &&
         _corro_store_check_time (session->ended_at, error);
}

static void
bind_session (sqlite3_stmt            *stmt,
              const CorroStoreSession *session)
{
  sqlite3_bind_int64 (stmt, 1, session->id);
  sqlite3_bind_int64 (stmt, 2, session->group_id);
  sqlite3_bind_int (stmt, 3, (int) session->chapter);
  _corro_store_bind_nullable (stmt, 4, session->date);
  sqlite3_bind_int (stmt, 5, session->held ? 1 : 0);
  _corro_store_bind_nullable (stmt, 6, session->started_at);
  _corro_store_bind_nullable (stmt, 7, session->ended_at);
  _corro_store_bind_text (stmt, 8, session->skipped);
  sqlite3_bind_int (stmt, 9, session->extra ? 1 : 0);
}

void
corro_store_session_free (CorroStoreSession *session)
{
  if (session == NULL)
    return;

  g_free (session->date);
  g_free (session->started_at);
  g_free (session->ended_at);
  g_free (session->skipped);
  g_free (session);
}

/* sessions */

/**
 * corro_store_list_sessions:
 *
 * Returns: (transfer full) (element-type CorroStoreSession): a group's sessions by date,
 *   undated ones last
 */
GPtrArray *
corro_store_list_sessions (CorroStore  *self,
                           gint64       group_id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_LIST_SESSIONS,
                                       error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);

  return _corro_store_collect (self, stmt, read_session,
                               (GDestroyNotify) corro_store_session_free, error);
}

/**
 * corro_store_insert_session:
 * @session: the new session; its id is ignored
 *
 * Returns: the new session's id, or 0 on failure
 */
gint64
corro_store_insert_session (CorroStore               *self,
                            const CorroStoreSession  *session,
                            GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), 0);
  g_return_val_if_fail (session != NULL, 0);

  if (!check_session (session, error))
    return 0;
  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_INSERT_SESSION,
                                       error)))
    return 0;
  bind_session (stmt, session);
  if (!_corro_store_run (self, stmt, error))
    return 0;

  return _corro_store_last_id (self);
}

/**
 * corro_store_update_session:
 *
 * Saves every field of @session (found by its id): moved to another date, held, its
 * real times, the segments skipped. A session newly held, or not held after all, is
 * audited ("held" or "not held", with the date) in the same transaction.
 */
gboolean
corro_store_update_session (CorroStore               *self,
                            const CorroStoreSession  *session,
                            GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) held = NULL;
  CorroDatabase *db;
  gboolean has_row = FALSE;
  gboolean was_held;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (session != NULL, FALSE);

  if (!check_session (session, error))
    return FALSE;
  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_UPDATE_SESSION, error)) ||
      !(held = corro_database_prepare (db, SQL_SESSION_HELD, error)))
    return FALSE;
  bind_session (stmt, session);
  sqlite3_bind_int64 (held, 1, session->id);

  if (!corro_database_begin (db, error))
    return FALSE;
  if (!corro_database_step (db, held, &has_row, error))
    goto failed;
  was_held = has_row && sqlite3_column_int (held, 0) != 0;
  if (!_corro_store_run_on (self, stmt, session->id, error))
    goto failed;
  if (was_held != session->held &&
      !_corro_store_append_audit (self, session->held ? "held" : "not held", "session",
                                  session->id, session->date, error))
    goto failed;
  if (!corro_database_commit (db, error))
    goto failed;

  return TRUE;

failed:
  corro_database_rollback (db);
  return FALSE;
}

/**
 * corro_store_schedule_sessions:
 * @start_date: the group's new start date, "YYYY-MM-DD"
 *
 * Sets a group's start date and moves its sessions not yet held to a week apart from
 * it, each on its chapter's week; sessions held and extra meetings stay where they are.
 * All of it or nothing.
 */
gboolean
corro_store_schedule_sessions (CorroStore  *self,
                               gint64       group_id,
                               const char  *start_date,
                               GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) set_start = NULL;
  g_autoptr(sqlite3_stmt) schedule = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  if (start_date == NULL || start_date[0] == '\0')
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("Sessions are scheduled from a start date."));
      return FALSE;
    }
  if (!_corro_store_check_date (start_date, error))
    return FALSE;

  db = _corro_store_get_database (self);
  if (!(set_start = corro_database_prepare (db, SQL_SET_START_DATE, error)) ||
      !(schedule = corro_database_prepare (db, SQL_SCHEDULE_SESSIONS, error)))
    return FALSE;
  sqlite3_bind_text (set_start, 2, start_date, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (schedule, 1, group_id);
  sqlite3_bind_text (schedule, 2, start_date, -1, SQLITE_STATIC);

  if (!corro_database_begin (db, error))
    return FALSE;
  if (!_corro_store_run_on (self, set_start, group_id, error) ||
      !_corro_store_run (self, schedule, error) ||
      !corro_database_commit (db, error))
    {
      corro_database_rollback (db);
      return FALSE;
    }

  return TRUE;
}

/**
 * corro_store_delete_session:
 *
 * Deletes a session and its attendance; a session with notes is kept
 * (%CORRO_RECORDS_ERROR_HAS_NOTES).
 */
gboolean
corro_store_delete_session (CorroStore  *self,
                            gint64       id,
                            GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_COUNT_SESSION_NOTES, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!corro_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (has_row && sqlite3_column_int (stmt, 0) > 0)
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_HAS_NOTES,
                           _("This session has notes, so it is kept."));
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!(stmt = corro_database_prepare (db, SQL_DELETE_SESSION, error)))
    return FALSE;

  return _corro_store_run_on (self, stmt, id, error);
}

/* attendance */

/**
 * corro_store_set_attendance:
 * @mark: the mark, or %CORRO_ATTENDANCE_NONE to clear it
 *
 * Marks one participant at one session, in one statement. Only participants of the
 * session's group can be marked (%CORRO_RECORDS_ERROR_NOT_ENROLLED).
 */
gboolean
corro_store_set_attendance (CorroStore           *self,
                            gint64                session_id,
                            gint64                participant_id,
                            CorroAttendanceMark   mark,
                            GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (mark < CORRO_N_ATTENDANCE_MARKS, FALSE);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self),
                                       mark == CORRO_ATTENDANCE_NONE ? SQL_DELETE_ATTENDANCE
                                                                     : SQL_UPSERT_ATTENDANCE,
                                       error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_int64 (stmt, 2, participant_id);
  if (mark != CORRO_ATTENDANCE_NONE)
    sqlite3_bind_text (stmt, 3, _corro_store_attendance_marks[mark], -1, SQLITE_STATIC);

  return _corro_store_run (self, stmt, error);
}

/**
 * corro_store_list_attendance:
 *
 * Returns: (transfer full) (element-type CorroStoreMark): every mark at a group's
 *   sessions, or %NULL on failure
 */
GArray *
corro_store_list_attendance (CorroStore  *self,
                             gint64       group_id,
                             GError     **error)
{
  CorroDatabase *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (CorroStoreMark));
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  db = _corro_store_get_database (self);
  if (!(stmt = corro_database_prepare (db, SQL_LIST_ATTENDANCE, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);

  while (corro_database_step (db, stmt, &has_row, error))
    {
      CorroStoreMark mark;

      if (!has_row)
        return g_steal_pointer (&marks);

      mark.session_id = sqlite3_column_int64 (stmt, 0);
      mark.participant_id = sqlite3_column_int64 (stmt, 1);
      mark.mark = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_attendance_marks,
                                              (const char *) sqlite3_column_text (stmt, 2),
                                              CORRO_ATTENDANCE_NONE);
      g_array_append_val (marks, mark);
    }

  return NULL;
}
