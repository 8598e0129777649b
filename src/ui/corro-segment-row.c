/* corro-segment-row.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-segment-row"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-segment.h"
#include "corro-segment-row.h"

/* A segment in a chapter's plan: its kind, title, what it plays and its minutes in
 * the session length being planned. It follows the segment as it is edited. */
struct _CorroSegmentRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkImage     *drag_handle;
  GtkImage     *kind_icon;
  GtkLabel     *minutes_label;

  /* owned */
  CorroSegment *segment;
  char         *language;
  char         *variant;
};

G_DEFINE_FINAL_TYPE (CorroSegmentRow, corro_segment_row, ADW_TYPE_ACTION_ROW)

static void
update (CorroSegmentRow *self)
{
  CorroSegmentKind kind = corro_segment_get_kind (self->segment);
  GListModel *pause_points = corro_segment_get_pause_points (self->segment);
  guint n_pause_points = g_list_model_get_n_items (pause_points);
  const char *title = corro_segment_get_title (self->segment, self->language);
  const char *clip_key = corro_segment_get_clip_key (self->segment);
  g_autoptr(GString) subtitle = g_string_new (corro_segment_kind_get_label (kind));
  g_autofree char *minutes = NULL;
  guint n_minutes = corro_segment_get_minutes (self->segment, self->variant);

  if (title[0] == '\0')
    title = corro_segment_get_title (self->segment,
                                     g_str_equal (self->language, "es") ? "en" : "es");
  if (title[0] == '\0')
    title = _("Untitled");

  if (kind == CORRO_SEGMENT_CLIP)
    {
      g_string_append_printf (subtitle, " · %s", clip_key != NULL ? clip_key : _("no clip chosen"));
      if (n_pause_points > 0)
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle,
                                  ngettext ("%u pause point", "%u pause points", n_pause_points),
                                  n_pause_points);
        }
    }

  /* Translators: a segment's planned length, e.g. "20 min" */
  minutes = g_strdup_printf (_("%u min"), n_minutes);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);
  gtk_image_set_from_icon_name (self->kind_icon, corro_segment_kind_get_icon_name (kind));
  gtk_label_set_label (self->minutes_label, minutes);

  /* No minutes at this length: left out of presenting it, which the row shows. */
  if (n_minutes == 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->minutes_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->minutes_label), "dim-label");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->minutes_label),
                                   _("Not presented at this length"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->minutes_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->minutes_label), "dim-label");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->minutes_label), NULL);
    }
}

static void
on_segment_changed_cb (CorroSegmentRow *self)
{
  update (self);
}

static void
corro_segment_row_dispose (GObject *object)
{
  CorroSegmentRow *self = (CorroSegmentRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_SEGMENT_ROW);
  g_clear_object (&self->segment);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->variant, g_free);

  G_OBJECT_CLASS (corro_segment_row_parent_class)->dispose (object);
}

static void
corro_segment_row_class_init (CorroSegmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_segment_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-segment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentRow, minutes_label);
}

static void
corro_segment_row_init (CorroSegmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * corro_segment_row_new:
 * @language: the content language
 * @variant: the session length whose minutes to show
 */
GtkWidget *
corro_segment_row_new (CorroSegment *segment,
                       const char   *language,
                       const char   *variant)
{
  CorroSegmentRow *self;

  g_return_val_if_fail (CORRO_IS_SEGMENT (segment), NULL);

  self = g_object_new (CORRO_TYPE_SEGMENT_ROW, NULL);
  self->segment = g_object_ref (segment);
  self->language = g_strdup (language);
  self->variant = g_strdup (variant);
  g_signal_connect_object (segment, "changed",
                           G_CALLBACK (on_segment_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

/**
 * corro_segment_row_get_segment:
 *
 * Returns: (transfer none): the segment shown
 */
CorroSegment *
corro_segment_row_get_segment (CorroSegmentRow *self)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT_ROW (self), NULL);

  return self->segment;
}

/**
 * corro_segment_row_set_variant:
 * @variant: the session length whose minutes to show
 */
void
corro_segment_row_set_variant (CorroSegmentRow *self,
                               const char      *variant)
{
  g_return_if_fail (CORRO_IS_SEGMENT_ROW (self));

  g_free (self->variant);
  self->variant = g_strdup (variant);
  update (self);
}
