/* corro-records-notes.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-records"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-records-private.h"

/* The settings the application keeps (corro-application.c), read here for the staff name. */
#define SCHEMA_ID "io.github.corro.Corro"

/* CorroRecords, continued: notes. The families' records (session and participant
 * notes) and supervision notes (self-reflections, fidelity notes) are loaded and
 * searched apart, never in one list. A draft is saved as it is typed, one row at a
 * time; search runs on a worker thread and hands back plain rows, which become
 * CorroSearchResults on the main thread. */

#define SEARCH_LIMIT 200

typedef struct
{
  CorroStore     *store;
  char           *query;
  CorroNoteScope  scope;
} SearchData;

/* helpers */

static void
search_data_free (SearchData *data)
{
  g_clear_object (&data->store);
  g_free (data->query);
  g_free (data);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchData *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *matches;

  matches = corro_store_search_reflections (data->store, data->query, data->scope,
                                            SEARCH_LIMIT, cancellable, &error);
  if (matches == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, matches, (GDestroyNotify) g_ptr_array_unref);
}

static char *
dup_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (now) / 1000);
}

static gboolean
load_addenda (CorroRecords     *self,
              CorroReflection  *reflection,
              GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) addenda = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store = _corro_reflection_get_addendum_store (reflection);

  if (!corro_reflection_get_finalised (reflection))
    return TRUE;

  if (!(rows = corro_store_list_addenda (corro_records_get_store (self),
                                         corro_reflection_get_id (reflection), error)))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (addenda, _corro_addendum_new_from_store (g_ptr_array_index (rows, i)));

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       addenda->pdata, addenda->len);
  return TRUE;
}

static GListModel *
to_model (CorroRecords  *self,
          GPtrArray     *rows,
          GError       **error)
{
  g_autoptr(GListStore) notes = g_list_store_new (CORRO_TYPE_REFLECTION);

  if (rows == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(CorroReflection) reflection =
        _corro_reflection_new_from_store (g_ptr_array_index (rows, i));

      if (!load_addenda (self, reflection, error))
        return NULL;
      g_list_store_append (notes, reflection);
    }

  return G_LIST_MODEL (g_steal_pointer (&notes));
}

/* public API */

/**
 * corro_records_load_session_notes:
 * @scope: %CORRO_NOTE_SCOPE_RECORDS for the session's notes and the notes on its
 *   participants, %CORRO_NOTE_SCOPE_SUPERVISION for the facilitator's self-reflections
 *   and fidelity notes on it
 *
 * Returns: (transfer full): a new list of #CorroReflection<!-- -->s, session notes
 *   first, oldest first; or %NULL
 */
GListModel *
corro_records_load_session_notes (CorroRecords    *self,
                                  CorroSession    *session,
                                  CorroNoteScope   scope,
                                  GError         **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);
  g_return_val_if_fail (CORRO_IS_SESSION (session), NULL);

  rows = corro_store_list_session_reflections (corro_records_get_store (self),
                                               corro_session_get_id (session), scope, error);
  return to_model (self, rows, error);
}

/**
 * corro_records_load_participant_notes:
 *
 * Returns: (transfer full): a new list of the #CorroReflection<!-- -->s about one
 *   participant, from every group, oldest first; never a supervision note. Or %NULL.
 */
GListModel *
corro_records_load_participant_notes (CorroRecords      *self,
                                      CorroParticipant  *participant,
                                      GError           **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), NULL);

  rows = corro_store_list_participant_reflections (corro_records_get_store (self),
                                                   corro_participant_get_id (participant),
                                                   error);
  return to_model (self, rows, error);
}

/**
 * corro_records_load_supervision_notes:
 * @group: (nullable): one group's, or %NULL for all
 *
 * Returns: (transfer full): a new list of self-reflections and fidelity notes, the most
 *   recently changed first; or %NULL
 */
GListModel *
corro_records_load_supervision_notes (CorroRecords  *self,
                                      CorroGroup    *group,
                                      GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);
  g_return_val_if_fail (group == NULL || CORRO_IS_GROUP (group), NULL);

  rows = corro_store_list_supervision_reflections (corro_records_get_store (self),
                                                   group != NULL ? corro_group_get_id (group)
                                                                 : 0,
                                                   error);
  return to_model (self, rows, error);
}

