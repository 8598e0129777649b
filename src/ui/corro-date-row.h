/* corro-date-row.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CORRO_TYPE_DATE_ROW (corro_date_row_get_type ())

G_DECLARE_FINAL_TYPE (CorroDateRow, corro_date_row, CORRO, DATE_ROW, AdwEntryRow)

GtkWidget  *corro_date_row_new      (const char   *title);
const char *corro_date_row_get_date (CorroDateRow *self);
void        corro_date_row_set_date (CorroDateRow *self,
                                     const char   *iso_date);
gboolean    corro_date_row_is_valid (CorroDateRow *self);

G_END_DECLS
