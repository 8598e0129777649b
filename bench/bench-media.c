/* bench-media.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures CorroPlayer on generated clips and prints the figures (never asserts):
 *   - load → first frame on the paintable, against a plain playbin with the same
 *     appsink, alternated run by run (A B A B…), medians and their ratio;
 *   - Play on a pre-rolled clip → first new frame;
 *   - the error of 50 pause-point stops, in ms, read from the frames' own numbers;
 *   - resident memory while playing 1280×720 (target under 150 MB), and after 10, 100 and
 *     1,000 clip changes (target: flat), in a fresh process of its own so that the
 *     encoders that made the clips and the other figures' players are not counted.
 * First frames are measured for WebM VP8, MP4 H.264, MPEG PS and Matroska in one run,
 * each against the 0.8× target. Run by bench/media.py (build-aux/dev bench). Sound goes
 * to a fake sink.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <gst/app/gstappsink.h>
#include <gst/gst.h>

#include "corro-player.h"
#include "corro-test-util.h"
#include "media-test-util.h"

#define FIRST_FRAME_RUNS 15
#define N_STOPS 50
#define FIRST_FRAME_TARGET 0.8
#define PLAYING_TARGET_MB 150.0
/* Growth per change above this is a leak, not noise. */
#define FLAT_KB_PER_CHANGE 50.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  if (values->len == 0)
    return 0;
  if (values->len % 2 == 1)
    return g_array_index (values, double, values->len / 2);

  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

static double
resident_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");

  return line != NULL ? g_ascii_strtod (line + 6, NULL) / 1024.0 : 0;
}

/* Corro: load → the first texture on the paintable (main thread). */

static void
on_first_texture_cb (GdkPaintable *paintable,
                     gint64       *when)
{
  if (*when == 0)
    *when = g_get_monotonic_time ();
}

static gboolean
is_set (gpointer data)
{
  return *(gint64 *) data != 0;
}

static double
corro_first_frame_ms (const char *uri,
                      gint64      in_point)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  gint64 when = 0;
  gint64 start;

  g_signal_connect (corro_player_get_paintable (player), "invalidate-contents",
                    G_CALLBACK (on_first_texture_cb), &when);
  start = g_get_monotonic_time ();
  corro_player_load (player, uri, in_point, CORRO_PLAYER_END, NULL, 0);
  media_test_wait_until (is_set, &when, 10);
  media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED);
  corro_player_stop (player);

  return when > 0 ? (when - start) / 1000.0 : -1;
}

/* Plain playbin, same sinks: PAUSED → the first pre-rolled sample, handed to the main
 * thread as Corro does. */

static GstFlowReturn
on_plain_preroll_cb (GstAppSink *sink,
                     gpointer    user_data)
{
  g_autoptr(GstSample) sample = gst_app_sink_pull_preroll (sink);

  g_atomic_int_set ((gint *) user_data, 1);
  g_main_context_wakeup (NULL);
  return GST_FLOW_OK;
}

static gboolean
plain_done (gpointer data)
{
  return g_atomic_int_get ((gint *) data) != 0;
}

static double
plain_first_frame_ms (const char *uri)
{
  static const GstAppSinkCallbacks callbacks = { .new_preroll = on_plain_preroll_cb };
  g_autoptr(GstElement) playbin = gst_element_factory_make ("playbin", NULL);
  g_autoptr(GstCaps) caps = gst_caps_from_string ("video/x-raw,format=RGBA");
  GstElement *appsink = gst_element_factory_make ("appsink", NULL);
  gint done = 0;
  gint64 start;
  double ms;

  g_object_set (appsink, "caps", caps, "enable-last-sample", FALSE, NULL);
  gst_app_sink_set_callbacks (GST_APP_SINK (appsink), (GstAppSinkCallbacks *) &callbacks,
                              &done, NULL);
  g_object_set (playbin,
                "uri", uri,
                "video-sink", appsink,
                "audio-sink", gst_element_factory_make ("fakeaudiosink", NULL),
                NULL);

  start = g_get_monotonic_time ();
  gst_element_set_state (playbin, GST_STATE_PAUSED);
  media_test_wait_until (plain_done, &done, 10);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  gst_element_set_state (playbin, GST_STATE_NULL);

  return done ? ms : -1;
}

