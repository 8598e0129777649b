/* media-test-util.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>

#include "corro-video-paintable.h"
#include "media-test-util.h"

#define WAIT_LIMIT_S 30.0

typedef struct
{
  int width;
  int height;
  int fps;
  int n_frames;
  int next;
} FrameSource;

/* clip generation */

gboolean
media_test_have_elements (const char *first,
                          ...)
{
  va_list args;
  gboolean all = TRUE;

  gst_init (NULL, NULL);

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      g_autoptr(GstElementFactory) factory = gst_element_factory_find (name);

      if (factory == NULL)
        {
          g_test_message ("GStreamer element %s is not installed", name);
          all = FALSE;
        }
    }
  va_end (args);

  return all;
}

static void
on_need_data_cb (GstAppSrc *src,
                 guint      length,
                 gpointer   user_data)
{
  FrameSource *source = user_data;
  int band_width = source->width / MEDIA_TEST_BITS;
  gsize stride = GST_ROUND_UP_4 (source->width * 3);
  GstBuffer *buffer;
  GstMapInfo map;

  if (source->next >= source->n_frames)
    {
      gst_app_src_end_of_stream (src);
      return;
    }

  buffer = gst_buffer_new_allocate (NULL, stride * source->height, NULL);
  gst_buffer_map (buffer, &map, GST_MAP_WRITE);
  for (int y = 0; y < source->height; y++)
    {
      guint8 *row = map.data + y * stride;

      for (int x = 0; x < source->width; x++)
        {
          int bit = MIN (x / band_width, MEDIA_TEST_BITS - 1);
          guint8 value = 40;

          if (y < source->height / 2)
            value = (source->next >> bit) & 1 ? 255 : 0;
          row[x * 3] = row[x * 3 + 1] = row[x * 3 + 2] = value;
        }
    }
  gst_buffer_unmap (buffer, &map);

  GST_BUFFER_PTS (buffer) = gst_util_uint64_scale (source->next, GST_SECOND, source->fps);
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (source->next + 1, GST_SECOND,
                                                        source->fps) - GST_BUFFER_PTS (buffer);
  source->next++;
  gst_app_src_push_buffer (src, buffer);
}

/**
 * media_test_make_clip:
 *
 * Encodes @clip in-process into @dir/@name.
 *
 * Returns: (transfer full): the file's path
 */
char *
media_test_make_clip (const char          *dir,
                      const char          *name,
                      const MediaTestClip *clip)
{
  static const GstAppSrcCallbacks callbacks = { .need_data = on_need_data_cb };
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) src = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  FrameSource source = { clip->width, clip->height, clip->fps, clip->n_frames, 0 };
  int n_audio = clip->audio != NULL ? MAX (clip->n_audio, 1) : 0;

  gst_init (NULL, NULL);

  g_string_append_printf (description,
                          "appsrc name=src format=time "
                          "caps=video/x-raw,format=RGB,width=%d,height=%d,framerate=%d/1 "
                          "! videoconvert ! video/x-raw,format=I420 ! %s ! queue "
                          "! %s name=mux ! filesink location=\"%s\" ",
                          clip->width, clip->height, clip->fps, clip->video, clip->mux, path);

  for (int i = 0; i < n_audio; i++)
    {
      g_string_append_printf (description,
                              "audiotestsrc num-buffers=%d samplesperbuffer=%d wave=%s freq=%d "
                              "! audio/x-raw,rate=48000,channels=2 ! audioconvert ! %s ",
                              clip->n_frames, 48000 / clip->fps,
                              clip->waves[i] != NULL ? clip->waves[i] : "sine",
                              440 * (i + 1), clip->audio);
      if (clip->languages[i] != NULL)
        g_string_append_printf (description, "! taginject tags=\"language-code=%s\" ",
                                clip->languages[i]);
      g_string_append (description, "! queue ! mux. ");
    }

  if (clip->subtitle_srt != NULL)
    {
      g_string_append_printf (description, "filesrc location=\"%s\" ! subparse ",
                              clip->subtitle_srt);
      if (clip->subtitle_language != NULL)
        g_string_append_printf (description, "! taginject tags=\"language-code=%s\" ",
                                clip->subtitle_language);
      g_string_append (description, "! queue ! mux. ");
    }

  pipeline = gst_parse_launch (description->str, &error);
  g_assert_no_error (error);
  src = gst_bin_get_by_name (GST_BIN (pipeline), "src");
  gst_app_src_set_callbacks (GST_APP_SRC (src), (GstAppSrcCallbacks *) &callbacks, &source, NULL);

  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, 60 * GST_SECOND,
                                        GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_nonnull (message);
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) gst_error = NULL;

      gst_message_parse_error (message, &gst_error, NULL);
      g_error ("Could not make %s with “%s”: %s", name, description->str, gst_error->message);
    }
  gst_element_set_state (pipeline, GST_STATE_NULL);

  return g_steal_pointer (&path);
}

