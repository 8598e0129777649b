/* corro-pause-point.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PAUSE_POINT (corro_pause_point_get_type ())

G_DECLARE_FINAL_TYPE (CorroPausePoint, corro_pause_point, CORRO, PAUSE_POINT, GObject)

CorroPausePoint *corro_pause_point_new        (gint64           at_ms);
CorroPausePoint *corro_pause_point_copy       (CorroPausePoint *self);
gint64           corro_pause_point_get_at     (CorroPausePoint *self);
void             corro_pause_point_set_at     (CorroPausePoint *self,
                                               gint64           at_ms);
const char      *corro_pause_point_get_prompt (CorroPausePoint *self,
                                               const char      *language);
void             corro_pause_point_set_prompt (CorroPausePoint *self,
                                               const char      *language,
                                               const char      *prompt);

G_END_DECLS
