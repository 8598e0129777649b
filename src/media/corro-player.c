/* corro-player.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPlayer is in four files: this one (the object, its properties and public
 * API), corro-player-pipeline.c (frames and stretches), corro-player-bus.c (loading,
 * EOS, errors) and corro-player-tracks.c (sound and subtitle tracks).
 *
 * Plays one clip between its in and out points and stops exactly at each pause point.
 *
 * A clip plays as stretches: from where it is to the next pause point (or the out
 * point), set up by a flushing ACCURATE seek whose stop is that point. EOS then means
 * "reached it": the last frame before the point is on screen and the sound has played
 * up to it. Resuming plays the next stretch, which is set up as soon as a point is
 * reached so that Play starts at once.
 *
 * Frames come out of an appsink as RGBA, become GdkMemoryTextures in the streaming
 * thread, and are handed to the shared CorroVideoPaintable on the main thread. Bus
 * messages are handled on the main thread by a bus watch. Every time in the API is in
 * microseconds of the file's own (stream) time.
 */

#define G_LOG_DOMAIN "corro-player"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-media-enums.h"
#include "corro-media-private.h"
#include "corro-player-private.h"

#define POSITION_INTERVAL_MS 40
/* Stepping back from just after a pause point goes to the one before it. */
#define PREVIOUS_GRACE_US (G_USEC_PER_SEC / 2)

G_DEFINE_FINAL_TYPE (CorroPlayer, corro_player, G_TYPE_OBJECT)

static GParamSpec *properties[CORRO_PLAYER_N_PROPS];

enum {
  PAUSE_POINT_REACHED,
  ERROR,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* helpers */

static gboolean on_position_timeout_cb (gpointer user_data);

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 time_a = *(const gint64 *) a;
  gint64 time_b = *(const gint64 *) b;

  return time_a < time_b ? -1 : time_a > time_b;
}

static void
set_pause_points (CorroPlayer  *self,
                  const gint64 *points,
                  guint         n_points)
{
  g_array_set_size (self->pause_points, 0);
  for (guint i = 0; i < n_points; i++)
    if (points[i] >= 0)
      g_array_append_val (self->pause_points, points[i]);
  g_array_sort (self->pause_points, compare_times);
}

/* callbacks */

static gboolean
on_position_timeout_cb (gpointer user_data)
{
  CorroPlayer *self = CORRO_PLAYER (user_data);
  gint64 position = 0;

  if (gst_element_query_position (self->playbin, GST_FORMAT_TIME, &position) && position >= 0)
    _corro_player_set_position (self,
                                _corro_player_clamp_position (self, CORRO_NS_TO_US (position)));

  return G_SOURCE_CONTINUE;
}

/* vfuncs */

static void
corro_player_dispose (GObject *object)
{
  CorroPlayer *self = (CorroPlayer *) object;

  g_clear_handle_id (&self->position_source_id, g_source_remove);

  if (self->playbin != NULL)
    {
      g_autoptr(GstBus) bus = gst_element_get_bus (self->playbin);

      /* Stops the streaming threads: no frame or tag callback runs after this. */
      gst_element_set_state (self->playbin, GST_STATE_NULL);
      if (self->bus_watch_id != 0)
        gst_bus_remove_watch (bus);
      self->bus_watch_id = 0;
      g_signal_handlers_disconnect_by_data (self->playbin, self);
    }

  g_mutex_lock (&self->lock);
  if (self->frame_source != NULL)
    {
      g_source_destroy (self->frame_source);
      g_clear_pointer (&self->frame_source, g_source_unref);
    }
  g_clear_object (&self->pending_texture);
  g_mutex_unlock (&self->lock);

  gst_clear_object (&self->appsink);
  gst_clear_object (&self->playbin);
  g_clear_object (&self->paintable);
  g_clear_object (&self->audio_tracks);
  g_clear_object (&self->subtitle_tracks);
  g_clear_object (&self->chosen_subtitle);
  g_clear_pointer (&self->subtitle_files, g_ptr_array_unref);
  g_clear_pointer (&self->missing, g_ptr_array_unref);
  g_clear_pointer (&self->pause_points, g_array_unref);
  g_clear_error (&self->error);
  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->suburi, g_free);

  G_OBJECT_CLASS (corro_player_parent_class)->dispose (object);
}

