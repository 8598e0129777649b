/* corro-clip-check.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pre-flight check of a chapter's clips: before presenting, each clip the plan uses
 * is looked at as the player will see it: is a file linked, is it there, can it be
 * played on this computer, and does it reach the plan's last pause point and its out
 * point. Only a point past the file's real (probed) end is a problem: a pause point is
 * never taken for the clip's length.
 */

#define G_LOG_DOMAIN "corro-clip-check"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-clip-check.h"
#include "corro-clip-info.h"
#include "corro-media-error.h"
#include "corro-media-private.h"

/* As the player: a file that ends within a second of a point still reaches it. */
#define LENGTH_TOLERANCE_US (1 * G_USEC_PER_SEC)

typedef struct
{
  char                 *key;
  char                 *title;
  char                 *uri;
  gint64                last_pause;  /* µs, or 0 */
  gint64                out;         /* µs, or 0 for the file's end */

  /* found */
  CorroClipCheckResult  result;
  gint64                duration;
  char                 *message;
} Clip;

struct _CorroClipCheck
{
  GObject    parent_instance;

  GPtrArray *clips;  /* Clip */
  gboolean   done;
};

G_DEFINE_FINAL_TYPE (CorroClipCheck, corro_clip_check, G_TYPE_OBJECT)

/* helpers */

static void
clip_free (gpointer data)
{
  Clip *clip = data;

  g_free (clip->key);
  g_free (clip->title);
  g_free (clip->uri);
  g_free (clip->message);
  g_free (clip);
}

static Clip *
clip_copy (const Clip *clip)
{
  Clip *copy = g_new0 (Clip, 1);

  copy->key = g_strdup (clip->key);
  copy->title = g_strdup (clip->title);
  copy->uri = g_strdup (clip->uri);
  copy->last_pause = clip->last_pause;
  copy->out = clip->out;
  return copy;
}

static Clip *
find_clip (CorroClipCheck *self,
           const char     *key)
{
  for (guint i = 0; i < self->clips->len; i++)
    {
      Clip *clip = g_ptr_array_index (self->clips, i);

      if (g_strcmp0 (clip->key, key) == 0)
        return clip;
    }

  return NULL;
}

static Clip *
get_clip (CorroClipCheck *self,
          guint           index)
{
  return index < self->clips->len ? g_ptr_array_index (self->clips, index) : NULL;
}

/* Looks at one clip's file, as the player would. Runs in a worker thread. */
static void
check_clip (Clip         *clip,
            GCancellable *cancellable)
{
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *length = NULL;
  g_autofree char *point = NULL;

  if (clip->uri == NULL)
    {
      clip->result = CORRO_CLIP_CHECK_NOT_LINKED;
      clip->message = g_strdup (_("No video file is linked to this clip on this computer."));
      return;
    }

  info = corro_clip_info_probe (clip->uri, cancellable, &error);
  if (info == NULL)
    {
      clip->result = g_error_matches (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NOT_FOUND)
                       ? CORRO_CLIP_CHECK_MISSING : CORRO_CLIP_CHECK_UNPLAYABLE;
      clip->message = g_strdup (error->message);
      return;
    }

  clip->duration = corro_clip_info_get_duration (info);
  if (!corro_clip_info_get_playable (info))
    {
      clip->result = CORRO_CLIP_CHECK_UNPLAYABLE;
      clip->message = g_strdup (corro_clip_info_get_problem (info)->message);
      return;
    }

  clip->result = CORRO_CLIP_CHECK_READY;
  if (clip->duration <= 0)
    return;

  name = _corro_media_display_name (clip->uri);
  length = _corro_media_format_time (clip->duration);
  if (clip->last_pause > clip->duration + LENGTH_TOLERANCE_US)
    {
      point = _corro_media_format_time (clip->last_pause);
      clip->result = CORRO_CLIP_CHECK_TOO_SHORT;
      clip->message =
        /* Translators: "“clip.mp4” is 1:00.54 long, but the plan pauses it at 2:50.00." */
        g_strdup_printf (_("“%s” is %s long, but the plan pauses it at %s. It is not the "
                           "whole clip: choose the full video file."), name, length, point);
    }
  else if (clip->out > clip->duration + LENGTH_TOLERANCE_US)
    {
      point = _corro_media_format_time (clip->out);
      clip->result = CORRO_CLIP_CHECK_TOO_SHORT;
      clip->message =
        /* Translators: "“clip.mp4” is 1:00.54 long, but the plan plays it to 8:30.00." */
        g_strdup_printf (_("“%s” is %s long, but the plan plays it to %s. It is not the "
                           "whole clip: choose the full video file."), name, length, point);
    }
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GPtrArray *clips = task_data;

  for (guint i = 0; i < clips->len; i++)
    {
      if (g_task_return_error_if_cancelled (task))
        return;
      check_clip (g_ptr_array_index (clips, i), cancellable);
    }

  g_task_return_pointer (task, g_ptr_array_ref (clips), (GDestroyNotify) g_ptr_array_unref);
}

/* GObject */

static void
corro_clip_check_finalize (GObject *object)
{
  CorroClipCheck *self = (CorroClipCheck *) object;

  g_clear_pointer (&self->clips, g_ptr_array_unref);

  G_OBJECT_CLASS (corro_clip_check_parent_class)->finalize (object);
}

static void
corro_clip_check_class_init (CorroClipCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_clip_check_finalize;
}

