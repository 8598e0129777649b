/* presenter-test-util.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the presenter tests share: the language they run in, a chapter's clip segment
 * fitted to a generated file, real keys, and waits on what the presenter shows, bounded
 * generously (they return as soon as the condition holds, so a loaded machine only
 * makes them slower).
 */

#pragma once

#include <gtk/gtk.h>

#include "corro-presenter-window.h"
#include "corro-types.h"

G_BEGIN_DECLS

/* The longest any single wait may take; each returns as soon as it is met. */
#define PRESENTER_TEST_WAIT_SECONDS 30.0

const char   *presenter_test_language         (void);
CorroSegment *presenter_test_clip_segment     (CorroChapter         *chapter,
                                               guint                 nth);
void          presenter_test_fit_clip         (CorroSegment         *segment,
                                               const gint64         *at_ms,
                                               guint                 n_points,
                                               gint64                clip_out,
                                               const char           *label);
char         *presenter_test_question         (const char           *label,
                                               guint                 index);
gboolean      presenter_test_label_shows      (GtkWidget            *root,
                                               const char           *text);
void          presenter_test_press_key        (const char           *key);
void          presenter_test_wait_for_step    (CorroPresentation    *presentation,
                                               guint                 step);
void          presenter_test_wait_for_prompt  (CorroPresenterWindow *presenter,
                                               const char           *prompt);
const char   *presenter_test_session_subtitle (CorroWindow        *window,
                                               CorroSession         *session);
void          presenter_test_run_in_subprocess (void               (*check) (void),
                                                guint                seconds);

G_END_DECLS
