/* test-numbers.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One set of numbers everywhere. On the demo and on a purposely tricky group (late marks,
 * excused, caught-up chapters, an extra meeting for a chapter, a session held with no one
 * there, a caught-up mark at a session that never met, a referral with no marks, a
 * referral marked by mistake, a withdrawal) and a planned group, each figure is read off
 * the real pages (the group page's session and participant rows, the session page's
 * attendance rows) and off the reports (register rows, totals and sessions, completion
 * list, service totals and their CSV), and they must agree. The tricky group's figures
 * are also checked against values worked out by hand, so that a rule wrong everywhere
 * alike still fails.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "corro-age-band.h"
#include "corro-age-bands-page.h"
#include "corro-application.h"
#include "corro-attendance-row.h"
#include "corro-demo.h"
#include "corro-group-page.h"
#include "corro-group.h"
#include "corro-labels.h"
#include "corro-participant.h"
#include "corro-preferences-window.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-report.h"
#include "corro-session-page.h"
#include "corro-session.h"
#include "corro-store.h"
#include "corro-test-util.h"

#define TRICKY "Tricky — every kind of mark"
#define PLANNED "Planned — not met yet"

typedef struct
{
  char             *dir;
  char             *path;
  CorroApplication *app;
  CorroStore       *store;
  CorroRecords     *records;
  CorroProgramme   *programme;
  GtkWindow        *window;
} Fixture;

/* What the screens say about one group. */
typedef struct
{
  guint       sessions_held;
  guint       attended_at_held;   /* sum over held session rows */
  guint       marks_at_held;      /* marks shown on the held sessions' attendance pages */
  GHashTable *served;             /* participant ids (gint64 *) */
} ScreenTotals;

static const char *
language (void)
{
  const char *value = g_getenv ("LANGUAGE");

  return value != NULL && g_str_has_prefix (value, "es") ? "es" : "en";
}

/* The integers in a label, in order: "Tue 3 Mar 2026 · held · 4 attended" → 3 2026 4. */
static GArray *
numbers_in (const char *text)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (guint));

  for (const char *p = text; p != NULL && *p != '\0';)
    {
      if (g_ascii_isdigit (*p))
        {
          char *end = NULL;
          guint n = (guint) g_ascii_strtoull (p, &end, 10);

          g_array_append_val (numbers, n);
          p = end;
        }
      else
        p++;
    }

  return numbers;
}

static guint
last_number (const char *text,
             guint       from_end)
{
  g_autoptr(GArray) numbers = numbers_in (text);

  g_assert_cmpuint (numbers->len, >, from_end);
  return g_array_index (numbers, guint, numbers->len - 1 - from_end);
}

/* The tricky group, written through CorroRecords as the window writes. Sessions in
 * order: chapters 1, 2, 3, a further meeting for 3, then 4 to 8. Letters: P L A E C, -
 * none. */
