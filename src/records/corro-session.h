/* corro-session.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_SESSION (corro_session_get_type ())

G_DECLARE_FINAL_TYPE (CorroSession, corro_session, CORRO, SESSION, GObject)

gint64               corro_session_get_id          (CorroSession        *self);
gint64               corro_session_get_group_id    (CorroSession        *self);
guint                corro_session_get_chapter     (CorroSession        *self);
gboolean             corro_session_get_extra       (CorroSession        *self);
const char          *corro_session_get_date        (CorroSession        *self);
void                 corro_session_set_date        (CorroSession        *self,
                                                    const char          *date);
gboolean             corro_session_get_held        (CorroSession        *self);
void                 corro_session_set_held        (CorroSession        *self,
                                                    gboolean             held);
const char          *corro_session_get_started_at  (CorroSession        *self);
void                 corro_session_set_started_at  (CorroSession        *self,
                                                    const char          *started_at);
const char          *corro_session_get_ended_at    (CorroSession        *self);
void                 corro_session_set_ended_at    (CorroSession        *self,
                                                    const char          *ended_at);
const char          *corro_session_get_skipped     (CorroSession        *self);
void                 corro_session_set_skipped     (CorroSession        *self,
                                                    const char          *skipped);
CorroAttendanceMark  corro_session_get_mark        (CorroSession        *self,
                                                    gint64               participant_id);
guint                corro_session_count_marks     (CorroSession        *self,
                                                    CorroAttendanceMark  mark);
guint                corro_session_count_attended  (CorroSession        *self);
gboolean             corro_session_is_held         (CorroSession        *self);

G_END_DECLS
