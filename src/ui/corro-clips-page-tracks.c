/* corro-clips-page-tracks.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clip's sound track and subtitles, chosen on the Clips page for a file with more
 * than one sound track or with subtitles, and kept per clip key on this computer: the
 * presenter plays what is chosen here.
 */

#define G_LOG_DOMAIN "corro-clips-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-clips-page-private.h"
#include "corro-media-track.h"
#include "corro-store.h"
#include "corro-track-choice.h"

/* helpers */

static gboolean
has_choice (ClipEntry *entry)
{
  return entry != NULL && entry->info != NULL &&
         (g_list_model_get_n_items (corro_clip_info_get_audio_tracks (entry->info)) > 1 ||
          g_list_model_get_n_items (corro_clip_info_get_subtitle_tracks (entry->info)) > 0);
}

/* What plays: the sound track remembered (else the one in the content language, as the
 * presenter chooses it), and the subtitles remembered (else none). */
static void
get_choice (CorroClipsPage *self,
            const char     *key,
            ClipEntry      *entry,
            int            *audio,
            int            *subtitle)
{
  GListModel *subtitles = corro_clip_info_get_subtitle_tracks (entry->info);
  int remembered = -1;
  int remembered_subtitle = CORRO_STORE_TRACK_UNSET;

  corro_store_get_clip_tracks (self->store, key, &remembered, &remembered_subtitle);
  *audio = corro_track_choice_audio (corro_clip_info_get_audio_tracks (entry->info),
                                     remembered, self->language);
  *subtitle = remembered_subtitle >= 0 &&
              (guint) remembered_subtitle < g_list_model_get_n_items (subtitles)
              ? remembered_subtitle : -1;
}

static char *
track_label (GListModel *tracks,
             int         index)
{
  g_autoptr(CorroMediaTrack) track = index >= 0 ? g_list_model_get_item (tracks, index) : NULL;

  return track != NULL ? corro_media_track_dup_label (track)
                       : g_strdup (C_("subtitles", "Off"));
}

static GtkStringList *
track_names (GListModel *tracks,
             gboolean    with_off)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  if (with_off)
    gtk_string_list_append (names, C_("subtitles", "Off"));
  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autofree char *label = track_label (tracks, (int) i);

      gtk_string_list_append (names, label);
    }

  return names;
}

/* callbacks */

static void
on_track_selected_cb (GtkDropDown    *dropdown,
                      GParamSpec     *pspec,
                      CorroClipsPage *self)
{
  GtkWidget *grid = gtk_widget_get_parent (GTK_WIDGET (dropdown));
  GtkDropDown *audio = g_object_get_data (G_OBJECT (grid), "audio");
  GtkDropDown *subtitle = g_object_get_data (G_OBJECT (grid), "subtitle");
  const char *key = g_object_get_data (G_OBJECT (grid), "clip-key");
  guint subtitle_selected = gtk_drop_down_get_selected (subtitle);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!corro_store_set_clip_tracks (self->store, key, (int) gtk_drop_down_get_selected (audio),
                                    subtitle_selected == GTK_INVALID_LIST_POSITION
                                    ? -1 : (int) subtitle_selected - 1, &error))
    _corro_clips_page_toast (self, error->message);
}

static gboolean
show_clips_idle_cb (gpointer user_data)
{
  _corro_clips_page_show_clips (user_data);
  return G_SOURCE_REMOVE;
}

/* The row says what is chosen: shown again once the popover is closed. */
static void
on_popover_closed_cb (CorroClipsPage *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_clips_idle_cb, g_object_ref (self),
                   g_object_unref);
}

/* private API */

/**
 * _corro_clips_page_describe_tracks:
 *
 * Returns: (nullable): "Sound: Spanish · Subtitles: Off", for a file with a choice
 */
char *
_corro_clips_page_describe_tracks (CorroClipsPage *self,
                                   const char     *key,
                                   ClipEntry      *entry)
{
  g_autofree char *audio_label = NULL;
  g_autofree char *subtitle_label = NULL;
  int audio, subtitle;

  if (!has_choice (entry))
    return NULL;

  get_choice (self, key, entry, &audio, &subtitle);
  audio_label = audio >= 0 ? track_label (corro_clip_info_get_audio_tracks (entry->info), audio)
                           : g_strdup (C_("sound", "None"));
  subtitle_label = track_label (corro_clip_info_get_subtitle_tracks (entry->info), subtitle);

  /* Translators: the sound track and subtitles a clip plays with */
  return g_strdup_printf (_("Sound: %s · Subtitles: %s"), audio_label, subtitle_label);
}

void
_corro_clips_page_add_tracks_button (CorroClipsPage *self,
                                     GtkWidget      *row,
                                     const char     *key,
                                     ClipEntry      *entry)
{
  GListModel *audio_tracks;
  GListModel *subtitle_tracks;
  g_autoptr(GtkStringList) audio_names = NULL;
  g_autoptr(GtkStringList) subtitle_names = NULL;
  GtkWidget *button, *popover, *grid, *label, *audio, *subtitle;
  int audio_index, subtitle_index;

  if (!has_choice (entry))
    return;

  audio_tracks = corro_clip_info_get_audio_tracks (entry->info);
  subtitle_tracks = corro_clip_info_get_subtitle_tracks (entry->info);
  get_choice (self, key, entry, &audio_index, &subtitle_index);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  label = gtk_label_new_with_mnemonic (_("_Sound"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  audio_names = track_names (audio_tracks, FALSE);
  audio = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (audio_names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (audio), audio_index >= 0 ? (guint) audio_index : 0);
  gtk_widget_set_sensitive (audio, g_list_model_get_n_items (audio_tracks) > 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), audio);
  gtk_grid_attach (GTK_GRID (grid), audio, 1, 0, 1, 1);

  label = gtk_label_new_with_mnemonic (_("Su_btitles"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 1, 1, 1);
  subtitle_names = track_names (subtitle_tracks, TRUE);
  subtitle = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (subtitle_names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (subtitle), (guint) (subtitle_index + 1));
  gtk_widget_set_sensitive (subtitle, g_list_model_get_n_items (subtitle_tracks) > 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), subtitle);
  gtk_grid_attach (GTK_GRID (grid), subtitle, 1, 1, 1, 1);

  g_object_set_data (G_OBJECT (grid), "audio", audio);
  g_object_set_data (G_OBJECT (grid), "subtitle", subtitle);
  g_object_set_data_full (G_OBJECT (grid), "clip-key", g_strdup (key), g_free);
  g_signal_connect_object (audio, "notify::selected", G_CALLBACK (on_track_selected_cb), self, 0);
  g_signal_connect_object (subtitle, "notify::selected", G_CALLBACK (on_track_selected_cb), self,
                           0);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  g_signal_connect_object (popover, "closed", G_CALLBACK (on_popover_closed_cb), self,
                           G_CONNECT_SWAPPED);

  button = gtk_menu_button_new ();
  gtk_widget_set_name (button, "tracks");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "audio-x-generic-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_tooltip_text (button, _("Sound and Subtitles"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sound and Subtitles"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}
