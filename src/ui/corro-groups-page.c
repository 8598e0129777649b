/* corro-groups-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-groups-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-group.h"
#include "corro-groups-page.h"
#include "corro-labels.h"
#include "corro-records.h"

/* Home: the groups, running first, then planned, then finished, each row saying how
 * the group meets and when; or, before there is any, what a group is and how to start. */
struct _CorroGroupsPage
{
  AdwBin        parent_instance;

  /* template widgets (the stack is the bin's child, reached through it) */
  GtkListBox   *group_list;

  /* owned */
  CorroRecords *records;
};

enum {
  GROUP_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CorroGroupsPage, corro_groups_page, ADW_TYPE_BIN)

static guint signals[N_SIGNALS];

static char *
describe_group (CorroRecords *records,
                CorroGroup   *group)
{
  g_autoptr(GString) text = g_string_new (corro_label_group_mode (corro_group_get_mode (group)));
  g_autofree char *age_band = corro_records_describe_age_band (records,
                                                              corro_group_get_age_band (group));
  const char *time = corro_group_get_start_time (group);
  g_autofree char *start = NULL;

  if (age_band[0] != '\0')
    /* Translators: the ages of the children a group is for, e.g. "children 0–2" */
    g_string_append_printf (text, " · %s", age_band);
  if (corro_group_get_start_date (group) != NULL)
    {
      start = corro_label_date (corro_group_get_start_date (group));
      /* Translators: when a group started or starts, e.g. "from Tue 3 Mar 2026" */
      g_string_append (text, " · ");
      g_string_append_printf (text, _("from %s"), start);
    }
  if (time != NULL && time[0] != '\0')
    g_string_append_printf (text, " · %s", time);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_group_row (gpointer item,
                  gpointer user_data)
{
  CorroGroup *group = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  CorroGroupsPage *self = user_data;
  g_autofree char *subtitle = describe_group (self->records, group);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), corro_group_get_name (group));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "group", g_object_ref (group), g_object_unref);

  return row;
}

/* A heading above the first row of each status: Running, Planned, Finished. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  CorroGroup *group = g_object_get_data (G_OBJECT (row), "group");
  CorroGroup *previous = before != NULL ? g_object_get_data (G_OBJECT (before), "group") : NULL;
  GtkWidget *header;

  if (previous != NULL && corro_group_get_status (previous) == corro_group_get_status (group))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (corro_label_group_status (corro_group_get_status (group)));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_list_box_row_set_header (row, header);
}

static void
update_page (CorroGroupsPage *self)
{
  GtkWidget *stack = adw_bin_get_child (ADW_BIN (self));
  GListModel *groups = corro_records_get_groups (self->records);

  if (stack != NULL)
    gtk_stack_set_visible_child_name (GTK_STACK (stack),
                                      g_list_model_get_n_items (groups) > 0 ? "list" : "empty");
}

static void
on_group_list_row_activated_cb (CorroGroupsPage *self,
                                GtkListBoxRow   *row)
{
  CorroGroup *group = g_object_get_data (G_OBJECT (row), "group");

  if (group != NULL)
    g_signal_emit (self, signals[GROUP_ACTIVATED], 0, group);
}

static void
corro_groups_page_dispose (GObject *object)
{
  CorroGroupsPage *self = (CorroGroupsPage *) object;

  if (self->records != NULL)
    g_signal_handlers_disconnect_by_data (corro_records_get_groups (self->records), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_GROUPS_PAGE);
  g_clear_object (&self->records);

  G_OBJECT_CLASS (corro_groups_page_parent_class)->dispose (object);
}

static void
corro_groups_page_class_init (CorroGroupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_groups_page_dispose;

  /**
   * CorroGroupsPage::group-activated:
   * @group: the group chosen
   */
  signals[GROUP_ACTIVATED] =
    g_signal_new ("group-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-groups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroGroupsPage, group_list);
  gtk_widget_class_bind_template_callback (widget_class, on_group_list_row_activated_cb);
}

static void
corro_groups_page_init (CorroGroupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
corro_groups_page_new (CorroRecords *records)
{
  CorroGroupsPage *self;
  GListModel *groups;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);

  self = g_object_new (CORRO_TYPE_GROUPS_PAGE, NULL);
  self->records = g_object_ref (records);
  groups = corro_records_get_groups (records);

  gtk_list_box_bind_model (self->group_list, groups, create_group_row, self, NULL);
  gtk_list_box_set_header_func (self->group_list, update_header, NULL, NULL);
  g_signal_connect_object (groups, "items-changed", G_CALLBACK (update_page), self,
                           G_CONNECT_SWAPPED);
  update_page (self);

  return GTK_WIDGET (self);
}
