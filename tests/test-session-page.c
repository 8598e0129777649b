/* test-session-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session's page under Xvfb, in the language of $LANGUAGE: attendance marked with
 * one key per person, the totals and the completion rule following, notes saved as
 * they are typed, and a finalised note growing by an addendum. Everything is read
 * back from a second connection to the database, as the next start of the app would.
 *
 * Keys are real: xdotool (XTEST) presses them on the X server, and GTK delivers them
 * to the focused row as it would a person's; the row's key bindings trigger its
 * "attendance.mark-and-next" action. Without xdotool or an X display, those cases
 * activate the same actions the bindings name instead, and say so.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "corro-addendum.h"
#include "corro-application.h"
#include "corro-attendance-row.h"
#include "corro-group.h"
#include "corro-labels.h"
#include "corro-note-editor.h"
#include "corro-participant.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-reflection.h"
#include "corro-session.h"
#include "corro-session-notes.h"
#include "corro-session-page.h"
#include "corro-store.h"
#include "corro-test-util.h"

#define WAIT_LIMIT_US (10 * G_USEC_PER_SEC)

typedef struct
{
  char             *dir;
  char             *path;
  CorroApplication *app;
  CorroRecords     *records;
  CorroGroup       *group;
  CorroSession     *session;
  CorroParticipant *people[2];
  GtkWindow        *window;
  GtkWidget        *page;
} Fixture;

static const char *
language (void)
{
  const char *value = g_getenv ("LANGUAGE");

  return value != NULL && g_str_has_prefix (value, "es") ? "es" : "en";
}

static CorroParticipant *
add_participant (Fixture           *fixture,
                 const char        *name,
                 CorroRelationship  relationship)
{
  g_autoptr(CorroParticipant) participant = corro_participant_new (name);
  g_autoptr(GError) error = NULL;

  corro_participant_set_relationship (participant, relationship);
  g_assert_true (corro_records_add_participant (fixture->records, fixture->group, participant,
                                                &error));
  g_assert_no_error (error);
  g_assert_true (corro_records_set_status (fixture->records, fixture->group, participant,
                                           CORRO_ENROLMENT_ENROLLED, NULL, &error));
  g_assert_no_error (error);

  return participant;   /* the group keeps it */
}

/* The real application (for the programme's chapter titles), a group with two
 * participants, and the page on its first session in a window of its own. */
static void
fixture_set_up (Fixture *fixture)
{
  CorroProgrammeLibrary *library;
  CorroProgramme *programme;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroSession) first = NULL;
  g_autofree char *title = NULL;

  fixture->dir = corro_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "corro.db", NULL);

  fixture->app = corro_application_new ();
  corro_application_set_database_path (fixture->app, fixture->path);
  g_application_set_application_id (G_APPLICATION (fixture->app), NULL);
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (fixture->app));

  library = corro_application_get_library (fixture->app);
  g_assert_nonnull (library);
  fixture->records = corro_records_new (corro_application_get_store (fixture->app));
  g_assert_true (corro_records_load (fixture->records, &error));
  g_assert_no_error (error);

  title = g_strdup (g_str_equal (language (), "es") ? "Grupo del martes" : "Tuesday group");
  programme = corro_programme_library_get_default (library);
  fixture->group = corro_group_new (title, corro_programme_get_id (programme));
  corro_group_set_start_date (fixture->group, "2025-03-04");
  corro_group_set_status (fixture->group, CORRO_GROUP_STATUS_RUNNING);
  g_assert_true (corro_records_add_group (fixture->records, fixture->group, &error));
  g_assert_no_error (error);

  fixture->people[0] = add_participant (fixture, "Lucía Hernández", CORRO_RELATIONSHIP_MOTHER);
  fixture->people[1] = add_participant (fixture, "Tom Baker", CORRO_RELATIONSHIP_FATHER);

  first = g_list_model_get_item (corro_group_get_sessions (fixture->group), 0);
  fixture->session = g_steal_pointer (&first);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (fixture->window, GTK_APPLICATION (fixture->app));
  gtk_window_set_default_size (fixture->window, 1100, 820);
  gtk_window_set_title (fixture->window, title);
  fixture->page = corro_session_page_new (fixture->records, fixture->group, fixture->session,
                                          language ());
  gtk_window_set_child (fixture->window, fixture->page);
  gtk_window_present (fixture->window);
  corro_session_page_show_tab (CORRO_SESSION_PAGE (fixture->page), "attendance");
  corro_test_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture *fixture)
{
  GList *windows;

  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));

  g_clear_object (&fixture->session);
  g_clear_object (&fixture->group);
  g_clear_object (&fixture->records);
  g_clear_object (&fixture->app);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
