/* corro-typed-text.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

void     corro_typed_text_guard       (GtkWindow  *window);
gboolean corro_typed_text_is_changed  (GtkWindow  *window);
GtkWindow *corro_typed_text_keep_open (GtkWindow  *window);
AdwMessageDialog *corro_typed_text_new_question (GtkWindow  *parent,
                                                 const char *body);

G_END_DECLS
