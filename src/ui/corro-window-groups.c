/* corro-window-groups.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-group.h"
#include "corro-group-page.h"
#include "corro-groups-page.h"
#include "corro-person-page.h"
#include "corro-new-group-dialog.h"
#include "corro-preflight-dialog.h"
#include "corro-presentation.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-retention-window.h"
#include "corro-search-page.h"
#include "corro-search-result.h"
#include "corro-session.h"
#include "corro-session-page.h"
#include "corro-window-private.h"

/* The Groups place: the list of groups, a group's page, and a session's page, one in
 * front of the other; Back steps out one level. */

static CorroRecords *
get_records (CorroWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? corro_application_get_records (CORRO_APPLICATION (app)) : NULL;
}

static CorroProgramme *
programme_of (CorroWindow *self,
              CorroGroup  *group)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  CorroProgrammeLibrary *library = app != NULL
                                     ? corro_application_get_library (CORRO_APPLICATION (app))
                                     : NULL;
  CorroProgramme *programme = NULL;

  if (library != NULL)
    programme = corro_programme_library_get_programme (library,
                                                       corro_group_get_programme_id (group));

  return programme != NULL ? programme : self->programme;
}

static void
on_session_activated_cb (CorroGroupPage *page,
                         CorroSession   *session,
                         CorroWindow    *self)
{
  corro_window_open_session (self, corro_group_page_get_group (page), session, "attendance");
}

static void
on_preflight_proceed_cb (CorroWindow          *self,
                         CorroPreflightDialog *dialog)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app != NULL)
    corro_application_present_session (CORRO_APPLICATION (app),
                                       g_object_get_data (G_OBJECT (dialog), "group"),
                                       g_object_get_data (G_OBJECT (dialog), "session"));
}

static void
on_present_session_cb (CorroGroupPage *page,
                       CorroSession   *session,
                       CorroWindow    *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  CorroGroup *group = corro_group_page_get_group (page);
  g_autoptr(CorroPresentation) plan = NULL;
  CorroPreflightDialog *dialog;

  if (app == NULL ||
      !(plan = corro_application_new_session_presentation (CORRO_APPLICATION (app), group,
                                                           session)))
    return;

  /* The chapter's clips are checked first; presenting starts at once when all are ready. */
  dialog = corro_preflight_dialog_new (GTK_WINDOW (self),
                                       corro_application_get_store (CORRO_APPLICATION (app)),
                                       corro_presentation_get_programme (plan),
                                       corro_presentation_get_chapter (plan),
                                       corro_presentation_get_variant (plan),
                                       corro_presentation_get_language (plan), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "group", g_object_ref (group), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "session", g_object_ref (session), g_object_unref);
  g_signal_connect_object (dialog, "proceed", G_CALLBACK (on_preflight_proceed_cb), self,
                           G_CONNECT_SWAPPED);
  corro_preflight_dialog_start (dialog);
}

static void
on_group_activated_cb (CorroGroupsPage *page,
                       CorroGroup      *group,
                       CorroWindow     *self)
{
  corro_window_open_group (self, group);
}

static void
on_group_created_cb (GtkWidget   *dialog,
                     CorroGroup  *group,
                     CorroWindow *self)
{
  corro_window_open_group (self, group);
}

static void
on_result_activated_cb (CorroSearchPage   *page,
                        CorroSearchResult *result,
                        CorroWindow       *self)
{
  CorroRecords *records = get_records (self);
  CorroGroup *group;
  CorroSession *session;
  g_autoptr(GError) error = NULL;

  if (records == NULL ||
      !(group = corro_records_find_group (records, corro_search_result_get_group_id (result))))
    return;
  if (!corro_group_get_loaded (group) && !corro_records_load_group (records, group, &error))
    {
      corro_window_add_toast (self, error->message);
      return;
    }
  if ((session = corro_group_find_session (group, corro_search_result_get_session_id (result))))
    corro_window_open_session (self, group, session, "notes");
}

static void
on_person_note_activated_cb (CorroPersonPage *page,
                             CorroGroup      *group,
                             CorroSession    *session,
                             CorroWindow     *self)
{
  corro_window_open_session (self, group, session, "notes");
}

static void
on_person_erased_cb (CorroPersonPage *page,
                     CorroWindow     *self)
{
  _corro_window_go_back_in_groups (self);
}

