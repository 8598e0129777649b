/* corro-attendance-row.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-attendance-row"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-attendance-row.h"
#include "corro-enums.h"
#include "corro-group.h"
#include "corro-labels.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-session.h"

/* One participant at one session: who they are, their mark as five linked buttons
 * (in English P, L, A, E, C; in Spanish A, T, F, J, R), the chapters they have attended so far and whether that completes
 * the programme. With the row focused one key marks the person and moves on to the
 * next row; every mark is written at once. */
struct _CorroAttendanceRow
{
  AdwActionRow         parent_instance;

  /* template widgets */
  AdwAvatar           *avatar;
  GtkLabel            *completion_label;
  GtkToggleButton     *mark_buttons[CORRO_N_ATTENDANCE_MARKS];

  /* owned */
  CorroRecords        *records;
  CorroGroup          *group;
  CorroSession        *session;
  CorroParticipant    *participant;
  CorroAttendanceMark  mark;
};

enum {
  PROP_0,
  PROP_MARK,
  N_PROPS
};

enum {
  SAVE_FAILED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CorroAttendanceRow, corro_attendance_row, ADW_TYPE_ACTION_ROW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The marks in the buttons' order. Their letters, and the keys, are the language's
 * (corro_label_attendance_letter), the same as the register's. */
static const CorroAttendanceMark button_marks[] = {
  CORRO_ATTENDANCE_PRESENT, CORRO_ATTENDANCE_LATE, CORRO_ATTENDANCE_ABSENT,
  CORRO_ATTENDANCE_EXCUSED, CORRO_ATTENDANCE_CAUGHT_UP,
};
static const char * const button_ids[] = {
  "present_button", "late_button", "absent_button", "excused_button", "caught_up_button",
};

static const char * const completion_classes[] = { "in-progress", "completed", "not-completed" };

/* helpers */

static const char *
completion_label (CorroCompletion completion)
{
  switch (completion)
    {
    case CORRO_COMPLETION_COMPLETED:
      return C_("completion", "Completed");
    case CORRO_COMPLETION_NOT_COMPLETED:
      return C_("completion", "Not completed");
    case CORRO_COMPLETION_IN_PROGRESS:
    default:
      return C_("completion", "In progress");
    }
}

/* One key per mark, the mark's letter in the language shown, with or without Shift.
 * Letters that are not one ASCII letter, or that two marks share, get no key: a mark
 * is then set with its button, never by the wrong key. */
static void
add_mark_bindings (GtkWidgetClass *widget_class)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (CORRO_TYPE_ATTENDANCE_MARK);

  for (guint i = 0; i < G_N_ELEMENTS (button_marks); i++)
    {
      guint keyval = corro_label_attendance_keyval (button_marks[i]);
      const char *nick = g_enum_get_value (enum_class, button_marks[i])->value_nick;
      gboolean shared = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (button_marks); j++)
        if (j != i && corro_label_attendance_keyval (button_marks[j]) == keyval)
          shared = TRUE;
      if (keyval == 0 || shared)
        {
          g_message ("The attendance letter “%s” is not a key of its own",
                     corro_label_attendance_letter (button_marks[i]));
          continue;
        }

      gtk_widget_class_add_binding_action (widget_class, keyval, 0,
                                           "attendance.mark-and-next", "s", nick);
      gtk_widget_class_add_binding_action (widget_class, gdk_keyval_to_upper (keyval),
                                           GDK_SHIFT_MASK, "attendance.mark-and-next", "s", nick);
    }
}

static gboolean
mark_from_nick (const char          *nick,
                CorroAttendanceMark *mark)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CORRO_TYPE_ATTENDANCE_MARK);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  if (value == NULL)
    return FALSE;

  *mark = value->value;
  return TRUE;
}

