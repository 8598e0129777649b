/* corro-held-dialog.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-held-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-chapter.h"
#include "corro-date-row.h"
#include "corro-group.h"
#include "corro-held-dialog.h"
#include "corro-presentation.h"
#include "corro-records.h"
#include "corro-segment.h"
#include "corro-session.h"

/* Asks whether a group's session was held, after presenting it or later from its page:
 * the day it was held (today unless changed), and, after presenting, the segments that
 * were never shown, those jumped over ticked as left out and those after where the
 * presentation ended not, for the facilitator to correct. Nothing is recorded unless
 * they choose Record as Held; Not Yet and Escape record nothing. Made the other way
 * round, it asks before marking a held session not held. */
struct _CorroHeldDialog
{
  AdwMessageDialog   parent_instance;

  /* child widgets made in code */
  CorroDateRow      *date_row;
  GPtrArray         *skip_checks;     /* GtkCheckButton, "place" data: the segment's place */

  /* owned */
  CorroRecords      *records;
  CorroGroup        *group;
  CorroSession      *session;
  CorroPresentation *presentation;   /* nullable: not just presented */
};

G_DEFINE_FINAL_TYPE (CorroHeldDialog, corro_held_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* helpers */

static void
refuse (CorroHeldDialog *self,
        const char      *heading,
        const GError    *error)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
                                                                          error->message));

  adw_message_dialog_add_response (refusal, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (refusal));
}

static void
record_held (CorroHeldDialog *self)
{
  g_autoptr(GArray) skipped = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *date = corro_date_row_get_date (self->date_row);
  GDateTime *started = NULL, *ended = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->skip_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->skip_checks, i);
      guint place = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "place"));

      if (gtk_check_button_get_active (check))
        g_array_append_val (skipped, place);
    }

  if (self->presentation != NULL)
    {
      started = corro_presentation_get_started_at (self->presentation);
      ended = corro_presentation_get_finished_at (self->presentation);
    }

  if (date == NULL)
    return;
  if (!corro_records_record_held (self->records, self->group, self->session, date, started,
                                  ended, (const guint *) skipped->data, skipped->len, &error))
    refuse (self, _("The Session Was Not Recorded"), error);
}

static void
record_not_held (CorroHeldDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!corro_records_record_not_held (self->records, self->group, self->session, &error))
    refuse (self, _("The Session Was Not Changed"), error);
}

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = time != NULL ? g_date_time_to_local (time) : NULL;

  return local != NULL ? g_date_time_format (local, "%H:%M") : g_strdup ("");
}

static GtkWidget *
create_skip_row (CorroHeldDialog *self,
                 CorroSegment    *segment,
                 guint            place,
                 gboolean         jumped_over)
{
  const char *language = corro_presentation_get_language (self->presentation);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *title = g_strdup_printf ("%u · %s", place + 1,
                                            corro_segment_get_title (segment, language));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               jumped_over ? _("Jumped over while presenting")
                                           : _("After where the presenting ended"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), jumped_over);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (check), "place", GUINT_TO_POINTER (place));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_ptr_array_add (self->skip_checks, check);

  return row;
}

static void
add_skip_rows (CorroHeldDialog *self,
               GtkWidget       *box)
{
  GListModel *segments = corro_chapter_get_segments (corro_presentation_get_chapter (self->presentation));
  g_autoptr(GArray) skipped = corro_presentation_dup_skipped (self->presentation);
  g_autoptr(GArray) not_reached = corro_presentation_dup_not_reached (self->presentation);
  GtkWidget *heading, *list;

  if (skipped->len + not_reached->len == 0)
    return;

  heading = gtk_label_new (_("Left out of the session (tick what was not done)"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint pass = 0; pass < 2; pass++)
    {
      GArray *places = pass == 0 ? skipped : not_reached;

      for (guint i = 0; i < places->len; i++)
        {
          guint place = g_array_index (places, guint, i);
          g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, place);

          if (segment != NULL)
            gtk_list_box_append (GTK_LIST_BOX (list),
                                 create_skip_row (self, segment, place, pass == 0));
        }
    }

  /* A long plan scrolls rather than pushing the buttons off a 600-pixel screen. */
  {
    GtkWidget *scrolled = gtk_scrolled_window_new ();

    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                    GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
    gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 180);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
    gtk_box_append (GTK_BOX (box), scrolled);
  }
}

/* callbacks */

/* Record as Held waits for a day; the row says what is wrong with the text. */
static void
on_date_typed_cb (CorroHeldDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "record",
                                           corro_date_row_get_date (self->date_row) != NULL);
}

static void
on_response_cb (CorroHeldDialog *self,
                const char      *response)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (g_strcmp0 (response, "record") == 0)
    record_held (self);
  else if (g_strcmp0 (response, "not-held") == 0)
    record_not_held (self);
  else if (g_strcmp0 (response, "resume") == 0 && parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "app.resume-presenting", NULL);
}

/* GObject */

static void
corro_held_dialog_dispose (GObject *object)
{
  CorroHeldDialog *self = (CorroHeldDialog *) object;

  g_clear_pointer (&self->skip_checks, g_ptr_array_unref);
  g_clear_object (&self->records);
  g_clear_object (&self->group);
  g_clear_object (&self->session);
  g_clear_object (&self->presentation);

  G_OBJECT_CLASS (corro_held_dialog_parent_class)->dispose (object);
}

