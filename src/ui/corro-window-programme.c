/* corro-window-programme.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-programme-library.h"
#include "corro-programme-problem.h"
#include "corro-programme-reader.h"
#include "corro-window-private.h"

#define MAX_PROBLEMS_SHOWN 12

/* Importing and exporting programme files from the Programme page. A file is read and
 * checked off the main thread; nothing is kept unless it is free of errors, and a
 * programme with an id already kept is replaced or kept beside it, as the user says. */

typedef struct
{
  CorroProgramme *programme;
  GPtrArray      *problems;
  GError         *error;
  char           *name;
} ImportResult;

static void
import_result_free (gpointer data)
{
  ImportResult *result = data;

  g_clear_object (&result->programme);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_clear_error (&result->error);
  g_free (result->name);
  g_free (result);
}

static CorroProgrammeLibrary *
get_library (CorroWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? corro_application_get_library (CORRO_APPLICATION (app)) : NULL;
}

static char *
describe_problems (GPtrArray *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = problems != NULL ? problems->len : 0;

  for (guint i = 0; i < MIN (n, MAX_PROBLEMS_SHOWN); i++)
    {
      g_autofree char *line = corro_programme_problem_to_string (g_ptr_array_index (problems, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }

  if (n > MAX_PROBLEMS_SHOWN)
    {
      g_string_append (text, "\n");
      g_string_append_printf (text, ngettext ("…and %u more problem.", "…and %u more problems.",
                                              n - MAX_PROBLEMS_SHOWN),
                              n - MAX_PROBLEMS_SHOWN);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
keep (CorroWindow     *self,
      ImportResult    *result,
      CorroImportMode  mode)
{
  CorroProgrammeLibrary *library = get_library (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_warnings = result->problems != NULL ? result->problems->len : 0;

  if (library == NULL || !corro_programme_library_import (library, result->programme, mode,
                                                          &error))
    {
      corro_window_add_toast (self, error != NULL ? error->message : _("Nothing was imported."));
      return;
    }

  /* The Programme page shows the programme just imported; with more than one kept, a
   * chooser above its chapters goes from one to another. */
  g_clear_object (&self->programme);
  self->programme = g_object_ref (result->programme);
  gtk_stack_set_visible_child_name (self->programme_stack, "chapters");
  _corro_window_show_programme (self);

  if (n_warnings > 0)
    message = g_strdup_printf (ngettext ("Imported “%s”, with %u warning.",
                                         "Imported “%s”, with %u warnings.", n_warnings),
                               corro_programme_get_title (result->programme, self->language),
                               n_warnings);
  else
    message = g_strdup_printf (_("Imported “%s”."),
                               corro_programme_get_title (result->programme, self->language));
  corro_window_add_toast (self, message);
}

/* callbacks */

static void
on_clash_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CorroWindow      *self)
{
  ImportResult *result = g_object_get_data (G_OBJECT (dialog), "result");

  if (g_strcmp0 (response, "replace") == 0)
    keep (self, result, CORRO_IMPORT_REPLACE);
  else if (g_strcmp0 (response, "keep-both") == 0)
    keep (self, result, CORRO_IMPORT_KEEP_BOTH);
}

static void
show_refusal (CorroWindow  *self,
              ImportResult *result)
{
  g_autofree char *problems = describe_problems (result->problems);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  body = problems[0] != '\0' ? g_strdup_printf ("%s\n\n%s", _("Nothing was imported."), problems)
                             : g_strdup_printf ("%s\n\n%s", _("Nothing was imported."),
                                                result->error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("This Programme File Cannot Be Used"),
                                                       body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_read_done_cb (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  CorroWindow *self = CORRO_WINDOW (source);
  ImportResult *result = g_task_propagate_pointer (G_TASK (res), NULL);
  CorroProgrammeLibrary *library = get_library (self);
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (result->programme == NULL)
    {
      show_refusal (self, result);
      import_result_free (result);
      return;
    }

  if (library == NULL ||
      corro_programme_library_get_programme (library,
                                             corro_programme_get_id (result->programme)) == NULL)
    {
      keep (self, result, CORRO_IMPORT_REPLACE);
      import_result_free (result);
      return;
    }

  body = g_strdup_printf (_("“%s” has the same id as a programme already kept. Replace it "
                            "(its session plans are lost), or keep both?"),
                          corro_programme_get_title (result->programme, self->language));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Replace the Programme?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "keep-both", _("_Keep Both"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep-both");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "result", result, import_result_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_clash_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
read_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ImportResult *result = g_new0 (ImportResult, 1);

  result->programme = corro_programme_reader_load_file (G_FILE (task_data), &result->problems,
                                                        &result->error);
  g_task_return_pointer (task, result, import_result_free);
}

static void
on_import_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               CorroWindow     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    corro_window_import_programme (self, file);
}

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               CorroWindow     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;

  name = g_file_get_basename (file);
  if (corro_programme_format_write_file (self->programme, file, &error))
    message = g_strdup_printf (_("Exported the programme to “%s”."), name);
  else
    message = g_strdup (error->message);
  corro_window_add_toast (self, message);
}

static GtkFileFilter *
programme_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Programme files"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  return filter;
}

/* choosing among the programmes kept */

static void
on_programme_chooser_selected_cb (GtkDropDown *dropdown,
                                  GParamSpec  *pspec,
                                  CorroWindow *self)
{
  CorroProgrammeLibrary *library = get_library (self);
  g_autoptr(CorroProgramme) programme = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (library == NULL || selected == GTK_INVALID_LIST_POSITION ||
      !(programme = g_list_model_get_item (G_LIST_MODEL (library), selected)) ||
      programme == self->programme)
    return;

  g_set_object (&self->programme, programme);
  gtk_stack_set_visible_child_name (self->programme_stack, "chapters");
  _corro_window_show_programme (self);
}

static gboolean
same_names (GListModel    *model,
            GtkStringList *names)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (names));

  if (!GTK_IS_STRING_LIST (model) || g_list_model_get_n_items (model) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i),
                   gtk_string_list_get_string (names, i)) != 0)
      return FALSE;

  return TRUE;
}