static void
update (CorroAttendanceRow *self)
{
  CorroParticipant *participant = self->participant;
  CorroCompletion completion = corro_participant_get_completion (participant);
  CorroEnrolmentStatus status = corro_participant_get_status (participant);
  guint n_chapters = corro_group_get_n_chapters (self->group);
  guint attended = corro_participant_get_attended_chapters (participant);
  guint required = corro_participant_get_required_chapters (participant);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *chapters = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *description = NULL;

  if (corro_participant_get_relationship (participant) != CORRO_RELATIONSHIP_UNKNOWN)
    g_string_append (subtitle,
                     corro_label_relationship (corro_participant_get_relationship (participant)));
  if (status != CORRO_ENROLMENT_ENROLLED && status != CORRO_ENROLMENT_COMPLETED)
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, corro_label_enrolment_status (status));
    }

  chapters = corro_label_chapters_attended (attended, n_chapters);
  if (subtitle->len > 0)
    g_string_append (subtitle, " · ");
  g_string_append (subtitle, chapters);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 corro_participant_get_name (participant));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);
  adw_avatar_set_text (self->avatar, corro_participant_get_name (participant));

  gtk_label_set_label (self->completion_label, completion_label (completion));
  for (guint i = 0; i < G_N_ELEMENTS (completion_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->completion_label), completion_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->completion_label), completion_classes[completion]);

  /* Translators: the completion rule, e.g. "Completion needs 6 of 8 chapters; caught-up
   * sessions count" */
  rule = g_strdup_printf (ngettext ("Completion needs %u of %u chapter; caught-up sessions count",
                                    "Completion needs %u of %u chapters; caught-up sessions count",
                                    n_chapters),
                          required, n_chapters);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->completion_label), rule);

  /* Screen readers hear the name, then the mark and the totals. */
  description = g_strdup_printf ("%s · %s · %s", corro_label_attendance_mark (self->mark),
                                 chapters,
                                 completion_label (completion));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  corro_participant_get_name (participant),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
focus_next_row (CorroAttendanceRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkListBoxRow *next;

  if (!GTK_IS_LIST_BOX (parent))
    return;

  next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (parent),
                                        gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)) + 1);
  if (next != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (next));
}

/* callbacks */

static void
on_session_mark_changed_cb (CorroAttendanceRow  *self,
                            gint64               participant_id,
                            CorroAttendanceMark  mark)
{
  if (participant_id != corro_participant_get_id (self->participant) || self->mark == mark)
    return;

  self->mark = mark;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARK]);
}

static void
on_participant_notify_cb (CorroAttendanceRow *self)
{
  update (self);
}

/* actions */

static void
corro_attendance_row_mark_and_next_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  CorroAttendanceRow *self = CORRO_ATTENDANCE_ROW (widget);
  CorroAttendanceMark mark;

  if (!mark_from_nick (g_variant_get_string (parameter, NULL), &mark))
    return;

  if (corro_attendance_row_set_mark (self, mark))
    focus_next_row (self);
}

static void
corro_attendance_row_clear_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  corro_attendance_row_set_mark (CORRO_ATTENDANCE_ROW (widget), CORRO_ATTENDANCE_NONE);
}

/* GObject */

