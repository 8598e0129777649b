/* corro-group-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-group-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-chapter.h"
#include "corro-date.h"
#include "corro-clip-state.h"
#include "corro-date-row.h"
#include "corro-group.h"
#include "corro-group-page.h"
#include "corro-held-dialog.h"
#include "corro-labels.h"
#include "corro-new-group-dialog.h"
#include "corro-participant.h"
#include "corro-participant-import.h"
#include "corro-person-rights.h"
#include "corro-presentation.h"
#include "corro-programme.h"
#include "corro-records.h"
#include "corro-referrals-import.h"
#include "corro-session.h"
#include "corro-sign-in-export.h"
#include "corro-typed-text.h"

/* A group: how and when it meets, its sessions (chapter, date, held or not, who came),
 * each with a Present button, and its participants with their enrolment and attendance. */
struct _CorroGroupPage
{
  AdwBin          parent_instance;

  /* template widgets */
  GtkLabel       *name_label;
  GtkLabel       *details_label;
  CorroClipState *clip_state;
  GtkListBox     *session_list;
  GtkStack       *participants_stack;
  GtkListBox     *participant_list;

  /* owned */
  CorroRecords   *records;
  CorroGroup     *group;
  CorroProgramme *programme;
  char           *language;
  guint           rebind_id;   /* participants' rows made again once their totals changed */
};

enum {
  SESSION_ACTIVATED,
  PRESENT_SESSION,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CorroGroupPage, corro_group_page, ADW_TYPE_BIN)

static guint signals[N_SIGNALS];

/* helpers */

static CorroSession *
find_session (CorroGroupPage *self,
              gint64          id)
{
  GListModel *sessions = corro_group_get_sessions (self->group);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, i);

      if (corro_session_get_id (session) == id)
        return session;   /* the group keeps it alive */
    }

  return NULL;
}

static char *
describe_session (CorroSession *session)
{
  g_autofree char *date = corro_label_date (corro_session_get_date (session));
  guint attended = corro_session_count_attended (session);

  if (!corro_session_is_held (session))
    /* Translators: a session's date, then that it has not happened yet */
    return g_strdup_printf (_("%s · not held yet"), date);

  /* Translators: a session's date, then how many attended it (present, late or caught up
   * later), e.g. "Tue 3 Mar 2026 · held · 4 attended" */
  return g_strdup_printf (ngettext ("%s · held · %u attended", "%s · held · %u attended",
                                    attended),
                          date, attended);
}

/* Rescheduling: a session moved to another date, or a chapter split over two meetings. */
static GtkWidget *
create_session_menu (CorroSession *session,
                     const char   *label)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) move = g_menu_item_new (_("_Move to Another Date…"), NULL);
  g_autoptr(GMenuItem) extra = g_menu_item_new (_("Add an _Extra Meeting…"), NULL);
  g_autoptr(GMenuItem) held = g_menu_item_new (corro_session_get_held (session)
                                                 ? _("Mark as _Not Held…")
                                                 : _("_Record as Held…"), NULL);
  g_autoptr(GMenuItem) sheet = g_menu_item_new (_("_Sign-in Sheet…"), NULL);
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *name = g_strdup_printf (_("More for %s"), label);

  g_menu_item_set_action_and_target_value (move, "group.move-session",
                                           g_variant_new_int64 (corro_session_get_id (session)));
  g_menu_item_set_action_and_target_value (extra, "group.extra-session",
                                           g_variant_new_int64 (corro_session_get_id (session)));
  g_menu_item_set_action_and_target_value (held, "group.held",
                                           g_variant_new_int64 (corro_session_get_id (session)));
  g_menu_item_set_action_and_target_value (sheet, "group.session-sign-in-sheet",
                                           g_variant_new_int64 (corro_session_get_id (session)));
  g_menu_append_item (menu, move);
  g_menu_append_item (menu, extra);
  g_menu_append_item (menu, held);
  g_menu_append_item (menu, sheet);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return button;
}

