/* test-programme.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The programme model: chapters of segments, totals, reordering, undo and redo, and
 * the library that keeps programmes in the store as they are edited.
 */

#include "config.h"

#include "corro-chapter.h"
#include "corro-pause-point.h"
#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-programme-library.h"
#include "corro-segment.h"
#include "corro-store.h"
#include "corro-test-util.h"

static CorroSegment *
segment_at (CorroChapter *chapter,
            guint         index)
{
  g_autoptr(CorroSegment) segment = g_list_model_get_item (corro_chapter_get_segments (chapter),
                                                           index);

  return segment;
}

static CorroChapter *
make_chapter (void)
{
  CorroChapter *chapter = corro_chapter_new (1, "One", "Uno");
  const char *titles[] = { "Welcome", "Clip", "Talk" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(CorroSegment) segment = corro_segment_new (i == 1 ? CORRO_SEGMENT_CLIP
                                                                  : CORRO_SEGMENT_DISCUSSION);

      corro_segment_set_title (segment, "en", titles[i]);
      corro_segment_set_minutes (segment, "group", 10 * (i + 1));
      corro_segment_set_minutes (segment, "individual", 5);
      corro_chapter_insert_segment (chapter, i, segment);
    }
  corro_chapter_forget_history (chapter);

  return chapter;
}

static void
test_default_programme (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (programme));

  g_assert_cmpstr (corro_programme_get_id (programme), ==, "cosp");
  g_assert_cmpuint (n, ==, 8);
  g_assert_cmpuint (corro_programme_get_n_variants (programme), ==, 3);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroChapter) chapter = g_list_model_get_item (G_LIST_MODEL (programme), i);
      g_autofree char *en = NULL;
      g_autofree char *es = NULL;

      g_object_get (chapter, "title-en", &en, "title-es", &es, NULL);
      g_assert_cmpuint (corro_chapter_get_number (chapter), ==, i + 1);
      g_assert_cmpstr (en, !=, "");
      g_assert_cmpstr (es, !=, "");
      g_assert_cmpstr (en, !=, es);

      /* Each length of session adds up exactly. */
      for (guint v = 0; v < corro_programme_get_n_variants (programme); v++)
        g_assert_cmpuint (corro_chapter_get_total_minutes (
                            chapter, corro_programme_get_variant_id (programme, v)),
                          ==, corro_programme_get_variant_minutes (programme, v));
    }

  g_assert_cmpstr (corro_chapter_get_title (corro_programme_get_chapter (programme, 3), "es"), ==,
                   "Estar-con en el Círculo");
}

static void
test_default_programme_is_canonical (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  g_autoptr(GBytes) embedded = g_resources_lookup_data ("/io/github/corro/Corro/programme/cosp.json",
                                                        0, NULL);
  g_autofree char *written = corro_programme_format_to_string (programme);

  /* What Corro ships is exactly what its own writer writes: export is stable. */
  g_assert_nonnull (embedded);
  g_assert_cmpstr (written, ==, (const char *) g_bytes_get_data (embedded, NULL));
}

static void
test_totals_and_reorder (void)
{
  g_autoptr(CorroChapter) chapter = make_chapter ();

  g_assert_cmpuint (corro_chapter_get_total_minutes (chapter, "group"), ==, 60);
  g_assert_cmpuint (corro_chapter_get_total_minutes (chapter, "individual"), ==, 15);
  g_assert_cmpuint (corro_chapter_get_total_minutes (chapter, "short"), ==, 0);

  corro_chapter_move_segment (chapter, 0, 2);
  g_assert_cmpstr (corro_segment_get_title (segment_at (chapter, 0), "en"), ==, "Clip");
  g_assert_cmpstr (corro_segment_get_title (segment_at (chapter, 2), "en"), ==, "Welcome");

  g_assert_cmpuint (corro_chapter_duplicate_segment (chapter, 0), ==, 1);
  g_assert_cmpstr (corro_segment_get_title (segment_at (chapter, 1), "en"), ==, "Clip");
  g_assert_true (segment_at (chapter, 0) != segment_at (chapter, 1));
  g_assert_cmpuint (corro_chapter_get_total_minutes (chapter, "group"), ==, 80);

  corro_chapter_remove_segment (chapter, 1);
  g_assert_cmpuint (g_list_model_get_n_items (corro_chapter_get_segments (chapter)), ==, 3);
  g_assert_cmpuint (corro_chapter_get_total_minutes (chapter, "group"), ==, 60);
}

