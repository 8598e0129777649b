/* test-clips-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Clips place in the real application under Xvfb, with clips generated in each
 * run: a playable linked clip, a linked file since deleted, a file of random bytes, a
 * key never linked, a folder scan whose suggestion is linked by its Link button, and
 * linked files moved away: found nearby (moved) or not (missing), relinked from a folder.
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "corro-application.h"
#include "corro-clip-info.h"
#include "corro-clip-match.h"
#include "corro-clips-page.h"
#include "corro-store.h"
#include "corro-test-util.h"
#include "corro-track-choice.h"
#include "corro-window.h"
#include "media-test-util.h"

static const char *
language (void)
{
  const char *value = g_getenv ("LANGUAGE");

  return value != NULL && g_str_has_prefix (value, "es") ? "es" : "en";
}

static void
link_clip (const char *database,
           const char *key,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStore) store = corro_store_open (database, &error);
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (corro_store_link_clip (store, key, uri, &error));
  g_assert_no_error (error);
}

static void
wait_until_idle (CorroClipsPage *page)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (corro_clips_page_is_busy (page) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (corro_clips_page_is_busy (page));
}

/* Starts the app on @database, shows the Clips place and waits for every probe. */
static CorroClipsPage *
show_clips (const char  *database,
            GtkWindow  **window_out)
{
  CorroApplication *app = corro_test_start_app (database);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GPtrArray) pages = NULL;
  CorroClipsPage *page;

  gtk_window_set_default_size (window, 1100, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-clips", NULL);
  g_assert_cmpstr (corro_window_get_visible_page (CORRO_WINDOW (window)), ==, "clips");
  corro_test_wait_for_draw (GTK_WIDGET (window));

  pages = corro_test_find_widgets (GTK_WIDGET (window), CORRO_TYPE_CLIPS_PAGE);
  g_assert_cmpuint (pages->len, ==, 1);
  page = g_ptr_array_index (pages, 0);
  corro_clips_page_refresh (page);
  wait_until_idle (page);
  corro_test_wait_for_draw (GTK_WIDGET (window));

  *window_out = window;
  return page;
}

static void
check_linked (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *database = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *clip = media_test_make_webm (dir, "welcome.webm", 25, 50);
  g_autofree char *missing = media_test_make_webm (dir, "needs.webm", 25, 25);
  g_autofree char *junk = g_build_filename (dir, "being-with.webm", NULL);
  g_autofree char *shot = NULL;
  g_autofree char *name = NULL;
  g_autofree char *junk_uri = g_filename_to_uri (junk, NULL, NULL);
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  CorroClipsPage *page;
  GtkWindow *window;
  const char *detail;

  /* A playable clip, a file deleted after linking, random bytes; ch4 never linked. */
  corro_test_write_random (junk, 64 * 1024);
  link_clip (database, "ch1-welcome", clip);
  link_clip (database, "ch2-needs", missing);
  link_clip (database, "ch3-being-with", junk);
  g_assert_cmpint (g_unlink (missing), ==, 0);

  page = show_clips (database, &window);

  g_assert_cmpint (corro_clips_page_get_state (page, "ch1-welcome"), ==, CORRO_CLIP_STATE_LINKED);
  detail = corro_clips_page_get_detail (page, "ch1-welcome");
  g_assert_nonnull (detail);
  g_assert_true (g_str_has_prefix (detail, "0:02"));
  g_assert_nonnull (strstr (detail, "VP8"));
  {
    /* Its thumbnail, grabbed from the file: the only picture on the page. */
    g_autoptr(GPtrArray) pictures = corro_test_find_widgets (GTK_WIDGET (page), GTK_TYPE_PICTURE);

    g_assert_cmpuint (pictures->len, ==, 1);
  }

  g_assert_cmpint (corro_clips_page_get_state (page, "ch2-needs"), ==, CORRO_CLIP_STATE_MISSING);

  /* Unplayable, saying why in the player's own words for a facilitator. */
  g_assert_cmpint (corro_clips_page_get_state (page, "ch3-being-with"), ==,
                   CORRO_CLIP_STATE_UNPLAYABLE);
  info = corro_clip_info_probe (junk_uri, NULL, &error);
  if (info != NULL)
    g_assert_cmpstr (corro_clips_page_get_detail (page, "ch3-being-with"), ==,
                     corro_clip_info_get_problem (info)->message);
  else
    g_assert_cmpstr (corro_clips_page_get_detail (page, "ch3-being-with"), ==, error->message);

  g_assert_cmpint (corro_clips_page_get_state (page, "ch4-infants"), ==,
                   CORRO_CLIP_STATE_NOT_LINKED);
  g_assert_null (corro_clips_page_get_detail (page, "ch4-infants"));

  name = g_strdup_printf ("clips-%s.png", language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);
  g_test_message ("screenshot: %s", shot);

  /* Unlink forgets the file. */
  gtk_widget_activate_action (GTK_WIDGET (page), "clips.unlink", "s", "ch1-welcome");
  wait_until_idle (page);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch1-welcome"), ==,
                   CORRO_CLIP_STATE_NOT_LINKED);

  corro_test_remove_tree (dir);
}

