/* test-plan-keys.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session-plan editor used with the keyboard, in the real application under Xvfb
 * with real keys (xdotool): opening a chapter selects no text for a stray key to
 * replace; Ctrl+Z in a text field undoes the typing there and leaves the plan alone,
 * and outside it undoes the plan; after an undo the restored segment is selected; a new
 * segment has minutes; Tab leaves the segment list without selecting rows; Escape and
 * Alt+Left go back to the chapters; Keep Both on import gives a programme that can be
 * chosen; the Shortcuts window lists every accelerator and fits a 1366×768 screen.
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-chapter.h"
#include "corro-chapter-page.h"
#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-programme-library.h"
#include "corro-segment.h"
#include "corro-segment-row.h"
#include "corro-test-util.h"
#include "corro-window.h"

typedef struct
{
  char             *dir;
  CorroApplication *app;
  GtkWindow        *window;
  CorroChapterPage *page;
  CorroChapter     *chapter;
} Fixture;

static void
iterate (double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
keys (const char *first,
      ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  corro_test_xdotool ((const char * const *) args->pdata);
  iterate (0.4);
}

static void
open_chapter (Fixture *fixture,
              guint    number)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-chapter", "u", number);
  corro_test_wait_for_draw (GTK_WIDGET (fixture->window));
  iterate (0.3);
  fixture->page = CORRO_CHAPTER_PAGE (corro_window_get_chapter_page (CORRO_WINDOW (fixture->window)));
  fixture->chapter = corro_chapter_page_get_chapter (fixture->page);
}

static void
set_up (Fixture *fixture)
{
  g_autofree char *database = NULL;

  fixture->dir = corro_test_make_tmpdir ();
  database = g_build_filename (fixture->dir, "corro.db", NULL);
  fixture->app = corro_test_start_app (database);
  fixture->window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
  gtk_window_set_default_size (fixture->window, 1366, 768);
  corro_test_wait_for_draw (GTK_WIDGET (fixture->window));
  corro_test_focus_window (fixture->window);
  open_chapter (fixture, 3);
}

static void
tear_down (Fixture *fixture)
{
  corro_test_stop_app (fixture->app);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static CorroSegment *
segment_at (Fixture *fixture,
            guint    index)
{
  g_autoptr(CorroSegment) segment =
    g_list_model_get_item (corro_chapter_get_segments (fixture->chapter), index);

  return segment;   /* the chapter keeps it */
}

static GtkWidget *
focus (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* The entry showing @text, in the page. */
static GtkWidget *
entry_with (Fixture    *fixture,
            const char *text)
{
  g_autoptr(GPtrArray) entries = corro_test_find_widgets (GTK_WIDGET (fixture->page),
                                                          GTK_TYPE_TEXT);

  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (entries, i)), text) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (entries, i)))
      return g_ptr_array_index (entries, i);

  g_assert_not_reached ();
}

static void
check_open_selects_nothing (Fixture *fixture)
{
  g_autofree char *title = g_strdup (corro_chapter_get_title (fixture->chapter, "en"));
  GtkWidget *focused = focus (fixture);
  int start = 0, end = 0;

  /* The keyboard is on something harmless: not a text field, nothing selected in one. */
  g_assert_nonnull (focused);
  g_assert_false (GTK_IS_TEXT (focused));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (entry_with (fixture, title)),
                                                     &start, &end));

  /* A stray key changes no title. */
  keys ("key", "x", NULL);
  g_assert_cmpstr (corro_chapter_get_title (fixture->chapter, "en"), ==, title);
  g_assert_cmpint (corro_chapter_page_get_selected (fixture->page), ==, -1);
}

static void
check_ctrl_z_in_field (Fixture *fixture)
{
  CorroSegment *first = segment_at (fixture, 0);
  CorroSegment *third = segment_at (fixture, 2);
  g_autofree char *title = g_strdup (corro_segment_get_title (first, "en"));
  guint minutes = corro_segment_get_minutes (third, "group");
  GtkWidget *entry;

  /* A change to the plan first: the third segment's minutes. */
  corro_segment_set_minutes (third, "group", minutes + 7);

  corro_chapter_page_select (fixture->page, 0);
  iterate (0.3);
  entry = entry_with (fixture, title);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  iterate (0.2);
  keys ("type", "--delay", "40", "abc", NULL);
  g_assert_cmpstr (corro_segment_get_title (first, "en"), ==,
                   g_strconcat (title, "abc", NULL));

  /* Ctrl+Z, twice: the typing goes, the plan's earlier change stays. */
  keys ("key", "ctrl+z", NULL);
  keys ("key", "ctrl+z", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, title);
  g_assert_cmpstr (corro_segment_get_title (first, "en"), ==, title);
  g_assert_cmpuint (corro_segment_get_minutes (segment_at (fixture, 2), "group"), ==,
                    minutes + 7);

  /* Outside the fields Ctrl+Z undoes the plan: the minutes go back. */
  corro_chapter_page_focus_start (fixture->page);
  iterate (0.2);
  while (corro_segment_get_minutes (segment_at (fixture, 2), "group") != minutes &&
         corro_chapter_get_can_undo (fixture->chapter))
    keys ("key", "ctrl+z", NULL);
  g_assert_cmpuint (corro_segment_get_minutes (segment_at (fixture, 2), "group"), ==, minutes);
}

