/* test-date-row.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The date fields in the real application under Xvfb, with real keys and clicks
 * (xdotool): "25/12/2026" typed into New Group's start date makes a group starting on
 * 2026-12-25; a date that is not one keeps its text, says how to write it, and keeps
 * Create, Move, Record as Held and an enrolment's Save off (a referral date typed is
 * kept); the calendar beside the field picks a day. Run in
 * English (en_GB) and in Spanish (es_MX), which both write the day first.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-date.h"
#include "corro-date-row.h"
#include "corro-group.h"
#include "corro-group-page.h"
#include "corro-held-dialog.h"
#include "corro-new-group-dialog.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-session.h"
#include "corro-store.h"
#include "corro-test-util.h"
#include "corro-window.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#define WAIT_US (10 * G_USEC_PER_SEC)

/* Lets the main loop run while @condition holds, for WAIT_US at the most. */
#define WAIT_WHILE(condition) \
  G_STMT_START { \
    gint64 deadline_ = g_get_monotonic_time () + WAIT_US; \
    while ((condition) && g_get_monotonic_time () < deadline_) \
      g_main_context_iteration (NULL, FALSE); \
  } G_STMT_END

static void
iterate_for (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

/* Lets the main loop run until the row holds @text (what the keys typed). */
static void
wait_for_text (GtkEditable *row,
               const char  *text)
{
  WAIT_WHILE (g_strcmp0 (gtk_editable_get_text (row), text) != 0);
  g_assert_cmpstr (gtk_editable_get_text (row), ==, text);
}

/* Empties @row and types @text into it with real keys. */
static void
type_into (GtkWindow    *window,
           CorroDateRow *row,
           const char   *text)
{
  corro_test_focus_window (window);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  iterate_for (100);
  corro_test_xdotool ((const char *[]) { "key", "ctrl+a", "BackSpace", NULL });
  wait_for_text (GTK_EDITABLE (row), "");
  corro_test_xdotool ((const char *[]) { "type", "--delay", "30", text, NULL });
  wait_for_text (GTK_EDITABLE (row), text);
}

/* Clicks the middle of @widget with the real pointer. */
static void
click (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  graphene_point_t centre = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0f,
                                                 gtk_widget_get_height (widget) / 2.0f);
  graphene_point_t point;
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  double dx, dy;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &centre, &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  x = g_strdup_printf ("%d", (int) (point.x + dx));
  y = g_strdup_printf ("%d", (int) (point.y + dy));
  corro_test_xdotool ((const char *[]) { "mousemove", "--window", xid, x, y, NULL });
  iterate_for (100);
  corro_test_xdotool ((const char *[]) { "click", "1", NULL });
#endif
}

static GtkWidget *
find_button_for (GtkWidget  *root,
                 const char *action)
{
  g_autoptr(GPtrArray) buttons = corro_test_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static CorroDateRow *
find_date_row (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = corro_test_find_widgets (root, CORRO_TYPE_DATE_ROW);

  g_assert_cmpuint (rows->len, ==, 1);
  return g_ptr_array_index (rows, 0);
}

static GtkWindow *
open_new_group (CorroApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-groups", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-group", NULL);
  dialog = corro_test_wait_for_toplevel (CORRO_TYPE_NEW_GROUP_DIALOG);
  corro_test_wait_for_draw (GTK_WIDGET (dialog));

  return dialog;
}

