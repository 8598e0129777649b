/* corro-records-participants.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-records"

#include "config.h"

#include "corro-participant-import.h"
#include "corro-records-private.h"

/* CorroRecords, continued: participants, their referral and enrolment in a group,
 * pre-group contacts, and erasure on request. */

/**
 * corro_records_add_participant:
 * @participant: a new participant (see corro_participant_new()), or one already in the
 *   records, from another group; its referral source and date are kept with the
 *   enrolment
 *
 * Refers a participant to a group: the participant is added to the group's
 * participants with the status "referred".
 */
gboolean
corro_records_add_participant (CorroRecords      *self,
                               CorroGroup        *group,
                               CorroParticipant  *participant,
                               GError           **error)
{
  CorroStoreMember row;
  GListStore *store;
  guint position;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), FALSE);

  _corro_participant_to_store (participant, &row);
  row.enrolment.id = 0;
  row.enrolment.group_id = corro_group_get_id (group);
  row.enrolment.status = CORRO_ENROLMENT_REFERRED;
  row.enrolment.status_reason = NULL;
  row.enrolment.status_date = NULL;
  if (!corro_store_add_member (corro_records_get_store (self), &row, error))
    return FALSE;

  _corro_participant_set_ids (participant, row.participant.id, row.enrolment.id,
                              corro_group_get_id (group));
  _corro_participant_set_enrolment (participant, CORRO_ENROLMENT_REFERRED, NULL, NULL);
  _corro_records_update_totals (group, participant);

  /* In its place by name, as the group's participants are listed. */
  store = _corro_group_get_participant_store (group);
  for (position = 0; position < g_list_model_get_n_items (G_LIST_MODEL (store)); position++)
    {
      g_autoptr(CorroParticipant) other = g_list_model_get_item (G_LIST_MODEL (store),
                                                                 position);

      if (_corro_records_compare_participants (participant, other) < 0)
        break;
    }
  g_list_store_insert (store, position, participant);
  return TRUE;
}

/**
 * corro_records_save_participant:
 *
 * Saves a participant's details and referral as they are now.
 */
gboolean
corro_records_save_participant (CorroRecords      *self,
                                CorroParticipant  *participant,
                                GError           **error)
{
  CorroStoreMember row;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), FALSE);

  _corro_participant_to_store (participant, &row);
  if (!corro_store_update_participant (corro_records_get_store (self), &row.participant,
                                       error))
    return FALSE;

  if (row.enrolment.id > 0)
    return corro_store_update_referral (corro_records_get_store (self), row.enrolment.id,
                                        row.enrolment.referral_source,
                                        row.enrolment.referral_date, error);
  return TRUE;
}

/**
 * corro_records_set_status:
 * @status: where the participant is now: referred, contacted, enrolled, completed or
 *   withdrawn
 * @reason: (nullable): why they withdrew
 *
 * Moves a participant along the way through the group, dated today.
 */
gboolean
corro_records_set_status (CorroRecords          *self,
                          CorroGroup            *group,
                          CorroParticipant      *participant,
                          CorroEnrolmentStatus   status,
                          const char            *reason,
                          GError               **error)
{
  g_autofree char *today = _corro_records_dup_today ();

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), FALSE);

  if (!corro_store_set_enrolment_status (corro_records_get_store (self),
                                         corro_participant_get_enrolment_id (participant),
                                         status, reason, today, error))
    return FALSE;

  _corro_participant_set_enrolment (participant, status, reason, today);
  _corro_records_update_totals (group, participant);
  return TRUE;
}

/**
 * corro_records_log_contact:
 * @date: when, "YYYY-MM-DD"
 * @note: (nullable): what was said or agreed
 *
 * Logs a pre-group contact; a participant still only referred becomes "contacted".
 */
gboolean
corro_records_log_contact (CorroRecords        *self,
                           CorroGroup          *group,
                           CorroParticipant    *participant,
                           const char          *date,
                           CorroContactMethod   method,
                           const char          *note,
                           GError             **error)
{
  CorroStoreContact row = {
    .date = (char *) date,
    .method = method,
    .note = (char *) note,
  };

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (method <= CORRO_CONTACT_OTHER, FALSE);

  row.enrolment_id = corro_participant_get_enrolment_id (participant);
  if (!corro_store_add_contact (corro_records_get_store (self), &row, error))
    return FALSE;

  if (corro_participant_get_status (participant) == CORRO_ENROLMENT_REFERRED)
    return corro_records_set_status (self, group, participant, CORRO_ENROLMENT_CONTACTED,
                                     NULL, error);
  return TRUE;
}

/**
 * corro_records_list_contacts:
 *
 * Returns: (transfer full) (element-type CorroStoreContact): the pre-group contacts
 *   logged for the participant in their group, oldest first
 */
GPtrArray *
corro_records_list_contacts (CorroRecords      *self,
                             CorroParticipant  *participant,
                             GError           **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), NULL);

  return corro_store_list_contacts (corro_records_get_store (self),
                                    corro_participant_get_enrolment_id (participant), error);
}

/**
 * corro_records_erase_participant:
 *
 * Erases a participant on request, from every group, with their attendance, contacts
 * and the notes about them; the audit trail keeps that it was done. There is no undo.
 */
gboolean
corro_records_erase_participant (CorroRecords      *self,
                                 CorroGroup        *group,
                                 CorroParticipant  *participant,
                                 GError           **error)
{
  GListModel *sessions;
  gint64 id;
  guint position, n;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), FALSE);

  id = corro_participant_get_id (participant);
  if (!corro_store_erase_participant (corro_records_get_store (self), id, error))
    return FALSE;

  sessions = corro_group_get_sessions (group);
  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, i);

      _corro_session_set_mark (session, id, CORRO_ATTENDANCE_NONE);
    }

  if (g_list_store_find (_corro_group_get_participant_store (group), participant, &position))
    g_list_store_remove (_corro_group_get_participant_store (group), position);
  return TRUE;
}

/**
 * corro_records_import_participants:
 * @import: a file read with corro_participant_import_load(), without errors
 *
 * Refers everyone in @import to @group, all of them or, on failure, none; then reads
 * the group again.
 */
gboolean
corro_records_import_participants (CorroRecords            *self,
                                   CorroGroup              *group,
                                   CorroParticipantImport  *import,
                                   GError                 **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (import), FALSE);

  if (!corro_participant_import_commit (import, corro_records_get_store (self),
                                        corro_group_get_id (group), NULL, NULL, error))
    return FALSE;

  return corro_records_load_group (self, group, error);
}
