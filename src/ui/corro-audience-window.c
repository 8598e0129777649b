/* corro-audience-window.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-audience-window"

#include "config.h"

#include "corro-application.h"
#include "corro-audience-view.h"
#include "corro-audience-window.h"

/* The group's window: full screen on the projector, or a window to drag to a TV or
 * share in a video call. Keys pressed while it has the focus go to the presenter, so a
 * clicker works whichever window is in front. */
struct _CorroAudienceWindow
{
  AdwWindow  parent_instance;

  /* template widgets */
  GtkBox    *box;
  GtkWidget *header_bar;

  /* borrowed */
  GtkWidget *view;
  GtkWidget *presenter;
};

G_DEFINE_FINAL_TYPE (CorroAudienceWindow, corro_audience_window, ADW_TYPE_WINDOW)

/* Full screen on the projector shows the picture alone; a window keeps its header bar
 * to be dragged to a TV or shared in a call. */
static void
on_fullscreened_cb (CorroAudienceWindow *self,
                    GParamSpec          *pspec,
                    gpointer             user_data)
{
  gtk_widget_set_visible (self->header_bar,
                          !gtk_window_is_fullscreen (GTK_WINDOW (self)));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   CorroAudienceWindow   *self)
{
  if (self->presenter == NULL)
    return GDK_EVENT_PROPAGATE;

  return gtk_event_controller_key_forward (controller, self->presenter);
}

static void
corro_audience_window_dispose (GObject *object)
{
  CorroAudienceWindow *self = (CorroAudienceWindow *) object;

  g_clear_weak_pointer (&self->presenter);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_AUDIENCE_WINDOW);

  G_OBJECT_CLASS (corro_audience_window_parent_class)->dispose (object);
}

static void
corro_audience_window_class_init (CorroAudienceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_audience_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-audience-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroAudienceWindow, box);
  gtk_widget_class_bind_template_child (widget_class, CorroAudienceWindow, header_bar);
}

static void
corro_audience_window_init (CorroAudienceWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened_cb), NULL);
}

/**
 * corro_audience_window_new:
 * @video: the player's paintable
 * @presenter: the presenter's window, which receives the keys
 */
GtkWidget *
corro_audience_window_new (CorroApplication  *application,
                           CorroPresentation *presentation,
                           GdkPaintable      *video,
                           GtkWidget         *presenter)
{
  CorroAudienceWindow *self;

  self = g_object_new (CORRO_TYPE_AUDIENCE_WINDOW,
                       "application", application,
                       NULL);
  g_set_weak_pointer (&self->presenter, presenter);
  self->view = corro_audience_view_new (presentation, video);
  gtk_widget_set_vexpand (self->view, TRUE);
  gtk_box_append (self->box, self->view);

  return GTK_WIDGET (self);
}

/**
 * corro_audience_window_get_view:
 *
 * Returns: (transfer none): what the window shows
 */
GtkWidget *
corro_audience_window_get_view (CorroAudienceWindow *self)
{
  g_return_val_if_fail (CORRO_IS_AUDIENCE_WINDOW (self), NULL);

  return self->view;
}
