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

#include "corro-age-band.h"
#include "corro-age-bands-page.h"
#include "corro-application.h"
#include "corro-group.h"
#include "corro-note-editor.h"
#include "corro-preferences-window.h"
#include "corro-reflection.h"
#include "corro-session.h"
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
  /* The reason, what was said, and when they were referred. */
  g_assert_cmpuint (entries->len, ==, 3);
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

/* Preferences ▸ Age Bands ▸ rename: Escape with nothing changed closes; a changed name
 * asks, is kept by Keep Editing, and thrown away only by Discard. */
static void
check_age_band_rename (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *before = NULL;
  g_autofree char *typed = NULL;
  CorroApplication *app;
  CorroRecords *records;
  GtkWindow *window, *prefs;
  AdwMessageDialog *dialog, *question;
  GtkEditable *english;
  GtkWidget *page;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  records = corro_application_get_records (app);
  before = g_strdup (corro_age_band_get_label_en (corro_records_find_age_band (records, "0-2")));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  prefs = corro_test_wait_for_toplevel (CORRO_TYPE_PREFERENCES_WINDOW);
  pages = corro_test_find_widgets (GTK_WIDGET (prefs), CORRO_TYPE_AGE_BANDS_PAGE);
  g_assert_cmpuint (pages->len, ==, 1);
  page = g_ptr_array_index (pages, 0);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs),
                                           ADW_PREFERENCES_PAGE (page));
  corro_test_wait_for_draw (GTK_WIDGET (prefs));

  /* Nothing changed: Escape closes at once. */
  gtk_widget_activate_action (page, "age-bands.rename", "s", "0-2");
  dialog = find_question (NULL, TRUE);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Rename Age Band"));
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  press (GTK_WINDOW (dialog), "Escape");
  iterate_for (300);
  g_assert_null (find_question (NULL, FALSE));

  /* A name changed with real keys: Escape asks, Keep Editing keeps it. */
  gtk_widget_activate_action (page, "age-bands.rename", "s", "0-2");
  dialog = find_question (NULL, TRUE);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  entries = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (entries->len, ==, 2);
  english = GTK_EDITABLE (g_ptr_array_index (entries, 0));
  corro_test_focus_window (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (english));
  gtk_editable_set_position (english, -1);
  corro_test_xdotool ((const char *[]) { "type", "--delay", "20", " babies", NULL });
  iterate_for (300);
  typed = g_strconcat (before, " babies", NULL);
  g_assert_cmpstr (gtk_editable_get_text (english), ==, typed);
  check_escape_asks (GTK_WINDOW (dialog), english, typed);

  /* Cancel asks too (as its button does: answer, then close); Discard throws the new
   * name away and leaves the band as it was. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  question = find_question (GTK_WINDOW (dialog), TRUE);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==,
                   _("Discard the Text You Typed?"));
  adw_message_dialog_response (question, "discard");
  iterate_for (500);
  g_assert_null (find_question (NULL, FALSE));
  g_assert_cmpstr (corro_age_band_get_label_en (corro_records_find_age_band (records, "0-2")),
                   ==, before);

  /* Rename saves it, without asking. */
  gtk_widget_activate_action (page, "age-bands.rename", "s", "0-2");
  dialog = find_question (NULL, TRUE);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "Babies (0–2)");
  adw_message_dialog_response (dialog, "rename");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate_for (300);
  g_assert_null (find_question (NULL, FALSE));
  g_assert_cmpstr (corro_age_band_get_label_en (corro_records_find_age_band (records, "0-2")),
                   ==, "Babies (0–2)");

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

/* A finalised note's addendum composer: Cancel or Escape with an addendum typed asks;
 * Keep Editing keeps it (and its draft); Discard empties it and its draft. */
