/* corro-person-rights.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-person-rights"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-person-record-pdf.h"
#include "corro-person-record.h"
#include "corro-person-rights.h"
#include "corro-records.h"
#include "corro-search-result.h"
#include "corro-store-records.h"
#include "corro-window.h"

/* A person's rights, asked for from the group page or the retention review: a copy of
 * everything held about them, and erasure. Erasing asks for the person's name to be
 * typed, says what goes and what stays, and first counts the other notes that mention
 * the name (session notes, notes about other people): those are not about them and are
 * kept, so the facilitator can read them first. The count is of notes in which every
 * word of the name appears, as the search finds them; a note naming them by first name
 * only is not counted (the dialog says so). */

typedef struct
{
  GtkWidget         *parent;
  CorroRecords      *records;
  CorroPersonRecord *record;
  GCallback          erased;
  gpointer           user_data;
  AdwEntryRow       *confirm;
} ErasureData;

/* helpers */

static GtkWindow *
find_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A toast in the main window, or a message where there is none. */
static void
tell (GtkWidget  *parent,
      const char *heading,
      const char *body,
      gboolean    as_toast)
{
  GtkWindow *window = find_window (parent);
  GtkWindow *main_window = window;
  AdwMessageDialog *dialog;

  while (main_window != NULL && !CORRO_IS_WINDOW (main_window))
    main_window = gtk_window_get_transient_for (main_window);

  if (as_toast && main_window != NULL)
    {
      corro_window_add_toast (CORRO_WINDOW (main_window), heading);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
erasure_data_free (ErasureData *data)
{
  g_clear_object (&data->parent);
  g_clear_object (&data->records);
  g_clear_object (&data->record);
  g_clear_object (&data->user_data);
  g_free (data);
}

/* Export */

static void
write_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GFile *file = task_data;
  CorroPersonRecord *record = CORRO_PERSON_RECORD (source);
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "pdf"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (pdf)
    ok = corro_person_record_write_pdf (record, file, cancellable, &error);
  else
    ok = corro_person_record_write_json (record, file, cancellable, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GtkWidget) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    tell (parent, _("Their records were saved"), NULL, TRUE);
  else
    tell (parent, _("Their Records Were Not Saved"), error->message, FALSE);
}

/* The chosen file's suffix says which kind it is; without one, the chosen filter does. */
static gboolean
chose_pdf (GtkFileChooser *chooser,
           GFile          *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_utf8_strdown (name, -1);
  GtkFileFilter *pdf = g_object_get_data (G_OBJECT (chooser), "pdf-filter");
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);

  if (g_str_has_suffix (lower, ".pdf"))
    return TRUE;
  if (g_str_has_suffix (lower, ".json"))
    return FALSE;

  return filter != NULL && filter == pdf;
}

/* Choosing the other kind of file changes the offered name's suffix to match. */
static void
on_export_filter_changed_cb (GtkFileChooser *chooser,
                             GParamSpec     *pspec,
                             gpointer        user_data)
{
  CorroPersonRecord *record = g_object_get_data (G_OBJECT (chooser), "record");
  GtkFileFilter *pdf = g_object_get_data (G_OBJECT (chooser), "pdf-filter");
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  g_autofree char *current = gtk_file_chooser_get_current_name (chooser);
  g_autofree char *json_name = corro_person_record_dup_file_name (record, "json");
  g_autofree char *pdf_name = corro_person_record_dup_file_name (record, "pdf");

  if (current == NULL || filter == NULL)
    return;
  if (filter == pdf && g_str_equal (current, json_name))
    gtk_file_chooser_set_current_name (chooser, pdf_name);
  else if (filter != pdf && g_str_equal (current, pdf_name))
    gtk_file_chooser_set_current_name (chooser, json_name);
}

