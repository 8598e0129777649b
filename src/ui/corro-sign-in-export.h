/* corro-sign-in-export.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "corro-group.h"
#include "corro-session.h"

G_BEGIN_DECLS

void corro_sign_in_export        (GtkWidget    *parent,
                                  CorroGroup   *group,
                                  CorroSession *session);
void corro_sign_in_export_to     (GtkWidget    *parent,
                                  CorroGroup   *group,
                                  CorroSession *session,
                                  GFile        *file);

G_END_DECLS