static CorroParticipant *
add_person (CorroRecords         *records,
            CorroGroup           *group,
            const char           *name,
            CorroEnrolmentStatus  status,
            const char           *marks)
{
  g_autoptr(CorroParticipant) participant = corro_participant_new (name);
  GListModel *sessions = corro_group_get_sessions (group);
  g_autoptr(GError) error = NULL;

  corro_participant_set_relationship (participant, CORRO_RELATIONSHIP_MOTHER);
  g_assert_true (corro_records_add_participant (records, group, participant, &error));
  g_assert_no_error (error);
  if (status != CORRO_ENROLMENT_REFERRED)
    {
      g_assert_true (corro_records_set_status (records, group, participant,
                                               CORRO_ENROLMENT_ENROLLED, NULL, &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; marks[i] != '\0'; i++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, i);
      const char *letters = "-PLAEC";
      const char *found = strchr (letters, marks[i]);

      g_assert_nonnull (session);
      g_assert_nonnull (found);
      if (found == letters)
        continue;
      g_assert_true (corro_records_mark_attendance (records, group, session, participant,
                                                    (CorroAttendanceMark) (found - letters),
                                                    &error));
      g_assert_no_error (error);
    }

  if (status == CORRO_ENROLMENT_WITHDRAWN)
    {
      g_assert_true (corro_records_set_status (records, group, participant,
                                               CORRO_ENROLMENT_WITHDRAWN, "Moved away",
                                               &error));
      g_assert_no_error (error);
    }

  return participant;
}

static void
fill_tricky (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStore) store = corro_store_open (path, &error);
  g_autoptr(CorroRecords) records = NULL;
  g_autoptr(CorroGroup) group = corro_group_new (TRICKY, "cosp");
  g_autoptr(CorroGroup) planned = corro_group_new (PLANNED, "cosp");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);
  g_autofree char *start = g_date_time_format (later, "%Y-%m-%d");
  g_autoptr(CorroSession) fourth = NULL;
  CorroSession *extra;

  g_assert_no_error (error);
  records = corro_records_new (store);
  g_assert_true (corro_records_load (records, &error));

  corro_group_set_start_date (group, "2025-03-04");
  corro_group_set_status (group, CORRO_GROUP_STATUS_RUNNING);
  corro_group_set_mode (group, CORRO_GROUP_MODE_INDIVIDUAL);
  corro_group_set_facilitators (group, "Rosa Díaz");
  g_assert_true (corro_records_add_group (records, group, &error));
  extra = corro_records_add_extra_session (records, group, 3, "2025-03-19", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corro_session_get_chapter (extra), ==, 3);

  /*                                  1 2 3 3x 4 5 6 7 8 */
  add_person (records, group, "Ana Tricky", CORRO_ENROLMENT_ENROLLED, "PLAPECAC");
  add_person (records, group, "Ben Tricky", CORRO_ENROLMENT_ENROLLED, "LEEEA");
  add_person (records, group, "Cleo Tricky", CORRO_ENROLMENT_ENROLLED, "CPPPAPP-P");
  add_person (records, group, "Dee Referred", CORRO_ENROLMENT_REFERRED, "");
  add_person (records, group, "Eve Referred", CORRO_ENROLMENT_REFERRED, "-P");
  add_person (records, group, "Fay Withdrew", CORRO_ENROLMENT_WITHDRAWN, "P");

  /* Chapter 4 met, though no one marked came; chapter 7 never met (Ana caught up alone). */
  fourth = g_list_model_get_item (corro_group_get_sessions (group), 4);
  g_assert_cmpuint (corro_session_get_chapter (fourth), ==, 4);
  corro_session_set_held (fourth, TRUE);
  g_assert_true (corro_records_save_session (records, fourth, &error));
  g_assert_no_error (error);

  /* A planned group with someone enrolled: no session held, so it did not run. */
  corro_group_set_start_date (planned, start);
  g_assert_true (corro_records_add_group (records, planned, &error));
  add_person (records, planned, "Gus Planned", CORRO_ENROLMENT_ENROLLED, "");
}

/* One application for the whole run: the records are read, never changed, by the
 * tests. */
