/* corro-attendance-row.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_ATTENDANCE_ROW (corro_attendance_row_get_type ())

G_DECLARE_FINAL_TYPE (CorroAttendanceRow, corro_attendance_row, CORRO, ATTENDANCE_ROW, AdwActionRow)

GtkWidget           *corro_attendance_row_new             (CorroRecords       *records,
                                                           CorroGroup         *group,
                                                           CorroSession       *session,
                                                           CorroParticipant   *participant);
CorroParticipant    *corro_attendance_row_get_participant (CorroAttendanceRow *self);
CorroAttendanceMark  corro_attendance_row_get_mark        (CorroAttendanceRow *self);
gboolean             corro_attendance_row_set_mark        (CorroAttendanceRow *self,
                                                           CorroAttendanceMark mark);

G_END_DECLS