static GtkWidget *
create_session_row (gpointer item,
                    gpointer user_data)
{
  CorroGroupPage *self = user_data;
  CorroSession *session = item;
  CorroChapter *chapter = corro_programme_get_chapter (self->programme,
                                                      corro_session_get_chapter (session));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *present = gtk_button_new_with_mnemonic (_("_Present"));
  /* The interface's words, and the title in the interface's language, as on the
   * session's page (the group's own language is what the presenter shows). */
  g_autofree char *label = g_strdup_printf (_("Chapter %u"), corro_session_get_chapter (session));
  g_autofree char *title = chapter != NULL
                           ? g_strdup_printf (_("Chapter %u · %s"),
                                              corro_session_get_chapter (session),
                                              corro_chapter_get_title (chapter, self->language))
                           : g_strdup (label);
  g_autofree char *subtitle = describe_session (session);
  g_autofree char *present_name = g_strdup_printf (_("Present %s"), label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (present, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (present), "group.present");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (present), "x", corro_session_get_id (session));
  gtk_accessible_update_property (GTK_ACCESSIBLE (present), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  present_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), present);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_session_menu (session, label));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "session", g_object_ref (session), g_object_unref);

  return row;
}

/* Their rights: a copy of their records, or erasure, on request. */
static GtkWidget *
create_participant_menu (CorroParticipant *participant)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) enrolment = g_menu_item_new (_("Change _Enrolment…"), NULL);
  g_autoptr(GMenuItem) export = g_menu_item_new (_("E_xport Their Records…"), NULL);
  g_autoptr(GMenuItem) erase = g_menu_item_new (_("E_rase Their Records…"), NULL);
  GVariant *id = g_variant_new_int64 (corro_participant_get_id (participant));
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *label = NULL;

  g_menu_item_set_action_and_target_value (enrolment, "group.edit-enrolment", id);
  g_menu_item_set_action_and_target_value (export, "group.export-person", id);
  g_menu_item_set_action_and_target_value (erase, "group.erase-person", id);
  g_menu_append_item (menu, enrolment);
  g_menu_append_item (menu, export);
  g_menu_append_item (menu, erase);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the accessible name of a participant's menu; %s is their name */
  label = g_strdup_printf (_("More for %s"), corro_participant_get_name (participant));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}

static void rebind_participants (CorroGroupPage *self);

static gboolean
rebind_participants_cb (gpointer user_data)
{
  CorroGroupPage *self = user_data;

  self->rebind_id = 0;
  rebind_participants (self);
  return G_SOURCE_REMOVE;
}

/* A participant's marks, status or completion changed (on the session's page, say): their
 * row is made again, once for all the changes made together. */
static void
on_participant_notify_cb (GtkWidget *row)
{
  GtkWidget *page = gtk_widget_get_ancestor (row, CORRO_TYPE_GROUP_PAGE);
  CorroGroupPage *self = page != NULL ? CORRO_GROUP_PAGE (page) : NULL;

  if (self != NULL && self->rebind_id == 0)
    self->rebind_id = g_idle_add (rebind_participants_cb, self);
}

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer user_data)
{
  CorroParticipant *participant = item;
  GtkWidget *row = adw_action_row_new ();
  CorroGroupPage *self = user_data;
  g_autofree char *subtitle = NULL;
  g_autofree char *chapters = NULL;

  chapters = corro_label_chapters_attended (corro_participant_get_attended_chapters (participant),
                                            corro_group_get_n_chapters (self->group));
  /* Translators: relationship · enrolment · chapters attended of the programme's, e.g.
   * "Mother · Enrolled · 3 of 8 chapters" */
  subtitle = g_strdup_printf (_("%s · %s · %s"),
                              corro_label_relationship (corro_participant_get_relationship (participant)),
                              corro_label_enrolment_status (corro_participant_get_status (participant)),
                              chapters);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), corro_participant_get_name (participant));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The row opens their page; their enrolment here is in the row's menu. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-person");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x",
                                    corro_participant_get_id (participant));
  g_signal_connect_object (participant, "notify", G_CALLBACK (on_participant_notify_cb), row,
                           G_CONNECT_SWAPPED);

  if (corro_participant_get_completion (participant) == CORRO_COMPLETION_COMPLETED)
    {
      GtkWidget *badge = gtk_label_new (_("Completed"));
      g_autofree char *rule = corro_label_completion_rule (
                                corro_participant_get_required_chapters (participant),
                                corro_group_get_n_chapters (self->group));
      /* Translators: the tooltip of a participant's "Completed" badge, e.g.
       * "Completed: 6 of 8 chapters needed" */
      g_autofree char *tooltip = g_strdup_printf (_("Completed: %s"), rule);

      gtk_widget_set_tooltip_text (badge, tooltip);
      gtk_widget_add_css_class (badge, "success");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_participant_menu (participant));

  return row;
}

