/* test-presenter.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presenting chapter 1 in the real application under Xvfb with a generated clip:
 * the keys move between segments, the clip stops by itself at its pause point, the
 * presenter shows the question and the group's window shows only the picture; a clip
 * with three pause points, played with the Space key, stops three times on the right
 * frames (read back from the picture's pixels), with screenshots of both windows.
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-audience-view.h"
#include "corro-chapter.h"
#include "corro-pause-point.h"
#include "corro-player.h"
#include "corro-presentation.h"
#include "corro-presenter-window.h"
#include "corro-presenter-window-private.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-segment.h"
#include "corro-store.h"
#include "corro-video-paintable.h"
#include "corro-test-util.h"
#include "media-test-util.h"
#include "presenter-test-util.h"

#define PAUSE_MS 1200

/* Chapter 1's clip, shortened to the generated file, with the pause points at @points
 * (ms) asking "Question 1", "Question 2"… (Spanish: "Pregunta 1"…). */
static CorroSegment *
prepare_clip_segment_with (CorroChapter *chapter,
                           const gint64 *at_ms,
                           guint         n_points,
                           gint64        clip_out)
{
  CorroSegment *segment = presenter_test_clip_segment (chapter, 0);

  presenter_test_fit_clip (segment, at_ms, n_points, clip_out, "");
  return segment;
}

/* Chapter 1's clip, shortened to the generated file, with one pause point. */
static CorroSegment *
prepare_clip_segment (CorroChapter *chapter)
{
  const gint64 points[] = { PAUSE_MS };
  CorroSegment *segment = prepare_clip_segment_with (chapter, points, 1, 3000);
  g_autoptr(CorroPausePoint) pause_point =
    g_list_model_get_item (corro_segment_get_pause_points (segment), 0);

  corro_pause_point_set_prompt (pause_point, "en", "What did the child need?");
  corro_pause_point_set_prompt (pause_point, "es", "¿Qué necesitaba el niño?");
  return segment;
}

static gboolean
pause_prompt_shown (gpointer data)
{
  return corro_presenter_window_get_pause_prompt (data) != NULL;
}

static void
check_presenting (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *clip = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  CorroApplication *app;
  CorroProgramme *programme;
  CorroChapter *chapter;
  CorroSegment *segment;
  CorroPresenterWindow *presenter;
  CorroPresentation *presentation;
  CorroAudienceView *audience;
  GtkWindow *audience_window;
  const char *prompt_text = g_str_equal (presenter_test_language (), "es") ? "¿Qué necesitaba el niño?"
                                                            : "What did the child need?";

  if (!media_test_have_elements ("vp8enc", "webmmux", "vp8dec", NULL))
    {
      g_test_skip ("VP8 encoding is not available");
      return;
    }

  clip = media_test_make_webm (dir, "welcome.webm", 25, 100);
  uri = g_filename_to_uri (clip, NULL, NULL);

  app = corro_test_start_app (path);
  g_assert_true (corro_store_link_clip (corro_application_get_store (app), "ch1-welcome", uri,
                                        &error));
  g_assert_no_error (error);

  programme = corro_programme_library_get_default (corro_application_get_library (app));
  chapter = corro_programme_get_chapter (programme, 1);
  segment = prepare_clip_segment (chapter);

  presenter = CORRO_PRESENTER_WINDOW (corro_application_present (app, programme, chapter, "group",
                                                                 presenter_test_language ()));
  presentation = corro_presenter_window_get_presentation (presenter);
  audience_window = corro_presenter_window_get_audience_window (presenter);
  audience = CORRO_AUDIENCE_VIEW (corro_presenter_window_get_audience_view (presenter));
  corro_test_wait_for_draw (GTK_WIDGET (presenter));
  corro_test_wait_for_draw (GTK_WIDGET (audience_window));

  /* One monitor under Xvfb: the group's view is an ordinary window, showing the title. */
  g_assert_false (gtk_window_is_fullscreen (audience_window));
  g_assert_true (corro_presentation_is_started (presentation));
  g_assert_cmpstr (corro_audience_view_get_showing (audience), ==, "title");

  /* Right, as a clicker sends it, twice: the clip segment, pre-rolled. */
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  g_assert_true (corro_presentation_get_segment (presentation) == segment);
  g_assert_true (media_test_wait_for_state (corro_presenter_window_get_player (presenter),
                                            CORRO_PLAYER_STATE_PAUSED));
  g_assert_cmpstr (corro_audience_view_get_showing (audience), ==, "clip");

  /* Space plays; the clip stops by itself at its pause point and the presenter asks. */
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.play-pause", NULL);
  media_test_wait_until (pause_prompt_shown, presenter, 10);
  g_assert_cmpstr (corro_presenter_window_get_pause_prompt (presenter), ==, prompt_text);
  g_assert_cmpint (corro_player_get_state (corro_presenter_window_get_player (presenter)), ==,
                   CORRO_PLAYER_STATE_PAUSED);
  corro_test_wait_for_draw (GTK_WIDGET (presenter));
  corro_test_wait_for_draw (GTK_WIDGET (audience_window));

  /* The question is for the facilitator only: nothing of it on the group's screen. */
  g_assert_true (presenter_test_label_shows (GTK_WIDGET (presenter), prompt_text));
  g_assert_false (presenter_test_label_shows (GTK_WIDGET (audience_window), prompt_text));

  name = g_strdup_printf ("presenter-pause-%s.png", presenter_test_language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (presenter), name);
  g_free (name);
  g_free (shot);
  name = g_strdup_printf ("audience-pause-%s.png", presenter_test_language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (audience_window), name);

  /* B blacks out the group's screen, and again brings it back. */
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.black", NULL);
  g_assert_cmpstr (corro_audience_view_get_showing (audience), ==, "black");
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.black", NULL);
  g_assert_cmpstr (corro_audience_view_get_showing (audience), ==, "clip");

  /* W shows the title card. */
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.title-card", NULL);
  g_assert_cmpstr (corro_audience_view_get_showing (audience), ==, "title");
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.title-card", NULL);

  /* Ctrl+Right past the clip, then End: the session is over and its times are kept. */
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next-segment", NULL);
  g_assert_cmpstr (corro_audience_view_get_showing (audience), ==, "title");
  g_object_ref (presentation);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.end", NULL);
  g_assert_false (corro_presentation_is_finished (presentation));
  corro_test_answer_dialog ("end");
  g_assert_true (corro_presentation_is_finished (presentation));
  g_object_unref (presentation);

  corro_test_remove_tree (dir);
}