static void
test_undo_redo (void)
{
  g_autoptr(CorroChapter) chapter = make_chapter ();
  g_autofree char *start = corro_chapter_dup_state (chapter);
  g_autofree char *moved = NULL;
  g_autofree char *now = NULL;

  g_assert_false (corro_chapter_get_can_undo (chapter));
  g_assert_false (corro_chapter_undo (chapter));

  corro_chapter_move_segment (chapter, 2, 0);
  moved = corro_chapter_dup_state (chapter);
  g_assert_true (corro_chapter_get_can_undo (chapter));

  g_assert_true (corro_chapter_undo (chapter));
  now = corro_chapter_dup_state (chapter);
  g_assert_cmpstr (now, ==, start);
  g_assert_true (corro_chapter_get_can_redo (chapter));
  g_assert_cmpstr (corro_segment_get_title (segment_at (chapter, 0), "en"), ==, "Welcome");

  g_assert_true (corro_chapter_redo (chapter));
  g_free (now);
  now = corro_chapter_dup_state (chapter);
  g_assert_cmpstr (now, ==, moved);

  /* A new edit after an undo drops what could be redone. */
  g_assert_true (corro_chapter_undo (chapter));
  corro_segment_set_minutes (segment_at (chapter, 0), "group", 99);
  g_assert_false (corro_chapter_get_can_redo (chapter));
}

