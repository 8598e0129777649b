/* corro-reports-page.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-report.h"
#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_REPORTS_PAGE (corro_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (CorroReportsPage, corro_reports_page, CORRO, REPORTS_PAGE, AdwBin)

GtkWidget   *corro_reports_page_new        (CorroStore       *store,
                                            CorroRecords     *records);
void         corro_reports_page_refresh    (CorroReportsPage *self);
CorroReport *corro_reports_page_get_report (CorroReportsPage *self);

G_END_DECLS
