/* corro-note-editor.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-note-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-addendum.h"
#include "corro-labels.h"
#include "corro-note-editor.h"
#include "corro-records.h"
#include "corro-reflection.h"
#include "corro-typed-text.h"

/* One note, written as a draft and saved as it is typed: half a second after the last
 * key, and at least once a second while typing goes on, so that a crash loses at most
 * the last second; also when the text view loses the focus and when the editor goes
 * away. A save that fails says why and keeps the text; the next key tries again.
 * Once finalised (after a confirmation) the note is read-only and grows only by dated
 * addenda, written below it. */

#define SAVE_DELAY_MS 500
#define SAVE_MAX_WAIT_MS 1000

typedef enum
{
  SAVE_STATE_CLEAN,
  SAVE_STATE_PENDING,
  SAVE_STATE_SAVED,
  SAVE_STATE_FAILED,
} SaveState;

struct _CorroNoteEditor
{
  AdwBin           parent_instance;

  /* template widgets */
  GtkBox          *header_box;
  GtkLabel        *title_label;
  GtkLabel        *subtitle_label;
  GtkTextView     *text_view;
  GtkTextBuffer   *buffer;
  GtkLabel        *placeholder_label;
  GtkImage        *status_icon;
  GtkStack        *status_stack;
  GtkLabel        *status_label;
  GtkButton       *finalise_button;
  GtkButton       *addendum_button;
  GtkListBox      *addenda_list;
  GtkRevealer     *composer_revealer;
  GtkTextView     *composer_view;
  GtkTextBuffer   *composer_buffer;

  /* owned */
  CorroRecords    *records;
  CorroReflection *reflection;
  char            *error_message;
  guint            save_source;
  guint            draft_source;    /* saves the half-typed addendum */
  gint64           dirty_since;     /* monotonic time of the first unsaved change, or 0 */
  SaveState        state;
  gboolean         loading;
};

G_DEFINE_FINAL_TYPE (CorroNoteEditor, corro_note_editor, ADW_TYPE_BIN)

/* helpers */

static char *
dup_local_time (const char *iso)
{
  g_autoptr(GDateTime) utc = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (utc == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (utc);
  day = g_date_time_format (local, "%Y-%m-%d");
  date = corro_label_date (day);
  time = g_date_time_format (local, "%H:%M");

  /* Translators: a date, then a time of day, e.g. "Tue 4 Mar 2025, 17:04" */
  return g_strdup_printf (_("%s, %s"), date, time);
}

static char *
dup_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
is_finalised (CorroNoteEditor *self)
{
  return corro_reflection_get_finalised (self->reflection);
}

/* While a person types, the status only switches between the stack's "saving" and
 * "saved" pages; other states write their text into its "other" page. */
static void
update_status (CorroNoteEditor *self)
{
  GtkWidget *label = GTK_WIDGET (self->status_label);
  g_autofree char *text = NULL;
  const char *icon = NULL;

  if (!is_finalised (self) &&
      (self->state == SAVE_STATE_PENDING || self->state == SAVE_STATE_SAVED ||
       (self->state == SAVE_STATE_CLEAN && corro_reflection_get_id (self->reflection) != 0)))
    {
      gtk_stack_set_visible_child_name (self->status_stack,
                                        self->state == SAVE_STATE_PENDING ? "saving" : "saved");
      return;
    }

  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");

  if (is_finalised (self))
    {
      g_autofree char *when = dup_local_time (corro_reflection_get_finalised_at (self->reflection));

      const char *by = corro_reflection_get_finalised_by (self->reflection);

      if (by != NULL)
        /* Translators: a date and time, e.g. "Tue 4 Mar 2025, 17:04", then who finalised
         * the note, e.g. "Finalised Tue 4 Mar 2025, 17:04 by Ana Ruiz" */
        text = g_strdup_printf (_("Finalised %s by %s"), when, by);
      else
        /* Translators: %s is a date and time, e.g. "Tue 4 Mar 2025, 17:04" */
        text = g_strdup_printf (_("Finalised %s"), when);
      icon = "changes-prevent-symbolic";
    }
  else if (self->state == SAVE_STATE_FAILED)
    {
      /* Translators: %s says what went wrong */
      text = g_strdup_printf (_("Not saved. %s Your text stays here and is saved again "
                                "as you type."), self->error_message);
      icon = "dialog-warning-symbolic";
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "error");
    }
  else
    text = g_strdup (_("Saved as you type"));

  gtk_label_set_label (self->status_label, text);
  gtk_image_set_from_icon_name (self->status_icon, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), icon != NULL);
  gtk_stack_set_visible_child_name (self->status_stack, "other");
}

