/* corro-participant-import.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-store-people.h"
#include "corro-store-records.h"
#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PARTICIPANT_IMPORT (corro_participant_import_get_type ())

G_DECLARE_FINAL_TYPE (CorroParticipantImport, corro_participant_import,
                      CORRO, PARTICIPANT_IMPORT, GObject)

CorroParticipantImport *corro_participant_import_new       (void);
void                    corro_participant_import_load      (CorroParticipantImport  *self,
                                                            GBytes                  *contents,
                                                            const char              *file_name);
gboolean                corro_participant_import_load_file (CorroParticipantImport  *self,
                                                            GFile                   *file,
                                                            GCancellable            *cancellable,
                                                            GError                 **error);

char                corro_participant_import_get_separator    (CorroParticipantImport *self);
guint               corro_participant_import_get_n_rows       (CorroParticipantImport *self);
guint               corro_participant_import_get_row_line     (CorroParticipantImport *self,
                                                               guint                   row);
const char         *corro_participant_import_get_row_problem  (CorroParticipantImport *self,
                                                               guint                   row);
GListModel         *corro_participant_import_get_participants (CorroParticipantImport *self);
gboolean            corro_participant_import_has_errors       (CorroParticipantImport *self);
const char * const *corro_participant_import_get_errors       (CorroParticipantImport *self);
const char * const *corro_participant_import_get_warnings     (CorroParticipantImport *self);

gboolean corro_participant_import_commit (CorroParticipantImport  *self,
                                          CorroStore              *store,
                                          gint64                   group_id,
                                          const CorroStoreGroup   *new_group,
                                          gint64                  *out_group_id,
                                          GError                 **error);

/* people already in the records */
int      corro_participant_import_find_lookalikes (CorroParticipantImport  *self,
                                                   CorroStore              *store,
                                                   GError                 **error);
const CorroStoreLookalike *
         corro_participant_import_get_row_lookalike (CorroParticipantImport *self,
                                                     guint                   row);
void     corro_participant_import_set_row_link    (CorroParticipantImport  *self,
                                                   guint                    row,
                                                   gboolean                 link);
gboolean corro_participant_import_get_row_link    (CorroParticipantImport  *self,
                                                   guint                    row);
guint    corro_participant_import_get_n_already_in_group (CorroParticipantImport *self);

char     *corro_participant_import_dup_template   (const char    *language);
gboolean  corro_participant_import_write_template (GFile         *file,
                                                   const char    *language,
                                                   GCancellable  *cancellable,
                                                   GError       **error);

G_END_DECLS
