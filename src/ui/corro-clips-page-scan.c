/* corro-clips-page-scan.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-clips-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-clip-info.h"
#include "corro-clip-match.h"
#include "corro-clip-relink.h"
#include "corro-clips-page-private.h"
#include "corro-programme.h"
#include "corro-store.h"

/* "Add Folder…": videos are looked for in a folder in a thread, read one by one, and
 * suggested for the clip keys their names match; the facilitator links each suggestion
 * with its Link button. "Search a Folder…": the files of every moved or missing clip are
 * looked for by name (and size) in a folder in a thread, and all found are relinked. */

void
_corro_clips_page_suggestion_free (gpointer data)
{
  Suggestion *suggestion = data;

  g_free (suggestion->key);
  g_free (suggestion->uri);
  g_free (suggestion->detail);
  g_free (suggestion);
}

static void
show_suggestions (CorroClipsPage *self)
{
  _corro_clips_page_remove_all_rows (self->suggestion_list);
  for (guint i = 0; i < self->suggestions->len; i++)
    {
      Suggestion *suggestion = g_ptr_array_index (self->suggestions, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *name = _corro_clips_page_display_name (suggestion->uri);
      g_autofree char *subtitle = NULL;
      guint index = 0;
      const char *title = NULL;

      if (corro_programme_lookup_clip (self->programme, suggestion->key, &index))
        title = corro_programme_get_clip_title (self->programme, index, self->language);
      /* Translators: a video file suggested for a clip: "For “Being With” (ch3-being-with)" */
      subtitle = g_strdup_printf (_("For “%s” (%s)"), title != NULL ? title : suggestion->key,
                                  suggestion->key);
      if (suggestion->detail != NULL)
        {
          g_autofree char *line = g_steal_pointer (&subtitle);

          subtitle = g_strdup_printf ("%s\n%s", line, suggestion->detail);
        }

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      _corro_clips_page_add_button (row, _("_Link"), "clips.link-suggestion",
                                    g_variant_new ("(ss)", suggestion->key, suggestion->uri));
      gtk_list_box_append (self->suggestion_list, row);
    }

  gtk_widget_set_visible (self->suggestions_box, self->suggestions->len > 0);
}

/* scanning a folder */

static void
stop_scan (CorroClipsPage *self)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_pointer (&self->scan_uris, g_strfreev);
  g_clear_object (&self->scan_cancellable);
  self->scan_index = 0;
  gtk_widget_set_visible (self->scan_box, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clips.add-folder", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clips.find", TRUE);
}

static void
suggest (CorroClipsPage *self,
         const char     *uri,
         const char     *detail)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) old_names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = _corro_clips_page_display_name (uri);
  const char *key;
  int score = 0;

  for (guint i = 0; i < corro_programme_get_n_clips (self->programme); i++)
    {
      ClipEntry *entry;

      key = corro_programme_get_clip_key (self->programme, i);
      entry = g_hash_table_lookup (self->entries, key);
      g_ptr_array_add (keys, (gpointer) key);
      g_ptr_array_add (old_names, entry != NULL && entry->uri != NULL
                                    ? _corro_clips_page_display_name (entry->uri)
                                    : NULL);
      /* A file already linked to its key is nothing new. */
      if (entry != NULL && g_strcmp0 (entry->uri, uri) == 0 &&
          entry->state != CORRO_CLIP_STATE_MISSING && entry->state != CORRO_CLIP_STATE_MOVED)
        return;
    }

  key = corro_clip_match_best (name, (const char * const *) keys->pdata,
                               (const char * const *) old_names->pdata, keys->len, &score);
  if (key == NULL)
    return;

  for (guint i = 0; i < self->suggestions->len; i++)
    {
      Suggestion *other = g_ptr_array_index (self->suggestions, i);

      if (g_strcmp0 (other->key, key) != 0)
        continue;
      if (other->score >= score)
        return;
      g_ptr_array_remove_index (self->suggestions, i);
      break;
    }

  {
    Suggestion *suggestion = g_new0 (Suggestion, 1);

    suggestion->key = g_strdup (key);
    suggestion->uri = g_strdup (uri);
    suggestion->detail = g_strdup (detail);
    suggestion->score = score;
    g_ptr_array_add (self->suggestions, suggestion);
  }
}

