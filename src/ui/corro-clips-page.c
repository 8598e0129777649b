/* corro-clips-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-clips-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-clip-info.h"
#include "corro-clip-relink.h"
#include "corro-clips-page-private.h"
#include "corro-media-error.h"
#include "corro-programme.h"
#include "corro-store.h"
#include "corro-thumbnail.h"

/* The clip library: every clip key of the programme with the file that plays it on this
 * computer and what Corro found when it read that file. "Add Folder…" looks for videos
 * in the background and suggests them for the keys; the facilitator links each one. */

#define THUMBNAIL_WIDTH 96

G_DEFINE_FINAL_TYPE (CorroClipsPage, corro_clips_page, ADW_TYPE_BIN)

/* helpers */

static void
clip_entry_free (gpointer data)
{
  ClipEntry *entry = data;

  g_free (entry->uri);
  g_free (entry->detail);
  g_free (entry->found_uri);
  g_clear_object (&entry->info);
  g_free (entry);
}

static char *
format_duration (gint64 ms)
{
  gint64 seconds = (ms + 500) / 1000;

  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", (int) (seconds / 3600), (int) (seconds / 60 % 60),
                            (int) (seconds % 60));
  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

char *
_corro_clips_page_display_name (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_name (base != NULL ? base : uri);
}

