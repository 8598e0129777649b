/* test-long-session.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One long working session in the real application under Xvfb, as the testers ran it
 * when the records were called "damaged" (issue 12): report exports, a plain and an
 * encrypted backup, an encrypted restore after a wrong passphrase (the passphrase dialog
 * shown twice), a person's export, an erasure, then a change of the retention period, an
 * attendance mark and a note written, and quitting, which writes the day's automatic
 * backup (the testers once saw it fail as "damaged" on a healthy file).  Every step must
 * work, on the records the windows show, and nothing may log a WARNING or
 * CRITICAL (the harness fails the test on one).
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-addendum.h"
#include "corro-application.h"
#include "corro-auto-backup.h"
#include "corro-backup.h"
#include "corro-database.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-person-record.h"
#include "corro-preferences-window.h"
#include "corro-reflection.h"
#include "corro-records.h"
#include "corro-report.h"
#include "corro-reports-page.h"
#include "corro-retention-window.h"
#include "corro-session.h"
#include "corro-store-rights.h"
#include "corro-test-util.h"
#include "corro-window.h"

#define PASSPHRASE "a long walk on the beach"

static void
spin_until (gboolean (*done) (gpointer data),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
has_message_dialog (gpointer data)
{
  return corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
has_file_chooser (gpointer data)
{
  return corro_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
is_sensitive (gpointer widget)
{
  return gtk_widget_get_sensitive (widget);
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* The quit-time automatic backup is written, or its failure recorded. */
static gboolean
quit_backup_done (gpointer data)
{
  CorroApplication *app = data;
  g_autofree char *failure = g_settings_get_string (corro_application_get_settings (app),
                                                    "backup-failure");
  g_autofree char *folder = corro_application_dup_backup_folder (app);
  g_autoptr(GPtrArray) backups =
    corro_auto_backup_list (folder, corro_application_get_database_path (app));

  return failure[0] != '\0' || backups->len > 0;
}

static gboolean
has_new_main_window (gpointer data)
{
  CorroApplication *app = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  return CORRO_IS_WINDOW (window) && gtk_widget_get_mapped (GTK_WIDGET (window)) &&
         window != g_object_get_data (G_OBJECT (app), "old-window");
}

static gboolean
report_ready (gpointer page)
{
  return corro_reports_page_get_report (page) != NULL;
}

/* Answers @dialog as its button does: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  settle ();
}

/* A message dialog on screen says something went wrong: fail with what it says. */
static void
assert_no_message_dialog (const char *step)
{
  GtkWindow *dialog = corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  if (dialog != NULL)
    g_error ("after %s a dialog says: %s — %s", step,
             adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
             adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
}

/* Answers the file chooser on screen (the in-process one a native chooser falls back to
 * without a portal) with @path. */
static void
choose_file (const char *path)
{
  GtkWindow *chooser;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;

  spin_until (has_file_chooser, NULL);
  chooser = corro_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder,
                                                          &error));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  else
    g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error));
  g_assert_no_error (error);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

