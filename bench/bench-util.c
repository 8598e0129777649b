/* bench-util.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "corro-database.h"
#include "corro-programme-library.h"
#include "corro-store-records.h"

#include "bench-util.h"

#define N_GROUPS 500
#define PARTICIPANTS_PER_GROUP 10
#define N_CHAPTERS 8
#define NOTES_PER_GROUP 40
#define SEED 20260101

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

/* helpers */

double
bench_now_ms (void)
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

void
bench_measure_print (BenchMeasure *measure)
{
  double m = median (measure->samples);

  printf ("  %-40s %8.2f ms %8.2f ms %8.2f ms %5u    < %3.0f ms  %s\n",
          measure->name, m, g_array_index (measure->samples, double, 0),
          g_array_index (measure->samples, double, measure->samples->len - 1),
          measure->samples->len, measure->target_ms,
          m < measure->target_ms ? "met" : "MISSED");
}


char *
bench_make_text (GRand *rand,
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


void
bench_check (gboolean    ok,
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

  bench_check (stmt != NULL, error, sql);
  return stmt;
}

static void
step (CorroDatabase *db,
      sqlite3_stmt  *stmt)
{
  g_autoptr(GError) error = NULL;

  bench_check (corro_database_step (db, stmt, NULL, &error), error, sqlite3_sql (stmt));
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
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  sqlite3_stmt *group_stmt, *session_stmt, *participant_stmt, *enrol_stmt, *mark_stmt,
               *note_stmt;

  /* The default programme, as the window seeds it into an empty file. */
  store = corro_store_open (path, &error);
  bench_check (store != NULL, error, "open");
  library = corro_programme_library_new (store);
  bench_check (corro_programme_library_load (library, &error), error, "programme");
  g_clear_object (&library);
  g_clear_object (&store);

  db = corro_database_open (path, &error);
  bench_check (db != NULL, error, "open");
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

  bench_check (corro_database_begin (db, &error), error, "begin");
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
          g_autofree char *text = bench_make_text (rand, (guint) g_rand_int_range (rand, 40, 160));

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
  bench_check (corro_database_commit (db, &error), error, "commit");
  bench_check (corro_database_exec (db, "INSERT INTO reflection_fts (reflection_fts) "
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


void
bench_measure_init (BenchMeasure *measure)
{
  measure->samples = g_array_new (FALSE, FALSE, sizeof (double));
}

void
bench_measure_add (BenchMeasure *measure,
                   double        ms)
{
  g_array_append_val (measure->samples, ms);
}

double
bench_measure_median (BenchMeasure *measure)
{
  return median (measure->samples);
}

void
bench_measure_print_header (void)
{
  printf ("  %-40s %11s %11s %11s %5s %11s\n", "", "median", "fastest", "slowest", "runs",
          "target");
}

void
bench_measure_clear (BenchMeasure *measure)
{
  g_clear_pointer (&measure->samples, g_array_unref);
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

/* The decade's file: DIR/decade.db, in KEEP_DIR when given (made once, reused by later
 * runs) or in a new temporary folder. Sets MADE_MS to the time it took to write, or 0
 * when an earlier run made it. */
char *
bench_decade_ensure (const char  *keep_dir,
                     char       **dir_out,
                     double      *made_ms)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  char *path;

  dir = keep_dir != NULL ? g_strdup (keep_dir) : g_dir_make_tmp ("corro-bench-XXXXXX", &error);
  bench_check (dir != NULL, error, "folder");
  g_mkdir_with_parents (dir, 0700);
  path = g_build_filename (dir, "decade.db", NULL);
  *made_ms = 0;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      double start = bench_now_ms ();

      make_decade (path);
      *made_ms = bench_now_ms () - start;
    }

  *dir_out = g_steal_pointer (&dir);
  return path;
}

void
bench_decade_describe (const char *path,
                       double      made_ms)
{
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  db = corro_database_open (path, &error);
  bench_check (db != NULL, error, "open");
  g_stat (path, &st);
  printf ("A synthetic decade of %" G_GINT64_FORMAT " groups, %" G_GINT64_FORMAT
          " participants, %" G_GINT64_FORMAT " attendance marks, %" G_GINT64_FORMAT
          " reflections\n",
          count (db, "SELECT count(*) FROM grp"), count (db, "SELECT count(*) FROM participant"),
          count (db, "SELECT count(*) FROM attendance"),
          count (db, "SELECT count(*) FROM reflection"));
  if (made_ms > 0)
    printf ("(%.1f MB, %" G_GINT64_FORMAT " audit entries; made in %.1f s)\n\n",
            st.st_size / 1e6, count (db, "SELECT count(*) FROM audit"), made_ms / 1000);
  else
    printf ("(%.1f MB, %" G_GINT64_FORMAT " audit entries; made by an earlier run)\n\n",
            st.st_size / 1e6, count (db, "SELECT count(*) FROM audit"));
}

/* Removes a temporary decade (not one kept with --keep). */
void
bench_decade_remove (const char *dir,
                     const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
  g_rmdir (dir);
}
