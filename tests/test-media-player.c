/* test-media-player.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPlayer on real pipelines and generated clips whose frames carry their own
 * numbers: in and out points, pause points at 25 and 30 fps and in several formats,
 * resuming without a gap, stepping and seeking, sound and subtitle tracks.
 * No display needed; sound goes to a fake sink (CORRO_AUDIO_SINK).
 */

#include "config.h"

#include <gst/gst.h>

#include "corro-media-error.h"
#include "corro-media-track.h"
#include "corro-player-private.h"
#include "corro-test-util.h"
#include "corro-video-paintable.h"
#include "media-test-util.h"

#define SECONDS(s) ((gint64) ((s) * G_USEC_PER_SEC + 0.5))

/* One folder of clips for the whole run, made on first use. */
static char *clip_dir;

static const char *
clip_path (const char *name)
{
  g_autofree char *path = g_build_filename (clip_dir, name, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *made = NULL;

      MediaTestClip vob = {
        .width = 320, .height = 240, .fps = 25, .n_frames = 60,
        .video = "mpeg2enc format=3 ! mpegvideoparse", .audio = "avenc_ac3", .mux = "avmux_dvd",
      };

      if (g_str_equal (name, "25.webm"))
        made = media_test_make_webm (clip_dir, name, 25, 100);
      else if (g_str_equal (name, "30.webm"))
        made = media_test_make_webm (clip_dir, name, 30, 90);
      else if (g_str_equal (name, "25.vob"))
        made = media_test_make_clip (clip_dir, name, &vob);
      else
        g_assert_not_reached ();
    }

  return g_intern_string (path);
}

static char *
clip_uri (const char *name)
{
  return g_filename_to_uri (clip_path (name), NULL, NULL);
}

/* When the clip being checked starts its first frame: frame n starts at
 * first_frame + n / fps. */
static gint64 first_frame;

/* The last frame shown when stopping at @point: the last one that starts before it. */
static int
frame_before (gint64 point,
              int    fps)
{
  guint64 point_ns = (guint64) (point - first_frame) * GST_USECOND;
  int n = 0;

  while (gst_util_uint64_scale (n + 1, GST_SECOND, fps) < point_ns)
    n++;

  return n;
}

/* The frame on screen at @position. */
static int
frame_at (gint64 position,
          int    fps)
{
  return frame_before (position + 1, fps);
}

typedef struct
{
  CorroPlayer *player;
  int          frame;
} FrameWait;

static gboolean
frame_shown (gpointer data)
{
  FrameWait *wait = data;

  return media_test_shown_frame (wait->player) == wait->frame;
}

static int
wait_for_frame (CorroPlayer *player,
                int          frame)
{
  FrameWait wait = { player, frame };

  media_test_wait_until (frame_shown, &wait, 10.0);
  return media_test_shown_frame (player);
}

/* Checks that frames never went backwards, and that from @from on no frame was skipped
 * (each new frame is the one after the last). */
static void
assert_frames_in_order (GArray *frames,
                        guint   from)
{
  for (guint i = MAX (from, 1); i < frames->len; i++)
    {
      int before = g_array_index (frames, int, i - 1);
      int now = g_array_index (frames, int, i);

      g_assert_cmpint (now, >=, 0);
      g_assert_cmpint (now, >=, before);
    }
}

static guint
count_skips (GArray *frames,
             guint   from)
{
  guint skips = 0;

  for (guint i = MAX (from, 1); i < frames->len; i++)
    if (g_array_index (frames, int, i) > g_array_index (frames, int, i - 1) + 1)
      skips++;

  return skips;
}

/* tests */

