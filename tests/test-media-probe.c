/* test-media-probe.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Probing what facilitators bring, and `corro --check-media FILE` run with no display:
 * MPEG-2 with AC-3 or MP2 in an MPEG program stream, H.264/AAC in MP4, VP8 and VP9 in
 * WebM, Matroska with two sound tracks and subtitles inside and beside.
 */

#include "config.h"

#include <gio/gio.h>
#include <gst/gst.h>

#include "corro-clip-info.h"
#include "corro-media-error.h"
#include "corro-media-track.h"
#include "corro-test-util.h"
#include "media-test-util.h"

typedef struct
{
  const char *name;
  const char *needs[4];
  MediaTestClip clip;
  const char *container;          /* found in the description */
  const char *video_codec;
  const char *audio_codec;
} Format;

static const Format formats[] = {
  { "clip.vob", { "mpeg2enc", "avenc_ac3", "avmux_dvd" },
    { .width = 720, .height = 576, .fps = 25, .n_frames = 25,
      .video = "mpeg2enc format=3 aspect=3 ! mpegvideoparse", .audio = "avenc_ac3",
      .mux = "avmux_dvd" },
    "MPEG", "MPEG-2 Video", "AC-3" },
  { "clip.mpg", { "mpeg2enc", "avenc_mp2", "mpegpsmux" },
    { .width = 320, .height = 240, .fps = 25, .n_frames = 25,
      .video = "mpeg2enc format=3 ! mpegvideoparse", .audio = "avenc_mp2", .mux = "mpegpsmux" },
    "MPEG", "MPEG-2 Video", "MP2" },
  { "clip.mp4", { "x264enc", "avenc_aac", "mp4mux" },
    { .width = 320, .height = 240, .fps = 30, .n_frames = 30,
      .video = "x264enc speed-preset=ultrafast ! h264parse", .audio = "avenc_aac",
      .mux = "mp4mux" },
    NULL, "H.264", "AAC" },
  { "vp8.webm", { "vp8enc", "vorbisenc", "webmmux" },
    { .width = 320, .height = 240, .fps = 25, .n_frames = 25,
      .video = "vp8enc deadline=1", .audio = "vorbisenc", .mux = "webmmux" },
    "WebM", "VP8", "Vorbis" },
  { "vp9.webm", { "vp9enc", "opusenc", "webmmux" },
    { .width = 320, .height = 240, .fps = 25, .n_frames = 25,
      .video = "vp9enc deadline=1 cpu-used=8", .audio = "opusenc", .mux = "webmmux" },
    "WebM", "VP9", "Opus" },
};

static char *clip_dir;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* The real binary, with no display at all, as from a staff script. */
static void
run_check_media (Run        *run,
                 const char *path)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("CORRO_EXE");

  if (exe == NULL)
    {
      g_test_skip ("CORRO_EXE is not set (run through meson test)");
      return;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);

  child = g_subprocess_launcher_spawn (launcher, &error, exe, "--check-media", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  run->status = g_subprocess_get_exit_status (child);
  g_test_message ("corro --check-media %s → %d\n%s%s", path, run->status, run->out, run->err);
  corro_test_assert_clean_log (run->err, "corro");
}

static gboolean
have_all (const Format *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format->needs) && format->needs[i] != NULL; i++)
    if (!media_test_have_elements (format->needs[i], NULL))
      return FALSE;

  return TRUE;
}

/* tests */