void
_corro_clips_page_toast (CorroClipsPage *self,
                         const char     *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

char *
_corro_clips_page_describe_info (CorroClipInfo *info)
{
  g_autofree char *duration = format_duration (corro_clip_info_get_duration (info) / 1000);
  const char *container = corro_clip_info_get_container (info);
  const char *codec = corro_clip_info_get_video_codec (info);
  g_autoptr(GString) text = g_string_new (duration);

  if (container != NULL)
    g_string_append_printf (text, " · %s", container);
  if (codec != NULL)
    g_string_append_printf (text, " · %s", codec);
  if (corro_clip_info_get_width (info) > 0)
    g_string_append_printf (text, " %d×%d", corro_clip_info_get_width (info),
                            corro_clip_info_get_height (info));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
local_file_missing (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  return g_file_is_native (file) && !g_file_query_exists (file, NULL);
}

static ClipEntry *
set_entry (CorroClipsPage *self,
           const char     *key,
           CorroClipState  state,
           const char     *uri,
           const char     *detail)
{
  ClipEntry *entry = g_new0 (ClipEntry, 1);

  entry->state = state;
  entry->uri = g_strdup (uri);
  entry->detail = g_strdup (detail);
  g_hash_table_replace (self->entries, g_strdup (key), entry);
  return entry;
}

static const char *
state_label (CorroClipState state)
{
  switch (state)
    {
    case CORRO_CLIP_STATE_NOT_LINKED:
      return C_("clip state", "Not Linked");
    case CORRO_CLIP_STATE_CHECKING:
      return C_("clip state", "Checking…");
    case CORRO_CLIP_STATE_LINKED:
      return C_("clip state", "Linked");
    case CORRO_CLIP_STATE_MISSING:
      return C_("clip state", "Missing File");
    case CORRO_CLIP_STATE_UNPLAYABLE:
      return C_("clip state", "Unplayable");
    case CORRO_CLIP_STATE_MOVED:
      return C_("clip state", "Moved");
    default:
      g_assert_not_reached ();
    }
}

static const char *
state_style (CorroClipState state)
{
  switch (state)
    {
    case CORRO_CLIP_STATE_LINKED:
      return "success";
    case CORRO_CLIP_STATE_MISSING:
    case CORRO_CLIP_STATE_MOVED:
    case CORRO_CLIP_STATE_NOT_LINKED:
      return "warning";
    case CORRO_CLIP_STATE_UNPLAYABLE:
      return "error";
    case CORRO_CLIP_STATE_CHECKING:
    default:
      return "dim-label";
    }
}

void
_corro_clips_page_add_button (GtkWidget  *row,
                              const char *label,
                              const char *action,
                              GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static GtkWidget *
create_thumbnail (CorroClipsPage *self,
                  ClipEntry      *entry)
{
  GdkTexture *texture = entry != NULL && entry->uri != NULL
                          ? g_hash_table_lookup (self->thumbnails, entry->uri) : NULL;
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *child;

  if (texture != NULL && entry->state == CORRO_CLIP_STATE_LINKED)
    {
      child = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
      gtk_picture_set_can_shrink (GTK_PICTURE (child), TRUE);
    }
  else
    {
      child = gtk_image_new_from_icon_name ("video-x-generic-symbolic");
      gtk_widget_add_css_class (child, "dim-label");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_frame_set_child (GTK_FRAME (frame), child);
  gtk_widget_set_size_request (frame, THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 9 / 16);
  gtk_widget_set_valign (frame, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (frame, 6);
  gtk_widget_set_margin_bottom (frame, 6);

  return frame;
}

/* The row's other choices: search a folder (for a file no longer where it was), choose
 * another file, unlink. */
static void
add_row_menu (GtkWidget      *row,
              const char     *key,
              CorroClipState  state)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  GtkWidget *button = gtk_menu_button_new ();

  if (state == CORRO_CLIP_STATE_MOVED)
    {
      item = g_menu_item_new (_("Search a _Folder…"), NULL);
      g_menu_item_set_action_and_target_value (item, "clips.find", g_variant_new_string (key));
      g_menu_append_item (menu, item);
      g_clear_object (&item);
    }
  if (state == CORRO_CLIP_STATE_LINKED || state == CORRO_CLIP_STATE_MISSING ||
      state == CORRO_CLIP_STATE_MOVED)
    {
      item = g_menu_item_new (_("C_hoose File…"), NULL);
      g_menu_item_set_action_and_target_value (item, "clips.choose-file",
                                               g_variant_new_string (key));
      g_menu_append_item (menu, item);
      g_clear_object (&item);
    }
  item = g_menu_item_new (_("_Unlink"), NULL);
  g_menu_item_set_action_and_target_value (item, "clips.unlink", g_variant_new_string (key));
  g_menu_append_item (menu, item);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("More Choices"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("More Choices"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static GtkWidget *
create_clip_row (CorroClipsPage *self,
                 guint           index)
{
  const char *key = corro_programme_get_clip_key (self->programme, index);
  const char *title = corro_programme_get_clip_title (self->programme, index, self->language);
  gint64 expected = corro_programme_get_clip_duration (self->programme, index);
  ClipEntry *entry = g_hash_table_lookup (self->entries, key);
  CorroClipState state = entry != NULL ? entry->state : CORRO_CLIP_STATE_NOT_LINKED;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_label_new (state_label (state));
  g_autoptr(GString) subtitle = g_string_new (key);

  if (expected > 0)
    {
      g_autofree char *duration = format_duration (expected);

      /* Translators: the length a clip should have, e.g. "about 4:10" */
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, _("about %s"), duration);
    }
  if (entry != NULL && entry->uri != NULL)
    {
      g_autofree char *name = _corro_clips_page_display_name (entry->uri);

      g_string_append_printf (subtitle, "\n%s", name);
    }
  if (entry != NULL && entry->detail != NULL)
    g_string_append_printf (subtitle, "\n%s", entry->detail);
  if (state == CORRO_CLIP_STATE_LINKED)
    {
      g_autofree char *tracks = _corro_clips_page_describe_tracks (self, key, entry);

      if (tracks != NULL)
        g_string_append_printf (subtitle, "\n%s", tracks);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 title != NULL && title[0] != '\0' ? title : key);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_name (row, key);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), create_thumbnail (self, entry));

  gtk_widget_add_css_class (status, state_style (state));
  gtk_widget_add_css_class (status, "caption-heading");
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);

  /* One button for what the state calls for; the other choices in the row's menu, so
   * that the row keeps room for its text. */
  switch (state)
    {
    case CORRO_CLIP_STATE_MOVED:
      _corro_clips_page_add_button (row, _("_Relink"), "clips.relink",
                                    g_variant_new_string (key));
      break;
    case CORRO_CLIP_STATE_MISSING:
      _corro_clips_page_add_button (row, _("Search a _Folder…"), "clips.find",
                                    g_variant_new_string (key));
      break;
    case CORRO_CLIP_STATE_NOT_LINKED:
    case CORRO_CLIP_STATE_UNPLAYABLE:
      _corro_clips_page_add_button (row, _("C_hoose File…"), "clips.choose-file",
                                    g_variant_new_string (key));
      break;
    case CORRO_CLIP_STATE_LINKED:
      _corro_clips_page_add_tracks_button (self, row, key, entry);
      break;
    case CORRO_CLIP_STATE_CHECKING:
    default:
      break;
    }
  if (state != CORRO_CLIP_STATE_NOT_LINKED && state != CORRO_CLIP_STATE_CHECKING)
    add_row_menu (row, key, state);

  return row;
}

void
_corro_clips_page_remove_all_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

void
_corro_clips_page_show_clips (CorroClipsPage *self)
{
  _corro_clips_page_remove_all_rows (self->clip_list);
  for (guint i = 0; i < corro_programme_get_n_clips (self->programme); i++)
    gtk_list_box_append (self->clip_list, create_clip_row (self, i));
}

/* thumbnails */

static void
on_thumbnail_grabbed_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CorroClipsPage *self = g_task_get_source_object (task);
  const char *uri = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = corro_thumbnail_grab_finish (result, &error);

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_boolean (task, texture != NULL);
  if (self->thumbnails == NULL)
    return;

  self->n_grabbing--;
  if (texture == NULL)
    {
      g_debug ("No thumbnail for %s: %s", uri, error->message);
      return;
    }
  g_hash_table_replace (self->thumbnails, g_strdup (uri), g_steal_pointer (&texture));
  _corro_clips_page_show_clips (self);
}

static void
grab_thumbnail (CorroClipsPage *self,
                const char     *uri)
{
  GTask *task;

  if (g_hash_table_contains (self->thumbnails, uri))
    return;

  task = g_task_new (self, self->cancellable, NULL, NULL);
  g_task_set_task_data (task, g_strdup (uri), g_free);
  self->n_grabbing++;
  corro_thumbnail_grab_async (uri, THUMBNAIL_WIDTH * 2, self->cancellable, on_thumbnail_grabbed_cb,
                              task);
}

/* probing the linked files */

static void
on_linked_probed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CorroClipsPage *self = g_task_get_source_object (task);
  const char *key = g_task_get_task_data (task);
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  ClipEntry *entry;
  g_autofree char *uri = NULL;

  info = corro_clip_info_probe_finish (result, &error);
  if (g_task_return_error_if_cancelled (task))
    return;
  if (self->store == NULL)
    {
      g_task_return_boolean (task, FALSE);
      return;
    }

  self->n_probing--;
  entry = g_hash_table_lookup (self->entries, key);
  uri = entry != NULL ? g_strdup (entry->uri) : NULL;

  if (info != NULL && corro_clip_info_get_playable (info))
    {
      g_autofree char *detail = _corro_clips_page_describe_info (info);

      set_entry (self, key, CORRO_CLIP_STATE_LINKED, uri, detail)->info = g_object_ref (info);
      if (uri != NULL)
        grab_thumbnail (self, uri);
    }
  else if (info != NULL)
    {
      const GError *problem = corro_clip_info_get_problem (info);

      set_entry (self, key, CORRO_CLIP_STATE_UNPLAYABLE, uri,
                 problem != NULL ? problem->message : _("Corro cannot play this file."));
    }
  else if (g_error_matches (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NOT_FOUND))
    set_entry (self, key, CORRO_CLIP_STATE_MISSING, uri, error->message);
  else
    set_entry (self, key, CORRO_CLIP_STATE_UNPLAYABLE, uri, error->message);

  _corro_clips_page_show_clips (self);
  g_task_return_boolean (task, TRUE);
}

/* looking for moved files near where they were */

static char *
folder_path (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GFile) folder = g_file_get_parent (file);

  return folder != NULL ? g_file_get_parse_name (folder) : g_file_get_parse_name (file);
}

