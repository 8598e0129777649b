/* corro-records.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-records"

#include "config.h"

#include "corro-age-band.h"
#include "corro-attendance.h"
#include "corro-records-private.h"

/* The groups, their sessions, participants, attendance and notes, as GObjects and list
 * models over the store, and the one API the UI writes them through. Every call runs
 * on the main thread and writes at most a few rows inline (WAL, synchronous=NORMAL),
 * except search, which runs in a worker thread. Split in three: this file (groups,
 * sessions, attendance), corro-records-participants.c and corro-records-notes.c. */
struct _CorroRecords
{
  GObject     parent_instance;

  /* owned */
  CorroStore *store;
  GListStore *groups;
  GListStore *age_bands;
};

G_DEFINE_FINAL_TYPE (CorroRecords, corro_records, G_TYPE_OBJECT)

static guint find_group_place (CorroRecords *self,
                               CorroGroup   *group);

/* shared helpers */

/* Replaces *@field with a copy of @value; returns whether it changed. */
gboolean
_corro_records_set_string (char       **field,
                           const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/**
 * _corro_records_dup_today:
 *
 * Returns: today's local date, "YYYY-MM-DD"
 */
char *
_corro_records_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * _corro_records_session_changed:
 *
 * Tells every page showing @session that it changed (held, its date, its marks): the
 * group's sessions model gives the same session out and back in at its place.
 */
void
_corro_records_session_changed (CorroRecords *self,
                                CorroGroup   *group,
                                CorroSession *session)
{
  GListStore *store = _corro_group_get_session_store (group);
  g_autoptr(CorroSession) keep = g_object_ref (session);   /* the store may hold the only one */
  guint position;

  if (g_list_store_find (store, session, &position))
    g_list_store_splice (store, position, 1, (gpointer *) &keep, 1);
}

/**
 * _corro_records_group_changed:
 *
 * Tells the list of groups that @group changed (its name, dates or status): it moves to
 * where it now belongs, under its status's heading, or is given out again at its place.
 */
void
_corro_records_group_changed (CorroRecords *self,
                              CorroGroup   *group)
{
  g_autoptr(CorroGroup) keep = g_object_ref (group);   /* the store may hold the only one */
  guint position, place;

  if (!g_list_store_find (self->groups, group, &position))
    return;

  place = find_group_place (self, group);
  if (place == position)
    {
      g_list_store_splice (self->groups, position, 1, (gpointer *) &keep, 1);
      return;
    }

  g_list_store_remove (self->groups, position);
  g_list_store_insert (self->groups, place, group);
}

/* Recounts one participant's marks over the group's sessions and applies the
 * programme's completion rule (corro-attendance.c). */
void
_corro_records_update_totals (CorroGroup       *group,
                              CorroParticipant *participant)
{
  GListModel *sessions = corro_group_get_sessions (group);
  guint n_sessions = g_list_model_get_n_items (sessions);
  guint required = corro_group_get_required_chapters (group);
  gint64 id = corro_participant_get_id (participant);
  CorroAttendanceTally tally;
  guint n_attended;

  corro_attendance_tally_init (&tally, corro_group_get_n_chapters (group));
  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, i);

      corro_attendance_tally_add (&tally, corro_session_get_chapter (session),
                                  corro_session_get_mark (session, id));
    }

  n_attended = corro_attendance_tally_chapters (&tally);
  _corro_participant_set_totals (participant, tally.n_marks, n_attended, required,
                                 corro_attendance_completion (
                                   n_attended, required,
                                   corro_participant_get_status (participant),
                                   corro_group_get_status (group)));
  corro_attendance_tally_clear (&tally);
}

GListStore *
_corro_records_get_age_band_store (CorroRecords *self)
{
  return self->age_bands;
}

