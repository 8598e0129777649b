/* corro-player-pipeline.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPlayer's pipeline: playbin with an RGBA appsink whose samples become textures
 * for the shared paintable, and stretches, the flushing seeks that make playback stop
 * exactly at a pause point or the out point.
 *
 * Frames become GdkMemoryTextures in the streaming thread (zero copy: the texture keeps
 * the mapped buffer) and reach the paintable on the main thread through one idle
 * source, which always takes the latest frame.
 */

#define G_LOG_DOMAIN "corro-player"

#include "config.h"

#include <gst/app/gstappsink.h>
#include <gst/video/video.h>

#include "corro-media-private.h"
#include "corro-player-private.h"

#define SUBTITLE_FONT "Sans Bold 24"
/* How much wider than wanted MPEG system streams are read around a stretch: more than
 * a DVD's GOP (0.6 s) and more than mpegpsdemux's late landing. */
#define LOOSE_MARGIN_NS (1 * GST_SECOND)

static gboolean on_frame_ready_cb (gpointer user_data);

/* frames (streaming threads, then the main thread) */

static void
unmap_frame (gpointer data)
{
  GstVideoFrame *frame = data;

  gst_video_frame_unmap (frame);
  g_free (frame);
}

/* Streaming thread. The texture keeps the mapped buffer alive: no copy. */
static GdkTexture *
texture_from_sample (GstSample    *sample,
                     double       *pixel_aspect,
                     GstClockTime *end)
{
  GstBuffer *buffer = gst_sample_get_buffer (sample);
  const GstSegment *segment = gst_sample_get_segment (sample);
  g_autoptr(GBytes) bytes = NULL;
  GstVideoFrame *frame;
  GstVideoInfo info;
  GstClockTime stop;
  int stride;

  if (buffer == NULL || !gst_video_info_from_caps (&info, gst_sample_get_caps (sample)))
    return NULL;

  frame = g_new0 (GstVideoFrame, 1);
  if (!gst_video_frame_map (frame, &info, buffer, GST_MAP_READ))
    {
      g_free (frame);
      return NULL;
    }

  *pixel_aspect = (double) GST_VIDEO_INFO_PAR_N (&info) / MAX (GST_VIDEO_INFO_PAR_D (&info), 1);

  *end = GST_CLOCK_TIME_NONE;
  if (GST_BUFFER_PTS_IS_VALID (buffer))
    {
      stop = GST_BUFFER_PTS (buffer);
      if (GST_BUFFER_DURATION_IS_VALID (buffer))
        stop += GST_BUFFER_DURATION (buffer);
      if (GST_CLOCK_TIME_IS_VALID (segment->stop))
        stop = MIN (stop, segment->stop);
      *end = gst_segment_to_stream_time (segment, GST_FORMAT_TIME, stop);
    }

  stride = GST_VIDEO_FRAME_PLANE_STRIDE (frame, 0);
  bytes = g_bytes_new_with_free_func (GST_VIDEO_FRAME_PLANE_DATA (frame, 0),
                                      (gsize) stride * GST_VIDEO_FRAME_HEIGHT (frame),
                                      unmap_frame, frame);

  /* Video is opaque, so premultiplied and straight alpha are the same bytes, and the
   * premultiplied format is the one GTK uploads without converting. */
  return gdk_memory_texture_new (GST_VIDEO_FRAME_WIDTH (frame), GST_VIDEO_FRAME_HEIGHT (frame),
                                 GDK_MEMORY_R8G8B8A8_PREMULTIPLIED, bytes, stride);
}

static void
take_sample (CorroPlayer *self,
             GstSample   *sample,
             gboolean     preroll)
{
  g_autoptr(GdkTexture) texture = NULL;
  GstClockTime end = GST_CLOCK_TIME_NONE;
  double pixel_aspect = 1.0;
  gboolean wanted;

  g_mutex_lock (&self->lock);
  wanted = !preroll || self->show_preroll;
  g_mutex_unlock (&self->lock);
  if (!wanted)
    return;

  texture = texture_from_sample (sample, &pixel_aspect, &end);
  if (texture == NULL)
    return;

  g_mutex_lock (&self->lock);
  g_set_object (&self->pending_texture, texture);
  self->pending_pixel_aspect = pixel_aspect;
  if (GST_CLOCK_TIME_IS_VALID (end))
    self->last_frame_end = end;
  if (self->frame_source == NULL)
    {
      self->frame_source = g_idle_source_new ();
      g_source_set_priority (self->frame_source, G_PRIORITY_DEFAULT);
      g_source_set_callback (self->frame_source, on_frame_ready_cb, self, NULL);
      g_source_set_static_name (self->frame_source, "[corro] video frame");
      g_source_attach (self->frame_source, NULL);
    }
  g_mutex_unlock (&self->lock);
}

