/* corro-presenter-window-clip.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-presenter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-pause-point.h"
#include "corro-presentation.h"
#include "corro-presenter-window-private.h"
#include "corro-segment.h"
#include "corro-store.h"
#include "corro-track-choice.h"

#define USEC_PER_MS 1000
/* Within a frame of the out point counts as the end of the clip. */
#define END_TOLERANCE_USEC (50 * USEC_PER_MS)

/* A clip segment on the presenter: the transport, the clip's length and position, the
 * time to the next pause point, the question coming and the pause points still ahead.
 *
 * A clip is stepped, not skipped, with a clicker's Page Down (or Right): while it plays
 * a press pauses it, while it is paused (at a pause point or anywhere) a press plays on
 * to the next pause point, and only once it has reached its out point does a press go
 * on to the next segment. Leaving earlier takes a second press within two seconds, or
 * Ctrl+Right, and the presenter says so. Each clip segment keeps its position in the
 * presentation, so that coming back to it goes on from where it stopped. */

/* helpers */

static CorroPausePoint *
dup_pause_point (CorroPresenterWindow *self,
                 guint                 index)
{
  CorroSegment *segment = corro_presentation_get_segment (self->presentation);

  if (segment == NULL)
    return NULL;

  return g_list_model_get_item (corro_segment_get_pause_points (segment), index);
}

static guint
n_pause_points (CorroPresenterWindow *self)
{
  CorroSegment *segment = corro_presentation_get_segment (self->presentation);

  return segment != NULL ? g_list_model_get_n_items (corro_segment_get_pause_points (segment))
                         : 0;
}

static gint64
pause_point_time (CorroPausePoint *pause_point)
{
  return corro_pause_point_get_at (pause_point) * USEC_PER_MS;
}

/* Where the clip ends: its out point, else the file's end; -1 until known. */
static gint64
clip_end (CorroPresenterWindow *self)
{
  gint64 out = corro_player_get_out_point (self->player);
  gint64 duration = corro_player_get_duration (self->player);

  if (out != CORRO_PLAYER_END && out > 0)
    return duration > 0 ? MIN (out, duration) : out;

  return duration > 0 ? duration : -1;
}

static gboolean
clip_at_end (CorroPresenterWindow *self)
{
  gint64 end = clip_end (self);

  if (corro_player_get_state (self->player) == CORRO_PLAYER_STATE_FINISHED)
    return TRUE;

  return end > 0 && corro_player_get_state (self->player) == CORRO_PLAYER_STATE_PAUSED &&
         corro_player_get_position (self->player) >= end - END_TOLERANCE_USEC;
}

/* Whether the current segment's clip is there to step through: loading, paused or
 * playing, and not yet at its end. A clip that cannot play is passed like any part. */
static gboolean
in_clip (CorroPresenterWindow *self)
{
  CorroSegment *segment = corro_presentation_get_segment (self->presentation);
  CorroPlayerState state = corro_player_get_state (self->player);

  if (segment == NULL || corro_segment_get_kind (segment) != CORRO_SEGMENT_CLIP)
    return FALSE;
  if (state != CORRO_PLAYER_STATE_LOADING && state != CORRO_PLAYER_STATE_PAUSED &&
      state != CORRO_PLAYER_STATE_PLAYING)
    return FALSE;

  return !clip_at_end (self);
}

/* The first pause point after @position, or -1. */
static int
next_pause_point (CorroPresenterWindow *self,
                  gint64                position)
{
  guint n = n_pause_points (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroPausePoint) pause_point = dup_pause_point (self, i);

      if (pause_point_time (pause_point) > position + USEC_PER_MS)
        return (int) i;
    }

  return -1;
}

static const char *
default_hint (CorroPresenterWindow *self)
{
  CorroPlayerState state = corro_player_get_state (self->player);
  gboolean last = corro_presentation_get_next_segment (self->presentation) == NULL;

  if (!self->clip_ready)
    return "";
  if (clip_at_end (self))
    return last ? _("The clip is over.")
                : _("The clip is over: Page Down goes on to the next part.");
  if (state == CORRO_PLAYER_STATE_PLAYING)
    return _("Page Down pauses · twice quickly, or Ctrl+Right, leaves the clip");

  return _("Page Down plays on · twice quickly, or Ctrl+Right, leaves the clip");
}

