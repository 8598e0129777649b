/* test-participant-import.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Participants and referrals from CSV files as spreadsheets write them: encodings,
 * separators, quoting, line ends, headings in English or Spanish, every kind of bad
 * row, and all rows or none.
 */

#include "config.h"

#include <string.h>

#include "corro-participant.h"
#include "corro-participant-import.h"
#include "corro-store-records.h"
#include "corro-test-util.h"

static CorroParticipantImport *
load (const char *text)
{
  CorroParticipantImport *import = corro_participant_import_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  corro_participant_import_load (import, bytes, "people.csv");
  return import;
}

static CorroParticipant *
row (CorroParticipantImport *import,
     guint                   index)
{
  g_autoptr(CorroParticipant) participant =
    g_list_model_get_item (corro_participant_import_get_participants (import), index);

  g_assert_nonnull (participant);
  return participant;
}

static void
assert_no_problems (CorroParticipantImport *import)
{
  const char * const *errors = corro_participant_import_get_errors (import);
  const char * const *warnings = corro_participant_import_get_warnings (import);

  for (guint i = 0; errors[i] != NULL; i++)
    g_test_message ("error: %s", errors[i]);
  for (guint i = 0; warnings[i] != NULL; i++)
    g_test_message ("warning: %s", warnings[i]);
  g_assert_false (corro_participant_import_has_errors (import));
  g_assert_null (errors[0]);
  g_assert_null (warnings[0]);
}