static void
corro_attendance_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CorroAttendanceRow *self = CORRO_ATTENDANCE_ROW (object);

  switch (prop_id)
    {
    case PROP_MARK:
      g_value_set_enum (value, self->mark);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_attendance_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CorroAttendanceRow *self = CORRO_ATTENDANCE_ROW (object);

  switch (prop_id)
    {
    case PROP_MARK:
      corro_attendance_row_set_mark (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_attendance_row_dispose (GObject *object)
{
  CorroAttendanceRow *self = (CorroAttendanceRow *) object;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->participant != NULL)
    g_signal_handlers_disconnect_by_data (self->participant, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_ATTENDANCE_ROW);
  g_clear_object (&self->records);
  g_clear_object (&self->group);
  g_clear_object (&self->session);
  g_clear_object (&self->participant);

  G_OBJECT_CLASS (corro_attendance_row_parent_class)->dispose (object);
}

static void
corro_attendance_row_class_init (CorroAttendanceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_attendance_row_dispose;
  object_class->get_property = corro_attendance_row_get_property;
  object_class->set_property = corro_attendance_row_set_property;

  /**
   * CorroAttendanceRow:mark:
   *
   * The participant's mark at the session. Setting it saves it at once.
   */
  properties[PROP_MARK] =
    g_param_spec_enum ("mark", NULL, NULL,
                       CORRO_TYPE_ATTENDANCE_MARK, CORRO_ATTENDANCE_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CorroAttendanceRow::save-failed:
   * @message: what went wrong, for a person to read
   *
   * A mark could not be saved; the row still shows the mark that was saved before.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-attendance-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroAttendanceRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, CorroAttendanceRow, completion_label);
  for (guint i = 0; i < G_N_ELEMENTS (button_marks); i++)
    gtk_widget_class_bind_template_child_full (widget_class, button_ids[i], FALSE,
                                               G_STRUCT_OFFSET (CorroAttendanceRow, mark_buttons)
                                               + button_marks[i] * sizeof (GtkToggleButton *));

  /* The buttons show and set the mark; the keys set it and move down the list. */
  gtk_widget_class_install_property_action (widget_class, "attendance.mark", "mark");
  gtk_widget_class_install_action (widget_class, "attendance.mark-and-next", "s",
                                   corro_attendance_row_mark_and_next_action);
  gtk_widget_class_install_action (widget_class, "attendance.clear", NULL,
                                   corro_attendance_row_clear_action);

  add_mark_bindings (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "attendance.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0,
                                       "attendance.clear", NULL);
}

static void
corro_attendance_row_init (CorroAttendanceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (button_marks); i++)
    {
      CorroAttendanceMark mark = button_marks[i];
      GtkWidget *button = GTK_WIDGET (self->mark_buttons[mark]);
      /* Translators: a mark button's tooltip, e.g. "Faltó (F)"; the letter is the key */
      g_autofree char *tooltip = g_strdup_printf (_("%s (%s)"), corro_label_attendance_word (mark),
                                                  corro_label_attendance_letter (mark));

      gtk_button_set_label (GTK_BUTTON (button), corro_label_attendance_letter (mark));
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      corro_label_attendance_mark (mark), -1);
    }
}

/* public API */

GtkWidget *
corro_attendance_row_new (CorroRecords     *records,
                          CorroGroup       *group,
                          CorroSession     *session,
                          CorroParticipant *participant)
{
  CorroAttendanceRow *self;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);
  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);
  g_return_val_if_fail (CORRO_IS_SESSION (session), NULL);
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (participant), NULL);

  self = g_object_new (CORRO_TYPE_ATTENDANCE_ROW, NULL);
  self->records = g_object_ref (records);
  self->group = g_object_ref (group);
  self->session = g_object_ref (session);
  self->participant = g_object_ref (participant);
  self->mark = corro_session_get_mark (session, corro_participant_get_id (participant));

  g_signal_connect_object (session, "mark-changed",
                           G_CALLBACK (on_session_mark_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (participant, "notify",
                           G_CALLBACK (on_participant_notify_cb), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

/**
 * corro_attendance_row_get_participant:
 *
 * Returns: (transfer none): the participant shown
 */
CorroParticipant *
corro_attendance_row_get_participant (CorroAttendanceRow *self)
{
  g_return_val_if_fail (CORRO_IS_ATTENDANCE_ROW (self), NULL);

  return self->participant;
}

CorroAttendanceMark
corro_attendance_row_get_mark (CorroAttendanceRow *self)
{
  g_return_val_if_fail (CORRO_IS_ATTENDANCE_ROW (self), CORRO_ATTENDANCE_NONE);

  return self->mark;
}

/**
 * corro_attendance_row_set_mark:
 * @mark: the new mark, or %CORRO_ATTENDANCE_NONE to clear it
 *
 * Marks the participant and saves the mark at once. When it cannot be saved,
 * CorroAttendanceRow::save-failed says why and the row keeps the mark it had.
 *
 * Returns: whether the mark is saved
 */
gboolean
corro_attendance_row_set_mark (CorroAttendanceRow  *self,
                               CorroAttendanceMark  mark)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CORRO_IS_ATTENDANCE_ROW (self), FALSE);
  g_return_val_if_fail (mark < CORRO_N_ATTENDANCE_MARKS, FALSE);

  if (self->mark == mark)
    return TRUE;

  /* The session's mark-changed brings the new mark back to this row. */
  if (!corro_records_mark_attendance (self->records, self->group, self->session,
                                      self->participant, mark, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a participant's name, then what went wrong */
      message = g_strdup_printf (_("Could not save the mark for %s: %s"),
                                 corro_participant_get_name (self->participant), error->message);
      g_signal_emit (self, signals[SAVE_FAILED], 0, message);
      return FALSE;
    }

  return TRUE;
}
