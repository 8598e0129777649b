/* corro-player-tracks.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPlayer's sound and subtitle tracks. A choice is made by opening the clip again
 * where it is (it keeps playing if it was) and selecting the track in playbin's
 * audio-changed and text-changed signals, before the first frame. Switching a track on
 * a pre-rolled pipeline is not safe in GStreamer 1.22: after switching the sound while
 * paused, the next flushing seek deadlocks; after switching it while playing a file with
 * subtitles inside, the stretch never reaches EOS. Subtitles are drawn into the frames by
 * playbin's text overlay; a `.srt`/`.vtt` beside the clip is loaded as playbin's suburi.
 */

#define G_LOG_DOMAIN "corro-player"

#include "config.h"

#include <gst/tag/tag.h>

#include "corro-media-private.h"
#include "corro-player-private.h"

/* helpers */

static char *
dup_tag_string (const GstTagList *tags,
                const char       *tag)
{
  char *value = NULL;

  if (tags != NULL && gst_tag_list_get_string (tags, tag, &value))
    return value;

  return NULL;
}

/* Whether playbin's text stream @index comes from the subtitle file rather than the clip:
 * its pad leads back to the uridecodebin that opened the suburi. */
static gboolean
text_stream_is_external (CorroPlayer *self,
                         int          index)
{
  g_autoptr(GstPad) pad = NULL;
  g_autoptr(GstPad) peer = NULL;
  gboolean external = FALSE;

  if (self->suburi == NULL)
    return FALSE;

  g_signal_emit_by_name (self->playbin, "get-text-pad", index, &pad);
  if (pad == NULL)
    return FALSE;
  peer = gst_pad_get_peer (pad);

  for (GstObject *object = peer != NULL ? GST_OBJECT_PARENT (peer) : NULL;
       object != NULL && object != GST_OBJECT (self->playbin);
       object = GST_OBJECT_PARENT (object))
    {
      g_autofree char *uri = NULL;

      if (g_object_class_find_property (G_OBJECT_GET_CLASS (object), "uri") == NULL)
        continue;
      g_object_get (object, "uri", &uri, NULL);
      external = g_strcmp0 (uri, self->suburi) == 0;
      break;
    }

  return external;
}

static gboolean
same_subtitle (CorroMediaTrack *a,
               CorroMediaTrack *b)
{
  if (corro_media_track_get_external (a) || corro_media_track_get_external (b))
    return g_strcmp0 (corro_media_track_get_uri (a), corro_media_track_get_uri (b)) == 0;

  return corro_media_track_get_stream_index (a) == corro_media_track_get_stream_index (b);
}

static gboolean
same_track (CorroMediaTrack *a,
            CorroMediaTrack *b)
{
  return corro_media_track_get_stream_index (a) == corro_media_track_get_stream_index (b) &&
         g_strcmp0 (corro_media_track_get_codec (a), corro_media_track_get_codec (b)) == 0 &&
         g_strcmp0 (corro_media_track_get_language_code (a),
                    corro_media_track_get_language_code (b)) == 0 &&
         g_strcmp0 (corro_media_track_get_title (a), corro_media_track_get_title (b)) == 0 &&
         g_strcmp0 (corro_media_track_get_uri (a), corro_media_track_get_uri (b)) == 0;
}

static void
replace_tracks (GListStore *store,
                GPtrArray  *tracks)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  gboolean same = n_items == tracks->len;

  for (guint i = 0; same && i < n_items; i++)
    {
      g_autoptr(CorroMediaTrack) old = g_list_model_get_item (G_LIST_MODEL (store), i);

      same = same_track (old, g_ptr_array_index (tracks, i));
    }

  if (!same)
    g_list_store_splice (store, 0, n_items, tracks->pdata, tracks->len);
}

static void
set_current_subtitle_index (CorroPlayer *self,
                            int          index)
{
  if (self->current_subtitle == index)
    return;

  self->current_subtitle = index;
  _corro_player_notify (self, CORRO_PLAYER_PROP_CURRENT_SUBTITLE);
}

