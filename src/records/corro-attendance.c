/* corro-attendance.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-attendance"

#include "config.h"

#include "corro-attendance.h"

/* The rules the numbers follow, written once. The group page, the session page, the
 * attendance view, the groups list, the reports (register, completion, service totals)
 * and their CSV and PDF exports all count through these functions; the store reads rows
 * and counts nothing, so no SQL repeats a rule.
 *
 *   attended   a mark of present, late or caught up (the chapter was done later, one to
 *              one); absent and excused are not attended.
 *   best mark  a chapter that met more than once (an extra meeting) shows its best mark:
 *              present > late > caught up > excused > absent > not marked. A chapter is
 *              attended when its best mark is.
 *   completed  attended at least the programme's number of its chapters (its
 *              completion_rule; without one, three quarters rounded up: 6 of 8), each
 *              chapter counted once; or marked completed by hand. Short of that, whoever
 *              withdrew or whose group finished did not complete; the rest are in progress.
 *   held       a session was held when it is recorded as held, or someone was there
 *              (present or late); a caught-up mark does not say the group met.
 *   run        a group ran once one of its sessions was held; a planned group with none
 *              held did not run.
 *   served     a person was served when they joined a group (enrolled, completed or
 *              withdrawn after joining) and attended at least one of its sessions held; a
 *              person only referred or contacted is never served, whatever is marked. */

/**
 * corro_attendance_mark_is_attended:
 *
 * Returns: whether @mark counts as attending: present, late, or caught up later
 */
gboolean
corro_attendance_mark_is_attended (CorroAttendanceMark mark)
{
  return mark == CORRO_ATTENDANCE_PRESENT || mark == CORRO_ATTENDANCE_LATE ||
         mark == CORRO_ATTENDANCE_CAUGHT_UP;
}

/**
 * corro_attendance_mark_shows_held:
 *
 * Returns: whether @mark says the session took place: someone was there
 */
gboolean
corro_attendance_mark_shows_held (CorroAttendanceMark mark)
{
  return mark == CORRO_ATTENDANCE_PRESENT || mark == CORRO_ATTENDANCE_LATE;
}

/**
 * corro_attendance_mark_rank:
 *
 * Returns: the order in which one chapter's marks win when it met more than once;
 *   every attended mark ranks above every mark that is not
 */
guint
corro_attendance_mark_rank (CorroAttendanceMark mark)
{
  static const guint ranks[CORRO_N_ATTENDANCE_MARKS] = {
    [CORRO_ATTENDANCE_NONE] = 0,
    [CORRO_ATTENDANCE_ABSENT] = 1,
    [CORRO_ATTENDANCE_EXCUSED] = 2,
    [CORRO_ATTENDANCE_CAUGHT_UP] = 3,
    [CORRO_ATTENDANCE_LATE] = 4,
    [CORRO_ATTENDANCE_PRESENT] = 5,
  };

  return mark < CORRO_N_ATTENDANCE_MARKS ? ranks[mark] : 0;
}

/**
 * corro_attendance_session_is_held:
 * @recorded_held: whether the session is recorded as held
 * @n_shows_held: how many were marked present or late at it
 *
 * Returns: whether the session was held
 */
gboolean
corro_attendance_session_is_held (gboolean recorded_held,
                                  guint    n_shows_held)
{
  return recorded_held || n_shows_held > 0;
}

/**
 * corro_attendance_group_is_run:
 * @n_sessions_held: how many of the group's sessions were held (in the period asked)
 *
 * Returns: whether the group ran
 */
gboolean
corro_attendance_group_is_run (guint n_sessions_held)
{
  return n_sessions_held > 0;
}

/**
 * corro_attendance_has_joined:
 *
 * Returns: whether someone with @status joined the group (rather than only being
 *   referred or contacted)
 */
gboolean
corro_attendance_has_joined (CorroEnrolmentStatus status)
{
  return status == CORRO_ENROLMENT_ENROLLED || status == CORRO_ENROLMENT_COMPLETED ||
         status == CORRO_ENROLMENT_WITHDRAWN;
}

/**
 * corro_attendance_is_served:
 * @status: the person's enrolment status in the group
 * @n_attended: at how many of the group's sessions held (in the period asked) they
 *   have an attended mark
 *
 * Returns: whether the group served the person
 */
gboolean
corro_attendance_is_served (CorroEnrolmentStatus status,
                            guint                n_attended)
{
  return corro_attendance_has_joined (status) && n_attended > 0;
}

/**
 * corro_attendance_is_listed:
 * @marked: whether the person has any mark in the group
 *
 * Returns: whether a register lists the person: those who joined, and anyone marked
 */