static void
update_actions (CorroNoteEditor *self)
{
  gboolean finalised = is_finalised (self);
  gboolean has_text = gtk_text_buffer_get_char_count (self->buffer) > 0;
  gboolean composing = gtk_revealer_get_reveal_child (self->composer_revealer);
  gboolean has_addendum = gtk_text_buffer_get_char_count (self->composer_buffer) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note.finalise", !finalised && has_text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note.add-addendum",
                                 finalised && !composing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note.save-addendum",
                                 finalised && has_addendum);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note.cancel-addendum", composing);
}

static void
update_finalised (CorroNoteEditor *self)
{
  gboolean finalised = is_finalised (self);

  gtk_text_view_set_editable (self->text_view, !finalised);
  gtk_text_view_set_cursor_visible (self->text_view, !finalised);
  gtk_widget_set_visible (GTK_WIDGET (self->finalise_button), !finalised);
  gtk_widget_set_visible (GTK_WIDGET (self->addendum_button), finalised);
  if (finalised)
    gtk_widget_add_css_class (GTK_WIDGET (self), "finalised");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "finalised");

  update_status (self);
  update_actions (self);
}

static void
update_placeholder (CorroNoteEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->placeholder_label),
                          gtk_text_buffer_get_char_count (self->buffer) == 0 &&
                          !is_finalised (self));
}

static gboolean
on_save_timeout_cb (gpointer user_data)
{
  CorroNoteEditor *self = user_data;

  self->save_source = 0;
  corro_note_editor_save (self);
  return G_SOURCE_REMOVE;
}

/* Half a second after the last key, but never more than a second after the first
 * change not yet saved. */
static void
schedule_save (CorroNoteEditor *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 waited_ms;
  guint delay;

  if (self->dirty_since == 0)
    self->dirty_since = now;

  waited_ms = (now - self->dirty_since) / 1000;
  delay = (guint) CLAMP (SAVE_MAX_WAIT_MS - waited_ms, 0, SAVE_DELAY_MS);

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (delay, on_save_timeout_cb, self);
}

static GtkWidget *
create_addendum_row (gpointer item,
                     gpointer user_data)
{
  CorroAddendum *addendum = CORRO_ADDENDUM (item);
  g_autofree char *when = dup_local_time (corro_addendum_get_created_at (addendum));
  g_autofree char *heading = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (corro_addendum_get_text (addendum));

  /* Translators: %s is a date and time, e.g. "Tue 4 Mar 2025, 17:04" */
  heading = g_strdup_printf (_("Addendum, %s"), when);
  gtk_label_set_label (GTK_LABEL (date), heading);
  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_widget_add_css_class (date, "caption-heading");
  gtk_widget_add_css_class (date, "dim-label");

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);

  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (box, "addendum");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);

  return row;
}

static void
update_addenda (CorroNoteEditor *self)
{
  GListModel *addenda = corro_reflection_get_addenda (self->reflection);

  gtk_widget_set_visible (GTK_WIDGET (self->addenda_list), g_list_model_get_n_items (addenda) > 0);
}

static void
close_composer (CorroNoteEditor *self)
{
  gtk_text_buffer_set_text (self->composer_buffer, "", -1);
  gtk_revealer_set_reveal_child (self->composer_revealer, FALSE);
  update_actions (self);
}

