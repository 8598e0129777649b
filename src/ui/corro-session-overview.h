/* corro-session-overview.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_SESSION_OVERVIEW (corro_session_overview_get_type ())

G_DECLARE_FINAL_TYPE (CorroSessionOverview, corro_session_overview, CORRO, SESSION_OVERVIEW,
                      GtkPopover)

CorroSessionOverview *corro_session_overview_new    (CorroPresentation    *presentation);
void                  corro_session_overview_update (CorroSessionOverview *self);
GtkListBox           *corro_session_overview_get_list (CorroSessionOverview *self);

G_END_DECLS
