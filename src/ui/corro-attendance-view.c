/* corro-attendance-view.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-attendance-view"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-attendance-row.h"
#include "corro-attendance-view.h"
#include "corro-group.h"
#include "corro-labels.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-session.h"

/* The attendance tab of a session: a row per participant of the group, marked one key
 * each from the top of the list down, and below them how many came, were late, were
 * absent... A mark that cannot be saved says so in a toast. */
struct _CorroAttendanceView
{
  AdwBin        parent_instance;

  /* template widgets */
  GtkStack     *content_stack;
  GtkListBox   *list;
  GtkLabel     *rule_label;
  GtkLabel     *keys_label;
  GtkButton    *notes_button;
  GtkLabel     *count_labels[CORRO_N_ATTENDANCE_MARKS];   /* [NONE] is "not marked" */

  /* owned */
  CorroRecords *records;
  CorroGroup   *group;
  CorroSession *session;
};

G_DEFINE_FINAL_TYPE (CorroAttendanceView, corro_attendance_view, ADW_TYPE_BIN)

/* The footer's counts, by mark. */
static const char * const count_label_ids[CORRO_N_ATTENDANCE_MARKS] = {
  "unmarked_label", "present_label", "late_label", "absent_label", "excused_label",
  "caught_up_label",
};

/* helpers */

static char *
dup_count (CorroAttendanceMark mark,
           guint               n)
{
  switch (mark)
    {
    case CORRO_ATTENDANCE_PRESENT:
      return g_strdup_printf (ngettext ("%u present", "%u present", n), n);
    case CORRO_ATTENDANCE_LATE:
      return g_strdup_printf (ngettext ("%u late", "%u late", n), n);
    case CORRO_ATTENDANCE_ABSENT:
      return g_strdup_printf (ngettext ("%u absent", "%u absent", n), n);
    case CORRO_ATTENDANCE_EXCUSED:
      return g_strdup_printf (ngettext ("%u excused", "%u excused", n), n);
    case CORRO_ATTENDANCE_CAUGHT_UP:
      return g_strdup_printf (ngettext ("%u caught up later", "%u caught up later", n), n);
    case CORRO_ATTENDANCE_NONE:
    default:
      return g_strdup_printf (ngettext ("%u not marked", "%u not marked", n), n);
    }
}

static void
set_count (CorroAttendanceView *self,
           CorroAttendanceMark  mark,
           guint                n)
{
  GtkWidget *label = GTK_WIDGET (self->count_labels[mark]);
  g_autofree char *text = dup_count (mark, n);

  gtk_label_set_label (GTK_LABEL (label), text);
  if (n == 0)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
update_counts (CorroAttendanceView *self)
{
  guint n_participants = g_list_model_get_n_items (corro_group_get_participants (self->group));
  guint n_marked = 0;
  guint n_unmarked;

  for (CorroAttendanceMark mark = CORRO_ATTENDANCE_PRESENT; mark < CORRO_N_ATTENDANCE_MARKS; mark++)
    {
      guint n = corro_session_count_marks (self->session, mark);

      set_count (self, mark, n);
      n_marked += n;
    }

  n_unmarked = n_participants > n_marked ? n_participants - n_marked : 0;
  set_count (self, CORRO_ATTENDANCE_NONE, n_unmarked);
  gtk_widget_set_visible (GTK_WIDGET (self->count_labels[CORRO_ATTENDANCE_NONE]), n_unmarked > 0);

  /* Everyone marked: the notes are what comes next. */
  if (n_unmarked == 0 && n_participants > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->notes_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->notes_button), "suggested-action");

  gtk_stack_set_visible_child_name (self->content_stack, n_participants > 0 ? "list" : "empty");
}

static void
update_rule (CorroAttendanceView *self)
{
  guint n_chapters = corro_group_get_n_chapters (self->group);
  g_autofree char *text = NULL;

  /* Translators: the completion rule under the attendance list */
  text = g_strdup_printf (ngettext ("Completing the programme takes at least %u of its %u "
                                    "chapter; a session caught up individually later counts.",
                                    "Completing the programme takes at least %u of its %u "
                                    "chapters; a session caught up individually later counts.",
                                    n_chapters),
                          corro_group_get_required_chapters (self->group), n_chapters);
  gtk_label_set_label (self->rule_label, text);
}

/* callbacks */