static void
bench_first_frame (const char *label,
                   const char *uri)
{
  g_autoptr(GArray) corro = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) corro_in = g_array_new (FALSE, FALSE, sizeof (double));
  double a, b;

  /* One of each to warm the registry and caches, not counted. */
  corro_first_frame_ms (uri, 0);
  plain_first_frame_ms (uri);

  for (int i = 0; i < FIRST_FRAME_RUNS; i++)
    {
      double ms;

      ms = corro_first_frame_ms (uri, 0);
      g_array_append_val (corro, ms);
      ms = plain_first_frame_ms (uri);
      g_array_append_val (plain, ms);
      ms = corro_first_frame_ms (uri, 5 * G_USEC_PER_SEC + 120000);
      g_array_append_val (corro_in, ms);
    }

  a = median (corro);
  b = median (plain);
  g_print ("first frame, %s (median of %d, A B A B):\n", label, FIRST_FRAME_RUNS);
  g_print ("  corro load -> texture on the paintable     %7.1f ms\n", a);
  g_print ("  plain playbin PAUSED -> first sample       %7.1f ms\n", b);
  g_print ("  ratio corro / playbin                      %7.2f  (target <= %.2f: %s)\n",
           b > 0 ? a / b : 0, FIRST_FRAME_TARGET,
           b > 0 && a / b <= FIRST_FRAME_TARGET ? "met" : "NOT MET");
  g_print ("  corro, in point at 5.12 s (one more seek)  %7.1f ms\n", median (corro_in));
}

/* Play on a pre-rolled clip → the next frame. */

typedef struct
{
  guint64 frames;
  gint64  when;
} NextFrame;

static void
on_next_frame_cb (GdkPaintable *paintable,
                  NextFrame    *next)
{
  if (next->when == 0)
    next->when = g_get_monotonic_time ();
}

static void
bench_play_latency (const char *uri)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < FIRST_FRAME_RUNS; i++)
    {
      g_autoptr(CorroPlayer) player = corro_player_new ();
      NextFrame next = { 0 };
      gint64 start;
      double ms;

      corro_player_load (player, uri, 0, CORRO_PLAYER_END, NULL, 0);
      media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED);
      media_test_iterate_for (0.05);
      g_signal_connect (corro_player_get_paintable (player), "invalidate-contents",
                        G_CALLBACK (on_next_frame_cb), &next);
      start = g_get_monotonic_time ();
      corro_player_play (player);
      media_test_wait_until (is_set, &next.when, 10);
      ms = (next.when - start) / 1000.0;
      g_array_append_val (values, ms);
      corro_player_stop (player);
    }

  g_print ("Play on a pre-rolled clip -> next frame on the paintable (median of %d): %.1f ms\n",
           FIRST_FRAME_RUNS, median (values));
}

/* 50 stops at pause points, each checked against the frame number drawn into it. */

static void
bench_pause_points (const char *uri,
                    int         fps)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autoptr(MediaTestLog) log = media_test_log_new (player);
  g_autoptr(GArray) errors = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 points[N_STOPS];
  guint within_frame = 0;
  double frame_ms = 1000.0 / fps;
  double worst = 0;

  /* Every 0.12 s from 0.13 s: on frame starts and between them, at every phase. */
  for (int i = 0; i < N_STOPS; i++)
    points[i] = 130000 + i * 120000;

  corro_player_load (player, uri, 0, CORRO_PLAYER_END, points, N_STOPS);
  media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED);

  for (guint i = 0; i < N_STOPS; i++)
    {
      int expected = 0;
      int shown;
      double error_ms;

      corro_player_play (player);
      if (!media_test_log_wait_reached (log, i + 1))
        break;

      while (gst_util_uint64_scale (expected + 1, GST_SECOND, fps) <
             (guint64) points[i] * GST_USECOND)
        expected++;
      shown = media_test_shown_frame (player);
      error_ms = (shown - expected) * frame_ms;
      g_array_append_val (errors, error_ms);
      worst = MAX (worst, ABS (error_ms));
      if (shown == expected)
        within_frame++;
    }

  g_print ("pause points: %u stops at %d fps; error median %.1f ms, worst %.1f ms; "
           "on the right frame %u/%u\n",
           errors->len, fps, median (errors), worst, within_frame, errors->len);
}

