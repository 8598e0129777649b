/* corro-retention-window.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-retention-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-fit-screen.h"
#include "corro-labels.h"
#include "corro-person-rights.h"
#include "corro-records.h"
#include "corro-retention-window.h"
#include "corro-store-rights.h"

/* Old records: the team's retention period, and who is past it, with a copy (Export…)
 * and erasure (Erase…) for each, or erasure of all of them after one confirmation.
 * The list is one query over the participants: it is read inline. */
struct _CorroRetentionWindow
{
  AdwWindow      parent_instance;

  /* template widgets */
  GtkAdjustment *years_adjustment;
  GtkStack      *expired_stack;
  GtkListBox    *expired_list;

  /* owned */
  CorroRecords  *records;
  GArray        *ids;        /* (element-type gint64): the people listed, in order */
  guint          n_rows;
  guint          erasing;    /* left to erase in a bulk erasure */
  gboolean       loading;
};

G_DEFINE_FINAL_TYPE (CorroRetentionWindow, corro_retention_window, ADW_TYPE_WINDOW)

/* helpers */

static GtkWidget *
create_row (CorroStoreExpired *expired)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *export = gtk_button_new_with_mnemonic (_("E_xport…"));
  GtkWidget *erase = gtk_button_new_with_mnemonic (_("E_rase…"));
  g_autofree char *subtitle = NULL;
  GVariant *id = g_variant_new_int64 (expired->participant_id);

  if (expired->last_session != NULL)
    {
      g_autofree char *date = corro_label_date (expired->last_session);

      /* Translators: when a person's last group ended, and in how many groups they were */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Their group ended %s",
                                               "Their last of %2$u groups ended %1$s",
                                               expired->n_groups),
                                  date, expired->n_groups);
    }
  else
    subtitle = g_strdup (_("In no group"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), expired->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "retention.export");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (export), id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (erase), "retention.erase");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (erase), id);
  gtk_widget_set_valign (export, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (erase, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (erase, "destructive-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), export);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), erase);
  return row;
}

static void
show_error (CorroRetentionWindow *self,
            const char           *heading,
            const char           *message)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading, message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void erase_next (CorroRetentionWindow *self);

/* callbacks */

static void
on_years_changed_cb (CorroRetentionWindow *self)
{
  g_autoptr(GError) error = NULL;
  guint years = (guint) gtk_adjustment_get_value (self->years_adjustment);

  if (self->loading)
    return;
  if (!corro_store_set_retention_years (corro_records_get_store (self->records), years, &error))
    show_error (self, _("The Retention Period Was Not Changed"), error->message);
  corro_retention_window_refresh (self);
}

static void
on_erased_cb (gpointer user_data)
{
  corro_retention_window_refresh (CORRO_RETENTION_WINDOW (user_data));
}

static void
on_bulk_erased_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CorroRetentionWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!corro_records_erase_participant_finish (self->records, result, &error) &&
      !g_error_matches (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED))
    {
      self->erasing = 0;
      corro_retention_window_refresh (self);
      show_error (self, _("Their Records Were Not Erased"), error->message);
      return;
    }

  erase_next (self);
}

static void
erase_next (CorroRetentionWindow *self)
{
  gint64 id;

  if (self->erasing == 0 || self->erasing > self->ids->len)
    {
      self->erasing = 0;
      corro_retention_window_refresh (self);
      return;
    }

  id = g_array_index (self->ids, gint64, self->erasing - 1);
  self->erasing--;
  corro_records_erase_participant_async (self->records, id, NULL, on_bulk_erased_cb,
                                         g_object_ref (self));
}

static void
on_understood_toggled_cb (GtkCheckButton   *check,
                          AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "erase", gtk_check_button_get_active (check));
}

static void
on_erase_all_response_cb (CorroRetentionWindow *self,
                          const char           *response)
{
  if (g_strcmp0 (response, "erase") != 0 || self->ids->len == 0)
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "retention.erase-all", FALSE);
  self->erasing = self->ids->len;
  erase_next (self);
}

/* actions */

