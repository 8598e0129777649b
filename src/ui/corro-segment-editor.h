/* corro-segment-editor.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_SEGMENT_EDITOR (corro_segment_editor_get_type ())

G_DECLARE_FINAL_TYPE (CorroSegmentEditor, corro_segment_editor, CORRO, SEGMENT_EDITOR, AdwBin)

GtkWidget    *corro_segment_editor_new         (void);
void          corro_segment_editor_set_segment (CorroSegmentEditor *self,
                                                CorroSegment       *segment,
                                                CorroProgramme     *programme);
CorroSegment *corro_segment_editor_get_segment (CorroSegmentEditor *self);

G_END_DECLS
