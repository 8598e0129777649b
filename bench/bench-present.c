/* bench-present.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures presenting, in the real application's windows, with a generated clip and
 * timing by the windows' frame clocks (prints figures, never asserts):
 *   - Right → the next segment drawn: from the key's action to the end of the next
 *     paint of the presenter's window;
 *   - Right onto the clip segment → the clip's first frame painted on the group's window
 *     (loading and pre-rolling included);
 *   - Space on the pre-rolled clip segment → the first new frame painted on the group's
 *     window.
 * Medians of --runs runs (12 unless told).  Targets: Space 150 ms, Right 50 ms.
 * Run by bench/present.py (build-aux/dev bench); needs a display (Xvfb will do).
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <gst/gst.h>

#include "corro-application.h"
#include "corro-chapter.h"
#include "corro-player.h"
#include "corro-presentation.h"
#include "corro-presenter-window.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-segment.h"
#include "corro-store.h"
#include "corro-video-paintable.h"
#include "corro-test-util.h"
#include "media-test-util.h"

#define SPACE_TARGET_MS 150.0
#define RIGHT_TARGET_MS 50.0

typedef struct
{
  gint64   armed;        /* when the key was "pressed"; 0 when not measuring */
  gboolean dirty;        /* the thing measured has changed and waits to be painted */
  gint64   painted;      /* end of the paint that showed it */
} Probe;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  if (values->len == 0)
    return -1;
  if (values->len % 2 == 1)
    return g_array_index (values, double, values->len / 2);

  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Probe         *probe)
{
  if (probe->armed != 0 && probe->dirty && probe->painted == 0)
    probe->painted = g_get_monotonic_time ();
}

static void
on_invalidate_cb (GdkPaintable *paintable,
                  Probe        *probe)
{
  /* A cleared picture (a clip unloading) is not a frame. */
  if (probe->armed != 0 &&
      corro_video_paintable_get_texture (CORRO_VIDEO_PAINTABLE (paintable)) != NULL)
    probe->dirty = TRUE;
}

static gboolean
is_painted (gpointer data)
{
  return ((Probe *) data)->painted != 0;
}

static void
arm (Probe   *probe,
     gboolean dirty)
{
  probe->painted = 0;
  probe->dirty = dirty;
  probe->armed = g_get_monotonic_time ();
}

static double
measured_ms (Probe *probe)
{
  double ms = probe->painted != 0 ? (probe->painted - probe->armed) / 1000.0 : -1;

  probe->armed = 0;
  return ms;
}

/* Chapter 1's clip segment, shortened to the generated file, without pause points. */
static guint
prepare_clip_segment (CorroChapter *chapter)
{
  GListModel *segments = corro_chapter_get_segments (chapter);

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);
      GListModel *points = corro_segment_get_pause_points (segment);

      if (corro_segment_get_kind (segment) != CORRO_SEGMENT_CLIP)
        continue;
      while (g_list_model_get_n_items (points) > 0)
        {
          g_autoptr(GObject) old = g_list_model_get_item (points, 0);

          corro_segment_remove_pause_point (segment, (gpointer) old);
        }
      corro_segment_set_clip_in (segment, 0);
      corro_segment_set_clip_out (segment, 9000);
      return i;
    }

  g_error ("chapter 1 has no clip segment");
}

