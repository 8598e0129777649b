/* corro-window-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroWindow is split in two: corro-window.c lays out the places, and
 * corro-window-programme.c imports and exports programme files.
 */

#pragma once

#include "corro-window.h"

G_BEGIN_DECLS

struct _CorroWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkListBoxRow        *groups_row;
  GtkListBoxRow        *programme_row;
  GtkWidget            *content;
  GtkWidget            *back_button;
  AdwWindowTitle       *content_title;
  GtkStack             *stack;
  GtkStack             *programme_stack;
  GtkStack             *groups_stack;
  AdwBin               *groups_slot;
  AdwBin               *group_slot;
  AdwBin               *session_slot;
  AdwBin               *person_slot;
  AdwBin               *search_slot;
  AdwBin               *clips_slot;
  AdwBin               *reports_slot;
  AdwBin               *chapter_slot;
  GtkLabel             *programme_title;
  GtkLabel             *programme_subtitle;
  GtkListBox           *chapter_list;

  /* owned */
  CorroProgramme       *programme;
  char                 *language;
  gboolean              person_from_search;
};

void _corro_window_show_programme        (CorroWindow    *self);
void _corro_window_setup_groups          (CorroWindow    *self);
void _corro_window_setup_clips           (CorroWindow    *self);
void _corro_window_setup_reports         (CorroWindow    *self);
void _corro_window_class_init_groups     (GtkWidgetClass *widget_class);
gboolean _corro_window_go_back_in_groups (CorroWindow    *self);
void _corro_window_class_init_programme  (GtkWidgetClass *widget_class);

G_END_DECLS