static gboolean
clip_finished (gpointer data)
{
  CorroPlayer *player = data;

  return corro_player_get_state (player) == CORRO_PLAYER_STATE_FINISHED;
}

/* The last frame that starts before @point_ms, at @fps, the first starting at @first_us. */
static int
frame_before (gint64 point_ms,
              int    fps,
              gint64 first_us)
{
  int n = 0;

  while ((gint64) (n + 1) * G_USEC_PER_SEC / fps < point_ms * 1000 - first_us)
    n++;
  return n;
}

/* Space as the facilitator presses it: a real key through the X server when xdotool is
 * there, else the action the key is bound to. */
static void
press_space (CorroPresenterWindow *presenter)
{
  if (corro_test_has_xdotool ())
    corro_test_xdotool ((const char *[]) { "key", "space", NULL });
  else
    gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.play-pause", NULL);
}

static void
check_three_pause_points (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *clip = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  /* Between frames, not on their edges: 40 ms frames at 25 fps. */
  const gint64 points[] = { 1030, 2150, 3270 };
  const int fps = 25;
  CorroApplication *app;
  CorroProgramme *programme;
  CorroChapter *chapter;
  CorroPresenterWindow *presenter;
  CorroPlayer *player;
  GtkWindow *audience_window;
  GdkPaintable *paintable;
  gint64 first;

  if (!media_test_have_elements ("vp8enc", "webmmux", "vp8dec", NULL))
    {
      g_test_skip ("VP8 encoding is not available");
      return;
    }

  clip = media_test_make_webm (dir, "welcome.webm", fps, 100);
  uri = g_filename_to_uri (clip, NULL, NULL);
  first = media_test_first_frame_time (uri);

  app = corro_test_start_app (path);
  g_assert_true (corro_store_link_clip (corro_application_get_store (app), "ch1-welcome", uri,
                                        &error));
  g_assert_no_error (error);
  programme = corro_programme_library_get_default (corro_application_get_library (app));
  chapter = corro_programme_get_chapter (programme, 1);
  prepare_clip_segment_with (chapter, points, G_N_ELEMENTS (points), 4000);

  presenter = CORRO_PRESENTER_WINDOW (corro_application_present (app, programme, chapter, "group",
                                                                 presenter_test_language ()));
  player = corro_presenter_window_get_player (presenter);
  paintable = corro_player_get_paintable (player);
  audience_window = corro_presenter_window_get_audience_window (presenter);
  corro_test_wait_for_draw (GTK_WIDGET (presenter));
  corro_test_wait_for_draw (GTK_WIDGET (audience_window));
  if (corro_test_has_xdotool ())
    corro_test_focus_window (GTK_WINDOW (presenter));

  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  g_assert_cmpint (media_test_shown_frame (player), ==, 0);

  /* The group's window shows the very picture the presenter's preview shows. */
  {
    g_autoptr(GPtrArray) pictures = corro_test_find_widgets (GTK_WIDGET (audience_window),
                                                             GTK_TYPE_PICTURE);
    gboolean shared = FALSE;

    for (guint i = 0; i < pictures->len; i++)
      shared |= gtk_picture_get_paintable (g_ptr_array_index (pictures, i)) == paintable;
    g_assert_true (shared);
  }

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autofree char *prompt = g_strdup_printf (g_str_equal (presenter_test_language (), "es")
                                                   ? "Pregunta %u" : "Question %u", i + 1);
      int expected = frame_before (points[i], fps, first);
      g_autofree char *name = NULL;
      g_autofree char *shot = NULL;

      press_space (presenter);
      presenter_test_wait_for_prompt (presenter, prompt);
      g_assert_cmpstr (corro_presenter_window_get_pause_prompt (presenter), ==, prompt);
      g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_PAUSED);
      g_assert_cmpint (corro_player_get_position (player), ==, points[i] * 1000);

      /* The frame on screen, read from the picture's pixels: the last one before the
       * pause point, and it stays there. */
      g_test_message ("pause %u at %" G_GINT64_FORMAT " ms: frame %d, expected %d", i + 1,
                      points[i], media_test_shown_frame (player), expected);
      g_assert_cmpint (media_test_shown_frame (player), ==, expected);
      media_test_iterate_for (0.3);
      g_assert_cmpint (media_test_shown_frame (player), ==, expected);

      corro_test_wait_for_draw (GTK_WIDGET (presenter));
      corro_test_wait_for_draw (GTK_WIDGET (audience_window));
      name = g_strdup_printf ("presenter-stop-%u-%s.png", i + 1, presenter_test_language ());
      shot = corro_test_save_screenshot (GTK_WIDGET (presenter), name);
      g_test_message ("screenshot: %s", shot);
      g_free (name);
      g_free (shot);
      name = g_strdup_printf ("audience-stop-%u-%s.png", i + 1, presenter_test_language ());
      shot = corro_test_save_screenshot (GTK_WIDGET (audience_window), name);
      g_test_message ("screenshot: %s", shot);
    }

  /* Space once more: on to the out point, the last frame. */
  press_space (presenter);
  media_test_wait_until (clip_finished, player, 20);
  g_assert_true (clip_finished (player));
  g_assert_cmpint (media_test_shown_frame (player), ==, frame_before (4000, fps, first));

  corro_presenter_window_end (presenter);
  corro_test_remove_tree (dir);
}

