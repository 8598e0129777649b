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

#define N_GROUPS 500
#define PARTICIPANTS_PER_GROUP 10
#define N_CHAPTERS 8
#define NOTES_PER_GROUP 40
#define SEED 20260101

#define TARGET_OPEN_MS 100.0
#define TARGET_PAGE_MS 50.0
#define TARGET_MARK_MS 5.0
#define TARGET_SEARCH_MS 50.0
#define TARGET_SAVE_MS 16.0

static const char * const first_names[] = {
  "Lucía", "José", "María", "Ana Sofía", "Carmen", "Fernanda", "Jorge", "Begoña", "Íñigo",
  "Tom", "Priya", "Chloe", "Sam", "Grace", "Daniel", "Aisha", "Lily", "Owen", "Zoë", "Niamh",
};

static const char * const last_names[] = {
  "Hernández", "Martínez", "Sánchez", "Ramírez", "López", "Ruiz", "Castillo", "Núñez",
  "Baker", "Sharma", "Evans", "O'Neill", "Okafor", "Hughes", "Khan", "Thompson", "Müller",
};

static const char * const words[] = {
  "el", "la", "de", "que", "y", "en", "grupo", "sesión", "hija", "hijo", "bebé", "llanto",
  "noche", "música", "tiburón", "Círculo", "manos", "Estar-con", "reparación", "ruptura",
  "habló", "compartió", "escuchó", "pausa", "video", "mamá", "papá", "abuela", "cariñoso",
  "the", "and", "of", "to", "group", "session", "daughter", "son", "baby", "crying", "night",
  "shark", "music", "circle", "hands", "being-with", "repair", "rupture", "talked", "shared",
  "listened", "pause", "clip", "bedtime", "nursery", "calm", "comfort", "delight", "explore",
  "bigger", "stronger", "wiser", "kind", "secure", "base", "haven", "feelings", "organise",
};

static const char marks[] = { 'P', 'P', 'P', 'P', 'L', 'A', 'E', 'C' };

typedef struct
{
  const char *name;
  double      target_ms;
  GArray     *samples;
} Measure;

/* helpers */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  if (samples->len % 2 == 1)
    return g_array_index (samples, double, samples->len / 2);

  return (g_array_index (samples, double, samples->len / 2 - 1) +
          g_array_index (samples, double, samples->len / 2)) / 2;
}

static void
report (Measure *measure)
{
  double m = median (measure->samples);

  printf ("  %-40s %8.2f ms %8.2f ms %8.2f ms %5u    < %3.0f ms  %s\n",
          measure->name, m, g_array_index (measure->samples, double, 0),
          g_array_index (measure->samples, double, measure->samples->len - 1),
          measure->samples->len, measure->target_ms,
          m < measure->target_ms ? "met" : "MISSED");
}

