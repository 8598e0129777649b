/* test-presenter-journey.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole of a group's session, as a facilitator with a clicker presents it, in the
 * real application under Xvfb: chapter 1 with two clips (generated VP8 files) and four
 * pause points, two per clip, for a group whose session is planned for tomorrow.
 *
 * From the group's page, Present first meets the pre-flight check: the second clip's
 * file is shorter than its last pause point, and is listed; once a long enough file is
 * linked Present opens the presenter at once. Then only a clicker's keys, through the X
 * server: Page Down from the first welcome to the last part, Page Up, B for black, Esc
 * to end. At every step the presenter shows the part, the clip's position at each pause
 * point and its question; the group's window never shows anything private; no press
 * leaves a clip by accident; Page Up back into a clip finds it where it stopped. At the
 * end the session is recorded as held today (Enter in the confirmation) and the group's
 * page says so at once. Screenshots of each moment, in the language of the run.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-audience-view.h"
#include "corro-chapter.h"
#include "corro-clip-check.h"
#include "corro-group.h"
#include "corro-group-page.h"
#include "corro-held-dialog.h"
#include "corro-pause-point.h"
#include "corro-player.h"
#include "corro-preflight-dialog.h"
#include "corro-presentation.h"
#include "corro-presenter-window.h"
#include "corro-presenter-window-private.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-segment.h"
#include "corro-session.h"
#include "corro-store.h"
#include "corro-window.h"
#include "corro-test-util.h"
#include "media-test-util.h"
#include "presenter-test-util.h"

#define FPS 10
#define MS 1000
/* The first clip: questions at 1 s and 3 s, out at 5 s of an 8-second file. */
#define A1_MS 1000
#define A2_MS 3000
#define A_OUT_MS 5000
/* The second: questions at 1 s and 3 s, played to the file's end (4 s; 1.5 s at first). */
#define B1_MS 1000
#define B2_MS 3000
#define B_END_MS 4000
/* Where the second clip goes in chapter 1's plan (after the first clip and a part). */
#define B_POSITION 4

typedef struct
{
  CorroApplication     *app;
  CorroWindow          *window;
  CorroGroup           *group;
  CorroSession         *session;
  CorroChapter         *chapter;
  CorroSegment         *clip_a;
  CorroSegment         *clip_b;
  CorroPresenterWindow *presenter;
  CorroPresentation    *presentation;
  CorroPlayer          *player;
  CorroAudienceView    *audience;
  GtkWindow            *audience_window;
  GPtrArray            *private_texts;   /* what the group may never see */
} Journey;

static gboolean
is_es (void)
{
  return g_str_equal (presenter_test_language (), "es");
}

static void
add_private (Journey    *journey,
             const char *text)
{
  if (text != NULL && text[0] != '\0')
    g_ptr_array_add (journey->private_texts, g_strdup (text));
}

/* Everything of the facilitator's: each part's prompt and notes, each question, the
 * group's name. */
static void
collect_private_texts (Journey *journey)
{
  GListModel *segments = corro_chapter_get_segments (journey->chapter);
  const char *language = presenter_test_language ();

  journey->private_texts = g_ptr_array_new_with_free_func (g_free);
  add_private (journey, corro_group_get_name (journey->group));
  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);
      GListModel *points = corro_segment_get_pause_points (segment);

      add_private (journey, corro_segment_get_prompt (segment, language));
      add_private (journey, corro_segment_get_notes (segment, language));
      for (guint j = 0; j < g_list_model_get_n_items (points); j++)
        {
          g_autoptr(CorroPausePoint) point = g_list_model_get_item (points, j);

          add_private (journey, corro_pause_point_get_prompt (point, language));
        }
    }
}

/* The group's window shows @showing and nothing private: none of the facilitator's
 * words, nor what the presenter's own labels say now (step, hint, timers). */
