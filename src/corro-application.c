/* corro-application.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-application"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application-private.h"
#include "corro-backup-command.h"
#include "corro-fit-screen.h"
#include "corro-media-check.h"
#include "corro-presentation.h"
#include "corro-presenter-window.h"
#include "corro-programme.h"
#include "corro-programme-command.h"
#include "corro-programme-library.h"
#include "corro-group.h"
#include "corro-held-dialog.h"
#include "corro-records.h"
#include "corro-session.h"
#include "corro-records-command.h"
#include "corro-report-command.h"
#include "corro-recovery-window.h"
#include "corro-store.h"
#include "corro-window.h"

#define SCHEMA_ID "io.github.corro.Corro"

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

/* --present CHAPTER: checked before any window opens, so that a desktop shortcut
 * naming a chapter that does not exist says so and exits. */
static gboolean
check_present_option (CorroApplication  *self,
                      int                chapter,
                      GError           **error)
{
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  CorroProgramme *programme;

  if (!(store = corro_store_open (corro_application_get_database_path (self), error)))
    return FALSE;
  library = corro_programme_library_new (store);
  if (!corro_programme_library_load (library, error))
    return FALSE;

  programme = corro_programme_library_get_default (library);
  if (chapter < 1 || programme == NULL || corro_programme_get_chapter (programme, chapter) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no chapter %d in the programme; chapters are numbered 1 to %u."),
                   chapter,
                   programme != NULL ? g_list_model_get_n_items (G_LIST_MODEL (programme)) : 0);
      return FALSE;
    }

  return TRUE;
}

/* The session ended last, kept to be resumed until another starts. */
static void
set_resumable (CorroApplication  *self,
               CorroPresentation *presentation,
               CorroGroup        *group,
               CorroSession      *session)
{
  g_set_object (&self->resumable, presentation);
  g_set_object (&self->resumable_group, group);
  g_set_object (&self->resumable_session, session);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "resume-presenting")),
                               presentation != NULL);
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
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "modal", TRUE,
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
  /* Its 581 pixels leave no room for a desktop's bars on a 600-pixel screen. */
  corro_fit_screen (about);
  gtk_window_present (about);
}

static void corro_application_resume_presenting_action (GSimpleAction *action,
                                                        GVariant      *parameter,
                                                        gpointer       user_data);

