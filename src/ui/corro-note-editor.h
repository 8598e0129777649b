/* corro-note-editor.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_NOTE_EDITOR (corro_note_editor_get_type ())

G_DECLARE_FINAL_TYPE (CorroNoteEditor, corro_note_editor, CORRO, NOTE_EDITOR, AdwBin)

GtkWidget       *corro_note_editor_new            (CorroRecords    *records,
                                                   CorroReflection *reflection,
                                                   const char      *title,
                                                   const char      *subtitle);
CorroReflection *corro_note_editor_get_reflection (CorroNoteEditor *self);
GtkTextBuffer   *corro_note_editor_get_buffer     (CorroNoteEditor *self);
void             corro_note_editor_set_subtitle   (CorroNoteEditor *self,
                                                   const char      *subtitle);
gboolean         corro_note_editor_save           (CorroNoteEditor *self);

G_END_DECLS