static void
test_three_pause_points (void)
{
  presenter_test_run_in_subprocess (check_three_pause_points, 90);
}

/* A clip with English and Spanish sound, presented in Spanish: the Spanish track plays
 * without anyone choosing it; in English, the English one. */
static void
check_sound_language (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *clip_path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  MediaTestClip clip = {
    .width = 320, .height = 240, .fps = 25, .n_frames = 75,
    .video = "vp8enc deadline=1 cpu-used=8", .audio = "vorbisenc", .mux = "matroskamux",
    .n_audio = 2, .languages = { "eng", "spa" },
  };
  CorroApplication *app;
  CorroProgramme *programme;
  CorroChapter *chapter;
  CorroPresenterWindow *presenter;
  CorroPlayer *player;

  if (!media_test_have_elements ("vp8enc", "vorbisenc", "matroskamux", NULL))
    {
      g_test_skip ("VP8, Vorbis or Matroska encoding is not available");
      return;
    }

  clip_path = media_test_make_clip (dir, "welcome.mkv", &clip);
  uri = g_filename_to_uri (clip_path, NULL, NULL);

  app = corro_test_start_app (path);
  g_assert_true (corro_store_link_clip (corro_application_get_store (app), "ch1-welcome", uri,
                                        &error));
  programme = corro_programme_library_get_default (corro_application_get_library (app));
  chapter = corro_programme_get_chapter (programme, 1);
  prepare_clip_segment (chapter);

  presenter = CORRO_PRESENTER_WINDOW (corro_application_present (app, programme, chapter, "group",
                                                                 presenter_test_language ()));
  player = corro_presenter_window_get_player (presenter);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  media_test_iterate_for (0.5);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));

  g_assert_cmpint (corro_player_get_current_audio (player), ==,
                   g_str_equal (presenter_test_language (), "es") ? 1 : 0);

  corro_presenter_window_end (presenter);
  corro_test_remove_tree (dir);
}

static void
test_sound_language (void)
{
  presenter_test_run_in_subprocess (check_sound_language, 90);
}

static guint
subtitle_pixels (CorroPlayer *player)
{
  return media_test_bright_pixels_below (
    corro_video_paintable_get_texture (CORRO_VIDEO_PAINTABLE (corro_player_get_paintable (player))),
    0.6);
}

/* The sound track and subtitles chosen for a clip on the Clips page (kept in the store)
 * are what the presentation plays: a clip with English and Spanish sound and Spanish
 * subtitles inside, the sound chosen against the content language, the subtitles on —
 * both played, the subtitles drawn on the picture the group sees. Subtitles chosen off:
 * none drawn. */
