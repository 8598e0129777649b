/* corro-presenter-window-timers.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-presenter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-presentation.h"
#include "corro-presenter-window-private.h"

#define USEC_PER_MINUTE ((gint64) 60 * G_USEC_PER_SEC)
#define NEAR_END_USEC (5 * USEC_PER_MINUTE)

/* The presenter's clock and timers: the wall clock, when the session really started and
 * when it is planned to end (its session length from that start), the time elapsed, the
 * time left or how far over, and this part's time against its minutes. An overrun is
 * said in words as well as in colour, for a facilitator who cannot tell red from green
 * across a room. */

char *
_corro_presenter_window_format_duration (gint64 usec)
{
  gint64 seconds = ABS (usec) / G_USEC_PER_SEC;
  const char *sign = usec < 0 ? "−" : "";

  if (seconds >= 3600)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT,
                            sign, seconds / 3600, (seconds / 60) % 60, seconds % 60);

  return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT,
                          sign, seconds / 60, seconds % 60);
}

/**
 * _corro_presenter_window_format_over:
 * @over: how far past the planned time, in µs (positive)
 *
 * Returns: (transfer full): e.g. "5 min over"
 */
char *
_corro_presenter_window_format_over (gint64 over)
{
  gint64 minutes = over / USEC_PER_MINUTE;

  if (minutes < 1)
    return g_strdup (_("Less than a minute over"));

  /* Translators: how far a session or a part of it has run past its planned time */
  return g_strdup_printf (ngettext ("%d min over", "%d min over", (gulong) minutes),
                          (int) minutes);
}

static void
set_timing_class (GtkWidget   *widget,
                  CorroTiming  timing)
{
  gtk_widget_remove_css_class (widget, "near-end");
  gtk_widget_remove_css_class (widget, "over");
  if (timing == CORRO_TIMING_NEAR_END)
    gtk_widget_add_css_class (widget, "near-end");
  else if (timing == CORRO_TIMING_OVER)
    gtk_widget_add_css_class (widget, "over");
}

static char *
format_started (CorroPresentation *presentation,
                gint64             now)
{
  GDateTime *started = corro_presentation_get_started_at (presentation);
  g_autoptr(GDateTime) end = corro_presentation_dup_planned_end (presentation, now);
  g_autofree char *started_text = NULL;
  g_autofree char *end_text = NULL;

  if (started == NULL || end == NULL)
    return g_strdup ("");

  started_text = g_date_time_format (started, "%H:%M");
  end_text = g_date_time_format (end, "%H:%M");
  if (corro_presentation_get_timers_paused (presentation))
    /* Translators: the timers are stopped; the planned end moves on while they are */
    return g_strdup_printf (_("Timers paused · planned end %s"), end_text);

  /* Translators: the real start of the session, and its start plus the session's length */
  return g_strdup_printf (_("Started %s · planned end %s"), started_text, end_text);
}

void
_corro_presenter_window_update_clock (CorroPresenterWindow *self)
{
  CorroPresentation *presentation = self->presentation;
  gint64 now = g_get_monotonic_time ();
  g_autoptr(GDateTime) wall = g_date_time_new_now_local ();
  g_autofree char *clock = g_date_time_format (wall, "%H:%M");
  g_autofree char *started = format_started (presentation, now);
  g_autofree char *elapsed = _corro_presenter_window_format_duration (
    corro_presentation_get_elapsed (presentation, now));
  g_autofree char *spent = _corro_presenter_window_format_duration (
    corro_presentation_get_segment_elapsed (presentation, now));
  g_autofree char *planned = _corro_presenter_window_format_duration (
    corro_presentation_get_segment_planned (presentation));
  g_autofree char *elapsed_text = NULL;
  g_autofree char *left_text = NULL;
  g_autofree char *segment_text = NULL;
  gint64 left = corro_presentation_get_left (presentation, now);
  gint64 segment_left = corro_presentation_get_segment_left (presentation, now);
  gboolean paused = corro_presentation_get_timers_paused (presentation);

  /* Translators: time since the session really started */
  elapsed_text = g_strdup_printf (_("Elapsed %s"), elapsed);
  if (left >= 0)
    {
      /* Counted down, a part-second still shows as the second it is in. */
      g_autofree char *left_time = _corro_presenter_window_format_duration (
        left + G_USEC_PER_SEC - 1);

      /* Translators: time left to the planned end, counted from the real start */
      left_text = g_strdup_printf (_("Left %s"), left_time);
    }
  else
    {
      left_text = _corro_presenter_window_format_over (-left);
    }

  if (segment_left < 0 && corro_presentation_get_segment_planned (presentation) > 0)
    {
      g_autofree char *over = _corro_presenter_window_format_over (-segment_left);

      /* Translators: time spent on this part, of the minutes planned, and how far over */
      segment_text = g_strdup_printf (_("This part %s of %s · %s"), spent, planned, over);
    }
  else
    {
      /* Translators: time spent on this part of the session, of the minutes planned */
      segment_text = g_strdup_printf (_("This part %s of %s"), spent, planned);
    }

  gtk_label_set_label (self->clock_label, clock);
  gtk_label_set_label (self->started_label, started);
  gtk_label_set_label (self->elapsed_label, elapsed_text);
  gtk_label_set_label (self->left_label, left_text);
  gtk_label_set_label (self->segment_time_label, segment_text);
  set_timing_class (GTK_WIDGET (self->segment_time_label),
                    corro_presentation_get_segment_timing (presentation, now));
  set_timing_class (GTK_WIDGET (self->left_label),
                    left < 0 ? CORRO_TIMING_OVER
                             : left < NEAR_END_USEC ? CORRO_TIMING_NEAR_END
                                                    : CORRO_TIMING_ON_TIME);

  gtk_button_set_label (self->timers_button,
                        paused ? _("_Resume Timers") : _("_Pause Timers"));
  /* Paused timers are dimmed, so that a glance tells they are not running. */
  {
    GtkWidget *timers[] = { GTK_WIDGET (self->elapsed_label), GTK_WIDGET (self->left_label),
                            GTK_WIDGET (self->segment_time_label) };

    for (guint i = 0; i < G_N_ELEMENTS (timers); i++)
      if (paused)
        gtk_widget_add_css_class (timers[i], "dim-label");
      else
        gtk_widget_remove_css_class (timers[i], "dim-label");
  }
}
