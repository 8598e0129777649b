/* test-rights-ui.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Erasing a person from the group page in the real application under Xvfb: the dialog
 * says what goes, counts the other notes naming them, erases only once their name is
 * typed, and the group's list loses the row; the Old Records window lists who is past
 * the retention period.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-demo.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-retention-window.h"
#include "corro-store-rights.h"
#include "corro-test-util.h"
#include "corro-window.h"

static void
spin_until (gboolean (*done) (gpointer data),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

static gboolean
has_message_dialog (gpointer data)
{
  return corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
has_no_participant (gpointer data)
{
  CorroGroup *group = data;

  return corro_group_find_participant (group, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (group),
                                                                                   "erased")))
         == NULL;
}

static void
check_erase_dialog (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *shot = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroParticipant) victim = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  CorroApplication *app;
  CorroRecords *records;
  GtkWindow *window;
  AdwMessageDialog *dialog;
  GListModel *groups;
  guint n_before;
  gint64 id;
  gboolean mentions_said = FALSE;

  {
    g_autoptr(CorroStore) store = corro_store_open (path, &error);
    g_autoptr(CorroProgrammeLibrary) library = corro_programme_library_new (store);
    g_autoptr(CorroRecords) demo = corro_records_new (store);

    g_assert_true (corro_programme_library_load (library, &error));
    g_assert_true (corro_records_load (demo, &error));
    g_assert_true (corro_demo_fill (demo, "cosp", &error));
    g_assert_no_error (error);
  }

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_window_set_default_size (window, 1100, 760);
  records = corro_application_get_records (app);
  groups = corro_records_get_groups (records);
  group = g_list_model_get_item (groups, 0);
  corro_window_open_group (CORRO_WINDOW (window), group);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  n_before = g_list_model_get_n_items (corro_group_get_participants (group));
  g_assert_cmpuint (n_before, >, 1);
  victim = g_list_model_get_item (corro_group_get_participants (group), 0);
  id = corro_participant_get_id (victim);

  /* As the row's menu does. */
  gtk_widget_activate_action (corro_window_get_group_page (CORRO_WINDOW (window)),
                              "group.erase-person", "x", id);
  spin_until (has_message_dialog, NULL);
  dialog = ADW_MESSAGE_DIALOG (corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog),
                            corro_participant_get_name (victim)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            _("What stays: a destruction record saying when and by whom a "
                              "record was erased, without anything of theirs. Backups made "
                              "before now still hold their records until they are replaced.")));
  mentions_said = strstr (adw_message_dialog_get_body (dialog), _("full name")) != NULL ||
                  strstr (adw_message_dialog_get_body (dialog), "nombre completo") != NULL;
  g_assert_true (mentions_said);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "erase"));
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  shot = corro_test_save_screenshot (GTK_WIDGET (dialog), "erase-dialog");

  /* Only their exact name enables erasure. */
  entries = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (entries->len, ==, 1);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "someone else");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "erase"));
  gtk_editable_set_text (g_ptr_array_index (entries, 0), corro_participant_get_name (victim));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "erase"));

  adw_message_dialog_response (dialog, "erase");
  g_object_set_data (G_OBJECT (group), "erased", GSIZE_TO_POINTER (id));
  spin_until (has_no_participant, group);
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_participants (group)), ==,
                    n_before - 1);

  /* Gone from the records, not only from the list. */
  {
    g_autoptr(CorroStoreParticipant) row = NULL;

    row = corro_store_get_participant (corro_records_get_store (records), id, &error);
    g_assert_null (row);
    g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  labels = corro_test_find_widgets (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW);
  for (guint i = 0; i < labels->len; i++)
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (labels, i)), !=,
                     corro_participant_get_name (victim));

  corro_test_remove_tree (dir);
}

static void
check_retention_window (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *shot = NULL;
  g_autoptr(GError) error = NULL;
  CorroApplication *app;
  CorroRecords *records;
  GtkWindow *window, *review;
  CorroStoreParticipant orphan = { .name = (char *) "Nadie Grupo" };

  {
    g_autoptr(CorroStore) store = corro_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (corro_store_insert_participant (store, &orphan, &error), >, 0);
  }

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  records = corro_application_get_records (app);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.review-records", NULL);
  review = corro_test_find_toplevel (CORRO_TYPE_RETENTION_WINDOW);
  g_assert_nonnull (review);
  corro_test_wait_for_draw (GTK_WIDGET (review));
  g_assert_cmpuint (corro_retention_window_get_n_rows (CORRO_RETENTION_WINDOW (review)), ==, 1);
  shot = corro_test_save_screenshot (GTK_WIDGET (review), "old-records");
  g_assert_cmpuint (corro_store_get_retention_years (corro_records_get_store (records)), ==, 8);

  corro_test_remove_tree (dir);
}

static gboolean
in_subprocess (void)
{
  if (g_test_subprocess ())
    return TRUE;

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

static void
test_erase_dialog (void)
{
  if (in_subprocess ())
    check_erase_dialog ();
}

static void
test_retention_window (void)
{
  if (in_subprocess ())
    check_retention_window ();
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

  g_test_add_func ("/rights-ui/erase-dialog", test_erase_dialog);
  g_test_add_func ("/rights-ui/retention-window", test_retention_window);

  return g_test_run ();
}
