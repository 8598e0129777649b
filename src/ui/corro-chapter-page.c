/* corro-chapter-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-chapter-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-bilingual-field.h"
#include "corro-chapter.h"
#include "corro-chapter-page.h"
#include "corro-clip-state.h"
#include "corro-pause-point.h"
#include "corro-preflight-dialog.h"
#include "corro-programme.h"
#include "corro-segment.h"
#include "corro-segment-editor.h"
#include "corro-segment-row.h"

/* A chapter's session plan: its segments with their minutes against the length of
 * session being planned, and the selected segment's editor beside them. Segments are
 * added from a menu, moved by dragging or with Alt+Up/Down, duplicated and removed;
 * every change can be undone, and is saved by the programme library as it happens. */
struct _CorroChapterPage
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkBox             *title_slot;
  GtkDropDown        *variant_dropdown;
  GtkLabel           *total_label;
  GtkListBox         *segment_list;
  GtkStack           *editor_stack;
  AdwBin             *editor_slot;
  GtkWidget          *status_box;
  CorroClipState     *clip_state;
  GtkWidget          *skipped_box;
  GtkLabel           *skipped_label;

  /* child widgets made in code */
  GtkWidget          *title_field;
  CorroSegmentEditor *editor;

  /* owned */
  CorroChapter       *chapter;
  CorroProgramme     *programme;
  char               *language;
  int                 selected;    /* index of the selected segment, or -1 */
};

G_DEFINE_FINAL_TYPE (CorroChapterPage, corro_chapter_page, ADW_TYPE_BIN)

#define NEW_SEGMENT_MINUTES 5

/* helpers */

static const char *
current_variant (CorroChapterPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->variant_dropdown);

  if (self->programme == NULL || selected >= corro_programme_get_n_variants (self->programme))
    return "group";

  return corro_programme_get_variant_id (self->programme, selected);
}

static guint
current_variant_minutes (CorroChapterPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->variant_dropdown);

  if (self->programme == NULL || selected >= corro_programme_get_n_variants (self->programme))
    return 0;

  return corro_programme_get_variant_minutes (self->programme, selected);
}

static guint
n_segments (CorroChapterPage *self)
{
  return g_list_model_get_n_items (corro_chapter_get_segments (self->chapter));
}

static void
update_total (CorroChapterPage *self)
{
  guint total = corro_chapter_get_total_minutes (self->chapter, current_variant (self));
  guint planned = current_variant_minutes (self);
  g_autofree char *text = NULL;

  /* Translators: the minutes of all segments against the session's length */
  text = g_strdup_printf (_("%u of %u min"), total, planned);
  gtk_label_set_label (self->total_label, text);

  if (total > planned)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->total_label),
                                   _("The plan is longer than the session"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->total_label), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->total_label), NULL);
    }
}

static void
update_status_box (CorroChapterPage *self)
{
  gtk_widget_set_visible (self->status_box, gtk_widget_get_visible (GTK_WIDGET (self->clip_state)) ||
                                            gtk_widget_get_visible (self->skipped_box));
}

/* A segment with no minutes at this length is left out of presenting it (unless no
 * segment has minutes, when all are shown): said here, so that it is never silent. */
static void
update_skipped (CorroChapterPage *self)
{
  GListModel *segments = corro_chapter_get_segments (self->chapter);
  const char *variant = current_variant (self);
  guint n = g_list_model_get_n_items (segments);
  guint n_skipped = 0;
  g_autoptr(CorroSegment) first = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);

      if (corro_segment_get_minutes (segment, variant) == 0)
        {
          if (first == NULL)
            first = g_object_ref (segment);
          n_skipped++;
        }
    }

  if (n_skipped > 0 && n_skipped < n)
    {
      const char *title = corro_segment_get_title (first, self->language);

      if (n_skipped == 1 && title[0] != '\0')
        /* Translators: %s is a segment's title */
        text = g_strdup_printf (_("“%s” has 0 minutes at this length, so it will not be "
                                  "presented. Give it minutes to present it."), title);
      else
        text = g_strdup_printf (ngettext ("%u segment has 0 minutes at this length, so it "
                                          "will not be presented. Give it minutes to present "
                                          "it.",
                                          "%u segments have 0 minutes at this length, so they "
                                          "will not be presented. Give them minutes to present "
                                          "them.", n_skipped), n_skipped);
    }

  gtk_label_set_label (self->skipped_label, text);
  gtk_widget_set_visible (self->skipped_box, text != NULL);
  update_status_box (self);
}