/**
 * media_test_make_webm:
 *
 * Returns: (transfer full): a 320×240 VP8 + Vorbis WebM, a key frame every second
 */
char *
media_test_make_webm (const char *dir,
                      const char *name,
                      int         fps,
                      int         n_frames)
{
  g_autofree char *video = g_strdup_printf ("vp8enc deadline=1 cpu-used=8 keyframe-max-dist=%d",
                                            fps);
  MediaTestClip clip = {
    .width = 320, .height = 240, .fps = fps, .n_frames = n_frames,
    .video = video, .audio = "vorbisenc", .mux = "webmmux",
  };

  return media_test_make_clip (dir, name, &clip);
}

/**
 * media_test_write_srt:
 * @text: the subtitle, shown from 0.5 s to 3.5 s
 *
 * Returns: (transfer full): the file's path
 */
char *
media_test_write_srt (const char *dir,
                      const char *name,
                      const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  /* GStreamer 1.22 does not recognise SubRip files under 129 bytes: pad with a second
   * cue, late in the test clips. */
  contents = g_strdup_printf ("1\n00:00:00,500 --> 00:00:03,500\n%s\n\n"
                              "2\n00:00:03,600 --> 00:00:03,900\n"
                              "A second cue, so that the file is long enough to be recognised.\n\n",
                              text);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

void
media_test_truncate (const char *path,
                     double      fraction)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, (gssize) (length * fraction), &error);
  g_assert_no_error (error);
}

/* Puts every installed decoder for @caps out of autoplugging's reach, as if its
 * package were not installed. Call before the process makes its first pipeline:
 * playbin and decodebin cache the list of factories. */
void
media_test_lower_decoders (const char *caps_string)
{
  g_autoptr(GstCaps) caps = NULL;
  GList *factories;
  GList *matching;

  gst_init (NULL, NULL);
  caps = gst_caps_from_string (caps_string);
  factories = gst_element_factory_list_get_elements (GST_ELEMENT_FACTORY_TYPE_DECODER,
                                                     GST_RANK_NONE);
  matching = gst_element_factory_list_filter (factories, caps, GST_PAD_SINK, FALSE);
  for (GList *l = matching; l != NULL; l = l->next)
    {
      gboolean takes_anything = FALSE;

      /* decodebin and friends accept anything; they are not what is missing. */
      for (const GList *t = gst_element_factory_get_static_pad_templates (l->data);
           t != NULL; t = t->next)
        {
          GstStaticPadTemplate *templ = t->data;
          g_autoptr(GstCaps) template_caps = gst_static_pad_template_get_caps (templ);

          takes_anything |= templ->direction == GST_PAD_SINK && gst_caps_is_any (template_caps);
        }
      if (takes_anything)
        continue;

      g_test_message ("Hiding decoder %s", GST_OBJECT_NAME (l->data));
      gst_plugin_feature_set_rank (l->data, GST_RANK_NONE);
    }
  gst_plugin_feature_list_free (matching);
  gst_plugin_feature_list_free (factories);
}

/* reading frames back */