/* "25/12/2026" typed in the locale's order is Christmas Day 2026, kept as ISO. */
static void
check_typed (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  CorroApplication *app = corro_test_start_app (path);
  GtkWindow *dialog = open_new_group (app);
  CorroDateRow *date = find_date_row (GTK_WIDGET (dialog));
  GListModel *groups;

  /* The date it offers (a week from today) is shown as the locale writes dates. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) next_week = g_date_time_add_days (now, 7);
    g_autofree char *shown = g_date_time_format (next_week, "%d/%m/%Y");

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, shown);
  }

  entries = corro_test_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "Navidad");
  type_into (dialog, date, "25/12/2026");
  g_assert_cmpstr (corro_date_row_get_date (date), ==, "2026-12-25");
  g_assert_true (corro_date_row_is_valid (date));
  g_assert_true (gtk_widget_is_sensitive (find_button_for (GTK_WIDGET (dialog), "dialog.create")));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (date)), ==, _("Date"));

  /* The Create button, clicked as a person would. */
  click (find_button_for (GTK_WIDGET (dialog), "dialog.create"));
  groups = corro_records_get_groups (corro_application_get_records (app));
  WAIT_WHILE (g_list_model_get_n_items (groups) == 0);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  corro_test_stop_app (app);

  /* Kept as ISO: a fresh look at the file. */
  {
    g_autoptr(CorroStore) store = corro_store_open (path, &error);
    g_autoptr(CorroRecords) records = NULL;
    g_autoptr(CorroGroup) group = NULL;
    g_autoptr(CorroSession) first = NULL;

    g_assert_no_error (error);
    records = corro_records_new (store);
    g_assert_true (corro_records_load (records, &error));
    group = g_list_model_get_item (corro_records_get_groups (records), 0);
    g_assert_cmpstr (corro_group_get_start_date (group), ==, "2026-12-25");
    g_assert_true (corro_records_load_group (records, group, &error));
    first = g_list_model_get_item (corro_group_get_sessions (group), 0);
    g_assert_cmpstr (corro_session_get_date (first), ==, "2026-12-25");
  }

  corro_test_remove_tree (dir);
}

/* Not a date: the text stays as typed, the row says how to write one, and what would
 * keep it waits; ISO is read too. The same in the other dialogs with a date. */