static GtkButton *
find_link_button (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = corro_test_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)),
                   "clips.link-suggestion") == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static void
check_folder_scan (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *database = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *videos = g_build_filename (dir, "DVD rip", "Disc 1", NULL);
  g_autofree char *clip = NULL;
  g_autofree char *clip_uri = NULL;
  g_autofree char *other = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *name = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStore) store = NULL;
  const char *uri = NULL;
  CorroClipsPage *page;
  GtkWindow *window;
  GtkButton *button;

  g_assert_cmpint (g_mkdir_with_parents (videos, 0700), ==, 0);
  clip = media_test_make_webm (videos, "ch3-being-with.webm", 25, 25);
  clip_uri = g_filename_to_uri (clip, NULL, NULL);
  other = media_test_make_webm (videos, "holiday.webm", 25, 25);
  notes = g_build_filename (videos, "ch5-notes.txt", NULL);
  g_assert_true (g_file_set_contents (notes, "not a video", -1, NULL));

  page = show_clips (database, &window);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch3-being-with"), ==,
                   CORRO_CLIP_STATE_NOT_LINKED);

  folder = g_file_new_for_path (dir);
  corro_clips_page_scan_folder (page, folder);
  g_assert_true (corro_clips_page_is_busy (page));
  wait_until_idle (page);

  /* One suggestion, for the file named after the key; nothing linked yet. */
  g_assert_cmpuint (corro_clips_page_get_n_suggestions (page), ==, 1);
  g_assert_cmpstr (corro_clips_page_get_suggestion (page, 0, &uri), ==, "ch3-being-with");
  g_assert_cmpstr (uri, ==, clip_uri);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch3-being-with"), ==,
                   CORRO_CLIP_STATE_NOT_LINKED);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  name = g_strdup_printf ("clips-suggested-%s.png", language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);
  g_test_message ("screenshot: %s", shot);

  /* The Link button links it, and the link is in the store. */
  button = find_link_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_until_idle (page);
  g_assert_cmpuint (corro_clips_page_get_n_suggestions (page), ==, 0);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch3-being-with"), ==,
                   CORRO_CLIP_STATE_LINKED);

  store = corro_store_open (database, &error);
  g_assert_no_error (error);
  stored = corro_store_dup_clip_uri (store, "ch3-being-with");
  g_assert_cmpstr (stored, ==, clip_uri);

  corro_test_remove_tree (dir);
}

static void
assert_linked_to (const char *database,
                  const char *key,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStore) store = corro_store_open (database, &error);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *stored = NULL;

  g_assert_no_error (error);
  stored = corro_store_dup_clip_uri (store, key);
  g_assert_cmpstr (stored, ==, uri);
}

