/* corro-sign-in-export.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-sign-in-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "corro-sign-in-export.h"
#include "corro-sign-in-sheet.h"
#include "corro-window.h"

/* The group page's "Sign-in Sheet…": where to save the PDF, then written off the main
 * thread (the sheet is laid out first, from the group as it is now), then said: a toast
 * in the main window, or a message with the reason when it could not be written. */

static void
save_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CorroPdfDocument *sheet = task_data;
  GFile *file = g_object_get_data (G_OBJECT (task), "file");
  g_autoptr(GError) error = NULL;

  if (corro_pdf_document_save (sheet, file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GtkWidget *parent = GTK_WIDGET (source);
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (CORRO_IS_WINDOW (root))
        corro_window_add_toast (CORRO_WINDOW (root), _("Sign-in sheet saved"));
      return;
    }

  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
      adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                              _("The Sign-in Sheet Was Not Saved"), error->message));

    adw_message_dialog_add_response (dialog, "close", _("_Close"));
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

/**
 * corro_sign_in_export_to:
 * @session: (nullable): one session's sheet, or %NULL for the whole group's
 *
 * Writes the sheet of @group to @file, and says so from @parent.
 */
void
corro_sign_in_export_to (GtkWidget    *parent,
                         CorroGroup   *group,
                         CorroSession *session,
                         GFile        *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (CORRO_IS_GROUP (group));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (parent, NULL, on_saved_cb, NULL);
  g_task_set_source_tag (task, corro_sign_in_export_to);
  g_task_set_task_data (task, corro_sign_in_sheet_new (group, session), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "file", g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, save_in_thread);
}

static void
on_chosen_cb (GtkNativeDialog *chooser,
              int              response,
              gpointer         user_data)
{
  GtkWidget *parent = g_object_get_data (G_OBJECT (chooser), "parent");
  CorroGroup *group = g_object_get_data (G_OBJECT (chooser), "group");
  CorroSession *session = g_object_get_data (G_OBJECT (chooser), "session");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        corro_sign_in_export_to (parent, group, session, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * corro_sign_in_export:
 * @session: (nullable): one session's sheet, or %NULL for the whole group's
 *
 * Asks where to save the blank sign-in sheet of @group, then writes it there.
 */
void
corro_sign_in_export (GtkWidget    *parent,
                      CorroGroup   *group,
                      CorroSession *session)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autofree char *name = corro_sign_in_sheet_file_name (group, session);
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (CORRO_IS_GROUP (group));

  chooser = gtk_file_chooser_native_new (_("Save the Sign-in Sheet"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "parent", g_object_ref (parent), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "group", g_object_ref (group), g_object_unref);
  if (session != NULL)
    g_object_set_data_full (G_OBJECT (chooser), "session", g_object_ref (session),
                            g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chosen_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