static void
update_details (CorroGroupPage *self)
{
  g_autoptr(GString) details = g_string_new (corro_label_group_status (corro_group_get_status (self->group)));
  g_autofree char *age_band = corro_records_describe_age_band (
                                self->records, corro_group_get_age_band (self->group));
  const char *parts[] = {
    corro_label_group_mode (corro_group_get_mode (self->group)),
    age_band,
    corro_group_get_venue (self->group),
    corro_group_get_facilitators (self->group),
    corro_label_weekday (corro_group_get_weekday (self->group)),
    corro_group_get_start_time (self->group),
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && parts[i][0] != '\0')
      g_string_append_printf (details, " · %s", parts[i]);
  if (corro_group_get_loaded (self->group))
    {
      g_autofree char *rule = corro_label_completion_rule (
                                corro_group_get_required_chapters (self->group),
                                corro_group_get_n_chapters (self->group));

      /* Translators: the group's completion rule in its details, e.g.
       * "Completion: 6 of 8 chapters needed" */
      g_string_append (details, " · ");
      g_string_append_printf (details, _("Completion: %s"), rule);
    }

  gtk_label_set_label (self->name_label, corro_group_get_name (self->group));
  gtk_label_set_label (self->details_label, details->str);
}

static void
update_participants (CorroGroupPage *self)
{
  if (self->participants_stack == NULL)
    return;

  gtk_stack_set_visible_child_name (self->participants_stack,
                                    g_list_model_get_n_items (corro_group_get_participants (self->group))
                                      > 0 ? "list" : "empty");
}

/* callbacks */

static void
on_session_list_row_activated_cb (CorroGroupPage *self,
                                  GtkListBoxRow  *row)
{
  CorroSession *session = g_object_get_data (G_OBJECT (row), "session");

  if (session != NULL)
    g_signal_emit (self, signals[SESSION_ACTIVATED], 0, session);
}

/* "X is already in your records (…)": their one record, or a new person after all. */
static void
on_lookalike_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          CorroGroupPage   *self)
{
  CorroParticipant *participant = g_object_get_data (G_OBJECT (dialog), "participant");
  gint64 existing = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog),
                                                                  "existing"));
  g_autoptr(GError) error = NULL;
  gboolean added;

  if (g_strcmp0 (response, "use") == 0)
    added = corro_records_add_existing_person (self->records, self->group, existing, &error);
  else if (g_strcmp0 (response, "new") == 0)
    added = corro_records_add_participant (self->records, self->group, participant, &error);
  else
    return;

  if (!added)
    {
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                _("The Participant Was Not Added"), error->message));

      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
    }
}

static void
on_add_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    CorroGroupPage   *self)
{
  AdwEntryRow *name_row = g_object_get_data (G_OBJECT (dialog), "name");
  AdwComboRow *relationship_row = g_object_get_data (G_OBJECT (dialog), "relationship");
  g_autoptr(CorroParticipant) participant = NULL;
  g_autoptr(GPtrArray) lookalikes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_row))));
  participant = corro_participant_new (name);
  corro_participant_set_relationship (participant,
                                      (CorroRelationship) adw_combo_row_get_selected (relationship_row));

  /* Someone who looks like a person already in the records: ask (see
   * on_lookalike_response_cb). */
  lookalikes = corro_records_find_lookalikes (self->records, name, NULL, NULL, 0, NULL);
  if (lookalikes != NULL && lookalikes->len > 0)
    {
      CorroStoreLookalike *first = g_ptr_array_index (lookalikes, 0);
      g_autofree char *sentence = corro_records_dup_lookalike_sentence (first);
      AdwMessageDialog *ask = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                _("Already in Your Records?"), sentence));

      adw_message_dialog_add_responses (ask, "cancel", _("_Cancel"),
                                        "new", _("Add a _New Person"),
                                        "use", _("_Use That Record"), NULL);
      adw_message_dialog_set_response_appearance (ask, "use", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ask, "use");
      adw_message_dialog_set_close_response (ask, "cancel");
      g_object_set_data_full (G_OBJECT (ask), "participant", g_object_ref (participant),
                              g_object_unref);
      g_object_set_data (G_OBJECT (ask), "existing",
                         GSIZE_TO_POINTER ((gsize) first->participant.id));
      g_signal_connect_object (ask, "response", G_CALLBACK (on_lookalike_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (ask));
      return;
    }

  if (!corro_records_add_participant (self->records, self->group, participant, &error))
    {
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (corro_typed_text_keep_open (GTK_WINDOW (dialog)),
                                _("The Participant Was Not Added"),
                                error->message));


      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
    }
}

