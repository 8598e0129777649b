/* corro-held-dialog.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_HELD_DIALOG (corro_held_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CorroHeldDialog, corro_held_dialog, CORRO, HELD_DIALOG, AdwMessageDialog)

GtkWidget *corro_held_dialog_new          (GtkWindow         *parent,
                                           CorroRecords      *records,
                                           CorroGroup        *group,
                                           CorroSession      *session,
                                           CorroPresentation *presentation);
GtkWidget *corro_held_dialog_new_not_held (GtkWindow         *parent,
                                           CorroRecords      *records,
                                           CorroGroup        *group,
                                           CorroSession      *session);
GtkWidget *corro_held_dialog_new_for_session (GtkWindow      *parent,
                                              CorroRecords   *records,
                                              CorroGroup     *group,
                                              CorroSession   *session);
void       corro_held_dialog_set_date     (CorroHeldDialog   *self,
                                           const char        *date);
GPtrArray *corro_held_dialog_get_skip_checks (CorroHeldDialog *self);

G_END_DECLS
