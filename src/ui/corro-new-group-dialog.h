/* corro-new-group-dialog.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_NEW_GROUP_DIALOG (corro_new_group_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CorroNewGroupDialog, corro_new_group_dialog, CORRO, NEW_GROUP_DIALOG,
                      AdwWindow)

GtkWidget *corro_new_group_dialog_new (GtkWindow    *parent,
                                       CorroRecords *records,
                                       const char   *programme_id);
GtkWidget *corro_new_group_dialog_new_for_group (GtkWindow    *parent,
                                                 CorroRecords *records,
                                                 CorroGroup   *group);

G_END_DECLS
