/* corro-person-rights.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-person-rights"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-fit-screen.h"
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
 * only is not counted (the dialog says so). Once they are erased, a second step lists the
 * notes that still name them, the name shown in each, and takes it out of one or all of
 * them (corro_records_redact_name_async()): a finalised note gains a dated addendum saying
 * that text was removed, never which. */

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

/* The main window @widget is in, or is over. */
static GtkWindow *
find_main_window (GtkWidget *widget)
{
  GtkWindow *window = find_window (widget);

  while (window != NULL && !CORRO_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  if (window == NULL && GTK_IS_APPLICATION (g_application_get_default ()))
    window = gtk_application_get_active_window (GTK_APPLICATION (g_application_get_default ()));
  return CORRO_IS_WINDOW (window) ? window : NULL;
}

/* A toast in the main window, or a message where there is none. */
static void
tell (GtkWidget  *parent,
      const char *heading,
      const char *body,
      gboolean    as_toast)
{
  GtkWindow *window = find_window (parent);
  GtkWindow *main_window = find_main_window (parent);
  AdwMessageDialog *dialog;

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

/* Redaction, after an erasure */

typedef struct
{
  GtkWidget        *parent;     /* the main window: the page that asked may be gone */
  CorroRecords     *records;
  char             *name;
  GListStore       *found;      /* (element-type CorroSearchResult) */
  CorroNoteScope    scope;      /* the search running */
  GtkListBox       *list;       /* the dialog's list of notes */
  guint             n_notes;    /* notes the name was taken out of */
  guint             running;    /* redactions not yet finished */
  gboolean          closed;     /* the dialog answered: its rows are no longer shown */
} Redaction;

/* One call of corro_records_redact_name_async(), and the rows it works on. */
typedef struct
{
  AdwMessageDialog *dialog;
  GPtrArray        *rows;       /* (element-type AdwActionRow) */
} RedactionCall;

static void
redaction_free (Redaction *redaction)
{
  g_clear_object (&redaction->parent);
  g_clear_object (&redaction->records);
  g_clear_object (&redaction->found);
  g_clear_object (&redaction->list);
  g_free (redaction->name);
  g_free (redaction);
}

/* The kind of note, when the place does not say it (a note on a person names them). */
static const char *
describe_kind (CorroSearchResult *result)
{
  switch (corro_search_result_get_kind (result))
    {
    case CORRO_REFLECTION_SESSION:
      return _("Note on the session");
    case CORRO_REFLECTION_PARTICIPANT:
      return NULL;
    case CORRO_REFLECTION_SELF:
      return _("Your own reflection");
    case CORRO_REFLECTION_FIDELITY:
    default:
      return _("Fidelity note");
    }
}

static void
say_redacted (Redaction *redaction,
              guint      n_notes)
{
  g_autofree char *heading = NULL;

  /* Translators: %u is a number of notes */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Their name was removed from %u note",
                                          "Their name was removed from %u notes", n_notes),
                             n_notes);
  tell (redaction->parent, heading, NULL, TRUE);
  redaction->n_notes = 0;
}

static void
on_redacted_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  RedactionCall *call = user_data;
  g_autoptr(AdwMessageDialog) dialog = call->dialog;
  g_autoptr(GPtrArray) rows = call->rows;
  Redaction *redaction = g_object_get_data (G_OBJECT (dialog), "redaction");
  g_autoptr(GError) error = NULL;
  gboolean done;

  g_free (call);
  done = corro_records_redact_name_finish (CORRO_RECORDS (source), result, NULL, &error);
  redaction->running--;
  if (!done && !g_error_matches (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED))
    {
      for (guint i = 0; i < rows->len; i++)
        gtk_widget_set_sensitive (g_ptr_array_index (rows, i), TRUE);
      tell (redaction->parent, _("Their Name Was Not Removed"), error->message, FALSE);
      return;
    }

  redaction->n_notes += rows->len;
  if (!redaction->closed)
    for (guint i = 0; i < rows->len; i++)
      gtk_list_box_remove (redaction->list, g_ptr_array_index (rows, i));
  if (error != NULL)
    tell (redaction->parent, _("Their Name Was Removed"), error->message, FALSE);

  /* Every note done, or the dialog closed: the step is over. */
  if (redaction->running == 0 &&
      (redaction->closed || gtk_widget_get_first_child (GTK_WIDGET (redaction->list)) == NULL))
    {
      say_redacted (redaction, redaction->n_notes);
      if (!redaction->closed)
        adw_message_dialog_response (dialog, "done");
    }
}

/* Takes the name out of the notes of @rows (rows of the dialog's list). */
static void
redact_rows (AdwMessageDialog *dialog,
             GPtrArray        *rows)
{
  Redaction *redaction = g_object_get_data (G_OBJECT (dialog), "redaction");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  RedactionCall *call;

  if (rows->len == 0)
    return;
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      CorroSearchResult *result = g_object_get_data (G_OBJECT (row), "result");
      gint64 id = corro_search_result_get_reflection_id (result);

      g_array_append_val (ids, id);
      gtk_widget_set_sensitive (row, FALSE);
    }

  call = g_new0 (RedactionCall, 1);
  call->dialog = g_object_ref (dialog);
  call->rows = g_ptr_array_ref (rows);
  redaction->running++;
  corro_records_redact_name_async (redaction->records, (const gint64 *) (gpointer) ids->data,
                                   ids->len, redaction->name, NULL, on_redacted_cb, call);
}

static GPtrArray *
list_rows (Redaction *redaction)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (redaction->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_sensitive (row))
      g_ptr_array_add (rows, g_object_ref (row));
  return rows;
}