static void
test_paintable_pixel_aspect (void)
{
  g_autoptr(CorroVideoPaintable) paintable = corro_video_paintable_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (720 * 576 * 4), 720 * 576 * 4);
  g_autoptr(GdkTexture) texture = gdk_memory_texture_new (720, 576, GDK_MEMORY_R8G8B8A8,
                                                          bytes, 720 * 4);
  GdkPaintable *as_paintable = GDK_PAINTABLE (paintable);

  g_assert_cmpint (gdk_paintable_get_intrinsic_width (as_paintable), ==, 0);

  /* A 16:9 PAL DVD: 720×576 stored, 1024×576 shown. */
  corro_video_paintable_set_texture (paintable, texture, 64.0 / 45.0);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (as_paintable), ==, 1024);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (as_paintable), ==, 576);
  g_assert_cmpfloat_with_epsilon (gdk_paintable_get_intrinsic_aspect_ratio (as_paintable),
                                  16.0 / 9.0, 0.001);
  g_assert_cmpuint (corro_video_paintable_get_n_frames (paintable), ==, 1);

  corro_video_paintable_set_texture (paintable, NULL, 1.0);
  g_assert_null (corro_video_paintable_get_texture (paintable));
}

static void
test_load_shows_in_point (void)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autoptr(MediaTestLog) log = media_test_log_new (player);
  g_autofree char *uri = clip_uri ("25.webm");

  g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_STOPPED);
  corro_player_load (player, uri, SECONDS (1.30), CORRO_PLAYER_END, NULL, 0);
  g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_LOADING);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));

  /* Pre-rolled on the in point's frame, and no earlier frame ever flashed. */
  g_assert_cmpint (media_test_shown_frame (player), ==, 32);
  for (guint i = 0; i < log->frames->len; i++)
    g_assert_cmpint (g_array_index (log->frames, int, i), ==, 32);
  g_assert_cmpint (corro_player_get_position (player), ==, SECONDS (1.30));
  g_assert_cmpint (corro_player_get_duration (player), >=, SECONDS (3.96));
  g_assert_cmpint (corro_player_get_duration (player), <=, SECONDS (4.01));
  g_assert_null (corro_player_get_error (player));
}

static void
check_in_out (const char *name,
              int         fps,
              gint64      in_point,
              gint64      out_point)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autoptr(MediaTestLog) log = media_test_log_new (player);
  g_autofree char *uri = clip_uri (name);
  int first, last;

  first_frame = media_test_first_frame_time (uri);
  first = frame_at (in_point, fps);
  last = frame_before (out_point, fps);
  corro_player_load (player, uri, in_point, out_point, NULL, 0);
  corro_player_play (player);
  g_assert_true (media_test_log_wait_finished (log));

  g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_FINISHED);
  g_assert_cmpint (corro_player_get_position (player), ==, out_point);
  g_assert_cmpuint (log->frames->len, >, 0);
  g_assert_cmpint (g_array_index (log->frames, int, 0), ==, first);
  g_assert_cmpint (g_array_index (log->frames, int, log->frames->len - 1), ==, last);
  g_assert_cmpint (media_test_shown_frame (player), ==, last);
  assert_frames_in_order (log->frames, 0);
  g_test_message ("%s: %u frames shown of %d, %u skips", name, log->frames->len,
                  last - first + 1, count_skips (log->frames, 0));
  first_frame = 0;
}

static void
test_in_out_25 (void)
{
  /* Both points between frames, the in point between key frames. */
  check_in_out ("25.webm", 25, SECONDS (1.30), SECONDS (2.70));
}

static void
test_in_out_30 (void)
{
  /* Both points exactly on frame starts. */
  check_in_out ("30.webm", 30, SECONDS (1.0), SECONDS (2.5));
}

static void
test_in_out_mpeg2 (void)
{
  if (!media_test_have_elements ("mpeg2enc", "avenc_ac3", "avmux_dvd", NULL))
    {
      g_test_skip ("No MPEG-2 program stream encoder here");
      return;
    }

  /* The in point inside a GOP, the out point between frames. */
  check_in_out ("25.vob", 25, SECONDS (1.30), SECONDS (2.03));
}

