/* corro-recovery-window.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-recovery-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-database.h"
#include "corro-fit-screen.h"
#include "corro-recovery-window.h"
#include "corro-restore-flow.h"

/* Shown instead of the main window when the database cannot be opened. It explains
 * why, in words a facilitator understands, and offers only ways out that keep the
 * file: restore a backup, set the file aside and start empty, try again, or quit. */
struct _CorroRecoveryWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwStatusPage        *status_page;
  GtkWidget            *restore_button;
  GtkWidget            *start_fresh_button;
  GtkWidget            *retry_button;

  /* owned */
  char                 *path;
  CorroRestoreFlow     *restore_flow;
};

G_DEFINE_FINAL_TYPE (CorroRecoveryWindow, corro_recovery_window, ADW_TYPE_APPLICATION_WINDOW)

/* helpers */

static void
show_toast (CorroRecoveryWindow *self,
            const char          *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
hand_over_to_main_window (CorroRecoveryWindow *self,
                          const char          *notice)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  corro_application_open_store (CORRO_APPLICATION (app), notice);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
describe (CorroRecoveryWindow *self,
          const GError        *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  g_autofree char *description = NULL;
  const char *title;
  const char *advice;
  gboolean can_replace = FALSE;

  switch (error->code)
    {
    case CORRO_DATABASE_ERROR_DAMAGED:
      title = _("The Records File Is Damaged");
      advice = _("Nothing in it has been changed. Restore a backup, or set the file aside "
                 "(it stays in the same folder under a new name) and start with empty records.");
      can_replace = TRUE;
      break;
    case CORRO_DATABASE_ERROR_FOREIGN:
      title = _("This Is Not a Corro Records File");
      advice = _("Nothing in it has been changed. Restore a backup, or set the file aside "
                 "(it stays in the same folder under a new name) and start with empty records.");
      can_replace = TRUE;
      break;
    case CORRO_DATABASE_ERROR_TOO_NEW:
      title = _("Made by a Newer Corro");
      advice = _("Nothing in it has been changed. Open it with the newer version of Corro.");
      break;
    case CORRO_DATABASE_ERROR_FULL:
    case CORRO_DATABASE_ERROR_IO:
    case CORRO_DATABASE_ERROR_FAILED:
    default:
      title = _("Corro Cannot Open Its Records");
      advice = _("Nothing has been changed or deleted. Put it right, then try again.");
      break;
    }

  description = g_strdup_printf ("%s\n\n%s", escaped, advice);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);

  gtk_widget_set_visible (self->restore_button, can_replace);
  gtk_widget_set_visible (self->start_fresh_button, can_replace);
  gtk_widget_set_visible (self->retry_button, !can_replace &&
                                              error->code != CORRO_DATABASE_ERROR_TOO_NEW);
}

/* callbacks */

static void
on_restore_failed_cb (CorroRecoveryWindow *self,
                      const char          *message)
{
  show_toast (self, message);
}

static void
on_restore_busy_cb (CorroRecoveryWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "recovery.restore",
                                 !corro_restore_flow_get_busy (self->restore_flow));
}

/* actions */

static void
corro_recovery_window_restore_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  corro_restore_flow_choose (CORRO_RECOVERY_WINDOW (widget)->restore_flow);
}

static void
corro_recovery_window_start_fresh_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  CorroRecoveryWindow *self = CORRO_RECOVERY_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *moved_name = NULL;
  g_autofree char *notice = NULL;

  if (!(moved = corro_database_move_aside (self->path, &error)))
    {
      show_toast (self, error->message);
      return;
    }

  moved_name = g_filename_display_basename (moved);
  notice = g_strdup_printf (_("Started with empty records. The file Corro could not open is kept "
                              "as “%s” in the same folder."), moved_name);
  hand_over_to_main_window (self, notice);
}

static void
corro_recovery_window_retry_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  hand_over_to_main_window (CORRO_RECOVERY_WINDOW (widget), NULL);
}

/* vfuncs */

static void
corro_recovery_window_dispose (GObject *object)
{
  CorroRecoveryWindow *self = (CorroRecoveryWindow *) object;

  if (self->restore_flow != NULL)
    corro_restore_flow_cancel (self->restore_flow);
  g_clear_object (&self->restore_flow);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_RECOVERY_WINDOW);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (corro_recovery_window_parent_class)->dispose (object);
}

static void
corro_recovery_window_class_init (CorroRecoveryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_recovery_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-recovery-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroRecoveryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CorroRecoveryWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, CorroRecoveryWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, CorroRecoveryWindow, start_fresh_button);
  gtk_widget_class_bind_template_child (widget_class, CorroRecoveryWindow, retry_button);

  gtk_widget_class_install_action (widget_class, "recovery.restore", NULL,
                                   corro_recovery_window_restore_action);
  gtk_widget_class_install_action (widget_class, "recovery.start-fresh", NULL,
                                   corro_recovery_window_start_fresh_action);
  gtk_widget_class_install_action (widget_class, "recovery.retry", NULL,
                                   corro_recovery_window_retry_action);
}

static void
corro_recovery_window_init (CorroRecoveryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  corro_fit_screen (GTK_WINDOW (self));
}

/* public API */

/**
 * corro_recovery_window_new:
 * @path: the database that could not be opened
 * @error: why, a #CORRO_DATABASE_ERROR
 */
CorroRecoveryWindow *
corro_recovery_window_new (CorroApplication *application,
                           const char       *path,
                           const GError     *error)
{
  CorroRecoveryWindow *self;

  g_return_val_if_fail (CORRO_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (CORRO_TYPE_RECOVERY_WINDOW,
                       "application", application,
                       NULL);
  self->path = g_strdup (path);
  describe (self, error);
  self->restore_flow = corro_restore_flow_new (application, GTK_WINDOW (self));
  g_signal_connect_object (self->restore_flow, "notify::busy", G_CALLBACK (on_restore_busy_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->restore_flow, "failed", G_CALLBACK (on_restore_failed_cb),
                           self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * corro_recovery_window_get_headline:
 *
 * Returns: the headline the user reads
 */
const char *
corro_recovery_window_get_headline (CorroRecoveryWindow *self)
{
  g_return_val_if_fail (CORRO_IS_RECOVERY_WINDOW (self), NULL);

  return adw_status_page_get_title (self->status_page);
}

/**
 * corro_recovery_window_restore:
 * @backup_path: the chosen backup, encrypted or not
 *
 * Restores @backup_path as choosing it does: asks for its passphrase if it is encrypted,
 * checks it, says what it holds, and on "Restore" opens it in the main window; the file
 * Corro could not open is kept aside.
 */
void
corro_recovery_window_restore (CorroRecoveryWindow *self,
                               const char          *backup_path)
{
  g_return_if_fail (CORRO_IS_RECOVERY_WINDOW (self));
  g_return_if_fail (backup_path != NULL);

  corro_restore_flow_start (self->restore_flow, backup_path);
}
