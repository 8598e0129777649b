/* corro-store-rights.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-rights"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "corro-store-records-private.h"
#include "corro-store-rights.h"

/* People's rights over their records (UK GDPR; Mexico's ARCO rights):
 *
 *   * access: corro_store_get_person() gathers every row held about one participant:
 *     their details and consent, enrolments with referral and status, pre-group
 *     contacts, attendance, the notes about them with their addenda, and the audit
 *     trail's lines about those rows. Session notes (about a whole meeting) and the
 *     facilitators' self-reflections and fidelity notes are not about them.
 *   * erasure: corro_store_erase_participant() deletes all of that in one transaction
 *     and leaves one destruction record in the audit trail; then corro_store_scrub()
 *     makes the bytes go from the file: the deleted cells are zeroed (secure_delete),
 *     the full-text index is rebuilt without their words, the file is rewritten
 *     (VACUUM: text left in free space by earlier edits of a draft goes too) and the
 *     write-ahead log is emptied. Backups made earlier still hold the record.
 *   * retention: corro_store_list_expired() lists who is past the team's period. */

#define SQL_PERSON_TIMES "SELECT created_at, updated_at FROM participant WHERE id = ?1"
#define SQL_PERSON_ENROLMENTS \
  "SELECT e.id, e.group_id, e.participant_id, e.referral_source, e.referral_date, " \
  "e.status, e.status_reason, e.status_date, e.created_at, e.updated_at, g.name, " \
  "(SELECT min (date) FROM session WHERE group_id = g.id), " \
  "(SELECT max (date) FROM session WHERE group_id = g.id) " \
  "FROM enrolment e JOIN grp g ON g.id = e.group_id " \
  "WHERE e.participant_id = ?1 ORDER BY g.start_date, e.id"
#define SQL_PERSON_MARKS \
  "SELECT a.session_id, s.group_id, g.name, s.chapter, s.date, s.extra, a.mark, " \
  "a.updated_at FROM attendance a JOIN session s ON s.id = a.session_id " \
  "JOIN grp g ON g.id = s.group_id WHERE a.participant_id = ?1 " \
  "ORDER BY s.date IS NULL, s.date, s.chapter, s.id"
#define SQL_PERSON_NOTES \
  "SELECT r.id, r.kind, coalesce (r.session_id, 0), r.participant_id, r.text, " \
  "r.created_at, r.updated_at, r.finalised_at, g.name, coalesce (s.chapter, 0), s.date " \
  "FROM reflection r LEFT JOIN session s ON s.id = r.session_id " \
  "LEFT JOIN grp g ON g.id = s.group_id " \
  "WHERE r.participant_id = ?1 AND r.kind = 'participant' ORDER BY r.created_at, r.id"
#define SQL_PERSON_SESSION_NOTES \
  "SELECT count (*) FROM reflection WHERE kind = 'session' AND session_id IN " \
  "(SELECT session_id FROM attendance WHERE participant_id = ?1)"
#define SQL_PERSON_HISTORY \
  "SELECT at, action, entity, entity_id, detail FROM audit " \
  "WHERE (entity IN ('participant', 'attendance') AND entity_id = ?1) " \
  "OR (entity = 'enrolment' AND entity_id IN " \
  "    (SELECT id FROM enrolment WHERE participant_id = ?1)) " \
  "OR (entity = 'contact' AND entity_id IN " \
  "    (SELECT c.id FROM contact c JOIN enrolment e ON e.id = c.enrolment_id " \
  "     WHERE e.participant_id = ?1)) " \
  "OR (entity = 'reflection' AND entity_id IN " \
  "    (SELECT id FROM reflection WHERE participant_id = ?1)) " \
  "ORDER BY at, id"
#define SQL_ERASURE_COUNTS \
  "SELECT (SELECT count (*) FROM enrolment WHERE participant_id = ?1), " \
  "(SELECT count (*) FROM contact c JOIN enrolment e ON e.id = c.enrolment_id " \
  " WHERE e.participant_id = ?1), " \
  "(SELECT count (*) FROM attendance WHERE participant_id = ?1), " \
  "(SELECT count (*) FROM reflection WHERE participant_id = ?1), " \
  "(SELECT count (*) FROM addendum a JOIN reflection r ON r.id = a.reflection_id " \
  " WHERE r.participant_id = ?1)"