iterate_until (gboolean (*done) (gpointer data),
               gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_US;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static void
iterate_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

/* A second connection to the database, as the next start of the app would open. */
typedef struct
{
  CorroStore   *store;
  CorroRecords *records;
  CorroGroup   *group;
  CorroSession *session;
} Reopened;

static void
reopen (Fixture  *fixture,
        Reopened *reopened)
{
  g_autoptr(GError) error = NULL;

  reopened->store = corro_store_open (fixture->path, &error);
  g_assert_no_error (error);
  reopened->records = corro_records_new (reopened->store);
  g_assert_true (corro_records_load (reopened->records, &error));
  g_assert_no_error (error);
  reopened->group = corro_records_find_group (reopened->records,
                                              corro_group_get_id (fixture->group));
  g_assert_nonnull (reopened->group);
  g_assert_true (corro_records_load_group (reopened->records, reopened->group, &error));
  g_assert_no_error (error);
  reopened->session = corro_group_find_session (reopened->group,
                                                corro_session_get_id (fixture->session));
  g_assert_nonnull (reopened->session);
}

static void
reopened_clear (Reopened *reopened)
{
  g_clear_object (&reopened->records);
  g_clear_object (&reopened->store);
}

static CorroReflection *
find_note (GListModel          *notes,
           CorroReflectionKind  kind,
           gint64               participant_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(CorroReflection) note = g_list_model_get_item (notes, i);

      if (corro_reflection_get_kind (note) == kind &&
          corro_reflection_get_participant_id (note) == participant_id)
        return note;   /* the list keeps it */
    }

  return NULL;
}

/* The first widget of TYPE with CSS_CLASS under ROOT; with SHOWN, the one a person sees
 * (among a stack's pages, the mapped one). */
static GtkWidget *
find_class (GtkWidget  *root,
            GType       type,
            const char *css_class,
            gboolean    shown)
{
  g_autoptr(GPtrArray) widgets = corro_test_find_widgets (root, type);

  for (guint i = 0; i < widgets->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (widgets, i), css_class) &&
        (!shown || gtk_widget_get_mapped (g_ptr_array_index (widgets, i))))
      return g_ptr_array_index (widgets, i);

  return NULL;
}

#define find_with_class(root, type, css_class) find_class (root, type, css_class, FALSE)
#define find_shown_with_class(root, type, css_class) find_class (root, type, css_class, TRUE)

/* Keys */

typedef struct
{
  CorroSession        *session;
  gint64               participant_id;
  CorroAttendanceMark  mark;
} MarkWait;

static gboolean
has_mark (gpointer data)
{
  MarkWait *wait = data;

  return corro_session_get_mark (wait->session, wait->participant_id) == wait->mark;
}

static GtkWidget *
focused_row (GtkWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL ? gtk_widget_get_ancestor (focus, CORRO_TYPE_ATTENDANCE_ROW) : NULL;
}

/* Presses the key of @mark in the language shown (its letter) with the keyboard on a row,
 * and waits until @participant has @mark. Without xdotool, activates the action that the
 * key is bound to. */
static void
press_mark_key (Fixture             *fixture,
                const char          *nick,
                CorroParticipant    *participant,
                CorroAttendanceMark  mark)
{
  MarkWait wait = { fixture->session, corro_participant_get_id (participant), mark };
  char key[2] = { (char) corro_label_attendance_keyval (mark), '\0' };

  g_assert_cmpint (key[0], !=, '\0');
  if (corro_test_has_xdotool ())
    corro_test_xdotool ((const char *[]) { "key", key, NULL });
  else
    gtk_widget_activate_action (focused_row (fixture->window), "attendance.mark-and-next",
                                "s", nick);

  iterate_until (has_mark, &wait);
  g_assert_cmpint (corro_session_get_mark (fixture->session, wait.participant_id), ==, mark);
  iterate_for (50);
}

