/* test-records.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The records as the window uses them: groups and their schedule, enrolment,
 * attendance and the completion rule, notes saved as they are typed (and after a
 * kill -9), finalised notes and addenda, and search off the main thread.
 */

#include "config.h"

#include <signal.h>
#include <string.h>

#include "corro-addendum.h"
#include "corro-age-band.h"
#include "corro-attendance.h"
#include "corro-database.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-reflection.h"
#include "corro-search-result.h"
#include "corro-session.h"
#include "corro-store-records.h"
#include "corro-test-util.h"

typedef struct
{
  char         *dir;
  char         *path;
  CorroStore   *store;
  CorroRecords *records;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CorroStoreChapter chapters[8] = { { 0 } };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (chapters); i++)
    {
      chapters[i].number = i + 1;
      chapters[i].plan = "{}";
    }

  fixture->dir = corro_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "corro.db", NULL);
  fixture->store = corro_store_open (fixture->path, &error);
  g_assert_no_error (error);
  corro_store_put_programme (fixture->store, "cosp", "{}", chapters, 8, &error);
  g_assert_no_error (error);
  fixture->records = corro_records_new (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->records);
  g_clear_object (&fixture->store);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static CorroGroup *
add_group (Fixture    *fixture,
           const char *start_date)
{
  g_autoptr(GError) error = NULL;
  CorroGroup *group = corro_group_new ("Grupo martes", "cosp");

  corro_group_set_start_date (group, start_date);
  corro_group_set_status (group, CORRO_GROUP_STATUS_RUNNING);
  g_assert_true (corro_records_add_group (fixture->records, group, &error));
  g_assert_no_error (error);
  return group;
}

static CorroParticipant *
add_participant (Fixture    *fixture,
                 CorroGroup *group,
                 const char *name)
{
  g_autoptr(CorroParticipant) participant = corro_participant_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (corro_records_add_participant (fixture->records, group, participant, &error));
  g_assert_no_error (error);
  return participant;
}

static CorroSession *
session_at (CorroGroup *group,
            guint       position)
{
  g_autoptr(CorroSession) session = g_list_model_get_item (corro_group_get_sessions (group),
                                                           position);

  g_assert_nonnull (session);
  return session;
}

static void
mark (Fixture             *fixture,
      CorroGroup          *group,
      guint                position,
      CorroParticipant    *participant,
      CorroAttendanceMark  mark)
{
  g_autoptr(GError) error = NULL;

  corro_records_mark_attendance (fixture->records, group, session_at (group, position),
                                 participant, mark, &error);
  g_assert_no_error (error);
}

/* Reads the group again from the store, as a new window would. */
static CorroGroup *
reload (Fixture    *fixture,
        CorroGroup *group)
{
  g_autoptr(CorroRecords) records = corro_records_new (fixture->store);
  g_autoptr(GError) error = NULL;
  CorroGroup *again;

  corro_records_load (records, &error);
  g_assert_no_error (error);
  again = corro_records_find_group (records, corro_group_get_id (group));
  g_assert_nonnull (again);
  corro_records_load_group (records, again, &error);
  g_assert_no_error (error);

  return g_object_ref (again);
}

static void
test_create_group (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CorroGroup) group = add_group (fixture, "2025-03-04");
  g_autoptr(CorroGroup) again = NULL;
  GListModel *sessions = corro_group_get_sessions (group);

  g_assert_cmpint (corro_group_get_id (group), >, 0);
  g_assert_true (corro_group_get_loaded (group));
  g_assert_cmpuint (corro_group_get_weekday (group), ==, 2); /* a Tuesday */
  g_assert_cmpuint (corro_group_get_n_chapters (group), ==, 8);
  g_assert_cmpuint (corro_group_get_required_chapters (group), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (corro_records_get_groups (fixture->records)), ==,
                    1);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 8);
  g_assert_cmpstr (corro_session_get_date (session_at (group, 0)), ==, "2025-03-04");
  g_assert_cmpstr (corro_session_get_date (session_at (group, 7)), ==, "2025-04-22");

  corro_group_set_venue (group, "https://meet.example.org/tuesday");
  corro_group_set_mode (group, CORRO_GROUP_MODE_ONLINE);
  corro_group_set_facilitators (group, "Mariana Ortega, Diego Salas");
  g_assert_true (corro_records_save_group (fixture->records, group, NULL));

  again = reload (fixture, group);
  g_assert_cmpstr (corro_group_get_venue (again), ==, "https://meet.example.org/tuesday");
  g_assert_cmpint (corro_group_get_mode (again), ==, CORRO_GROUP_MODE_ONLINE);
  g_assert_cmpstr (corro_group_get_facilitators (again), ==, "Mariana Ortega, Diego Salas");
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_sessions (again)), ==, 8);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *n_changes)
{
  (*n_changes)++;
}

