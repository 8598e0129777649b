/* corro-segment-row.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_SEGMENT_ROW (corro_segment_row_get_type ())

G_DECLARE_FINAL_TYPE (CorroSegmentRow, corro_segment_row, CORRO, SEGMENT_ROW, AdwActionRow)

GtkWidget    *corro_segment_row_new         (CorroSegment    *segment,
                                             const char      *language,
                                             const char      *variant);
CorroSegment *corro_segment_row_get_segment (CorroSegmentRow *self);
void          corro_segment_row_set_variant (CorroSegmentRow *self,
                                             const char      *variant);

G_END_DECLS