#define SQL_BEGIN_ERASURE "INSERT INTO erasure (participant_id) VALUES (?1)"
#define SQL_ERASE_PARTICIPANT "DELETE FROM participant WHERE id = ?1"
#define SQL_END_ERASURE "DELETE FROM erasure"
#define SQL_OPTIMIZE_INDEX "INSERT INTO reflection_fts (reflection_fts) VALUES ('optimize')"
#define SQL_LIST_EXPIRED \
  "WITH group_end (id, ended) AS " \
  "  (SELECT g.id, (SELECT max (date) FROM session WHERE group_id = g.id) FROM grp g) " \
  "SELECT p.id, p.name, max (ge.ended), count (e.id) " \
  "FROM participant p LEFT JOIN enrolment e ON e.participant_id = p.id " \
  "LEFT JOIN group_end ge ON ge.id = e.group_id " \
  "GROUP BY p.id " \
  "HAVING count (e.id) = 0 OR (count (ge.ended) = count (e.id) AND max (ge.ended) < ?1) " \
  "ORDER BY max (ge.ended) IS NOT NULL, max (ge.ended), p.name COLLATE NOCASE, p.id"

/* helpers */

static void
person_enrolment_free (CorroStorePersonEnrolment *enrolment)
{
  corro_store_enrolment_clear (&enrolment->enrolment);
  g_free (enrolment->created_at);
  g_free (enrolment->updated_at);
  g_free (enrolment->group_name);
  g_free (enrolment->first_session);
  g_free (enrolment->last_session);
  g_clear_pointer (&enrolment->contacts, g_ptr_array_unref);
  g_free (enrolment);
}

static void
person_mark_free (CorroStorePersonMark *mark)
{
  g_free (mark->group_name);
  g_free (mark->date);
  g_free (mark->updated_at);
  g_free (mark);
}

static void
person_note_free (CorroStorePersonNote *note)
{
  g_clear_pointer (&note->note, corro_store_reflection_free);
  g_free (note->group_name);
  g_free (note->session_date);
  g_clear_pointer (&note->addenda, g_ptr_array_unref);
  g_free (note);
}

static gpointer
read_enrolment (sqlite3_stmt *stmt)
{
  CorroStorePersonEnrolment *row = g_new0 (CorroStorePersonEnrolment, 1);
  const char *status = (const char *) sqlite3_column_text (stmt, 5);

  row->enrolment.id = sqlite3_column_int64 (stmt, 0);
  row->enrolment.group_id = sqlite3_column_int64 (stmt, 1);
  row->enrolment.participant_id = sqlite3_column_int64 (stmt, 2);
  row->enrolment.referral_source = _corro_store_column_dup (stmt, 3);
  row->enrolment.referral_date = _corro_store_column_dup (stmt, 4);
  row->enrolment.status = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_enrolment_statuses, status,
                                                      CORRO_ENROLMENT_REFERRED);
  row->enrolment.status_reason = _corro_store_column_dup (stmt, 6);
  row->enrolment.status_date = _corro_store_column_dup (stmt, 7);
  row->created_at = _corro_store_column_dup (stmt, 8);
  row->updated_at = _corro_store_column_dup (stmt, 9);
  row->group_name = _corro_store_column_dup (stmt, 10);
  row->first_session = _corro_store_column_dup (stmt, 11);
  row->last_session = _corro_store_column_dup (stmt, 12);
  return row;
}

static gpointer
read_mark (sqlite3_stmt *stmt)
{
  CorroStorePersonMark *row = g_new0 (CorroStorePersonMark, 1);
  const char *mark = (const char *) sqlite3_column_text (stmt, 6);

  row->session_id = sqlite3_column_int64 (stmt, 0);
  row->group_id = sqlite3_column_int64 (stmt, 1);
  row->group_name = _corro_store_column_dup (stmt, 2);
  row->chapter = sqlite3_column_int (stmt, 3);
  row->date = _corro_store_column_dup (stmt, 4);
  row->extra = sqlite3_column_int (stmt, 5) != 0;
  row->mark = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_attendance_marks, mark,
                                          CORRO_ATTENDANCE_NONE);
  row->updated_at = _corro_store_column_dup (stmt, 7);
  return row;
}

