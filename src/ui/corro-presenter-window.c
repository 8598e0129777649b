/* corro-presenter-window.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-presenter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-audience-window.h"
#include "corro-chapter.h"
#include "corro-presentation.h"
#include "corro-presenter-window-private.h"
#include "corro-segment.h"

#define TICK_MS 250

/* The facilitator's view of a session being presented: the current segment with its
 * notes and the group's question, the prompt shown large at each pause point, the
 * clip's transport, what comes next, a wall clock and the time against the plan, and
 * a preview of what the group sees. The group's own view is a separate window. */

G_DEFINE_FINAL_TYPE (CorroPresenterWindow, corro_presenter_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BLACK,
  PROP_TITLE_CARD,
  N_PROPS
};

enum {
  ENDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* helpers */

static void
set_text_or_hide (GtkLabel   *label,
                  const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

/* "Break · Break" says it twice: a part titled as its kind shows the kind once. */
static char *
dup_segment_line (CorroSegment *segment,
                  const char   *language)
{
  const char *kind = corro_segment_kind_get_label (corro_segment_get_kind (segment));
  const char *title = corro_segment_get_title (segment, language);
  g_autofree char *kind_key = g_utf8_casefold (kind, -1);
  g_autofree char *title_key = title != NULL ? g_utf8_casefold (title, -1) : NULL;

  if (title == NULL || title[0] == '\0' || g_strcmp0 (kind_key, title_key) == 0)
    return g_strdup (kind);

  /* Translators: the next part of the session: its kind and its title */
  return g_strdup_printf (_("%s · %s"), kind, title);
}

/* callbacks */

static gboolean
on_tick_cb (gpointer user_data)
{
  CorroPresenterWindow *self = user_data;

  _corro_presenter_window_update_clock (self);
  _corro_presenter_window_update_transport (self);
  return G_SOURCE_CONTINUE;
}

static void
on_player_state_cb (CorroPresenterWindow *self)
{
  CorroPlayerState state = corro_player_get_state (self->player);

  switch (state)
    {
    case CORRO_PLAYER_STATE_PAUSED:
    case CORRO_PLAYER_STATE_PLAYING:
      if (self->track_key != NULL && _corro_presenter_window_choose_sound_track (self))
        break;
      if (!self->clip_ready)
        _corro_presenter_window_set_show_clip (self, TRUE);
      gtk_label_set_label (self->clip_status, "");
      if (state == CORRO_PLAYER_STATE_PLAYING)
        self->pause_index = -1;
      break;
    case CORRO_PLAYER_STATE_FINISHED:
      self->pause_index = -1;
      gtk_label_set_label (self->clip_status, _("The clip has ended."));
      _corro_presenter_window_set_hint (self, NULL, 0);
      break;
    case CORRO_PLAYER_STATE_ERROR:
      _corro_presenter_window_set_show_clip (self, FALSE);
      gtk_label_set_label (self->clip_status, corro_player_get_error (self->player)->message);
      break;
    case CORRO_PLAYER_STATE_LOADING:
    case CORRO_PLAYER_STATE_STOPPED:
    default:
      break;
    }

  _corro_presenter_window_update_transport (self);
  _corro_presenter_window_update_actions (self);
}

static void
on_pause_point_reached_cb (CorroPresenterWindow *self,
                           guint                 index)
{
  /* The clip stopped by itself: the next press plays on, however soon it comes (a
   * press that played the clip a second before its pause point does not make the next
   * one leave it). */
  _corro_presenter_window_set_hint (self, NULL, 0);
  self->armed_at = -1;
  /* The question, large, for the facilitator only. */
  _corro_presenter_window_show_pause_point (self, (int) index);
}

static void
on_screen_changed_cb (CorroPresenterWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_CARD]);
}

static void
on_monitors_changed_cb (CorroPresenterWindow *self)
{
  /* A projector plugged in or pulled out: the audience view follows, playback goes on. */
  corro_presenter_window_show_audience (self);
}