static void
check_wrong (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *hint = corro_date_dup_hint ();
  g_autofree char *shot = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  CorroApplication *app;
  GtkWindow *window;
  GtkWindow *dialog;
  CorroDateRow *date;
  GtkWidget *create;

  corro_test_fill_demo (path);
  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  dialog = open_new_group (app);
  date = find_date_row (GTK_WIDGET (dialog));
  create = find_button_for (GTK_WIDGET (dialog), "dialog.create");
  {
    g_autoptr(GPtrArray) entries = corro_test_find_widgets (GTK_WIDGET (dialog),
                                                            ADW_TYPE_ENTRY_ROW);

    gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "Martes");
  }

  type_into (dialog, date, "31/02/2026");
  g_assert_false (corro_date_row_is_valid (date));
  g_assert_null (corro_date_row_get_date (date));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "31/02/2026");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (date)), ==, hint);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  g_assert_false (gtk_widget_is_sensitive (create));
  corro_test_wait_for_draw (GTK_WIDGET (dialog));
  name = g_strdup_printf ("date-wrong-%s.png", g_getenv ("LANGUAGE"));
  shot = corro_test_save_screenshot (GTK_WIDGET (dialog), name);
  g_test_message ("screenshot: %s", shot);

  /* ISO is a date anywhere; the title comes back. */
  type_into (dialog, date, "2026-12-25");
  g_assert_cmpstr (corro_date_row_get_date (date), ==, "2026-12-25");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (date)), ==, _("Date"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  g_assert_true (gtk_widget_is_sensitive (create));
  gtk_window_destroy (dialog);

  /* Moving a session: Move waits for a date. */
  {
    GListModel *groups = corro_records_get_groups (corro_application_get_records (app));
    g_autoptr(CorroGroup) group = g_list_model_get_item (groups, 0);
    g_autoptr(CorroSession) session = NULL;
    GtkWidget *page;
    AdwMessageDialog *ask;

    corro_window_open_group (CORRO_WINDOW (window), group);
    corro_test_wait_for_draw (GTK_WIDGET (window));
    page = corro_window_get_group_page (CORRO_WINDOW (window));
    session = g_list_model_get_item (corro_group_get_sessions (group), 1);
    gtk_widget_activate_action (page, "group.move-session", "x", corro_session_get_id (session));
    ask = ADW_MESSAGE_DIALOG (corro_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    corro_test_wait_for_draw (GTK_WIDGET (ask));
    date = find_date_row (GTK_WIDGET (ask));
    g_assert_nonnull (corro_date_row_get_date (date));
    g_assert_true (adw_message_dialog_get_response_enabled (ask, "move"));
    type_into (GTK_WINDOW (ask), date, "2026-13-01");
    g_assert_false (adw_message_dialog_get_response_enabled (ask, "move"));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (date)), ==, hint);
    g_free (name);
    g_free (shot);
    name = g_strdup_printf ("date-move-wrong-%s.png", g_getenv ("LANGUAGE"));
    shot = corro_test_save_screenshot (GTK_WIDGET (ask), name);
    g_test_message ("screenshot: %s", shot);
    type_into (GTK_WINDOW (ask), date, "9/12/2026");
    g_assert_true (adw_message_dialog_get_response_enabled (ask, "move"));
    /* Enter moves it, as the default answer. */
    corro_test_xdotool ((const char *[]) { "key", "Return", NULL });
    WAIT_WHILE (g_strcmp0 (corro_session_get_date (session), "2026-12-09") != 0);
    g_assert_cmpstr (corro_session_get_date (session), ==, "2026-12-09");
    iterate_for (200);

    /* Recording it as held: Record as Held waits for a day. */
    {
      GtkWidget *held = corro_held_dialog_new (window, corro_application_get_records (app),
                                               group, session, NULL);

      gtk_window_present (GTK_WINDOW (held));
      corro_test_wait_for_draw (held);
      date = find_date_row (held);
      g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (held),
                                                              "record"));
      type_into (GTK_WINDOW (held), date, "lunes");
      g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (held),
                                                               "record"));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (date)), ==, hint);
      g_free (name);
      g_free (shot);
      name = g_strdup_printf ("date-held-wrong-%s.png", g_getenv ("LANGUAGE"));
      shot = corro_test_save_screenshot (held, name);
      g_test_message ("screenshot: %s", shot);
      gtk_window_destroy (GTK_WINDOW (held));
    }

    /* When someone was referred, in their enrolment: Save waits for a date, and says
     * what is wrong in the dialog; a date typed is kept with the referral. */
    {
      g_autoptr(CorroParticipant) participant =
        g_list_model_get_item (corro_group_get_participants (group), 0);
      g_autofree char *message = NULL;

      gtk_widget_activate_action (page, "group.edit-enrolment", "x",
                                  corro_participant_get_id (participant));
      ask = ADW_MESSAGE_DIALOG (corro_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
      corro_test_wait_for_draw (GTK_WIDGET (ask));
      date = find_date_row (GTK_WIDGET (ask));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (date)), ==,
                       _("Referred on"));
      type_into (GTK_WINDOW (ask), date, "30/02/2026");
      message = corro_date_dup_not_a_date ("30/02/2026");
      g_assert_false (adw_message_dialog_get_response_enabled (ask, "save"));
      g_assert_cmpstr (adw_message_dialog_get_body (ask), ==, message);
      type_into (GTK_WINDOW (ask), date, "3/3/2026");
      g_assert_true (adw_message_dialog_get_response_enabled (ask, "save"));
      adw_message_dialog_response (ask, "save");
      gtk_window_destroy (GTK_WINDOW (ask));
      g_assert_cmpstr (corro_participant_get_referral_date (participant), ==, "2026-03-03");
      {
        g_autoptr(CorroStore) store = corro_store_open (path, &error);
        g_autoptr(CorroRecords) fresh = NULL;
        g_autoptr(CorroGroup) again = NULL;
        CorroParticipant *kept;

        g_assert_no_error (error);
        fresh = corro_records_new (store);
        g_assert_true (corro_records_load (fresh, &error));
        again = g_list_model_get_item (corro_records_get_groups (fresh), 0);
        g_assert_true (corro_records_load_group (fresh, again, &error));
        kept = corro_group_find_participant (again, corro_participant_get_id (participant));
        g_assert_nonnull (kept);
        g_assert_cmpstr (corro_participant_get_referral_date (kept), ==, "2026-03-03");
      }
    }
  }

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

/* The calendar button beside the field opens on the date typed; a day clicked in it
 * becomes the text, in the locale's order. */
