/* test-reports-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Reports place in the real application under Xvfb, in the language of $LANGUAGE:
 * reached with Alt+4's action on the demo's records, its preview shows each group and
 * how many completed (as the records count them), above the fold of a laptop's window;
 * choosing another report changes the preview.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-reports-page.h"
#include "corro-test-util.h"
#include "corro-window.h"

static const char *
language (void)
{
  const char *value = g_getenv ("LANGUAGE");

  return value != NULL && g_str_has_prefix (value, "es") ? "es" : "en";
}

/* Every label the preview shows, one per line. */
static char *
preview_text (GtkWidget *page)
{
  g_autoptr(GPtrArray) labels = corro_test_find_widgets (page, GTK_TYPE_LABEL);
  GString *text = g_string_new ("\n");

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_drawable (label))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (label)));
    }

  return g_string_free (text, FALSE);
}

/* Waits for the report being computed after a change of choice, and for it drawn. */
static CorroReport *
wait_for_report (CorroReportsPage *page,
                 CorroReport      *previous)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((corro_reports_page_get_report (page) == NULL ||
          corro_reports_page_get_report (page) == previous) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (corro_reports_page_get_report (page));
  g_assert_true (corro_reports_page_get_report (page) != previous);
  corro_test_wait_for_draw (GTK_WIDGET (page));
  return corro_reports_page_get_report (page);
}

/* The widget showing @text, if it is drawn in the window's visible height. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = corro_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0 &&
          gtk_widget_is_drawable (label))
        return label;
    }

  return NULL;
}

static void
check_reports_page (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *name = g_strdup_printf ("reports-%s.png", language ());
  g_autofree char *shot = NULL;
  g_autofree char *register_text = NULL;
  g_autofree char *completion_text = NULL;
  g_autofree char *summary_text = NULL;
  g_autofree char *first_title = NULL;
  g_auto(GStrv) accels = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) combos = NULL;
  CorroApplication *app;
  CorroReportsPage *page;
  CorroReport *report;
  GtkWindow *window;
  GListModel *groups;
  GtkWidget *title;
  graphene_point_t top;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_window_set_default_size (window, 1024, 700);

  /* Alt+4 is the Reports place. */
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-reports");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Alt>4"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-reports", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (corro_window_get_visible_page (CORRO_WINDOW (window)), ==, "reports");

  pages = corro_test_find_widgets (GTK_WIDGET (window), CORRO_TYPE_REPORTS_PAGE);
  g_assert_cmpuint (pages->len, ==, 1);
  page = g_ptr_array_index (pages, 0);
  report = wait_for_report (page, NULL);
  g_assert_cmpint (corro_report_get_kind (report), ==, CORRO_REPORT_REGISTER);
  register_text = preview_text (GTK_WIDGET (page));

  /* Every group of the demo, each with how many completed, as the records count it:
   * under each group's title, "Completed: 3 of 6 participants". */
  groups = corro_records_get_groups (corro_application_get_records (app));
  g_assert_cmpuint (g_list_model_get_n_items (groups), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);
      GListModel *participants = corro_group_get_participants (group);
      g_autofree char *heading = g_strdup_printf ("\n%s\n", corro_group_get_name (group));
      g_autofree char *prefix = g_strdup_printf ("\n%s: ", C_("completion", "Completed"));
      const char *section, *fact;
      guint n_completed = 0;

      g_assert_true (corro_records_load_group (corro_application_get_records (app), group,
                                               &error));
      g_assert_no_error (error);
      for (guint p = 0; p < g_list_model_get_n_items (participants); p++)
        {
          g_autoptr(CorroParticipant) participant = g_list_model_get_item (participants, p);

          if (corro_participant_get_completion (participant) == CORRO_COMPLETION_COMPLETED)
            n_completed++;
        }
      g_test_message ("%s: %u completed", corro_group_get_name (group), n_completed);

      section = strstr (register_text, heading);
      g_assert_nonnull (section);
      fact = strstr (section, prefix);
      g_assert_nonnull (fact);
      g_assert_cmpuint (strtoul (fact + strlen (prefix), NULL, 10), ==, n_completed);
    }

  /* The preview starts within the window's height, with no scrolling. */
  first_title = g_strdup (corro_report_get_section (report, 0)->title);
  title = find_label (GTK_WIDGET (page), first_title);
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_compute_point (title, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  g_test_message ("the preview's first title is %.0f px from the window's top of %d",
                  top.y, gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpfloat (top.y + gtk_widget_get_height (title), <,
                     gtk_widget_get_height (GTK_WIDGET (window)) * 0.6);
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);
  g_test_message ("screenshot: %s", shot);

  /* Completion, then service totals: each changes the preview. */
  combos = corro_test_find_widgets (GTK_WIDGET (page), ADW_TYPE_COMBO_ROW);
  g_assert_cmpuint (combos->len, >=, 1);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 0), CORRO_REPORT_COMPLETION);
  report = wait_for_report (page, report);
  g_assert_cmpint (corro_report_get_kind (report), ==, CORRO_REPORT_COMPLETION);
  completion_text = preview_text (GTK_WIDGET (page));
  g_assert_cmpstr (completion_text, !=, register_text);

  adw_combo_row_set_selected (g_ptr_array_index (combos, 0), CORRO_REPORT_SUMMARY);
  report = wait_for_report (page, report);
  g_assert_cmpint (corro_report_get_kind (report), ==, CORRO_REPORT_SUMMARY);
  summary_text = preview_text (GTK_WIDGET (page));
  g_assert_cmpstr (summary_text, !=, completion_text);
  g_assert_cmpstr (summary_text, !=, register_text);

  g_free (shot);
  g_free (name);
  name = g_strdup_printf ("reports-summary-%s.png", language ());
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

static void
test_reports_page (void)
{
  if (corro_test_in_subprocess (60))
    check_reports_page ();
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

  g_test_add_func ("/reports-page/preview", test_reports_page);

  return g_test_run ();
}