/* Participants are listed by name, as people read names: case and accents aside. */
int
_corro_records_compare_participants (CorroParticipant *a,
                                     CorroParticipant *b)
{
  g_autofree char *folded_a = g_utf8_casefold (corro_participant_get_name (a), -1);
  g_autofree char *folded_b = g_utf8_casefold (corro_participant_get_name (b), -1);
  int by_name = g_utf8_collate (folded_a, folded_b);

  if (by_name != 0)
    return by_name;

  return corro_participant_get_id (a) < corro_participant_get_id (b) ? -1 :
         corro_participant_get_id (a) > corro_participant_get_id (b);
}

/* helpers */

static int
compare_participants (gconstpointer a,
                      gconstpointer b)
{
  return _corro_records_compare_participants (*(CorroParticipant **) a,
                                              *(CorroParticipant **) b);
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  CorroSession *x = *(CorroSession **) a;
  CorroSession *y = *(CorroSession **) b;
  const char *date_x = corro_session_get_date (x);
  const char *date_y = corro_session_get_date (y);
  int by_date;

  /* Dated sessions by date; undated ones after them. */
  if ((date_x == NULL) != (date_y == NULL))
    return date_x == NULL ? 1 : -1;
  if ((by_date = g_strcmp0 (date_x, date_y)) != 0)
    return by_date;
  if (corro_session_get_chapter (x) != corro_session_get_chapter (y))
    return corro_session_get_chapter (x) < corro_session_get_chapter (y) ? -1 : 1;
  if (corro_session_get_extra (x) != corro_session_get_extra (y))
    return corro_session_get_extra (x) ? 1 : -1;

  return corro_session_get_id (x) < corro_session_get_id (y) ? -1 :
         corro_session_get_id (x) > corro_session_get_id (y);
}

/* Puts the group's sessions back in date order, telling the model only when the order
 * changed. Returns whether it did. */
static gboolean
sort_sessions (CorroGroup *group)
{
  GListStore *store = _corro_group_get_session_store (group);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (n, g_object_unref);
  guint first = n, last = 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (G_LIST_MODEL (store), i));
  g_ptr_array_sort (sorted, compare_sessions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSession) at = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (at != g_ptr_array_index (sorted, i))
        {
          first = MIN (first, i);
          last = i;
        }
    }

  if (first >= n)
    return FALSE;

  g_list_store_splice (store, first, last - first + 1, sorted->pdata + first, last - first + 1);
  return TRUE;
}

/* The groups' order, as the store lists them: running, planned, finished; the latest
 * start first in each (undated last), the newest first. */
static int
status_rank (CorroGroup *group)
{
  switch (corro_group_get_status (group))
    {
    case CORRO_GROUP_STATUS_RUNNING:
      return 0;
    case CORRO_GROUP_STATUS_PLANNED:
      return 1;
    case CORRO_GROUP_STATUS_FINISHED:
    default:
      return 2;
    }
}

static int
compare_groups (CorroGroup *x,
                CorroGroup *y)
{
  int order;

  if (status_rank (x) != status_rank (y))
    return status_rank (x) - status_rank (y);
  /* SQLite sorts NULL first ascending, so last descending. */
  order = g_strcmp0 (corro_group_get_start_date (y), corro_group_get_start_date (x));
  if (order != 0)
    return order;

  return corro_group_get_id (x) > corro_group_get_id (y) ? -1 :
         corro_group_get_id (x) < corro_group_get_id (y);
}

/* Where @group goes among the others, @group itself left out. */
static guint
find_group_place (CorroRecords *self,
                  CorroGroup   *group)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->groups));
  guint place = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroGroup) other = g_list_model_get_item (G_LIST_MODEL (self->groups), i);

      if (other != group && compare_groups (other, group) < 0)
        place++;
    }

  return place;
}

static void
update_all_totals (CorroGroup *group)
{
  GListModel *participants = corro_group_get_participants (group);
  guint n = g_list_model_get_n_items (participants);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroParticipant) participant = g_list_model_get_item (participants, i);

      _corro_records_update_totals (group, participant);
    }
}

