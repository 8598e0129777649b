/* corro-segment-editor.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-segment-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-bilingual-field.h"
#include "corro-pause-point.h"
#include "corro-pause-point-row.h"
#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-segment.h"
#include "corro-segment-editor.h"

#define MAX_SEGMENT_MINUTES 600
#define DEFAULT_PAUSE_GAP_MS 60000

/* Everything about one segment, edited in place: its kind, title, notes and question
 * in both languages, its minutes per session length, and for a clip the stretch to
 * play and its pause points. Every edit goes straight to the segment. */
struct _CorroSegmentEditor
{
  AdwBin               parent_instance;

  /* template widgets */
  GtkBox              *box;
  AdwComboRow         *kind_row;
  GtkBox              *title_slot;
  AdwPreferencesGroup *minutes_group;
  GtkBox              *notes_slot;
  GtkBox              *prompt_slot;
  GtkWidget           *clip_group;
  AdwEntryRow         *clip_key_row;
  AdwEntryRow         *clip_in_row;
  AdwEntryRow         *clip_out_row;
  GtkWidget           *pause_group;
  GtkListBox          *pause_list;

  /* child widgets made in code */
  GtkWidget           *title_field;
  GtkWidget           *notes_field;
  GtkWidget           *prompt_field;
  GPtrArray           *minutes_rows;

  /* owned */
  CorroSegment        *segment;
  CorroProgramme      *programme;
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (CorroSegmentEditor, corro_segment_editor, ADW_TYPE_BIN)

/* helpers */

static void
set_time_row (AdwEntryRow *row,
              gint64       ms)
{
  g_autofree char *text = corro_programme_format_time (ms);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
show_kind (CorroSegmentEditor *self)
{
  gboolean is_clip = corro_segment_get_kind (self->segment) == CORRO_SEGMENT_CLIP;

  adw_combo_row_set_selected (self->kind_row, corro_segment_get_kind (self->segment));
  gtk_widget_set_visible (self->clip_group, is_clip);
  gtk_widget_set_visible (self->pause_group, is_clip);
}

static void
show_minutes (CorroSegmentEditor *self)
{
  for (guint i = 0; i < self->minutes_rows->len; i++)
    {
      GtkSpinButton *spin = g_object_get_data (g_ptr_array_index (self->minutes_rows, i), "spin");
      const char *variant = g_object_get_data (G_OBJECT (spin), "variant");

      gtk_spin_button_set_value (spin, corro_segment_get_minutes (self->segment, variant));
    }
}

static GtkWidget *
create_pause_point_row (gpointer item,
                        gpointer user_data)
{
  CorroSegmentEditor *self = user_data;

  return corro_pause_point_row_new (self->segment, CORRO_PAUSE_POINT (item));
}

static void
clear_minutes_rows (CorroSegmentEditor *self)
{
  for (guint i = 0; i < self->minutes_rows->len; i++)
    adw_preferences_group_remove (self->minutes_group, g_ptr_array_index (self->minutes_rows, i));
  g_ptr_array_set_size (self->minutes_rows, 0);
}

/* callbacks */

static void
on_minutes_value_changed_cb (GtkSpinButton      *spin,
                             CorroSegmentEditor *self)
{
  if (self->updating || self->segment == NULL)
    return;

  corro_segment_set_minutes (self->segment, g_object_get_data (G_OBJECT (spin), "variant"),
                             (guint) gtk_spin_button_get_value_as_int (spin));
}

static void
add_minutes_rows (CorroSegmentEditor *self)
{
  guint n = corro_programme_get_n_variants (self->programme);
  const char *language = corro_programme_default_language ();

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, MAX_SEGMENT_MINUTES, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     corro_programme_get_variant_title (self->programme, i,
                                                                        language));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      corro_programme_get_variant_title (self->programme, i,
                                                                         language),
                                      -1);
      g_object_set_data_full (G_OBJECT (spin), "variant",
                              g_strdup (corro_programme_get_variant_id (self->programme, i)),
                              g_free);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_minutes_value_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      g_object_set_data (G_OBJECT (row), "spin", spin);

      adw_preferences_group_add (self->minutes_group, row);
      g_ptr_array_add (self->minutes_rows, row);
    }
}

static void
on_segment_changed_cb (CorroSegmentEditor *self,
                       const char         *what)
{
  self->updating = TRUE;
  if (g_strcmp0 (what, "kind") == 0)
    show_kind (self);
  else if (g_strcmp0 (what, "minutes") == 0)
    show_minutes (self);
  self->updating = FALSE;
}

static void
on_kind_row_selected_cb (CorroSegmentEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->updating || self->segment == NULL || selected >= CORRO_N_SEGMENT_KINDS)
    return;

  corro_segment_set_kind (self->segment, selected);
}

static void
on_clip_key_row_changed_cb (CorroSegmentEditor *self)
{
  if (self->updating || self->segment == NULL)
    return;

  corro_segment_set_clip_key (self->segment,
                              gtk_editable_get_text (GTK_EDITABLE (self->clip_key_row)));
}