static gboolean
on_hint_timeout_cb (gpointer user_data)
{
  CorroPresenterWindow *self = user_data;

  self->hint_id = 0;
  self->leave_until = 0;
  gtk_label_set_label (self->hint_label, default_hint (self));
  return G_SOURCE_REMOVE;
}

static void
update_pause_area (CorroPresenterWindow *self,
                   gint64                position)
{
  const char *language = corro_presentation_get_language (self->presentation);
  guint n = n_pause_points (self);
  g_autoptr(CorroPausePoint) shown = NULL;
  g_autofree char *heading = NULL;
  int next;

  /* The question's place is kept for the whole clip: before a pause point it shows, dim,
   * the question coming; at the pause point the same words, plain. Nothing below the
   * transport moves when the clip stops. */
  gtk_widget_set_visible (self->pause_area, n > 0);
  if (n == 0)
    return;

  if (self->pause_index >= 0)
    {
      shown = dup_pause_point (self, self->pause_index);
      /* Translators: e.g. "Pause point 2 of 4 · ask the group:" */
      heading = g_strdup_printf (_("Pause point %d of %u · ask the group:"),
                                 self->pause_index + 1, n);
      gtk_widget_remove_css_class (GTK_WIDGET (self->pause_prompt), "upcoming");
    }
  else
    {
      g_autofree char *at = NULL;

      next = next_pause_point (self, position);
      shown = dup_pause_point (self, next >= 0 ? (guint) next : n - 1);
      at = _corro_presenter_window_format_duration (pause_point_time (shown));
      heading = next >= 0
                  /* Translators: the question the next pause point asks, at 1:20 */
                  ? g_strdup_printf (_("At %s the clip stops to ask:"), at)
                  /* Translators: the clip has gone past its last pause point */
                  : g_strdup (_("The last pause point asked:"));
      gtk_widget_add_css_class (GTK_WIDGET (self->pause_prompt), "upcoming");
    }

  gtk_label_set_label (self->pause_heading, heading);
  gtk_label_set_label (self->pause_prompt,
                       shown != NULL ? corro_pause_point_get_prompt (shown, language) : "");
}

static void
update_pause_list (CorroPresenterWindow *self,
                   gint64                position)
{
  guint i = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->pause_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row), i++)
    {
      g_autoptr(CorroPausePoint) pause_point = dup_pause_point (self, i);
      gboolean passed = pause_point != NULL &&
                        (pause_point_time (pause_point) < position - USEC_PER_MS ||
                         (int) i == self->pause_index);

      if (passed)
        gtk_widget_add_css_class (row, "dim-label");
      else
        gtk_widget_remove_css_class (row, "dim-label");
    }
}

static void
fill_pause_list (CorroPresenterWindow *self,
                 CorroSegment         *segment)
{
  const char *language = corro_presentation_get_language (self->presentation);
  GListModel *pause_points = corro_segment_get_pause_points (segment);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pause_list))) != NULL)
    gtk_box_remove (self->pause_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (pause_points); i++)
    {
      g_autoptr(CorroPausePoint) pause_point = g_list_model_get_item (pause_points, i);
      g_autofree char *at = _corro_presenter_window_format_duration (pause_point_time (pause_point));
      const char *prompt = corro_pause_point_get_prompt (pause_point, language);
      /* Translators: a pause point in the list of them: its time and its question */
      g_autofree char *text = g_strdup_printf (_("%s · %s"), at,
                                               prompt != NULL && prompt[0] != '\0'
                                                 ? prompt : _("(no question)"));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (self->pause_list, label);
    }
}

/* internal API */

