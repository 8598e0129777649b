/* test-reports.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reports on a known dataset built here (explicit marks, a withdrawn participant, a
 * caught-up chapter, two groups of different modes, age bands and facilitators, dates in
 * and out of a range), in the language of $LANGUAGE and the paper of $LC_ALL: their
 * numbers, the CSV read back through Corro's CSV reader, the PDF read back with poppler
 * (pdftotext, pdfinfo), and the real binary's --export-report and its errors.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "corro-csv.h"
#include "corro-labels.h"
#include "corro-report.h"
#include "corro-store-records.h"
#include "corro-store-reports.h"
#include "corro-test-util.h"

static const char * const titles_en[] = {
  "Welcome to the Circle", "Our children’s needs", "Being-With on the Circle",
  "Being-With infants", "The path to security", "Exploring our struggles",
  "Rupture and repair", "Summary and celebration",
};
static const char * const titles_es[] = {
  "Bienvenida al Círculo", "Las necesidades de nuestros hijos", "Estar-con en el Círculo",
  "Estar-con los bebés", "El camino a la seguridad", "Explorando nuestras dificultades",
  "Ruptura y reparación", "Resumen y celebración",
};

#define SAM "O'Neill, \"Sam\""

typedef struct
{
  char       *dir;
  char       *path;
  CorroStore *store;
  gint64      tuesday;
  gint64      thursday;
} Fixture;

/* helpers */