static void
check_chosen_tracks (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *srt = media_test_write_srt (dir, "inside.srt", "Hola");
  g_autofree char *clip_path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  const char *prompt = g_str_equal (presenter_test_language (), "es") ? "¿Qué necesitaba el niño?"
                                                                      : "What did the child need?";
  /* The one the content language would not pick. */
  int chosen_audio = g_str_equal (presenter_test_language (), "es") ? 0 : 1;
  MediaTestClip clip = {
    .width = 320, .height = 240, .fps = 25, .n_frames = 75,
    .video = "vp8enc deadline=1 cpu-used=8", .audio = "vorbisenc", .mux = "matroskamux",
    .n_audio = 2, .languages = { "eng", "spa" }, .waves = { "sine", "silence" },
    .subtitle_srt = srt, .subtitle_language = "spa",
  };
  CorroApplication *app;
  CorroStore *store;
  CorroProgramme *programme;
  CorroChapter *chapter;
  CorroPresenterWindow *presenter;
  CorroPresentation *presentation;
  CorroPlayer *player;
  guint with, without;

  if (!media_test_have_elements ("vp8enc", "vorbisenc", "matroskamux", NULL))
    {
      g_test_skip ("VP8, Vorbis or Matroska encoding is not available");
      return;
    }

  clip_path = media_test_make_clip (dir, "welcome.mkv", &clip);
  uri = g_filename_to_uri (clip_path, NULL, NULL);

  app = corro_test_start_app (path);
  store = corro_application_get_store (app);
  g_assert_true (corro_store_link_clip (store, "ch1-welcome", uri, &error));
  g_assert_true (corro_store_set_clip_tracks (store, "ch1-welcome", chosen_audio, 0, &error));
  g_assert_no_error (error);
  programme = corro_programme_library_get_default (corro_application_get_library (app));
  chapter = corro_programme_get_chapter (programme, 1);
  prepare_clip_segment (chapter);

  presenter = CORRO_PRESENTER_WINDOW (corro_application_present (app, programme, chapter, "group",
                                                                 presenter_test_language ()));
  presentation = corro_presenter_window_get_presentation (presenter);
  player = corro_presenter_window_get_player (presenter);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  media_test_iterate_for (0.5);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  g_assert_cmpint (corro_player_get_current_audio (player), ==, chosen_audio);
  g_assert_cmpint (corro_player_get_current_subtitle (player), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.play-pause", NULL);
  presenter_test_wait_for_prompt (presenter, prompt);
  with = subtitle_pixels (player);
  for (guint i = 0; i < 3 && with <= 50; i++)
    {
      /* On a loaded machine the paused frame may be drawn before its line of text has
       * arrived: draw the same frame again (seeking in place), as the next frame would. */
      corro_player_seek (player, corro_player_get_position (player));
      g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
      media_test_iterate_for (0.5);
      with = subtitle_pixels (player);
    }
  g_assert_cmpint (corro_player_get_current_audio (player), ==, chosen_audio);

  /* Subtitles off on the Clips page: away from the clip and back, none drawn. */
  g_assert_true (corro_store_set_clip_tracks (store, "ch1-welcome", chosen_audio, -1, &error));
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next-segment", NULL);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.previous-segment", NULL);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  media_test_iterate_for (0.5);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  g_assert_cmpint (corro_player_get_position (player), ==, PAUSE_MS * 1000);
  g_assert_cmpint (corro_player_get_current_subtitle (player), ==, -1);
  g_assert_cmpint (corro_player_get_current_audio (player), ==, chosen_audio);
  without = subtitle_pixels (player);
  g_test_message ("bright subtitle pixels at the pause point: on %u, off %u", with, without);
  g_assert_cmpuint (with, >, 50);
  g_assert_cmpuint (without, ==, 0);
  g_assert_cmpuint (corro_presentation_get_step (presentation), >, 0);

  corro_presenter_window_end (presenter);
  corro_test_remove_tree (dir);
}

static void
test_chosen_tracks (void)
{
  presenter_test_run_in_subprocess (check_chosen_tracks, 90);
}

static gboolean
is_playing (gpointer data)
{
  return corro_player_get_state (data) == CORRO_PLAYER_STATE_PLAYING;
}

static gboolean
is_paused (gpointer data)
{
  return corro_player_get_state (data) == CORRO_PLAYER_STATE_PAUSED;
}

/* Where @widget is in its window, in pixels. */
static double
window_y (GtkWidget *widget)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (gtk_widget_get_root (widget)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.y;
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = corro_test_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);

  g_assert_not_reached ();
}

#define CLICKER_FPS 10
#define CLICKER_POINT_MS 5000
#define CLICKER_OUT_MS 16000

