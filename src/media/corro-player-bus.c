/* corro-player-bus.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPlayer's loading and bus handling, on the main thread: opening a clip and
 * pre-rolling it on its first frame, stretches ending in EOS (a pause point, the out
 * point, or a file cut short), and errors, missing decoders included, turned into
 * CORRO_MEDIA_ERRORs.
 */

#define G_LOG_DOMAIN "corro-player"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gst/pbutils/pbutils.h>

#include "corro-media-private.h"
#include "corro-player-private.h"

/* A file that ends this much before where it should is cut short, not just rounded. */
#define TRUNCATION_TOLERANCE_US (1 * G_USEC_PER_SEC)

/* GstPlayFlags, which playbin does not install in a header. */
enum {
  PLAY_FLAG_VIDEO = 1 << 0,
  PLAY_FLAG_AUDIO = 1 << 1,
  PLAY_FLAG_TEXT = 1 << 2,
  PLAY_FLAG_SOFT_VOLUME = 1 << 4,
  PLAY_FLAG_DEINTERLACE = 1 << 9,
};

/* helpers */

static gboolean
missing_error (CorroPlayer       *self,
               CorroMissingKind   kind,
               GError           **error)
{
  for (guint i = 0; i < self->missing->len; i++)
    {
      GstMessage *message = g_ptr_array_index (self->missing, i);
      const GstStructure *s = gst_message_get_structure (message);
      g_autoptr(GstCaps) caps = NULL;
      g_autofree char *description = NULL;

      gst_structure_get (s, "detail", GST_TYPE_CAPS, &caps, NULL);
      if (_corro_media_classify_missing (caps) != kind)
        continue;

      description = gst_missing_plugin_message_get_description (message);
      _corro_media_set_missing_error (error, caps, description);
      return TRUE;
    }

  return FALSE;
}

static gboolean
is_audio_sink (GstObject *object)
{
  for (; object != NULL; object = GST_OBJECT_PARENT (object))
    {
      GstElementFactory *factory;
      const char *klass;

      if (!GST_IS_ELEMENT (object))
        continue;
      factory = gst_element_get_factory (GST_ELEMENT (object));
      klass = factory != NULL ? gst_element_factory_get_metadata (factory,
                                                                  GST_ELEMENT_METADATA_KLASS)
                              : NULL;
      if (klass != NULL && strstr (klass, "Sink") != NULL && strstr (klass, "Audio") != NULL)
        return TRUE;
    }

  return FALSE;
}

void
_corro_player_fail (CorroPlayer *self,
                    GError      *error)
{
  g_assert (error != NULL);

  g_debug ("Cannot play %s: %s", self->uri, error->message);

  gst_element_set_state (self->playbin, GST_STATE_READY);
  self->play_when_ready = FALSE;
  g_clear_error (&self->error);
  self->error = error;
  _corro_player_notify (self, CORRO_PLAYER_PROP_ERROR);
  _corro_player_set_state (self, CORRO_PLAYER_STATE_ERROR);
  _corro_player_emit_error (self);
}

void
_corro_player_start_loading (CorroPlayer *self,
                             gint64       position,
                             gboolean     just_before,
                             gboolean     play,
                             gboolean     new_clip)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstBus) bus = gst_element_get_bus (self->playbin);
  const char *suburi = NULL;
  gboolean text_enabled = FALSE;
  guint flags;

  _corro_player_tracks_prepare (self, new_clip, &text_enabled, &suburi);

  /* Coming back to READY is enough to open another file, but after subtitles were
   * drawn playsink does not pre-roll again without them (1.22): start from NULL then. */
  gst_element_set_state (self->playbin,
                         text_enabled != self->text_enabled ||
                         g_strcmp0 (suburi, self->suburi) != 0 ? GST_STATE_NULL
                                                               : GST_STATE_READY);
  /* Drop what the previous clip still had queued: its EOS is not this clip's. */
  gst_bus_set_flushing (bus, TRUE);
  gst_bus_set_flushing (bus, FALSE);
  g_ptr_array_set_size (self->missing, 0);

  g_mutex_lock (&self->lock);
  g_clear_object (&self->pending_texture);
  /* The first pre-rolled frame is the file's first; show it only when that is the one
   * wanted, so a clip starting later never flashes its opening. */
  self->show_preroll = position == 0 && !just_before;
  self->last_frame_end = GST_CLOCK_TIME_NONE;
  g_mutex_unlock (&self->lock);

  if (self->error != NULL)
    {
      g_clear_error (&self->error);
      _corro_player_notify (self, CORRO_PLAYER_PROP_ERROR);
    }

  self->load_position = position;
  self->just_before = just_before;
  self->load_prerolled = FALSE;
  self->play_when_ready = play;
  _corro_player_set_position (self, position);

  if (self->uri == NULL)
    {
      gst_element_set_state (self->playbin, GST_STATE_NULL);
      _corro_player_set_state (self, CORRO_PLAYER_STATE_STOPPED);
      return;
    }

  if (!_corro_media_check_file (self->uri, &error))
    {
      _corro_player_fail (self, g_steal_pointer (&error));
      return;
    }

  flags = PLAY_FLAG_VIDEO | PLAY_FLAG_AUDIO | PLAY_FLAG_SOFT_VOLUME | PLAY_FLAG_DEINTERLACE;
  if (text_enabled)
    flags |= PLAY_FLAG_TEXT;
  self->text_enabled = text_enabled;
  g_free (self->suburi);
  self->suburi = g_strdup (suburi);

  g_object_set (self->playbin,
                "uri", self->uri,
                "suburi", self->suburi,
                "flags", flags,
                NULL);

  _corro_player_set_state (self, CORRO_PLAYER_STATE_LOADING);
  gst_element_set_state (self->playbin, GST_STATE_PAUSED);
}

