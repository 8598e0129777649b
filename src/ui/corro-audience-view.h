/* corro-audience-view.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_AUDIENCE_VIEW (corro_audience_view_get_type ())

G_DECLARE_FINAL_TYPE (CorroAudienceView, corro_audience_view, CORRO, AUDIENCE_VIEW, AdwBin)

GtkWidget  *corro_audience_view_new           (CorroPresentation *presentation,
                                               GdkPaintable      *video);
void        corro_audience_view_set_show_clip (CorroAudienceView *self,
                                               gboolean           show_clip);
const char *corro_audience_view_get_showing   (CorroAudienceView *self);
char       *corro_audience_view_dup_break_text (CorroAudienceView *self);

G_END_DECLS