/* The cases */

static void
check_attendance (void)
{
  Fixture fixture = { 0 };
  Reopened reopened = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *name = g_strdup_printf ("session-attendance-%s.png", language ());
  g_autofree char *shot = NULL;
  g_autoptr(GError) error = NULL;
  CorroAttendanceRow *first;
  CorroAttendanceRow *second;
  GtkWidget *badge;
  GtkWidget *unmarked;
  gint64 ids[2];

  fixture_set_up (&fixture);
  ids[0] = corro_participant_get_id (fixture.people[0]);
  ids[1] = corro_participant_get_id (fixture.people[1]);

  /* One row per participant, in the group's order; the first one has the keyboard. */
  rows = corro_test_find_widgets (fixture.page, CORRO_TYPE_ATTENDANCE_ROW);
  g_assert_cmpuint (rows->len, ==, 2);
  first = g_ptr_array_index (rows, 0);
  second = g_ptr_array_index (rows, 1);
  g_assert_true (corro_attendance_row_get_participant (first) == fixture.people[0]);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Lucía Hernández");
  g_assert_true (focused_row (fixture.window) == GTK_WIDGET (first));
  g_assert_cmpstr (corro_session_page_get_tab (CORRO_SESSION_PAGE (fixture.page)), ==,
                   "attendance");

  if (corro_test_has_xdotool ())
    corro_test_focus_window (fixture.window);
  else
    g_test_message ("no xdotool or no X display: activating the keys' actions instead");

  /* The first mark's key (P; in Spanish A, Asistió) marks the first person present and
   * moves down; the absent key (A; in Spanish F, Faltó) marks the second absent. */
  press_mark_key (&fixture, "present", fixture.people[0], CORRO_ATTENDANCE_PRESENT);
  g_assert_true (focused_row (fixture.window) == GTK_WIDGET (second));
  g_assert_cmpint (corro_attendance_row_get_mark (first), ==, CORRO_ATTENDANCE_PRESENT);

  /* A key that is not a mark does nothing: x, and the other language's keys (in Spanish
   * English's P and L, in English Spanish's T and F). */
  if (corro_test_has_xdotool ())
    {
      gboolean es = g_str_equal (language (), "es");

      corro_test_xdotool ((const char *[]) { "key", "x", es ? "p" : "t", es ? "l" : "f", NULL });
      iterate_for (200);
      g_assert_cmpint (corro_session_get_mark (fixture.session, ids[1]), ==,
                       CORRO_ATTENDANCE_NONE);
      g_assert_true (focused_row (fixture.window) == GTK_WIDGET (second));
    }

  press_mark_key (&fixture, "absent", fixture.people[1], CORRO_ATTENDANCE_ABSENT);
  g_assert_true (focused_row (fixture.window) == GTK_WIDGET (second));   /* the last row */

  /* Up goes back; another key changes the mark after the fact. */
  if (corro_test_has_xdotool ())
    {
      corro_test_xdotool ((const char *[]) { "key", "Up", NULL });
      iterate_for (100);
    }
  else
    {
      gtk_widget_grab_focus (GTK_WIDGET (first));
    }
  g_assert_true (focused_row (fixture.window) == GTK_WIDGET (first));
  press_mark_key (&fixture, "late", fixture.people[0], CORRO_ATTENDANCE_LATE);
  g_assert_true (focused_row (fixture.window) == GTK_WIDGET (second));

  /* The buttons' action sets a mark too, and the buttons show it. */
  gtk_widget_activate_action (GTK_WIDGET (second), "attendance.mark", "s", "excused");
  g_assert_cmpint (corro_session_get_mark (fixture.session, ids[1]), ==, CORRO_ATTENDANCE_EXCUSED);
  gtk_widget_activate_action (GTK_WIDGET (second), "attendance.mark", "s", "absent");
  g_assert_cmpint (corro_session_get_mark (fixture.session, ids[1]), ==, CORRO_ATTENDANCE_ABSENT);
  {
    g_autoptr(GPtrArray) buttons = corro_test_find_widgets (GTK_WIDGET (second),
                                                            GTK_TYPE_TOGGLE_BUTTON);
    guint n_active = 0;

    g_assert_cmpuint (buttons->len, ==, 5);
    for (guint i = 0; i < buttons->len; i++)
      {
        GtkToggleButton *button = g_ptr_array_index (buttons, i);

        if (gtk_toggle_button_get_active (button))
          {
            n_active++;
            g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (button), "absent"));
          }
      }
    g_assert_cmpuint (n_active, ==, 1);
  }

  /* Totals: late counts as attending; nobody is left unmarked. */
  g_assert_cmpuint (corro_participant_get_attended_chapters (fixture.people[0]), ==, 1);
  g_assert_cmpuint (corro_participant_get_attended_chapters (fixture.people[1]), ==, 0);
  g_assert_cmpuint (corro_session_count_marks (fixture.session, CORRO_ATTENDANCE_LATE), ==, 1);
  g_assert_cmpuint (corro_session_count_marks (fixture.session, CORRO_ATTENDANCE_ABSENT), ==, 1);
  unmarked = find_with_class (fixture.page, GTK_TYPE_LABEL, "unmarked");
  g_assert_nonnull (unmarked);
  g_assert_false (gtk_widget_get_visible (unmarked));

  /* The completion rule: 6 of 8 chapters, a caught-up session counting. Five more
   * sessions for Lucía (one caught up later) complete it, and her badge says so. */
  badge = find_with_class (GTK_WIDGET (first), GTK_TYPE_LABEL, "completion-badge");
  g_assert_nonnull (badge);
  g_assert_true (gtk_widget_has_css_class (badge, "in-progress"));
  for (guint i = 1; i <= 5; i++)
    {
      GListModel *sessions = corro_group_get_sessions (fixture.group);
      g_autoptr(CorroSession) later = g_list_model_get_item (sessions, i);

      corro_records_mark_attendance (fixture.records, fixture.group, later, fixture.people[0],
                                     i == 5 ? CORRO_ATTENDANCE_CAUGHT_UP : CORRO_ATTENDANCE_PRESENT,
                                     &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (corro_participant_get_attended_chapters (fixture.people[0]), ==, 6);
  g_assert_cmpint (corro_participant_get_completion (fixture.people[0]), ==,
                   CORRO_COMPLETION_COMPLETED);
  g_assert_true (gtk_widget_has_css_class (badge, "completed"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==,
                   g_dpgettext2 (GETTEXT_PACKAGE, "completion", "Completed"));

  /* Put the keyboard back on Lucía for the picture, once the buttons' colours have
   * faded in. */
  gtk_widget_grab_focus (GTK_WIDGET (first));
  iterate_for (500);
  shot = corro_test_save_screenshot (GTK_WIDGET (fixture.window), name);
  g_test_message ("screenshot: %s", shot);

  /* Every mark is in the database. */
  reopen (&fixture, &reopened);
  g_assert_cmpint (corro_session_get_mark (reopened.session, ids[0]), ==, CORRO_ATTENDANCE_LATE);
  g_assert_cmpint (corro_session_get_mark (reopened.session, ids[1]), ==, CORRO_ATTENDANCE_ABSENT);
  g_assert_true (corro_session_get_held (reopened.session));
  g_assert_cmpint (corro_participant_get_completion (corro_group_find_participant (reopened.group,
                                                                                  ids[0])),
                   ==, CORRO_COMPLETION_COMPLETED);
  reopened_clear (&reopened);

  fixture_tear_down (&fixture);
}

static gboolean
is_saved (gpointer data)
{
  return corro_reflection_get_id (CORRO_REFLECTION (data)) != 0;
}

static CorroNoteEditor *
editor_for (Fixture             *fixture,
            CorroReflectionKind  kind,
            gint64               participant_id)
{
  g_autoptr(GPtrArray) views = corro_test_find_widgets (fixture->page, CORRO_TYPE_SESSION_NOTES);
  GtkWidget *editor;

  g_assert_cmpuint (views->len, ==, 1);
  editor = corro_session_notes_get_editor (g_ptr_array_index (views, 0), kind, participant_id);
  g_assert_true (CORRO_IS_NOTE_EDITOR (editor));
  return CORRO_NOTE_EDITOR (editor);
}

static void
type_into (CorroNoteEditor *editor,
           const char      *text)
{
  GtkTextBuffer *buffer = corro_note_editor_get_buffer (editor);
  GtkTextIter end;

  /* One character at a time, as typing inserts them. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, g_utf8_next_char (p) - p);
    }
}

static void
check_notes (void)
{
  static const char session_text[] = "The group warmed up after the clip; José spoke first.";
  static const char tom_text[] = "Tom noticed his own shark music when Lily cried.";
  static const char self_text[] = "I rushed the pause point; my own shark music played.";
  Fixture fixture = { 0 };
  Reopened reopened = { 0 };
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GListModel) supervision = NULL;
  g_autoptr(GError) error = NULL;
  CorroNoteEditor *session_editor;
  CorroNoteEditor *tom_editor;
  CorroNoteEditor *self_editor;
  CorroNoteEditor *lucia_editor;
  CorroReflection *note;
  GtkWidget *status;
  gint64 tom = 0;
  gint64 started;

  fixture_set_up (&fixture);
  tom = corro_participant_get_id (fixture.people[1]);

  corro_session_page_show_tab (CORRO_SESSION_PAGE (fixture.page), "notes");
  corro_test_wait_for_draw (GTK_WIDGET (fixture.window));
  g_assert_cmpstr (corro_session_page_get_tab (CORRO_SESSION_PAGE (fixture.page)), ==, "notes");

  session_editor = editor_for (&fixture, CORRO_REFLECTION_SESSION, 0);
  tom_editor = editor_for (&fixture, CORRO_REFLECTION_PARTICIPANT, tom);
  self_editor = editor_for (&fixture, CORRO_REFLECTION_SELF, 0);
  g_assert_nonnull (editor_for (&fixture, CORRO_REFLECTION_PARTICIPANT,
                                corro_participant_get_id (fixture.people[0])));

  /* Typed, then left alone: saved within a second of the last key, not at once. */
  type_into (session_editor, session_text);
  note = corro_note_editor_get_reflection (session_editor);
  g_assert_cmpint (corro_reflection_get_id (note), ==, 0);
  started = g_get_monotonic_time ();
  iterate_until (is_saved, note);
  g_assert_cmpint (corro_reflection_get_id (note), !=, 0);
  g_assert_cmpint (g_get_monotonic_time () - started, <=, 1100 * 1000);

  /* Leaving a note for another saves it at once. */
  gtk_widget_grab_focus (GTK_WIDGET (tom_editor));
  type_into (tom_editor, tom_text);
  g_assert_cmpint (corro_reflection_get_id (corro_note_editor_get_reflection (tom_editor)), ==, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self_editor));
  g_assert_cmpint (corro_reflection_get_id (corro_note_editor_get_reflection (tom_editor)), !=, 0);

  type_into (self_editor, self_text);
  iterate_for (1100);
  g_assert_cmpint (corro_reflection_get_id (corro_note_editor_get_reflection (tom_editor)), !=, 0);
  g_assert_cmpint (corro_reflection_get_id (corro_note_editor_get_reflection (self_editor)), !=, 0);

  /* Read back from the database: the families' records and the supervision notes
   * apart, never mixed. */
  reopen (&fixture, &reopened);
  records = corro_records_load_session_notes (reopened.records, reopened.session,
                                              CORRO_NOTE_SCOPE_RECORDS, &error);
  g_assert_no_error (error);
  supervision = corro_records_load_session_notes (reopened.records, reopened.session,
                                                  CORRO_NOTE_SCOPE_SUPERVISION, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 2);
  g_assert_cmpstr (corro_reflection_get_text (find_note (records, CORRO_REFLECTION_SESSION, 0)),
                   ==, session_text);
  g_assert_cmpstr (corro_reflection_get_text (find_note (records, CORRO_REFLECTION_PARTICIPANT,
                                                         tom)),
                   ==, tom_text);
  g_assert_null (find_note (records, CORRO_REFLECTION_SELF, 0));
  g_assert_cmpuint (g_list_model_get_n_items (supervision), ==, 1);
  g_assert_cmpstr (corro_reflection_get_text (find_note (supervision, CORRO_REFLECTION_SELF, 0)),
                   ==, self_text);
  reopened_clear (&reopened);

  /* Editing goes on saving into the same note. */
  type_into (session_editor, " Next week: rupture and repair.");
  g_assert_true (corro_note_editor_save (session_editor));
  reopen (&fixture, &reopened);
  {
    g_autoptr(GListModel) again = corro_records_load_session_notes (reopened.records,
                                                                    reopened.session,
                                                                    CORRO_NOTE_SCOPE_RECORDS,
                                                                    &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (again), ==, 2);
    g_assert_true (g_str_has_suffix (corro_reflection_get_text (find_note (again,
                                                                           CORRO_REFLECTION_SESSION,
                                                                           0)),
                                     "rupture and repair."));

    /* Someone else finalises Tom's note meanwhile: the next save fails, says why,
     * and keeps what was typed on screen; the next key tries again. */
    g_assert_true (corro_records_finalise_reflection (reopened.records,
                                                      find_note (again,
                                                                 CORRO_REFLECTION_PARTICIPANT,
                                                                 tom),
                                                      &error));
    g_assert_no_error (error);
  }
  reopened_clear (&reopened);

  type_into (tom_editor, " And more.");
  /* Typed and not yet saved: the status says so. */
  status = find_shown_with_class (GTK_WIDGET (tom_editor), GTK_TYPE_LABEL, "note-status");
  g_assert_nonnull (status);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (status)), ==, _("Saving…"));
  iterate_for (1100);
  status = find_shown_with_class (GTK_WIDGET (tom_editor), GTK_TYPE_LABEL, "note-status");
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_has_css_class (status, "error"));
  g_test_message ("a failed save says: %s", gtk_label_get_label (GTK_LABEL (status)));
  type_into (tom_editor, "!");
  g_assert_false (corro_note_editor_save (tom_editor));
  {
    g_autofree char *shown = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (corro_note_editor_get_buffer (tom_editor), &start, &end);
    shown = gtk_text_iter_get_text (&start, &end);
    g_assert_true (g_str_has_suffix (shown, " And more.!"));
  }
  g_assert_true (gtk_widget_has_css_class (status, "error"));

  /* Typing without a pause is saved at least once a second all the same, so that a
   * crash loses at most the last second: after 2.5 s of steady typing the database
   * holds all but the last second of it. */
  lucia_editor = editor_for (&fixture, CORRO_REFLECTION_PARTICIPANT,
                             corro_participant_get_id (fixture.people[0]));
  for (guint i = 0; i < 25; i++)
    {
      type_into (lucia_editor, "abcd");
      iterate_for (100);
    }
  reopen (&fixture, &reopened);
  {
    g_autoptr(GListModel) again = corro_records_load_session_notes (reopened.records,
                                                                    reopened.session,
                                                                    CORRO_NOTE_SCOPE_RECORDS,
                                                                    &error);
    CorroReflection *saved;

    g_assert_no_error (error);
    saved = find_note (again, CORRO_REFLECTION_PARTICIPANT,
                       corro_participant_get_id (fixture.people[0]));
    g_assert_nonnull (saved);
    g_assert_cmpuint (strlen (corro_reflection_get_text (saved)), >=, 4 * (25 - 11));
  }
  reopened_clear (&reopened);

  fixture_tear_down (&fixture);
}