static void
on_nearby_searched_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CorroClipsPage *self = g_task_get_source_object (task);
  GPtrArray *lost = g_task_get_task_data (task);
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GError) error = NULL;

  found = corro_clip_relink_search_finish (result, &error);
  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_boolean (task, TRUE);
  if (self->store == NULL)
    return;

  self->n_probing--;
  if (found == NULL)
    g_debug ("Could not look for moved clips: %s", error->message);

  for (guint i = 0; i < lost->len; i++)
    {
      CorroClipLost *wanted = g_ptr_array_index (lost, i);
      const char *uri = found != NULL ? g_hash_table_lookup (found, wanted->key) : NULL;
      g_autofree char *old_folder = folder_path (wanted->uri);
      g_autofree char *detail = NULL;

      if (uri != NULL)
        {
          g_autofree char *new_folder = folder_path (uri);
          ClipEntry *entry;

          detail = wanted->size >= 0
            /* Translators: a linked video file was found elsewhere; %s is a folder */
            ? g_strdup_printf (_("Moved: the same file (same name and size) is now in “%s”."),
                               new_folder)
            : g_strdup_printf (_("Moved: a file of the same name is now in “%s”."), new_folder);
          entry = set_entry (self, wanted->key, CORRO_CLIP_STATE_MOVED, wanted->uri, detail);
          entry->found_uri = g_strdup (uri);
        }
      else
        {
          /* Translators: a linked video file is gone; %s is the folder where it was */
          detail = g_strdup_printf (_("No longer in “%s”, and not found near it."), old_folder);
          set_entry (self, wanted->key, CORRO_CLIP_STATE_MISSING, wanted->uri, detail);
        }
    }

  _corro_clips_page_show_clips (self);
}

