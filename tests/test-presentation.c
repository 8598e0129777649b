/* test-presentation.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presenting a chapter against the clock, driven with a made-up clock.
 */

#include "config.h"

#include "corro-chapter.h"
#include "corro-presentation.h"
#include "corro-programme.h"
#include "corro-segment.h"
#include "corro-test-util.h"

#define MINUTE ((gint64) 60 * G_USEC_PER_SEC)
#define T0 ((gint64) 1000 * G_USEC_PER_SEC)

static void
test_steps_follow_session_length (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  CorroChapter *chapter = corro_programme_get_chapter (programme, 1);
  g_autoptr(CorroPresentation) group = corro_presentation_new (programme, chapter, "group", "en");
  g_autoptr(CorroPresentation) family = corro_presentation_new (programme, chapter, "individual",
                                                                "es");
  guint n_segments = g_list_model_get_n_items (corro_chapter_get_segments (chapter));

  /* The 2-hour group has every segment; one family's hour leaves out the break. */
  g_assert_cmpuint (corro_presentation_get_n_steps (group), ==, n_segments);
  g_assert_cmpuint (corro_presentation_get_n_steps (family), ==, n_segments - 1);
  for (guint i = 0; i < corro_presentation_get_n_steps (family); i++)
    {
      corro_presentation_go_to (family, i, T0);
      g_assert_cmpint (corro_segment_get_kind (corro_presentation_get_segment (family)), !=,
                       CORRO_SEGMENT_BREAK);
    }

  g_assert_cmpint (corro_presentation_get_planned (group), ==, 120 * MINUTE);
  g_assert_cmpint (corro_presentation_get_planned (family), ==, 60 * MINUTE);
  g_assert_cmpstr (corro_presentation_get_language (family), ==, "es");
}

static void
test_clock_against_plan (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  CorroChapter *chapter = corro_programme_get_chapter (programme, 2);
  g_autoptr(CorroPresentation) presentation = corro_presentation_new (programme, chapter, "group",
                                                                      "en");
  gint64 welcome = corro_presentation_get_segment_planned (presentation);

  g_assert_cmpint (welcome, ==, 15 * MINUTE);
  g_assert_false (corro_presentation_is_started (presentation));
  g_assert_cmpint (corro_presentation_get_elapsed (presentation, T0), ==, 0);

  /* However late the real start, the time left counts from it. */
  corro_presentation_start (presentation, T0);
  g_assert_cmpint (corro_presentation_get_left (presentation, T0), ==, 120 * MINUTE);
  g_assert_cmpint (corro_presentation_get_left (presentation, T0 + 30 * MINUTE), ==,
                   90 * MINUTE);

  /* 15 planned minutes: on time, then near the end for the last 2, then over. */
  g_assert_cmpint (corro_presentation_get_segment_timing (presentation, T0 + 10 * MINUTE), ==,
                   CORRO_TIMING_ON_TIME);
  g_assert_cmpint (corro_presentation_get_segment_timing (presentation, T0 + 14 * MINUTE), ==,
                   CORRO_TIMING_NEAR_END);
  g_assert_cmpint (corro_presentation_get_segment_timing (presentation, T0 + 16 * MINUTE), ==,
                   CORRO_TIMING_OVER);

  /* Next at 16 minutes; back again at 20: the first segment has 16 minutes behind it. */
  g_assert_true (corro_presentation_next (presentation, T0 + 16 * MINUTE));
  g_assert_cmpuint (corro_presentation_get_step (presentation), ==, 1);
  g_assert_cmpint (corro_presentation_get_segment_elapsed (presentation, T0 + 20 * MINUTE), ==,
                   4 * MINUTE);
  g_assert_true (corro_presentation_previous (presentation, T0 + 20 * MINUTE));
  g_assert_cmpint (corro_presentation_get_segment_elapsed (presentation, T0 + 21 * MINUTE), ==,
                   17 * MINUTE);
  g_assert_false (corro_presentation_previous (presentation, T0 + 21 * MINUTE));

  /* Over the session's end, the time left goes negative. */
  g_assert_cmpint (corro_presentation_get_left (presentation, T0 + 125 * MINUTE), ==,
                   -5 * MINUTE);
}