static gboolean
has_message_dialog (gpointer data)
{
  AdwMessageDialog **dialog = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *dialog = ADW_MESSAGE_DIALOG (window);
          return TRUE;
        }
    }

  return FALSE;
}

static void
check_finalise (void)
{
  static const char text[] = "Lucía named her own shark music for the first time.";
  static const char addendum_text[] = "She told me later the clip reminded her of her mother.";
  Fixture fixture = { 0 };
  Reopened reopened = { 0 };
  g_autofree char *name = g_strdup_printf ("session-notes-%s.png", language ());
  g_autofree char *end_name = g_strdup_printf ("session-notes-own-%s.png", language ());
  g_autofree char *shot = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GPtrArray) views = NULL;
  GtkAdjustment *adjustment;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog = NULL;
  CorroNoteEditor *editor;
  CorroReflection *note;
  GtkTextView *text_view;
  GtkTextView *composer;
  gint64 lucia;

  fixture_set_up (&fixture);
  lucia = corro_participant_get_id (fixture.people[0]);
  corro_session_page_show_tab (CORRO_SESSION_PAGE (fixture.page), "notes");
  corro_test_wait_for_draw (GTK_WIDGET (fixture.window));

  editor = editor_for (&fixture, CORRO_REFLECTION_PARTICIPANT, lucia);
  note = corro_note_editor_get_reflection (editor);
  views = corro_test_find_widgets (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (views->len, ==, 2);
  text_view = g_ptr_array_index (views, 0);
  composer = g_ptr_array_index (views, 1);

  /* An empty note cannot be finalised. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "note.finalise", NULL);
  iterate_for (100);
  g_assert_false (has_message_dialog (&dialog));

  /* Finalise asks first; cancelling changes nothing. */
  type_into (editor, text);
  gtk_widget_activate_action (GTK_WIDGET (editor), "note.finalise", NULL);
  iterate_until (has_message_dialog, &dialog);
  g_assert_nonnull (dialog);
  g_assert_cmpint (corro_reflection_get_id (note), !=, 0);   /* saved before asking */
  adw_message_dialog_response (dialog, "cancel");
  g_assert_false (corro_reflection_get_finalised (note));
  g_assert_true (gtk_text_view_get_editable (text_view));
  iterate_for (100);

  /* Confirmed: read-only from now on. */
  dialog = NULL;
  gtk_widget_activate_action (GTK_WIDGET (editor), "note.finalise", NULL);
  iterate_until (has_message_dialog, &dialog);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "finalise");
  g_assert_true (corro_reflection_get_finalised (note));
  g_assert_false (gtk_text_view_get_editable (text_view));
  iterate_for (100);

  /* An addendum, dated, below the note. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "note.add-addendum", NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (composer), addendum_text, -1);
  gtk_widget_activate_action (GTK_WIDGET (editor), "note.save-addendum", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (corro_reflection_get_addenda (note)), ==, 1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (composer)), ==, 0);
  {
    GtkWidget *list = find_with_class (GTK_WIDGET (editor), GTK_TYPE_LIST_BOX, "addenda");

    g_assert_nonnull (list);
    g_assert_true (gtk_widget_get_visible (list));
    g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  }

  /* The other notes, for the picture. */
  type_into (editor_for (&fixture, CORRO_REFLECTION_SESSION, 0),
             "Warm start; the group shared going-out and coming-in moments from the week. "
             "Quieter after the clip, then good talk about the bottom of the Circle.");
  type_into (editor_for (&fixture, CORRO_REFLECTION_SELF, 0),
             "I hurried past the second pause point when the room went quiet.");
  iterate_for (1100);
  adjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW)));
  gtk_adjustment_set_value (adjustment, 0);
  shot = corro_test_save_screenshot (GTK_WIDGET (fixture.window), name);
  g_test_message ("screenshot: %s", shot);

  /* And the facilitator's own reflection, at the end, apart. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_clear_pointer (&shot, g_free);
  shot = corro_test_save_screenshot (GTK_WIDGET (fixture.window), end_name);
  g_test_message ("screenshot: %s", shot);

  /* In the database: finalised, with its addendum. */
  reopen (&fixture, &reopened);
  records = corro_records_load_session_notes (reopened.records, reopened.session,
                                              CORRO_NOTE_SCOPE_RECORDS, &error);
  g_assert_no_error (error);
  note = find_note (records, CORRO_REFLECTION_PARTICIPANT, lucia);
  g_assert_nonnull (note);
  g_assert_cmpstr (corro_reflection_get_text (note), ==, text);
  g_assert_true (corro_reflection_get_finalised (note));
  g_assert_cmpuint (g_list_model_get_n_items (corro_reflection_get_addenda (note)), ==, 1);
  {
    g_autoptr(CorroAddendum) addendum = g_list_model_get_item (corro_reflection_get_addenda (note),
                                                               0);

    g_assert_cmpstr (corro_addendum_get_text (addendum), ==, addendum_text);
  }
  reopened_clear (&reopened);

  fixture_tear_down (&fixture);
}

