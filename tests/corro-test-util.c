/* corro-test-util.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "corro-application.h"
#include "corro-demo.h"
#include "corro-person-record.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-store.h"
#include "corro-test-util.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#define WAIT_LIMIT_US (30 * G_USEC_PER_SEC)

/* The clean-log harness: a GLib or GTK WARNING or CRITICAL is a bug (often a use after
 * free), so no test may print one.  Every test program starts with corro_test_init(),
 * which makes any such message, from any log domain, through the old g_log() API or the
 * structured one, end the test as failed, after saying what it was.  A message a test
 * provokes on purpose and announces with g_test_expect_message() is swallowed by GLib
 * before it reaches these handlers, so that still works.  The real binary, run by the
 * tests as a child, is held to the same rule by corro_test_assert_clean_log() on its
 * output (and G_DEBUG=fatal-criticals, set by meson for every test). */

#define BAD_LEVELS (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)

static const char *
level_name (GLogLevelFlags level)
{
  if (level & G_LOG_LEVEL_ERROR)
    return "ERROR";
  if (level & G_LOG_LEVEL_CRITICAL)
    return "CRITICAL";
  return "WARNING";
}

static G_NORETURN void
fail_on_message (const char     *domain,
                 GLogLevelFlags  level,
                 const char     *message)
{
  /* Straight to stderr: the logging system is what brought us here. */
  fprintf (stderr, "\n%s-%s **: %s\n"
           "corro-test: FAIL: a %s was logged; no test may print one (fix its cause, or "
           "announce a deliberate one with g_test_expect_message)\n",
           domain != NULL ? domain : "(no domain)", level_name (level), message,
           level_name (level));
  fflush (stderr);
  abort ();
}

static GLogWriterOutput
clean_log_writer (GLogLevelFlags   level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  if (level & BAD_LEVELS)
    {
      const char *domain = NULL;
      const char *message = "";

      for (gsize i = 0; i < n_fields; i++)
        {
          if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
            domain = fields[i].value;
          else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
            message = fields[i].value;
        }
      fail_on_message (domain, level, message);
    }

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static GLogFunc default_handler;

static void
clean_log_handler (const char     *domain,
                   GLogLevelFlags  level,
                   const char     *message,
                   gpointer        user_data)
{
  if (level & BAD_LEVELS)
    fail_on_message (domain, level, message);

  default_handler (domain, level, message, user_data);
}

/**
 * corro_test_in_subprocess:
 * @seconds: how long the case may take
 *
 * Runs the current test case again in a child process (each case starts its own
 * application there) and requires it to pass, its output shown.
 *
 * Returns: %TRUE in the child, which then runs the case; %FALSE in the parent
 */
gboolean
corro_test_in_subprocess (guint seconds)
{
  if (g_test_subprocess ())
    return TRUE;

  g_test_trap_subprocess (NULL, seconds * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

/**
 * corro_test_init:
 *
 * g_test_init() with the clean-log harness installed: the common start of every test
 * program.
 */
void
corro_test_init (int    *argc,
                 char ***argv)
{
  g_test_init (argc, argv, NULL);

  /* Old-style g_log() messages reach the default handler (GTest's, once g_test_init has
   * run); structured ones (GTK's, GLib's own) reach the writer. */
  default_handler = g_log_set_default_handler (clean_log_handler, NULL);
  g_log_set_writer_func (clean_log_writer, NULL, NULL);
}

/**
 * corro_test_log_is_clean:
 * @output: what a child process (the real `corro`) printed
 * @first_bad_line: (out) (optional) (transfer full): the first offending line
 *
 * Returns: whether @output holds no WARNING or CRITICAL line
 */
gboolean
corro_test_log_is_clean (const char  *output,
                         char       **first_bad_line)
{
  g_auto(GStrv) lines = g_strsplit (output != NULL ? output : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "CRITICAL") != NULL || strstr (lines[i], "WARNING") != NULL)
      {
        if (first_bad_line != NULL)
          *first_bad_line = g_strdup (lines[i]);
        return FALSE;
      }

  return TRUE;
}

/* Fails the test if @output (what @what printed) holds a WARNING or CRITICAL line. */
void
corro_test_assert_clean_log (const char *output,
                             const char *what)
{
  g_autofree char *bad = NULL;

  if (corro_test_log_is_clean (output, &bad))
    return;

  g_test_message ("%s printed:\n%s", what, output);
  g_test_fail_printf ("%s printed a warning or critical: %s", what, bad);
}

/**
 * corro_test_make_tmpdir:
 *
 * Returns: a fresh private folder for one test case
 */
char *
corro_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("corro-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
corro_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          corro_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

GBytes *
corro_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/**
 * corro_test_dump_database:
 *
 * Returns: (transfer full): the whole database at @path as SQL text, by the sqlite3
 *   program, which reads a database in use (its -wal too) without changing it
 */
char *
corro_test_dump_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "sqlite3", path, ".dump", NULL };
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (strstr (out, "CREATE TABLE grp") != NULL);
  return out;
}

/**
 * corro_test_put_programme:
 *
 * A "cosp" programme of eight chapters, enough for groups to have sessions.
 */
void
corro_test_put_programme (CorroStore *store)
{
  CorroStoreChapter chapters[8];
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 8; i++)
    chapters[i] = (CorroStoreChapter) { i + 1, "Chapter", "Capítulo", "{}" };
  g_assert_true (corro_store_put_programme (store, "cosp", "{}", chapters, 8, &error));
  g_assert_no_error (error);
}