/* Resident memory while playing, and over clip changes, in a process of its own. */

static int n_changes = 1000;
static char *only = NULL;
static char *memory_clips = NULL;

static void
print_memory_after (int    changes,
                    double mb,
                    double from_mb,
                    int    from_changes)
{
  double growth = (mb - from_mb) / MAX (changes - from_changes, 1) * 1024;

  g_print ("  after %4d clip changes  %7.1f MB  (%+5.0f kB per change since %d: %s)\n",
           changes, mb, growth, from_changes,
           growth < FLAT_KB_PER_CHANGE ? "flat" : "GROWING");
}

static void
bench_memory (const char *uri_a,
              const char *uri_b)
{
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autoptr(GArray) playing = g_array_new (FALSE, FALSE, sizeof (double));
  double low = G_MAXDOUBLE, high = 0;
  double after_10 = 0, after_100 = 0;
  double before, mb;
  gint64 start;

  before = resident_mb ();
  corro_player_load (player, uri_a, 0, CORRO_PLAYER_END, NULL, 0);
  media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED);
  corro_player_play (player);
  for (int i = 0; i < 10; i++)
    {
      media_test_iterate_for (0.5);
      mb = resident_mb ();
      g_array_append_val (playing, mb);
      low = MIN (low, mb);
      high = MAX (high, mb);
    }
  mb = median (playing);
  g_print ("resident memory playing 1280x720 for 5 s (a process of its own): %.1f MB before "
           "loading, %.1f-%.1f MB, median %.1f MB (target < %.0f MB: %s)\n",
           before, low, high, mb, PLAYING_TARGET_MB, mb < PLAYING_TARGET_MB ? "met" : "NOT MET");

  g_print ("resident memory over %d clip changes (WebM and MP4 in turn, in point 1 s, "
           "each to its first frame; target flat, < %.0f kB per change):\n",
           n_changes, FLAT_KB_PER_CHANGE);
  start = g_get_monotonic_time ();
  for (int i = 1; i <= n_changes; i++)
    {
      corro_player_load (player, i % 2 ? uri_b : uri_a, 1000000, CORRO_PLAYER_END, NULL, 0);
      media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED);
      if (i == 10)
        {
          after_10 = resident_mb ();
          g_print ("  after   10 clip changes  %7.1f MB\n", after_10);
        }
      else if (i == 100)
        {
          after_100 = resident_mb ();
          print_memory_after (i, after_100, after_10, 10);
        }
      else if (i == n_changes)
        {
          media_test_iterate_for (0.2);
          print_memory_after (i, resident_mb (), i > 100 ? after_100 : after_10, i > 100 ? 100 : 10);
        }
    }
  g_print ("  %d clip changes took %.1f s\n", n_changes,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

/* The memory figures come from this program run again with the clips' URIs. */
static int
run_memory_process (const char *uri_a,
                    const char *uri_b)
{
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *clips = g_strdup_printf ("%s %s", uri_a, uri_b);
  g_autofree char *changes = g_strdup_printf ("--changes=%d", n_changes);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self_exe, changes, "--memory-of", clips, NULL };
  int status = 0;

  if (self_exe == NULL ||
      !g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     NULL, NULL, &status, &error))
    {
      g_printerr ("memory: cannot run %s: %s\n", self_exe, error ? error->message : "");
      return 1;
    }

  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

