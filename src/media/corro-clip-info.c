/* corro-clip-info.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a video file holds and whether Corro can play it, probed with GstDiscoverer:
 * container, length, picture format and size, each sound and subtitle track. The
 * probe blocks for up to PROBE_TIMEOUT_S; the async version runs it in a GTask thread.
 */

#define G_LOG_DOMAIN "corro-clip-info"

#include "config.h"

#include <glib/gi18n.h>
#include <gst/pbutils/pbutils.h>

#include "corro-clip-info.h"
#include "corro-media-private.h"

#define PROBE_TIMEOUT_S 15

struct _CorroClipInfo
{
  GObject     parent_instance;

  /* owned */
  char       *uri;
  char       *container;
  char       *video_codec;
  GListStore *audio_tracks;
  GListStore *subtitle_tracks;
  GError     *problem;

  gint64      duration;
  int         width;
  int         height;
  int         par_n;
  int         par_d;
  int         fps_n;
  int         fps_d;
  guint       seekable : 1;
  guint       has_video : 1;
};

G_DEFINE_FINAL_TYPE (CorroClipInfo, corro_clip_info, G_TYPE_OBJECT)

/* helpers */

static char *
describe_caps (GstCaps *caps)
{
  if (caps == NULL || gst_caps_is_empty (caps) || gst_caps_is_any (caps))
    return NULL;

  return gst_pb_utils_get_codec_description (caps);
}

/* mpegpsdemux shows the discoverer a DVD sound track twice, once as an unparsed
 * "private1" stream without a stream id, which playbin never offers. */
static gboolean
is_phantom (GstDiscovererStreamInfo *stream)
{
  return gst_discoverer_stream_info_get_stream_id (stream) == NULL;
}

static void
read_video (CorroClipInfo      *self,
            GstDiscovererInfo  *info,
            GError            **problem)
{
  GList *streams = gst_discoverer_info_get_video_streams (info);
  g_autofree char *name = _corro_media_display_name (self->uri);
  GstDiscovererVideoInfo *video = NULL;
  g_autoptr(GstCaps) caps = NULL;

  /* The first moving picture; cover art in an audio file is an image. */
  for (GList *l = streams; l != NULL; l = l->next)
    if (!gst_discoverer_video_info_is_image (l->data))
      {
        video = l->data;
        break;
      }

  if (video == NULL)
    {
      if (streams != NULL && gst_discoverer_info_get_audio_streams (info) == NULL)
        g_set_error (problem, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NO_VIDEO,
                     _("“%s” is a still picture, not a video."), name);
      else
        g_set_error (problem, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NO_VIDEO,
                     _("“%s” has no picture; choose a video file."), name);
      gst_discoverer_stream_info_list_free (streams);
      return;
    }

  self->has_video = TRUE;
  caps = gst_discoverer_stream_info_get_caps (GST_DISCOVERER_STREAM_INFO (video));
  self->video_codec = describe_caps (caps);
  self->width = (int) gst_discoverer_video_info_get_width (video);
  self->height = (int) gst_discoverer_video_info_get_height (video);
  self->par_n = (int) gst_discoverer_video_info_get_par_num (video);
  self->par_d = (int) gst_discoverer_video_info_get_par_denom (video);
  self->fps_n = (int) gst_discoverer_video_info_get_framerate_num (video);
  self->fps_d = (int) gst_discoverer_video_info_get_framerate_denom (video);

  if (!_corro_media_caps_have_decoder (caps))
    _corro_media_set_missing_error (problem, caps, NULL);

  gst_discoverer_stream_info_list_free (streams);
}

static void
read_audio (CorroClipInfo      *self,
            GstDiscovererInfo  *info,
            GError            **problem)
{
  GList *streams = gst_discoverer_info_get_audio_streams (info);
  g_autoptr(GstCaps) first_caps = NULL;
  gboolean any_decodable = FALSE;
  int index = 0;

  for (GList *l = streams; l != NULL; l = l->next)
    {
      GstDiscovererStreamInfo *stream = l->data;
      g_autoptr(GstCaps) caps = NULL;
      g_autofree char *codec = NULL;
      const char *language = gst_discoverer_audio_info_get_language (l->data);
      const GstTagList *tags = gst_discoverer_stream_info_get_tags (stream);
      g_autofree char *title = NULL;
      gboolean decodable;
      g_autoptr(CorroMediaTrack) track = NULL;

      if (is_phantom (stream))
        continue;
      caps = gst_discoverer_stream_info_get_caps (stream);
      codec = describe_caps (caps);
      decodable = _corro_media_caps_have_decoder (caps);
      if (tags != NULL)
        gst_tag_list_get_string (tags, GST_TAG_TITLE, &title);
      any_decodable |= decodable;
      if (first_caps == NULL && !decodable)
        first_caps = gst_caps_ref (caps);

      track = _corro_media_track_new (CORRO_MEDIA_TRACK_AUDIO, index++, codec, language, title,
                                      NULL, decodable);
      g_list_store_append (self->audio_tracks, track);
    }

  /* A silent clip fails a group as surely as a blank one. */
  if (index > 0 && !any_decodable && problem != NULL && *problem == NULL)
    _corro_media_set_missing_error (problem, first_caps, NULL);

  gst_discoverer_stream_info_list_free (streams);
}

