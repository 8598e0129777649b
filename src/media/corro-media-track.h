/* corro-media-track.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

/**
 * CorroMediaTrackKind:
 * @CORRO_MEDIA_TRACK_AUDIO: a sound track
 * @CORRO_MEDIA_TRACK_SUBTITLE: subtitles, inside the file or in a `.srt`/`.vtt` beside it
 */
typedef enum
{
  CORRO_MEDIA_TRACK_AUDIO,
  CORRO_MEDIA_TRACK_SUBTITLE,
} CorroMediaTrackKind;

#define CORRO_TYPE_MEDIA_TRACK (corro_media_track_get_type ())

G_DECLARE_FINAL_TYPE (CorroMediaTrack, corro_media_track, CORRO, MEDIA_TRACK, GObject)

CorroMediaTrackKind  corro_media_track_get_kind           (CorroMediaTrack *self);
int                  corro_media_track_get_stream_index   (CorroMediaTrack *self);
const char          *corro_media_track_get_codec          (CorroMediaTrack *self);
const char          *corro_media_track_get_language_code  (CorroMediaTrack *self);
const char          *corro_media_track_get_language_name  (CorroMediaTrack *self);
const char          *corro_media_track_get_title          (CorroMediaTrack *self);
const char          *corro_media_track_get_uri            (CorroMediaTrack *self);
gboolean             corro_media_track_get_external       (CorroMediaTrack *self);
gboolean             corro_media_track_get_decodable      (CorroMediaTrack *self);
char                *corro_media_track_dup_label          (CorroMediaTrack *self);

G_END_DECLS