static gpointer
read_note (sqlite3_stmt *stmt)
{
  CorroStorePersonNote *row = g_new0 (CorroStorePersonNote, 1);
  CorroStoreReflection *note = g_new0 (CorroStoreReflection, 1);
  const char *kind = (const char *) sqlite3_column_text (stmt, 1);

  note->id = sqlite3_column_int64 (stmt, 0);
  note->kind = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_reflection_kinds, kind,
                                           CORRO_REFLECTION_PARTICIPANT);
  note->session_id = sqlite3_column_int64 (stmt, 2);
  note->participant_id = sqlite3_column_int64 (stmt, 3);
  note->text = _corro_store_column_dup (stmt, 4);
  note->created_at = _corro_store_column_dup (stmt, 5);
  note->updated_at = _corro_store_column_dup (stmt, 6);
  note->finalised_at = _corro_store_column_dup (stmt, 7);
  row->note = note;
  row->group_name = _corro_store_column_dup (stmt, 8);
  row->chapter = sqlite3_column_int (stmt, 9);
  row->session_date = _corro_store_column_dup (stmt, 10);
  return row;
}

static gpointer
read_audit_entry (sqlite3_stmt *stmt)
{
  CorroStoreAuditEntry *row = g_new0 (CorroStoreAuditEntry, 1);

  row->at = _corro_store_column_dup (stmt, 0);
  row->action = _corro_store_column_dup (stmt, 1);
  row->entity = _corro_store_column_dup (stmt, 2);
  row->entity_id = sqlite3_column_int64 (stmt, 3);
  row->detail = _corro_store_column_dup (stmt, 4);
  return row;
}

static gpointer
read_expired (sqlite3_stmt *stmt)
{
  CorroStoreExpired *row = g_new0 (CorroStoreExpired, 1);

  row->participant_id = sqlite3_column_int64 (stmt, 0);
  row->name = _corro_store_column_dup (stmt, 1);
  row->last_session = _corro_store_column_dup (stmt, 2);
  row->n_groups = sqlite3_column_int (stmt, 3);
  return row;
}

/* Runs @sql about one participant and reads each row with @read_row. */
static GPtrArray *
collect_about (CorroStore      *self,
               const char      *sql,
               gint64           participant_id,
               gpointer       (*read_row) (sqlite3_stmt *stmt),
               GDestroyNotify   free_row,
               GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);

  return _corro_store_collect (self, stmt, read_row, free_row, error);
}

static gboolean
run_about (CorroStore  *self,
           const char  *sql,
           gint64       participant_id,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), sql, error)))
    return FALSE;
  _corro_store_bind_id (stmt, 1, participant_id);

  return _corro_store_run (self, stmt, error);
}