/* bus handling */

static gboolean
check_streams (CorroPlayer *self)
{
  g_autoptr(GError) error = NULL;
  int n_video = 0;
  int n_audio = 0;

  g_object_get (self->playbin, "n-video", &n_video, "n-audio", &n_audio, NULL);

  if (n_video == 0)
    {
      if (!missing_error (self, CORRO_MISSING_CONTAINER, &error) &&
          !missing_error (self, CORRO_MISSING_VIDEO, &error))
        {
          g_autofree char *name = _corro_media_display_name (self->uri);

          g_set_error (&error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NO_VIDEO,
                       _("“%s” has no picture; choose a video file."), name);
        }
      _corro_player_fail (self, g_steal_pointer (&error));
      return FALSE;
    }

  /* Silent video would fail the group just as surely as no video. */
  if (n_audio == 0 && missing_error (self, CORRO_MISSING_AUDIO, &error))
    {
      _corro_player_fail (self, g_steal_pointer (&error));
      return FALSE;
    }

  return TRUE;
}

static void
handle_async_done (CorroPlayer *self)
{
  gint64 duration = 0;

  if (self->state != CORRO_PLAYER_STATE_LOADING)
    {
      _corro_player_deliver_frame (self);
      return;
    }

  if (!self->load_prerolled)
    {
      self->load_prerolled = TRUE;
      if (!check_streams (self))
        return;

      if (gst_element_query_duration (self->playbin, GST_FORMAT_TIME, &duration) && duration > 0)
        duration = CORRO_NS_TO_US (duration);
      else
        duration = 0;
      if (self->duration != duration)
        {
          self->duration = duration;
          _corro_player_notify (self, CORRO_PLAYER_PROP_DURATION);
        }

      _corro_player_tracks_refresh (self);

      g_mutex_lock (&self->lock);
      self->loose_seeking = _corro_player_uses_mpeg_system_demuxer (self);
      g_mutex_unlock (&self->lock);

      self->load_position = _corro_player_clamp_position (self, self->load_position);
      _corro_player_seek_stretch (self, self->load_position, self->just_before, TRUE);
      return;
    }

  _corro_player_deliver_frame (self);
  _corro_player_set_position (self, self->load_position);
  _corro_player_set_state (self, CORRO_PLAYER_STATE_PAUSED);

  if (self->play_when_ready)
    {
      self->play_when_ready = FALSE;
      corro_player_play (self);
    }
}

static void
handle_eos (CorroPlayer *self)
{
  GstClockTime end;
  gint64 queried = 0;
  gint64 ended = 0;
  gint64 limit;

  if (self->state != CORRO_PLAYER_STATE_PLAYING)
    return;

  _corro_player_deliver_frame (self);

  g_mutex_lock (&self->lock);
  end = self->last_frame_end;
  g_mutex_unlock (&self->lock);
  /* Where the picture ended; after EOS the position query answers the duration. */
  if (GST_CLOCK_TIME_IS_VALID (end))
    ended = CORRO_NS_TO_US (end);
  else if (gst_element_query_position (self->playbin, GST_FORMAT_TIME, &queried) && queried > 0)
    ended = CORRO_NS_TO_US (queried);
  g_debug ("Ended at %" G_GINT64_FORMAT, ended);

  /* A truncated file gives no error: it just ends early. */
  limit = self->stretch_stop;
  if (limit == CORRO_PLAYER_END)
    limit = self->expected_duration > 0 ? self->expected_duration : self->duration;
  if (limit > 0 && ended + TRUNCATION_TOLERANCE_US < limit)
    {
      g_autoptr(GError) error = NULL;

      gint64 length = MAX (self->duration, self->expected_duration);

      /* Ended before its own full length: the file is incomplete. Ended at its full
       * length, but before the point the plan stops it at: the file is not the whole
       * clip. A pause point is never the clip's length. */
      if (length > 0 && ended + TRUNCATION_TOLERANCE_US < length)
        _corro_media_set_truncated_error (&error, self->uri, ended, length);
      else
        _corro_media_set_too_short_error (&error, self->uri, ended, limit,
                                          self->stretch_target >= 0);
      _corro_player_set_position (self, ended);
      _corro_player_fail (self, g_steal_pointer (&error));
      return;
    }

  gst_element_set_state (self->playbin, GST_STATE_PAUSED);

  if (self->stretch_target >= 0)
    {
      int target = self->stretch_target;
      gint64 point = g_array_index (self->pause_points, gint64, target);

      /* Set up the next stretch now, so that Play resumes at once. Its first frame is
       * the one already on screen. */
      _corro_player_seek_stretch (self, point, TRUE, FALSE);
      _corro_player_set_position (self, point);
      _corro_player_set_state (self, CORRO_PLAYER_STATE_PAUSED);
      _corro_player_emit_pause_point_reached (self, (guint) target);
    }
  else
    {
      self->just_before = TRUE;
      _corro_player_set_position (self,
                                  self->stretch_stop != CORRO_PLAYER_END
                                  ? self->stretch_stop : MAX (ended, self->duration));
      _corro_player_set_state (self, CORRO_PLAYER_STATE_FINISHED);
      _corro_player_emit_finished (self);
    }
}