static void
read_subtitles (CorroClipInfo     *self,
                GstDiscovererInfo *info)
{
  GList *streams = gst_discoverer_info_get_subtitle_streams (info);
  g_autoptr(GPtrArray) files = _corro_media_find_subtitle_files (self->uri);
  int index = 0;

  for (GList *l = streams; l != NULL; l = l->next, index++)
    {
      g_autoptr(GstCaps) caps = gst_discoverer_stream_info_get_caps (l->data);
      g_autofree char *codec = describe_caps (caps);
      const char *language = gst_discoverer_subtitle_info_get_language (l->data);
      g_autoptr(CorroMediaTrack) track = NULL;

      track = _corro_media_track_new (CORRO_MEDIA_TRACK_SUBTITLE, index, codec, language, NULL,
                                      NULL, _corro_media_caps_have_decoder (caps));
      g_list_store_append (self->subtitle_tracks, track);
    }

  for (guint i = 0; i < files->len; i++)
    {
      const char *uri = g_ptr_array_index (files, i);
      g_autofree char *language = _corro_media_language_from_name (uri);
      g_autoptr(CorroMediaTrack) track = NULL;

      track = _corro_media_track_new (CORRO_MEDIA_TRACK_SUBTITLE, -1, NULL, language, NULL,
                                      uri, TRUE);
      g_list_store_append (self->subtitle_tracks, track);
    }

  gst_discoverer_stream_info_list_free (streams);
}

static void
probe_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  CorroClipInfo *info = corro_clip_info_probe (task_data, cancellable, &error);

  if (info == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, info, g_object_unref);
}

/* vfuncs */

static void
corro_clip_info_finalize (GObject *object)
{
  CorroClipInfo *self = (CorroClipInfo *) object;

  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->container, g_free);
  g_clear_pointer (&self->video_codec, g_free);
  g_clear_object (&self->audio_tracks);
  g_clear_object (&self->subtitle_tracks);
  g_clear_error (&self->problem);

  G_OBJECT_CLASS (corro_clip_info_parent_class)->finalize (object);
}

static void
corro_clip_info_class_init (CorroClipInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_clip_info_finalize;
}

static void
corro_clip_info_init (CorroClipInfo *self)
{
  self->audio_tracks = g_list_store_new (CORRO_TYPE_MEDIA_TRACK);
  self->subtitle_tracks = g_list_store_new (CORRO_TYPE_MEDIA_TRACK);
  self->par_n = self->par_d = 1;
}

/* public API */

/**
 * corro_clip_info_probe:
 * @uri: a URI, or a local path
 *
 * Reads what @uri holds. Blocks (up to 15 s): call it from a worker thread or use
 * corro_clip_info_probe_async().
 *
 * Returns: (transfer full) (nullable): the file's description, also for a video Corro
 *   cannot play (see corro_clip_info_get_problem()); %NULL with a #CORRO_MEDIA_ERROR when
 *   the file cannot be read as a video at all
 */
