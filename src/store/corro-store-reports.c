/* corro-store-reports.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-reports"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-store-records-private.h"
#include "corro-store-reports.h"

/* The reports' reading: a read-only connection of its own inside one read transaction,
 * so that a report computed on a worker thread sees the records as they were at one
 * moment while the window goes on writing. Only what reports show is read. */

#define TEAM_NAME_KEY "team-name"
#define BUSY_TIMEOUT_MS 5000
#define PROGRESS_STEPS 10000

#define SQL_GROUPS \
  "SELECT g.id, g.name, g.programme_id, g.mode, g.age_band, g.facilitators, g.start_date, " \
  "g.status, (SELECT count(*) FROM chapter c WHERE c.programme_id = g.programme_id), " \
  "(SELECT required_chapters FROM completion_rule r WHERE r.programme_id = g.programme_id), " \
  "b.label_en, b.label_es " \
  "FROM grp g LEFT JOIN age_band b ON b.key = g.age_band " \
  "WHERE ?1 = 0 OR g.id = ?1 ORDER BY g.start_date IS NULL, g.start_date, g.id"
#define SQL_SESSIONS \
  "SELECT id, group_id, chapter, date, held, extra FROM session " \
  "WHERE ?1 = 0 OR group_id = ?1 ORDER BY group_id, date IS NULL, date, chapter, extra, id"
#define SQL_MEMBERS \
  "SELECT e.group_id, p.id, p.name, e.status, e.status_date " \
  "FROM enrolment e JOIN participant p ON p.id = e.participant_id " \
  "WHERE ?1 = 0 OR e.group_id = ?1 ORDER BY e.group_id, p.name COLLATE NOCASE, p.id"
#define SQL_MARKS \
  "SELECT a.session_id, a.participant_id, a.mark FROM attendance a " \
  "JOIN session s ON s.id = a.session_id WHERE ?1 = 0 OR s.group_id = ?1"
#define SQL_CHAPTERS \
  "SELECT programme_id, number, title_en, title_es FROM chapter ORDER BY programme_id, number"
/* Session notes only: never a note about one participant, never supervision notes. */
#define SQL_NOTES \
  "SELECT r.session_id, r.text, r.finalised_at IS NOT NULL FROM reflection r " \
  "JOIN session s ON s.id = r.session_id " \
  "WHERE r.kind = 'session' AND r.text <> '' AND (?1 = 0 OR s.group_id = ?1) " \
  "ORDER BY r.session_id, r.created_at, r.id"

/* A programme that says nothing of its length has the 8 chapters of COSP. */
#define DEFAULT_N_CHAPTERS 8

typedef gboolean (*ReadRow) (sqlite3_stmt         *stmt,
                             CorroStoreReportData *data);

/* helpers */

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return _corro_store_column_dup (stmt, column);
}

static gboolean
read_group (sqlite3_stmt         *stmt,
            CorroStoreReportData *data)
{
  CorroStoreReportGroup *group = g_new0 (CorroStoreReportGroup, 1);
  guint n_chapters = (guint) sqlite3_column_int (stmt, 8);

  group->id = sqlite3_column_int64 (stmt, 0);
  group->name = column_dup (stmt, 1);
  group->programme_id = column_dup (stmt, 2);
  group->mode = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_group_modes,
                                            (const char *) sqlite3_column_text (stmt, 3),
                                            CORRO_GROUP_MODE_IN_PERSON);
  group->age_band = column_dup (stmt, 4);
  group->age_band_en = column_dup (stmt, 10);
  group->age_band_es = column_dup (stmt, 11);
  group->facilitators = column_dup (stmt, 5);
  group->start_date = column_dup (stmt, 6);
  group->status = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_group_statuses,
                                              (const char *) sqlite3_column_text (stmt, 7),
                                              CORRO_GROUP_STATUS_PLANNED);
  group->n_chapters = n_chapters > 0 ? n_chapters : DEFAULT_N_CHAPTERS;
  /* The programme's own rule, or 0: the reports apply the default (corro-attendance.c). */
  group->programme_rule = sqlite3_column_type (stmt, 9) != SQLITE_NULL
                            ? (guint) sqlite3_column_int (stmt, 9) : 0;
  g_ptr_array_add (data->groups, group);
  return TRUE;
}