static gboolean
reload_sessions (CorroRecords  *self,
                 CorroGroup    *group,
                 GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) marks = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store = _corro_group_get_session_store (group);
  gint64 group_id = corro_group_get_id (group);

  if (!(rows = corro_store_list_sessions (self->store, group_id, error)) ||
      !(marks = corro_store_list_attendance (self->store, group_id, error)))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      const CorroStoreSession *row = g_ptr_array_index (rows, i);
      CorroSession *session = _corro_session_new_from_store (row);

      g_ptr_array_add (sessions, session);
      g_hash_table_insert (by_id, (gpointer) &row->id, session);
    }

  for (guint i = 0; i < marks->len; i++)
    {
      const CorroStoreMark *mark = &g_array_index (marks, CorroStoreMark, i);
      CorroSession *session = g_hash_table_lookup (by_id, &mark->session_id);

      if (session != NULL)
        _corro_session_set_mark (session, mark->participant_id, mark->mark);
    }

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       sessions->pdata, sessions->len);
  return TRUE;
}

/* GObject */

static void
corro_records_dispose (GObject *object)
{
  CorroRecords *self = (CorroRecords *) object;

  g_clear_object (&self->groups);
  g_clear_object (&self->age_bands);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (corro_records_parent_class)->dispose (object);
}

static void
corro_records_class_init (CorroRecordsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = corro_records_dispose;
}

static void
corro_records_init (CorroRecords *self)
{
  self->groups = g_list_store_new (CORRO_TYPE_GROUP);
  self->age_bands = g_list_store_new (CORRO_TYPE_AGE_BAND);
}

/* public API */

CorroRecords *
corro_records_new (CorroStore *store)
{
  CorroRecords *self;

  g_return_val_if_fail (CORRO_IS_STORE (store), NULL);

  self = g_object_new (CORRO_TYPE_RECORDS, NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * corro_records_get_store:
 *
 * Returns: (transfer none): the store the records are kept in
 */
CorroStore *
corro_records_get_store (CorroRecords *self)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  return self->store;
}

/**
 * corro_records_load:
 *
 * Reads the list of groups (without their sessions and participants: see
 * corro_records_load_group()) and the age bands.
 */
gboolean
corro_records_load (CorroRecords  *self,
                    GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);

  if (!(rows = corro_store_list_groups (self->store, error)) ||
      !corro_records_reload_age_bands (self, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (groups, _corro_group_new_from_store (g_ptr_array_index (rows, i)));

  g_list_store_splice (self->groups, 0, g_list_model_get_n_items (G_LIST_MODEL (self->groups)),
                       groups->pdata, groups->len);
  return TRUE;
}

/**
 * corro_records_get_groups:
 *
 * Returns: (transfer none): the #CorroGroup<!-- -->s: running, then planned, then
 *   finished, the most recent first in each
 */
GListModel *
corro_records_get_groups (CorroRecords *self)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  return G_LIST_MODEL (self->groups);
}

/**
 * corro_records_find_group:
 *
 * Returns: (transfer none) (nullable): the group with @id
 */
CorroGroup *
corro_records_find_group (CorroRecords *self,
                          gint64        id)
{
  guint n;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->groups));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (G_LIST_MODEL (self->groups), i);

      if (corro_group_get_id (group) == id)
        return group;
    }

  return NULL;
}

/**
 * corro_records_add_group:
 * @group: a new group (see corro_group_new())
 *
 * Keeps a new group and schedules its sessions, one per chapter of its programme, a
 * week apart from its start date (undated without one). The group is put in the list
 * of groups where it belongs (under its status), loaded.
 */