static void
fixture_set_up (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = corro_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "corro.db", NULL);
  corro_test_fill_demo (fixture->path);
  fill_tricky (fixture->path);

  fixture->app = corro_test_start_app (fixture->path);
  fixture->store = g_object_ref (corro_application_get_store (fixture->app));
  fixture->records = corro_records_new (fixture->store);
  g_assert_true (corro_records_load (fixture->records, &error));
  g_assert_no_error (error);
  fixture->programme = corro_programme_library_get_default (
                         corro_application_get_library (fixture->app));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (fixture->window, GTK_APPLICATION (fixture->app));
  gtk_window_set_default_size (fixture->window, 1100, 900);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture *fixture)
{
  GList *windows;

  g_clear_pointer (&fixture->window, gtk_window_destroy);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  g_clear_object (&fixture->records);
  g_clear_object (&fixture->store);
  corro_test_stop_app (g_steal_pointer (&fixture->app));
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static GtkWidget *
show (Fixture   *fixture,
      GtkWidget *page)
{
  gtk_window_set_child (fixture->window, page);
  corro_test_wait_for_draw (GTK_WIDGET (fixture->window));
  return page;
}

static CorroReport *
compute (Fixture         *fixture,
         CorroReportKind  kind,
         gint64           group_id)
{
  g_autoptr(GError) error = NULL;
  CorroReportOptions options = { kind, group_id, NULL, NULL, FALSE, NULL };
  CorroReport *report = corro_report_compute (fixture->store, &options, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static guint
column_of (const char * const *columns,
           const char         *name)
{
  for (guint i = 0; columns[i] != NULL; i++)
    if (g_str_equal (columns[i], name))
      return i;

  g_assert_not_reached ();
}

static const CorroReportBlock *
nth_table (const CorroReportSection *section,
           guint                     n)
{
  for (guint b = 0; b < section->blocks->len; b++)
    {
      const CorroReportBlock *block = g_ptr_array_index (section->blocks, b);

      if (block->kind == CORRO_REPORT_BLOCK_TABLE && n-- == 0)
        return block;
    }

  return NULL;
}

/* The row of @table whose first cell is @name; NULL when none. */
static const CorroReportRow *
row_named (const CorroReportBlock *table,
           const char             *name)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      const CorroReportRow *row = g_ptr_array_index (table->rows, r);

      if (!row->emphasis && g_strcmp0 (row->cells[0], name) == 0)
        return row;
    }

  return NULL;
}

static const CorroReportRow *
totals_row (const CorroReportBlock *table)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      const CorroReportRow *row = g_ptr_array_index (table->rows, r);

      if (row->emphasis)
        return row;
    }

  g_assert_not_reached ();
}

static gboolean
has_success_badge (GtkWidget *row)
{
  g_autoptr(GPtrArray) labels = corro_test_find_widgets (row, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "success") &&
        gtk_widget_get_visible (g_ptr_array_index (labels, i)))
      return TRUE;

  return FALSE;
}

static void
screen_totals_clear (ScreenTotals *totals)
{
  g_clear_pointer (&totals->served, g_hash_table_unref);
}

/* One group: every page's figure against every report's, and the screens' share of the
 * service totals into @totals. */