/**
 * corro_test_create_group:
 *
 * A running group of the "cosp" programme, with its eight sessions.
 */
gint64
corro_test_create_group (CorroStore *store,
                         const char *name,
                         const char *start_date)
{
  CorroStoreGroup group = {
    .name = (char *) name,
    .programme_id = (char *) "cosp",
    .start_date = (char *) start_date,
    .status = CORRO_GROUP_STATUS_RUNNING,
  };
  g_autoptr(GError) error = NULL;
  gint64 id = corro_store_create_group (store, &group, &error);

  g_assert_no_error (error);
  return id;
}

/**
 * corro_test_add_person:
 *
 * A participant in no group yet, with only a name, a phone and an email.
 */
gint64
corro_test_add_person (CorroStore *store,
                       const char *name,
                       const char *phone,
                       const char *email)
{
  CorroStoreParticipant participant = {
    .name = (char *) name,
    .relationship = CORRO_RELATIONSHIP_UNKNOWN,
    .child_age_months = -1,
    .language = (char *) "",
    .phone = (char *) phone,
    .email = (char *) email,
    .consent_scope = (char *) "",
  };
  g_autoptr(GError) error = NULL;
  gint64 id = corro_store_insert_participant (store, &participant, &error);

  g_assert_no_error (error);
  return id;
}

/**
 * corro_test_enrol:
 *
 * Refers a participant to a group, referred on 2026-03-03, with @status.
 */
gint64
corro_test_enrol (CorroStore           *store,
                  gint64                group_id,
                  gint64                participant_id,
                  CorroEnrolmentStatus  status)
{
  CorroStoreEnrolment enrolment = {
    .group_id = group_id,
    .participant_id = participant_id,
    .referral_source = (char *) "",
    .referral_date = (char *) "2026-03-03",
    .status = status,
  };
  g_autoptr(GError) error = NULL;
  gint64 id = corro_store_enrol (store, &enrolment, &error);

  g_assert_no_error (error);
  return id;
}

/**
 * corro_test_add_note:
 *
 * Writes a draft note straight into @store and returns its id.
 */
gint64
corro_test_add_note (CorroStore          *store,
                     CorroReflectionKind  kind,
                     gint64               session_id,
                     gint64               participant_id,
                     const char          *text)
{
  CorroStoreReflection note = {
    .kind = kind,
    .session_id = session_id,
    .participant_id = participant_id,
    .text = (char *) text,
  };
  g_autoptr(GError) error = NULL;
  gint64 id = corro_store_insert_reflection (store, &note, &error);

  g_assert_no_error (error);
  return id;
}

/**
 * corro_test_dup_record_text:
 *
 * Returns: (transfer full): every word of a person's readable record, section by
 *   section, as the PDF lays it out: headings, paragraphs, "key: value" lines, dated
 *   notes and their addenda
 */
char *
corro_test_dup_record_text (CorroPersonRecord *record)
{
  GString *readable = g_string_new (corro_person_record_get_title (record));

  g_string_append_c (readable, '\n');
  for (guint i = 0; i < corro_person_record_get_n_sections (record); i++)
    {
      const CorroPersonSection *section = corro_person_record_get_section (record, i);

      g_string_append_printf (readable, "%s\n%s\n", section->heading,
                              section->text != NULL ? section->text : "");
      for (guint j = 0; j < section->lines->len; j++)
        {
          CorroPersonLine *line = g_ptr_array_index (section->lines, j);

          g_string_append_printf (readable, "%s: %s\n", line->key, line->value);
        }
      for (guint j = 0; j < section->notes->len; j++)
        {
          CorroPersonNote *note = g_ptr_array_index (section->notes, j);

          g_string_append_printf (readable, "%s %s %s\n", note->date, note->title, note->text);
          for (guint k = 0; k < note->addenda->len; k++)
            {
              CorroPersonLine *addendum = g_ptr_array_index (note->addenda, k);

              g_string_append_printf (readable, "+ %s %s\n", addendum->key, addendum->value);
            }
        }
    }
  return g_string_free (readable, FALSE);
}

void
corro_test_write_random (const char *path,
                         gsize       size)
{
  g_autofree guint8 *bytes = g_malloc (size);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < size; i++)
    bytes[i] = (guint8) g_random_int_range (0, 256);

  g_file_set_contents (path, (const char *) bytes, size, &error);
  g_assert_no_error (error);
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

/**
 * corro_test_find_widgets:
 *
 * Returns: (transfer container): the widgets of @type below @root, in tree order
 */