/* GObject */

static void
corro_presenter_window_dispose (GObject *object)
{
  CorroPresenterWindow *self = (CorroPresenterWindow *) object;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->hint_id, g_source_remove);
  if (self->end_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->end_dialog), (gpointer *) &self->end_dialog);
      self->end_dialog = NULL;
    }
  if (self->player != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->player, self);
      corro_player_stop (self->player);
    }
  if (self->audience_window != NULL)
    gtk_window_destroy (self->audience_window);
  g_clear_object (&self->audience_window);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_PRESENTER_WINDOW);
  g_clear_object (&self->player);
  g_clear_object (&self->presentation);
  g_clear_pointer (&self->track_key, g_free);

  G_OBJECT_CLASS (corro_presenter_window_parent_class)->dispose (object);
}

static void
corro_presenter_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (object);
  CorroScreen screen = self->presentation != NULL
                         ? corro_presentation_get_screen (self->presentation)
                         : CORRO_SCREEN_CONTENT;

  switch (prop_id)
    {
    case PROP_BLACK:
      g_value_set_boolean (value, screen == CORRO_SCREEN_BLACK);
      break;
    case PROP_TITLE_CARD:
      g_value_set_boolean (value, screen == CORRO_SCREEN_TITLE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* B and W (and their buttons) toggle what the group sees; turning one off shows the
 * content again. */
static void
corro_presenter_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (object);
  CorroScreen screen = prop_id == PROP_BLACK ? CORRO_SCREEN_BLACK : CORRO_SCREEN_TITLE;

  switch (prop_id)
    {
    case PROP_BLACK:
    case PROP_TITLE_CARD:
      if (self->presentation == NULL)
        break;
      if (g_value_get_boolean (value))
        corro_presentation_set_screen (self->presentation, screen);
      else if (corro_presentation_get_screen (self->presentation) == screen)
        corro_presentation_set_screen (self->presentation, CORRO_SCREEN_CONTENT);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_presenter_window_class_init (CorroPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_presenter_window_dispose;
  object_class->get_property = corro_presenter_window_get_property;
  object_class->set_property = corro_presenter_window_set_property;
  GTK_WINDOW_CLASS (klass)->close_request = _corro_presenter_window_close_request;

  properties[PROP_BLACK] =
    g_param_spec_boolean ("black", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_CARD] =
    g_param_spec_boolean ("title-card", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CorroPresenterWindow::ended:
   *
   * The facilitator ended the session; the presentation holds its times.
   */
  signals[ENDED] =
    g_signal_new ("ended",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-presenter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, window_button);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, overview_button);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, step_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, segment_title);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, pause_area);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, pause_heading);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, pause_prompt);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, pause_list);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, clip_info_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, notes_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, clip_box);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, clip_status);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, clock_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, started_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, timers_button);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, elapsed_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, left_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, segment_time_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, preview_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroPresenterWindow, next_label);

  _corro_presenter_window_class_init_actions (widget_class);
}

static void
corro_presenter_window_init (CorroPresenterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->clip_step = G_MAXUINT;
  self->pause_index = -1;
  self->armed_at = -1;
  _corro_presenter_window_init_keys (self);
}

/* internal API */

