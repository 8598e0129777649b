/* test-media-errors.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the player and the prober say about files they cannot play: a missing decoder
 * (VP8 and MPEG-2 decoders are hidden from this whole process), a truncated file, an
 * empty one, random bytes, a document, a folder, sound without picture, a photo, a
 * file that is not there or may not be read. Each has its own code and a message for
 * people, never GStreamer's own words.
 */

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>
#include <gst/gst.h>

#include "corro-clip-info.h"
#include "corro-media-error.h"
#include "corro-player.h"
#include "corro-test-util.h"
#include "media-test-util.h"

/* Words GStreamer itself would use; a message to a facilitator never has them. */
static const char * const gstreamer_words[] = {
  "Resource not found", "Could not determine type", "Stream contains no data", "GStreamer",
  "Internal data stream", "No valid frames", "not-negotiated", "Your GStreamer",
};

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = corro_test_make_tmpdir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
assert_plain_words (const char *message)
{
  g_test_message ("message: %s", message);
  for (gsize i = 0; i < G_N_ELEMENTS (gstreamer_words); i++)
    g_assert_null (strstr (message, gstreamer_words[i]));
}

/* Loads @path in a player and expects @code, by signal and by state. */
static char *
player_error (const char *path,
              gint64      expected_duration,
              const gint64 *points,
              guint        n_points,
              int          code)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autoptr(MediaTestLog) log = media_test_log_new (player);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  corro_player_set_expected_duration (player, expected_duration);
  corro_player_load (player, uri, 0, CORRO_PLAYER_END, points, n_points);
  corro_player_play (player);
  g_assert_true (media_test_log_wait_error (log));
  g_assert_error (log->error, CORRO_MEDIA_ERROR, code);
  g_assert_cmpint (corro_player_get_state (player), ==, CORRO_PLAYER_STATE_ERROR);
  g_assert_error (corro_player_get_error (player), CORRO_MEDIA_ERROR, code);
  assert_plain_words (log->error->message);

  return g_strdup (log->error->message);
}

/* Probes @path and expects it to fail outright with @code. */
static char *
probe_error (const char *path,
             int         code)
{
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = corro_clip_info_probe (path, NULL, &error);
  g_assert_null (info);
  g_assert_error (error, CORRO_MEDIA_ERROR, code);
  assert_plain_words (error->message);

  return g_strdup (error->message);
}