static void
check_pause_points (CorroPlayer  *player,
                    const char   *uri,
                    int           fps,
                    int           n_frames,
                    const gint64 *points,
                    guint         n_points)
{
  g_autoptr(MediaTestLog) log = media_test_log_new (player);

  first_frame = media_test_first_frame_time (uri);
  g_test_message ("first frame at %.3f s", first_frame / 1e6);
  corro_player_load (player, uri, 0, CORRO_PLAYER_END, points, n_points);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  g_assert_cmpint (media_test_shown_frame (player), ==, 0);

  for (guint i = 0; i < n_points; i++)
    {
      int expected = frame_before (points[i], fps);
      guint resumed_at = log->frames->len;
      int paused_frame = media_test_shown_frame (player);

      corro_player_play (player);
      g_assert_true (media_test_log_wait_reached (log, i + 1));
      g_assert_cmpuint (g_array_index (log->reached, guint, i), ==, i);
      g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_PAUSED);
      g_assert_cmpint (corro_player_get_position (player), ==, points[i]);
      g_test_message ("pause at %.3f s: frame %d, expected %d", points[i] / 1e6,
                      media_test_shown_frame (player), expected);
      g_assert_cmpint (media_test_shown_frame (player), ==, expected);

      /* Resuming went on from the frame after the one it had stopped on. */
      for (guint j = resumed_at; j < log->frames->len; j++)
        {
          int frame = g_array_index (log->frames, int, j);

          if (frame != paused_frame)
            {
              g_assert_cmpint (frame, ==, paused_frame + 1);
              break;
            }
        }
    }

  corro_player_play (player);
  g_assert_true (media_test_log_wait_finished (log));
  g_assert_cmpint (media_test_shown_frame (player), ==, n_frames - 1);
  assert_frames_in_order (log->frames, 0);
  first_frame = 0;
  g_test_message ("%u frames shown of %d, %u skips", log->frames->len, n_frames,
                  count_skips (log->frames, 0));
}

static void
test_pause_points_25 (void)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autofree char *uri = clip_uri ("25.webm");
  /* On frame starts (0.52, 1.00) and between frames (1.61, 2.21). */
  static const gint64 points[] = { 520000, 1000000, 1610000, 2210000 };

  check_pause_points (player, uri, 25, 100, points, G_N_ELEMENTS (points));
}

static void
test_pause_points_30 (void)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autofree char *uri = clip_uri ("30.webm");
  static const gint64 points[] = { 500000, 1000000, 1510000, 2345000 };

  check_pause_points (player, uri, 30, 90, points, G_N_ELEMENTS (points));
}

static void
test_pause_points_mpeg2 (void)
{
  g_autoptr(CorroPlayer) player = NULL;
  g_autofree char *uri = NULL;
  static const gint64 points[] = { 1000000, 1610000 };

  if (!media_test_have_elements ("mpeg2enc", "avenc_ac3", "avmux_dvd", NULL))
    {
      g_test_skip ("No MPEG-2 program stream encoder here");
      return;
    }

  uri = clip_uri ("25.vob");
  player = corro_player_new ();
  check_pause_points (player, uri, 25, 60, points, G_N_ELEMENTS (points));
}

static void
test_pause_points_h264 (void)
{
  g_autoptr(CorroPlayer) player = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  static const gint64 points[] = { 700000, 1234000 };
  MediaTestClip clip = {
    .width = 320, .height = 240, .fps = 30, .n_frames = 60,
    .video = "x264enc speed-preset=ultrafast key-int-max=30 ! h264parse",
    .audio = "avenc_aac", .mux = "mp4mux",
  };

  if (!media_test_have_elements ("x264enc", "avenc_aac", "mp4mux", NULL))
    {
      g_test_skip ("No H.264 encoder here");
      return;
    }

  path = media_test_make_clip (clip_dir, "30.mp4", &clip);
  uri = g_filename_to_uri (path, NULL, NULL);
  player = corro_player_new ();
  check_pause_points (player, uri, 30, 60, points, G_N_ELEMENTS (points));
}

