/* corro-backup-leftovers.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "corro-backup-private.h"

/* The temporary files of backups, restores and imports, and what finds them again when
 * the process that made them was killed.
 *
 * Each is a hidden .NAME.partial-PID-XXXXXX beside the file it will become or replace,
 * NAME and PID telling whose it is. A backup written outside the database's folder (a
 * USB stick, a shared drive) also leaves a small note beside the database naming its
 * partial file, so that the next start finds and removes that one too: a killed plain
 * backup must not leave the records readable where nobody looks. */

#define NOTE_MAGIC "Corro: unfinished backup at\n"
#define NOTE_MAX 8192

/* Whether the process that made the partial file @name (after @prefix) may still be
 * writing it. Names without a process id come from older versions: nobody's now. */
static gboolean
maker_is_alive (const char *name,
                gsize       prefix_len)
{
  const char *rest = name + prefix_len;
  char *end = NULL;
  long pid = g_ascii_isdigit (rest[0]) ? strtol (rest, &end, 10) : 0;

  if (pid <= 0 || end == NULL || end[0] != '-')
    return FALSE;
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

/* Whether @prefix (a folder and the start of a file name) names only partial files made
 * by the process @pid: the only kind of file a note may make us remove. */
static gboolean
is_partial_prefix_of (const char *prefix,
                      long        pid)
{
  g_autofree char *base = g_path_get_basename (prefix);
  g_autofree char *mark = g_strdup_printf (".partial-%ld-", pid);

  return g_path_is_absolute (prefix) && base[0] == '.' && g_str_has_suffix (prefix, mark);
}

/* When the stale partial file @path is a note of a backup written elsewhere, removes the
 * partial files it names. */
static void
remove_noted_partial (const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *dir = NULL;
  g_autofree char *start = NULL;
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  const char *pid_text = strstr (base, ".partial-");
  const char *prefix;
  const char *name;
  gsize length = 0;
  GStatBuf st;
  long pid;

  if (pid_text == NULL || g_stat (path, &st) != 0 || st.st_size > NOTE_MAX ||
      !g_file_get_contents (path, &contents, &length, NULL) ||
      !g_str_has_prefix (contents, NOTE_MAGIC) || strlen (contents) != length)
    return;

  prefix = contents + strlen (NOTE_MAGIC);
  pid = strtol (pid_text + strlen (".partial-"), NULL, 10);
  if (pid <= 0 || !is_partial_prefix_of (prefix, pid))
    return;

  dir = g_path_get_dirname (prefix);
  start = g_path_get_basename (prefix);
  if (!(folder = g_dir_open (dir, 0, NULL)))
    return;
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (name, start))
      g_ptr_array_add (found, g_build_filename (dir, name, NULL));

  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *display = g_filename_display_name (g_ptr_array_index (found, i));

      g_debug ("Removed %s, an unfinished backup", display);
      _corro_backup_remove_with_companions (g_ptr_array_index (found, i));
    }
}

/* private API */

/**
 * _corro_backup_make_temp:
 * @beside: the file the temporary one will replace or sit next to
 * @temp_path: (out): the temporary file's name
 *
 * Creates an empty hidden file, mode 0600, in @beside's folder, named
 * .NAME.partial-PID-XXXXXX after @beside and this process (see
 * corro_backup_remove_leftovers()).
 *
 * Returns: its descriptor, or -1
 */
int
_corro_backup_make_temp (const char  *beside,
                         char       **temp_path,
                         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (beside);
  g_autofree char *base = g_path_get_basename (beside);
  g_autofree char *template = NULL;
  int fd;

  /* The process's id in the name tells a later start whether its maker still runs. */
  template = g_strdup_printf ("%s/.%s.partial-%d-XXXXXX", dir, base, (int) getpid ());
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      _corro_backup_set_io_error (error, errno, beside);
      return -1;
    }

  *temp_path = g_steal_pointer (&template);
  return fd;
}

/**
 * _corro_backup_note_partial_elsewhere:
 * @database_path: the records the backup is made of
 * @backup_path: the backup this process is about to write
 *
 * Writes a note beside @database_path naming the partial files this process will make
 * for @backup_path (see _corro_backup_make_temp()), for corro_backup_remove_leftovers()
 * to follow should the process be killed before the backup is finished. Call it before
 * making them; remove the note with _corro_backup_remove_with_companions() afterwards.
 *
 * Returns: (transfer full) (nullable): the note, or %NULL if it could not be written
 *   (the backup can still go on)
 */
char *
_corro_backup_note_partial_elsewhere (const char *database_path,
                                      const char *backup_path)
{
  g_autofree char *note = NULL;
  g_autofree char *absolute = g_canonicalize_filename (backup_path, NULL);
  g_autofree char *dir = g_path_get_dirname (absolute);
  g_autofree char *base = g_path_get_basename (absolute);
  g_autofree char *contents = g_strdup_printf ("%s%s/.%s.partial-%d-", NOTE_MAGIC, dir, base,
                                               (int) getpid ());
  gsize length = strlen (contents);
  gboolean written;
  int fd;

  if ((fd = _corro_backup_make_temp (database_path, &note, NULL)) < 0)
    return NULL;
  written = write (fd, contents, length) == (gssize) length && fsync (fd) == 0;
  close (fd);
  if (!written)
    {
      g_unlink (note);
      return NULL;
    }
  return g_steal_pointer (&note);
}

/* public API */

/**
 * corro_backup_remove_leftovers:
 * @path: a database, or a backup's destination
 *
 * Removes what a killed backup, restore or import left beside @path: the hidden
 * .NAME.partial-PID-XXXXXX files (a decrypted backup waiting to be restored, an
 * unfinished backup, or the plain copy older versions made for an encrypted one) and their
 * journals, unless the process that made them is still running; and, where such a file
 * is a note of an unfinished backup written elsewhere (see
 * _corro_backup_note_partial_elsewhere()), that backup's partial file too.
 *
 * Returns: how many were removed
 */
guint
corro_backup_remove_leftovers (const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (path != NULL, 0);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  prefix = g_strdup_printf (".%s.partial-", base);
  if (!(folder = g_dir_open (dir, 0, NULL)))
    return 0;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      static const char * const suffixes[] = CORRO_BACKUP_COMPANIONS;
      gboolean companion = FALSE;

      if (!g_str_has_prefix (name, prefix))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        companion |= g_str_has_suffix (name, suffixes[i]);
      if (!companion && !maker_is_alive (name, strlen (prefix)))
        g_ptr_array_add (stale, g_build_filename (dir, name, NULL));
    }

  for (guint i = 0; i < stale->len; i++)
    {
      g_autofree char *display = g_filename_display_name (g_ptr_array_index (stale, i));

      g_debug ("Removed %s, left by a backup, restore or import that was stopped", display);
      remove_noted_partial (g_ptr_array_index (stale, i));
      _corro_backup_remove_with_companions (g_ptr_array_index (stale, i));
    }

  return stale->len;
}