/* Closing the window right after the last key loses nothing. */
static void
check_save_on_close (void)
{
  static const char text[] = "Written at five to five, closed at once.";
  Fixture fixture = { 0 };
  Reopened reopened = { 0 };
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GError) error = NULL;
  CorroNoteEditor *editor;
  gint64 tom;

  fixture_set_up (&fixture);
  tom = corro_participant_get_id (fixture.people[1]);
  corro_session_page_show_tab (CORRO_SESSION_PAGE (fixture.page), "notes");

  editor = editor_for (&fixture, CORRO_REFLECTION_PARTICIPANT, tom);
  type_into (editor, text);
  g_assert_cmpint (corro_reflection_get_id (corro_note_editor_get_reflection (editor)), ==, 0);
  gtk_window_destroy (fixture.window);
  fixture.window = NULL;

  reopen (&fixture, &reopened);
  records = corro_records_load_session_notes (reopened.records, reopened.session,
                                              CORRO_NOTE_SCOPE_RECORDS, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_note (records, CORRO_REFLECTION_PARTICIPANT, tom));
  g_assert_cmpstr (corro_reflection_get_text (find_note (records, CORRO_REFLECTION_PARTICIPANT,
                                                         tom)),
                   ==, text);
  reopened_clear (&reopened);

  fixture_tear_down (&fixture);
}

