/* corro-presenter-window-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPresenterWindow is split in four: corro-presenter-window.c shows the session,
 * corro-presenter-window-clip.c the clip's transport (stepping through a clip with a
 * clicker, its pause points), corro-presenter-window-timers.c the clock and timers, and
 * corro-presenter-window-actions.c holds what the keys and buttons do.
 */

#pragma once

#include "corro-audience-view.h"
#include "corro-presenter-window.h"
#include "corro-session-overview.h"

/* How long after a clicker's press in a clip a second one leaves it. */
#define CORRO_PRESENTER_LEAVE_WINDOW_USEC (2 * G_USEC_PER_SEC)

G_BEGIN_DECLS

struct _CorroPresenterWindow
{
  AdwWindow           parent_instance;

  /* template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkToggleButton    *window_button;
  GtkMenuButton      *overview_button;
  GtkLabel           *step_label;
  GtkLabel           *segment_title;
  GtkWidget          *pause_area;
  GtkLabel           *pause_heading;
  GtkLabel           *pause_prompt;
  GtkBox             *pause_list;
  GtkLabel           *clip_info_label;
  GtkLabel           *hint_label;
  GtkLabel           *prompt_label;
  GtkLabel           *notes_label;
  GtkWidget          *clip_box;
  GtkLabel           *clip_status;
  GtkScale           *timeline;
  GtkButton          *play_button;
  GtkLabel           *position_label;
  GtkLabel           *clock_label;
  GtkLabel           *started_label;
  GtkButton          *timers_button;
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
  CorroSessionOverview *overview;
  guint               tick_id;
  guint               hint_id;
  gboolean            clip_ready;
  guint               clip_step;     /* the step whose clip is loaded, or G_MAXUINT */
  int                 pause_index;   /* the pause point stopped at, or -1 */
  gint64              leave_until;   /* monotonic: a press before this leaves the clip */
  gint64              armed_at;      /* where the clip was before the press that armed it */
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

/* corro-presenter-window-clip.c */
void     _corro_presenter_window_load_clip         (CorroPresenterWindow *self,
                                                    CorroSegment         *segment);
void     _corro_presenter_window_keep_clip_position (CorroPresenterWindow *self);
gboolean _corro_presenter_window_choose_sound_track (CorroPresenterWindow *self);
void     _corro_presenter_window_update_transport  (CorroPresenterWindow *self);
void     _corro_presenter_window_show_pause_point  (CorroPresenterWindow *self,
                                                    int                   index);
void     _corro_presenter_window_set_show_clip     (CorroPresenterWindow *self,
                                                    gboolean              show_clip);
void     _corro_presenter_window_step_forward      (CorroPresenterWindow *self);
void     _corro_presenter_window_step_back         (CorroPresenterWindow *self);
void     _corro_presenter_window_set_hint          (CorroPresenterWindow *self,
                                                    const char           *hint,
                                                    guint                 seconds);

/* corro-presenter-window-timers.c */
char    *_corro_presenter_window_format_duration   (gint64                usec);
char    *_corro_presenter_window_format_over       (gint64                over);
void     _corro_presenter_window_update_clock      (CorroPresenterWindow *self);

G_END_DECLS