static void
check_group (Fixture      *fixture,
             CorroGroup   *group,
             ScreenTotals *totals,
             gboolean      screenshots)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroReport) register_report = NULL;
  g_autoptr(CorroReport) completion_report = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) attended_on_group_page = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                          g_free, NULL);
  const CorroReportSection *section, *completion_section;
  const CorroReportBlock *people, *sessions_table, *completion_table;
  const char * const *columns;
  GListModel *participants, *sessions;
  GtkWidget *page;
  guint n_chapters, attended_column, completion_column, required_column;
  guint n_listed = 0, sum_attended = 0, n_badges = 0, session_index = 0;

  g_assert_true (corro_records_load_group (fixture->records, group, &error));
  g_assert_no_error (error);
  n_chapters = corro_group_get_n_chapters (group);
  participants = corro_group_get_participants (group);
  sessions = corro_group_get_sessions (group);

  register_report = compute (fixture, CORRO_REPORT_REGISTER, corro_group_get_id (group));
  completion_report = compute (fixture, CORRO_REPORT_COMPLETION, corro_group_get_id (group));
  g_assert_cmpuint (corro_report_get_n_sections (register_report), ==, 1);
  section = corro_report_get_section (register_report, 0);
  completion_section = corro_report_get_section (completion_report, 0);
  people = nth_table (section, 0);
  sessions_table = nth_table (section, 1);
  completion_table = nth_table (completion_section, 0);
  columns = corro_report_get_csv_columns (register_report);
  attended_column = column_of (columns, "attended_chapters");
  required_column = column_of (columns, "required_chapters");
  completion_column = column_of (columns, "completion");

  /* The group page: one row per session, one per participant. */
  page = show (fixture, corro_group_page_new (fixture->records, group, fixture->programme,
                                              language ()));
  if (screenshots)
    g_free (corro_test_save_screenshot (GTK_WIDGET (fixture->window), "numbers-group-page"));
  rows = corro_test_find_widgets (page, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      CorroSession *session = g_object_get_data (G_OBJECT (row), "session");
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

      if (session != NULL)
        {
          g_autofree char *date = corro_label_date (corro_session_get_date (session));
          g_autofree char *not_held = g_strdup_printf (_("%s · not held yet"), date);
          gboolean held = g_strcmp0 (subtitle, not_held) != 0;
          const CorroReportRow *report_row = g_ptr_array_index (sessions_table->rows,
                                                                session_index++);

          /* The register's sessions are in the page's order: held alike, attended alike. */
          g_assert_cmpstr (report_row->cells[3], ==, held ? _("Held") : _("Not held"));
          g_assert_cmpuint (held, ==, corro_session_is_held (session));
          if (held)
            {
              guint attended = last_number (subtitle, 0);

              g_assert_cmpuint (attended, ==, last_number (report_row->cells[4], 0));
              totals->sessions_held++;
              totals->attended_at_held += attended;
            }
        }
      else if (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)) != NULL)
        {
          const char *name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
          const CorroReportRow *report_row = row_named (people, name);
          const CorroReportRow *completion_row = row_named (completion_table, name);
          guint attended = last_number (subtitle, 1);
          gboolean completed = has_success_badge (row);

          g_assert_cmpuint (last_number (subtitle, 0), ==, n_chapters);
          g_hash_table_insert (attended_on_group_page, g_strdup (name),
                               GUINT_TO_POINTER (attended + 1));
          n_badges += completed;
          if (report_row == NULL)
            {
              /* Not on the register: only referred, never marked. */
              g_assert_null (completion_row);
              g_assert_cmpuint (attended, ==, 0);
              g_assert_false (completed);
              continue;
            }

          /* Register row, completion list and group page: the same chapters, the same
           * completion, against the same rule. */
          n_listed++;
          sum_attended += attended;
          g_assert_nonnull (completion_row);
          g_assert_cmpuint (attended, ==,
                            (guint) g_ascii_strtoull (report_row->values[attended_column],
                                                      NULL, 10));
          g_assert_cmpstr (report_row->values[attended_column], ==,
                           completion_row->values[4]);
          g_assert_cmpuint (corro_group_get_required_chapters (group), ==,
                            (guint) g_ascii_strtoull (report_row->values[required_column],
                                                      NULL, 10));
          g_assert_cmpuint (completed, ==,
                            g_str_equal (report_row->values[completion_column], "completed"));
          g_assert_cmpstr (report_row->values[completion_column], ==,
                           completion_row->values[6]);
          {
            g_autofree char *chapters = corro_label_chapters_attended (attended, n_chapters);

            g_assert_cmpstr (completion_row->cells[3], ==, chapters);
          }
        }
    }
  g_assert_cmpuint (session_index, ==, g_list_model_get_n_items (sessions));
  g_assert_cmpuint (session_index, ==, sessions_table->rows->len);
  g_assert_cmpuint (g_hash_table_size (attended_on_group_page), ==,
                    g_list_model_get_n_items (participants));

  /* The register's totals row: the sum of the rows, and the completed among them. */
  if (n_listed > 0)
    {
      const CorroReportRow *total = totals_row (people);
      g_autofree char *completed = g_strdup_printf (ngettext ("%u completed", "%u completed",
                                                              n_badges), n_badges);

      g_assert_cmpuint (last_number (total->cells[2 + n_chapters], 0), ==, sum_attended);
      g_assert_cmpstr (total->cells[3 + n_chapters], ==, completed);
    }

  /* Each session's page: every participant's chapters as on the group page, and (held
   * sessions) the marks and who was served. */
  for (guint s = 0; s < g_list_model_get_n_items (sessions); s++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, s);
      g_autoptr(GPtrArray) attendance_rows = NULL;
      gboolean held = corro_session_is_held (session);
      guint attended = 0;

      if (!held && s > 0)
        continue;
      page = show (fixture, corro_session_page_new (fixture->records, group, session,
                                                    language ()));
      corro_session_page_show_tab (CORRO_SESSION_PAGE (page), "attendance");
      corro_test_wait_for_draw (GTK_WIDGET (fixture->window));
      if (screenshots && s == 0)
        g_free (corro_test_save_screenshot (GTK_WIDGET (fixture->window),
                                            "numbers-session-page"));

      attendance_rows = corro_test_find_widgets (page, CORRO_TYPE_ATTENDANCE_ROW);
      g_assert_cmpuint (attendance_rows->len, ==, g_list_model_get_n_items (participants));
      for (guint i = 0; i < attendance_rows->len; i++)
        {
          CorroAttendanceRow *row = g_ptr_array_index (attendance_rows, i);
          CorroParticipant *participant = corro_attendance_row_get_participant (row);
          CorroAttendanceMark mark = corro_attendance_row_get_mark (row);
          const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
          gpointer on_group_page = g_hash_table_lookup (attended_on_group_page,
                                                        corro_participant_get_name (participant));

          g_assert_nonnull (on_group_page);
          g_assert_cmpuint (last_number (subtitle, 1), ==,
                            GPOINTER_TO_UINT (on_group_page) - 1);
          g_assert_cmpuint (last_number (subtitle, 0), ==, n_chapters);
          g_assert_cmpint (mark, ==,
                           corro_session_get_mark (session,
                                                   corro_participant_get_id (participant)));
          if (!held)
            continue;
          if (mark != CORRO_ATTENDANCE_NONE)
            totals->marks_at_held++;
          if (mark == CORRO_ATTENDANCE_PRESENT || mark == CORRO_ATTENDANCE_LATE ||
              mark == CORRO_ATTENDANCE_CAUGHT_UP)
            {
              CorroEnrolmentStatus status = corro_participant_get_status (participant);

              attended++;
              if (status == CORRO_ENROLMENT_ENROLLED || status == CORRO_ENROLMENT_COMPLETED ||
                  status == CORRO_ENROLMENT_WITHDRAWN)
                {
                  gint64 *id = g_new (gint64, 1);

                  *id = corro_participant_get_id (participant);
                  g_hash_table_add (totals->served, id);
                }
            }
        }
      if (held)
        g_assert_cmpuint (attended, ==, corro_session_count_attended (session));
    }
}