static CorroStore *
find_store (CorroChapterPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;

  return app != NULL ? corro_application_get_store (CORRO_APPLICATION (app)) : NULL;
}

/* The chapter's clips, looked at in the background: ready, or how many are not. */
static void
update_clip_state (CorroChapterPage *self)
{
  corro_clip_state_check (self->clip_state, find_store (self), self->programme, self->chapter,
                          current_variant (self), self->language, NULL);
}

static void
update_actions (CorroChapterPage *self)
{
  guint n = n_segments (self);
  gboolean has_selection = self->selected >= 0 && (guint) self->selected < n;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.undo",
                                 corro_chapter_get_can_undo (self->chapter));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.redo",
                                 corro_chapter_get_can_redo (self->chapter));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.remove-segment", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.duplicate-segment", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-up",
                                 has_selection && self->selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-down",
                                 has_selection && (guint) self->selected + 1 < n);
}

static void
select_index (CorroChapterPage *self,
              int               index)
{
  GtkListBoxRow *row = index >= 0 ? gtk_list_box_get_row_at_index (self->segment_list, index)
                                  : NULL;

  gtk_list_box_select_row (self->segment_list, row);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Moving by drag and drop: a row offers its index, and a row that receives one moves
 * that segment to its own place. */
static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_UINT,
                                         (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static gboolean
on_drop_cb (GtkDropTarget    *target,
            const GValue     *value,
            double            x,
            double            y,
            CorroChapterPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  guint from = g_value_get_uint (value);
  int to = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  if (to < 0 || from >= n_segments (self))
    return FALSE;

  corro_chapter_move_segment (self->chapter, from, (guint) to);
  select_index (self, to);
  return TRUE;
}

static GtkWidget *
create_segment_row (gpointer item,
                    gpointer user_data)
{
  CorroChapterPage *self = user_data;
  GtkWidget *row = corro_segment_row_new (CORRO_SEGMENT (item), self->language,
                                          current_variant (self));
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

static void
bind_segments (CorroChapterPage *self)
{
  gtk_list_box_bind_model (self->segment_list, corro_chapter_get_segments (self->chapter),
                           create_segment_row, self, NULL);
}

/* callbacks */

static void
on_segment_list_row_selected_cb (CorroChapterPage *self,
                                 GtkListBoxRow    *row)
{
  CorroSegment *segment = row != NULL ? corro_segment_row_get_segment (CORRO_SEGMENT_ROW (row))
                                      : NULL;

  /* Rows go on being removed while the page is disposed. */
  if (self->editor_stack == NULL)
    return;

  /* While rows are rebuilt the list briefly selects nothing; keep the index. */
  if (row != NULL)
    self->selected = gtk_list_box_row_get_index (row);

  corro_segment_editor_set_segment (self->editor, segment, self->programme);
  gtk_stack_set_visible_child_name (self->editor_stack, segment != NULL ? "editor" : "empty");
  update_actions (self);
}

static void
on_segments_items_changed_cb (CorroChapterPage *self,
                              guint             position,
                              guint             removed,
                              guint             added)
{
  guint n = n_segments (self);

  if (self->segment_list == NULL)
    return;

  /* Rows were rebuilt (an undo, a move, a removal): select what stands in the same place. */
  if (self->selected >= (int) n)
    self->selected = (int) n - 1;
  select_index (self, self->selected);
}

static void
on_chapter_changed_cb (CorroChapterPage *self)
{
  update_total (self);
  update_actions (self);
  update_skipped (self);
}

static void
on_variant_dropdown_selected_cb (CorroChapterPage *self)
{
  GtkListBoxRow *row;

  if (self->chapter == NULL)
    return;

  /* Rows show the minutes of the chosen length. */
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->segment_list, i)); i++)
    corro_segment_row_set_variant (CORRO_SEGMENT_ROW (row), current_variant (self));
  update_total (self);
  update_skipped (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_clip_state (self);
}

/* actions */

static void
corro_chapter_page_add_segment_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  CorroChapterPage *self = CORRO_CHAPTER_PAGE (widget);
  g_autoptr(CorroSegment) segment = NULL;
  CorroSegmentKind kind;
  guint position;

  if (!corro_segment_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;

  /* A new segment is planned for every session length: with 0 minutes it would be left
   * out of presenting. */
  segment = corro_segment_new (kind);
  for (guint i = 0; i < corro_programme_get_n_variants (self->programme); i++)
    corro_segment_set_minutes (segment, corro_programme_get_variant_id (self->programme, i),
                               NEW_SEGMENT_MINUTES);
  position = self->selected >= 0 ? (guint) self->selected + 1 : n_segments (self);
  self->selected = (int) position;
  corro_chapter_insert_segment (self->chapter, position, segment);
  select_index (self, (int) position);
}

static void
corro_chapter_page_remove_segment_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  CorroChapterPage *self = CORRO_CHAPTER_PAGE (widget);

  if (self->selected >= 0 && (guint) self->selected < n_segments (self))
    corro_chapter_remove_segment (self->chapter, (guint) self->selected);
}

