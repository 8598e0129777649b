/* test-media-clip-check.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pre-flight check of a chapter's clips on files generated in each run: a clip long
 * enough for its pause points passes, one shorter than its last pause point or its out
 * point is flagged with both lengths, an unplayable file names the missing decoder and
 * its Debian package, a deleted file and an unlinked key are told apart. And the player,
 * stopped early by a short file, never calls a pause point the clip's length.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gst/gst.h>

#include "corro-clip-check.h"
#include "corro-media-error.h"
#include "corro-player.h"
#include "corro-test-util.h"
#include "media-test-util.h"

#define SECONDS(s) ((gint64) ((s) * G_USEC_PER_SEC))

typedef struct
{
  char *dir;
  char *clip;   /* 3 s of VP9 in WebM (playable here) */
  char *uri;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  MediaTestClip clip = {
    .width = 320, .height = 240, .fps = 25, .n_frames = 75,
    .video = "vp9enc deadline=1 cpu-used=8", .audio = "opusenc", .mux = "webmmux",
  };

  fixture->dir = corro_test_make_tmpdir ();
  fixture->clip = media_test_make_clip (fixture->dir, "clip.webm", &clip);
  fixture->uri = g_filename_to_uri (fixture->clip, NULL, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->clip);
  g_free (fixture->uri);
}

static void
on_run_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (corro_clip_check_run_finish (CORRO_CLIP_CHECK (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Runs @check off the main thread, as the app does, and waits for it. */
static void
run (CorroClipCheck *check)
{
  gboolean done = FALSE;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  corro_clip_check_run_async (check, NULL, on_run_cb, &done);
  g_assert_false (corro_clip_check_get_done (check));
  while (!done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done);
  g_assert_true (corro_clip_check_get_done (check));
}

static void
test_long_enough (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CorroClipCheck) check = corro_clip_check_new ();

  /* Pause points at 1 s and 2.5 s; out at the file's end (0), or at 3 s (its length). */
  corro_clip_check_add (check, "ch1-welcome", "Welcome", fixture->uri, SECONDS (2.5), 0);
  corro_clip_check_add (check, "ch2-needs", "Needs", fixture->uri, SECONDS (1), SECONDS (3));
  run (check);

  g_assert_cmpuint (corro_clip_check_get_n_clips (check), ==, 2);
  g_assert_cmpuint (corro_clip_check_get_n_problems (check), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (corro_clip_check_get_result (check, i), ==, CORRO_CLIP_CHECK_READY);
      g_assert_null (corro_clip_check_get_message (check, i));
      g_assert_cmpint (corro_clip_check_get_duration (check, i), >=, SECONDS (2.9));
    }
}

static void
test_shorter_than_pause_point (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(CorroClipCheck) check = corro_clip_check_new ();
  const char *message;

  /* Two segments play the clip; the later one pauses at 2:50, past the file's 0:03. */
  corro_clip_check_add (check, "ch4-infants", "Infants", fixture->uri, SECONDS (2), 0);
  corro_clip_check_add (check, "ch4-infants", "Infants", fixture->uri, SECONDS (170), 0);
  run (check);

  g_assert_cmpuint (corro_clip_check_get_n_clips (check), ==, 1);
  g_assert_cmpuint (corro_clip_check_get_n_problems (check), ==, 1);
  g_assert_cmpint (corro_clip_check_get_result (check, 0), ==, CORRO_CLIP_CHECK_TOO_SHORT);
  message = corro_clip_check_get_message (check, 0);
  g_test_message ("%s", message);
  /* Its real length, and the pause point as a pause point, never as the length. */
  g_assert_true (g_str_has_prefix (message, "“clip.webm” is 0:03."));
  g_assert_nonnull (strstr (message, "pauses it at 2:50.00"));
  g_assert_null (strstr (message, "length of 2:50"));
}

static void
test_shorter_than_out_point (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CorroClipCheck) check = corro_clip_check_new ();
  const char *message;

  /* Every pause point inside the file, the out point (8:30) past it. */
  corro_clip_check_add (check, "ch1-welcome", NULL, fixture->uri, SECONDS (2), SECONDS (510));
  run (check);

  g_assert_cmpint (corro_clip_check_get_result (check, 0), ==, CORRO_CLIP_CHECK_TOO_SHORT);
  message = corro_clip_check_get_message (check, 0);
  g_assert_nonnull (strstr (message, "plays it to 8:30.00"));

  /* Within a second of the end still reaches it, as in the player. */
  g_clear_object (&check);
  check = corro_clip_check_new ();
  corro_clip_check_add (check, "ch1-welcome", NULL, fixture->uri, SECONDS (3.5), SECONDS (3.5));
  run (check);
  g_assert_cmpint (corro_clip_check_get_result (check, 0), ==, CORRO_CLIP_CHECK_READY);
}

static void
test_unplayable_names_package (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(CorroClipCheck) check = corro_clip_check_new ();
  g_autofree char *vp8 = media_test_make_webm (fixture->dir, "vp8.webm", 25, 50);
  g_autofree char *uri = g_filename_to_uri (vp8, NULL, NULL);
  const char *message;

  corro_clip_check_add (check, "ch3-being-with", NULL, uri, SECONDS (1), 0);
  run (check);

  g_assert_cmpint (corro_clip_check_get_result (check, 0), ==, CORRO_CLIP_CHECK_UNPLAYABLE);
  message = corro_clip_check_get_message (check, 0);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, "VP8"));
  g_assert_nonnull (strstr (message, "gstreamer1.0-plugins-good"));
}

