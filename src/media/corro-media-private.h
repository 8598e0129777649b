/* corro-media-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared inside media/. GStreamer types may appear here, never in the
 * public headers.
 */

#pragma once

#include <gst/gst.h>

#include "corro-media-error.h"
#include "corro-media-track.h"

G_BEGIN_DECLS

/* Nanoseconds (GStreamer) ↔ microseconds (our API, like GtkMediaStream). */
#define CORRO_US_TO_NS(us) ((GstClockTime) (us) * GST_USECOND)
#define CORRO_NS_TO_US(ns) ((gint64) ((ns) / GST_USECOND))

/**
 * CorroMissingKind:
 * What a missing-plugin message is about, which decides whether it is fatal.
 */
typedef enum
{
  CORRO_MISSING_OTHER,
  CORRO_MISSING_CONTAINER,
  CORRO_MISSING_VIDEO,
  CORRO_MISSING_AUDIO,
  CORRO_MISSING_SUBTITLE,
} CorroMissingKind;

void              _corro_media_init                   (void);
char             *_corro_media_uri_from_arg           (const char    *path_or_uri);
char             *_corro_media_display_name           (const char    *uri);
char             *_corro_media_format_time            (gint64         us);
gboolean          _corro_media_check_file             (const char    *uri,
                                                       GError       **error);
gboolean          _corro_media_caps_have_decoder      (const GstCaps *caps);
GPtrArray        *_corro_media_find_subtitle_files    (const char    *uri);
char             *_corro_media_language_from_name     (const char    *subtitle_uri);
GstElement       *_corro_media_make_audio_sink        (void);

CorroMissingKind  _corro_media_classify_missing       (const GstCaps *caps);
void              _corro_media_set_missing_error      (GError       **error,
                                                       const GstCaps *caps,
                                                       const char    *description);
gboolean          _corro_media_set_missing_error_from_details
                                                      (GError       **error,
                                                       const char   **details);
void              _corro_media_set_error_from_gst     (GError       **error,
                                                       const GError  *gst_error,
                                                       const char    *debug,
                                                       gboolean       from_audio_sink,
                                                       const char    *uri);
void              _corro_media_set_truncated_error    (GError       **error,
                                                       const char    *uri,
                                                       gint64         ended_us,
                                                       gint64         length_us);
void              _corro_media_set_too_short_error    (GError       **error,
                                                       const char    *uri,
                                                       gint64         ended_us,
                                                       gint64         point_us,
                                                       gboolean       pause_point);

CorroMediaTrack  *_corro_media_track_new              (CorroMediaTrackKind  kind,
                                                       int                  stream_index,
                                                       const char          *codec,
                                                       const char          *language_code,
                                                       const char          *title,
                                                       const char          *uri,
                                                       gboolean             decodable);

G_END_DECLS
