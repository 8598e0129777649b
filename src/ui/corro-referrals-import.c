/* corro-referrals-import.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-referrals-import"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-group.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-referrals-import.h"

/* Referrals from a spreadsheet, once read (corro-group-page.c reads the file in the
 * background): what will be imported is shown before anything is kept, and a file with a
 * bad row imports nobody. Someone who looks like a person already in the records (the
 * same name ignoring case and accents, or the same phone or email) is listed with the
 * record they look like, and is linked to it unless the person importing chooses "Add a
 * New Person": never a second record of the same person without a word. */

#define MAX_LINES 12

enum { CHOICE_LINK, CHOICE_NEW };

/* helpers */

static void
append_lines (GString            *text,
              const char * const *lines,
              guint              *shown)
{
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      if (*shown == MAX_LINES)
        {
          g_string_append (text, "\n…");
          return;
        }
      g_string_append_printf (text, "\n%s", lines[i]);
      (*shown)++;
    }
}

/* callbacks */

static void
on_choice_changed_cb (AdwComboRow            *row,
                      GParamSpec             *pspec,
                      CorroParticipantImport *import)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "row"));

  corro_participant_import_set_row_link (import, index,
                                         adw_combo_row_get_selected (row) == CHOICE_LINK);
}

static void
on_import_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  CorroParticipantImport *import = g_object_get_data (G_OBJECT (dialog), "import");
  CorroRecords *records = g_object_get_data (G_OBJECT (dialog), "records");
  CorroGroup *group = g_object_get_data (G_OBJECT (dialog), "group");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "import") != 0)
    return;

  if (!corro_records_import_participants (records, group, import, &error))
    {
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                _("Nobody Was Imported"), error->message));

      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
    }
}

/* The rows that look like someone already in the records, each with its choice. */
static GtkWidget *
create_lookalike_list (CorroParticipantImport *import)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled;

  /* CHOICE_LINK, CHOICE_NEW: short, beside the sentence naming the record they look
   * like */
  gtk_string_list_append (choices, C_("import choice", "Link to them"));
  gtk_string_list_append (choices, C_("import choice", "Add as new"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (guint i = 0; i < corro_participant_import_get_n_rows (import); i++)
    {
      const CorroStoreLookalike *lookalike = corro_participant_import_get_row_lookalike (import,
                                                                                         i);
      g_autoptr(CorroParticipant) participant = NULL;
      g_autofree char *sentence = NULL;
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (lookalike == NULL)
        continue;
      participant = g_list_model_get_item (corro_participant_import_get_participants (import),
                                           i);
      sentence = corro_records_dup_lookalike_sentence (lookalike);
      /* Translators: a row of the file being imported; %u is its line, %s the name there */
      title = g_strdup_printf (_("Line %u: %s"),
                               corro_participant_import_get_row_line (import, i),
                               corro_participant_get_name (participant));
      row = adw_combo_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sentence);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                                  corro_participant_import_get_row_link (import, i)
                                  ? CHOICE_LINK : CHOICE_NEW);
      g_object_set_data (G_OBJECT (row), "row", GUINT_TO_POINTER (i));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_choice_changed_cb),
                               import, 0);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 300);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  return scrolled;
}

/* public API */

/**
 * corro_referrals_import_ask:
 * @import: (nullable): the file read, or %NULL when it could not be
 * @read_error: (nullable): why it could not be read
 *
 * Shows what importing the file would do, and imports it into @group when the person
 * says so: the file's problems when it has any (and nobody is imported), otherwise how
 * many people it refers and which of them look like people already in the records, each
 * linked to that record unless "Add a new person" is chosen.
 */
void
corro_referrals_import_ask (GtkWidget              *parent,
                            CorroRecords           *records,
                            CorroGroup             *group,
                            CorroParticipantImport *import,
                            const GError           *read_error)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (parent);
  AdwMessageDialog *dialog;
  const char *heading;
  gboolean can_import = FALSE;
  guint shown = 0;
  int n_lookalikes = 0;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (CORRO_IS_RECORDS (records));
  g_return_if_fail (CORRO_IS_GROUP (group));
  g_return_if_fail (import != NULL || read_error != NULL);

  if (import == NULL)
    {
      heading = _("The File Could Not Be Read");
      g_string_append (body, read_error->message);
    }
  else if (corro_participant_import_has_errors (import))
    {
      heading = _("Nobody Can Be Imported Yet");
      g_string_append (body, _("Correct these rows in the spreadsheet and import it again:"));
      append_lines (body, corro_participant_import_get_errors (import), &shown);
      append_lines (body, corro_participant_import_get_warnings (import), &shown);
    }
  else if ((n_lookalikes = corro_participant_import_find_lookalikes (
              import, corro_records_get_store (records), &error)) < 0)
    {
      heading = _("The File Could Not Be Read");
      g_string_append (body, error->message);
    }
  else
    {
      guint n = g_list_model_get_n_items (corro_participant_import_get_participants (import));

      heading = _("Import the Referrals?");
      can_import = TRUE;
      g_string_append_printf (body,
                              ngettext ("%u person will be referred to “%s”.",
                                        "%u people will be referred to “%s”.", n),
                              n, corro_group_get_name (group));
      if (n_lookalikes > 0)
        {
          g_string_append (body, " ");
          g_string_append_printf (body,
                                  ngettext ("%u of them looks like someone already in your "
                                            "records; unless you choose otherwise, they are "
                                            "linked to that record instead of being added "
                                            "again.",
                                            "%u of them look like people already in your "
                                            "records; unless you choose otherwise, they are "
                                            "linked to those records instead of being added "
                                            "again.", n_lookalikes),
                                  n_lookalikes);
        }
      append_lines (body, corro_participant_import_get_warnings (import), &shown);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       heading, body->str));
  if (!can_import)
    {
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (n_lookalikes > 0)
    {
      adw_message_dialog_set_extra_child (dialog, create_lookalike_list (import));
      gtk_window_set_default_size (GTK_WINDOW (dialog), 720, -1);
    }
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "import");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "import", g_object_ref (import), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "records", g_object_ref (records),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "group", g_object_ref (group), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
