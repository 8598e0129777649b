/* test-window.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application and windows under Xvfb, in the language of $LANGUAGE.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "corro-application.h"
#include "corro-backup.h"
#include "corro-chapter.h"
#include "corro-chapter-row.h"
#include "corro-database.h"
#include "corro-demo.h"
#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-recovery-window.h"
#include "corro-store.h"
#include "corro-test-util.h"
#include "corro-window.h"

typedef struct {
  const char *language;
  const char *chapters[8];
  const char *other_first;
  const char *programme_page;
  const char *groups_page;
  const char *no_groups;
  const char *damaged_headline;
  const char *programme_subtitle;
} Expected;

static const Expected english = {
  "en",
  { "Welcome to the Circle of Security", "Exploring our children’s needs",
    "Being-With on the Circle", "Being-With infants on the Circle", "The path to security",
    "Exploring our struggles", "Rupture and repair", "Summary and celebration" },
  "Bienvenida al Círculo de Seguridad",
  "Programme",
  "Groups",
  "No Groups Yet",
  "The Records File Is Damaged",
  "8 chapters, one session a week",
};

static const Expected spanish = {
  "es",
  { "Bienvenida al Círculo de Seguridad", "Explorando las necesidades de nuestros hijos",
    "Estar-con en el Círculo", "Estar-con los bebés en el Círculo",
    "El camino hacia la seguridad", "Explorando nuestras dificultades",
    "Ruptura y reparación", "Resumen y celebración" },
  "Welcome to the Circle of Security",
  "Programa",
  "Grupos",
  "Aún no hay grupos",
  "El archivo de registros está dañado",
  "8 capítulos, una sesión por semana",
};

static const Expected *
expected (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language != NULL && g_str_has_prefix (language, "es") ? &spanish : &english;
}

/* Each case runs in a process of its own: an application registers once per process. */
static void
stop_app (CorroApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (app);
}

static const char *
label_text_in (GtkWidget  *root,
               const char *text)
{
  g_autoptr(GPtrArray) labels = corro_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) == 0 &&
          gtk_widget_is_drawable (label))
        return text;
    }

  return NULL;
}

static void
check_main_window (void)
{
  const Expected *want = expected ();

  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *name = g_strdup_printf ("main-window-%s.png", want->language);
  g_autofree char *groups_name = g_strdup_printf ("groups-empty-%s.png", want->language);
  g_autofree char *shot = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  CorroApplication *app;
  GtkWindow *window;

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CORRO_IS_WINDOW (window));
  gtk_window_set_default_size (window, 1100, 720);
  corro_test_wait_for_draw (GTK_WIDGET (window));

  /* The programme's 8 chapters, in order, titled in the content language. */
  g_assert_cmpstr (corro_window_get_visible_page (CORRO_WINDOW (window)), ==, "programme");
  rows = corro_test_find_widgets (GTK_WIDGET (window), CORRO_TYPE_CHAPTER_ROW);
  g_assert_cmpuint (rows->len, ==, 8);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);
      CorroChapter *chapter = corro_chapter_row_get_chapter (CORRO_CHAPTER_ROW (row));

      g_assert_cmpuint (corro_chapter_get_number (chapter), ==, i + 1);
      g_assert_cmpstr (adw_preferences_row_get_title (row), ==, want->chapters[i]);
      g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (row)));
    }
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   want->other_first);

  /* The interface itself speaks the language too. */
  g_assert_nonnull (label_text_in (GTK_WIDGET (window), want->programme_page));
  g_assert_nonnull (label_text_in (GTK_WIDGET (window), want->programme_subtitle));

  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);
  g_test_message ("screenshot: %s", shot);
  g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));

  /* Groups: an honest empty state, reached from the keyboard shortcut's action. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (corro_window_get_visible_page (CORRO_WINDOW (window)), ==, "groups");
  g_assert_nonnull (label_text_in (GTK_WIDGET (window), want->no_groups));
  g_free (shot);
  shot = corro_test_save_screenshot (GTK_WIDGET (window), groups_name);

  stop_app (app);
  corro_test_remove_tree (dir);
}

/* The file Corro set aside in @dir, under its dated name. */
static char *
find_set_aside (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *entry;

  while ((entry = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (entry, "corro.db.set-aside-") && !g_str_has_suffix (entry, "-wal") &&
        !g_str_has_suffix (entry, "-shm"))
      return g_build_filename (dir, entry, NULL);
  return NULL;
}

static void
check_damaged_database (void)
{
  const Expected *want = expected ();

  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *name = g_strdup_printf ("recovery-window-%s.png", want->language);
  g_autofree char *shot = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) now = NULL;
  g_autofree char *set_aside = NULL;
  CorroApplication *app;
  GtkWindow *window;

  corro_test_write_random (path, 32 * 1024);
  original = corro_test_read_bytes (path);

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CORRO_IS_RECOVERY_WINDOW (window));
  corro_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (corro_recovery_window_get_headline (CORRO_RECOVERY_WINDOW (window)), ==,
                   want->damaged_headline);
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);

  /* Showing the problem changed nothing. */
  now = corro_test_read_bytes (path);
  g_assert_true (g_bytes_equal (original, now));
  g_clear_pointer (&now, g_bytes_unref);

  /* Set aside and start empty: the main window opens on a new database, and the
   * damaged file is still there, byte for byte, under its new name. */
  gtk_widget_activate_action (GTK_WIDGET (window), "recovery.start-fresh", NULL);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CORRO_IS_WINDOW (window));
  g_assert_true (corro_database_check (path, NULL));

  set_aside = find_set_aside (dir);
  g_assert_nonnull (set_aside);
  now = corro_test_read_bytes (set_aside);
  g_assert_true (g_bytes_equal (original, now));

  stop_app (app);
  corro_test_remove_tree (dir);
}

