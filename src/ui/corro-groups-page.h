/* corro-groups-page.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_GROUPS_PAGE (corro_groups_page_get_type ())

G_DECLARE_FINAL_TYPE (CorroGroupsPage, corro_groups_page, CORRO, GROUPS_PAGE, AdwBin)

GtkWidget *corro_groups_page_new (CorroRecords *records);

G_END_DECLS
