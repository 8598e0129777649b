/* corro-group.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_GROUP (corro_group_get_type ())

G_DECLARE_FINAL_TYPE (CorroGroup, corro_group, CORRO, GROUP, GObject)

CorroGroup       *corro_group_new                   (const char       *name,
                                                     const char       *programme_id);
gint64            corro_group_get_id                (CorroGroup       *self);
const char       *corro_group_get_name              (CorroGroup       *self);
void              corro_group_set_name              (CorroGroup       *self,
                                                     const char       *name);
const char       *corro_group_get_programme_id      (CorroGroup       *self);
void              corro_group_set_programme_id      (CorroGroup       *self,
                                                     const char       *programme_id);
CorroGroupMode    corro_group_get_mode              (CorroGroup       *self);
void              corro_group_set_mode              (CorroGroup       *self,
                                                     CorroGroupMode    mode);
const char       *corro_group_get_age_band          (CorroGroup       *self);
void              corro_group_set_age_band          (CorroGroup       *self,
                                                     const char       *age_band);
const char       *corro_group_get_venue             (CorroGroup       *self);
void              corro_group_set_venue             (CorroGroup       *self,
                                                     const char       *venue);
const char       *corro_group_get_facilitators      (CorroGroup       *self);
void              corro_group_set_facilitators      (CorroGroup       *self,
                                                     const char       *facilitators);
const char       *corro_group_get_language          (CorroGroup       *self);
void              corro_group_set_language          (CorroGroup       *self,
                                                     const char       *language);
guint             corro_group_get_weekday           (CorroGroup       *self);
void              corro_group_set_weekday           (CorroGroup       *self,
                                                     guint             weekday);
const char       *corro_group_get_start_time        (CorroGroup       *self);
void              corro_group_set_start_time        (CorroGroup       *self,
                                                     const char       *start_time);
const char       *corro_group_get_start_date        (CorroGroup       *self);
void              corro_group_set_start_date        (CorroGroup       *self,
                                                     const char       *start_date);
CorroGroupStatus  corro_group_get_status            (CorroGroup       *self);
void              corro_group_set_status            (CorroGroup       *self,
                                                     CorroGroupStatus  status);
guint             corro_group_get_n_chapters        (CorroGroup       *self);
guint             corro_group_get_required_chapters (CorroGroup       *self);
gboolean          corro_group_get_loaded            (CorroGroup       *self);
GListModel       *corro_group_get_sessions          (CorroGroup       *self);
GListModel       *corro_group_get_participants      (CorroGroup       *self);
CorroSession     *corro_group_find_session          (CorroGroup       *self,
                                                     gint64            id);
CorroParticipant *corro_group_find_participant      (CorroGroup       *self,
                                                     gint64            id);

G_END_DECLS