static void
on_date_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CorroGroupPage   *self)
{
  CorroSession *session = g_object_get_data (G_OBJECT (dialog), "session");
  CorroDateRow *date_row = g_object_get_data (G_OBJECT (dialog), "date");
  const char *date = corro_date_row_get_date (date_row);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (date == NULL)
    return;
  if (g_strcmp0 (response, "move") == 0)
    ok = corro_records_move_session (self->records, self->group, session, date, &error);
  else if (g_strcmp0 (response, "extra") == 0)
    ok = corro_records_add_extra_session (self->records, self->group,
                                          corro_session_get_chapter (session), date,
                                          &error) != NULL;
  else
    return;

  gtk_list_box_bind_model (self->session_list, corro_group_get_sessions (self->group),
                           create_session_row, self, NULL);
  if (!ok)
    {
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (corro_typed_text_keep_open (GTK_WINDOW (dialog)),
                                _("The Session Was Not Changed"),
                                error->message));


      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
    }
}

/* Move or Add waits for a date; the row says what is wrong with the text. */
static void
on_date_typed_cb (CorroDateRow     *row,
                  GParamSpec       *pspec,
                  AdwMessageDialog *dialog)
{
  gboolean ok = corro_date_row_get_date (row) != NULL;

  if (adw_message_dialog_has_response (dialog, "move"))
    adw_message_dialog_set_response_enabled (dialog, "move", ok);
  if (adw_message_dialog_has_response (dialog, "extra"))
    adw_message_dialog_set_response_enabled (dialog, "extra", ok);
}

static void
ask_for_date (CorroGroupPage *self,
              CorroSession   *session,
              gboolean        extra)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *date = corro_date_row_new (_("Date"));
  AdwMessageDialog *dialog;
  const char *current = corro_session_get_date (session);

  corro_date_row_set_date (CORRO_DATE_ROW (date), current);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (date), TRUE);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), date);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
    extra ? _("Add an Extra Meeting") : _("Move the Session"),
    extra ? _("For a chapter split over two meetings. The extra meeting has its own attendance "
              "and notes; the chapter counts once towards completion.")
          : _("Attendance and notes stay with the session.")));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    extra ? "extra" : "move", extra ? _("_Add") : _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, extra ? "extra" : "move",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, extra ? "extra" : "move");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "session", g_object_ref (session), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "date", date);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_date_response_cb), self, 0);
  g_signal_connect_object (date, "notify::date", G_CALLBACK (on_date_typed_cb), dialog, 0);
  on_date_typed_cb (CORRO_DATE_ROW (date), NULL, dialog);
  corro_typed_text_guard (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
corro_group_page_reschedule_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  CorroSession *session = find_session (self, g_variant_get_int64 (parameter));

  if (session != NULL)
    ask_for_date (self, session, g_str_equal (action_name, "group.extra-session"));
}

/* A blank sign-in sheet for the room: the whole group's, or one session's. */
static void
corro_group_page_sign_in_sheet_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  CorroSession *session = parameter != NULL
                            ? find_session (self, g_variant_get_int64 (parameter)) : NULL;

  if (parameter == NULL || session != NULL)
    corro_sign_in_export (widget, self->group, session);
}

/* Held or not, from the session's menu: as on the session's page. */
static void
corro_group_page_held_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  CorroSession *session = find_session (self, g_variant_get_int64 (parameter));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  GtkWidget *dialog;

  if (session == NULL)
    return;

  dialog = corro_held_dialog_new_for_session (parent, self->records, self->group, session);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A participant's enrolment: where they are on the way from referral to completion, why
 * they withdrew, and the pre-group contacts made with them. */