static void
corro_retention_window_person_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CorroRetentionWindow *self = CORRO_RETENTION_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (g_str_equal (action_name, "retention.export"))
    corro_person_rights_export (widget, self->records, id);
  else
    corro_person_rights_erase (widget, self->records, id, G_CALLBACK (on_erased_cb), self);
}

static void
corro_retention_window_erase_all_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  CorroRetentionWindow *self = CORRO_RETENTION_WINDOW (widget);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *check;

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Erase the Records of %u Person?",
                                          "Erase the Records of %u People?", self->ids->len),
                             self->ids->len);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), heading,
    _("Everything held about each of them — details, enrolments, contacts, attendance and "
      "the notes about them — will be erased for good. What stays: one destruction record "
      "for each, saying when and by whom, without anything of theirs. Backups made before "
      "now still hold their records until they are replaced.")));
  check = gtk_check_button_new_with_mnemonic (_("I _understand that their records cannot be "
                                                "recovered"));
  adw_message_dialog_set_extra_child (dialog, check);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "erase", _("_Erase for Good"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "erase", FALSE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_understood_toggled_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_erase_all_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
corro_retention_window_dispose (GObject *object)
{
  CorroRetentionWindow *self = (CorroRetentionWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_RETENTION_WINDOW);
  g_clear_object (&self->records);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (corro_retention_window_parent_class)->dispose (object);
}

static void
corro_retention_window_class_init (CorroRetentionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_retention_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-retention-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroRetentionWindow, years_adjustment);
  gtk_widget_class_bind_template_child (widget_class, CorroRetentionWindow, expired_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroRetentionWindow, expired_list);
  gtk_widget_class_bind_template_callback (widget_class, on_years_changed_cb);

  gtk_widget_class_install_action (widget_class, "retention.export", "x",
                                   corro_retention_window_person_action);
  gtk_widget_class_install_action (widget_class, "retention.erase", "x",
                                   corro_retention_window_person_action);
  gtk_widget_class_install_action (widget_class, "retention.erase-all", NULL,
                                   corro_retention_window_erase_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
corro_retention_window_init (CorroRetentionWindow *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  corro_fit_screen (GTK_WINDOW (self));
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* public API */

GtkWidget *
corro_retention_window_new (GtkWindow    *parent,
                            CorroRecords *records)
{
  CorroRetentionWindow *self;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);

  /* It shows (and changes) the records of its main window: it goes with it, as when a
   * restored backup replaces them. */
  self = g_object_new (CORRO_TYPE_RETENTION_WINDOW, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->records = g_object_ref (records);
  gtk_adjustment_set_value (self->years_adjustment,
                            corro_store_get_retention_years (corro_records_get_store (records)));
  self->loading = FALSE;
  corro_retention_window_refresh (self);

  return GTK_WIDGET (self);
}

/**
 * corro_retention_window_get_n_rows:
 *
 * Returns: how many people are listed as past the retention period
 */
guint
corro_retention_window_get_n_rows (CorroRetentionWindow *self)
{
  g_return_val_if_fail (CORRO_IS_RETENTION_WINDOW (self), 0);

  return self->n_rows;
}

/**
 * corro_retention_window_refresh:
 *
 * Lists again who is past the retention period.
 */
void
corro_retention_window_refresh (CorroRetentionWindow *self)
{
  g_autoptr(GPtrArray) expired = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (CORRO_IS_RETENTION_WINDOW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->expired_list))) != NULL)
    gtk_list_box_remove (self->expired_list, child);
  g_array_set_size (self->ids, 0);

  if (!(expired = corro_records_list_expired (self->records, &error)))
    {
      show_error (self, _("Old Records Could Not Be Listed"), error->message);
      expired = g_ptr_array_new ();
    }

  for (guint i = 0; i < expired->len; i++)
    {
      CorroStoreExpired *row = g_ptr_array_index (expired, i);

      g_array_append_val (self->ids, row->participant_id);
      gtk_list_box_append (self->expired_list, create_row (row));
    }
  self->n_rows = expired->len;
  gtk_stack_set_visible_child_name (self->expired_stack, expired->len > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "retention.erase-all",
                                 expired->len > 0 && self->erasing == 0);
}