/* Probes @path and expects a description saying Corro cannot play it, with @code. */
static CorroClipInfo *
probe_problem (const char *path,
               int         code)
{
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = corro_clip_info_probe (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (info);
  g_assert_false (corro_clip_info_get_playable (info));
  g_assert_error (corro_clip_info_get_problem (info), CORRO_MEDIA_ERROR, code);
  assert_plain_words (corro_clip_info_get_problem (info)->message);

  return g_steal_pointer (&info);
}

/* tests */

static void
test_missing_decoder_vp8 (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = media_test_make_webm (fixture->dir, "clip.webm", 25, 25);
  g_autofree char *message = NULL;
  g_autoptr(CorroClipInfo) info = NULL;

  message = player_error (path, 0, NULL, 0, CORRO_MEDIA_ERROR_MISSING_DECODER);
  g_assert_cmpstr (message, ==,
                   "This video needs the VP8 decoder; install gstreamer1.0-plugins-good.");

  info = probe_problem (path, CORRO_MEDIA_ERROR_MISSING_DECODER);
  g_assert_cmpstr (corro_clip_info_get_problem (info)->message, ==, message);
  g_assert_cmpstr (corro_clip_info_get_video_codec (info), ==, "VP8");
}

static void
test_missing_decoder_mpeg2 (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_autoptr(CorroClipInfo) info = NULL;
  MediaTestClip clip = {
    .width = 320, .height = 240, .fps = 25, .n_frames = 25,
    .video = "mpeg2enc format=3 ! mpegvideoparse", .audio = "avenc_ac3", .mux = "avmux_dvd",
  };

  if (!media_test_have_elements ("mpeg2enc", "avenc_ac3", "avmux_dvd", NULL))
    {
      g_test_skip ("No MPEG-2 program stream encoder here");
      return;
    }

  path = media_test_make_clip (fixture->dir, "clip.vob", &clip);
  message = player_error (path, 0, NULL, 0, CORRO_MEDIA_ERROR_MISSING_DECODER);
  g_assert_cmpstr (message, ==,
                   "This video needs the MPEG-2 video decoder; install gstreamer1.0-libav.");

  info = probe_problem (path, CORRO_MEDIA_ERROR_MISSING_DECODER);
  g_assert_cmpstr (corro_clip_info_get_problem (info)->message, ==, message);
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  static const gint64 points[] = { 3000000 };
  MediaTestClip clip = {
    .width = 320, .height = 240, .fps = 25, .n_frames = 75,
    .video = "vp9enc deadline=1 cpu-used=8", .audio = "opusenc", .mux = "webmmux",
  };

  path = media_test_make_clip (fixture->dir, "clip.webm", &clip);
  media_test_truncate (path, 0.5);

  /* The header still says 3 s: nothing to see until it is played. */
  info = corro_clip_info_probe (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (corro_clip_info_get_playable (info));
  g_assert_cmpint (corro_clip_info_get_duration (info), >=, 2900000);

  /* Played to the end, against the length probed when it was added. */
  message = player_error (path, corro_clip_info_get_duration (info), NULL, 0,
                          CORRO_MEDIA_ERROR_TRUNCATED);
  g_assert_true (g_str_has_prefix (message, "“clip.webm” stops at 0:01."));
  g_assert_nonnull (strstr (message, "before its full length of 0:03.00"));
  g_clear_pointer (&message, g_free);

  /* Played to a pause point past the cut, with nothing probed. */
  message = player_error (path, 0, points, G_N_ELEMENTS (points), CORRO_MEDIA_ERROR_TRUNCATED);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "clip.mp4", NULL);
  g_autofree char *from_player = NULL;
  g_autofree char *from_probe = NULL;

  g_file_set_contents (path, "", 0, NULL);
  from_player = player_error (path, 0, NULL, 0, CORRO_MEDIA_ERROR_EMPTY);
  from_probe = probe_error (path, CORRO_MEDIA_ERROR_EMPTY);
  g_assert_cmpstr (from_player, ==, from_probe);
  g_assert_nonnull (strstr (from_player, "“clip.mp4” is empty"));
}

static void
test_random_bytes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "clip.vob", NULL);
  g_autofree char *from_player = NULL;
  g_autofree char *from_probe = NULL;

  corro_test_write_random (path, 200000);
  from_player = player_error (path, 0, NULL, 0, CORRO_MEDIA_ERROR_NOT_MEDIA);
  from_probe = probe_error (path, CORRO_MEDIA_ERROR_NOT_MEDIA);
  g_assert_cmpstr (from_player, ==,
                   "“clip.vob” is not a video file, or is in a format Corro does not know.");
  g_assert_cmpstr (from_probe, ==, from_player);
}

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "moved away.mp4", NULL);
  g_autofree char *from_player = NULL;
  g_autofree char *from_probe = NULL;

  from_player = player_error (path, 0, NULL, 0, CORRO_MEDIA_ERROR_NOT_FOUND);
  from_probe = probe_error (path, CORRO_MEDIA_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (from_player, "The video file “moved away.mp4” is not there."));
  g_assert_cmpstr (from_probe, ==, from_player);
}

static void
test_text_file (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "session notes.mp4", NULL);
  g_autofree char *message = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (int i = 0; i < 200; i++)
    g_string_append (text, "Notes for the group about being with the child's feelings.\n");
  g_file_set_contents (path, text->str, text->len, NULL);

  message = player_error (path, 0, NULL, 0, CORRO_MEDIA_ERROR_NOT_MEDIA);
  g_clear_pointer (&message, g_free);
  message = probe_error (path, CORRO_MEDIA_ERROR_NOT_MEDIA);
}

static void
test_folder (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *from_player = player_error (fixture->dir, 0, NULL, 0,
                                               CORRO_MEDIA_ERROR_NOT_MEDIA);
  g_autofree char *from_probe = probe_error (fixture->dir, CORRO_MEDIA_ERROR_NOT_MEDIA);

  g_assert_nonnull (strstr (from_player, "is a folder"));
  g_assert_cmpstr (from_probe, ==, from_player);
}

