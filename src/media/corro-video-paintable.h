/* corro-video-paintable.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_VIDEO_PAINTABLE (corro_video_paintable_get_type ())

G_DECLARE_FINAL_TYPE (CorroVideoPaintable, corro_video_paintable, CORRO, VIDEO_PAINTABLE, GObject)

CorroVideoPaintable *corro_video_paintable_new                 (void);
GdkTexture          *corro_video_paintable_get_texture         (CorroVideoPaintable *self);
double               corro_video_paintable_get_pixel_aspect    (CorroVideoPaintable *self);
void                 corro_video_paintable_set_texture         (CorroVideoPaintable *self,
                                                                GdkTexture          *texture,
                                                                double               pixel_aspect);
guint64              corro_video_paintable_get_n_frames        (CorroVideoPaintable *self);

G_END_DECLS