static void
corro_held_dialog_class_init (CorroHeldDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = corro_held_dialog_dispose;
}

static void
corro_held_dialog_init (CorroHeldDialog *self)
{
  self->skip_checks = g_ptr_array_new ();
  g_signal_connect_swapped (self, "response", G_CALLBACK (on_response_cb), self);
}

static CorroHeldDialog *
held_dialog_new (GtkWindow    *parent,
                 CorroRecords *records,
                 CorroGroup   *group,
                 CorroSession *session)
{
  CorroHeldDialog *self = g_object_new (CORRO_TYPE_HELD_DIALOG,
                                        "transient-for", parent,
                                        "modal", TRUE,
                                        "destroy-with-parent", TRUE,
                                        NULL);

  self->records = g_object_ref (records);
  self->group = g_object_ref (group);
  self->session = g_object_ref (session);
  return self;
}

/* public API */

/**
 * corro_held_dialog_new:
 * @presentation: (nullable): the session just presented, for its times and the segments
 *   never shown; %NULL when asked later from the session's page
 *
 * Returns: a dialog asking whether @session of @group was held, to present
 */
GtkWidget *
corro_held_dialog_new (GtkWindow         *parent,
                       CorroRecords      *records,
                       CorroGroup        *group,
                       CorroSession      *session,
                       CorroPresentation *presentation)
{
  CorroHeldDialog *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *body = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);
  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);
  g_return_val_if_fail (CORRO_IS_SESSION (session), NULL);
  g_return_val_if_fail (presentation == NULL || CORRO_IS_PRESENTATION (presentation), NULL);

  self = held_dialog_new (parent, records, group, session);
  if (presentation != NULL)
    self->presentation = g_object_ref (presentation);

  if (presentation != NULL && corro_presentation_get_started_at (presentation) != NULL)
    {
      g_autofree char *from = format_time (corro_presentation_get_started_at (presentation));
      g_autofree char *to = format_time (corro_presentation_get_finished_at (presentation));

      /* Translators: after presenting; %s are the real start and end, e.g. 10:02 and 11:30 */
      body = g_strdup_printf (_("You presented it from %s to %s. It is recorded as held only if "
                                "you say so; you can also do it later from the session’s page."),
                              from, to);
    }
  else
    {
      body = g_strdup (_("Record that this session took place, on the day it was held."));
    }

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Record the Session as Held?"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  self->date_row = CORRO_DATE_ROW (corro_date_row_new (_("Day held")));
  corro_date_row_set_date (self->date_row, today);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->date_row), TRUE);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->date_row));
  gtk_box_append (GTK_BOX (box), list);
  if (presentation != NULL)
    add_skip_rows (self, box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "later", _("_Not Yet"));
  if (presentation != NULL)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "resume", _("_Resume Presenting"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "record", _("_Record as Held"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "record",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "record");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "later");
  g_signal_connect_object (self->date_row, "notify::date", G_CALLBACK (on_date_typed_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * corro_held_dialog_new_not_held:
 *
 * Returns: a dialog asking before recording that @session, recorded as held, was not
 */
GtkWidget *
corro_held_dialog_new_not_held (GtkWindow    *parent,
                                CorroRecords *records,
                                CorroGroup   *group,
                                CorroSession *session)
{
  CorroHeldDialog *self;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);
  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);
  g_return_val_if_fail (CORRO_IS_SESSION (session), NULL);

  self = held_dialog_new (parent, records, group, session);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Mark the Session as Not Held?"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("Its times and skipped segments are cleared; its attendance and "
                                 "notes stay. The change is kept in the records’ history."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "not-held", _("_Mark as Not Held"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "not-held",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  return GTK_WIDGET (self);
}

/**
 * corro_held_dialog_new_for_session:
 *
 * Returns: what a session's page or its menu asks: to record @session as held, or,
 *   when it is recorded held, whether it was not held after all
 */
GtkWidget *
corro_held_dialog_new_for_session (GtkWindow    *parent,
                                   CorroRecords *records,
                                   CorroGroup   *group,
                                   CorroSession *session)
{
  g_return_val_if_fail (CORRO_IS_SESSION (session), NULL);

  if (corro_session_get_held (session))
    return corro_held_dialog_new_not_held (parent, records, group, session);

  return corro_held_dialog_new (parent, records, group, session, NULL);
}

/**
 * corro_held_dialog_set_date:
 *
 * Puts @date ("YYYY-MM-DD") as the day held, as if chosen in the calendar.
 */
void
corro_held_dialog_set_date (CorroHeldDialog *self,
                            const char      *date)
{
  g_return_if_fail (CORRO_IS_HELD_DIALOG (self));

  if (self->date_row != NULL)
    corro_date_row_set_date (self->date_row, date);
}

/**
 * corro_held_dialog_get_skip_checks:
 *
 * Returns: (transfer none) (element-type GtkCheckButton): the segments never shown, each
 *   ticked when it is to be recorded as left out
 */
GPtrArray *
corro_held_dialog_get_skip_checks (CorroHeldDialog *self)
{
  g_return_val_if_fail (CORRO_IS_HELD_DIALOG (self), NULL);

  return self->skip_checks;
}