gboolean
corro_records_add_group (CorroRecords  *self,
                         CorroGroup    *group,
                         GError       **error)
{
  CorroStoreGroup row;
  gint64 id;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (corro_group_get_id (group) == 0, FALSE);

  /* A weekday not given is the start date's. */
  if (corro_group_get_weekday (group) == 0 && corro_group_get_start_date (group) != NULL)
    {
      g_autofree char *iso = g_strconcat (corro_group_get_start_date (group), "T12:00:00Z",
                                          NULL);
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso, NULL);

      if (start != NULL)
        corro_group_set_weekday (group, (guint) g_date_time_get_day_of_week (start));
    }

  _corro_group_to_store (group, &row);
  if (!(id = corro_store_create_group (self->store, &row, error)))
    return FALSE;

  _corro_group_set_id (group, id);
  g_list_store_insert (self->groups, find_group_place (self, group), group);

  return corro_records_load_group (self, group, error);
}

/**
 * corro_records_save_group:
 *
 * Saves the group's fields as they are now. Its sessions are not moved: to change the
 * start date of a group already scheduled, use corro_records_set_start_date().
 */
gboolean
corro_records_save_group (CorroRecords  *self,
                          CorroGroup    *group,
                          GError       **error)
{
  CorroStoreGroup row;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);

  _corro_group_to_store (group, &row);
  if (!corro_store_update_group (self->store, &row, error))
    return FALSE;

  _corro_records_group_changed (self, group);
  if (corro_group_get_loaded (group))
    update_all_totals (group);
  return TRUE;
}

/**
 * corro_records_has_held_sessions:
 *
 * Returns: whether any of the group's sessions (loaded) was held
 */
gboolean
corro_records_has_held_sessions (CorroRecords *self,
                                 CorroGroup   *group)
{
  GListModel *sessions;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);

  sessions = corro_group_get_sessions (group);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, i);

      if (corro_session_get_held (session))
        return TRUE;
    }

  return FALSE;
}

/**
 * corro_records_edit_group:
 * @details: a group (not in the records) holding the new name, mode, age band, venue,
 *   facilitators, weekday, time, start date and status
 * @reschedule: whether to move the sessions not yet held to the new start date
 *
 * Changes a group's details after it was created. Nothing changes in @group unless the
 * store took the change. A new start date moves the sessions only with @reschedule, and
 * then never a session already held. A group newly finished has its participants'
 * completion recorded as corro_records_finish_group() does.
 */
gboolean
corro_records_edit_group (CorroRecords  *self,
                          CorroGroup    *group,
                          CorroGroup    *details,
                          gboolean       reschedule,
                          GError       **error)
{
  CorroStoreGroup row;
  g_autofree char *old_date = NULL;
  gboolean finishing;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (details), FALSE);

  old_date = g_strdup (corro_group_get_start_date (group));
  finishing = corro_group_get_status (details) == CORRO_GROUP_STATUS_FINISHED &&
              corro_group_get_status (group) != CORRO_GROUP_STATUS_FINISHED;

  _corro_group_to_store (details, &row);
  row.id = corro_group_get_id (group);
  row.programme_id = (char *) corro_group_get_programme_id (group);
  row.language = (char *) corro_group_get_language (group);
  if (!corro_store_update_group (self->store, &row, error))
    return FALSE;

  corro_group_set_name (group, corro_group_get_name (details));
  corro_group_set_mode (group, corro_group_get_mode (details));
  corro_group_set_age_band (group, corro_group_get_age_band (details));
  corro_group_set_venue (group, corro_group_get_venue (details));
  corro_group_set_facilitators (group, corro_group_get_facilitators (details));
  corro_group_set_weekday (group, corro_group_get_weekday (details));
  corro_group_set_start_time (group, corro_group_get_start_time (details));
  corro_group_set_start_date (group, corro_group_get_start_date (details));
  corro_group_set_status (group, corro_group_get_status (details));
  _corro_records_group_changed (self, group);

  if (reschedule && corro_group_get_start_date (details) != NULL &&
      g_strcmp0 (old_date, corro_group_get_start_date (details)) != 0 &&
      !corro_records_set_start_date (self, group, corro_group_get_start_date (details), error))
    return FALSE;
  if (finishing)
    return corro_records_finish_group (self, group, error);
  if (corro_group_get_loaded (group))
    update_all_totals (group);
  return TRUE;
}