static void
on_export_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(GFile) file = NULL;
  CorroPersonRecord *record = g_object_get_data (G_OBJECT (chooser), "record");
  GtkWidget *parent = g_object_get_data (G_OBJECT (chooser), "parent");
  g_autoptr(GTask) task = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      task = g_task_new (record, NULL, on_written_cb, g_object_ref (parent));
      g_object_set_data (G_OBJECT (task), "pdf",
                         GINT_TO_POINTER (chose_pdf (GTK_FILE_CHOOSER (chooser), file)));
      g_task_set_task_data (task, g_steal_pointer (&file), g_object_unref);
      g_task_run_in_thread (task, write_in_thread);
    }
  g_signal_handlers_disconnect_by_func (chooser, on_export_filter_changed_cb, NULL);
  g_object_unref (chooser);
}

/**
 * corro_person_rights_export:
 * @parent: the widget asking
 *
 * Gathers everything held about a participant and asks where to save it: as a PDF for
 * them to read or as JSON for another system, readable by its owner only.
 */
void
corro_person_rights_export (GtkWidget    *parent,
                            CorroRecords *records,
                            gint64        participant_id)
{
  g_autoptr(CorroPersonRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (CORRO_IS_RECORDS (records));

  if (!(record = corro_person_record_load (corro_records_get_store (records), participant_id,
                                           &error)))
    {
      tell (parent, _("Their Records Could Not Be Read"), error->message, FALSE);
      return;
    }

  /* Translators: the title of the file chooser; %s is a person's name */
  title = g_strdup_printf (_("Export the Records of %s"), corro_person_record_get_name (record));
  chooser = gtk_file_chooser_native_new (title, find_window (parent),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("Readable document (PDF)"));
  gtk_file_filter_add_pattern (pdf, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_filter_set_name (json, _("Structured data (JSON)"));
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), pdf);
  name = corro_person_record_dup_file_name (record, "pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "pdf-filter", g_object_ref (pdf),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "record", g_steal_pointer (&record),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "parent", g_object_ref (parent), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen_cb), NULL);
  g_signal_connect (chooser, "notify::filter", G_CALLBACK (on_export_filter_changed_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Erasure */

static void
on_erased_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ErasureData *data = user_data;
  g_autoptr(GError) error = NULL;
  gboolean erased;

  erased = corro_records_erase_participant_finish (CORRO_RECORDS (source), result, &error);
  if (erased)
    tell (data->parent, _("Their records were erased"), NULL, TRUE);
  else if (g_error_matches (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED))
    tell (data->parent, _("Their Records Were Erased"), error->message, FALSE);
  else
    tell (data->parent, _("Their Records Were Not Erased"), error->message, FALSE);

  if ((erased || g_error_matches (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED))
      && data->erased != NULL)
    ((void (*) (gpointer)) data->erased) (data->user_data);
  erasure_data_free (data);
}

static void
on_confirm_changed_cb (GtkEditable      *editable,
                       AdwMessageDialog *dialog)
{
  ErasureData *data = g_object_get_data (G_OBJECT (dialog), "erasure");
  g_autofree char *typed = g_utf8_normalize (gtk_editable_get_text (editable), -1,
                                             G_NORMALIZE_ALL);
  g_autofree char *name = g_utf8_normalize (corro_person_record_get_name (data->record), -1,
                                            G_NORMALIZE_ALL);

  adw_message_dialog_set_response_enabled (dialog, "erase",
                                           g_strcmp0 (g_strstrip (typed), name) == 0);
}

static void
on_erase_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  ErasureData *data = g_object_steal_data (G_OBJECT (dialog), "erasure");
  GtkWidget *widget;

  if (g_strcmp0 (response, "search") == 0)
    {
      widget = data->parent;
      while (widget != NULL && !CORRO_IS_WINDOW (widget))
        widget = GTK_WIDGET (gtk_window_get_transient_for (find_window (widget)));
      if (widget != NULL)
        gtk_widget_activate_action (widget, "win.search-for", "s",
                                    corro_person_record_get_name (data->record));
    }

  if (g_strcmp0 (response, "erase") != 0)
    {
      erasure_data_free (data);
      return;
    }

  corro_records_erase_participant_async (data->records,
                                         corro_person_record_get_id (data->record), NULL,
                                         on_erased_cb, data);
}

static void
ask_to_erase (ErasureData *data,
              guint        n_mentions)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget *list;
  AdwMessageDialog *dialog;
  guint n_groups, n_marks, n_notes;
  const char *name = corro_person_record_get_name (data->record);

  corro_person_record_count (data->record, &n_groups, &n_marks, &n_notes);
  /* Translators: %s is a person's name */
  heading = g_strdup_printf (_("Erase the Records of %s?"), name);
  g_string_append_printf (body,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Their details and consent, their referral and "
                                       "enrolment in %u group, ",
                                       "Their details and consent, their referral and "
                                       "enrolment in %u groups, ", n_groups),
                          n_groups);
  g_string_append_printf (body,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "their pre-group contacts, %u attendance mark ",
                                       "their pre-group contacts, %u attendance marks ",
                                       n_marks),
                          n_marks);
  g_string_append_printf (body,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "and %u note about them will be erased for good.",
                                       "and %u notes about them will be erased for good.",
                                       n_notes),
                          n_notes);
  g_string_append (body, "\n\n");
  g_string_append (body, _("What stays: a destruction record saying when and by whom a "
                           "record was erased, without anything of theirs. Backups made "
                           "before now still hold their records until they are replaced."));
  g_string_append (body, "\n\n");
  if (n_mentions > 0)
    g_string_append_printf (body,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u other note mentions their full name: a "
                                         "session note or a note about someone else. It "
                                         "is kept; read it first if it should change.",
                                         "%u other notes mention their full name: session "
                                         "notes or notes about someone else. They are "
                                         "kept; read them first if they should change.",
                                         n_mentions),
                            n_mentions);
  else
    g_string_append (body, _("No other note mentions their full name."));
  g_string_append_c (body, ' ');
  g_string_append (body, _("Notes that use only their first name are not counted: search "
                           "for it too."));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (find_window (data->parent), heading,
                                                       body->str));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data->confirm = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->confirm),
                                 _("Type their name to confirm"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->confirm));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (n_mentions > 0)
    adw_message_dialog_add_response (dialog, "search", _("_Show Those Notes"));
  adw_message_dialog_add_response (dialog, "erase", _("_Erase for Good"));
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "erase", FALSE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "erasure", data,
                          (GDestroyNotify) erasure_data_free);
  g_signal_connect_object (data->confirm, "changed", G_CALLBACK (on_confirm_changed_cb),
                           dialog, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (on_erase_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_mentions_found_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ErasureData *data = user_data;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(GError) error = NULL;
  guint n_mentions = 0;
  gint64 id = corro_person_record_get_id (data->record);

  matches = corro_records_search_finish (CORRO_RECORDS (source), result, &error);
  if (matches == NULL)
    g_warning ("Could not look for notes naming a participant: %s", error->message);
  for (guint i = 0; matches != NULL && i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(CorroSearchResult) match = g_list_model_get_item (matches, i);

      if (corro_search_result_get_participant_id (match) != id)
        n_mentions++;
    }

  ask_to_erase (data, n_mentions);
}

/**
 * corro_person_rights_erase:
 * @parent: the widget asking
 * @erased: (nullable) (scope async): called with @user_data once they are erased
 * @user_data: (nullable): a #GObject, kept alive until then
 *
 * Asks whether to erase a participant's records, saying what goes and what stays and
 * how many other notes name them, and erases them if the user types their name and
 * confirms.
 */
void
corro_person_rights_erase (GtkWidget    *parent,
                           CorroRecords *records,
                           gint64        participant_id,
                           GCallback     erased,
                           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  ErasureData *data;
  CorroPersonRecord *record;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (CORRO_IS_RECORDS (records));

  if (!(record = corro_person_record_load (corro_records_get_store (records), participant_id,
                                           &error)))
    {
      tell (parent, _("Their Records Could Not Be Read"), error->message, FALSE);
      return;
    }

  data = g_new0 (ErasureData, 1);
  data->parent = g_object_ref (parent);
  data->records = g_object_ref (records);
  data->record = record;
  data->erased = erased;
  data->user_data = user_data != NULL ? g_object_ref (user_data) : NULL;
  corro_records_search_async (records, corro_person_record_get_name (record),
                              CORRO_NOTE_SCOPE_RECORDS, NULL, on_mentions_found_cb, data);
}
