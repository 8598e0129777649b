/* corro-search-page.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_SEARCH_PAGE (corro_search_page_get_type ())

G_DECLARE_FINAL_TYPE (CorroSearchPage, corro_search_page, CORRO, SEARCH_PAGE, AdwBin)

GtkWidget  *corro_search_page_new         (CorroRecords    *records);
void        corro_search_page_focus       (CorroSearchPage *self);
void        corro_search_page_set_query   (CorroSearchPage *self,
                                           const char      *query);
GListModel *corro_search_page_get_results (CorroSearchPage *self);

G_END_DECLS
