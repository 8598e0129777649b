/* corro-person-page.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PERSON_PAGE (corro_person_page_get_type ())

G_DECLARE_FINAL_TYPE (CorroPersonPage, corro_person_page, CORRO, PERSON_PAGE, AdwBin)

GtkWidget  *corro_person_page_new             (CorroRecords    *records,
                                               gint64           participant_id);
gint64      corro_person_page_get_participant (CorroPersonPage *self);
const char *corro_person_page_get_name        (CorroPersonPage *self);
gboolean    corro_person_page_save            (CorroPersonPage *self);

G_END_DECLS
