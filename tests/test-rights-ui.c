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
#include "corro-search-result.h"
#include "corro-session.h"
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

static AdwMessageDialog *
find_dialog_headed (const char *heading)
{
  GList *windows = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      found = l->data;
  g_list_free (windows);
  return found;
}

static gboolean
has_redaction_dialog (gpointer data)
{
  return find_dialog_headed (_("Remove Their Name From Other Notes?")) != NULL;
}

static gboolean
is_unparented (gpointer data)
{
  return gtk_widget_get_parent (data) == NULL;
}

/* A label showing exactly @data somewhere in the main window (a toast). */
static gboolean
shows_label (gpointer data)
{
  GApplication *app = g_application_get_default ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GPtrArray) labels = NULL;

  if (window == NULL)
    return FALSE;
  labels = corro_test_find_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), data) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
contains_folded (const char *text,
                 const char *name)
{
  g_autofree char *a = g_utf8_casefold (text, -1);
  g_autofree char *b = g_utf8_casefold (name, -1);

  return strstr (a, b) != NULL;
}

static guint
count_found (CorroStore *store,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) supervision = NULL;

  records = corro_store_search_reflections (store, name, CORRO_NOTE_SCOPE_RECORDS, 50, NULL,
                                            &error);
  g_assert_no_error (error);
  supervision = corro_store_search_reflections (store, name, CORRO_NOTE_SCOPE_SUPERVISION, 50,
                                                NULL, &error);
  g_assert_no_error (error);
  return records->len + supervision->len;
}