/* Main thread: show the latest frame now rather than when the idle runs. */
void
_corro_player_deliver_frame (CorroPlayer *self)
{
  g_autoptr(GdkTexture) texture = NULL;
  double pixel_aspect;

  g_mutex_lock (&self->lock);
  texture = g_steal_pointer (&self->pending_texture);
  pixel_aspect = self->pending_pixel_aspect;
  if (self->frame_source != NULL)
    {
      g_source_destroy (self->frame_source);
      g_clear_pointer (&self->frame_source, g_source_unref);
    }
  g_mutex_unlock (&self->lock);

  if (texture != NULL)
    corro_video_paintable_set_texture (self->paintable, texture, pixel_aspect);
}

static gboolean
on_frame_ready_cb (gpointer user_data)
{
  _corro_player_deliver_frame (CORRO_PLAYER (user_data));
  return G_SOURCE_REMOVE;
}

static GstFlowReturn
on_appsink_new_preroll_cb (GstAppSink *sink,
                           gpointer    user_data)
{
  g_autoptr(GstSample) sample = gst_app_sink_pull_preroll (sink);

  if (sample != NULL)
    take_sample (CORRO_PLAYER (user_data), sample, TRUE);

  return GST_FLOW_OK;
}

static GstFlowReturn
on_appsink_new_sample_cb (GstAppSink *sink,
                          gpointer    user_data)
{
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);

  if (sample != NULL)
    take_sample (CORRO_PLAYER (user_data), sample, FALSE);

  return GST_FLOW_OK;
}

/* stretches */

/* The out point that stops a stretch: CORRO_PLAYER_END when it is the file's end. */
static gint64
effective_out_point (CorroPlayer *self)
{
  if (self->out_point == CORRO_PLAYER_END)
    return CORRO_PLAYER_END;
  if (self->duration > 0 && self->out_point >= self->duration)
    return CORRO_PLAYER_END;

  return self->out_point;
}

gint64
_corro_player_clamp_position (CorroPlayer *self,
                              gint64       position)
{
  gint64 out = effective_out_point (self);

  if (out == CORRO_PLAYER_END && self->duration > 0)
    out = self->duration;
  if (out != CORRO_PLAYER_END)
    position = MIN (position, out);

  return MAX (position, self->in_point);
}

gint64
_corro_player_find_stop (CorroPlayer *self,
                         gint64       position,
                         int         *target)
{
  gint64 out = effective_out_point (self);

  for (guint i = 0; i < self->pause_points->len; i++)
    {
      gint64 point = g_array_index (self->pause_points, gint64, i);

      if (point > position && point > self->in_point &&
          (out == CORRO_PLAYER_END || point < out))
        {
          *target = (int) i;
          return point;
        }
    }

  *target = -1;
  return out;
}

/* Sets up the stretch from @position to the next point. With @just_before the frame
 * shown is the one before @position, as when the player stopped there; with @show the
 * new first frame is shown while paused.
 *
 * Most demuxers honour an ACCURATE seek's start and stop exactly. mpegpsdemux (DVD
 * .vob, .mpg) does not: it may land late, and when a stream's first PTS is a tick
 * before its first SCR its position wraps and it ends the segment at once. For MPEG
 * system streams the demuxer is asked to start earlier and not to stop; the sinks get
 * the exact window by rewriting their segment (on_sink_event_probe_cb()), drop what
 * comes before it, and end the stretch themselves at the first buffer past its stop
 * (on_sink_buffer_probe_cb()), sound included. */