static char *
make_text (GRand *rand,
           guint  n_words)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, (i % 11 == 0) ? '.' : ' ');
      if (i % 11 == 0 && i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  g_string_append_c (text, '.');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
check (gboolean    ok,
       GError     *error,
       const char *what)
{
  if (!ok)
    g_error ("%s: %s", what, error != NULL ? error->message : "failed");
}

static sqlite3_stmt *
prepare (CorroDatabase *db,
         const char    *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = corro_database_prepare (db, sql, &error);

  check (stmt != NULL, error, sql);
  return stmt;
}

static void
step (CorroDatabase *db,
      sqlite3_stmt  *stmt)
{
  g_autoptr(GError) error = NULL;

  check (corro_database_step (db, stmt, NULL, &error), error, sqlite3_sql (stmt));
  sqlite3_reset (stmt);
}

/* Writes the decade in one transaction, through the schema's triggers (audit, full-text
 * index), as if typed over ten years. */
static void
make_decade (const char *path)
{
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GDateTime) first = g_date_time_new_utc (2016, 1, 5, 12, 0, 0);
  CorroStoreChapter chapters[N_CHAPTERS] = { { 0 } };
  sqlite3_stmt *group_stmt, *session_stmt, *participant_stmt, *enrol_stmt, *mark_stmt,
               *note_stmt;

  for (guint i = 0; i < N_CHAPTERS; i++)
    {
      chapters[i].number = i + 1;
      chapters[i].title_en = "Chapter";
      chapters[i].title_es = "Capítulo";
      chapters[i].plan = "{}";
    }
  store = corro_store_open (path, &error);
  check (store != NULL, error, "open");
  check (corro_store_put_programme (store, "cosp", "{}", chapters, N_CHAPTERS, &error), error,
         "programme");
  g_clear_object (&store);

  db = corro_database_open (path, &error);
  check (db != NULL, error, "open");
  group_stmt = prepare (db, "INSERT INTO grp (name, programme_id, mode, language, start_date, "
                            "status) VALUES (?1, 'cosp', ?2, ?3, ?4, ?5)");
  session_stmt = prepare (db, "INSERT INTO session (group_id, chapter, date, held) "
                              "VALUES (?1, ?2, ?3, 1)");
  participant_stmt = prepare (db, "INSERT INTO participant (name, relationship, "
                                  "child_age_months, phone) VALUES (?1, ?2, ?3, ?4)");
  enrol_stmt = prepare (db, "INSERT INTO enrolment (group_id, participant_id, "
                            "referral_source, status) VALUES (?1, ?2, 'Health visitor', "
                            "'completed')");
  mark_stmt = prepare (db, "INSERT INTO attendance (session_id, participant_id, mark) "
                           "VALUES (?1, ?2, ?3)");
  note_stmt = prepare (db, "INSERT INTO reflection (kind, session_id, participant_id, text, "
                           "finalised_at) VALUES (?1, ?2, ?3, ?4, ?5)");

  check (corro_database_begin (db, &error), error, "begin");
  for (guint g = 0; g < N_GROUPS; g++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (first, (int) (g * 7));
      g_autofree char *name = g_strdup_printf ("Group %u — %s", g + 1,
                                               g % 2 ? "Riverside Family Hub" : "Coyoacán");
      gint64 group_id, session_ids[N_CHAPTERS], participant_ids[PARTICIPANTS_PER_GROUP];

      sqlite3_bind_text (group_stmt, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (group_stmt, 2, g % 3 ? "in-person" : "online", -1, SQLITE_STATIC);
      sqlite3_bind_text (group_stmt, 3, g % 2 ? "en" : "es", -1, SQLITE_STATIC);
      sqlite3_bind_text (group_stmt, 4, g_date_time_format (start, "%Y-%m-%d"), -1, g_free);
      sqlite3_bind_text (group_stmt, 5, g < N_GROUPS - 5 ? "finished" : "running", -1,
                         SQLITE_STATIC);
      step (db, group_stmt);
      group_id = sqlite3_last_insert_rowid (corro_database_get_handle (db));

      for (guint c = 0; c < N_CHAPTERS; c++)
        {
          g_autoptr(GDateTime) day = g_date_time_add_weeks (start, (int) c);

          sqlite3_bind_int64 (session_stmt, 1, group_id);
          sqlite3_bind_int (session_stmt, 2, (int) c + 1);
          sqlite3_bind_text (session_stmt, 3, g_date_time_format (day, "%Y-%m-%d"), -1, g_free);
          step (db, session_stmt);
          session_ids[c] = sqlite3_last_insert_rowid (corro_database_get_handle (db));
        }

      for (guint p = 0; p < PARTICIPANTS_PER_GROUP; p++)
        {
          g_autofree char *person = g_strdup_printf (
            "%s %s", first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))],
            last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))]);
          g_autofree char *phone = g_strdup_printf ("07700 9%05u", g * 10 + p);

          sqlite3_bind_text (participant_stmt, 1, person, -1, SQLITE_STATIC);
          sqlite3_bind_text (participant_stmt, 2, p % 4 ? "mother" : "father", -1,
                             SQLITE_STATIC);
          sqlite3_bind_int (participant_stmt, 3, g_rand_int_range (rand, 0, 60));
          sqlite3_bind_text (participant_stmt, 4, phone, -1, SQLITE_STATIC);
          step (db, participant_stmt);
          participant_ids[p] = sqlite3_last_insert_rowid (corro_database_get_handle (db));

          sqlite3_bind_int64 (enrol_stmt, 1, group_id);
          sqlite3_bind_int64 (enrol_stmt, 2, participant_ids[p]);
          step (db, enrol_stmt);

          for (guint c = 0; c < N_CHAPTERS; c++)
            {
              static const char * const mark_words[] = {
                ['P'] = "present", ['L'] = "late", ['A'] = "absent", ['E'] = "excused",
                ['C'] = "caught-up",
              };
              char letter = marks[g_rand_int_range (rand, 0, G_N_ELEMENTS (marks))];

              sqlite3_bind_int64 (mark_stmt, 1, session_ids[c]);
              sqlite3_bind_int64 (mark_stmt, 2, participant_ids[p]);
              sqlite3_bind_text (mark_stmt, 3, mark_words[(guchar) letter], -1, SQLITE_STATIC);
              step (db, mark_stmt);
            }
        }

      /* Per group: a note on each session, three on participants per session, one
       * self-reflection or fidelity note per session. */
      for (guint n = 0; n < NOTES_PER_GROUP; n++)
        {
          guint chapter = n % N_CHAPTERS;
          guint kind = n / N_CHAPTERS;
          g_autofree char *text = make_text (rand, (guint) g_rand_int_range (rand, 40, 160));

          sqlite3_bind_text (note_stmt, 1,
                             kind == 0 ? "session" : kind == 4 ? (n % 2 ? "self" : "fidelity")
                                                               : "participant",
                             -1, SQLITE_STATIC);
          sqlite3_bind_int64 (note_stmt, 2, session_ids[chapter]);
          if (kind >= 1 && kind <= 3)
            sqlite3_bind_int64 (note_stmt, 3,
                                participant_ids[g_rand_int_range (rand, 0,
                                                                  PARTICIPANTS_PER_GROUP)]);
          else
            sqlite3_bind_null (note_stmt, 3);
          sqlite3_bind_text (note_stmt, 4, text, -1, SQLITE_STATIC);
          if (g < N_GROUPS - 5)
            sqlite3_bind_text (note_stmt, 5, "2026-01-01T00:00:00.000Z", -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (note_stmt, 5);
          step (db, note_stmt);
          sqlite3_clear_bindings (note_stmt);
        }
    }
  check (corro_database_commit (db, &error), error, "commit");
  check (corro_database_exec (db, "INSERT INTO reflection_fts (reflection_fts) "
                                  "VALUES ('optimize'); PRAGMA wal_checkpoint(TRUNCATE);",
                              &error),
         error, "checkpoint");

  sqlite3_finalize (group_stmt);
  sqlite3_finalize (session_stmt);
  sqlite3_finalize (participant_stmt);
  sqlite3_finalize (enrol_stmt);
  sqlite3_finalize (mark_stmt);
  sqlite3_finalize (note_stmt);
}

