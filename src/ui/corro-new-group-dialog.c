/* corro-new-group-dialog.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-new-group-dialog"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-age-band.h"
#include "corro-date-row.h"
#include "corro-fit-screen.h"
#include "corro-group.h"
#include "corro-labels.h"
#include "corro-new-group-dialog.h"
#include "corro-records.h"
#include "corro-typed-text.h"

/* What a new group needs: a name, how it meets, who it is for, where, who facilitates,
 * and when it starts. Nothing is kept until Create, and a refusal is said in the dialog.
 * The same dialog edits a group's details later (corro_new_group_dialog_new_for_group()):
 * then it also shows the status and the day of the week, and a new start date offers to
 * move the sessions when none has been held yet. */
struct _CorroNewGroupDialog
{
  AdwWindow        parent_instance;

  /* template widgets */
  GtkWidget       *create_button;
  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *name_row;
  AdwComboRow     *mode_row;
  AdwComboRow     *age_row;
  AdwEntryRow     *venue_row;
  AdwEntryRow     *facilitators_row;
  CorroDateRow    *date_row;
  AdwEntryRow     *time_row;
  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *when_group;
  AdwComboRow     *status_row;
  AdwComboRow     *weekday_row;
  GtkWidget       *reschedule_row;
  GtkSwitch       *reschedule_switch;
  GtkWidget       *held_row;

  /* owned */
  CorroRecords    *records;
  char            *programme_id;
  CorroGroup      *group;         /* the group edited, or NULL for a new one */
  GPtrArray       *age_values;    /* what each of age_row's items records: "", a key… */
  gboolean         has_held;
};

enum {
  CREATED,
  SAVED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CorroNewGroupDialog, corro_new_group_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The start date as YYYY-MM-DD; "" when none or not a date (see date_ok). */
static const char *
date_of (CorroNewGroupDialog *self)
{
  const char *date = corro_date_row_get_date (self->date_row);

  return date != NULL ? date : "";
}

static gboolean
is_time (const char *text)
{
  unsigned int hours, minutes;
  char tail;

  return text[0] == '\0' ||
         (sscanf (text, "%2u:%2u%c", &hours, &minutes, &tail) == 2 && hours < 24 && minutes < 60);
}

static gboolean
has_text (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return copy[0] != '\0';
}

static void
mark (AdwEntryRow *row,
      gboolean     ok)
{
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static guint
weekday_of (const char *date)
{
  g_autofree char *iso = g_strdup_printf ("%sT12:00:00Z", date);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  return time != NULL ? (guint) g_date_time_get_day_of_week (time) : 0;
}

/* Editing: a new start date brings its day of the week, and either the offer to move
 * the sessions (none held yet) or word that they stay where they are. */
static void
update_start_date (CorroNewGroupDialog *self,
                   const char          *date,
                   gboolean             date_ok)
{
  gboolean moved = date_ok && date[0] != '\0' &&
                   g_strcmp0 (date, corro_group_get_start_date (self->group)) != 0;

  if (moved)
    adw_combo_row_set_selected (self->weekday_row, weekday_of (date) - 1);
  gtk_widget_set_visible (self->reschedule_row, moved && !self->has_held);
  gtk_widget_set_visible (self->held_row, moved && self->has_held);
}

static void
update_create (CorroNewGroupDialog *self)
{
  const char *name = text_of (self->name_row);
  const char *date = date_of (self);
  const char *time = text_of (self->time_row);
  gboolean date_ok = corro_date_row_is_valid (self->date_row);
  gboolean time_ok = is_time (time);

  if (self->create_button == NULL)
    return;

  mark (self->time_row, time_ok);
  if (self->group != NULL)
    update_start_date (self, date, date_ok);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create",
                                 has_text (name) && date_ok && time_ok);
}

/* The age bands the team keeps, to choose from; "Not recorded" first, and the group's
 * old free text ("Other: …") when it has some. */
static void
fill_age_bands (CorroNewGroupDialog *self,
                const char          *current)
{
  GListModel *bands = corro_records_get_age_bands (self->records);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  g_clear_pointer (&self->age_values, g_ptr_array_unref);
  self->age_values = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (labels, C_("age band", "Not recorded"));
  g_ptr_array_add (self->age_values, g_strdup (""));
  for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
    {
      g_autoptr(CorroAgeBand) band = g_list_model_get_item (bands, i);

      if (g_strcmp0 (current, corro_age_band_get_key (band)) == 0)
        selected = self->age_values->len;
      gtk_string_list_append (labels, corro_age_band_get_label (band));
      g_ptr_array_add (self->age_values, g_strdup (corro_age_band_get_key (band)));
    }
  if (corro_age_band_is_other (current))
    {
      g_autofree char *label = corro_records_describe_age_band (self->records, current);

      selected = self->age_values->len;
      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->age_values, g_strdup (current));
    }

