/* corro-auto-backup.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_AUTO_BACKUP_DEFAULT_KEEP 10

char      *corro_auto_backup_dup_folder    (const char    *database_path,
                                            const char    *configured);
GPtrArray *corro_auto_backup_list          (const char    *folder,
                                            const char    *database_path);
GDateTime *corro_auto_backup_dup_last      (const char    *folder,
                                            const char    *database_path);
gboolean   corro_auto_backup_is_due        (const char    *folder,
                                            const char    *database_path,
                                            GDateTime     *now);
char      *corro_auto_backup_run           (const char    *database_path,
                                            const char    *folder,
                                            guint          keep,
                                            GDateTime     *now,
                                            GCancellable  *cancellable,
                                            GError       **error);
void       corro_auto_backup_run_async     (const char    *database_path,
                                            const char    *folder,
                                            guint          keep,
                                            GCancellable  *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer       user_data);
char      *corro_auto_backup_run_finish    (GAsyncResult  *result,
                                            GError       **error);

G_END_DECLS