static gboolean
count_erasure (CorroStore         *self,
               gint64              participant_id,
               CorroStoreErasure  *erasure,
               GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CorroDatabase *db = _corro_store_get_database (self);
  gboolean has_row = FALSE;

  if (!(stmt = corro_database_prepare (db, SQL_ERASURE_COUNTS, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  if (!corro_database_step (db, stmt, &has_row, error))
    return FALSE;

  erasure->enrolments = sqlite3_column_int (stmt, 0);
  erasure->contacts = sqlite3_column_int (stmt, 1);
  erasure->marks = sqlite3_column_int (stmt, 2);
  erasure->notes = sqlite3_column_int (stmt, 3);
  erasure->addenda = sqlite3_column_int (stmt, 4);
  return TRUE;
}

static gboolean
erase_rows (CorroStore               *self,
            gint64                    participant_id,
            const char               *by,
            const CorroStoreErasure  *erasure,
            GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *detail = NULL;
  CorroDatabase *db = _corro_store_get_database (self);

  /* The destruction record: who, and how many rows of each kind; nothing of theirs. */
  detail = g_strdup_printf ("by %s; enrolments %u, contacts %u, attendance %u, notes %u, "
                            "addenda %u", by, erasure->enrolments, erasure->contacts,
                            erasure->marks, erasure->notes, erasure->addenda);

  if (!run_about (self, SQL_BEGIN_ERASURE, participant_id, error))
    return FALSE;
  if (!(stmt = corro_database_prepare (db, SQL_ERASE_PARTICIPANT, error)) ||
      !_corro_store_run_on (self, stmt, participant_id, error))
    return FALSE;

  return corro_database_exec (db, SQL_END_ERASURE, error) &&
         _corro_store_append_audit (self, "erase", "participant", participant_id, detail,
                                    error) &&
         corro_database_exec (db, SQL_OPTIMIZE_INDEX, error);
}

static int
query_pragma (CorroDatabase *db,
              const char    *sql)
{
  g_autoptr(sqlite3_stmt) stmt = corro_database_prepare (db, sql, NULL);
  gboolean has_row = FALSE;

  if (stmt == NULL || !corro_database_step (db, stmt, &has_row, NULL) || !has_row)
    return -1;

  return sqlite3_column_int (stmt, 0);
}

/* freeing */

void
corro_store_person_free (CorroStorePerson *person)
{
  if (person == NULL)
    return;

  g_clear_pointer (&person->participant, corro_store_participant_free);
  g_free (person->created_at);
  g_free (person->updated_at);
  g_clear_pointer (&person->enrolments, g_ptr_array_unref);
  g_clear_pointer (&person->marks, g_ptr_array_unref);
  g_clear_pointer (&person->notes, g_ptr_array_unref);
  g_clear_pointer (&person->history, g_ptr_array_unref);
  g_free (person);
}

void
corro_store_audit_entry_free (CorroStoreAuditEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->at);
  g_free (entry->action);
  g_free (entry->entity);
  g_free (entry->detail);
  g_free (entry);
}

void
corro_store_expired_free (CorroStoreExpired *expired)
{
  if (expired == NULL)
    return;

  g_free (expired->name);
  g_free (expired->last_session);
  g_free (expired);
}

/* public API */

/**
 * corro_store_get_person:
 *
 * Gathers everything held about one participant (see #CorroStorePerson). A handful of
 * rows for one person: it may run inline.
 *
 * Returns: (transfer full): the person's records, or %NULL with
 *   %CORRO_RECORDS_ERROR_NOT_FOUND
 */
CorroStorePerson *
corro_store_get_person (CorroStore  *self,
                        gint64       participant_id,
                        GError     **error)
{
  g_autoptr(CorroStorePerson) person = g_new0 (CorroStorePerson, 1);
  g_autoptr(GPtrArray) times = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CorroDatabase *db;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  db = _corro_store_get_database (self);
  if (!(person->participant = corro_store_get_participant (self, participant_id, error)))
    return NULL;

  if (!(stmt = corro_database_prepare (db, SQL_PERSON_TIMES, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  if (!corro_database_step (db, stmt, &has_row, error))
    return NULL;
  person->created_at = _corro_store_column_dup (stmt, 0);
  person->updated_at = _corro_store_column_dup (stmt, 1);
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!(person->enrolments = collect_about (self, SQL_PERSON_ENROLMENTS, participant_id,
                                            read_enrolment,
                                            (GDestroyNotify) person_enrolment_free, error)) ||
      !(person->marks = collect_about (self, SQL_PERSON_MARKS, participant_id, read_mark,
                                       (GDestroyNotify) person_mark_free, error)) ||
      !(person->notes = collect_about (self, SQL_PERSON_NOTES, participant_id, read_note,
                                       (GDestroyNotify) person_note_free, error)) ||
      !(person->history = collect_about (self, SQL_PERSON_HISTORY, participant_id,
                                         read_audit_entry,
                                         (GDestroyNotify) corro_store_audit_entry_free,
                                         error)))
    return NULL;

  for (guint i = 0; i < person->enrolments->len; i++)
    {
      CorroStorePersonEnrolment *enrolment = g_ptr_array_index (person->enrolments, i);

      if (!(enrolment->contacts = corro_store_list_contacts (self, enrolment->enrolment.id,
                                                             error)))
        return NULL;
    }

  for (guint i = 0; i < person->notes->len; i++)
    {
      CorroStorePersonNote *note = g_ptr_array_index (person->notes, i);

      if (!(note->addenda = corro_store_list_addenda (self, note->note->id, error)))
        return NULL;
    }

  if (!(stmt = corro_database_prepare (db, SQL_PERSON_SESSION_NOTES, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  if (!corro_database_step (db, stmt, &has_row, error))
    return NULL;
  person->n_session_notes = sqlite3_column_int (stmt, 0);

  return g_steal_pointer (&person);
}

/**
 * corro_store_erase_participant:
 * @by: (nullable): who erased it, for the destruction record; the computer's user
 *   name when %NULL
 * @erasure: (out caller-allocates) (optional): how many rows of each kind went
 *
 * Erases a participant on request, with their enrolments, pre-group contacts,
 * attendance and the notes about them (finalised ones too) with their addenda, in one
 * transaction. The audit trail gains one destruction record (action "erase", entity
 * "participant", the id, and who and how many rows in its detail) and nothing else.
 * Then the file is cleaned of them: see corro_store_scrub(). When that cleaning fails,
 * the record is erased all the same and the error is %CORRO_RECORDS_ERROR_NOT_CLEANED.
 *
 * Its cost grows with the database (the file is rewritten): call it from a worker
 * thread with a store of its own.
 */
gboolean
corro_store_erase_participant (CorroStore         *self,
                               gint64              participant_id,
                               const char         *by,
                               CorroStoreErasure  *erasure,
                               GError            **error)
{
  CorroStoreErasure counts = { 0 };
  CorroDatabase *db;
  g_autoptr(GError) local_error = NULL;
  int secure_delete;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  if (by == NULL || by[0] == '\0')
    by = g_get_user_name ();

  db = _corro_store_get_database (self);
  secure_delete = query_pragma (db, "PRAGMA secure_delete");
  if (!corro_database_exec (db, "PRAGMA secure_delete = ON", error))
    return FALSE;

  if (!corro_database_begin (db, error))
    goto restore;
  if (!count_erasure (self, participant_id, &counts, error) ||
      !erase_rows (self, participant_id, by, &counts, error) ||
      !corro_database_commit (db, error))
    {
      corro_database_rollback (db);
      goto restore;
    }

  if (erasure != NULL)
    *erasure = counts;

  if (!corro_store_scrub (self, &local_error))
    g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED,
                 _("The record was erased, but the database file could not be cleaned of "
                   "it yet (%s). Corro tries again at the next erasure."),
                 local_error->message);

  if (secure_delete == 0)
    corro_database_exec (db, "PRAGMA secure_delete = OFF", NULL);
  return TRUE;

restore:
  if (secure_delete == 0)
    corro_database_exec (db, "PRAGMA secure_delete = OFF", NULL);
  return FALSE;
}

/**
 * corro_store_scrub:
 *
 * Makes deleted records go from the file, not only from the tables: the full-text
 * index is merged into one segment (no deleted word stays behind in an older one), the
 * database is rewritten (VACUUM), so that no deleted text stays in free space, and the
 * write-ahead log is checkpointed and emptied. Fails with a busy error while another
 * connection is reading. Its cost grows with the database.
 */
gboolean
corro_store_scrub (CorroStore  *self,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CorroDatabase *db;
  gboolean has_row = FALSE;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  db = _corro_store_get_database (self);
  if (!corro_database_exec (db, SQL_OPTIMIZE_INDEX, error) ||
      !corro_database_exec (db, "VACUUM", error) ||
      !(stmt = corro_database_prepare (db, "PRAGMA wal_checkpoint (TRUNCATE)", error)) ||
      !corro_database_step (db, stmt, &has_row, error))
    return FALSE;

  /* The first column says whether another connection kept the log from emptying. */
  if (has_row && sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error_literal (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_FAILED,
                           _("Another part of Corro was reading the records"));
      return FALSE;
    }

  return TRUE;
}

/**
 * corro_store_get_retention_years:
 *
 * Returns: how many years after a group's last session its participants' records are
 *   kept: the team's setting, or %CORRO_STORE_RETENTION_DEFAULT_YEARS
 */
guint
corro_store_get_retention_years (CorroStore *self)
{
  g_autofree char *value = NULL;
  guint64 years = 0;

  g_return_val_if_fail (CORRO_IS_STORE (self), CORRO_STORE_RETENTION_DEFAULT_YEARS);

  value = corro_store_dup_setting (self, CORRO_STORE_RETENTION_KEY);
  if (value == NULL ||
      !g_ascii_string_to_unsigned (value, 10, 1, CORRO_STORE_RETENTION_MAX_YEARS, &years,
                                   NULL))
    return CORRO_STORE_RETENTION_DEFAULT_YEARS;

  return (guint) years;
}

gboolean
corro_store_set_retention_years (CorroStore  *self,
                                 guint        years,
                                 GError     **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  if (years < 1 || years > CORRO_STORE_RETENTION_MAX_YEARS)
    {
      g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                   _("Records are kept from 1 to %u years after a group ends."),
                   CORRO_STORE_RETENTION_MAX_YEARS);
      return FALSE;
    }

  value = g_strdup_printf ("%u", years);
  return corro_store_set_setting (self, CORRO_STORE_RETENTION_KEY, value, error);
}

/**
 * corro_store_list_expired:
 * @ended_before: "YYYY-MM-DD": the start of the retention period
 *
 * A group ends on its last session's date; a group with no dated session has not
 * ended. Lists the participants whose every group ended before @ended_before, and those
 * in no group at all (their groups were deleted), those first, then by the end of
 * their last group.
 *
 * Returns: (transfer full) (element-type CorroStoreExpired): the participants, or %NULL
 */
GPtrArray *
corro_store_list_expired (CorroStore  *self,
                          const char  *ended_before,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);
  g_return_val_if_fail (ended_before != NULL, NULL);

  if (!_corro_store_check_date (ended_before, error))
    return NULL;
  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_LIST_EXPIRED,
                                       error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, ended_before, -1, SQLITE_STATIC);

  return _corro_store_collect (self, stmt, read_expired,
                               (GDestroyNotify) corro_store_expired_free, error);
}

/* Redaction: after an erasure, a person's name taken out of the other notes that name
 * them, finalised ones and their addenda included. */

#define SQL_REDACT_REFLECTION \
  "UPDATE reflection SET text = ?2, redactions = redactions + 1 WHERE id = ?1"
#define SQL_REDACT_ADDENDUM \
  "UPDATE addendum SET text = ?2, redactions = redactions + 1 WHERE id = ?1"
#define SQL_REDACT_ADDENDUM_DRAFT "UPDATE addendum_draft SET text = ?2 WHERE reflection_id = ?1"
#define SQL_NOTE_REMOVAL "INSERT INTO addendum (reflection_id, text) VALUES (?1, ?2)"

/* A pattern finding @name as the search does: any case, with or without its accents
 * ("Lucia" for "Lucía", "IÑAKI" for "Iñaki"), any spacing between its words. */
static char *
dup_name_pattern (const char *name)
{
  static const char * const accented[] = {
    "aáàâäã", "eéèêë", "iíìîï", "oóòôöõ", "uúùûü", "nñ", "cç", "yý",
  };
  g_autoptr(GString) pattern = g_string_new (NULL);
  gboolean in_space = FALSE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));
      gunichar base[8];
      char utf8[8] = { 0 };
      const char *set = NULL;

      if (g_unichar_isspace (c))
        {
          if (!in_space)
            g_string_append (pattern, "\\s+");
          in_space = TRUE;
          continue;
        }
      in_space = FALSE;
      if (g_unichar_fully_decompose (c, FALSE, base, G_N_ELEMENTS (base)) > 0)
        for (guint i = 0; i < G_N_ELEMENTS (accented); i++)
          if (g_utf8_get_char (accented[i]) == base[0])
            set = accented[i];
      if (set != NULL)
        g_string_append_printf (pattern, "[%s]", set);
      else
        {
          g_autofree char *escaped = NULL;

          g_unichar_to_utf8 (c, utf8);
          escaped = g_regex_escape_string (utf8, -1);
          g_string_append (pattern, escaped);
        }
    }

  return g_string_free (g_steal_pointer (&pattern), FALSE);
}

