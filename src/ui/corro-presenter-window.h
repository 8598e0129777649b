/* corro-presenter-window.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-player.h"
#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PRESENTER_WINDOW (corro_presenter_window_get_type ())

G_DECLARE_FINAL_TYPE (CorroPresenterWindow, corro_presenter_window, CORRO, PRESENTER_WINDOW,
                      AdwWindow)

CorroPresenterWindow *corro_presenter_window_new                 (CorroApplication     *application,
                                                                  CorroPresentation    *presentation);
CorroPresentation    *corro_presenter_window_get_presentation    (CorroPresenterWindow *self);
CorroPlayer          *corro_presenter_window_get_player          (CorroPresenterWindow *self);
GtkWindow            *corro_presenter_window_get_audience_window (CorroPresenterWindow *self);
GtkWidget            *corro_presenter_window_get_audience_view   (CorroPresenterWindow *self);
const char           *corro_presenter_window_get_pause_prompt    (CorroPresenterWindow *self);
void                  corro_presenter_window_show_audience       (CorroPresenterWindow *self);
void                  corro_presenter_window_end                 (CorroPresenterWindow *self);

G_END_DECLS
