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
#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-chapter.h"
#include "corro-group.h"
#include "corro-group-page.h"
#include "corro-held-dialog.h"
#include "corro-pause-point.h"
#include "corro-player.h"
#include "corro-presentation.h"
#include "corro-presenter-window.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-segment.h"
#include "corro-session.h"
#include "corro-session-page.h"
#include "corro-store.h"
#include "corro-window.h"
#include "corro-test-util.h"
#include "media-test-util.h"
#include "presenter-test-util.h"

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
                               presenter_test_language ()));
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

static gboolean
pause_prompt_shown (gpointer data)
{
  return corro_presenter_window_get_pause_prompt (data) != NULL &&
         corro_player_get_state (corro_presenter_window_get_player (data)) ==
         CORRO_PLAYER_STATE_PAUSED;
}

static gboolean
no_dialog (gpointer data)
{
  return corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static gboolean
no_presenter (gpointer data)
{
  return corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW) == NULL;
}

/* Plays the clip to its pause point: the group is talking. */
static void
play_to_pause_point (Fixture *fixture)
{
  go_to_clip (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->presenter), "presenter.play-pause", NULL);
  media_test_wait_until (pause_prompt_shown, fixture->presenter, 20);
  g_assert_true (pause_prompt_shown (fixture->presenter));
}

/* Esc at a pause point, with real keys: it asks; Enter (the default) and Esc in the
 * dialog both keep presenting, the clip still at its pause point. */
static void
check_escape_at_pause_point (void)
{
  Fixture fixture = { 0 };
  CorroPresentation *presentation;
  CorroPlayer *player;
  AdwMessageDialog *dialog;
  g_autofree char *shot = NULL;

  if (!fixture_start (&fixture))
    return;
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("xdotool is needed to press real keys");
      fixture_stop (&fixture);
      return;
    }
  fixture_present (&fixture);
  presentation = corro_presenter_window_get_presentation (fixture.presenter);
  player = corro_presenter_window_get_player (fixture.presenter);
  corro_test_focus_window (GTK_WINDOW (fixture.presenter));
  play_to_pause_point (&fixture);

  for (guint i = 0; i < 2; i++)
    {
      presenter_test_press_key ("Escape");
      dialog = wait_for_dialog ();
      g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
      g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
      if (i == 0)
        {
          shot = corro_test_save_screenshot (GTK_WIDGET (dialog), "presenter-end-paused");
          g_test_message ("screenshot: %s", shot);
        }
      corro_test_focus_window (GTK_WINDOW (dialog));
      presenter_test_press_key (i == 0 ? "Return" : "Escape");
      media_test_wait_until (no_dialog, NULL, 10);
      g_assert_true (no_dialog (NULL));
      settle ();

      g_assert_false (corro_presentation_is_finished (presentation));
      g_assert_true (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW) ==
                     GTK_WINDOW (fixture.presenter));
      g_assert_true (corro_presentation_get_segment (presentation) == fixture.clip_segment);
      g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_PAUSED);
      g_assert_cmpint (corro_player_get_position (player), ==, PAUSE_MS * 1000);
      corro_test_focus_window (GTK_WINDOW (fixture.presenter));
    }

  fixture_stop (&fixture);
}

/* Ctrl+Q (app.quit) mid-session asks as Esc does, from the presenter's window or the
 * main one, and quits nothing: Esc in the dialog keeps presenting where it was; ending
 * through it ends the session (resumable), and the main window stays. */
static void
check_quit_while_presenting (void)
{
  Fixture fixture = { 0 };
  CorroPresentation *presentation;
  CorroPlayer *player;
  GtkWindow *window;
  AdwMessageDialog *dialog;

  if (!fixture_start (&fixture))
    return;
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("xdotool is needed to press real keys");
      fixture_stop (&fixture);
      return;
    }
  window = corro_test_find_toplevel (CORRO_TYPE_WINDOW);
  fixture_present (&fixture);
  presentation = corro_presenter_window_get_presentation (fixture.presenter);
  player = corro_presenter_window_get_player (fixture.presenter);
  corro_test_focus_window (GTK_WINDOW (fixture.presenter));
  play_to_pause_point (&fixture);

  /* From the presenter's window: asked; Esc keeps presenting, nothing moved. */
  presenter_test_press_key ("ctrl+q");
  dialog = wait_for_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (fixture.presenter));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  corro_test_focus_window (GTK_WINDOW (dialog));
  presenter_test_press_key ("Escape");
  media_test_wait_until (no_dialog, NULL, 30);
  g_assert_true (no_dialog (NULL));
  settle ();
  g_assert_false (corro_presentation_is_finished (presentation));
  g_assert_true (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW) ==
                 GTK_WINDOW (fixture.presenter));
  g_assert_true (corro_test_find_toplevel (CORRO_TYPE_WINDOW) == window);
  g_assert_true (corro_presentation_get_segment (presentation) == fixture.clip_segment);
  g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_PAUSED);
  g_assert_cmpint (corro_player_get_position (player), ==, PAUSE_MS * 1000);

  /* From the main window: the same question; End Session ends the session only. */
  corro_test_focus_window (window);
  presenter_test_press_key ("ctrl+q");
  dialog = wait_for_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (fixture.presenter));
  g_object_ref (presentation);
  corro_test_focus_window (GTK_WINDOW (dialog));
  presenter_test_press_key (g_str_equal (presenter_test_language (), "es") ? "alt+t" : "alt+e");
  media_test_wait_until (no_dialog, NULL, 30);
  media_test_wait_until (no_presenter, NULL, 30);
  settle ();
  g_assert_true (corro_presentation_is_finished (presentation));
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW));
  g_assert_true (corro_test_find_toplevel (CORRO_TYPE_WINDOW) == window);
  g_assert_true (gtk_window_get_application (window) != NULL);
  g_object_unref (presentation);

  fixture_stop (&fixture);
}

