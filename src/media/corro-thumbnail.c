/* corro-thumbnail.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-thumbnail"

#include "config.h"

#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gst/video/video.h>

#include "corro-media-error.h"
#include "corro-media-private.h"
#include "corro-thumbnail.h"

/* A small picture of a clip for the clip library: one frame a little way in, scaled
 * down, grabbed by a video-only playbin paused on it, in a worker thread. */

#define WAIT_NS (5 * GST_SECOND)
#define FRAME_AT_NS (2 * GST_SECOND)

typedef struct
{
  char *uri;
  int   width;
} Grab;

static void
grab_free (gpointer data)
{
  Grab *grab = data;

  g_free (grab->uri);
  g_free (grab);
}

static gboolean
wait_paused (GstElement  *pipeline,
             GError     **error)
{
  if (gst_element_get_state (pipeline, NULL, NULL, WAIT_NS) == GST_STATE_CHANGE_SUCCESS)
    return TRUE;

  g_set_error_literal (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_FAILED,
                       "The clip did not show a frame in time");
  return FALSE;
}

static GdkTexture *
grab_frame (Grab          *grab,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *description = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) bin = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstSample) sample = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GstVideoInfo info;
  GstMapInfo map;
  GstBuffer *buffer;
  GstCaps *caps;
  gint64 duration = 0;
  GdkTexture *texture;

  _corro_media_init ();

  description = g_strdup_printf ("videoconvert ! videoscale ! "
                                 "video/x-raw,format=RGBA,width=%d,pixel-aspect-ratio=1/1 ! "
                                 "appsink name=sink sync=false", grab->width);
  bin = gst_parse_bin_from_description (description, TRUE, &parse_error);
  pipeline = gst_element_factory_make ("playbin", NULL);
  if (bin == NULL || pipeline == NULL)
    {
      g_set_error_literal (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_FAILED,
                           parse_error != NULL ? parse_error->message : "No playbin");
      return NULL;
    }
  gst_object_ref_sink (pipeline);
  sink = gst_bin_get_by_name (GST_BIN (bin), "sink");
  /* flags=video only: no sound output is opened, no subtitles are drawn. */
  g_object_set (pipeline, "uri", grab->uri, "video-sink", g_steal_pointer (&bin), "flags", 1,
                NULL);

  gst_element_set_state (pipeline, GST_STATE_PAUSED);
  if (!wait_paused (pipeline, error))
    goto out;

  if (gst_element_query_duration (pipeline, GST_FORMAT_TIME, &duration) && duration > 0)
    {
      gint64 at = MIN (FRAME_AT_NS, duration / 10);

      if (at > 0 && gst_element_seek_simple (pipeline, GST_FORMAT_TIME,
                                             GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT, at))
        wait_paused (pipeline, NULL);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  sample = gst_app_sink_try_pull_preroll (GST_APP_SINK (sink), WAIT_NS);
  if (sample == NULL || (caps = gst_sample_get_caps (sample)) == NULL ||
      !gst_video_info_from_caps (&info, caps) ||
      (buffer = gst_sample_get_buffer (sample)) == NULL ||
      !gst_buffer_map (buffer, &map, GST_MAP_READ))
    {
      g_set_error_literal (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_FAILED,
                           "No frame came out of the clip");
      goto out;
    }

  bytes = g_bytes_new (map.data, MIN (map.size, (gsize) GST_VIDEO_INFO_PLANE_STRIDE (&info, 0) *
                                                GST_VIDEO_INFO_HEIGHT (&info)));
  gst_buffer_unmap (buffer, &map);
  texture = gdk_memory_texture_new (GST_VIDEO_INFO_WIDTH (&info), GST_VIDEO_INFO_HEIGHT (&info),
                                    GDK_MEMORY_R8G8B8A8, bytes,
                                    GST_VIDEO_INFO_PLANE_STRIDE (&info, 0));
  gst_element_set_state (pipeline, GST_STATE_NULL);
  return texture;

out:
  gst_element_set_state (pipeline, GST_STATE_NULL);
  return NULL;
}

static void
grab_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  GdkTexture *texture = grab_frame (task_data, cancellable, &error);

  if (texture == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, texture, g_object_unref);
}

/**
 * corro_thumbnail_grab_async:
 * @uri: a playable clip
 * @width: the picture's width in pixels; its height keeps the clip's shape
 *
 * Grabs a frame near the start of @uri in a worker thread.
 */
void
corro_thumbnail_grab_async (const char          *uri,
                            int                  width,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Grab *grab;

  g_return_if_fail (uri != NULL);
  g_return_if_fail (width > 0);

  grab = g_new0 (Grab, 1);
  grab->uri = g_strdup (uri);
  grab->width = width;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_thumbnail_grab_async);
  g_task_set_task_data (task, grab, grab_free);
  g_task_run_in_thread (task, grab_thread);
}

/**
 * corro_thumbnail_grab_finish:
 *
 * Returns: (transfer full) (nullable): the frame, or %NULL with @error set
 */
GdkTexture *
corro_thumbnail_grab_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
