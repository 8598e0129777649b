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
  g_assert_cmpint (corro_presentation_get_clip_position (presentation), ==, -1);
  corro_presentation_set_clip_position (presentation, 42 * G_USEC_PER_SEC);
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
  g_assert_cmpint (corro_presentation_get_clip_position (presentation), ==, 42 * G_USEC_PER_SEC);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presentation/steps-follow-session-length", test_steps_follow_session_length);
  g_test_add_func ("/presentation/clock-against-plan", test_clock_against_plan);
  g_test_add_func ("/presentation/finish-records-skipped", test_finish_records_skipped);
  g_test_add_func ("/presentation/end-early-and-resume", test_end_early_and_resume);
  g_test_add_func ("/presentation/screen", test_screen);

  return g_test_run ();
}
