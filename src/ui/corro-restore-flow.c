/* corro-restore-flow.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-restore-flow"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-backup.h"
#include "corro-restore-flow.h"

/* Restoring a backup, as the Preferences window and the recovery window both offer it:
 * ask for the passphrase if the backup is encrypted, check the backup in a thread into a
 * copy beside the records, say when it was made and what it holds, and only on
 * "Restore" hand the copy to the application, which closes every window and opens the
 * restored records. The flow holds no window alive: its parent is a weak pointer, and
 * the last step holds the application only, since the parent closes with the records. */

struct _CorroRestoreFlow
{
  GObject           parent_instance;

  /* borrowed */
  CorroApplication *application;
  GtkWindow        *parent;          /* weak */

  /* owned */
  GCancellable     *cancellable;
  GtkFileChooserNative *chooser;
  char             *backup_path;
  char             *prepared_path;   /* a checked copy waiting for "Restore" */
  gboolean          busy;
};

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CorroRestoreFlow, corro_restore_flow, G_TYPE_OBJECT)

typedef struct
{
  CorroApplication *application;
  char             *prepared_path;
  char             *backup_name;
} Replacement;

/* helpers */

static void
replacement_free (Replacement *replacement)
{
  g_object_unref (replacement->application);
  g_free (replacement->prepared_path);
  g_free (replacement->backup_name);
  g_free (replacement);
}

