/* records.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Records benchmark: a synthetic decade of records (500 groups, 5,000 participants,
 * 40,000 attendance marks, 20,000 reflections), then the times the window depends on:
 * opening the database, loading one group's page (its sessions, participants and
 * totals), saving one attendance mark, saving a note as it is typed, and answering a
 * search. Prints medians of several runs against the targets; never fails on time.
 *
 *     _build/bench/bench-records [--runs N] [--keep DIR]
 *
 * --keep DIR writes the synthetic database to DIR/decade.db and leaves it there (made
 * once, reused by later runs), for looking at with sqlite3 or opening in Corro.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "corro-database.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-reflection.h"
#include "corro-session.h"
#include "corro-store-records.h"

#include "bench-util.h"

#define SEED 20260101

#define TARGET_OPEN_MS 100.0
#define TARGET_PAGE_MS 50.0
#define TARGET_MARK_MS 5.0
#define TARGET_SEARCH_MS 50.0
#define TARGET_SAVE_MS 16.0

typedef struct
{
  GMainLoop  *loop;
  GListModel *results;
} SearchWait;

static void
on_search_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SearchWait *wait = user_data;
  g_autoptr(GError) error = NULL;

  wait->results = corro_records_search_finish (CORRO_RECORDS (source), result, &error);
  bench_check (wait->results != NULL, error, "search");
  g_main_loop_quit (wait->loop);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = { "jose tiburon", "reparación", "being-with calm", "nur" };
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);
  int runs = 21;
  double made_ms = 0;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (default 21)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the database in DIR", "DIR" },
    { NULL }
  };
  BenchMeasure open_store = { "database open (store + group list)", TARGET_OPEN_MS };
  BenchMeasure open_raw = { "  of which: open, check, migrate", TARGET_OPEN_MS };
  BenchMeasure page = { "group page (sessions, people, totals)", TARGET_PAGE_MS };
  BenchMeasure mark = { "attendance mark saved", TARGET_MARK_MS };
  BenchMeasure save = { "note autosave (one row)", TARGET_SAVE_MS };
  BenchMeasure search = { "search (on the worker thread)", TARGET_SEARCH_MS };
  BenchMeasure search_async = { "search (async, main loop to results)", TARGET_SEARCH_MS };
  BenchMeasure *measures[] = { &open_store, &open_raw, &page, &mark, &save, &search, &search_async };
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroRecords) records = NULL;
  g_autoptr(CorroDatabase) db = NULL;

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 5);

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    bench_measure_init (measures[i]);

  path = bench_decade_ensure (keep, &dir, &made_ms);
  printf ("Records benchmark\n");
  bench_decade_describe (path, made_ms);

  /* Open: as the window does, the store (open, quick check, migrations) and the list of
   * groups; the first, cold run is not counted. */
  for (int i = 0; i <= runs; i++)
    {
      double start = bench_now_ms ();
      double opened;

      db = corro_database_open (path, &error);
      opened = bench_now_ms ();
      g_clear_object (&db);
      if (i > 0)
        bench_measure_add (&open_raw, opened - start);

      start = bench_now_ms ();
      store = corro_store_open (path, &error);
      bench_check (store != NULL, error, "open");
      records = corro_records_new (store);
      bench_check (corro_records_load (records, &error), error, "groups");
      if (i > 0)
        bench_measure_add (&open_store, bench_now_ms () - start);
      if (i < runs)
        {
          g_clear_object (&records);
          g_clear_object (&store);
        }
    }

  /* A group's page, a different group each time. */
  for (int i = 0; i < runs; i++)
    {
      GListModel *groups = corro_records_get_groups (records);
      guint n_groups = g_list_model_get_n_items (groups);
      g_autoptr(CorroGroup) group =
        g_list_model_get_item (groups, (guint) g_rand_int_range (rand, 0, (int) n_groups));
      double start = bench_now_ms ();

      bench_check (corro_records_load_group (records, group, &error), error, "page");
      bench_measure_add (&page, bench_now_ms () - start);
    }

  /* Marks and autosaves in the running group at the top of the list. */
  {
    g_autoptr(CorroGroup) group = g_list_model_get_item (corro_records_get_groups (records), 0);
    g_autoptr(CorroReflection) note = NULL;
    g_autoptr(GString) typed = g_string_new (NULL);
    GListModel *sessions, *participants;

    bench_check (corro_records_load_group (records, group, &error), error, "page");
    sessions = corro_group_get_sessions (group);
    participants = corro_group_get_participants (group);

    for (int i = 0; i < runs; i++)
      {
        g_autoptr(CorroSession) session =
          g_list_model_get_item (sessions, (guint) i % g_list_model_get_n_items (sessions));
        g_autoptr(CorroParticipant) participant =
          g_list_model_get_item (participants, (guint) i % g_list_model_get_n_items (participants));
        CorroAttendanceMark next =
          corro_session_get_mark (session, corro_participant_get_id (participant)) ==
          CORRO_ATTENDANCE_PRESENT ? CORRO_ATTENDANCE_LATE : CORRO_ATTENDANCE_PRESENT;
        double start = bench_now_ms ();

        bench_check (corro_records_mark_attendance (records, group, session, participant, next,
                                              &error), error, "mark");
        bench_measure_add (&mark, bench_now_ms () - start);
      }

    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, 0);

      note = corro_reflection_new (CORRO_REFLECTION_SESSION, corro_session_get_id (session), 0);
    }
    {
      g_autofree char *start_text = bench_make_text (rand, 150);

      g_string_append (typed, start_text);
    }
    for (int i = 0; i < runs; i++)
      {
        double start;

        g_string_append (typed, " más");
        start = bench_now_ms ();
        bench_check (corro_records_save_reflection (records, note, typed->str, &error), error,
               "save");
        bench_measure_add (&save, bench_now_ms () - start);
      }
  }

  /* Search: what the worker thread does, then the whole round trip through the main
   * loop; each run answers the four queries, and is timed per query. */
  for (int i = 0; i < runs; i++)
    {
      const char *query = queries[i % G_N_ELEMENTS (queries)];
      g_autoptr(GPtrArray) matches = NULL;
      SearchWait wait = { g_main_loop_new (NULL, FALSE), NULL };
      double start = bench_now_ms ();

      matches = corro_store_search_reflections (store, query, CORRO_NOTE_SCOPE_RECORDS, 200,
                                                NULL, &error);
      bench_check (matches != NULL, error, "search");
      bench_measure_add (&search, bench_now_ms () - start);

      start = bench_now_ms ();
      corro_records_search_async (records, query, CORRO_NOTE_SCOPE_RECORDS, NULL,
                                  on_search_done_cb, &wait);
      g_main_loop_run (wait.loop);
      bench_measure_add (&search_async, bench_now_ms () - start);
      g_clear_object (&wait.results);
      g_main_loop_unref (wait.loop);
    }

  bench_measure_print_header ();
  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    bench_measure_print (measures[i]);
  printf ("\nSearches take turns with “%s”, “%s”, “%s” and “%s” "
          "(the best 200 matches).\n",
          queries[0], queries[1], queries[2], queries[3]);
  printf ("Times vary with the machine; figures are printed, never asserted.\n");

  g_clear_object (&records);
  g_clear_object (&store);
  if (keep == NULL)
    bench_decade_remove (dir, path);

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    bench_measure_clear (measures[i]);

  return 0;
}