static void probe_next_found (CorroClipsPage *self);

static void
on_found_probed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CorroClipsPage) self = user_data;
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *detail = NULL;
  const char *uri;

  info = corro_clip_info_probe_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->scan_uris == NULL)
    return;

  uri = self->scan_uris[self->scan_index];
  if (info != NULL && corro_clip_info_get_playable (info))
    detail = _corro_clips_page_describe_info (info);
  else if (info != NULL && corro_clip_info_get_problem (info) != NULL)
    detail = g_strdup (corro_clip_info_get_problem (info)->message);
  else if (error != NULL)
    detail = g_strdup (error->message);

  suggest (self, uri, detail);
  show_suggestions (self);

  self->scan_index++;
  probe_next_found (self);
}

static void
probe_next_found (CorroClipsPage *self)
{
  guint n = g_strv_length (self->scan_uris);
  g_autofree char *text = NULL;

  if (self->scan_index >= n)
    {
      stop_scan (self);
      return;
    }

  text = g_strdup_printf (_("Reading video %u of %u…"), self->scan_index + 1, n);
  gtk_label_set_label (self->scan_label, text);
  gtk_progress_bar_set_fraction (self->scan_progress, (double) self->scan_index / n);
  corro_clip_info_probe_async (self->scan_uris[self->scan_index], self->scan_cancellable,
                               on_found_probed_cb, g_object_ref (self));
}

static void
on_folder_scanned_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CorroClipsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) uris = corro_clip_match_find_videos_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->scan_cancellable == NULL)
    return;

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (uris == NULL || uris[0] == NULL)
    {
      g_debug ("No videos found: %s", error != NULL ? error->message : "none there");
      stop_scan (self);
      _corro_clips_page_toast (self, _("No video files were found in that folder."));
      return;
    }

  self->scan_uris = g_steal_pointer (&uris);
  self->scan_index = 0;
  probe_next_found (self);
}

static gboolean
pulse_cb (gpointer user_data)
{
  CorroClipsPage *self = user_data;

  gtk_progress_bar_pulse (self->scan_progress);
  return G_SOURCE_CONTINUE;
}

/* Cancels any search under way and shows @text over a pulsing bar while the next runs. */
static void
start_scan (CorroClipsPage *self,
            const char     *text)
{
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  stop_scan (self);

  self->scan_cancellable = g_cancellable_new ();
  gtk_label_set_label (self->scan_label, text);
  gtk_progress_bar_set_fraction (self->scan_progress, 0);
  gtk_widget_set_visible (self->scan_box, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clips.add-folder", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clips.find", FALSE);
  self->pulse_id = g_timeout_add (150, pulse_cb, self);
}

static void
clips_cancel_scan_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CorroClipsPage *self = CORRO_CLIPS_PAGE (widget);

  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  stop_scan (self);
}

static void
clips_link_suggestion_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CorroClipsPage *self = CORRO_CLIPS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *key, *uri;

  g_variant_get (parameter, "(&s&s)", &key, &uri);
  if (!corro_store_link_clip (self->store, key, uri, &error))
    {
      g_warning ("Could not link %s: %s", key, error->message);
      return;
    }

  for (guint i = self->suggestions->len; i > 0; i--)
    {
      Suggestion *suggestion = g_ptr_array_index (self->suggestions, i - 1);

      if (g_strcmp0 (suggestion->key, key) == 0 || g_strcmp0 (suggestion->uri, uri) == 0)
        g_ptr_array_remove_index (self->suggestions, i - 1);
    }
  show_suggestions (self);
  corro_clips_page_refresh (self);
}

/* relinking moved and missing clips from a folder */

