/* corro-reflection.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_REFLECTION (corro_reflection_get_type ())

G_DECLARE_FINAL_TYPE (CorroReflection, corro_reflection, CORRO, REFLECTION, GObject)

CorroReflection     *corro_reflection_new                (CorroReflectionKind  kind,
                                                          gint64               session_id,
                                                          gint64               participant_id);
gint64               corro_reflection_get_id             (CorroReflection     *self);
CorroReflectionKind  corro_reflection_get_kind           (CorroReflection     *self);
gint64               corro_reflection_get_session_id     (CorroReflection     *self);
gint64               corro_reflection_get_participant_id (CorroReflection     *self);
const char          *corro_reflection_get_text           (CorroReflection     *self);
const char          *corro_reflection_get_created_at     (CorroReflection     *self);
const char          *corro_reflection_get_updated_at     (CorroReflection     *self);
const char          *corro_reflection_get_finalised_at   (CorroReflection     *self);
const char          *corro_reflection_get_finalised_by   (CorroReflection     *self);
gboolean             corro_reflection_get_finalised      (CorroReflection     *self);
GListModel          *corro_reflection_get_addenda        (CorroReflection     *self);

G_END_DECLS
