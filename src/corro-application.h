/* corro-application.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_APPLICATION (corro_application_get_type ())

G_DECLARE_FINAL_TYPE (CorroApplication, corro_application, CORRO, APPLICATION, AdwApplication)

CorroApplication *corro_application_new              (void);
GSettings        *corro_application_get_settings     (CorroApplication *self);
CorroStore       *corro_application_get_store        (CorroApplication *self);
CorroProgrammeLibrary *corro_application_get_library (CorroApplication *self);
CorroRecords     *corro_application_get_records      (CorroApplication *self);
char             *corro_application_dup_clip_uri     (CorroApplication *self,
                                                       const char       *key);
CorroPresentation *corro_application_new_session_presentation
                                                      (CorroApplication *self,
                                                       CorroGroup       *group,
                                                       CorroSession     *session);
GtkWindow        *corro_application_present_session  (CorroApplication *self,
                                                       CorroGroup       *group,
                                                       CorroSession     *session);
GtkWindow        *corro_application_present          (CorroApplication *self,
                                                       CorroProgramme   *programme,
                                                       CorroChapter     *chapter,
                                                       const char       *variant,
                                                       const char       *language);
GtkWindow        *corro_application_resume_presenting (CorroApplication *self);
CorroSession     *corro_application_get_resumable_session (CorroApplication *self);
const char       *corro_application_get_database_path (CorroApplication *self);
void              corro_application_set_database_path (CorroApplication *self,
                                                       const char       *path);
void              corro_application_open_store        (CorroApplication *self,
                                                       const char       *notice);
char             *corro_application_dup_backup_folder (CorroApplication *self);
gboolean          corro_application_replace_records   (CorroApplication *self,
                                                       const char       *prepared_path,
                                                       const char       *backup_name,
                                                       GError          **error);

G_END_DECLS