/* @text with every @name in it (see dup_name_pattern()) replaced by @marker; %NULL when
 * none is. */
static char *
dup_redacted (const char *text,
              const char *name,
              const char *marker,
              guint      *n_removed)
{
  g_autofree char *pattern = dup_name_pattern (name);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  if (regex == NULL || text == NULL || !g_regex_match (regex, text, 0, &match))
    return NULL;
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    n++;

  *n_removed += n;
  return g_regex_replace_literal (regex, text, -1, 0, marker, 0, NULL);
}

static gboolean
run_redaction (CorroStore  *self,
               const char  *sql,
               gint64       id,
               const char  *text,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);

  return _corro_store_run (self, stmt, error);
}

static gboolean
redact_rows (CorroStore  *self,
             gint64       reflection_id,
             const char  *name,
             const char  *marker,
             const char  *note_of_removal,
             guint       *n_removed,
             GError     **error)
{
  g_autoptr(CorroStoreReflection) reflection = NULL;
  g_autoptr(GPtrArray) addenda = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *text = NULL;
  guint before = *n_removed;

  if (!(reflection = corro_store_get_reflection (self, reflection_id, error)) ||
      !(addenda = corro_store_list_addenda (self, reflection_id, error)))
    return FALSE;

  if ((text = dup_redacted (reflection->text, name, marker, n_removed)) != NULL &&
      !run_redaction (self, SQL_REDACT_REFLECTION, reflection_id, text, error))
    return FALSE;

  for (guint i = 0; i < addenda->len; i++)
    {
      CorroStoreAddendum *addendum = g_ptr_array_index (addenda, i);
      g_autofree char *redacted = dup_redacted (addendum->text, name, marker, n_removed);

      if (redacted != NULL &&
          !run_redaction (self, SQL_REDACT_ADDENDUM, addendum->id, redacted, error))
        return FALSE;
    }

  draft = corro_store_dup_addendum_draft (self, reflection_id, NULL);
  if (draft != NULL)
    {
      g_autofree char *redacted = dup_redacted (draft, name, marker, n_removed);

      if (redacted != NULL &&
          !run_redaction (self, SQL_REDACT_ADDENDUM_DRAFT, reflection_id, redacted, error))
        return FALSE;
    }

  /* A finalised note says, dated, that text was taken out of it; never which. Its
   * half-typed addendum stays a draft. */
  if (*n_removed > before && reflection->finalised_at != NULL &&
      !run_redaction (self, SQL_NOTE_REMOVAL, reflection_id, note_of_removal, error))
    return FALSE;

  return TRUE;
}