/* What the empty note invites, and what a screen reader calls it. */
static void
set_kind_texts (CorroNoteEditor *self,
                const char      *title)
{
  g_autofree char *name = NULL;
  const char *placeholder;

  switch (corro_reflection_get_kind (self->reflection))
    {
    case CORRO_REFLECTION_SESSION:
      placeholder = _("How did the session go? The group process, what landed, what to "
                      "pick up next time…");
      name = g_strdup (_("Note on the session"));
      break;
    case CORRO_REFLECTION_PARTICIPANT:
      placeholder = _("What you noticed about this parent or carer today…");
      /* Translators: the name of a note's text for screen readers; %s is a person */
      name = g_strdup_printf (_("Note on %s"), title != NULL ? title : "");
      break;
    case CORRO_REFLECTION_SELF:
      placeholder = _("When did your own shark music play? What helped you stay with the "
                      "group?");
      name = g_strdup (_("Your own reflection"));
      break;
    case CORRO_REFLECTION_FIDELITY:
    default:
      placeholder = _("Notes for fidelity coaching…");
      name = g_strdup (_("Fidelity note"));
      break;
    }

  gtk_label_set_label (self->placeholder_label, placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* callbacks */

static void
on_buffer_changed_cb (CorroNoteEditor *self)
{
  if (self->text_view == NULL)
    return;

  update_placeholder (self);
  update_actions (self);
  if (self->loading || is_finalised (self))
    return;

  if (self->state != SAVE_STATE_FAILED)
    self->state = SAVE_STATE_PENDING;
  schedule_save (self);
  if (self->state == SAVE_STATE_PENDING)
    update_status (self);
}

static void
on_text_focus_leave_cb (CorroNoteEditor *self)
{
  if (self->text_view == NULL)
    return;

  if (self->save_source != 0 || self->state == SAVE_STATE_FAILED)
    corro_note_editor_save (self);
}

/* A half-typed addendum is a draft in the records: leaving the note loses nothing, and
 * it comes back when the note is opened again. */
static gboolean
save_addendum_draft (gpointer data)
{
  CorroNoteEditor *self = data;
  g_autofree char *text = dup_text (self->composer_buffer);
  g_autoptr(GError) error = NULL;

  self->draft_source = 0;
  if (corro_reflection_get_id (self->reflection) == 0 ||
      corro_records_save_addendum_draft (self->records, self->reflection, text, &error))
    return G_SOURCE_REMOVE;

  g_free (self->error_message);
  /* Translators: %s says what went wrong */
  self->error_message = g_strdup_printf (_("The addendum’s draft was not saved: %s"),
                                         error->message);
  gtk_label_set_label (self->status_label, self->error_message);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  return G_SOURCE_REMOVE;
}

static void
on_composer_buffer_changed_cb (CorroNoteEditor *self)
{
  if (self->text_view == NULL)
    return;

  update_actions (self);
  if (self->loading || !is_finalised (self))
    return;
  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add (SAVE_DELAY_MS, save_addendum_draft, self);
}

static void
on_addenda_items_changed_cb (CorroNoteEditor *self)
{
  update_addenda (self);
}

static void
on_finalise_dialog_response_cb (CorroNoteEditor *self,
                                const char      *response)
{
  g_autoptr(GError) error = NULL;

  if (self->text_view == NULL || !g_str_equal (response, "finalise"))
    return;

  /* Anything typed since the question was asked is saved first. */
  if (!corro_note_editor_save (self))
    return;

  if (!corro_records_finalise_reflection (self->records, self->reflection, &error))
    {
      g_free (self->error_message);
      self->error_message = g_strdup (error->message);
      self->state = SAVE_STATE_FAILED;
      update_status (self);
      return;
    }

  update_finalised (self);
  update_placeholder (self);
}

/* actions */

static void
corro_note_editor_finalise_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  CorroNoteEditor *self = CORRO_NOTE_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (!corro_note_editor_save (self) || corro_reflection_get_id (self->reflection) == 0)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Finalise This Note?"),
                                   /* Translators: Finalise is never the word for Close */
                                   _("A finalised note can no longer be changed. Later thoughts "
                                     "and corrections can still be added below it as dated "
                                     "addenda."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "finalise", _("_Finalise"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "finalise",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_finalise_dialog_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
corro_note_editor_add_addendum_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  CorroNoteEditor *self = CORRO_NOTE_EDITOR (widget);

  gtk_revealer_set_reveal_child (self->composer_revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->composer_view));
  update_actions (self);
}

static void
corro_note_editor_save_addendum_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  CorroNoteEditor *self = CORRO_NOTE_EDITOR (widget);
  g_autofree char *text = dup_text (self->composer_buffer);
  g_autoptr(GError) error = NULL;

  g_strstrip (text);
  if (text[0] == '\0')
    return;

  if (corro_records_add_addendum (self->records, self->reflection, text, &error) == NULL)
    {
      g_free (self->error_message);
      /* Translators: %s says what went wrong */
      self->error_message = g_strdup_printf (_("The addendum was not added: %s"), error->message);
      gtk_label_set_label (self->status_label, self->error_message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      return;
    }

  close_composer (self);
  update_status (self);
}

static void
on_discard_addendum_response_cb (CorroNoteEditor *self,
                                 const char      *response)
{
  if (self->text_view == NULL)
    return;

  if (g_str_equal (response, "discard"))
    {
      /* Its draft goes too (a blank draft is none). */
      close_composer (self);
      g_clear_handle_id (&self->draft_source, g_source_remove);
      save_addendum_draft (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->addendum_button));
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->composer_view));
}

