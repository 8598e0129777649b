/* corro-session-page.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_SESSION_PAGE (corro_session_page_get_type ())

G_DECLARE_FINAL_TYPE (CorroSessionPage, corro_session_page, CORRO, SESSION_PAGE, AdwBin)

GtkWidget    *corro_session_page_new         (CorroRecords     *records,
                                              CorroGroup       *group,
                                              CorroSession     *session,
                                              const char       *language);
void          corro_session_page_show_tab    (CorroSessionPage *self,
                                              const char       *tab);
const char   *corro_session_page_get_tab     (CorroSessionPage *self);
CorroSession *corro_session_page_get_session (CorroSessionPage *self);
gboolean      corro_session_page_save        (CorroSessionPage *self);

G_END_DECLS