GPtrArray *
corro_test_find_widgets (GtkWidget *root,
                         GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  return found;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Iterates the main loop until @widget is mapped and has been painted once. */
void
corro_test_wait_for_draw (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_US;
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_mapped (widget));

  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handler_disconnect (clock, handler);
  g_assert_true (painted);

  /* Let pending idle work (list models, bindings) settle. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/**
 * corro_test_save_screenshot:
 * @name: file name without folder, e.g. "main-window-en.png"
 *
 * Renders @widget as it is drawn now and saves it under the build folder's
 * `screenshots/`, for a person to look at.
 *
 * Returns: (transfer full): the path written
 */
char *
corro_test_save_screenshot (GtkWidget  *widget,
                            const char *name)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *file_name = NULL;
  const char *language = g_getenv ("LANGUAGE");
  char *path;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  /* A NAME without ".png" gets the language the test runs in: "old-records-es.png". */
  if (g_str_has_suffix (name, ".png"))
    file_name = g_strdup (name);
  else
    file_name = g_strdup_printf ("%s-%.2s.png", name,
                                 language != NULL && language[0] != '\0' ? language : "en");
  path = g_build_filename (dir, file_name, NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  /* A widget paintable holds the render node of the widget's latest frame; make it
   * first, then let one more frame be drawn so that it has an image to give. */
  paintable = gtk_widget_paintable_new (widget);
  corro_test_wait_for_draw (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));

  return path;
}

/* Keys: xdotool (XTEST) presses them on the X server and GTK delivers them as a person's. */

/**
 * corro_test_has_xdotool:
 *
 * Returns: whether real keys can be pressed: xdotool is installed and GTK uses X11
 */
gboolean
corro_test_has_xdotool (void)
{
  g_autofree char *path = g_find_program_in_path ("xdotool");

#ifdef GDK_WINDOWING_X11
  return path != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
#else
  return FALSE;
#endif
}

/* Runs xdotool with @args (%NULL-terminated) and asserts that it succeeded. */
void
corro_test_xdotool (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) "xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Gives @window the X server's keyboard focus, as clicking on it would, and waits until
 * GTK knows it is active. */
void
corro_test_focus_window (GtkWindow *window)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  corro_test_xdotool ((const char *[]) { "windowfocus", xid, NULL });
  while (!gtk_window_is_active (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_window_is_active (window));
#endif
}

/**
 * corro_test_fill_demo:
 * @database: a database file, new or empty
 *
 * Writes the programme and the fictional demo records into @database, as `--demo` does.
 */
void
corro_test_fill_demo (const char *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStore) store = corro_store_open (database, &error);
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  g_autoptr(CorroRecords) records = NULL;

  g_assert_no_error (error);
  library = corro_programme_library_new (store);
  g_assert_true (corro_programme_library_load (library, &error));
  records = corro_records_new (store);
  g_assert_true (corro_records_load (records, &error));
  g_assert_true (corro_demo_fill (records, "cosp", &error));
  g_assert_no_error (error);
}

/**
 * corro_test_start_app:
 * @database: the database file to open
 *
 * Starts the real application on @database, kept off D-Bus (several may live and die in
 * one process), with animations off so that screenshots show where pages end up, and
 * activates it: its main window (or recovery window) is the active window.
 *
 * Automatic backups are switched off (in the tests' memory settings), so that closing the
 * windows does not start a backup in a thread while the test removes its folder; a test
 * about them switches them back on.
 *
 * Returns: (transfer full): the application
 */
CorroApplication *
corro_test_start_app (const char *database)
{
  CorroApplication *app = corro_application_new ();
  g_autoptr(GError) error = NULL;

  corro_application_set_database_path (app, database);
  g_application_set_application_id (G_APPLICATION (app), NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  if (corro_application_get_settings (app) != NULL)
    g_settings_set_boolean (corro_application_get_settings (app), "automatic-backups", FALSE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_application_activate (G_APPLICATION (app));

  return app;
}

/**
 * corro_test_find_toplevel:
 *
 * Returns: (transfer none) (nullable): a visible toplevel of @type, such as a dialog,
 *   which GtkApplication does not list among its windows
 */
GtkWindow *
corro_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/**
 * corro_test_wait_for_toplevel:
 *
 * Waits (up to 10 s) for a visible toplevel of @type, such as a dialog just asked for.
 *
 * Returns: (transfer none): the toplevel
 */
GtkWindow *
corro_test_wait_for_toplevel (GType type)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_US;
  GtkWindow *window = NULL;

  while ((window = corro_test_find_toplevel (type)) == NULL &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_nonnull (window);
  return window;
}

/**
 * corro_test_answer_dialog:
 * @response: the id of the response to give, e.g. "end"
 *
 * Waits for a message dialog, answers it as its button would, and lets what the answer
 * does run.
 */
void
corro_test_answer_dialog (const char *response)
{
  GtkWindow *dialog = corro_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_US;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  if (dialog != NULL)
    gtk_window_destroy (dialog);
  while (dialog != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/**
 * corro_test_stop_app:
 * @app: (transfer full): an application from corro_test_start_app()
 *
 * Closes its windows, lets what they leave behind run, and drops the application.
 */
void
corro_test_stop_app (CorroApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (app);
}
