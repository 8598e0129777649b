/* corro-retention-window.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_RETENTION_WINDOW (corro_retention_window_get_type ())

G_DECLARE_FINAL_TYPE (CorroRetentionWindow, corro_retention_window, CORRO, RETENTION_WINDOW,
                      AdwWindow)

GtkWidget *corro_retention_window_new        (GtkWindow            *parent,
                                              CorroRecords         *records);
guint      corro_retention_window_get_n_rows (CorroRetentionWindow *self);
void       corro_retention_window_refresh    (CorroRetentionWindow *self);

G_END_DECLS