static void
save_register_png (Fixture    *fixture,
                   CorroGroup *group)
{
  g_autoptr(CorroReport) report = compute (fixture, CORRO_REPORT_REGISTER,
                                           corro_group_get_id (group));
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *pdf = g_strdup_printf ("%s/numbers-register-%s.pdf", dir, language ());
  g_autofree char *png = g_strdup_printf ("%s/numbers-register-%s", dir, language ());
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                         "-singlefile", pdf, png, NULL };
  int status = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (corro_report_save (report, file, TRUE, NULL, &error));
  g_assert_no_error (error);
  if (g_find_program_in_path ("pdftoppm") == NULL)
    return;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
}

static CorroGroup *
find_group (Fixture    *fixture,
            const char *name)
{
  GListModel *groups = corro_records_get_groups (fixture->records);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);

      if (g_str_equal (corro_group_get_name (group), name))
        return group;
    }

  g_assert_not_reached ();
}

static void
check_summary (Fixture      *fixture,
               ScreenTotals *totals,
               guint         groups_run)
{
  g_autoptr(CorroReport) summary = compute (fixture, CORRO_REPORT_SUMMARY, 0);
  const CorroReportSection *section = corro_report_get_section (summary, 0);
  const char * const *columns = corro_report_get_csv_columns (summary);
  const CorroReportRow *all = NULL;
  g_autofree char *groups = g_strdup_printf ("%u", groups_run);
  g_autofree char *sessions = g_strdup_printf ("%u", totals->sessions_held);
  g_autofree char *people = g_strdup_printf ("%u", g_hash_table_size (totals->served));
  g_autofree char *attended = g_strdup_printf ("%u", totals->attended_at_held);
  g_autofree char *marks = g_strdup_printf ("%u", totals->marks_at_held);

  for (guint b = 0; b < section->blocks->len && all == NULL; b++)
    {
      const CorroReportBlock *block = g_ptr_array_index (section->blocks, b);

      for (guint r = 0; block->rows != NULL && r < block->rows->len; r++)
        {
          const CorroReportRow *row = g_ptr_array_index (block->rows, r);

          if (row->values != NULL &&
              g_str_equal (row->values[column_of (columns, "breakdown")], "all"))
            all = row;
        }
    }
  g_assert_nonnull (all);

  g_assert_cmpstr (all->values[column_of (columns, "groups")], ==, groups);
  g_assert_cmpstr (all->values[column_of (columns, "sessions_held")], ==, sessions);
  g_assert_cmpstr (all->values[column_of (columns, "people_served")], ==, people);
  g_assert_cmpstr (all->values[column_of (columns, "attended")], ==, attended);
  g_assert_cmpstr (all->values[column_of (columns, "marks")], ==, marks);
}

