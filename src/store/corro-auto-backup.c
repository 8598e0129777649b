/* corro-auto-backup.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-auto-backup"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "corro-auto-backup.h"
#include "corro-backup.h"

/* Automatic backups: when Corro quits, at most once a calendar day, a checked backup of
 * the records goes into a folder (by default "backups" beside the database, which for
 * the usual database is $XDG_DATA_HOME/corro/backups, mode 0700). They are named
 * STEM-YYYY-MM-DD-HHMMSS.corro-backup after the database's name and the local time, so
 * that several databases may share a folder and names sort in time order; only the
 * newest few are kept. The folder itself is the record of when the last one was made. */

#define STAMP_FORMAT "%Y-%m-%d-%H%M%S"
#define STAMP_LEN 17

/* helpers */

static char *
dup_stem (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

/* The time in a backup's name, or NULL when the name is not one of ours for @stem. */
static GDateTime *
parse_name (const char *name,
            const char *stem)
{
  gsize stem_len = strlen (stem);
  int y, mo, d, h, mi, s, used = 0;
  const char *rest;

  if (!g_str_has_prefix (name, stem) || name[stem_len] != '-' ||
      !g_str_has_suffix (name, CORRO_BACKUP_SUFFIX))
    return NULL;

  rest = name + stem_len + 1;
  if (sscanf (rest, "%4d-%2d-%2d-%2d%2d%2d%n", &y, &mo, &d, &h, &mi, &s, &used) != 6 ||
      used != STAMP_LEN)
    return NULL;

  /* Either the suffix follows at once, or "-N" for a second backup in the same second. */
  rest += STAMP_LEN;
  if (rest[0] == '-')
    for (rest++; g_ascii_isdigit (rest[0]); rest++)
      ;
  if (strcmp (rest, CORRO_BACKUP_SUFFIX) != 0)
    return NULL;

  return g_date_time_new_local (y, mo, d, h, mi, s);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  g_autofree char *name_a = g_path_get_basename (*(const char * const *) a);
  g_autofree char *name_b = g_path_get_basename (*(const char * const *) b);

  return -g_strcmp0 (name_a, name_b);
}

static gboolean
ensure_folder (const char  *folder,
               GError     **error)
{
  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (folder);

      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_IO,
                   _("Corro could not create the backup folder “%s”: %s."),
                   name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Hidden partial files a killed Corro left behind hold no finished backup. */
static void
remove_leftovers (const char *folder,
                  const char *stem)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s-", stem);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && strstr (name, CORRO_BACKUP_SUFFIX ".partial-") != NULL)
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);

        g_unlink (path);
      }
}

/* public API */

/**
 * corro_auto_backup_dup_folder:
 * @database_path: the records database
 * @configured: (nullable): the folder the person chose, empty or %NULL for the usual one
 *
 * Returns: (transfer full): where automatic backups of @database_path go
 */
char *
corro_auto_backup_dup_folder (const char *database_path,
                              const char *configured)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  if (configured != NULL && configured[0] != '\0')
    return g_strdup (configured);

  dir = g_path_get_dirname (database_path);
  return g_build_filename (dir, "backups", NULL);
}

/**
 * corro_auto_backup_list:
 *
 * Returns: (transfer full) (element-type filename): the automatic backups of
 *   @database_path in @folder, newest first
 */
GPtrArray *
corro_auto_backup_list (const char *folder,
                        const char *database_path)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *stem = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (database_path != NULL, NULL);

  stem = dup_stem (database_path);
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GDateTime) made = parse_name (name, stem);

      if (made != NULL)
        g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
    }

  g_ptr_array_sort (paths, compare_newest_first);
  return g_steal_pointer (&paths);
}

/**
 * corro_auto_backup_dup_last:
 *
 * Returns: (transfer full) (nullable): when the newest automatic backup was made
 */
GDateTime *
corro_auto_backup_dup_last (const char *folder,
                            const char *database_path)
{
  g_autoptr(GPtrArray) paths = corro_auto_backup_list (folder, database_path);
  g_autofree char *stem = dup_stem (database_path);
  g_autofree char *name = NULL;

  if (paths->len == 0)
    return NULL;

  name = g_path_get_basename (g_ptr_array_index (paths, 0));
  return parse_name (name, stem);
}

/**
 * corro_auto_backup_is_due:
 * @now: the local time
 *
 * Returns: whether no automatic backup was made yet on @now's calendar day
 */
gboolean
corro_auto_backup_is_due (const char *folder,
                          const char *database_path,
                          GDateTime  *now)
{
  g_autoptr(GDateTime) last = corro_auto_backup_dup_last (folder, database_path);

  g_return_val_if_fail (now != NULL, FALSE);

  if (last == NULL)
    return TRUE;

  return g_date_time_get_year (last) != g_date_time_get_year (now) ||
         g_date_time_get_day_of_year (last) != g_date_time_get_day_of_year (now);
}

/**
 * corro_auto_backup_run:
 * @database_path: the records database, possibly open
 * @folder: where automatic backups go; made (mode 0700) if missing
 * @keep: how many automatic backups to keep, at least 1
 * @now: the local time, which names the backup
 * @error: a #CORRO_BACKUP_ERROR
 *
 * Writes a checked backup of @database_path into @folder, then removes the oldest
 * automatic backups beyond @keep. Older backups are removed only once the new one is
 * safely written.
 *
 * Returns: (transfer full): the new backup, or %NULL
 */
char *
corro_auto_backup_run (const char    *database_path,
                       const char    *folder,
                       guint          keep,
                       GDateTime     *now,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *stem = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) paths = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!ensure_folder (folder, error))
    return NULL;

  stem = dup_stem (database_path);
  stamp = g_date_time_format (now, STAMP_FORMAT);
  path = g_strdup_printf ("%s/%s-%s%s", folder, stem, stamp, CORRO_BACKUP_SUFFIX);
  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s/%s-%s-%u%s", folder, stem, stamp, n, CORRO_BACKUP_SUFFIX);
    }

  remove_leftovers (folder, stem);
  if (!corro_backup_write (database_path, path, NULL, cancellable, error))
    return NULL;

  paths = corro_auto_backup_list (folder, database_path);
  for (guint i = MAX (keep, 1); i < paths->len; i++)
    g_unlink (g_ptr_array_index (paths, i));

  return g_steal_pointer (&path);
}

typedef struct
{
  char *database_path;
  char *folder;
  guint keep;
} RunData;

static void
run_data_free (RunData *data)
{
  g_free (data->database_path);
  g_free (data->folder);
  g_free (data);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *data = task_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GError *error = NULL;
  char *path;

  path = corro_auto_backup_run (data->database_path, data->folder, data->keep, now,
                                cancellable, &error);
  if (path == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, path, g_free);
}

/**
 * corro_auto_backup_run_async:
 *
 * Runs corro_auto_backup_run() in a thread, named after the time it starts.
 */
void
corro_auto_backup_run_async (const char          *database_path,
                             const char          *folder,
                             guint                keep,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  RunData *data = g_new0 (RunData, 1);

  data->database_path = g_strdup (database_path);
  data->folder = g_strdup (folder);
  data->keep = keep;
  g_task_set_source_tag (task, corro_auto_backup_run_async);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

/**
 * corro_auto_backup_run_finish:
 *
 * Returns: (transfer full): the new backup, or %NULL
 */
char *
corro_auto_backup_run_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