static void
set_current_audio_index (CorroPlayer *self,
                         int          index)
{
  if (self->current_audio == index)
    return;

  self->current_audio = index;
  _corro_player_notify (self, CORRO_PLAYER_PROP_CURRENT_AUDIO);
}

/* Streaming thread, before the first frame. With a subtitle file loaded, playbin's own
 * switch is needed (it unblocks and rewinds the file's stream); without one, playbin's
 * switch trips over the missing file (a critical in 1.22), so the text selector is
 * told directly, which is all playbin would do before any data has flowed. */
static void
select_text_stream (CorroPlayer *self,
                    int          index)
{
  g_autoptr(GstPad) pad = NULL;
  g_autoptr(GstPad) active = NULL;
  g_autoptr(GstElement) selector = NULL;

  g_mutex_lock (&self->lock);
  self->text_selected = TRUE;
  g_mutex_unlock (&self->lock);

  g_signal_emit_by_name (self->playbin, "get-text-pad", index, &pad);
  if (pad == NULL || (selector = gst_pad_get_parent_element (pad)) == NULL)
    return;
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (selector), "active-pad") == NULL)
    return;

  g_object_get (selector, "active-pad", &active, NULL);
  if (active == pad)
    return;

  if (self->suburi != NULL)
    g_object_set (self->playbin, "current-text", index, NULL);
  else
    g_object_set (selector, "active-pad", pad, NULL);
}

/* Streaming thread: choose the wanted tracks as playbin finds the streams. */
static void
on_playbin_audio_changed_cb (GstElement *playbin,
                             gpointer    user_data)
{
  CorroPlayer *self = user_data;
  gboolean select;
  int n_audio = 0;
  int wanted;

  /* playbin's current-audio still says what the last clip played: set it regardless. */
  g_object_get (playbin, "n-audio", &n_audio, NULL);
  g_mutex_lock (&self->lock);
  wanted = self->wanted_audio;
  select = !self->audio_selected && wanted >= 0 && wanted < n_audio;
  if (select)
    self->audio_selected = TRUE;
  g_mutex_unlock (&self->lock);

  if (select)
    g_object_set (playbin, "current-audio", wanted, NULL);
}

static void
on_playbin_text_changed_cb (GstElement *playbin,
                            gpointer    user_data)
{
  CorroPlayer *self = user_data;
  gboolean wanted_file;
  gboolean done;
  int wanted;
  int n_text = 0;
  int ordinal = 0;

  g_mutex_lock (&self->lock);
  wanted = self->wanted_text;
  wanted_file = self->wanted_text_file;
  done = self->text_selected || (wanted < 0 && !wanted_file);
  g_mutex_unlock (&self->lock);
  if (done)
    return;

  g_object_get (playbin, "n-text", &n_text, NULL);
  for (int i = 0; i < n_text; i++)
    {
      gboolean external = text_stream_is_external (self, i);

      if ((wanted_file && external) || (!wanted_file && !external && ordinal == wanted))
        {
          select_text_stream (self, i);
          break;
        }
      if (!external)
        ordinal++;
    }
}

/* private API */

void
_corro_player_tracks_connect (CorroPlayer *self)
{
  g_signal_connect (self->playbin, "audio-changed",
                    G_CALLBACK (on_playbin_audio_changed_cb), self);
  g_signal_connect (self->playbin, "text-changed",
                    G_CALLBACK (on_playbin_text_changed_cb), self);
}

void
_corro_player_tracks_clear (CorroPlayer *self)
{
  g_list_store_remove_all (self->audio_tracks);
  g_list_store_remove_all (self->subtitle_tracks);
  g_clear_object (&self->chosen_subtitle);
  set_current_audio_index (self, -1);
  set_current_subtitle_index (self, -1);
}