/* Each case runs in a process of its own, with its own application and database. */
/* The letters on the buttons are the language's, five different ones, the first letters
 * of their words, and the same as the register's legend uses; in Spanish A, T, F, J, R. */
static void
test_attendance_letters (void)
{
  static const CorroAttendanceMark marks[] = {
    CORRO_ATTENDANCE_PRESENT, CORRO_ATTENDANCE_LATE, CORRO_ATTENDANCE_ABSENT,
    CORRO_ATTENDANCE_EXCUSED, CORRO_ATTENDANCE_CAUGHT_UP,
  };
  const char *expected = g_str_equal (language (), "es") ? "ATFJR" : "PLAEC";
  Fixture fixture = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GString) letters = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      const char *letter = corro_label_attendance_letter (marks[i]);
      guint keyval = corro_label_attendance_keyval (marks[i]);

      g_assert_cmpuint (strlen (letter), ==, 1);
      g_assert_true (g_ascii_isupper (letter[0]));
      g_assert_cmpuint (keyval, ==, (guint) g_ascii_tolower (letter[0]));
      g_assert_true (g_str_has_prefix (corro_label_attendance_word (marks[i]), letter));
      g_assert_null (strchr (letters->str, letter[0]));   /* distinct */
      g_string_append (letters, letter);
    }
  g_assert_cmpstr (letters->str, ==, expected);

  fixture_set_up (&fixture);
  rows = corro_test_find_widgets (fixture.page, CORRO_TYPE_ATTENDANCE_ROW);
  g_assert_cmpuint (rows->len, >, 0);
  buttons = corro_test_find_widgets (g_ptr_array_index (rows, 0), GTK_TYPE_TOGGLE_BUTTON);
  g_assert_cmpuint (buttons->len, ==, G_N_ELEMENTS (marks));
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *tooltip = gtk_widget_get_tooltip_text (button);
      g_autofree char *hint = g_strdup_printf ("(%s)", corro_label_attendance_letter (marks[i]));

      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==,
                       corro_label_attendance_letter (marks[i]));
      g_assert_true (g_str_has_prefix (tooltip, corro_label_attendance_word (marks[i])));
      g_assert_nonnull (strstr (tooltip, hint));
    }
  fixture_tear_down (&fixture);
}

static void
test_attendance (void)
{
  if (corro_test_in_subprocess (60))
    check_attendance ();
}

static void
test_notes (void)
{
  if (corro_test_in_subprocess (60))
    check_notes ();
}

static void
test_finalise (void)
{
  if (corro_test_in_subprocess (60))
    check_finalise ();
}

static void
test_save_on_close (void)
{
  if (corro_test_in_subprocess (60))
    check_save_on_close ();
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

  g_test_add_func ("/session-page/attendance-letters", test_attendance_letters);
  g_test_add_func ("/session-page/attendance-keys", test_attendance);
  g_test_add_func ("/session-page/notes-autosave", test_notes);
  g_test_add_func ("/session-page/finalise-addendum", test_finalise);
  g_test_add_func ("/session-page/save-on-close", test_save_on_close);

  return g_test_run ();
}
