/* corro-group-page.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_GROUP_PAGE (corro_group_page_get_type ())

G_DECLARE_FINAL_TYPE (CorroGroupPage, corro_group_page, CORRO, GROUP_PAGE, AdwBin)

GtkWidget  *corro_group_page_new       (CorroRecords   *records,
                                        CorroGroup     *group,
                                        CorroProgramme *programme,
                                        const char     *language);
CorroGroup *corro_group_page_get_group (CorroGroupPage *self);
void        corro_group_page_import_referrals (CorroGroupPage *self,
                                               GFile          *file);

G_END_DECLS
