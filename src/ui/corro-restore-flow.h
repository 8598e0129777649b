/* corro-restore-flow.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_RESTORE_FLOW (corro_restore_flow_get_type ())

G_DECLARE_FINAL_TYPE (CorroRestoreFlow, corro_restore_flow, CORRO, RESTORE_FLOW, GObject)

/**
 * CorroPassphraseFunc:
 * @target: the object the passphrase was asked for
 * @passphrase: what was typed (possibly empty); wiped after the call
 */
typedef void (*CorroPassphraseFunc) (gpointer    target,
                                     const char *passphrase);

CorroRestoreFlow *corro_restore_flow_new            (CorroApplication *application,
                                                     GtkWindow        *parent);
void              corro_restore_flow_choose         (CorroRestoreFlow *self);
void              corro_restore_flow_start          (CorroRestoreFlow *self,
                                                     const char       *backup_path);
void              corro_restore_flow_prepare        (CorroRestoreFlow *self,
                                                     const char       *backup_path,
                                                     const char       *passphrase);
void              corro_restore_flow_cancel         (CorroRestoreFlow *self);
gboolean          corro_restore_flow_get_busy       (CorroRestoreFlow *self);
void              corro_restore_flow_ask_passphrase (GtkWindow           *parent,
                                                     gboolean             for_backup,
                                                     GObject             *target,
                                                     CorroPassphraseFunc  func);

G_END_DECLS
