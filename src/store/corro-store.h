/* corro-store.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_STORE (corro_store_get_type ())

G_DECLARE_FINAL_TYPE (CorroStore, corro_store, CORRO, STORE, GObject)

char       *corro_store_dup_default_path   (void);
CorroStore *corro_store_open               (const char  *path,
                                            GError     **error);
const char *corro_store_get_path           (CorroStore  *self);
char       *corro_store_dup_setting        (CorroStore  *self,
                                            const char  *key);
gboolean    corro_store_set_setting        (CorroStore  *self,
                                            const char  *key,
                                            const char  *value,
                                            GError     **error);
gint64      corro_store_count_audit        (CorroStore  *self,
                                            const char  *entity);

G_END_DECLS