static void
on_relink_searched_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CorroClipsPage) self = user_data;
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GHashTableIter iter;
  gpointer key, uri;
  guint n_relinked = 0;

  found = corro_clip_relink_search_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->scan_cancellable == NULL)
    return;

  stop_scan (self);
  if (found == NULL)
    {
      g_warning ("Could not search for missing clips: %s", error->message);
      _corro_clips_page_toast (self, _("That folder could not be searched."));
      return;
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &uri))
    {
      g_autoptr(GError) link_error = NULL;

      if (corro_store_link_clip (self->store, key, uri, &link_error))
        n_relinked++;
      else
        g_warning ("Could not relink %s: %s", (const char *) key, link_error->message);
    }

  if (n_relinked == 0)
    text = g_strdup (_("None of the missing clips’ files are in that folder. Add the folder to "
                       "find files by clip name, or choose each file."));
  else
    text = g_strdup_printf (ngettext ("Relinked %u clip found in that folder.",
                                      "Relinked %u clips found in that folder.", n_relinked),
                            n_relinked);
  _corro_clips_page_toast (self, text);
  corro_clips_page_refresh (self);
}

/* internal API */

void
_corro_clips_page_class_init_scan (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "clips.cancel-scan", NULL,
                                   clips_cancel_scan_action);
  gtk_widget_class_install_action (widget_class, "clips.link-suggestion", "(ss)",
                                   clips_link_suggestion_action);
}

/* public API */

void
corro_clips_page_scan_folder (CorroClipsPage *self,
                              GFile          *folder)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (CORRO_IS_CLIPS_PAGE (self));
  g_return_if_fail (G_IS_FILE (folder));

  name = g_file_get_parse_name (folder);
  /* Translators: shown while a folder is searched for video files */
  text = g_strdup_printf (_("Looking for videos in “%s”…"), name);
  start_scan (self, text);

  corro_clip_match_find_videos_async (folder, self->scan_cancellable, on_folder_scanned_cb,
                                      g_object_ref (self));
}

/**
 * corro_clips_page_relink_from_folder:
 *
 * Looks in @folder and its subfolders, in the background, for the files of every moved
 * or missing clip (same name, and same size when it was kept) and relinks all it finds.
 */
void
corro_clips_page_relink_from_folder (CorroClipsPage *self,
                                     GFile          *folder)
{
  g_autoptr(GPtrArray) lost = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (CORRO_IS_CLIPS_PAGE (self));
  g_return_if_fail (G_IS_FILE (folder));

  lost = g_ptr_array_new_with_free_func ((GDestroyNotify) corro_clip_lost_free);
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ClipEntry *entry = value;

      if ((entry->state == CORRO_CLIP_STATE_MISSING || entry->state == CORRO_CLIP_STATE_MOVED) &&
          entry->uri != NULL)
        g_ptr_array_add (lost, corro_clip_lost_new (key, entry->uri,
                                                    corro_store_get_clip_size (self->store,
                                                                               key)));
    }
  if (lost->len == 0)
    {
      _corro_clips_page_toast (self, _("No clip is missing its file."));
      return;
    }

  name = g_file_get_parse_name (folder);
  /* Translators: shown while a folder is searched for the files of missing clips */
  text = g_strdup_printf (ngettext ("Looking for %u missing clip in “%s”…",
                                    "Looking for %u missing clips in “%s”…", lost->len),
                          lost->len, name);
  start_scan (self, text);

  corro_clip_relink_search_async (lost, folder, self->scan_cancellable, on_relink_searched_cb,
                                  g_object_ref (self));
}

guint
corro_clips_page_get_n_suggestions (CorroClipsPage *self)
{
  g_return_val_if_fail (CORRO_IS_CLIPS_PAGE (self), 0);

  return self->suggestions->len;
}

/**
 * corro_clips_page_get_suggestion:
 * @uri: (out) (optional): the file suggested
 *
 * Returns: the clip key the file is suggested for
 */
const char *
corro_clips_page_get_suggestion (CorroClipsPage  *self,
                                 guint            index,
                                 const char     **uri)
{
  Suggestion *suggestion;

  g_return_val_if_fail (CORRO_IS_CLIPS_PAGE (self), NULL);
  g_return_val_if_fail (index < self->suggestions->len, NULL);

  suggestion = g_ptr_array_index (self->suggestions, index);
  if (uri != NULL)
    *uri = suggestion->uri;
  return suggestion->key;
}
