/* corro-pause-point-row.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-pause-point-row"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-bilingual-field.h"
#include "corro-pause-point.h"
#include "corro-pause-point-row.h"
#include "corro-programme-format.h"
#include "corro-segment.h"

/* A pause point of a clip segment: when to stop, and the question to ask then. */
struct _CorroPausePointRow
{
  GtkListBoxRow    parent_instance;

  /* template widgets */
  GtkBox          *prompt_slot;
  GtkEntry        *time_entry;

  /* owned */
  CorroSegment    *segment;
  CorroPausePoint *pause_point;
};

G_DEFINE_FINAL_TYPE (CorroPausePointRow, corro_pause_point_row, GTK_TYPE_LIST_BOX_ROW)

/* The time is checked as it is typed but set on Enter or when focus leaves: setting it
 * re-sorts the pause points, which rebuilds these rows. */
static void
commit_time (CorroPausePointRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->time_entry));
  gint64 ms;

  if (corro_programme_format_parse_time (text, &ms))
    corro_pause_point_set_at (self->pause_point, ms);
}

static void
on_time_entry_changed_cb (CorroPausePointRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->time_entry));
  gint64 ms;

  if (corro_programme_format_parse_time (text, &ms))
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->time_entry), "error");
}

static void
corro_pause_point_row_remove_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  CorroPausePointRow *self = CORRO_PAUSE_POINT_ROW (widget);

  corro_segment_remove_pause_point (self->segment, self->pause_point);
}

static void
corro_pause_point_row_dispose (GObject *object)
{
  CorroPausePointRow *self = (CorroPausePointRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_PAUSE_POINT_ROW);
  g_clear_object (&self->segment);
  g_clear_object (&self->pause_point);

  G_OBJECT_CLASS (corro_pause_point_row_parent_class)->dispose (object);
}

static void
corro_pause_point_row_class_init (CorroPausePointRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_pause_point_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-pause-point-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroPausePointRow, prompt_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroPausePointRow, time_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_time_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, commit_time);

  gtk_widget_class_install_action (widget_class, "pause-point.remove", NULL,
                                   corro_pause_point_row_remove_action);
}

static void
corro_pause_point_row_init (CorroPausePointRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (focus, "leave", G_CALLBACK (commit_time), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->time_entry), focus);
}

GtkWidget *
corro_pause_point_row_new (CorroSegment    *segment,
                           CorroPausePoint *pause_point)
{
  CorroPausePointRow *self;
  g_autofree char *time = NULL;
  GtkWidget *prompt;

  g_return_val_if_fail (CORRO_IS_SEGMENT (segment), NULL);
  g_return_val_if_fail (CORRO_IS_PAUSE_POINT (pause_point), NULL);

  self = g_object_new (CORRO_TYPE_PAUSE_POINT_ROW, NULL);
  self->segment = g_object_ref (segment);
  self->pause_point = g_object_ref (pause_point);

  time = corro_programme_format_time (corro_pause_point_get_at (pause_point));
  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), time);

  prompt = corro_bilingual_field_new (_("Question to ask"), TRUE);
  corro_bilingual_field_bind (CORRO_BILINGUAL_FIELD (prompt), G_OBJECT (pause_point), "prompt");
  gtk_box_append (self->prompt_slot, prompt);

  return GTK_WIDGET (self);
}
