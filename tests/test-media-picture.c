/* test-media-picture.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One player's picture in two GtkPictures, as on the presenter's laptop and the
 * projector: both draw the same frame, before and after playing to a pause point.
 * Needs a display (tests/run-headless.sh gives it Xvfb).
 */

#include "config.h"

#include <gst/gst.h>

#include "corro-player.h"
#include "corro-test-util.h"
#include "media-test-util.h"

static GdkTexture *
render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width, height;

  /* The widget paintable holds the widget's latest frame: draw one more. */
  corro_test_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static GtkWidget *
make_picture (GdkPaintable *paintable)
{
  GtkWidget *picture = gtk_picture_new_for_paintable (paintable);

  gtk_widget_set_size_request (picture, 320, 240);
  gtk_widget_set_halign (picture, GTK_ALIGN_START);
  gtk_widget_set_valign (picture, GTK_ALIGN_START);

  return picture;
}

static void
assert_both_show (GtkWidget *presenter,
                  GtkWidget *audience,
                  int        frame)
{
  g_autoptr(GdkTexture) seen_by_presenter = render_widget (presenter);
  g_autoptr(GdkTexture) seen_by_audience = render_widget (audience);

  g_assert_cmpint (gdk_texture_get_width (seen_by_presenter), ==, 320);
  g_assert_cmpint (gdk_texture_get_width (seen_by_audience), ==, 320);
  g_assert_cmpint (media_test_frame_number (seen_by_presenter), ==, frame);
  g_assert_cmpint (media_test_frame_number (seen_by_audience), ==, frame);
}

static void
test_two_pictures (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = media_test_make_webm (dir, "clip.webm", 25, 75);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *screenshot = NULL;
  g_autoptr(CorroPlayer) player = corro_player_new ();
  g_autoptr(MediaTestLog) log = media_test_log_new (player);
  static const gint64 points[] = { 2000000 };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *presenter = make_picture (corro_player_get_paintable (player));
  GtkWidget *audience = make_picture (corro_player_get_paintable (player));

  gtk_box_append (GTK_BOX (box), presenter);
  gtk_box_append (GTK_BOX (box), audience);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));

  corro_player_load (player, uri, 1000000, CORRO_PLAYER_END, points, G_N_ELEMENTS (points));
  g_assert_true (media_test_wait_for_state (player, CORRO_PLAYER_STATE_PAUSED));
  assert_both_show (presenter, audience, 25);

  corro_player_play (player);
  g_assert_true (media_test_log_wait_reached (log, 1));
  assert_both_show (presenter, audience, 49);

  screenshot = corro_test_save_screenshot (window, "media-two-pictures.png");
  g_test_message ("screenshot: %s", screenshot);

  gtk_window_destroy (GTK_WINDOW (window));
  corro_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("CORRO_AUDIO_SINK", "fakeaudiosink", FALSE);
  corro_test_init (&argc, &argv);
  gtk_init ();
  gst_init (&argc, &argv);

  g_test_add_func ("/media/picture/two-pictures", test_two_pictures);

  return g_test_run ();
}