/* tests */

static void
test_same_numbers (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  ScreenTotals totals = { 0 };
  GListModel *groups = corro_records_get_groups (fixture->records);
  guint groups_run = 0;

  totals.served = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);
      guint held_before = totals.sessions_held;

      check_group (fixture, group, &totals, FALSE);
      groups_run += totals.sessions_held > held_before;
    }

  /* The demo's Spanish group, the running English one, the tricky one: three ran; the
   * demo's planned group and the planned one here did not. */
  g_assert_cmpuint (groups_run, ==, 3);
  check_summary (fixture, &totals, groups_run);
  screen_totals_clear (&totals);
}

/* The tricky group's figures, worked out by hand from the marks in fill_tricky(). */
static void
test_tricky_by_hand (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  static const struct
  {
    const char *name;
    guint       chapters;
    gboolean    completed;
  } expected[] = {
    { "Ana Tricky", 5, FALSE },     /* 1 P, 2 L, 3 at its extra meeting, 5 C, 7 C */
    { "Ben Tricky", 1, FALSE },     /* only 1 L; excused is not attended */
    { "Cleo Tricky", 6, TRUE },     /* 1 C, 2, 3, 5, 6, 8: 6 of 8 */
    { "Dee Referred", 0, FALSE },
    { "Eve Referred", 1, FALSE },
    { "Fay Withdrew", 1, FALSE },
  };
  ScreenTotals totals = { 0 };
  CorroGroup *group = find_group (fixture, TRICKY);
  CorroGroup *planned = find_group (fixture, PLANNED);
  GListModel *sessions;
  guint n_held = 0;

  totals.served = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  check_group (fixture, group, &totals, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GListModel *participants = corro_group_get_participants (group);

      for (guint p = 0; p < g_list_model_get_n_items (participants); p++)
        {
          g_autoptr(CorroParticipant) participant = g_list_model_get_item (participants, p);

          if (!g_str_equal (corro_participant_get_name (participant), expected[i].name))
            continue;
          g_assert_cmpuint (corro_participant_get_attended_chapters (participant), ==,
                            expected[i].chapters);
          g_assert_cmpuint (corro_participant_get_completion (participant) ==
                            CORRO_COMPLETION_COMPLETED, ==, expected[i].completed);
        }
    }

  /* 9 sessions: all held but chapter 7's (a caught-up mark alone); chapter 4 was held
   * with no one there. Served: Ana, Ben, Cleo, Fay; not Eve (referred), not Dee. */
  sessions = corro_group_get_sessions (group);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 9);
  for (guint s = 0; s < 9; s++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, s);

      n_held += corro_session_is_held (session);
      if (corro_session_get_chapter (session) == 7)
        g_assert_false (corro_session_is_held (session));
    }
  g_assert_cmpuint (n_held, ==, 8);
  g_assert_cmpuint (totals.sessions_held, ==, 8);
  g_assert_cmpuint (g_hash_table_size (totals.served), ==, 4);
  /* Attended at held sessions: ch1 4 (Ana P, Ben L, Cleo C, Fay P), ch2 3 (Ana L, Cleo P,
   * Eve P), ch3 1 (Cleo), ch3x 2 (Ana, Cleo), ch4 0, ch5 2 (Ana C, Cleo P), ch6 1, ch8 1. */
  g_assert_cmpuint (totals.attended_at_held, ==, 14);
  screen_totals_clear (&totals);

  /* The planned group: nothing held, no one served. */
  totals = (ScreenTotals) { 0 };
  totals.served = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  check_group (fixture, planned, &totals, FALSE);
  g_assert_cmpuint (totals.sessions_held, ==, 0);
  g_assert_cmpuint (g_hash_table_size (totals.served), ==, 0);
  screen_totals_clear (&totals);
}

