/* corro-preferences-window.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PREFERENCES_WINDOW (corro_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CorroPreferencesWindow, corro_preferences_window, CORRO,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

CorroPreferencesWindow *corro_preferences_window_new            (CorroApplication       *application,
                                                                 GtkWindow              *parent);
void                    corro_preferences_window_back_up_chosen (CorroPreferencesWindow *self,
                                                                 int                     response,
                                                                 GtkNativeDialog        *chooser);
void                    corro_preferences_window_back_up_to     (CorroPreferencesWindow *self,
                                                                 const char             *path,
                                                                 const char             *passphrase);
void                    corro_preferences_window_restore_from   (CorroPreferencesWindow *self,
                                                                 const char             *path,
                                                                 const char             *passphrase);

G_END_DECLS