static void
print_figure (const char *what,
              GArray     *values,
              double      target)
{
  double min = -1, max = -1;
  double mid;

  for (guint i = 0; i < values->len; i++)
    {
      double v = g_array_index (values, double, i);

      if (min < 0 || v < min)
        min = v;
      if (v > max)
        max = v;
    }
  mid = median (values);
  if (target > 0)
    printf ("%-44s median %7.1f ms  (min %.1f, max %.1f, n=%u)  target < %.0f ms: %s\n",
            what, mid, min, max, values->len, target, mid >= 0 && mid < target ? "met" : "NOT met");
  else
    printf ("%-44s median %7.1f ms  (min %.1f, max %.1f, n=%u)\n", what, mid, min, max,
            values->len);
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 12;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per figure (at least 10)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- presenting benchmark");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *clip = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GArray) right = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) space = g_array_new (FALSE, FALSE, sizeof (double));
  Probe presenter_probe = { 0 }, audience_probe = { 0 };
  CorroApplication *app;
  CorroProgramme *programme;
  CorroChapter *chapter;
  CorroPresenterWindow *presenter;
  CorroPresentation *presentation;
  CorroPlayer *player;
  GtkWidget *audience_window;
  guint clip_step;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 10);

  gtk_init ();
  gst_init (NULL, NULL);
  if (!media_test_have_elements ("vp8enc", "webmmux", "vp8dec", NULL))
    {
      g_printerr ("present: VP8 encoding is not available (gstreamer1.0-plugins-good)\n");
      return 1;
    }

  dir = corro_test_make_tmpdir ();
  path = g_build_filename (dir, "corro.db", NULL);
  {
    /* As the clips facilitators use look: 640x360 VP8 with sound, a key frame a second. */
    MediaTestClip spec = {
      .width = 640, .height = 360, .fps = 30, .n_frames = 300,
      .video = "vp8enc deadline=1 cpu-used=8 keyframe-max-dist=30",
      .audio = "vorbisenc", .mux = "webmmux",
    };

    clip = media_test_make_clip (dir, "welcome.webm", &spec);
  }
  uri = g_filename_to_uri (clip, NULL, NULL);

  app = corro_application_new ();
  corro_application_set_database_path (app, path);
  g_application_set_application_id (G_APPLICATION (app), NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  g_application_activate (G_APPLICATION (app));
  if (!corro_store_link_clip (corro_application_get_store (app), "ch1-welcome", uri, &error))
    g_error ("%s", error->message);

  programme = corro_programme_library_get_default (corro_application_get_library (app));
  chapter = corro_programme_get_chapter (programme, 1);
  clip_step = prepare_clip_segment (chapter);

  presenter = CORRO_PRESENTER_WINDOW (corro_application_present (app, programme, chapter,
                                                                 "group", "en"));
  presentation = corro_presenter_window_get_presentation (presenter);
  player = corro_presenter_window_get_player (presenter);
  audience_window = GTK_WIDGET (corro_presenter_window_get_audience_window (presenter));
  corro_test_wait_for_draw (GTK_WIDGET (presenter));
  corro_test_wait_for_draw (audience_window);

  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (presenter)), "after-paint",
                    G_CALLBACK (on_after_paint_cb), &presenter_probe);
  g_signal_connect (gtk_widget_get_frame_clock (audience_window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), &audience_probe);
  g_signal_connect (corro_player_get_paintable (player), "invalidate-contents",
                    G_CALLBACK (on_invalidate_cb), &audience_probe);

  printf ("== present: %d runs, 640x360 VP8 clip with sound, presenter and group's windows (in-process)\n",
          runs);
  fflush (stdout);

  for (int run = 0; run < runs; run++)
    {
      /* Back to the first segment, everything settled. */
      gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.first", NULL);
      corro_test_wait_for_draw (GTK_WIDGET (presenter));
      media_test_iterate_for (0.1);

      /* Right → the next segment drawn on the presenter's window. */
      arm (&presenter_probe, TRUE);
      gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
      media_test_wait_until (is_painted, &presenter_probe, 5);
      g_array_append_val (right, (double) { measured_ms (&presenter_probe) });

      /* Right onto the clip → its first frame on the group's window. */
      while (corro_presentation_get_step (presentation) + 1 < clip_step)
        gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
      corro_test_wait_for_draw (GTK_WIDGET (presenter));
      media_test_iterate_for (0.1);
      arm (&audience_probe, FALSE);
      gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
      media_test_wait_until (is_painted, &audience_probe, 10);
      g_array_append_val (load, (double) { measured_ms (&audience_probe) });
      media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED);
      media_test_iterate_for (0.2);

      /* Space → the first new frame on the group's window. */
      arm (&audience_probe, FALSE);
      gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.play-pause", NULL);
      media_test_wait_until (is_painted, &audience_probe, 10);
      g_array_append_val (space, (double) { measured_ms (&audience_probe) });
      gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.play-pause", NULL);
    }

  print_figure ("Right -> next segment drawn (presenter)", right, RIGHT_TARGET_MS);
  print_figure ("Space -> first new frame (group's window)", space, SPACE_TARGET_MS);
  print_figure ("Right onto a clip -> its first frame (group)", load, 0);

  gtk_window_destroy (GTK_WINDOW (presenter));
  corro_test_remove_tree (dir);
  return 0;
}
