/* corro-presenter-window-actions.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-presenter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-presentation.h"
#include "corro-presenter-window-private.h"

#define SEEK_STEP (10 * G_USEC_PER_SEC)

/* What the keys, a presentation clicker and the buttons do. Clickers send Page Down and
 * Page Up (or the arrows): in a clip they step through it (see
 * corro-presenter-window-clip.c); Ctrl+Right and Ctrl+Left always change the segment.
 * Every action is also a button, so the mouse and the accessibility tree reach all of
 * them. */

static gboolean
clip_is_playing (CorroPresenterWindow *self)
{
  return corro_player_get_state (self->player) == CORRO_PLAYER_STATE_PLAYING;
}

static void
presenter_play_pause_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);

  if (!self->clip_ready)
    return;

  if (clip_is_playing (self))
    {
      corro_player_pause (self->player);
    }
  else
    {
      /* Playing a clip is what the group came to see: bring it back on screen. */
      corro_presentation_set_screen (self->presentation, CORRO_SCREEN_CONTENT);
      corro_player_play (self->player);
    }
  _corro_presenter_window_update_actions (self);
}

static void
presenter_navigate_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);
  gint64 now = g_get_monotonic_time ();

  if (g_str_equal (action_name, "presenter.next"))
    {
      _corro_presenter_window_step_forward (self);
      return;
    }
  if (g_str_equal (action_name, "presenter.previous"))
    {
      _corro_presenter_window_step_back (self);
      return;
    }

  _corro_presenter_window_keep_clip_position (self);
  if (g_str_equal (action_name, "presenter.next-segment"))
    corro_presentation_next (self->presentation, now);
  else if (g_str_equal (action_name, "presenter.previous-segment"))
    corro_presentation_previous (self->presentation, now);
  else if (g_str_equal (action_name, "presenter.first"))
    corro_presentation_go_to (self->presentation, 0, now);
  else
    corro_presentation_go_to (self->presentation,
                              corro_presentation_get_n_steps (self->presentation) - 1, now);
}

static void
presenter_pause_point_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);

  if (g_str_equal (action_name, "presenter.next-pause-point"))
    {
      corro_player_next_pause_point (self->player);
    }
  else
    {
      _corro_presenter_window_show_pause_point (self, -1);
      corro_player_previous_pause_point (self->player);
    }
}

static void
presenter_seek_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);

  /* Off the pause point: its question is no longer the one to ask. */
  _corro_presenter_window_show_pause_point (self, -1);
  corro_player_seek_relative (self->player,
                              g_str_equal (action_name, "presenter.seek-back") ? -SEEK_STEP
                                                                               : SEEK_STEP);
  _corro_presenter_window_update_transport (self);
}

static void
presenter_pause_timers_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);
  gboolean paused = !corro_presentation_get_timers_paused (self->presentation);

  corro_presentation_set_timers_paused (self->presentation, paused, g_get_monotonic_time ());
  _corro_presenter_window_update_clock (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (paused ? _("Timers paused")
                                                     : _("Timers running again")));
}

static void
presenter_restart_timers_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);

  corro_presentation_restart_timers (self->presentation, g_get_monotonic_time ());
  _corro_presenter_window_update_clock (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Timers restarted: the session starts now")));
}

static void
presenter_overview_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);

  gtk_menu_button_popup (self->overview_button);
}

static void
presenter_audience_in_window_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = app != NULL ? corro_application_get_settings (CORRO_APPLICATION (app))
                                    : NULL;

  self->audience_in_window = !self->audience_in_window;
  if (settings != NULL)
    g_settings_set_boolean (settings, "audience-in-window", self->audience_in_window);

  corro_presenter_window_show_audience (self);
  _corro_presenter_window_update_actions (self);
}

static gboolean
end_after_dialog_cb (gpointer user_data)
{
  corro_presenter_window_end (user_data);
  return G_SOURCE_REMOVE;
}

static void
on_end_response_cb (AdwMessageDialog     *dialog,
                    const char           *response,
                    CorroPresenterWindow *self)
{
  /* Not here: the dialog is transient for this window and is held by its own response
   * signal. Destroying the window now destroyed the dialog with it (destroy-with-parent)
   * but left the dialog's transient parent pointing at the freed window until the
   * dialog's last reference went, after this handler: four "invalid (NULL) class
   * pointer" CRITICALs as it disconnected from it. Ending once the dialog is gone
   * leaves nothing pointing at the window. */
  if (g_strcmp0 (response, "end") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, end_after_dialog_cb, g_object_ref (self),
                     g_object_unref);
}