static void
search_nearby (CorroClipsPage *self,
               GPtrArray      *lost)
{
  GTask *task = g_task_new (self, self->cancellable, NULL, NULL);

  g_task_set_task_data (task, g_ptr_array_ref (lost), (GDestroyNotify) g_ptr_array_unref);
  self->n_probing++;
  corro_clip_relink_search_async (lost, NULL, self->cancellable, on_nearby_searched_cb, task);
}

/* file choosers */

static void
on_file_chosen_cb (CorroClipsPage       *self,
                   int                   response,
                   GtkFileChooserNative *chooser)
{
  const char *key = g_object_get_data (G_OBJECT (chooser), "clip-key");
  gboolean relink = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "relink"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      if (key != NULL)
        {
          g_autofree char *uri = g_file_get_uri (file);

          if (!corro_store_link_clip (self->store, key, uri, &error))
            g_warning ("Could not link %s: %s", key, error->message);
          corro_clips_page_refresh (self);
        }
      else if (relink)
        corro_clips_page_relink_from_folder (self, file);
      else
        corro_clips_page_scan_folder (self, file);
    }

  if (self->chooser == GTK_NATIVE_DIALOG (chooser))
    g_clear_object (&self->chooser);
}

static void
open_chooser (CorroClipsPage       *self,
              GtkFileChooserAction  action,
              const char           *title,
              const char           *key,
              gboolean              relink)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         action, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Videos"));
      gtk_file_filter_add_mime_type (filter, "video/*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  g_object_set_data_full (G_OBJECT (chooser), "clip-key", g_strdup (key), g_free);
  g_object_set_data (G_OBJECT (chooser), "relink", GINT_TO_POINTER (relink));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* actions */

static void
clips_choose_file_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  open_chooser (CORRO_CLIPS_PAGE (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
                _("Choose the Clip’s Video File"), g_variant_get_string (parameter, NULL),
                FALSE);
}

static void
clips_find_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_chooser (CORRO_CLIPS_PAGE (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                _("Choose a Folder to Search for Missing Clips"), NULL, TRUE);
}

static void
clips_add_folder_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  open_chooser (CORRO_CLIPS_PAGE (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                _("Add a Folder of Videos"), NULL, FALSE);
}

static void
clips_relink_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CorroClipsPage *self = CORRO_CLIPS_PAGE (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  ClipEntry *entry = g_hash_table_lookup (self->entries, key);
  g_autoptr(GError) error = NULL;

  if (entry == NULL || entry->found_uri == NULL)
    return;
  if (!corro_store_link_clip (self->store, key, entry->found_uri, &error))
    g_warning ("Could not relink %s: %s", key, error->message);
  corro_clips_page_refresh (self);
}

static void
clips_unlink_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CorroClipsPage *self = CORRO_CLIPS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!corro_store_unlink_clip (self->store, g_variant_get_string (parameter, NULL), &error))
    g_warning ("Could not unlink a clip: %s", error->message);
  corro_clips_page_refresh (self);
}