static const GActionEntry app_actions[] = {
  { "about", corro_application_about_action },
  { "quit", _corro_application_quit_action },
  { "resume-presenting", corro_application_resume_presenting_action },
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

  if (corro_report_command_is_wanted (options))
    return corro_report_command_run (options, corro_application_get_database_path (self));

  if (corro_records_command_is_wanted (options))
    return corro_records_command_run (options, corro_application_get_database_path (self));

  if (corro_backup_command_is_wanted (options))
    return corro_backup_command_run (options, corro_application_get_database_path (self));

  if (g_variant_dict_contains (options, "present"))
    {
      gint32 chapter = 0;

      g_variant_dict_lookup (options, "present", "i", &chapter);
      if (!check_present_option (self, chapter, &error))
        {
          g_printerr ("corro: %s\n", error->message);
          return 1;
        }
      self->present_chapter = chapter;
    }

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
  static const char *clips_accels[] = { "<Alt>3", NULL };
  static const char *reports_accels[] = { "<Alt>4", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  CorroApplication *self = CORRO_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (corro_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  set_resumable (self, NULL, NULL, NULL);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-groups",
                                         groups_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-programme",
                                         programme_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-clips", clips_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-reports",
                                         reports_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.preferences",
                                         preferences_accels);

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

  if (self->present_chapter > 0 && self->library != NULL)
    {
      CorroProgramme *programme = corro_programme_library_get_default (self->library);
      CorroChapter *chapter = corro_programme_get_chapter (programme, self->present_chapter);
      g_autofree char *language = corro_store_dup_setting (self->store, "content-language");

      if (chapter != NULL)
        corro_application_present (self, programme, chapter,
                                   corro_programme_get_variant_id (programme, 0),
                                   language != NULL ? language
                                                    : corro_programme_default_language ());
      self->present_chapter = 0;
    }
}

static void
corro_application_window_removed (GtkApplication *app,
                                  GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (corro_application_parent_class)->window_removed (app, window);

  /* The last window closed: the application ends, after the day's backup. */
  if (gtk_application_get_windows (app) == NULL)
    _corro_application_start_quit_backup (CORRO_APPLICATION (app));
}

static void
corro_application_shutdown (GApplication *app)
{
  CorroApplication *self = CORRO_APPLICATION (app);

  g_clear_object (&self->resumable);
  g_clear_object (&self->resumable_group);
  g_clear_object (&self->resumable_session);
  g_clear_object (&self->records);
  g_clear_object (&self->library);
  g_clear_object (&self->store);

  G_APPLICATION_CLASS (corro_application_parent_class)->shutdown (app);
}

static void
corro_application_finalize (GObject *object)
{
  CorroApplication *self = (CorroApplication *) object;

  g_clear_object (&self->settings);
  g_clear_object (&self->resumable);
  g_clear_object (&self->resumable_group);
  g_clear_object (&self->resumable_session);
  g_clear_object (&self->records);
  g_clear_object (&self->library);
  g_clear_object (&self->store);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_handle_id (&self->quit_backup_timeout_id, g_source_remove);
  g_clear_object (&self->quit_backup);

  G_OBJECT_CLASS (corro_application_parent_class)->finalize (object);
}

static void
corro_application_class_init (CorroApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->finalize = corro_application_finalize;

  app_class->handle_local_options = corro_application_handle_local_options;
  app_class->startup = corro_application_startup;
  app_class->activate = corro_application_activate;
  app_class->shutdown = corro_application_shutdown;
  gtk_app_class->window_removed = corro_application_window_removed;
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
    { "present", 0, 0, G_OPTION_ARG_INT, NULL,
      N_("Rehearse chapter NUMBER in the presenter and audience windows"), N_("NUMBER") },
    { "check-media", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Say what the video FILE holds and whether Corro can play it, then exit"),
      N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  corro_programme_command_add_options (G_APPLICATION (self));
  corro_records_command_add_options (G_APPLICATION (self));
  corro_report_command_add_options (G_APPLICATION (self));
  corro_backup_command_add_options (G_APPLICATION (self));
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
 * corro_application_get_records:
 *
 * Returns: (transfer none) (nullable): the groups and their records, once the store is open
 */
CorroRecords *
corro_application_get_records (CorroApplication *self)
{
  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  return self->records;
}

/**
 * corro_application_dup_clip_uri:
 * @key: a clip key from a plan, e.g. "ch3-being-with"
 *
 * Returns: (transfer full) (nullable): the URI of this computer's video file for @key,
 *   or %NULL when none is linked
 */
char *
corro_application_dup_clip_uri (CorroApplication *self,
                                const char       *key)
{
  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (self->store == NULL)
    return NULL;

  return corro_store_dup_clip_uri (self->store, key);
}

static CorroWindow *
find_main_window (CorroApplication *self)
{
  CorroWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (CORRO_IS_WINDOW (l->data))
      window = l->data;

  return window;
}

/* A session ended. Nothing is recorded here: a rehearsal says so; a group's session
 * goes on to its attendance, and the facilitator is asked whether it was held. Either
 * can be resumed until another starts. */
static void
on_presenter_ended_cb (CorroPresenterWindow *presenter,
                       CorroApplication     *self)
{
  CorroPresentation *presentation = corro_presenter_window_get_presentation (presenter);
  CorroGroup *group = g_object_get_data (G_OBJECT (presenter), "corro-group");
  CorroSession *session = g_object_get_data (G_OBJECT (presenter), "corro-session");
  CorroWindow *window = find_main_window (self);

  set_resumable (self, presentation, group, session);
  if (window == NULL)
    return;

  gtk_window_present (GTK_WINDOW (window));
  if (group == NULL || session == NULL || self->records == NULL)
    {
      corro_window_add_toast_with_button (window, _("Rehearsal ended. Nothing was recorded."),
                                          _("_Resume"), "app.resume-presenting");
      return;
    }

  corro_window_open_session (window, group, session, "attendance");
  gtk_window_present (GTK_WINDOW (corro_held_dialog_new (GTK_WINDOW (window), self->records,
                                                         group, session, presentation)));
}

static GtkWindow *
open_presenter (CorroApplication  *self,
                CorroPresentation *presentation,
                CorroGroup        *group,
                CorroSession      *session)
{
  CorroPresenterWindow *presenter = corro_presenter_window_new (self, presentation);

  if (group != NULL)
    {
      g_object_set_data_full (G_OBJECT (presenter), "corro-group", g_object_ref (group),
                              g_object_unref);
      g_object_set_data_full (G_OBJECT (presenter), "corro-session", g_object_ref (session),
                              g_object_unref);
    }
  g_signal_connect_object (presenter, "ended", G_CALLBACK (on_presenter_ended_cb), self, 0);
  gtk_window_present (GTK_WINDOW (presenter));
  corro_presenter_window_show_audience (presenter);

  return GTK_WINDOW (presenter);
}

static void
corro_application_resume_presenting_action (GSimpleAction *action,
                                            GVariant      *parameter,
                                            gpointer       user_data)
{
  corro_application_resume_presenting (CORRO_APPLICATION (user_data));
}

/**
 * corro_application_present:
 * @language: the content language to present in, chosen apart from the interface's
 *
 * Opens the presenter's and the group's windows for @chapter, as a rehearsal. The
 * session ended last can no longer be resumed.
 *
 * Returns: (transfer none): the presenter's window
 */
GtkWindow *
corro_application_present (CorroApplication *self,
                           CorroProgramme   *programme,
                           CorroChapter     *chapter,
                           const char       *variant,
                           const char       *language)
{
  g_autoptr(CorroPresentation) presentation = NULL;

  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  presentation = corro_presentation_new (programme, chapter, variant, language);
  set_resumable (self, NULL, NULL, NULL);
  return open_presenter (self, presentation, NULL, NULL);
}

/**
 * corro_application_new_session_presentation:
 *
 * What presenting @session of @group plays: its chapter of the group's programme, the
 * session length for the group's mode, in the group's language.
 *
 * Returns: (transfer full) (nullable): the presentation, not started
 */
CorroPresentation *
corro_application_new_session_presentation (CorroApplication *self,
                                            CorroGroup       *group,
                                            CorroSession     *session)
{
  CorroProgramme *programme = NULL;
  CorroChapter *chapter;
  const char *variant;
  const char *language;
  g_autofree char *content_language = NULL;

  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  if (self->library != NULL)
    programme = corro_programme_library_get_programme (self->library,
                                                       corro_group_get_programme_id (group));
  if (programme == NULL && self->library != NULL)
    programme = corro_programme_library_get_default (self->library);
  if (programme == NULL ||
      !(chapter = corro_programme_get_chapter (programme, corro_session_get_chapter (session))))
    return NULL;

  /* One family gets the one-hour plan; groups the first (longest) session length. */
  variant = corro_programme_get_variant_id (programme, 0);
  if (corro_group_get_mode (group) == CORRO_GROUP_MODE_INDIVIDUAL &&
      corro_programme_get_n_variants (programme) > 0)
    variant = corro_programme_get_variant_id (programme,
                                              corro_programme_get_n_variants (programme) - 1);

  language = corro_group_get_language (group);
  if (language == NULL || language[0] == '\0')
    {
      content_language = corro_store_dup_setting (self->store, "content-language");
      language = content_language != NULL ? content_language : corro_programme_default_language ();
    }

  return corro_presentation_new (programme, chapter, variant, language);
}

/**
 * corro_application_present_session:
 *
 * Presents @session of @group to the group, in the group's language. When it ends, the
 * session's attendance is shown and the facilitator is asked whether to record it as
 * held; nothing is recorded before. The session ended last can no longer be resumed.
 *
 * Returns: (transfer none) (nullable): the presenter's window
 */
GtkWindow *
corro_application_present_session (CorroApplication *self,
                                   CorroGroup       *group,
                                   CorroSession     *session)
{
  g_autoptr(CorroPresentation) presentation = NULL;

  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  presentation = corro_application_new_session_presentation (self, group, session);
  if (presentation == NULL)
    return NULL;
  set_resumable (self, NULL, NULL, NULL);
  return open_presenter (self, presentation, group, session);
}

/**
 * corro_application_resume_presenting:
 *
 * Takes up the session ended last where it stopped: the same segment, the clip where it
 * stopped, the clock from the real start.
 *
 * Returns: (transfer none) (nullable): the presenter's window, or %NULL when there is
 *   nothing to resume
 */
GtkWindow *
corro_application_resume_presenting (CorroApplication *self)
{
  g_autoptr(CorroPresentation) presentation = NULL;
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroSession) session = NULL;

  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  if (self->resumable == NULL)
    return NULL;

  presentation = g_steal_pointer (&self->resumable);
  group = g_steal_pointer (&self->resumable_group);
  session = g_steal_pointer (&self->resumable_session);
  set_resumable (self, NULL, NULL, NULL);

  corro_presentation_resume (presentation, g_get_monotonic_time ());
  return open_presenter (self, presentation, group, session);
}

/**
 * corro_application_get_resumable_session:
 *
 * Returns: (transfer none) (nullable): the group's session ended last, while it can be
 *   resumed; %NULL for none or a rehearsal
 */
CorroSession *
corro_application_get_resumable_session (CorroApplication *self)
{
  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  return self->resumable_session;
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
  set_resumable (self, NULL, NULL, NULL);
  g_clear_object (&self->records);
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

      g_autoptr(GError) records_error = NULL;

      self->library = corro_programme_library_new (self->store);
      if (!corro_programme_library_load (self->library, &load_error))
        g_warning ("Could not read the programmes: %s", load_error->message);

      self->records = corro_records_new (self->store);
      if (!corro_records_load (self->records, &records_error))
        {
          g_warning ("Could not read the groups: %s", records_error->message);
          g_clear_object (&self->records);
        }

      window = GTK_WINDOW (corro_window_new (self));
      if (notice != NULL)
        corro_window_add_notice (CORRO_WINDOW (window), notice);
      if (load_error != NULL)
        corro_window_add_notice (CORRO_WINDOW (window),
                                _("Corro could not read the session plans in its records; "
                                  "it shows the programme it ships with instead."));
      _corro_application_show_backup_failure (self, CORRO_WINDOW (window));
    }

  gtk_window_present (window);
}
