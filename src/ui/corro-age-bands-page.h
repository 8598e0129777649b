/* corro-age-bands-page.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_AGE_BANDS_PAGE (corro_age_bands_page_get_type ())

G_DECLARE_FINAL_TYPE (CorroAgeBandsPage, corro_age_bands_page, CORRO, AGE_BANDS_PAGE,
                      AdwPreferencesPage)

GtkWidget *corro_age_bands_page_new (CorroRecords *records);

G_END_DECLS