static gboolean
has_dialog (CorroApplication *app)
{
  return corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
wait_until (gboolean (*done) (CorroApplication *),
            CorroApplication *app)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (app) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
has_two_programmes (CorroApplication *app)
{
  return g_list_model_get_n_items (G_LIST_MODEL (corro_application_get_library (app))) == 2;
}

static void
check_import (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *good = g_build_filename (dir, "ours.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(CorroProgramme) ours = corro_programme_new_default ();
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CorroApplication *app;
  GtkWindow *window;

  /* A team's own adaptation: another id and title. */
  corro_programme_set_id (ours, "hackney-2026");
  corro_programme_set_title (ours, "en", "Our circle, 2026");
  corro_programme_set_title (ours, "es", "Nuestro círculo, 2026");
  g_assert_true (corro_programme_format_write_file (ours, good_file, &error));
  g_assert_no_error (error);
  text = corro_programme_format_to_string (ours);
  text[strlen (text) / 2] = '\0';
  g_file_set_contents (bad, text, -1, &error);
  g_assert_no_error (error);

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  corro_test_wait_for_draw (GTK_WIDGET (window));

  /* A broken file: a dialog says why, and nothing is kept. */
  corro_window_import_programme (CORRO_WINDOW (window), bad_file);
  wait_until (has_dialog, app);
  g_assert_true (has_dialog (app));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corro_application_get_library (app))),
                    ==, 1);

  /* A good one with a new id is kept beside the default. */
  corro_window_import_programme (CORRO_WINDOW (window), good_file);
  wait_until (has_two_programmes, app);
  g_assert_true (has_two_programmes (app));
  g_assert_nonnull (corro_programme_library_get_programme (corro_application_get_library (app),
                                                           "hackney-2026"));

  stop_app (app);
  corro_test_remove_tree (dir);
}

static AdwMessageDialog *
dialog_titled (const char *heading)
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
asks_passphrase (CorroApplication *app)
{
  return dialog_titled (_("Passphrase")) != NULL;
}

static gboolean
asks_to_restore (CorroApplication *app)
{
  return dialog_titled (_("Restore This Backup?")) != NULL;
}

static gboolean
shows_restored_records (CorroApplication *app)
{
  CorroRecords *records = corro_application_get_records (app);

  return CORRO_IS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app))) &&
         records != NULL && g_list_model_get_n_items (corro_records_get_groups (records)) > 0;
}

/* The recovery window restores an encrypted backup: it asks for the passphrase, says what
 * the backup holds, and opens it in the main window; the damaged file is kept aside. */
static void
check_restore_from_recovery (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "other" CORRO_BACKUP_SUFFIX, NULL);
  g_autofree char *set_aside = NULL;
  g_autofree char *groups = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) now = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  CorroApplication *app;
  GtkWindow *window;

  {
    g_autoptr(CorroStore) store = corro_store_open (other, &error);
    g_autoptr(CorroProgrammeLibrary) library = NULL;
    g_autoptr(CorroRecords) records = NULL;

    g_assert_no_error (error);
    library = corro_programme_library_new (store);
    g_assert_true (corro_programme_library_load (library, &error));
    records = corro_records_new (store);
    g_assert_true (corro_records_load (records, &error));
    g_assert_true (corro_demo_fill (records, "cosp", &error));
  }
  g_assert_true (corro_backup_write (other, backup, "our team's phrase", NULL, &error));
  g_assert_no_error (error);

  corro_test_write_random (path, 32 * 1024);
  original = corro_test_read_bytes (path);
  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CORRO_IS_RECOVERY_WINDOW (window));

  /* As choosing the file would: the passphrase first. */
  corro_recovery_window_restore (CORRO_RECOVERY_WINDOW (window), backup);
  wait_until (asks_passphrase, app);
  dialog = dialog_titled (_("Passphrase"));
  g_assert_nonnull (dialog);
  entries = corro_test_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_PASSWORD_ENTRY);
  g_assert_cmpuint (entries->len, ==, 1);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "our team's phrase");
  adw_message_dialog_response (dialog, "continue");

  /* Then what it holds, before anything changes. */
  wait_until (asks_to_restore, app);
  dialog = dialog_titled (_("Restore This Backup?"));
  g_assert_nonnull (dialog);
  groups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u group", "%u groups", 3), 3);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), groups));
  now = corro_test_read_bytes (path);
  g_assert_true (g_bytes_equal (original, now));
  g_clear_pointer (&now, g_bytes_unref);

  adw_message_dialog_response (dialog, "restore");
  wait_until (shows_restored_records, app);
  g_assert_true (shows_restored_records (app));
  g_assert_true (corro_database_check (path, NULL));

  set_aside = find_set_aside (dir);
  g_assert_nonnull (set_aside);
  now = corro_test_read_bytes (set_aside);
  g_assert_true (g_bytes_equal (original, now));

  stop_app (app);
  corro_test_remove_tree (dir);
}

static void
test_restore_from_recovery (void)
{
  if (corro_test_in_subprocess (30))
    check_restore_from_recovery ();
}

static void
test_main_window (void)
{
  if (corro_test_in_subprocess (30))
    check_main_window ();
}

static void
test_damaged_database (void)
{
  if (corro_test_in_subprocess (30))
    check_damaged_database ();
}

static void
test_import (void)
{
  if (corro_test_in_subprocess (30))
    check_import ();
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

  g_test_add_func ("/window/main", test_main_window);
  g_test_add_func ("/window/damaged-database", test_damaged_database);
  g_test_add_func ("/window/restore-from-recovery", test_restore_from_recovery);
  g_test_add_func ("/window/import-programme", test_import);

  return g_test_run ();
}
