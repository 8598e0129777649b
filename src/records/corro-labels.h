/* corro-labels.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "corro-types.h"

G_BEGIN_DECLS

/* The words the interface uses for the records' enumerations, in its own language. */
const char *corro_label_group_mode        (CorroGroupMode       mode);
const char *corro_label_group_status      (CorroGroupStatus     status);
const char *corro_label_weekday           (guint                weekday);
const char *corro_label_relationship      (CorroRelationship    relationship);
const char *corro_label_enrolment_status  (CorroEnrolmentStatus status);
const char *corro_label_attendance_mark   (CorroAttendanceMark  mark);
const char *corro_label_attendance_letter (CorroAttendanceMark  mark);
const char *corro_label_attendance_word   (CorroAttendanceMark  mark);
guint       corro_label_attendance_keyval (CorroAttendanceMark  mark);
const char *corro_label_contact_method    (CorroContactMethod   method);
const char *corro_label_language          (const char          *code);
char       *corro_label_date              (const char          *iso_date);
char       *corro_label_chapters_attended (guint                attended,
                                           guint                n_chapters);
char       *corro_label_completion_rule   (guint                required,
                                           guint                n_chapters);

G_END_DECLS