/* vfuncs */

static void
corro_clips_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (corro_clips_page_parent_class)->map (widget);

  corro_clips_page_refresh (CORRO_CLIPS_PAGE (widget));
}

static void
corro_clips_page_unmap (GtkWidget *widget)
{
  _corro_clips_page_unwatch_files (CORRO_CLIPS_PAGE (widget));

  GTK_WIDGET_CLASS (corro_clips_page_parent_class)->unmap (widget);
}

static void
corro_clips_page_dispose (GObject *object)
{
  CorroClipsPage *self = (CorroClipsPage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  _corro_clips_page_unwatch_files (self);
  g_clear_pointer (&self->monitors, g_hash_table_unref);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_CLIPS_PAGE);
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->programme);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->thumbnails, g_hash_table_unref);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->scan_uris, g_strfreev);

  G_OBJECT_CLASS (corro_clips_page_parent_class)->dispose (object);
}

static void
corro_clips_page_class_init (CorroClipsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_clips_page_dispose;
  widget_class->map = corro_clips_page_map;
  widget_class->unmap = corro_clips_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-clips-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroClipsPage, clip_list);
  gtk_widget_class_bind_template_child (widget_class, CorroClipsPage, suggestion_list);
  gtk_widget_class_bind_template_child (widget_class, CorroClipsPage, suggestions_box);
  gtk_widget_class_bind_template_child (widget_class, CorroClipsPage, scan_box);
  gtk_widget_class_bind_template_child (widget_class, CorroClipsPage, scan_label);
  gtk_widget_class_bind_template_child (widget_class, CorroClipsPage, scan_progress);

  gtk_widget_class_install_action (widget_class, "clips.choose-file", "s",
                                   clips_choose_file_action);
  gtk_widget_class_install_action (widget_class, "clips.find", "s", clips_find_action);
  gtk_widget_class_install_action (widget_class, "clips.unlink", "s", clips_unlink_action);
  gtk_widget_class_install_action (widget_class, "clips.relink", "s", clips_relink_action);
  gtk_widget_class_install_action (widget_class, "clips.add-folder", NULL,
                                   clips_add_folder_action);
  _corro_clips_page_class_init_scan (widget_class);
}

static void
corro_clips_page_init (CorroClipsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, clip_entry_free);
  self->thumbnails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->suggestions = g_ptr_array_new_with_free_func (_corro_clips_page_suggestion_free);
  self->monitors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/* public API */

/**
 * corro_clips_page_new:
 * @store: where the links to files are kept
 * @programme: the programme whose clip keys are shown
 * @language: the content language, for the clips' titles
 */
GtkWidget *
corro_clips_page_new (CorroStore     *store,
                      CorroProgramme *programme,
                      const char     *language)
{
  CorroClipsPage *self;

  g_return_val_if_fail (CORRO_IS_STORE (store), NULL);
  g_return_val_if_fail (CORRO_IS_PROGRAMME (programme), NULL);

  self = g_object_new (CORRO_TYPE_CLIPS_PAGE, NULL);
  self->store = g_object_ref (store);
  self->programme = g_object_ref (programme);
  self->language = g_strdup (language);
  _corro_clips_page_show_clips (self);

  return GTK_WIDGET (self);
}