static void
corro_chapter_page_duplicate_segment_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *parameter)
{
  CorroChapterPage *self = CORRO_CHAPTER_PAGE (widget);
  guint copy;

  if (self->selected < 0 || (guint) self->selected >= n_segments (self))
    return;

  copy = corro_chapter_duplicate_segment (self->chapter, (guint) self->selected);
  self->selected = (int) copy;
  select_index (self, (int) copy);
}

static void
corro_chapter_page_move_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CorroChapterPage *self = CORRO_CHAPTER_PAGE (widget);
  gboolean up = g_str_equal (action_name, "plan.move-up");
  int to;

  if (self->selected < 0)
    return;

  to = self->selected + (up ? -1 : 1);
  if (to < 0 || (guint) to >= n_segments (self))
    return;

  corro_chapter_move_segment (self->chapter, (guint) self->selected, (guint) to);
  self->selected = to;
  select_index (self, to);
}

static void
on_preflight_proceed_cb (CorroChapterPage     *self,
                         CorroPreflightDialog *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;
  const char *language = g_object_get_data (G_OBJECT (dialog), "language");

  /* A rehearsal: presented in full, but not recorded as a group's session. */
  if (app != NULL)
    corro_application_present (CORRO_APPLICATION (app), self->programme, self->chapter,
                               g_object_get_data (G_OBJECT (dialog), "variant"), language);
}

static void
corro_chapter_page_present_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  CorroChapterPage *self = CORRO_CHAPTER_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;
  const char *language = g_variant_get_string (parameter, NULL);
  CorroPreflightDialog *dialog;

  if (app == NULL)
    return;

  language = language[0] != '\0' ? language : self->language;

  /* The chapter's clips are checked first; presenting starts at once when all are ready. */
  dialog = corro_preflight_dialog_new (GTK_WINDOW (root),
                                       corro_application_get_store (CORRO_APPLICATION (app)),
                                       self->programme, self->chapter, current_variant (self),
                                       language, TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "language", g_strdup (language), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "variant", g_strdup (current_variant (self)),
                          g_free);
  g_signal_connect_object (dialog, "proceed", G_CALLBACK (on_preflight_proceed_cb), self,
                           G_CONNECT_SWAPPED);
  corro_preflight_dialog_start (dialog);
}

static void
corro_chapter_page_check_clips_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  CorroChapterPage *self = CORRO_CHAPTER_PAGE (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->clip_state), "clip-state.check", NULL);
}

