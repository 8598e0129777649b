/* corro-session-notes.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_SESSION_NOTES (corro_session_notes_get_type ())

G_DECLARE_FINAL_TYPE (CorroSessionNotes, corro_session_notes, CORRO, SESSION_NOTES, AdwBin)

GtkWidget *corro_session_notes_new        (CorroRecords        *records,
                                           CorroGroup          *group,
                                           CorroSession        *session);
GtkWidget *corro_session_notes_get_editor (CorroSessionNotes   *self,
                                           CorroReflectionKind  kind,
                                           gint64               participant_id);
gboolean   corro_session_notes_save       (CorroSessionNotes   *self);

G_END_DECLS