/**
 * corro_records_save_reflection:
 * @text: the whole text as typed so far
 *
 * Saves a draft: call it as the user types (within a second of the last key). A new
 * note is kept on its first save with text; after that each save is one row written,
 * on disk when this returns, so that a crash loses at most what was typed since. Saving
 * the same text again writes nothing. A finalised note is refused
 * (%CORRO_RECORDS_ERROR_FINALISED).
 */
gboolean
corro_records_save_reflection (CorroRecords     *self,
                               CorroReflection  *reflection,
                               const char       *text,
                               GError          **error)
{
  CorroStore *store;
  g_autofree char *now = NULL;
  gint64 id;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_REFLECTION (reflection), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  store = corro_records_get_store (self);
  id = corro_reflection_get_id (reflection);

  if (id == 0)
    {
      CorroStoreReflection row = {
        .kind = corro_reflection_get_kind (reflection),
        .session_id = corro_reflection_get_session_id (reflection),
        .participant_id = corro_reflection_get_participant_id (reflection),
        .text = (char *) text,
      };

      if (text[0] == '\0')
        return TRUE;
      if (!(id = corro_store_insert_reflection (store, &row, error)))
        return FALSE;
    }
  else if (g_strcmp0 (corro_reflection_get_text (reflection), text) == 0)
    {
      return TRUE;
    }
  else if (!corro_store_save_reflection_text (store, id, text, error))
    {
      return FALSE;
    }

  now = dup_now ();
  _corro_reflection_set_saved (reflection, id, text, now);
  return TRUE;
}

/**
 * corro_records_finalise_reflection:
 *
 * Finalises a note: from now on it changes only by addendum.
 */
gboolean
corro_records_finalise_reflection (CorroRecords     *self,
                                   CorroReflection  *reflection,
                                   GError          **error)
{
  g_autoptr(CorroStoreReflection) row = NULL;
  g_autofree char *by = NULL;
  CorroStore *store;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_REFLECTION (reflection), FALSE);

  store = corro_records_get_store (self);
  if (corro_reflection_get_id (reflection) == 0)
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("An empty note cannot be finalised."));
      return FALSE;
    }
  by = corro_records_dup_staff_name ();
  if (!corro_store_finalise_reflection_by (store, corro_reflection_get_id (reflection), by,
                                           error) ||
      !(row = corro_store_get_reflection (store, corro_reflection_get_id (reflection), error)))
    return FALSE;

  _corro_reflection_set_finalised (reflection, row->finalised_at, row->finalised_by);
  return TRUE;
}

/**
 * corro_records_dup_staff_name:
 *
 * Returns: (transfer full): who is using Corro, for a finalised note's "by": the staff
 *   name set in Preferences, else the computer user's full name, else their login name
 */
char *
corro_records_dup_staff_name (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL
    ? g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE) : NULL;

  if (schema != NULL && g_settings_schema_has_key (schema, "staff-name"))
    {
      g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
      g_autofree char *name = g_strstrip (g_settings_get_string (settings, "staff-name"));

      if (name[0] != '\0')
        return g_steal_pointer (&name);
    }

  return corro_records_dup_user_full_name ();
}

/**
 * corro_records_dup_user_full_name:
 *
 * Returns: (transfer full): the computer user's full name, else their login name: what a
 *   finalised note records when no staff name is set
 */
char *
corro_records_dup_user_full_name (void)
{
  const char *real_name = g_get_real_name ();

  if (real_name != NULL && real_name[0] != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return g_strdup (real_name);
  return g_strdup (g_get_user_name ());
}

/**
 * corro_records_save_addendum_draft:
 * @text: what is typed so far for the note's next addendum; blank removes the draft
 *
 * Keeps a half-typed addendum, so that it comes back when the note is opened again.
 */
gboolean
corro_records_save_addendum_draft (CorroRecords     *self,
                                   CorroReflection  *reflection,
                                   const char       *text,
                                   GError          **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_REFLECTION (reflection), FALSE);

  return corro_store_save_addendum_draft (corro_records_get_store (self),
                                          corro_reflection_get_id (reflection), text, error);
}

