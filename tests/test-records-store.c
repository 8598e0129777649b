/* test-records-store.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The records tables through the store: each entity, its constraints, what is deleted
 * with what, the audit trail, supervision notes kept apart, and full-text search.
 */

#include "config.h"

#include <string.h>

#include "corro-attendance.h"
#include "corro-database.h"
#include "corro-store-records.h"
#include "corro-store-rights.h"
#include "corro-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  CorroStore *store;
  gint64      group_id;
  gint64      session_ids[8];
} Fixture;

static void
put_programme (CorroStore *store,
               const char *id,
               guint       n_chapters)
{
  g_autofree CorroStoreChapter *chapters = g_new0 (CorroStoreChapter, n_chapters);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_chapters; i++)
    {
      chapters[i].number = i + 1;
      chapters[i].title_en = "Chapter";
      chapters[i].title_es = "Capítulo";
      chapters[i].plan = "{}";
    }
  corro_store_put_programme (store, id, "{}", chapters, n_chapters, &error);
  g_assert_no_error (error);
}

static gint64
create_group (CorroStore *store,
              const char *name,
              const char *start_date)
{
  CorroStoreGroup group = {
    .name = (char *) name,
    .programme_id = (char *) "cosp",
    .mode = CORRO_GROUP_MODE_IN_PERSON,
    .language = (char *) "es",
    .start_date = (char *) start_date,
    .status = CORRO_GROUP_STATUS_RUNNING,
  };
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = corro_store_create_group (store, &group, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_member (Fixture    *fixture,
            gint64      group_id,
            const char *name)
{
  CorroStoreParticipant participant = {
    .name = (char *) name,
    .relationship = CORRO_RELATIONSHIP_MOTHER,
    .child_age_months = 18,
    .phone = (char *) "+52 55 5555 0101",
    .email = (char *) "lucia@example.org",
  };
  CorroStoreEnrolment enrolment = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = corro_store_insert_participant (fixture->store, &participant, &error);
  g_assert_no_error (error);
  enrolment.group_id = group_id;
  enrolment.participant_id = id;
  enrolment.referral_source = (char *) "Health visitor";
  g_assert_cmpint (corro_store_enrol (fixture->store, &enrolment, &error), >, 0);
  g_assert_no_error (error);

  return id;
}

static gint64
add_note (Fixture             *fixture,
          CorroReflectionKind  kind,
          gint64               session_id,
          gint64               participant_id,
          const char          *text)
{
  CorroStoreReflection reflection = {
    .kind = kind,
    .session_id = session_id,
    .participant_id = participant_id,
    .text = (char *) text,
  };
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = corro_store_insert_reflection (fixture->store, &reflection, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  g_autoptr(CorroDatabase) db = corro_database_open (fixture->path, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_assert_nonnull (db);
  stmt = corro_database_prepare (db, sql, NULL);
  g_assert_nonnull (stmt);
  g_assert_true (corro_database_step (db, stmt, &has_row, NULL));
  g_assert_true (has_row);

  return sqlite3_column_int64 (stmt, 0);
}

/* Runs raw SQL on a second connection, as another program would. */
static gboolean
exec_sql (Fixture     *fixture,
          const char  *sql,
          GError     **error)
{
  g_autoptr(CorroDatabase) db = corro_database_open (fixture->path, NULL);

  g_assert_nonnull (db);
  return corro_database_exec (db, sql, error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;

  fixture->dir = corro_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "corro.db", NULL);
  fixture->store = corro_store_open (fixture->path, &error);
  g_assert_no_error (error);
  put_programme (fixture->store, "cosp", 8);

  fixture->group_id = create_group (fixture->store, "Grupo martes", "2025-03-04");
  sessions = corro_store_list_sessions (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 8);
  for (guint i = 0; i < 8; i++)
    fixture->session_ids[i] = ((CorroStoreSession *) g_ptr_array_index (sessions, i))->id;
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

static void
test_groups (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(CorroStoreGroup) group = NULL;
  CorroStoreGroup bad = { .name = (char *) "Bad", .programme_id = (char *) "cosp" };
  gint64 undated;

  /* Eight sessions, a week apart, from the start date. */
  sessions = corro_store_list_sessions (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 8; i++)
    {
      CorroStoreSession *session = g_ptr_array_index (sessions, i);
      static const char *dates[] = { "2025-03-04", "2025-03-11", "2025-03-18", "2025-03-25",
                                     "2025-04-01", "2025-04-08", "2025-04-15", "2025-04-22" };

      g_assert_cmpuint (session->chapter, ==, i + 1);
      g_assert_cmpstr (session->date, ==, dates[i]);
      g_assert_false (session->held);
      g_assert_false (session->extra);
    }

  group = corro_store_get_group (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (group->name, ==, "Grupo martes");
  g_assert_cmpint (group->mode, ==, CORRO_GROUP_MODE_IN_PERSON);
  g_assert_cmpint (group->status, ==, CORRO_GROUP_STATUS_RUNNING);
  g_assert_null (group->start_time);

  g_free (group->venue);
  group->venue = g_strdup ("Centro Comunitario, Coyoacán");
  g_free (group->start_time);
  group->start_time = g_strdup ("17:30");
  group->weekday = 2;
  group->mode = CORRO_GROUP_MODE_ONLINE;
  g_assert_true (corro_store_update_group (fixture->store, group, &error));
  g_assert_no_error (error);
  g_clear_pointer (&group, corro_store_group_free);
  group = corro_store_get_group (fixture->store, fixture->group_id, &error);
  g_assert_cmpstr (group->venue, ==, "Centro Comunitario, Coyoacán");
  g_assert_cmpstr (group->start_time, ==, "17:30");
  g_assert_cmpuint (group->weekday, ==, 2);
  g_assert_cmpint (group->mode, ==, CORRO_GROUP_MODE_ONLINE);

  /* Found by name whatever the case; a missing name is no error. */
  g_assert_cmpint (corro_store_find_group (fixture->store, "GRUPO MARTES", &error), ==,
                   fixture->group_id);
  g_assert_cmpint (corro_store_find_group (fixture->store, "Nobody", &error), ==, 0);
  g_assert_no_error (error);

  /* Without a start date the sessions wait, undated. */
  undated = create_group (fixture->store, "Autumn", NULL);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = corro_store_list_sessions (fixture->store, undated, &error);
  g_assert_cmpuint (sessions->len, ==, 8);
  g_assert_null (((CorroStoreSession *) g_ptr_array_index (sessions, 0))->date);

  groups = corro_store_list_groups (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 2);

  /* Refused: no name, an impossible date, a time that is not one, a missing programme. */
  bad.name = (char *) "  ";
  g_assert_cmpint (corro_store_create_group (fixture->store, &bad, &error), ==, 0);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  bad.name = (char *) "Bad";
  bad.start_date = (char *) "2025-02-30";
  g_assert_cmpint (corro_store_create_group (fixture->store, &bad, &error), ==, 0);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  bad.start_date = NULL;
  bad.start_time = (char *) "25:00";
  g_assert_cmpint (corro_store_create_group (fixture->store, &bad, &error), ==, 0);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  bad.start_time = NULL;
  bad.programme_id = (char *) "no-such-programme";
  g_assert_cmpint (corro_store_create_group (fixture->store, &bad, &error), ==, 0);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM grp"), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM session"), ==, 16);
}

static void
test_delete_group (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 participant = add_member (fixture, fixture->group_id, "Lucía Hernández");
  gint64 empty = create_group (fixture->store, "Empty", "2025-01-01");
  gint64 note;

  corro_store_set_attendance (fixture->store, fixture->session_ids[0], participant,
                              CORRO_ATTENDANCE_PRESENT, &error);
  g_assert_no_error (error);
  note = add_note (fixture, CORRO_REFLECTION_SESSION, fixture->session_ids[0], 0, "Bien.");

  /* A group with notes is kept, whole. */
  g_assert_false (corro_store_delete_group (fixture->store, fixture->group_id, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_HAS_NOTES);
  g_clear_error (&error);
  g_assert_false (corro_store_delete_session (fixture->store, fixture->session_ids[0],
                                              &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_HAS_NOTES);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM attendance"), ==, 1);

  /* Its draft deleted, it goes with its sessions, enrolments and attendance; the
   * participant stays (they may be in other groups). */
  g_assert_true (corro_store_delete_reflection (fixture->store, note, &error));
  g_assert_true (corro_store_delete_group (fixture->store, fixture->group_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM session"), ==, 8);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM enrolment"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM attendance"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM participant"), ==, 1);

  g_assert_true (corro_store_delete_group (fixture->store, empty, &error));
  g_assert_false (corro_store_delete_group (fixture->store, empty, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A programme that groups follow cannot be deleted. */
  create_group (fixture->store, "Another", NULL);
  g_assert_false (corro_store_delete_programme (fixture->store, "cosp", &error));
  g_assert_nonnull (error);
}

static void
test_enumerations_checked (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char *refused[] = {
    "INSERT INTO grp (name, programme_id, mode) VALUES ('G', 'cosp', 'hybrid')",
    "INSERT INTO grp (name, programme_id, status) VALUES ('G', 'cosp', 'paused')",
    "INSERT INTO grp (name, programme_id, start_date) VALUES ('G', 'cosp', '4/3/2025')",
    "INSERT INTO grp (name, programme_id, start_date) VALUES ('G', 'cosp', '2025-02-29')",
    "INSERT INTO grp (name, programme_id) VALUES ('', 'cosp')",
    "INSERT INTO participant (name, relationship) VALUES ('X', 'aunt')",
    "INSERT INTO participant (name, child_age_months) VALUES ('X', -3)",
    "INSERT INTO enrolment (group_id, participant_id, status) VALUES (1, 2, 'waiting')",
    "INSERT INTO enrolment (group_id, participant_id, status_reason) VALUES (1, 2, 'moved')",
    "INSERT INTO session (group_id, chapter) VALUES (1, 0)",
    "INSERT INTO session (group_id, chapter, skipped) VALUES (1, 2, '1;2')",
    "INSERT INTO session (group_id, chapter, held) VALUES (1, 2, 2)",
    "UPDATE attendance SET mark = 'sick'",
    "INSERT INTO reflection (kind, session_id) VALUES ('gossip', 1)",
    "INSERT INTO reflection (kind) VALUES ('session')",
    "INSERT INTO reflection (kind, participant_id) VALUES ('fidelity', 1)",
    "INSERT INTO reflection (kind, session_id, participant_id) VALUES ('self', 1, 1)",
    "INSERT INTO reflection (kind) VALUES ('participant')",
    "INSERT INTO contact (enrolment_id, date, method) VALUES (1, '2025-01-01', 'pigeon')",
    "INSERT INTO attendance (session_id, participant_id, mark) VALUES (1, 2, 'present')",
  };
  gint64 participant = add_member (fixture, fixture->group_id, "Lucía Hernández");
  CorroStoreParticipant unenrolled = { .name = (char *) "Y" };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (participant, ==, 1);
  g_assert_cmpint (corro_store_insert_participant (fixture->store, &unenrolled, &error), ==, 2);
  corro_store_set_attendance (fixture->store, fixture->session_ids[0], participant,
                              CORRO_ATTENDANCE_LATE, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("%s", refused[i]);
      g_assert_false (exec_sql (fixture, refused[i], &error));
      g_assert_error (error, CORRO_DATABASE_ERROR, CORRO_DATABASE_ERROR_FAILED);
      g_clear_error (&error);
    }

  g_assert_true (exec_sql (fixture, "INSERT INTO participant (name, relationship) "
                                    "VALUES ('X', 'foster-carer')", &error));
  g_assert_no_error (error);
}

static void
test_participants (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStoreParticipant) participant = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  CorroStoreEnrolment again = { 0 };
  CorroStoreContact contact = {
    .date = (char *) "2025-02-20",
    .method = CORRO_CONTACT_PHONE,
    .note = (char *) "Llamada de bienvenida",
  };
  CorroStoreMember *member;
  gint64 later = create_group (fixture->store, "Grupo otoño", "2026-09-01");
  gint64 id = add_member (fixture, fixture->group_id, "Lucía Hernández");

  add_member (fixture, fixture->group_id, "ana ruiz");

  participant = corro_store_get_participant (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (participant->name, ==, "Lucía Hernández");
  g_assert_cmpint (participant->relationship, ==, CORRO_RELATIONSHIP_MOTHER);
  g_assert_cmpint (participant->child_age_months, ==, 18);
  g_assert_null (participant->consent_date);

  g_free (participant->consent_date);
  participant->consent_date = g_strdup ("2025-02-20");
  g_free (participant->consent_scope);
  participant->consent_scope = g_strdup ("Records and contact by phone");
  participant->child_age_months = -1;
  participant->relationship = CORRO_RELATIONSHIP_UNKNOWN;
  g_assert_true (corro_store_update_participant (fixture->store, participant, &error));
  g_assert_no_error (error);
  g_clear_pointer (&participant, corro_store_participant_free);
  participant = corro_store_get_participant (fixture->store, id, &error);
  g_assert_cmpstr (participant->consent_date, ==, "2025-02-20");
  g_assert_cmpint (participant->child_age_months, ==, -1);
  g_assert_cmpint (participant->relationship, ==, CORRO_RELATIONSHIP_UNKNOWN);

  /* Members by name, whatever the case. */
  members = corro_store_list_members (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 2);
  member = g_ptr_array_index (members, 0);
  g_assert_cmpstr (member->participant.name, ==, "ana ruiz");
  member = g_ptr_array_index (members, 1);
  g_assert_cmpint (member->enrolment.status, ==, CORRO_ENROLMENT_REFERRED);
  g_assert_cmpstr (member->enrolment.referral_source, ==, "Health visitor");

  /* The pipeline: a contact, enrolled, then withdrawn with a reason. */
  contact.enrolment_id = member->enrolment.id;
  g_assert_cmpint (corro_store_add_contact (fixture->store, &contact, &error), >, 0);
  contacts = corro_store_list_contacts (fixture->store, member->enrolment.id, &error);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (((CorroStoreContact *) g_ptr_array_index (contacts, 0))->note, ==,
                   "Llamada de bienvenida");
  g_assert_true (corro_store_set_enrolment_status (fixture->store, member->enrolment.id,
                                                   CORRO_ENROLMENT_ENROLLED, "ignored",
                                                   NULL, &error));
  g_assert_true (corro_store_set_enrolment_status (fixture->store, member->enrolment.id,
                                                   CORRO_ENROLMENT_WITHDRAWN,
                                                   "Cambio de trabajo", "2025-03-20",
                                                   &error));
  g_assert_no_error (error);
  g_assert_true (corro_store_update_referral (fixture->store, member->enrolment.id,
                                              "Perinatal clinic", "2025-01-15", &error));
  g_assert_no_error (error);

  /* The same person in a later group; once per group. */
  again.group_id = later;
  again.participant_id = id;
  g_assert_cmpint (corro_store_enrol (fixture->store, &again, &error), >, 0);
  g_assert_cmpint (corro_store_enrol (fixture->store, &again, &error), ==, 0);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  again.group_id = 999;
  g_assert_cmpint (corro_store_enrol (fixture->store, &again, &error), ==, 0);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  history = corro_store_list_enrolments_of (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  member = g_ptr_array_index (history, 0);
  g_assert_cmpint (member->enrolment.group_id, ==, fixture->group_id);
  g_assert_cmpint (member->enrolment.status, ==, CORRO_ENROLMENT_WITHDRAWN);
  g_assert_cmpstr (member->enrolment.status_reason, ==, "Cambio de trabajo");
  g_assert_cmpstr (member->enrolment.status_date, ==, "2025-03-20");
  g_assert_cmpstr (member->enrolment.referral_date, ==, "2025-01-15");

  /* Refused: a participant without a name, an impossible consent date. */
  g_free (participant->name);
  participant->name = g_strdup ("");
  g_assert_false (corro_store_update_participant (fixture->store, participant, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  g_free (participant->name);
  participant->name = g_strdup ("L. H.");
  g_free (participant->consent_date);
  participant->consent_date = g_strdup ("20/02/2025");
  g_assert_false (corro_store_update_participant (fixture->store, participant, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_sessions_and_attendance (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GArray) marks = NULL;
  gint64 lucia = add_member (fixture, fixture->group_id, "Lucía Hernández");
  gint64 jose = add_member (fixture, fixture->group_id, "José Martínez");
  gint64 outsider;
  gint64 other_group = create_group (fixture->store, "Other", NULL);
  CorroStoreSession extra = {
    .group_id = fixture->group_id,
    .chapter = 3,
    .date = (char *) "2025-03-20",
    .extra = TRUE,
  };
  CorroStoreSession *session;
  gint64 extra_id;

  outsider = add_member (fixture, other_group, "Tom Baker");

  /* Moved, held, its real times and skipped segments. */
  sessions = corro_store_list_sessions (fixture->store, fixture->group_id, &error);
  session = g_ptr_array_index (sessions, 1);
  g_free (session->date);
  session->date = g_strdup ("2025-03-12");
  session->held = TRUE;
  session->started_at = g_strdup ("17:40");
  session->ended_at = g_strdup ("19:25");
  g_free (session->skipped);
  session->skipped = g_strdup ("2,5");
  g_assert_true (corro_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);
  g_free (session->skipped);
  session->skipped = g_strdup ("two");
  g_assert_false (corro_store_update_session (fixture->store, session, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);

  extra_id = corro_store_insert_session (fixture->store, &extra, &error);
  g_assert_no_error (error);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = corro_store_list_sessions (fixture->store, fixture->group_id, &error);
  g_assert_cmpuint (sessions->len, ==, 9);
  session = g_ptr_array_index (sessions, 1);
  g_assert_cmpstr (session->date, ==, "2025-03-12");
  g_assert_true (session->held);
  g_assert_cmpstr (session->started_at, ==, "17:40");
  g_assert_cmpstr (session->skipped, ==, "2,5");
  session = g_ptr_array_index (sessions, 3);
  g_assert_cmpint (session->id, ==, extra_id);
  g_assert_true (session->extra);
  g_assert_cmpuint (session->chapter, ==, 3);

  /* Marks: set, changed, cleared; only for the group's participants. */
  corro_store_set_attendance (fixture->store, fixture->session_ids[0], lucia,
                              CORRO_ATTENDANCE_PRESENT, &error);
  corro_store_set_attendance (fixture->store, fixture->session_ids[0], jose,
                              CORRO_ATTENDANCE_ABSENT, &error);
  corro_store_set_attendance (fixture->store, fixture->session_ids[0], jose,
                              CORRO_ATTENDANCE_CAUGHT_UP, &error);
  corro_store_set_attendance (fixture->store, fixture->session_ids[1], lucia,
                              CORRO_ATTENDANCE_LATE, &error);
  corro_store_set_attendance (fixture->store, fixture->session_ids[1], lucia,
                              CORRO_ATTENDANCE_NONE, &error);
  g_assert_no_error (error);
  g_assert_false (corro_store_set_attendance (fixture->store, fixture->session_ids[0],
                                              outsider, CORRO_ATTENDANCE_PRESENT, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_ENROLLED);
  g_clear_error (&error);

  marks = corro_store_list_attendance (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (marks->len, ==, 2);
  for (guint i = 0; i < marks->len; i++)
    {
      CorroStoreMark *mark = &g_array_index (marks, CorroStoreMark, i);

      g_assert_cmpint (mark->session_id, ==, fixture->session_ids[0]);
      g_assert_cmpint (mark->mark, ==, mark->participant_id == lucia
                                       ? CORRO_ATTENDANCE_PRESENT
                                       : CORRO_ATTENDANCE_CAUGHT_UP);
    }

  /* A session without notes can be deleted, with its attendance. */
  g_assert_true (corro_store_delete_session (fixture->store, fixture->session_ids[0], &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM attendance"), ==, 0);
}

static void
test_reflections (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStoreReflection) note = NULL;
  g_autoptr(GPtrArray) addenda = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  gint64 lucia = add_member (fixture, fixture->group_id, "Lucía Hernández");
  gint64 outsider_group = create_group (fixture->store, "Other", NULL);
  gint64 outsider = add_member (fixture, outsider_group, "Tom Baker");
  CorroStoreReflection about_outsider = {
    .kind = CORRO_REFLECTION_PARTICIPANT,
    .session_id = fixture->session_ids[0],
    .participant_id = outsider,
  };
  gint64 id, empty;

  id = add_note (fixture, CORRO_REFLECTION_PARTICIPANT, fixture->session_ids[0], lucia, "");
  g_assert_true (corro_store_save_reflection_text (fixture->store, id, "Lucía habló", &error));
  g_assert_true (corro_store_save_reflection_text (fixture->store, id,
                                                   "Lucía habló de su música de tiburón",
                                                   &error));
  g_assert_no_error (error);
  note = corro_store_get_reflection (fixture->store, id, &error);
  g_assert_cmpstr (note->text, ==, "Lucía habló de su música de tiburón");
  g_assert_null (note->finalised_at);
  g_assert_cmpint (note->kind, ==, CORRO_REFLECTION_PARTICIPANT);
  g_assert_cmpint (note->participant_id, ==, lucia);

  /* A note about someone outside the session's group is refused. */
  g_assert_cmpint (corro_store_insert_reflection (fixture->store, &about_outsider, &error),
                   ==, 0);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_ENROLLED);
  g_clear_error (&error);

  /* Addenda are for finalised notes only; drafts are edited. */
  g_assert_cmpint (corro_store_add_addendum (fixture->store, id, "Más", &error), ==, 0);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FINALISED);
  g_clear_error (&error);

  g_assert_true (corro_store_finalise_reflection (fixture->store, id, &error));
  g_assert_true (corro_store_finalise_reflection (fixture->store, id, &error));
  g_assert_no_error (error);

  /* Finalised: no edits, no deletion, only addenda. */
  g_assert_false (corro_store_save_reflection_text (fixture->store, id, "Rewritten", &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_FINALISED);
  g_clear_error (&error);
  g_assert_false (exec_sql (fixture, "UPDATE reflection SET finalised_at = NULL", &error));
  g_clear_error (&error);
  g_assert_false (corro_store_delete_reflection (fixture->store, id, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_FINALISED);
  g_clear_error (&error);
  g_assert_cmpint (corro_store_add_addendum (fixture->store, id, "  ", &error), ==, 0);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (corro_store_add_addendum (fixture->store, id,
                                             "Corrección: fue en la sesión 2.", &error), >, 0);
  g_assert_no_error (error);
  g_assert_false (exec_sql (fixture, "UPDATE addendum SET text = 'forged'", &error));
  g_clear_error (&error);

  g_clear_pointer (&note, corro_store_reflection_free);
  note = corro_store_get_reflection (fixture->store, id, &error);
  g_assert_cmpstr (note->text, ==, "Lucía habló de su música de tiburón");
  g_assert_nonnull (note->finalised_at);
  addenda = corro_store_list_addenda (fixture->store, id, &error);
  g_assert_cmpuint (addenda->len, ==, 1);
  g_assert_cmpstr (((CorroStoreAddendum *) g_ptr_array_index (addenda, 0))->text, ==,
                   "Corrección: fue en la sesión 2.");

  /* An empty note cannot be finalised; a draft can be deleted. */
  empty = add_note (fixture, CORRO_REFLECTION_SESSION, fixture->session_ids[0], 0, " ");
  g_assert_false (corro_store_finalise_reflection (fixture->store, empty, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (corro_store_delete_reflection (fixture->store, empty, &error));
  g_assert_false (corro_store_save_reflection_text (fixture->store, empty, "x", &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  notes = corro_store_list_participant_reflections (fixture->store, lucia, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
}

static void
test_supervision_apart (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  gint64 lucia = add_member (fixture, fixture->group_id, "Lucía Hernández");
  gint64 session = fixture->session_ids[0];
  gint64 session_note, participant_note, self_note, fidelity_note;

  session_note = add_note (fixture, CORRO_REFLECTION_SESSION, session, 0,
                           "El grupo habló del Círculo");
  participant_note = add_note (fixture, CORRO_REFLECTION_PARTICIPANT, session, lucia,
                               "Lucía y el Círculo");
  self_note = add_note (fixture, CORRO_REFLECTION_SELF, session, 0,
                        "Mi música de tiburón sonó cuando Lucía lloró: Círculo");
  fidelity_note = add_note (fixture, CORRO_REFLECTION_FIDELITY, session, 0,
                            "Fidelidad de contenido: Círculo completo");

  notes = corro_store_list_session_reflections (fixture->store, session,
                                                CORRO_NOTE_SCOPE_RECORDS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 2);
  g_assert_cmpint (((CorroStoreReflection *) g_ptr_array_index (notes, 0))->id, ==,
                   session_note);
  g_assert_cmpint (((CorroStoreReflection *) g_ptr_array_index (notes, 1))->id, ==,
                   participant_note);
  g_clear_pointer (&notes, g_ptr_array_unref);

  notes = corro_store_list_participant_reflections (fixture->store, lucia, &error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpint (((CorroStoreReflection *) g_ptr_array_index (notes, 0))->id, ==,
                   participant_note);
  g_clear_pointer (&notes, g_ptr_array_unref);

  notes = corro_store_list_session_reflections (fixture->store, session,
                                                CORRO_NOTE_SCOPE_SUPERVISION, &error);
  g_assert_cmpuint (notes->len, ==, 2);
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = corro_store_list_supervision_reflections (fixture->store, 0, &error);
  g_assert_cmpuint (notes->len, ==, 2);
  for (guint i = 0; i < notes->len; i++)
    {
      CorroStoreReflection *note = g_ptr_array_index (notes, i);

      g_assert_true (note->id == self_note || note->id == fidelity_note);
      g_assert_cmpint (note->participant_id, ==, 0);
    }

  /* Searching the records never reaches supervision notes, nor the other way round. */
  matches = corro_store_search_reflections (fixture->store, "circulo",
                                            CORRO_NOTE_SCOPE_RECORDS, 50, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 2);
  for (guint i = 0; i < matches->len; i++)
    {
      CorroStoreMatch *match = g_ptr_array_index (matches, i);

      g_assert_true (match->kind == CORRO_REFLECTION_SESSION ||
                     match->kind == CORRO_REFLECTION_PARTICIPANT);
    }
  g_clear_pointer (&matches, g_ptr_array_unref);
  matches = corro_store_search_reflections (fixture->store, "tiburon",
                                            CORRO_NOTE_SCOPE_RECORDS, 50, NULL, &error);
  g_assert_cmpuint (matches->len, ==, 0);
  g_clear_pointer (&matches, g_ptr_array_unref);
  matches = corro_store_search_reflections (fixture->store, "circulo",
                                            CORRO_NOTE_SCOPE_SUPERVISION, 50, NULL, &error);
  g_assert_cmpuint (matches->len, ==, 2);
}

static void
test_erase_participant (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = NULL;
  CorroStoreContact contact = { .date = (char *) "2025-02-01" };
  gint64 lucia = add_member (fixture, fixture->group_id, "Lucía Hernández");
  gint64 jose = add_member (fixture, fixture->group_id, "José Martínez");
  gint64 session = fixture->session_ids[0];
  gint64 note;

  members = corro_store_list_members (fixture->store, fixture->group_id, &error);
  contact.enrolment_id = ((CorroStoreMember *) g_ptr_array_index (members, 1))->enrolment.id;
  g_assert_cmpint (((CorroStoreMember *) g_ptr_array_index (members, 1))->participant.id, ==,
                   lucia);
  corro_store_add_contact (fixture->store, &contact, &error);
  corro_store_set_attendance (fixture->store, session, lucia, CORRO_ATTENDANCE_PRESENT, &error);
  corro_store_set_attendance (fixture->store, session, jose, CORRO_ATTENDANCE_PRESENT, &error);
  g_assert_no_error (error);
  note = add_note (fixture, CORRO_REFLECTION_PARTICIPANT, session, lucia, "Sobre Lucía");
  corro_store_finalise_reflection (fixture->store, note, &error);
  corro_store_add_addendum (fixture->store, note, "Addendum", &error);
  add_note (fixture, CORRO_REFLECTION_SESSION, session, 0, "The group");
  g_assert_no_error (error);

  /* Erased on request, finalised notes about her included; the group's record stays. */
  g_assert_true (corro_store_erase_participant (fixture->store, lucia, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM participant"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM enrolment"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM contact"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM attendance"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM reflection"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM addendum"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM reflection_fts"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM reflection_fts "
                                       "WHERE reflection_fts MATCH 'lucia'"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit WHERE action = 'erase' "
                                       "AND entity = 'participant' AND entity_id = 1"), ==, 1);

  g_assert_false (corro_store_erase_participant (fixture->store, lucia, NULL, NULL, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND);
}

static void
test_audit (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *personal[] = {
    "Lucía", "Hernández", "5555", "example.org", "tiburón", "Cambio", "Health", "Llamada",
    "present",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStoreParticipant) participant = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CorroStoreContact contact = { .date = (char *) "2025-02-01", .note = (char *) "Llamada" };
  gint64 lucia = add_member (fixture, fixture->group_id, "Lucía Hernández");
  gboolean has_row = FALSE;
  gint64 note;
  guint n_rows = 0;

  participant = corro_store_get_participant (fixture->store, lucia, &error);
  g_free (participant->phone);
  participant->phone = g_strdup ("+52 55 5555 0199");
  participant->child_age_months = 20;
  corro_store_update_participant (fixture->store, participant, &error);
  members = corro_store_list_members (fixture->store, fixture->group_id, &error);
  contact.enrolment_id = ((CorroStoreMember *) g_ptr_array_index (members, 0))->enrolment.id;
  corro_store_add_contact (fixture->store, &contact, &error);
  corro_store_set_enrolment_status (fixture->store, contact.enrolment_id,
                                    CORRO_ENROLMENT_WITHDRAWN, "Cambio de trabajo", NULL,
                                    &error);
  corro_store_set_attendance (fixture->store, fixture->session_ids[0], lucia,
                              CORRO_ATTENDANCE_PRESENT, &error);
  note = add_note (fixture, CORRO_REFLECTION_PARTICIPANT, fixture->session_ids[0], lucia,
                   "Lucía");
  for (guint i = 0; i < 20; i++)
    corro_store_save_reflection_text (fixture->store, note, i % 2 ? "Lucía y su tiburón"
                                                                  : "Lucía", &error);
  corro_store_finalise_reflection (fixture->store, note, &error);
  corro_store_add_addendum (fixture->store, note, "Lucía: tiburón", &error);
  g_assert_no_error (error);

  g_assert_cmpint (corro_store_count_audit (fixture->store, "participant"), ==, 2);
  g_assert_cmpint (corro_store_count_audit (fixture->store, "enrolment"), ==, 2);
  g_assert_cmpint (corro_store_count_audit (fixture->store, "contact"), ==, 1);
  g_assert_cmpint (corro_store_count_audit (fixture->store, "attendance"), ==, 1);
  /* create, then the twenty saves of one writing session as one entry at most (the
   * first edit falls within ten minutes of creation), finalise, addendum */
  g_assert_cmpint (corro_store_count_audit (fixture->store, "reflection"), ==, 3);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit WHERE entity = "
                                       "'participant' AND action = 'update' "
                                       "AND detail = 'child_age phone'"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit WHERE entity = "
                                       "'enrolment' AND detail = 'status reason'"), ==, 1);

  /* No audit row carries anything personal. */
  db = corro_database_open (fixture->path, &error);
  stmt = corro_database_prepare (db, "SELECT action || ' ' || entity || ' ' || "
                                     "coalesce (detail, '') FROM audit", &error);
  while (corro_database_step (db, stmt, &has_row, &error) && has_row)
    {
      const char *row = (const char *) sqlite3_column_text (stmt, 0);

      n_rows++;
      for (guint i = 0; i < G_N_ELEMENTS (personal); i++)
        g_assert_null (strstr (row, personal[i]));
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, >=, 9);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  static const char *queries[] = { "jose", "José", "JOSE tiburon", "tibur", "  musica  " };
  static const char *odd[] = { "\"", "NEAR(jose", "jose OR", "-jose", "*", "", "   ", "a\"b" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  gint64 jose = add_member (fixture, fixture->group_id, "José Martínez");
  gint64 note;
  CorroStoreMatch *match;

  note = add_note (fixture, CORRO_REFLECTION_PARTICIPANT, fixture->session_ids[2], jose,
                   "Hoy José habló de su hija y de la música de tiburón que sintió.");
  add_note (fixture, CORRO_REFLECTION_SESSION, fixture->session_ids[2], 0,
            "The group talked about rupture and repair.");

  /* Without accents, with them, in capitals, and the start of a word. */
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_test_message ("query: %s", queries[i]);
      matches = corro_store_search_reflections (fixture->store, queries[i],
                                                CORRO_NOTE_SCOPE_RECORDS, 10, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (matches->len, ==, 1);
      match = g_ptr_array_index (matches, 0);
      g_assert_cmpint (match->reflection_id, ==, note);
      g_clear_pointer (&matches, g_ptr_array_unref);
    }

  matches = corro_store_search_reflections (fixture->store, "jose",
                                            CORRO_NOTE_SCOPE_RECORDS, 10, NULL, &error);
  match = g_ptr_array_index (matches, 0);
  g_assert_nonnull (strstr (match->snippet,
                            CORRO_STORE_MATCH_OPEN "José" CORRO_STORE_MATCH_CLOSE));
  g_assert_cmpint (match->kind, ==, CORRO_REFLECTION_PARTICIPANT);
  g_assert_cmpint (match->group_id, ==, fixture->group_id);
  g_assert_cmpstr (match->group_name, ==, "Grupo martes");
  g_assert_cmpuint (match->chapter, ==, 3);
  g_assert_cmpstr (match->session_date, ==, "2025-03-18");
  g_assert_cmpstr (match->participant_name, ==, "José Martínez");
  g_assert_false (match->finalised);
  g_clear_pointer (&matches, g_ptr_array_unref);

  /* Edits and addenda are found; what was edited away is not. */
  corro_store_save_reflection_text (fixture->store, note, "José habló de su hija.", &error);
  matches = corro_store_search_reflections (fixture->store, "tiburon",
                                            CORRO_NOTE_SCOPE_RECORDS, 10, NULL, &error);
  g_assert_cmpuint (matches->len, ==, 0);
  g_clear_pointer (&matches, g_ptr_array_unref);
  corro_store_finalise_reflection (fixture->store, note, &error);
  corro_store_add_addendum (fixture->store, note, "Añadido: mencionó la reparación.", &error);
  g_assert_no_error (error);
  matches = corro_store_search_reflections (fixture->store, "anadido",
                                            CORRO_NOTE_SCOPE_RECORDS, 10, NULL, &error);
  g_assert_cmpuint (matches->len, ==, 1);
  match = g_ptr_array_index (matches, 0);
  g_assert_nonnull (strstr (match->snippet, CORRO_STORE_MATCH_OPEN "Añadido"));
  g_assert_true (match->finalised);
  g_clear_pointer (&matches, g_ptr_array_unref);

  /* Words that mean something to FTS5 are only words here; nothing is no query. */
  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      matches = corro_store_search_reflections (fixture->store, odd[i],
                                                CORRO_NOTE_SCOPE_RECORDS, 10, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (matches);
      g_clear_pointer (&matches, g_ptr_array_unref);
    }

  /* The limit holds; a cancelled search says so. */
  for (guint i = 0; i < 5; i++)
    add_note (fixture, CORRO_REFLECTION_SESSION, fixture->session_ids[0], 0, "repair again");
  matches = corro_store_search_reflections (fixture->store, "repair",
                                            CORRO_NOTE_SCOPE_RECORDS, 3, NULL, &error);
  g_assert_cmpuint (matches->len, ==, 3);
  g_clear_pointer (&matches, g_ptr_array_unref);
}

static void
test_completion_rule (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_chapters = 0, required = 0;

  g_assert_true (corro_store_get_completion_rule (fixture->store, "cosp", &n_chapters,
                                                  &required, &error));
  /* The store says what the programme says: nothing yet; the default is the records'. */
  g_assert_cmpuint (n_chapters, ==, 8);
  g_assert_cmpuint (required, ==, 0);
  g_assert_cmpuint (corro_attendance_required_chapters (n_chapters, required), ==, 6);

  g_assert_true (corro_store_set_completion_rule (fixture->store, "cosp", 7, &error));
  g_assert_true (corro_store_get_completion_rule (fixture->store, "cosp", NULL, &required,
                                                  &error));
  g_assert_cmpuint (required, ==, 7);

  put_programme (fixture->store, "short", 4);
  g_assert_true (corro_store_get_completion_rule (fixture->store, "short", &n_chapters,
                                                  &required, &error));
  g_assert_cmpuint (n_chapters, ==, 4);
  g_assert_cmpuint (required, ==, 0);
  g_assert_cmpuint (corro_attendance_required_chapters (n_chapters, required), ==, 3);
  g_assert_no_error (error);
}

static void
test_import_all_or_nothing (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CorroStoreGroup group = { .name = (char *) "Imported", .programme_id = (char *) "cosp" };
  CorroStoreMember members[3] = { 0 };
  gint64 group_id = 0;

  members[0].participant.name = (char *) "Ana";
  members[1].participant.name = (char *) "Beto";
  members[1].enrolment.referral_date = (char *) "2025-01-10";
  members[2].participant.name = (char *) "Carmen";
  members[2].participant.consent_date = (char *) "2025-13-01";

  /* One bad row: no group, no participant is left behind. */
  g_assert_false (corro_store_import_members (fixture->store, 0, &group, members, 3,
                                              &group_id, NULL, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM grp"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM participant"), ==, 0);

  members[2].participant.consent_date = NULL;
  g_assert_true (corro_store_import_members (fixture->store, 0, &group, members, 3,
                                             &group_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (group_id, >, fixture->group_id);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM enrolment"), ==, 3);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM session"), ==, 16);
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/records-store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("groups", test_groups);
  ADD ("delete-group", test_delete_group);
  ADD ("enumerations-checked", test_enumerations_checked);
  ADD ("participants", test_participants);
  ADD ("sessions-and-attendance", test_sessions_and_attendance);
  ADD ("reflections", test_reflections);
  ADD ("supervision-apart", test_supervision_apart);
  ADD ("erase-participant", test_erase_participant);
  ADD ("audit", test_audit);
  ADD ("search", test_search);
  ADD ("completion-rule", test_completion_rule);
  ADD ("import-all-or-nothing", test_import_all_or_nothing);

#undef ADD

  return g_test_run ();
}