static void
corro_player_finalize (GObject *object)
{
  CorroPlayer *self = (CorroPlayer *) object;

  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (corro_player_parent_class)->finalize (object);
}

static void
corro_player_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CorroPlayer *self = CORRO_PLAYER (object);

  switch (prop_id)
    {
    case CORRO_PLAYER_PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case CORRO_PLAYER_PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    case CORRO_PLAYER_PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case CORRO_PLAYER_PROP_IN_POINT:
      g_value_set_int64 (value, self->in_point);
      break;
    case CORRO_PLAYER_PROP_OUT_POINT:
      g_value_set_int64 (value, self->out_point);
      break;
    case CORRO_PLAYER_PROP_EXPECTED_DURATION:
      g_value_set_int64 (value, self->expected_duration);
      break;
    case CORRO_PLAYER_PROP_POSITION:
      g_value_set_int64 (value, self->position);
      break;
    case CORRO_PLAYER_PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;
    case CORRO_PLAYER_PROP_VOLUME:
      g_value_set_double (value, self->volume);
      break;
    case CORRO_PLAYER_PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case CORRO_PLAYER_PROP_PAINTABLE:
      g_value_set_object (value, self->paintable);
      break;
    case CORRO_PLAYER_PROP_AUDIO_TRACKS:
      g_value_set_object (value, self->audio_tracks);
      break;
    case CORRO_PLAYER_PROP_CURRENT_AUDIO:
      g_value_set_int (value, self->current_audio);
      break;
    case CORRO_PLAYER_PROP_SUBTITLE_TRACKS:
      g_value_set_object (value, self->subtitle_tracks);
      break;
    case CORRO_PLAYER_PROP_CURRENT_SUBTITLE:
      g_value_set_int (value, self->current_subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_player_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CorroPlayer *self = CORRO_PLAYER (object);

  switch (prop_id)
    {
    case CORRO_PLAYER_PROP_URI:
      corro_player_set_uri (self, g_value_get_string (value));
      break;
    case CORRO_PLAYER_PROP_IN_POINT:
      corro_player_set_in_point (self, g_value_get_int64 (value));
      break;
    case CORRO_PLAYER_PROP_OUT_POINT:
      corro_player_set_out_point (self, g_value_get_int64 (value));
      break;
    case CORRO_PLAYER_PROP_EXPECTED_DURATION:
      corro_player_set_expected_duration (self, g_value_get_int64 (value));
      break;
    case CORRO_PLAYER_PROP_VOLUME:
      corro_player_set_volume (self, g_value_get_double (value));
      break;
    case CORRO_PLAYER_PROP_MUTED:
      corro_player_set_muted (self, g_value_get_boolean (value));
      break;
    case CORRO_PLAYER_PROP_CURRENT_AUDIO:
      corro_player_set_current_audio (self, g_value_get_int (value));
      break;
    case CORRO_PLAYER_PROP_CURRENT_SUBTITLE:
      corro_player_set_current_subtitle (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_player_class_init (CorroPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  _corro_media_init ();

  object_class->dispose = corro_player_dispose;
  object_class->finalize = corro_player_finalize;
  object_class->get_property = corro_player_get_property;
  object_class->set_property = corro_player_set_property;

  properties[CORRO_PLAYER_PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, CORRO_TYPE_PLAYER_STATE,
                       CORRO_PLAYER_STATE_STOPPED, ro);
  properties[CORRO_PLAYER_PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, ro);
  properties[CORRO_PLAYER_PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL, rw);
  properties[CORRO_PLAYER_PROP_IN_POINT] =
    g_param_spec_int64 ("in-point", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[CORRO_PLAYER_PROP_OUT_POINT] =
    g_param_spec_int64 ("out-point", NULL, NULL, CORRO_PLAYER_END, G_MAXINT64,
                        CORRO_PLAYER_END, rw);
  properties[CORRO_PLAYER_PROP_EXPECTED_DURATION] =
    g_param_spec_int64 ("expected-duration", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[CORRO_PLAYER_PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[CORRO_PLAYER_PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[CORRO_PLAYER_PROP_VOLUME] =
    g_param_spec_double ("volume", NULL, NULL, 0.0, 1.0, 1.0, rw);
  properties[CORRO_PLAYER_PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL, FALSE, rw);
  properties[CORRO_PLAYER_PROP_PAINTABLE] =
    g_param_spec_object ("paintable", NULL, NULL, GDK_TYPE_PAINTABLE, ro);
  properties[CORRO_PLAYER_PROP_AUDIO_TRACKS] =
    g_param_spec_object ("audio-tracks", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[CORRO_PLAYER_PROP_CURRENT_AUDIO] =
    g_param_spec_int ("current-audio", NULL, NULL, -1, G_MAXINT, -1, rw);
  properties[CORRO_PLAYER_PROP_SUBTITLE_TRACKS] =
    g_param_spec_object ("subtitle-tracks", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[CORRO_PLAYER_PROP_CURRENT_SUBTITLE] =
    g_param_spec_int ("current-subtitle", NULL, NULL, -1, G_MAXINT, -1, rw);

  g_object_class_install_properties (object_class, CORRO_PLAYER_N_PROPS, properties);

  /**
   * CorroPlayer::pause-point-reached:
   * @index: the pause point's place in corro_player_get_pause_points()
   *
   * Playback stopped at a pause point, on the last frame before it; also emitted when
   * corro_player_next_pause_point() or corro_player_previous_pause_point() lands on one.
   */
  signals[PAUSE_POINT_REACHED] =
    g_signal_new ("pause-point-reached", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * CorroPlayer::error:
   * @error: a #CORRO_MEDIA_ERROR, its message ready to show
   */
  signals[ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  /**
   * CorroPlayer::finished:
   *
   * Playback reached the out point.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
corro_player_init (CorroPlayer *self)
{
  g_mutex_init (&self->lock);
  self->paintable = corro_video_paintable_new ();
  self->audio_tracks = g_list_store_new (CORRO_TYPE_MEDIA_TRACK);
  self->subtitle_tracks = g_list_store_new (CORRO_TYPE_MEDIA_TRACK);
  self->subtitle_files = g_ptr_array_new_with_free_func (g_free);
  self->missing = g_ptr_array_new_with_free_func ((GDestroyNotify) gst_message_unref);
  self->pause_points = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->out_point = CORRO_PLAYER_END;
  self->volume = 1.0;
  self->current_audio = -1;
  self->current_subtitle = -1;
  self->wanted_audio = -1;
  self->wanted_text = -1;
  self->stretch_stop = CORRO_PLAYER_END;
  self->stretch_target = -1;
  self->last_frame_end = GST_CLOCK_TIME_NONE;

  _corro_player_build_pipeline (self);
  _corro_player_watch_bus (self);
  _corro_player_tracks_connect (self);
}

/* private API */

void
_corro_player_set_state (CorroPlayer      *self,
                         CorroPlayerState  state)
{
  if (state == CORRO_PLAYER_STATE_PLAYING && self->position_source_id == 0)
    self->position_source_id = g_timeout_add (POSITION_INTERVAL_MS, on_position_timeout_cb, self);
  else if (state != CORRO_PLAYER_STATE_PLAYING)
    g_clear_handle_id (&self->position_source_id, g_source_remove);

  if (self->state == state)
    return;

  g_debug ("State %d -> %d", self->state, state);
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_STATE]);
}

void
_corro_player_set_position (CorroPlayer *self,
                            gint64       position)
{
  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_POSITION]);
}

void
_corro_player_emit_pause_point_reached (CorroPlayer *self,
                                        guint        index)
{
  g_signal_emit (self, signals[PAUSE_POINT_REACHED], 0, index);
}

void
_corro_player_emit_finished (CorroPlayer *self)
{
  g_signal_emit (self, signals[FINISHED], 0);
}

void
_corro_player_emit_error (CorroPlayer *self)
{
  g_signal_emit (self, signals[ERROR], 0, self->error);
}

/* For tests that need to look inside, e.g. at the sound output. */
GstElement *
_corro_player_get_pipeline (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), NULL);

  return self->playbin;
}

void
_corro_player_notify (CorroPlayer *self,
                      guint        prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Opens the same clip again where it is, e.g. to load a subtitle file; keeps playing
 * if it was. */
void
_corro_player_reload (CorroPlayer *self)
{
  gboolean playing = self->state == CORRO_PLAYER_STATE_PLAYING ||
                     (self->state == CORRO_PLAYER_STATE_LOADING && self->play_when_ready);
  gint64 position = self->state == CORRO_PLAYER_STATE_LOADING ? self->load_position
                                                              : self->position;

  if (self->state == CORRO_PLAYER_STATE_STOPPED || self->state == CORRO_PLAYER_STATE_ERROR)
    return;

  if (self->state == CORRO_PLAYER_STATE_PLAYING)
    on_position_timeout_cb (self);

  _corro_player_start_loading (self, position, self->just_before && !playing, playing, FALSE);
}

/* public API */

CorroPlayer *
corro_player_new (void)
{
  return g_object_new (CORRO_TYPE_PLAYER, NULL);
}

/**
 * corro_player_get_paintable:
 *
 * Returns: (transfer none): the clip's picture, to show in any number of GtkPictures
 */
GdkPaintable *
corro_player_get_paintable (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), NULL);

  return GDK_PAINTABLE (self->paintable);
}

CorroPlayerState
corro_player_get_state (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), CORRO_PLAYER_STATE_STOPPED);

  return self->state;
}

/**
 * corro_player_get_error:
 *
 * Returns: (transfer none) (nullable): why the clip cannot be played, in the
 *   #CORRO_MEDIA_ERROR domain, while the state is %CORRO_PLAYER_STATE_ERROR
 */
const GError *
corro_player_get_error (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), NULL);

  return self->error;
}

/**
 * corro_player_load:
 * @uri: (nullable): the clip's file, as a URI; %NULL unloads
 * @in_point: where the clip starts, in µs from the start of the file
 * @out_point: where it ends, or %CORRO_PLAYER_END
 * @pause_points: (array length=n_pause_points) (nullable): where to stop on the way
 *
 * Opens a clip and prepares its first frame (state %CORRO_PLAYER_STATE_LOADING, then
 * %CORRO_PLAYER_STATE_PAUSED), so that Play starts at once. Subtitles are off and the
 * file's default sound track is chosen.
 */
void
corro_player_load (CorroPlayer  *self,
                   const char   *uri,
                   gint64        in_point,
                   gint64        out_point,
                   const gint64 *pause_points,
                   guint         n_pause_points)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));
  g_return_if_fail (n_pause_points == 0 || pause_points != NULL);

  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->uri, uri) != 0)
    {
      g_free (self->uri);
      self->uri = g_strdup (uri);
      g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_URI]);
    }
  if (self->in_point != MAX (in_point, 0))
    {
      self->in_point = MAX (in_point, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_IN_POINT]);
    }
  if (self->out_point != out_point)
    {
      self->out_point = out_point < 0 ? CORRO_PLAYER_END : out_point;
      g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_OUT_POINT]);
    }

  set_pause_points (self, pause_points, n_pause_points);

  if (self->duration != 0)
    {
      self->duration = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_DURATION]);
    }

  /* A new clip never shows the last one's picture. */
  _corro_player_deliver_frame (self);
  corro_video_paintable_set_texture (self->paintable, NULL, 1.0);
  _corro_player_start_loading (self, self->in_point, FALSE, FALSE, TRUE);

  g_object_thaw_notify (G_OBJECT (self));
}