static void
on_row_save_failed_cb (CorroAttendanceView *self,
                       const char          *message)
{
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CorroAttendanceView *self = user_data;
  GtkWidget *row = corro_attendance_row_new (self->records, self->group, self->session,
                                             CORRO_PARTICIPANT (item));

  g_signal_connect_object (row, "save-failed",
                           G_CALLBACK (on_row_save_failed_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static void
on_session_mark_changed_cb (CorroAttendanceView *self)
{
  if (self->list == NULL)
    return;

  update_counts (self);
}

static void
on_participants_items_changed_cb (CorroAttendanceView *self)
{
  if (self->list == NULL)
    return;

  update_counts (self);
}

/* GObject */

static void
corro_attendance_view_dispose (GObject *object)
{
  CorroAttendanceView *self = (CorroAttendanceView *) object;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->group != NULL)
    g_signal_handlers_disconnect_by_data (corro_group_get_participants (self->group), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_ATTENDANCE_VIEW);
  g_clear_object (&self->records);
  g_clear_object (&self->group);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (corro_attendance_view_parent_class)->dispose (object);
}

static void
corro_attendance_view_class_init (CorroAttendanceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_attendance_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-attendance-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroAttendanceView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroAttendanceView, list);
  gtk_widget_class_bind_template_child (widget_class, CorroAttendanceView, rule_label);
  gtk_widget_class_bind_template_child (widget_class, CorroAttendanceView, keys_label);
  gtk_widget_class_bind_template_child (widget_class, CorroAttendanceView, notes_button);
  for (guint i = 0; i < G_N_ELEMENTS (count_label_ids); i++)
    gtk_widget_class_bind_template_child_full (widget_class, count_label_ids[i], FALSE,
                                               G_STRUCT_OFFSET (CorroAttendanceView, count_labels) +
                                               i * sizeof (GtkLabel *));
}

static void
corro_attendance_view_init (CorroAttendanceView *self)
{
  g_autofree char *keys = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: the five attendance letters, in the buttons' order, e.g. "Press A, T,
   * F, J or R to mark…" */
  keys = g_strdup_printf (_("Press %s, %s, %s, %s or %s to mark the selected person: the mark is "
                            "saved and the next person is selected. ↑ and ↓ move, Delete "
                            "clears a mark."),
                          corro_label_attendance_letter (CORRO_ATTENDANCE_PRESENT),
                          corro_label_attendance_letter (CORRO_ATTENDANCE_LATE),
                          corro_label_attendance_letter (CORRO_ATTENDANCE_ABSENT),
                          corro_label_attendance_letter (CORRO_ATTENDANCE_EXCUSED),
                          corro_label_attendance_letter (CORRO_ATTENDANCE_CAUGHT_UP));
  gtk_label_set_label (self->keys_label, keys);
}

/* public API */

GtkWidget *
corro_attendance_view_new (CorroRecords *records,
                           CorroGroup   *group,
                           CorroSession *session)
{
  CorroAttendanceView *self;
  GListModel *participants;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);
  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);
  g_return_val_if_fail (CORRO_IS_SESSION (session), NULL);

  self = g_object_new (CORRO_TYPE_ATTENDANCE_VIEW, NULL);
  self->records = g_object_ref (records);
  self->group = g_object_ref (group);
  self->session = g_object_ref (session);

  participants = corro_group_get_participants (group);
  gtk_list_box_bind_model (self->list, participants, create_row, self, NULL);
  g_signal_connect_object (participants, "items-changed",
                           G_CALLBACK (on_participants_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (session, "mark-changed",
                           G_CALLBACK (on_session_mark_changed_cb), self, G_CONNECT_SWAPPED);

  update_rule (self);
  update_counts (self);
  return GTK_WIDGET (self);
}

/**
 * corro_attendance_view_focus_first:
 *
 * Puts the keyboard on the first participant not yet marked, or the first of all, so
 * that marking can start with a key.
 */
void
corro_attendance_view_focus_first (CorroAttendanceView *self)
{
  GtkListBoxRow *row;
  GtkListBoxRow *first;

  g_return_if_fail (CORRO_IS_ATTENDANCE_VIEW (self));

  first = gtk_list_box_get_row_at_index (self->list, 0);
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      if (corro_attendance_row_get_mark (CORRO_ATTENDANCE_ROW (row)) == CORRO_ATTENDANCE_NONE)
        {
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }

  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}