static void
test_format (gconstpointer data)
{
  const Format *format = data;
  g_autofree char *path = NULL;
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(CorroMediaTrack) audio = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *video_line = NULL;
  g_auto(Run) run = { 0 };

  if (!have_all (format))
    {
      g_test_skip ("An encoder or muxer for this format is not installed");
      return;
    }

  path = media_test_make_clip (clip_dir, format->name, &format->clip);
  info = corro_clip_info_probe (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (info);

  g_assert_true (corro_clip_info_get_playable (info));
  g_assert_null (corro_clip_info_get_problem (info));
  g_assert_true (corro_clip_info_has_video (info));
  if (format->container != NULL)
    g_assert_nonnull (strstr (corro_clip_info_get_container (info), format->container));
  g_assert_nonnull (strstr (corro_clip_info_get_video_codec (info), format->video_codec));
  g_assert_cmpint (corro_clip_info_get_width (info), ==, format->clip.width);
  g_assert_cmpint (corro_clip_info_get_height (info), ==, format->clip.height);
  g_assert_cmpfloat_with_epsilon (corro_clip_info_get_frame_rate (info), format->clip.fps, 0.01);
  /* mpegpsmux leaves out the last half second; the others are a second long. */
  g_assert_cmpint (corro_clip_info_get_duration (info), >=, 400000);
  g_assert_cmpint (corro_clip_info_get_duration (info), <=, 1100000);

  g_assert_cmpuint (g_list_model_get_n_items (corro_clip_info_get_audio_tracks (info)), ==, 1);
  audio = g_list_model_get_item (corro_clip_info_get_audio_tracks (info), 0);
  g_assert_nonnull (strstr (corro_media_track_get_codec (audio), format->audio_codec));
  g_assert_true (corro_media_track_get_decodable (audio));

  run_check_media (&run, path);
  if (g_test_failed () || run.out == NULL)
    return;
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  video_line = g_strdup_printf ("Video: %s, %d×%d, %d frames per second\n",
                                corro_clip_info_get_video_codec (info), format->clip.width,
                                format->clip.height, format->clip.fps);
  g_assert_nonnull (strstr (run.out, video_line));
  g_assert_nonnull (strstr (run.out, "Audio track 1: "));
  g_assert_nonnull (strstr (run.out, format->audio_codec));
  g_assert_nonnull (strstr (run.out, "Subtitles: none\n"));
  g_assert_true (g_str_has_suffix (run.out, "Corro can play this file.\n"));

  /* A 16:9 DVD frame is stored 720 wide and shown 1024 wide. */
  if (g_str_equal (format->name, "clip.vob"))
    {
      g_assert_cmpint (corro_clip_info_get_display_width (info), ==, 1024);
      g_assert_nonnull (strstr (run.out, "  shown as 1024×576\n"));
    }
}

static void
test_tracks_and_subtitles (void)
{
  g_autofree char *srt = media_test_write_srt (clip_dir, "inside.srt", "Hola");
  g_autofree char *beside = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *audio, *subtitles;
  g_auto(Run) run = { 0 };
  MediaTestClip clip = {
    .width = 320, .height = 240, .fps = 25, .n_frames = 25,
    .video = "vp8enc deadline=1", .audio = "vorbisenc", .mux = "matroskamux",
    .n_audio = 2, .languages = { "eng", "spa" },
    .subtitle_srt = srt, .subtitle_language = "spa",
  };

  path = media_test_make_clip (clip_dir, "two languages.mkv", &clip);
  beside = media_test_write_srt (clip_dir, "two languages.en.srt", "Hello");

  info = corro_clip_info_probe (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (corro_clip_info_get_playable (info));
  g_assert_cmpstr (corro_clip_info_get_container (info), ==, "Matroska");

  audio = corro_clip_info_get_audio_tracks (info);
  g_assert_cmpuint (g_list_model_get_n_items (audio), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(CorroMediaTrack) track = g_list_model_get_item (audio, i);

      g_assert_cmpstr (corro_media_track_get_language_code (track), ==, i == 0 ? "en" : "es");
      g_assert_cmpstr (corro_media_track_get_language_name (track), ==,
                       i == 0 ? "English" : "Spanish");
      g_assert_cmpstr (corro_media_track_get_codec (track), ==, "Vorbis");
    }

  subtitles = corro_clip_info_get_subtitle_tracks (info);
  g_assert_cmpuint (g_list_model_get_n_items (subtitles), ==, 2);
  {
    g_autoptr(CorroMediaTrack) inside = g_list_model_get_item (subtitles, 0);
    g_autoptr(CorroMediaTrack) file = g_list_model_get_item (subtitles, 1);
    g_autofree char *label = corro_media_track_dup_label (file);

    g_assert_false (corro_media_track_get_external (inside));
    g_assert_cmpstr (corro_media_track_get_language_code (inside), ==, "es");
    g_assert_true (corro_media_track_get_external (file));
    g_assert_cmpstr (corro_media_track_get_language_code (file), ==, "en");
    g_assert_true (g_str_has_suffix (corro_media_track_get_uri (file),
                                     "two%20languages.en.srt"));
    g_assert_cmpstr (label, ==, "English");
  }

  run_check_media (&run, path);
  if (g_test_failed () || run.out == NULL)
    return;
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Container: Matroska\n"));
  g_assert_nonnull (strstr (run.out, "Audio track 1: Vorbis, English (en)\n"));
  g_assert_nonnull (strstr (run.out, "Audio track 2: Vorbis, Spanish (es)\n"));
  g_assert_nonnull (strstr (run.out, "Subtitle track 1: Spanish (es)\n"));
  g_assert_nonnull (strstr (run.out, "Subtitle track 2: English (en), "
                                     "from the file two languages.en.srt\n"));
}

static void
on_probed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
have_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static void
test_async (void)
{
  g_autofree char *path = media_test_make_webm (clip_dir, "async.webm", 25, 25);
  g_autofree char *vtt = g_build_filename (clip_dir, "async.vtt", NULL);
  g_autofree char *missing = g_build_filename (clip_dir, "not there.webm", NULL);
  g_autoptr(CorroMediaTrack) subtitle = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  /* A WebVTT file beside the clip is offered too; it names no language. */
  g_file_set_contents (vtt, "WEBVTT\n\n00:00.500 --> 00:00.900\nHello\n", -1, NULL);
  corro_clip_info_probe_async (path, NULL, on_probed_cb, &result);
  g_assert_null (result);
  media_test_wait_until (have_result, &result, 20);
  info = corro_clip_info_probe_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (corro_clip_info_get_video_codec (info), ==, "VP8");
  g_assert_cmpuint (g_list_model_get_n_items (corro_clip_info_get_subtitle_tracks (info)), ==, 1);
  subtitle = g_list_model_get_item (corro_clip_info_get_subtitle_tracks (info), 0);
  g_assert_true (corro_media_track_get_external (subtitle));
  g_assert_null (corro_media_track_get_language_code (subtitle));
  g_clear_object (&result);

  corro_clip_info_probe_async (missing, NULL, on_probed_cb, &result);
  media_test_wait_until (have_result, &result, 20);
  g_assert_null (corro_clip_info_probe_finish (result, &error));
  g_assert_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NOT_FOUND);
}

static void
test_cli_errors (void)
{
  g_autofree char *missing = g_build_filename (clip_dir, "gone.vob", NULL);
  g_autofree char *noise = g_build_filename (clip_dir, "noise.mpg", NULL);
  g_auto(Run) run_missing = { 0 };
  g_auto(Run) run_noise = { 0 };

  corro_test_write_random (noise, 100000);

  run_check_media (&run_missing, missing);
  if (g_test_failed () || run_missing.out == NULL)
    return;
  g_assert_cmpint (run_missing.status, ==, 1);
  g_assert_cmpstr (run_missing.out, ==, "");
  g_assert_true (g_str_has_prefix (run_missing.err,
                                   "corro: The video file “gone.vob” is not there."));

  run_check_media (&run_noise, noise);
  g_assert_cmpint (run_noise.status, ==, 1);
  g_assert_cmpstr (run_noise.err, ==, "corro: “noise.mpg” is not a video file, "
                                      "or is in a format Corro does not know.\n");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  corro_test_init (&argc, &argv);
  gst_init (&argc, &argv);
  clip_dir = corro_test_make_tmpdir ();

  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/media/probe/format/%s", formats[i].name);

      g_test_add_data_func (test_path, &formats[i], test_format);
    }
  g_test_add_func ("/media/probe/tracks-and-subtitles", test_tracks_and_subtitles);
  g_test_add_func ("/media/probe/async", test_async);
  g_test_add_func ("/media/probe/cli-errors", test_cli_errors);

  status = g_test_run ();
  corro_test_remove_tree (clip_dir);
  g_free (clip_dir);

  return status;
}
