/* corro-application.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-application"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-media-check.h"
#include "corro-programme-command.h"
#include "corro-programme-library.h"
#include "corro-records-command.h"
#include "corro-recovery-window.h"
#include "corro-store.h"
#include "corro-window.h"

#define SCHEMA_ID "io.github.corro.Corro"

struct _CorroApplication
{
  AdwApplication  parent_instance;

  /* owned */
  GSettings             *settings;
  CorroStore            *store;
  CorroProgrammeLibrary *library;
  char           *database_path;
};

G_DEFINE_FINAL_TYPE (CorroApplication, corro_application, ADW_TYPE_APPLICATION)

/* helpers */

static gboolean
check_database_option (const char  *path,
                       GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_filename_display_name (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder; give the name of a database file."), name);
      return FALSE;
    }

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *dir_name = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The folder “%s” does not exist."), dir_name);
      return FALSE;
    }

  return TRUE;
}

/* actions */

static void
corro_application_about_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  static const char *developers[] = { "Corro developers", NULL };
  CorroApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", "Corro",
                         "application-icon", APP_ID,
                         "developer-name", _("Corro developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan, present and record Circle of Security Parenting "
                                       "group sessions, offline."),
                         "website", "https://github.com/corro/corro",
                         "issue-url", "https://github.com/corro/corro/issues",
                         "developers", developers,
                         "copyright", "© 2026 Corro developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: your names, one per line, with e-mail if you wish */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
corro_application_quit_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", corro_application_about_action },
  { "quit", corro_application_quit_action },
};

/* vfuncs */

static int
corro_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  CorroApplication *self = CORRO_APPLICATION (app);
  g_autofree char *database = NULL;
  g_autofree char *media = NULL;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("corro %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* Headless: probes the file with GStreamer only; GTK is never initialised. */
  if (g_variant_dict_lookup (options, "check-media", "^ay", &media))
    return corro_media_check (media);

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      if (!check_database_option (database, &error))
        {
          g_printerr ("corro: %s\n", error->message);
          return 1;
        }
      corro_application_set_database_path (self, database);
    }

  if (corro_programme_command_is_wanted (options))
    return corro_programme_command_run (options, corro_application_get_database_path (self));

  if (corro_records_command_is_wanted (options))
    return corro_records_command_run (options, corro_application_get_database_path (self));

  /* One window per database: a second instance on the default database hands over to the
   * first, while a database named on the command line or in the environment gets its own. */
  if (self->database_path != NULL || g_getenv ("CORRO_DATABASE") != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return G_APPLICATION_CLASS (corro_application_parent_class)->handle_local_options (app, options);
}

static void
corro_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *groups_accels[] = { "<Alt>1", NULL };
  static const char *programme_accels[] = { "<Alt>2", NULL };
  CorroApplication *self = CORRO_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (corro_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-groups",
                                         groups_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-programme",
                                         programme_accels);

  /* Without its schema (an uninstalled build run by hand) Corro still works; it just
   * does not remember the window's size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (SCHEMA_ID);
  else
    g_message ("Schema %s is not installed; window state will not be saved", SCHEMA_ID);
}

static void
corro_application_activate (GApplication *app)
{
  CorroApplication *self = CORRO_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  corro_application_open_store (self, NULL);
}

static void
corro_application_shutdown (GApplication *app)
{
  CorroApplication *self = CORRO_APPLICATION (app);

  g_clear_object (&self->library);
  g_clear_object (&self->store);

  G_APPLICATION_CLASS (corro_application_parent_class)->shutdown (app);
}

static void
corro_application_finalize (GObject *object)
{
  CorroApplication *self = (CorroApplication *) object;

  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_object (&self->store);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (corro_application_parent_class)->finalize (object);
}

static void
corro_application_class_init (CorroApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = corro_application_finalize;

  app_class->handle_local_options = corro_application_handle_local_options;
  app_class->startup = corro_application_startup;
  app_class->activate = corro_application_activate;
  app_class->shutdown = corro_application_shutdown;
}

static void
corro_application_init (CorroApplication *self)
{
  static const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version of Corro and exit"), NULL },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the records in FILE instead of the usual place (or set CORRO_DATABASE)"),
      N_("FILE") },
    { "check-media", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Say what the video FILE holds and whether Corro can play it, then exit"),
      N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  corro_programme_command_add_options (G_APPLICATION (self));
  corro_records_command_add_options (G_APPLICATION (self));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan, present and record Circle of Security "
                                              "Parenting group sessions."));
}

/* public API */

CorroApplication *
corro_application_new (void)
{
  return g_object_new (CORRO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * corro_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings, %NULL when the schema is not installed
 */
GSettings *
corro_application_get_settings (CorroApplication *self)
{
  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * corro_application_get_store:
 *
 * Returns: (transfer none) (nullable): the open store, %NULL until one is open
 */
CorroStore *
corro_application_get_store (CorroApplication *self)
{
  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * corro_application_get_library:
 *
 * Returns: (transfer none) (nullable): the programmes kept in the open store
 */
CorroProgrammeLibrary *
corro_application_get_library (CorroApplication *self)
{
  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  return self->library;
}

/**
 * corro_application_get_database_path:
 *
 * Returns: the database this application opens: `--database`, `CORRO_DATABASE`, or the
 *   usual place in the user's data folder
 */
const char *
corro_application_get_database_path (CorroApplication *self)
{
  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  if (self->database_path == NULL)
    self->database_path = corro_store_dup_default_path ();

  return self->database_path;
}

void
corro_application_set_database_path (CorroApplication *self,
                                     const char       *path)
{
  g_return_if_fail (CORRO_IS_APPLICATION (self));

  g_free (self->database_path);
  self->database_path = g_strdup (path);
}

/**
 * corro_application_open_store:
 * @notice: (nullable): a message to show once the main window is up
 *
 * Opens the database and shows the main window, or, when the database cannot be
 * opened, a window that explains why and offers a way out without losing the file.
 */
void
corro_application_open_store (CorroApplication *self,
                              const char       *notice)
{
  g_autoptr(GError) error = NULL;
  const char *path;
  GtkWindow *window;

  g_return_if_fail (CORRO_IS_APPLICATION (self));

  path = corro_application_get_database_path (self);
  g_clear_object (&self->library);
  g_clear_object (&self->store);
  self->store = corro_store_open (path, &error);

  if (self->store == NULL)
    {
      g_message ("Could not open %s: %s", path, error->message);
      window = GTK_WINDOW (corro_recovery_window_new (self, path, error));
    }
  else
    {
      g_autoptr(GError) load_error = NULL;

      self->library = corro_programme_library_new (self->store);
      if (!corro_programme_library_load (self->library, &load_error))
        g_warning ("Could not read the programmes: %s", load_error->message);

      window = GTK_WINDOW (corro_window_new (self));
      if (notice != NULL)
        corro_window_add_toast (CORRO_WINDOW (window), notice);
      if (load_error != NULL)
        corro_window_add_toast (CORRO_WINDOW (window),
                                _("Corro could not read the session plans in its records; "
                                  "it shows the programme it ships with instead."));
    }

  gtk_window_present (window);
}
