/* test-fits.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fits the laptops staff have: run on an Xvfb screen of 1024×600 or 800×600 (meson runs
 * both, in English and Spanish), every dialog, and the main window on each of its pages,
 * is no wider and no taller than the screen, and could not be made to fit (its minimum
 * size is larger) fails too. Each window's size, minimum and natural, is printed, and a
 * screenshot of it saved.
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-fit-screen.h"
#include "corro-group.h"
#include "corro-group-page.h"
#include "corro-held-dialog.h"
#include "corro-participant.h"
#include "corro-preferences-window.h"
#include "corro-records.h"
#include "corro-recovery-window.h"
#include "corro-retention-window.h"
#include "corro-session.h"
#include "corro-sign-in-export.h"
#include "corro-test-util.h"
#include "corro-window.h"

static GdkRectangle screen;

static void
iterate_for (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static void
read_screen (void)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);

  g_assert_nonnull (monitor);
  gdk_monitor_get_geometry (monitor, &screen);
}

/* @window, shown: no larger than the screen, nor needing to be; a dialog (@room) leaves
 * CORRO_FIT_SCREEN_MARGIN pixels of height for the desktop's bars (a top bar, a panel),
 * as a maximized main window need not (the desktop fits it between them). */
static void
check_fits (GtkWindow  *window,
            const char *what,
            gboolean    room)
{
  int margin = room ? CORRO_FIT_SCREEN_MARGIN : 0;
  g_autofree char *name = NULL;
  g_autofree char *shot = NULL;
  int width, height, min_width, nat_width, min_height, nat_height;

  corro_test_wait_for_draw (GTK_WIDGET (window));
  iterate_for (100);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width,
                      &nat_width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, width, &min_height,
                      &nat_height, NULL, NULL);
  /* On stderr: a subprocess's test messages are not shown. */
  g_printerr ("fits: %s on %dx%d: shown %dx%d, minimum %dx%d, natural %dx%d\n", what,
                  screen.width, screen.height, width, height, min_width, min_height,
                  nat_width, nat_height);
  name = g_strdup_printf ("fits-%s-%dx%d-%s.png", what, screen.width, screen.height,
                          g_getenv ("LANGUAGE"));
  shot = corro_test_save_screenshot (GTK_WIDGET (window), name);

  if (width > screen.width || height > screen.height - margin ||
      min_width > screen.width || min_height > screen.height - margin)
    g_error ("%s does not fit a %dx%d screen with %d pixels of height for the desktop: %dx%d "
             "(minimum %dx%d)", what, screen.width, screen.height, margin, width, height,
             min_width, min_height);
}

static void
check_and_close (GtkWindow  *window,
                 const char *what)
{
  check_fits (window, what, TRUE);
  gtk_window_destroy (window);
  iterate_for (100);
}

