/* corro-preferences-window.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-preferences-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-age-bands-page.h"
#include "corro-application.h"
#include "corro-auto-backup.h"
#include "corro-backup.h"
#include "corro-fit-screen.h"
#include "corro-preferences-window.h"
#include "corro-records.h"
#include "corro-restore-flow.h"

/* Preferences, for now the Backups page: automatic backups (on or off, folder, how many
 * to keep, when the last one was made), a backup to a file of one's choice (optionally
 * encrypted with a passphrase, typed twice), and a restore that shows what a backup
 * holds before anything changes. The slow parts run in threads; the rows show spinners
 * meanwhile. A restore hands over to the application, which closes the records and
 * opens the restored ones in a new main window. */

struct _CorroPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  AdwPreferencesGroup  *staff_group;
  AdwEntryRow          *staff_row;
  AdwActionRow         *automatic_row;
  GtkSwitch            *automatic_switch;
  AdwActionRow         *folder_row;
  AdwActionRow         *keep_row;
  GtkSpinButton        *keep_spin;
  AdwActionRow         *last_row;
  GtkWidget            *back_up_spinner;
  GtkWidget            *restore_spinner;

  /* borrowed */
  CorroApplication     *application;

  /* owned */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  CorroRestoreFlow     *restore_flow;
  char                 *chosen_path;     /* the backup being made */
};

G_DEFINE_FINAL_TYPE (CorroPreferencesWindow, corro_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* helpers */

static void
toast (CorroPreferencesWindow *self,
       const char             *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 10);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), t);
}

static void
set_busy (CorroPreferencesWindow *self,
          GtkWidget              *spinner,
          gboolean                busy)
{
  gtk_widget_set_visible (spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.back-up", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.restore", !busy);
}

static void
update_folder (CorroPreferencesWindow *self)
{
  const char *database = corro_application_get_database_path (self->application);
  g_autofree char *folder = corro_application_dup_backup_folder (self->application);
  g_autofree char *folder_name = g_filename_display_name (folder);
  g_autoptr(GDateTime) last = corro_auto_backup_dup_last (folder, database);

  adw_action_row_set_subtitle (self->folder_row, folder_name);
  if (last != NULL)
    {
      /* Translators: when the last automatic backup was made, see strftime(3) */
      g_autofree char *when = g_date_time_format (last, _("%-d %B %Y at %H:%M"));

      adw_action_row_set_subtitle (self->last_row, when);
    }
  else
    adw_action_row_set_subtitle (self->last_row, _("None yet"));
}

static void
wipe (char *passphrase)
{
  if (passphrase != NULL)
    memset (passphrase, 0, strlen (passphrase));
  g_free (passphrase);
}

/* callbacks */

static void
on_settings_changed_cb (CorroPreferencesWindow *self,
                        const char             *key,
                        GSettings              *settings)
{
  update_folder (self);
}

/* The window closes with the main window, and nothing may hold it past its parent:
 * GTK would still point it at the parent it was transient for. */
static void
on_parent_destroy_cb (CorroPreferencesWindow *self)
{
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_restore_busy_cb (CorroPreferencesWindow *self)
{
  set_busy (self, self->restore_spinner, corro_restore_flow_get_busy (self->restore_flow));
}

static void
on_restore_failed_cb (CorroPreferencesWindow *self,
                      const char             *message)
{
  toast (self, message);
}

static void
on_back_up_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CorroPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  set_busy (self, self->back_up_spinner, FALSE);
  if (!corro_backup_write_finish (result, &error))
    toast (self, error->message);
  else
    {
      g_autofree char *name = g_filename_display_basename (self->chosen_path);
      g_autofree char *message = g_strdup_printf (_("Backed up the records to “%s”."), name);

      toast (self, message);
    }
}

static void
back_up_with (gpointer    target,
              const char *passphrase)
{
  CorroPreferencesWindow *self = target;
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Back Up the Records"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Back Up"), _("_Cancel"));
  name = g_strdup_printf ("corro-%s%s%s", stamp,
                          passphrase != NULL && passphrase[0] != '\0' ? "-encrypted" : "",
                          CORRO_BACKUP_SUFFIX);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data_full (G_OBJECT (self->chooser), "passphrase", g_strdup (passphrase),
                          (GDestroyNotify) wipe);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (corro_preferences_window_back_up_chosen), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_folder_chosen_cb (CorroPreferencesWindow *self,
                     int                     response,
                     GtkNativeDialog        *chooser)
{
  GSettings *settings = corro_application_get_settings (self->application);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT || settings == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && (path = g_file_get_path (file)))
    g_settings_set_string (settings, "backup-folder", path);
}

/* actions */

static void
corro_preferences_window_back_up_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  corro_restore_flow_ask_passphrase (GTK_WINDOW (widget), TRUE, G_OBJECT (widget),
                                     back_up_with);
}

static void
corro_preferences_window_restore_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  corro_restore_flow_choose (CORRO_PREFERENCES_WINDOW (widget)->restore_flow);
}