static AdwActionRow *
find_mention_row (AdwMessageDialog *dialog,
                  gint64            reflection_id)
{
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      CorroSearchResult *result = g_object_get_data (g_ptr_array_index (rows, i), "result");

      if (result != NULL && corro_search_result_get_reflection_id (result) == reflection_id)
        return g_ptr_array_index (rows, i);
    }
  return NULL;
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
  gint64 session_note, other_note, fidelity_note;
  guint n_listed;
  g_autofree char *name = NULL;
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

  /* Notes that are not about them but name them: a finalised session note, a note about
   * someone else (their name in capitals), and a supervision note. */
  {
    g_autoptr(CorroSession) session = g_list_model_get_item (corro_group_get_sessions (group), 0);
    g_autoptr(CorroParticipant) other = g_list_model_get_item (corro_group_get_participants (group),
                                                               1);
    g_autofree char *text = NULL;
    g_autofree char *upper = g_utf8_strup (corro_participant_get_name (victim), -1);
    CorroStore *store = corro_records_get_store (records);

    name = g_strdup (corro_participant_get_name (victim));
    text = g_strdup_printf ("Hoy %s habló de la música de tiburón.", name);
    session_note = corro_test_add_note (store, CORRO_REFLECTION_SESSION,
                                        corro_session_get_id (session), 0, text);
    g_assert_true (corro_store_finalise_reflection (store, session_note, &error));
    g_assert_no_error (error);
    g_free (text);
    text = g_strdup_printf ("Se sentó con %s y se apoyaron.", upper);
    other_note = corro_test_add_note (store, CORRO_REFLECTION_PARTICIPANT,
                                      corro_session_get_id (session),
                                      corro_participant_get_id (other), text);
    g_free (text);
    text = g_strdup_printf ("Coaching: me costó estar con %s.", name);
    fidelity_note = corro_test_add_note (store, CORRO_REFLECTION_FIDELITY,
                                         corro_session_get_id (session), 0, text);
    g_assert_cmpuint (count_found (store, name), >=, 3);
  }

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

  /* Then the notes still naming them are listed, the name shown, with where they are. */
  spin_until (has_redaction_dialog, NULL);
  dialog = find_dialog_headed (_("Remove Their Name From Other Notes?"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), name));
  {
    g_autoptr(GPtrArray) listed = corro_test_find_widgets (GTK_WIDGET (dialog),
                                                           ADW_TYPE_ACTION_ROW);

    n_listed = listed->len;
    g_assert_cmpuint (n_listed, ==, count_found (corro_records_get_store (records), name));
  }
  {
    AdwActionRow *rows[3] = {
      find_mention_row (dialog, session_note),
      find_mention_row (dialog, other_note),
      find_mention_row (dialog, fidelity_note),
    };
    g_autofree char *chapter = g_strdup_printf (_("Chapter %u"), 1);
    g_autoptr(GPtrArray) buttons = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_autofree char *plain = NULL;
        const char *title;

        g_assert_nonnull (rows[i]);
        /* The match is in bold. */
        title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i]));
        g_assert_nonnull (strstr (title, "<b>"));
        g_assert_true (pango_parse_markup (title, -1, 0, NULL, &plain, NULL, NULL));
        g_assert_true (contains_folded (plain, name));
        g_assert_nonnull (strstr (adw_action_row_get_subtitle (rows[i]),
                                  corro_group_get_name (group)));
        g_assert_nonnull (strstr (adw_action_row_get_subtitle (rows[i]), chapter));
      }
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (rows[0]), _("Note on the session")));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (rows[2]), _("Fidelity note")));
    corro_test_wait_for_draw (GTK_WIDGET (dialog));
    g_free (shot);
    shot = corro_test_save_screenshot (GTK_WIDGET (dialog), "redact-dialog");

    /* One note: its own button. */
    buttons = corro_test_find_widgets (GTK_WIDGET (rows[1]), GTK_TYPE_BUTTON);
    g_assert_cmpuint (buttons->len, ==, 1);
    g_object_ref (rows[1]);
    gtk_widget_activate (g_ptr_array_index (buttons, 0));
    spin_until (is_unparented, rows[1]);
    g_object_unref (rows[1]);
    {
      g_autoptr(CorroStoreReflection) note =
        corro_store_get_reflection (corro_records_get_store (records), other_note, &error);

      g_assert_no_error (error);
      g_assert_false (contains_folded (note->text, name));
      g_assert_nonnull (strstr (note->text, _("[name removed]")));
    }
    g_assert_nonnull (find_mention_row (dialog, session_note));
  }

  /* The rest: all at once. */
  {
    g_autoptr(GPtrArray) left = corro_test_find_widgets (GTK_WIDGET (dialog),
                                                         ADW_TYPE_ACTION_ROW);

    g_assert_cmpuint (left->len, ==, n_listed - 1);
  }
  adw_message_dialog_response (dialog, "redact-all");
  {
    g_autofree char *told = NULL;

    /* The step says how many notes, when it is over. */
    told = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Their name was removed from %u note",
                                         "Their name was removed from %u notes", n_listed),
                            n_listed);
    spin_until (shows_label, told);
  }

  /* The name is nowhere: not found by search, not in any note or addendum, not in the
   * file; the finalised note says, dated, that text was removed, without the words. */
  g_assert_cmpuint (count_found (corro_records_get_store (records), name), ==, 0);
  {
    g_autoptr(GPtrArray) addenda = NULL;
    g_autoptr(CorroStoreReflection) note = NULL;
    g_autofree char *dump = corro_test_dump_database (path);
    CorroStoreAddendum *last;

    g_assert_false (contains_folded (dump, name));
    note = corro_store_get_reflection (corro_records_get_store (records), session_note, &error);
    g_assert_no_error (error);
    g_assert_nonnull (note->finalised_at);
    g_assert_nonnull (strstr (note->text, _("[name removed]")));
    addenda = corro_store_list_addenda (corro_records_get_store (records), session_note, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (addenda->len, ==, 1);
    last = g_ptr_array_index (addenda, 0);
    g_assert_cmpstr (last->text, ==,
                     _("Text naming a person whose records were erased was removed from this "
                       "note."));
    g_assert_nonnull (last->created_at);
    g_assert_cmpuint (strlen (last->created_at), >=, 10);
  }

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

static void
test_erase_dialog (void)
{
  if (corro_test_in_subprocess (60))
    check_erase_dialog ();
}

static void
test_retention_window (void)
{
  if (corro_test_in_subprocess (60))
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
