/* test-sign-in-sheet.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blank sign-in sheet, read back with pdftotext, in English (en_GB) and Spanish
 * (es_MX): the enrolled are on it, the referred, the withdrawn and the erased are not;
 * a column for each session with its date as the locale writes it; one session's sheet
 * has a column to sign in; `corro --export-report sign-in` writes the same sheet.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "corro-date.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-session.h"
#include "corro-sign-in-sheet.h"
#include "corro-store.h"
#include "corro-test-util.h"

typedef struct
{
  char         *dir;
  char         *path;
  CorroStore   *store;
  CorroRecords *records;
  CorroGroup   *group;
} Fixture;

static CorroParticipant *
add_person (Fixture              *fixture,
            const char           *name,
            CorroEnrolmentStatus  status)
{
  g_autoptr(CorroParticipant) participant = corro_participant_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (corro_records_add_participant (fixture->records, fixture->group, participant,
                                                &error));
  g_assert_no_error (error);
  if (status != CORRO_ENROLMENT_REFERRED)
    g_assert_true (corro_records_set_status (fixture->records, fixture->group, participant,
                                             status, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&participant);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroParticipant) enrolled = NULL;
  g_autoptr(CorroParticipant) withdrawn = NULL;
  g_autoptr(CorroParticipant) referred = NULL;
  g_autoptr(CorroParticipant) erased = NULL;

  fixture->dir = corro_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "records.db", NULL);
  corro_test_fill_demo (fixture->path);
  fixture->store = corro_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->records = corro_records_new (fixture->store);
  g_assert_true (corro_records_load (fixture->records, &error));
  fixture->group = g_list_model_get_item (corro_records_get_groups (fixture->records), 0);
  g_assert_true (corro_records_load_group (fixture->records, fixture->group, &error));

  enrolled = add_person (fixture, "Begoña Núñez", CORRO_ENROLMENT_ENROLLED);
  withdrawn = add_person (fixture, "Wanda Withdrawn", CORRO_ENROLMENT_WITHDRAWN);
  referred = add_person (fixture, "Rita Referred", CORRO_ENROLMENT_REFERRED);
  erased = add_person (fixture, "Erin Erased", CORRO_ENROLMENT_ENROLLED);
  g_assert_true (corro_records_erase_participant (fixture->records, fixture->group, erased,
                                                  &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->group);
  g_clear_object (&fixture->records);
  g_clear_object (&fixture->store);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gboolean
in_spanish (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language != NULL && g_str_has_prefix (language, "es");
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Who is on it: the enrolled and those who completed, nobody else. */
static void
assert_names (Fixture    *fixture,
              const char *text)
{
  GListModel *participants = corro_group_get_participants (fixture->group);
  guint listed = 0;

  g_assert_null (strstr (text, "Erin Erased"));
  g_assert_null (strstr (text, "Wanda Withdrawn"));
  g_assert_null (strstr (text, "Rita Referred"));
  g_assert_nonnull (strstr (text, "Begoña Núñez"));
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(CorroParticipant) participant = g_list_model_get_item (participants, i);
      CorroEnrolmentStatus status = corro_participant_get_status (participant);
      gboolean on_it = strstr (text, corro_participant_get_name (participant)) != NULL;

      g_assert_cmpint (on_it, ==, status == CORRO_ENROLMENT_ENROLLED ||
                                  status == CORRO_ENROLMENT_COMPLETED);
      listed += on_it;
    }
  g_assert_cmpuint (listed, >=, 3);
}

static char *
save_and_read (CorroPdfDocument *sheet,
               const char       *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (corro_pdf_document_save (sheet, file, NULL, &error));
  g_assert_no_error (error);
  return pdf_text (path);
}

static void
test_group_sheet (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CorroPdfDocument) sheet = corro_sign_in_sheet_new (fixture->group, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "sheet.pdf", NULL);
  g_autofree char *text = save_and_read (sheet, path);
  GListModel *sessions = corro_group_get_sessions (fixture->group);
  double width, height;

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, in_spanish () ? "Hoja de firmas" : "Sign-in Sheet"));
  g_assert_nonnull (strstr (text, corro_group_get_name (fixture->group)));
  assert_names (fixture, text);

  /* A column for each session: its chapter and its date, day first, never ISO. */
  g_assert_cmpuint (g_list_model_get_n_items (sessions), >=, 8);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *shown = corro_date_format_local (corro_session_get_date (session));
      g_autofree char *chapter = g_strdup_printf (in_spanish () ? "Cap. %u" : "Ch. %u",
                                                  corro_session_get_chapter (session));

      g_assert_cmpstr (shown, !=, "");
      g_assert_nonnull (strstr (text, shown));
      g_assert_null (strstr (text, corro_session_get_date (session)));
      g_assert_nonnull (strstr (text, chapter));
    }

  /* Landscape, for all those columns. */
  corro_pdf_document_get_page_size (sheet, &width, &height);
  g_assert_cmpfloat (width, >, height);
}

static void
test_session_sheet (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CorroSession) session = g_list_model_get_item (
    corro_group_get_sessions (fixture->group), 2);
  g_autoptr(CorroPdfDocument) sheet = corro_sign_in_sheet_new (fixture->group, session);
  g_autofree char *path = g_build_filename (fixture->dir, "session.pdf", NULL);
  g_autofree char *text = save_and_read (sheet, path);
  g_autofree char *shown = corro_date_format_local (corro_session_get_date (session));
  g_autofree char *name = corro_sign_in_sheet_file_name (fixture->group, session);

  g_test_message ("%s", text);
  assert_names (fixture, text);
  g_assert_nonnull (strstr (text, in_spanish () ? "Firma" : "Signature"));
  g_assert_nonnull (strstr (text, shown));
  g_assert_null (strchr (name, '/'));
  g_assert_true (g_str_has_suffix (name, ".pdf"));
}

/* The command line writes the group's sheet; without a group it says what is missing. */
static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "cli.pdf", NULL);
  const char *argv[] = { g_getenv ("CORRO_EXE"), "--database", fixture->path,
                         "--export-report", "sign-in", "--group",
                         corro_group_get_name (fixture->group), "--output", path, NULL };
  const char *no_group[] = { g_getenv ("CORRO_EXE"), "--database", fixture->path,
                             "--export-report", "sign-in", "--output", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  int status = 0;

  g_clear_object (&fixture->records);
  g_clear_object (&fixture->store);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status,
                &error);
  g_assert_no_error (error);
  corro_test_assert_clean_log (err, "corro");
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  text = pdf_text (path);
  assert_names (fixture, text);

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_spawn_sync (NULL, (char **) no_group, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "--group"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
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

  g_test_add ("/sign-in-sheet/group", Fixture, NULL, fixture_set_up, test_group_sheet,
              fixture_tear_down);
  g_test_add ("/sign-in-sheet/session", Fixture, NULL, fixture_set_up, test_session_sheet,
              fixture_tear_down);
  g_test_add ("/sign-in-sheet/command-line", Fixture, NULL, fixture_set_up, test_command_line,
              fixture_tear_down);

  return g_test_run ();
}
