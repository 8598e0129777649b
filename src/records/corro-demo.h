/* corro-demo.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

gboolean corro_demo_fill (CorroRecords  *records,
                          const char    *programme_id,
                          GError       **error);

G_END_DECLS