/* Cancel, or Escape in the composer: an empty composer closes; typed text is thrown
 * away only when the person says so. */
static void
corro_note_editor_cancel_addendum_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  CorroNoteEditor *self = CORRO_NOTE_EDITOR (widget);
  g_autofree char *text = dup_text (self->composer_buffer);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *question;

  if (g_strstrip (text)[0] == '\0')
    {
      close_composer (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->addendum_button));
      return;
    }

  question = corro_typed_text_new_question (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                            _("The addendum you typed has not been added to "
                                              "the note. Kept, it stays a draft and comes "
                                              "back when the note is opened again."));
  g_signal_connect_object (question, "response",
                           G_CALLBACK (on_discard_addendum_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (question));
}

/* GtkWidget */

static gboolean
corro_note_editor_grab_focus (GtkWidget *widget)
{
  CorroNoteEditor *self = CORRO_NOTE_EDITOR (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* GObject */

static void
corro_note_editor_dispose (GObject *object)
{
  CorroNoteEditor *self = (CorroNoteEditor *) object;

  /* Whatever was typed and not yet saved is saved now. */
  if (self->text_view != NULL && (self->save_source != 0 || self->state == SAVE_STATE_FAILED))
    corro_note_editor_save (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->draft_source != 0)
    {
      g_clear_handle_id (&self->draft_source, g_source_remove);
      save_addendum_draft (self);
    }
  if (self->reflection != NULL)
    g_signal_handlers_disconnect_by_data (corro_reflection_get_addenda (self->reflection), self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_NOTE_EDITOR);
  g_clear_object (&self->records);
  g_clear_object (&self->reflection);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (corro_note_editor_parent_class)->dispose (object);
}

static void
corro_note_editor_class_init (CorroNoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_note_editor_dispose;
  widget_class->grab_focus = corro_note_editor_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-note-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, header_box);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, buffer);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, placeholder_label);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, status_icon);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, status_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, finalise_button);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, addendum_button);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, addenda_list);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, composer_revealer);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, composer_view);
  gtk_widget_class_bind_template_child (widget_class, CorroNoteEditor, composer_buffer);
  gtk_widget_class_bind_template_callback (widget_class, on_buffer_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_composer_buffer_changed_cb);

  gtk_widget_class_install_action (widget_class, "note.finalise", NULL,
                                   corro_note_editor_finalise_action);
  gtk_widget_class_install_action (widget_class, "note.add-addendum", NULL,
                                   corro_note_editor_add_addendum_action);
  gtk_widget_class_install_action (widget_class, "note.save-addendum", NULL,
                                   corro_note_editor_save_addendum_action);
  gtk_widget_class_install_action (widget_class, "note.cancel-addendum", NULL,
                                   corro_note_editor_cancel_addendum_action);
  /* Only while an addendum is being written (the action is off otherwise). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "note.cancel-addendum", NULL);
}

static void
corro_note_editor_init (CorroNoteEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* public API */

/**
 * corro_note_editor_new:
 * @reflection: the note; a new one (id 0) is kept on its first save with text
 * @title: (nullable): a heading inside the editor, e.g. a participant's name
 * @subtitle: (nullable): a line below it
 */
