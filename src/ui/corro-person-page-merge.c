/* corro-person-page-merge.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-labels.h"
#include "corro-person-page-private.h"
#include "corro-store-people.h"

/* Merging: the records that look like them, one chosen, and which of the two to keep. */

static char *
dup_lookalike_subtitle (const CorroStoreLookalike *lookalike)
{
  g_autoptr(GPtrArray) why = g_ptr_array_new ();
  g_autofree char *reasons = NULL;
  g_autofree char *date = NULL;

  if (lookalike->likeness & CORRO_STORE_SAME_NAME)
    g_ptr_array_add (why, (gpointer) _("same name"));
  if (lookalike->likeness & CORRO_STORE_SAME_PHONE)
    g_ptr_array_add (why, (gpointer) _("same phone"));
  if (lookalike->likeness & CORRO_STORE_SAME_EMAIL)
    g_ptr_array_add (why, (gpointer) _("same email"));
  g_ptr_array_add (why, NULL);
  reasons = g_strjoinv (_(", "), (char **) why->pdata);
  if (lookalike->group_name == NULL)
    /* Translators: why a record looks like another: "In no group · same name" */
    return g_strdup_printf (_("In no group · %s"), reasons);
  date = corro_label_date (lookalike->referral_date);
  /* Translators: "Grupo Martes, referred Tue 3 Mar 2026 · same name, same phone" */
  return g_strdup_printf (_("%s, referred %s · %s"), lookalike->group_name, date, reasons);
}

static void
on_merge_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CorroPersonPage  *self)
{
  GPtrArray *lookalikes = g_object_get_data (G_OBJECT (dialog), "lookalikes");
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "checks");
  AdwComboRow *keep = g_object_get_data (G_OBJECT (dialog), "keep");
  g_autoptr(GError) error = NULL;
  gint64 other = 0, keep_id, other_id;

  if (g_strcmp0 (response, "merge") != 0)
    return;

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      other = ((CorroStoreLookalike *) g_ptr_array_index (lookalikes, i))->participant.id;
  if (other == 0)
    return;

  _corro_person_page_save_now (self);
  keep_id = adw_combo_row_get_selected (keep) == 0 ? self->participant_id : other;
  other_id = keep_id == other ? self->participant_id : other;
  if (!corro_records_merge_people (self->records, keep_id, other_id, &error))
    {
      _corro_person_page_show_status (self, error->message, TRUE);
      return;
    }

  self->participant_id = keep_id;
  if (!_corro_person_page_load (self, TRUE, &error))
    _corro_person_page_show_status (self, error->message, TRUE);
  else
    _corro_person_page_show_status (self, _("The two records are one now."), FALSE);
}

void
_corro_person_page_merge_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CorroPersonPage *self = CORRO_PERSON_PAGE (widget);
  const CorroStoreParticipant *details;
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GPtrArray) lookalikes = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GtkStringList) choices = NULL;
  g_autoptr(GError) error = NULL;
  GtkCheckButton *first = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list, *keep;

  if (self->person == NULL)
    return;
  _corro_person_page_save_now (self);
  details = self->person->participant;
  if (!(lookalikes = corro_records_find_lookalikes (self->records, details->name,
                                                    details->phone, details->email,
                                                    self->participant_id, &error)))
    {
      _corro_person_page_show_status (self, error->message, TRUE);
      return;
    }

  if (lookalikes->len == 0)
    {
      dialog = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                _("No Other Record Looks Like Them"),
                                _("No one else in the records has the same name, phone or "
                                  "email.")));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  checks = g_ptr_array_new ();
  for (guint i = 0; i < lookalikes->len; i++)
    {
      CorroStoreLookalike *lookalike = g_ptr_array_index (lookalikes, i);
      g_autofree char *subtitle = dup_lookalike_subtitle (lookalike);
      GtkWidget *row = _corro_person_page_new_row (lookalike->participant.name, subtitle);
      GtkWidget *check = gtk_check_button_new ();

      if (first != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
      else
        first = GTK_CHECK_BUTTON (check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i == 0);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (checks, check);
    }
  choices = gtk_string_list_new (NULL);
  gtk_string_list_append (choices, _("This record"));
  gtk_string_list_append (choices, _("The record chosen above"));
  keep = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (keep), _("Record to keep"));
  adw_combo_row_set_model (ADW_COMBO_ROW (keep), G_LIST_MODEL (choices));
  gtk_list_box_append (GTK_LIST_BOX (list), keep);

  dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                            _("Merge Two Records of One Person?"),
                            _("The groups, attendance, pre-group contacts and notes of the "
                              "other record move to the record kept, and the other record "
                              "is removed. Where both were marked for the same session, or "
                              "are in the same group, the record kept says what stays.")));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "lookalikes", g_steal_pointer (&lookalikes),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (dialog), "checks", g_steal_pointer (&checks),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (dialog), "keep", keep);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