/* The demo's running group on its pages and in its register, for a person to compare. */
static void
test_screenshots (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  ScreenTotals totals = { 0 };
  CorroGroup *group = find_group (fixture, "Thursday mornings — Riverside Family Hub");

  totals.served = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  check_group (fixture, group, &totals, TRUE);
  save_register_png (fixture, group);
  screen_totals_clear (&totals);
}

/* Preferences ▸ Age Bands: the defaults, a band in use kept, one added and removed. */
static void
test_age_bands_page (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  CorroRecords *records = corro_application_get_records (fixture->app);
  CorroPreferencesWindow *preferences = corro_preferences_window_new (fixture->app,
                                                                      fixture->window);
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GtkWidget *page;
  GListModel *bands = corro_records_get_age_bands (records);
  CorroAgeBand *added;

  gtk_window_set_default_size (GTK_WINDOW (preferences), 800, 700);
  gtk_window_present (GTK_WINDOW (preferences));
  pages = corro_test_find_widgets (GTK_WIDGET (preferences), CORRO_TYPE_AGE_BANDS_PAGE);
  g_assert_cmpuint (pages->len, ==, 1);
  page = g_ptr_array_index (pages, 0);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (preferences),
                                           ADW_PREFERENCES_PAGE (page));
  corro_test_wait_for_draw (GTK_WIDGET (preferences));
  g_free (corro_test_save_screenshot (GTK_WIDGET (preferences), "numbers-age-bands"));

  /* The five default bands; the demo's groups are in 0–2 and 0–5, so those are kept. */
  g_assert_cmpuint (g_list_model_get_n_items (bands), ==, 5);
  rows = corro_test_find_widgets (page, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 5);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(CorroAgeBand) band = g_list_model_get_item (bands, i);
      g_autoptr(GPtrArray) buttons = corro_test_find_widgets (g_ptr_array_index (rows, i),
                                                              GTK_TYPE_BUTTON);
      GtkWidget *remove = NULL;

      for (guint b = 0; b < buttons->len; b++)
        if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, b)),
                       "age-bands.remove") == 0)
          remove = g_ptr_array_index (buttons, b);

      g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), ==,
                       corro_age_band_get_label (band));
      g_assert_cmpuint (remove != NULL, ==, corro_age_band_get_n_groups (band) == 0);
    }
  g_assert_cmpuint (corro_age_band_get_n_groups (corro_records_find_age_band (records, "0-2")),
                    >, 0);

  /* Add: the English name is required; the Spanish one is shown in Spanish. */
  entries = corro_test_find_widgets (page, ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_false (gtk_widget_activate_action (page, "age-bands.add", NULL) &&
                  g_list_model_get_n_items (bands) != 5);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "Expecting parents");
  gtk_editable_set_text (g_ptr_array_index (entries, 1), "Futuros padres");
  gtk_widget_activate_action (page, "age-bands.add", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (bands), ==, 6);
  added = g_list_model_get_item (bands, 5);
  g_object_unref (added);   /* the list keeps it */
  g_assert_cmpstr (corro_age_band_get_label (added), ==,
                   g_str_equal (language (), "es") ? "Futuros padres" : "Expecting parents");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, "");
  corro_test_wait_for_draw (GTK_WIDGET (preferences));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = corro_test_find_widgets (page, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 6);

  /* A band in use stays; one no group is in goes. */
  gtk_widget_activate_action (page, "age-bands.remove", "s", "0-2");
  g_assert_nonnull (corro_records_find_age_band (records, "0-2"));
  gtk_widget_activate_action (page, "age-bands.remove", "s", corro_age_band_get_key (added));
  g_assert_cmpuint (g_list_model_get_n_items (bands), ==, 5);

  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int   argc,
      char *argv[])
{
  Fixture fixture = { 0 };
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  fixture_set_up (&fixture);

#define ADD(name, func) g_test_add_data_func ("/numbers/" name, &fixture, func)

  ADD ("same-everywhere", test_same_numbers);
  ADD ("tricky-by-hand", test_tricky_by_hand);
  ADD ("screenshots", test_screenshots);
  ADD ("age-bands-page", test_age_bands_page);

  status = g_test_run ();
  fixture_tear_down (&fixture);
  return status;
}
