/* corro-records-held.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-records"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-records-private.h"

/* Whether a session was held: recorded only when the facilitator says so, on the day it
 * was really presented, with its real times and the segments truly skipped; and undone
 * again ("not held") when it was recorded by mistake. Both are audited by the store.
 * Part of CorroRecords (see corro-records.c). */

/* helpers */

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static gboolean
check_day (const char  *date,
           GError     **error)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (date != NULL && strlen (date) == 10)
    {
      iso = g_strconcat (date, "T12:00:00Z", NULL);
      day = g_date_time_new_from_iso8601 (iso, NULL);
    }
  if (day == NULL)
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("Give the day the session was held."));
      return FALSE;
    }

  /* ISO dates compare as text. */
  if (g_strcmp0 (date, today) > 0)
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("A session cannot be recorded as held on a day still to come."));
      return FALSE;
    }

  return TRUE;
}

/* Saves @session's fields; on failure puts back what it was. */
static gboolean
save_or_restore (CorroRecords       *self,
                 CorroGroup         *group,
                 CorroSession       *session,
                 CorroStoreSession  *old,
                 GError            **error)
{
  if (!corro_records_save_session (self, session, error))
    {
      corro_session_set_date (session, old->date);
      corro_session_set_held (session, old->held);
      corro_session_set_started_at (session, old->started_at);
      corro_session_set_ended_at (session, old->ended_at);
      corro_session_set_skipped (session, old->skipped);
      return FALSE;
    }

  _corro_records_session_changed (self, group, session);
  return TRUE;
}

/* public API */

/**
 * corro_records_format_skipped:
 * @places: (array length=n): segments' places in the chapter's plan, from 0
 *
 * Returns: (transfer full): how a session keeps its skipped segments: their numbers in
 *   the plan, from 1, in order, e.g. "2,5"; "" for none
 */
char *
corro_records_format_skipped (const guint *places,
                              guint        n)
{
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *text = g_string_new (NULL);

  g_array_append_vals (sorted, places, n);
  g_array_sort (sorted, compare_places);
  for (guint i = 0; i < sorted->len; i++)
    g_string_append_printf (text, "%s%u", i > 0 ? "," : "", g_array_index (sorted, guint, i) + 1);

  return g_string_free (text, FALSE);
}

/**
 * corro_records_record_held:
 * @date: the day it was held, "YYYY-MM-DD": today or a day gone by
 * @started: (nullable): when it really started, e.g. from the presenter
 * @ended: (nullable): when it really ended
 * @skipped: (array length=n_skipped): the places in the chapter's plan (from 0) of the
 *   segments left out
 *
 * Records that @session of @group was held on @date (which becomes its date, whatever it
 * was planned for), from @started to @ended (kept as local "HH:MM"), with @skipped left
 * out. The store audits it; the group's sessions model tells every page showing it.
 */
gboolean
corro_records_record_held (CorroRecords  *self,
                           CorroGroup    *group,
                           CorroSession  *session,
                           const char    *date,
                           GDateTime     *started,
                           GDateTime     *ended,
                           const guint   *skipped,
                           guint          n_skipped,
                           GError       **error)
{
  CorroStoreSession old = { 0 };
  g_autofree char *started_text = NULL;
  g_autofree char *ended_text = NULL;
  g_autofree char *skipped_text = NULL;
  g_autofree char *old_date = NULL;
  g_autofree char *old_started = NULL;
  g_autofree char *old_ended = NULL;
  g_autofree char *old_skipped = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_SESSION (session), FALSE);

  if (!check_day (date, error))
    return FALSE;
  if (started != NULL && ended != NULL && g_date_time_compare (ended, started) < 0)
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("A session cannot end before it started."));
      return FALSE;
    }

  if (started != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (started);

      started_text = g_date_time_format (local, "%H:%M");
    }
  if (ended != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (ended);

      ended_text = g_date_time_format (local, "%H:%M");
    }
  skipped_text = corro_records_format_skipped (skipped, n_skipped);

  old.date = old_date = g_strdup (corro_session_get_date (session));
  old.held = corro_session_get_held (session);
  old.started_at = old_started = g_strdup (corro_session_get_started_at (session));
  old.ended_at = old_ended = g_strdup (corro_session_get_ended_at (session));
  old.skipped = old_skipped = g_strdup (corro_session_get_skipped (session));

  corro_session_set_date (session, date);
  corro_session_set_held (session, TRUE);
  corro_session_set_started_at (session, started_text);
  corro_session_set_ended_at (session, ended_text);
  corro_session_set_skipped (session, skipped_text);

  return save_or_restore (self, group, session, &old, error);
}

/**
 * corro_records_record_not_held:
 *
 * Undoes corro_records_record_held(): @session is not held after all. Its real times and
 * skipped segments go; its date and any attendance marks stay. The store audits it.
 */
gboolean
corro_records_record_not_held (CorroRecords  *self,
                               CorroGroup    *group,
                               CorroSession  *session,
                               GError       **error)
{
  CorroStoreSession old = { 0 };
  g_autofree char *old_started = NULL;
  g_autofree char *old_ended = NULL;
  g_autofree char *old_skipped = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);
  g_return_val_if_fail (CORRO_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORRO_IS_SESSION (session), FALSE);

  if (!corro_session_get_held (session))
    return TRUE;

  old.date = (char *) corro_session_get_date (session);
  old.held = TRUE;
  old.started_at = old_started = g_strdup (corro_session_get_started_at (session));
  old.ended_at = old_ended = g_strdup (corro_session_get_ended_at (session));
  old.skipped = old_skipped = g_strdup (corro_session_get_skipped (session));

  corro_session_set_held (session, FALSE);
  corro_session_set_started_at (session, NULL);
  corro_session_set_ended_at (session, NULL);
  corro_session_set_skipped (session, NULL);

  return save_or_restore (self, group, session, &old, error);
}
