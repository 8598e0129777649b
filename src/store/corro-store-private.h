/* corro-store-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroStore is split by table (corro-store.c, corro-store-programme.c, …);
 * the parts share the database through this header.
 */

#pragma once

#include "corro-database.h"
#include "corro-store.h"

G_BEGIN_DECLS

CorroDatabase *_corro_store_get_database (CorroStore  *self);
gboolean       _corro_store_append_audit (CorroStore  *self,
                                          const char  *action,
                                          const char  *entity,
                                          gint64       entity_id,
                                          const char  *detail,
                                          GError     **error);

G_END_DECLS
