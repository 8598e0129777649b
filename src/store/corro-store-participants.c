/* corro-store-participants.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-participants"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-store-records-private.h"

/* The participant, enrolment and contact tables. A participant may be enrolled in
 * several groups over the years, once in each. The schema's triggers write the audit
 * trail for every change here. */

#define PARTICIPANT_COLUMNS \
  "p.id, p.name, p.relationship, p.child_age_months, p.language, p.phone, p.email, " \
  "p.consent_date, p.consent_scope"
#define ENROLMENT_COLUMNS \
  "e.id, e.group_id, e.participant_id, e.referral_source, e.referral_date, e.status, " \
  "e.status_reason, e.status_date"
#define N_PARTICIPANT_COLUMNS 9

#define SQL_SELECT_PARTICIPANT \
  "SELECT " PARTICIPANT_COLUMNS " FROM participant p WHERE p.id = ?1"
#define SQL_INSERT_PARTICIPANT \
  "INSERT INTO participant (name, relationship, child_age_months, language, phone, email, " \
  "consent_date, consent_scope) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
#define SQL_UPDATE_PARTICIPANT \
  "UPDATE participant SET name = ?2, relationship = ?3, child_age_months = ?4, " \
  "language = ?5, phone = ?6, email = ?7, consent_date = ?8, consent_scope = ?9, " \
  "updated_at = " CORRO_STORE_NOW " WHERE id = ?1"
#define SQL_LIST_MEMBERS \
  "SELECT " PARTICIPANT_COLUMNS ", " ENROLMENT_COLUMNS " " \
  "FROM enrolment e JOIN participant p ON p.id = e.participant_id " \
  "WHERE e.group_id = ?1 ORDER BY p.name COLLATE NOCASE, p.id"
#define SQL_LIST_ENROLMENTS_OF \
  "SELECT " PARTICIPANT_COLUMNS ", " ENROLMENT_COLUMNS " " \
  "FROM enrolment e JOIN participant p ON p.id = e.participant_id " \
  "JOIN grp g ON g.id = e.group_id " \
  "WHERE e.participant_id = ?1 ORDER BY g.start_date, e.id"
#define SQL_INSERT_ENROLMENT \
  "INSERT INTO enrolment (group_id, participant_id, referral_source, referral_date, " \
  "status, status_reason, status_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
#define SQL_IS_ENROLLED \
  "SELECT 1 FROM enrolment WHERE group_id = ?1 AND participant_id = ?2"
#define SQL_UPDATE_STATUS \
  "UPDATE enrolment SET status = ?2, status_reason = ?3, status_date = ?4, " \
  "updated_at = " CORRO_STORE_NOW " WHERE id = ?1"
#define SQL_UPDATE_REFERRAL \
  "UPDATE enrolment SET referral_source = ?2, referral_date = ?3, " \
  "updated_at = " CORRO_STORE_NOW " WHERE id = ?1"
#define SQL_INSERT_CONTACT \
  "INSERT INTO contact (enrolment_id, date, method, note) VALUES (?1, ?2, ?3, ?4)"
#define SQL_LIST_CONTACTS \
  "SELECT id, enrolment_id, date, method, note FROM contact WHERE enrolment_id = ?1 " \
  "ORDER BY date, id"

/* helpers */

/* The participant's columns (PARTICIPANT_COLUMNS) from the first of @stmt's. */
void
_corro_store_read_participant_into (sqlite3_stmt          *stmt,
                                    CorroStoreParticipant *participant)
{
  const char *relationship = (const char *) sqlite3_column_text (stmt, 2);

  participant->id = sqlite3_column_int64 (stmt, 0);
  participant->name = _corro_store_column_dup (stmt, 1);
  participant->relationship = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_relationships,
                                                          relationship,
                                                          CORRO_RELATIONSHIP_UNKNOWN);
  participant->child_age_months = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                                   ? -1 : sqlite3_column_int (stmt, 3);
  participant->language = _corro_store_column_dup (stmt, 4);
  participant->phone = _corro_store_column_dup (stmt, 5);
  participant->email = _corro_store_column_dup (stmt, 6);
  participant->consent_date = _corro_store_column_dup (stmt, 7);
  participant->consent_scope = _corro_store_column_dup (stmt, 8);
}