static gboolean
read_session (sqlite3_stmt         *stmt,
              CorroStoreReportData *data)
{
  CorroStoreReportSession *session = g_new0 (CorroStoreReportSession, 1);

  session->id = sqlite3_column_int64 (stmt, 0);
  session->group_id = sqlite3_column_int64 (stmt, 1);
  session->chapter = (guint) sqlite3_column_int (stmt, 2);
  session->date = column_dup (stmt, 3);
  session->held = sqlite3_column_int (stmt, 4) != 0;
  session->extra = sqlite3_column_int (stmt, 5) != 0;
  g_ptr_array_add (data->sessions, session);
  return TRUE;
}

static gboolean
read_member (sqlite3_stmt         *stmt,
             CorroStoreReportData *data)
{
  CorroStoreReportMember *member = g_new0 (CorroStoreReportMember, 1);

  member->group_id = sqlite3_column_int64 (stmt, 0);
  member->participant_id = sqlite3_column_int64 (stmt, 1);
  member->name = column_dup (stmt, 2);
  member->status = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_enrolment_statuses,
                                               (const char *) sqlite3_column_text (stmt, 3),
                                               CORRO_ENROLMENT_REFERRED);
  member->status_date = column_dup (stmt, 4);
  g_ptr_array_add (data->members, member);
  return TRUE;
}

static gboolean
read_mark (sqlite3_stmt         *stmt,
           CorroStoreReportData *data)
{
  CorroStoreReportMark mark;

  mark.session_id = sqlite3_column_int64 (stmt, 0);
  mark.participant_id = sqlite3_column_int64 (stmt, 1);
  mark.mark = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_attendance_marks,
                                          (const char *) sqlite3_column_text (stmt, 2),
                                          CORRO_ATTENDANCE_NONE);
  g_array_append_val (data->marks, mark);
  return TRUE;
}

static gboolean
read_chapter (sqlite3_stmt         *stmt,
              CorroStoreReportData *data)
{
  CorroStoreReportChapter *chapter = g_new0 (CorroStoreReportChapter, 1);

  chapter->programme_id = column_dup (stmt, 0);
  chapter->number = (guint) sqlite3_column_int (stmt, 1);
  chapter->title_en = column_dup (stmt, 2);
  chapter->title_es = column_dup (stmt, 3);
  g_ptr_array_add (data->chapters, chapter);
  return TRUE;
}

static gboolean
read_note (sqlite3_stmt         *stmt,
           CorroStoreReportData *data)
{
  CorroStoreReportNote *note = g_new0 (CorroStoreReportNote, 1);

  note->session_id = sqlite3_column_int64 (stmt, 0);
  note->text = column_dup (stmt, 1);
  note->finalised = sqlite3_column_int (stmt, 2) != 0;
  g_ptr_array_add (data->notes, note);
  return TRUE;
}

static int
read_rows (sqlite3              *db,
           const char           *sql,
           gint64                group_id,
           ReadRow               read_row,
           CorroStoreReportData *data)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    return rc;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, group_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    read_row (stmt, data);
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int
on_progress_cb (void *user_data)
{
  return g_cancellable_is_cancelled (user_data) ? 1 : 0;
}

static void
report_group_free (CorroStoreReportGroup *group)
{
  g_free (group->name);
  g_free (group->programme_id);
  g_free (group->age_band);
  g_free (group->age_band_en);
  g_free (group->age_band_es);
  g_free (group->facilitators);
  g_free (group->start_date);
  g_free (group);
}

static void
report_session_free (CorroStoreReportSession *session)
{
  g_free (session->date);
  g_free (session);
}

