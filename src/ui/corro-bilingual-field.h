/* corro-bilingual-field.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_BILINGUAL_FIELD (corro_bilingual_field_get_type ())

G_DECLARE_FINAL_TYPE (CorroBilingualField, corro_bilingual_field, CORRO, BILINGUAL_FIELD, GtkWidget)

GtkWidget *corro_bilingual_field_new    (const char          *label,
                                         gboolean             multiline);
void       corro_bilingual_field_bind   (CorroBilingualField *self,
                                         GObject             *object,
                                         const char          *property);
GtkWidget *corro_bilingual_field_get_editor (CorroBilingualField *self,
                                             const char          *language);

G_END_DECLS
