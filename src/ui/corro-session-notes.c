/* corro-session-notes.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-session-notes"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-group.h"
#include "corro-labels.h"
#include "corro-note-editor.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-reflection.h"
#include "corro-session.h"
#include "corro-session-notes.h"

/* The notes tab of a session: the note on the session and the group process, a note
 * on each participant, and, in a section of its own, the facilitator's reflection for
 * supervision. The families' records and the supervision notes are read apart, as
 * the records keep them; a note not written yet is kept from its first word. */
struct _CorroSessionNotes
{
  AdwBin          parent_instance;

  /* template widgets */
  AdwStatusPage  *error_page;
  AdwBin         *session_slot;
  GtkBox         *participants_box;
  AdwBin         *self_slot;

  /* owned */
  CorroRecords   *records;
  CorroGroup     *group;
  CorroSession   *session;
  GHashTable     *participant_notes;     /* participant id → CorroReflection */

  /* borrowed: the editors are children of the slots and the box */
  CorroNoteEditor *session_editor;
  CorroNoteEditor *self_editor;
  GHashTable      *participant_editors;  /* participant id → CorroNoteEditor */
};

G_DEFINE_FINAL_TYPE (CorroSessionNotes, corro_session_notes, ADW_TYPE_BIN)

/* helpers */

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static CorroReflection *
find_or_new (GListModel          *notes,
             CorroReflectionKind  kind,
             gint64               session_id)
{
  guint n = notes != NULL ? g_list_model_get_n_items (notes) : 0;

  /* The oldest note of the kind is the one written here. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroReflection) note = g_list_model_get_item (notes, i);

      if (corro_reflection_get_kind (note) == kind)
        return g_steal_pointer (&note);
    }

  return corro_reflection_new (kind, session_id, 0);
}

static GtkWidget *
create_participant_editor (CorroSessionNotes *self,
                           CorroParticipant  *participant)
{
  gint64 id = corro_participant_get_id (participant);
  CorroReflection *note = g_hash_table_lookup (self->participant_notes, &id);
  g_autoptr(CorroReflection) new_note = NULL;
  CorroRelationship relationship = corro_participant_get_relationship (participant);

  if (note == NULL)
    note = new_note = corro_reflection_new (CORRO_REFLECTION_PARTICIPANT,
                                            corro_session_get_id (self->session), id);

  return corro_note_editor_new (self->records, note, corro_participant_get_name (participant),
                                relationship != CORRO_RELATIONSHIP_UNKNOWN
                                ? corro_label_relationship (relationship) : NULL);
}

/* One editor per participant, in the group's order; an editor whose participant left
 * the list goes (saving what was typed), the others are kept as they are. */
static void
update_participants (CorroSessionNotes *self)
{
  GListModel *participants = corro_group_get_participants (self->group);
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  GtkWidget *previous = NULL;
  gpointer editor;

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(CorroParticipant) participant = g_list_model_get_item (participants, i);
      gint64 id = corro_participant_get_id (participant);

      editor = g_hash_table_lookup (self->participant_editors, &id);
      if (editor == NULL)
        {
          editor = create_participant_editor (self, participant);
          g_hash_table_insert (self->participant_editors, dup_id (id), editor);
          gtk_box_append (self->participants_box, editor);
        }
      gtk_box_reorder_child_after (self->participants_box, editor, previous);
      previous = editor;
      g_hash_table_add (kept, editor);
    }

  g_hash_table_iter_init (&iter, self->participant_editors);
  while (g_hash_table_iter_next (&iter, NULL, &editor))
    {
      if (!g_hash_table_contains (kept, editor))
        {
          gtk_box_remove (self->participants_box, editor);
          g_hash_table_iter_remove (&iter);
        }
    }
}