/* Asks before ending, whatever is on screen: Esc and the window's close button are too
 * easy to press while the group talks at a pause point. The answer that keeps
 * presenting is the default, and what Esc (or Enter) in the dialog gives. */
static void
ask_to_end (CorroPresenterWindow *self)
{
  AdwMessageDialog *dialog;
  const char *body;

  if (self->end_dialog != NULL)
    {
      gtk_window_present (self->end_dialog);
      return;
    }

  if (clip_is_playing (self))
    body = _("A clip is playing. Ending stops it and closes the group’s screen.");
  else
    body = _("Ending closes the group’s screen. Until you present another session, you can "
             "resume this one where it stopped.");

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("End the Session?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Presenting"),
                                    "end", _("_End Session"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "end", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_end_response_cb), self, 0);
  self->end_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->end_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
presenter_end_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);

  if (corro_presentation_is_finished (self->presentation))
    return;

  ask_to_end (self);
}

/**
 * _corro_presenter_window_close_request:
 *
 * The window's close button (or the window manager's Alt+F4) mid-session asks, as Esc
 * does; the window closes only once the session is ended.
 */
gboolean
_corro_presenter_window_close_request (GtkWindow *window)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (window);

  if (self->presentation == NULL || corro_presentation_is_finished (self->presentation))
    return FALSE;

  ask_to_end (self);
  return TRUE;
}

static const struct
{
  guint            keyval;
  GdkModifierType  modifiers;
  const char      *action;
} presenter_keys[] = {
  { GDK_KEY_space, 0, "presenter.play-pause" },
  { GDK_KEY_k, 0, "presenter.play-pause" },
  { GDK_KEY_K, 0, "presenter.play-pause" },
  { GDK_KEY_Right, 0, "presenter.next" },
  { GDK_KEY_Down, 0, "presenter.next" },
  { GDK_KEY_Page_Down, 0, "presenter.next" },
  { GDK_KEY_Left, 0, "presenter.previous" },
  { GDK_KEY_Up, 0, "presenter.previous" },
  { GDK_KEY_Page_Up, 0, "presenter.previous" },
  { GDK_KEY_Right, GDK_CONTROL_MASK, "presenter.next-segment" },
  { GDK_KEY_Page_Down, GDK_CONTROL_MASK, "presenter.next-segment" },
  { GDK_KEY_Left, GDK_CONTROL_MASK, "presenter.previous-segment" },
  { GDK_KEY_Page_Up, GDK_CONTROL_MASK, "presenter.previous-segment" },
  { GDK_KEY_Home, 0, "presenter.first" },
  { GDK_KEY_End, 0, "presenter.last" },
  { GDK_KEY_Down, GDK_CONTROL_MASK, "presenter.next-pause-point" },
  { GDK_KEY_Up, GDK_CONTROL_MASK, "presenter.previous-pause-point" },
  { GDK_KEY_j, 0, "presenter.seek-back" },
  { GDK_KEY_J, 0, "presenter.seek-back" },
  { GDK_KEY_Left, GDK_SHIFT_MASK, "presenter.seek-back" },
  { GDK_KEY_l, 0, "presenter.seek-forward" },
  { GDK_KEY_L, 0, "presenter.seek-forward" },
  { GDK_KEY_Right, GDK_SHIFT_MASK, "presenter.seek-forward" },
  { GDK_KEY_t, 0, "presenter.pause-timers" },
  { GDK_KEY_T, 0, "presenter.pause-timers" },
  { GDK_KEY_r, GDK_CONTROL_MASK, "presenter.restart-timers" },
  { GDK_KEY_o, 0, "presenter.overview" },
  { GDK_KEY_O, 0, "presenter.overview" },
  { GDK_KEY_b, 0, "presenter.black" },
  { GDK_KEY_B, 0, "presenter.black" },
  { GDK_KEY_period, 0, "presenter.black" },
  { GDK_KEY_w, 0, "presenter.title-card" },
  { GDK_KEY_W, 0, "presenter.title-card" },
  { GDK_KEY_Escape, 0, "presenter.end" },
};