static void
test_finish_records_skipped (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  CorroChapter *chapter = corro_programme_get_chapter (programme, 7);
  g_autoptr(CorroPresentation) presentation = corro_presentation_new (programme, chapter, "group",
                                                                      "en");
  guint n = corro_presentation_get_n_steps (presentation);
  g_autoptr(GArray) skipped = NULL;

  corro_presentation_start (presentation, T0);
  corro_presentation_next (presentation, T0 + MINUTE);
  corro_presentation_go_to (presentation, n - 1, T0 + 2 * MINUTE);
  g_assert_false (corro_presentation_next (presentation, T0 + 3 * MINUTE));
  corro_presentation_finish (presentation, T0 + 90 * MINUTE);

  g_assert_true (corro_presentation_is_finished (presentation));
  g_assert_nonnull (corro_presentation_get_started_at (presentation));
  g_assert_nonnull (corro_presentation_get_finished_at (presentation));
  /* The clock stops at the end. */
  g_assert_cmpint (corro_presentation_get_elapsed (presentation, T0 + 500 * MINUTE), ==,
                   90 * MINUTE);

  skipped = corro_presentation_dup_skipped (presentation);
  g_assert_cmpuint (skipped->len, ==, n - 3);
  for (guint i = 0; i < skipped->len; i++)
    g_assert_cmpuint (g_array_index (skipped, guint, i), ==, i + 2);
}

/* Ended after 2 minutes on the third segment, having jumped over the second: only the
 * second was skipped; the rest were not reached. Resumed later, it goes on where it
 * stopped, with the same segment, clip position and real start. */
