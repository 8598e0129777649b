/* test-preflight.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pre-flight check in the real application under Xvfb, with a clip generated in each
 * run: chapter 1's clip linked to a 3-second file. While the plan pauses it at 2:40 (past
 * the file's end) Present lists it, and Cancel or Present Anyway decide; once its pause
 * points fit in the file Present starts the presenter at once, with no dialog. The
 * chapter page says whether its clips are ready. Presenting a group's session from its
 * group page goes through the same check.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-chapter.h"
#include "corro-chapter-page.h"
#include "corro-clip-check.h"
#include "corro-clip-state.h"
#include "corro-group.h"
#include "corro-records.h"
#include "corro-session.h"
#include "corro-pause-point.h"
#include "corro-preflight-dialog.h"
#include "corro-presenter-window.h"
#include "corro-segment.h"
#include "corro-store.h"
#include "corro-test-util.h"
#include "corro-window.h"
#include "media-test-util.h"

typedef struct
{
  char             *dir;
  char             *database;
  CorroApplication *app;
  GtkWindow        *window;
  CorroChapterPage *page;
  CorroSegment     *clip;   /* chapter 1's clip segment, owned by the chapter */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *clip = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  CorroChapter *chapter;
  GListModel *segments;

  fixture->dir = corro_test_make_tmpdir ();
  fixture->database = g_build_filename (fixture->dir, "corro.db", NULL);
  clip = media_test_make_webm (fixture->dir, "welcome.webm", 25, 75);
  uri = g_filename_to_uri (clip, NULL, NULL);

  fixture->app = corro_test_start_app (fixture->database);
  fixture->window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
  gtk_window_set_default_size (fixture->window, 1366, 768);
  g_assert_true (corro_store_link_clip (corro_application_get_store (fixture->app),
                                        "ch1-welcome", uri, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-chapter", "u", 1);
  corro_test_wait_for_draw (GTK_WIDGET (fixture->window));
  fixture->page = CORRO_CHAPTER_PAGE (corro_window_get_chapter_page (CORRO_WINDOW (fixture->window)));
  chapter = corro_chapter_page_get_chapter (fixture->page);
  segments = corro_chapter_get_segments (chapter);
  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);

      if (corro_segment_get_kind (segment) == CORRO_SEGMENT_CLIP)
        fixture->clip = segment;
    }
  g_assert_nonnull (fixture->clip);
  g_assert_cmpstr (corro_segment_get_clip_key (fixture->clip), ==, "ch1-welcome");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  corro_test_stop_app (fixture->app);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->database);
}

/* Pause points at @first and @second ms, out at the file's end. */
static void
set_pause_points (CorroSegment *segment,
                  gint64        first,
                  gint64        second)
{
  GListModel *points = corro_segment_get_pause_points (segment);
  g_autoptr(CorroPausePoint) a = corro_pause_point_new (first);
  g_autoptr(CorroPausePoint) b = corro_pause_point_new (second);

  while (g_list_model_get_n_items (points) > 0)
    {
      g_autoptr(CorroPausePoint) point = g_list_model_get_item (points, 0);

      corro_segment_remove_pause_point (segment, point);
    }
  corro_segment_add_pause_point (segment, a);
  corro_segment_add_pause_point (segment, b);
  corro_segment_set_clip_out (segment, 0);
}

static gboolean
found_toplevel (gpointer data)
{
  return corro_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG) == NULL;
}

static gboolean
dialog_listed (gpointer data)
{
  CorroPreflightDialog *dialog = CORRO_PREFLIGHT_DIALOG (corro_test_find_toplevel
                                                           (CORRO_TYPE_PREFLIGHT_DIALOG));

  return dialog != NULL && !corro_preflight_dialog_is_checking (dialog);
}

/* Clicks the dialog's button for @response, as a person would (which also closes it). */
static void
click_response (GtkWidget  *dialog,
                const char *response)
{
  const char *label = adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog),
                                                             response);
  g_autoptr(GPtrArray) buttons = corro_test_find_widgets (dialog, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      {
        gtk_widget_activate (g_ptr_array_index (buttons, i));
        return;
      }

  g_assert_not_reached ();
}

static CorroPreflightDialog *
present_and_wait_for_list (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.present", "s", "");
  media_test_wait_until (dialog_listed, NULL, 60);
  return CORRO_PREFLIGHT_DIALOG (corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG));
}

