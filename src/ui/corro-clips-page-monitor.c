/* corro-clips-page-monitor.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Clips page's states stay true while it is shown: the folders of the linked files
 * are watched (GFileMonitor), and when a linked file is deleted, moved, renamed or comes
 * back, the page reads the links and probes the files again.
 */

#define G_LOG_DOMAIN "corro-clips-page"

#include "config.h"

#include "corro-clips-page-private.h"

/* Events come in bursts (a move is a delete and a create; a copy many changes). */
#define REFRESH_DELAY_MS 250

/* helpers */

static gboolean
is_linked (CorroClipsPage *self,
           GFile          *file)
{
  g_autofree char *uri = NULL;
  GHashTableIter iter;
  ClipEntry *entry;

  if (file == NULL)
    return FALSE;

  uri = g_file_get_uri (file);
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    if (g_strcmp0 (entry->uri, uri) == 0 || g_strcmp0 (entry->found_uri, uri) == 0)
      return TRUE;

  return FALSE;
}

static char *
folder_uri (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GFile) folder = g_file_is_native (file) ? g_file_get_parent (file) : NULL;

  return folder != NULL ? g_file_get_uri (folder) : NULL;
}

/* callbacks */

static gboolean
on_refresh_timeout_cb (gpointer user_data)
{
  CorroClipsPage *self = user_data;

  self->monitor_refresh_id = 0;
  corro_clips_page_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_folder_changed_cb (GFileMonitor      *monitor,
                      GFile             *file,
                      GFile             *other_file,
                      GFileMonitorEvent  event,
                      CorroClipsPage    *self)
{
  /* CHANGED is followed by CHANGES_DONE_HINT once the writing stops. */
  if (event == G_FILE_MONITOR_EVENT_CHANGED || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;
  if (event != G_FILE_MONITOR_EVENT_UNMOUNTED && !is_linked (self, file) &&
      !is_linked (self, other_file))
    return;

  g_debug ("A linked file changed (event %d): checking again", event);
  g_clear_handle_id (&self->monitor_refresh_id, g_source_remove);
  self->monitor_refresh_id = g_timeout_add (REFRESH_DELAY_MS, on_refresh_timeout_cb, self);
}

/* private API */

/* Watches the folder of each linked file (and of each moved one's new place), and no
 * other. */
void
_corro_clips_page_watch_files (CorroClipsPage *self)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  ClipEntry *entry;
  const char *folder;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    {
      const char *uris[] = { entry->uri, entry->found_uri };

      for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
        {
          char *uri = uris[i] != NULL ? folder_uri (uris[i]) : NULL;

          if (uri != NULL)
            g_hash_table_add (wanted, uri);
        }
    }

  g_hash_table_iter_init (&iter, self->monitors);
  while (g_hash_table_iter_next (&iter, (gpointer *) &folder, NULL))
    if (!g_hash_table_contains (wanted, folder))
      g_hash_table_iter_remove (&iter);

  g_hash_table_iter_init (&iter, wanted);
  while (g_hash_table_iter_next (&iter, (gpointer *) &folder, NULL))
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      GFileMonitor *monitor;

      if (g_hash_table_contains (self->monitors, folder))
        continue;

      file = g_file_new_for_uri (folder);
      monitor = g_file_monitor_directory (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (monitor == NULL)
        {
          /* A folder that is gone too (a disk taken away): the states say so already. */
          g_debug ("Cannot watch %s: %s", folder, error->message);
          continue;
        }
      g_signal_connect_object (monitor, "changed", G_CALLBACK (on_folder_changed_cb), self, 0);
      g_hash_table_insert (self->monitors, g_strdup (folder), monitor);
    }
}

void
_corro_clips_page_unwatch_files (CorroClipsPage *self)
{
  g_clear_handle_id (&self->monitor_refresh_id, g_source_remove);
  if (self->monitors != NULL)
    g_hash_table_remove_all (self->monitors);
}