/* What a segment holds, to tell which one an undo or redo changed. */
static char *
fingerprint (CorroSegment *segment)
{
  g_auto(GStrv) variants = corro_segment_dup_variants (segment);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *languages[] = { "en", "es" };

  g_string_append_printf (text, "%d|%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%u",
                          corro_segment_get_kind (segment),
                          corro_segment_get_clip_key (segment) != NULL
                          ? corro_segment_get_clip_key (segment) : "",
                          corro_segment_get_clip_in (segment),
                          corro_segment_get_clip_out (segment),
                          g_list_model_get_n_items (corro_segment_get_pause_points (segment)));
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    g_string_append_printf (text, "|%s|%s|%s", corro_segment_get_title (segment, languages[i]),
                            corro_segment_get_notes (segment, languages[i]),
                            corro_segment_get_prompt (segment, languages[i]));
  for (guint i = 0; variants[i] != NULL; i++)
    g_string_append_printf (text, "|%s=%u", variants[i],
                            corro_segment_get_minutes (segment, variants[i]));
  for (guint i = 0; i < g_list_model_get_n_items (corro_segment_get_pause_points (segment)); i++)
    {
      g_autoptr(CorroPausePoint) point =
        g_list_model_get_item (corro_segment_get_pause_points (segment), i);

      g_string_append_printf (text, "|%" G_GINT64_FORMAT "|%s|%s",
                              corro_pause_point_get_at (point),
                              corro_pause_point_get_prompt (point, "en"),
                              corro_pause_point_get_prompt (point, "es"));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GPtrArray *
dup_fingerprints (CorroChapterPage *self)
{
  GPtrArray *prints = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_segments (self); i++)
    {
      g_autoptr(CorroSegment) segment =
        g_list_model_get_item (corro_chapter_get_segments (self->chapter), i);

      g_ptr_array_add (prints, fingerprint (segment));
    }

  return prints;
}

static void
corro_chapter_page_history_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  CorroChapterPage *self = CORRO_CHAPTER_PAGE (widget);
  g_autoptr(GPtrArray) before = dup_fingerprints (self);
  g_autoptr(GPtrArray) after = NULL;
  gboolean done;
  guint changed;

  if (g_str_equal (action_name, "plan.undo"))
    done = corro_chapter_undo (self->chapter);
  else
    done = corro_chapter_redo (self->chapter);
  if (!done)
    return;

  /* The selection follows what was restored, so that the next thing typed goes into the
   * segment the facilitator sees changed back, not into the one selected before. */
  after = dup_fingerprints (self);
  for (changed = 0; changed < before->len && changed < after->len; changed++)
    if (!g_str_equal (g_ptr_array_index (before, changed), g_ptr_array_index (after, changed)))
      break;
  if (changed >= after->len)
    {
      if (before->len == after->len)
        return;   /* only the chapter's own title changed */
      changed = after->len > 0 ? after->len - 1 : 0;
    }
  if (after->len == 0)
    return;

  self->selected = (int) changed;
  select_index (self, (int) changed);
}

/* Ctrl+Z in a text field undoes the typing there (the field's own undo); elsewhere it
 * undoes the last change to the plan. */
static gboolean
on_undo_key_cb (GtkWidget *widget,
                GVariant  *arguments,
                gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus))
    return FALSE;

  gtk_widget_activate_action (widget, g_variant_get_boolean (arguments) ? "plan.redo"
                                                                        : "plan.undo", NULL);
  return TRUE;
}

/* Tab and Shift+Tab leave the segment list at once, instead of selecting each row on
 * the way through it. */
static gboolean
on_segment_list_key_pressed_cb (GtkEventControllerKey *controller,
                                guint                  keyval,
                                guint                  keycode,
                                GdkModifierType        state,
                                CorroChapterPage      *self)
{
  GtkWidget *target;

  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_ISO_Left_Tab && keyval != GDK_KEY_KP_Tab)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  if (keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) != 0)
    target = GTK_WIDGET (self->variant_dropdown);
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->editor_stack), "editor") == 0)
    target = GTK_WIDGET (self->editor);
  else
    target = GTK_WIDGET (self->editor_stack);

  if (!gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (target);
  return TRUE;
}

/* vfuncs */

static void
corro_chapter_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (corro_chapter_page_parent_class)->map (widget);

  /* Not the title's entry, which would select its text for the next key to replace. */
  corro_chapter_page_focus_start (CORRO_CHAPTER_PAGE (widget));
  update_clip_state (CORRO_CHAPTER_PAGE (widget));
}

/* GObject */

static void
corro_chapter_page_dispose (GObject *object)
{
  CorroChapterPage *self = (CorroChapterPage *) object;

  if (self->chapter != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chapter, self);
      g_signal_handlers_disconnect_by_data (corro_chapter_get_segments (self->chapter), self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_CHAPTER_PAGE);
  g_clear_object (&self->chapter);
  g_clear_object (&self->programme);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (corro_chapter_page_parent_class)->dispose (object);
}