/* A clip stepped with a clicker's keys alone: Page Down while it plays pauses it and
 * stays; a second press within two seconds leaves; going back finds it where it
 * stopped, on the same frame; J/L and Shift+arrows seek by 10 s; at its end Page Down
 * goes on; Ctrl+Right leaves at once. Nothing in the presenter moves when the clip
 * stops at its question. */
static void
check_clicker (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *clip = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 points[] = { CLICKER_POINT_MS };
  const char *question = g_str_equal (presenter_test_language (), "es") ? "Pregunta 1" : "Question 1";
  CorroApplication *app;
  CorroProgramme *programme;
  CorroChapter *chapter;
  CorroSegment *segment;
  CorroPresenterWindow *presenter;
  CorroPresentation *presentation;
  CorroPlayer *player;
  GtkWidget *play_button;
  GtkWidget *prompt_label;
  double transport_y, question_y, prompt_y;
  guint clip_step;
  gint64 first, paused_at;

  if (!media_test_have_elements ("vp8enc", "webmmux", "vp8dec", NULL))
    {
      g_test_skip ("VP8 encoding is not available");
      return;
    }
  clip = media_test_make_webm (dir, "welcome.webm", CLICKER_FPS, 170);
  uri = g_filename_to_uri (clip, NULL, NULL);
  first = media_test_first_frame_time (uri);

  app = corro_test_start_app (path);
  /* (Known only once GTK has its display.) */
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("xdotool is not installed: the clicker's keys cannot be pressed");
      return;
    }
  g_assert_true (corro_store_link_clip (corro_application_get_store (app), "ch1-welcome", uri,
                                        &error));
  g_assert_no_error (error);
  programme = corro_programme_library_get_default (corro_application_get_library (app));
  chapter = corro_programme_get_chapter (programme, 1);
  segment = prepare_clip_segment_with (chapter, points, 1, CLICKER_OUT_MS);

  presenter = CORRO_PRESENTER_WINDOW (corro_application_present (app, programme, chapter, "group",
                                                                 presenter_test_language ()));
  gtk_window_set_default_size (GTK_WINDOW (presenter), 1366, 768);
  presentation = corro_presenter_window_get_presentation (presenter);
  player = corro_presenter_window_get_player (presenter);
  corro_test_wait_for_draw (GTK_WIDGET (presenter));
  corro_test_focus_window (GTK_WINDOW (presenter));
  play_button = find_action_button (GTK_WIDGET (presenter), "presenter.play-pause");
  prompt_label = GTK_WIDGET (presenter->prompt_label);

  /* Page Down to the clip (the parts before have no clip, so one press each). */
  for (clip_step = 0; corro_presentation_get_segment (presentation) != segment; clip_step++)
    {
      presenter_test_press_key ("Next");
      presenter_test_wait_for_step (presentation, clip_step + 1);
    }
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  media_test_iterate_for (0.3);
  corro_test_wait_for_draw (GTK_WIDGET (presenter));
  transport_y = window_y (play_button);
  question_y = window_y (GTK_WIDGET (presenter->pause_prompt));
  prompt_y = window_y (prompt_label);

  /* Page Down plays; 2.5 s later, while it plays, Page Down pauses: still the clip. */
  presenter_test_press_key ("Next");
  media_test_wait_until (is_playing, player, 10);
  g_assert_true (is_playing (player));
  media_test_iterate_for (2.5);
  g_assert_true (is_playing (player));
  presenter_test_press_key ("Next");
  media_test_wait_until (is_paused, player, 10);
  g_assert_true (is_paused (player));
  g_assert_cmpuint (corro_presentation_get_step (presentation), ==, clip_step);
  g_assert_cmpint (corro_player_get_position (player), <, CLICKER_POINT_MS * 1000);
  g_assert_true (presenter_test_label_shows (GTK_WIDGET (presenter),
                              g_str_equal (presenter_test_language (), "es") ? "Presione otra vez para salir del video"
                                                              : "Press again to leave the clip"));
  paused_at = corro_player_get_position (player);
  g_test_message ("Page Down while playing: paused at %" G_GINT64_FORMAT " µs, same segment",
                  paused_at);

  /* After the two seconds, Page Down plays on to the pause point and its question. */
  media_test_iterate_for (2.3);
  g_assert_cmpuint (corro_presentation_get_step (presentation), ==, clip_step);
  presenter_test_press_key ("Next");
  presenter_test_wait_for_prompt (presenter, question);
  g_assert_cmpstr (corro_presenter_window_get_pause_prompt (presenter), ==, question);
  g_assert_cmpint (corro_player_get_position (player), ==, CLICKER_POINT_MS * 1000);
  corro_test_wait_for_draw (GTK_WIDGET (presenter));

  /* The question appeared: the transport, the question's place and the segment's own
   * question below it have not moved by a pixel. */
  g_test_message ("transport y %.0f → %.0f, question %.0f → %.0f, prompt %.0f → %.0f",
                  transport_y, window_y (play_button), question_y,
                  window_y (GTK_WIDGET (presenter->pause_prompt)), prompt_y,
                  window_y (prompt_label));
  g_assert_cmpfloat (window_y (play_button), ==, transport_y);
  g_assert_cmpfloat (window_y (GTK_WIDGET (presenter->pause_prompt)), ==, question_y);
  g_assert_cmpfloat (window_y (prompt_label), ==, prompt_y);
  g_assert_true (presenter_test_label_shows (GTK_WIDGET (presenter), question));

  name = g_strdup_printf ("presenter-clicker-pause-%s.png", presenter_test_language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (presenter), name);
  g_test_message ("screenshot: %s", shot);

  /* Two quick presses, as a facilitator who means it: the next segment. */
  media_test_iterate_for (2.3);
  corro_test_xdotool ((const char *[]) { "key", "--delay", "150", "Next", "Next", NULL });
  presenter_test_wait_for_step (presentation, clip_step + 1);

  /* Page Up: back to the clip, at its pause point, on the same frame, question shown. */
  presenter_test_press_key ("Prior");
  presenter_test_wait_for_step (presentation, clip_step);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  media_test_iterate_for (0.3);
  g_assert_cmpint (corro_player_get_position (player), ==, CLICKER_POINT_MS * 1000);
  g_assert_cmpint (ABS (media_test_shown_frame (player) -
                        frame_before (CLICKER_POINT_MS, CLICKER_FPS, first)), <=, 1);
  g_assert_cmpstr (corro_presenter_window_get_pause_prompt (presenter), ==, question);

  /* L and Shift+Right forward 10 s, J and Shift+Left back. */
  presenter_test_press_key ("l");
  media_test_iterate_for (0.5);
  g_assert_cmpint (corro_player_get_position (player), ==, (CLICKER_POINT_MS + 10000) * 1000);
  g_assert_null (corro_presenter_window_get_pause_prompt (presenter));
  presenter_test_press_key ("j");
  media_test_iterate_for (0.5);
  g_assert_cmpint (corro_player_get_position (player), ==, CLICKER_POINT_MS * 1000);
  presenter_test_press_key ("shift+Right");
  media_test_iterate_for (0.5);
  g_assert_cmpint (corro_player_get_position (player), ==, (CLICKER_POINT_MS + 10000) * 1000);
  g_assert_cmpuint (corro_presentation_get_step (presentation), ==, clip_step);

  /* Page Down plays the last second to the out point; then Page Down goes on. */
  presenter_test_press_key ("Next");
  media_test_wait_until (clip_finished, player, 20);
  g_assert_true (clip_finished (player));
  g_assert_cmpuint (corro_presentation_get_step (presentation), ==, clip_step);
  media_test_iterate_for (2.3);
  presenter_test_press_key ("Next");
  presenter_test_wait_for_step (presentation, clip_step + 1);

  /* Back, J to 5 s, Space plays, Ctrl+Right: the next segment at once. */
  presenter_test_press_key ("ctrl+Left");
  presenter_test_wait_for_step (presentation, clip_step);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  presenter_test_press_key ("shift+Left");
  media_test_iterate_for (0.5);
  presenter_test_press_key ("space");
  media_test_wait_until (is_playing, player, 10);
  presenter_test_press_key ("ctrl+Right");
  presenter_test_wait_for_step (presentation, clip_step + 1);

  corro_presenter_window_end (presenter);
  corro_test_remove_tree (dir);
}

