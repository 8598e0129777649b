/* corro-presenter-window-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPresenterWindow is split in two: corro-presenter-window.c shows the session,
 * corro-presenter-window-actions.c holds what the keys and buttons do.
 */

#pragma once

#include "corro-audience-view.h"
#include "corro-presenter-window.h"

G_BEGIN_DECLS

struct _CorroPresenterWindow
{
  AdwWindow           parent_instance;

  /* template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkToggleButton    *window_button;
  GtkLabel           *step_label;
  GtkLabel           *segment_title;
  GtkLabel           *pause_prompt;
  GtkLabel           *prompt_label;
  GtkLabel           *notes_label;
  GtkWidget          *clip_box;
  GtkLabel           *clip_status;
  GtkScale           *timeline;
  GtkButton          *play_button;
  GtkLabel           *position_label;
  GtkLabel           *clock_label;
  GtkLabel           *elapsed_label;
  GtkLabel           *left_label;
  GtkLabel           *segment_time_label;
  AdwBin             *preview_slot;
  GtkLabel           *next_label;

  /* owned */
  CorroPresentation  *presentation;
  CorroPlayer        *player;
  GtkWindow          *audience_window;
  CorroAudienceView  *preview;
  GSettings          *settings;
  guint               tick_id;
  gboolean            clip_ready;
  char               *track_key;     /* the loaded clip's key, until its sound track is chosen */
  gboolean            audience_in_window;

  /* borrowed */
  GtkWindow          *end_dialog;    /* the open "End the Session?" dialog, weak */
};

void _corro_presenter_window_class_init_actions (GtkWidgetClass       *widget_class);
void _corro_presenter_window_update_actions     (CorroPresenterWindow *self);
void _corro_presenter_window_init_keys         (CorroPresenterWindow *self);
void _corro_presenter_window_show_segment       (CorroPresenterWindow *self);
gboolean _corro_presenter_window_close_request  (GtkWindow            *window);

G_END_DECLS