static gboolean
load (CorroSessionNotes  *self,
      GError            **error)
{
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GListModel) supervision = NULL;
  g_autoptr(CorroReflection) session_note = NULL;
  g_autoptr(CorroReflection) self_note = NULL;
  gint64 session_id = corro_session_get_id (self->session);

  if (!(records = corro_records_load_session_notes (self->records, self->session,
                                                    CORRO_NOTE_SCOPE_RECORDS, error)) ||
      !(supervision = corro_records_load_session_notes (self->records, self->session,
                                                        CORRO_NOTE_SCOPE_SUPERVISION, error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(CorroReflection) note = g_list_model_get_item (records, i);
      gint64 participant_id = corro_reflection_get_participant_id (note);

      if (corro_reflection_get_kind (note) == CORRO_REFLECTION_PARTICIPANT &&
          !g_hash_table_contains (self->participant_notes, &participant_id))
        g_hash_table_insert (self->participant_notes, dup_id (participant_id),
                             g_steal_pointer (&note));
    }

  session_note = find_or_new (records, CORRO_REFLECTION_SESSION, session_id);
  self->session_editor = CORRO_NOTE_EDITOR (corro_note_editor_new (self->records, session_note,
                                                                   NULL, NULL));
  adw_bin_set_child (self->session_slot, GTK_WIDGET (self->session_editor));

  self_note = find_or_new (supervision, CORRO_REFLECTION_SELF, session_id);
  self->self_editor = CORRO_NOTE_EDITOR (corro_note_editor_new (self->records, self_note,
                                                                NULL, NULL));
  adw_bin_set_child (self->self_slot, GTK_WIDGET (self->self_editor));

  update_participants (self);
  return TRUE;
}

/* callbacks */

static void
on_participants_items_changed_cb (CorroSessionNotes *self)
{
  if (self->participants_box == NULL)
    return;

  update_participants (self);
}

/* GObject */

static void
corro_session_notes_dispose (GObject *object)
{
  CorroSessionNotes *self = (CorroSessionNotes *) object;

  if (self->group != NULL)
    g_signal_handlers_disconnect_by_data (corro_group_get_participants (self->group), self);
  self->session_editor = NULL;
  self->self_editor = NULL;
  g_clear_pointer (&self->participant_editors, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_SESSION_NOTES);
  g_clear_pointer (&self->participant_notes, g_hash_table_unref);
  g_clear_object (&self->records);
  g_clear_object (&self->group);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (corro_session_notes_parent_class)->dispose (object);
}

static void
corro_session_notes_class_init (CorroSessionNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_session_notes_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-session-notes.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroSessionNotes, error_page);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionNotes, session_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionNotes, participants_box);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionNotes, self_slot);
}

static void
corro_session_notes_init (CorroSessionNotes *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->participant_notes = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                   g_free, g_object_unref);
  self->participant_editors = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                     g_free, NULL);
}

/* public API */

GtkWidget *
corro_session_notes_new (CorroRecords *records,
                         CorroGroup   *group,
                         CorroSession *session)
{
  CorroSessionNotes *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);
  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);
  g_return_val_if_fail (CORRO_IS_SESSION (session), NULL);

  self = g_object_new (CORRO_TYPE_SESSION_NOTES, NULL);
  self->records = g_object_ref (records);
  self->group = g_object_ref (group);
  self->session = g_object_ref (session);

  /* Notes that cannot be read are not written over: nothing is offered to type in. */
  if (!load (self, &error))
    {
      g_message ("Could not read the notes on session %" G_GINT64_FORMAT ": %s",
                 corro_session_get_id (session), error->message);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))), "error");
      return GTK_WIDGET (self);
    }

  g_signal_connect_object (corro_group_get_participants (group), "items-changed",
                           G_CALLBACK (on_participants_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  return GTK_WIDGET (self);
}

/**
 * corro_session_notes_get_editor:
 * @kind: %CORRO_REFLECTION_SESSION, %CORRO_REFLECTION_PARTICIPANT or
 *   %CORRO_REFLECTION_SELF
 * @participant_id: whose note, for %CORRO_REFLECTION_PARTICIPANT
 *
 * Returns: (transfer none) (nullable): the #CorroNoteEditor of that note
 */
GtkWidget *
corro_session_notes_get_editor (CorroSessionNotes   *self,
                                CorroReflectionKind  kind,
                                gint64               participant_id)
{
  g_return_val_if_fail (CORRO_IS_SESSION_NOTES (self), NULL);

  switch (kind)
    {
    case CORRO_REFLECTION_SESSION:
      return GTK_WIDGET (self->session_editor);
    case CORRO_REFLECTION_SELF:
      return GTK_WIDGET (self->self_editor);
    case CORRO_REFLECTION_PARTICIPANT:
      return g_hash_table_lookup (self->participant_editors, &participant_id);
    case CORRO_REFLECTION_FIDELITY:
    default:
      return NULL;
    }
}

/**
 * corro_session_notes_save:
 *
 * Saves every note now, without waiting for the pause after the last key.
 *
 * Returns: whether everything typed is saved
 */
gboolean
corro_session_notes_save (CorroSessionNotes *self)
{
  GHashTableIter iter;
  gpointer editor;
  gboolean saved = TRUE;

  g_return_val_if_fail (CORRO_IS_SESSION_NOTES (self), FALSE);

  if (self->session_editor != NULL)
    saved &= corro_note_editor_save (self->session_editor);
  if (self->self_editor != NULL)
    saved &= corro_note_editor_save (self->self_editor);

  g_hash_table_iter_init (&iter, self->participant_editors);
  while (g_hash_table_iter_next (&iter, NULL, &editor))
    saved &= corro_note_editor_save (CORRO_NOTE_EDITOR (editor));

  return saved;
}