static void
corro_preferences_window_choose_folder_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  CorroPreferencesWindow *self = CORRO_PREFERENCES_WINDOW (widget);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Folder for Automatic Backups"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Select"), _("_Cancel"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_folder_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* vfuncs */

/* What a finalised note says when no name is typed: the computer user's full name. */
static void
describe_staff_name (CorroPreferencesWindow *self)
{
  g_autofree char *description = NULL;
  g_autofree char *real_name = corro_records_dup_user_full_name ();

  /* Translators: %s is the full name of the computer's user account */
  description = g_strdup_printf (_("Left empty, the notes you finalise show the name of "
                                   "this computer’s user account: %s. The name is kept "
                                   "with each note you finalise from now on."), real_name);
  adw_preferences_group_set_description (self->staff_group, description);
}

static void
corro_preferences_window_dispose (GObject *object)
{
  CorroPreferencesWindow *self = (CorroPreferencesWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->restore_flow != NULL)
    corro_restore_flow_cancel (self->restore_flow);
  g_clear_object (&self->restore_flow);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_PREFERENCES_WINDOW);
  g_clear_pointer (&self->chosen_path, g_free);

  G_OBJECT_CLASS (corro_preferences_window_parent_class)->dispose (object);
}

static void
corro_preferences_window_class_init (CorroPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/corro-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, staff_group);
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, staff_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, automatic_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, automatic_switch);
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, keep_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, keep_spin);
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, last_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, back_up_spinner);
  gtk_widget_class_bind_template_child (widget_class, CorroPreferencesWindow, restore_spinner);

  gtk_widget_class_install_action (widget_class, "prefs.back-up", NULL,
                                   corro_preferences_window_back_up_action);
  gtk_widget_class_install_action (widget_class, "prefs.restore", NULL,
                                   corro_preferences_window_restore_action);
  gtk_widget_class_install_action (widget_class, "prefs.choose-folder", NULL,
                                   corro_preferences_window_choose_folder_action);
}

static void
corro_preferences_window_init (CorroPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  corro_fit_screen (GTK_WINDOW (self));
  self->cancellable = g_cancellable_new ();
}

/* public API */

/**
 * corro_preferences_window_new:
 * @parent: the main window, which the preferences close with
 */
CorroPreferencesWindow *
corro_preferences_window_new (CorroApplication *application,
                              GtkWindow        *parent)
{
  CorroPreferencesWindow *self;
  GSettings *settings;

  g_return_val_if_fail (CORRO_IS_APPLICATION (application), NULL);

  self = g_object_new (CORRO_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->application = application;
  if (parent != NULL)
    g_signal_connect_object (parent, "destroy", G_CALLBACK (on_parent_destroy_cb), self,
                             G_CONNECT_SWAPPED);
  self->restore_flow = corro_restore_flow_new (application, GTK_WINDOW (self));
  g_signal_connect_object (self->restore_flow, "notify::busy", G_CALLBACK (on_restore_busy_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->restore_flow, "failed", G_CALLBACK (on_restore_failed_cb),
                           self, G_CONNECT_SWAPPED);

  /* The team's age bands, when the records are open. */
  if (corro_application_get_records (application) != NULL)
    adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                                ADW_PREFERENCES_PAGE (corro_age_bands_page_new (
                                  corro_application_get_records (application))));

  settings = corro_application_get_settings (application);
  describe_staff_name (self);
  if (settings != NULL)
    {
      g_settings_bind (settings, "staff-name", self->staff_row, "text",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "automatic-backups", self->automatic_switch, "active",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "backups-to-keep", self->keep_spin, "value",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "automatic-backups", self->folder_row, "sensitive",
                       G_SETTINGS_BIND_GET);
      g_settings_bind (settings, "automatic-backups", self->keep_row, "sensitive",
                       G_SETTINGS_BIND_GET);
      g_signal_connect_object (settings, "changed::backup-folder",
                               G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
    }
  else
    {
      /* No schema installed: the defaults apply and cannot be changed here. */
      gtk_switch_set_active (self->automatic_switch, TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->staff_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->automatic_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->keep_row), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.choose-folder", FALSE);
    }
  update_folder (self);

  return self;
}

/**
 * corro_preferences_window_back_up_chosen:
 *
 * The save dialog's answer: writes the backup (in a thread) to the chosen file, with the
 * passphrase the chooser carries.
 */
void
corro_preferences_window_back_up_chosen (CorroPreferencesWindow *self,
                                         int                     response,
                                         GtkNativeDialog        *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (CORRO_IS_PREFERENCES_WINDOW (self));

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL || !(path = g_file_get_path (file)))
    return;

  corro_preferences_window_back_up_to (self, path,
                                       g_object_get_data (G_OBJECT (chooser), "passphrase"));
}

/**
 * corro_preferences_window_back_up_to:
 * @passphrase: (nullable): encrypt with it when not empty
 *
 * Writes a backup of the records to @path in a thread, and says how it went.
 */
void
corro_preferences_window_back_up_to (CorroPreferencesWindow *self,
                                     const char             *path,
                                     const char             *passphrase)
{
  g_return_if_fail (CORRO_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (path != NULL);

  g_free (self->chosen_path);
  self->chosen_path = g_strdup (path);
  set_busy (self, self->back_up_spinner, TRUE);
  corro_backup_write_async (corro_application_get_database_path (self->application), path,
                            passphrase, self->cancellable, on_back_up_done_cb,
                            g_object_ref (self));
}

/**
 * corro_preferences_window_restore_from:
 * @passphrase: (nullable): for an encrypted backup
 *
 * Checks the backup at @path in a thread, then asks whether to restore it, saying when
 * it was made and what it holds (as choosing it and typing its passphrase would).
 */
void
corro_preferences_window_restore_from (CorroPreferencesWindow *self,
                                       const char             *path,
                                       const char             *passphrase)
{
  g_return_if_fail (CORRO_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (path != NULL);

  corro_restore_flow_prepare (self->restore_flow, path, passphrase);
}