static void
on_redact_one_clicked_cb (GtkButton        *button,
                          AdwMessageDialog *dialog)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);

  g_ptr_array_add (rows, g_object_ref (row));
  redact_rows (dialog, rows);
}

static void
on_redaction_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  Redaction *redaction = g_object_get_data (G_OBJECT (dialog), "redaction");
  g_autoptr(GPtrArray) rows = NULL;

  if (g_strcmp0 (response, "redact-all") == 0)
    {
      rows = list_rows (redaction);
      redact_rows (dialog, rows);
    }
  redaction->closed = TRUE;
  if (redaction->running == 0 && redaction->n_notes > 0)
    say_redacted (redaction, redaction->n_notes);
}

static GtkWidget *
create_mention_row (CorroSearchResult *result,
                    AdwMessageDialog  *dialog)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Remove the Name"));
  g_autofree char *place = corro_search_result_dup_place (result);
  const char *kind = describe_kind (result);
  g_autoptr(GString) subtitle = g_string_new (place);

  if (kind != NULL || corro_search_result_get_finalised (result))
    g_string_append_c (subtitle, '\n');
  if (kind != NULL)
    g_string_append (subtitle, kind);
  if (kind != NULL && corro_search_result_get_finalised (result))
    g_string_append (subtitle, " · ");
  if (corro_search_result_get_finalised (result))
    g_string_append (subtitle, _("Finalised: a dated addendum will say that text was removed"));

  /* The snippet is markup made by the store, with the name in bold. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 corro_search_result_get_snippet_markup (result));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle->str, -1);

    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data_full (G_OBJECT (row), "result", g_object_ref (result), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_redact_one_clicked_cb), dialog, 0);
  return row;
}

static void
ask_to_redact (Redaction *redaction)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (redaction->found));
  GtkWidget *scrolled;
  GtkWidget *list;
  AdwMessageDialog *dialog;

  heading = g_strdup (_("Remove Their Name From Other Notes?"));
  /* Translators: %u is a number of notes, %s a person's name */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u other note still names %s. Removing the name "
                                       "puts “[name removed]” in its place and keeps "
                                       "the rest of the note.",
                                       "%u other notes still name %s. Removing the name "
                                       "puts “[name removed]” in its place and keeps "
                                       "the rest of each note.", n),
                          n, redaction->name);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (find_window (redaction->parent),
                                                       heading, body));
  list = gtk_list_box_new ();
  redaction->list = GTK_LIST_BOX (g_object_ref (list));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSearchResult) result = g_list_model_get_item (G_LIST_MODEL (redaction->found),
                                                                   i);

      gtk_list_box_append (GTK_LIST_BOX (list), create_mention_row (result, dialog));
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  adw_message_dialog_add_response (dialog, "done", _("_Keep Them As They Are"));
  adw_message_dialog_add_response (dialog, "redact-all", _("_Remove From All"));
  adw_message_dialog_set_response_appearance (dialog, "redact-all", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "done");
  adw_message_dialog_set_close_response (dialog, "done");
  g_object_set_data_full (G_OBJECT (dialog), "redaction", redaction,
                          (GDestroyNotify) redaction_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_redaction_response_cb), NULL);
  /* Room for a note's words beside its button; narrower screens get less. */
  gtk_window_set_default_size (GTK_WINDOW (dialog), 620, -1);
  corro_fit_screen (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remaining_found_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  Redaction *redaction = user_data;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(GError) error = NULL;

  matches = corro_records_search_finish (CORRO_RECORDS (source), result, &error);
  if (matches == NULL)
    g_warning ("Could not look for notes naming an erased participant: %s", error->message);
  for (guint i = 0; matches != NULL && i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(CorroSearchResult) match = g_list_model_get_item (matches, i);

      g_list_store_append (redaction->found, match);
    }

  /* The families' records first, then supervision notes: the store never searches both
   * at once, and a facilitator's free text can name anyone. */
  if (redaction->scope == CORRO_NOTE_SCOPE_RECORDS)
    {
      redaction->scope = CORRO_NOTE_SCOPE_SUPERVISION;
      corro_records_search_async (redaction->records, redaction->name, redaction->scope, NULL,
                                  on_remaining_found_cb, redaction);
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (redaction->found)) == 0)
    {
      redaction_free (redaction);
      return;
    }
  ask_to_redact (redaction);
}

/* After an erasure: the notes that still name them, to take the name out of. */
static void
offer_redaction (ErasureData *data)
{
  GtkWindow *window = find_main_window (data->parent);
  Redaction *redaction;

  if (window == NULL)
    return;
  redaction = g_new0 (Redaction, 1);
  redaction->parent = GTK_WIDGET (g_object_ref (window));
  redaction->records = g_object_ref (data->records);
  redaction->name = g_strdup (corro_person_record_get_name (data->record));
  redaction->found = g_list_store_new (CORRO_TYPE_SEARCH_RESULT);
  redaction->scope = CORRO_NOTE_SCOPE_RECORDS;
  corro_records_search_async (redaction->records, redaction->name, redaction->scope, NULL,
                              on_remaining_found_cb, redaction);
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

  if (erased || g_error_matches (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_CLEANED))
    {
      offer_redaction (data);
      if (data->erased != NULL)
        ((void (*) (gpointer)) data->erased) (data->user_data);
    }
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
                                         "is kept; once they are erased, you can remove "
                                         "their name from it.",
                                         "%u other notes mention their full name: session "
                                         "notes or notes about someone else. They are "
                                         "kept; once they are erased, you can remove "
                                         "their name from them.",
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
