/* corro-player.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>
#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

/**
 * CorroPlayerState:
 * @CORRO_PLAYER_STATE_STOPPED: no clip loaded
 * @CORRO_PLAYER_STATE_LOADING: opening the clip and preparing its first frame
 * @CORRO_PLAYER_STATE_PAUSED: ready, showing a frame (at the in point, a pause point, or
 *   wherever it was paused)
 * @CORRO_PLAYER_STATE_PLAYING: playing
 * @CORRO_PLAYER_STATE_FINISHED: stopped at the out point
 * @CORRO_PLAYER_STATE_ERROR: the clip cannot be played; see corro_player_get_error()
 */
typedef enum
{
  CORRO_PLAYER_STATE_STOPPED,
  CORRO_PLAYER_STATE_LOADING,
  CORRO_PLAYER_STATE_PAUSED,
  CORRO_PLAYER_STATE_PLAYING,
  CORRO_PLAYER_STATE_FINISHED,
  CORRO_PLAYER_STATE_ERROR,
} CorroPlayerState;

/* Every time in this API is in microseconds from the start of the file, like
 * GtkMediaStream. An out point of CORRO_PLAYER_END means the end of the file. */
#define CORRO_PLAYER_END ((gint64) -1)

#define CORRO_TYPE_PLAYER (corro_player_get_type ())

G_DECLARE_FINAL_TYPE (CorroPlayer, corro_player, CORRO, PLAYER, GObject)

CorroPlayer      *corro_player_new                      (void);

GdkPaintable     *corro_player_get_paintable            (CorroPlayer   *self);
CorroPlayerState  corro_player_get_state                (CorroPlayer   *self);
const GError     *corro_player_get_error                (CorroPlayer   *self);

void              corro_player_load                     (CorroPlayer   *self,
                                                         const char    *uri,
                                                         gint64         in_point,
                                                         gint64         out_point,
                                                         const gint64  *pause_points,
                                                         guint          n_pause_points);
const char       *corro_player_get_uri                  (CorroPlayer   *self);
void              corro_player_set_uri                  (CorroPlayer   *self,
                                                         const char    *uri);
gint64            corro_player_get_in_point             (CorroPlayer   *self);
void              corro_player_set_in_point             (CorroPlayer   *self,
                                                         gint64         in_point);
gint64            corro_player_get_out_point            (CorroPlayer   *self);
void              corro_player_set_out_point            (CorroPlayer   *self,
                                                         gint64         out_point);
const gint64     *corro_player_get_pause_points         (CorroPlayer   *self,
                                                         guint         *n_pause_points);
void              corro_player_set_pause_points         (CorroPlayer   *self,
                                                         const gint64  *pause_points,
                                                         guint          n_pause_points);
gint64            corro_player_get_expected_duration    (CorroPlayer   *self);
void              corro_player_set_expected_duration    (CorroPlayer   *self,
                                                         gint64         duration);

gint64            corro_player_get_position             (CorroPlayer   *self);
gint64            corro_player_get_duration             (CorroPlayer   *self);
double            corro_player_get_volume               (CorroPlayer   *self);
void              corro_player_set_volume               (CorroPlayer   *self,
                                                         double         volume);
gboolean          corro_player_get_muted                (CorroPlayer   *self);
void              corro_player_set_muted                (CorroPlayer   *self,
                                                         gboolean       muted);

void              corro_player_play                     (CorroPlayer   *self);
void              corro_player_pause                    (CorroPlayer   *self);
void              corro_player_stop                     (CorroPlayer   *self);
void              corro_player_seek                     (CorroPlayer   *self,
                                                         gint64         position);
void              corro_player_seek_relative            (CorroPlayer   *self,
                                                         gint64         offset);
gboolean          corro_player_next_pause_point         (CorroPlayer   *self);
gboolean          corro_player_previous_pause_point     (CorroPlayer   *self);

GListModel       *corro_player_get_audio_tracks         (CorroPlayer   *self);
int               corro_player_get_current_audio        (CorroPlayer   *self);
void              corro_player_set_current_audio        (CorroPlayer   *self,
                                                         int            index);
GListModel       *corro_player_get_subtitle_tracks      (CorroPlayer   *self);
int               corro_player_get_current_subtitle     (CorroPlayer   *self);
void              corro_player_set_current_subtitle     (CorroPlayer   *self,
                                                         int            index);

G_END_DECLS
