/* corro-attendance-view.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_ATTENDANCE_VIEW (corro_attendance_view_get_type ())

G_DECLARE_FINAL_TYPE (CorroAttendanceView, corro_attendance_view, CORRO, ATTENDANCE_VIEW, AdwBin)

GtkWidget *corro_attendance_view_new         (CorroRecords        *records,
                                              CorroGroup          *group,
                                              CorroSession        *session);
void       corro_attendance_view_focus_first (CorroAttendanceView *self);

G_END_DECLS