  adw_combo_row_set_model (self->age_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->age_row, selected);
}

static const char *
selected_age_band (CorroNewGroupDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->age_row);

  if (self->age_values == NULL || selected >= self->age_values->len)
    return "";

  return g_ptr_array_index (self->age_values, selected);
}

static void
corro_new_group_dialog_create_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CorroNewGroupDialog *self = CORRO_NEW_GROUP_DIALOG (widget);
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (text_of (self->name_row)));
  const char *date = date_of (self);
  const char *time = text_of (self->time_row);

  if (!corro_date_row_is_valid (self->date_row))
    return;

  group = corro_group_new (name, self->programme_id);
  corro_group_set_mode (group, (CorroGroupMode) adw_combo_row_get_selected (self->mode_row));
  corro_group_set_age_band (group, selected_age_band (self));
  corro_group_set_venue (group, text_of (self->venue_row));
  corro_group_set_facilitators (group, text_of (self->facilitators_row));
  corro_group_set_start_date (group, date[0] != '\0' ? date : NULL);
  corro_group_set_start_time (group, time[0] != '\0' ? time : NULL);

  if (self->group != NULL)
    {
      gboolean reschedule = gtk_widget_get_visible (self->reschedule_row) &&
                            gtk_switch_get_active (self->reschedule_switch);

      corro_group_set_weekday (group, adw_combo_row_get_selected (self->weekday_row) + 1);
      corro_group_set_status (group,
                              (CorroGroupStatus) adw_combo_row_get_selected (self->status_row));
      if (!corro_records_edit_group (self->records, self->group, group, reschedule, &error))
        {
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
          return;
        }
      g_signal_emit (self, signals[SAVED], 0, self->group);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (!corro_records_add_group (self->records, group, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, group);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
corro_new_group_dialog_dispose (GObject *object)
{
  CorroNewGroupDialog *self = (CorroNewGroupDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_NEW_GROUP_DIALOG);
  g_clear_object (&self->records);
  g_clear_pointer (&self->programme_id, g_free);
  g_clear_object (&self->group);
  g_clear_pointer (&self->age_values, g_ptr_array_unref);

  G_OBJECT_CLASS (corro_new_group_dialog_parent_class)->dispose (object);
}

static void
corro_new_group_dialog_class_init (CorroNewGroupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_new_group_dialog_dispose;

  g_type_ensure (CORRO_TYPE_DATE_ROW);

  /**
   * CorroNewGroupDialog::created:
   * @group: the group made, with its sessions scheduled
   */
  signals[CREATED] =
    g_signal_new ("created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /**
   * CorroNewGroupDialog::saved:
   * @group: the group edited, with its new details
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-new-group-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, mode_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, age_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, venue_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, facilitators_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, details_group);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, when_group);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, weekday_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, reschedule_row);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, reschedule_switch);
  gtk_widget_class_bind_template_child (widget_class, CorroNewGroupDialog, held_row);
  gtk_widget_class_bind_template_callback (widget_class, update_create);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL,
                                   corro_new_group_dialog_create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