static gint64
add_group (CorroStore       *store,
           const char       *name,
           CorroGroupMode    mode,
           const char       *age_band,
           const char       *facilitators,
           const char       *start,
           CorroGroupStatus  status)
{
  g_autoptr(GError) error = NULL;
  CorroStoreGroup group = { 0 };
  gint64 id;

  group.name = (char *) name;
  group.programme_id = (char *) "cosp";
  group.mode = mode;
  group.age_band = (char *) age_band;
  group.venue = (char *) "";
  group.facilitators = (char *) facilitators;
  group.language = (char *) "";
  group.start_date = (char *) start;
  group.status = status;
  id = corro_store_create_group (store, &group, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
add_member (CorroStore *store,
            gint64      group_id,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  CorroStoreParticipant participant = { 0 };
  CorroStoreEnrolment enrolment = { 0 };
  gint64 id;

  participant.name = (char *) name;
  participant.child_age_months = -1;
  participant.language = participant.phone = participant.email = (char *) "";
  participant.consent_scope = (char *) "";
  id = corro_store_insert_participant (store, &participant, &error);
  g_assert_no_error (error);
  enrolment.group_id = group_id;
  enrolment.participant_id = id;
  enrolment.referral_source = (char *) "";
  enrolment.status = CORRO_ENROLMENT_ENROLLED;
  corro_store_enrol (store, &enrolment, &error);
  g_assert_no_error (error);
  return id;
}

/* Marks one participant at a group's sessions, in chapter order: "PLAEC-". */
static void
mark (CorroStore *store,
      gint64      group_id,
      gint64      participant_id,
      const char *marks)
{
  g_autoptr(GPtrArray) sessions = corro_store_list_sessions (store, group_id, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; marks[i] != '\0' && i < sessions->len; i++)
    {
      CorroStoreSession *session = g_ptr_array_index (sessions, i);
      const char *letters = "-PLAEC";
      const char *found = strchr (letters, marks[i]);

      g_assert_nonnull (found);
      if (found == letters)
        continue;
      corro_store_set_attendance (store, session->id, participant_id,
                                  (CorroAttendanceMark) (found - letters), &error);
      g_assert_no_error (error);
    }
}

static void
hold_sessions (CorroStore *store,
               gint64      group_id,
               guint       n_held)
{
  g_autoptr(GPtrArray) sessions = corro_store_list_sessions (store, group_id, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_held; i++)
    {
      CorroStoreSession *session = g_ptr_array_index (sessions, i);

      session->held = TRUE;
      corro_store_update_session (store, session, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CorroStoreChapter chapters[8];
  CorroStoreReflection note = { 0 };
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 id;

  fixture->dir = corro_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "records.db", NULL);
  fixture->store = corro_store_open (fixture->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 8; i++)
    {
      chapters[i].number = i + 1;
      chapters[i].title_en = titles_en[i];
      chapters[i].title_es = titles_es[i];
      chapters[i].plan = "{}";
    }
  corro_store_put_programme (fixture->store, "cosp", "{}", chapters, 8, &error);
  g_assert_no_error (error);
  corro_store_set_team_name (fixture->store, "Equipo Coyoacán", &error);
  g_assert_no_error (error);

  /* A finished in-person group, January and February 2025. */
  fixture->tuesday = add_group (fixture->store, "Martes — Coyoacán", CORRO_GROUP_MODE_IN_PERSON,
                                "0-5", "Mariana Ortega, Diego Salas", "2025-01-07",
                                CORRO_GROUP_STATUS_FINISHED);
  hold_sessions (fixture->store, fixture->tuesday, 8);
  mark (fixture->store, fixture->tuesday,
        add_member (fixture->store, fixture->tuesday, "Begoña Núñez"), "PPPPPPPP");
  mark (fixture->store, fixture->tuesday,
        add_member (fixture->store, fixture->tuesday, SAM), "PPPPPCAA");
  id = add_member (fixture->store, fixture->tuesday, "Zoë Müller");
  mark (fixture->store, fixture->tuesday, id, "PPA");
  {
    g_autoptr(GPtrArray) enrolments = corro_store_list_enrolments_of (fixture->store, id, NULL);
    CorroStoreMember *member = g_ptr_array_index (enrolments, 0);

    corro_store_set_enrolment_status (fixture->store, member->enrolment.id,
                                      CORRO_ENROLMENT_WITHDRAWN, "Moved away", "2025-01-25",
                                      &error);
    g_assert_no_error (error);
  }

  /* Notes on the first session: one for the record, one for supervision only. */
  sessions = corro_store_list_sessions (fixture->store, fixture->tuesday, NULL);
  note.kind = CORRO_REFLECTION_SESSION;
  note.session_id = ((CorroStoreSession *) g_ptr_array_index (sessions, 0))->id;
  note.text = (char *) "Buen grupo, mucha confianza.";
  corro_store_finalise_reflection (fixture->store,
                                   corro_store_insert_reflection (fixture->store, &note, &error),
                                   &error);
  g_assert_no_error (error);
  /* A draft on the second session: still being written, never in a report. */
  note.session_id = ((CorroStoreSession *) g_ptr_array_index (sessions, 1))->id;
  note.text = (char *) "DRAFT-ONLY half a thought";
  corro_store_insert_reflection (fixture->store, &note, &error);
  g_assert_no_error (error);
  note.session_id = ((CorroStoreSession *) g_ptr_array_index (sessions, 0))->id;
  note.kind = CORRO_REFLECTION_SELF;
  note.text = (char *) "SUPERVISION-ONLY shark music";
  corro_store_insert_reflection (fixture->store, &note, &error);
  g_assert_no_error (error);

  /* A running online group from June 2025; one person only referred. */
  fixture->thursday = add_group (fixture->store, "Thursday online", CORRO_GROUP_MODE_ONLINE,
                                 "0-2", "Hannah Reid", "2025-06-05",
                                 CORRO_GROUP_STATUS_RUNNING);
  hold_sessions (fixture->store, fixture->thursday, 3);
  mark (fixture->store, fixture->thursday,
        add_member (fixture->store, fixture->thursday, "Tom Baker"), "PLE");
  {
    CorroStoreParticipant participant = { 0 };
    CorroStoreEnrolment enrolment = { 0 };

    participant.name = (char *) "Ñandú Referred";
    participant.child_age_months = -1;
    participant.language = participant.phone = participant.email = (char *) "";
    participant.consent_scope = (char *) "";
    enrolment.participant_id = corro_store_insert_participant (fixture->store, &participant,
                                                               NULL);
    enrolment.group_id = fixture->thursday;
    enrolment.referral_source = (char *) "";
    enrolment.status = CORRO_ENROLMENT_REFERRED;
    g_assert_cmpint (corro_store_enrol (fixture->store, &enrolment, NULL), >, 0);
  }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static CorroReport *
compute (Fixture         *fixture,
         CorroReportKind  kind,
         gint64           group_id,
         const char      *from,
         const char      *to,
         gboolean         notes)
{
  g_autoptr(GError) error = NULL;
  CorroReportOptions options = { kind, group_id, from, to, notes, "Equipo Coyoacán" };
  CorroReport *report = corro_report_compute (fixture->store, &options, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* The CSV, read back through Corro's own CSV reader: header first. */
static GPtrArray *
read_csv (CorroReport *report)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) corro_csv_record_free);
  const char *text;
  gsize length;
  guint open_quote = 0;

  g_assert_true (corro_report_write_csv (report, stream, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (stream, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  text = g_bytes_get_data (bytes, &length);

  /* UTF-8 with a byte-order mark, CRLF line ends */
  g_assert_true (length > 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0);
  g_assert_true (g_utf8_validate (text, (gssize) length, NULL));
  g_assert_nonnull (strstr (text, "\r\n"));
  g_assert_true (corro_csv_split (text + 3, length - 3, ',', records, &open_quote));
  return records;
}

static const char *
field (GPtrArray  *records,
       guint       row,
       const char *column)
{
  CorroCsvRecord *header = g_ptr_array_index (records, 0);
  CorroCsvRecord *record = g_ptr_array_index (records, row);

  for (guint i = 0; i < header->fields->len; i++)
    if (g_str_equal (g_ptr_array_index (header->fields, i), column))
      return g_ptr_array_index (record->fields, i);

  g_assert_not_reached ();
}

static guint
find_row (GPtrArray  *records,
          const char *column,
          const char *value)
{
  for (guint i = 1; i < records->len; i++)
    if (g_strcmp0 (field (records, i, column), value) == 0)
      return i;

  return 0;
}

static char *
run_tool (const char *tool,
          const char *arg1,
          const char *arg2,
          const char *path)
{
  const char *argv[] = { tool, arg1, arg2, path, arg2 != NULL ? "-" : NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (g_str_equal (tool, "pdftotext"))
    {
      argv[1] = "-layout";
      argv[2] = path;
      argv[3] = "-";
      argv[4] = NULL;
    }
  else
    {
      argv[1] = path;
      argv[2] = NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
write_pdf (Fixture     *fixture,
           CorroReport *report,
           const char  *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (corro_report_save (report, file, TRUE, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static gboolean
spanish (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language != NULL && g_str_has_prefix (language, "es");
}

/* tests */

static void
test_register_numbers (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CorroReport) report = compute (fixture, CORRO_REPORT_REGISTER, 0, NULL, NULL,
                                           FALSE);
  g_autoptr(GPtrArray) csv = read_csv (report);
  guint begona, sam, zoe, tom;

  g_assert_cmpuint (corro_report_get_n_sections (report), ==, 2);
  /* Header plus three in Tuesday's group and one in Thursday's: the referral is not on it. */
  g_assert_cmpuint (csv->len, ==, 5);
  g_assert_cmpuint (find_row (csv, "participant", "Ñandú Referred"), ==, 0);

  begona = find_row (csv, "participant", "Begoña Núñez");
  sam = find_row (csv, "participant", SAM);
  zoe = find_row (csv, "participant", "Zoë Müller");
  tom = find_row (csv, "participant", "Tom Baker");
  g_assert_cmpuint (begona * sam * zoe * tom, >, 0);

  g_assert_cmpstr (field (csv, begona, "group"), ==, "Martes — Coyoacán");
  g_assert_cmpstr (field (csv, begona, "attended_chapters"), ==, "8");
  g_assert_cmpstr (field (csv, begona, "completion"), ==, "completed");
  /* Caught up counts towards completion: 5 present + 1 caught up = 6 of the 6 required. */
  g_assert_cmpstr (field (csv, sam, "chapter_6"), ==, "caught-up");
  g_assert_cmpstr (field (csv, sam, "chapter_7"), ==, "absent");
  g_assert_cmpstr (field (csv, sam, "attended_chapters"), ==, "6");
  g_assert_cmpstr (field (csv, sam, "required_chapters"), ==, "6");
  g_assert_cmpstr (field (csv, sam, "completion"), ==, "completed");
  g_assert_cmpstr (field (csv, zoe, "status"), ==, "withdrawn");
  g_assert_cmpstr (field (csv, zoe, "chapter_3"), ==, "absent");
  g_assert_cmpstr (field (csv, zoe, "chapter_4"), ==, "");
  g_assert_cmpstr (field (csv, zoe, "completion"), ==, "not-completed");
  g_assert_cmpstr (field (csv, tom, "chapter_2"), ==, "late");
  g_assert_cmpstr (field (csv, tom, "chapter_3"), ==, "excused");
  g_assert_cmpstr (field (csv, tom, "attended_chapters"), ==, "2");
  g_assert_cmpstr (field (csv, tom, "completion"), ==, "in-progress");
}

static void
test_completion_numbers (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CorroReport) report = compute (fixture, CORRO_REPORT_COMPLETION, fixture->tuesday,
                                           NULL, NULL, FALSE);
  g_autoptr(GPtrArray) csv = read_csv (report);
  guint zoe = find_row (csv, "participant", "Zoë Müller");

  g_assert_cmpuint (corro_report_get_n_sections (report), ==, 1);
  g_assert_cmpuint (csv->len, ==, 4);
  g_assert_cmpstr (field (csv, zoe, "status_date"), ==, "2025-01-25");
  g_assert_cmpstr (field (csv, zoe, "attended_chapters"), ==, "2");
  g_assert_cmpstr (field (csv, find_row (csv, "participant", SAM), "completion"), ==,
                   "completed");
}

static void
test_summary_numbers (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CorroReport) all = compute (fixture, CORRO_REPORT_SUMMARY, 0, NULL, NULL, FALSE);
  g_autoptr(CorroReport) spring = compute (fixture, CORRO_REPORT_SUMMARY, 0, "2025-01-01",
                                           "2025-03-31", FALSE);
  g_autoptr(CorroReport) june = compute (fixture, CORRO_REPORT_SUMMARY, 0, "2025-06-01",
                                         "2025-06-30", FALSE);
  g_autoptr(GPtrArray) csv = read_csv (all);
  g_autoptr(GPtrArray) spring_csv = read_csv (spring);
  g_autoptr(GPtrArray) june_csv = read_csv (june);
  guint row = find_row (csv, "breakdown", "all");

  /* Every date: 2 groups, 11 sessions, 4 people (the referral was never served), 22 marks
   * of which 18 attended, 2 completed and 1 not (Tom is still in progress). */
  g_assert_cmpstr (field (csv, row, "groups"), ==, "2");
  g_assert_cmpstr (field (csv, row, "sessions_held"), ==, "11");
  g_assert_cmpstr (field (csv, row, "people_served"), ==, "4");
  g_assert_cmpstr (field (csv, row, "marks"), ==, "22");
  g_assert_cmpstr (field (csv, row, "attended"), ==, "18");
  g_assert_cmpstr (field (csv, row, "attendance_rate"), ==, "0.818");
  g_assert_cmpstr (field (csv, row, "completed"), ==, "2");
  g_assert_cmpstr (field (csv, row, "not_completed"), ==, "1");
  g_assert_cmpstr (field (csv, row, "completion_rate"), ==, "0.667");

  row = find_row (csv, "value", "online");
  g_assert_cmpstr (field (csv, row, "breakdown"), ==, "mode");
  g_assert_cmpstr (field (csv, row, "people_served"), ==, "1");
  g_assert_cmpstr (field (csv, row, "sessions_held"), ==, "3");
  row = find_row (csv, "value", "0-5");
  g_assert_cmpstr (field (csv, row, "breakdown"), ==, "age_band");
  g_assert_cmpstr (field (csv, row, "people_served"), ==, "3");
  row = find_row (csv, "value", "Diego Salas");
  g_assert_cmpstr (field (csv, row, "breakdown"), ==, "facilitator");
  g_assert_cmpstr (field (csv, row, "groups"), ==, "1");
  g_assert_cmpuint (find_row (csv, "value", "Mariana Ortega"), >, 0);

  /* January to March: Tuesday's group only. */
  row = find_row (spring_csv, "breakdown", "all");
  g_assert_cmpstr (field (spring_csv, row, "from"), ==, "2025-01-01");
  g_assert_cmpstr (field (spring_csv, row, "to"), ==, "2025-03-31");
  g_assert_cmpstr (field (spring_csv, row, "groups"), ==, "1");
  g_assert_cmpstr (field (spring_csv, row, "sessions_held"), ==, "8");
  g_assert_cmpstr (field (spring_csv, row, "people_served"), ==, "3");
  g_assert_cmpstr (field (spring_csv, row, "attended"), ==, "16");
  g_assert_cmpuint (find_row (spring_csv, "value", "online"), ==, 0);

  /* June: Thursday's three sessions (5, 12 and 19 June). */
  row = find_row (june_csv, "breakdown", "all");
  g_assert_cmpstr (field (june_csv, row, "groups"), ==, "1");
  g_assert_cmpstr (field (june_csv, row, "sessions_held"), ==, "3");
  g_assert_cmpstr (field (june_csv, row, "people_served"), ==, "1");
}

static void
test_bad_range (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CorroReportOptions options = { CORRO_REPORT_SUMMARY, 0, "2025-12-31", "2025-01-01", FALSE,
                                 NULL };

  g_assert_null (corro_report_compute (fixture->store, &options, NULL, &error));
  g_assert_error (error, CORRO_REPORT_ERROR, CORRO_REPORT_ERROR_INVALID);
  g_clear_error (&error);
  options.from = "2025-02-30";
  g_assert_null (corro_report_compute (fixture->store, &options, NULL, &error));
  g_assert_error (error, CORRO_REPORT_ERROR, CORRO_REPORT_ERROR_INVALID);
}

static void
test_csv_round_trip (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CorroReport) report = compute (fixture, CORRO_REPORT_REGISTER, 0, NULL, NULL,
                                           TRUE);
  g_autoptr(GPtrArray) csv = read_csv (report);
  const char * const *columns = corro_report_get_csv_columns (report);
  CorroCsvRecord *header = g_ptr_array_index (csv, 0);
  guint n = 1;

  g_assert_cmpuint (header->fields->len, ==, g_strv_length ((char **) columns));
  for (guint i = 0; columns[i] != NULL; i++)
    g_assert_cmpstr (g_ptr_array_index (header->fields, i), ==, columns[i]);

  /* Every data row comes back field for field, accents, comma and quotes included. */
  for (guint s = 0; s < corro_report_get_n_sections (report); s++)
    {
      const CorroReportSection *section = corro_report_get_section (report, s);

      for (guint b = 0; b < section->blocks->len; b++)
        {
          CorroReportBlock *block = g_ptr_array_index (section->blocks, b);

          for (guint r = 0; block->rows != NULL && r < block->rows->len; r++)
            {
              CorroReportRow *row = g_ptr_array_index (block->rows, r);
              CorroCsvRecord *record;

              if (row->values == NULL)
                continue;
              record = g_ptr_array_index (csv, n++);
              for (guint i = 0; row->values[i] != NULL; i++)
                g_assert_cmpstr (g_ptr_array_index (record->fields, i), ==, row->values[i]);
            }
        }
    }
  g_assert_cmpuint (n, ==, csv->len);
  g_assert_cmpuint (find_row (csv, "participant", SAM), >, 0);
  /* Notes never go into a CSV. */
  for (guint i = 0; i < csv->len; i++)
    {
      CorroCsvRecord *record = g_ptr_array_index (csv, i);

      for (guint f = 0; f < record->fields->len; f++)
        g_assert_null (strstr (g_ptr_array_index (record->fields, f), "Buen grupo"));
    }
}

static void
test_pdf_register (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CorroReport) plain = compute (fixture, CORRO_REPORT_REGISTER, fixture->tuesday,
                                          NULL, NULL, FALSE);
  g_autoptr(CorroReport) noted = compute (fixture, CORRO_REPORT_REGISTER, fixture->tuesday,
                                          NULL, NULL, TRUE);
  g_autofree char *plain_path = write_pdf (fixture, plain, "plain.pdf");
  g_autofree char *noted_path = write_pdf (fixture, noted, "noted.pdf");
  g_autofree char *text = run_tool ("pdftotext", NULL, NULL, plain_path);
  g_autofree char *noted_text = run_tool ("pdftotext", NULL, NULL, noted_path);
  g_autofree char *info = run_tool ("pdfinfo", NULL, NULL, plain_path);
  const char *locale = g_getenv ("LC_ALL");
  gboolean letter = locale != NULL && g_str_has_prefix (locale, "es_MX");

  g_assert_nonnull (strstr (text, "Begoña Núñez"));
  g_assert_nonnull (strstr (text, "Zoë Müller"));
  g_assert_nonnull (strstr (text, "O'Neill, \"Sam\""));
  g_assert_nonnull (strstr (text, "Equipo Coyoacán"));
  g_assert_nonnull (strstr (text, _("Attendance Register")));
  g_assert_nonnull (strstr (text, _("Participant")));
  for (guint i = 0; i < 8; i++)
    {
      const char *title = spanish () ? titles_es[i] : titles_en[i];
      const char *other = spanish () ? titles_en[i] : titles_es[i];

      g_assert_nonnull (strstr (text, title));
      g_assert_null (strstr (text, other));
    }
  /* The legend explains each letter with a word that begins with it, in either language,
   * the letters being the attendance screen's (one function gives both). */
  {
    static const CorroAttendanceMark marks[] = {
      CORRO_ATTENDANCE_PRESENT, CORRO_ATTENDANCE_LATE, CORRO_ATTENDANCE_ABSENT,
      CORRO_ATTENDANCE_EXCUSED, CORRO_ATTENDANCE_CAUGHT_UP,
    };

    for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
      {
        const char *mark_letter = corro_label_attendance_letter (marks[i]);
        const char *word = corro_label_attendance_word (marks[i]);
        g_autofree char *entry = g_strdup_printf ("%s %s", mark_letter, word);

        g_assert_true (g_str_has_prefix (word, mark_letter));
        g_assert_nonnull (strstr (text, entry));
      }
    if (spanish ())
      {
        const char *expected[] = { "A Asistió", "T Tarde", "F Faltó", "J Justificada",
                                   "R Recuperó después" };

        for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
          g_assert_nonnull (strstr (text, expected[i]));
      }
  }
  /* Session notes only when asked; supervision notes never. */
  g_assert_null (strstr (text, "Buen grupo"));
  g_assert_nonnull (strstr (noted_text, "Buen grupo, mucha confianza."));
  g_assert_null (strstr (noted_text, "DRAFT-ONLY"));
  g_assert_null (strstr (noted_text, "SUPERVISION-ONLY"));
  /* The paper follows LC_PAPER: Letter in Mexico, A4 in Britain (and in C). */
  g_assert_nonnull (strstr (info, letter ? "612 x 792 pts (letter)"
                                         : "595.276 x 841.89 pts (A4)"));
}

static void
test_pdf_page_breaks (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CorroReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  gint64 group;
  guint n_pages = 0;
  g_autofree char *pages_line = NULL;

  group = add_group (fixture->store, "Sixty", CORRO_GROUP_MODE_IN_PERSON, "", "", "2025-09-01",
                     CORRO_GROUP_STATUS_RUNNING);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %02u Ibáñez", i + 1);

      mark (fixture->store, group, add_member (fixture->store, group, name), "PL");
    }

  report = compute (fixture, CORRO_REPORT_REGISTER, group, NULL, NULL, FALSE);
  path = write_pdf (fixture, report, "sixty.pdf");
  info = run_tool ("pdfinfo", NULL, NULL, path);
  pages_line = g_strdup (strstr (info, "Pages:"));
  g_assert_nonnull (pages_line);
  sscanf (pages_line, "Pages: %u", &n_pages);
  g_assert_cmpuint (n_pages, >=, 2);

  /* Every page that holds participants starts their table with its header row; every
   * participant is there once, whole (a row is never split across pages). */
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *first = g_strdup_printf ("%u", p);
      const char *argv[] = { "pdftotext", "-layout", "-f", first, "-l", first, path, "-", NULL };
      g_autofree char *text = NULL;
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL,
                    &status, NULL);
      if (strstr (text, "Ibáñez") != NULL)
        {
          const char *header = strstr (text, _("Participant"));
          const char *person = strstr (text, "Person ");

          g_assert_nonnull (header);
          g_assert_true (header < person);
        }
    }
  {
    g_autofree char *text = run_tool ("pdftotext", NULL, NULL, path);

    for (guint i = 0; i < 60; i++)
      {
        g_autofree char *name = g_strdup_printf ("Person %02u Ibáñez", i + 1);
        const char *at = strstr (text, name);

        g_assert_nonnull (at);
        g_assert_null (strstr (at + 1, name));
      }
  }
}

/* the real binary */

typedef struct {
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

static void
run_corro (Run                *run,
           const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CORRO_EXE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "CORRO_DATABASE");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (child);
  corro_test_assert_clean_log (run->err, "corro");
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (fixture->dir, "register.csv", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (fixture->dir, "no-such-folder", "x.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->store);

  {
    const char *args[] = { "--database", fixture->path, "--export-report", "register",
                           "--group", "martes — coyoacán", "--format", "csv", "--output", csv,
                           NULL };
    g_auto(Run) run = { 0 };

    run_corro (&run, args);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_file_get_contents (csv, &contents, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (contents, "\"O'Neill, \"\"Sam\"\"\""));
    g_assert_null (strstr (contents, "Tom Baker"));
  }
  {
    const char *args[] = { "--database", fixture->path, "--export-report", "summary",
                           "--from", "01/01/2025", "--to", "2025-03-31", "--format", "pdf",
                           "--output", pdf, NULL };
    g_auto(Run) run = { 0 };

    run_corro (&run, args);
    g_assert_cmpint (run.status, ==, 0);
    text = run_tool ("pdftotext", NULL, NULL, pdf);
    g_assert_nonnull (strstr (text, "3 people in 1 group"));
  }
  {
    const char *args[] = { "--database", fixture->path, "--export-report", "summary",
                           "--format", "csv", "--output", "-", NULL };
    g_auto(Run) run = { 0 };

    run_corro (&run, args);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "\xef\xbb\xbf" "from,to,breakdown,value,"));
  }

  /* Errors: a clear message, exit 1, no file left behind. */
  {
    g_autofree char *missing = g_build_filename (fixture->dir, "missing.csv", NULL);
    const char *unknown[] = { "--database", fixture->path, "--export-report", "register",
                              "--group", "Nobody's group", "--format", "csv", "--output",
                              missing, NULL };
    const char *bad_date[] = { "--database", fixture->path, "--export-report", "summary",
                               "--from", "2025-13-45", "--format", "csv", "--output", missing,
                               NULL };
    const char *unwritable[] = { "--database", fixture->path, "--export-report", "summary",
                                 "--format", "pdf", "--output", nowhere, NULL };
    const char *bad_kind[] = { "--database", fixture->path, "--export-report", "everything",
                               "--format", "pdf", "--output", missing, NULL };
    g_auto(Run) a = { 0 };
    g_auto(Run) b = { 0 };
    g_auto(Run) c = { 0 };
    g_auto(Run) d = { 0 };

    run_corro (&a, unknown);
    g_assert_cmpint (a.status, ==, 1);
    g_assert_cmpstr (a.err, ==, "corro: There is no group called “Nobody's group”.\n");
    run_corro (&b, bad_date);
    g_assert_cmpint (b.status, ==, 1);
    /* The message of the interface's date fields, from the same reader. */
    g_assert_cmpstr (b.err, ==, "corro: “2025-13-45” is not a date: write it as 25/12/2026 or "
                                "2026-12-25.\n");
    run_corro (&c, unwritable);
    g_assert_cmpint (c.status, ==, 1);
    g_assert_true (g_str_has_prefix (c.err, "corro: Could not write “"));
    run_corro (&d, bad_kind);
    g_assert_cmpint (d.status, ==, 1);
    g_assert_nonnull (strstr (d.err, "register, completion or summary"));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  }
}

/* Reports name participants: saved readable by their owner only, even over an old file
 * anyone could read; a save that fails leaves the old file as it was. */
static void
test_private_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CorroReport) report = compute (fixture, CORRO_REPORT_REGISTER, 0, NULL, NULL,
                                           FALSE);
  const char *names[] = { "register.csv", "register.pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gboolean pdf = g_str_has_suffix (names[i], ".pdf");
      GStatBuf st;

      g_assert_true (g_file_set_contents_full (path, "old", -1, G_FILE_SET_CONTENTS_NONE,
                                               0644, &error));
      g_cancellable_cancel (cancelled);
      g_assert_false (corro_report_save (report, file, pdf, cancelled, &error));
      g_assert_error (error, CORRO_REPORT_ERROR, CORRO_REPORT_ERROR_WRITE);
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      g_assert_cmpstr (contents, ==, "old");
      g_clear_pointer (&contents, g_free);

      g_assert_true (corro_report_save (report, file, pdf, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      g_assert_true (g_str_has_prefix (contents, pdf ? "%PDF" : "\xef\xbb\xbf"));
    }
}

static void
on_computed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CorroReport **report = user_data;
  g_autoptr(GError) error = NULL;

  *report = corro_report_compute_finish (result, &error);
  g_assert_no_error (error);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **saved = user_data;

  *saved = g_object_ref (result);
}

/* Computed on a worker thread while the main loop runs on. */
static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CorroReport) report = NULL;
  CorroReportOptions options = { CORRO_REPORT_SUMMARY, 0, NULL, NULL, FALSE, "Team" };

  corro_report_compute_async (fixture->store, &options, NULL, on_computed_cb, &report);
  while (report == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (corro_report_get_n_sections (report), ==, 1);
  g_assert_cmpstr (corro_report_get_team_name (report), ==, "Team");

  /* Saved on a worker thread too: the file appears whole, readable by its owner only. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GAsyncResult) saved = NULL;
    g_autoptr(GError) error = NULL;
    GStatBuf st;

    corro_report_save_async (report, file, TRUE, NULL, on_saved_cb, &saved);
    while (saved == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (corro_report_save_finish (report, saved, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_assert_cmpint (st.st_size, >, 1000);
  }
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

#define ADD(name, func) \
  g_test_add ("/reports/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("register", test_register_numbers);
  ADD ("completion", test_completion_numbers);
  ADD ("summary", test_summary_numbers);
  ADD ("bad-range", test_bad_range);
  ADD ("csv-round-trip", test_csv_round_trip);
  ADD ("pdf-register", test_pdf_register);
  ADD ("pdf-page-breaks", test_pdf_page_breaks);
  ADD ("cli", test_cli);
  ADD ("private-files", test_private_files);
  ADD ("async", test_async);

  return g_test_run ();
}