const char *
corro_player_get_uri (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), NULL);

  return self->uri;
}

/**
 * corro_player_set_uri:
 * @uri: (nullable): a clip's URI, or %NULL to unload
 *
 * Loads @uri keeping the in, out and pause points.
 */
void
corro_player_set_uri (CorroPlayer *self,
                      const char  *uri)
{
  g_autoptr(GArray) points = NULL;

  g_return_if_fail (CORRO_IS_PLAYER (self));

  if (g_strcmp0 (self->uri, uri) == 0)
    return;

  points = g_array_copy (self->pause_points);
  corro_player_load (self, uri, self->in_point, self->out_point,
                     (const gint64 *) (gpointer) points->data, points->len);
}

gint64
corro_player_get_in_point (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), 0);

  return self->in_point;
}

void
corro_player_set_in_point (CorroPlayer *self,
                           gint64       in_point)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  in_point = MAX (in_point, 0);
  if (self->in_point == in_point)
    return;

  self->in_point = in_point;
  g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_IN_POINT]);

  if (self->state == CORRO_PLAYER_STATE_LOADING)
    self->load_position = MAX (self->load_position, in_point);
  else if (self->state == CORRO_PLAYER_STATE_PAUSED ||
           self->state == CORRO_PLAYER_STATE_FINISHED)
    corro_player_seek (self, in_point);
}

