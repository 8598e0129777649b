/* test-person-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's page in the real application under Xvfb, in the language the test runs
 * in: opened from their row on the group page, their details shown with the
 * language's name, the phone edited and found saved after leaving and reopening the
 * page, a wrong email refused with a message while the typed text stays; search finds
 * them by their name typed without accents and opens their page. Screenshots at
 * 1366×768 and 1024×600.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-person-page.h"
#include "corro-records.h"
#include "corro-search-page.h"
#include "corro-test-util.h"
#include "corro-window.h"

static gboolean
spin_until (gboolean (*done) (gpointer data),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return done (data);
}

static gboolean
is_spanish (void)
{
  return g_strcmp0 (g_getenv ("LANGUAGE"), "es") == 0;
}

static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (root, type);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static CorroParticipant *
participant_named (CorroGroup *group,
                   const char *name)
{
  GListModel *participants = corro_group_get_participants (group);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(CorroParticipant) participant = g_list_model_get_item (participants, i);

      if (g_str_equal (corro_participant_get_name (participant), name))
        return participant;
    }
  return NULL;
}

static CorroGroup *
group_with (CorroRecords *records,
            const char   *name)
{
  GListModel *groups = corro_records_get_groups (records);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);
      g_autoptr(GError) error = NULL;

      if (!corro_group_get_loaded (group))
        g_assert_true (corro_records_load_group (records, group, &error));
      if (participant_named (group, name) != NULL)
        return group;
    }
  return NULL;
}

typedef struct
{
  CorroRecords *records;
  gint64        id;
  const char   *phone;
} Saved;

static gboolean
phone_saved (gpointer data)
{
  Saved *saved = data;
  g_autoptr(CorroStoreParticipant) row = NULL;

  row = corro_store_get_participant (corro_records_get_store (saved->records), saved->id, NULL);
  return row != NULL && g_strcmp0 (row->phone, saved->phone) == 0;
}

typedef struct
{
  GtkWidget  *page;
  const char *text;
} Said;

static gboolean
status_says (gpointer data)
{
  Said *said = data;
  g_autoptr(GPtrArray) labels = corro_test_find_widgets (said->page, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (labels, i)) &&
        strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), said->text) != NULL)
      return TRUE;
  return FALSE;
}

static GtkWidget *
open_from_group_page (CorroWindow *window,
                      CorroGroup  *group,
                      const char  *name)
{
  GtkWidget *row;
  GtkWidget *page;

  corro_window_open_group (window, group);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  row = find_row (corro_window_get_group_page (window), ADW_TYPE_ACTION_ROW, name);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.open-person");
  gtk_widget_activate (row);
  page = corro_window_get_person_page (window);
  g_assert_nonnull (page);
  g_assert_cmpstr (corro_person_page_get_name (CORRO_PERSON_PAGE (page)), ==, name);
  g_assert_cmpstr (corro_window_get_visible_page (window), ==, "groups");
  corro_test_wait_for_draw (GTK_WIDGET (window));
  return page;
}

static void
check_edit_details (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GError) error = NULL;
  CorroApplication *app;
  CorroRecords *records;
  CorroWindow *window;
  CorroGroup *group;
  CorroParticipant *lucia;
  GtkWidget *page, *phone, *email, *language, *row;
  g_autofree char *shot_wide = NULL;
  g_autofree char *shot_small = NULL;
  Saved saved;
  Said said;
  GObject *selected;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  window = CORRO_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  records = corro_application_get_records (app);
  group = group_with (records, "Lucía Hernández");
  g_assert_nonnull (group);
  lucia = participant_named (group, "Lucía Hernández");

  page = open_from_group_page (window, group, "Lucía Hernández");

  /* Her details, in the language shown: the language by its name, never its code. */
  phone = find_row (page, ADW_TYPE_ENTRY_ROW, _("Phone"));
  email = find_row (page, ADW_TYPE_ENTRY_ROW, _("Email"));
  language = find_row (page, ADW_TYPE_COMBO_ROW, _("Language"));
  g_assert_nonnull (phone);
  g_assert_nonnull (email);
  g_assert_nonnull (language);
  if (is_spanish ())
    {
      g_assert_cmpstr (_("Phone"), ==, "Teléfono");
      g_assert_cmpstr (_("Spanish"), ==, "Español");
    }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (phone)), ==,
                   corro_participant_get_phone (lucia));
  g_assert_cmpstr (corro_participant_get_language (lucia), ==, "es");
  selected = adw_combo_row_get_selected_item (ADW_COMBO_ROW (language));
  g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (selected)), ==, _("Spanish"));
  /* Her group, her history in words. */
  g_assert_nonnull (find_row (page, ADW_TYPE_EXPANDER_ROW, corro_group_get_name (group)));
  row = find_row (page, ADW_TYPE_ACTION_ROW, _("Added to the records"));
  g_assert_nonnull (row);

  corro_test_wait_for_draw (GTK_WIDGET (window));
  shot_wide = corro_test_save_screenshot (GTK_WIDGET (window), "person-page-1366x768");
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  corro_test_wait_for_draw (GTK_WIDGET (window));
  shot_small = corro_test_save_screenshot (GTK_WIDGET (window), "person-page-1024x600");

  /* The rest of the page: groups, attendance, notes, history and rights. */
  {
    g_autoptr(GPtrArray) scrolled = corro_test_find_widgets (page, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment;
    g_autofree char *shot_end = NULL;

    g_assert_cmpuint (scrolled->len, >=, 1);
    adjustment = gtk_scrolled_window_get_vadjustment (g_ptr_array_index (scrolled, 0));
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    corro_test_wait_for_draw (GTK_WIDGET (window));
    shot_end = corro_test_save_screenshot (GTK_WIDGET (window), "person-page-end-1024x600");
  }

  /* A new phone is saved as it is typed. */
  gtk_editable_set_text (GTK_EDITABLE (phone), "+52 55 9999 0000");
  saved = (Saved) { records, corro_participant_get_id (lucia), "+52 55 9999 0000" };
  g_assert_true (spin_until (phone_saved, &saved));
  /* The group's own object sees it too. */
  g_assert_cmpstr (corro_participant_get_phone (lucia), ==, "+52 55 9999 0000");

  /* A wrong email is refused with a message; what was typed stays, nothing is saved. */
  gtk_editable_set_text (GTK_EDITABLE (email), "lucia at example");
  said = (Said) { page, _("An email address looks like name@example.org.") };
  g_assert_true (spin_until (status_says, &said));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (email)), ==, "lucia at example");
  {
    g_autoptr(CorroStoreParticipant) stored =
      corro_store_get_participant (corro_records_get_store (records), saved.id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (stored->email, !=, "lucia at example");
  }
  gtk_editable_set_text (GTK_EDITABLE (email), "");
  saved.phone = "+52 55 9999 0000";
  said.text = _("Saved.");
  g_assert_true (spin_until (status_says, &said));

  /* Back to the group, then her page again: the phone as saved. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  page = open_from_group_page (window, group, "Lucía Hernández");
  phone = find_row (page, ADW_TYPE_ENTRY_ROW, _("Phone"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (phone)), ==, "+52 55 9999 0000");

  corro_test_remove_tree (dir);
}

typedef struct
{
  CorroSearchPage *search;
  const char      *name;
} Found;

static gboolean
person_found (gpointer data)
{
  Found *found = data;

  return find_row (GTK_WIDGET (found->search), ADW_TYPE_ACTION_ROW, found->name) != NULL;
}

static void
check_search_finds_person (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *shot = NULL;
  CorroApplication *app;
  CorroWindow *window;
  GtkWidget *row, *page;
  Found found;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  window = CORRO_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);

  /* Her name typed without accents or capitals. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search-for", "s", "lucia hernandez");
  g_assert_cmpstr (corro_window_get_visible_page (window), ==, "search");
  {
    g_autoptr(GPtrArray) pages = corro_test_find_widgets (GTK_WIDGET (window),
                                                          CORRO_TYPE_SEARCH_PAGE);

    g_assert_cmpuint (pages->len, ==, 1);
    found = (Found) { g_ptr_array_index (pages, 0), "Lucía Hernández" };
  }
  g_assert_true (spin_until (person_found, &found));
  corro_test_wait_for_draw (GTK_WIDGET (window));
  shot = corro_test_save_screenshot (GTK_WIDGET (window), "search-person");

  /* Her phone finds her too. */
  corro_search_page_set_query (found.search, "5555 0142");
  g_assert_true (spin_until (person_found, &found));

  row = find_row (GTK_WIDGET (found.search), ADW_TYPE_ACTION_ROW, "Lucía Hernández");
  gtk_widget_activate (row);
  page = corro_window_get_person_page (window);
  g_assert_nonnull (page);
  g_assert_cmpstr (corro_person_page_get_name (CORRO_PERSON_PAGE (page)), ==, "Lucía Hernández");

  /* Back returns to the search. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (corro_window_get_visible_page (window), ==, "search");

  corro_test_remove_tree (dir);
}

static void
test_edit_details (void)
{
  if (corro_test_in_subprocess (60))
    check_edit_details ();
}

static void
test_search_finds_person (void)
{
  if (corro_test_in_subprocess (60))
    check_search_finds_person ();
}


static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading) == 0)
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
has_dialog (gpointer data)
{
  return find_dialog (data) != NULL;
}

static AdwMessageDialog *
dialog_titled (const char *heading)
{
  g_assert_true (spin_until (has_dialog, (gpointer) heading));
  return find_dialog (heading);
}

/* Adding "lucia hernandez" to another group asks whether she is the Lucía Hernández
 * already in the records; "Use That Record" refers her one record to the group. */
static void
check_add_lookalike (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GPtrArray) entries = NULL;
  CorroApplication *app;
  CorroRecords *records;
  CorroWindow *window;
  CorroGroup *hers, *other = NULL;
  CorroParticipant *lucia, *added;
  AdwMessageDialog *dialog;
  GListModel *groups;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  window = CORRO_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  records = corro_application_get_records (app);
  hers = group_with (records, "Lucía Hernández");
  lucia = participant_named (hers, "Lucía Hernández");
  groups = corro_records_get_groups (records);
  for (guint i = 0; i < g_list_model_get_n_items (groups) && other == NULL; i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);

      if (group != hers && participant_named (group, "Lucía Hernández") == NULL)
        other = group;
    }
  g_assert_nonnull (other);

  corro_window_open_group (window, other);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  gtk_widget_activate_action (corro_window_get_group_page (window), "group.add-participant",
                              NULL);
  dialog = dialog_titled (_("Add a Participant"));
  entries = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "lucia  HERNANDEZ");
  adw_message_dialog_response (dialog, "add");

  dialog = dialog_titled (_("Already in Your Records?"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Lucía Hernández"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), corro_group_get_name (hers)));
  adw_message_dialog_response (dialog, "use");

  added = participant_named (other, "Lucía Hernández");
  g_assert_nonnull (added);
  g_assert_cmpint (corro_participant_get_id (added), ==, corro_participant_get_id (lucia));
  g_assert_null (participant_named (other, "lucia  HERNANDEZ"));

  corro_test_remove_tree (dir);
}

static void
test_add_lookalike (void)
{
  if (corro_test_in_subprocess (60))
    check_add_lookalike ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/person-page/edit-details", test_edit_details);
  g_test_add_func ("/person-page/search-finds-person", test_search_finds_person);
  g_test_add_func ("/person-page/add-lookalike", test_add_lookalike);

  return g_test_run ();
}
