/* corro-preflight-dialog.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-clip-check.h"
#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PREFLIGHT_DIALOG (corro_preflight_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CorroPreflightDialog, corro_preflight_dialog, CORRO, PREFLIGHT_DIALOG,
                      AdwMessageDialog)

CorroClipCheck       *corro_preflight_collect             (CorroStore           *store,
                                                           CorroProgramme       *programme,
                                                           CorroChapter         *chapter,
                                                           const char           *variant,
                                                           const char           *language);
CorroPreflightDialog *corro_preflight_dialog_new          (GtkWindow            *parent,
                                                           CorroStore           *store,
                                                           CorroProgramme       *programme,
                                                           CorroChapter         *chapter,
                                                           const char           *variant,
                                                           const char           *language,
                                                           gboolean              presenting);
void                  corro_preflight_dialog_start        (CorroPreflightDialog *self);
gboolean              corro_preflight_dialog_is_checking  (CorroPreflightDialog *self);
CorroClipCheck       *corro_preflight_dialog_get_check    (CorroPreflightDialog *self);

G_END_DECLS