static void
corro_clip_check_init (CorroClipCheck *self)
{
  self->clips = g_ptr_array_new_with_free_func (clip_free);
}

/* public API */

CorroClipCheck *
corro_clip_check_new (void)
{
  return g_object_new (CORRO_TYPE_CLIP_CHECK, NULL);
}

/**
 * corro_clip_check_add:
 * @key: the clip's key
 * @title: (nullable): its title, for the list
 * @uri: (nullable): the file linked to it on this computer, or %NULL
 * @last_pause_us: the plan's last pause point in the file, or 0
 * @out_us: where the plan stops the clip, or 0 for the file's end
 *
 * Adds a clip to look at; a key added twice (two segments playing the same clip) is
 * looked at once, for the later of its points.
 */
void
corro_clip_check_add (CorroClipCheck *self,
                      const char     *key,
                      const char     *title,
                      const char     *uri,
                      gint64          last_pause_us,
                      gint64          out_us)
{
  Clip *clip;

  g_return_if_fail (CORRO_IS_CLIP_CHECK (self));
  g_return_if_fail (key != NULL);

  if ((clip = find_clip (self, key)) == NULL)
    {
      clip = g_new0 (Clip, 1);
      clip->key = g_strdup (key);
      clip->title = g_strdup (title);
      clip->uri = g_strdup (uri);
      g_ptr_array_add (self->clips, clip);
    }

  clip->last_pause = MAX (clip->last_pause, last_pause_us);
  clip->out = MAX (clip->out, out_us);
  self->done = FALSE;
}

/**
 * corro_clip_check_run_async:
 *
 * Probes every clip's file in a worker thread.
 */
void
corro_clip_check_run_async (CorroClipCheck      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GPtrArray *clips;

  g_return_if_fail (CORRO_IS_CLIP_CHECK (self));

  /* The worker fills in a copy; the results are taken over on the main thread. */
  clips = g_ptr_array_new_with_free_func (clip_free);
  for (guint i = 0; i < self->clips->len; i++)
    g_ptr_array_add (clips, clip_copy (g_ptr_array_index (self->clips, i)));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_clip_check_run_async);
  g_task_set_task_data (task, clips, (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, run_thread);
}

gboolean
corro_clip_check_run_finish (CorroClipCheck  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  GPtrArray *clips;

  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  clips = g_task_propagate_pointer (G_TASK (result), error);
  if (clips == NULL)
    return FALSE;

  g_ptr_array_unref (self->clips);
  self->clips = clips;
  self->done = TRUE;
  return TRUE;
}

/**
 * corro_clip_check_run:
 *
 * As corro_clip_check_run_async(), blocking: for a worker thread or the command line.
 */
void
corro_clip_check_run (CorroClipCheck *self,
                      GCancellable   *cancellable)
{
  g_return_if_fail (CORRO_IS_CLIP_CHECK (self));

  for (guint i = 0; i < self->clips->len; i++)
    check_clip (g_ptr_array_index (self->clips, i), cancellable);
  self->done = TRUE;
}

gboolean
corro_clip_check_get_done (CorroClipCheck *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), FALSE);

  return self->done;
}

guint
corro_clip_check_get_n_clips (CorroClipCheck *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), 0);

  return self->clips->len;
}

/**
 * corro_clip_check_get_n_problems:
 *
 * Returns: how many clips are not ready, once the check has run
 */
guint
corro_clip_check_get_n_problems (CorroClipCheck *self)
{
  guint n = 0;

  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), 0);

  for (guint i = 0; i < self->clips->len; i++)
    if (((Clip *) g_ptr_array_index (self->clips, i))->result != CORRO_CLIP_CHECK_READY)
      n++;

  return n;
}

const char *
corro_clip_check_get_key (CorroClipCheck *self,
                          guint           index)
{
  Clip *clip;

  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), NULL);

  clip = get_clip (self, index);
  return clip != NULL ? clip->key : NULL;
}

const char *
corro_clip_check_get_title (CorroClipCheck *self,
                            guint           index)
{
  Clip *clip;

  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), NULL);

  clip = get_clip (self, index);
  return clip != NULL ? clip->title : NULL;
}

const char *
corro_clip_check_get_uri (CorroClipCheck *self,
                          guint           index)
{
  Clip *clip;

  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), NULL);

  clip = get_clip (self, index);
  return clip != NULL ? clip->uri : NULL;
}

CorroClipCheckResult
corro_clip_check_get_result (CorroClipCheck *self,
                             guint           index)
{
  Clip *clip;

  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), CORRO_CLIP_CHECK_NOT_LINKED);

  clip = get_clip (self, index);
  return clip != NULL ? clip->result : CORRO_CLIP_CHECK_NOT_LINKED;
}

/**
 * corro_clip_check_get_duration:
 *
 * Returns: the file's probed length in µs, 0 when unknown
 */
gint64
corro_clip_check_get_duration (CorroClipCheck *self,
                               guint           index)
{
  Clip *clip;

  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), 0);

  clip = get_clip (self, index);
  return clip != NULL ? clip->duration : 0;
}

/**
 * corro_clip_check_get_message:
 *
 * Returns: (nullable): what is wrong and what to do, translated; %NULL when ready
 */
const char *
corro_clip_check_get_message (CorroClipCheck *self,
                              guint           index)
{
  Clip *clip;

  g_return_val_if_fail (CORRO_IS_CLIP_CHECK (self), NULL);

  clip = get_clip (self, index);
  return clip != NULL ? clip->message : NULL;
}
