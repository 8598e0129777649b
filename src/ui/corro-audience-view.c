/* corro-audience-view.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-audience-view"

#include "config.h"

#include "corro-audience-view.h"
#include "corro-chapter.h"
#include "corro-presentation.h"

/* What the group sees: the clip, the chapter's title card, or black. It shows nothing
 * else — never notes, prompts or names — and is used twice: in the audience window on
 * the projector, and as its preview in the presenter's window, both drawing the same
 * video paintable. */
struct _CorroAudienceView
{
  AdwBin             parent_instance;

  /* template widgets (the stack is the bin's child, reached through it: a template may
   * not bind its own direct child, or disposing it unparents the child twice) */
  GtkLabel          *number_label;
  GtkLabel          *title_label;
  GtkPicture        *picture;

  /* owned */
  CorroPresentation *presentation;
  gboolean           show_clip;
};

G_DEFINE_FINAL_TYPE (CorroAudienceView, corro_audience_view, ADW_TYPE_BIN)

static void
update (CorroAudienceView *self)
{
  CorroScreen screen = corro_presentation_get_screen (self->presentation);
  const char *page = "title";

  if (screen == CORRO_SCREEN_BLACK)
    page = "black";
  else if (screen == CORRO_SCREEN_CONTENT && self->show_clip)
    page = "clip";

  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))), page);
}

static void
corro_audience_view_dispose (GObject *object)
{
  CorroAudienceView *self = (CorroAudienceView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_AUDIENCE_VIEW);
  g_clear_object (&self->presentation);

  G_OBJECT_CLASS (corro_audience_view_parent_class)->dispose (object);
}

static void
corro_audience_view_class_init (CorroAudienceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_audience_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-audience-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroAudienceView, number_label);
  gtk_widget_class_bind_template_child (widget_class, CorroAudienceView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CorroAudienceView, picture);
}

static void
corro_audience_view_init (CorroAudienceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * corro_audience_view_new:
 * @video: the player's paintable, shared with every other view of the clip
 */
GtkWidget *
corro_audience_view_new (CorroPresentation *presentation,
                         GdkPaintable      *video)
{
  CorroAudienceView *self;
  CorroChapter *chapter;
  const char *language;
  g_autofree char *label = NULL;

  g_return_val_if_fail (CORRO_IS_PRESENTATION (presentation), NULL);

  self = g_object_new (CORRO_TYPE_AUDIENCE_VIEW, NULL);
  self->presentation = g_object_ref (presentation);

  chapter = corro_presentation_get_chapter (presentation);
  language = corro_presentation_get_language (presentation);
  label = corro_chapter_dup_label (chapter, language);
  gtk_label_set_label (self->number_label, label);
  gtk_label_set_label (self->title_label, corro_chapter_get_title (chapter, language));
  gtk_picture_set_paintable (self->picture, video);

  g_signal_connect_object (presentation, "notify::screen", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

/**
 * corro_audience_view_set_show_clip:
 * @show_clip: whether the current segment has a clip ready to play
 */
void
corro_audience_view_set_show_clip (CorroAudienceView *self,
                                   gboolean           show_clip)
{
  g_return_if_fail (CORRO_IS_AUDIENCE_VIEW (self));

  self->show_clip = !!show_clip;
  update (self);
}

/**
 * corro_audience_view_get_showing:
 *
 * Returns: "clip", "title" or "black"
 */
const char *
corro_audience_view_get_showing (CorroAudienceView *self)
{
  g_return_val_if_fail (CORRO_IS_AUDIENCE_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))));
}
