/* corro-session-overview.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-session-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-presentation.h"
#include "corro-segment.h"
#include "corro-session-overview.h"

/* The whole session at a glance, from the presenter's header bar (or the O key): every
 * part with its kind, title and minutes, the one showing now and the ones done marked;
 * Enter or a click on a part goes to it. */
struct _CorroSessionOverview
{
  GtkPopover         parent_instance;

  /* template widgets */
  GtkListBox        *list;

  /* owned */
  CorroPresentation *presentation;
};

G_DEFINE_FINAL_TYPE (CorroSessionOverview, corro_session_overview, GTK_TYPE_POPOVER)

/* helpers */

static GtkWidget *
make_row (CorroSessionOverview *self,
          guint                 step)
{
  CorroSegment *segment = corro_presentation_get_step_segment (self->presentation, step);
  const char *language = corro_presentation_get_language (self->presentation);
  const char *variant = corro_presentation_get_variant (self->presentation);
  gboolean current = step == corro_presentation_get_step (self->presentation);
  gboolean visited = corro_presentation_get_step_visited (self->presentation, step);
  const char *kind = corro_segment_kind_get_label (corro_segment_get_kind (segment));
  const char *title = corro_segment_get_title (segment, language);
  guint minutes = corro_segment_get_minutes (segment, variant);
  g_autofree char *text = NULL;
  g_autofree char *state = NULL;
  GtkWidget *row, *box, *label, *status;

  /* Translators: a part in the session's overview: its number, kind, title and minutes */
  text = g_strdup_printf (ngettext ("%u. %s · %s · %u min", "%u. %s · %s · %u min", minutes),
                          step + 1, kind, title != NULL ? title : "", minutes);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  status = gtk_label_new (current ? _("Now") : visited ? _("Done") : "");
  gtk_widget_add_css_class (status, current ? "accent" : "dim-label");
  gtk_box_append (GTK_BOX (box), status);
  if (current)
    gtk_widget_add_css_class (label, "heading");

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  state = current ? g_strdup_printf ("%s, %s", text, _("Now"))
                  : visited ? g_strdup_printf ("%s, %s", text, _("Done")) : g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, state, -1);

  return row;
}

/* callbacks */

static void
on_row_activated_cb (CorroSessionOverview *self,
                     GtkListBoxRow        *row)
{
  gtk_popover_popdown (GTK_POPOVER (self));
  corro_presentation_go_to (self->presentation, (guint) gtk_list_box_row_get_index (row),
                            g_get_monotonic_time ());
}

static void
on_show_cb (CorroSessionOverview *self)
{
  GtkListBoxRow *row;

  corro_session_overview_update (self);
  row = gtk_list_box_get_row_at_index (self->list,
                                       (int) corro_presentation_get_step (self->presentation));
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* GObject */

static void
corro_session_overview_dispose (GObject *object)
{
  CorroSessionOverview *self = (CorroSessionOverview *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_SESSION_OVERVIEW);
  g_clear_object (&self->presentation);

  G_OBJECT_CLASS (corro_session_overview_parent_class)->dispose (object);
}

static void
corro_session_overview_class_init (CorroSessionOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_session_overview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-session-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroSessionOverview, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_cb);
}

static void
corro_session_overview_init (CorroSessionOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* public API */

CorroSessionOverview *
corro_session_overview_new (CorroPresentation *presentation)
{
  CorroSessionOverview *self;

  g_return_val_if_fail (CORRO_IS_PRESENTATION (presentation), NULL);

  self = g_object_new (CORRO_TYPE_SESSION_OVERVIEW, NULL);
  self->presentation = g_object_ref (presentation);
  corro_session_overview_update (self);

  return self;
}

/**
 * corro_session_overview_update:
 *
 * Shows the parts again with the current one and those done marked.
 */
void
corro_session_overview_update (CorroSessionOverview *self)
{
  GtkWidget *child;
  guint n;

  g_return_if_fail (CORRO_IS_SESSION_OVERVIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  n = corro_presentation_get_n_steps (self->presentation);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->list, make_row (self, i));
}

/**
 * corro_session_overview_get_list:
 *
 * Returns: (transfer none): the list of the session's parts
 */
GtkListBox *
corro_session_overview_get_list (CorroSessionOverview *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION_OVERVIEW (self), NULL);

  return self->list;
}