/**
 * _corro_player_tracks_prepare:
 * @new_clip: whether this is another clip (choices reset) or the same one again
 * @text_enabled: (out): whether to load with subtitles drawn
 * @suburi: (out) (transfer none) (nullable): the subtitle file to load with the clip
 */
void
_corro_player_tracks_prepare (CorroPlayer  *self,
                              gboolean      new_clip,
                              gboolean     *text_enabled,
                              const char  **suburi)
{
  if (new_clip)
    {
      _corro_player_tracks_clear (self);
      g_ptr_array_set_size (self->subtitle_files, 0);
      if (self->uri != NULL)
        {
          g_clear_pointer (&self->subtitle_files, g_ptr_array_unref);
          self->subtitle_files = _corro_media_find_subtitle_files (self->uri);
        }
    }

  *text_enabled = self->chosen_subtitle != NULL;
  *suburi = self->chosen_subtitle != NULL ? corro_media_track_get_uri (self->chosen_subtitle)
                                          : NULL;

  g_mutex_lock (&self->lock);
  self->wanted_audio = MAX (self->current_audio, 0);
  self->wanted_text_file = *suburi != NULL;
  self->wanted_text = self->chosen_subtitle != NULL && *suburi == NULL
                      ? corro_media_track_get_stream_index (self->chosen_subtitle)
                      : -1;
  self->audio_selected = FALSE;
  self->text_selected = FALSE;
  g_mutex_unlock (&self->lock);
}

/* Main thread, once the clip has pre-rolled and whenever playbin's tags change. */
void
_corro_player_tracks_refresh (CorroPlayer *self)
{
  g_autoptr(GPtrArray) audio = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) subtitles = g_ptr_array_new_with_free_func (g_object_unref);
  int external_index = -1;
  int n_audio = 0;
  int n_text = 0;

  g_object_get (self->playbin, "n-audio", &n_audio, "n-text", &n_text, NULL);

  for (int i = 0; i < n_audio; i++)
    {
      g_autoptr(GstTagList) tags = NULL;
      g_autofree char *codec = NULL;
      g_autofree char *language = NULL;
      g_autofree char *title = NULL;

      g_signal_emit_by_name (self->playbin, "get-audio-tags", i, &tags);
      codec = dup_tag_string (tags, GST_TAG_AUDIO_CODEC);
      language = dup_tag_string (tags, GST_TAG_LANGUAGE_CODE);
      title = dup_tag_string (tags, GST_TAG_TITLE);
      g_ptr_array_add (audio, _corro_media_track_new (CORRO_MEDIA_TRACK_AUDIO, i, codec,
                                                      language, title, NULL, TRUE));
    }

  /* The file's own subtitle tracks are numbered among themselves, whatever place
   * playbin gives the subtitle file's stream. */
  for (int i = 0, ordinal = 0; i < n_text; i++)
    {
      g_autoptr(GstTagList) tags = NULL;
      g_autofree char *codec = NULL;
      g_autofree char *language = NULL;
      g_autofree char *title = NULL;

      if (text_stream_is_external (self, i))
        {
          external_index = i;
          continue;
        }

      g_signal_emit_by_name (self->playbin, "get-text-tags", i, &tags);
      codec = dup_tag_string (tags, GST_TAG_SUBTITLE_CODEC);
      language = dup_tag_string (tags, GST_TAG_LANGUAGE_CODE);
      title = dup_tag_string (tags, GST_TAG_TITLE);
      g_ptr_array_add (subtitles, _corro_media_track_new (CORRO_MEDIA_TRACK_SUBTITLE, ordinal++,
                                                          codec, language, title, NULL, TRUE));
    }

  for (guint i = 0; i < self->subtitle_files->len; i++)
    {
      const char *uri = g_ptr_array_index (self->subtitle_files, i);
      g_autofree char *language = _corro_media_language_from_name (uri);
      int index = g_strcmp0 (uri, self->suburi) == 0 ? external_index : -1;

      g_ptr_array_add (subtitles, _corro_media_track_new (CORRO_MEDIA_TRACK_SUBTITLE, index,
                                                          NULL, language, NULL, uri, TRUE));
    }

  /* Tags come again as playback goes on (bitrates…): replace the lists only when what
   * a menu shows has changed. */
  replace_tracks (self->audio_tracks, audio);
  replace_tracks (self->subtitle_tracks, subtitles);

  /* The sound track was selected as the streams appeared: the chosen one, else the
   * first (playbin's own current-audio may still say the last clip's). */
  if (self->current_audio < 0 || self->current_audio >= n_audio)
    set_current_audio_index (self, n_audio > 0 ? 0 : -1);

  if (self->chosen_subtitle != NULL)
    {
      int found = -1;

      for (guint i = 0; i < subtitles->len; i++)
        if (same_subtitle (g_ptr_array_index (subtitles, i), self->chosen_subtitle))
          found = (int) i;

      if (found >= 0)
        {
          CorroMediaTrack *track = g_ptr_array_index (subtitles, found);

          g_set_object (&self->chosen_subtitle, track);
        }
      set_current_subtitle_index (self, found);
    }
}