void
_corro_presenter_window_show_segment (CorroPresenterWindow *self)
{
  CorroSegment *segment = corro_presentation_get_segment (self->presentation);
  CorroSegment *next = corro_presentation_get_next_segment (self->presentation);
  const char *language = corro_presentation_get_language (self->presentation);
  guint current = corro_presentation_get_step (self->presentation);
  g_autofree char *step = NULL;
  gboolean is_clip;

  /* The clip left behind keeps its place, for coming back to it. */
  _corro_presenter_window_keep_clip_position (self);
  self->clip_step = G_MAXUINT;
  self->pause_index = -1;
  _corro_presenter_window_set_hint (self, NULL, 0);
  if (self->overview != NULL)
    corro_session_overview_update (self->overview);

  if (segment == NULL)
    {
      gtk_label_set_label (self->segment_title, _("This plan has no segments."));
      gtk_widget_set_visible (self->clip_box, FALSE);
      return;
    }

  /* Translators: e.g. "3 of 8 · Clip" */
  step = g_strdup_printf (_("%u of %u · %s"), current + 1,
                          corro_presentation_get_n_steps (self->presentation),
                          corro_segment_kind_get_label (corro_segment_get_kind (segment)));
  gtk_label_set_label (self->step_label, step);
  gtk_label_set_label (self->segment_title, corro_segment_get_title (segment, language));
  set_text_or_hide (self->prompt_label, corro_segment_get_prompt (segment, language));
  set_text_or_hide (self->notes_label, corro_segment_get_notes (segment, language));

  if (next != NULL)
    {
      g_autofree char *next_text = dup_segment_line (next, language);

      gtk_label_set_label (self->next_label, next_text);
    }
  else
    {
      gtk_label_set_label (self->next_label, _("The end of the session"));
    }

  is_clip = corro_segment_get_kind (segment) == CORRO_SEGMENT_CLIP;
  gtk_widget_set_visible (self->clip_box, is_clip);
  _corro_presenter_window_set_show_clip (self, FALSE);
  if (is_clip)
    {
      self->clip_step = current;
      _corro_presenter_window_load_clip (self, segment);
    }
  else
    {
      corro_player_stop (self->player);
    }

  _corro_presenter_window_update_clock (self);
  _corro_presenter_window_update_transport (self);
  _corro_presenter_window_update_actions (self);
}

/**
 * corro_presenter_window_show_audience:
 *
 * Shows the group's window: full screen on a monitor other than the presenter's when
 * there is one and the facilitator has not asked for a window; otherwise an ordinary
 * window to drag to a TV or share in a video call.
 */
void
corro_presenter_window_show_audience (CorroPresenterWindow *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  guint n = g_list_model_get_n_items (monitors);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkMonitor *mine = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;
  g_autoptr(GdkMonitor) other = NULL;

  g_return_if_fail (CORRO_IS_PRESENTER_WINDOW (self));

  if (self->audience_window == NULL)
    return;

  for (guint i = 0; i < n && other == NULL; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != mine)
        other = g_steal_pointer (&monitor);
    }

  if (other != NULL && n > 1 && !self->audience_in_window)
    gtk_window_fullscreen_on_monitor (self->audience_window, other);
  else
    gtk_window_unfullscreen (self->audience_window);

  gtk_window_present (self->audience_window);
}

/* public API */

/**
 * corro_presenter_window_new:
 * @presentation: the chapter to present, not yet started
 *
 * Opens the presenter's window and the group's, and starts the session's clock.
 */