static void
test_too_short (Fixture       *fixture,
                gconstpointer  data)
{
  CorroPreflightDialog *dialog;
  CorroClipCheck *check;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *shot = NULL;

  /* The programme's own points: 2:40 and 6:10, out at 8:30, in a 3-second file. */
  dialog = present_and_wait_for_list (fixture);
  check = corro_preflight_dialog_get_check (dialog);
  g_assert_cmpuint (corro_clip_check_get_n_clips (check), ==, 1);
  g_assert_cmpuint (corro_clip_check_get_n_problems (check), ==, 1);
  g_assert_cmpint (corro_clip_check_get_result (check, 0), ==, CORRO_CLIP_CHECK_TOO_SHORT);
  g_test_message ("%s", corro_clip_check_get_message (check, 0));
  /* The file's length and the last pause point, each for what it is. */
  g_assert_nonnull (strstr (corro_clip_check_get_message (check, 0), "0:03."));
  g_assert_nonnull (strstr (corro_clip_check_get_message (check, 0), "6:10.00"));
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW));

  /* Its row, named for the clip, with a way to fix it. */
  rows = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (gtk_widget_get_name (g_ptr_array_index (rows, 0)), ==, "ch1-welcome");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   corro_clip_check_get_message (check, 0));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "present"));
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  shot = corro_test_save_screenshot (GTK_WIDGET (dialog), "preflight-dialog");
  g_test_message ("screenshot: %s", shot);

  /* Cancel: nothing starts. */
  click_response (GTK_WIDGET (dialog), "cancel");
  media_test_wait_until (dialog_gone, NULL, 10);
  media_test_iterate_for (0.5);
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW));

  /* Present Anyway: the facilitator's choice. */
  dialog = present_and_wait_for_list (fixture);
  click_response (GTK_WIDGET (dialog), "present");
  media_test_wait_until (found_toplevel, GSIZE_TO_POINTER (CORRO_TYPE_PRESENTER_WINDOW), 30);
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG));
}

static gboolean
presenter_or_dialog (gpointer data)
{
  g_assert_false (dialog_listed (NULL));
  return corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW) != NULL;
}

static void
test_long_enough (Fixture       *fixture,
                  gconstpointer  data)
{
  /* Pause points at 1 s and 2.5 s of the 3-second file: straight on to presenting. */
  set_pause_points (fixture->clip, 1000, 2500);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.present", "s", "");
  media_test_wait_until (presenter_or_dialog, NULL, 60);
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG));
}

static gboolean
label_says (gpointer data)
{
  GtkLabel *label = data;

  return gtk_widget_get_visible (GTK_WIDGET (label)) &&
         gtk_widget_get_mapped (GTK_WIDGET (label)) &&
         gtk_label_get_label (label)[0] != '\0';
}

static GtkLabel *
clip_state_label (Fixture *fixture)
{
  g_autoptr(GPtrArray) states = corro_test_find_widgets (GTK_WIDGET (fixture->page),
                                                         CORRO_TYPE_CLIP_STATE);
  g_autoptr(GPtrArray) labels = NULL;

  g_assert_cmpuint (states->len, ==, 1);
  labels = corro_test_find_widgets (g_ptr_array_index (states, 0), GTK_TYPE_LABEL);
  g_assert_cmpuint (labels->len, >, 0);
  return g_ptr_array_index (labels, 0);
}

static void
test_chapter_page_state (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkLabel *label = clip_state_label (fixture);
  g_autofree char *not_ready = NULL;
  g_autofree char *expected = g_strdup_printf (ngettext ("%u of %u clips is not ready to play.",
                                                         "%u of %u clips are not ready to play.",
                                                         1), 1, 1);
  g_autofree char *ready = NULL;

  media_test_wait_until (label_says, label, 60);
  not_ready = g_strdup (gtk_label_get_label (label));
  g_test_message ("%s", not_ready);
  g_assert_cmpstr (not_ready, ==, expected);

  /* Fitted to the file, after another length is chosen (which checks again). */
  set_pause_points (fixture->clip, 1000, 2500);
  gtk_label_set_label (label, "");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.check-clips", NULL);
  media_test_wait_until (dialog_listed, NULL, 60);
  click_response (GTK_WIDGET (corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG)), "cancel");
  media_test_wait_until (label_says, label, 60);
  ready = g_strdup (gtk_label_get_label (label));
  g_assert_cmpstr (ready, ==, ngettext ("The chapter’s clip is ready to play.",
                                        "The chapter’s clips are ready to play.", 1));
}

static gboolean
state_says (gpointer data)
{
  CorroClipState *state = data;

  return gtk_widget_get_visible (GTK_WIDGET (state)) && gtk_widget_get_mapped (GTK_WIDGET (state)) &&
         corro_clip_state_get_text (state)[0] != '\0';
}

static gboolean
state_ready (gpointer data)
{
  return corro_clip_state_is_ready (data);
}

