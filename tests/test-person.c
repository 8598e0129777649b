/* test-person.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person across the records, on a real database file: who looks like a person
 * being added (the same name ignoring case and accents, the same phone or email),
 * finding people by name, phone or email, merging two records of one person (both in
 * the same group, both marked for the same session, a finalised note) with one audit
 * row and nothing personal in it, and their history in plain words.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "corro-database.h"
#include "corro-history.h"
#include "corro-labels.h"
#include "corro-store-people.h"
#include "corro-store-private.h"
#include "corro-store-rights.h"
#include "corro-test-util.h"

typedef struct
{
  char       *dir;
  CorroStore *store;
  gint64      martes;
  gint64      jueves;
  gint64      martes_sessions[8];
  gint64      inaki;
  gint64      tom;
} Fixture;

/* helpers */

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  CorroDatabase *db = _corro_store_get_database (fixture->store);
  g_autoptr(sqlite3_stmt) stmt = corro_database_prepare (db, sql, NULL);
  gboolean has_row = FALSE;

  g_assert_nonnull (stmt);
  g_assert_true (corro_database_step (db, stmt, &has_row, NULL));
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
finds (GPtrArray *people,
       gint64     id)
{
  for (guint i = 0; i < people->len; i++)
    if (((CorroStoreLookalike *) g_ptr_array_index (people, i))->participant.id == id)
      return TRUE;
  return FALSE;
}

/* fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *path = NULL;

  fixture->dir = corro_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "corro.db", NULL);
  fixture->store = corro_store_open (path, &error);
  g_assert_no_error (error);

  corro_test_put_programme (fixture->store);
  fixture->martes = corro_test_create_group (fixture->store, "Grupo Martes", "2026-03-03");
  fixture->jueves = corro_test_create_group (fixture->store, "Grupo Jueves", "2026-03-05");
  sessions = corro_store_list_sessions (fixture->store, fixture->martes, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 8; i++)
    fixture->martes_sessions[i] = ((CorroStoreSession *) g_ptr_array_index (sessions, i))->id;

  fixture->inaki = corro_test_add_person (fixture->store, "Iñaki Peña", "+52 55 1234 5678",
                               "inaki.pena@example.org");
  fixture->tom = corro_test_add_person (fixture->store, "Tom Baker", "07700 900123", "");
  corro_test_enrol (fixture->store, fixture->martes, fixture->inaki, CORRO_ENROLMENT_ENROLLED);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* tests */

static void
test_fold_name (void)
{
  g_autofree char *a = corro_store_fold_name ("  Iñaki   PEÑA ");
  g_autofree char *b = corro_store_fold_name ("José María Núñez");

  g_assert_cmpstr (a, ==, "inaki pena");
  g_assert_cmpstr (b, ==, "jose maria nunez");
}