gint64
corro_player_get_out_point (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), CORRO_PLAYER_END);

  return self->out_point;
}

void
corro_player_set_out_point (CorroPlayer *self,
                            gint64       out_point)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  if (out_point < 0)
    out_point = CORRO_PLAYER_END;
  if (self->out_point == out_point)
    return;

  self->out_point = out_point;
  g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_OUT_POINT]);

  if (self->state == CORRO_PLAYER_STATE_PAUSED || self->state == CORRO_PLAYER_STATE_PLAYING)
    _corro_player_seek_stretch (self, self->position, self->just_before, FALSE);
}

/**
 * corro_player_get_pause_points:
 * @n_pause_points: (out): how many
 *
 * Returns: (array length=n_pause_points) (transfer none): the pause points, ascending;
 *   the indices of #CorroPlayer::pause-point-reached refer to this array
 */
const gint64 *
corro_player_get_pause_points (CorroPlayer *self,
                               guint       *n_pause_points)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), NULL);
  g_return_val_if_fail (n_pause_points != NULL, NULL);

  *n_pause_points = self->pause_points->len;
  return (const gint64 *) (gpointer) self->pause_points->data;
}

/**
 * corro_player_set_pause_points:
 * @pause_points: (array length=n_pause_points) (nullable): times in µs, sorted here
 */
