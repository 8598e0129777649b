/* test-presenter-end.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ending a presentation, in the real application under Xvfb with a generated clip:
 * ending while a clip plays asks first and ends cleanly (any GLib/GTK CRITICAL or
 * WARNING fails the test); Esc and the window's close button always ask, and the
 * default answer keeps presenting; an ended session can be resumed where it stopped.
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-chapter.h"
#include "corro-pause-point.h"
#include "corro-player.h"
#include "corro-presentation.h"
#include "corro-presenter-window.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-segment.h"
#include "corro-store.h"
#include "corro-test-util.h"
#include "media-test-util.h"

#define PAUSE_MS 1200

typedef struct
{
  char                 *dir;
  CorroApplication     *app;
  CorroProgramme       *programme;
  CorroChapter         *chapter;
  CorroSegment         *clip_segment;
  CorroPresenterWindow *presenter;
} Fixture;

static const char *
language (void)
{
  const char *value = g_getenv ("LANGUAGE");

  return value != NULL && g_str_has_prefix (value, "es") ? "es" : "en";
}

/* Chapter 1's clip segment, shortened to the generated 4-second file, with one pause
 * point at PAUSE_MS. */
static CorroSegment *
prepare_clip_segment (CorroChapter *chapter)
{
  GListModel *segments = corro_chapter_get_segments (chapter);

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);
      GListModel *points = corro_segment_get_pause_points (segment);
      g_autoptr(CorroPausePoint) pause_point = NULL;

      if (corro_segment_get_kind (segment) != CORRO_SEGMENT_CLIP)
        continue;

      while (g_list_model_get_n_items (points) > 0)
        {
          g_autoptr(CorroPausePoint) old = g_list_model_get_item (points, 0);

          corro_segment_remove_pause_point (segment, old);
        }
      corro_segment_set_clip_in (segment, 0);
      corro_segment_set_clip_out (segment, 3500);
      pause_point = corro_pause_point_new (PAUSE_MS);
      corro_pause_point_set_prompt (pause_point, "en", "What did the child need?");
      corro_pause_point_set_prompt (pause_point, "es", "¿Qué necesitaba el niño?");
      corro_segment_add_pause_point (segment, pause_point);
      return segment;
    }

  g_assert_not_reached ();
}

static gboolean
fixture_start (Fixture *fixture)
{
  g_autofree char *path = NULL;
  g_autofree char *clip = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;

  if (!media_test_have_elements ("vp8enc", "webmmux", "vp8dec", NULL))
    {
      g_test_skip ("VP8 encoding is not available");
      return FALSE;
    }

  fixture->dir = corro_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "corro.db", NULL);
  clip = media_test_make_webm (fixture->dir, "welcome.webm", 25, 100);
  uri = g_filename_to_uri (clip, NULL, NULL);

  fixture->app = corro_test_start_app (path);
  g_assert_true (corro_store_link_clip (corro_application_get_store (fixture->app), "ch1-welcome",
                                        uri, &error));
  g_assert_no_error (error);
  fixture->programme = corro_programme_library_get_default (
    corro_application_get_library (fixture->app));
  fixture->chapter = corro_programme_get_chapter (fixture->programme, 1);
  fixture->clip_segment = prepare_clip_segment (fixture->chapter);
  return TRUE;
}

static void
fixture_present (Fixture *fixture)
{
  fixture->presenter = CORRO_PRESENTER_WINDOW (
    corro_application_present (fixture->app, fixture->programme, fixture->chapter, "group",
                               language ()));
  corro_test_wait_for_draw (GTK_WIDGET (fixture->presenter));
}

static void
fixture_stop (Fixture *fixture)
{
  corro_test_stop_app (fixture->app);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Goes on to the clip and waits until it shows its first frame. */
static void
go_to_clip (Fixture *fixture)
{
  CorroPresentation *presentation = corro_presenter_window_get_presentation (fixture->presenter);

  while (corro_presentation_get_segment (presentation) != fixture->clip_segment)
    gtk_widget_activate_action (GTK_WIDGET (fixture->presenter), "presenter.next", NULL);
  g_assert_true (media_test_wait_for_state (corro_presenter_window_get_player (fixture->presenter),
                                            CORRO_PLAYER_STATE_PAUSED));
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  GtkWindow *dialog = corro_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

/* Clicks the dialog's button for @response, as the mouse would. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  g_autoptr(GPtrArray) buttons = corro_test_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_button_get_label (button), label) == 0)
        {
          g_signal_emit_by_name (button, "clicked");
          return;
        }
    }

  g_error ("No button “%s” in the dialog", label);
}

static void
settle (void)
{
  media_test_iterate_for (0.3);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A clip playing, End: the dialog asks; ending through it stops the clip and closes
 * both windows with nothing printed (g_test_init makes every CRITICAL fatal). */
static void
check_end_while_playing (void)
{
  Fixture fixture = { 0 };
  CorroPlayer *player;
  AdwMessageDialog *dialog;
  g_autoptr(CorroPresentation) presentation = NULL;
  g_autofree char *shot = NULL;

  if (!fixture_start (&fixture))
    return;
  fixture_present (&fixture);
  presentation = g_object_ref (corro_presenter_window_get_presentation (fixture.presenter));
  player = corro_presenter_window_get_player (fixture.presenter);
  go_to_clip (&fixture);

  gtk_widget_activate_action (GTK_WIDGET (fixture.presenter), "presenter.play-pause", NULL);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PLAYING));
  gtk_widget_activate_action (GTK_WIDGET (fixture.presenter), "presenter.end", NULL);
  dialog = wait_for_dialog ();
  shot = corro_test_save_screenshot (GTK_WIDGET (dialog), "presenter-end-playing");
  g_test_message ("screenshot: %s", shot);
  g_assert_false (corro_presentation_is_finished (presentation));

  click_response (dialog, _("_End Session"));
  settle ();
  g_assert_true (corro_presentation_is_finished (presentation));
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW));
  g_assert_null (corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  fixture_stop (&fixture);
}

static void
run_in_subprocess (void (*check) (void))
{
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 90 * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  /* Every CRITICAL and WARNING, of any domain, fails the test. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  check ();
}

static void
test_end_while_playing (void)
{
  run_in_subprocess (check_end_while_playing);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presenter-end/end-while-a-clip-plays", test_end_while_playing);

  return g_test_run ();
}
