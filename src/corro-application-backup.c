/* corro-application-backup.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-application"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application-private.h"
#include "corro-auto-backup.h"
#include "corro-backup.h"
#include "corro-presentation.h"
#include "corro-presenter-window.h"
#include "corro-window.h"

/* The application's part in backups: the automatic backup when the last window closes
 * (at most once a day, holding the application until it is written), its failures, and
 * putting a restored backup in place of the open records. */

/* A backup on quit that takes longer than this is abandoned: quitting never hangs. */
#define QUIT_BACKUP_TIMEOUT_S 60

/* How long a restore waits for work in progress (a report, an erasure) to let go of the
 * records before it gives up and changes nothing. */
#define RELEASE_TIMEOUT_US (15 * G_USEC_PER_SEC)

/* helpers */

static GList *
copy_windows (CorroApplication *self)
{
  GList *windows = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    windows = g_list_prepend (windows, g_object_ref (l->data));
  return windows;
}

/* Lets go of the open records and waits until nothing else holds them: their
 * connection must be closed before the file is renamed, or it would go on reading and
 * writing the file set aside (SQLite follows the inode, not the name), and anything
 * reopening "the records" by their path would reach the restored file instead. */
static gboolean
release_records (CorroApplication *self)
{
  CorroStore *store = self->store;
  gint64 deadline = g_get_monotonic_time () + RELEASE_TIMEOUT_US;

  if (store != NULL)
    g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_clear_object (&self->records);
  g_clear_object (&self->library);
  g_clear_object (&self->store);

  /* Work in a thread (a report, a search, an erasure) holds them until it ends. */
  while (store != NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10 * 1000);

  if (store == NULL)
    return TRUE;

  g_object_remove_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  return FALSE;
}

static char *
dup_backup_folder (CorroApplication *self)
{
  g_autofree char *configured = NULL;

  if (self->settings != NULL)
    configured = g_settings_get_string (self->settings, "backup-folder");
  return corro_auto_backup_dup_folder (corro_application_get_database_path (self), configured);
}

static void
finish_quit_backup (CorroApplication *self)
{
  g_clear_handle_id (&self->quit_backup_timeout_id, g_source_remove);
  g_clear_object (&self->quit_backup);
  g_application_release (G_APPLICATION (self));
}

/* A failed automatic backup is said on standard error now, and in the window next time. */
static void
report_backup_failure (CorroApplication *self,
                       const char       *reason)
{
  g_autofree char *message = g_strdup_printf (_("The automatic backup failed: %s"), reason);

  g_printerr ("corro: %s\n", message);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "backup-failure", message);
}

static void
on_quit_backup_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CorroApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = corro_auto_backup_run_finish (result, &error);

  if (self->quit_backup == NULL)
    return;   /* already given up on, and reported */

  if (path == NULL)
    report_backup_failure (self, error->message);
  else if (self->settings != NULL)
    g_settings_set_string (self->settings, "backup-failure", "");

  finish_quit_backup (self);
}

static gboolean
on_quit_backup_timeout_cb (gpointer user_data)
{
  CorroApplication *self = user_data;

  self->quit_backup_timeout_id = 0;
  g_cancellable_cancel (self->quit_backup);
  report_backup_failure (self, _("it took too long, so Corro quit without it."));
  finish_quit_backup (self);
  return G_SOURCE_REMOVE;
}

/* The day's first quit writes an automatic backup; the application stays alive (with no
 * window) until it is written, or until it is given up on. */
void
_corro_application_start_quit_backup (CorroApplication *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *folder = NULL;
  const char *path;
  guint keep = CORRO_AUTO_BACKUP_DEFAULT_KEEP;

  if (self->store == NULL || self->quit_backup != NULL || self->replacing_records)
    return;
  if (self->settings != NULL && !g_settings_get_boolean (self->settings, "automatic-backups"))
    return;

  path = corro_application_get_database_path (self);
  folder = dup_backup_folder (self);
  if (!corro_auto_backup_is_due (folder, path, now))
    return;
  if (self->settings != NULL)
    keep = g_settings_get_uint (self->settings, "backups-to-keep");

  g_application_hold (G_APPLICATION (self));
  self->quit_backup = g_cancellable_new ();
  self->quit_backup_timeout_id = g_timeout_add_seconds (QUIT_BACKUP_TIMEOUT_S,
                                                        on_quit_backup_timeout_cb, self);
  corro_auto_backup_run_async (path, folder, keep, self->quit_backup,
                               on_quit_backup_done_cb, g_object_ref (self));
}