void
corro_player_set_pause_points (CorroPlayer  *self,
                               const gint64 *pause_points,
                               guint         n_pause_points)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));
  g_return_if_fail (n_pause_points == 0 || pause_points != NULL);

  set_pause_points (self, pause_points, n_pause_points);

  /* The stretch under way may now end somewhere else. */
  if (self->state == CORRO_PLAYER_STATE_PAUSED || self->state == CORRO_PLAYER_STATE_PLAYING)
    {
      if (self->state == CORRO_PLAYER_STATE_PLAYING)
        on_position_timeout_cb (self);
      _corro_player_seek_stretch (self, self->position, self->just_before, FALSE);
    }
}

gint64
corro_player_get_expected_duration (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), 0);

  return self->expected_duration;
}

/**
 * corro_player_set_expected_duration:
 * @duration: the file's length as probed when it was added to the library, or 0
 *
 * A clip that ends more than a second before this is reported as truncated.
 */
void
corro_player_set_expected_duration (CorroPlayer *self,
                                    gint64       duration)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  duration = MAX (duration, 0);
  if (self->expected_duration == duration)
    return;

  self->expected_duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_EXPECTED_DURATION]);
}

/**
 * corro_player_get_position:
 *
 * Returns: where playback is, in µs from the start of the file; at a pause point, the
 *   pause point itself
 */