void
_corro_window_update_programme_chooser (CorroWindow *self)
{
  CorroProgrammeLibrary *library = get_library (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = library != NULL ? g_list_model_get_n_items (G_LIST_MODEL (library)) : 0;
  guint current = 0;

  if (n < 2)
    {
      if (self->programme_chooser != NULL)
        gtk_widget_set_visible (GTK_WIDGET (self->programme_chooser), FALSE);
      return;
    }

  /* Two programmes of one title (Keep Both) are told apart by their ids. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroProgramme) programme = g_list_model_get_item (G_LIST_MODEL (library), i);
      g_autofree char *name = NULL;

      /* Translators: a programme in the chooser: its title and its id */
      name = g_strdup_printf (_("%s (%s)"), corro_programme_get_title (programme, self->language),
                              corro_programme_get_id (programme));
      gtk_string_list_append (names, name);
      if (programme == self->programme)
        current = i;
    }

  if (self->programme_chooser == NULL)
    {
      GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (self->programme_subtitle));

      self->programme_chooser = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
      gtk_widget_set_halign (GTK_WIDGET (self->programme_chooser), GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->programme_chooser),
                                   _("The programme whose chapters are shown"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->programme_chooser),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Programme"), -1);
      gtk_widget_insert_after (GTK_WIDGET (self->programme_chooser), box,
                               GTK_WIDGET (self->programme_subtitle));
      g_signal_connect_object (self->programme_chooser, "notify::selected",
                               G_CALLBACK (on_programme_chooser_selected_cb), self, 0);
    }

  g_signal_handlers_block_by_func (self->programme_chooser, on_programme_chooser_selected_cb,
                                   self);
  /* The same list (a choice made in it): keep its model, which it is still using. */
  if (!same_names (gtk_drop_down_get_model (self->programme_chooser), names))
    gtk_drop_down_set_model (self->programme_chooser, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->programme_chooser, current);
  g_signal_handlers_unblock_by_func (self->programme_chooser, on_programme_chooser_selected_cb,
                                     self);
  gtk_widget_set_visible (GTK_WIDGET (self->programme_chooser), TRUE);
}

/* actions */

static void
corro_window_import_programme_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CorroWindow *self = CORRO_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = programme_filter ();

  chooser = gtk_file_chooser_native_new (_("Import a Programme"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (on_import_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
corro_window_export_programme_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CorroWindow *self = CORRO_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = programme_filter ();
  g_autofree char *name = g_strdup_printf ("%s.json", corro_programme_get_id (self->programme));

  chooser = gtk_file_chooser_native_new (_("Export the Programme"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (on_export_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_corro_window_class_init_programme (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-programme", NULL,
                                   corro_window_import_programme_action);
  gtk_widget_class_install_action (widget_class, "win.export-programme", NULL,
                                   corro_window_export_programme_action);
}

/**
 * corro_window_import_programme:
 * @file: a programme file
 *
 * Reads and checks @file in the background, then keeps its programme, asks what to do
 * when its id is taken, or says why nothing was imported.
 */
void
corro_window_import_programme (CorroWindow *self,
                               GFile       *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CORRO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, on_read_done_cb, NULL);
  g_task_set_source_tag (task, corro_window_import_programme);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}
