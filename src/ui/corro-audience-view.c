/* corro-audience-view.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-audience-view"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-audience-view.h"
#include "corro-chapter.h"
#include "corro-presentation.h"
#include "corro-segment.h"

#define USEC_PER_MINUTE ((gint64) 60 * G_USEC_PER_SEC)

/* What the group sees: the clip, the chapter's title card, black, or during a break
 * when the group is back ("Back at 10:45"). It shows nothing else — never notes,
 * prompts or names — and is used twice: in the audience window on
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
  GtkLabel          *break_title;
  GtkLabel          *back_at_label;
  GtkLabel          *break_left_label;

  /* owned */
  CorroPresentation *presentation;
  gboolean           show_clip;
  guint              break_tick_id;
};

G_DEFINE_FINAL_TYPE (CorroAudienceView, corro_audience_view, ADW_TYPE_BIN)

static gboolean
in_break (CorroAudienceView *self)
{
  CorroSegment *segment = corro_presentation_get_segment (self->presentation);

  return segment != NULL && corro_segment_get_kind (segment) == CORRO_SEGMENT_BREAK &&
         corro_presentation_is_started (self->presentation) &&
         !corro_presentation_is_finished (self->presentation);
}

/* "Back at 10:45": the break's planned minutes from when it began (less any time spent
 * on it before), to the minute, and the minutes left counted down. */
static void
update_break (CorroAudienceView *self)
{
  CorroSegment *segment = corro_presentation_get_segment (self->presentation);
  const char *language = corro_presentation_get_language (self->presentation);
  gint64 left = corro_presentation_get_segment_left (self->presentation, g_get_monotonic_time ());
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) back = g_date_time_add (now, MAX (left, 0) + 30 * G_USEC_PER_SEC);
  g_autofree char *back_time = g_date_time_format (back, "%H:%M");
  g_autofree char *back_text = NULL;
  g_autofree char *left_text = NULL;
  gint64 minutes = (MAX (left, 0) + USEC_PER_MINUTE - 1) / USEC_PER_MINUTE;
  const char *title = segment != NULL ? corro_segment_get_title (segment, language) : NULL;

  gtk_label_set_label (self->break_title, title != NULL && title[0] != '\0'
                                            ? title : _("Break"));
  /* Translators: on the group's screen during a break: the time the session goes on */
  back_text = g_strdup_printf (_("Back at %s"), back_time);
  if (left > 0)
    /* Translators: on the group's screen during a break, counted down */
    left_text = g_strdup_printf (ngettext ("in %d minute", "in %d minutes", (gulong) minutes),
                                 (int) minutes);
  else
    left_text = g_strdup (_("We are starting again"));

  gtk_label_set_label (self->back_at_label, back_text);
  gtk_label_set_label (self->break_left_label, left_text);
}

static gboolean
on_break_tick_cb (gpointer user_data)
{
  update_break (user_data);
  return G_SOURCE_CONTINUE;
}

static void
update (CorroAudienceView *self)
{
  CorroScreen screen = corro_presentation_get_screen (self->presentation);
  const char *page = "title";

  if (screen == CORRO_SCREEN_BLACK)
    page = "black";
  else if (screen == CORRO_SCREEN_CONTENT && self->show_clip)
    page = "clip";
  else if (screen == CORRO_SCREEN_CONTENT && in_break (self))
    page = "break";

  if (g_str_equal (page, "break"))
    {
      update_break (self);
      if (self->break_tick_id == 0)
        self->break_tick_id = g_timeout_add_seconds (1, on_break_tick_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->break_tick_id, g_source_remove);
    }

  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))), page);
}

static void
corro_audience_view_dispose (GObject *object)
{
  CorroAudienceView *self = (CorroAudienceView *) object;

  g_clear_handle_id (&self->break_tick_id, g_source_remove);
  if (self->presentation != NULL)
    g_signal_handlers_disconnect_by_data (self->presentation, self);
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
  gtk_widget_class_bind_template_child (widget_class, CorroAudienceView, break_title);
  gtk_widget_class_bind_template_child (widget_class, CorroAudienceView, back_at_label);
  gtk_widget_class_bind_template_child (widget_class, CorroAudienceView, break_left_label);
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
  g_signal_connect_object (presentation, "notify::step", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (presentation, "notify::started", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (presentation, "notify::finished", G_CALLBACK (update), self,
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
 * Returns: "clip", "title", "black" or "break"
 */
const char *
corro_audience_view_get_showing (CorroAudienceView *self)
{
  g_return_val_if_fail (CORRO_IS_AUDIENCE_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))));
}

/**
 * corro_audience_view_dup_break_text:
 *
 * Returns: (transfer full) (nullable): what the break screen says ("Break\nBack at
 *   10:45\nin 15 minutes"), or %NULL when it is not showing
 */
char *
corro_audience_view_dup_break_text (CorroAudienceView *self)
{
  g_return_val_if_fail (CORRO_IS_AUDIENCE_VIEW (self), NULL);

  if (g_strcmp0 (corro_audience_view_get_showing (self), "break") != 0)
    return NULL;

  return g_strdup_printf ("%s\n%s\n%s", gtk_label_get_label (self->break_title),
                          gtk_label_get_label (self->back_at_label),
                          gtk_label_get_label (self->break_left_label));
}
