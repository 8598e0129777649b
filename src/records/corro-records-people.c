/* corro-records-people.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-records"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-labels.h"
#include "corro-records-private.h"
#include "corro-store-people.h"
#include "corro-store-rights.h"

/* CorroRecords, continued: one person across their groups: their whole file for their
 * page, their details saved from it (every group loaded sees the change), people who
 * look like someone being added, and two records of one person merged. */

/* Every loaded group's object for this participant sees the details saved. */
static void
update_loaded (CorroRecords                *self,
               const CorroStoreParticipant *details)
{
  GListModel *groups = corro_records_get_groups (self);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);
      CorroParticipant *participant;

      if (!corro_group_get_loaded (group) ||
          !(participant = corro_group_find_participant (group, details->id)))
        continue;

      corro_participant_set_name (participant, details->name);
      corro_participant_set_relationship (participant, details->relationship);
      corro_participant_set_child_age_months (participant, details->child_age_months);
      corro_participant_set_language (participant, details->language);
      corro_participant_set_phone (participant, details->phone);
      corro_participant_set_email (participant, details->email);
      corro_participant_set_consent_date (participant, details->consent_date);
      corro_participant_set_consent_scope (participant, details->consent_scope);
    }
}

/**
 * corro_records_load_person:
 *
 * Returns: (transfer full): everything held about a participant: details, groups with
 *   contacts, attendance, the notes about them and the history of their record
 */
CorroStorePerson *
corro_records_load_person (CorroRecords  *self,
                           gint64         participant_id,
                           GError       **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  return corro_store_get_person (corro_records_get_store (self), participant_id, error);
}

/**
 * corro_records_save_person:
 * @details: a participant's details as edited on their page
 *
 * Saves a participant's details; the groups loaded show them at once.
 */
gboolean
corro_records_save_person (CorroRecords                 *self,
                           const CorroStoreParticipant  *details,
                           GError                      **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (details != NULL, FALSE);

  if (!corro_store_update_participant (corro_records_get_store (self), details, error))
    return FALSE;
  update_loaded (self, details);
  return TRUE;
}

/**
 * corro_records_find_lookalikes:
 *
 * Returns: (transfer full) (element-type CorroStoreLookalike): people in the records
 *   who look like the person described (see corro_store_find_lookalikes())
 */
GPtrArray *
corro_records_find_lookalikes (CorroRecords  *self,
                               const char    *name,
                               const char    *phone,
                               const char    *email,
                               gint64         except_id,
                               GError       **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  return corro_store_find_lookalikes (corro_records_get_store (self), name, phone, email,
                                      except_id, error);
}

/**
 * corro_records_merge_people:
 * @keep_id: the record kept
 * @other_id: the record merged into it and removed
 *
 * Merges two records of one person (see corro_store_merge_participants()); every
 * group loaded is read again, so its pages show the merged record.
 */
gboolean
corro_records_merge_people (CorroRecords  *self,
                            gint64         keep_id,
                            gint64         other_id,
                            GError       **error)
{
  GListModel *groups;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);

  if (!corro_store_merge_participants (corro_records_get_store (self), keep_id, other_id,
                                       error))
    return FALSE;

  groups = corro_records_get_groups (self);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);
      g_autoptr(GError) local_error = NULL;

      if (corro_group_get_loaded (group) &&
          !corro_records_load_group (self, group, &local_error))
        g_debug ("A group was not read again after a merge: %s", local_error->message);
    }
  return TRUE;
}

typedef struct
{
  CorroStore *store;
  char       *query;
} PeopleSearch;

static void
people_search_free (PeopleSearch *data)
{
  g_clear_object (&data->store);
  g_free (data->query);
  g_free (data);
}

static void
search_people_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  PeopleSearch *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *people;

  if (!(people = corro_store_search_people (data->store, data->query, &error)))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, people, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * corro_records_search_people_async:
 * @query: words of a name (accents and capitals do not matter), or part of a phone
 *   number or an email
 *
 * Finds people on a worker thread, by name.
 */
void
corro_records_search_people_async (CorroRecords        *self,
                                   const char          *query,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PeopleSearch *data;

  g_return_if_fail (CORRO_IS_RECORDS (self));
  g_return_if_fail (query != NULL);

  data = g_new0 (PeopleSearch, 1);
  data->store = g_object_ref (corro_records_get_store (self));
  data->query = g_strdup (query);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_records_search_people_async);
  g_task_set_task_data (task, data, (GDestroyNotify) people_search_free);
  g_task_run_in_thread (task, search_people_thread);
}

/**
 * corro_records_search_people_finish:
 *
 * Returns: (transfer full) (element-type CorroStoreLookalike): the people found
 */
GPtrArray *
corro_records_search_people_finish (CorroRecords  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * corro_records_add_existing_person:
 * @participant_id: someone already in the records, from another group
 *
 * Refers a person already in the records to @group, keeping their one record (as
 * corro_records_add_participant() does for a new one).
 */
gboolean
corro_records_add_existing_person (CorroRecords  *self,
                                   CorroGroup    *group,
                                   gint64         participant_id,
                                   GError       **error)
{
  g_autoptr(CorroStoreParticipant) row = NULL;
  g_autoptr(CorroParticipant) participant = NULL;
  CorroStoreMember member = { 0 };

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);

  if (!(row = corro_store_get_participant (corro_records_get_store (self), participant_id,
                                           error)))
    return FALSE;
  member.participant = *row;
  participant = _corro_participant_new_from_store (&member);
  return corro_records_add_participant (self, group, participant, error);
}

/**
 * corro_records_dup_lookalike_sentence:
 *
 * Returns: (transfer full): "Iñaki Peña is already in your records (Grupo Martes,
 *   referred Tue 3 Mar 2026)."
 */
char *
corro_records_dup_lookalike_sentence (const CorroStoreLookalike *lookalike)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (lookalike != NULL, NULL);

  if (lookalike->group_name == NULL)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s is already in your records (in no group)."),
                            lookalike->participant.name);
  if (lookalike->referral_date == NULL || lookalike->referral_date[0] == '\0')
    /* Translators: a person's name, then the group they were referred to */
    return g_strdup_printf (_("%s is already in your records (%s)."),
                            lookalike->participant.name, lookalike->group_name);
  date = corro_label_date (lookalike->referral_date);
  /* Translators: a person's name, a group's name, the date they were referred to it */
  return g_strdup_printf (_("%s is already in your records (%s, referred %s)."),
                          lookalike->participant.name, lookalike->group_name, date);
}