static void
rebind_participants (CorroGroupPage *self)
{
  gtk_list_box_bind_model (self->participant_list, corro_group_get_participants (self->group),
                           create_participant_row, self, NULL);
}

static gboolean
has_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0';
}

/* Nothing typed in the enrolment dialog is dropped: what was said needs a kind of contact,
 * a reason needs the status Withdrawn; until then Save is off and the dialog says why. */
static void
update_enrolment_dialog (AdwMessageDialog *dialog)
{
  AdwComboRow *status_row = g_object_get_data (G_OBJECT (dialog), "status");
  AdwEntryRow *reason_row = g_object_get_data (G_OBJECT (dialog), "reason");
  AdwComboRow *contact_row = g_object_get_data (G_OBJECT (dialog), "contact");
  AdwEntryRow *note_row = g_object_get_data (G_OBJECT (dialog), "note");
  CorroDateRow *referred_row = g_object_get_data (G_OBJECT (dialog), "referred");
  g_autofree char *not_a_date = NULL;
  const char *problem = NULL;

  if (!corro_date_row_is_valid (referred_row))
    problem = not_a_date = corro_date_dup_not_a_date (
      gtk_editable_get_text (GTK_EDITABLE (referred_row)));
  else if (has_text (note_row) && adw_combo_row_get_selected (contact_row) == 0)
    problem = _("To keep what was said, choose how the contact was made.");
  else if (has_text (reason_row)
           && adw_combo_row_get_selected (status_row) != CORRO_ENROLMENT_WITHDRAWN)
    problem = _("A reason is kept with the enrolment “Withdrawn”: choose it, or clear the "
                "reason.");

  adw_message_dialog_set_body (dialog, problem != NULL ? problem : "");
  adw_message_dialog_set_response_enabled (dialog, "save", problem == NULL);
}

static void
on_enrolment_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          CorroGroupPage   *self)
{
  CorroParticipant *participant = g_object_get_data (G_OBJECT (dialog), "participant");
  AdwComboRow *status_row = g_object_get_data (G_OBJECT (dialog), "status");
  AdwEntryRow *reason_row = g_object_get_data (G_OBJECT (dialog), "reason");
  AdwComboRow *contact_row = g_object_get_data (G_OBJECT (dialog), "contact");
  AdwEntryRow *note_row = g_object_get_data (G_OBJECT (dialog), "note");
  CorroEnrolmentStatus status = adw_combo_row_get_selected (status_row);
  guint contact = adw_combo_row_get_selected (contact_row);
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (reason_row));
  CorroDateRow *referred_row = g_object_get_data (G_OBJECT (dialog), "referred");
  const char *referred = corro_date_row_get_date (referred_row);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (g_strcmp0 (response, "save") != 0 || !corro_date_row_is_valid (referred_row))
    return;

  /* When they were referred: kept with their referral. */
  if (g_strcmp0 (referred, corro_participant_get_referral_date (participant)) != 0)
    {
      corro_participant_set_referral_date (participant, referred);
      ok = corro_records_save_participant (self->records, participant, &error);
    }

  /* A contact first: logging one moves a referral on to "pre-group contact". */
  if (ok && contact > 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      ok = corro_records_log_contact (self->records, self->group, participant, today,
                                      (CorroContactMethod) (contact - 1),
                                      gtk_editable_get_text (GTK_EDITABLE (note_row)), &error);
      if (ok)
        {
          /* Saved: a second try after a failure below must not log it again. */
          adw_combo_row_set_selected (contact_row, 0);
          gtk_editable_set_text (GTK_EDITABLE (note_row), "");
        }
    }

  if (ok && (status != corro_participant_get_status (participant)
             || g_strcmp0 (reason, corro_participant_get_status_reason (participant)) != 0))
    ok = corro_records_set_status (self->records, self->group, participant, status,
                                   reason[0] != '\0' ? reason : NULL, &error);

  rebind_participants (self);
  if (!ok)
    {
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (corro_typed_text_keep_open (GTK_WINDOW (dialog)),
                                _("The Enrolment Was Not Changed"),
                                error->message));

      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
    }
}

