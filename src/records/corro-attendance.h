/* corro-attendance.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "corro-types.h"

G_BEGIN_DECLS

/* What the records count, defined once: every page, report and export asks here. */

gboolean            corro_attendance_mark_is_attended  (CorroAttendanceMark    mark);
gboolean            corro_attendance_mark_shows_held   (CorroAttendanceMark    mark);
guint               corro_attendance_mark_rank         (CorroAttendanceMark    mark);
gboolean            corro_attendance_session_is_held   (gboolean               recorded_held,
                                                        guint                  n_shows_held);
gboolean            corro_attendance_group_is_run      (guint                  n_sessions_held);
gboolean            corro_attendance_has_joined        (CorroEnrolmentStatus   status);
gboolean            corro_attendance_is_served         (CorroEnrolmentStatus   status,
                                                        guint                  n_attended);
gboolean            corro_attendance_is_listed         (CorroEnrolmentStatus   status,
                                                        gboolean               marked);
guint               corro_attendance_required_chapters (guint                  n_chapters,
                                                        guint                  programme_rule);
CorroCompletion     corro_attendance_completion        (guint                  attended_chapters,
                                                        guint                  required_chapters,
                                                        CorroEnrolmentStatus   status,
                                                        CorroGroupStatus       group_status);

/**
 * CorroAttendanceTally:
 * @n_chapters: the programme's chapters
 * @best: [1 … @n_chapters]: the best mark at each chapter, over all its meetings
 * @n_marks: how many of the person's marks are each mark, over all sessions
 * @marked: whether the person has any mark at all
 *
 * One person's attendance in one group, chapter by chapter.
 */
typedef struct
{
  guint                n_chapters;
  CorroAttendanceMark *best;
  guint                n_marks[CORRO_N_ATTENDANCE_MARKS];
  gboolean             marked;
} CorroAttendanceTally;

void                corro_attendance_tally_init        (CorroAttendanceTally  *tally,
                                                        guint                  n_chapters);
void                corro_attendance_tally_add         (CorroAttendanceTally  *tally,
                                                        guint                  chapter,
                                                        CorroAttendanceMark    mark);
CorroAttendanceMark corro_attendance_tally_best        (const CorroAttendanceTally *tally,
                                                        guint                  chapter);
guint               corro_attendance_tally_chapters    (const CorroAttendanceTally *tally);
guint               corro_attendance_tally_sessions    (const CorroAttendanceTally *tally);
void                corro_attendance_tally_clear       (CorroAttendanceTally  *tally);

G_END_DECLS
