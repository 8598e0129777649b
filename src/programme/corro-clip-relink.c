/* corro-clip-relink.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-clip-relink"

#include "config.h"

#include "corro-clip-match.h"
#include "corro-clip-relink.h"

/* Finding linked video files that were moved. A file is recognised by its name and, when
 * the size was kept at linking, by its size: a DVD rip's "VTS_01_1.VOB" of another disc
 * has the same name but not the same size. With no folder given, the search looks near
 * where the files were (see nearby_folder()). Each search visits a bounded number of files
 * so that a huge folder cannot keep it going for long. */

#define MAX_DEPTH 4
#define MAX_ENTRIES 20000

typedef struct
{
  GPtrArray *lost;     /* CorroClipLost */
  GPtrArray *folders;  /* GFile, where to search */
} SearchData;

static void
search_data_free (gpointer data)
{
  SearchData *search = data;

  g_ptr_array_unref (search->lost);
  g_ptr_array_unref (search->folders);
  g_free (search);
}

static void
add_folder (GPtrArray *folders,
            GFile     *folder)
{
  for (guint i = 0; i < folders->len; i++)
    if (g_file_equal (g_ptr_array_index (folders, i), folder))
      return;
  g_ptr_array_add (folders, g_object_ref (folder));
}

/* The folder to search near a lost file: the folder above its old folder (or the nearest
 * one above that still exists), never the root or the home folder, which are too wide. */
static GFile *
nearby_folder (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) above = NULL;

  if (!g_file_is_native (file) || (folder = g_file_get_parent (file)) == NULL)
    return NULL;
  above = g_file_get_parent (folder);
  while (above != NULL && !g_file_query_exists (above, NULL))
    {
      GFile *next = g_file_get_parent (above);

      g_object_unref (above);
      above = next;
    }

  if (above != NULL && g_file_has_parent (above, NULL) && !g_file_equal (above, home))
    return g_steal_pointer (&above);
  if (g_file_has_parent (folder, NULL) && !g_file_equal (folder, home) &&
      g_file_query_exists (folder, NULL))
    return g_steal_pointer (&folder);
  return NULL;
}

static gboolean
matches (CorroClipLost *lost,
         const char    *name,
         GFileInfo     *info)
{
  g_autoptr(GFile) old = g_file_new_for_uri (lost->uri);
  g_autofree char *old_name = g_file_get_basename (old);

  if (g_strcmp0 (old_name, name) != 0)
    return FALSE;
  return lost->size < 0 || g_file_info_get_size (info) == lost->size;
}

typedef struct
{
  GPtrArray  *lost;
  GHashTable *found;
  guint       n_entries;
} Walk;

static gboolean
visit_file (GFile     *file,
            GFileInfo *info,
            gpointer   user_data)
{
  Walk *walk = user_data;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
    for (guint i = 0; i < walk->lost->len; i++)
      {
        CorroClipLost *wanted = g_ptr_array_index (walk->lost, i);

        if (!g_hash_table_contains (walk->found, wanted->key) &&
            matches (wanted, g_file_info_get_name (info), info))
          g_hash_table_insert (walk->found, g_strdup (wanted->key), g_file_get_uri (file));
      }

  return ++walk->n_entries < MAX_ENTRIES && g_hash_table_size (walk->found) < walk->lost->len;
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchData *search = task_data;
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < search->folders->len; i++)
    {
      g_autoptr(GError) error = NULL;
      Walk walk = { search->lost, found, 0 };

      if (g_hash_table_size (found) == search->lost->len)
        break;
      if (!corro_clip_match_walk (g_ptr_array_index (search->folders, i), MAX_DEPTH, visit_file,
                                  &walk, cancellable, &error))
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_task_return_error (task, g_steal_pointer (&error));
              return;
            }
          g_debug ("Could not search a folder: %s", error->message);
        }
    }

  g_task_return_pointer (task, g_steal_pointer (&found), (GDestroyNotify) g_hash_table_unref);
}

/* public API */

CorroClipLost *
corro_clip_lost_new (const char *key,
                     const char *uri,
                     gint64      size)
{
  CorroClipLost *lost;

  g_return_val_if_fail (key != NULL && uri != NULL, NULL);

  lost = g_new0 (CorroClipLost, 1);
  lost->key = g_strdup (key);
  lost->uri = g_strdup (uri);
  lost->size = size;
  return lost;
}

void
corro_clip_lost_free (CorroClipLost *lost)
{
  if (lost == NULL)
    return;
  g_free (lost->key);
  g_free (lost->uri);
  g_free (lost);
}

/**
 * corro_clip_relink_search_async:
 * @lost: (element-type CorroClipLost): the files to look for; the array is referenced and
 *   must not change while the search runs
 * @folder: (nullable): the folder to search with its subfolders, or %NULL to search near
 *   where each file was
 *
 * Looks for files of the same name (and size, when known) in a thread.
 */
void
corro_clip_relink_search_async (GPtrArray           *lost,
                                GFile               *folder,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchData *search;

  g_return_if_fail (lost != NULL);
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  search = g_new0 (SearchData, 1);
  search->lost = g_ptr_array_ref (lost);
  search->folders = g_ptr_array_new_with_free_func (g_object_unref);
  if (folder != NULL)
    add_folder (search->folders, folder);
  else
    for (guint i = 0; i < lost->len; i++)
      {
        CorroClipLost *wanted = g_ptr_array_index (lost, i);
        g_autoptr(GFile) near = nearby_folder (wanted->uri);

        if (near != NULL)
          add_folder (search->folders, near);
      }

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_clip_relink_search_async);
  g_task_set_task_data (task, search, search_data_free);
  g_task_run_in_thread (task, search_thread);
}

/**
 * corro_clip_relink_search_finish:
 *
 * Returns: (transfer full) (element-type utf8 utf8): clip key → URI of the file found,
 *   for the keys whose file was found
 */
GHashTable *
corro_clip_relink_search_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