static void
corro_group_page_edit_enrolment_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  CorroParticipant *participant = corro_group_find_participant (self->group,
                                                                g_variant_get_int64 (parameter));
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) contacts = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list, *status, *reason, *contact, *note, *referred;

  if (participant == NULL)
    return;

  for (guint i = CORRO_ENROLMENT_REFERRED; i <= CORRO_ENROLMENT_WITHDRAWN; i++)
    gtk_string_list_append (statuses, corro_label_enrolment_status (i));
  gtk_string_list_append (contacts, _("No contact to log"));
  gtk_string_list_append (contacts, _("By phone"));
  gtk_string_list_append (contacts, _("By video call"));
  gtk_string_list_append (contacts, _("In person"));
  gtk_string_list_append (contacts, _("By message"));
  gtk_string_list_append (contacts, _("Another way"));

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  status = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status), _("Enrolment"));
  adw_combo_row_set_model (ADW_COMBO_ROW (status), G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), corro_participant_get_status (participant));
  reason = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reason), _("Reason, when withdrawn"));
  if (corro_participant_get_status_reason (participant) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (reason), corro_participant_get_status_reason (participant));
  contact = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (contact), _("Pre-group contact today"));
  adw_combo_row_set_model (ADW_COMBO_ROW (contact), G_LIST_MODEL (contacts));
  note = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("What was said, briefly"));
  referred = corro_date_row_new (_("Referred on"));
  corro_date_row_set_date (CORRO_DATE_ROW (referred),
                           corro_participant_get_referral_date (participant));
  gtk_list_box_append (GTK_LIST_BOX (list), status);
  gtk_list_box_append (GTK_LIST_BOX (list), reason);
  gtk_list_box_append (GTK_LIST_BOX (list), contact);
  gtk_list_box_append (GTK_LIST_BOX (list), note);
  gtk_list_box_append (GTK_LIST_BOX (list), referred);

  heading = g_strdup_printf (_("Enrolment of %s"), corro_participant_get_name (participant));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, NULL));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "participant", g_object_ref (participant),
                          g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "status", status);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
  g_object_set_data (G_OBJECT (dialog), "contact", contact);
  g_object_set_data (G_OBJECT (dialog), "note", note);
  g_object_set_data (G_OBJECT (dialog), "referred", referred);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_enrolment_response_cb), self, 0);
  g_signal_connect_swapped (status, "notify::selected", G_CALLBACK (update_enrolment_dialog), dialog);
  g_signal_connect_swapped (contact, "notify::selected", G_CALLBACK (update_enrolment_dialog),
                            dialog);
  g_signal_connect_swapped (reason, "changed", G_CALLBACK (update_enrolment_dialog), dialog);
  g_signal_connect_swapped (note, "changed", G_CALLBACK (update_enrolment_dialog), dialog);
  g_signal_connect_swapped (referred, "changed", G_CALLBACK (update_enrolment_dialog), dialog);
  update_enrolment_dialog (dialog);
  corro_typed_text_guard (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
corro_group_page_person_rights_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (g_str_equal (action_name, "group.export-person"))
    corro_person_rights_export (widget, self->records, id);
  else
    corro_person_rights_erase (widget, self->records, id, NULL, NULL);
}

/* Referrals from a spreadsheet: read and checked in the background, then shown before
 * anything is kept; a file with a bad row imports nobody. */
static void
read_referrals_in_thread (GTask        *task,
                          gpointer      source,
                          gpointer      task_data,
                          GCancellable *cancellable)
{
  g_autoptr(CorroParticipantImport) import = corro_participant_import_new ();
  GError *error = NULL;

  if (!corro_participant_import_load_file (import, G_FILE (task_data), cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&import), g_object_unref);
}

static void
on_referrals_read_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (source);
  g_autoptr(CorroParticipantImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = g_task_propagate_pointer (G_TASK (result), &error);
  corro_referrals_import_ask (GTK_WIDGET (self), self->records, self->group, import, error);
}

/* actions */

static void
corro_group_page_present_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  CorroSession *session = find_session (self, g_variant_get_int64 (parameter));

  if (session != NULL)
    g_signal_emit (self, signals[PRESENT_SESSION], 0, session);
}