static void
test_clicker (void)
{
  presenter_test_run_in_subprocess (check_clicker, 90);
}

/* The timers: the time left counts down from the real start to the group's session
 * length (not the plan's total), an overrun is said in words, T pauses and resumes
 * them, Ctrl+R restarts them; during a break the group's screen says when it is back. */
static void
check_timers (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *over = NULL;
  g_autofree char *elapsed = NULL;
  g_autofree char *name = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_later = NULL;
  g_autoptr(CorroSegment) first = NULL;
  gboolean es = g_str_equal (presenter_test_language (), "es");
  CorroApplication *app;
  CorroProgramme *programme;
  CorroChapter *chapter;
  CorroPresenterWindow *presenter;
  CorroPresentation *presentation;
  CorroAudienceView *audience;
  GtkWindow *audience_window;
  guint break_step = G_MAXUINT;
  guint minutes = 0;

  app = corro_test_start_app (path);
  programme = corro_programme_library_get_default (corro_application_get_library (app));
  chapter = corro_programme_get_chapter (programme, 1);
  /* The plan now adds up to 7 minutes more than the 2-hour group. */
  first = g_list_model_get_item (corro_chapter_get_segments (chapter), 0);
  corro_segment_set_minutes (first, "group", corro_segment_get_minutes (first, "group") + 7);
  g_assert_cmpuint (corro_chapter_get_total_minutes (chapter, "group"), !=, 120);

  presenter = CORRO_PRESENTER_WINDOW (corro_application_present (app, programme, chapter, "group",
                                                                 presenter_test_language ()));
  gtk_window_set_default_size (GTK_WINDOW (presenter), 1366, 768);
  presentation = corro_presenter_window_get_presentation (presenter);
  audience_window = corro_presenter_window_get_audience_window (presenter);
  audience = CORRO_AUDIENCE_VIEW (corro_presenter_window_get_audience_view (presenter));
  corro_test_wait_for_draw (GTK_WIDGET (presenter));
  if (corro_test_has_xdotool ())
    corro_test_focus_window (GTK_WINDOW (presenter));

  /* Left: the 120 minutes from the real start, a second or two gone. */
  _corro_presenter_window_update_clock (presenter);
  text = g_strdup (gtk_label_get_label (presenter->left_label));
  g_test_message ("%s", text);
  g_assert_true (g_str_equal (text, es ? "Quedan 2:00:00" : "Left 2:00:00") ||
                 g_str_has_prefix (text, es ? "Quedan 1:59:" : "Left 1:59:"));

  /* Over time, in words. */
  over = _corro_presenter_window_format_over (5 * 60 * G_USEC_PER_SEC + 20 * G_USEC_PER_SEC);
  g_assert_cmpstr (over, ==, es ? "5 min de más" : "5 min over");
  g_clear_pointer (&over, g_free);
  over = _corro_presenter_window_format_over (20 * G_USEC_PER_SEC);
  g_assert_cmpstr (over, ==, es ? "Menos de un minuto de más" : "Less than a minute over");
  /* A 1-minute session two seconds after it started ends within the minute; with none
   * the plan's total is used. */
  corro_presentation_set_session_minutes (presentation, 0);
  _corro_presenter_window_update_clock (presenter);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (presenter->left_label),
                                   es ? "Quedan 2:06:" : "Left 2:06:") ||
                 g_str_has_suffix (gtk_label_get_label (presenter->left_label), "2:07:00"));
  corro_presentation_set_session_minutes (presentation, 120);

  /* T pauses the timers: the elapsed time stands still; T again runs them. */
  if (corro_test_has_xdotool ())
    presenter_test_press_key ("t");
  else
    gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.pause-timers", NULL);
  media_test_iterate_for (0.3);
  g_assert_true (corro_presentation_get_timers_paused (presentation));
  elapsed = g_strdup (gtk_label_get_label (presenter->elapsed_label));
  media_test_iterate_for (1.6);
  g_assert_cmpstr (gtk_label_get_label (presenter->elapsed_label), ==, elapsed);
  g_assert_true (presenter_test_label_shows (GTK_WIDGET (presenter), es ? "_Reanudar cronómetros"
                                                         : "_Resume Timers"));
  if (corro_test_has_xdotool ())
    presenter_test_press_key ("t");
  else
    gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.pause-timers", NULL);
  media_test_iterate_for (1.6);
  g_assert_false (corro_presentation_get_timers_paused (presentation));
  g_assert_cmpstr (gtk_label_get_label (presenter->elapsed_label), !=, elapsed);

  /* Ctrl+R: the session starts now. */
  if (corro_test_has_xdotool ())
    presenter_test_press_key ("ctrl+r");
  else
    gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.restart-timers", NULL);
  media_test_iterate_for (0.3);
  _corro_presenter_window_update_clock (presenter);
  g_assert_cmpstr (gtk_label_get_label (presenter->elapsed_label), ==,
                   es ? "Transcurrido 0:00" : "Elapsed 0:00");
  g_assert_true (g_str_equal (gtk_label_get_label (presenter->left_label),
                              es ? "Quedan 2:00:00" : "Left 2:00:00") ||
                 g_str_has_prefix (gtk_label_get_label (presenter->left_label),
                                   es ? "Quedan 1:59:5" : "Left 1:59:5"));

  /* The break: the group's screen says when the session goes on. */
  for (guint i = 0; i < corro_presentation_get_n_steps (presentation); i++)
    if (corro_segment_get_kind (corro_presentation_get_step_segment (presentation, i)) ==
        CORRO_SEGMENT_BREAK)
      {
        break_step = i;
        minutes = corro_segment_get_minutes (corro_presentation_get_step_segment (presentation, i),
                                             "group");
        break;
      }
  g_assert_cmpuint (break_step, !=, G_MAXUINT);
  corro_presentation_go_to (presentation, break_step, g_get_monotonic_time ());
  g_assert_cmpstr (corro_audience_view_get_showing (audience), ==, "break");
  g_clear_pointer (&text, g_free);
  text = corro_audience_view_dup_break_text (audience);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) back = g_date_time_add_seconds (now, minutes * 60 + 30);
    g_autoptr(GDateTime) later = g_date_time_add_minutes (back, 1);
    g_autofree char *at = g_date_time_format (back, "%H:%M");
    g_autofree char *at_later = g_date_time_format (later, "%H:%M");

    expected = g_strdup_printf (es ? "Regresamos a las %s" : "Back at %s", at);
    expected_later = g_strdup_printf (es ? "Regresamos a las %s" : "Back at %s", at_later);
  }
  g_test_message ("the group's screen: %s", text);
  g_assert_true (strstr (text, expected) != NULL || strstr (text, expected_later) != NULL);
  g_assert_true (presenter_test_label_shows (GTK_WIDGET (audience_window), expected) ||
                 presenter_test_label_shows (GTK_WIDGET (audience_window), expected_later));
  /* Nothing of the presenter's on it. */
  g_assert_false (presenter_test_label_shows (GTK_WIDGET (audience_window), es ? "Transcurrido" : "Elapsed"));

  /* The next-line says "Break" once. */
  corro_presentation_go_to (presentation, break_step - 1, g_get_monotonic_time ());
  g_assert_false (presenter_test_label_shows (GTK_WIDGET (presenter), es ? "Descanso · Descanso"
                                                          : "Break · Break"));
  corro_presentation_go_to (presentation, break_step, g_get_monotonic_time ());

  corro_test_wait_for_draw (GTK_WIDGET (presenter));
  corro_test_wait_for_draw (GTK_WIDGET (audience_window));
  name = g_strdup_printf ("presenter-break-%s.png", presenter_test_language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (presenter), name);
  g_test_message ("screenshot: %s", shot);
  g_free (name);
  g_free (shot);
  name = g_strdup_printf ("audience-break-%s.png", presenter_test_language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (audience_window), name);
  g_test_message ("screenshot: %s", shot);

  /* Leaving the break: the group sees the title card again. */
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next-segment", NULL);
  g_assert_cmpstr (corro_audience_view_get_showing (audience), !=, "break");

  corro_presenter_window_end (presenter);
  corro_test_remove_tree (dir);
}

