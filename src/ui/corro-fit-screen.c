/* corro-fit-screen.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-fit-screen"

#include "config.h"

#include "corro-fit-screen.h"

/* Windows that fit the laptops staff have (1024×600, 800×600): a window's default size
 * is what it asks for on a large screen; on a smaller one it is cut to the screen, less
 * CORRO_FIT_SCREEN_MARGIN for the desktop's bars, and its content scrolls (every window
 * that uses this has a scrolled page). The screen is the monitor the window's parent is
 * on, else the first one, as it is known when the window is realized, before it maps. */

static GdkMonitor *
monitor_for (GtkWindow *window)
{
  GtkWindow *parent = gtk_window_get_transient_for (window);
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GdkSurface *surface = NULL;
  GListModel *monitors;
  GdkMonitor *monitor = NULL;

  if (parent != NULL && gtk_widget_get_realized (GTK_WIDGET (parent)))
    surface = gtk_native_get_surface (GTK_NATIVE (parent));
  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (display, surface);
  if (monitor == NULL)
    {
      monitors = gdk_display_get_monitors (display);
      monitor = g_list_model_get_item (monitors, 0);
      /* The display keeps its monitors. */
      if (monitor != NULL)
        g_object_unref (monitor);
    }

  return monitor;
}

static void
on_realize_cb (GtkWindow *window)
{
  GdkMonitor *monitor = monitor_for (window);
  GdkRectangle geometry;
  int width, height;

  if (monitor == NULL)
    return;

  gdk_monitor_get_geometry (monitor, &geometry);
  gtk_window_get_default_size (window, &width, &height);
  /* No default size: the window takes its natural one. */
  if (width <= 0)
    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width,
                        NULL, NULL);
  if (height <= 0)
    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, width, NULL, &height,
                        NULL, NULL);
  if (width > geometry.width - CORRO_FIT_SCREEN_MARGIN)
    width = geometry.width - CORRO_FIT_SCREEN_MARGIN;
  if (height > geometry.height - CORRO_FIT_SCREEN_MARGIN)
    height = geometry.height - CORRO_FIT_SCREEN_MARGIN;
  gtk_window_set_default_size (window, width, height);
}

/**
 * corro_fit_screen:
 * @window: a window not yet realized
 *
 * Makes @window no larger than the screen it opens on (see above).
 */
void
corro_fit_screen (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
}