static void
test_step_and_seek (void)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autoptr(MediaTestLog) log = media_test_log_new (player);
  g_autofree char *uri = clip_uri ("25.webm");
  static const gint64 points[] = { 1000000, 2000000, 3000000 };

  corro_player_load (player, uri, SECONDS (0.5), SECONDS (3.5), points, G_N_ELEMENTS (points));
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  g_assert_cmpint (media_test_shown_frame (player), ==, 12);

  g_assert_true (corro_player_next_pause_point (player));
  g_assert_cmpuint (log->reached->len, ==, 1);
  g_assert_cmpuint (g_array_index (log->reached, guint, 0), ==, 0);
  g_assert_cmpint (corro_player_get_position (player), ==, SECONDS (1.0));
  g_assert_cmpint (wait_for_frame (player, 24), ==, 24);

  g_assert_true (corro_player_next_pause_point (player));
  g_assert_cmpint (corro_player_get_position (player), ==, SECONDS (2.0));
  g_assert_cmpint (wait_for_frame (player, 49), ==, 49);

  g_assert_true (corro_player_previous_pause_point (player));
  g_assert_cmpint (corro_player_get_position (player), ==, SECONDS (1.0));
  g_assert_cmpint (wait_for_frame (player, 24), ==, 24);

  g_assert_true (corro_player_previous_pause_point (player));
  g_assert_cmpint (corro_player_get_position (player), ==, SECONDS (0.5));
  g_assert_cmpint (wait_for_frame (player, 12), ==, 12);
  g_assert_false (corro_player_previous_pause_point (player));
  g_assert_cmpuint (log->reached->len, ==, 3);

  /* ±5 s stays between the in and out points. */
  corro_player_seek_relative (player, 5 * G_USEC_PER_SEC);
  g_assert_cmpint (corro_player_get_position (player), ==, SECONDS (3.5));
  g_assert_cmpint (wait_for_frame (player, 87), ==, 87);
  g_assert_false (corro_player_next_pause_point (player));
  corro_player_seek_relative (player, -5 * G_USEC_PER_SEC);
  g_assert_cmpint (corro_player_get_position (player), ==, SECONDS (0.5));
  g_assert_cmpint (wait_for_frame (player, 12), ==, 12);

  /* Seeking past a pause point does not stop there; the next one still counts. */
  corro_player_seek (player, SECONDS (1.5));
  g_assert_cmpint (wait_for_frame (player, 37), ==, 37);
  corro_player_play (player);
  g_assert_true (media_test_log_wait_reached (log, 4));
  g_assert_cmpuint (g_array_index (log->reached, guint, 3), ==, 1);
  g_assert_cmpint (media_test_shown_frame (player), ==, 49);

  /* Pausing mid-stretch and playing on still stops at the next point. */
  corro_player_play (player);
  media_test_iterate_for (0.3);
  corro_player_pause (player);
  g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_PAUSED);
  g_assert_cmpint (corro_player_get_position (player), >, SECONDS (2.0));
  g_assert_cmpint (corro_player_get_position (player), <, SECONDS (3.0));
  corro_player_play (player);
  g_assert_true (media_test_log_wait_reached (log, 5));
  g_assert_cmpint (media_test_shown_frame (player), ==, 74);

  /* The out point ends the clip; Play starts it again from the in point. */
  corro_player_play (player);
  g_assert_true (media_test_log_wait_finished (log));
  g_assert_cmpint (media_test_shown_frame (player), ==, 87);
  corro_player_play (player);
  g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_PLAYING);
  g_assert_true (media_test_log_wait_reached (log, 6));
  g_assert_cmpuint (g_array_index (log->reached, guint, 5), ==, 0);

  corro_player_stop (player);
  g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_STOPPED);
  g_assert_null (corro_video_paintable_get_texture (
                   CORRO_VIDEO_PAINTABLE (corro_player_get_paintable (player))));
}

/* Sound levels reach the test through a fake sink named in CORRO_AUDIO_SINK. */
typedef struct
{
  GMutex lock;
  double level;
} AudioLevel;

static void
on_audio_handoff_cb (GstElement *sink,
                     GstBuffer  *buffer,
                     GstPad     *pad,
                     AudioLevel *level)
{
  GstMapInfo map;
  double sum = 0;
  gsize n;

  if (!gst_buffer_map (buffer, &map, GST_MAP_READ))
    return;
  n = map.size / 2;
  for (gsize i = 0; i < n; i++)
    sum += ABS (((gint16 *) map.data)[i]);
  gst_buffer_unmap (buffer, &map);

  g_mutex_lock (&level->lock);
  level->level = n > 0 ? sum / n / 32768.0 : 0;
  g_mutex_unlock (&level->lock);
}

static double
read_level (AudioLevel *level)
{
  double value;

  g_mutex_lock (&level->lock);
  value = level->level;
  g_mutex_unlock (&level->lock);

  return value;
}