static void
test_end_early_and_resume (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  CorroChapter *chapter = corro_programme_get_chapter (programme, 3);
  g_autoptr(CorroPresentation) presentation = corro_presentation_new (programme, chapter, "group",
                                                                      "en");
  guint n = corro_presentation_get_n_steps (presentation);
  g_autoptr(GArray) skipped = NULL;
  g_autoptr(GArray) not_reached = NULL;

  corro_presentation_start (presentation, T0);
  corro_presentation_go_to (presentation, 2, T0 + MINUTE);
  g_assert_cmpint (corro_presentation_get_clip_position (presentation, 2), ==, -1);
  corro_presentation_set_clip_position (presentation, 2, 42 * G_USEC_PER_SEC);
  corro_presentation_finish (presentation, T0 + 2 * MINUTE);

  skipped = corro_presentation_dup_skipped (presentation);
  g_assert_cmpuint (skipped->len, ==, 1);
  g_assert_cmpuint (g_array_index (skipped, guint, 0), ==, 1);
  not_reached = corro_presentation_dup_not_reached (presentation);
  g_assert_cmpuint (not_reached->len, ==, n - 3);
  g_assert_cmpuint (g_array_index (not_reached, guint, 0), ==, 3);

  /* Resumed 5 minutes later: elapsed counts from the real start; the segment's own time
   * does not grow by the 5 minutes the window was closed. */
  corro_presentation_resume (presentation, T0 + 7 * MINUTE);
  g_assert_false (corro_presentation_is_finished (presentation));
  g_assert_null (corro_presentation_get_finished_at (presentation));
  g_assert_cmpuint (corro_presentation_get_step (presentation), ==, 2);
  g_assert_cmpint (corro_presentation_get_clip_position (presentation, 2), ==,
                   42 * G_USEC_PER_SEC);
  g_assert_cmpint (corro_presentation_get_elapsed (presentation, T0 + 8 * MINUTE), ==,
                   8 * MINUTE);
  g_assert_cmpint (corro_presentation_get_segment_elapsed (presentation, T0 + 8 * MINUTE), ==,
                   2 * MINUTE);

  /* Ended again at the last segment: now every segment before it never shown is skipped. */
  corro_presentation_go_to (presentation, n - 1, T0 + 9 * MINUTE);
  corro_presentation_finish (presentation, T0 + 10 * MINUTE);
  g_clear_pointer (&skipped, g_array_unref);
  g_clear_pointer (&not_reached, g_array_unref);
  skipped = corro_presentation_dup_skipped (presentation);
  not_reached = corro_presentation_dup_not_reached (presentation);
  g_assert_cmpuint (skipped->len, ==, n - 3);
  g_assert_cmpuint (not_reached->len, ==, 0);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_screen (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  g_autoptr(CorroPresentation) presentation =
    corro_presentation_new (programme, corro_programme_get_chapter (programme, 1), "group", "en");
  guint notified = 0;

  g_signal_connect (presentation, "notify::screen", G_CALLBACK (on_notify_cb), &notified);
  g_assert_cmpint (corro_presentation_get_screen (presentation), ==, CORRO_SCREEN_CONTENT);
  corro_presentation_set_screen (presentation, CORRO_SCREEN_BLACK);
  corro_presentation_set_screen (presentation, CORRO_SCREEN_BLACK);
  g_assert_cmpint (corro_presentation_get_screen (presentation), ==, CORRO_SCREEN_BLACK);
  g_assert_cmpuint (notified, ==, 1);
}

/* The time left counts down to the group's session length, whatever the plan's minutes
 * add up to. */
static void
test_session_length_not_plan_total (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  CorroChapter *chapter = corro_programme_get_chapter (programme, 3);
  g_autoptr(CorroSegment) first = g_list_model_get_item (corro_chapter_get_segments (chapter), 0);
  g_autoptr(CorroPresentation) presentation = NULL;
  guint plan_total;

  /* A plan edited to run 7 minutes over the 2-hour group. */
  corro_segment_set_minutes (first, "group", corro_segment_get_minutes (first, "group") + 7);
  plan_total = corro_chapter_get_total_minutes (chapter, "group");
  g_assert_cmpuint (plan_total, !=, 120);

  presentation = corro_presentation_new (programme, chapter, "group", "en");
  g_assert_cmpuint (corro_presentation_get_session_minutes (presentation), ==, 120);
  g_assert_cmpint (corro_presentation_get_planned (presentation), ==, 120 * MINUTE);

  /* Started 25 minutes late (measured from the real start, not the plan's time): */
  corro_presentation_start (presentation, T0 + 25 * MINUTE);
  g_assert_cmpint (corro_presentation_get_left (presentation, T0 + 55 * MINUTE), ==,
                   90 * MINUTE);

  corro_presentation_set_session_minutes (presentation, 90);
  g_assert_cmpint (corro_presentation_get_left (presentation, T0 + 55 * MINUTE), ==,
                   60 * MINUTE);
  corro_presentation_set_session_minutes (presentation, 0);
  g_assert_cmpint (corro_presentation_get_planned (presentation), ==, plan_total * MINUTE);
}

/* Pausing the timers stops every one of them; restarting starts the session now. */
static void
test_pause_and_restart_timers (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  CorroChapter *chapter = corro_programme_get_chapter (programme, 2);
  g_autoptr(CorroPresentation) presentation = corro_presentation_new (programme, chapter, "group",
                                                                      "en");
  guint notified = 0;

  g_signal_connect (presentation, "notify::timers-paused", G_CALLBACK (on_notify_cb), &notified);
  corro_presentation_start (presentation, T0);
  g_assert_false (corro_presentation_get_timers_paused (presentation));

  /* Paused from 10 to 25 minutes: the clock shows 10 all that time. */
  corro_presentation_set_timers_paused (presentation, TRUE, T0 + 10 * MINUTE);
  corro_presentation_set_timers_paused (presentation, TRUE, T0 + 11 * MINUTE);
  g_assert_true (corro_presentation_get_timers_paused (presentation));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (corro_presentation_get_elapsed (presentation, T0 + 20 * MINUTE), ==,
                   10 * MINUTE);
  g_assert_cmpint (corro_presentation_get_segment_elapsed (presentation, T0 + 20 * MINUTE), ==,
                   10 * MINUTE);
  g_assert_cmpint (corro_presentation_get_left (presentation, T0 + 20 * MINUTE), ==,
                   110 * MINUTE);
  /* A segment changed while paused starts at zero and stays there. */
  corro_presentation_next (presentation, T0 + 20 * MINUTE);
  g_assert_cmpint (corro_presentation_get_segment_elapsed (presentation, T0 + 24 * MINUTE), ==,
                   0);
  corro_presentation_set_timers_paused (presentation, FALSE, T0 + 25 * MINUTE);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpint (corro_presentation_get_elapsed (presentation, T0 + 30 * MINUTE), ==,
                   15 * MINUTE);
  g_assert_cmpint (corro_presentation_get_segment_elapsed (presentation, T0 + 30 * MINUTE), ==,
                   5 * MINUTE);
  g_assert_cmpint (corro_presentation_get_segment_left (presentation, T0 + 30 * MINUTE), ==,
                   corro_presentation_get_segment_planned (presentation) - 5 * MINUTE);

  /* Restarted at 40: nothing elapsed, the whole session left, every segment at zero. */
  corro_presentation_set_timers_paused (presentation, TRUE, T0 + 35 * MINUTE);
  corro_presentation_restart_timers (presentation, T0 + 40 * MINUTE);
  g_assert_false (corro_presentation_get_timers_paused (presentation));
  g_assert_cmpint (corro_presentation_get_elapsed (presentation, T0 + 40 * MINUTE), ==, 0);
  g_assert_cmpint (corro_presentation_get_left (presentation, T0 + 41 * MINUTE), ==,
                   119 * MINUTE);
  g_assert_cmpint (corro_presentation_get_segment_elapsed (presentation, T0 + 41 * MINUTE), ==,
                   MINUTE);
  corro_presentation_previous (presentation, T0 + 42 * MINUTE);
  g_assert_cmpint (corro_presentation_get_segment_elapsed (presentation, T0 + 42 * MINUTE), ==,
                   0);

  /* The clock stops at the end and a pause after it changes nothing. */
  corro_presentation_finish (presentation, T0 + 100 * MINUTE);
  corro_presentation_set_timers_paused (presentation, TRUE, T0 + 101 * MINUTE);
  g_assert_false (corro_presentation_get_timers_paused (presentation));
  g_assert_cmpint (corro_presentation_get_elapsed (presentation, T0 + 200 * MINUTE), ==,
                   60 * MINUTE);
}

/* Each clip segment keeps where its clip stopped; the overview reads every step. */
static void
test_clip_positions_per_step (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  CorroChapter *chapter = corro_programme_get_chapter (programme, 1);
  g_autoptr(CorroPresentation) presentation = corro_presentation_new (programme, chapter, "group",
                                                                      "en");
  guint n = corro_presentation_get_n_steps (presentation);

  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (corro_presentation_get_clip_position (presentation, i), ==, -1);
      g_assert_nonnull (corro_presentation_get_step_segment (presentation, i));
    }
  g_assert_null (corro_presentation_get_step_segment (presentation, n));

  corro_presentation_set_clip_position (presentation, 1, 42 * G_USEC_PER_SEC);
  corro_presentation_set_clip_position (presentation, n, 5);
  g_assert_cmpint (corro_presentation_get_clip_position (presentation, 1), ==,
                   42 * G_USEC_PER_SEC);
  g_assert_cmpint (corro_presentation_get_clip_position (presentation, 0), ==, -1);
  g_assert_cmpint (corro_presentation_get_clip_position (presentation, n), ==, -1);

  /* Away and back: still there. */
  corro_presentation_start (presentation, T0);
  corro_presentation_go_to (presentation, 2, T0 + MINUTE);
  corro_presentation_go_to (presentation, 1, T0 + 2 * MINUTE);
  g_assert_cmpint (corro_presentation_get_clip_position (presentation, 1), ==,
                   42 * G_USEC_PER_SEC);

  g_assert_true (corro_presentation_get_step_visited (presentation, 0));
  g_assert_true (corro_presentation_get_step_visited (presentation, 2));
  g_assert_false (corro_presentation_get_step_visited (presentation, 3));
  g_assert_false (corro_presentation_get_step_visited (presentation, n));
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  g_test_add_func ("/presentation/steps-follow-session-length", test_steps_follow_session_length);
  g_test_add_func ("/presentation/clock-against-plan", test_clock_against_plan);
  g_test_add_func ("/presentation/finish-records-skipped", test_finish_records_skipped);
  g_test_add_func ("/presentation/end-early-and-resume", test_end_early_and_resume);
  g_test_add_func ("/presentation/screen", test_screen);
  g_test_add_func ("/presentation/session-length-not-plan-total",
                   test_session_length_not_plan_total);
  g_test_add_func ("/presentation/pause-and-restart-timers", test_pause_and_restart_timers);
  g_test_add_func ("/presentation/clip-positions-per-step", test_clip_positions_per_step);

  return g_test_run ();
}
