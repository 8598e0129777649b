/* corro-fit-screen.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Room left for the desktop's own bars (a panel, a title bar) on a small screen. */
#define CORRO_FIT_SCREEN_MARGIN 48

void corro_fit_screen (GtkWindow *window);

G_END_DECLS