static void
test_tracks (void)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autoptr(MediaTestLog) log = media_test_log_new (player);
  g_autoptr(CorroMediaTrack) audio_en = NULL;
  g_autoptr(CorroMediaTrack) audio_es = NULL;
  g_autoptr(CorroMediaTrack) inside = NULL;
  g_autoptr(CorroMediaTrack) beside = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autofree char *srt_inside = media_test_write_srt (clip_dir, "inside.srt", "Hola");
  g_autofree char *srt_beside = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  AudioLevel level = { 0 };
  static const gint64 points[] = { 1000000, 2000000, 2600000, 3200000 };
  guint plain, with_inside, with_beside;
  MediaTestClip clip = {
    .width = 320, .height = 240, .fps = 25, .n_frames = 100,
    .video = "vp8enc deadline=1 cpu-used=8", .audio = "vorbisenc", .mux = "matroskamux",
    .n_audio = 2, .languages = { "eng", "spa" }, .waves = { "sine", "silence" },
    .subtitle_srt = srt_inside, .subtitle_language = "spa",
  };

  path = media_test_make_clip (clip_dir, "tracks.mkv", &clip);
  srt_beside = media_test_write_srt (clip_dir, "tracks.en.srt",
                                     "This line comes from the file beside the video");
  uri = g_filename_to_uri (path, NULL, NULL);

  corro_player_load (player, uri, 0, CORRO_PLAYER_END, points, G_N_ELEMENTS (points));
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));

  sink = gst_bin_get_by_name (GST_BIN (_corro_player_get_pipeline (player)), "test-audio");
  g_assert_nonnull (sink);
  g_signal_connect (sink, "handoff", G_CALLBACK (on_audio_handoff_cb), &level);

  /* Two sound tracks, English then Spanish; subtitles inside (Spanish) and beside. */
  g_assert_cmpuint (g_list_model_get_n_items (corro_player_get_audio_tracks (player)), ==, 2);
  audio_en = g_list_model_get_item (corro_player_get_audio_tracks (player), 0);
  audio_es = g_list_model_get_item (corro_player_get_audio_tracks (player), 1);
  g_assert_cmpstr (corro_media_track_get_language_code (audio_en), ==, "en");
  g_assert_cmpstr (corro_media_track_get_language_code (audio_es), ==, "es");
  g_assert_cmpstr (corro_media_track_get_codec (audio_es), ==, "Vorbis");
  g_assert_cmpint (corro_player_get_current_audio (player), ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (corro_player_get_subtitle_tracks (player)), ==, 2);
  inside = g_list_model_get_item (corro_player_get_subtitle_tracks (player), 0);
  beside = g_list_model_get_item (corro_player_get_subtitle_tracks (player), 1);
  g_assert_cmpstr (corro_media_track_get_language_code (inside), ==, "es");
  g_assert_false (corro_media_track_get_external (inside));
  g_assert_cmpstr (corro_media_track_get_language_code (beside), ==, "en");
  g_assert_true (corro_media_track_get_external (beside));
  g_assert_cmpint (corro_player_get_current_subtitle (player), ==, -1);

  /* Stretch 1: English sound (a tone), no subtitles. */
  corro_player_play (player);
  g_assert_true (media_test_log_wait_reached (log, 1));
  g_assert_cmpfloat (read_level (&level), >, 0.1);
  plain = media_test_bright_pixels_below (
            corro_video_paintable_get_texture (
              CORRO_VIDEO_PAINTABLE (corro_player_get_paintable (player))), 0.6);
  g_assert_cmpuint (plain, ==, 0);

  /* Stretch 2: Spanish sound (silence), Spanish subtitles from inside the file. */
  corro_player_set_current_audio (player, 1);
  corro_player_set_current_subtitle (player, 0);
  g_assert_cmpint (corro_player_get_current_subtitle (player), ==, 0);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  g_assert_cmpint (media_test_shown_frame (player), ==, 24);
  corro_player_play (player);
  g_assert_true (media_test_log_wait_reached (log, 2));
  g_assert_cmpint (media_test_shown_frame (player), ==, 49);
  g_assert_cmpfloat (read_level (&level), <, 0.01);
  with_inside = media_test_bright_pixels_below (
                  corro_video_paintable_get_texture (
                    CORRO_VIDEO_PAINTABLE (corro_player_get_paintable (player))), 0.6);
  g_assert_cmpuint (with_inside, >, 50);

  /* Stretch 3: the subtitle file beside the clip, a longer line. Still Spanish sound. */
  corro_player_set_current_subtitle (player, 1);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  g_assert_cmpint (corro_player_get_current_audio (player), ==, 1);
  corro_player_play (player);
  g_assert_true (media_test_log_wait_reached (log, 3));
  g_assert_cmpint (media_test_shown_frame (player), ==, 64);
  g_assert_cmpfloat (read_level (&level), <, 0.01);
  with_beside = media_test_bright_pixels_below (
                  corro_video_paintable_get_texture (
                    CORRO_VIDEO_PAINTABLE (corro_player_get_paintable (player))), 0.6);
  g_test_message ("bright subtitle pixels: none %u, inside %u, beside %u",
                  plain, with_inside, with_beside);
  g_assert_cmpuint (with_beside, >, with_inside * 3 / 2);
  g_assert_cmpint (corro_player_get_current_subtitle (player), ==, 1);

  /* Stretch 4: subtitles off, English again. */
  corro_player_set_current_subtitle (player, -1);
  corro_player_set_current_audio (player, 0);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  corro_player_play (player);
  g_assert_true (media_test_log_wait_reached (log, 4));
  g_assert_cmpint (media_test_shown_frame (player), ==, 79);
  g_assert_cmpfloat (read_level (&level), >, 0.1);
  g_assert_cmpuint (media_test_bright_pixels_below (
                      corro_video_paintable_get_texture (
                        CORRO_VIDEO_PAINTABLE (corro_player_get_paintable (player))), 0.6),
                    ==, 0);

  assert_frames_in_order (log->frames, 0);
  g_assert_null (log->error);
  g_signal_handlers_disconnect_by_data (sink, &level);
}