static void
read_enrolment_into (sqlite3_stmt        *stmt,
                     int                  first,
                     CorroStoreEnrolment *enrolment)
{
  const char *status = (const char *) sqlite3_column_text (stmt, first + 5);

  enrolment->id = sqlite3_column_int64 (stmt, first);
  enrolment->group_id = sqlite3_column_int64 (stmt, first + 1);
  enrolment->participant_id = sqlite3_column_int64 (stmt, first + 2);
  enrolment->referral_source = _corro_store_column_dup (stmt, first + 3);
  enrolment->referral_date = _corro_store_column_dup (stmt, first + 4);
  enrolment->status = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_enrolment_statuses, status,
                                                  CORRO_ENROLMENT_REFERRED);
  enrolment->status_reason = _corro_store_column_dup (stmt, first + 6);
  enrolment->status_date = _corro_store_column_dup (stmt, first + 7);
}

static gpointer
read_participant (sqlite3_stmt *stmt)
{
  CorroStoreParticipant *participant = g_new0 (CorroStoreParticipant, 1);

  _corro_store_read_participant_into (stmt, participant);
  return participant;
}

static gpointer
read_member (sqlite3_stmt *stmt)
{
  CorroStoreMember *member = g_new0 (CorroStoreMember, 1);

  _corro_store_read_participant_into (stmt, &member->participant);
  read_enrolment_into (stmt, N_PARTICIPANT_COLUMNS, &member->enrolment);
  return member;
}

static gpointer
read_contact (sqlite3_stmt *stmt)
{
  CorroStoreContact *contact = g_new0 (CorroStoreContact, 1);
  const char *method = (const char *) sqlite3_column_text (stmt, 3);

  contact->id = sqlite3_column_int64 (stmt, 0);
  contact->enrolment_id = sqlite3_column_int64 (stmt, 1);
  contact->date = _corro_store_column_dup (stmt, 2);
  contact->method = CORRO_STORE_ENUM_FROM_TEXT (_corro_store_contact_methods, method,
                                                CORRO_CONTACT_OTHER);
  contact->note = _corro_store_column_dup (stmt, 4);
  return contact;
}

static gboolean
check_participant (const CorroStoreParticipant  *participant,
                   GError                      **error)
{
  if (_corro_store_is_blank (participant->name))
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("A participant needs a name (a code is fine)."));
      return FALSE;
    }

  if (participant->child_age_months > 300)
    {
      g_set_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                   _("A child’s age of %d months is more than the records accept."),
                   participant->child_age_months);
      return FALSE;
    }

  return _corro_store_check_date (participant->consent_date, error);
}

static void
bind_participant (sqlite3_stmt                *stmt,
                  const CorroStoreParticipant *participant)
{
  sqlite3_bind_int64 (stmt, 1, participant->id);
  _corro_store_bind_text (stmt, 2, participant->name);
  if (participant->relationship != CORRO_RELATIONSHIP_UNKNOWN)
    sqlite3_bind_text (stmt, 3, _corro_store_relationships[participant->relationship], -1,
                       SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 3);
  if (participant->child_age_months >= 0)
    sqlite3_bind_int (stmt, 4, participant->child_age_months);
  else
    sqlite3_bind_null (stmt, 4);
  _corro_store_bind_text (stmt, 5, participant->language);
  _corro_store_bind_text (stmt, 6, participant->phone);
  _corro_store_bind_text (stmt, 7, participant->email);
  _corro_store_bind_nullable (stmt, 8, participant->consent_date);
  _corro_store_bind_text (stmt, 9, participant->consent_scope);
}

static gint64
insert_participant (CorroStore                   *self,
                    const CorroStoreParticipant  *participant,
                    GError                      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!check_participant (participant, error))
    return 0;
  if (!(stmt = corro_database_prepare (_corro_store_get_database (self),
                                       SQL_INSERT_PARTICIPANT, error)))
    return 0;
  bind_participant (stmt, participant);
  if (!_corro_store_run (self, stmt, error))
    return 0;

  return _corro_store_last_id (self);
}