static void
export_reports (CorroWindow *window,
                const char  *dir)
{
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "report.csv", NULL);
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  CorroReport *report;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-reports", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  pages = corro_test_find_widgets (GTK_WIDGET (window), CORRO_TYPE_REPORTS_PAGE);
  g_assert_cmpuint (pages->len, ==, 1);
  spin_until (report_ready, g_ptr_array_index (pages, 0));
  report = corro_reports_page_get_report (g_ptr_array_index (pages, 0));
  /* What the page's Export… does once a file is chosen. */
  g_assert_true (corro_report_save (report, pdf_file, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (corro_report_save (report, csv_file, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
}

static GtkWidget *
find_action_row (GtkWidget  *root,
                 const char *action)
{
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (root, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (rows, i)), action) == 0)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

/* Types @passphrase in the passphrase dialog on screen and continues. */
static void
answer_passphrase (const char *passphrase)
{
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) entries = NULL;

  spin_until (has_message_dialog, NULL);
  dialog = ADW_MESSAGE_DIALOG (corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  entries = corro_test_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_PASSWORD_ENTRY);
  g_assert_cmpuint (entries->len, >=, 1);
  for (guint i = 0; i < entries->len; i++)
    gtk_editable_set_text (g_ptr_array_index (entries, i), passphrase);
  respond (dialog, "continue");
}

static void
check_long_session (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo-en.db", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain" CORRO_BACKUP_SUFFIX, NULL);
  g_autofree char *encrypted = g_build_filename (dir, "locked" CORRO_BACKUP_SUFFIX, NULL);
  g_autofree char *exported = g_build_filename (dir, "person.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroParticipant) exported_person = NULL;
  g_autoptr(CorroParticipant) erased_person = NULL;
  g_autoptr(CorroParticipant) marked_person = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GListModel) notes = NULL;
  CorroSession *session = NULL;
  CorroReflection *note = NULL;
  CorroApplication *app;
  CorroRecords *records;
  CorroWindow *window;
  GtkWindow *prefs, *review;
  GtkWidget *backup_row;
  AdwMessageDialog *dialog;
  GListModel *groups;
  guint n_before;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  window = CORRO_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  corro_test_wait_for_draw (GTK_WIDGET (window));

  /* Report exports. */
  export_reports (window, dir);

  /* The Old Records window, left open the whole time, as a person may. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.review-records", NULL);
  review = corro_test_find_toplevel (CORRO_TYPE_RETENTION_WINDOW);
  g_assert_nonnull (review);
  corro_test_wait_for_draw (GTK_WIDGET (review));

  /* Both kinds of backup, from Preferences: the passphrase dialog twice. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  prefs = corro_test_find_toplevel (CORRO_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  corro_test_wait_for_draw (GTK_WIDGET (prefs));
  backup_row = find_action_row (GTK_WIDGET (prefs), "prefs.back-up");

  gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.back-up", NULL);
  answer_passphrase ("");
  choose_file (plain);
  spin_until (file_exists, plain);
  spin_until (is_sensitive, backup_row);
  assert_no_message_dialog ("the plain backup");
  g_assert_false (corro_backup_is_encrypted (plain, NULL));

  gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.back-up", NULL);
  answer_passphrase (PASSPHRASE);
  choose_file (encrypted);
  spin_until (file_exists, encrypted);
  spin_until (is_sensitive, backup_row);
  assert_no_message_dialog ("the encrypted backup");
  g_assert_true (corro_backup_is_encrypted (encrypted, NULL));

  /* An encrypted restore after a wrong passphrase. */
  /* (As choosing the file and typing its passphrase does; the passphrase dialog was
   * shown twice above.) */
  corro_preferences_window_restore_from (CORRO_PREFERENCES_WINDOW (prefs), encrypted,
                                         "not the passphrase");
  spin_until (is_sensitive, backup_row);
  dialog = ADW_MESSAGE_DIALOG (corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  if (dialog != NULL)      /* what went wrong is said; nothing else happens */
    respond (dialog, "close");
  corro_preferences_window_restore_from (CORRO_PREFERENCES_WINDOW (prefs), encrypted,
                                         PASSPHRASE);
  spin_until (has_message_dialog, NULL);
  g_object_set_data (G_OBJECT (app), "old-window", window);
  respond (ADW_MESSAGE_DIALOG (corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "restore");
  spin_until (has_new_main_window, app);
  g_object_set_data (G_OBJECT (app), "old-window", NULL);
  window = CORRO_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  corro_test_wait_for_draw (GTK_WIDGET (window));
  settle ();
  records = corro_application_get_records (app);

  /* Nothing left on screen may still show (and write to) the records set aside. */
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_RETENTION_WINDOW));
  g_assert_null (corro_test_find_toplevel (CORRO_TYPE_PREFERENCES_WINDOW));

  /* A person's export, from the group page. */
  groups = corro_records_get_groups (records);
  group = g_list_model_get_item (groups, 0);
  corro_window_open_group (window, group);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_participants (group)), >=, 3);
  exported_person = g_list_model_get_item (corro_group_get_participants (group), 0);
  {
    /* What the group page's Export… does once a file is chosen. */
    g_autoptr(CorroPersonRecord) record =
      corro_person_record_load (corro_records_get_store (records),
                                corro_participant_get_id (exported_person), &error);
    g_autoptr(GFile) file = g_file_new_for_path (exported);

    g_assert_no_error (error);
    g_assert_true (corro_person_record_write_json (record, file, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (file_exists (exported));
  }

  /* An erasure, from the group page. */
  n_before = g_list_model_get_n_items (corro_group_get_participants (group));
  erased_person = g_list_model_get_item (corro_group_get_participants (group), 1);
  /* (What the erase dialog does once the name is typed; test-rights-ui drives it.) */
  g_assert_true (corro_records_erase_participant (records, group, erased_person, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (corro_group_get_participants (group)), ==,
                    n_before - 1);
  settle ();
  assert_no_message_dialog ("the erasure");

  /* The retention period, from the Old Records window open now. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.review-records", NULL);
  review = corro_test_find_toplevel (CORRO_TYPE_RETENTION_WINDOW);
  g_assert_nonnull (review);
  corro_test_wait_for_draw (GTK_WIDGET (review));
  spins = corro_test_find_widgets (GTK_WIDGET (review), GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpuint (spins->len, ==, 1);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 9);
  settle ();
  assert_no_message_dialog ("changing the retention period");
  g_assert_cmpuint (corro_store_get_retention_years (corro_records_get_store (records)), ==, 9);
  gtk_window_destroy (review);

  /* An attendance mark and a note, on the records shown. */
  g_assert_true (corro_records_load_group (records, group, &error));
  g_assert_no_error (error);
  session = g_list_model_get_item (corro_group_get_sessions (group), 0);
  marked_person = g_list_model_get_item (corro_group_get_participants (group), 0);
  g_assert_true (corro_records_mark_attendance (records, group, session, marked_person,
                                                CORRO_ATTENDANCE_PRESENT, &error));
  g_assert_no_error (error);
  notes = corro_records_load_session_notes (records, session, CORRO_NOTE_SCOPE_RECORDS, &error);
  g_assert_no_error (error);
  g_assert_nonnull (notes);
  g_assert_cmpuint (g_list_model_get_n_items (notes), >=, 1);
  note = g_list_model_get_item (notes, 0);
  {
    /* The demo's notes are finalised: what is written on one is an addendum. */
    CorroAddendum *addendum =
      corro_records_add_addendum (records, note, "Talked about the circle.", &error);

    g_assert_no_error (error);
    g_assert_nonnull (addendum);
  }
  g_clear_object (&note);
  g_clear_object (&session);

  /* Quitting, the day's first time: the automatic backup of the records as they are now. */
  g_settings_set_boolean (corro_application_get_settings (app), "automatic-backups", TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  spin_until (quit_backup_done, app);
  {
    g_autofree char *failure = g_settings_get_string (corro_application_get_settings (app),
                                                      "backup-failure");
    g_autofree char *folder = corro_application_dup_backup_folder (app);
    g_autoptr(GPtrArray) backups = corro_auto_backup_list (folder, path);

    g_assert_cmpstr (failure, ==, "");
    g_assert_cmpuint (backups->len, ==, 1);
    g_assert_true (corro_database_check (g_ptr_array_index (backups, 0), &error));
    g_assert_no_error (error);
  }

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

static void
test_long_session (void)
{
  if (corro_test_in_subprocess (120))
    check_long_session ();
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

  g_test_add_func ("/long-session/exports-backups-restore-erase-retention-mark",
                   test_long_session);

  return g_test_run ();
}
