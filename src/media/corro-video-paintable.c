/* corro-video-paintable.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The picture of a playing clip: the latest frame as a GdkTexture. Any number of
 * GtkPictures may show the same paintable (presenter preview and audience screen).
 * Lives on the main thread; the player hands it each frame there.
 */

#define G_LOG_DOMAIN "corro-video-paintable"

#include "config.h"

#include <math.h>

#include "corro-video-paintable.h"

struct _CorroVideoPaintable
{
  GObject     parent_instance;

  /* owned */
  GdkTexture *texture;

  double      pixel_aspect;
  guint64     n_frames;
};

static void corro_video_paintable_paintable_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CorroVideoPaintable, corro_video_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      corro_video_paintable_paintable_init))

/* GdkPaintable */

static void
corro_video_paintable_snapshot (GdkPaintable *paintable,
                                GdkSnapshot  *snapshot,
                                double        width,
                                double        height)
{
  CorroVideoPaintable *self = CORRO_VIDEO_PAINTABLE (paintable);

  if (self->texture != NULL)
    gdk_paintable_snapshot (GDK_PAINTABLE (self->texture), snapshot, width, height);
}

static GdkPaintable *
corro_video_paintable_get_current_image (GdkPaintable *paintable)
{
  CorroVideoPaintable *self = CORRO_VIDEO_PAINTABLE (paintable);

  if (self->texture != NULL)
    return g_object_ref (GDK_PAINTABLE (self->texture));

  return gdk_paintable_new_empty (0, 0);
}

static int
corro_video_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  CorroVideoPaintable *self = CORRO_VIDEO_PAINTABLE (paintable);

  if (self->texture == NULL)
    return 0;

  /* DVD frames are 720 pixels wide whether 4:3 or 16:9: widen by the pixel shape. */
  return (int) (gdk_texture_get_width (self->texture) * self->pixel_aspect + 0.5);
}

static int
corro_video_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  CorroVideoPaintable *self = CORRO_VIDEO_PAINTABLE (paintable);

  return self->texture != NULL ? gdk_texture_get_height (self->texture) : 0;
}

static double
corro_video_paintable_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  CorroVideoPaintable *self = CORRO_VIDEO_PAINTABLE (paintable);

  if (self->texture == NULL)
    return 0.0;

  return gdk_texture_get_width (self->texture) * self->pixel_aspect /
         gdk_texture_get_height (self->texture);
}

static void
corro_video_paintable_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = corro_video_paintable_snapshot;
  iface->get_current_image = corro_video_paintable_get_current_image;
  iface->get_intrinsic_width = corro_video_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = corro_video_paintable_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = corro_video_paintable_get_intrinsic_aspect_ratio;
}

/* vfuncs */

static void
corro_video_paintable_dispose (GObject *object)
{
  CorroVideoPaintable *self = (CorroVideoPaintable *) object;

  g_clear_object (&self->texture);

  G_OBJECT_CLASS (corro_video_paintable_parent_class)->dispose (object);
}

static void
corro_video_paintable_class_init (CorroVideoPaintableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = corro_video_paintable_dispose;
}

static void
corro_video_paintable_init (CorroVideoPaintable *self)
{
  self->pixel_aspect = 1.0;
}

/* public API */

CorroVideoPaintable *
corro_video_paintable_new (void)
{
  return g_object_new (CORRO_TYPE_VIDEO_PAINTABLE, NULL);
}

/**
 * corro_video_paintable_get_texture:
 *
 * Returns: (transfer none) (nullable): the frame shown now
 */
GdkTexture *
corro_video_paintable_get_texture (CorroVideoPaintable *self)
{
  g_return_val_if_fail (CORRO_IS_VIDEO_PAINTABLE (self), NULL);

  return self->texture;
}

double
corro_video_paintable_get_pixel_aspect (CorroVideoPaintable *self)
{
  g_return_val_if_fail (CORRO_IS_VIDEO_PAINTABLE (self), 1.0);

  return self->pixel_aspect;
}

/**
 * corro_video_paintable_get_n_frames:
 *
 * Returns: how many frames have been shown since the paintable was made
 */
guint64
corro_video_paintable_get_n_frames (CorroVideoPaintable *self)
{
  g_return_val_if_fail (CORRO_IS_VIDEO_PAINTABLE (self), 0);

  return self->n_frames;
}

/**
 * corro_video_paintable_set_texture:
 * @texture: (nullable): the new frame, or %NULL to show nothing
 * @pixel_aspect: width over height of one pixel (1.0 for square pixels)
 *
 * Main thread only.
 */
void
corro_video_paintable_set_texture (CorroVideoPaintable *self,
                                   GdkTexture          *texture,
                                   double               pixel_aspect)
{
  gboolean size_changed;

  g_return_if_fail (CORRO_IS_VIDEO_PAINTABLE (self));
  g_return_if_fail (texture == NULL || GDK_IS_TEXTURE (texture));

  if (texture == self->texture)
    return;

  if (!(pixel_aspect > 0.0) || !isfinite (pixel_aspect))
    pixel_aspect = 1.0;

  size_changed = (texture == NULL) != (self->texture == NULL) ||
                 (texture != NULL &&
                  (gdk_texture_get_width (texture) != gdk_texture_get_width (self->texture) ||
                   gdk_texture_get_height (texture) != gdk_texture_get_height (self->texture) ||
                   pixel_aspect != self->pixel_aspect));

  g_set_object (&self->texture, texture);
  self->pixel_aspect = pixel_aspect;
  if (texture != NULL)
    self->n_frames++;

  if (size_changed)
    gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}