static void
assert_audience (Journey    *journey,
                 const char *showing)
{
  GtkWidget *audience = GTK_WIDGET (journey->audience_window);
  CorroPresenterWindow *presenter = journey->presenter;
  GtkLabel *presenter_labels[] = {
    presenter->step_label, presenter->hint_label, presenter->elapsed_label,
    presenter->left_label, presenter->clip_info_label, presenter->pause_heading,
  };

  g_assert_cmpstr (corro_audience_view_get_showing (journey->audience), ==, showing);
  for (guint i = 0; i < journey->private_texts->len; i++)
    if (presenter_test_label_shows (audience, g_ptr_array_index (journey->private_texts, i)))
      g_error ("The group's window shows “%s”",
               (char *) g_ptr_array_index (journey->private_texts, i));
  for (guint i = 0; i < G_N_ELEMENTS (presenter_labels); i++)
    {
      const char *text = gtk_label_get_label (presenter_labels[i]);

      if (text[0] != '\0' && presenter_test_label_shows (audience, text))
        g_error ("The group's window shows the presenter's “%s”", text);
    }
}

/* The presenter shows step @step of the plan: "N of M · Kind" and the part's title. */
static void
assert_step (Journey *journey,
             guint    step)
{
  CorroSegment *segment;
  g_autofree char *expected = NULL;

  presenter_test_wait_for_step (journey->presentation, step);
  segment = corro_presentation_get_step_segment (journey->presentation, step);
  expected = g_strdup_printf (is_es () ? "%u de %u · %s" : "%u of %u · %s", step + 1,
                              corro_presentation_get_n_steps (journey->presentation),
                              corro_segment_kind_get_label (corro_segment_get_kind (segment)));
  g_assert_cmpstr (gtk_label_get_label (journey->presenter->step_label), ==, expected);
  g_assert_cmpstr (gtk_label_get_label (journey->presenter->segment_title), ==,
                   corro_segment_get_title (segment, presenter_test_language ()));
}

static void
page_down (void)
{
  presenter_test_press_key ("Next");
}

static void
page_up (void)
{
  presenter_test_press_key ("Prior");
}

typedef struct
{
  CorroAudienceView *audience;
  const char        *showing;
} ShowingWait;

static gboolean
audience_shows (gpointer data)
{
  ShowingWait *wait = data;

  return g_strcmp0 (corro_audience_view_get_showing (wait->audience), wait->showing) == 0;
}

static void
wait_for_audience (Journey    *journey,
                   const char *showing)
{
  ShowingWait wait = { journey->audience, showing };

  media_test_wait_until (audience_shows, &wait, PRESENTER_TEST_WAIT_SECONDS);
}

/* Arrived at a clip's step: it is ready, paused at @position_ms, with the question of
 * pause point @index (from 0) on the presenter when @at_pause_point, or else the next
 * one's, dim. */
static void
assert_clip_ready (Journey *journey,
                   gint64   position_ms,
                   int      shown_question,
                   gboolean at_pause_point,
                   const char *label)
{
  g_autofree char *question = presenter_test_question (label, shown_question);

  g_assert_true (media_test_wait_for_state (journey->player, CORRO_PLAYER_STATE_PAUSED));
  media_test_iterate_for (0.3);
  g_assert_cmpint (corro_player_get_state (journey->player), ==, CORRO_PLAYER_STATE_PAUSED);
  g_assert_cmpint (corro_player_get_position (journey->player), ==, position_ms * MS);
  g_assert_cmpstr (gtk_label_get_label (journey->presenter->pause_prompt), ==, question);
  if (at_pause_point)
    g_assert_cmpstr (corro_presenter_window_get_pause_prompt (journey->presenter), ==, question);
  else
    g_assert_null (corro_presenter_window_get_pause_prompt (journey->presenter));
  wait_for_audience (journey, "clip");
  assert_audience (journey, "clip");
}

/* Page Down at a pause point (or the clip's start): the clip plays on to pause point
 * @index, stops on it exactly and asks its question; nothing else moves. */
static void
play_to_pause_point (Journey    *journey,
                     guint       step,
                     const char *label,
                     guint       index,
                     gint64      at_ms,
                     guint       n_points)
{
  g_autofree char *question = presenter_test_question (label, index);
  g_autofree char *heading = g_strdup_printf (_("Pause point %d of %u · ask the group:"),
                                              (int) index + 1, n_points);
  g_autofree char *time = g_strdup_printf ("0:%02d / ", (int) (at_ms / 1000));

  page_down ();
  presenter_test_wait_for_prompt (journey->presenter, question);
  g_assert_cmpuint (corro_presentation_get_step (journey->presentation), ==, step);
  g_assert_cmpint (corro_player_get_position (journey->player), ==, at_ms * MS);
  g_assert_cmpstr (gtk_label_get_label (journey->presenter->pause_heading), ==, heading);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (journey->presenter->position_label), time));
  g_assert_true (presenter_test_label_shows (GTK_WIDGET (journey->presenter), question));
  assert_audience (journey, "clip");
  g_test_message ("step %u: stopped at %s (%s)", step + 1, time, question);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autofree char *shot = NULL;

  corro_test_wait_for_draw (widget);
  shot = corro_test_save_screenshot (widget, name);
  g_test_message ("screenshot: %s", shot);
}