static void
handle_error (CorroPlayer *self,
              GstMessage  *message)
{
  g_autoptr(GError) gst_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *debug = NULL;
  gboolean from_audio_sink;

  gst_message_parse_error (message, &gst_error, &debug);
  from_audio_sink = is_audio_sink (GST_MESSAGE_SRC (message));

  if (self->state == CORRO_PLAYER_STATE_ERROR || self->state == CORRO_PLAYER_STATE_STOPPED)
    {
      g_debug ("Later error ignored: %s", gst_error->message);
      return;
    }

  /* "No suitable plugins found" says less than the missing-plugin messages before it. */
  if (((gst_error->domain == GST_STREAM_ERROR &&
        gst_error->code == GST_STREAM_ERROR_CODEC_NOT_FOUND) ||
       (gst_error->domain == GST_CORE_ERROR &&
        gst_error->code == GST_CORE_ERROR_MISSING_PLUGIN)) &&
      (missing_error (self, CORRO_MISSING_CONTAINER, &error) ||
       missing_error (self, CORRO_MISSING_VIDEO, &error) ||
       missing_error (self, CORRO_MISSING_AUDIO, &error) ||
       missing_error (self, CORRO_MISSING_OTHER, &error)))
    {
      g_debug ("GStreamer error: %s (%s)", gst_error->message, debug);
    }
  else
    {
      _corro_media_set_error_from_gst (&error, gst_error, debug, from_audio_sink, self->uri);
    }

  _corro_player_fail (self, g_steal_pointer (&error));
}

static gboolean
on_bus_message_cb (GstBus     *bus,
                   GstMessage *message,
                   gpointer    user_data)
{
  CorroPlayer *self = CORRO_PLAYER (user_data);
  GstMessageType type = GST_MESSAGE_TYPE (message);

  if (type == GST_MESSAGE_ASYNC_DONE)
    {
      handle_async_done (self);
    }
  else if (type == GST_MESSAGE_EOS)
    {
      handle_eos (self);
    }
  else if (type == GST_MESSAGE_ERROR)
    {
      handle_error (self, message);
    }
  else if (type == GST_MESSAGE_WARNING)
    {
      g_autoptr(GError) warning = NULL;
      g_autofree char *debug = NULL;

      gst_message_parse_warning (message, &warning, &debug);
      g_debug ("GStreamer warning from %s: %s (%s)", GST_MESSAGE_SRC_NAME (message),
               warning->message, debug);
    }
  else if (type == GST_MESSAGE_ELEMENT && gst_is_missing_plugin_message (message))
    {
      g_autofree char *description = gst_missing_plugin_message_get_description (message);

      g_debug ("Missing plugin: %s", description);
      g_ptr_array_add (self->missing, gst_message_ref (message));
    }
  else if (type == GST_MESSAGE_APPLICATION &&
           gst_message_has_name (message, "corro-tags-changed") &&
           self->load_prerolled &&
           self->state != CORRO_PLAYER_STATE_ERROR &&
           self->state != CORRO_PLAYER_STATE_STOPPED)
    {
      _corro_player_tracks_refresh (self);
    }

  return G_SOURCE_CONTINUE;
}

/* Streaming thread: hop to the main thread through the bus. */
static void
on_playbin_tags_changed_cb (GstElement *playbin,
                            int         stream,
                            gpointer    user_data)
{
  GstStructure *structure = gst_structure_new_empty ("corro-tags-changed");

  gst_element_post_message (playbin, gst_message_new_application (GST_OBJECT (playbin), structure));
}

/* private API */

/**
 * _corro_player_watch_bus:
 *
 * Handles the pipeline's messages on the main thread, including those the streaming
 * threads post to hop there.
 */
void
_corro_player_watch_bus (CorroPlayer *self)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (self->playbin);

  g_signal_connect (self->playbin, "audio-tags-changed",
                    G_CALLBACK (on_playbin_tags_changed_cb), self);
  g_signal_connect (self->playbin, "text-tags-changed",
                    G_CALLBACK (on_playbin_tags_changed_cb), self);

  self->bus_watch_id = gst_bus_add_watch (bus, on_bus_message_cb, self);
}