static void
corro_group_page_edit_details_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = corro_new_group_dialog_new_for_group (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 self->records, self->group);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (update_details), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
corro_group_page_add_participant_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkStringList) relationships = gtk_string_list_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *relationship = adw_combo_row_new ();

  for (guint i = CORRO_RELATIONSHIP_UNKNOWN; i <= CORRO_RELATIONSHIP_OTHER; i++)
    gtk_string_list_append (relationships, corro_label_relationship (i));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name (a code is fine)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (relationship), _("Relationship to the child"));
  adw_combo_row_set_model (ADW_COMBO_ROW (relationship), G_LIST_MODEL (relationships));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), name);
  gtk_list_box_append (GTK_LIST_BOX (list), relationship);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Add a Participant"),
                                                       _("They are added as referred; their "
                                                         "enrolment can be changed later.")));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "name", name);
  g_object_set_data (G_OBJECT (dialog), "relationship", relationship);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response_cb), self, 0);
  corro_typed_text_guard (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name);
}

static void
on_referrals_chosen_cb (GtkNativeDialog *chooser,
                        int              response,
                        CorroGroupPage  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    corro_group_page_import_referrals (self, file);
}

static void
corro_group_page_import_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("Spreadsheets saved as CSV"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  chooser = gtk_file_chooser_native_new (_("Import Referrals"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_referrals_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_template_chosen_cb (GtkNativeDialog *chooser,
                       int              response,
                       CorroGroupPage  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;

  /* Headings in the interface's language: the spreadsheet is filled in by staff. */
  if (!corro_participant_import_write_template (file, corro_programme_default_language (),
                                                NULL, &error))
    {
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                _("The Template Was Not Saved"), error->message));

      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
    }
}

static void
corro_group_page_template_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  CorroGroupPage *self = CORRO_GROUP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save a Referrals Template"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  /* Translators: the file name of the spreadsheet template for referrals */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("referrals.csv"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_template_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The next session not held: whether its chapter's clips are ready to play, as presenting
 * it would play them (the group's programme, session length and language). */
static void
update_clip_state (CorroGroupPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;
  GListModel *sessions = corro_group_get_sessions (self->group);
  g_autoptr(CorroSession) next = NULL;
  g_autoptr(CorroPresentation) plan = NULL;
  g_autofree char *label = NULL;
  g_autofree char *context = NULL;

  for (guint i = 0; next == NULL && i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, i);

      if (!corro_session_is_held (session))
        next = g_steal_pointer (&session);
    }
  if (app == NULL || next == NULL ||
      corro_group_get_status (self->group) == CORRO_GROUP_STATUS_FINISHED ||
      !(plan = corro_application_new_session_presentation (CORRO_APPLICATION (app), self->group,
                                                           next)))
    {
      corro_clip_state_clear (self->clip_state);
      return;
    }

  label = g_strdup_printf (_("Chapter %u"),
                           corro_chapter_get_number (corro_presentation_get_chapter (plan)));
  /* Translators: what the clips' state is about, e.g. "Next session, Chapter 2" */
  context = g_strdup_printf (_("Next session, %s"), label);
  corro_clip_state_check (self->clip_state, corro_application_get_store (CORRO_APPLICATION (app)),
                          corro_presentation_get_programme (plan),
                          corro_presentation_get_chapter (plan),
                          corro_presentation_get_variant (plan),
                          corro_presentation_get_language (plan), context);
}

static void
on_sessions_changed_cb (CorroGroupPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_clip_state (self);
}

/* vfuncs */

/* Shown again (after the Clips page, say): the files may have changed. */
static void
corro_group_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (corro_group_page_parent_class)->map (widget);

  update_clip_state (CORRO_GROUP_PAGE (widget));
}

/* GObject */