static void
test_missing_and_not_linked (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CorroClipCheck) check = corro_clip_check_new ();
  g_autofree char *gone = g_build_filename (fixture->dir, "gone.webm", NULL);
  g_autofree char *gone_uri = g_filename_to_uri (gone, NULL, NULL);

  corro_clip_check_add (check, "ch5-path", NULL, gone_uri, 0, 0);
  corro_clip_check_add (check, "ch6-shark-music", NULL, NULL, 0, 0);
  corro_clip_check_add (check, "ch1-welcome", NULL, fixture->uri, 0, 0);
  run (check);

  g_assert_cmpuint (corro_clip_check_get_n_problems (check), ==, 2);
  g_assert_cmpint (corro_clip_check_get_result (check, 0), ==, CORRO_CLIP_CHECK_MISSING);
  g_assert_nonnull (strstr (corro_clip_check_get_message (check, 0), "gone.webm"));
  g_assert_cmpint (corro_clip_check_get_result (check, 1), ==, CORRO_CLIP_CHECK_NOT_LINKED);
  g_assert_cmpint (corro_clip_check_get_result (check, 2), ==, CORRO_CLIP_CHECK_READY);
  g_assert_cmpstr (corro_clip_check_get_key (check, 1), ==, "ch6-shark-music");
}

/* Played to a pause point past its real end, the complete 3-s file is "not the whole
 * clip", ending at 0:03 before the pause point; never "before its full length of" the
 * pause point (as the testers saw with 2:50). */
static void
test_player_short_file (Fixture       *fixture,
                        gconstpointer  data)
{
  static const gint64 points[] = { SECONDS (1), SECONDS (170) };
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autoptr(MediaTestLog) log = media_test_log_new (player);
  const char *message;

  corro_player_load (player, fixture->uri, 0, CORRO_PLAYER_END, points, G_N_ELEMENTS (points));
  corro_player_play (player);
  g_assert_true (media_test_log_wait_reached (log, 1));
  corro_player_play (player);
  g_assert_true (media_test_log_wait_error (log));
  g_assert_error (log->error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_TRUNCATED);
  message = log->error->message;
  g_test_message ("%s", message);
  g_assert_true (g_str_has_prefix (message, "“clip.webm” ends at 0:03."));
  g_assert_nonnull (strstr (message, "before the pause point at 2:50.00"));
  g_assert_null (strstr (message, "full length"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("CORRO_AUDIO_SINK", "fakeaudiosink", FALSE);
  g_test_init (&argc, &argv, NULL);
  gst_init (&argc, &argv);

  /* As if gstreamer1.0-plugins-good's VP8 decoder were not installed. */
  media_test_lower_decoders ("video/x-vp8");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/media/clip-check/long-enough", test_long_enough);
  ADD ("/media/clip-check/shorter-than-pause-point", test_shorter_than_pause_point);
  ADD ("/media/clip-check/shorter-than-out-point", test_shorter_than_out_point);
  ADD ("/media/clip-check/unplayable-names-package", test_unplayable_names_package);
  ADD ("/media/clip-check/missing-and-not-linked", test_missing_and_not_linked);
  ADD ("/media/clip-check/player-short-file", test_player_short_file);

#undef ADD

  return g_test_run ();
}