static void
check_moved (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *far = corro_test_make_tmpdir ();
  g_autofree char *database = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *disc = g_build_filename (dir, "DVD rip", NULL);
  g_autofree char *moved_dir = g_build_filename (dir, "Programme videos", "Disc 1", NULL);
  g_autofree char *other_dir = g_build_filename (dir, "Other disc", NULL);
  g_autofree char *far_dir = g_build_filename (far, "USB stick", "COSP", NULL);
  g_autofree char *welcome = NULL, *needs = NULL, *being = NULL, *decoy = NULL;
  g_autofree char *welcome_moved = NULL, *being_moved = NULL;
  g_autofree char *welcome_moved_uri = NULL;
  g_autofree char *shot = NULL, *name = NULL;
  g_autoptr(GFile) far_folder = NULL;
  GtkWindow *window;
  CorroClipsPage *page;

  g_assert_cmpint (g_mkdir_with_parents (disc, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (moved_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (other_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (far_dir, 0700), ==, 0);
  welcome = media_test_make_webm (disc, "welcome.webm", 25, 25);
  needs = media_test_make_webm (disc, "needs.webm", 25, 25);
  being = media_test_make_webm (disc, "being.webm", 25, 25);
  link_clip (database, "ch1-welcome", welcome);
  link_clip (database, "ch2-needs", needs);
  link_clip (database, "ch3-being-with", being);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CorroStore) store = corro_store_open (database, &error);
    GStatBuf buf;

    /* The size is kept with the link, to recognise the file if it moves. */
    g_assert_cmpint (g_stat (welcome, &buf), ==, 0);
    g_assert_cmpint (corro_store_get_clip_size (store, "ch1-welcome"), ==, buf.st_size);
  }

  /* Welcome moved to a folder beside the old one; Needs deleted, and another disc's file
   * of the same name but not the same size lies nearby; Being-With taken far away. */
  welcome_moved = g_build_filename (moved_dir, "welcome.webm", NULL);
  welcome_moved_uri = g_filename_to_uri (welcome_moved, NULL, NULL);
  g_assert_cmpint (g_rename (welcome, welcome_moved), ==, 0);
  g_assert_cmpint (g_unlink (needs), ==, 0);
  decoy = media_test_make_webm (other_dir, "needs.webm", 25, 50);
  being_moved = g_build_filename (far_dir, "being.webm", NULL);
  g_assert_cmpint (g_rename (being, being_moved), ==, 0);

  page = show_clips (database, &window);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch1-welcome"), ==, CORRO_CLIP_STATE_MOVED);
  g_assert_cmpstr (corro_clips_page_get_found_uri (page, "ch1-welcome"), ==, welcome_moved_uri);
  g_assert_nonnull (strstr (corro_clips_page_get_detail (page, "ch1-welcome"), moved_dir));
  g_assert_cmpint (corro_clips_page_get_state (page, "ch2-needs"), ==, CORRO_CLIP_STATE_MISSING);
  g_assert_null (corro_clips_page_get_found_uri (page, "ch2-needs"));
  g_assert_cmpint (corro_clips_page_get_state (page, "ch3-being-with"), ==,
                   CORRO_CLIP_STATE_MISSING);
  name = g_strdup_printf ("clips-moved-%s.png", language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);
  g_test_message ("screenshot: %s", shot);

  /* Searching the far folder relinks what it holds, in the background, in one go. */
  far_folder = g_file_new_for_path (far);
  corro_clips_page_relink_from_folder (page, far_folder);
  g_assert_true (corro_clips_page_is_busy (page));
  wait_until_idle (page);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch3-being-with"), ==,
                   CORRO_CLIP_STATE_LINKED);
  assert_linked_to (database, "ch3-being-with", being_moved);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch2-needs"), ==, CORRO_CLIP_STATE_MISSING);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch1-welcome"), ==, CORRO_CLIP_STATE_MOVED);

  /* A moved clip is relinked with its Relink button. */
  gtk_widget_activate_action (GTK_WIDGET (page), "clips.relink", "s", "ch1-welcome");
  wait_until_idle (page);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch1-welcome"), ==,
                   CORRO_CLIP_STATE_LINKED);
  assert_linked_to (database, "ch1-welcome", welcome_moved);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch2-needs"), ==, CORRO_CLIP_STATE_MISSING);

  corro_test_remove_tree (far);
  corro_test_remove_tree (dir);
}