typedef struct
{
  const char    *label;
  const char    *name;
  MediaTestClip  clip;
  const char    *needs[4];
  char          *uri;
} BenchClip;

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *numbered = NULL;
  g_autofree char *uri_numbered = NULL;
  BenchClip clips[] = {
    { "1280x720 VP8/Vorbis WebM", "hd.webm",
      { .width = 1280, .height = 720, .fps = 25, .n_frames = 200,
        .video = "vp8enc deadline=1 cpu-used=16 keyframe-max-dist=50 target-bitrate=2000000",
        .audio = "vorbisenc", .mux = "webmmux" },
      { "vp8enc", "vorbisenc", "webmmux", NULL } },
    { "1280x720 H.264/AAC MP4", "hd.mp4",
      { .width = 1280, .height = 720, .fps = 25, .n_frames = 200,
        .video = "x264enc speed-preset=ultrafast key-int-max=50 ! h264parse",
        .audio = "avenc_aac", .mux = "mp4mux" },
      { "x264enc", "avenc_aac", "mp4mux", NULL } },
    /* mpeg2enc refuses 1280x720 at its default level: the DVD frame MPEG PS is for. */
    { "720x576 MPEG-2/AC-3 MPEG PS (DVD)", "dvd.vob",
      { .width = 720, .height = 576, .fps = 25, .n_frames = 150,
        .video = "mpeg2enc format=3 ! mpegvideoparse", .audio = "avenc_ac3",
        .mux = "avmux_dvd" },
      { "mpeg2enc", "avenc_ac3", "avmux_dvd", NULL } },
    { "1280x720 H.264/Vorbis Matroska", "hd.mkv",
      { .width = 1280, .height = 720, .fps = 25, .n_frames = 200,
        .video = "x264enc speed-preset=ultrafast key-int-max=50 ! h264parse",
        .audio = "vorbisenc", .mux = "matroskamux" },
      { "x264enc", "vorbisenc", "matroskamux", NULL } },
  };
  GOptionEntry entries[] = {
    { "changes", 0, 0, G_OPTION_ARG_INT, &n_changes, "Clip changes for the memory figure", "N" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Run one part: first-frame, play, pause, memory",
      "PART" },
    { "memory-of", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &memory_clips,
      "Measure memory on two clips' URIs (the memory part runs this itself)", "\"A B\"" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- measure CorroPlayer");
  const char *memory_a = NULL, *memory_b = NULL;
  int status = 0;

  g_setenv ("CORRO_AUDIO_SINK", "fakeaudiosink", FALSE);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, gst_init_get_option_group ());
  if (!g_option_context_parse (context, &argc, &argv, NULL))
    return 2;

  if (memory_clips != NULL)
    {
      g_auto(GStrv) uris = g_strsplit (memory_clips, " ", 2);

      if (g_strv_length (uris) != 2)
        return 2;
      bench_memory (uris[0], uris[1]);
      gst_deinit ();
      return 0;
    }

  dir = corro_test_make_tmpdir ();
  g_print ("Generating clips in %s...\n", dir);
  numbered = media_test_make_webm (dir, "numbered.webm", 25, 175);
  uri_numbered = g_filename_to_uri (numbered, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (clips); i++)
    {
      g_autofree char *path = NULL;
      const char **needs = clips[i].needs;

      if (!media_test_have_elements (needs[0], needs[1], needs[2], NULL))
        {
          g_print ("(no %s: an encoder or muxer is missing)\n", clips[i].label);
          continue;
        }
      path = media_test_make_clip (dir, clips[i].name, &clips[i].clip);
      clips[i].uri = g_filename_to_uri (path, NULL, NULL);
    }

  if (only == NULL || g_str_equal (only, "first-frame"))
    for (guint i = 0; i < G_N_ELEMENTS (clips); i++)
      if (clips[i].uri != NULL)
        bench_first_frame (clips[i].label, clips[i].uri);
  if (only == NULL || g_str_equal (only, "play"))
    bench_play_latency (clips[0].uri);
  if (only == NULL || g_str_equal (only, "pause"))
    bench_pause_points (uri_numbered, 25);
  if (only == NULL || g_str_equal (only, "memory"))
    {
      memory_a = clips[0].uri;
      memory_b = clips[1].uri != NULL ? clips[1].uri : uri_numbered;
      fflush (stdout);
      status = run_memory_process (memory_a, memory_b);
    }

  for (guint i = 0; i < G_N_ELEMENTS (clips); i++)
    g_free (clips[i].uri);
  corro_test_remove_tree (dir);
  gst_deinit ();
  return status;
}