CorroClipInfo *
corro_clip_info_probe (const char    *uri,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(CorroClipInfo) self = NULL;
  g_autoptr(GstDiscoverer) discoverer = NULL;
  g_autoptr(GstDiscovererInfo) info = NULL;
  g_autoptr(GstDiscovererStreamInfo) top = NULL;
  g_autoptr(GError) discover_error = NULL;
  g_autoptr(GError) problem = NULL;
  g_autofree char *name = NULL;
  GstDiscovererResult result;

  g_return_val_if_fail (uri != NULL, NULL);

  _corro_media_init ();

  self = g_object_new (CORRO_TYPE_CLIP_INFO, NULL);
  self->uri = _corro_media_uri_from_arg (uri);
  name = _corro_media_display_name (self->uri);

  if (!_corro_media_check_file (self->uri, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  discoverer = gst_discoverer_new (PROBE_TIMEOUT_S * GST_SECOND, &discover_error);
  if (discoverer == NULL)
    {
      _corro_media_set_error_from_gst (error, discover_error, NULL, FALSE, self->uri);
      return NULL;
    }

  info = gst_discoverer_discover_uri (discoverer, self->uri, &discover_error);
  result = info != NULL ? gst_discoverer_info_get_result (info) : GST_DISCOVERER_ERROR;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  switch (result)
    {
    case GST_DISCOVERER_OK:
    case GST_DISCOVERER_MISSING_PLUGINS:
      break;
    case GST_DISCOVERER_TIMEOUT:
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_FAILED,
                   _("Corro gave up reading “%s”: it took more than %d seconds."),
                   name, PROBE_TIMEOUT_S);
      return NULL;
    case GST_DISCOVERER_URI_INVALID:
    case GST_DISCOVERER_ERROR:
    case GST_DISCOVERER_BUSY:
    default:
      if (discover_error == NULL)
        g_set_error_literal (&discover_error, GST_CORE_ERROR, GST_CORE_ERROR_FAILED, "failed");
      _corro_media_set_error_from_gst (error, discover_error, NULL, FALSE, self->uri);
      return NULL;
    }

  top = gst_discoverer_info_get_stream_info (info);
  if (GST_IS_DISCOVERER_CONTAINER_INFO (top))
    {
      g_autoptr(GstCaps) caps = gst_discoverer_stream_info_get_caps (top);

      self->container = describe_caps (caps);
    }
  self->duration = CORRO_NS_TO_US (gst_discoverer_info_get_duration (info));
  self->seekable = gst_discoverer_info_get_seekable (info);

  read_video (self, info, &problem);
  read_audio (self, info, &problem);
  read_subtitles (self, info);

  /* No picture found, and GStreamer's word that something is missing: a container or
   * video format it cannot even look into says more than "no picture". */
  if (result == GST_DISCOVERER_MISSING_PLUGINS && !self->has_video &&
      (problem == NULL || problem->code == CORRO_MEDIA_ERROR_NO_VIDEO))
    {
      const char **details = gst_discoverer_info_get_missing_elements_installer_details (info);

      g_clear_error (&problem);
      if (!_corro_media_set_missing_error_from_details (&problem, details))
        g_set_error (&problem, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_MISSING_DECODER,
                     _("Corro cannot play “%s”: a decoder it needs is not installed."), name);
    }

  self->problem = g_steal_pointer (&problem);

  return g_steal_pointer (&self);
}

void
corro_clip_info_probe_async (const char          *uri,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (uri != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_clip_info_probe_async);
  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_run_in_thread (task, probe_thread);
}

/**
 * corro_clip_info_probe_finish:
 *
 * Returns: (transfer full) (nullable): as corro_clip_info_probe()
 */
CorroClipInfo *
corro_clip_info_probe_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == corro_clip_info_probe_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
corro_clip_info_get_uri (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), NULL);

  return self->uri;
}

/**
 * corro_clip_info_get_container:
 *
 * Returns: (nullable): e.g. "WebM", "MPEG-2 System Stream"
 */
const char *
corro_clip_info_get_container (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), NULL);

  return self->container;
}

/**
 * corro_clip_info_get_duration:
 *
 * Returns: the length in µs as the file states it, 0 if unknown
 */
gint64
corro_clip_info_get_duration (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), 0);

  return self->duration;
}

gboolean
corro_clip_info_get_seekable (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), FALSE);

  return self->seekable;
}

gboolean
corro_clip_info_has_video (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), FALSE);

  return self->has_video;
}

/**
 * corro_clip_info_get_video_codec:
 *
 * Returns: (nullable): e.g. "H.264 (Main Profile)", "MPEG-2 Video"
 */
const char *
corro_clip_info_get_video_codec (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), NULL);

  return self->video_codec;
}

/**
 * corro_clip_info_get_width:
 *
 * Returns: the width of the stored frames, in pixels
 */
int
corro_clip_info_get_width (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), 0);

  return self->width;
}

int
corro_clip_info_get_height (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), 0);

  return self->height;
}

/**
 * corro_clip_info_get_display_width:
 *
 * Returns: the width the picture is shown at, allowing for non-square pixels (a 16:9
 *   DVD is stored 720 wide and shown 1024 wide)
 */
int
corro_clip_info_get_display_width (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), 0);

  if (self->par_d <= 0)
    return self->width;

  return (int) ((gint64) self->width * self->par_n / self->par_d);
}

/**
 * corro_clip_info_get_frame_rate:
 *
 * Returns: frames per second, 0 if not stated
 */
double
corro_clip_info_get_frame_rate (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), 0.0);

  return self->fps_d > 0 ? (double) self->fps_n / self->fps_d : 0.0;
}

/**
 * corro_clip_info_get_audio_tracks:
 *
 * Returns: (transfer none): #CorroMediaTrack for each sound track
 */
GListModel *
corro_clip_info_get_audio_tracks (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), NULL);

  return G_LIST_MODEL (self->audio_tracks);
}

/**
 * corro_clip_info_get_subtitle_tracks:
 *
 * Returns: (transfer none): #CorroMediaTrack for each subtitle track inside the file,
 *   then for each `.srt`/`.vtt` file beside it
 */
GListModel *
corro_clip_info_get_subtitle_tracks (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), NULL);

  return G_LIST_MODEL (self->subtitle_tracks);
}

gboolean
corro_clip_info_get_playable (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), FALSE);

  return self->problem == NULL;
}

/**
 * corro_clip_info_get_problem:
 *
 * Returns: (nullable) (transfer none): why Corro cannot play the file, %NULL if it can
 */
const GError *
corro_clip_info_get_problem (CorroClipInfo *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_INFO (self), NULL);

  return self->problem;
}
