/* corro-pause-point-row.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PAUSE_POINT_ROW (corro_pause_point_row_get_type ())

G_DECLARE_FINAL_TYPE (CorroPausePointRow, corro_pause_point_row, CORRO, PAUSE_POINT_ROW,
                      GtkListBoxRow)

GtkWidget *corro_pause_point_row_new (CorroSegment    *segment,
                                      CorroPausePoint *pause_point);

G_END_DECLS