/**
 * corro_store_redact_name:
 * @reflection_ids: (array length=n_ids): the notes to take @name out of
 * @name: the words to remove, in any case
 * @marker: what stands in their place, e.g. "[removed]"
 * @note_of_removal: the addendum a finalised note gains, saying that text was removed
 *   without the removed words
 * @n_removed: (out) (optional): how many times @name was removed
 *
 * Replaces @name in the notes' text, their addenda and their half-typed addenda, all or
 * nothing, then cleans the file of the old words (see corro_store_scrub()). When only
 * the cleaning fails, the notes are redacted all the same and the error is
 * %CORRO_RECORDS_ERROR_NOT_CLEANED.
 */
gboolean
corro_store_redact_name (CorroStore    *self,
                         const gint64  *reflection_ids,
                         guint          n_ids,
                         const char    *name,
                         const char    *marker,
                         const char    *note_of_removal,
                         guint         *n_removed,
                         GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *stripped = NULL;
  CorroDatabase *db;
  guint count = 0;
  int secure_delete;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL && marker != NULL && note_of_removal != NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    {
      if (n_removed != NULL)
        *n_removed = 0;
      return TRUE;
    }

  db = _corro_store_get_database (self);
  secure_delete = query_pragma (db, "PRAGMA secure_delete");
  if (!corro_database_exec (db, "PRAGMA secure_delete = ON", error))
    return FALSE;
  if (!corro_database_begin (db, error))
    goto restore;
  for (guint i = 0; i < n_ids; i++)
    if (!redact_rows (self, reflection_ids[i], stripped, marker, note_of_removal, &count, error))
      {
        corro_database_rollback (db);
        goto restore;
      }
  if (!corro_database_commit (db, error))
    {
      corro_database_rollback (db);
      goto restore;
    }

  if (n_removed != NULL)
    *n_removed = count;
  if (count > 0 && !corro_store_scrub (self, &local_error))
    g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED,
                 _("The name was removed, but the database file could not be cleaned of it "
                   "yet (%s). Corro tries again at the next erasure."),
                 local_error->message);

  if (secure_delete == 0)
    corro_database_exec (db, "PRAGMA secure_delete = OFF", NULL);
  return local_error == NULL;

restore:
  if (secure_delete == 0)
    corro_database_exec (db, "PRAGMA secure_delete = OFF", NULL);
  return FALSE;
}
