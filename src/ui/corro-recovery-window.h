/* corro-recovery-window.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_RECOVERY_WINDOW (corro_recovery_window_get_type ())

G_DECLARE_FINAL_TYPE (CorroRecoveryWindow, corro_recovery_window, CORRO, RECOVERY_WINDOW,
                      AdwApplicationWindow)

CorroRecoveryWindow *corro_recovery_window_new         (CorroApplication    *application,
                                                        const char          *path,
                                                        const GError        *error);
const char          *corro_recovery_window_get_headline   (CorroRecoveryWindow *self);
void                 corro_recovery_window_restore        (CorroRecoveryWindow *self,
                                                           const char          *backup_path);

G_END_DECLS
