/* test-groups.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Groups place in the real application under Xvfb: the demo's groups listed by
 * status, a group's page, and a new group made through its dialog.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-demo.h"
#include "corro-group.h"
#include "corro-group-page.h"
#include "corro-labels.h"
#include "corro-new-group-dialog.h"
#include "corro-participant.h"
#include "corro-participant-import.h"
#include "corro-presenter-window.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-search-page.h"
#include "corro-search-result.h"
#include "corro-session.h"
#include "corro-session-page.h"
#include "corro-store.h"
#include "corro-store-people.h"
#include "corro-test-util.h"
#include "corro-window.h"

static const char *
language (void)
{
  const char *value = g_getenv ("LANGUAGE");

  return value != NULL && g_str_has_prefix (value, "es") ? "es" : "en";
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  return ADW_MESSAGE_DIALOG (corro_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
check_demo_groups (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *name = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  CorroApplication *app;
  GtkWindow *window;
  GListModel *groups;
  g_autoptr(CorroGroup) first = NULL;
  GtkWidget *page;

  corro_test_fill_demo (path);

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_window_set_default_size (window, 1100, 760);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));

  /* Running groups come first; the list shows one row for each. */
  groups = corro_records_get_groups (corro_application_get_records (app));
  g_assert_cmpuint (g_list_model_get_n_items (groups), >=, 2);
  first = g_list_model_get_item (groups, 0);
  g_assert_cmpint (corro_group_get_status (first), ==, CORRO_GROUP_STATUS_RUNNING);
  rows = corro_test_find_widgets (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < rows->len; i++)
      found |= g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                          corro_group_get_name (first)) == 0;
    g_assert_true (found);
  }
  name = g_strdup_printf ("groups-%s.png", language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);

  /* Its page: eight sessions and its participants. */
  corro_window_open_group (CORRO_WINDOW (window), first);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  page = corro_window_get_group_page (CORRO_WINDOW (window));
  g_assert_true (CORRO_IS_GROUP_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_sessions (first)), >=, 8);
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_participants (first)), >, 0);
  g_free (name);
  g_free (shot);
  name = g_strdup_printf ("group-%s.png", language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);

  /* Every group's sessions are named in the interface's words and language, whatever
   * language the group itself is run in (the demo has an English and a Spanish group). */
  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, g);
      GListModel *sessions;
      g_autoptr(GPtrArray) session_rows = NULL;
      guint n_named = 0;

      corro_window_open_group (CORRO_WINDOW (window), group);
      corro_test_wait_for_draw (GTK_WIDGET (window));
      sessions = corro_group_get_sessions (group);
      session_rows = corro_test_find_widgets (corro_window_get_group_page (CORRO_WINDOW (window)),
                                              ADW_TYPE_ACTION_ROW);
      for (guint i = 0; i < session_rows->len; i++)
        {
          gpointer session = g_object_get_data (g_ptr_array_index (session_rows, i), "session");
          const char *title = adw_preferences_row_get_title (g_ptr_array_index (session_rows, i));
          g_autofree char *prefix = NULL;

          if (session == NULL)
            continue;
          prefix = g_strdup_printf (_("Chapter %u · %s"),
                                    corro_session_get_chapter (session), "");
          g_assert_true (g_str_has_prefix (title, prefix));
          g_assert_null (strstr (title, g_str_equal (language (), "es") ? "Chapter"
                                                                        : "Capítulo"));
          n_named++;
        }
      g_assert_cmpuint (n_named, ==, g_list_model_get_n_items (sessions));
    }
  corro_window_open_group (CORRO_WINDOW (window), first);
  corro_test_wait_for_draw (GTK_WIDGET (window));

  /* Present a session not held yet, as its Present button does, then end it: its
   * attendance is what comes next, and it is recorded as held with its real times once
   * the facilitator says so (test-presenter-end covers Not Yet and the day). */
  {
    GListModel *sessions = corro_group_get_sessions (first);
    g_autoptr(CorroSession) session = NULL;
    GtkWindow *presenter;
    GtkWidget *session_page;

    for (guint i = 0; i < g_list_model_get_n_items (sessions) && session == NULL; i++)
      {
        g_autoptr(CorroSession) candidate = g_list_model_get_item (sessions, i);

        if (!corro_session_get_held (candidate))
          session = g_steal_pointer (&candidate);
      }
    g_assert_nonnull (session);

    presenter = corro_application_present_session (app, first, session);
    g_assert_true (CORRO_IS_PRESENTER_WINDOW (presenter));
    corro_test_wait_for_draw (GTK_WIDGET (presenter));
    gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
    gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.end", NULL);
    corro_test_answer_dialog ("end");
    g_assert_false (corro_session_get_held (session));
    corro_test_answer_dialog ("record");

    g_assert_true (corro_session_get_held (session));
    g_assert_nonnull (corro_session_get_started_at (session));
    g_assert_nonnull (corro_session_get_ended_at (session));
    {
      g_autoptr(GPtrArray) pages = corro_test_find_widgets (GTK_WIDGET (window),
                                                            CORRO_TYPE_SESSION_PAGE);

      g_assert_cmpuint (pages->len, ==, 1);
      session_page = g_ptr_array_index (pages, 0);
    }
    g_assert_true (corro_session_page_get_session (CORRO_SESSION_PAGE (session_page)) == session);
    g_assert_cmpstr (corro_session_page_get_tab (CORRO_SESSION_PAGE (session_page)), ==,
                     "attendance");
  }

  /* Search, Ctrl+F's action: "jose" finds José's notes, highlighted; the facilitator's own
   * reflections ("tiburon") are not among the families' records. */
  {
    GtkWidget *search;
    GListModel *results;
    gint64 deadline;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
    g_assert_cmpstr (corro_window_get_visible_page (CORRO_WINDOW (window)), ==, "search");
    {
      g_autoptr(GPtrArray) pages = corro_test_find_widgets (GTK_WIDGET (window),
                                                            CORRO_TYPE_SEARCH_PAGE);
      g_assert_cmpuint (pages->len, ==, 1);
      search = g_ptr_array_index (pages, 0);
    }
    corro_search_page_set_query (CORRO_SEARCH_PAGE (search), "jose");
    deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    while (corro_search_page_get_results (CORRO_SEARCH_PAGE (search)) == NULL &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    results = corro_search_page_get_results (CORRO_SEARCH_PAGE (search));
    g_assert_nonnull (results);
    g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
    for (guint i = 0; i < g_list_model_get_n_items (results); i++)
      {
        g_autoptr(CorroSearchResult) result = g_list_model_get_item (results, i);

        g_assert_nonnull (strstr (corro_search_result_get_snippet_markup (result), "<b>"));
        g_assert_cmpint (corro_search_result_get_kind (result), !=, CORRO_REFLECTION_SELF);
      }
    corro_test_wait_for_draw (GTK_WIDGET (window));
    g_free (name);
    g_free (shot);
    name = g_strdup_printf ("search-%s.png", language ());
    shot = corro_test_save_screenshot (GTK_WIDGET (window), name);
  }

  /* Back returns to the group, then to the list. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (corro_window_get_visible_page (CORRO_WINDOW (window)), ==, "groups");

  corro_test_remove_tree (dir);
}

static void
check_new_group (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroRecords) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroGroup) reloaded = NULL;
  CorroApplication *app;
  GtkWindow *window;
  GtkWindow *dialog;
  GListModel *groups;

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));

  /* The empty state offers to make one. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-group", NULL);
  dialog = corro_test_find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (dialog);
  g_assert_true (dialog != window);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));

  /* Name first (Create waits for it), then the start date. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL) &&
                  corro_test_find_toplevel (ADW_TYPE_WINDOW) != dialog);
  entries = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (entries->len, >=, 5);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "Tuesday mornings");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, entries->len - 2)),
                         "2026-12-01");
  /* The children's ages: one of the team's bands, from a drop-down ("Not recorded" first). */
  {
    g_autoptr(GPtrArray) combos = corro_test_find_widgets (GTK_WIDGET (dialog),
                                                           ADW_TYPE_COMBO_ROW);
    AdwComboRow *ages = NULL;

    for (guint i = 0; i < combos->len; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (combos, i)),
                     _("Children’s ages")) == 0)
        ages = g_ptr_array_index (combos, i);
    g_assert_nonnull (ages);
    g_assert_cmpuint (adw_combo_row_get_selected (ages), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ages)), ==, 6);
    adw_combo_row_set_selected (ages, 1);
  }
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);

  /* Created: its page is open, with the 8 chapters scheduled a week apart. */
  groups = corro_records_get_groups (corro_application_get_records (app));
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  {
    g_autoptr(CorroGroup) created = g_list_model_get_item (groups, 0);

    g_assert_cmpstr (corro_group_get_age_band (created), ==, "0-2");
  }
  g_assert_true (CORRO_IS_GROUP_PAGE (corro_window_get_group_page (CORRO_WINDOW (window))));

  /* Referrals from a Spanish spreadsheet (semicolons, accents): previewed, then imported. */
  {
    g_autofree char *csv = g_build_filename (dir, "derivaciones.csv", NULL);
    g_autofree char *bad = g_build_filename (dir, "mal.csv", NULL);
    g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
    g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
    GtkWidget *page = corro_window_get_group_page (CORRO_WINDOW (window));
    CorroGroup *group = corro_group_page_get_group (CORRO_GROUP_PAGE (page));
    AdwMessageDialog *preview;

    g_file_set_contents (csv, "nombre;parentesco;edad_nino\r\n"
                              "Lucía Núñez;madre;18m\r\n"
                              "Joaquín Peña;padre;2\r\n", -1, &error);
    g_assert_no_error (error);
    g_file_set_contents (bad, "nombre;edad_nino\nAna;mucho\n", -1, &error);
    g_assert_no_error (error);

    corro_group_page_import_referrals (CORRO_GROUP_PAGE (page), bad_file);
    preview = wait_for_message_dialog ();
    g_assert_cmpint (adw_message_dialog_has_response (preview, "import"), ==, FALSE);
    adw_message_dialog_response (preview, "close");
    gtk_window_destroy (GTK_WINDOW (preview));
    g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_participants (group)), ==, 0);

    corro_group_page_import_referrals (CORRO_GROUP_PAGE (page), csv_file);
    preview = wait_for_message_dialog ();
    g_assert_true (adw_message_dialog_has_response (preview, "import"));
    adw_message_dialog_response (preview, "import");
    gtk_window_destroy (GTK_WINDOW (preview));
    g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_participants (group)), ==, 2);

    /* A referral's enrolment: a phone call logged, then enrolled. */
    {
      g_autoptr(CorroParticipant) first =
        g_list_model_get_item (corro_group_get_participants (group), 0);
      g_autoptr(GPtrArray) combos = NULL;
      AdwMessageDialog *enrolment;

      g_assert_cmpint (corro_participant_get_status (first), ==, CORRO_ENROLMENT_REFERRED);
      gtk_widget_activate_action (page, "group.edit-enrolment", "x",
                                  corro_participant_get_id (first));
      enrolment = wait_for_message_dialog ();
      combos = corro_test_find_widgets (GTK_WIDGET (enrolment), ADW_TYPE_COMBO_ROW);
      g_assert_cmpuint (combos->len, ==, 2);
      adw_combo_row_set_selected (g_ptr_array_index (combos, 0), CORRO_ENROLMENT_ENROLLED);
      adw_combo_row_set_selected (g_ptr_array_index (combos, 1), 1 + CORRO_CONTACT_PHONE);
      adw_message_dialog_response (enrolment, "save");
      gtk_window_destroy (GTK_WINDOW (enrolment));
      g_assert_cmpint (corro_participant_get_status (first), ==, CORRO_ENROLMENT_ENROLLED);
      {
        g_autoptr(GPtrArray) contacts =
          corro_records_list_contacts (corro_application_get_records (app), first, &error);

        g_assert_no_error (error);
        g_assert_cmpuint (contacts->len, ==, 1);
      }
    }

    /* The same file again: both look like people already in the records, are named with
     * the record they look like, and are linked (the default), not added twice. */
    corro_group_page_import_referrals (CORRO_GROUP_PAGE (page), csv_file);
    preview = wait_for_message_dialog ();
    g_assert_true (adw_message_dialog_has_response (preview, "import"));
    {
      g_autoptr(GPtrArray) choices = corro_test_find_widgets (GTK_WIDGET (preview),
                                                              ADW_TYPE_COMBO_ROW);
      CorroParticipantImport *import = g_object_get_data (G_OBJECT (preview), "import");
      g_autoptr(GPtrArray) people = NULL;
      AdwComboRow *second;

      g_assert_cmpuint (choices->len, ==, 2);
      g_assert_nonnull (strstr (adw_preferences_row_get_title (g_ptr_array_index (choices, 0)),
                                "Lucía Núñez"));
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (choices, 0)),
                                "Lucía Núñez"));
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (choices, 1)),
                                "Joaquín Peña"));
      for (guint i = 0; i < choices->len; i++)
        g_assert_cmpuint (adw_combo_row_get_selected (g_ptr_array_index (choices, i)), ==, 0);
      g_assert_cmpstr (gtk_string_object_get_string (
                         adw_combo_row_get_selected_item (g_ptr_array_index (choices, 0))), ==,
                       C_("import choice", "Link to them"));

      /* The other choice is the import's: a new person for that row. */
      second = g_ptr_array_index (choices, 1);
      adw_combo_row_set_selected (second, 1);
      g_assert_false (corro_participant_import_get_row_link (import, 1));
      adw_combo_row_set_selected (second, 0);
      g_assert_true (corro_participant_import_get_row_link (import, 1));
      corro_test_wait_for_draw (GTK_WIDGET (preview));
      g_free (corro_test_save_screenshot (GTK_WIDGET (preview), "import-lookalikes"));

      adw_message_dialog_response (preview, "import");
      gtk_window_destroy (GTK_WINDOW (preview));
      g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_participants (group)), ==, 2);
      people = corro_store_search_people (corro_application_get_store (app), "Joaquín Peña",
                                          &error);
      g_assert_no_error (error);
      g_assert_cmpuint (people->len, ==, 1);
    }
  }

  /* Session 2 moved a day; chapter 1 split over an extra meeting. */
  {
    GtkWidget *page = corro_window_get_group_page (CORRO_WINDOW (window));
    CorroGroup *group = corro_group_page_get_group (CORRO_GROUP_PAGE (page));
    GListModel *sessions = corro_group_get_sessions (group);
    g_autoptr(CorroSession) first = g_list_model_get_item (sessions, 0);
    g_autoptr(CorroSession) second = g_list_model_get_item (sessions, 1);
    g_autoptr(GPtrArray) rows = NULL;
    AdwMessageDialog *ask;

    gtk_widget_activate_action (page, "group.move-session", "x", corro_session_get_id (second));
    ask = wait_for_message_dialog ();
    rows = corro_test_find_widgets (GTK_WIDGET (ask), ADW_TYPE_ENTRY_ROW);
    gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "2026-12-09");
    adw_message_dialog_response (ask, "move");
    gtk_window_destroy (GTK_WINDOW (ask));
    g_assert_cmpstr (corro_session_get_date (second), ==, "2026-12-09");

    g_clear_pointer (&rows, g_ptr_array_unref);
    gtk_widget_activate_action (page, "group.extra-session", "x", corro_session_get_id (first));
    ask = wait_for_message_dialog ();
    rows = corro_test_find_widgets (GTK_WIDGET (ask), ADW_TYPE_ENTRY_ROW);
    gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "2026-12-03");
    adw_message_dialog_response (ask, "extra");
    gtk_window_destroy (GTK_WINDOW (ask));
    g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 9);
  }

  /* And kept: a fresh look at the records finds it. */
  store = corro_store_open (path, &error);
  g_assert_no_error (error);
  records = corro_records_new (store);
  g_assert_true (corro_records_load (records, &error));
  reloaded = g_list_model_get_item (corro_records_get_groups (records), 0);
  g_assert_cmpstr (corro_group_get_name (reloaded), ==, "Tuesday mornings");
  g_assert_true (corro_records_load_group (records, reloaded, &error));
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_sessions (reloaded)), ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_participants (reloaded)), ==, 2);
  {
    /* Weekly from the start date, as scheduled; the moved one and the extra kept. */
    GListModel *sessions = corro_group_get_sessions (reloaded);
    g_autoptr(CorroSession) last = g_list_model_get_item (sessions, 8);
    gboolean moved = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
      {
        g_autoptr(CorroSession) session = g_list_model_get_item (sessions, i);

        moved |= g_strcmp0 (corro_session_get_date (session), "2026-12-09") == 0;
      }
    g_assert_true (moved);
    g_assert_cmpstr (corro_session_get_date (last), ==, "2027-01-19");
  }

  corro_test_remove_tree (dir);
}