/**
 * corro_clips_page_refresh:
 *
 * Reads the links again and probes every linked file in the background.
 */
void
corro_clips_page_refresh (CorroClipsPage *self)
{
  g_autoptr(GHashTable) links = NULL;
  g_autoptr(GPtrArray) lost = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CORRO_IS_CLIPS_PAGE (self));

  if (self->store == NULL)
    return;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_probing = 0;
  self->n_grabbing = 0;

  if (!(links = corro_store_list_clip_links (self->store, &error)))
    {
      g_warning ("Could not read the clip links: %s", error->message);
      return;
    }

  g_hash_table_remove_all (self->entries);
  lost = g_ptr_array_new_with_free_func ((GDestroyNotify) corro_clip_lost_free);
  for (guint i = 0; i < corro_programme_get_n_clips (self->programme); i++)
    {
      const char *key = corro_programme_get_clip_key (self->programme, i);
      const char *uri = g_hash_table_lookup (links, key);
      GTask *task;

      if (uri == NULL)
        {
          set_entry (self, key, CORRO_CLIP_STATE_NOT_LINKED, NULL, NULL);
          continue;
        }
      if (local_file_missing (uri))
        {
          /* Missing or moved: looked for near where it was, in the background. */
          set_entry (self, key, CORRO_CLIP_STATE_CHECKING, uri, NULL);
          g_ptr_array_add (lost, corro_clip_lost_new (key, uri,
                                                      corro_store_get_clip_size (self->store,
                                                                                 key)));
          continue;
        }

      set_entry (self, key, CORRO_CLIP_STATE_CHECKING, uri, NULL);
      task = g_task_new (self, self->cancellable, NULL, NULL);
      g_task_set_task_data (task, g_strdup (key), g_free);
      self->n_probing++;
      corro_clip_info_probe_async (uri, self->cancellable, on_linked_probed_cb, task);
    }
  if (lost->len > 0)
    search_nearby (self, lost);

  _corro_clips_page_show_clips (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _corro_clips_page_watch_files (self);
}

/**
 * corro_clips_page_is_busy:
 *
 * Returns: whether files are being probed or a folder scanned
 */
gboolean
corro_clips_page_is_busy (CorroClipsPage *self)
{
  g_return_val_if_fail (CORRO_IS_CLIPS_PAGE (self), FALSE);

  return self->n_probing > 0 || self->n_grabbing > 0 || self->scan_cancellable != NULL;
}

CorroClipState
corro_clips_page_get_state (CorroClipsPage *self,
                            const char     *key)
{
  ClipEntry *entry;

  g_return_val_if_fail (CORRO_IS_CLIPS_PAGE (self), CORRO_CLIP_STATE_NOT_LINKED);

  entry = g_hash_table_lookup (self->entries, key);
  return entry != NULL ? entry->state : CORRO_CLIP_STATE_NOT_LINKED;
}

/**
 * corro_clips_page_get_detail:
 *
 * Returns: (nullable): what was found about the key's file: its length and codecs, or
 *   why it cannot be played
 */
const char *
corro_clips_page_get_detail (CorroClipsPage *self,
                             const char     *key)
{
  ClipEntry *entry;

  g_return_val_if_fail (CORRO_IS_CLIPS_PAGE (self), NULL);

  entry = g_hash_table_lookup (self->entries, key);
  return entry != NULL ? entry->detail : NULL;
}

/**
 * corro_clips_page_get_found_uri:
 *
 * Returns: (nullable): where the moved file of @key was found
 */
const char *
corro_clips_page_get_found_uri (CorroClipsPage *self,
                                const char     *key)
{
  ClipEntry *entry;

  g_return_val_if_fail (CORRO_IS_CLIPS_PAGE (self), NULL);

  entry = g_hash_table_lookup (self->entries, key);
  return entry != NULL ? entry->found_uri : NULL;
}

/**
 * corro_clips_page_scan_folder:
 *
 * Looks for videos in @folder and its subfolders in the background, reads each and
 * suggests the ones whose names match a clip key. Nothing is linked until the
 * facilitator confirms a suggestion.
 */