GtkWidget *
corro_note_editor_new (CorroRecords    *records,
                       CorroReflection *reflection,
                       const char      *title,
                       const char      *subtitle)
{
  CorroNoteEditor *self;
  GListModel *addenda;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);
  g_return_val_if_fail (CORRO_IS_REFLECTION (reflection), NULL);

  self = g_object_new (CORRO_TYPE_NOTE_EDITOR, NULL);
  self->records = g_object_ref (records);
  self->reflection = g_object_ref (reflection);

  gtk_widget_set_visible (GTK_WIDGET (self->header_box), title != NULL);
  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  corro_note_editor_set_subtitle (self, subtitle);
  set_kind_texts (self, title);

  self->loading = TRUE;
  gtk_text_buffer_set_text (self->buffer, corro_reflection_get_text (reflection) != NULL
                                          ? corro_reflection_get_text (reflection) : "", -1);
  self->loading = FALSE;

  addenda = corro_reflection_get_addenda (reflection);
  gtk_list_box_bind_model (self->addenda_list, addenda, create_addendum_row, self, NULL);
  g_signal_connect_object (addenda, "items-changed",
                           G_CALLBACK (on_addenda_items_changed_cb), self, G_CONNECT_SWAPPED);

  update_addenda (self);
  update_placeholder (self);
  update_finalised (self);

  /* A half-typed addendum left last time comes back, where it was being written. */
  if (is_finalised (self))
    {
      g_autofree char *draft = corro_records_dup_addendum_draft (records, reflection, NULL);

      if (draft != NULL)
        {
          self->loading = TRUE;
          gtk_text_buffer_set_text (self->composer_buffer, draft, -1);
          self->loading = FALSE;
          gtk_revealer_set_reveal_child (self->composer_revealer, TRUE);
          update_actions (self);
        }
    }

  return GTK_WIDGET (self);
}

/**
 * corro_note_editor_get_reflection:
 *
 * Returns: (transfer none): the note edited
 */
CorroReflection *
corro_note_editor_get_reflection (CorroNoteEditor *self)
{
  g_return_val_if_fail (CORRO_IS_NOTE_EDITOR (self), NULL);

  return self->reflection;
}

/**
 * corro_note_editor_get_buffer:
 *
 * Returns: (transfer none): the note's text as it is being typed
 */
GtkTextBuffer *
corro_note_editor_get_buffer (CorroNoteEditor *self)
{
  g_return_val_if_fail (CORRO_IS_NOTE_EDITOR (self), NULL);

  return self->buffer;
}

/**
 * corro_note_editor_set_subtitle:
 * @subtitle: (nullable): the line below the heading
 */
void
corro_note_editor_set_subtitle (CorroNoteEditor *self,
                                const char      *subtitle)
{
  g_return_if_fail (CORRO_IS_NOTE_EDITOR (self));

  gtk_label_set_label (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label),
                          subtitle != NULL && subtitle[0] != '\0');
}

/**
 * corro_note_editor_save:
 *
 * Saves what has been typed now, without waiting for the pause after the last key.
 *
 * Returns: whether everything typed is saved
 */
gboolean
corro_note_editor_save (CorroNoteEditor *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CORRO_IS_NOTE_EDITOR (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (is_finalised (self) || (self->state != SAVE_STATE_PENDING &&
                              self->state != SAVE_STATE_FAILED))
    return TRUE;

  text = dup_text (self->buffer);
  if (!corro_records_save_reflection (self->records, self->reflection, text, &error))
    {
      g_message ("Could not save note %" G_GINT64_FORMAT ": %s",
                 corro_reflection_get_id (self->reflection), error->message);
      g_free (self->error_message);
      self->error_message = g_strdup (error->message);
      self->state = SAVE_STATE_FAILED;
      self->dirty_since = 0;
      update_status (self);
      return FALSE;
    }

  self->dirty_since = 0;
  self->state = corro_reflection_get_id (self->reflection) != 0 ? SAVE_STATE_SAVED
                                                                 : SAVE_STATE_CLEAN;
  update_status (self);
  return TRUE;
}
