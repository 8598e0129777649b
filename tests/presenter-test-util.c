/* presenter-test-util.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "corro-chapter.h"
#include "corro-window.h"
#include "corro-pause-point.h"
#include "corro-player.h"
#include "corro-presentation.h"
#include "corro-segment.h"
#include "corro-test-util.h"
#include "media-test-util.h"
#include "presenter-test-util.h"

const char *
presenter_test_language (void)
{
  const char *value = g_getenv ("LANGUAGE");

  return value != NULL && g_str_has_prefix (value, "es") ? "es" : "en";
}

/* The @nth clip segment of @chapter (0 for the first), owned by the chapter. */
CorroSegment *
presenter_test_clip_segment (CorroChapter *chapter,
                             guint         nth)
{
  GListModel *segments = corro_chapter_get_segments (chapter);

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);

      if (corro_segment_get_kind (segment) == CORRO_SEGMENT_CLIP && nth-- == 0)
        return segment;
    }

  g_assert_not_reached ();
}

/* The question of pause point @index (from 0) of the clip called @label ("" for none),
 * in the test's language: "Question 1", "Pregunta 1", "Question B2"… */
char *
presenter_test_question (const char *label,
                         guint       index)
{
  return g_strdup_printf (g_str_equal (presenter_test_language (), "es") ? "Pregunta %s%u"
                                                                         : "Question %s%u",
                          label != NULL ? label : "", index + 1);
}

/* @segment's clip shortened to a generated file: from 0 to @clip_out ms (0: the file's
 * end), with pause points at @at_ms asking presenter_test_question (@label, i) in both
 * languages. */
void
presenter_test_fit_clip (CorroSegment *segment,
                         const gint64 *at_ms,
                         guint         n_points,
                         gint64        clip_out,
                         const char   *label)
{
  GListModel *points = corro_segment_get_pause_points (segment);

  while (g_list_model_get_n_items (points) > 0)
    {
      g_autoptr(CorroPausePoint) old = g_list_model_get_item (points, 0);

      corro_segment_remove_pause_point (segment, old);
    }
  corro_segment_set_clip_in (segment, 0);
  corro_segment_set_clip_out (segment, clip_out);
  for (guint j = 0; j < n_points; j++)
    {
      g_autoptr(CorroPausePoint) pause_point = corro_pause_point_new (at_ms[j]);
      g_autofree char *en = g_strdup_printf ("Question %s%u", label != NULL ? label : "", j + 1);
      g_autofree char *es = g_strdup_printf ("Pregunta %s%u", label != NULL ? label : "", j + 1);

      corro_pause_point_set_prompt (pause_point, "en", en);
      corro_pause_point_set_prompt (pause_point, "es", es);
      corro_segment_add_pause_point (segment, pause_point);
    }
}

/* Whether a label drawn under @root shows @text. */
gboolean
presenter_test_label_shows (GtkWidget  *root,
                            const char *text)
{
  g_autoptr(GPtrArray) labels = corro_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_drawable (label) &&
          g_strrstr (gtk_label_get_label (GTK_LABEL (label)), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* A key as the facilitator (or a clicker) presses it, through the X server; xdotool
 * names: "Next" is Page Down, "Prior" Page Up. */
void
presenter_test_press_key (const char *key)
{
  corro_test_xdotool ((const char *[]) { "key", key, NULL });
}

typedef struct
{
  CorroPresentation *presentation;
  guint              step;
} StepWait;

static gboolean
step_is (gpointer data)
{
  StepWait *wait = data;

  return corro_presentation_get_step (wait->presentation) == wait->step;
}

void
presenter_test_wait_for_step (CorroPresentation *presentation,
                              guint              step)
{
  StepWait wait = { presentation, step };

  media_test_wait_until (step_is, &wait, PRESENTER_TEST_WAIT_SECONDS);
  g_assert_cmpuint (corro_presentation_get_step (presentation), ==, step);
}

typedef struct
{
  CorroPresenterWindow *presenter;
  const char           *prompt;
} PromptWait;

static gboolean
prompt_shown (gpointer data)
{
  PromptWait *wait = data;

  return g_strcmp0 (corro_presenter_window_get_pause_prompt (wait->presenter),
                    wait->prompt) == 0 &&
         corro_player_get_state (corro_presenter_window_get_player (wait->presenter)) ==
         CORRO_PLAYER_STATE_PAUSED;
}

/* Waits until the clip has stopped at the pause point asking @prompt. */
void
presenter_test_wait_for_prompt (CorroPresenterWindow *presenter,
                                const char           *prompt)
{
  PromptWait wait = { presenter, prompt };

  media_test_wait_until (prompt_shown, &wait, PRESENTER_TEST_WAIT_SECONDS);
  g_assert_cmpstr (corro_presenter_window_get_pause_prompt (presenter), ==, prompt);
  g_assert_cmpint (corro_player_get_state (corro_presenter_window_get_player (presenter)), ==,
                   CORRO_PLAYER_STATE_PAUSED);
}

/* Each check in its own process (one application per process), ended after @seconds. */
void
presenter_test_run_in_subprocess (void (*check) (void),
                                  guint  seconds)
{
  if (!corro_test_in_subprocess (seconds))
    return;

  /* Every CRITICAL and WARNING, of any domain, fails the test. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  check ();
}

/* The subtitle of @session's row on the group's page, as it is drawn now. */
const char *
presenter_test_session_subtitle (CorroWindow  *window,
                                 CorroSession *session)
{
  GtkWidget *page = corro_window_get_group_page (window);
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (page, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_object_get_data (g_ptr_array_index (rows, i), "session") == session)
      return adw_action_row_get_subtitle (g_ptr_array_index (rows, i));

  return NULL;
}