static void
check_calendar (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corro.db", NULL);
  g_autofree char *shot = NULL;
  g_autofree char *name = NULL;
  CorroApplication *app = corro_test_start_app (path);
  GtkWindow *dialog = open_new_group (app);
  CorroDateRow *date = find_date_row (GTK_WIDGET (dialog));
  g_autoptr(GPtrArray) buttons = corro_test_find_widgets (GTK_WIDGET (date),
                                                          GTK_TYPE_MENU_BUTTON);
  GtkMenuButton *button;
  GtkWidget *popover;
  GtkWidget *calendar;
  GtkWidget *fifteen = NULL;

  type_into (dialog, date, "25/12/2026");
  g_assert_cmpuint (buttons->len, ==, 1);
  button = g_ptr_array_index (buttons, 0);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  click (GTK_WIDGET (button));
  WAIT_WHILE (!gtk_widget_get_mapped (popover));
  g_assert_true (gtk_widget_get_mapped (popover));
  corro_test_wait_for_draw (popover);
  calendar = gtk_popover_get_child (GTK_POPOVER (popover));
  g_assert_true (GTK_IS_CALENDAR (calendar));
  {
    g_autoptr(GDateTime) shown = gtk_calendar_get_date (GTK_CALENDAR (calendar));

    g_assert_cmpint (g_date_time_get_year (shown), ==, 2026);
    g_assert_cmpint (g_date_time_get_month (shown), ==, 12);
    g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 25);
  }
  /* Opening it picked nothing. */
  g_assert_cmpstr (corro_date_row_get_date (date), ==, "2026-12-25");
  /* The popover is a surface of its own: shot on its own. */
  name = g_strdup_printf ("date-calendar-%s.png", g_getenv ("LANGUAGE"));
  shot = corro_test_save_screenshot (popover, name);
  g_test_message ("screenshot: %s", shot);

  {
    g_autoptr(GPtrArray) labels = corro_test_find_widgets (calendar, GTK_TYPE_LABEL);

    for (guint i = 0; i < labels->len && fifteen == NULL; i++)
      {
        GtkWidget *label = g_ptr_array_index (labels, i);

        if (gtk_widget_has_css_class (label, "day-number") &&
            !gtk_widget_has_css_class (label, "other-month") &&
            g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), "15") == 0)
          fifteen = label;
      }
  }
  g_assert_nonnull (fifteen);
  click (fifteen);
  wait_for_text (GTK_EDITABLE (date), "15/12/2026");
  g_assert_cmpstr (corro_date_row_get_date (date), ==, "2026-12-15");
  WAIT_WHILE (gtk_widget_get_mapped (popover));
  g_assert_false (gtk_widget_get_mapped (popover));

  /* The day already chosen, clicked again, is chosen (today, in an empty field). */
  type_into (dialog, date, "");
  click (GTK_WIDGET (button));
  WAIT_WHILE (!gtk_widget_get_mapped (popover));
  corro_test_wait_for_draw (popover);
  {
    g_autoptr(GPtrArray) labels = corro_test_find_widgets (calendar, GTK_TYPE_LABEL);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
    GtkWidget *selected = NULL;

    g_assert_null (corro_date_row_get_date (date));
    for (guint i = 0; i < labels->len && selected == NULL; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "day-number") &&
          (gtk_widget_get_state_flags (g_ptr_array_index (labels, i)) & GTK_STATE_FLAG_SELECTED))
        selected = g_ptr_array_index (labels, i);
    g_assert_nonnull (selected);
    click (selected);
    WAIT_WHILE (corro_date_row_get_date (date) == NULL);
    g_assert_cmpstr (corro_date_row_get_date (date), ==, today);
  }

  corro_test_stop_app (app);
  corro_test_remove_tree (dir);
}

static gboolean
can_press_keys (void)
{
  if (corro_test_has_xdotool ())
    return TRUE;
  g_test_skip ("no xdotool or no X display: keys cannot be pressed");
  return FALSE;
}

static void
test_typed (void)
{
  if (can_press_keys () && corro_test_in_subprocess (90))
    check_typed ();
}

static void
test_wrong (void)
{
  if (can_press_keys () && corro_test_in_subprocess (90))
    check_wrong ();
}

static void
test_calendar (void)
{
  if (can_press_keys () && corro_test_in_subprocess (90))
    check_calendar ();
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
  /* The display, to know whether xdotool can press keys on it. */
  gtk_init ();

  g_test_add_func ("/date-row/typed", test_typed);
  g_test_add_func ("/date-row/wrong", test_wrong);
  g_test_add_func ("/date-row/calendar", test_calendar);

  return g_test_run ();
}
