/* corro-person-rights.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

void corro_person_rights_export (GtkWidget    *parent,
                                 CorroRecords *records,
                                 gint64        participant_id);
void corro_person_rights_erase  (GtkWidget    *parent,
                                 CorroRecords *records,
                                 gint64        participant_id,
                                 GCallback     erased,
                                 gpointer      user_data);

G_END_DECLS