static void
test_typing_is_one_step (void)
{
  g_autoptr(CorroChapter) chapter = make_chapter ();
  CorroSegment *segment = segment_at (chapter, 0);
  const char *typed[] = { "W", "We", "Wee", "Week" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    corro_segment_set_notes (segment, "en", typed[i]);

  /* Four keystrokes in one field undo together... */
  g_assert_true (corro_chapter_undo (chapter));
  g_assert_cmpstr (corro_segment_get_notes (segment_at (chapter, 0), "en"), ==, "");
  g_assert_false (corro_chapter_get_can_undo (chapter));

  /* ...but another field is another step. */
  g_assert_true (corro_chapter_redo (chapter));
  segment = segment_at (chapter, 0);
  corro_segment_set_notes (segment, "es", "Semana");
  g_assert_true (corro_chapter_undo (chapter));
  g_assert_cmpstr (corro_segment_get_notes (segment_at (chapter, 0), "en"), ==, "Week");
  g_assert_cmpstr (corro_segment_get_notes (segment_at (chapter, 0), "es"), ==, "");
}

static void
test_pause_points_sorted (void)
{
  g_autoptr(CorroSegment) segment = corro_segment_new (CORRO_SEGMENT_CLIP);
  g_autoptr(CorroPausePoint) late = corro_pause_point_new (90000);
  g_autoptr(CorroPausePoint) early = corro_pause_point_new (30000);
  g_autoptr(CorroPausePoint) first = NULL;
  GListModel *points = corro_segment_get_pause_points (segment);

  corro_segment_add_pause_point (segment, late);
  corro_segment_add_pause_point (segment, early);
  first = g_list_model_get_item (points, 0);
  g_assert_true (first == early);

  /* Moving a pause point keeps them in time order. */
  corro_pause_point_set_at (early, 120000);
  g_clear_object (&first);
  first = g_list_model_get_item (points, 0);
  g_assert_true (first == late);
}

static void
test_time_format (void)
{
  gint64 ms = -1;
  g_autofree char *a = corro_programme_format_time (65250);
  g_autofree char *b = corro_programme_format_time (3723004);

  g_assert_cmpstr (a, ==, "1:05.250");
  g_assert_cmpstr (b, ==, "1:02:03.004");
  g_assert_true (corro_programme_format_parse_time ("1:05.250", &ms));
  g_assert_cmpint (ms, ==, 65250);
  g_assert_true (corro_programme_format_parse_time ("1:02:03.004", &ms));
  g_assert_cmpint (ms, ==, 3723004);
  g_assert_true (corro_programme_format_parse_time ("0:07.5", &ms));
  g_assert_cmpint (ms, ==, 7500);
  g_assert_false (corro_programme_format_parse_time ("7", &ms));
  g_assert_false (corro_programme_format_parse_time ("1:7", &ms));
  g_assert_false (corro_programme_format_parse_time ("1:60", &ms));
  g_assert_false (corro_programme_format_parse_time ("-1:00", &ms));
  g_assert_false (corro_programme_format_parse_time ("1:00.", &ms));
  g_assert_false (corro_programme_format_parse_time (NULL, &ms));
}

static void
test_library_saves_edits (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *edited = NULL;
  CorroChapter *chapter;

  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  library = corro_programme_library_new (store);
  g_assert_true (corro_programme_library_load (library, &error));
  g_assert_no_error (error);

  /* An empty store is given the default programme. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 1);
  chapter = corro_programme_get_chapter (corro_programme_library_get_default (library), 3);
  corro_chapter_set_title (chapter, "en", "Being-With, our way");
  corro_chapter_remove_segment (chapter, 4);
  edited = corro_chapter_dup_state (chapter);
  g_clear_object (&library);
  g_clear_object (&store);

  /* Reopened: the edits are there, and the default was not seeded again. */
  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  library = corro_programme_library_new (store);
  g_assert_true (corro_programme_library_load (library, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 1);
  chapter = corro_programme_get_chapter (corro_programme_library_get_default (library), 3);
  g_assert_cmpstr (corro_chapter_get_title (chapter, "en"), ==, "Being-With, our way");
  {
    g_autofree char *reloaded = corro_chapter_dup_state (chapter);

    g_assert_cmpstr (reloaded, ==, edited);
  }

  g_clear_object (&library);
  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

static void
test_library_import_modes (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  g_autoptr(CorroProgramme) same = corro_programme_new_default ();
  g_autoptr(CorroProgramme) again = corro_programme_new_default ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;

  store = corro_store_open (path, &error);
  library = corro_programme_library_new (store);
  g_assert_true (corro_programme_library_load (library, &error));

  corro_programme_set_title (same, "en", "Replaced");
  g_assert_true (corro_programme_library_import (library, same, CORRO_IMPORT_REPLACE, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 1);
  g_assert_cmpstr (corro_programme_get_title (corro_programme_library_get_default (library), "en"),
                   ==, "Replaced");

  g_assert_true (corro_programme_library_import (library, again, CORRO_IMPORT_KEEP_BOTH, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 2);
  g_assert_cmpstr (corro_programme_get_id (again), ==, "cosp-2");

  ids = corro_store_list_programmes (store, &error);
  g_assert_cmpstrv (ids, ((const char *[]) { "cosp", "cosp-2", NULL }));

  g_clear_object (&library);
  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  g_test_add_func ("/programme/default", test_default_programme);
  g_test_add_func ("/programme/default-is-canonical", test_default_programme_is_canonical);
  g_test_add_func ("/programme/totals-and-reorder", test_totals_and_reorder);
  g_test_add_func ("/programme/undo-redo", test_undo_redo);
  g_test_add_func ("/programme/typing-is-one-step", test_typing_is_one_step);
  g_test_add_func ("/programme/pause-points-sorted", test_pause_points_sorted);
  g_test_add_func ("/programme/time-format", test_time_format);
  g_test_add_func ("/programme/library-saves-edits", test_library_saves_edits);
  g_test_add_func ("/programme/library-import-modes", test_library_import_modes);

  return g_test_run ();
}
