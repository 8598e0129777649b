/* test-plan-editor.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session-plan editor in the real application under Xvfb, in the language of
 * $LANGUAGE: a facilitator reshapes chapter 3, undoes, quits, and finds it as left.
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-chapter.h"
#include "corro-chapter-page.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-segment.h"
#include "corro-segment-row.h"
#include "corro-store.h"
#include "corro-test-util.h"
#include "corro-window.h"

static const char *
language (void)
{
  const char *value = g_getenv ("LANGUAGE");

  return value != NULL && g_str_has_prefix (value, "es") ? "es" : "en";
}

static CorroSegment *
segment_at (CorroChapter *chapter,
            guint         index)
{
  g_autoptr(CorroSegment) segment = g_list_model_get_item (corro_chapter_get_segments (chapter),
                                                           index);

  return segment;   /* the chapter keeps it alive */
}

static void
check_editor (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *name = g_strdup_printf ("plan-editor-%s.png", language ());
  g_autofree char *shot = NULL;
  g_autofree char *saved_state = NULL;
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  CorroApplication *app;
  GtkWindow *window;
  GtkWidget *page;
  CorroChapter *chapter;
  guint n_before;
  guint total_before;
  const char *first_title;

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CORRO_IS_WINDOW (window));
  gtk_window_set_default_size (window, 1280, 860);

  /* Open chapter 3 as a click on its row would. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-chapter", "u", 3);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  page = corro_window_get_chapter_page (CORRO_WINDOW (window));
  g_assert_true (CORRO_IS_CHAPTER_PAGE (page));
  chapter = corro_chapter_page_get_chapter (CORRO_CHAPTER_PAGE (page));
  g_assert_cmpuint (corro_chapter_get_number (chapter), ==, 3);

  /* Its segments are listed, one row each, timed to the 2-hour session. */
  n_before = g_list_model_get_n_items (corro_chapter_get_segments (chapter));
  g_assert_cmpuint (n_before, >=, 6);
  rows = corro_test_find_widgets (page, CORRO_TYPE_SEGMENT_ROW);
  g_assert_cmpuint (rows->len, ==, n_before);
  total_before = corro_chapter_get_total_minutes (chapter, "group");
  g_assert_cmpuint (total_before, ==, 120);
  first_title = corro_segment_get_title (segment_at (chapter, 0), language ());
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, first_title);

  /* Select the clip and show its editor. */
  corro_chapter_page_select (CORRO_CHAPTER_PAGE (page), 2);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (corro_segment_get_kind (segment_at (chapter, 2)), ==, CORRO_SEGMENT_CLIP);
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);
  g_test_message ("screenshot: %s", shot);

  /* Add a discussion after the clip: it lands at 3 and is selected. */
  gtk_widget_activate_action (page, "plan.add-segment", "s", "discussion");
  g_assert_cmpuint (g_list_model_get_n_items (corro_chapter_get_segments (chapter)), ==,
                    n_before + 1);
  g_assert_cmpint (corro_segment_get_kind (segment_at (chapter, 3)), ==, CORRO_SEGMENT_DISCUSSION);
  g_assert_cmpint (corro_chapter_page_get_selected (CORRO_CHAPTER_PAGE (page)), ==, 3);
  corro_segment_set_title (segment_at (chapter, 3), "en", "Our own question");
  corro_segment_set_minutes (segment_at (chapter, 3), "group", 10);
  g_assert_cmpuint (corro_chapter_get_total_minutes (chapter, "group"), ==, total_before + 10);

  /* Move it up, above the clip, with the keyboard's action. */
  gtk_widget_activate_action (page, "plan.move-up", NULL);
  g_assert_cmpstr (corro_segment_get_title (segment_at (chapter, 2), "en"), ==, "Our own question");
  g_assert_cmpint (corro_segment_get_kind (segment_at (chapter, 3)), ==, CORRO_SEGMENT_CLIP);
  g_assert_cmpint (corro_chapter_page_get_selected (CORRO_CHAPTER_PAGE (page)), ==, 2);

  /* Undo the move: the clip is back at 2, the new segment at 3. */
  gtk_widget_activate_action (page, "plan.undo", NULL);
  g_assert_cmpint (corro_segment_get_kind (segment_at (chapter, 2)), ==, CORRO_SEGMENT_CLIP);
  g_assert_cmpstr (corro_segment_get_title (segment_at (chapter, 3), "en"), ==, "Our own question");
  corro_test_wait_for_draw (GTK_WIDGET (window));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = corro_test_find_widgets (page, CORRO_TYPE_SEGMENT_ROW);
  g_assert_cmpuint (rows->len, ==, n_before + 1);

  /* Redo, then undo again: the same. */
  gtk_widget_activate_action (page, "plan.redo", NULL);
  g_assert_cmpstr (corro_segment_get_title (segment_at (chapter, 2), "en"), ==, "Our own question");
  gtk_widget_activate_action (page, "plan.undo", NULL);
  g_assert_cmpint (corro_segment_get_kind (segment_at (chapter, 2)), ==, CORRO_SEGMENT_CLIP);

  saved_state = corro_chapter_dup_state (chapter);

  /* Quit; every edit was saved as it happened. Reopen the records and compare. */
  {
    GList *windows;

    while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
      gtk_window_destroy (GTK_WINDOW (windows->data));
  }

  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  library = corro_programme_library_new (store);
  g_assert_true (corro_programme_library_load (library, &error));
  g_assert_no_error (error);
  {
    CorroProgramme *programme = corro_programme_library_get_default (library);
    CorroChapter *reopened = corro_programme_get_chapter (programme, 3);
    g_autofree char *reopened_state = corro_chapter_dup_state (reopened);

    g_assert_cmpuint (g_list_model_get_n_items (corro_chapter_get_segments (reopened)), ==,
                      n_before + 1);
    g_assert_cmpstr (reopened_state, ==, saved_state);
  }

  corro_test_remove_tree (dir);
}

static void
test_editor (void)
{
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  check_editor ();
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

  g_test_add_func ("/plan-editor/reshape-chapter-3", test_editor);

  return g_test_run ();
}