/**
 * media_test_first_frame_time:
 *
 * Returns: when the file's first frame starts, in µs of stream time; 0 for most
 *   containers, a little later in MPEG program streams
 */
gint64
media_test_first_frame_time (const char *uri)
{
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstSample) sample = NULL;
  g_autoptr(GError) error = NULL;
  const GstSegment *segment;
  GstBuffer *buffer;
  gint64 stream_time;
  g_autofree char *description = g_strdup_printf ("uridecodebin uri=\"%s\" ! videoconvert ! "
                                                  "appsink name=sink sync=false", uri);

  pipeline = gst_parse_launch (description, &error);
  g_assert_no_error (error);
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  gst_element_set_state (pipeline, GST_STATE_PAUSED);
  g_signal_emit_by_name (sink, "try-pull-preroll", 10 * GST_SECOND, &sample);
  g_assert_nonnull (sample);
  buffer = gst_sample_get_buffer (sample);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  /* MPEG program streams may put it a tick before zero: their segment's time is then
   * "negative", wrapped around in its guint64. */
  segment = gst_sample_get_segment (sample);
  stream_time = (gint64) (GST_BUFFER_PTS (buffer) - segment->start) + (gint64) segment->time;

  return stream_time / 1000;
}

/**
 * media_test_frame_number:
 *
 * Returns: the number drawn into the frame, or -1 when a band is neither black nor
 *   white (not one of our frames, or badly damaged)
 */
int
media_test_frame_number (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guint8 *pixels = g_malloc (stride * height);
  int y = height / 4;
  int number = 0;

  gdk_texture_download (texture, pixels, stride);

  for (int bit = 0; bit < MEDIA_TEST_BITS; bit++)
    {
      int x = (int) ((bit + 0.5) * width / MEDIA_TEST_BITS);
      guint value = pixels[y * stride + x * 4 + 1];  /* green, in any byte order */

      if (value > 160)
        number |= 1 << bit;
      else if (value > 96)
        return -1;
    }

  return number;
}

int
media_test_shown_frame (CorroPlayer *player)
{
  GdkPaintable *paintable = corro_player_get_paintable (player);
  GdkTexture *texture = corro_video_paintable_get_texture (CORRO_VIDEO_PAINTABLE (paintable));

  return texture != NULL ? media_test_frame_number (texture) : -1;
}

/* Counts bright pixels in the picture's lower part, from @from (0–1) of its height
 * down; the generated frames are dark there, so these are subtitles. */
guint
media_test_bright_pixels_below (GdkTexture *texture,
                                double      from)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guint8 *pixels = g_malloc (stride * height);
  guint count = 0;

  gdk_texture_download (texture, pixels, stride);
  for (int y = (int) (height * from); y < height; y++)
    for (int x = 0; x < width; x++)
      if (pixels[y * stride + x * 4 + 1] > 200)
        count++;

  return count;
}

/* waiting */

static gboolean
on_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Iterates the main loop until @done says so, or @seconds have passed. */
void
media_test_wait_until (gboolean (*done) (gpointer),
                       gpointer   data,
                       double     seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);
  guint tick = g_timeout_add (20, on_tick_cb, NULL);

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}

void
media_test_iterate_for (double seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);
  guint tick = g_timeout_add (10, on_tick_cb, NULL);

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}

typedef struct
{
  CorroPlayer      *player;
  CorroPlayerState  state;
} StateWait;

static gboolean
state_reached (gpointer data)
{
  StateWait *wait = data;
  CorroPlayerState state = corro_player_get_state (wait->player);

  return state == wait->state ||
         (state == CORRO_PLAYER_STATE_ERROR && wait->state != CORRO_PLAYER_STATE_ERROR);
}

/**
 * media_test_wait_for_state:
 *
 * Returns: whether the player reached @state (rather than an error, or the time limit)
 */