/**
 * corro_records_delete_group:
 *
 * Deletes a group with its sessions, enrolments and attendance, and takes it out of
 * the list of groups. A group with notes is kept (%CORRO_RECORDS_ERROR_HAS_NOTES).
 */
gboolean
corro_records_delete_group (CorroRecords  *self,
                            CorroGroup    *group,
                            GError       **error)
{
  guint position;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);

  if (!corro_store_delete_group (self->store, corro_group_get_id (group), error))
    return FALSE;

  if (g_list_store_find (self->groups, group, &position))
    g_list_store_remove (self->groups, position);
  return TRUE;
}

/**
 * corro_records_load_group:
 *
 * Reads what a group's page shows: its sessions with their attendance, its participants
 * with their totals against the programme's completion rule.
 */
gboolean
corro_records_load_group (CorroRecords  *self,
                          CorroGroup    *group,
                          GError       **error)
{
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  guint n_chapters = 0, programme_rule = 0;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);

  if (!corro_store_get_completion_rule (self->store, corro_group_get_programme_id (group),
                                        &n_chapters, &programme_rule, error))
    return FALSE;
  if (!(members = corro_store_list_members (self->store, corro_group_get_id (group), error)))
    return FALSE;
  _corro_group_set_rule (group, n_chapters,
                         corro_attendance_required_chapters (n_chapters, programme_rule));
  if (!reload_sessions (self, group, error))
    return FALSE;

  for (guint i = 0; i < members->len; i++)
    {
      CorroParticipant *participant =
        _corro_participant_new_from_store (g_ptr_array_index (members, i));

      _corro_records_update_totals (group, participant);
      g_ptr_array_add (participants, participant);
    }
  g_ptr_array_sort (participants, compare_participants);

  store = _corro_group_get_participant_store (group);
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       participants->pdata, participants->len);
  _corro_group_set_loaded (group, TRUE);
  return TRUE;
}

/**
 * corro_records_set_start_date:
 * @date: the new start date, "YYYY-MM-DD"
 *
 * Moves a group's start and, with it, every session not yet held (extra meetings
 * aside) to a week apart from @date, each on its chapter's week.
 */
gboolean
corro_records_set_start_date (CorroRecords  *self,
                              CorroGroup    *group,
                              const char    *date,
                              GError       **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);

  if (!corro_store_schedule_sessions (self->store, corro_group_get_id (group), date, error))
    return FALSE;

  corro_group_set_start_date (group, date);
  return reload_sessions (self, group, error);
}

/**
 * corro_records_finish_group:
 *
 * Marks a group finished, and every participant still enrolled who attended enough
 * chapters completed.
 */
gboolean
corro_records_finish_group (CorroRecords  *self,
                            CorroGroup    *group,
                            GError       **error)
{
  GListModel *participants;
  guint n;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);

  if (!corro_group_get_loaded (group) && !corro_records_load_group (self, group, error))
    return FALSE;

  corro_group_set_status (group, CORRO_GROUP_STATUS_FINISHED);
  if (!corro_records_save_group (self, group, error))
    return FALSE;

  participants = corro_group_get_participants (group);
  n = g_list_model_get_n_items (participants);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroParticipant) participant = g_list_model_get_item (participants, i);

      if (corro_participant_get_status (participant) == CORRO_ENROLMENT_ENROLLED &&
          corro_participant_get_completion (participant) == CORRO_COMPLETION_COMPLETED &&
          !corro_records_set_status (self, group, participant, CORRO_ENROLMENT_COMPLETED,
                                     NULL, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * corro_records_save_session:
 *
 * Saves a session's fields as they are now: its date, whether it was held, its real
 * times, the segments skipped.
 */
gboolean
corro_records_save_session (CorroRecords  *self,
                            CorroSession  *session,
                            GError       **error)
{
  CorroStoreSession row;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_SESSION (session), FALSE);

  _corro_session_to_store (session, &row);
  return corro_store_update_session (self->store, &row, error);
}

/**
 * corro_records_move_session:
 * @date: the new date, "YYYY-MM-DD"
 *
 * Moves one session to another date; the group's sessions stay in date order.
 */
gboolean
corro_records_move_session (CorroRecords  *self,
                            CorroGroup    *group,
                            CorroSession  *session,
                            const char    *date,
                            GError       **error)
{
  g_autofree char *old_date = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_SESSION (session), FALSE);

  old_date = g_strdup (corro_session_get_date (session));
  corro_session_set_date (session, date);
  if (!corro_records_save_session (self, session, error))
    {
      corro_session_set_date (session, old_date);
      return FALSE;
    }

  /* Moved among the others, or else given out again where it is. */
  if (!sort_sessions (group))
    _corro_records_session_changed (self, group, session);
  return TRUE;
}

