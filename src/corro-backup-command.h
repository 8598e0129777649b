/* corro-backup-command.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

void     corro_backup_command_add_options (GApplication *app);
gboolean corro_backup_command_is_wanted   (GVariantDict *options);
int      corro_backup_command_run         (GVariantDict *options,
                                           const char   *database_path);

G_END_DECLS
