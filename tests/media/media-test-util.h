/* media-test-util.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clips generated for the media tests, each frame carrying its own number, and the
 * means to read it back from a texture.
 */

#pragma once

#include <gtk/gtk.h>

#include "corro-player.h"

G_BEGIN_DECLS

/* Frame numbers are drawn as MEDIA_TEST_BITS black or white bands across the top
 * half of the picture; the bottom half is dark grey, left for subtitles. */
#define MEDIA_TEST_BITS 10

typedef struct
{
  int         width;
  int         height;
  int         fps;
  int         n_frames;
  const char *video;              /* encoder (and parser) after videoconvert */
  const char *audio;              /* encoder for each sound track, NULL for none */
  const char *mux;                /* muxer */
  int         n_audio;            /* sound tracks, 1 when 0 and audio is set */
  const char *languages[3];       /* language-code tag per sound track, or NULL */
  const char *waves[3];           /* audiotestsrc wave per sound track, or NULL (sine) */
  const char *subtitle_srt;       /* an .srt file to put inside, or NULL */
  const char *subtitle_language;
} MediaTestClip;

gboolean    media_test_have_elements          (const char          *first,
                                               ...) G_GNUC_NULL_TERMINATED;
char       *media_test_make_clip              (const char          *dir,
                                               const char          *name,
                                               const MediaTestClip *clip);
char       *media_test_make_webm              (const char          *dir,
                                               const char          *name,
                                               int                  fps,
                                               int                  n_frames);
char       *media_test_write_srt              (const char          *dir,
                                               const char          *name,
                                               const char          *text);
void        media_test_truncate               (const char          *path,
                                               double               fraction);
gint64      media_test_first_frame_time       (const char          *uri);
int         media_test_frame_number           (GdkTexture          *texture);
int         media_test_shown_frame            (CorroPlayer         *player);
guint       media_test_bright_pixels_below    (GdkTexture          *texture,
                                               double               from);
void        media_test_lower_decoders         (const char          *caps);

gboolean    media_test_wait_for_state         (CorroPlayer         *player,
                                               CorroPlayerState     state);
void        media_test_wait_until             (gboolean           (*done) (gpointer),
                                               gpointer             data,
                                               double               seconds);
void        media_test_iterate_for            (double               seconds);

/* Records what a player does: frames shown (as numbers), points reached, errors. */
typedef struct
{
  CorroPlayer *player;
  GArray      *frames;            /* int */
  GArray      *reached;           /* guint */
  GError      *error;
  guint        n_finished;
} MediaTestLog;

MediaTestLog *media_test_log_new              (CorroPlayer         *player);
void          media_test_log_free             (MediaTestLog        *log);
gboolean      media_test_log_wait_reached     (MediaTestLog        *log,
                                               guint                n_reached);
gboolean      media_test_log_wait_finished    (MediaTestLog        *log);
gboolean      media_test_log_wait_error       (MediaTestLog        *log);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MediaTestLog, media_test_log_free)

G_END_DECLS
