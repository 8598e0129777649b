/* corro-player-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPlayer is split in four files: corro-player.c (the object, its properties and
 * public API), corro-player-pipeline.c (frames and stretches), corro-player-bus.c
 * (loading, EOS, errors) and corro-player-tracks.c (sound and subtitle tracks).
 */

#pragma once

#include <gst/gst.h>

#include "corro-media-track.h"
#include "corro-player.h"
#include "corro-video-paintable.h"

G_BEGIN_DECLS

struct _CorroPlayer
{
  GObject              parent_instance;

  /* owned */
  GstElement          *playbin;
  GstElement          *appsink;
  CorroVideoPaintable *paintable;
  GListStore          *audio_tracks;
  GListStore          *subtitle_tracks;
  CorroMediaTrack     *chosen_subtitle;   /* kept across reloads of the same clip */
  GPtrArray           *subtitle_files;    /* URIs of .srt/.vtt files beside the clip */
  GPtrArray           *missing;           /* missing-plugin GstMessages since loading */
  GArray              *pause_points;      /* gint64, ascending */
  GError              *error;
  char                *uri;
  char                *suburi;            /* subtitle file loaded with the clip, or NULL */
  guint                bus_watch_id;
  guint                position_source_id;

  /* shared with the streaming threads, under lock */
  GMutex               lock;
  GSource             *frame_source;
  GdkTexture          *pending_texture;
  double               pending_pixel_aspect;
  GstClockTime         last_frame_end;    /* stream time of the end of the latest frame */
  gboolean             show_preroll;
  guint32              window_seqnum;     /* the seek whose segments get the exact window */
  GstClockTime         window_start;      /* stream time */
  GstClockTime         window_stop;       /* stream time, or NONE */
  gboolean             loose_seeking;     /* MPEG system streams: see seek_stretch() */
  int                  wanted_audio;      /* playbin audio stream, -1 for the default */
  int                  wanted_text;       /* the file's own subtitle track, or -1 */
  gboolean             wanted_text_file;  /* the subtitle file (suburi) instead */
  gboolean             audio_selected;    /* wanted_audio set on this load's selector */
  gboolean             text_selected;

  CorroPlayerState     state;
  gint64               in_point;
  gint64               out_point;
  gint64               expected_duration;
  gint64               position;
  gint64               duration;
  double               volume;
  gboolean             muted;
  int                  current_audio;
  int                  current_subtitle;
  gboolean             text_enabled;      /* loaded with subtitles drawn */
  gboolean             just_before;       /* stopped at a point: shows the frame before it */

  /* the stretch being played: to the next pause point, or to the out point */
  gint64               stretch_stop;      /* CORRO_PLAYER_END: the end of the file */
  int                  stretch_target;    /* pause point index, or -1 for the out point */

  /* loading */
  gint64               load_position;
  gboolean             load_prerolled;
  gboolean             play_when_ready;
};

/* corro-player.c */
GstElement *_corro_player_get_pipeline           (CorroPlayer      *self);
void        _corro_player_reload                 (CorroPlayer      *self);
void        _corro_player_notify                 (CorroPlayer      *self,
                                                  guint             prop_id);
void        _corro_player_set_state              (CorroPlayer      *self,
                                                  CorroPlayerState  state);
void        _corro_player_set_position           (CorroPlayer      *self,
                                                  gint64            position);
void        _corro_player_emit_pause_point_reached (CorroPlayer    *self,
                                                  guint             index);
void        _corro_player_emit_finished          (CorroPlayer      *self);
void        _corro_player_emit_error             (CorroPlayer      *self);

/* corro-player-pipeline.c */
void        _corro_player_build_pipeline         (CorroPlayer      *self);
void        _corro_player_deliver_frame          (CorroPlayer      *self);
gint64      _corro_player_clamp_position         (CorroPlayer      *self,
                                                  gint64            position);
gint64      _corro_player_find_stop              (CorroPlayer      *self,
                                                  gint64            position,
                                                  int              *target);
void        _corro_player_seek_stretch           (CorroPlayer      *self,
                                                  gint64            position,
                                                  gboolean          just_before,
                                                  gboolean          show);
gboolean    _corro_player_uses_mpeg_system_demuxer (CorroPlayer    *self);

/* corro-player-bus.c */
void        _corro_player_watch_bus              (CorroPlayer      *self);
void        _corro_player_start_loading          (CorroPlayer      *self,
                                                  gint64            position,
                                                  gboolean          just_before,
                                                  gboolean          play,
                                                  gboolean          new_clip);
void        _corro_player_fail                   (CorroPlayer      *self,
                                                  GError           *error);

/* corro-player-tracks.c */
void     _corro_player_tracks_clear        (CorroPlayer *self);
void     _corro_player_tracks_prepare      (CorroPlayer *self,
                                            gboolean     new_clip,
                                            gboolean    *text_enabled,
                                            const char **suburi);
void     _corro_player_tracks_refresh      (CorroPlayer *self);
void     _corro_player_tracks_connect      (CorroPlayer *self);

/* Property ids shared by both files. */
enum {
  CORRO_PLAYER_PROP_0,
  CORRO_PLAYER_PROP_STATE,
  CORRO_PLAYER_PROP_ERROR,
  CORRO_PLAYER_PROP_URI,
  CORRO_PLAYER_PROP_IN_POINT,
  CORRO_PLAYER_PROP_OUT_POINT,
  CORRO_PLAYER_PROP_EXPECTED_DURATION,
  CORRO_PLAYER_PROP_POSITION,
  CORRO_PLAYER_PROP_DURATION,
  CORRO_PLAYER_PROP_VOLUME,
  CORRO_PLAYER_PROP_MUTED,
  CORRO_PLAYER_PROP_PAINTABLE,
  CORRO_PLAYER_PROP_AUDIO_TRACKS,
  CORRO_PLAYER_PROP_CURRENT_AUDIO,
  CORRO_PLAYER_PROP_SUBTITLE_TRACKS,
  CORRO_PLAYER_PROP_CURRENT_SUBTITLE,
  CORRO_PLAYER_N_PROPS
};

G_END_DECLS