/* A session planned for tomorrow, presented today from 10:02 to 11:30 with the second
 * segment jumped over: recorded as held only when asked, under today's date, with the
 * real times and the one segment skipped; the sessions model says so at once; "not held"
 * again undoes it; each is a row of the audit trail. Bad days are refused. */
static void
test_record_held (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *planned = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autoptr(GDateTime) started = g_date_time_new_local (g_date_time_get_year (now),
                                                        g_date_time_get_month (now),
                                                        g_date_time_get_day_of_month (now),
                                                        10, 2, 0);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 88);
  g_autoptr(CorroGroup) group = add_group (fixture, planned);
  g_autoptr(CorroGroup) again = NULL;
  g_autoptr(GError) error = NULL;
  CorroSession *first = session_at (group, 0);
  const guint skipped[] = { 1 };
  gint64 audits = corro_store_count_audit (fixture->store, "session");
  guint n_changes = 0;

  g_assert_cmpstr (corro_session_get_date (first), ==, planned);
  g_assert_false (corro_session_get_held (first));
  g_signal_connect (corro_group_get_sessions (group), "items-changed",
                    G_CALLBACK (on_items_changed_cb), &n_changes);

  g_assert_true (corro_records_record_held (fixture->records, group, first, today, started,
                                            ended, skipped, G_N_ELEMENTS (skipped), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpint (corro_store_count_audit (fixture->store, "session"), ==, audits + 1);

  again = reload (fixture, group);
  first = session_at (again, 0);
  g_assert_true (corro_session_get_held (first));
  g_assert_cmpstr (corro_session_get_date (first), ==, today);
  g_assert_cmpstr (corro_session_get_started_at (first), ==, "10:02");
  g_assert_cmpstr (corro_session_get_ended_at (first), ==, "11:30");
  g_assert_cmpstr (corro_session_get_skipped (first), ==, "2");

  /* Not held after all: undone and audited; the date stays the day it was moved to. */
  g_signal_connect (corro_group_get_sessions (again), "items-changed",
                    G_CALLBACK (on_items_changed_cb), &n_changes);
  g_assert_true (corro_records_record_not_held (fixture->records, again, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes, ==, 2);
  g_assert_false (corro_session_get_held (first));
  g_assert_null (corro_session_get_started_at (first));
  g_assert_cmpstr (corro_session_get_skipped (first), ==, "");
  g_assert_cmpint (corro_store_count_audit (fixture->store, "session"), ==, audits + 2);
  g_clear_object (&again);
  again = reload (fixture, group);
  g_assert_false (corro_session_get_held (session_at (again, 0)));

  /* A day still to come, or no day, is refused and nothing changes. */
  first = session_at (again, 0);
  g_assert_false (corro_records_record_held (fixture->records, again, first, planned, NULL, NULL,
                                             NULL, 0, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (corro_records_record_held (fixture->records, again, first, "2025-02-30", NULL,
                                             NULL, NULL, 0, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (corro_session_get_held (first));
  g_assert_cmpint (corro_store_count_audit (fixture->store, "session"), ==, audits + 2);
}

static void
test_schedule (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CorroGroup) group = add_group (fixture, "2025-03-04");
  g_autoptr(CorroGroup) again = NULL;
  g_autoptr(GError) error = NULL;
  CorroSession *third = session_at (group, 2);
  CorroSession *extra;
  guint n_changes = 0;

  g_signal_connect (corro_group_get_sessions (group), "items-changed",
                    G_CALLBACK (on_items_changed_cb), &n_changes);

  /* Moved past the next session's date: the list follows the calendar. */
  g_assert_true (corro_records_move_session (fixture->records, group, third, "2025-03-27",
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_true (session_at (group, 3) == third);
  g_assert_cmpuint (corro_session_get_chapter (session_at (group, 2)), ==, 4);

  /* An impossible date is refused and the session stays where it was. */
  g_assert_false (corro_records_move_session (fixture->records, group, third, "2025-02-30",
                                              &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (corro_session_get_date (third), ==, "2025-03-27");

  /* A chapter split over two meetings. */
  extra = corro_records_add_extra_session (fixture->records, group, 3, "2025-03-28", &error);
  g_assert_no_error (error);
  g_assert_true (corro_session_get_extra (extra));
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_sessions (group)), ==, 9);
  g_assert_true (session_at (group, 4) == extra);

  /* A new start date moves the sessions not yet held, not the extra meeting. */
  corro_session_set_held (session_at (group, 0), TRUE);
  g_assert_true (corro_records_save_session (fixture->records, session_at (group, 0), &error));
  g_assert_true (corro_records_set_start_date (fixture->records, group, "2025-04-01", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (corro_group_get_start_date (group), ==, "2025-04-01");
  g_assert_cmpstr (corro_session_get_date (session_at (group, 0)), ==, "2025-03-04");
  g_assert_cmpstr (corro_session_get_date (session_at (group, 1)), ==, "2025-03-28");
  g_assert_true (corro_session_get_extra (session_at (group, 1)));
  g_assert_cmpstr (corro_session_get_date (session_at (group, 2)), ==, "2025-04-08");
  g_assert_cmpstr (corro_session_get_date (session_at (group, 8)), ==, "2025-05-20");

  again = reload (fixture, group);
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_sessions (again)), ==, 9);
  g_assert_true (corro_session_get_held (session_at (again, 0)));
}

static void
test_enrolment (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CorroGroup) group = add_group (fixture, "2025-03-04");
  g_autoptr(CorroGroup) later = add_group (fixture, "2025-09-02");
  g_autoptr(CorroGroup) again = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  CorroParticipant *lucia, *ana, *lucia_later;

  ana = add_participant (fixture, group, "Ana Ruiz");
  lucia = add_participant (fixture, group, "lucía Hernández");
  add_participant (fixture, group, "Beto");
  g_assert_cmpint (corro_participant_get_status (lucia), ==, CORRO_ENROLMENT_REFERRED);
  g_assert_true (g_list_model_get_item (corro_group_get_participants (group), 2) == lucia);
  g_object_unref (lucia);
  g_assert_true (corro_group_find_participant (group, corro_participant_get_id (ana)) == ana);

  corro_participant_set_phone (lucia, "55 5555 0142");
  corro_participant_set_referral_source (lucia, "Centro de salud");
  corro_participant_set_referral_date (lucia, "2025-02-01");
  g_assert_true (corro_records_save_participant (fixture->records, lucia, &error));
  g_assert_no_error (error);

  /* referred → pre-group contact → enrolled */
  g_assert_true (corro_records_log_contact (fixture->records, group, lucia, "2025-02-20",
                                            CORRO_CONTACT_PHONE, "Welcome call", &error));
  g_assert_cmpint (corro_participant_get_status (lucia), ==, CORRO_ENROLMENT_CONTACTED);
  g_assert_true (corro_records_set_status (fixture->records, group, lucia,
                                           CORRO_ENROLMENT_ENROLLED, NULL, &error));
  contacts = corro_records_list_contacts (fixture->records, lucia, &error);
  g_assert_cmpuint (contacts->len, ==, 1);

  /* → withdrawn, with a reason; short of the chapters, she did not complete. */
  g_assert_true (corro_records_set_status (fixture->records, group, ana,
                                           CORRO_ENROLMENT_WITHDRAWN, "Moved away", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (corro_participant_get_status_reason (ana), ==, "Moved away");
  g_assert_nonnull (corro_participant_get_status_date (ana));
  g_assert_cmpint (corro_participant_get_completion (ana), ==, CORRO_COMPLETION_NOT_COMPLETED);

  /* The same person in a later group. */
  again = reload (fixture, group);
  lucia_later = corro_group_find_participant (again, corro_participant_get_id (lucia));
  g_assert_cmpstr (corro_participant_get_phone (lucia_later), ==, "55 5555 0142");
  g_assert_cmpstr (corro_participant_get_referral_date (lucia_later), ==, "2025-02-01");
  g_assert_cmpint (corro_participant_get_status (lucia_later), ==, CORRO_ENROLMENT_ENROLLED);
  g_assert_true (corro_records_add_participant (fixture->records, later, lucia_later, &error));
  g_assert_no_error (error);
  g_assert_cmpint (corro_participant_get_group_id (lucia_later), ==, corro_group_get_id (later));
  g_assert_cmpint (corro_participant_get_status (lucia_later), ==, CORRO_ENROLMENT_REFERRED);

  /* Erased on request: gone from the group, with her marks. */
  mark (fixture, group, 0, lucia, CORRO_ATTENDANCE_PRESENT);
  g_assert_true (corro_records_erase_participant (fixture->records, group, lucia, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_participants (group)), ==, 2);
  g_assert_cmpint (corro_session_count_marks (session_at (group, 0), CORRO_ATTENDANCE_PRESENT),
                   ==, 0);
}

static void
test_completion_rule (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct
  {
    guint                attended;
    guint                required;
    CorroEnrolmentStatus status;
    CorroGroupStatus     group;
    CorroCompletion      expected;
  } rules[] = {
    { 6, 6, CORRO_ENROLMENT_ENROLLED, CORRO_GROUP_STATUS_RUNNING, CORRO_COMPLETION_COMPLETED },
    { 5, 6, CORRO_ENROLMENT_ENROLLED, CORRO_GROUP_STATUS_RUNNING, CORRO_COMPLETION_IN_PROGRESS },
    { 5, 6, CORRO_ENROLMENT_ENROLLED, CORRO_GROUP_STATUS_FINISHED,
      CORRO_COMPLETION_NOT_COMPLETED },
    { 2, 6, CORRO_ENROLMENT_WITHDRAWN, CORRO_GROUP_STATUS_RUNNING,
      CORRO_COMPLETION_NOT_COMPLETED },
    { 7, 6, CORRO_ENROLMENT_WITHDRAWN, CORRO_GROUP_STATUS_FINISHED,
      CORRO_COMPLETION_COMPLETED },
    { 4, 6, CORRO_ENROLMENT_COMPLETED, CORRO_GROUP_STATUS_FINISHED,
      CORRO_COMPLETION_COMPLETED },
  };
  g_autoptr(CorroGroup) group = add_group (fixture, "2025-03-04");
  g_autoptr(CorroGroup) again = NULL;
  g_autoptr(GError) error = NULL;
  CorroParticipant *jose, *maria;
  CorroSession *extra;
  guint n_attended = 0, n_missed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    g_assert_cmpint (corro_attendance_completion (rules[i].attended, rules[i].required,
                                                  rules[i].status, rules[i].group),
                     ==, rules[i].expected);

  jose = add_participant (fixture, group, "José Martínez");
  maria = add_participant (fixture, group, "María Sánchez");
  corro_records_set_status (fixture->records, group, jose, CORRO_ENROLMENT_ENROLLED, NULL,
                            &error);
  corro_records_set_status (fixture->records, group, maria, CORRO_ENROLMENT_ENROLLED, NULL,
                            &error);

  /* José: five chapters present or late, one missed and caught up later: six. */
  mark (fixture, group, 0, jose, CORRO_ATTENDANCE_PRESENT);
  mark (fixture, group, 1, jose, CORRO_ATTENDANCE_LATE);
  mark (fixture, group, 2, jose, CORRO_ATTENDANCE_PRESENT);
  mark (fixture, group, 3, jose, CORRO_ATTENDANCE_PRESENT);
  g_assert_cmpuint (corro_participant_get_attended_chapters (jose), ==, 4);
  g_assert_cmpint (corro_participant_get_completion (jose), ==, CORRO_COMPLETION_IN_PROGRESS);
  mark (fixture, group, 4, jose, CORRO_ATTENDANCE_ABSENT);
  mark (fixture, group, 5, jose, CORRO_ATTENDANCE_PRESENT);
  g_assert_cmpuint (corro_participant_get_attended_chapters (jose), ==, 5);
  mark (fixture, group, 4, jose, CORRO_ATTENDANCE_CAUGHT_UP);
  g_assert_cmpuint (corro_participant_get_attended_chapters (jose), ==, 6);
  g_assert_cmpint (corro_participant_get_completion (jose), ==, CORRO_COMPLETION_COMPLETED);
  g_assert_cmpuint (corro_participant_get_n_marks (jose, CORRO_ATTENDANCE_CAUGHT_UP), ==, 1);
  g_assert_cmpuint (corro_participant_get_n_marks (jose, CORRO_ATTENDANCE_ABSENT), ==, 0);

  /* María: both meetings of a split chapter count it once; absent and excused not at all. */
  extra = corro_records_add_extra_session (fixture->records, group, 1, "2025-03-05", &error);
  g_assert_no_error (error);
  corro_records_mark_attendance (fixture->records, group, extra, maria,
                                 CORRO_ATTENDANCE_PRESENT, &error);
  mark (fixture, group, 0, maria, CORRO_ATTENDANCE_PRESENT);
  mark (fixture, group, 2, maria, CORRO_ATTENDANCE_EXCUSED);
  mark (fixture, group, 3, maria, CORRO_ATTENDANCE_ABSENT);
  g_assert_no_error (error);
  g_assert_cmpuint (corro_participant_get_attended_chapters (maria), ==, 1);
  g_object_get (maria, "n-attended", &n_attended, "n-missed", &n_missed, NULL);
  g_assert_cmpuint (n_attended, ==, 2);
  g_assert_cmpuint (n_missed, ==, 2);

  /* The rule is the programme's: 7 of 8 here. */
  corro_store_set_completion_rule (fixture->store, "cosp", 7, &error);
  g_assert_no_error (error);
  again = reload (fixture, group);
  g_assert_cmpuint (corro_group_get_required_chapters (again), ==, 7);
  jose = corro_group_find_participant (again, corro_participant_get_id (jose));
  g_assert_cmpuint (corro_participant_get_attended_chapters (jose), ==, 6);
  g_assert_cmpint (corro_participant_get_completion (jose), ==, CORRO_COMPLETION_IN_PROGRESS);
  mark (fixture, again, 7, jose, CORRO_ATTENDANCE_PRESENT);
  g_assert_cmpint (corro_participant_get_completion (jose), ==, CORRO_COMPLETION_COMPLETED);

  /* Finishing the group completes those who met the rule; the others did not. */
  g_assert_true (corro_records_finish_group (fixture->records, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (corro_participant_get_status (jose), ==, CORRO_ENROLMENT_COMPLETED);
  maria = corro_group_find_participant (again, corro_participant_get_id (maria));
  g_assert_cmpint (corro_participant_get_status (maria), ==, CORRO_ENROLMENT_ENROLLED);
  g_assert_cmpint (corro_participant_get_completion (maria), ==, CORRO_COMPLETION_NOT_COMPLETED);
}

static void
on_mark_changed_cb (CorroSession        *session,
                    gint64               participant_id,
                    CorroAttendanceMark  mark,
                    CorroAttendanceMark *seen)
{
  *seen = mark;
}

static void
count_notify (guint *n)
{
  (*n)++;
}

static void
test_attendance (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CorroGroup) group = add_group (fixture, "2025-03-04");
  g_autoptr(CorroGroup) other = add_group (fixture, "2025-03-05");
  g_autoptr(CorroGroup) again = NULL;
  g_autoptr(GError) error = NULL;
  CorroParticipant *lucia = add_participant (fixture, group, "Lucía");
  CorroParticipant *outsider = add_participant (fixture, other, "Tom");
  CorroSession *first = session_at (group, 0);
  CorroAttendanceMark seen = CORRO_ATTENDANCE_NONE;
  guint notified = 0;

  g_signal_connect (first, "mark-changed", G_CALLBACK (on_mark_changed_cb), &seen);
  g_signal_connect_swapped (lucia, "notify::attended-chapters",
                            G_CALLBACK (count_notify), &notified);

  g_assert_false (corro_session_get_held (first));
  mark (fixture, group, 0, lucia, CORRO_ATTENDANCE_LATE);
  g_assert_cmpint (seen, ==, CORRO_ATTENDANCE_LATE);
  g_assert_true (corro_session_get_held (first));
  g_assert_cmpint (corro_session_get_mark (first, corro_participant_get_id (lucia)), ==,
                   CORRO_ATTENDANCE_LATE);
  g_assert_cmpuint (corro_participant_get_n_marks (lucia, CORRO_ATTENDANCE_LATE), ==, 1);
  g_assert_cmpuint (corro_participant_get_attended_chapters (lucia), ==, 1);
  g_assert_cmpuint (notified, ==, 1);

  mark (fixture, group, 0, lucia, CORRO_ATTENDANCE_NONE);
  g_assert_cmpint (seen, ==, CORRO_ATTENDANCE_NONE);
  g_assert_cmpuint (corro_participant_get_attended_chapters (lucia), ==, 0);

  /* Someone from another group cannot be marked here; nothing changes. */
  g_assert_false (corro_records_mark_attendance (fixture->records, group, first, outsider,
                                                 CORRO_ATTENDANCE_PRESENT, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_ENROLLED);
  g_assert_cmpint (corro_session_get_mark (first, corro_participant_get_id (outsider)), ==,
                   CORRO_ATTENDANCE_NONE);

  mark (fixture, group, 1, lucia, CORRO_ATTENDANCE_EXCUSED);
  again = reload (fixture, group);
  g_assert_true (corro_session_get_held (session_at (again, 0)));
  g_assert_cmpint (corro_session_get_mark (session_at (again, 1),
                                           corro_participant_get_id (lucia)),
                   ==, CORRO_ATTENDANCE_EXCUSED);
  g_assert_cmpint (corro_session_count_marks (session_at (again, 1), CORRO_ATTENDANCE_EXCUSED),
                   ==, 1);
}

static void
test_reflections (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CorroGroup) group = add_group (fixture, "2025-03-04");
  g_autoptr(CorroReflection) session_note = NULL;
  g_autoptr(CorroReflection) about_lucia = NULL;
  g_autoptr(CorroReflection) self_note = NULL;
  g_autoptr(CorroReflection) fidelity = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(CorroReflection) loaded = NULL;
  g_autoptr(GError) error = NULL;
  CorroParticipant *lucia = add_participant (fixture, group, "Lucía");
  CorroSession *first = session_at (group, 0);
  gint64 session_id = corro_session_get_id (first);
  CorroAddendum *addendum;

  session_note = corro_reflection_new (CORRO_REFLECTION_SESSION, session_id, 0);

  /* Nothing is kept until there is text; then each save is the whole text. */
  g_assert_true (corro_records_save_reflection (fixture->records, session_note, "", &error));
  g_assert_cmpint (corro_reflection_get_id (session_note), ==, 0);
  g_assert_true (corro_records_save_reflection (fixture->records, session_note, "El grupo",
                                                &error));
  g_assert_cmpint (corro_reflection_get_id (session_note), >, 0);
  g_assert_nonnull (corro_reflection_get_created_at (session_note));
  g_assert_true (corro_records_save_reflection (fixture->records, session_note,
                                                "El grupo habló del Círculo.", &error));
  g_assert_true (corro_records_save_reflection (fixture->records, session_note,
                                                "El grupo habló del Círculo.", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (corro_reflection_get_text (session_note), ==, "El grupo habló del Círculo.");

  about_lucia = corro_reflection_new (CORRO_REFLECTION_PARTICIPANT, session_id,
                                      corro_participant_get_id (lucia));
  self_note = corro_reflection_new (CORRO_REFLECTION_SELF, session_id, 0);
  fidelity = corro_reflection_new (CORRO_REFLECTION_FIDELITY, 0, 0);
  g_assert_true (corro_records_save_reflection (fixture->records, about_lucia,
                                                "Lucía compartió mucho.", &error));
  g_assert_true (corro_records_save_reflection (fixture->records, self_note,
                                                "Mi música de tiburón.", &error));
  g_assert_true (corro_records_save_reflection (fixture->records, fidelity,
                                                "Fidelidad: pausas completas.", &error));
  g_assert_no_error (error);

  /* The families' records and supervision notes are loaded apart. */
  notes = corro_records_load_session_notes (fixture->records, first, CORRO_NOTE_SCOPE_RECORDS,
                                            &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);
  g_clear_object (&notes);
  notes = corro_records_load_participant_notes (fixture->records, lucia, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  g_clear_object (&notes);
  notes = corro_records_load_session_notes (fixture->records, first,
                                            CORRO_NOTE_SCOPE_SUPERVISION, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  g_clear_object (&notes);
  notes = corro_records_load_supervision_notes (fixture->records, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);
  g_clear_object (&notes);
  g_assert_no_error (error);

  /* Finalised: edits refused, addenda taken, dated. */
  g_assert_false (corro_records_add_addendum (fixture->records, session_note, "Más", &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FINALISED);
  g_clear_error (&error);
  g_assert_true (corro_records_finalise_reflection (fixture->records, session_note, &error));
  g_assert_true (corro_reflection_get_finalised (session_note));
  g_assert_false (corro_records_save_reflection (fixture->records, session_note, "Otro texto",
                                                 &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_FINALISED);
  g_clear_error (&error);
  g_assert_cmpstr (corro_reflection_get_text (session_note), ==, "El grupo habló del Círculo.");
  g_assert_false (corro_records_delete_reflection (fixture->records, session_note, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_FINALISED);
  g_clear_error (&error);
  addendum = corro_records_add_addendum (fixture->records, session_note,
                                         "Añadido: Jorge llegó al final.", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (corro_addendum_get_text (addendum), ==, "Añadido: Jorge llegó al final.");
  g_assert_nonnull (corro_addendum_get_created_at (addendum));
  g_assert_cmpuint (g_list_model_get_n_items (corro_reflection_get_addenda (session_note)), ==,
                    1);

  notes = corro_records_load_session_notes (fixture->records, first, CORRO_NOTE_SCOPE_RECORDS,
                                            &error);
  loaded = g_list_model_get_item (notes, 0);
  g_assert_cmpint (corro_reflection_get_id (loaded), ==, corro_reflection_get_id (session_note));
  g_assert_true (corro_reflection_get_finalised (loaded));
  g_assert_cmpuint (g_list_model_get_n_items (corro_reflection_get_addenda (loaded)), ==, 1);
}

typedef struct
{
  GMainLoop  *loop;
  GListModel *results;
  GError     *error;
} SearchWait;

static void
on_search_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SearchWait *wait = user_data;

  wait->results = corro_records_search_finish (CORRO_RECORDS (source), result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static GListModel *
search (Fixture        *fixture,
        const char     *query,
        CorroNoteScope  scope)
{
  SearchWait wait = { g_main_loop_new (NULL, FALSE), NULL, NULL };

  corro_records_search_async (fixture->records, query, scope, NULL, on_search_done_cb, &wait);
  g_main_loop_run (wait.loop);
  g_main_loop_unref (wait.loop);
  g_assert_no_error (wait.error);
  g_assert_nonnull (wait.results);

  return wait.results;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CorroGroup) group = add_group (fixture, "2025-03-04");
  g_autoptr(CorroReflection) note = NULL;
  g_autoptr(CorroReflection) self_note = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(CorroSearchResult) found = NULL;
  g_autoptr(GError) error = NULL;
  CorroParticipant *jose = add_participant (fixture, group, "José Martínez");
  gint64 session_id = corro_session_get_id (session_at (group, 1));

  note = corro_reflection_new (CORRO_REFLECTION_PARTICIPANT, session_id,
                               corro_participant_get_id (jose));
  corro_records_save_reflection (fixture->records, note,
                                 "José dijo: «mi hija <3 & yo» y habló de reparación.",
                                 &error);
  self_note = corro_reflection_new (CORRO_REFLECTION_SELF, session_id, 0);
  corro_records_save_reflection (fixture->records, self_note,
                                 "Cuando José se enojó sonó mi música de tiburón.", &error);
  g_assert_no_error (error);

  /* Without the accent, with it: the same note, the match highlighted, markup-safe. */
  results = search (fixture, "jose", CORRO_NOTE_SCOPE_RECORDS);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  found = g_list_model_get_item (results, 0);
  g_assert_cmpint (corro_search_result_get_reflection_id (found), ==,
                   corro_reflection_get_id (note));
  g_assert_cmpstr (corro_search_result_get_snippet_markup (found), ==,
                   "<b>José</b> dijo: «mi hija &lt;3 &amp; yo» y habló de reparación.");
  g_assert_cmpstr (corro_search_result_get_snippet (found), ==,
                   "José dijo: «mi hija <3 & yo» y habló de reparación.");
  g_assert_cmpstr (corro_search_result_get_participant_name (found), ==, "José Martínez");
  g_assert_cmpstr (corro_search_result_get_group_name (found), ==, "Grupo martes");
  g_assert_cmpuint (corro_search_result_get_chapter (found), ==, 2);
  g_assert_cmpint (corro_search_result_get_kind (found), ==, CORRO_REFLECTION_PARTICIPANT);
  g_clear_object (&found);
  g_clear_object (&results);

  results = search (fixture, "REPARACIÓN", CORRO_NOTE_SCOPE_RECORDS);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  found = g_list_model_get_item (results, 0);
  g_assert_nonnull (strstr (corro_search_result_get_snippet_markup (found),
                            "<b>reparación</b>"));
  g_clear_object (&found);
  g_clear_object (&results);

  /* The self-reflection is found only among supervision notes. */
  results = search (fixture, "tiburon", CORRO_NOTE_SCOPE_RECORDS);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_clear_object (&results);
  results = search (fixture, "tiburon", CORRO_NOTE_SCOPE_SUPERVISION);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_clear_object (&results);

  results = search (fixture, "nothing like this", CORRO_NOTE_SCOPE_RECORDS);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
}

static void
test_search_cancelled (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  SearchWait wait = { g_main_loop_new (NULL, FALSE), NULL, NULL };

  g_cancellable_cancel (cancellable);
  corro_records_search_async (fixture->records, "jose", CORRO_NOTE_SCOPE_RECORDS, cancellable,
                              on_search_done_cb, &wait);
  g_main_loop_run (wait.loop);
  g_main_loop_unref (wait.loop);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (wait.results);
  g_clear_error (&wait.error);
}

/* A facilitator typing a session note, saved every 100 ms as the window's autosave
 * does, killed with SIGKILL: on reopen the note holds everything saved before the kill,
 * intact, so at most the last tenth of a second of typing is lost. */
static void
test_kill_while_typing (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "note-writer", NULL);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroStoreReflection) note = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  char *line;
  gint64 note_id = 0;
  gsize saved = 0;
  guint n_saves = 0;
  guint kill_after = (guint) g_test_rand_int_range (10, 20);

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, writer, path, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

  while (n_saves < kill_after &&
         (line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error)) != NULL)
    {
      if (g_str_has_prefix (line, "text "))
        text = g_strdup (line + strlen ("text "));
      else if (g_str_has_prefix (line, "note "))
        note_id = g_ascii_strtoll (line + strlen ("note "), NULL, 10);
      else if (g_str_has_prefix (line, "saved "))
        {
          saved = g_ascii_strtoull (line + strlen ("saved "), NULL, 10);
          n_saves++;
        }
      g_free (line);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n_saves, ==, kill_after);

  /* Somewhere in the next tick: between keys, or in the middle of a save. */
  g_usleep ((gulong) g_test_rand_int_range (0, 100) * G_TIME_SPAN_MILLISECOND);
  g_subprocess_send_signal (child, SIGKILL);
  while ((line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, NULL)) != NULL)
    {
      if (g_str_has_prefix (line, "saved "))
        saved = g_ascii_strtoull (line + strlen ("saved "), NULL, 10);
      g_free (line);
    }
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_nonnull (text);
  g_assert_cmpint (note_id, >, 0);

  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  note = corro_store_get_reflection (store, note_id, &error);
  g_assert_no_error (error);

  /* Every save reported is on disk, and the text is what was typed, cut cleanly. */
  while (expected->len < strlen (note->text) + strlen (text))
    g_string_append (expected, text);
  g_test_message ("saved %zu bytes before the kill; %zu on disk", saved, strlen (note->text));
  g_assert_cmpuint (strlen (note->text), >=, saved);
  g_assert_cmpuint (strlen (note->text), <=, saved + 5 * 4);
  g_assert_true (g_str_has_prefix (expected->str, note->text));
  g_assert_true (g_utf8_validate (note->text, -1, NULL));

  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

/* The team's age bands: the defaults, in order; added, renamed, kept while in use. */
static void
test_age_bands (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const keys[] = { "0-2", "3-5", "0-5", "6-12", "13-18" };
  g_autoptr(CorroGroup) group = corro_group_new ("Bandas", "cosp");
  g_autoptr(CorroGroup) bad = corro_group_new ("Made-up band", "cosp");
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *key = NULL;
  GListModel *bands;
  CorroAgeBand *added;

  g_assert_true (corro_records_load (fixture->records, &error));
  g_assert_no_error (error);
  bands = corro_records_get_age_bands (fixture->records);
  g_assert_cmpuint (g_list_model_get_n_items (bands), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(CorroAgeBand) band = g_list_model_get_item (bands, i);

      g_assert_cmpstr (corro_age_band_get_key (band), ==, keys[i]);
      g_assert_cmpstr (corro_age_band_get_label_es (band), !=, "");
    }
  shown = corro_records_describe_age_band (fixture->records, "0-2");
  g_assert_cmpstr (shown, ==, "0–2 years");
  g_clear_pointer (&shown, g_free);
  shown = corro_records_describe_age_band (fixture->records, "other:bebés");
  g_assert_cmpstr (shown, ==, "Other: bebés");
  g_clear_pointer (&shown, g_free);
  shown = corro_records_describe_age_band (fixture->records, "");
  g_assert_cmpstr (shown, ==, "");

  /* A band of the team's own, named in both languages, then renamed: groups stay in it. */
  g_assert_null (corro_records_add_age_band (fixture->records, "  ", "", &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  added = corro_records_add_age_band (fixture->records, " Expecting ", "Embarazo", &error);
  g_assert_no_error (error);
  g_assert_nonnull (added);
  key = g_strdup (corro_age_band_get_key (added));
  g_assert_cmpstr (corro_age_band_get_label_en (added), ==, "Expecting");
  g_assert_cmpuint (g_list_model_get_n_items (bands), ==, G_N_ELEMENTS (keys) + 1);

  corro_group_set_age_band (group, key);
  g_assert_true (corro_records_add_group (fixture->records, group, &error));
  g_assert_no_error (error);
  g_assert_true (corro_records_rename_age_band (fixture->records, key, "Expecting parents",
                                                "Futuros padres", &error));
  g_assert_no_error (error);
  added = corro_records_find_age_band (fixture->records, key);
  g_assert_cmpstr (corro_age_band_get_label_en (added), ==, "Expecting parents");
  g_assert_cmpuint (corro_age_band_get_n_groups (added), ==, 1);

  /* Kept while a group is in it; removed once none is. */
  g_assert_false (corro_records_remove_age_band (fixture->records, key, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_IN_USE);
  g_clear_error (&error);
  corro_group_set_age_band (group, "3-5");
  g_assert_true (corro_records_save_group (fixture->records, group, &error));
  g_assert_no_error (error);
  g_assert_true (corro_records_remove_age_band (fixture->records, key, &error));
  g_assert_no_error (error);
  g_assert_null (corro_records_find_age_band (fixture->records, key));

  /* A group names one of the bands, or none: not free text. */
  corro_group_set_age_band (bad, "0 to 2");
  g_assert_false (corro_records_add_group (fixture->records, bad, &error));
  g_assert_nonnull (error);
}

/* Migration 0010: free text that clearly names a band becomes the band; the rest is kept
 * word for word as "Other: …". */
static void
test_age_band_migration (void)
{
  static const struct
  {
    const char *text;
    const char *band;
  } cases[] = {
    { "0–2 years", "0-2" }, { "0-2 años", "0-2" }, { "menores de 2 años", "0-2" },
    { "Under 2s", "0-2" }, { "0 a 2 años", "0-2" }, { "0 to 2", "0-2" },
    { "3–5", "3-5" }, { "0–5 años", "0-5" }, { "6-12 years", "6-12" },
    { "13 – 18 años", "13-18" }, { "bebés", "other:bebés" },
    { "0-24 months", "other:0-24 months" }, { "", "" },
  };
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroRecords) records = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;

  db = corro_database_open_at_version (path, 8, &error);
  g_assert_no_error (error);
  corro_database_exec (db, "INSERT INTO programme (id, header) VALUES ('cosp', '{}')", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO grp (id, name, programme_id, "
                                              "age_band) VALUES (%u, 'G%u', 'cosp', '%s')",
                                              i + 1, i + 1, cases[i].text);

      corro_database_exec (db, sql, &error);
      g_assert_no_error (error);
    }
  g_clear_object (&db);

  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  groups = corro_store_list_groups (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < groups->len; i++)
    {
      CorroStoreGroup *group = g_ptr_array_index (groups, i);

      g_assert_cmpstr (group->age_band, ==, cases[group->id - 1].band);
    }

  records = corro_records_new (store);
  g_assert_true (corro_records_load (records, &error));
  g_assert_cmpuint (corro_age_band_get_n_groups (corro_records_find_age_band (records, "0-2")),
                    ==, 6);
  g_clear_object (&records);
  g_clear_object (&store);
  corro_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/records/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create-group", test_create_group);
  ADD ("schedule", test_schedule);
  ADD ("enrolment", test_enrolment);
  ADD ("completion-rule", test_completion_rule);
  ADD ("attendance", test_attendance);
  ADD ("record-held", test_record_held);
  ADD ("reflections", test_reflections);
  ADD ("search", test_search);
  ADD ("search-cancelled", test_search_cancelled);
  ADD ("age-bands", test_age_bands);
  g_test_add_func ("/records/age-band-migration", test_age_band_migration);
  g_test_add_func ("/records/kill-while-typing", test_kill_while_typing);

#undef ADD

  return g_test_run ();
}