static void
test_volume_and_mute (void)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autofree char *uri = clip_uri ("25.webm");
  double volume = 0;
  gboolean mute = FALSE;

  corro_player_load (player, uri, 0, CORRO_PLAYER_END, NULL, 0);
  corro_player_set_volume (player, 0.25);
  corro_player_set_muted (player, TRUE);
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));

  g_object_get (_corro_player_get_pipeline (player), "volume", &volume, "mute", &mute, NULL);
  g_assert_cmpfloat_with_epsilon (volume, 0.25, 0.001);
  g_assert_true (mute);
  corro_player_set_volume (player, 7.0);
  g_assert_cmpfloat (corro_player_get_volume (player), ==, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Sound to a fake sink the tests can listen to; never a sound device. */
  g_setenv ("CORRO_AUDIO_SINK",
            "audioconvert ! audio/x-raw,format=S16LE ! "
            "fakesink name=test-audio sync=true signal-handoffs=true", TRUE);
  corro_test_init (&argc, &argv);
  gst_init (&argc, &argv);
  clip_dir = corro_test_make_tmpdir ();

  g_test_add_func ("/media/paintable/pixel-aspect", test_paintable_pixel_aspect);
  g_test_add_func ("/media/player/load-shows-in-point", test_load_shows_in_point);
  g_test_add_func ("/media/player/in-out/25fps", test_in_out_25);
  g_test_add_func ("/media/player/in-out/30fps", test_in_out_30);
  g_test_add_func ("/media/player/in-out/mpeg2-ps", test_in_out_mpeg2);
  g_test_add_func ("/media/player/pause-points/25fps", test_pause_points_25);
  g_test_add_func ("/media/player/pause-points/30fps", test_pause_points_30);
  g_test_add_func ("/media/player/pause-points/mpeg2-ps", test_pause_points_mpeg2);
  g_test_add_func ("/media/player/pause-points/h264-mp4", test_pause_points_h264);
  g_test_add_func ("/media/player/step-and-seek", test_step_and_seek);
  g_test_add_func ("/media/player/tracks", test_tracks);
  g_test_add_func ("/media/player/volume-and-mute", test_volume_and_mute);

  status = g_test_run ();
  corro_test_remove_tree (clip_dir);
  g_free (clip_dir);

  return status;
}
