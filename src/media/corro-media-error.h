/* corro-media-error.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_MEDIA_ERROR (corro_media_error_quark ())

/**
 * CorroMediaError:
 * @CORRO_MEDIA_ERROR_NOT_FOUND: the file is not there (moved, renamed, deleted, disk gone)
 * @CORRO_MEDIA_ERROR_UNREADABLE: the file is there but may not be read
 * @CORRO_MEDIA_ERROR_EMPTY: the file has no bytes at all
 * @CORRO_MEDIA_ERROR_NOT_MEDIA: not a video file at all (a document, random bytes, a folder)
 * @CORRO_MEDIA_ERROR_NO_VIDEO: a media file without moving pictures (sound only, a photo)
 * @CORRO_MEDIA_ERROR_MISSING_DECODER: a decoder or demuxer for it is not installed
 * @CORRO_MEDIA_ERROR_TRUNCATED: the file ends before its stated length
 * @CORRO_MEDIA_ERROR_DAMAGED: the data inside is broken
 * @CORRO_MEDIA_ERROR_AUDIO_OUTPUT: no sound output could be opened
 * @CORRO_MEDIA_ERROR_FAILED: anything else
 *
 * Every message is written for a facilitator and translated; GStreamer's own
 * messages only reach the debug log.
 */
typedef enum
{
  CORRO_MEDIA_ERROR_NOT_FOUND = 1,
  CORRO_MEDIA_ERROR_UNREADABLE,
  CORRO_MEDIA_ERROR_EMPTY,
  CORRO_MEDIA_ERROR_NOT_MEDIA,
  CORRO_MEDIA_ERROR_NO_VIDEO,
  CORRO_MEDIA_ERROR_MISSING_DECODER,
  CORRO_MEDIA_ERROR_TRUNCATED,
  CORRO_MEDIA_ERROR_DAMAGED,
  CORRO_MEDIA_ERROR_AUDIO_OUTPUT,
  CORRO_MEDIA_ERROR_FAILED,
} CorroMediaError;

GQuark corro_media_error_quark (void);

G_END_DECLS