static gint64
count (CorroDatabase *db,
       const char    *sql)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (db, sql);
  gboolean has_row = FALSE;

  corro_database_step (db, stmt, &has_row, NULL);
  return has_row ? sqlite3_column_int64 (stmt, 0) : -1;
}

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
  check (wait->results != NULL, error, "search");
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
  Measure open_store = { "database open (store + group list)", TARGET_OPEN_MS };
  Measure open_raw = { "  of which: open, check, migrate", TARGET_OPEN_MS };
  Measure page = { "group page (sessions, people, totals)", TARGET_PAGE_MS };
  Measure mark = { "attendance mark saved", TARGET_MARK_MS };
  Measure save = { "note autosave (one row)", TARGET_SAVE_MS };
  Measure search = { "search (on the worker thread)", TARGET_SEARCH_MS };
  Measure search_async = { "search (async, main loop to results)", TARGET_SEARCH_MS };
  Measure *measures[] = { &open_store, &open_raw, &page, &mark, &save, &search, &search_async };
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroRecords) records = NULL;
  g_autoptr(CorroDatabase) db = NULL;
  GStatBuf st;

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 5);

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    measures[i]->samples = g_array_new (FALSE, FALSE, sizeof (double));

  dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("corro-bench-XXXXXX", &error);
  check (dir != NULL, error, "folder");
  g_mkdir_with_parents (dir, 0700);
  path = g_build_filename (dir, "decade.db", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      double start = now_ms ();

      make_decade (path);
      made_ms = now_ms () - start;
    }

  db = corro_database_open (path, &error);
  check (db != NULL, error, "open");
  g_stat (path, &st);
  printf ("Records benchmark: a synthetic decade of %" G_GINT64_FORMAT " groups, %"
          G_GINT64_FORMAT " participants, %" G_GINT64_FORMAT " attendance marks, %"
          G_GINT64_FORMAT " reflections\n",
          count (db, "SELECT count(*) FROM grp"), count (db, "SELECT count(*) FROM participant"),
          count (db, "SELECT count(*) FROM attendance"),
          count (db, "SELECT count(*) FROM reflection"));
  if (made_ms > 0)
    printf ("(%.1f MB, %" G_GINT64_FORMAT " audit entries; made in %.1f s)\n\n",
            st.st_size / 1e6, count (db, "SELECT count(*) FROM audit"), made_ms / 1000);
  else
    printf ("(%.1f MB, %" G_GINT64_FORMAT " audit entries; made by an earlier run)\n\n",
            st.st_size / 1e6, count (db, "SELECT count(*) FROM audit"));
  g_clear_object (&db);

  /* Open: as the window does, the store (open, quick check, migrations) and the list of
   * groups; the first, cold run is not counted. */
  for (int i = 0; i <= runs; i++)
    {
      double start = now_ms ();
      double opened;

      db = corro_database_open (path, &error);
      opened = now_ms ();
      g_clear_object (&db);
      if (i > 0)
        g_array_append_val (open_raw.samples, (double) { opened - start });

      start = now_ms ();
      store = corro_store_open (path, &error);
      check (store != NULL, error, "open");
      records = corro_records_new (store);
      check (corro_records_load (records, &error), error, "groups");
      if (i > 0)
        g_array_append_val (open_store.samples, (double) { now_ms () - start });
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
      double start = now_ms ();

      check (corro_records_load_group (records, group, &error), error, "page");
      g_array_append_val (page.samples, (double) { now_ms () - start });
    }

  /* Marks and autosaves in the running group at the top of the list. */
  {
    g_autoptr(CorroGroup) group = g_list_model_get_item (corro_records_get_groups (records), 0);
    g_autoptr(CorroReflection) note = NULL;
    g_autoptr(GString) typed = g_string_new (NULL);
    GListModel *sessions, *participants;

    check (corro_records_load_group (records, group, &error), error, "page");
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
        double start = now_ms ();

        check (corro_records_mark_attendance (records, group, session, participant, next,
                                              &error), error, "mark");
        g_array_append_val (mark.samples, (double) { now_ms () - start });
      }

    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, 0);

      note = corro_reflection_new (CORRO_REFLECTION_SESSION, corro_session_get_id (session), 0);
    }
    {
      g_autofree char *start_text = make_text (rand, 150);

      g_string_append (typed, start_text);
    }
    for (int i = 0; i < runs; i++)
      {
        double start;

        g_string_append (typed, " más");
        start = now_ms ();
        check (corro_records_save_reflection (records, note, typed->str, &error), error,
               "save");
        g_array_append_val (save.samples, (double) { now_ms () - start });
      }
  }

  /* Search: what the worker thread does, then the whole round trip through the main
   * loop; each run answers the four queries, and is timed per query. */
  for (int i = 0; i < runs; i++)
    {
      const char *query = queries[i % G_N_ELEMENTS (queries)];
      g_autoptr(GPtrArray) matches = NULL;
      SearchWait wait = { g_main_loop_new (NULL, FALSE), NULL };
      double start = now_ms ();

      matches = corro_store_search_reflections (store, query, CORRO_NOTE_SCOPE_RECORDS, 200,
                                                NULL, &error);
      check (matches != NULL, error, "search");
      g_array_append_val (search.samples, (double) { now_ms () - start });

      start = now_ms ();
      corro_records_search_async (records, query, CORRO_NOTE_SCOPE_RECORDS, NULL,
                                  on_search_done_cb, &wait);
      g_main_loop_run (wait.loop);
      g_array_append_val (search_async.samples, (double) { now_ms () - start });
      g_clear_object (&wait.results);
      g_main_loop_unref (wait.loop);
    }

  printf ("  %-40s %11s %11s %11s %5s %11s\n", "", "median", "fastest", "slowest", "runs",
          "target");
  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    report (measures[i]);
  printf ("\nSearches take turns with “%s”, “%s”, “%s” and “%s” "
          "(the best 200 matches).\n",
          queries[0], queries[1], queries[2], queries[3]);
  printf ("Times vary with the machine; figures are printed, never asserted.\n");

  g_clear_object (&records);
  g_clear_object (&store);
  if (keep == NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (dir);
    }

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    g_array_unref (measures[i]->samples);

  return 0;
}