void
_corro_presenter_window_set_show_clip (CorroPresenterWindow *self,
                                       gboolean              show_clip)
{
  GtkWidget *view = corro_presenter_window_get_audience_view (self);

  self->clip_ready = show_clip;
  if (view != NULL)
    corro_audience_view_set_show_clip (CORRO_AUDIENCE_VIEW (view), show_clip);
  corro_audience_view_set_show_clip (self->preview, show_clip);
  _corro_presenter_window_update_actions (self);
}

/**
 * _corro_presenter_window_set_hint:
 * @seconds: how long it shows before the usual hint comes back, or 0 for the usual one
 */
void
_corro_presenter_window_set_hint (CorroPresenterWindow *self,
                                  const char           *hint,
                                  guint                 seconds)
{
  g_clear_handle_id (&self->hint_id, g_source_remove);
  if (seconds == 0)
    {
      self->leave_until = 0;
      gtk_label_set_label (self->hint_label, default_hint (self));
      return;
    }

  gtk_label_set_label (self->hint_label, hint);
  self->hint_id = g_timeout_add_seconds (seconds, on_hint_timeout_cb, self);
}

/* Remembers where the loaded clip is, for when its segment comes back. */
void
_corro_presenter_window_keep_clip_position (CorroPresenterWindow *self)
{
  CorroPlayerState state = corro_player_get_state (self->player);
  gint64 position = corro_player_get_position (self->player);

  if (self->clip_step == G_MAXUINT || !self->clip_ready)
    return;
  if (state != CORRO_PLAYER_STATE_PAUSED && state != CORRO_PLAYER_STATE_PLAYING &&
      state != CORRO_PLAYER_STATE_FINISHED)
    return;

  if (state == CORRO_PLAYER_STATE_FINISHED && clip_end (self) > 0)
    position = clip_end (self);
  corro_presentation_set_clip_position (self->presentation, self->clip_step, position);
}

void
_corro_presenter_window_load_clip (CorroPresenterWindow *self,
                                   CorroSegment         *segment)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *key = corro_segment_get_clip_key (segment);
  GListModel *pause_points = corro_segment_get_pause_points (segment);
  guint n = g_list_model_get_n_items (pause_points);
  g_autofree gint64 *times = g_new0 (gint64, MAX (n, 1));
  g_autofree char *uri = NULL;
  gint64 in, out, resume;

  fill_pause_list (self, segment);
  uri = key != NULL && app != NULL
          ? corro_application_dup_clip_uri (CORRO_APPLICATION (app), key) : NULL;
  if (uri == NULL)
    {
      g_autofree char *message = NULL;

      corro_player_stop (self->player);
      _corro_presenter_window_set_show_clip (self, FALSE);
      message = key != NULL
                  ? g_strdup_printf (_("The clip “%s” is not linked to a video file on this "
                                       "computer. Link it in the clip library."), key)
                  : g_strdup (_("This segment has no clip chosen."));
      gtk_label_set_label (self->clip_status, message);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroPausePoint) pause_point = g_list_model_get_item (pause_points, i);

      times[i] = pause_point_time (pause_point);
    }

  in = corro_segment_get_clip_in (segment) * USEC_PER_MS;
  out = corro_segment_get_clip_out (segment) > 0 ? corro_segment_get_clip_out (segment) * USEC_PER_MS
                                                 : CORRO_PLAYER_END;

  gtk_scale_clear_marks (self->timeline);
  for (guint i = 0; i < n; i++)
    gtk_scale_add_mark (self->timeline, (double) times[i] / G_USEC_PER_SEC, GTK_POS_BOTTOM, NULL);
  gtk_range_set_range (GTK_RANGE (self->timeline), (double) in / G_USEC_PER_SEC,
                       out > in ? (double) out / G_USEC_PER_SEC : (double) in / G_USEC_PER_SEC + 1);
  gtk_label_set_label (self->clip_status, _("Getting the clip ready…"));

  /* Pre-rolled now, so that Play shows the first frame at once. */
  g_free (self->track_key);
  self->track_key = g_strdup (key);
  corro_player_load (self->player, uri, in, out, times, n);

  /* Back to a clip shown before: on from where it stopped, with its question if that
   * was a pause point. */
  resume = corro_presentation_get_clip_position (self->presentation,
                                                 corro_presentation_get_step (self->presentation));
  if (resume > in)
    {
      corro_player_seek (self->player, resume);
      for (guint i = 0; i < n; i++)
        if (times[i] == resume)
          self->pause_index = (int) i;
    }
}