static gboolean
presenter_key_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  CorroPresenterWindow *self = CORRO_PRESENTER_WINDOW (widget);

  /* In the session's overview the arrows and Enter move in its list. */
  if (self->overview != NULL && gtk_widget_get_visible (GTK_WIDGET (self->overview)))
    return FALSE;

  /* The key is the presenter's even when its action is disabled (Right on the last
   * segment, Space without a clip): it must not move the focus or press a button. */
  gtk_widget_activate_action (widget, user_data, NULL);
  return TRUE;
}

/**
 * _corro_presenter_window_init_keys:
 *
 * The presenter's keys, caught before any widget sees them: as class key bindings they
 * came after GtkWindow's arrow-key focus moves, so a real Right key (or a clicker's)
 * moved the focus between buttons instead of going to the next segment.
 */
void
_corro_presenter_window_init_keys (CorroPresenterWindow *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_event_controller_set_name (keys, "presenter-keys");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (presenter_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (presenter_keys[i].keyval,
                                                                                    presenter_keys[i].modifiers),
                                                            gtk_callback_action_new (presenter_key_cb,
                                                                                     (gpointer) presenter_keys[i].action,
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
_corro_presenter_window_class_init_actions (GtkWidgetClass *widget_class)
{
  static const char * const next[] = { "presenter.next", "presenter.previous",
                                       "presenter.next-segment", "presenter.previous-segment",
                                       "presenter.first", "presenter.last" };

  gtk_widget_class_install_action (widget_class, "presenter.play-pause", NULL,
                                   presenter_play_pause_action);
  for (guint i = 0; i < G_N_ELEMENTS (next); i++)
    gtk_widget_class_install_action (widget_class, next[i], NULL, presenter_navigate_action);
  gtk_widget_class_install_action (widget_class, "presenter.next-pause-point", NULL,
                                   presenter_pause_point_action);
  gtk_widget_class_install_action (widget_class, "presenter.previous-pause-point", NULL,
                                   presenter_pause_point_action);
  gtk_widget_class_install_action (widget_class, "presenter.seek-back", NULL,
                                   presenter_seek_action);
  gtk_widget_class_install_action (widget_class, "presenter.seek-forward", NULL,
                                   presenter_seek_action);
  gtk_widget_class_install_action (widget_class, "presenter.pause-timers", NULL,
                                   presenter_pause_timers_action);
  gtk_widget_class_install_action (widget_class, "presenter.restart-timers", NULL,
                                   presenter_restart_timers_action);
  gtk_widget_class_install_action (widget_class, "presenter.overview", NULL,
                                   presenter_overview_action);
  gtk_widget_class_install_property_action (widget_class, "presenter.black", "black");
  gtk_widget_class_install_property_action (widget_class, "presenter.title-card", "title-card");
  gtk_widget_class_install_action (widget_class, "presenter.audience-in-window", NULL,
                                   presenter_audience_in_window_action);
  gtk_widget_class_install_action (widget_class, "presenter.end", NULL, presenter_end_action);
}

void
_corro_presenter_window_update_actions (CorroPresenterWindow *self)
{
  guint step = corro_presentation_get_step (self->presentation);
  guint n = corro_presentation_get_n_steps (self->presentation);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "presenter.play-pause", self->clip_ready);
  gtk_widget_action_set_enabled (widget, "presenter.next-pause-point", self->clip_ready);
  gtk_widget_action_set_enabled (widget, "presenter.previous-pause-point", self->clip_ready);
  gtk_widget_action_set_enabled (widget, "presenter.seek-back", self->clip_ready);
  gtk_widget_action_set_enabled (widget, "presenter.seek-forward", self->clip_ready);
  gtk_widget_action_set_enabled (widget, "presenter.previous", step > 0 || self->clip_ready);
  gtk_widget_action_set_enabled (widget, "presenter.previous-segment", step > 0);
  gtk_widget_action_set_enabled (widget, "presenter.first", step > 0);
  gtk_widget_action_set_enabled (widget, "presenter.next", step + 1 < n || self->clip_ready);
  gtk_widget_action_set_enabled (widget, "presenter.next-segment", step + 1 < n);
  gtk_widget_action_set_enabled (widget, "presenter.last", step + 1 < n);
}
