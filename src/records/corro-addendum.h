/* corro-addendum.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_ADDENDUM (corro_addendum_get_type ())

G_DECLARE_FINAL_TYPE (CorroAddendum, corro_addendum, CORRO, ADDENDUM, GObject)

gint64      corro_addendum_get_id         (CorroAddendum *self);
const char *corro_addendum_get_text       (CorroAddendum *self);
const char *corro_addendum_get_created_at (CorroAddendum *self);

G_END_DECLS