static GtkWindow *
wait_for_message_dialog (void)
{
  return corro_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static void
check_main_window (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  CorroApplication *app;
  CorroWindow *window;
  CorroRecords *records;
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroSession) session = NULL;
  g_autoptr(CorroParticipant) participant = NULL;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  read_screen ();
  records = corro_application_get_records (app);
  window = CORRO_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  /* As large as the screen lets it be: its own first size is cut to the screen. */
  check_fits (GTK_WINDOW (window), "window", TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), screen.width, screen.height);

  corro_window_set_visible_page (window, "programme");
  check_fits (GTK_WINDOW (window), "programme", FALSE);
  corro_window_open_chapter (window, 1);
  check_fits (GTK_WINDOW (window), "chapter", FALSE);
  corro_window_set_visible_page (window, "clips");
  check_fits (GTK_WINDOW (window), "clips", FALSE);
  corro_window_set_visible_page (window, "reports");
  check_fits (GTK_WINDOW (window), "reports", FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  check_fits (GTK_WINDOW (window), "search", FALSE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  check_fits (GTK_WINDOW (window), "groups", FALSE);
  group = g_list_model_get_item (corro_records_get_groups (records), 0);
  corro_window_open_group (window, group);
  check_fits (GTK_WINDOW (window), "group", FALSE);
  session = g_list_model_get_item (corro_group_get_sessions (group), 0);
  corro_window_open_session (window, group, session, "attendance");
  check_fits (GTK_WINDOW (window), "session-attendance", FALSE);
  corro_window_open_session (window, group, session, "notes");
  check_fits (GTK_WINDOW (window), "session-notes", FALSE);
  participant = g_list_model_get_item (corro_group_get_participants (group), 0);
  corro_window_open_person (window, corro_participant_get_id (participant));
  check_fits (GTK_WINDOW (window), "person", FALSE);

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

static void
check_dialogs (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "referrals.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  CorroApplication *app;
  GtkWindow *window;
  CorroRecords *records;
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroSession) session = NULL;
  g_autoptr(CorroParticipant) participant = NULL;
  GtkWidget *page;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  read_screen ();
  records = corro_application_get_records (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-group", NULL);
  check_and_close (corro_test_wait_for_toplevel (ADW_TYPE_WINDOW), "new-group");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  check_and_close (corro_test_wait_for_toplevel (ADW_TYPE_PREFERENCES_WINDOW), "preferences");

  {
    GtkWidget *retention = corro_retention_window_new (window, records);

    gtk_window_present (GTK_WINDOW (retention));
    check_and_close (GTK_WINDOW (retention), "retention");
  }
  {
    g_autoptr(GError) damaged = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                     "file is not a database");
    CorroRecoveryWindow *recovery = corro_recovery_window_new (app, path, damaged);

    gtk_window_present (GTK_WINDOW (recovery));
    check_and_close (GTK_WINDOW (recovery), "recovery");
  }

  group = g_list_model_get_item (corro_records_get_groups (records), 0);
  corro_window_open_group (CORRO_WINDOW (window), group);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  page = corro_window_get_group_page (CORRO_WINDOW (window));

  gtk_widget_activate_action (page, "group.edit-details", NULL);
  check_and_close (corro_test_wait_for_toplevel (ADW_TYPE_WINDOW), "group-details");
  gtk_widget_activate_action (page, "group.add-participant", NULL);
  check_and_close (wait_for_message_dialog (), "add-participant");

  session = g_list_model_get_item (corro_group_get_sessions (group), 1);
  gtk_widget_activate_action (page, "group.move-session", "x", corro_session_get_id (session));
  check_and_close (wait_for_message_dialog (), "move-session");
  gtk_widget_activate_action (page, "group.extra-session", "x", corro_session_get_id (session));
  check_and_close (wait_for_message_dialog (), "extra-meeting");
  {
    GtkWidget *held = corro_held_dialog_new_for_session (window, records, group, session);

    gtk_window_present (GTK_WINDOW (held));
    check_and_close (GTK_WINDOW (held), "held");
  }

  /* The sign-in sheet, from the group page: where to save it (GTK's own chooser when
   * no portal runs), then the PDF written. */
  gtk_widget_activate_action (page, "group.sign-in-sheet", NULL);
  check_and_close (corro_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG),
                   "sign-in-chooser");
  gtk_widget_activate_action (page, "group.session-sign-in-sheet", "x",
                              corro_session_get_id (session));
  check_and_close (corro_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG),
                   "session-sign-in-chooser");
  {
    g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (pdf);
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    corro_sign_in_export_to (page, group, NULL, file);
    while (!g_file_test (pdf, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
    iterate_for (200);
  }

  participant = g_list_model_get_item (corro_group_get_participants (group), 0);
  gtk_widget_activate_action (page, "group.edit-enrolment", "x",
                              corro_participant_get_id (participant));
  check_and_close (wait_for_message_dialog (), "enrolment");
  gtk_widget_activate_action (page, "group.erase-person", "x",
                              corro_participant_get_id (participant));
  check_and_close (wait_for_message_dialog (), "erase");

  g_file_set_contents (csv, "name,relationship,child_age\n"
                            "Lucía Núñez,mother,18m\nJoaquín Peña,father,2\n"
                            "Ana Ruiz,mother,3\nBea Sol,other,4\nCarla Paz,mother,1\n"
                            "Dora Luz,father,2\nEva Mar,mother,3\nFe Río,mother,4\n", -1, &error);
  g_assert_no_error (error);
  corro_group_page_import_referrals (CORRO_GROUP_PAGE (page), csv_file);
  check_and_close (wait_for_message_dialog (), "import-referrals");

  corro_window_open_person (CORRO_WINDOW (window), corro_participant_get_id (participant));
  corro_test_wait_for_draw (GTK_WIDGET (window));
  gtk_widget_activate_action (corro_window_get_person_page (CORRO_WINDOW (window)),
                              "person.merge", NULL);
  check_and_close (wait_for_message_dialog (), "merge");

  gtk_widget_activate_action (GTK_WIDGET (window), "app.about", NULL);
  check_and_close (corro_test_wait_for_toplevel (ADW_TYPE_ABOUT_WINDOW), "about");

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

static void
test_main_window (void)
{
  if (corro_test_in_subprocess (120))
    check_main_window ();
}

static void
test_dialogs (void)
{
  if (corro_test_in_subprocess (120))
    check_dialogs ();
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

  g_test_add_func ("/fits/main-window", test_main_window);
  g_test_add_func ("/fits/dialogs", test_dialogs);

  return g_test_run ();
}