static void
test_timers (void)
{
  presenter_test_run_in_subprocess (check_timers, 90);
}

/* The session's overview: O opens it on the current part, Down and Enter go to another. */
static void
check_overview (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  CorroApplication *app;
  CorroProgramme *programme;
  CorroChapter *chapter;
  CorroPresenterWindow *presenter;
  CorroPresentation *presentation;

  app = corro_test_start_app (path);
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("xdotool is not installed");
      return;
    }
  programme = corro_programme_library_get_default (corro_application_get_library (app));
  chapter = corro_programme_get_chapter (programme, 2);
  presenter = CORRO_PRESENTER_WINDOW (corro_application_present (app, programme, chapter, "group",
                                                                 presenter_test_language ()));
  presentation = corro_presenter_window_get_presentation (presenter);
  corro_test_wait_for_draw (GTK_WIDGET (presenter));
  corro_test_focus_window (GTK_WINDOW (presenter));

  presenter_test_press_key ("o");
  media_test_iterate_for (0.5);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (presenter->overview)));
  g_assert_cmpint (gtk_list_box_row_get_index (
                     GTK_LIST_BOX_ROW (gtk_widget_get_focus_child (
                       GTK_WIDGET (corro_session_overview_get_list (presenter->overview))))),
                   ==, 0);
  presenter_test_press_key ("Down");
  presenter_test_press_key ("Down");
  presenter_test_press_key ("Down");
  presenter_test_press_key ("Return");
  presenter_test_wait_for_step (presentation, 3);
  media_test_iterate_for (0.3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (presenter->overview)));

  /* The keys are the presenter's again. */
  presenter_test_press_key ("Left");
  presenter_test_wait_for_step (presentation, 2);

  corro_presenter_window_end (presenter);
  corro_test_remove_tree (dir);
}

static void
test_overview (void)
{
  presenter_test_run_in_subprocess (check_overview, 90);
}

static void
test_presenting (void)
{
  presenter_test_run_in_subprocess (check_presenting, 90);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  corro_test_init (&argc, &argv);

  g_test_add_func ("/presenter/chapter-1-with-a-clip", test_presenting);
  g_test_add_func ("/presenter/sound-in-the-content-language", test_sound_language);
  g_test_add_func ("/presenter/tracks-chosen-on-the-clips-page", test_chosen_tracks);
  g_test_add_func ("/presenter/three-pause-points-on-the-right-frames", test_three_pause_points);
  g_test_add_func ("/presenter/a-clicker-steps-through-a-clip", test_clicker);
  g_test_add_func ("/presenter/timers", test_timers);
  g_test_add_func ("/presenter/session-overview", test_overview);

  return g_test_run ();
}