static void
assert_errors (CorroParticipantImport *import,
               const char * const     *expected)
{
  const char * const *errors = corro_participant_import_get_errors (import);
  guint n = 0;

  for (; errors[n] != NULL; n++)
    g_test_message ("error: %s", errors[n]);
  g_assert_true (corro_participant_import_has_errors (import));
  g_assert_cmpuint (n, ==, g_strv_length ((GStrv) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (errors[i], ==, expected[i]);
}

static CorroStore *
open_store (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GError) error = NULL;
  CorroStore *store = corro_store_open (path, &error);
  CorroStoreChapter chapter = { .number = 1, .plan = "{}" };

  g_assert_no_error (error);
  corro_store_put_programme (store, "cosp", "{}", &chapter, 1, &error);
  g_assert_no_error (error);
  return store;
}

static void
test_good_file (void)
{
  g_autoptr(CorroParticipantImport) import = NULL;
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  CorroStoreGroup group = { .name = (char *) "Spring", .programme_id = (char *) "cosp" };
  CorroStoreMember *member;
  gint64 group_id = 0;
  CorroParticipant *p;

  import = load ("name,relationship,child_age,language,phone,email,referral_source,"
                 "referral_date\n"
                 "Tom Baker,father,2,English,07700 900112,tom@example.org,Health visitor,"
                 "2025-03-31\n"
                 "Priya Sharma,Mum,18m,en,,,GP,31/03/2025\n"
                 "Sam O'Neill,foster carer,,,,,,\n");
  assert_no_problems (import);
  g_assert_cmpint (corro_participant_import_get_separator (import), ==, ',');
  g_assert_cmpuint (corro_participant_import_get_n_rows (import), ==, 3);
  g_assert_cmpuint (corro_participant_import_get_row_line (import, 2), ==, 4);
  g_assert_null (corro_participant_import_get_row_problem (import, 0));

  p = row (import, 0);
  g_assert_cmpstr (corro_participant_get_name (p), ==, "Tom Baker");
  g_assert_cmpint (corro_participant_get_relationship (p), ==, CORRO_RELATIONSHIP_FATHER);
  g_assert_cmpint (corro_participant_get_child_age_months (p), ==, 24);
  g_assert_cmpstr (corro_participant_get_language (p), ==, "en");
  g_assert_cmpstr (corro_participant_get_phone (p), ==, "07700 900112");
  g_assert_cmpstr (corro_participant_get_email (p), ==, "tom@example.org");
  g_assert_cmpstr (corro_participant_get_referral_source (p), ==, "Health visitor");
  g_assert_cmpstr (corro_participant_get_referral_date (p), ==, "2025-03-31");
  p = row (import, 1);
  g_assert_cmpint (corro_participant_get_relationship (p), ==, CORRO_RELATIONSHIP_MOTHER);
  g_assert_cmpint (corro_participant_get_child_age_months (p), ==, 18);
  g_assert_cmpstr (corro_participant_get_referral_date (p), ==, "2025-03-31");
  p = row (import, 2);
  g_assert_cmpint (corro_participant_get_relationship (p), ==, CORRO_RELATIONSHIP_FOSTER_CARER);
  g_assert_cmpint (corro_participant_get_child_age_months (p), ==, -1);
  g_assert_null (corro_participant_get_referral_date (p));

  /* Into a group made in the same transaction. */
  store = open_store (dir);
  g_assert_true (corro_participant_import_commit (import, store, 0, &group, &group_id, &error));
  g_assert_no_error (error);
  members = corro_store_list_members (store, group_id, &error);
  g_assert_cmpuint (members->len, ==, 3);
  member = g_ptr_array_index (members, 1);
  g_assert_cmpstr (member->participant.name, ==, "Sam O'Neill");
  g_assert_cmpint (member->enrolment.status, ==, CORRO_ENROLMENT_REFERRED);

  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

static void
test_spanish_semicolons_bom_crlf (void)
{
  g_autoptr(CorroParticipantImport) import = NULL;
  CorroParticipant *p;

  /* As a Spanish spreadsheet saves "CSV UTF-8": BOM, semicolons, CRLF, accents. */
  import = load ("\xef\xbb\xbf" "Nombre;Parentesco;Edad niño;Idioma;Teléfono;Correo;Origen;"
                 "Fecha derivación\r\n"
                 "Begoña Núñez;Abuela;3;Español;55 5555 0101;begona@example.org;Centro de "
                 "salud;05/02/2025\r\n"
                 "Jürgen Müller;padre;18 meses;alemán;;;DIF;2025-02-06\r\n");
  assert_no_problems (import);
  g_assert_cmpint (corro_participant_import_get_separator (import), ==, ';');
  g_assert_cmpuint (corro_participant_import_get_n_rows (import), ==, 2);

  p = row (import, 0);
  g_assert_cmpstr (corro_participant_get_name (p), ==, "Begoña Núñez");
  g_assert_cmpint (corro_participant_get_relationship (p), ==, CORRO_RELATIONSHIP_GRANDPARENT);
  g_assert_cmpint (corro_participant_get_child_age_months (p), ==, 36);
  g_assert_cmpstr (corro_participant_get_language (p), ==, "es");
  g_assert_cmpstr (corro_participant_get_phone (p), ==, "55 5555 0101");
  g_assert_cmpstr (corro_participant_get_referral_source (p), ==, "Centro de salud");
  g_assert_cmpstr (corro_participant_get_referral_date (p), ==, "2025-02-05");
  p = row (import, 1);
  g_assert_cmpstr (corro_participant_get_name (p), ==, "Jürgen Müller");
  g_assert_cmpint (corro_participant_get_child_age_months (p), ==, 18);
  g_assert_cmpstr (corro_participant_get_language (p), ==, "alemán");
  g_assert_cmpuint (corro_participant_import_get_row_line (import, 1), ==, 3);
}

static void
test_quoted_fields (void)
{
  g_autoptr(CorroParticipantImport) import = NULL;
  static const char * const expected[] = {
    "people.csv:7: The name is empty.",
    NULL
  };
  CorroParticipant *p;

  /* Separators, doubled quotes and line breaks inside quotes; the lines still count. */
  import = load ("name,referral_source,phone\n"
                 "\"López, Ana\",\"Centro \"\"Norte\"\", sala 2\",\"55 1234\"\n"
                 "  \"Ruiz, Fernanda\"  ,\"Línea uno\r\nlínea dos\nlínea tres\",\n"
                 "Ana Sofía,\"\",\n"
                 "\"\",GP,\n");
  g_assert_cmpuint (corro_participant_import_get_n_rows (import), ==, 4);
  p = row (import, 0);
  g_assert_cmpstr (corro_participant_get_name (p), ==, "López, Ana");
  g_assert_cmpstr (corro_participant_get_referral_source (p), ==, "Centro \"Norte\", sala 2");
  g_assert_cmpstr (corro_participant_get_phone (p), ==, "55 1234");
  p = row (import, 1);
  g_assert_cmpstr (corro_participant_get_name (p), ==, "Ruiz, Fernanda");
  g_assert_cmpstr (corro_participant_get_referral_source (p), ==,
                   "Línea uno\nlínea dos\nlínea tres");
  g_assert_cmpuint (corro_participant_import_get_row_line (import, 1), ==, 3);
  g_assert_cmpuint (corro_participant_import_get_row_line (import, 2), ==, 6);
  assert_errors (import, expected);
}

static void
test_headings_any_order_and_case (void)
{
  g_autoptr(CorroParticipantImport) import = NULL;
  CorroParticipant *p;

  import = load (" EMAIL , Fecha_Derivacion,NOMBRE ,parentesco,ORIGEN\n"
                 "ana@example.org,1/2/2025,Ana,Madre,Escuela\n");
  assert_no_problems (import);
  p = row (import, 0);
  g_assert_cmpstr (corro_participant_get_name (p), ==, "Ana");
  g_assert_cmpstr (corro_participant_get_email (p), ==, "ana@example.org");
  g_assert_cmpint (corro_participant_get_relationship (p), ==, CORRO_RELATIONSHIP_MOTHER);
  g_assert_cmpstr (corro_participant_get_referral_source (p), ==, "Escuela");
  g_assert_cmpstr (corro_participant_get_referral_date (p), ==, "2025-02-01");
}

/* The same person twice in one file: told, not refused, and each row still imported. */
static void
test_same_person_twice (void)
{
  g_autoptr(CorroParticipantImport) import = NULL;
  const char * const *warnings;

  import = load ("name,phone\nIñaki Peña,123\nTom Baker,\n  INAKI  PENA ,\n");
  warnings = corro_participant_import_get_warnings (import);
  g_assert_cmpstr (warnings[0], ==,
                   "people.csv:4: This row names the same person as line 2: both will be "
                   "added, as two people. If they are one person, remove one of the rows.");
  g_assert_null (warnings[1]);
  g_assert_false (corro_participant_import_has_errors (import));
  g_assert_cmpuint (corro_participant_import_get_n_rows (import), ==, 3);
}

static void
test_unknown_column_reported (void)
{
  g_autoptr(CorroParticipantImport) import = NULL;
  const char * const *warnings;

  import = load ("name,Notes,,phone\nAna,likes mornings,x,123\n");
  warnings = corro_participant_import_get_warnings (import);
  g_assert_cmpstr (warnings[0], ==,
                   "people.csv:1: The column “Notes” is not one Corro knows; it is not "
                   "imported.");
  g_assert_cmpstr (warnings[1], ==, "people.csv:1: Column 3 has no name; it is not imported.");
  g_assert_null (warnings[2]);

  /* Reported, not an error: the rest can be imported. */
  g_assert_false (corro_participant_import_has_errors (import));
  g_assert_cmpstr (corro_participant_get_phone (row (import, 0)), ==, "123");
}

static void
test_bad_rows (void)
{
  static const char * const expected[] = {
    "people.csv:3: The name is empty.",
    "people.csv:4: “aunt” is not a relationship Corro knows (mother, father, grandparent, "
    "foster carer or other).",
    "people.csv:5: “two” is not a child’s age: give years (2) or months (18m).",
    "people.csv:6: “26” is not a child’s age: give years (2) or months (18m).",
    "people.csv:7: “ana.example.org” is not an email address.",
    "people.csv:8: “31/02/2025” is not a date: write it as 25/12/2026 or 2026-12-25.",
    "people.csv:9: “03/31/2025” is not a date: write it as 25/12/2026 or 2026-12-25.",
    "people.csv:10: This row has 6 fields but the first row names 5 columns; is a value "
    "with a separator in it missing its quotes?",
    NULL
  };
  g_autoptr(CorroParticipantImport) import = NULL;
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  CorroStoreGroup group = { .name = (char *) "Spring", .programme_id = (char *) "cosp" };

  import = load ("name,relationship,child_age,email,referral_date\n"
                 "Good One,mother,1,,\n"
                 ",mother,2,,\n"
                 "Ana,aunt,,,\n"
                 "Beto,,two,,\n"
                 "Carla,,26,,\n"
                 "Dora,,,ana.example.org,\n"
                 "Eva,,,,31/02/2025\n"
                 "Fran,,,,03/31/2025\n"
                 "García, Luis,father,3,,2025-01-01\n"
                 "Good Two,,,,\n");
  assert_errors (import, expected);
  g_assert_cmpuint (corro_participant_import_get_n_rows (import), ==, 10);
  g_assert_null (corro_participant_import_get_row_problem (import, 0));
  g_assert_cmpstr (corro_participant_import_get_row_problem (import, 1), ==,
                   "The name is empty.");

  /* All or nothing: with one bad row, nobody is imported and no group is made. */
  store = open_store (dir);
  g_assert_false (corro_participant_import_commit (import, store, 0, &group, NULL, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  groups = corro_store_list_groups (store, NULL);
  g_assert_cmpuint (groups->len, ==, 0);

  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

static void
test_file_problems (void)
{
  static const struct
  {
    const char *text;
    const char *error;
  } cases[] = {
    { "name\nJos\xe9 (Latin-1)\n",
      "people.csv:2: The file is not UTF-8 text. Save it from the spreadsheet as “CSV "
      "UTF-8” and try again." },
    { "name,phone\nAna,1\n\"Beto,2\nCarla,3\n",
      "people.csv:3: A quoted value starts here and is never closed." },
    { "", "people.csv:1: The file is empty." },
    { "\xef\xbb\xbf\r\n \r\n", "people.csv:1: The file is empty." },
    { "phone,email\n123,a@b.org\n",
      "people.csv:1: The first row must name the columns, one of them “name” (or "
      "“nombre”)." },
    { "nombre;telefono\r\n",
      "people.csv:1: There is no one to import: the file has only its first row." },
    { "name,Nombre\nAna,Ana\n", "people.csv:1: The column “Nombre” appears twice." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CorroParticipantImport) import = load (cases[i].text);
      const char * const expected[] = { cases[i].error, NULL };

      assert_errors (import, expected);
    }
}

static void
test_ages_and_dates (void)
{
  static const struct
  {
    const char *age;
    int         months;
  } ages[] = {
    { "18m", 18 }, { "18 m", 18 }, { "18 meses", 18 }, { "18 Months", 18 }, { "1,5", 18 },
    { "1.5 años", 18 }, { "2 years", 24 }, { "0", 0 }, { "6 mo", 6 },
  };
  static const struct
  {
    const char *date;
    const char *iso;
  } dates[] = {
    { "2025-03-31", "2025-03-31" }, { "31/03/2025", "2025-03-31" },
    { "31-3-25", "2025-03-31" }, { "31.03.2025", "2025-03-31" }, { "2024-02-29", "2024-02-29" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ages); i++)
    {
      g_autofree char *text = g_strdup_printf ("name;child_age\nAna;%s\n", ages[i].age);
      g_autoptr(CorroParticipantImport) import = load (text);

      g_test_message ("age: %s", ages[i].age);
      assert_no_problems (import);
      g_assert_cmpint (corro_participant_get_child_age_months (row (import, 0)), ==,
                       ages[i].months);
    }

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *text = g_strdup_printf ("name;referral_date\nAna;%s\n", dates[i].date);
      g_autoptr(CorroParticipantImport) import = load (text);

      g_test_message ("date: %s", dates[i].date);
      assert_no_problems (import);
      g_assert_cmpstr (corro_participant_get_referral_date (row (import, 0)), ==,
                       dates[i].iso);
    }
}

static void
test_template (void)
{
  static const char * const languages[] = { "en", "es" };
  static const char * const only_header[] = {
    "people.csv:1: There is no one to import: the file has only its first row.",
    NULL
  };
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "template.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *spanish = corro_participant_import_dup_template ("es");

  g_assert_true (g_str_has_prefix (spanish, "\xef\xbb\xbf" "nombre;parentesco;edad_nino;"));
  g_assert_true (g_str_has_suffix (spanish, "fecha_derivacion\r\n"));

  /* Each template names every column Corro reads, and reads back cleanly. */
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *text = corro_participant_import_dup_template (languages[i]);
      g_autofree char *with_row = g_strconcat (text, "Ana", NULL);
      g_autoptr(CorroParticipantImport) import = load (text);
      g_autoptr(CorroParticipantImport) filled = load (with_row);

      assert_errors (import, only_header);
      g_assert_null (corro_participant_import_get_warnings (import)[0]);
      assert_no_problems (filled);
    }

  g_assert_true (corro_participant_import_write_template (file, "en", NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &written, NULL, &error);
  g_assert_cmpstr (written, ==, "\xef\xbb\xbf" "name,relationship,child_age,language,phone,"
                                "email,referral_source,referral_date\r\n");

  corro_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  g_test_add_func ("/participant-import/good-file", test_good_file);
  g_test_add_func ("/participant-import/spanish-semicolons-bom-crlf",
                   test_spanish_semicolons_bom_crlf);
  g_test_add_func ("/participant-import/quoted-fields", test_quoted_fields);
  g_test_add_func ("/participant-import/headings-any-order-and-case",
                   test_headings_any_order_and_case);
  g_test_add_func ("/participant-import/unknown-column-reported", test_unknown_column_reported);
  g_test_add_func ("/participant-import/same-person-twice", test_same_person_twice);
  g_test_add_func ("/participant-import/bad-rows", test_bad_rows);
  g_test_add_func ("/participant-import/file-problems", test_file_problems);
  g_test_add_func ("/participant-import/ages-and-dates", test_ages_and_dates);
  g_test_add_func ("/participant-import/template", test_template);

  return g_test_run ();
}