static void
set_busy (CorroRestoreFlow *self,
          gboolean          busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
discard_prepared (CorroRestoreFlow *self)
{
  corro_backup_discard (self->prepared_path);
  g_clear_pointer (&self->prepared_path, g_free);
}

static void
wipe (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

/* callbacks */

/* Runs once the dialog is gone: the application closes every window and opens the
 * restored records. */
static gboolean
replace_records_cb (gpointer user_data)
{
  Replacement *replacement = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (corro_application_replace_records (replacement->application,
                                         replacement->prepared_path,
                                         replacement->backup_name, &error))
    return G_SOURCE_REMOVE;

  corro_backup_discard (replacement->prepared_path);
  window = gtk_application_get_active_window (GTK_APPLICATION (replacement->application));
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
on_confirm_response_cb (CorroRestoreFlow *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  Replacement *replacement;

  if (g_strcmp0 (response, "restore") != 0 || self->prepared_path == NULL)
    {
      discard_prepared (self);
      return;
    }

  replacement = g_new0 (Replacement, 1);
  replacement->application = g_object_ref (self->application);
  replacement->prepared_path = g_steal_pointer (&self->prepared_path);
  replacement->backup_name = g_filename_display_basename (self->backup_path);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, replace_records_cb, replacement,
                   (GDestroyNotify) replacement_free);
}

static void
on_prepared_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CorroRestoreFlow) self = user_data;
  g_autoptr(CorroBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prepared = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  prepared = corro_backup_prepare_finish (result, &info, &error);
  set_busy (self, FALSE);
  if (g_cancellable_is_cancelled (self->cancellable) || self->parent == NULL)
    {
      corro_backup_discard (prepared);
      return;
    }

  if (prepared == NULL)
    {
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return;
    }

  discard_prepared (self);
  self->prepared_path = g_steal_pointer (&prepared);

  summary = corro_backup_info_describe (info);
  body = g_strdup_printf ("%s\n\n%s", summary,
                          _("The records you have now are kept aside in the same folder, "
                            "under a dated name, and the backup takes their place."));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (self->parent,
                                                       _("Restore This Backup?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
prepare_with (gpointer    target,
              const char *passphrase)
{
  CorroRestoreFlow *self = target;

  corro_restore_flow_prepare (self, self->backup_path, passphrase);
}

static void
on_chooser_response_cb (CorroRestoreFlow *self,
                        int               response,
                        GtkNativeDialog  *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && (path = g_file_get_path (file)))
    corro_restore_flow_start (self, path);
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

static void
on_passphrase_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           gpointer          target)
{
  CorroPassphraseFunc func = g_object_get_data (G_OBJECT (dialog), "func");
  GtkEditable *first = g_object_get_data (G_OBJECT (dialog), "first");
  char *passphrase;

  /* The dialog closes after its response. Take the focus out of the password entries
   * first: GTK 4.8 would otherwise finalize a GtkPasswordEntry while its inner text
   * still holds the window's focus, and the text's focus change then runs the entry's
   * handler on the freed entry ("invalid unclassed pointer in cast to
   * 'GtkPasswordEntry'", then Gtk-CRITICALs). */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);

  if (g_strcmp0 (response, "continue") != 0)
    return;

  passphrase = g_strdup (gtk_editable_get_text (first));
  gtk_editable_set_text (first, "");
  func (target, passphrase);
  wipe (passphrase);
}

/* vfuncs */

static void
corro_restore_flow_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CorroRestoreFlow *self = CORRO_RESTORE_FLOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_restore_flow_dispose (GObject *object)
{
  CorroRestoreFlow *self = (CorroRestoreFlow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  discard_prepared (self);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (corro_restore_flow_parent_class)->dispose (object);
}

static void
corro_restore_flow_finalize (GObject *object)
{
  CorroRestoreFlow *self = (CorroRestoreFlow *) object;

  g_free (self->backup_path);

  G_OBJECT_CLASS (corro_restore_flow_parent_class)->finalize (object);
}

static void
corro_restore_flow_class_init (CorroRestoreFlowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = corro_restore_flow_get_property;
  object_class->dispose = corro_restore_flow_dispose;
  object_class->finalize = corro_restore_flow_finalize;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CorroRestoreFlow::failed:
   * @message: what went wrong, to show; nothing was changed
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
corro_restore_flow_init (CorroRestoreFlow *self)
{
  self->cancellable = g_cancellable_new ();
}

/* public API */

/**
 * corro_restore_flow_new:
 * @parent: the window the dialogs belong to; not kept alive
 */
CorroRestoreFlow *
corro_restore_flow_new (CorroApplication *application,
                        GtkWindow        *parent)
{
  CorroRestoreFlow *self;

  g_return_val_if_fail (CORRO_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (CORRO_TYPE_RESTORE_FLOW, NULL);
  self->application = application;
  g_set_weak_pointer (&self->parent, parent);
  return self;
}

/**
 * corro_restore_flow_choose:
 *
 * Lets the person choose a backup file, then restores it (corro_restore_flow_start()).
 */
void
corro_restore_flow_choose (CorroRestoreFlow *self)
{
  g_autoptr(GtkFileFilter) backups = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (CORRO_IS_RESTORE_FLOW (self));

  if (self->parent == NULL)
    return;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Restore From a Backup"), self->parent,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (backups, _("Corro backups"));
  gtk_file_filter_add_pattern (backups, "*" CORRO_BACKUP_SUFFIX);
  gtk_file_filter_add_pattern (backups, "*.db");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), backups);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * corro_restore_flow_start:
 *
 * The chosen file: asks for its passphrase when it is encrypted, then checks it
 * (corro_restore_flow_prepare()). A file that is no backup fails at once.
 */
void
corro_restore_flow_start (CorroRestoreFlow *self,
                          const char       *backup_path)
{
  g_autoptr(GError) error = NULL;
  gboolean encrypted;

  g_return_if_fail (CORRO_IS_RESTORE_FLOW (self));
  g_return_if_fail (backup_path != NULL);

  encrypted = corro_backup_is_encrypted (backup_path, &error);
  if (error != NULL)
    {
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return;
    }

  if (backup_path != self->backup_path)
    {
      g_free (self->backup_path);
      self->backup_path = g_strdup (backup_path);
    }
  if (encrypted && self->parent != NULL)
    corro_restore_flow_ask_passphrase (self->parent, FALSE, G_OBJECT (self), prepare_with);
  else
    corro_restore_flow_prepare (self, backup_path, NULL);
}

/**
 * corro_restore_flow_prepare:
 * @passphrase: (nullable): for an encrypted backup
 *
 * Checks the backup at @backup_path in a thread, then asks whether to restore it, saying
 * when it was made and what it holds. Failures are said through #CorroRestoreFlow::failed.
 */
void
corro_restore_flow_prepare (CorroRestoreFlow *self,
                            const char       *backup_path,
                            const char       *passphrase)
{
  g_return_if_fail (CORRO_IS_RESTORE_FLOW (self));
  g_return_if_fail (backup_path != NULL);

  if (backup_path != self->backup_path)
    {
      g_free (self->backup_path);
      self->backup_path = g_strdup (backup_path);
    }
  set_busy (self, TRUE);
  corro_backup_prepare_async (corro_application_get_database_path (self->application),
                              backup_path, passphrase, self->cancellable, on_prepared_cb,
                              g_object_ref (self));
}

/**
 * corro_restore_flow_cancel:
 *
 * Stops the flow for good (its window is going): a backup being checked is thrown away.
 */
void
corro_restore_flow_cancel (CorroRestoreFlow *self)
{
  g_return_if_fail (CORRO_IS_RESTORE_FLOW (self));

  g_cancellable_cancel (self->cancellable);
  discard_prepared (self);
}

gboolean
corro_restore_flow_get_busy (CorroRestoreFlow *self)
{
  g_return_val_if_fail (CORRO_IS_RESTORE_FLOW (self), FALSE);

  return self->busy;
}

/**
 * corro_restore_flow_ask_passphrase:
 * @for_backup: twice and optional when making a backup; once when restoring one
 * @target: passed to @func; the question is dropped if it goes away
 * @func: called with what was typed when the person continues
 *
 * Asks for a passphrase in a dialog over @parent.
 */
void
corro_restore_flow_ask_passphrase (GtkWindow           *parent,
                                   gboolean             for_backup,
                                   GObject             *target,
                                   CorroPassphraseFunc  func)
{
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *first = gtk_password_entry_new ();
  GtkWidget *second = for_backup ? gtk_password_entry_new () : NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_OBJECT (target));
  g_return_if_fail (func != NULL);

  if (for_backup)
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      parent, _("Encrypt the Backup?"),
      _("To carry the backup to another computer, protect it with a passphrase, and keep "
        "the passphrase somewhere else. Leave both fields empty for a backup that anyone "
        "with the file can read.")));
  else
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      parent, _("Passphrase"),
      _("This backup is encrypted. Type the passphrase it was made with.")));

  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (first), TRUE);
  g_object_set (first, "placeholder-text",
                for_backup ? _("Passphrase (optional)") : _("Passphrase"),
                "activates-default", TRUE, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (first), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Passphrase"), -1);
  gtk_box_append (GTK_BOX (box), first);
  if (for_backup)
    {
      /* Restoring asks once; a second entry made for nothing would never be freed. */
      gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (second), TRUE);
      g_object_set (second, "placeholder-text", _("The same passphrase again"),
                    "activates-default", TRUE, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (second), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("The same passphrase again"), -1);
      gtk_box_append (GTK_BOX (box), second);
    }
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "continue", _("C_ontinue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "continue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "continue");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data (G_OBJECT (dialog), "func", func);
  g_object_set_data (G_OBJECT (dialog), "first", first);
  g_object_set_data (G_OBJECT (dialog), "second", second);
  if (for_backup)
    {
      g_signal_connect_swapped (first, "changed", G_CALLBACK (on_passphrase_changed_cb), dialog);
      g_signal_connect_swapped (second, "changed", G_CALLBACK (on_passphrase_changed_cb), dialog);
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_passphrase_response_cb), target,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
}
