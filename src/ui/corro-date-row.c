/* corro-date-row.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-date.h"
#include "corro-date-row.h"

/* A date field: an entry row that reads what is typed as the locale writes dates
 * (25/12/2026, 25-12-2026, 25.12.2026; 12/25/2026 where the month comes first) or as
 * ISO (2026-12-25), with a calendar to choose it from instead. When the text is not a
 * date, the row says so in its title line, in red, and keeps the text as typed; the
 * dialog holding it keeps its Save off while CorroDateRow:valid is %FALSE. The date is
 * read by corro_date_parse_local(), as on the command line and in the imports. */

struct _CorroDateRow
{
  AdwEntryRow  parent_instance;

  GtkWidget   *calendar;
  GtkWidget   *button;

  /* owned */
  char        *title;     /* the field's own title, while the row shows a message */
  char        *date;      /* YYYY-MM-DD, or NULL when empty or not a date */
  gboolean     valid;
  gboolean     showing_message;
  gboolean     syncing;   /* the calendar is being set to the text, not picked from */
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CorroDateRow, corro_date_row, ADW_TYPE_ENTRY_ROW)

/* helpers */

static void
show_message (CorroDateRow *self,
              const char   *message)
{
  if (message != NULL)
    {
      if (!self->showing_message)
        {
          g_free (self->title);
          self->title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)));
          self->showing_message = TRUE;
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), message);
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
    }
  else if (self->showing_message)
    {
      self->showing_message = FALSE;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), self->title);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
    }
}

/* callbacks */

static void
on_changed_cb (CorroDateRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  g_autofree char *date = text[0] != '\0' ? corro_date_parse_local (text) : NULL;
  gboolean valid = text[0] == '\0' || date != NULL;

  if (valid)
    show_message (self, NULL);
  else
    {
      g_autofree char *message = corro_date_dup_hint ();

      show_message (self, message);
    }

  if (g_strcmp0 (date, self->date) != 0)
    {
      g_free (self->date);
      self->date = g_steal_pointer (&date);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
  if (valid != self->valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

/* Opening the calendar shows the date typed, or today. */
static void
on_popover_show_cb (CorroDateRow *self)
{
  g_autoptr(GDateTime) day = NULL;

  if (self->date != NULL)
    {
      g_autofree char *iso = g_strdup_printf ("%sT12:00:00", self->date);
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();

      day = g_date_time_new_from_iso8601 (iso, local);
    }
  if (day == NULL)
    day = g_date_time_new_now_local ();
  /* gtk_calendar_select_day() emits ::day-selected too: that is not a pick. */
  self->syncing = TRUE;
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), day);
  self->syncing = FALSE;
}

/* A day picked, by a click or by Space or Enter on it: it becomes the text. */
static void
pick_day (CorroDateRow *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");

  corro_date_row_set_date (self, iso);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* With an apply button, a day picked is applied, as Enter would. */
  if (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (self)))
    g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (self)), "activate");
}

static void
on_day_selected_cb (CorroDateRow *self)
{
  if (!self->syncing)
    pick_day (self);
}

/* A click on the day already selected changes nothing in the calendar and so emits no
 * ::day-selected; it is a pick all the same (today, in an empty field). */
static void
on_calendar_released_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         CorroDateRow    *self)
{
  GtkWidget *picked = gtk_widget_pick (self->calendar, x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number") &&
      gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->button)))))
    pick_day (self);
}

/* GObject */

static void
corro_date_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CorroDateRow *self = CORRO_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_date_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CorroDateRow *self = CORRO_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      corro_date_row_set_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_date_row_finalize (GObject *object)
{
  CorroDateRow *self = (CorroDateRow *) object;

  g_free (self->title);
  g_free (self->date);

  G_OBJECT_CLASS (corro_date_row_parent_class)->finalize (object);
}

static void
corro_date_row_class_init (CorroDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = corro_date_row_get_property;
  object_class->set_property = corro_date_row_set_property;
  object_class->finalize = corro_date_row_finalize;

  /**
   * CorroDateRow:date:
   *
   * The date typed or chosen, as YYYY-MM-DD; %NULL when the row is empty or its text
   * is not a date.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * CorroDateRow:valid:
   *
   * Whether the row is empty or holds a date.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_date_row_init (CorroDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->valid = TRUE;
  self->calendar = gtk_calendar_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), self->calendar);
  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->button, "flat");
  gtk_widget_set_tooltip_text (self->button, _("Choose the date in a calendar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose the date in a calendar"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->button);

  g_signal_connect_object (popover, "show", G_CALLBACK (on_popover_show_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (on_calendar_released_cb), self, 0);
  gtk_widget_add_controller (self->calendar, GTK_EVENT_CONTROLLER (click));
  g_signal_connect (self, "changed", G_CALLBACK (on_changed_cb), NULL);
}

/* public API */

GtkWidget *
corro_date_row_new (const char *title)
{
  return g_object_new (CORRO_TYPE_DATE_ROW, "title", title, NULL);
}

/**
 * corro_date_row_get_date:
 *
 * Returns: (nullable): the date, YYYY-MM-DD; %NULL when empty or not a date
 */
const char *
corro_date_row_get_date (CorroDateRow *self)
{
  g_return_val_if_fail (CORRO_IS_DATE_ROW (self), NULL);

  return self->date;
}

/**
 * corro_date_row_set_date:
 * @iso_date: (nullable): YYYY-MM-DD, or %NULL to empty the row
 *
 * Shows @iso_date as the locale writes dates.
 */
void
corro_date_row_set_date (CorroDateRow *self,
                         const char   *iso_date)
{
  g_autofree char *text = NULL;

  g_return_if_fail (CORRO_IS_DATE_ROW (self));

  text = corro_date_format_local (iso_date);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
}

/**
 * corro_date_row_is_valid:
 *
 * Returns: whether the row is empty or holds a date
 */
gboolean
corro_date_row_is_valid (CorroDateRow *self)
{
  g_return_val_if_fail (CORRO_IS_DATE_ROW (self), FALSE);

  return self->valid;
}