/* public API */

/**
 * corro_player_get_audio_tracks:
 *
 * Returns: (transfer none): the clip's sound tracks as #CorroMediaTrack, filled once
 *   the clip is loaded; the same list model for the player's whole life
 */
GListModel *
corro_player_get_audio_tracks (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), NULL);

  return G_LIST_MODEL (self->audio_tracks);
}

/**
 * corro_player_get_current_audio:
 *
 * Returns: the position in the audio tracks of the one playing, or -1 when there is none
 */
int
corro_player_get_current_audio (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), -1);

  return self->current_audio;
}

/**
 * corro_player_set_current_audio:
 * @index: a position in the audio tracks
 *
 * Opens the clip again where it is (a fraction of a second), playing on if it was.
 */
void
corro_player_set_current_audio (CorroPlayer *self,
                                int          index)
{
  guint n_items;

  g_return_if_fail (CORRO_IS_PLAYER (self));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->audio_tracks));
  g_return_if_fail (index >= 0 && (guint) index < n_items);

  if (self->current_audio == index)
    return;

  set_current_audio_index (self, index);
  _corro_player_reload (self);
}

/**
 * corro_player_get_subtitle_tracks:
 *
 * Returns: (transfer none): the clip's subtitle tracks as #CorroMediaTrack: those inside
 *   the file, then `.srt`/`.vtt` files beside it
 */
GListModel *
corro_player_get_subtitle_tracks (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), NULL);

  return G_LIST_MODEL (self->subtitle_tracks);
}

/**
 * corro_player_get_current_subtitle:
 *
 * Returns: the position in the subtitle tracks of the one shown, or -1 when they are off
 */
int
corro_player_get_current_subtitle (CorroPlayer *self)
{
  g_return_val_if_fail (CORRO_IS_PLAYER (self), -1);

  return self->current_subtitle;
}

/**
 * corro_player_set_current_subtitle:
 * @index: a position in the subtitle tracks, or -1 to turn subtitles off
 *
 * Opens the clip again where it is (a fraction of a second), playing on if it was.
 */
void
corro_player_set_current_subtitle (CorroPlayer *self,
                                   int          index)
{
  g_autoptr(CorroMediaTrack) track = NULL;

  g_return_if_fail (CORRO_IS_PLAYER (self));
  g_return_if_fail (index >= -1 &&
                    index < (int) g_list_model_get_n_items (G_LIST_MODEL (self->subtitle_tracks)));

  if (self->current_subtitle == index)
    return;

  if (index >= 0)
    track = g_list_model_get_item (G_LIST_MODEL (self->subtitle_tracks), index);

  g_set_object (&self->chosen_subtitle, track);
  set_current_subtitle_index (self, index);
  _corro_player_reload (self);
}