static void
on_clip_time_row_changed_cb (CorroSegmentEditor *self,
                             AdwEntryRow        *row)
{
  gint64 ms;

  if (corro_programme_format_parse_time (gtk_editable_get_text (GTK_EDITABLE (row)), &ms))
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static void
on_clip_time_row_apply_cb (CorroSegmentEditor *self,
                           AdwEntryRow        *row)
{
  gint64 ms;

  if (self->segment == NULL ||
      !corro_programme_format_parse_time (gtk_editable_get_text (GTK_EDITABLE (row)), &ms))
    return;

  if (row == self->clip_in_row)
    corro_segment_set_clip_in (self->segment, ms);
  else
    corro_segment_set_clip_out (self->segment, ms);
}

/* actions */

static void
corro_segment_editor_add_pause_point_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *parameter)
{
  CorroSegmentEditor *self = CORRO_SEGMENT_EDITOR (widget);
  GListModel *pause_points;
  g_autoptr(CorroPausePoint) pause_point = NULL;
  guint n;
  gint64 at;

  if (self->segment == NULL)
    return;

  /* A minute after the last pause point (or the start), inside the clip's stretch. */
  pause_points = corro_segment_get_pause_points (self->segment);
  n = g_list_model_get_n_items (pause_points);
  at = corro_segment_get_clip_in (self->segment);
  if (n > 0)
    {
      g_autoptr(CorroPausePoint) last = g_list_model_get_item (pause_points, n - 1);

      at = corro_pause_point_get_at (last);
    }
  at += DEFAULT_PAUSE_GAP_MS;
  if (corro_segment_get_clip_out (self->segment) > 0)
    at = MIN (at, corro_segment_get_clip_out (self->segment));

  pause_point = corro_pause_point_new (at);
  corro_segment_add_pause_point (self->segment, pause_point);
}

/* GObject */

static void
corro_segment_editor_dispose (GObject *object)
{
  CorroSegmentEditor *self = (CorroSegmentEditor *) object;

  if (self->segment != NULL)
    g_signal_handlers_disconnect_by_data (self->segment, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_SEGMENT_EDITOR);
  g_clear_pointer (&self->minutes_rows, g_ptr_array_unref);
  g_clear_object (&self->segment);
  g_clear_object (&self->programme);

  G_OBJECT_CLASS (corro_segment_editor_parent_class)->dispose (object);
}

static void
corro_segment_editor_class_init (CorroSegmentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_segment_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-segment-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, box);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, title_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, minutes_group);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, notes_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, prompt_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, clip_group);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, clip_key_row);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, clip_in_row);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, clip_out_row);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, pause_group);
  gtk_widget_class_bind_template_child (widget_class, CorroSegmentEditor, pause_list);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clip_key_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clip_time_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clip_time_row_apply_cb);

  gtk_widget_class_install_action (widget_class, "editor.add-pause-point", NULL,
                                   corro_segment_editor_add_pause_point_action);
}

static void
corro_segment_editor_init (CorroSegmentEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->minutes_rows = g_ptr_array_new ();

  for (guint i = 0; i < CORRO_N_SEGMENT_KINDS; i++)
    gtk_string_list_append (kinds, corro_segment_kind_get_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  self->title_field = corro_bilingual_field_new (_("Title"), FALSE);
  gtk_box_append (self->title_slot, self->title_field);
  self->notes_field = corro_bilingual_field_new (_("Facilitator notes"), TRUE);
  gtk_box_append (self->notes_slot, self->notes_field);
  self->prompt_field = corro_bilingual_field_new (_("Question for the group"), TRUE);
  gtk_box_append (self->prompt_slot, self->prompt_field);
}

/* public API */

GtkWidget *
corro_segment_editor_new (void)
{
  return g_object_new (CORRO_TYPE_SEGMENT_EDITOR, NULL);
}

/**
 * corro_segment_editor_set_segment:
 * @segment: (nullable): the segment to edit
 * @programme: the programme it belongs to, for its session lengths
 */
void
corro_segment_editor_set_segment (CorroSegmentEditor *self,
                                  CorroSegment       *segment,
                                  CorroProgramme     *programme)
{
  g_return_if_fail (CORRO_IS_SEGMENT_EDITOR (self));

  if (self->segment != NULL)
    g_signal_handlers_disconnect_by_data (self->segment, self);
  g_set_object (&self->segment, segment);

  if (programme != self->programme)
    {
      g_set_object (&self->programme, programme);
      clear_minutes_rows (self);
      if (programme != NULL)
        add_minutes_rows (self);
    }

  corro_bilingual_field_bind (CORRO_BILINGUAL_FIELD (self->title_field), G_OBJECT (segment),
                              "title");
  corro_bilingual_field_bind (CORRO_BILINGUAL_FIELD (self->notes_field), G_OBJECT (segment),
                              "notes");
  corro_bilingual_field_bind (CORRO_BILINGUAL_FIELD (self->prompt_field), G_OBJECT (segment),
                              "prompt");

  if (segment == NULL)
    {
      gtk_list_box_bind_model (self->pause_list, NULL, NULL, NULL, NULL);
      return;
    }

  self->updating = TRUE;
  show_kind (self);
  show_minutes (self);
  gtk_editable_set_text (GTK_EDITABLE (self->clip_key_row),
                         corro_segment_get_clip_key (segment) != NULL
                           ? corro_segment_get_clip_key (segment) : "");
  set_time_row (self->clip_in_row, corro_segment_get_clip_in (segment));
  set_time_row (self->clip_out_row, corro_segment_get_clip_out (segment));
  self->updating = FALSE;

  gtk_list_box_bind_model (self->pause_list, corro_segment_get_pause_points (segment),
                           create_pause_point_row, self, NULL);
  g_signal_connect_object (segment, "changed",
                           G_CALLBACK (on_segment_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * corro_segment_editor_get_segment:
 *
 * Returns: (transfer none) (nullable): the segment being edited
 */
CorroSegment *
corro_segment_editor_get_segment (CorroSegmentEditor *self)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT_EDITOR (self), NULL);

  return self->segment;
}