static void
check_addendum_cancel (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(CorroReflection) note = NULL;
  g_autoptr(CorroSession) session = NULL;
  g_autoptr(GPtrArray) views = NULL;
  g_autofree char *draft = NULL;
  CorroApplication *app;
  CorroRecords *records;
  CorroStore *store;
  GtkWindow *window;
  GtkWidget *editor;
  GtkTextView *composer;
  GtkTextBuffer *buffer;
  AdwMessageDialog *question;
  GListModel *groups;
  gint64 id;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  records = corro_application_get_records (app);
  store = corro_records_get_store (records);
  groups = corro_records_get_groups (records);
  for (guint i = 0; session == NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);

      g_assert_true (corro_records_load_group (records, group, &error));
      session = g_list_model_get_item (corro_group_get_sessions (group), 0);
    }
  g_assert_nonnull (session);
  id = corro_test_add_note (store, CORRO_REFLECTION_SESSION, corro_session_get_id (session), 0,
                            "The group talked about repair.");
  g_assert_true (corro_store_finalise_reflection (store, id, &error));
  notes = corro_records_load_session_notes (records, session, CORRO_NOTE_SCOPE_RECORDS, &error);
  g_assert_no_error (error);
  for (guint i = 0; note == NULL && i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(CorroReflection) item = g_list_model_get_item (notes, i);

      if (corro_reflection_get_id (item) == id)
        note = g_steal_pointer (&item);
    }
  g_assert_nonnull (note);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (window, GTK_APPLICATION (app));
  gtk_window_set_default_size (window, 700, 500);
  editor = corro_note_editor_new (records, note, _("Note on the session"), NULL);
  {
    /* Scrolled, as on the session page. */
    GtkWidget *scrolled = gtk_scrolled_window_new ();

    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                    GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), editor);
    gtk_window_set_child (window, scrolled);
  }
  gtk_window_present (window);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  views = corro_test_find_widgets (editor, GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (views->len, ==, 2);
  composer = g_ptr_array_index (views, 1);
  buffer = gtk_text_view_get_buffer (composer);

  /* Empty: Cancel closes, nothing to ask. */
  gtk_widget_activate_action (editor, "note.add-addendum", NULL);
  gtk_widget_activate_action (editor, "note.cancel-addendum", NULL);
  iterate_for (200);
  g_assert_null (find_question (NULL, FALSE));

  /* Typed with real keys; Escape asks, and Escape again keeps editing. */
  gtk_widget_activate_action (editor, "note.add-addendum", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  corro_test_focus_window (window);
  gtk_widget_grab_focus (GTK_WIDGET (composer));
  corro_test_xdotool ((const char *[]) { "type", "--delay", "20", "Two came late", NULL });
  iterate_for (900);   /* past the draft's save delay */
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, strlen ("Two came late"));
  press (window, "Escape");
  question = find_question (NULL, TRUE);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==,
                   _("Discard the Text You Typed?"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, "keep");
  press (GTK_WINDOW (question), "Escape");
  iterate_for (300);
  g_assert_null (find_question (NULL, FALSE));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, strlen ("Two came late"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (composer)));
  draft = corro_store_dup_addendum_draft (store, id, &error);
  g_assert_cmpstr (draft, ==, "Two came late");
  g_clear_pointer (&draft, g_free);

  /* The Cancel button asks too; Discard empties the composer and drops the draft. */
  gtk_widget_activate_action (editor, "note.cancel-addendum", NULL);
  question = find_question (NULL, TRUE);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "discard");
  iterate_for (300);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  draft = corro_store_dup_addendum_draft (store, id, &error);
  g_assert_true (draft == NULL || draft[0] == '\0');
  g_assert_cmpuint (g_list_model_get_n_items (corro_reflection_get_addenda (note)), ==, 0);

  gtk_window_destroy (window);
  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

static void
test_new_group (void)
{
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("no xdotool or no X display: Escape cannot be pressed");
      return;
    }
  if (corro_test_in_subprocess (90))
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
  if (corro_test_in_subprocess (90))
    check_enrolment ();
}

static void
test_age_band_rename (void)
{
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("no xdotool or no X display: Escape cannot be pressed");
      return;
    }
  if (corro_test_in_subprocess (90))
    check_age_band_rename ();
}

static void
test_addendum_cancel (void)
{
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("no xdotool or no X display: Escape cannot be pressed");
      return;
    }
  if (corro_test_in_subprocess (90))
    check_addendum_cancel ();
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
  g_test_add_func ("/typed-text/age-band-rename-escape", test_age_band_rename);
  g_test_add_func ("/typed-text/addendum-cancel", test_addendum_cancel);

  return g_test_run ();
}
