/* test-preferences.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Backups page of the real preferences window under Xvfb: a backup to a file, an
 * encrypted backup from another computer refused with a wrong passphrase and then
 * restored, after a dialog saying what it holds; the window then shows the restored
 * records and the records that were there are kept aside. The file choosers are the
 * desktop's own, so the test hands the window the chosen file as the chooser would.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "corro-application.h"
#include "corro-auto-backup.h"
#include "corro-backup.h"
#include "corro-group.h"
#include "corro-preferences-window.h"
#include "corro-records.h"
#include "corro-reflection.h"
#include "corro-session.h"
#include "corro-test-util.h"
#include "corro-window.h"

#define PASSPHRASE "two laptops, one team"

static void
run_corro (const char *passphrase,
           const char *first_arg,
           ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CORRO_EXE"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (passphrase != NULL)
    g_subprocess_launcher_setenv (launcher, "CORRO_PASSPHRASE", passphrase, TRUE);
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  corro_test_assert_clean_log (err, "corro");
  g_subprocess_wait_check (child, NULL, &error);
  g_assert_no_error (error);
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *action)
{
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (root, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (rows, i)), action) == 0)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static void
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

static gboolean
is_sensitive (gpointer widget)
{
  return gtk_widget_get_sensitive (widget);
}

static gboolean
has_dialog (gpointer unused)
{
  return corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
has_main_window (gpointer app)
{
  GtkWindow *window = gtk_application_get_active_window (app);

  return CORRO_IS_WINDOW (window) && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
has_three_groups (gpointer app)
{
  CorroRecords *records = corro_application_get_records (app);

  return records != NULL && g_list_model_get_n_items (corro_records_get_groups (records)) == 3;
}

static guint
count_groups (CorroApplication *app)
{
  return g_list_model_get_n_items (corro_records_get_groups (corro_application_get_records (app)));
}

/* Whether the main window lists a group of that name, as a row a person can see. */
static gboolean
window_lists_group (GtkWindow  *window,
                    const char *name)
{
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (rows, i)) &&
        g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), name) == 0)
      return TRUE;
  return FALSE;
}