static gboolean
preflight_listed (gpointer data)
{
  GtkWindow *dialog = corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG);

  return dialog != NULL && !corro_preflight_dialog_is_checking (CORRO_PREFLIGHT_DIALOG (dialog));
}

static gboolean
presenter_open (gpointer data)
{
  return corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW) != NULL;
}

static gboolean
preflight_gone (gpointer data)
{
  return corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG) == NULL;
}

static void
present_from_group_page (Journey *journey)
{
  gtk_widget_activate_action (corro_window_get_group_page (journey->window), "group.present",
                              "x", corro_session_get_id (journey->session));
}

/* Pre-flight, from the group's page: the second clip's 1.5-second file ends before its
 * pause point at 0:03, and is listed before anything starts; Cancel. With the 4-second
 * file linked, Present opens the presenter at once. */
static void
preflight (Journey    *journey,
           const char *long_uri)
{
  CorroPreflightDialog *dialog;
  CorroClipCheck *check;
  g_autoptr(GError) error = NULL;
  const char *message;

  present_from_group_page (journey);
  media_test_wait_until (preflight_listed, NULL, 60);
  dialog = CORRO_PREFLIGHT_DIALOG (corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG));
  g_assert_nonnull (dialog);
  check = corro_preflight_dialog_get_check (dialog);
  g_assert_cmpuint (corro_clip_check_get_n_clips (check), ==, 2);
  g_assert_cmpuint (corro_clip_check_get_n_problems (check), ==, 1);
  for (guint i = 0; i < corro_clip_check_get_n_clips (check); i++)
    if (corro_clip_check_get_result (check, i) != CORRO_CLIP_CHECK_READY)
      {
        g_assert_cmpint (corro_clip_check_get_result (check, i), ==, CORRO_CLIP_CHECK_TOO_SHORT);
        message = corro_clip_check_get_message (check, i);
        g_test_message ("pre-flight: %s", message);
        /* The file's length and the pause point, each for what it is. */
        g_assert_nonnull (strstr (message, "0:01.5"));
        g_assert_nonnull (strstr (message, "0:03.00"));
      }
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW));
  screenshot (GTK_WIDGET (dialog), "journey-preflight");
  /* Esc: Cancel, nothing starts. */
  g_assert_cmpstr (adw_message_dialog_get_close_response (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "cancel");
  corro_test_focus_window (GTK_WINDOW (dialog));
  presenter_test_press_key ("Escape");
  media_test_wait_until (preflight_gone, NULL, PRESENTER_TEST_WAIT_SECONDS);
  media_test_iterate_for (0.3);
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW));

  g_assert_true (corro_store_link_clip (corro_application_get_store (journey->app), "ch2-needs",
                                        long_uri, &error));
  g_assert_no_error (error);
  present_from_group_page (journey);
  media_test_wait_until (presenter_open, NULL, 60);
  g_assert_nonnull (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW));
  /* No list came up: the dialog, if there was one, only showed it was checking. */
  media_test_wait_until (preflight_gone, NULL, PRESENTER_TEST_WAIT_SECONDS);
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG));
}

/* Page Down until @target (a clip's step, or the last), checking each part on the way. */
static void
page_down_to (Journey *journey,
              guint    target)
{
  guint step = corro_presentation_get_step (journey->presentation);

  while (step < target)
    {
      page_down ();
      assert_step (journey, ++step);
      if (corro_segment_get_kind (corro_presentation_get_segment (journey->presentation)) !=
          CORRO_SEGMENT_CLIP)
        {
          wait_for_audience (journey, corro_segment_get_kind (corro_presentation_get_segment (
                                        journey->presentation)) == CORRO_SEGMENT_BREAK
                                        ? "break" : "title");
          assert_audience (journey, corro_audience_view_get_showing (journey->audience));
        }
    }
}

static guint
step_of (Journey      *journey,
         CorroSegment *segment)
{
  for (guint i = 0; i < corro_presentation_get_n_steps (journey->presentation); i++)
    if (corro_presentation_get_step_segment (journey->presentation, i) == segment)
      return i;

  g_assert_not_reached ();
}