/* The window's close button asks too; ended through the dialog, the session can be
 * resumed from the toast's action: the same segment, the clip where it stopped, the
 * clock from the real start. */
static void
check_close_and_resume (void)
{
  Fixture fixture = { 0 };
  g_autoptr(CorroPresentation) presentation = NULL;
  CorroPresenterWindow *resumed;
  CorroPlayer *player;
  AdwMessageDialog *dialog;
  gint64 elapsed;

  if (!fixture_start (&fixture))
    return;
  fixture_present (&fixture);
  presentation = g_object_ref (corro_presenter_window_get_presentation (fixture.presenter));
  play_to_pause_point (&fixture);

  /* What the title bar's close button does. */
  gtk_window_close (GTK_WINDOW (fixture.presenter));
  dialog = wait_for_dialog ();
  g_assert_false (corro_presentation_is_finished (presentation));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture.presenter)));
  click_response (dialog, _("_End Session"));
  settle ();
  g_assert_true (corro_presentation_is_finished (presentation));
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PRESENTER_WINDOW));
  elapsed = corro_presentation_get_elapsed (presentation, g_get_monotonic_time ());

  /* The toast's Resume button. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.app),
                                                    "resume-presenting"));
  g_action_group_activate_action (G_ACTION_GROUP (fixture.app), "resume-presenting", NULL);
  resumed = CORRO_PRESENTER_WINDOW (corro_test_wait_for_toplevel (CORRO_TYPE_PRESENTER_WINDOW));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.app),
                                                     "resume-presenting"));
  g_assert_true (corro_presenter_window_get_presentation (resumed) == presentation);
  g_assert_false (corro_presentation_is_finished (presentation));
  g_assert_true (corro_presentation_get_segment (presentation) == fixture.clip_segment);
  g_assert_cmpint (corro_presentation_get_elapsed (presentation, g_get_monotonic_time ()), >=,
                   elapsed);
  player = corro_presenter_window_get_player (resumed);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  media_test_iterate_for (0.5);
  g_assert_cmpint (corro_player_get_position (player), ==, PAUSE_MS * 1000);

  /* Starting another session forgets it. */
  corro_presenter_window_end (resumed);
  settle ();
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.app),
                                                    "resume-presenting"));
  fixture_present (&fixture);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.app),
                                                     "resume-presenting"));

  fixture_stop (&fixture);
}

/* A group's session planned for tomorrow, presented today: nothing is recorded when it
 * ends until the facilitator confirms; then it is held today, and the group's page says
 * so at once. "Not held" again from the session's page is audited. */