static void
check_backup_and_restore (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other-laptop.db", NULL);
  g_autofree char *carried = g_build_filename (dir, "carried" CORRO_BACKUP_SUFFIX, NULL);
  g_autofree char *mine = g_build_filename (dir, "mine" CORRO_BACKUP_SUFFIX, NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) now = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *records_before = NULL;
  g_autofree char *records_aside = NULL;
  CorroPreferencesWindow *prefs;
  CorroApplication *app;
  GtkWindow *window;
  GtkWidget *restore_row;
  const char *body;
  const char *entry;

  /* Another computer's records, carried over as an encrypted backup. */
  run_corro (NULL, "--database", other, "--demo", NULL);
  run_corro (PASSPHRASE, "--database", other, "--backup", carried, "--encrypt", NULL);

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_cmpuint (count_groups (app), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  prefs = CORRO_PREFERENCES_WINDOW (corro_test_find_toplevel (CORRO_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (prefs);
  corro_test_wait_for_draw (GTK_WIDGET (prefs));
  shot = corro_test_save_screenshot (GTK_WIDGET (prefs), "preferences-backups");
  g_test_message ("screenshot: %s", shot);

  /* Back Up Now, to a file of one's own. */
  restore_row = find_row (GTK_WIDGET (prefs), "prefs.restore");
  corro_preferences_window_back_up_to (prefs, mine, NULL);
  g_assert_false (gtk_widget_get_sensitive (restore_row));   /* busy */
  wait_for (is_sensitive, restore_row);
  g_assert_true (g_file_test (mine, G_FILE_TEST_IS_REGULAR));
  g_assert_false (corro_backup_is_encrypted (mine, NULL));

  /* A wrong passphrase restores nothing and asks nothing. */
  before = corro_test_read_bytes (path);
  corro_preferences_window_restore_from (prefs, carried, "two laptops, one teem");
  wait_for (is_sensitive, restore_row);
  g_assert_false (has_dialog (NULL));
  now = corro_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, now));

  /* The right one: a dialog says what the backup holds before anything changes. */
  corro_preferences_window_restore_from (prefs, carried, PASSPHRASE);
  wait_for (has_dialog, NULL);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (
    corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  g_test_message ("%s", body);
  groups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u group", "%u groups", 3), 3);
  g_assert_nonnull (strstr (body, groups));
  g_clear_pointer (&shot, g_free);
  corro_test_wait_for_draw (GTK_WIDGET (corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  shot = corro_test_save_screenshot (GTK_WIDGET (corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)),
                                     "preferences-restore-dialog");
  g_clear_pointer (&now, g_bytes_unref);
  now = corro_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, now));

  records_before = corro_test_dump_database (path);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (
    corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "restore");
  wait_for (has_three_groups, app);
  wait_for (has_main_window, app);

  /* The old main window, on the old records, is gone; a new one shows the restored
   * records: every group of the backup is listed in it. */
  g_assert_null (window);
  g_assert_cmpuint (count_groups (app), ==, 3);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  for (guint i = 0; i < 3; i++)
    {
      GListModel *restored = corro_records_get_groups (corro_application_get_records (app));
      g_autoptr(CorroGroup) group = g_list_model_get_item (restored, i);

      g_assert_true (window_lists_group (window, corro_group_get_name (group)));
    }
  g_clear_pointer (&shot, g_free);
  shot = corro_test_save_screenshot (GTK_WIDGET (window), "preferences-restored");

  /* The records that were there are kept aside, the same records. */
  listing = g_dir_open (dir, 0, NULL);
  while ((entry = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (entry, "corro.db.set-aside-") && !g_str_has_suffix (entry, "-wal") &&
        !g_str_has_suffix (entry, "-shm"))
      aside = g_build_filename (dir, entry, NULL);
  g_assert_nonnull (aside);
  records_aside = corro_test_dump_database (aside);
  g_assert_cmpstr (records_aside, ==, records_before);

  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    gtk_window_destroy (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (app);
  corro_test_remove_tree (dir);
}

static void
test_backup_and_restore (void)
{
  if (corro_test_in_subprocess (60))
    check_backup_and_restore ();
}

static guint
count_automatic_backups (const char *database)
{
  g_autofree char *folder = corro_auto_backup_dup_folder (database, NULL);
  g_autoptr(GPtrArray) backups = corro_auto_backup_list (folder, database);

  return backups->len;
}

static void
close_and_settle (CorroApplication *app)
{
  gint64 until;

  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    gtk_window_close (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Closing Corro the first time in a day leaves an automatic backup of the records beside
 * them, the same records (the other tests switch automatic backups off). */
static void
check_backup_on_quit (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *folder = NULL;
  g_autofree char *records = NULL;
  g_autofree char *backed_up = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  CorroApplication *app;
  gint64 deadline;

  run_corro (NULL, "--database", path, "--demo", NULL);

  app = corro_test_start_app (path);
  g_settings_set_boolean (corro_application_get_settings (app), "automatic-backups", TRUE);
  g_assert_cmpuint (count_automatic_backups (path), ==, 0);
  records = corro_test_dump_database (path);
  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    gtk_window_close (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (count_automatic_backups (path) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  close_and_settle (app);
  g_object_unref (app);

  folder = corro_auto_backup_dup_folder (path, NULL);
  backups = corro_auto_backup_list (folder, path);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_false (corro_backup_is_encrypted (g_ptr_array_index (backups, 0), NULL));
  backed_up = corro_test_dump_database (g_ptr_array_index (backups, 0));
  g_assert_cmpstr (backed_up, ==, records);

  corro_test_remove_tree (dir);
}

static void
test_backup_on_quit (void)
{
  if (corro_test_in_subprocess (60))
    check_backup_on_quit ();
}

/* Finalises a new session note on the first session of a group through the records,
 * as the note editor does, and returns who the note says finalised it. */
static char *
finalise_a_note (CorroApplication *app)
{
  CorroRecords *records = corro_application_get_records (app);
  GListModel *groups = corro_records_get_groups (records);
  g_autoptr(CorroSession) session = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  for (guint i = 0; session == NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);

      g_assert_true (corro_records_load_group (records, group, &error));
      g_assert_no_error (error);
      session = g_list_model_get_item (corro_group_get_sessions (group), 0);
    }
  g_assert_nonnull (session);
  id = corro_test_add_note (corro_records_get_store (records), CORRO_REFLECTION_SESSION,
                            corro_session_get_id (session), 0, "Una nota para finalizar.");
  notes = corro_records_load_session_notes (records, session, CORRO_NOTE_SCOPE_RECORDS, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(CorroReflection) note = g_list_model_get_item (notes, i);
      g_autoptr(CorroStoreReflection) row = NULL;

      if (corro_reflection_get_id (note) != id)
        continue;
      g_assert_true (corro_records_finalise_reflection (records, note, &error));
      g_assert_no_error (error);
      row = corro_store_get_reflection (corro_records_get_store (records), id, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (row->finalised_by, ==, corro_reflection_get_finalised_by (note));
      return g_strdup (row->finalised_by);
    }
  g_assert_not_reached ();
}

/* The Notes page: the name typed there (real keys) is the one a note finalised afterwards
 * records; left empty, the computer user's full name, which the page names. */
static void
check_staff_name (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *shot = NULL;
  g_autofree char *by = NULL;
  g_autofree char *user = corro_records_dup_user_full_name ();
  g_autoptr(GPtrArray) rows = NULL;
  CorroPreferencesWindow *prefs;
  CorroApplication *app;
  GtkWindow *window;
  GSettings *settings;
  AdwEntryRow *row = NULL;
  const char *description;

  run_corro (NULL, "--database", path, "--demo", NULL);
  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  settings = corro_application_get_settings (app);
  g_assert_cmpstr (g_settings_get_string (settings, "staff-name"), ==, "");

  /* Nothing set: the computer user's full name. */
  by = finalise_a_note (app);
  g_assert_cmpstr (by, ==, user);
  g_clear_pointer (&by, g_free);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  prefs = CORRO_PREFERENCES_WINDOW (corro_test_find_toplevel (CORRO_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (prefs);
  rows = corro_test_find_widgets (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                   _("Your name, as it appears on notes you finalise")) == 0)
      row = g_ptr_array_index (rows, i);
  g_assert_nonnull (row);
  {
    GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (row), ADW_TYPE_PREFERENCES_GROUP);
    GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (row), ADW_TYPE_PREFERENCES_PAGE);

    description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group));
    g_assert_nonnull (strstr (description, user));
    adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs),
                                             ADW_PREFERENCES_PAGE (page));
  }

  /* Typed with real keys: saved as typed, no button to press. */
  corro_test_wait_for_draw (GTK_WIDGET (prefs));
  corro_test_focus_window (GTK_WINDOW (prefs));
  gtk_widget_grab_focus (GTK_WIDGET (row));
  corro_test_xdotool ((const char *[]) { "type", "--delay", "20", "Ana Facilitadora", NULL });
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    g_autofree char *saved = NULL;

    while (g_get_monotonic_time () < deadline)
      {
        g_free (saved);
        saved = g_settings_get_string (settings, "staff-name");
        if (g_str_equal (saved, "Ana Facilitadora"))
          break;
        g_main_context_iteration (NULL, FALSE);
      }
    g_assert_cmpstr (saved, ==, "Ana Facilitadora");
  }
  corro_test_wait_for_draw (GTK_WIDGET (prefs));
  shot = corro_test_save_screenshot (GTK_WIDGET (prefs), "preferences-notes");
  g_test_message ("screenshot: %s", shot);

  by = finalise_a_note (app);
  g_assert_cmpstr (by, ==, "Ana Facilitadora");
  g_clear_pointer (&by, g_free);

  /* Emptied again (spaces only count as empty): back to the user's full name. */
  gtk_editable_set_text (GTK_EDITABLE (row), "  ");
  by = finalise_a_note (app);
  g_assert_cmpstr (by, ==, user);

  corro_test_remove_tree (dir);
}

static void
test_staff_name (void)
{
  if (corro_test_in_subprocess (60))
    check_staff_name ();
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

  g_test_add_func ("/preferences/backup-and-restore", test_backup_and_restore);
  g_test_add_func ("/preferences/backup-on-quit", test_backup_on_quit);
  g_test_add_func ("/preferences/staff-name", test_staff_name);

  return g_test_run ();
}