/* Once the clip is open its tracks are known: play the sound track chosen for this clip
 * on the Clips page, or else the one in the language being presented in, and the
 * subtitles chosen there (none when none were, as the Clips page says). Switching
 * re-opens the clip, so it is done before anything is shown. Returns whether it
 * switched. */
gboolean
_corro_presenter_window_choose_sound_track (CorroPresenterWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  CorroStore *store = app != NULL ? corro_application_get_store (CORRO_APPLICATION (app)) : NULL;
  g_autofree char *key = g_steal_pointer (&self->track_key);
  guint n_subtitles = g_list_model_get_n_items (corro_player_get_subtitle_tracks (self->player));
  int remembered = -1;
  int subtitle = CORRO_STORE_TRACK_UNSET;
  gboolean switched = FALSE;
  int choice;

  if (store != NULL)
    corro_store_get_clip_tracks (store, key, &remembered, &subtitle);

  /* A choice made for a file with more subtitle tracks than this one: none. */
  if (subtitle < 0 || (guint) subtitle >= n_subtitles)
    subtitle = -1;
  if (subtitle != corro_player_get_current_subtitle (self->player))
    {
      corro_player_set_current_subtitle (self->player, subtitle);
      switched = TRUE;
    }

  choice = corro_track_choice_audio (corro_player_get_audio_tracks (self->player), remembered,
                                     corro_presentation_get_language (self->presentation));
  if (choice >= 0 && choice != corro_player_get_current_audio (self->player))
    {
      corro_player_set_current_audio (self->player, choice);
      switched = TRUE;
    }

  return switched;
}

void
_corro_presenter_window_show_pause_point (CorroPresenterWindow *self,
                                          int                   index)
{
  self->pause_index = index;
  _corro_presenter_window_update_transport (self);
}

void
_corro_presenter_window_update_transport (CorroPresenterWindow *self)
{
  CorroPlayerState state = corro_player_get_state (self->player);
  gint64 position = corro_player_get_position (self->player);
  gint64 in = corro_player_get_in_point (self->player);
  gint64 end = clip_end (self);
  g_autofree char *time = _corro_presenter_window_format_duration (position);
  g_autofree char *position_text = NULL;
  g_autofree char *info = NULL;

  gtk_button_set_icon_name (self->play_button,
                            state == CORRO_PLAYER_STATE_PLAYING ? "media-playback-pause-symbolic"
                                                                : "media-playback-start-symbolic");
  if (!self->clip_ready)
    {
      gtk_label_set_label (self->position_label, "");
      gtk_label_set_label (self->clip_info_label, "");
      gtk_label_set_label (self->hint_label, "");
      update_pause_area (self, position);
      return;
    }

  gtk_range_set_value (GTK_RANGE (self->timeline), (double) position / G_USEC_PER_SEC);
  _corro_presenter_window_keep_clip_position (self);

  if (end > 0)
    {
      g_autofree char *length = _corro_presenter_window_format_duration (end - in);
      g_autofree char *end_text = _corro_presenter_window_format_duration (end);
      int next = self->pause_index >= 0 && state != CORRO_PLAYER_STATE_PLAYING
                   ? -1 : next_pause_point (self, position);

      /* Translators: the clip's position and where it ends, e.g. "0:42 / 3:00" */
      position_text = g_strdup_printf (_("%s / %s"), time, end_text);
      if (clip_at_end (self))
        {
          /* Translators: the clip's length; it has played to its end */
          info = g_strdup_printf (_("Clip %s · at its end"), length);
        }
      else if (next >= 0 || self->pause_index >= 0)
        {
          g_autoptr(CorroPausePoint) pause_point = NULL;
          g_autofree char *to_next = NULL;

          if (next < 0)
            next = next_pause_point (self, position);
          pause_point = next >= 0 ? dup_pause_point (self, next) : NULL;
          to_next = pause_point != NULL
                      ? _corro_presenter_window_format_duration (pause_point_time (pause_point) -
                                                                 position)
                      : _corro_presenter_window_format_duration (end - position);
          info = pause_point != NULL
                   /* Translators: the clip's length, and the time to its next pause point */
                   ? g_strdup_printf (_("Clip %s · next pause point in %s"), length, to_next)
                   /* Translators: the clip's length, and the time to its end */
                   : g_strdup_printf (_("Clip %s · ends in %s"), length, to_next);
        }
      else
        {
          g_autofree char *to_end = _corro_presenter_window_format_duration (end - position);

          info = g_strdup_printf (_("Clip %s · ends in %s"), length, to_end);
        }
    }

  gtk_label_set_label (self->position_label, position_text != NULL ? position_text : time);
  gtk_label_set_label (self->clip_info_label, info != NULL ? info : "");
  if (self->hint_id == 0)
    gtk_label_set_label (self->hint_label, default_hint (self));
  update_pause_area (self, position);
  update_pause_list (self, position);
}