gint64
corro_player_get_position (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), 0);

  return self->position;
}

/**
 * corro_player_get_duration:
 *
 * Returns: the file's length in µs as its container states it, 0 until known
 */
gint64
corro_player_get_duration (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), 0);

  return self->duration;
}

double
corro_player_get_volume (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), 1.0);

  return self->volume;
}

/**
 * corro_player_set_volume:
 * @volume: from 0.0 (silent) to 1.0 (the file's own level), linear
 */
void
corro_player_set_volume (CorroPlayer *self,
                         double       volume)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  volume = CLAMP (volume, 0.0, 1.0);
  if (self->volume == volume)
    return;

  self->volume = volume;
  g_object_set (self->playbin, "volume", volume, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_VOLUME]);
}

gboolean
corro_player_get_muted (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), FALSE);

  return self->muted;
}

void
corro_player_set_muted (CorroPlayer *self,
                        gboolean     muted)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  g_object_set (self->playbin, "mute", muted, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[CORRO_PLAYER_PROP_MUTED]);
}

/**
 * corro_player_play:
 *
 * Plays on to the next pause point or the out point. While loading, plays as soon as
 * the first frame is ready; when finished, starts again from the in point; after an
 * error, tries the file again.
 */
void
corro_player_play (CorroPlayer *self)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  switch (self->state)
    {
    case CORRO_PLAYER_STATE_STOPPED:
    case CORRO_PLAYER_STATE_ERROR:
      if (self->uri != NULL)
        _corro_player_start_loading (self, self->in_point, FALSE, TRUE, FALSE);
      break;
    case CORRO_PLAYER_STATE_LOADING:
      self->play_when_ready = TRUE;
      break;
    case CORRO_PLAYER_STATE_FINISHED:
      _corro_player_seek_stretch (self, self->in_point, FALSE, TRUE);
      _corro_player_set_position (self, self->in_point);
      G_GNUC_FALLTHROUGH;
    case CORRO_PLAYER_STATE_PAUSED:
      self->just_before = FALSE;
      _corro_player_set_state (self, CORRO_PLAYER_STATE_PLAYING);
      gst_element_set_state (self->playbin, GST_STATE_PLAYING);
      break;
    case CORRO_PLAYER_STATE_PLAYING:
    default:
      break;
    }
}

void
corro_player_pause (CorroPlayer *self)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  if (self->state == CORRO_PLAYER_STATE_LOADING)
    {
      self->play_when_ready = FALSE;
    }
  else if (self->state == CORRO_PLAYER_STATE_PLAYING)
    {
      gst_element_set_state (self->playbin, GST_STATE_PAUSED);
      on_position_timeout_cb (self);
      _corro_player_set_state (self, CORRO_PLAYER_STATE_PAUSED);
    }
}

/**
 * corro_player_stop:
 *
 * Unloads the clip and frees the pipeline's resources; the picture goes blank. The
 * URI and points are kept, so corro_player_play() opens the clip again.
 */
void
corro_player_stop (CorroPlayer *self)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  gst_element_set_state (self->playbin, GST_STATE_NULL);
  _corro_player_deliver_frame (self);
  corro_video_paintable_set_texture (self->paintable, NULL, 1.0);
  self->play_when_ready = FALSE;
  _corro_player_set_position (self, self->in_point);
  _corro_player_set_state (self, CORRO_PLAYER_STATE_STOPPED);
}