static void
test_lookalikes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) by_name = NULL;
  g_autoptr(GPtrArray) by_phone = NULL;
  g_autoptr(GPtrArray) by_email = NULL;
  g_autoptr(GPtrArray) nobody = NULL;
  g_autoptr(GPtrArray) not_self = NULL;
  CorroStoreLookalike *found;

  /* The same name without accents and in capitals. */
  by_name = corro_store_find_lookalikes (fixture->store, "INAKI PENA", NULL, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_name->len, ==, 1);
  found = g_ptr_array_index (by_name, 0);
  g_assert_cmpint (found->participant.id, ==, fixture->inaki);
  g_assert_cmpuint (found->likeness, ==, CORRO_STORE_SAME_NAME);
  g_assert_cmpstr (found->group_name, ==, "Grupo Martes");
  g_assert_cmpstr (found->referral_date, ==, "2026-03-03");

  /* Another name, the same number written another way. */
  by_phone = corro_store_find_lookalikes (fixture->store, "I. Peña", "55-1234-5678", NULL, 0,
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_phone->len, ==, 1);
  g_assert_cmpuint (((CorroStoreLookalike *) g_ptr_array_index (by_phone, 0))->likeness, ==,
                    CORRO_STORE_SAME_PHONE);

  by_email = corro_store_find_lookalikes (fixture->store, "Someone", "", " Inaki.Pena@Example.org",
                                          0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_email->len, ==, 1);
  g_assert_cmpuint (((CorroStoreLookalike *) g_ptr_array_index (by_email, 0))->likeness, ==,
                    CORRO_STORE_SAME_EMAIL);

  /* A different person, short numbers and empty emails match no one. */
  nobody = corro_store_find_lookalikes (fixture->store, "Iñaki Peñaloza", "0", "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nobody->len, ==, 0);

  /* The record being edited is not its own duplicate. */
  not_self = corro_store_find_lookalikes (fixture->store, "Iñaki Peña", NULL, NULL,
                                          fixture->inaki, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (not_self->len, ==, 0);
}

static void
test_search_people (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plain = corro_store_search_people (fixture->store, "pena", &error);
  g_autoptr(GPtrArray) words = corro_store_search_people (fixture->store, "inaki pe", &error);
  g_autoptr(GPtrArray) phone = corro_store_search_people (fixture->store, "900123", &error);
  g_autoptr(GPtrArray) email = corro_store_search_people (fixture->store, "pena@example", &error);
  g_autoptr(GPtrArray) none = corro_store_search_people (fixture->store, "zzz", &error);
  g_autoptr(GPtrArray) blank = corro_store_search_people (fixture->store, "  ", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (plain->len, ==, 1);
  g_assert_true (finds (plain, fixture->inaki));
  g_assert_cmpuint (words->len, ==, 1);
  g_assert_true (finds (words, fixture->inaki));
  g_assert_cmpuint (phone->len, ==, 1);
  g_assert_true (finds (phone, fixture->tom));
  g_assert_cmpuint (email->len, ==, 1);
  g_assert_true (finds (email, fixture->inaki));
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStoreParticipant) kept = NULL;
  g_autoptr(CorroStoreParticipant) gone = NULL;
  g_autoptr(CorroStorePerson) person = NULL;
  CorroStoreContact contact = { .date = (char *) "2026-02-20", .method = CORRO_CONTACT_PHONE,
                                .note = (char *) "called" };
  CorroStoreReflection note = { .kind = CORRO_REFLECTION_PARTICIPANT,
                                .text = (char *) "finalised words" };
  gint64 twin, twin_martes, note_id, audit_before;
  g_autofree char *sql = NULL;

  /* A second record of Iñaki: in the same group (a conflict) and in another, marked for
   * a session he was also marked for under his first record (a conflict), with a
   * contact, a mark of its own and a finalised note. */
  twin = corro_test_add_person (fixture->store, "Inaki Pena", "", "");
  twin_martes = corro_test_enrol (fixture->store, fixture->martes, twin, CORRO_ENROLMENT_REFERRED);
  corro_test_enrol (fixture->store, fixture->jueves, twin, CORRO_ENROLMENT_ENROLLED);
  contact.enrolment_id = twin_martes;
  g_assert_cmpint (corro_store_add_contact (fixture->store, &contact, &error), >, 0);
  g_assert_true (corro_store_set_attendance (fixture->store, fixture->martes_sessions[0],
                                             fixture->inaki, CORRO_ATTENDANCE_PRESENT,
                                             &error));
  g_assert_true (corro_store_set_attendance (fixture->store, fixture->martes_sessions[0],
                                             twin, CORRO_ATTENDANCE_ABSENT, &error));
  g_assert_true (corro_store_set_attendance (fixture->store, fixture->martes_sessions[1],
                                             twin, CORRO_ATTENDANCE_LATE, &error));
  note.session_id = fixture->martes_sessions[1];
  note.participant_id = twin;
  note_id = corro_store_insert_reflection (fixture->store, &note, &error);
  g_assert_no_error (error);
  g_assert_true (corro_store_finalise_reflection (fixture->store, note_id, &error));
  audit_before = query_int (fixture, "SELECT max (id) FROM audit");

  g_assert_true (corro_store_merge_participants (fixture->store, fixture->inaki, twin,
                                                 &error));
  g_assert_no_error (error);

  /* The other record is gone; the kept one has both groups, one enrolment each. */
  gone = corro_store_get_participant (fixture->store, twin, &error);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  kept = corro_store_get_participant (fixture->store, fixture->inaki, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kept->phone, ==, "+52 55 1234 5678");
  person = corro_store_get_person (fixture->store, fixture->inaki, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (person->enrolments->len, ==, 2);
  for (guint i = 0; i < person->enrolments->len; i++)
    {
      CorroStorePersonEnrolment *enrolment = g_ptr_array_index (person->enrolments, i);

      if (enrolment->enrolment.group_id == fixture->martes)
        {
          /* The kept enrolment's status stays, with the other's contact. */
          g_assert_cmpint (enrolment->enrolment.status, ==, CORRO_ENROLMENT_ENROLLED);
          g_assert_cmpuint (enrolment->contacts->len, ==, 1);
        }
    }

  /* Session 1: the kept mark (present); session 2: the other's mark, moved. */
  sql = g_strdup_printf ("SELECT mark = 'present' FROM attendance WHERE participant_id = %"
                         G_GINT64_FORMAT " AND session_id = %" G_GINT64_FORMAT,
                         fixture->inaki, fixture->martes_sessions[0]);
  g_assert_cmpint (query_int (fixture, sql), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM attendance"), ==, 2);
  g_assert_cmpuint (person->marks->len, ==, 2);

  /* The finalised note is about the kept record now, its words and dates untouched. */
  g_assert_cmpuint (person->notes->len, ==, 1);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT participant_id FROM reflection WHERE id = %" G_GINT64_FORMAT
                         " AND text = 'finalised words' AND finalised_at IS NOT NULL", note_id);
  g_assert_cmpint (query_int (fixture, sql), ==, fixture->inaki);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM merger"), ==, 0);

  /* One audit row says so, with ids only; nothing of the person in the new rows. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count (*) FROM audit WHERE action = 'merge' AND "
                         "entity = 'participant' AND entity_id = %" G_GINT64_FORMAT
                         " AND detail = 'merged participant #%" G_GINT64_FORMAT " into #%"
                         G_GINT64_FORMAT "'", fixture->inaki, twin, fixture->inaki);
  g_assert_cmpint (query_int (fixture, sql), ==, 1);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count (*) FROM audit WHERE id > %" G_GINT64_FORMAT " AND "
                         "(coalesce (detail, '') LIKE '%%Pe%%' OR coalesce (detail, '') "
                         "LIKE '%%called%%' OR coalesce (detail, '') LIKE '%%+52%%')",
                         audit_before);
  g_assert_cmpint (query_int (fixture, sql), ==, 0);

  /* A finalised note is still frozen outside a merge. */
  g_assert_false (corro_store_save_reflection_text (fixture->store, note_id, "changed",
                                                    &error));
  g_assert_nonnull (error);
}

static void
test_merge_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (corro_store_merge_participants (fixture->store, fixture->inaki,
                                                  fixture->inaki, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);

  /* A record that is not there: nothing changes. */
  g_assert_false (corro_store_merge_participants (fixture->store, fixture->inaki, 9999,
                                                  &error));
  g_assert_nonnull (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM participant"), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM audit WHERE action = 'merge'"),
                   ==, 0);
}

static void
test_history_words (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStorePerson) person = NULL;
  g_autoptr(CorroStoreParticipant) participant = NULL;
  g_autoptr(GString) all = g_string_new (NULL);

  g_assert_true (corro_store_set_attendance (fixture->store, fixture->martes_sessions[0],
                                             fixture->inaki, CORRO_ATTENDANCE_PRESENT,
                                             &error));
  participant = corro_store_get_participant (fixture->store, fixture->inaki, &error);
  g_free (participant->phone);
  participant->phone = g_strdup ("+52 55 0000 0000");
  g_assert_true (corro_store_update_participant (fixture->store, participant, &error));
  person = corro_store_get_person (fixture->store, fixture->inaki, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < person->history->len; i++)
    {
      g_autofree char *line = corro_history_dup_line (person,
                                                      g_ptr_array_index (person->history, i));

      g_string_append_printf (all, "%s\n", line);
    }
  g_test_message ("%s", all->str);
  g_assert_nonnull (strstr (all->str, "Added to the records on "));
  g_assert_nonnull (strstr (all->str, "Added to Grupo Martes on "));
  g_assert_nonnull (strstr (all->str, "Attendance marked for Grupo Martes, chapter 1"));
  g_assert_nonnull (strstr (all->str, "Details changed: phone on "));
  /* Never the audit's own words. */
  g_assert_null (strstr (all->str, "#"));
  g_assert_null (strstr (all->str, "session "));
  g_assert_null (strstr (all->str, "attendance"));
}

static void
test_language_names (void)
{
  g_assert_cmpstr (corro_label_language ("es"), ==, "Spanish");
  g_assert_cmpstr (corro_label_language ("es-MX"), ==, "Spanish");
  g_assert_cmpstr (corro_label_language ("en"), ==, "English");
  g_assert_cmpstr (corro_label_language (""), ==, "Not recorded");
  g_assert_cmpstr (corro_label_language ("eu"), ==, "eu");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/person/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/person/fold-name", test_fold_name);
  g_test_add_func ("/person/language-names", test_language_names);
  ADD ("lookalikes", test_lookalikes);
  ADD ("search-people", test_search_people);
  ADD ("merge", test_merge);
  ADD ("merge-refused", test_merge_refused);
  ADD ("history-words", test_history_words);

#undef ADD

  return g_test_run ();
}
