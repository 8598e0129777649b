/* test-typed-text.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing typed is lost by a key: in the real application under Xvfb, Escape (pressed on
 * the X server with xdotool) in a half-filled New Group dialog and in the enrolment
 * dialog asks "Discard the text you typed?", Escape again keeps editing with the text
 * still there; an empty dialog closes at once. A contact note typed with "No contact to
 * log" cannot be saved silently: Save waits, saying why, and keeps it once a kind of
 * contact is chosen.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-store-records.h"
#include "corro-test-util.h"
#include "corro-window.h"

static void
iterate_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* A visible message dialog other than @other, waiting up to 10 s when @wait. */
static AdwMessageDialog *
find_question (GtkWindow *other,
               gboolean   wait)
{
  gint64 deadline = g_get_monotonic_time () + (wait ? 10 : 0) * G_USEC_PER_SEC;

  do
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (window) && window != other
              && gtk_widget_get_visible (GTK_WIDGET (window)))
            return ADW_MESSAGE_DIALOG (window);
        }
      g_main_context_iteration (NULL, FALSE);
    }
  while (g_get_monotonic_time () < deadline);

  return NULL;
}

static void
press (GtkWindow  *window,
       const char *key)
{
  corro_test_focus_window (window);
  corro_test_xdotool ((const char *[]) { "key", key, NULL });
}

/* Escape on @dialog holding typed text asks; Escape on the question keeps editing. */
static void
check_escape_asks (GtkWindow  *dialog,
                   GtkEditable *entry,
                   const char  *typed)
{
  AdwMessageDialog *question;

  press (dialog, "Escape");
  question = find_question (dialog, TRUE);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==,
                   _("Discard the Text You Typed?"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, "keep");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  press (GTK_WINDOW (question), "Escape");
  iterate_for (300);
  g_assert_null (find_question (dialog, FALSE));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, typed);
}

static void
check_new_group (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GPtrArray) entries = NULL;
  CorroApplication *app = corro_test_start_app (path);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWindow *dialog;
  AdwMessageDialog *question;
  GtkEditable *name;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));

  /* Empty: Escape closes at once, nothing to ask. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-group", NULL);
  dialog = corro_test_wait_for_toplevel (ADW_TYPE_WINDOW);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  press (dialog, "Escape");
  iterate_for (300);
  g_assert_null (find_question (NULL, FALSE));
  {
    gboolean open = FALSE;
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

        open |= other != window && gtk_widget_get_visible (GTK_WIDGET (other));
      }
    g_assert_false (open);
  }

  /* Half filled: a name typed with real keys. Escape asks; Keep Editing keeps it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-group", NULL);
  dialog = corro_test_wait_for_toplevel (ADW_TYPE_WINDOW);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  entries = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  name = GTK_EDITABLE (g_ptr_array_index (entries, 0));
  corro_test_focus_window (dialog);
  gtk_widget_grab_focus (GTK_WIDGET (name));
  corro_test_xdotool ((const char *[]) { "type", "--delay", "20", "Martes", NULL });
  iterate_for (300);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Martes");
  check_escape_asks (dialog, name, "Martes");

  /* Discard, when chosen, closes it and makes no group. */
  press (dialog, "Escape");
  question = find_question (dialog, TRUE);
  adw_message_dialog_response (question, "discard");
  iterate_for (300);
  g_assert_null (corro_test_find_toplevel (ADW_TYPE_WINDOW));
  g_assert_null (find_question (NULL, FALSE));
  g_assert_cmpuint (g_list_model_get_n_items (
                      corro_records_get_groups (corro_application_get_records (app))), ==, 0);

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

static void
check_enrolment (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroParticipant) participant = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) combos = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  CorroApplication *app;
  CorroRecords *records;
  GtkWindow *window;
  AdwMessageDialog *dialog;
  GtkEditable *note;
  const char *said = "Confirmó por teléfono";
  guint n_contacts;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  records = corro_application_get_records (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  group = g_list_model_get_item (corro_records_get_groups (records), 0);
  corro_records_load_group (records, group, &error);
  g_assert_no_error (error);
  participant = g_list_model_get_item (corro_group_get_participants (group), 0);
  g_assert_nonnull (participant);
  contacts = corro_records_list_contacts (records, participant, &error);
  g_assert_no_error (error);
  n_contacts = contacts->len;
  g_clear_pointer (&contacts, g_ptr_array_unref);
  corro_window_open_group (CORRO_WINDOW (window), group);
  corro_test_wait_for_draw (GTK_WIDGET (window));

  gtk_widget_activate_action (corro_window_get_group_page (CORRO_WINDOW (window)),
                              "group.edit-enrolment", "x",
                              corro_participant_get_id (participant));
  dialog = find_question (NULL, TRUE);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  entries = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  combos = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpuint (combos->len, ==, 2);
  note = GTK_EDITABLE (g_ptr_array_index (entries, 1));

  /* What was said, typed with "No contact to log": Save waits and says why. */
  g_assert_cmpuint (adw_combo_row_get_selected (g_ptr_array_index (combos, 1)), ==, 0);
  corro_test_focus_window (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (note));
  gtk_editable_set_text (note, said);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   _("To keep what was said, choose how the contact was made."));

  /* Escape asks, and Keep Editing keeps the note. */
  check_escape_asks (GTK_WINDOW (dialog), note, said);

  /* By phone: Save keeps the contact with what was said. */
  adw_combo_row_set_selected (g_ptr_array_index (combos, 1), 1);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "save");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate_for (300);
  contacts = corro_records_list_contacts (records, participant, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, n_contacts + 1);
  g_assert_cmpstr (((CorroStoreContact *) g_ptr_array_index (contacts, contacts->len - 1))->note,
                   ==, said);

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

static gboolean
in_subprocess (void)
{
  if (g_test_subprocess ())
    return TRUE;

  g_test_trap_subprocess (NULL, 90 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

static void
test_new_group (void)
{
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("no xdotool or no X display: Escape cannot be pressed");
      return;
    }
  if (in_subprocess ())
    check_new_group ();
}

static void
test_enrolment (void)
{
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("no xdotool or no X display: Escape cannot be pressed");
      return;
    }
  if (in_subprocess ())
    check_enrolment ();
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
  gtk_init ();

  g_test_add_func ("/typed-text/new-group-escape", test_new_group);
  g_test_add_func ("/typed-text/enrolment-escape", test_enrolment);

  return g_test_run ();
}