/**
 * _corro_presenter_window_step_forward:
 *
 * A clicker's Page Down, or Right: steps through a clip (pause, play on to the next
 * pause point), and goes to the next segment once the clip is over or on a second
 * press within two seconds.
 */
void
_corro_presenter_window_step_forward (CorroPresenterWindow *self)
{
  gint64 now = g_get_monotonic_time ();
  gboolean last = corro_presentation_get_next_segment (self->presentation) == NULL;

  if (!in_clip (self) || (self->leave_until != 0 && now < self->leave_until))
    {
      /* Left by a double press: the clip is kept where it was before the first press
       * (at its pause point, say), not the moment it played after it. */
      if (in_clip (self) && self->armed_at >= 0)
        {
          corro_player_pause (self->player);
          corro_player_seek (self->player, self->armed_at);
        }
      _corro_presenter_window_keep_clip_position (self);
      _corro_presenter_window_set_hint (self, NULL, 0);
      corro_presentation_next (self->presentation, now);
      return;
    }

  self->armed_at = corro_player_get_state (self->player) == CORRO_PLAYER_STATE_LOADING
                     ? -1 : corro_player_get_position (self->player);

  if (corro_player_get_state (self->player) == CORRO_PLAYER_STATE_PLAYING)
    {
      corro_player_pause (self->player);
    }
  else
    {
      /* Playing a clip is what the group came to see: bring it back on screen. */
      corro_presentation_set_screen (self->presentation, CORRO_SCREEN_CONTENT);
      corro_player_play (self->player);
    }

  if (!last)
    {
      self->leave_until = now + CORRO_PRESENTER_LEAVE_WINDOW_USEC;
      _corro_presenter_window_set_hint (self, _("Press again to leave the clip"),
                                        CORRO_PRESENTER_LEAVE_WINDOW_USEC / G_USEC_PER_SEC);
    }
}

/**
 * _corro_presenter_window_step_back:
 *
 * A clicker's Page Up, or Left: pauses a playing clip; otherwise goes back a segment
 * (the clip's position is kept for coming back).
 */
void
_corro_presenter_window_step_back (CorroPresenterWindow *self)
{
  if (in_clip (self) && corro_player_get_state (self->player) == CORRO_PLAYER_STATE_PLAYING)
    {
      corro_player_pause (self->player);
      _corro_presenter_window_set_hint (self, _("Paused: Page Up again goes back a part"),
                                        CORRO_PRESENTER_LEAVE_WINDOW_USEC / G_USEC_PER_SEC);
      return;
    }

  _corro_presenter_window_keep_clip_position (self);
  _corro_presenter_window_set_hint (self, NULL, 0);
  corro_presentation_previous (self->presentation, g_get_monotonic_time ());
}