gboolean
media_test_wait_for_state (CorroPlayer      *player,
                           CorroPlayerState  state)
{
  StateWait wait = { player, state };

  media_test_wait_until (state_reached, &wait, WAIT_LIMIT_S);
  if (corro_player_get_state (player) == CORRO_PLAYER_STATE_ERROR &&
      state != CORRO_PLAYER_STATE_ERROR)
    g_test_message ("Player error: %s", corro_player_get_error (player)->message);

  return corro_player_get_state (player) == state;
}

/* the log */

static void
on_invalidate_contents_cb (GdkPaintable *paintable,
                           MediaTestLog *log)
{
  GdkTexture *texture = corro_video_paintable_get_texture (CORRO_VIDEO_PAINTABLE (paintable));
  int number;

  if (texture == NULL)
    return;

  number = media_test_frame_number (texture);
  g_array_append_val (log->frames, number);
}

static void
on_pause_point_reached_cb (CorroPlayer  *player,
                           guint         index,
                           MediaTestLog *log)
{
  g_array_append_val (log->reached, index);
}

static void
on_error_cb (CorroPlayer  *player,
             const GError *error,
             MediaTestLog *log)
{
  g_clear_error (&log->error);
  log->error = g_error_copy (error);
}

static void
on_finished_cb (CorroPlayer  *player,
                MediaTestLog *log)
{
  log->n_finished++;
}

MediaTestLog *
media_test_log_new (CorroPlayer *player)
{
  MediaTestLog *log = g_new0 (MediaTestLog, 1);

  log->player = g_object_ref (player);
  log->frames = g_array_new (FALSE, FALSE, sizeof (int));
  log->reached = g_array_new (FALSE, FALSE, sizeof (guint));

  g_signal_connect (corro_player_get_paintable (player), "invalidate-contents",
                    G_CALLBACK (on_invalidate_contents_cb), log);
  g_signal_connect (player, "pause-point-reached", G_CALLBACK (on_pause_point_reached_cb), log);
  g_signal_connect (player, "error", G_CALLBACK (on_error_cb), log);
  g_signal_connect (player, "finished", G_CALLBACK (on_finished_cb), log);

  return log;
}

void
media_test_log_free (MediaTestLog *log)
{
  g_signal_handlers_disconnect_by_data (corro_player_get_paintable (log->player), log);
  g_signal_handlers_disconnect_by_data (log->player, log);
  g_clear_object (&log->player);
  g_array_unref (log->frames);
  g_array_unref (log->reached);
  g_clear_error (&log->error);
  g_free (log);
}

typedef struct
{
  MediaTestLog *log;
  guint         n_reached;
  guint         n_finished;
} ReachedWait;

static gboolean
enough_reached (gpointer data)
{
  ReachedWait *wait = data;

  return wait->log->reached->len >= wait->n_reached || wait->log->error != NULL ||
         wait->log->n_finished > wait->n_finished;
}

gboolean
media_test_log_wait_reached (MediaTestLog *log,
                             guint         n_reached)
{
  ReachedWait wait = { log, n_reached, log->n_finished };

  media_test_wait_until (enough_reached, &wait, WAIT_LIMIT_S);
  if (log->error != NULL)
    g_test_message ("Player error: %s", log->error->message);

  return log->reached->len >= n_reached;
}

static gboolean
finished_or_failed (gpointer data)
{
  ReachedWait *wait = data;

  return wait->log->n_finished > wait->n_finished || wait->log->error != NULL;
}

/* Waits for the next "finished" (or an error). */
gboolean
media_test_log_wait_finished (MediaTestLog *log)
{
  ReachedWait wait = { log, 0, log->n_finished };

  media_test_wait_until (finished_or_failed, &wait, WAIT_LIMIT_S);
  if (log->error != NULL)
    g_test_message ("Player error: %s", log->error->message);

  return log->n_finished > wait.n_finished;
}

gboolean
media_test_log_wait_error (MediaTestLog *log)
{
  ReachedWait wait = { log, 0, log->n_finished };

  media_test_wait_until (finished_or_failed, &wait, WAIT_LIMIT_S);

  return log->error != NULL;
}