static void
corro_chapter_page_class_init (CorroChapterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_chapter_page_dispose;
  widget_class->map = corro_chapter_page_map;

  g_type_ensure (CORRO_TYPE_CLIP_STATE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-chapter-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, title_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, variant_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, segment_list);
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, editor_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, status_box);
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, clip_state);
  gtk_widget_class_bind_template_callback (widget_class, update_status_box);
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, skipped_box);
  gtk_widget_class_bind_template_child (widget_class, CorroChapterPage, skipped_label);
  gtk_widget_class_bind_template_callback (widget_class, on_segment_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_variant_dropdown_selected_cb);

  gtk_widget_class_install_action (widget_class, "plan.add-segment", "s",
                                   corro_chapter_page_add_segment_action);
  gtk_widget_class_install_action (widget_class, "plan.remove-segment", NULL,
                                   corro_chapter_page_remove_segment_action);
  gtk_widget_class_install_action (widget_class, "plan.duplicate-segment", NULL,
                                   corro_chapter_page_duplicate_segment_action);
  gtk_widget_class_install_action (widget_class, "plan.move-up", NULL,
                                   corro_chapter_page_move_action);
  gtk_widget_class_install_action (widget_class, "plan.move-down", NULL,
                                   corro_chapter_page_move_action);
  gtk_widget_class_install_action (widget_class, "plan.present", "s",
                                   corro_chapter_page_present_action);
  gtk_widget_class_install_action (widget_class, "plan.check-clips", NULL,
                                   corro_chapter_page_check_clips_action);
  gtk_widget_class_install_action (widget_class, "plan.undo", NULL,
                                   corro_chapter_page_history_action);
  gtk_widget_class_install_action (widget_class, "plan.redo", NULL,
                                   corro_chapter_page_history_action);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, on_undo_key_cb,
                                "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                on_undo_key_cb, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                on_undo_key_cb, "b", TRUE);
  /* Back to the chapter list. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "plan.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "plan.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "plan.duplicate-segment", NULL);
}

static void
corro_chapter_page_init (CorroChapterPage *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->selected = -1;

  self->title_field = corro_bilingual_field_new (_("Chapter title"), FALSE);
  gtk_box_append (self->title_slot, self->title_field);
  self->editor = CORRO_SEGMENT_EDITOR (corro_segment_editor_new ());
  adw_bin_set_child (self->editor_slot, GTK_WIDGET (self->editor));

  /* Delete removes a segment only while the list has the focus, not while typing. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("plan.remove-segment")));
  gtk_widget_add_controller (GTK_WIDGET (self->segment_list), keys);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_segment_list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->segment_list), keys);
}

/* public API */

/**
 * corro_chapter_page_new:
 * @language: the content language
 */
GtkWidget *
corro_chapter_page_new (CorroChapter   *chapter,
                        CorroProgramme *programme,
                        const char     *language)
{
  CorroChapterPage *self;
  g_autoptr(GtkStringList) variants = gtk_string_list_new (NULL);
  guint n_variants;

  g_return_val_if_fail (CORRO_IS_CHAPTER (chapter), NULL);
  g_return_val_if_fail (CORRO_IS_PROGRAMME (programme), NULL);

  self = g_object_new (CORRO_TYPE_CHAPTER_PAGE, NULL);
  self->chapter = g_object_ref (chapter);
  self->programme = g_object_ref (programme);
  self->language = g_strdup (language);

  n_variants = corro_programme_get_n_variants (programme);
  for (guint i = 0; i < n_variants; i++)
    gtk_string_list_append (variants, corro_programme_get_variant_title (programme, i, language));
  gtk_drop_down_set_model (self->variant_dropdown, G_LIST_MODEL (variants));

  corro_bilingual_field_bind (CORRO_BILINGUAL_FIELD (self->title_field), G_OBJECT (chapter),
                              "title");
  bind_segments (self);

  g_signal_connect_object (chapter, "changed",
                           G_CALLBACK (on_chapter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (corro_chapter_get_segments (chapter), "items-changed",
                           G_CALLBACK (on_segments_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  update_total (self);
  update_actions (self);
  update_skipped (self);
  return GTK_WIDGET (self);
}

/**
 * corro_chapter_page_get_chapter:
 *
 * Returns: (transfer none): the chapter shown
 */
CorroChapter *
corro_chapter_page_get_chapter (CorroChapterPage *self)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER_PAGE (self), NULL);

  return self->chapter;
}

/**
 * corro_chapter_page_get_selected:
 *
 * Returns: the index of the selected segment, or -1
 */
int
corro_chapter_page_get_selected (CorroChapterPage *self)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER_PAGE (self), -1);

  return self->selected;
}

void
corro_chapter_page_select (CorroChapterPage *self,
                           int               index)
{
  g_return_if_fail (CORRO_IS_CHAPTER_PAGE (self));

  self->selected = index;
  select_index (self, index);
}

/**
 * corro_chapter_page_focus_start:
 *
 * Gives the keyboard to the first segment, selecting nothing: a key pressed by accident
 * then changes no text.
 */
void
corro_chapter_page_focus_start (CorroChapterPage *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (CORRO_IS_CHAPTER_PAGE (self));

  row = gtk_list_box_get_row_at_index (self->segment_list, 0);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->variant_dropdown));
}