/**
 * corro_player_seek:
 * @position: µs from the start of the file, kept between the in and out points
 *
 * Shows the frame at @position and plays on from there if playing. Pause points
 * skipped over are not stopped at.
 */
void
corro_player_seek (CorroPlayer *self,
                   gint64       position)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  position = _corro_player_clamp_position (self, position);

  switch (self->state)
    {
    case CORRO_PLAYER_STATE_LOADING:
      self->load_position = position;
      self->just_before = FALSE;
      if (self->load_prerolled)
        _corro_player_seek_stretch (self, position, FALSE, TRUE);
      _corro_player_set_position (self, position);
      break;
    case CORRO_PLAYER_STATE_FINISHED:
      _corro_player_set_state (self, CORRO_PLAYER_STATE_PAUSED);
      G_GNUC_FALLTHROUGH;
    case CORRO_PLAYER_STATE_PAUSED:
    case CORRO_PLAYER_STATE_PLAYING:
      _corro_player_seek_stretch (self, position, FALSE, TRUE);
      _corro_player_set_position (self, position);
      break;
    case CORRO_PLAYER_STATE_STOPPED:
    case CORRO_PLAYER_STATE_ERROR:
    default:
      break;
    }
}

/**
 * corro_player_seek_relative:
 * @offset: µs to move by, e.g. `5 * G_USEC_PER_SEC` or `-5 * G_USEC_PER_SEC`
 */
void
corro_player_seek_relative (CorroPlayer *self,
                            gint64       offset)
{
  g_return_if_fail (CORRO_IS_PLAYER (self));

  corro_player_seek (self, self->position + offset);
}

static void
step_to_point (CorroPlayer *self,
               int          index)
{
  gint64 point = index >= 0 ? g_array_index (self->pause_points, gint64, index)
                            : self->in_point;

  if (self->state == CORRO_PLAYER_STATE_PLAYING)
    gst_element_set_state (self->playbin, GST_STATE_PAUSED);

  _corro_player_seek_stretch (self, point, index >= 0, TRUE);
  _corro_player_set_position (self, point);
  _corro_player_set_state (self, CORRO_PLAYER_STATE_PAUSED);

  if (index >= 0)
    g_signal_emit (self, signals[PAUSE_POINT_REACHED], 0, (guint) index);
}

static gboolean
can_step (CorroPlayer *self)
{
  return self->state == CORRO_PLAYER_STATE_PAUSED ||
         self->state == CORRO_PLAYER_STATE_PLAYING ||
         self->state == CORRO_PLAYER_STATE_FINISHED;
}

/**
 * corro_player_next_pause_point:
 *
 * Jumps to the next pause point and stops there, as if playback had reached it.
 *
 * Returns: %FALSE when there is no pause point ahead before the out point
 */
gboolean
corro_player_next_pause_point (CorroPlayer *self)
{
  int target = -1;

  g_return_val_if_fail (CORRO_IS_PLAYER (self), FALSE);

  if (!can_step (self))
    return FALSE;

  _corro_player_find_stop (self, self->position, &target);
  if (target < 0)
    return FALSE;

  step_to_point (self, target);
  return TRUE;
}

/**
 * corro_player_previous_pause_point:
 *
 * Jumps back to the pause point before the current position (half a second's grace,
 * so that from a pause point it goes to the one before), or to the in point.
 *
 * Returns: %FALSE when already at the in point
 */
gboolean
corro_player_previous_pause_point (CorroPlayer *self)
{
  int target = -1;

  g_return_val_if_fail (CORRO_IS_PLAYER (self), FALSE);

  if (!can_step (self) || self->position <= self->in_point)
    return FALSE;

  for (guint i = 0; i < self->pause_points->len; i++)
    {
      gint64 point = g_array_index (self->pause_points, gint64, i);

      if (point > self->in_point && point < self->position - PREVIOUS_GRACE_US)
        target = (int) i;
    }

  step_to_point (self, target);
  return TRUE;
}
