/* test-person-record.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's exported record in the language shown (run in English and in Spanish with
 * a Mexican locale): the history in the words the person's page uses, never the audit's
 * own ("mark attendance #13"), the language by its name, no English left in the Spanish
 * copy (text, JSON and PDF), and no promise the store cannot keep about supervision
 * notes.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "corro-history.h"
#include "corro-labels.h"
#include "corro-person-record-pdf.h"
#include "corro-person-record.h"
#include "corro-store-rights.h"
#include "corro-test-util.h"

/* Words of the English record that must not be left in the Spanish one. */
static const char * const english_words[] = {
  "Added", "changed", "Attendance", "marked", "Chapter", "chapter", "Spanish", "Language",
  "Details", "History", "Group", "Note", "finalised", "Finalised", "Addendum", "Present",
  "Not recorded", "Referred", "Enrolled", "January", "February", "March", "April", "May",
  "June", "July", "August", "September", "October", "November", "December", "Mon", "Tue",
  "Wed", "Thu", "Fri", "Sat", "Sun", "Exported", "Page", "never",
};

typedef struct
{
  char       *dir;
  CorroStore *store;
  gint64      inaki;
} Fixture;

static gboolean
in_spanish (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE"), "es");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(CorroStoreParticipant) participant = NULL;
  g_autofree char *path = NULL;
  gint64 group, note;

  fixture->dir = corro_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "corro.db", NULL);
  fixture->store = corro_store_open (path, &error);
  g_assert_no_error (error);

  corro_test_put_programme (fixture->store);
  group = corro_test_create_group (fixture->store, "Grupo Martes", "2026-03-03");
  sessions = corro_store_list_sessions (fixture->store, group, &error);
  g_assert_no_error (error);

  fixture->inaki = corro_test_add_person (fixture->store, "Iñaki Peña", "+52 55 1234 5678",
                                          "inaki.pena@example.org");
  corro_test_enrol (fixture->store, group, fixture->inaki, CORRO_ENROLMENT_ENROLLED);
  participant = corro_store_get_participant (fixture->store, fixture->inaki, &error);
  g_assert_no_error (error);
  g_free (participant->language);
  participant->language = g_strdup ("es");
  g_free (participant->phone);
  participant->phone = g_strdup ("+52 55 0000 0000");
  g_assert_true (corro_store_update_participant (fixture->store, participant, &error));
  g_assert_true (corro_store_set_attendance (fixture->store,
                                             ((CorroStoreSession *) g_ptr_array_index (sessions,
                                                                                       0))->id,
                                             fixture->inaki, CORRO_ATTENDANCE_PRESENT, &error));
  note = corro_test_add_note (fixture->store, CORRO_REFLECTION_PARTICIPANT,
                              ((CorroStoreSession *) g_ptr_array_index (sessions, 0))->id,
                              fixture->inaki, "Llegó con su hija y habló poco.");
  g_assert_true (corro_store_finalise_reflection (fixture->store, note, &error));
  g_assert_cmpint (corro_store_add_addendum (fixture->store, note, "Después pidió la hoja.",
                                             &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static const CorroPersonSection *
find_section (CorroPersonRecord *record,
              const char        *heading)
{
  for (guint i = 0; i < corro_person_record_get_n_sections (record); i++)
    if (g_str_equal (corro_person_record_get_section (record, i)->heading, heading))
      return corro_person_record_get_section (record, i);
  g_assert_not_reached ();
}

static const char *
find_value (const CorroPersonSection *section,
            const char               *key)
{
  for (guint i = 0; i < section->lines->len; i++)
    {
      CorroPersonLine *line = g_ptr_array_index (section->lines, i);

      if (g_str_equal (line->key, key))
        return line->value;
    }
  return NULL;
}

/* No English word in @text, as a whole word. */
static void
assert_no_english (const char *what,
                   const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (english_words); i++)
    {
      g_autofree char *pattern = g_strdup_printf ("\\b%s\\b", english_words[i]);

      if (g_regex_match_simple (pattern, text, 0, 0))
        g_error ("%s has the English word “%s”:\n%s", what, english_words[i], text);
    }
}

/* The audit trail's own words never reach the reader. */
static void
assert_plain (const char *text)
{
  static const char * const audit_words[] = {
    "#", "participant ", "enrolment ", "session ", "attendance ", "reflection ", "create",
    "update", "mark ", "finalise ", "addendum ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (audit_words); i++)
    if (strstr (text, audit_words[i]) != NULL)
      g_error ("“%s” has the audit's word “%s”", text, audit_words[i]);
}

static void
test_history_words (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroPersonRecord) record = NULL;
  g_autoptr(CorroStorePerson) person = NULL;
  const CorroPersonSection *history;
  g_autofree char *readable = NULL;

  record = corro_person_record_load (fixture->store, fixture->inaki, &error);
  g_assert_no_error (error);
  person = corro_store_get_person (fixture->store, fixture->inaki, &error);
  g_assert_no_error (error);

  /* One line per change, as the person's page says it, with when. */
  history = find_section (record, _("History of the record"));
  g_assert_cmpuint (history->lines->len, ==, person->history->len);
  g_assert_cmpuint (history->lines->len, >=, 4);
  for (guint i = 0; i < history->lines->len; i++)
    {
      CorroPersonLine *line = g_ptr_array_index (history->lines, i);
      CorroStoreAuditEntry *entry = g_ptr_array_index (person->history, i);
      g_autofree char *description = corro_history_dup_description (person, entry);
      g_autofree char *when = corro_history_dup_when (entry);

      g_test_message ("%s: %s", line->key, line->value);
      g_assert_cmpstr (line->value, ==, description);
      g_assert_cmpstr (line->key, ==, when);
      assert_plain (line->value);
    }

  readable = corro_test_dup_record_text (record);
  g_test_message ("%s", readable);
  if (in_spanish ())
    {
      g_assert_nonnull (strstr (readable, "Se agregó a Grupo Martes"));
      g_assert_nonnull (strstr (readable, "Cambiaron sus datos"));
      assert_no_english ("the Spanish record", readable);
    }
  else
    {
      g_assert_nonnull (strstr (readable, "Added to Grupo Martes"));
      g_assert_nonnull (strstr (readable, "Details changed"));
    }
}

static void
test_language_and_claims (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroPersonRecord) record = NULL;
  g_autofree char *readable = NULL;
  const char *language = in_spanish () ? "Español" : "Spanish";

  record = corro_person_record_load (fixture->store, fixture->inaki, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (find_value (find_section (record, _("Details")), _("Language")), ==,
                   language);

  /* Supervision notes can name anyone: the record says only that they are kept apart. */
  readable = corro_test_dup_record_text (record);
  g_assert_null (strstr (readable, "never name"));
  g_assert_null (strstr (readable, "nunca nombran"));
  g_assert_nonnull (strstr (readable, in_spanish () ? "se guardan aparte"
                                                    : "are kept apart"));
}

static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroPersonRecord) record = NULL;
  g_autoptr(CorroStorePerson) person = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  JsonObject *root, *participant, *not_included;
  JsonArray *history;

  record = corro_person_record_load (fixture->store, fixture->inaki, &error);
  g_assert_no_error (error);
  person = corro_store_get_person (fixture->store, fixture->inaki, &error);
  json = corro_person_record_to_json (record);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  /* The code for machines, the name for people. */
  participant = json_object_get_object_member (root, "participant");
  g_assert_cmpstr (json_object_get_string_member (participant, "language"), ==, "es");
  g_assert_cmpstr (json_object_get_string_member (participant, "language_name"), ==,
                   in_spanish () ? "Español" : "Spanish");

  /* Each line of history keeps the audit's fields and says them in words. */
  history = json_object_get_array_member (root, "history");
  g_assert_cmpuint (json_array_get_length (history), ==, person->history->len);
  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      JsonObject *entry = json_array_get_object_element (history, i);
      g_autofree char *description =
        corro_history_dup_description (person, g_ptr_array_index (person->history, i));

      g_assert_nonnull (json_object_get_string_member (entry, "action"));
      g_assert_cmpstr (json_object_get_string_member (entry, "description"), ==, description);
      assert_plain (description);
      g_string_append_printf (words, "%s\n", description);
    }

  not_included = json_object_get_object_member (root, "not_included");
  g_string_append (words, json_object_get_string_member (not_included, "explanation"));
  g_assert_null (strstr (words->str, "never name"));
  g_assert_null (strstr (words->str, "nunca nombran"));
  if (in_spanish ())
    assert_no_english ("the Spanish JSON's words", words->str);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroPersonRecord) record = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "record.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *text = NULL;
  int status = 0;

  if (g_find_program_in_path ("pdftotext") == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  record = corro_person_record_load (fixture->store, fixture->inaki, &error);
  g_assert_no_error (error);
  g_assert_true (corro_person_record_write_pdf (record, file, NULL, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_test_message ("%s", text);

  g_assert_nonnull (strstr (text, "Iñaki Peña"));
  if (in_spanish ())
    {
      g_assert_nonnull (strstr (text, "Español"));
      g_assert_nonnull (strstr (text, "Se agregó a Grupo Martes"));
      assert_no_english ("the Spanish PDF", text);
    }
  else
    {
      g_assert_nonnull (strstr (text, "Spanish"));
      g_assert_nonnull (strstr (text, "Added to Grupo Martes"));
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

#define ADD(path, func) \
  g_test_add ("/person-record/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("history-words", test_history_words);
  ADD ("language-and-claims", test_language_and_claims);
  ADD ("json", test_json);
  ADD ("pdf", test_pdf);

#undef ADD

  return g_test_run ();
}