void
_corro_player_seek_stretch (CorroPlayer *self,
                            gint64       position,
                            gboolean     just_before,
                            gboolean     show)
{
  GstClockTime start = CORRO_US_TO_NS (position);
  gint64 stop = _corro_player_find_stop (self, position, &self->stretch_target);
  GstClockTime stop_ns = stop == CORRO_PLAYER_END ? GST_CLOCK_TIME_NONE : CORRO_US_TO_NS (stop);
  GstClockTime demux_start;
  GstClockTime demux_stop;
  gboolean loose;
  GstEvent *seek;

  if (just_before && start > 0)
    start -= 1;

  self->stretch_stop = stop;
  self->just_before = just_before;

  g_mutex_lock (&self->lock);
  loose = self->loose_seeking;
  g_mutex_unlock (&self->lock);

  demux_start = loose ? (start > LOOSE_MARGIN_NS ? start - LOOSE_MARGIN_NS : 0) : start;
  demux_stop = loose ? GST_CLOCK_TIME_NONE : stop_ns;

  /* A stop of NONE with SET clears the previous stretch's stop. */
  seek = gst_event_new_seek (1.0, GST_FORMAT_TIME, GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE,
                             GST_SEEK_TYPE_SET, demux_start, GST_SEEK_TYPE_SET, demux_stop);

  g_mutex_lock (&self->lock);
  self->show_preroll = show;
  self->last_frame_end = GST_CLOCK_TIME_NONE;
  self->window_seqnum = gst_event_get_seqnum (seek);
  self->window_start = start;
  self->window_stop = stop_ns;
  g_mutex_unlock (&self->lock);

  g_debug ("Stretch %" G_GINT64_FORMAT " -> %" G_GINT64_FORMAT " (point %d)%s",
           position, stop, self->stretch_target, loose ? ", loose" : "");

  if (!gst_element_send_event (self->playbin, seek))
    g_debug ("Seek to %" G_GINT64_FORMAT " refused", position);
}

/* Streaming threads, at both sinks: narrows the demuxer's wider window to the exact
 * one. Stream times map to buffer times through the segment itself. */
static GstPadProbeReturn
on_sink_event_probe_cb (GstPad          *pad,
                        GstPadProbeInfo *info,
                        gpointer         user_data)
{
  CorroPlayer *self = user_data;
  GstEvent *event = GST_PAD_PROBE_INFO_EVENT (info);
  GstClockTime window_start, window_stop;
  GstSegment segment;
  GstEvent *narrowed;
  guint64 position;
  gboolean applies;

  if (GST_EVENT_TYPE (event) != GST_EVENT_SEGMENT)
    return GST_PAD_PROBE_OK;

  g_mutex_lock (&self->lock);
  applies = self->loose_seeking && gst_event_get_seqnum (event) == self->window_seqnum;
  window_start = self->window_start;
  window_stop = self->window_stop;
  g_mutex_unlock (&self->lock);

  gst_event_copy_segment (event, &segment);
  if (!applies || segment.format != GST_FORMAT_TIME || segment.rate != 1.0)
    return GST_PAD_PROBE_OK;

  position = gst_segment_position_from_stream_time (&segment, GST_FORMAT_TIME, window_start);
  if (GST_CLOCK_TIME_IS_VALID (position) && position > segment.start)
    {
      segment.start = segment.position = position;
      segment.time = window_start;
    }
  if (GST_CLOCK_TIME_IS_VALID (window_stop))
    {
      position = gst_segment_position_from_stream_time (&segment, GST_FORMAT_TIME, window_stop);
      if (GST_CLOCK_TIME_IS_VALID (position) &&
          (!GST_CLOCK_TIME_IS_VALID (segment.stop) || position < segment.stop))
        segment.stop = position;
    }

  narrowed = gst_event_new_segment (&segment);
  gst_event_set_seqnum (narrowed, gst_event_get_seqnum (event));
  gst_event_unref (event);
  GST_PAD_PROBE_INFO_DATA (info) = narrowed;

  return GST_PAD_PROBE_OK;
}

/* Streaming threads, at both sinks, for MPEG system streams: the first buffer that
 * starts at or past the stretch's stop ends it, as the demuxer's EOS would. Answering
 * EOS upstream stops the demuxer reading on. */