static char *
expected_state (guint chapter,
                gboolean ready)
{
  g_autofree char *label = g_strdup_printf (g_str_equal (g_getenv ("LANGUAGE"), "es")
                                              ? "Capítulo %u" : "Chapter %u", chapter);
  g_autofree char *context = g_strdup_printf (_("Next session, %s"), label);
  g_autofree char *state = ready ? g_strdup (ngettext ("The chapter’s clip is ready to play.",
                                                      "The chapter’s clips are ready to play.", 1))
                                 : g_strdup_printf (ngettext ("%u of %u clips is not ready to play.",
                                                              "%u of %u clips are not ready to play.",
                                                              1), 1, 1);

  return g_strdup_printf (_("%s: %s"), context, state);
}

/* The group's page says whether its next session's clips are ready, as the chapter page
 * does, with Check Clips… for the list; once that session is held, the next one's. */
static void
test_group_page_state (Fixture       *fixture,
                       gconstpointer  data)
{
  CorroRecords *records = corro_application_get_records (fixture->app);
  g_autoptr(CorroGroup) group = corro_group_new ("Grupo martes", "cosp");
  g_autoptr(CorroSession) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *expected = NULL;
  g_autofree char *shot = NULL;
  CorroClipState *state;

  corro_group_set_start_date (group, today);
  corro_group_set_status (group, CORRO_GROUP_STATUS_RUNNING);
  corro_group_set_language (group, g_getenv ("LANGUAGE"));
  g_assert_true (corro_records_add_group (records, group, &error));
  g_assert_no_error (error);
  corro_window_open_group (CORRO_WINDOW (fixture->window), group);
  states = corro_test_find_widgets (corro_window_get_group_page (CORRO_WINDOW (fixture->window)),
                                    CORRO_TYPE_CLIP_STATE);
  g_assert_cmpuint (states->len, ==, 1);
  state = g_ptr_array_index (states, 0);

  /* Chapter 1's clip: a 3-second file for pause points minutes in. */
  media_test_wait_until (state_says, state, 60);
  expected = expected_state (1, FALSE);
  g_test_message ("%s", corro_clip_state_get_text (state));
  g_assert_cmpstr (corro_clip_state_get_text (state), ==, expected);
  g_assert_false (corro_clip_state_is_ready (state));
  corro_test_wait_for_draw (GTK_WIDGET (fixture->window));
  shot = corro_test_save_screenshot (GTK_WIDGET (fixture->window), "group-page-clip-state");
  g_test_message ("screenshot: %s", shot);

  /* Fitted to the file; Check Clips… lists them (nothing to present from here), and
   * closing it looks again. */
  set_pause_points (fixture->clip, 1000, 2500);
  gtk_widget_activate_action (GTK_WIDGET (state), "clip-state.check", NULL);
  media_test_wait_until (dialog_listed, NULL, 60);
  g_assert_false (adw_message_dialog_has_response (
                    ADW_MESSAGE_DIALOG (corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG)),
                    "present"));
  click_response (GTK_WIDGET (corro_test_find_toplevel (CORRO_TYPE_PREFLIGHT_DIALOG)), "cancel");
  media_test_wait_until (state_ready, state, 60);
  g_clear_pointer (&expected, g_free);
  expected = expected_state (1, TRUE);
  g_assert_cmpstr (corro_clip_state_get_text (state), ==, expected);

  /* Chapter 1 held: the next session is chapter 2's, whose clip is not linked. */
  first = g_list_model_get_item (corro_group_get_sessions (group), 0);
  g_assert_true (corro_records_record_held (records, group, first, today, NULL, NULL, NULL, 0,
                                            &error));
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_free);
  expected = expected_state (2, FALSE);
  {
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    while (g_strcmp0 (corro_clip_state_get_text (state), expected) != 0 &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpstr (corro_clip_state_get_text (state), ==, expected);
}

/* Each case in its own process: one application per process. */
static void
run_in_subprocess (gconstpointer data)
{
  void (*check) (Fixture *, gconstpointer) = data;
  Fixture fixture = { 0 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 100 * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  fixture_set_up (&fixture, NULL);
  check (&fixture, NULL);
  fixture_tear_down (&fixture, NULL);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_setenv ("CORRO_AUDIO_SINK", "fakeaudiosink", FALSE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add_data_func (path, func, run_in_subprocess)

  ADD ("/preflight/too-short", test_too_short);
  ADD ("/preflight/long-enough", test_long_enough);
  ADD ("/preflight/chapter-page-state", test_chapter_page_state);
  ADD ("/preflight/group-page-state", test_group_page_state);

#undef ADD

  return g_test_run ();
}