/**
 * corro_records_dup_addendum_draft:
 *
 * Returns: (transfer full) (nullable): the note's half-typed addendum
 */
char *
corro_records_dup_addendum_draft (CorroRecords     *self,
                                  CorroReflection  *reflection,
                                  GError          **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);
  g_return_val_if_fail (CORRO_IS_REFLECTION (reflection), NULL);

  if (corro_reflection_get_id (reflection) == 0)
    return NULL;
  return corro_store_dup_addendum_draft (corro_records_get_store (self),
                                         corro_reflection_get_id (reflection), error);
}

/**
 * corro_records_add_addendum:
 *
 * Adds a dated addendum to a finalised note.
 *
 * Returns: (transfer none): the addendum, in the note's addenda; or %NULL
 */
CorroAddendum *
corro_records_add_addendum (CorroRecords     *self,
                            CorroReflection  *reflection,
                            const char       *text,
                            GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(CorroAddendum) addendum = NULL;
  CorroStore *store;
  gint64 id;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);
  g_return_val_if_fail (CORRO_IS_REFLECTION (reflection), NULL);

  store = corro_records_get_store (self);
  if (!(id = corro_store_add_addendum (store, corro_reflection_get_id (reflection), text,
                                       error)) ||
      !(rows = corro_store_list_addenda (store, corro_reflection_get_id (reflection), error)))
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      const CorroStoreAddendum *row = g_ptr_array_index (rows, i);

      if (row->id == id)
        addendum = _corro_addendum_new_from_store (row);
    }
  g_assert (addendum != NULL);

  g_list_store_append (_corro_reflection_get_addendum_store (reflection), addendum);
  return addendum;
}

/**
 * corro_records_delete_reflection:
 *
 * Deletes a draft. A finalised note is part of the record and is kept
 * (%CORRO_RECORDS_ERROR_FINALISED).
 */
gboolean
corro_records_delete_reflection (CorroRecords     *self,
                                 CorroReflection  *reflection,
                                 GError          **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_REFLECTION (reflection), FALSE);

  if (corro_reflection_get_id (reflection) == 0)
    return TRUE;

  return corro_store_delete_reflection (corro_records_get_store (self),
                                        corro_reflection_get_id (reflection), error);
}

/**
 * corro_records_search_async:
 * @query: words as typed: accents and case do not matter, and the last word may be the
 *   start of a word
 * @scope: the families' records or supervision notes; never both
 *
 * Searches notes and their addenda on a worker thread, best matches first.
 */
void
corro_records_search_async (CorroRecords        *self,
                            const char          *query,
                            CorroNoteScope       scope,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchData *data;

  g_return_if_fail (CORRO_IS_RECORDS (self));
  g_return_if_fail (query != NULL);
  g_return_if_fail (scope <= CORRO_NOTE_SCOPE_SUPERVISION);

  data = g_new0 (SearchData, 1);
  data->store = g_object_ref (corro_records_get_store (self));
  data->query = g_strdup (query);
  data->scope = scope;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_records_search_async);
  g_task_set_task_data (task, data, (GDestroyNotify) search_data_free);
  g_task_run_in_thread (task, search_thread);
}

/**
 * corro_records_search_finish:
 *
 * Returns: (transfer full): a new list of #CorroSearchResult<!-- -->s, best first; or
 *   %NULL (%G_IO_ERROR_CANCELLED when cancelled)
 */
GListModel *
corro_records_search_finish (CorroRecords  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GListStore) results = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!(matches = g_task_propagate_pointer (G_TASK (result), error)))
    return NULL;

  results = g_list_store_new (CORRO_TYPE_SEARCH_RESULT);
  for (guint i = 0; i < matches->len; i++)
    {
      g_autoptr(CorroSearchResult) found =
        _corro_search_result_new_from_store (g_ptr_array_index (matches, i));

      g_list_store_append (results, found);
    }

  return G_LIST_MODEL (g_steal_pointer (&results));
}
