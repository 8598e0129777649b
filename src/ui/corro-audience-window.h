/* corro-audience-window.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_AUDIENCE_WINDOW (corro_audience_window_get_type ())

G_DECLARE_FINAL_TYPE (CorroAudienceWindow, corro_audience_window, CORRO, AUDIENCE_WINDOW,
                      AdwWindow)

GtkWidget *corro_audience_window_new      (CorroApplication    *application,
                                           CorroPresentation   *presentation,
                                           GdkPaintable        *video,
                                           GtkWidget           *presenter);
GtkWidget *corro_audience_window_get_view (CorroAudienceWindow *self);

G_END_DECLS