static gint64
insert_enrolment (CorroStore                 *self,
                  const CorroStoreEnrolment  *enrolment,
                  gint64                      group_id,
                  gint64                      participant_id,
                  GError                    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_corro_store_check_date (enrolment->referral_date, error) ||
      !_corro_store_check_date (enrolment->status_date, error))
    return 0;
  if (!(stmt = corro_database_prepare (_corro_store_get_database (self),
                                       SQL_INSERT_ENROLMENT, error)))
    return 0;

  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int64 (stmt, 2, participant_id);
  _corro_store_bind_text (stmt, 3, enrolment->referral_source);
  _corro_store_bind_nullable (stmt, 4, enrolment->referral_date);
  sqlite3_bind_text (stmt, 5, _corro_store_enrolment_statuses[enrolment->status], -1,
                     SQLITE_STATIC);
  _corro_store_bind_text (stmt, 6, enrolment->status == CORRO_ENROLMENT_WITHDRAWN
                                   ? enrolment->status_reason : NULL);
  _corro_store_bind_nullable (stmt, 7, enrolment->status_date);
  if (!_corro_store_run (self, stmt, error))
    return 0;

  return _corro_store_last_id (self);
}

/* freeing */

void
corro_store_participant_clear (CorroStoreParticipant *participant)
{
  g_clear_pointer (&participant->name, g_free);
  g_clear_pointer (&participant->language, g_free);
  g_clear_pointer (&participant->phone, g_free);
  g_clear_pointer (&participant->email, g_free);
  g_clear_pointer (&participant->consent_date, g_free);
  g_clear_pointer (&participant->consent_scope, g_free);
}

void
corro_store_participant_free (CorroStoreParticipant *participant)
{
  if (participant == NULL)
    return;

  corro_store_participant_clear (participant);
  g_free (participant);
}

void
corro_store_enrolment_clear (CorroStoreEnrolment *enrolment)
{
  g_clear_pointer (&enrolment->referral_source, g_free);
  g_clear_pointer (&enrolment->referral_date, g_free);
  g_clear_pointer (&enrolment->status_reason, g_free);
  g_clear_pointer (&enrolment->status_date, g_free);
}

void
corro_store_member_free (CorroStoreMember *member)
{
  if (member == NULL)
    return;

  corro_store_participant_clear (&member->participant);
  corro_store_enrolment_clear (&member->enrolment);
  g_free (member);
}

void
corro_store_contact_free (CorroStoreContact *contact)
{
  if (contact == NULL)
    return;

  g_free (contact->date);
  g_free (contact->note);
  g_free (contact);
}

/* participants */

/**
 * corro_store_get_participant:
 *
 * Returns: (transfer full): the participant, or %NULL with
 *   %CORRO_RECORDS_ERROR_NOT_FOUND
 */
CorroStoreParticipant *
corro_store_get_participant (CorroStore  *self,
                             gint64       id,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self),
                                       SQL_SELECT_PARTICIPANT, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!(rows = _corro_store_collect (self, stmt, read_participant,
                                     (GDestroyNotify) corro_store_participant_free, error)))
    return NULL;
  if (rows->len == 0)
    {
      _corro_store_not_found (error);
      return NULL;
    }

  return g_ptr_array_steal_index (rows, 0);
}

/**
 * corro_store_insert_participant:
 * @participant: the new participant; its id is ignored
 *
 * Returns: the new participant's id, or 0 on failure
 */
gint64
corro_store_insert_participant (CorroStore                   *self,
                                const CorroStoreParticipant  *participant,
                                GError                      **error)
{
  g_return_val_if_fail (CORRO_IS_STORE (self), 0);
  g_return_val_if_fail (participant != NULL, 0);

  return insert_participant (self, participant, error);
}

gboolean
corro_store_update_participant (CorroStore                   *self,
                                const CorroStoreParticipant  *participant,
                                GError                      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (participant != NULL, FALSE);

  if (!check_participant (participant, error))
    return FALSE;
  if (!(stmt = corro_database_prepare (_corro_store_get_database (self),
                                       SQL_UPDATE_PARTICIPANT, error)))
    return FALSE;
  bind_participant (stmt, participant);

  return _corro_store_run_on (self, stmt, participant->id, error);
}

/* enrolment */

