/* corro-referrals-import.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-participant-import.h"
#include "corro-types.h"

G_BEGIN_DECLS

void corro_referrals_import_ask (GtkWidget              *parent,
                                 CorroRecords           *records,
                                 CorroGroup             *group,
                                 CorroParticipantImport *import,
                                 const GError           *read_error);

G_END_DECLS
