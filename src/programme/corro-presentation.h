/* corro-presentation.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PRESENTATION (corro_presentation_get_type ())

G_DECLARE_FINAL_TYPE (CorroPresentation, corro_presentation, CORRO, PRESENTATION, GObject)

CorroPresentation *corro_presentation_new                 (CorroProgramme    *programme,
                                                           CorroChapter      *chapter,
                                                           const char        *variant,
                                                           const char        *language);
CorroChapter      *corro_presentation_get_chapter         (CorroPresentation *self);
CorroProgramme    *corro_presentation_get_programme       (CorroPresentation *self);
const char        *corro_presentation_get_language        (CorroPresentation *self);
const char        *corro_presentation_get_variant         (CorroPresentation *self);
guint              corro_presentation_get_n_steps         (CorroPresentation *self);
guint              corro_presentation_get_step            (CorroPresentation *self);
CorroSegment      *corro_presentation_get_segment         (CorroPresentation *self);
CorroSegment      *corro_presentation_get_next_segment    (CorroPresentation *self);
guint              corro_presentation_get_segment_index   (CorroPresentation *self);
void               corro_presentation_start               (CorroPresentation *self,
                                                           gint64             now);
gboolean           corro_presentation_is_started          (CorroPresentation *self);
gboolean           corro_presentation_next                (CorroPresentation *self,
                                                           gint64             now);
gboolean           corro_presentation_previous            (CorroPresentation *self,
                                                           gint64             now);
void               corro_presentation_go_to               (CorroPresentation *self,
                                                           guint              step,
                                                           gint64             now);
void               corro_presentation_finish              (CorroPresentation *self,
                                                           gint64             now);
gboolean           corro_presentation_is_finished         (CorroPresentation *self);
CorroScreen        corro_presentation_get_screen          (CorroPresentation *self);
void               corro_presentation_set_screen          (CorroPresentation *self,
                                                           CorroScreen        screen);
gint64             corro_presentation_get_elapsed         (CorroPresentation *self,
                                                           gint64             now);
gint64             corro_presentation_get_planned         (CorroPresentation *self);
gint64             corro_presentation_get_left            (CorroPresentation *self,
                                                           gint64             now);
gint64             corro_presentation_get_segment_elapsed (CorroPresentation *self,
                                                           gint64             now);
gint64             corro_presentation_get_segment_planned (CorroPresentation *self);
CorroTiming        corro_presentation_get_segment_timing  (CorroPresentation *self,
                                                           gint64             now);
GDateTime         *corro_presentation_get_started_at      (CorroPresentation *self);
GDateTime         *corro_presentation_get_finished_at     (CorroPresentation *self);
GArray            *corro_presentation_dup_skipped         (CorroPresentation *self);
GArray            *corro_presentation_dup_not_reached     (CorroPresentation *self);
void               corro_presentation_resume              (CorroPresentation *self,
                                                           gint64             now);
guint              corro_presentation_get_session_minutes (CorroPresentation *self);
void               corro_presentation_set_session_minutes (CorroPresentation *self,
                                                           guint              minutes);
gboolean           corro_presentation_get_timers_paused   (CorroPresentation *self);
void               corro_presentation_set_timers_paused   (CorroPresentation *self,
                                                           gboolean           paused,
                                                           gint64             now);
void               corro_presentation_restart_timers      (CorroPresentation *self,
                                                           gint64             now);
GDateTime         *corro_presentation_dup_planned_end     (CorroPresentation *self,
                                                           gint64             now);
gint64             corro_presentation_get_segment_left    (CorroPresentation *self,
                                                           gint64             now);
CorroSegment      *corro_presentation_get_step_segment    (CorroPresentation *self,
                                                           guint              step);
gboolean           corro_presentation_get_step_visited    (CorroPresentation *self,
                                                           guint              step);
gint64             corro_presentation_get_clip_position   (CorroPresentation *self,
                                                           guint              step);
void               corro_presentation_set_clip_position   (CorroPresentation *self,
                                                           guint              step,
                                                           gint64             position);

G_END_DECLS