CorroPresenterWindow *
corro_presenter_window_new (CorroApplication  *application,
                            CorroPresentation *presentation)
{
  CorroPresenterWindow *self;
  CorroChapter *chapter;
  const char *language;
  g_autofree char *label = NULL;
  GSettings *settings;

  g_return_val_if_fail (CORRO_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CORRO_IS_PRESENTATION (presentation), NULL);

  self = g_object_new (CORRO_TYPE_PRESENTER_WINDOW,
                       "application", application,
                       NULL);
  self->presentation = g_object_ref (presentation);
  self->player = corro_player_new ();

  chapter = corro_presentation_get_chapter (presentation);
  language = corro_presentation_get_language (presentation);
  label = corro_chapter_dup_label (chapter, language);
  adw_window_title_set_title (self->window_title, label);
  /* Window lists, the compositor and screen readers name the window after the chapter. */
  gtk_window_set_title (GTK_WINDOW (self), label);
  adw_window_title_set_subtitle (self->window_title, corro_chapter_get_title (chapter, language));

  self->overview = corro_session_overview_new (presentation);
  gtk_menu_button_set_popover (self->overview_button, GTK_WIDGET (self->overview));

  self->preview = CORRO_AUDIENCE_VIEW (corro_audience_view_new (presentation,
                                                                corro_player_get_paintable (self->player)));
  gtk_widget_add_css_class (GTK_WIDGET (self->preview), "preview");
  adw_bin_set_child (self->preview_slot, GTK_WIDGET (self->preview));

  self->audience_window = g_object_ref_sink (
    GTK_WINDOW (corro_audience_window_new (application, presentation,
                                           corro_player_get_paintable (self->player),
                                           GTK_WIDGET (self))));

  settings = corro_application_get_settings (application);
  if (settings != NULL)
    self->audience_in_window = g_settings_get_boolean (settings, "audience-in-window");
  gtk_toggle_button_set_active (self->window_button, self->audience_in_window);

  g_signal_connect_object (self->player, "notify::state",
                           G_CALLBACK (on_player_state_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "pause-point-reached",
                           G_CALLBACK (on_pause_point_reached_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->presentation, "notify::screen",
                           G_CALLBACK (on_screen_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->presentation, "notify::step",
                           G_CALLBACK (_corro_presenter_window_show_segment), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))),
                           "items-changed", G_CALLBACK (on_monitors_changed_cb), self,
                           G_CONNECT_SWAPPED);

  corro_presentation_start (presentation, g_get_monotonic_time ());
  _corro_presenter_window_show_segment (self);
  self->tick_id = g_timeout_add (TICK_MS, on_tick_cb, self);

  return self;
}

/**
 * corro_presenter_window_get_presentation:
 *
 * Returns: (transfer none): the session being presented
 */
CorroPresentation *
corro_presenter_window_get_presentation (CorroPresenterWindow *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTER_WINDOW (self), NULL);

  return self->presentation;
}

/**
 * corro_presenter_window_get_player:
 *
 * Returns: (transfer none): the player both views show
 */
CorroPlayer *
corro_presenter_window_get_player (CorroPresenterWindow *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTER_WINDOW (self), NULL);

  return self->player;
}

/**
 * corro_presenter_window_get_audience_window:
 *
 * Returns: (transfer none) (nullable): the group's window
 */
GtkWindow *
corro_presenter_window_get_audience_window (CorroPresenterWindow *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTER_WINDOW (self), NULL);

  return self->audience_window;
}

/**
 * corro_presenter_window_get_audience_view:
 *
 * Returns: (transfer none) (nullable): what the group's window shows
 */
GtkWidget *
corro_presenter_window_get_audience_view (CorroPresenterWindow *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTER_WINDOW (self), NULL);

  if (self->audience_window == NULL)
    return NULL;

  return corro_audience_window_get_view (CORRO_AUDIENCE_WINDOW (self->audience_window));
}

/**
 * corro_presenter_window_get_pause_prompt:
 *
 * Returns: (nullable): the pause point's question shown now, or %NULL
 */
const char *
corro_presenter_window_get_pause_prompt (CorroPresenterWindow *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTER_WINDOW (self), NULL);

  if (self->pause_index < 0 || !self->clip_ready)
    return NULL;

  return gtk_label_get_label (self->pause_prompt);
}

/**
 * corro_presenter_window_end:
 *
 * Ends the session now: stops the clip, closes the group's window, keeps the times.
 */
void
corro_presenter_window_end (CorroPresenterWindow *self)
{
  g_return_if_fail (CORRO_IS_PRESENTER_WINDOW (self));

  if (corro_presentation_is_finished (self->presentation))
    return;

  /* Where the clip stopped, for resuming. */
  _corro_presenter_window_keep_clip_position (self);
  corro_player_stop (self->player);
  corro_presentation_finish (self->presentation, g_get_monotonic_time ());
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->audience_window != NULL)
    gtk_window_destroy (self->audience_window);
  g_clear_object (&self->audience_window);

  g_signal_emit (self, signals[ENDED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}
