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

#include "corro-application.h"
#include "corro-auto-backup.h"
#include "corro-backup.h"
#include "corro-preferences-window.h"

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
  char                 *chosen_path;     /* the backup being made or restored */
  char                 *prepared_path;   /* a checked copy waiting for "Restore" */
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
discard_prepared (CorroPreferencesWindow *self)
{
  corro_backup_discard (self->prepared_path);
  g_clear_pointer (&self->prepared_path, g_free);
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

static char *
wipeable_text (GtkEditable *entry)
{
  return g_strdup (gtk_editable_get_text (entry));
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

/* Runs once the dialog has answered: the application closes every window, this one too,
 * and opens the restored records. */
static gboolean
replace_records_cb (gpointer user_data)
{
  g_autoptr(CorroPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *prepared = g_steal_pointer (&self->prepared_path);
  g_autofree char *name = g_filename_display_basename (self->chosen_path);
  CorroApplication *application = self->application;
  GtkWindow *window;

  if (prepared == NULL)
    return G_SOURCE_REMOVE;

  if (corro_application_replace_records (application, prepared, name, &error))
    return G_SOURCE_REMOVE;

  corro_backup_discard (prepared);
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (window != NULL)
    {
      AdwMessageDialog *failed = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (window, _("Nothing Was Restored"), error->message));

      adw_message_dialog_add_response (failed, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (failed));
    }
  return G_SOURCE_REMOVE;
}

static void
on_restore_response_cb (CorroPreferencesWindow *self,
                        const char             *response,
                        AdwMessageDialog       *dialog)
{
  if (g_strcmp0 (response, "restore") != 0)
    {
      discard_prepared (self);
      return;
    }

  g_idle_add (replace_records_cb, g_object_ref (self));
}

static void
on_prepared_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CorroPreferencesWindow) self = user_data;
  g_autoptr(CorroBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prepared = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  prepared = corro_backup_prepare_finish (result, &info, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      corro_backup_discard (prepared);
      return;
    }

  set_busy (self, self->restore_spinner, FALSE);
  if (prepared == NULL)
    {
      toast (self, error->message);
      return;
    }

  discard_prepared (self);
  self->prepared_path = g_steal_pointer (&prepared);

  summary = corro_backup_info_describe (info);
  body = g_strdup_printf ("%s\n\n%s", summary,
                          _("The records you have now are kept aside in the same folder, "
                            "under a dated name, and the backup takes their place."));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Restore This Backup?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_passphrase_changed_cb (AdwMessageDialog *dialog)
{
  GtkEditable *first = g_object_get_data (G_OBJECT (dialog), "first");
  GtkEditable *second = g_object_get_data (G_OBJECT (dialog), "second");

  adw_message_dialog_set_response_enabled (dialog, "continue",
                                           g_strcmp0 (gtk_editable_get_text (first),
                                                      gtk_editable_get_text (second)) == 0);
}

typedef void (*PassphraseFunc) (CorroPreferencesWindow *self,
                                const char             *passphrase);

static void
on_passphrase_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           gpointer          user_data)
{
  CorroPreferencesWindow *self = g_object_get_data (G_OBJECT (dialog), "window");
  PassphraseFunc func = user_data;
  GtkEditable *first = g_object_get_data (G_OBJECT (dialog), "first");
  char *passphrase;

  if (g_strcmp0 (response, "continue") != 0)
    return;

  passphrase = wipeable_text (first);
  func (self, passphrase);
  wipe (passphrase);
  gtk_editable_set_text (first, "");
}

/* Asks for a passphrase: twice and optional when making a backup, once when restoring. */
static void
ask_passphrase (CorroPreferencesWindow *self,
                gboolean                for_backup,
                PassphraseFunc          func)
{
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *first = gtk_password_entry_new ();
  GtkWidget *second = gtk_password_entry_new ();

  if (for_backup)
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      GTK_WINDOW (self), _("Encrypt the Backup?"),
      _("To carry the backup to another computer, protect it with a passphrase, and keep "
        "the passphrase somewhere else. Leave both fields empty for a backup that anyone "
        "with the file can read.")));
  else
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      GTK_WINDOW (self), _("Passphrase"),
      _("This backup is encrypted. Type the passphrase it was made with.")));

  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (first), TRUE);
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (second), TRUE);
  g_object_set (first, "placeholder-text",
                for_backup ? _("Passphrase (optional)") : _("Passphrase"),
                "activates-default", TRUE, NULL);
  g_object_set (second, "placeholder-text", _("The same passphrase again"),
                "activates-default", TRUE, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (first), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Passphrase"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (second), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The same passphrase again"), -1);
  gtk_box_append (GTK_BOX (box), first);
  if (for_backup)
    gtk_box_append (GTK_BOX (box), second);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "continue", _("C_ontinue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "continue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "continue");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data (G_OBJECT (dialog), "window", self);
  g_object_set_data (G_OBJECT (dialog), "first", first);
  g_object_set_data (G_OBJECT (dialog), "second", second);
  if (for_backup)
    {
      g_signal_connect_swapped (first, "changed", G_CALLBACK (on_passphrase_changed_cb), dialog);
      g_signal_connect_swapped (second, "changed", G_CALLBACK (on_passphrase_changed_cb), dialog);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (on_passphrase_response_cb), func);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_up_with (CorroPreferencesWindow *self,
              const char             *passphrase)
{
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
restore_with (CorroPreferencesWindow *self,
              const char             *passphrase)
{
  corro_preferences_window_restore_from (self, self->chosen_path, passphrase);
}

static void
on_restore_chosen_cb (CorroPreferencesWindow *self,
                      int                     response,
                      GtkNativeDialog        *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean encrypted;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL || !(path = g_file_get_path (file)))
    return;

  encrypted = corro_backup_is_encrypted (path, &error);
  if (error != NULL)
    {
      toast (self, error->message);
      return;
    }

  g_free (self->chosen_path);
  self->chosen_path = g_steal_pointer (&path);
  if (encrypted)
    ask_passphrase (self, FALSE, restore_with);
  else
    corro_preferences_window_restore_from (self, self->chosen_path, NULL);
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
  ask_passphrase (CORRO_PREFERENCES_WINDOW (widget), TRUE, back_up_with);
}

static void
corro_preferences_window_restore_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  CorroPreferencesWindow *self = CORRO_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) backups = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Restore From a Backup"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (backups, _("Corro backups"));
  gtk_file_filter_add_pattern (backups, "*" CORRO_BACKUP_SUFFIX);
  gtk_file_filter_add_pattern (backups, "*.db");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), backups);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_restore_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
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

static void
corro_preferences_window_dispose (GObject *object)
{
  CorroPreferencesWindow *self = (CorroPreferencesWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_PREFERENCES_WINDOW);
  discard_prepared (self);
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
                       "destroy-with-parent", TRUE,
                       NULL);
  self->application = application;

  settings = corro_application_get_settings (application);
  if (settings != NULL)
    {
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
 * it was made and what it holds.
 */
void
corro_preferences_window_restore_from (CorroPreferencesWindow *self,
                                       const char             *path,
                                       const char             *passphrase)
{
  g_return_if_fail (CORRO_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (path != NULL);

  if (path != self->chosen_path)
    {
      g_free (self->chosen_path);
      self->chosen_path = g_strdup (path);
    }
  set_busy (self, self->restore_spinner, TRUE);
  corro_backup_prepare_async (corro_application_get_database_path (self->application), path,
                              passphrase, self->cancellable, on_prepared_cb,
                              g_object_ref (self));
}