/* actions */

/* A person's page, from a participant's row on a group's page or from search. */
static void
corro_window_open_person_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CorroWindow *self = CORRO_WINDOW (widget);

  corro_window_open_person (self, g_variant_get_int64 (parameter));
}

static void
corro_window_search_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CorroWindow *self = CORRO_WINDOW (widget);
  GtkWidget *page = adw_bin_get_child (self->search_slot);

  if (page == NULL)
    return;

  corro_window_set_visible_page (self, "search");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  corro_search_page_focus (CORRO_SEARCH_PAGE (page));
}

/* Opens search on a text, e.g. the name of someone about to be erased. */
static void
corro_window_search_for_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CorroWindow *self = CORRO_WINDOW (widget);
  GtkWidget *page = adw_bin_get_child (self->search_slot);

  if (page == NULL)
    return;

  corro_window_search_action (widget, "win.search", NULL);
  corro_search_page_set_query (CORRO_SEARCH_PAGE (page), g_variant_get_string (parameter, NULL));
}

static void
corro_window_review_records_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  CorroWindow *self = CORRO_WINDOW (widget);
  CorroRecords *records = get_records (self);

  if (records != NULL)
    gtk_window_present (GTK_WINDOW (corro_retention_window_new (GTK_WINDOW (self), records)));
}

static void
corro_window_new_group_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CorroWindow *self = CORRO_WINDOW (widget);
  CorroRecords *records = get_records (self);
  GtkWidget *dialog;

  if (records == NULL)
    return;

  dialog = corro_new_group_dialog_new (GTK_WINDOW (self), records,
                                       corro_programme_get_id (self->programme));
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_group_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* internal API */

void
_corro_window_setup_groups (CorroWindow *self)
{
  CorroRecords *records = get_records (self);
  GtkWidget *page;

  if (records == NULL)
    {
      page = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-warning-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Groups Are Not Available"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                       _("Corro could not read the groups in its records."));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-group", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-records", FALSE);
    }
  else
    {
      GtkWidget *search = corro_search_page_new (records);

      g_signal_connect_object (search, "result-activated", G_CALLBACK (on_result_activated_cb),
                               self, 0);
      adw_bin_set_child (self->search_slot, search);

      page = corro_groups_page_new (records);
      g_signal_connect_object (page, "group-activated", G_CALLBACK (on_group_activated_cb),
                               self, 0);
    }

  adw_bin_set_child (self->groups_slot, page);
}

/**
 * _corro_window_go_back_in_groups:
 *
 * Returns: whether Back stepped out of a session or a group
 */
gboolean
_corro_window_go_back_in_groups (CorroWindow *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->groups_stack);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "groups") != 0)
    return FALSE;

  if (g_strcmp0 (shown, "person") == 0)
    {
      GtkWidget *person = adw_bin_get_child (self->person_slot);

      if (person != NULL)
        corro_person_page_save (CORRO_PERSON_PAGE (person));
      if (self->person_from_search)
        corro_window_set_visible_page (self, "search");
      else
        gtk_stack_set_visible_child_name (self->groups_stack,
                                          adw_bin_get_child (self->group_slot) != NULL ? "group"
                                                                                       : "list");
    }
  else if (g_strcmp0 (shown, "session") == 0)
    gtk_stack_set_visible_child_name (self->groups_stack,
                                      adw_bin_get_child (self->group_slot) != NULL ? "group"
                                                                                   : "list");
  else if (g_strcmp0 (shown, "group") == 0)
    gtk_stack_set_visible_child_name (self->groups_stack, "list");
  else
    return FALSE;

  return TRUE;
}

void
_corro_window_class_init_groups (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-group", NULL,
                                   corro_window_new_group_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, corro_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.open-person", "x",
                                   corro_window_open_person_action);
  gtk_widget_class_install_action (widget_class, "win.search-for", "s",
                                   corro_window_search_for_action);
  gtk_widget_class_install_action (widget_class, "win.review-records", NULL,
                                   corro_window_review_records_action);
}

/* public API */

