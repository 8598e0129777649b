/* corro-segment.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_SEGMENT (corro_segment_get_type ())

G_DECLARE_FINAL_TYPE (CorroSegment, corro_segment, CORRO, SEGMENT, GObject)

CorroSegment     *corro_segment_new                (CorroSegmentKind  kind);
CorroSegment     *corro_segment_copy               (CorroSegment     *self);
CorroSegmentKind  corro_segment_get_kind           (CorroSegment     *self);
void              corro_segment_set_kind           (CorroSegment     *self,
                                                    CorroSegmentKind  kind);
const char       *corro_segment_get_title          (CorroSegment     *self,
                                                    const char       *language);
void              corro_segment_set_title          (CorroSegment     *self,
                                                    const char       *language,
                                                    const char       *title);
const char       *corro_segment_get_notes          (CorroSegment     *self,
                                                    const char       *language);
void              corro_segment_set_notes          (CorroSegment     *self,
                                                    const char       *language,
                                                    const char       *notes);
const char       *corro_segment_get_prompt         (CorroSegment     *self,
                                                    const char       *language);
void              corro_segment_set_prompt         (CorroSegment     *self,
                                                    const char       *language,
                                                    const char       *prompt);
GStrv             corro_segment_dup_variants       (CorroSegment     *self);
guint             corro_segment_get_minutes        (CorroSegment     *self,
                                                    const char       *variant);
void              corro_segment_set_minutes        (CorroSegment     *self,
                                                    const char       *variant,
                                                    guint             minutes);
const char       *corro_segment_get_clip_key       (CorroSegment     *self);
void              corro_segment_set_clip_key       (CorroSegment     *self,
                                                    const char       *clip_key);
gint64            corro_segment_get_clip_in        (CorroSegment     *self);
void              corro_segment_set_clip_in        (CorroSegment     *self,
                                                    gint64            in_ms);
gint64            corro_segment_get_clip_out       (CorroSegment     *self);
void              corro_segment_set_clip_out       (CorroSegment     *self,
                                                    gint64            out_ms);
GListModel       *corro_segment_get_pause_points   (CorroSegment     *self);
void              corro_segment_add_pause_point    (CorroSegment     *self,
                                                    CorroPausePoint  *pause_point);
void              corro_segment_remove_pause_point (CorroSegment     *self,
                                                    CorroPausePoint  *pause_point);

const char       *corro_segment_kind_to_string     (CorroSegmentKind  kind);
gboolean          corro_segment_kind_from_string   (const char       *name,
                                                    CorroSegmentKind *kind);
const char       *corro_segment_kind_get_label     (CorroSegmentKind  kind);
const char       *corro_segment_kind_get_icon_name (CorroSegmentKind  kind);

G_END_DECLS