static void
check_undo_selects_restored (Fixture *fixture)
{
  corro_chapter_page_select (fixture->page, 1);
  corro_segment_set_title (segment_at (fixture, 1), "en", "Changed here");
  corro_chapter_page_select (fixture->page, 4);
  iterate (0.2);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.undo", NULL);
  iterate (0.2);
  g_assert_cmpstr (corro_segment_get_title (segment_at (fixture, 1), "en"), !=, "Changed here");
  g_assert_cmpint (corro_chapter_page_get_selected (fixture->page), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.redo", NULL);
  iterate (0.2);
  g_assert_cmpstr (corro_segment_get_title (segment_at (fixture, 1), "en"), ==, "Changed here");
  g_assert_cmpint (corro_chapter_page_get_selected (fixture->page), ==, 1);
}

static void
check_new_segment_minutes (Fixture *fixture)
{
  CorroProgramme *programme = CORRO_PROGRAMME (corro_window_get_programme (CORRO_WINDOW (fixture->window)));
  CorroSegment *added;

  corro_chapter_page_select (fixture->page, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.add-segment", "s", "discussion");
  added = segment_at (fixture, 2);
  g_assert_cmpint (corro_segment_get_kind (added), ==, CORRO_SEGMENT_DISCUSSION);
  for (guint i = 0; i < corro_programme_get_n_variants (programme); i++)
    g_assert_cmpuint (corro_segment_get_minutes (added, corro_programme_get_variant_id (programme, i)),
                      ==, 5);
}

static gboolean
inside (GtkWidget *widget,
        GType      type)
{
  return widget != NULL && (g_type_is_a (G_OBJECT_TYPE (widget), type) ||
                            gtk_widget_get_ancestor (widget, type) != NULL);
}

static void
check_tab_leaves_list (Fixture *fixture)
{
  corro_chapter_page_select (fixture->page, 1);
  iterate (0.2);
  g_assert_true (inside (focus (fixture), CORRO_TYPE_SEGMENT_ROW));

  keys ("key", "Tab", NULL);
  /* Out of the list, on the selected segment's editor; no row selected on the way. */
  g_assert_false (inside (focus (fixture), CORRO_TYPE_SEGMENT_ROW));
  g_assert_cmpint (corro_chapter_page_get_selected (fixture->page), ==, 1);

  corro_chapter_page_select (fixture->page, 1);
  iterate (0.2);
  keys ("key", "shift+Tab", NULL);
  g_assert_false (inside (focus (fixture), CORRO_TYPE_SEGMENT_ROW));
  g_assert_cmpint (corro_chapter_page_get_selected (fixture->page), ==, 1);
}

static void
check_keys_go_back (Fixture *fixture)
{
  const char *combos[] = { "Escape", "alt+Left" };

  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    {
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
      keys ("key", combos[i], NULL);
      g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
      g_assert_cmpstr (corro_window_get_visible_page (CORRO_WINDOW (fixture->window)), ==,
                       "programme");
      open_chapter (fixture, 3);
    }
}

static AdwMessageDialog *
find_dialog (void)
{
  return ADW_MESSAGE_DIALOG (corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static gboolean
has_dialog (void)
{
  return corro_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
check_keep_both (Fixture *fixture)
{
  CorroProgrammeLibrary *library = corro_application_get_library (fixture->app);
  g_autofree char *path = g_build_filename (fixture->dir, "same.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) dropdowns = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GError) error = NULL;
  CorroProgramme *shown;
  GtkDropDown *chooser = NULL;
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  /* The programme kept, written out and imported again: same id, same title. */
  g_assert_true (corro_programme_format_write_file (corro_programme_library_get_default (library),
                                                    file, &error));
  g_assert_no_error (error);
  corro_window_import_programme (CORRO_WINDOW (fixture->window), file);
  while (!has_dialog () && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (has_dialog ());
  {
    AdwMessageDialog *dialog = find_dialog ();
    g_autofree char *label = g_strdup (adw_message_dialog_get_response_label (dialog,
                                                                              "keep-both"));

    buttons = corro_test_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
        {
          gtk_widget_activate (g_ptr_array_index (buttons, i));
          break;
        }
  }
  iterate (0.5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 2);

  /* The new one is shown, and a chooser on the page reaches either. */
  shown = CORRO_PROGRAMME (corro_window_get_programme (CORRO_WINDOW (fixture->window)));
  g_assert_true (shown != corro_programme_library_get_default (library));
  dropdowns = corro_test_find_widgets (GTK_WIDGET (fixture->window), GTK_TYPE_DROP_DOWN);
  for (guint i = 0; i < dropdowns->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (dropdowns, i)) &&
        g_list_model_get_n_items (gtk_drop_down_get_model (g_ptr_array_index (dropdowns, i))) == 2 &&
        gtk_widget_get_ancestor (g_ptr_array_index (dropdowns, i), CORRO_TYPE_CHAPTER_PAGE) == NULL)
      chooser = g_ptr_array_index (dropdowns, i);
  g_assert_nonnull (chooser);
  g_assert_cmpuint (gtk_drop_down_get_selected (chooser), ==, 1);
  gtk_drop_down_set_selected (chooser, 0);
  g_assert_true (corro_window_get_programme (CORRO_WINDOW (fixture->window)) ==
                 G_LIST_MODEL (corro_programme_library_get_default (library)));
}

/* Every accelerator the application sets, and the keys the editor and the presenter
 * handle, are in the Shortcuts window; it fits a 1366×768 screen. */
static void
check_shortcuts_window (Fixture *fixture)
{
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (fixture->app));
  g_autoptr(GPtrArray) shortcuts = NULL;
  g_autofree char *shot = NULL;
  GtkWindow *overlay;
  const char *keys_handled[] = {
    "<Control>z", "<Shift><Control>z", "<Control>d", "<Alt>Up", "<Alt>Down", "Delete",
    "Escape", "<Alt>Left", "space", "Right", "Page_Down", "Left", "Page_Up", "Home", "End",
    "<Control>Right", "<Control>Left", "b", "w", "Tab",
  };
  g_autoptr(GString) listed = g_string_new (" ");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL);
  iterate (0.5);
  overlay = corro_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (overlay);
  corro_test_wait_for_draw (GTK_WIDGET (overlay));

  shortcuts = corro_test_find_widgets (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SHORTCUT);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;

      g_object_get (g_ptr_array_index (shortcuts, i), "accelerator", &accelerator,
                    "action-name", &action, NULL);
      if (accelerator != NULL)
        g_string_append_printf (listed, "%s ", accelerator);
      if (action != NULL)
        {
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                       action);

          for (guint j = 0; accels[j] != NULL; j++)
            g_string_append_printf (listed, "%s ", accels[j]);
        }
    }
  g_test_message ("listed:%s", listed->str);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                   actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          g_autofree char *word = g_strdup_printf (" %s ", accels[j]);

          if (strstr (listed->str, word) == NULL)
            g_error ("%s (%s) is not in the Shortcuts window", accels[j], actions[i]);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys_handled); i++)
    {
      g_autofree char *word = g_strdup_printf (" %s ", keys_handled[i]);

      if (strstr (listed->str, word) == NULL)
        g_error ("%s is not in the Shortcuts window", keys_handled[i]);
    }

  g_test_message ("shortcuts window: %d×%d", gtk_widget_get_width (GTK_WIDGET (overlay)),
                  gtk_widget_get_height (GTK_WIDGET (overlay)));
  /* It fits a 1024×600 screen, with room for a top bar. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (overlay)), <=, 1024);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (overlay)), <=, 600 - 40);
  shot = corro_test_save_screenshot (GTK_WIDGET (overlay), "shortcuts-window");
  g_test_message ("screenshot: %s", shot);
  g_free (shot);

  /* The presenter's keys, on the other section: the same size. */
  g_object_set (overlay, "section-name", "presenting", NULL);
  corro_test_wait_for_draw (GTK_WIDGET (overlay));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (overlay)), <=, 1024);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (overlay)), <=, 600 - 40);
  shot = corro_test_save_screenshot (GTK_WIDGET (overlay), "shortcuts-window-presenting");
  g_test_message ("screenshot: %s", shot);
}

static void
run_in_subprocess (gconstpointer data)
{
  void (*check) (Fixture *) = data;
  Fixture fixture = { 0 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 100 * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  set_up (&fixture);
  if (!corro_test_has_xdotool ())
    {
      g_test_skip ("xdotool and X11 are needed for real keys");
      tear_down (&fixture);
      return;
    }
  check (&fixture);
  tear_down (&fixture);
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

#define ADD(path, func) g_test_add_data_func (path, func, run_in_subprocess)

  ADD ("/plan-keys/open-selects-nothing", check_open_selects_nothing);
  ADD ("/plan-keys/ctrl-z-in-field", check_ctrl_z_in_field);
  ADD ("/plan-keys/undo-selects-restored", check_undo_selects_restored);
  ADD ("/plan-keys/new-segment-minutes", check_new_segment_minutes);
  ADD ("/plan-keys/tab-leaves-list", check_tab_leaves_list);
  ADD ("/plan-keys/escape-goes-back", check_keys_go_back);
  ADD ("/plan-keys/keep-both", check_keep_both);
  ADD ("/plan-keys/shortcuts-window", check_shortcuts_window);

#undef ADD

  return g_test_run ();
}