/**
 * corro_store_list_members:
 *
 * Returns: (transfer full) (element-type CorroStoreMember): the participants of a group
 *   with their enrolment in it, by name
 */
GPtrArray *
corro_store_list_members (CorroStore  *self,
                          gint64       group_id,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_LIST_MEMBERS,
                                       error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);

  return _corro_store_collect (self, stmt, read_member,
                               (GDestroyNotify) corro_store_member_free, error);
}

/**
 * corro_store_list_enrolments_of:
 *
 * Returns: (transfer full) (element-type CorroStoreMember): every group a participant
 *   was referred to, oldest first
 */
GPtrArray *
corro_store_list_enrolments_of (CorroStore  *self,
                                gint64       participant_id,
                                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self),
                                       SQL_LIST_ENROLMENTS_OF, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);

  return _corro_store_collect (self, stmt, read_member,
                               (GDestroyNotify) corro_store_member_free, error);
}

/**
 * corro_store_add_member:
 * @member: (inout): a participant and their enrolment in a group; a participant with
 *   id 0 is new and is kept first
 *
 * Enrols a participant in a group, keeping a new participant first, both or neither.
 * On return @member holds the ids given.
 */
gboolean
corro_store_add_member (CorroStore        *self,
                        CorroStoreMember  *member,
                        GError           **error)
{
  CorroDatabase *db;
  gint64 participant_id, enrolment_id;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (member != NULL, FALSE);

  db = _corro_store_get_database (self);
  if (!corro_database_begin (db, error))
    return FALSE;

  participant_id = member->participant.id;
  if (participant_id <= 0 &&
      !(participant_id = insert_participant (self, &member->participant, error)))
    goto failed;
  if (!(enrolment_id = insert_enrolment (self, &member->enrolment, member->enrolment.group_id,
                                         participant_id, error)) ||
      !corro_database_commit (db, error))
    goto failed;

  member->participant.id = participant_id;
  member->enrolment.id = enrolment_id;
  member->enrolment.participant_id = participant_id;
  return TRUE;

failed:
  corro_database_rollback (db);
  return FALSE;
}

/**
 * corro_store_enrol:
 * @enrolment: the group, the participant, the referral and the status to start at
 *
 * Returns: the new enrolment's id, or 0 on failure (an invalid error when the
 *   participant is already in the group)
 */
gint64
corro_store_enrol (CorroStore                 *self,
                   const CorroStoreEnrolment  *enrolment,
                   GError                    **error)
{
  g_return_val_if_fail (CORRO_IS_STORE (self), 0);
  g_return_val_if_fail (enrolment != NULL, 0);

  return insert_enrolment (self, enrolment, enrolment->group_id, enrolment->participant_id,
                           error);
}

/**
 * corro_store_set_enrolment_status:
 * @reason: (nullable): why the participant withdrew; ignored for other statuses
 * @date: (nullable): when, "YYYY-MM-DD"
 */
gboolean
corro_store_set_enrolment_status (CorroStore            *self,
                                  gint64                 enrolment_id,
                                  CorroEnrolmentStatus   status,
                                  const char            *reason,
                                  const char            *date,
                                  GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (status <= CORRO_ENROLMENT_WITHDRAWN, FALSE);

  if (!_corro_store_check_date (date, error))
    return FALSE;
  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_UPDATE_STATUS,
                                       error)))
    return FALSE;
  sqlite3_bind_text (stmt, 2, _corro_store_enrolment_statuses[status], -1, SQLITE_STATIC);
  _corro_store_bind_text (stmt, 3, status == CORRO_ENROLMENT_WITHDRAWN ? reason : NULL);
  _corro_store_bind_nullable (stmt, 4, date);

  return _corro_store_run_on (self, stmt, enrolment_id, error);
}

gboolean
corro_store_update_referral (CorroStore  *self,
                             gint64       enrolment_id,
                             const char  *source,
                             const char  *date,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  if (!_corro_store_check_date (date, error))
    return FALSE;
  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_UPDATE_REFERRAL,
                                       error)))
    return FALSE;
  _corro_store_bind_text (stmt, 2, source);
  _corro_store_bind_nullable (stmt, 3, date);

  return _corro_store_run_on (self, stmt, enrolment_id, error);
}