static gboolean
session_held (gpointer data)
{
  return corro_session_get_held (data);
}

static void
check_journey (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *file_a = NULL;
  g_autofree char *file_b_short = NULL;
  g_autofree char *file_b = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *uri_b = NULL;
  g_autofree char *held_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *planned = g_date_time_format (tomorrow, "%Y-%m-%d");
  const gint64 points_a[] = { A1_MS, A2_MS };
  const gint64 points_b[] = { B1_MS, B2_MS };
  Journey journey = { 0 };
  CorroProgramme *programme;
  CorroRecords *records;
  GtkWindow *dialog;
  guint step_a, step_b, last;
  gint64 pressed_at, stopped_at;

  if (!media_test_have_elements ("vp8enc", "webmmux", "vp8dec", NULL))
    {
      g_test_skip ("VP8 encoding is not available");
      return;
    }
  file_a = media_test_make_webm (dir, "welcome.webm", FPS, 80);
  file_b_short = media_test_make_webm (dir, "needs-cut.webm", FPS, 15);
  file_b = media_test_make_webm (dir, "needs.webm", FPS, B_END_MS / 100);

  journey.app = corro_test_start_app (path);
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("xdotool is not installed: the clicker's keys cannot be pressed");
      return;
    }
  journey.window = CORRO_WINDOW (corro_test_find_toplevel (CORRO_TYPE_WINDOW));
  gtk_window_set_default_size (GTK_WINDOW (journey.window), 1366, 768);
  uri = g_filename_to_uri (file_a, NULL, NULL);
  g_assert_true (corro_store_link_clip (corro_application_get_store (journey.app), "ch1-welcome",
                                        uri, &error));
  g_clear_pointer (&uri, g_free);
  uri = g_filename_to_uri (file_b_short, NULL, NULL);
  g_assert_true (corro_store_link_clip (corro_application_get_store (journey.app), "ch2-needs",
                                        uri, &error));
  g_assert_no_error (error);
  uri_b = g_filename_to_uri (file_b, NULL, NULL);

  /* Chapter 1 with a second clip (a copy of its clip segment, playing chapter 2's clip)
   * after the next part: two clips, four pause points. */
  programme = corro_programme_library_get_default (corro_application_get_library (journey.app));
  journey.chapter = corro_programme_get_chapter (programme, 1);
  journey.clip_a = presenter_test_clip_segment (journey.chapter, 0);
  {
    GListModel *segments = corro_chapter_get_segments (journey.chapter);
    guint a = 0;
    guint copy;

    while (a < g_list_model_get_n_items (segments))
      {
        g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, a);

        if (segment == journey.clip_a)
          break;
        a++;
      }
    copy = corro_chapter_duplicate_segment (journey.chapter, a);
    corro_chapter_move_segment (journey.chapter, copy, B_POSITION);
  }
  journey.clip_b = presenter_test_clip_segment (journey.chapter, 1);
  corro_segment_set_clip_key (journey.clip_b, "ch2-needs");
  corro_segment_set_title (journey.clip_b, "en", "Needs on the Circle");
  corro_segment_set_title (journey.clip_b, "es", "Necesidades en el Círculo");
  presenter_test_fit_clip (journey.clip_a, points_a, 2, A_OUT_MS, "A");
  presenter_test_fit_clip (journey.clip_b, points_b, 2, 0, "B");

  /* A running group whose first session (chapter 1) is planned for tomorrow. */
  records = corro_application_get_records (journey.app);
  journey.group = corro_group_new (is_es () ? "Grupo de los jueves" : "Thursday group", "cosp");
  corro_group_set_start_date (journey.group, planned);
  corro_group_set_status (journey.group, CORRO_GROUP_STATUS_RUNNING);
  corro_group_set_language (journey.group, presenter_test_language ());
  g_assert_true (corro_records_add_group (records, journey.group, &error));
  g_assert_no_error (error);
  journey.session = g_list_model_get_item (corro_group_get_sessions (journey.group), 0);
  g_assert_cmpuint (corro_session_get_chapter (journey.session), ==, 1);
  g_assert_cmpstr (corro_session_get_date (journey.session), ==, planned);
  corro_window_open_group (journey.window, journey.group);
  corro_test_wait_for_draw (GTK_WIDGET (journey.window));
  collect_private_texts (&journey);

  preflight (&journey, uri_b);

  journey.presenter = CORRO_PRESENTER_WINDOW (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW));
  gtk_window_set_default_size (GTK_WINDOW (journey.presenter), 1366, 768);
  journey.presentation = corro_presenter_window_get_presentation (journey.presenter);
  journey.player = corro_presenter_window_get_player (journey.presenter);
  journey.audience_window = corro_presenter_window_get_audience_window (journey.presenter);
  journey.audience = CORRO_AUDIENCE_VIEW (corro_presenter_window_get_audience_view (journey.presenter));
  corro_test_wait_for_draw (GTK_WIDGET (journey.presenter));
  corro_test_wait_for_draw (GTK_WIDGET (journey.audience_window));
  corro_test_focus_window (GTK_WINDOW (journey.presenter));
  step_a = step_of (&journey, journey.clip_a);
  step_b = step_of (&journey, journey.clip_b);
  last = corro_presentation_get_n_steps (journey.presentation) - 1;
  g_assert_cmpuint (step_a + 1, <, step_b);
  g_assert_cmpuint (step_b, <, last);
  g_test_message ("%u steps: clips at %u and %u", last + 1, step_a + 1, step_b + 1);

  /* The first welcome; nothing recorded by presenting. */
  assert_step (&journey, 0);
  g_assert_cmpstr (corro_segment_kind_to_string (corro_segment_get_kind (
                     corro_presentation_get_segment (journey.presentation))), ==, "welcome");
  assert_audience (&journey, "title");
  g_assert_false (corro_session_get_held (journey.session));

  /* The first clip: ready at its start, the first question coming, dim. */
  page_down_to (&journey, step_a);
  assert_clip_ready (&journey, 0, 0, FALSE, "A");

  /* Page Down plays; it stops by itself on 0:01. A press right after it stopped (within
   * two seconds of the one that played it) plays on: it does not leave the clip. */
  pressed_at = g_get_monotonic_time ();
  play_to_pause_point (&journey, step_a, "A", 0, A1_MS, 2);
  stopped_at = g_get_monotonic_time ();
  g_test_message ("the clip stopped %.2f s after Page Down",
                  (double) (stopped_at - pressed_at) / G_USEC_PER_SEC);
  play_to_pause_point (&journey, step_a, "A", 1, A2_MS, 2);
  screenshot (GTK_WIDGET (journey.presenter), "journey-presenter-pause");
  screenshot (GTK_WIDGET (journey.audience_window), "journey-audience-pause");

  /* B blacks out the group's screen; the presenter keeps its question; B again. */
  presenter_test_press_key ("b");
  wait_for_audience (&journey, "black");
  assert_audience (&journey, "black");
  g_assert_cmpstr (corro_presenter_window_get_pause_prompt (journey.presenter), ==,
                   is_es () ? "Pregunta A2" : "Question A2");
  presenter_test_press_key ("b");
  wait_for_audience (&journey, "clip");
  assert_audience (&journey, "clip");

  /* Page Down plays the rest to the out point and stays; Page Down then goes on. */
  page_down ();
  g_assert_true (media_test_wait_for_state (journey.player, CORRO_PLAYER_STATE_FINISHED));
  g_assert_cmpuint (corro_presentation_get_step (journey.presentation), ==, step_a);
  {
    g_autofree char *info = g_strdup_printf (_("Clip %s · at its end"), "0:05");

    g_assert_cmpstr (gtk_label_get_label (journey.presenter->clip_info_label), ==, info);
  }
  page_down ();
  assert_step (&journey, step_a + 1);
  wait_for_audience (&journey, "title");
  assert_audience (&journey, "title");

  /* Page Up: back in the clip, where it stopped (its end); Page Down goes on again. */
  page_up ();
  assert_step (&journey, step_a);
  g_assert_true (media_test_wait_for_state (journey.player, CORRO_PLAYER_STATE_PAUSED));
  media_test_iterate_for (0.3);
  g_assert_cmpint (ABS (corro_player_get_position (journey.player) - A_OUT_MS * MS), <=,
                   MS * 1000 / FPS);
  page_down ();
  assert_step (&journey, step_a + 1);

  /* The second clip: to its first question. */
  page_down_to (&journey, step_b);
  assert_clip_ready (&journey, 0, 0, FALSE, "B");
  play_to_pause_point (&journey, step_b, "B", 0, B1_MS, 2);

  /* Page Up at a question goes back a part; Page Down comes back to the very place,
   * its question shown. */
  page_up ();
  assert_step (&journey, step_b - 1);
  wait_for_audience (&journey, "title");
  assert_audience (&journey, "title");
  page_down ();
  assert_step (&journey, step_b);
  assert_clip_ready (&journey, B1_MS, 0, TRUE, "B");

  /* Page Down plays on; Page Up while it plays pauses it, in the same part. */
  page_down ();
  g_assert_true (media_test_wait_for_state (journey.player, CORRO_PLAYER_STATE_PLAYING));
  page_up ();
  g_assert_true (media_test_wait_for_state (journey.player, CORRO_PLAYER_STATE_PAUSED));
  media_test_iterate_for (0.3);
  g_assert_cmpuint (corro_presentation_get_step (journey.presentation), ==, step_b);
  g_assert_cmpint (corro_player_get_position (journey.player), <, B2_MS * MS);
  g_test_message ("Page Up while playing: paused at %.2f s",
                  (double) corro_player_get_position (journey.player) / G_USEC_PER_SEC);
  /* (The pause armed a deliberate second press: let its two seconds pass.) */
  media_test_iterate_for (2.3);
  play_to_pause_point (&journey, step_b, "B", 1, B2_MS, 2);

  /* On to its end, then the next parts to the last one. */
  page_down ();
  g_assert_true (media_test_wait_for_state (journey.player, CORRO_PLAYER_STATE_FINISHED));
  g_assert_cmpuint (corro_presentation_get_step (journey.presentation), ==, step_b);
  page_down_to (&journey, last);
  /* Page Down on the last part stays there. */
  page_down ();
  media_test_iterate_for (0.5);
  assert_step (&journey, last);

  /* Esc asks; the End Session button's key ends it; the confirmation comes. */
  presenter_test_press_key ("Escape");
  dialog = corro_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_false (corro_presentation_is_finished (journey.presentation));
  corro_test_focus_window (dialog);
  presenter_test_press_key (is_es () ? "alt+t" : "alt+e");
  dialog = corro_test_wait_for_toplevel (CORRO_TYPE_HELD_DIALOG);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_true (corro_presentation_is_finished (journey.presentation));
  g_assert_false (corro_session_get_held (journey.session));
  screenshot (GTK_WIDGET (dialog), "journey-held-dialog");

  /* Enter: held today, not on the planned day; the group's page says so at once. */
  corro_test_focus_window (dialog);
  presenter_test_press_key ("Return");
  media_test_wait_until (session_held, journey.session, PRESENTER_TEST_WAIT_SECONDS);
  g_assert_true (corro_session_get_held (journey.session));
  g_assert_cmpstr (corro_session_get_date (journey.session), ==, today);
  g_assert_nonnull (corro_session_get_started_at (journey.session));
  g_assert_cmpstr (corro_session_get_skipped (journey.session), ==, "");
  media_test_iterate_for (0.3);
  g_test_message ("group page: %s", presenter_test_session_subtitle (journey.window, journey.session));
  g_assert_nonnull (presenter_test_session_subtitle (journey.window, journey.session));
  g_assert_null (strstr (presenter_test_session_subtitle (journey.window, journey.session), _("%s · not held yet") + 3));
  held_text = g_strdup_printf (ngettext ("%s · held · %u attended", "%s · held · %u attended",
                                         0), "", 0);
  g_assert_nonnull (strstr (presenter_test_session_subtitle (journey.window, journey.session), held_text));
  /* (Ending showed the session's attendance; the group's page is one step back.) */
  corro_window_open_group (journey.window, journey.group);
  g_assert_nonnull (strstr (presenter_test_session_subtitle (journey.window, journey.session), held_text));
  screenshot (GTK_WIDGET (journey.window), "journey-group-page-held");

  g_ptr_array_unref (journey.private_texts);
  g_object_unref (journey.session);
  g_object_unref (journey.group);
  corro_test_stop_app (journey.app);
  corro_test_remove_tree (dir);
}

static void
test_journey (void)
{
  presenter_test_run_in_subprocess (check_journey, 240);
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

  g_test_add_func ("/presenter-journey/a-chapter-with-a-clicker-alone", test_journey);

  return g_test_run ();
}
