/* corro-bilingual-field.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-bilingual-field"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-bilingual-field.h"

/* One piece of content text edited in English and Spanish side by side: a heading
 * and two entries (or two text views for longer text), each bound to the object's
 * "<property>-en" and "<property>-es". Edits go to the object as they are typed. */
struct _CorroBilingualField
{
  GtkWidget  parent_instance;

  /* child widgets */
  GtkWidget *label;
  GtkWidget *editors[2];     /* en, es */

  /* borrowed, watched */
  GObject   *object;
  char      *property;
  gulong     notify_ids[2];
  gboolean   multiline;
  gboolean   updating;
};

static const char * const languages[] = { "en", "es" };

G_DEFINE_FINAL_TYPE (CorroBilingualField, corro_bilingual_field, GTK_TYPE_WIDGET)

/* helpers */

static char *
property_name (CorroBilingualField *self,
               guint                i)
{
  return g_strdup_printf ("%s-%s", self->property, languages[i]);
}

static char *
editor_text (CorroBilingualField *self,
             guint                i)
{
  if (self->multiline)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editors[i]));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editors[i])));
}

static void
show_value (CorroBilingualField *self,
            guint                i)
{
  g_autofree char *name = property_name (self, i);
  g_autofree char *value = NULL;
  g_autofree char *current = editor_text (self, i);

  g_object_get (self->object, name, &value, NULL);
  if (g_strcmp0 (value != NULL ? value : "", current) == 0)
    return;

  /* Text put here (another segment shown, the plan undone) is not typing to undo. */
  self->updating = TRUE;
  if (self->multiline)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editors[i]));

      gtk_text_buffer_begin_irreversible_action (buffer);
      gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
      gtk_text_buffer_end_irreversible_action (buffer);
    }
  else
    {
      gtk_editable_set_enable_undo (GTK_EDITABLE (self->editors[i]), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self->editors[i]), value != NULL ? value : "");
      gtk_editable_set_enable_undo (GTK_EDITABLE (self->editors[i]), TRUE);
    }
  self->updating = FALSE;
}

static void
unbind (CorroBilingualField *self)
{
  for (guint i = 0; i < 2; i++)
    if (self->object != NULL)
      g_clear_signal_handler (&self->notify_ids[i], self->object);
  g_clear_weak_pointer (&self->object);
  g_clear_pointer (&self->property, g_free);
}

/* callbacks */

static void
on_object_notify_cb (GObject    *object,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  CorroBilingualField *self = user_data;

  show_value (self, g_str_has_suffix (pspec->name, "-es") ? 1 : 0);
}

static void
on_editor_changed_cb (CorroBilingualField *self,
                      gpointer             editor_or_buffer)
{
  guint i = 0;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (self->updating || self->object == NULL)
    return;

  if (self->multiline)
    i = editor_or_buffer == gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editors[1]));
  else
    i = editor_or_buffer == (gpointer) self->editors[1];

  name = property_name (self, i);
  text = editor_text (self, i);
  g_object_set (self->object, name, text, NULL);
}

/* GObject */

static void
corro_bilingual_field_dispose (GObject *object)
{
  CorroBilingualField *self = (CorroBilingualField *) object;
  GtkWidget *child;

  unbind (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (corro_bilingual_field_parent_class)->dispose (object);
}

static void
corro_bilingual_field_class_init (CorroBilingualFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_bilingual_field_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "bilingualfield");
}

static void
corro_bilingual_field_init (CorroBilingualField *self)
{
}

/* public API */

/**
 * corro_bilingual_field_new:
 * @label: what the text is, e.g. "Facilitator notes"
 * @multiline: text views for paragraphs rather than one-line entries
 */
