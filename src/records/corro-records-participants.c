/* corro-records-participants.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-records"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-participant-import.h"
#include "corro-records-private.h"
#include "corro-store-rights.h"

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

/* Takes an erased participant out of every group loaded, with their marks. */
static void
forget_participant (CorroRecords *self,
                    gint64        id)
{
  GListModel *groups = corro_records_get_groups (self);

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, g);
      GListStore *participants = _corro_group_get_participant_store (group);
      GListModel *sessions = corro_group_get_sessions (group);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
        {
          g_autoptr(CorroParticipant) participant =
            g_list_model_get_item (G_LIST_MODEL (participants), i);

          if (corro_participant_get_id (participant) != id)
            continue;

          for (guint j = 0; j < g_list_model_get_n_items (sessions); j++)
            {
              g_autoptr(CorroSession) session = g_list_model_get_item (sessions, j);

              if (corro_session_get_mark (session, id) == CORRO_ATTENDANCE_NONE)
                continue;
              _corro_session_set_mark (session, id, CORRO_ATTENDANCE_NONE);
              _corro_records_session_changed (self, group, session);
            }
          g_list_store_remove (participants, i);
          break;
        }
    }
}

static void
erase_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  const char *path = task_data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (task), "participant-id"));
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of its own: the main thread's writes wait for the erasure instead of
   * joining its transaction. */
  if ((store = corro_store_open (path, &error)) &&
      corro_store_erase_participant (store, id, NULL, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * corro_records_erase_participant:
 *
 * Erases a participant on request, from every group, with their attendance, contacts
 * and the notes about them; the audit trail keeps that it was done (see
 * corro_store_erase_participant()). There is no undo. It rewrites the database file:
 * the interface calls corro_records_erase_participant_async() instead.
 */
gboolean
corro_records_erase_participant (CorroRecords      *self,
                                 CorroGroup        *group,
                                 CorroParticipant  *participant,
                                 GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (group == NULL || CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), FALSE);

  id = corro_participant_get_id (participant);
  if (!corro_store_erase_participant (corro_records_get_store (self), id, NULL, NULL,
                                      &local_error) &&
      !g_error_matches (local_error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  forget_participant (self, id);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/**
 * corro_records_erase_participant_async:
 * @participant_id: who to erase
 *
 * Erases a participant on request (see corro_store_erase_participant()) on a worker
 * thread; when it is done, they are gone from every group loaded.
 */
void
corro_records_erase_participant_async (CorroRecords        *self,
                                       gint64               participant_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CORRO_IS_RECORDS (self));
  g_return_if_fail (participant_id > 0);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_records_erase_participant_async);
  g_task_set_task_data (task, g_strdup (corro_store_get_path (corro_records_get_store (self))),
                        g_free);
  g_object_set_data (G_OBJECT (task), "participant-id", GSIZE_TO_POINTER (participant_id));
  g_task_run_in_thread (task, erase_in_thread);
}

/**
 * corro_records_erase_participant_finish:
 *
 * Returns: whether they were erased and the file cleaned. With
 *   %CORRO_RECORDS_ERROR_NOT_CLEANED they were erased, but the file still holds
 *   deleted bytes until the next erasure.
 */
gboolean
corro_records_erase_participant_finish (CorroRecords  *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (result), "participant-id"));
  if (g_task_propagate_boolean (G_TASK (result), &local_error) ||
      g_error_matches (local_error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED))
    forget_participant (self, id);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char   *path;
  char   *name;
  GArray *ids;      /* (element-type gint64) */
} RedactionData;

static void
redaction_data_free (RedactionData *data)
{
  g_free (data->path);
  g_free (data->name);
  g_array_unref (data->ids);
  g_free (data);
}

static void
redact_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  RedactionData *data = task_data;
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_removed = 0;

  /* Translators: what stands in a note where an erased person's name was */
  const char *marker = _("[name removed]");
  /* Translators: the dated addendum a finalised note gains when an erased person's name
   * is taken out of it; it must not say which words */
  const char *note = _("Text naming a person whose records were erased was removed from this "
                       "note.");

  if ((store = corro_store_open (data->path, &error)) &&
      corro_store_redact_name (store, (const gint64 *) (gpointer) data->ids->data,
                               data->ids->len, data->name, marker, note, &n_removed, &error))
    g_task_return_int (task, n_removed);
  else if (g_error_matches (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED))
    {
      g_object_set_data (G_OBJECT (task), "n-removed", GUINT_TO_POINTER (n_removed));
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * corro_records_redact_name_async:
 * @reflection_ids: (array length=n_ids): the notes to take @name out of
 * @name: the name of someone whose records were erased
 *
 * Takes @name (any case, with or without accents) out of the notes, their addenda and
 * their half-typed addenda on a worker thread, replacing it with "[name removed]"; a
 * finalised note gains a dated addendum saying that text was removed, never which (see
 * corro_store_redact_name()). All the notes or none.
 */
void
corro_records_redact_name_async (CorroRecords        *self,
                                 const gint64        *reflection_ids,
                                 guint                n_ids,
                                 const char          *name,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RedactionData *data;

  g_return_if_fail (CORRO_IS_RECORDS (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (n_ids == 0 || reflection_ids != NULL);

  data = g_new0 (RedactionData, 1);
  data->path = g_strdup (corro_store_get_path (corro_records_get_store (self)));
  data->name = g_strdup (name);
  data->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  g_array_append_vals (data->ids, reflection_ids, n_ids);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_records_redact_name_async);
  g_task_set_task_data (task, data, (GDestroyNotify) redaction_data_free);
  g_task_run_in_thread (task, redact_in_thread);
}

/**
 * corro_records_redact_name_finish:
 * @n_removed: (out) (optional): how many times the name was taken out
 *
 * Returns: whether the name was taken out and the file cleaned. With
 *   %CORRO_RECORDS_ERROR_NOT_CLEANED it was taken out (@n_removed is set), but the file
 *   still holds the old words until the next erasure.
 */
gboolean
corro_records_redact_name_finish (CorroRecords  *self,
                                  GAsyncResult  *result,
                                  guint         *n_removed,
                                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gssize count;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  count = g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    count = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (result), "n-removed"));
  if (n_removed != NULL)
    *n_removed = count;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/**
 * corro_records_list_expired:
 *
 * Lists the participants past the team's retention period: every group of theirs
 * ended (its last session) more than corro_store_get_retention_years() years ago.
 *
 * Returns: (transfer full) (element-type CorroStoreExpired): the participants, or %NULL
 */
GPtrArray *
corro_records_list_expired (CorroRecords  *self,
                            GError       **error)
{
  CorroStore *store;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *ended_before = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  store = corro_records_get_store (self);
  start = g_date_time_add_years (now, -(int) corro_store_get_retention_years (store));
  ended_before = g_date_time_format (start, "%Y-%m-%d");
  return corro_store_list_expired (store, ended_before, error);
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
