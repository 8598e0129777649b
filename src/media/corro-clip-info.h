/* corro-clip-info.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_CLIP_INFO (corro_clip_info_get_type ())

G_DECLARE_FINAL_TYPE (CorroClipInfo, corro_clip_info, CORRO, CLIP_INFO, GObject)

CorroClipInfo *corro_clip_info_probe                (const char           *uri,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
void           corro_clip_info_probe_async          (const char           *uri,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
CorroClipInfo *corro_clip_info_probe_finish         (GAsyncResult         *result,
                                                     GError              **error);

const char    *corro_clip_info_get_uri              (CorroClipInfo        *self);
const char    *corro_clip_info_get_container        (CorroClipInfo        *self);
gint64         corro_clip_info_get_duration         (CorroClipInfo        *self);
gboolean       corro_clip_info_get_seekable         (CorroClipInfo        *self);
gboolean       corro_clip_info_has_video            (CorroClipInfo        *self);
const char    *corro_clip_info_get_video_codec      (CorroClipInfo        *self);
int            corro_clip_info_get_width            (CorroClipInfo        *self);
int            corro_clip_info_get_height           (CorroClipInfo        *self);
int            corro_clip_info_get_display_width    (CorroClipInfo        *self);
double         corro_clip_info_get_frame_rate       (CorroClipInfo        *self);
GListModel    *corro_clip_info_get_audio_tracks     (CorroClipInfo        *self);
GListModel    *corro_clip_info_get_subtitle_tracks  (CorroClipInfo        *self);
gboolean       corro_clip_info_get_playable         (CorroClipInfo        *self);
const GError  *corro_clip_info_get_problem          (CorroClipInfo        *self);

G_END_DECLS