static void
check_group_session_held_on_confirmation (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *planned = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autoptr(CorroGroup) group = corro_group_new ("Grupo jueves", "cosp");
  g_autoptr(CorroSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *held_subtitle = NULL;
  g_autofree char *shot = NULL;
  CorroRecords *records;
  CorroStore *store;
  CorroWindow *window;
  CorroPresentation *presentation;
  CorroHeldDialog *dialog;
  gint64 audits;

  if (!fixture_start (&fixture))
    return;
  records = corro_application_get_records (fixture.app);
  store = corro_application_get_store (fixture.app);
  window = CORRO_WINDOW (corro_test_find_toplevel (CORRO_TYPE_WINDOW));
  corro_group_set_start_date (group, planned);
  corro_group_set_status (group, CORRO_GROUP_STATUS_RUNNING);
  corro_group_set_language (group, presenter_test_language ());
  g_assert_true (corro_records_add_group (records, group, &error));
  g_assert_no_error (error);
  session = g_list_model_get_item (corro_group_get_sessions (group), 0);
  g_assert_cmpstr (corro_session_get_date (session), ==, planned);
  corro_window_open_group (window, group);
  audits = corro_store_count_audit (store, "session");

  fixture.presenter = CORRO_PRESENTER_WINDOW (
    corro_application_present_session (fixture.app, group, session));
  corro_test_wait_for_draw (GTK_WIDGET (fixture.presenter));
  presentation = corro_presenter_window_get_presentation (fixture.presenter);
  /* Presenting records nothing. */
  g_assert_false (corro_session_get_held (session));
  gtk_widget_activate_action (GTK_WIDGET (fixture.presenter), "presenter.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.presenter), "presenter.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.presenter), "presenter.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.presenter), "presenter.end", NULL);
  click_response (wait_for_dialog (), _("_End Session"));

  /* Ended: the attendance shows, and the question is asked; still nothing recorded. */
  dialog = CORRO_HELD_DIALOG (corro_test_wait_for_toplevel (CORRO_TYPE_HELD_DIALOG));
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_true (corro_presentation_is_finished (presentation));
  g_assert_false (corro_session_get_held (session));
  g_assert_cmpint (corro_store_count_audit (store, "session"), ==, audits);
  g_assert_cmpstr (adw_message_dialog_get_close_response (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "later");
  /* Only segments after the third were never shown: none ticked as skipped. */
  {
    GPtrArray *checks = corro_held_dialog_get_skip_checks (dialog);

    g_assert_cmpuint (checks->len, >, 0);
    for (guint i = 0; i < checks->len; i++)
      g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, i)));
  }
  shot = corro_test_save_screenshot (GTK_WIDGET (dialog), "record-held");
  g_test_message ("screenshot: %s", shot);
  click_response (ADW_MESSAGE_DIALOG (dialog), _("_Record as Held"));
  settle ();
  g_assert_true (corro_session_get_held (session));
  g_assert_cmpstr (corro_session_get_date (session), ==, today);
  g_assert_nonnull (corro_session_get_started_at (session));
  g_assert_cmpstr (corro_session_get_skipped (session), ==, "");
  g_assert_cmpint (corro_store_count_audit (store, "session"), ==, audits + 1);

  /* The group's page says so, without a restart. */
  held_subtitle = g_strdup (presenter_test_session_subtitle (window, session));
  g_test_message ("group page: %s", held_subtitle);
  g_assert_nonnull (held_subtitle);
  g_assert_null (strstr (held_subtitle, _("%s · not held yet") + 3));

  /* Not held again, from the session's page: asked, then undone and audited. */
  {
    g_autoptr(GPtrArray) pages = corro_test_find_widgets (GTK_WIDGET (window),
                                                          CORRO_TYPE_SESSION_PAGE);
    GtkWidget *session_page = g_ptr_array_index (pages, 0);
    AdwMessageDialog *confirm;

    g_assert_true (corro_session_page_get_session (CORRO_SESSION_PAGE (session_page)) == session);
    gtk_widget_activate_action (session_page, "session.held", NULL);
    confirm = ADW_MESSAGE_DIALOG (corro_test_wait_for_toplevel (CORRO_TYPE_HELD_DIALOG));
    g_assert_cmpstr (adw_message_dialog_get_default_response (confirm), ==, "cancel");
    click_response (confirm, _("_Mark as Not Held"));
    settle ();
  }
  g_assert_false (corro_session_get_held (session));
  g_assert_cmpint (corro_store_count_audit (store, "session"), ==, audits + 2);
  g_assert_nonnull (strstr (presenter_test_session_subtitle (window, session), _("%s · not held yet") + 3));

  fixture_stop (&fixture);
}

static void
test_end_while_playing (void)
{
  presenter_test_run_in_subprocess (check_end_while_playing, 90);
}

static void
test_escape_at_pause_point (void)
{
  presenter_test_run_in_subprocess (check_escape_at_pause_point, 90);
}

static void
test_quit_while_presenting (void)
{
  presenter_test_run_in_subprocess (check_quit_while_presenting, 90);
}

static void
test_close_and_resume (void)
{
  presenter_test_run_in_subprocess (check_close_and_resume, 90);
}

static void
test_group_session_held (void)
{
  presenter_test_run_in_subprocess (check_group_session_held_on_confirmation, 90);
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
  g_test_add_func ("/presenter-end/escape-at-a-pause-point-asks", test_escape_at_pause_point);
  g_test_add_func ("/presenter-end/close-asks-and-resume", test_close_and_resume);
  g_test_add_func ("/presenter-end/quit-while-presenting-asks", test_quit_while_presenting);
  g_test_add_func ("/presenter-end/group-session-held-on-confirmation", test_group_session_held);

  return g_test_run ();
}