static GstPadProbeReturn
on_sink_buffer_probe_cb (GstPad          *pad,
                         GstPadProbeInfo *info,
                         gpointer         user_data)
{
  CorroPlayer *self = user_data;
  GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER (info);
  g_autoptr(GstEvent) sticky = NULL;
  const GstSegment *segment = NULL;
  gboolean loose;

  g_mutex_lock (&self->lock);
  loose = self->loose_seeking;
  g_mutex_unlock (&self->lock);

  if (!loose || !GST_BUFFER_PTS_IS_VALID (buffer))
    return GST_PAD_PROBE_OK;

  sticky = gst_pad_get_sticky_event (pad, GST_EVENT_SEGMENT, 0);
  if (sticky != NULL)
    gst_event_parse_segment (sticky, &segment);
  if (segment == NULL || !GST_CLOCK_TIME_IS_VALID (segment->stop) ||
      GST_BUFFER_PTS (buffer) < segment->stop)
    return GST_PAD_PROBE_OK;

  if (!GST_PAD_IS_EOS (pad))
    gst_pad_send_event (pad, gst_event_new_eos ());

  gst_buffer_unref (buffer);
  GST_PAD_PROBE_INFO_DATA (info) = NULL;
  GST_PAD_PROBE_INFO_FLOW_RETURN (info) = GST_FLOW_EOS;
  return GST_PAD_PROBE_HANDLED;
}

/* Whether the clip is an MPEG program or transport stream, whose demuxers need the
 * loose seeking above. */
gboolean
_corro_player_uses_mpeg_system_demuxer (CorroPlayer *self)
{
  g_autoptr(GstIterator) it = gst_bin_iterate_recurse (GST_BIN (self->playbin));
  g_auto(GValue) item = G_VALUE_INIT;
  gboolean found = FALSE;
  gboolean done = FALSE;

  while (!done && !found)
    {
      switch (gst_iterator_next (it, &item))
        {
        case GST_ITERATOR_OK:
          {
            GstElementFactory *factory = gst_element_get_factory (g_value_get_object (&item));
            const char *name = factory != NULL ? GST_OBJECT_NAME (factory) : NULL;

            found = g_strcmp0 (name, "mpegpsdemux") == 0 || g_strcmp0 (name, "tsdemux") == 0;
            g_value_reset (&item);
          }
          break;
        case GST_ITERATOR_RESYNC:
          gst_iterator_resync (it);
          break;
        case GST_ITERATOR_ERROR:
        case GST_ITERATOR_DONE:
        default:
          done = TRUE;
          break;
        }
    }

  return found;
}

/* building */

/**
 * _corro_player_build_pipeline:
 *
 * Makes the playbin with its two sinks: the appsink for frames and the sound output,
 * each watched by the probes above.
 */
void
_corro_player_build_pipeline (CorroPlayer *self)
{
  static const GstAppSinkCallbacks callbacks = {
    .new_preroll = on_appsink_new_preroll_cb,
    .new_sample = on_appsink_new_sample_cb,
  };
  g_autoptr(GstCaps) caps = gst_caps_new_simple ("video/x-raw",
                                                 "format", G_TYPE_STRING, "RGBA",
                                                 NULL);
  GstElement *audio_sink;

  self->playbin = gst_object_ref_sink (gst_element_factory_make ("playbin", "corro-playbin"));
  if (self->playbin == NULL)
    g_error ("GStreamer's playbin is missing: install gstreamer1.0-plugins-base");

  /* Pixel aspect is left free: the paintable widens anamorphic (DVD) frames itself. */
  self->appsink = gst_object_ref_sink (gst_element_factory_make ("appsink", "corro-video"));
  g_object_set (self->appsink,
                "caps", caps,
                "sync", TRUE,
                "qos", TRUE,
                "enable-last-sample", FALSE,
                NULL);
  gst_app_sink_set_callbacks (GST_APP_SINK (self->appsink), (GstAppSinkCallbacks *) &callbacks,
                              self, NULL);
  /* Subtitles read from the back of a room: larger and bolder than GStreamer's default
   * (the overlay scales this with the picture). */
  g_object_set (self->playbin,
                "video-sink", self->appsink,
                "subtitle-font-desc", SUBTITLE_FONT,
                NULL);

  audio_sink = _corro_media_make_audio_sink ();
  g_object_set (self->playbin, "audio-sink", audio_sink, NULL);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GstPad) sink_pad = gst_element_get_static_pad (i == 0 ? self->appsink
                                                                      : audio_sink, "sink");

      if (sink_pad == NULL)
        continue;
      gst_pad_add_probe (sink_pad, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM,
                         on_sink_event_probe_cb, self, NULL);
      gst_pad_add_probe (sink_pad, GST_PAD_PROBE_TYPE_BUFFER,
                         on_sink_buffer_probe_cb, self, NULL);
    }
}