static void
check_tracks_remembered (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *database = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GError) error = NULL;
  int audio = 0, subtitle = 0;

  {
    g_autoptr(CorroStore) store = corro_store_open (database, &error);

    g_assert_no_error (error);
    g_assert_false (corro_store_get_clip_tracks (store, "ch1-welcome", &audio, &subtitle));
    g_assert_cmpint (audio, ==, -1);
    g_assert_cmpint (subtitle, ==, CORRO_STORE_TRACK_UNSET);
    g_assert_true (corro_store_set_clip_tracks (store, "ch1-welcome", 1, -1, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(CorroStore) store = corro_store_open (database, &error);

    g_assert_no_error (error);
    g_assert_true (corro_store_get_clip_tracks (store, "ch1-welcome", &audio, &subtitle));
    g_assert_cmpint (audio, ==, 1);
    g_assert_cmpint (subtitle, ==, -1);
  }

  /* With nothing remembered, the sound track in the content language plays. */
  if (media_test_have_elements ("vp8enc", "vorbisenc", "matroskamux", NULL))
    {
      MediaTestClip spec = {
        .width = 160, .height = 120, .fps = 25, .n_frames = 10,
        .video = "vp8enc deadline=1", .audio = "vorbisenc", .mux = "matroskamux",
        .n_audio = 2, .languages = { "eng", "spa" },
      };
      g_autofree char *clip = media_test_make_clip (dir, "two-languages.mkv", &spec);
      g_autofree char *uri = g_filename_to_uri (clip, NULL, NULL);
      g_autoptr(CorroClipInfo) info = corro_clip_info_probe (uri, NULL, &error);
      GListModel *tracks;

      g_assert_no_error (error);
      tracks = corro_clip_info_get_audio_tracks (info);
      g_assert_cmpuint (g_list_model_get_n_items (tracks), ==, 2);
      g_assert_cmpint (corro_track_choice_audio (tracks, -1, "es"), ==, 1);
      g_assert_cmpint (corro_track_choice_audio (tracks, -1, "en"), ==, 0);
      g_assert_cmpint (corro_track_choice_audio (tracks, -1, "fr"), ==, 0);
      g_assert_cmpint (corro_track_choice_audio (tracks, 0, "es"), ==, 0);
      g_assert_cmpint (corro_track_choice_audio (tracks, 5, "es"), ==, 1);
    }

  corro_test_remove_tree (dir);
}

static gboolean
state_is (gpointer data)
{
  gpointer *wanted = data;

  return !corro_clips_page_is_busy (wanted[0]) &&
         (int) corro_clips_page_get_state (wanted[0], wanted[1]) == GPOINTER_TO_INT (wanted[2]);
}

/* Waits, with no refresh asked for, until the page shows @state for @key. */
static void
wait_for_state (CorroClipsPage *page,
                const char     *key,
                CorroClipState  state)
{
  gpointer wanted[] = { page, (gpointer) key, GINT_TO_POINTER (state) };

  media_test_wait_until (state_is, wanted, 30);
  g_assert_cmpint (corro_clips_page_get_state (page, key), ==, state);
}

static const char *
row_status (CorroClipsPage *page,
            const char     *key)
{
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (rows, i)), key) == 0)
      {
        g_autoptr(GPtrArray) labels = corro_test_find_widgets (g_ptr_array_index (rows, i),
                                                               GTK_TYPE_LABEL);

        for (guint j = 0; j < labels->len; j++)
          if (gtk_widget_has_css_class (g_ptr_array_index (labels, j), "caption-heading"))
            return gtk_label_get_label (g_ptr_array_index (labels, j));
      }

  return NULL;
}

/* While the page is shown, the linked file is deleted: the row says Missing File; the
 * file comes back: Linked again; it is moved to a folder beside it: Moved. Nothing but
 * the files changes. */