/* Whether @participant_id is referred to @group_id already. */
static gboolean
is_enrolled (CorroStore  *self,
             gint64       group_id,
             gint64       participant_id,
             gboolean    *enrolled,
             GError     **error)
{
  CorroDatabase *db = _corro_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = corro_database_prepare (db, SQL_IS_ENROLLED, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int64 (stmt, 2, participant_id);
  return corro_database_step (db, stmt, enrolled, error);
}

/**
 * corro_store_import_members:
 * @group_id: the group to add them to, or 0 to create @new_group first
 * @new_group: (nullable): the group to create when @group_id is 0
 * @members: (array length=n_members): participants with their referral; a participant
 *   whose id is above 0 is someone already in the records, referred with their own
 *   record unchanged; the others are added. The enrolments' group and participant ids
 *   are ignored
 * @out_group_id: (out) (optional): the group they were added to
 * @n_already: (out) (optional): how many people already in the records were in the
 *   group already, and were left as they were
 *
 * Adds participants to a group, creating the group first if asked: everything in one
 * transaction, so that either all of them are in the records or none is.
 */
gboolean
corro_store_import_members (CorroStore              *self,
                            gint64                   group_id,
                            const CorroStoreGroup   *new_group,
                            const CorroStoreMember  *members,
                            guint                    n_members,
                            gint64                  *out_group_id,
                            guint                   *n_already,
                            GError                 **error)
{
  CorroDatabase *db;
  guint already = 0;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);
  g_return_val_if_fail (group_id > 0 || new_group != NULL, FALSE);
  g_return_val_if_fail (members != NULL || n_members == 0, FALSE);

  db = _corro_store_get_database (self);
  if (!corro_database_begin (db, error))
    return FALSE;

  if (group_id <= 0 && !(group_id = _corro_store_insert_group_rows (self, new_group, error)))
    goto failed;

  for (guint i = 0; i < n_members; i++)
    {
      gint64 participant_id = members[i].participant.id;
      gboolean enrolled = FALSE;

      if (participant_id > 0)
        {
          if (!is_enrolled (self, group_id, participant_id, &enrolled, error))
            goto failed;
          if (enrolled)
            {
              already++;
              continue;
            }
        }
      else if (!(participant_id = insert_participant (self, &members[i].participant, error)))
        goto failed;
      if (!insert_enrolment (self, &members[i].enrolment, group_id, participant_id, error))
        goto failed;
    }

  if (!corro_database_commit (db, error))
    goto failed;

  if (out_group_id != NULL)
    *out_group_id = group_id;
  if (n_already != NULL)
    *n_already = already;
  return TRUE;

failed:
  corro_database_rollback (db);
  return FALSE;
}

/* contacts */

/**
 * corro_store_add_contact:
 *
 * Logs a pre-group contact.
 *
 * Returns: its id, or 0 on failure
 */
gint64
corro_store_add_contact (CorroStore               *self,
                         const CorroStoreContact  *contact,
                         GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), 0);
  g_return_val_if_fail (contact != NULL, 0);

  if (contact->date == NULL || contact->date[0] == '\0')
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("A contact needs the date it was made."));
      return 0;
    }
  if (!_corro_store_check_date (contact->date, error))
    return 0;
  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_INSERT_CONTACT,
                                       error)))
    return 0;

  sqlite3_bind_int64 (stmt, 1, contact->enrolment_id);
  sqlite3_bind_text (stmt, 2, contact->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, _corro_store_contact_methods[contact->method], -1,
                     SQLITE_STATIC);
  _corro_store_bind_text (stmt, 4, contact->note);
  if (!_corro_store_run (self, stmt, error))
    return 0;

  return _corro_store_last_id (self);
}

/**
 * corro_store_list_contacts:
 *
 * Returns: (transfer full) (element-type CorroStoreContact): the contacts logged for an
 *   enrolment, oldest first
 */
GPtrArray *
corro_store_list_contacts (CorroStore  *self,
                           gint64       enrolment_id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_LIST_CONTACTS,
                                       error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, enrolment_id);

  return _corro_store_collect (self, stmt, read_contact,
                               (GDestroyNotify) corro_store_contact_free, error);
}