/**
 * corro_records_add_extra_session:
 * @chapter: the chapter the meeting continues
 * @date: (nullable): its date
 *
 * Adds a further meeting for a chapter, for a chapter split over two meetings.
 *
 * Returns: (transfer none): the new session, in the group's sessions; or %NULL
 */
CorroSession *
corro_records_add_extra_session (CorroRecords  *self,
                                 CorroGroup    *group,
                                 guint          chapter,
                                 const char    *date,
                                 GError       **error)
{
  CorroStoreSession row = {
    .group_id = 0,
    .chapter = chapter,
    .date = (char *) date,
    .extra = TRUE,
  };
  g_autoptr(CorroSession) session = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);
  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);

  row.group_id = corro_group_get_id (group);
  if (!(row.id = corro_store_insert_session (self->store, &row, error)))
    return NULL;

  session = _corro_session_new_from_store (&row);
  g_list_store_append (_corro_group_get_session_store (group), session);
  sort_sessions (group);
  return session;
}

/**
 * corro_records_delete_session:
 *
 * Deletes a session and its attendance (a session with notes is kept, with
 * %CORRO_RECORDS_ERROR_HAS_NOTES); the participants' totals follow.
 */
gboolean
corro_records_delete_session (CorroRecords  *self,
                              CorroGroup    *group,
                              CorroSession  *session,
                              GError       **error)
{
  guint position;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_SESSION (session), FALSE);

  if (!corro_store_delete_session (self->store, corro_session_get_id (session), error))
    return FALSE;

  if (g_list_store_find (_corro_group_get_session_store (group), session, &position))
    g_list_store_remove (_corro_group_get_session_store (group), position);
  update_all_totals (group);
  return TRUE;
}

/**
 * corro_records_mark_attendance:
 * @mark: the mark, or %CORRO_ATTENDANCE_NONE to clear it
 *
 * Marks one participant at one session: one row written at once, the session's
 * CorroSession::mark-changed emitted and the participant's totals and completion
 * updated. Marking someone present or late also notes that the session was held.
 */
gboolean
corro_records_mark_attendance (CorroRecords         *self,
                               CorroGroup           *group,
                               CorroSession         *session,
                               CorroParticipant     *participant,
                               CorroAttendanceMark   mark,
                               GError              **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_SESSION (session), FALSE);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (mark < CORRO_N_ATTENDANCE_MARKS, FALSE);

  if (!corro_store_set_attendance (self->store, corro_session_get_id (session),
                                   corro_participant_get_id (participant), mark, error))
    return FALSE;

  _corro_session_set_mark (session, corro_participant_get_id (participant), mark);
  _corro_records_update_totals (group, participant);

  if (corro_attendance_mark_shows_held (mark) && !corro_session_get_held (session))
    {
      g_autoptr(GError) local_error = NULL;

      corro_session_set_held (session, TRUE);
      if (!corro_records_save_session (self, session, &local_error))
        {
          /* The mark is kept; the session is noted as held with its next save. */
          g_warning ("Could not note session %" G_GINT64_FORMAT " as held: %s",
                     corro_session_get_id (session), local_error->message);
        }
    }

  _corro_records_session_changed (self, group, session);
  return TRUE;
}