static void
check_live (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *database = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *clips = g_build_filename (dir, "clips", NULL);
  g_autofree char *clip = NULL;
  g_autofree char *elsewhere = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  CorroClipsPage *page;
  GtkWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (clips, 0700), ==, 0);
  clip = media_test_make_webm (clips, "welcome.webm", 25, 25);
  g_assert_true (g_file_get_contents (clip, &contents, &length, &error));
  link_clip (database, "ch1-welcome", clip);
  page = show_clips (database, &window);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch1-welcome"), ==, CORRO_CLIP_STATE_LINKED);
  g_assert_cmpstr (row_status (page, "ch1-welcome"), ==, C_("clip state", "Linked"));

  g_assert_cmpint (g_unlink (clip), ==, 0);
  wait_for_state (page, "ch1-welcome", CORRO_CLIP_STATE_MISSING);
  g_assert_cmpstr (row_status (page, "ch1-welcome"), ==, C_("clip state", "Missing File"));

  g_assert_true (g_file_set_contents (clip, contents, length, &error));
  wait_for_state (page, "ch1-welcome", CORRO_CLIP_STATE_LINKED);
  g_assert_cmpstr (row_status (page, "ch1-welcome"), ==, C_("clip state", "Linked"));

  elsewhere = g_build_filename (dir, "moved", NULL);
  g_assert_cmpint (g_mkdir_with_parents (elsewhere, 0700), ==, 0);
  moved = g_build_filename (elsewhere, "welcome.webm", NULL);
  g_assert_cmpint (g_rename (clip, moved), ==, 0);
  wait_for_state (page, "ch1-welcome", CORRO_CLIP_STATE_MOVED);
  g_assert_cmpstr (row_status (page, "ch1-welcome"), ==, C_("clip state", "Moved"));

  corro_test_remove_tree (dir);
}

static GtkWidget *
find_named (GtkWidget  *root,
            GType       type,
            const char *name)
{
  g_autoptr(GPtrArray) widgets = corro_test_find_widgets (root, type);

  for (guint i = 0; i < widgets->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (widgets, i)), name) == 0)
      return g_ptr_array_index (widgets, i);

  return NULL;
}

/* A file with two sound tracks and a subtitle file beside it: its row offers the choice,
 * which is kept for the clip key and shown on the row. */
static void
check_track_choice (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *database = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *clip = NULL;
  g_autofree char *srt = NULL;
  g_autoptr(GPtrArray) dropdowns = NULL;
  g_autoptr(GtkWidget) popover = NULL;
  CorroClipsPage *page;
  GtkWindow *window;
  GtkWidget *row, *button;
  GtkPopover *shown;
  CorroStore *store;
  int audio = -1, subtitle = -1;
  MediaTestClip spec = {
    .width = 160, .height = 120, .fps = 25, .n_frames = 25,
    .video = "vp8enc deadline=1", .audio = "vorbisenc", .mux = "matroskamux",
    .n_audio = 2, .languages = { "eng", "spa" },
  };

  if (!media_test_have_elements ("vp8enc", "vorbisenc", "matroskamux", NULL))
    {
      g_test_skip ("Matroska with Vorbis cannot be made here");
      return;
    }
  clip = media_test_make_clip (dir, "welcome.mkv", &spec);
  srt = media_test_write_srt (dir, "welcome.es.srt", "Hola");
  link_clip (database, "ch1-welcome", clip);
  page = show_clips (database, &window);
  g_assert_cmpint (corro_clips_page_get_state (page, "ch1-welcome"), ==, CORRO_CLIP_STATE_LINKED);

  row = find_named (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "ch1-welcome");
  g_assert_nonnull (row);
  button = find_named (row, GTK_TYPE_MENU_BUTTON, "tracks");
  g_assert_nonnull (button);
  /* Nothing chosen yet: the sound in the content language, no subtitles. */
  g_test_message ("%s", adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            g_str_equal (language (), "es") ? "Subtítulos" : "Subtitles"));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  shown = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  popover = g_object_ref (GTK_WIDGET (shown));
  dropdowns = corro_test_find_widgets (popover, GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (dropdowns->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (g_ptr_array_index (dropdowns,
                                                                                           0))),
                    ==, 2);
  /* Off, and the Spanish file. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (g_ptr_array_index (dropdowns,
                                                                                           1))),
                    ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (dropdowns, 1)), ==, 0);

  gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 0),
                              g_str_equal (language (), "es") ? 0 : 1);
  gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 1), 1);
  gtk_popover_popdown (shown);
  corro_test_wait_for_draw (GTK_WIDGET (window));

  store = corro_application_get_store (CORRO_APPLICATION (gtk_window_get_application (window)));
  g_assert_true (corro_store_get_clip_tracks (store, "ch1-welcome", &audio, &subtitle));
  g_assert_cmpint (audio, ==, g_str_equal (language (), "es") ? 0 : 1);
  g_assert_cmpint (subtitle, ==, 0);

  /* The row, made again, says so. */
  {
    const char *chosen = gtk_string_list_get_string (
      GTK_STRING_LIST (gtk_drop_down_get_model (g_ptr_array_index (dropdowns, 1))), 1);
    g_autofree char *wanted = g_strdup_printf (g_str_equal (language (), "es")
                                               ? "Subtítulos: %s" : "Subtitles: %s", chosen);

    media_test_iterate_for (0.3);
    row = find_named (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "ch1-welcome");
    g_test_message ("%s", adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), wanted));
  }

  corro_test_remove_tree (dir);
}