GtkWidget *
corro_bilingual_field_new (const char *label,
                           gboolean    multiline)
{
  CorroBilingualField *self = g_object_new (CORRO_TYPE_BILINGUAL_FIELD, NULL);
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  /* Translators: the headings above the two columns of bilingual content */
  const char *language_names[] = { _("English"), _("Spanish") };

  gtk_grid_layout_set_column_spacing (GTK_GRID_LAYOUT (layout), 12);
  gtk_grid_layout_set_row_spacing (GTK_GRID_LAYOUT (layout), 3);
  gtk_grid_layout_set_column_homogeneous (GTK_GRID_LAYOUT (layout), TRUE);
  self->multiline = multiline;

  self->label = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_add_css_class (self->label, "heading");
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  g_object_set (gtk_layout_manager_get_layout_child (layout, self->label),
                "column", 0, "row", 0, "column-span", 2, NULL);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *accessible = g_strdup_printf ("%s (%s)", label, language_names[i]);
      GtkWidget *caption = gtk_label_new (language_names[i]);
      GtkWidget *editor;

      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_widget_set_parent (caption, GTK_WIDGET (self));
      g_object_set (gtk_layout_manager_get_layout_child (layout, caption),
                    "column", i, "row", 1, NULL);

      if (multiline)
        {
          GtkTextBuffer *buffer;

          editor = gtk_text_view_new ();
          buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
          gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (editor), GTK_WRAP_WORD_CHAR);
          gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (editor), FALSE);
          gtk_text_view_set_top_margin (GTK_TEXT_VIEW (editor), 6);
          gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (editor), 6);
          gtk_text_view_set_left_margin (GTK_TEXT_VIEW (editor), 6);
          gtk_text_view_set_right_margin (GTK_TEXT_VIEW (editor), 6);
          gtk_widget_set_size_request (editor, -1, 72);
          gtk_widget_add_css_class (editor, "card");
          /* Ctrl+Z here undoes the typing here; the plan's own undo works outside. */
          gtk_text_buffer_set_enable_undo (buffer, TRUE);
          g_signal_connect_object (buffer, "changed",
                                   G_CALLBACK (on_editor_changed_cb), self, G_CONNECT_SWAPPED);
        }
      else
        {
          editor = gtk_entry_new ();
          gtk_editable_set_enable_undo (GTK_EDITABLE (editor), TRUE);
          gtk_entry_set_placeholder_text (GTK_ENTRY (editor), language_names[i]);
          g_signal_connect_object (editor, "changed",
                                   G_CALLBACK (on_editor_changed_cb), self, G_CONNECT_SWAPPED);
        }

      gtk_widget_set_hexpand (editor, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (editor),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      gtk_widget_set_tooltip_text (editor, language_names[i]);
      gtk_widget_set_parent (editor, GTK_WIDGET (self));
      g_object_set (gtk_layout_manager_get_layout_child (layout, editor),
                    "column", i, "row", 2, NULL);
      self->editors[i] = editor;
    }

  return GTK_WIDGET (self);
}

/**
 * corro_bilingual_field_bind:
 * @object: (nullable): the object to edit, or %NULL to show nothing
 * @property: the property's stem, e.g. "title" for "title-en" and "title-es"
 */
void
corro_bilingual_field_bind (CorroBilingualField *self,
                            GObject             *object,
                            const char          *property)
{
  g_return_if_fail (CORRO_IS_BILINGUAL_FIELD (self));

  unbind (self);
  if (object == NULL)
    return;

  g_set_weak_pointer (&self->object, object);
  self->property = g_strdup (property);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = property_name (self, i);
      g_autofree char *signal = g_strdup_printf ("notify::%s", name);

      self->notify_ids[i] = g_signal_connect (object, signal,
                                              G_CALLBACK (on_object_notify_cb), self);
      show_value (self, i);
    }
}

/**
 * corro_bilingual_field_get_editor:
 * @language: "en" or "es"
 *
 * Returns: (transfer none): the entry or text view for @language
 */
GtkWidget *
corro_bilingual_field_get_editor (CorroBilingualField *self,
                                  const char          *language)
{
  g_return_val_if_fail (CORRO_IS_BILINGUAL_FIELD (self), NULL);

  return self->editors[g_strcmp0 (language, "es") == 0 ? 1 : 0];
}