static void
report_member_free (CorroStoreReportMember *member)
{
  g_free (member->name);
  g_free (member->status_date);
  g_free (member);
}

static void
report_chapter_free (CorroStoreReportChapter *chapter)
{
  g_free (chapter->programme_id);
  g_free (chapter->title_en);
  g_free (chapter->title_es);
  g_free (chapter);
}

static void
report_note_free (CorroStoreReportNote *note)
{
  g_free (note->text);
  g_free (note);
}

/* public API */

void
corro_store_report_data_free (CorroStoreReportData *data)
{
  if (data == NULL)
    return;

  g_clear_pointer (&data->groups, g_ptr_array_unref);
  g_clear_pointer (&data->sessions, g_ptr_array_unref);
  g_clear_pointer (&data->members, g_ptr_array_unref);
  g_clear_pointer (&data->marks, g_array_unref);
  g_clear_pointer (&data->chapters, g_ptr_array_unref);
  g_clear_pointer (&data->notes, g_ptr_array_unref);
  g_free (data);
}

/**
 * corro_store_read_report_data:
 * @group_id: one group, or 0 for every group
 * @session_notes: whether to read the session notes (never any other kind)
 * @cancellable: (nullable): stops the reading early
 *
 * Reads what the reports are computed from. Safe to call from any thread: it reads
 * through a connection of its own, in one transaction.
 *
 * Returns: (transfer full): the snapshot, or %NULL on failure
 */
CorroStoreReportData *
corro_store_read_report_data (CorroStore    *self,
                              gint64         group_id,
                              gboolean       session_notes,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(CorroStoreReportData) data = g_new0 (CorroStoreReportData, 1);
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);
  g_return_val_if_fail (group_id >= 0, NULL);

  data->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) report_group_free);
  data->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) report_session_free);
  data->members = g_ptr_array_new_with_free_func ((GDestroyNotify) report_member_free);
  data->marks = g_array_new (FALSE, FALSE, sizeof (CorroStoreReportMark));
  data->chapters = g_ptr_array_new_with_free_func ((GDestroyNotify) report_chapter_free);
  data->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) report_note_free);

  rc = sqlite3_open_v2 (corro_store_get_path (self), &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      if (cancellable != NULL)
        sqlite3_progress_handler (db, PROGRESS_STEPS, on_progress_cb, cancellable);
      rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
    }
  if (rc == SQLITE_OK)
    rc = read_rows (db, SQL_GROUPS, group_id, read_group, data);
  if (rc == SQLITE_OK)
    rc = read_rows (db, SQL_SESSIONS, group_id, read_session, data);
  if (rc == SQLITE_OK)
    rc = read_rows (db, SQL_MEMBERS, group_id, read_member, data);
  if (rc == SQLITE_OK)
    rc = read_rows (db, SQL_MARKS, group_id, read_mark, data);
  if (rc == SQLITE_OK)
    rc = read_rows (db, SQL_CHAPTERS, group_id, read_chapter, data);
  if (rc == SQLITE_OK && session_notes)
    rc = read_rows (db, SQL_NOTES, group_id, read_note, data);

  if (rc != SQLITE_OK)
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        g_set_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_FAILED,
                     _("Corro could not read the records for the report (%s)."),
                     db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);

  if (group_id > 0 && data->groups->len == 0)
    {
      g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND,
                   _("The group is no longer in the records."));
      return NULL;
    }

  return g_steal_pointer (&data);
}

/**
 * corro_store_dup_team_name:
 *
 * Returns: (transfer full): the team's name, as reports show it; "" when not set
 */
char *
corro_store_dup_team_name (CorroStore *self)
{
  char *name;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  name = corro_store_dup_setting (self, TEAM_NAME_KEY);
  return name != NULL ? name : g_strdup ("");
}

gboolean
corro_store_set_team_name (CorroStore  *self,
                           const char  *name,
                           GError     **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  return corro_store_set_setting (self, TEAM_NAME_KEY, stripped, error);
}