/* private API */

/* A presenter's window in the middle of a session, if there is one. */
static GtkWindow *
find_presenting (CorroApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (CORRO_IS_PRESENTER_WINDOW (l->data) &&
        !corro_presentation_is_finished (corro_presenter_window_get_presentation (l->data)))
      return l->data;

  return NULL;
}

/* Quitting closes every window, as closing them one by one would: the last one to go
 * starts the day's automatic backup, which holds the application until it is written.
 * In the middle of a session it asks first, as Esc or closing the presenter does, and
 * quits nothing: ending the session goes on to its attendance and to recording it as
 * held, which a quit would lose. */
void
_corro_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  CorroApplication *self = user_data;
  GtkWindow *presenting = find_presenting (self);
  GList *windows;

  if (presenting != NULL)
    {
      gtk_window_present (presenting);
      gtk_window_close (presenting);   /* asks; the window stays while presenting */
      return;
    }

  windows = copy_windows (self);

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    if (gtk_window_get_application (l->data) != NULL)
      gtk_window_destroy (l->data);
  g_list_free_full (windows, g_object_unref);

  if (self->quit_backup == NULL)
    g_application_quit (G_APPLICATION (self));
}

void
_corro_application_show_backup_failure (CorroApplication *self,
                                        CorroWindow      *window)
{
  g_autofree char *failure = NULL;

  if (self->settings == NULL)
    return;

  failure = g_settings_get_string (self->settings, "backup-failure");
  if (failure[0] != '\0')
    {
      corro_window_add_notice (window, failure);
      g_settings_set_string (self->settings, "backup-failure", "");
    }
}

/**
 * corro_application_dup_backup_folder:
 *
 * Returns: (transfer full): where automatic backups of the open records go
 */
char *
corro_application_dup_backup_folder (CorroApplication *self)
{
  g_return_val_if_fail (CORRO_IS_APPLICATION (self), NULL);

  return dup_backup_folder (self);
}

/**
 * corro_application_replace_records:
 * @prepared_path: a backup made ready by corro_backup_prepare()
 * @backup_name: the backup's name, to tell the person
 * @error: why nothing was restored
 *
 * Closes the records and every window, puts the backup in place of the database (the
 * current one is kept aside), and opens the restored records in a new main window. On
 * failure the records are reopened as they were.
 */
gboolean
corro_application_replace_records (CorroApplication  *self,
                                   const char        *prepared_path,
                                   const char        *backup_name,
                                   GError           **error)
{
  g_autofree char *aside = NULL;
  g_autofree char *notice = NULL;
  GList *windows;
  gboolean ok;

  g_return_val_if_fail (CORRO_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (prepared_path != NULL, FALSE);

  /* Nothing may keep the database open while it is moved aside. */
  g_application_hold (G_APPLICATION (self));
  self->replacing_records = TRUE;
  windows = copy_windows (self);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free_full (windows, g_object_unref);
  if (!release_records (self))
    {
      g_set_error_literal (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_IO,
                           _("Part of Corro was still using the records, so nothing was "
                             "restored. Try again in a moment."));
      ok = FALSE;
    }
  else
    ok = corro_backup_put_in_place (corro_application_get_database_path (self),
                                    prepared_path, &aside, error);
  if (ok && aside != NULL)
    {
      g_autofree char *aside_name = g_filename_display_basename (aside);

      notice = g_strdup_printf (_("Restored the records from “%s”. The records you had are "
                                  "kept as “%s” in the same folder."), backup_name, aside_name);
    }
  else if (ok)
    notice = g_strdup_printf (_("Restored the records from “%s”."), backup_name);

  corro_application_open_store (self, notice);
  self->replacing_records = FALSE;
  g_application_release (G_APPLICATION (self));
  return ok;
}