static void
check_name_matching (void)
{
  const char *keys[] = { "ch1-welcome", "ch3-being-with", "ch4-infants" };
  const char *old_names[] = { NULL, NULL, "VTS_01_4.VOB" };
  int score = 0;

  g_assert_cmpstr (corro_clip_match_best ("ch3-being-with.mp4", keys, old_names, 3, &score), ==,
                   "ch3-being-with");
  g_assert_cmpint (score, ==, 90);
  g_assert_cmpstr (corro_clip_match_best ("COSP CH3 Being With.mkv", keys, NULL, 3, NULL), ==,
                   "ch3-being-with");
  g_assert_cmpstr (corro_clip_match_best ("Chapter 3.vob", keys, NULL, 3, &score), ==,
                   "ch3-being-with");
  g_assert_cmpint (score, ==, 50);
  g_assert_cmpstr (corro_clip_match_best ("capitulo_01.webm", keys, NULL, 3, NULL), ==,
                   "ch1-welcome");
  g_assert_cmpstr (corro_clip_match_best ("VTS_01_4.VOB", keys, old_names, 3, &score), ==,
                   "ch4-infants");
  g_assert_cmpint (score, ==, 100);
  g_assert_null (corro_clip_match_best ("holiday 2019.mp4", keys, NULL, 3, &score));
  g_assert_null (corro_clip_match_best ("1080p.mp4", keys, NULL, 3, NULL));
  g_assert_true (corro_clip_match_is_video_name ("a.VOB"));
  g_assert_false (corro_clip_match_is_video_name ("notes.txt"));
  g_assert_false (corro_clip_match_is_video_name (".hidden.mp4"));
}

static void
run_in_subprocess (void (*check) (void))
{
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  check ();
}

static void
test_states (void)
{
  run_in_subprocess (check_linked);
}

static void
test_folder_scan (void)
{
  run_in_subprocess (check_folder_scan);
}

static void
test_name_matching (void)
{
  run_in_subprocess (check_name_matching);
}

static void
test_moved (void)
{
  run_in_subprocess (check_moved);
}

static void
test_live (void)
{
  run_in_subprocess (check_live);
}

static void
test_track_choice (void)
{
  run_in_subprocess (check_track_choice);
}

static void
test_tracks (void)
{
  run_in_subprocess (check_tracks_remembered);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  corro_test_init (&argc, &argv);

  g_test_add_func ("/clips/linked-missing-unplayable-not-linked", test_states);
  g_test_add_func ("/clips/folder-scan-suggests-and-links", test_folder_scan);
  g_test_add_func ("/clips/moved-found-and-relinked", test_moved);
  g_test_add_func ("/clips/tracks-remembered", test_tracks);
  g_test_add_func ("/clips/states-follow-the-files", test_live);
  g_test_add_func ("/clips/track-choice-saved", test_track_choice);
  g_test_add_func ("/clips/name-matching", test_name_matching);

  return g_test_run ();
}
