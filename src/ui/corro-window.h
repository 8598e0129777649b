/* corro-window.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_WINDOW (corro_window_get_type ())

G_DECLARE_FINAL_TYPE (CorroWindow, corro_window, CORRO, WINDOW, AdwApplicationWindow)

CorroWindow *corro_window_new                 (CorroApplication *application);
const char  *corro_window_get_visible_page    (CorroWindow      *self);
void         corro_window_set_visible_page    (CorroWindow      *self,
                                               const char       *page);
GListModel  *corro_window_get_programme       (CorroWindow      *self);
void         corro_window_open_chapter        (CorroWindow      *self,
                                               guint             number);
GtkWidget   *corro_window_get_chapter_page    (CorroWindow      *self);
void         corro_window_add_toast           (CorroWindow      *self,
                                               const char       *message);
void         corro_window_add_toast_with_button (CorroWindow    *self,
                                               const char       *message,
                                               const char       *button_label,
                                               const char       *action);
void         corro_window_add_notice          (CorroWindow      *self,
                                               const char       *message);
void         corro_window_import_programme    (CorroWindow      *self,
                                               GFile            *file);
void         corro_window_open_group          (CorroWindow      *self,
                                               CorroGroup       *group);
GtkWidget   *corro_window_get_group_page      (CorroWindow      *self);
void         corro_window_open_session        (CorroWindow      *self,
                                               CorroGroup       *group,
                                               CorroSession     *session,
                                               const char       *tab);
void         corro_window_open_person         (CorroWindow      *self,
                                               gint64            participant_id);
GtkWidget   *corro_window_get_person_page     (CorroWindow      *self);


G_END_DECLS