static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = media_test_make_webm (fixture->dir, "clip.webm", 25, 10);
  g_autofree char *from_player = NULL;
  g_autofree char *from_probe = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root reads any file");
      return;
    }

  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  from_player = player_error (path, 0, NULL, 0, CORRO_MEDIA_ERROR_UNREADABLE);
  from_probe = probe_error (path, CORRO_MEDIA_ERROR_UNREADABLE);
  g_assert_cmpstr (from_probe, ==, from_player);
  g_chmod (path, 0600);
}

static void
test_sound_only (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "song.ogg", NULL);
  g_autofree char *description = g_strdup_printf ("audiotestsrc num-buffers=20 ! vorbisenc ! "
                                                  "oggmux ! filesink location=\"%s\"", path);
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  g_autoptr(CorroClipInfo) info = NULL;
  g_autofree char *from_player = NULL;

  pipeline = gst_parse_launch (description, NULL);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, 10 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  from_player = player_error (path, 0, NULL, 0, CORRO_MEDIA_ERROR_NO_VIDEO);
  g_assert_cmpstr (from_player, ==, "“song.ogg” has no picture; choose a video file.");
  info = probe_problem (path, CORRO_MEDIA_ERROR_NO_VIDEO);
  g_assert_cmpuint (g_list_model_get_n_items (corro_clip_info_get_audio_tracks (info)), ==, 1);
}

static void
test_still_picture (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "photo.png", NULL);
  g_autofree char *description = g_strdup_printf ("videotestsrc num-buffers=1 ! pngenc ! "
                                                  "filesink location=\"%s\"", path);
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  g_autoptr(CorroClipInfo) info = NULL;

  pipeline = gst_parse_launch (description, NULL);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, 10 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  info = probe_problem (path, CORRO_MEDIA_ERROR_NO_VIDEO);
  g_assert_cmpstr (corro_clip_info_get_problem (info)->message, ==,
                   "“photo.png” is a still picture, not a video.");
}

static void
test_error_codes_distinct (void)
{
  /* A domain whose codes are all 0 says nothing: each failure has its own. */
  static const int codes[] = {
    CORRO_MEDIA_ERROR_NOT_FOUND, CORRO_MEDIA_ERROR_UNREADABLE, CORRO_MEDIA_ERROR_EMPTY,
    CORRO_MEDIA_ERROR_NOT_MEDIA, CORRO_MEDIA_ERROR_NO_VIDEO,
    CORRO_MEDIA_ERROR_MISSING_DECODER, CORRO_MEDIA_ERROR_TRUNCATED,
    CORRO_MEDIA_ERROR_DAMAGED, CORRO_MEDIA_ERROR_AUDIO_OUTPUT, CORRO_MEDIA_ERROR_FAILED,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_assert_cmpint (codes[i], !=, 0);
      for (gsize j = i + 1; j < G_N_ELEMENTS (codes); j++)
        g_assert_cmpint (codes[i], !=, codes[j]);
    }
  g_assert_cmpstr (g_quark_to_string (CORRO_MEDIA_ERROR), ==, "corro-media-error-quark");
}

int
main (int   argc,
      char *argv[])
{
  /* Never a sound device, also when run by hand. */
  g_setenv ("CORRO_AUDIO_SINK", "fakeaudiosink", FALSE);
  corro_test_init (&argc, &argv);
  gst_init (&argc, &argv);

  /* As if gstreamer1.0-plugins-good's VP8 decoder and every MPEG-2 video decoder were
   * not installed: before any pipeline, since playbin caches the list of decoders. */
  media_test_lower_decoders ("video/x-vp8");
  media_test_lower_decoders ("video/mpeg, mpegversion=(int)2, systemstream=(boolean)false, "
                             "parsed=(boolean)true");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/media/errors/missing-decoder/vp8", test_missing_decoder_vp8);
  ADD ("/media/errors/missing-decoder/mpeg2", test_missing_decoder_mpeg2);
  ADD ("/media/errors/truncated", test_truncated);
  ADD ("/media/errors/empty", test_empty);
  ADD ("/media/errors/random-bytes", test_random_bytes);
  ADD ("/media/errors/missing-file", test_missing_file);
  ADD ("/media/errors/text-file", test_text_file);
  ADD ("/media/errors/folder", test_folder);
  ADD ("/media/errors/unreadable", test_unreadable);
  ADD ("/media/errors/sound-only", test_sound_only);
  ADD ("/media/errors/still-picture", test_still_picture);
  g_test_add_func ("/media/errors/codes-distinct", test_error_codes_distinct);

#undef ADD

  return g_test_run ();
}