static void
corro_group_page_dispose (GObject *object)
{
  CorroGroupPage *self = (CorroGroupPage *) object;

  g_clear_handle_id (&self->rebind_id, g_source_remove);
  if (self->group != NULL)
    {
      g_signal_handlers_disconnect_by_data (corro_group_get_participants (self->group), self);
      g_signal_handlers_disconnect_by_data (corro_group_get_sessions (self->group), self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_GROUP_PAGE);
  g_clear_object (&self->records);
  g_clear_object (&self->group);
  g_clear_object (&self->programme);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (corro_group_page_parent_class)->dispose (object);
}

static void
corro_group_page_class_init (CorroGroupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_group_page_dispose;
  widget_class->map = corro_group_page_map;

  /**
   * CorroGroupPage::session-activated:
   * @session: the session to open: its attendance and notes
   */
  signals[SESSION_ACTIVATED] =
    g_signal_new ("session-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /**
   * CorroGroupPage::present-session:
   * @session: the session to present to the group
   */
  signals[PRESENT_SESSION] =
    g_signal_new ("present-session",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  g_type_ensure (CORRO_TYPE_CLIP_STATE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-group-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, clip_state);
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, session_list);
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, participants_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, participant_list);
  gtk_widget_class_bind_template_callback (widget_class, on_session_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "group.present", "x",
                                   corro_group_page_present_action);
  gtk_widget_class_install_action (widget_class, "group.edit-details", NULL,
                                   corro_group_page_edit_details_action);
  gtk_widget_class_install_action (widget_class, "group.add-participant", NULL,
                                   corro_group_page_add_participant_action);
  gtk_widget_class_install_action (widget_class, "group.move-session", "x",
                                   corro_group_page_reschedule_action);
  gtk_widget_class_install_action (widget_class, "group.extra-session", "x",
                                   corro_group_page_reschedule_action);
  gtk_widget_class_install_action (widget_class, "group.held", "x", corro_group_page_held_action);
  gtk_widget_class_install_action (widget_class, "group.sign-in-sheet", NULL,
                                   corro_group_page_sign_in_sheet_action);
  gtk_widget_class_install_action (widget_class, "group.session-sign-in-sheet", "x",
                                   corro_group_page_sign_in_sheet_action);
  gtk_widget_class_install_action (widget_class, "group.edit-enrolment", "x",
                                   corro_group_page_edit_enrolment_action);
  gtk_widget_class_install_action (widget_class, "group.export-person", "x",
                                   corro_group_page_person_rights_action);
  gtk_widget_class_install_action (widget_class, "group.erase-person", "x",
                                   corro_group_page_person_rights_action);
  gtk_widget_class_install_action (widget_class, "group.import-referrals", NULL,
                                   corro_group_page_import_action);
  gtk_widget_class_install_action (widget_class, "group.save-template", NULL,
                                   corro_group_page_template_action);
}

static void
corro_group_page_init (CorroGroupPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* public API */

/**
 * corro_group_page_new:
 * @programme: the programme the group follows, for its chapters' titles
 * @language: the interface's language, "en" or "es", for the chapters' titles
 */
GtkWidget *
corro_group_page_new (CorroRecords   *records,
                      CorroGroup     *group,
                      CorroProgramme *programme,
                      const char     *language)
{
  CorroGroupPage *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);
  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);
  g_return_val_if_fail (CORRO_IS_PROGRAMME (programme), NULL);

  self = g_object_new (CORRO_TYPE_GROUP_PAGE, NULL);
  self->records = g_object_ref (records);
  self->group = g_object_ref (group);
  self->programme = g_object_ref (programme);
  self->language = g_strdup (language);

  if (!corro_group_get_loaded (group) && !corro_records_load_group (records, group, &error))
    g_warning ("Could not load the group %s: %s", corro_group_get_name (group), error->message);

  update_details (self);
  gtk_list_box_bind_model (self->session_list, corro_group_get_sessions (group),
                           create_session_row, self, NULL);
  g_signal_connect_object (corro_group_get_sessions (group), "items-changed",
                           G_CALLBACK (on_sessions_changed_cb), self, G_CONNECT_SWAPPED);
  rebind_participants (self);
  g_signal_connect_object (corro_group_get_participants (group), "items-changed",
                           G_CALLBACK (update_participants), self, G_CONNECT_SWAPPED);
  update_participants (self);

  return GTK_WIDGET (self);
}

/**
 * corro_group_page_get_group:
 *
 * Returns: (transfer none): the group shown
 */
CorroGroup *
corro_group_page_get_group (CorroGroupPage *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP_PAGE (self), NULL);

  return self->group;
}

/**
 * corro_group_page_import_referrals:
 * @file: a spreadsheet saved as CSV
 *
 * Reads and checks @file in the background, then shows who would be referred (or why
 * nobody can be) and imports all of them only when the user agrees.
 */
void
corro_group_page_import_referrals (CorroGroupPage *self,
                                   GFile          *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CORRO_IS_GROUP_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, on_referrals_read_cb, NULL);
  g_task_set_source_tag (task, corro_group_page_import_referrals);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_referrals_in_thread);
}