/* A group renamed from its page's Edit Details…: the header says its new name. */
static void
on_group_name_cb (CorroWindow *self,
                  GParamSpec  *pspec,
                  CorroGroup  *group)
{
  GtkWidget *page = adw_bin_get_child (self->group_slot);

  if (page != NULL && corro_group_page_get_group (CORRO_GROUP_PAGE (page)) == group &&
      adw_window_title_get_subtitle (self->content_title) != NULL)
    adw_window_title_set_subtitle (self->content_title, corro_group_get_name (group));
}

/**
 * corro_window_open_group:
 *
 * Shows @group's page: its sessions and its participants.
 */
void
corro_window_open_group (CorroWindow *self,
                         CorroGroup  *group)
{
  CorroRecords *records;
  GtkWidget *page;

  g_return_if_fail (CORRO_IS_WINDOW (self));
  g_return_if_fail (CORRO_IS_GROUP (group));

  if (!(records = get_records (self)))
    return;

  page = corro_group_page_new (records, group, programme_of (self, group), self->language);
  g_signal_connect_object (page, "session-activated", G_CALLBACK (on_session_activated_cb),
                           self, 0);
  g_signal_connect_object (page, "present-session", G_CALLBACK (on_present_session_cb), self, 0);
  g_signal_handlers_disconnect_by_func (group, on_group_name_cb, self);
  g_signal_connect_object (group, "notify::name", G_CALLBACK (on_group_name_cb), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (self->group_slot, page);

  corro_window_set_visible_page (self, "groups");
  gtk_stack_set_visible_child_name (self->groups_stack, "group");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/**
 * corro_window_get_group_page:
 *
 * Returns: (transfer none) (nullable): the group's page, when one is open
 */
GtkWidget *
corro_window_get_group_page (CorroWindow *self)
{
  g_return_val_if_fail (CORRO_IS_WINDOW (self), NULL);

  return adw_bin_get_child (self->group_slot);
}

/**
 * corro_window_open_session:
 * @tab: "attendance" or "notes"
 *
 * Shows a session's page, on @tab: after presenting, attendance comes first.
 */
void
corro_window_open_session (CorroWindow  *self,
                           CorroGroup   *group,
                           CorroSession *session,
                           const char   *tab)
{
  CorroRecords *records;
  GtkWidget *page;

  g_return_if_fail (CORRO_IS_WINDOW (self));
  g_return_if_fail (CORRO_IS_GROUP (group));
  g_return_if_fail (CORRO_IS_SESSION (session));

  if (!(records = get_records (self)))
    return;

  if (adw_bin_get_child (self->group_slot) == NULL ||
      corro_group_page_get_group (CORRO_GROUP_PAGE (adw_bin_get_child (self->group_slot))) != group)
    corro_window_open_group (self, group);

  page = corro_session_page_new (records, group, session, self->language);
  corro_session_page_show_tab (CORRO_SESSION_PAGE (page), tab);
  adw_bin_set_child (self->session_slot, page);

  corro_window_set_visible_page (self, "groups");
  gtk_stack_set_visible_child_name (self->groups_stack, "session");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/**
 * corro_window_open_person:
 * @participant_id: whose page
 *
 * Shows a person's page: their details, groups, attendance, notes and history. Back
 * returns to where it was opened from: a group's page or search.
 */
void
corro_window_open_person (CorroWindow *self,
                          gint64       participant_id)
{
  CorroRecords *records = get_records (self);
  GtkWidget *page;

  g_return_if_fail (CORRO_IS_WINDOW (self));

  if (records == NULL)
    return;

  self->person_from_search =
    g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "search") == 0;
  page = corro_person_page_new (records, participant_id);
  g_signal_connect_object (page, "note-activated", G_CALLBACK (on_person_note_activated_cb),
                           self, 0);
  g_signal_connect_object (page, "erased", G_CALLBACK (on_person_erased_cb), self, 0);
  adw_bin_set_child (self->person_slot, page);

  corro_window_set_visible_page (self, "groups");
  gtk_stack_set_visible_child_name (self->groups_stack, "person");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  /* Not the name field: a key pressed on arrival must not replace their name. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
}

/**
 * corro_window_get_person_page:
 *
 * Returns: (transfer none) (nullable): the person's page, when one is open
 */
GtkWidget *
corro_window_get_person_page (CorroWindow *self)
{
  g_return_val_if_fail (CORRO_IS_WINDOW (self), NULL);

  return adw_bin_get_child (self->person_slot);
}
