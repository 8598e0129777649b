/* corro-group-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-group-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-chapter.h"
#include "corro-group.h"
#include "corro-group-page.h"
#include "corro-labels.h"
#include "corro-participant.h"
#include "corro-programme.h"
#include "corro-records.h"
#include "corro-session.h"

/* A group: how and when it meets, its sessions (chapter, date, held or not, who came),
 * each with a Present button, and its participants with their enrolment and attendance. */
struct _CorroGroupPage
{
  AdwBin          parent_instance;

  /* template widgets */
  GtkLabel       *name_label;
  GtkLabel       *details_label;
  GtkListBox     *session_list;
  GtkStack       *participants_stack;
  GtkListBox     *participant_list;

  /* owned */
  CorroRecords   *records;
  CorroGroup     *group;
  CorroProgramme *programme;
  char           *language;
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
  guint came = corro_session_count_marks (session, CORRO_ATTENDANCE_PRESENT) +
               corro_session_count_marks (session, CORRO_ATTENDANCE_LATE);

  if (!corro_session_get_held (session))
    /* Translators: a session's date, then that it has not happened yet */
    return g_strdup_printf (_("%s · not held yet"), date);

  return g_strdup_printf (ngettext ("%s · held · %u came", "%s · held · %u came", came),
                          date, came);
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
  g_autofree char *label = chapter != NULL ? corro_chapter_dup_label (chapter, self->language)
                                           : g_strdup_printf ("%u",
                                                              corro_session_get_chapter (session));
  g_autofree char *title = g_strdup_printf ("%s · %s", label,
                                            chapter != NULL
                                              ? corro_chapter_get_title (chapter, self->language)
                                              : "");
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
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "session", g_object_ref (session), g_object_unref);

  return row;
}

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer user_data)
{
  CorroParticipant *participant = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  /* Translators: relationship · enrolment · chapters attended of those needed, e.g.
   * "Mother · Enrolled · 3 of 6 chapters" */
  subtitle = g_strdup_printf (_("%s · %s · %u of %u chapters"),
                              corro_label_relationship (corro_participant_get_relationship (participant)),
                              corro_label_enrolment_status (corro_participant_get_status (participant)),
                              corro_participant_get_attended_chapters (participant),
                              corro_participant_get_required_chapters (participant));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), corro_participant_get_name (participant));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (corro_participant_get_completion (participant) == CORRO_COMPLETION_COMPLETED)
    {
      GtkWidget *badge = gtk_label_new (_("Completed"));

      gtk_widget_add_css_class (badge, "success");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }

  return row;
}

static void
update_details (CorroGroupPage *self)
{
  g_autoptr(GString) details = g_string_new (corro_label_group_mode (corro_group_get_mode (self->group)));
  const char *parts[] = {
    corro_group_get_age_band (self->group),
    corro_group_get_venue (self->group),
    corro_group_get_facilitators (self->group),
    corro_group_get_start_time (self->group),
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && parts[i][0] != '\0')
      g_string_append_printf (details, " · %s", parts[i]);

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

static void
on_add_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    CorroGroupPage   *self)
{
  AdwEntryRow *name_row = g_object_get_data (G_OBJECT (dialog), "name");
  AdwComboRow *relationship_row = g_object_get_data (G_OBJECT (dialog), "relationship");
  g_autoptr(CorroParticipant) participant = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_row))));
  participant = corro_participant_new (name);
  corro_participant_set_relationship (participant,
                                      (CorroRelationship) adw_combo_row_get_selected (relationship_row));

  if (!corro_records_add_participant (self->records, self->group, participant, &error))
    {
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                _("The Participant Was Not Added"), error->message));

      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
    }
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
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name);
}

/* GObject */

static void
corro_group_page_dispose (GObject *object)
{
  CorroGroupPage *self = (CorroGroupPage *) object;

  if (self->group != NULL)
    g_signal_handlers_disconnect_by_data (corro_group_get_participants (self->group), self);
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-group-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, session_list);
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, participants_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroGroupPage, participant_list);
  gtk_widget_class_bind_template_callback (widget_class, on_session_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "group.present", "x",
                                   corro_group_page_present_action);
  gtk_widget_class_install_action (widget_class, "group.add-participant", NULL,
                                   corro_group_page_add_participant_action);
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
 * @language: the content language
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
  gtk_list_box_bind_model (self->participant_list, corro_group_get_participants (group),
                           create_participant_row, self, NULL);
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