gboolean
corro_attendance_is_listed (CorroEnrolmentStatus status,
                            gboolean             marked)
{
  return corro_attendance_has_joined (status) || marked;
}

/**
 * corro_attendance_required_chapters:
 * @n_chapters: how many chapters the programme has
 * @programme_rule: how many the programme asks for, or 0 when it says nothing
 *
 * Returns: how many chapters a participant attends to complete the programme: the
 *   programme's own rule, else three quarters of its chapters rounded up (6 of 8)
 */
guint
corro_attendance_required_chapters (guint n_chapters,
                                    guint programme_rule)
{
  guint required = programme_rule > 0 ? programme_rule : (n_chapters * 3 + 3) / 4;

  return CLAMP (required, 1, MAX (n_chapters, 1));
}

/**
 * corro_attendance_completion:
 * @attended_chapters: how many of the programme's chapters the participant attended
 * @required_chapters: how many the programme asks for
 * @status: the participant's enrolment status
 * @group_status: the group's status
 *
 * The completion rule: a participant completes the programme by attending at least
 * @required_chapters of its chapters, caught-up sessions counting. Staff may also mark
 * someone completed by hand. Short of that, a participant who withdrew, or whose group
 * finished, did not complete it.
 */
CorroCompletion
corro_attendance_completion (guint                attended_chapters,
                             guint                required_chapters,
                             CorroEnrolmentStatus status,
                             CorroGroupStatus     group_status)
{
  if (attended_chapters >= required_chapters || status == CORRO_ENROLMENT_COMPLETED)
    return CORRO_COMPLETION_COMPLETED;
  if (status == CORRO_ENROLMENT_WITHDRAWN || group_status == CORRO_GROUP_STATUS_FINISHED)
    return CORRO_COMPLETION_NOT_COMPLETED;

  return CORRO_COMPLETION_IN_PROGRESS;
}

/* tally */

void
corro_attendance_tally_init (CorroAttendanceTally *tally,
                             guint                 n_chapters)
{
  g_return_if_fail (tally != NULL);

  *tally = (CorroAttendanceTally) { .n_chapters = n_chapters };
  tally->best = g_new0 (CorroAttendanceMark, n_chapters + 1);
}

/**
 * corro_attendance_tally_add:
 * @chapter: the chapter of the session
 * @mark: the person's mark at it
 *
 * Counts one session's mark; a chapter beyond the programme's counts among the marks,
 * not among the chapters.
 */
void
corro_attendance_tally_add (CorroAttendanceTally *tally,
                            guint                 chapter,
                            CorroAttendanceMark   mark)
{
  g_return_if_fail (tally != NULL && tally->best != NULL);
  g_return_if_fail (mark < CORRO_N_ATTENDANCE_MARKS);

  if (mark == CORRO_ATTENDANCE_NONE)
    return;

  tally->n_marks[mark]++;
  tally->marked = TRUE;
  if (chapter >= 1 && chapter <= tally->n_chapters &&
      corro_attendance_mark_rank (mark) > corro_attendance_mark_rank (tally->best[chapter]))
    tally->best[chapter] = mark;
}

CorroAttendanceMark
corro_attendance_tally_best (const CorroAttendanceTally *tally,
                             guint                       chapter)
{
  g_return_val_if_fail (tally != NULL, CORRO_ATTENDANCE_NONE);

  if (chapter < 1 || chapter > tally->n_chapters)
    return CORRO_ATTENDANCE_NONE;

  return tally->best[chapter];
}

/**
 * corro_attendance_tally_chapters:
 *
 * Returns: how many of the programme's chapters were attended, each counted once
 */
guint
corro_attendance_tally_chapters (const CorroAttendanceTally *tally)
{
  guint n = 0;

  g_return_val_if_fail (tally != NULL, 0);

  for (guint c = 1; c <= tally->n_chapters; c++)
    if (corro_attendance_mark_is_attended (tally->best[c]))
      n++;

  return n;
}

/**
 * corro_attendance_tally_sessions:
 *
 * Returns: at how many sessions the person has an attended mark
 */
guint
corro_attendance_tally_sessions (const CorroAttendanceTally *tally)
{
  guint n = 0;

  g_return_val_if_fail (tally != NULL, 0);

  for (CorroAttendanceMark mark = 0; mark < CORRO_N_ATTENDANCE_MARKS; mark++)
    if (corro_attendance_mark_is_attended (mark))
      n += tally->n_marks[mark];

  return n;
}

void
corro_attendance_tally_clear (CorroAttendanceTally *tally)
{
  g_return_if_fail (tally != NULL);

  g_clear_pointer (&tally->best, g_free);
}