corro_new_group_dialog_init (CorroNewGroupDialog *self)
{
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) weekdays = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_week = g_date_time_add_days (now, 7);
  g_autofree char *date = g_date_time_format (next_week, "%Y-%m-%d");

  gtk_widget_init_template (GTK_WIDGET (self));
  corro_fit_screen (GTK_WINDOW (self));

  gtk_string_list_append (modes, corro_label_group_mode (CORRO_GROUP_MODE_IN_PERSON));
  gtk_string_list_append (modes, corro_label_group_mode (CORRO_GROUP_MODE_ONLINE));
  gtk_string_list_append (modes, corro_label_group_mode (CORRO_GROUP_MODE_INDIVIDUAL));
  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (modes));
  gtk_string_list_append (statuses, corro_label_group_status (CORRO_GROUP_STATUS_PLANNED));
  gtk_string_list_append (statuses, corro_label_group_status (CORRO_GROUP_STATUS_RUNNING));
  gtk_string_list_append (statuses, corro_label_group_status (CORRO_GROUP_STATUS_FINISHED));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  for (guint day = 1; day <= 7; day++)
    gtk_string_list_append (weekdays, corro_label_weekday (day));
  adw_combo_row_set_model (self->weekday_row, G_LIST_MODEL (weekdays));

  corro_date_row_set_date (self->date_row, date);
  update_create (self);
}

/**
 * corro_new_group_dialog_new:
 * @programme_id: the programme the group follows
 */
GtkWidget *
corro_new_group_dialog_new (GtkWindow    *parent,
                            CorroRecords *records,
                            const char   *programme_id)
{
  CorroNewGroupDialog *self;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);

  self = g_object_new (CORRO_TYPE_NEW_GROUP_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->records = g_object_ref (records);
  self->programme_id = g_strdup (programme_id);
  fill_age_bands (self, "");
  /* Escape or the close button with something typed asks before throwing it away. */
  corro_typed_text_guard (GTK_WINDOW (self));

  return GTK_WIDGET (self);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/**
 * corro_new_group_dialog_new_for_group:
 * @group: a group in @records, loaded
 *
 * The dialog in edit mode: it shows @group's details and saves them to it, emitting
 * #CorroNewGroupDialog::saved.
 */
GtkWidget *
corro_new_group_dialog_new_for_group (GtkWindow    *parent,
                                      CorroRecords *records,
                                      CorroGroup   *group)
{
  CorroNewGroupDialog *self;
  guint weekday;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);
  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);

  self = CORRO_NEW_GROUP_DIALOG (corro_new_group_dialog_new (parent, records,
                                                             corro_group_get_programme_id (group)));
  self->group = g_object_ref (group);
  self->has_held = corro_records_has_held_sessions (records, group);

  gtk_window_set_title (GTK_WINDOW (self), _("Group Details"));
  gtk_button_set_label (GTK_BUTTON (self->create_button), _("_Save"));
  adw_preferences_group_set_description (self->details_group, NULL);
  adw_preferences_group_set_title (self->when_group, _("When It Meets"));
  gtk_widget_set_visible (GTK_WIDGET (self->status_row), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->weekday_row), TRUE);

  set_text (self->name_row, corro_group_get_name (group));
  adw_combo_row_set_selected (self->mode_row, corro_group_get_mode (group));
  fill_age_bands (self, corro_group_get_age_band (group));
  set_text (self->venue_row, corro_group_get_venue (group));
  set_text (self->facilitators_row, corro_group_get_facilitators (group));
  adw_combo_row_set_selected (self->status_row, corro_group_get_status (group));
  set_text (self->time_row, corro_group_get_start_time (group));
  corro_date_row_set_date (self->date_row, corro_group_get_start_date (group));
  weekday = corro_group_get_weekday (group);
  if (weekday == 0 && corro_group_get_start_date (group) != NULL)
    weekday = weekday_of (corro_group_get_start_date (group));
  adw_combo_row_set_selected (self->weekday_row, weekday >= 1 ? weekday - 1 : 0);
  update_create (self);
  corro_typed_text_guard (GTK_WINDOW (self));

  return GTK_WIDGET (self);
}
