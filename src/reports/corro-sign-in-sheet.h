/* corro-sign-in-sheet.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-group.h"
#include "corro-pdf-document.h"
#include "corro-session.h"

G_BEGIN_DECLS

CorroPdfDocument *corro_sign_in_sheet_new       (CorroGroup    *group,
                                                 CorroSession  *session);
char             *corro_sign_in_sheet_file_name (CorroGroup    *group,
                                                 CorroSession  *session);

G_END_DECLS
