/* corro-application-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroApplication is split in two: corro-application.c (start-up, command line,
 * presenting) and corro-application-backup.c (automatic backups, restoring); the parts
 * share the instance through this header.
 */

#pragma once

#include "corro-application.h"
#include "corro-presentation.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-store.h"
#include "corro-window.h"

G_BEGIN_DECLS

struct _CorroApplication
{
  AdwApplication  parent_instance;

  /* owned */
  GSettings             *settings;
  CorroStore            *store;
  CorroProgrammeLibrary *library;
  CorroRecords          *records;
  guint                  present_chapter;   /* from --present, 0 when not asked */
  char           *database_path;
  GCancellable          *quit_backup;       /* the backup on quit, while it runs */
  guint                  quit_backup_timeout_id;
  gboolean               replacing_records; /* windows are closing for a restore */
  CorroPresentation     *resumable;         /* the session ended last, until another starts */
  CorroGroup            *resumable_group;   /* its group and session; NULL for a rehearsal */
  CorroSession          *resumable_session;
};

void _corro_application_quit_action          (GSimpleAction    *action,
                                              GVariant         *parameter,
                                              gpointer          user_data);
void _corro_application_start_quit_backup   (CorroApplication *self);
void _corro_application_show_backup_failure  (CorroApplication *self,
                                              CorroWindow      *window);

G_END_DECLS