/* How many headings the groups list shows with @text. */
static guint
count_headings (GtkWidget  *root,
                const char *text)
{
  g_autoptr(GPtrArray) labels = corro_test_find_widgets (root, GTK_TYPE_LABEL);
  guint n = 0;

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_drawable (g_ptr_array_index (labels, i)) &&
        gtk_widget_has_css_class (g_ptr_array_index (labels, i), "heading") &&
        g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      n++;

  return n;
}

/* The subtitle of the group page's row for @item (a session or a participant). */
static char *
row_subtitle (GtkWidget  *page,
              const char *title_or_null,
              gpointer    session)
{
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (page, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GObject *row = g_ptr_array_index (rows, i);

      if ((session != NULL && g_object_get_data (row, "session") == session) ||
          (title_or_null != NULL &&
           g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title_or_null) == 0))
        return g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    }

  return NULL;
}

static void
settle (void)
{
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

/* Every page shows the records as they are now, without a restart: a new group is listed
 * once under its status's heading; a mark of attendance changes the group page's counts
 * for the session and the participant; an erase takes the person and their marks off. */
static void
check_pages_follow_records (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroGroup) group = corro_group_new ("Martes por la tarde", "cosp");
  g_autoptr(CorroParticipant) ana = corro_participant_new ("Ana Ruiz");
  g_autoptr(CorroSession) session = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *person_before = NULL;
  g_autofree char *person_after = NULL;
  const char *planned = corro_label_group_status (CORRO_GROUP_STATUS_PLANNED);
  CorroApplication *app;
  CorroRecords *records;
  GtkWindow *window;
  GtkWidget *list_page;
  GtkWidget *page;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  records = corro_application_get_records (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  list_page = GTK_WIDGET (window);
  g_assert_cmpuint (count_headings (list_page, planned), <=, 1);

  /* A new planned group, as New Group's Create does: listed once, under "Planned". */
  corro_group_set_start_date (group, "2026-12-01");
  g_assert_true (corro_records_add_group (records, group, &error));
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (count_headings (list_page, planned), ==, 1);

  /* Its page: a participant marked present at the first session. */
  g_assert_true (corro_records_add_participant (records, group, ana, &error));
  g_assert_no_error (error);
  g_assert_true (corro_records_set_status (records, group, ana, CORRO_ENROLMENT_ENROLLED, NULL,
                                           &error));
  corro_window_open_group (CORRO_WINDOW (window), group);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  page = corro_window_get_group_page (CORRO_WINDOW (window));
  session = g_list_model_get_item (corro_group_get_sessions (group), 0);
  before = row_subtitle (page, NULL, session);
  person_before = row_subtitle (page, "Ana Ruiz", NULL);
  g_assert_nonnull (before);
  g_assert_nonnull (person_before);

  g_assert_true (corro_records_mark_attendance (records, group, session, ana,
                                                CORRO_ATTENDANCE_PRESENT, &error));
  g_assert_no_error (error);
  settle ();
  after = row_subtitle (page, NULL, session);
  person_after = row_subtitle (page, "Ana Ruiz", NULL);
  g_test_message ("session: “%s” → “%s”; Ana: “%s” → “%s”", before, after, person_before,
                  person_after);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpstr (person_before, !=, person_after);

  /* Erased on request: off the page, and her mark off the session's count. */
  g_assert_true (corro_records_erase_participant (records, group, ana, &error));
  g_assert_no_error (error);
  settle ();
  g_assert_null (row_subtitle (page, "Ana Ruiz", NULL));
  {
    /* Still held (someone came), but nobody's mark is left to count. */
    g_autofree char *erased = row_subtitle (page, NULL, session);

    g_test_message ("after the erase: “%s”", erased);
    g_assert_cmpstr (erased, !=, after);
  }

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

static const char *
session_date (CorroGroup *group,
              guint       index)
{
  g_autoptr(CorroSession) session =
    g_list_model_get_item (corro_group_get_sessions (group), index);

  return corro_session_get_date (session);
}

/* Opens the group page's Edit Details… dialog; returns it with its entry rows. */
static GtkWindow *
open_edit_dialog (GtkWidget  *page,
                  GPtrArray **entries)
{
  GtkWindow *dialog;

  gtk_widget_activate_action (page, "group.edit-details", NULL);
  dialog = corro_test_find_toplevel (CORRO_TYPE_NEW_GROUP_DIALOG);
  g_assert_nonnull (dialog);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  *entries = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint ((*entries)->len, ==, 5);
  return dialog;
}

static gboolean
row_shown (GtkWindow  *dialog,
           const char *title)
{
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      return gtk_widget_is_visible (g_ptr_array_index (rows, i));
  g_assert_not_reached ();
}

static void
check_edit_group (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *name = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) combos = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroGroup) group = NULL;
  const char *move_title = _("Move the sessions to the new start date");
  const char *stay_title = _("Sessions stay on their dates");
  CorroApplication *app;
  CorroRecords *records;
  GtkWindow *window;
  GtkWindow *dialog;
  GtkWidget *page;
  gint64 audits;

  app = corro_test_start_app (path);
  records = corro_application_get_records (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_window_set_default_size (window, 1100, 760);
  group = corro_group_new ("Tuesday mornings", corro_programme_get_id (
    corro_programme_library_get_default (corro_application_get_library (app))));
  corro_group_set_start_date (group, "2026-12-01");
  corro_group_set_start_time (group, "10:00");
  g_assert_true (corro_records_add_group (records, group, &error));
  g_assert_no_error (error);
  corro_window_open_group (CORRO_WINDOW (window), group);
  page = corro_window_get_group_page (CORRO_WINDOW (window));
  corro_test_wait_for_draw (GTK_WIDGET (window));
  audits = corro_store_count_audit (corro_application_get_store (app), "group");

  /* The dialog shows the group as it is. */
  dialog = open_edit_dialog (page, &entries);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==,
                   "Tuesday mornings");
  /* Dates are shown as the locale writes them (day first here), and read back. */
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 3)), ==, "01/12/2026");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 4)), ==, "10:00");
  g_assert_false (row_shown (dialog, move_title));

  /* New name, online with a link, Thursdays from the 3rd, running: no session held yet,
   * so moving them is offered, and taken. */
  combos = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_assert_cmpuint (combos->len, ==, 4);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "Thursday evenings");
  adw_combo_row_set_selected (g_ptr_array_index (combos, 0), CORRO_GROUP_MODE_ONLINE);
  gtk_editable_set_text (g_ptr_array_index (entries, 1), "https://meet.example.org/cosp");
  adw_combo_row_set_selected (g_ptr_array_index (combos, 1), 2);  /* 3–5 years */
  adw_combo_row_set_selected (g_ptr_array_index (combos, 2), CORRO_GROUP_STATUS_RUNNING);
  gtk_editable_set_text (g_ptr_array_index (entries, 3), "2026-12-03");
  gtk_editable_set_text (g_ptr_array_index (entries, 4), "18:30");
  g_assert_true (row_shown (dialog, move_title));
  g_assert_false (row_shown (dialog, stay_title));
  g_assert_cmpuint (adw_combo_row_get_selected (g_ptr_array_index (combos, 3)), ==, 3);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  name = g_strdup_printf ("group-edit-%s.png", language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (dialog), name);
  g_test_message ("screenshot: %s", shot);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_NEW_GROUP_DIALOG));

  g_assert_cmpstr (corro_group_get_name (group), ==, "Thursday evenings");
  {
    g_autoptr(GPtrArray) titles = corro_test_find_widgets (GTK_WIDGET (window),
                                                           ADW_TYPE_WINDOW_TITLE);
    gboolean renamed = FALSE;

    for (guint i = 0; i < titles->len; i++)
      renamed |= g_strcmp0 (adw_window_title_get_subtitle (g_ptr_array_index (titles, i)),
                            "Thursday evenings") == 0;
    g_assert_true (renamed);
  }
  g_assert_cmpint (corro_group_get_mode (group), ==, CORRO_GROUP_MODE_ONLINE);
  g_assert_cmpint (corro_group_get_status (group), ==, CORRO_GROUP_STATUS_RUNNING);
  g_assert_cmpuint (corro_group_get_weekday (group), ==, 4);
  g_assert_cmpstr (session_date (group, 0), ==, "2026-12-03");
  g_assert_cmpstr (session_date (group, 7), ==, "2027-01-21");
  g_assert_cmpint (corro_store_count_audit (corro_application_get_store (app), "group"), >,
                   audits);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  g_free (name);
  g_free (shot);
  name = g_strdup_printf ("group-edited-%s.png", language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);
  g_test_message ("screenshot: %s", shot);

  /* Once a session was held, a new start date moves none of them. */
  {
    g_autoptr(CorroSession) first = g_list_model_get_item (corro_group_get_sessions (group), 0);

    corro_session_set_held (first, TRUE);
    g_assert_true (corro_records_save_session (records, first, &error));
  }
  g_clear_pointer (&entries, g_ptr_array_unref);
  dialog = open_edit_dialog (page, &entries);
  gtk_editable_set_text (g_ptr_array_index (entries, 3), "2026-12-10");
  g_assert_false (row_shown (dialog, move_title));
  g_assert_true (row_shown (dialog, stay_title));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  g_assert_cmpstr (corro_group_get_start_date (group), ==, "2026-12-10");
  g_assert_cmpstr (session_date (group, 0), ==, "2026-12-03");
  g_assert_cmpstr (session_date (group, 1), ==, "2026-12-10");

  /* Kept: a fresh look at the records finds the new details. */
  {
    g_autoptr(CorroStore) store = corro_store_open (path, &error);
    g_autoptr(CorroRecords) fresh = NULL;
    g_autoptr(CorroGroup) reloaded = NULL;

    g_assert_no_error (error);
    fresh = corro_records_new (store);
    g_assert_true (corro_records_load (fresh, &error));
    reloaded = g_list_model_get_item (corro_records_get_groups (fresh), 0);
    g_assert_cmpstr (corro_group_get_name (reloaded), ==, "Thursday evenings");
    g_assert_cmpstr (corro_group_get_venue (reloaded), ==, "https://meet.example.org/cosp");
    g_assert_cmpstr (corro_group_get_age_band (reloaded), ==, "3-5");
    g_assert_cmpstr (corro_group_get_start_time (reloaded), ==, "18:30");
    g_assert_cmpstr (corro_group_get_start_date (reloaded), ==, "2026-12-10");
  }

  corro_test_remove_tree (dir);
}

static void
test_demo_groups (void)
{
  if (corro_test_in_subprocess (60))
    check_demo_groups ();
}

static void
test_edit_group (void)
{
  if (corro_test_in_subprocess (60))
    check_edit_group ();
}

static void
test_pages_follow_records (void)
{
  if (corro_test_in_subprocess (60))
    check_pages_follow_records ();
}

static void
test_new_group (void)
{
  if (corro_test_in_subprocess (60))
    check_new_group ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  corro_test_init (&argc, &argv);

  g_test_add_func ("/groups/demo", test_demo_groups);
  g_test_add_func ("/groups/new-group", test_new_group);
  g_test_add_func ("/groups/edit-details", test_edit_group);
  g_test_add_func ("/groups/pages-follow-records", test_pages_follow_records);

  return g_test_run ();
}
