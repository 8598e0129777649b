/* corro-database.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_DATABASE_ERROR (corro_database_error_quark ())

/**
 * CorroDatabaseError:
 * @CORRO_DATABASE_ERROR_IO: the file or its folder cannot be created, read or written
 * @CORRO_DATABASE_ERROR_DAMAGED: the file is not a readable SQLite database or fails its check
 * @CORRO_DATABASE_ERROR_FOREIGN: a healthy SQLite database that another program made
 * @CORRO_DATABASE_ERROR_TOO_NEW: written by a newer Corro, with a schema this one does not know
 * @CORRO_DATABASE_ERROR_FULL: the disk is full
 * @CORRO_DATABASE_ERROR_FAILED: any other SQLite failure
 */
typedef enum
{
  CORRO_DATABASE_ERROR_IO = 1,
  CORRO_DATABASE_ERROR_DAMAGED,
  CORRO_DATABASE_ERROR_FOREIGN,
  CORRO_DATABASE_ERROR_TOO_NEW,
  CORRO_DATABASE_ERROR_FULL,
  CORRO_DATABASE_ERROR_FAILED,
} CorroDatabaseError;

/* "Corr" in ASCII: written to PRAGMA application_id so a foreign file is recognised. */
#define CORRO_DATABASE_APPLICATION_ID 0x436f7272

#define CORRO_TYPE_DATABASE (corro_database_get_type ())

G_DECLARE_FINAL_TYPE (CorroDatabase, corro_database, CORRO, DATABASE, GObject)

GQuark         corro_database_error_quark              (void);
guint          corro_database_get_latest_version       (void);
CorroDatabase *corro_database_open                     (const char     *path,
                                                        GError        **error);
CorroDatabase *corro_database_open_at_version          (const char     *path,
                                                        guint           version,
                                                        GError        **error);
const char    *corro_database_get_path                 (CorroDatabase  *self);
guint          corro_database_get_version              (CorroDatabase  *self);
sqlite3       *corro_database_get_handle               (CorroDatabase  *self);
gboolean       corro_database_exec                     (CorroDatabase  *self,
                                                        const char     *sql,
                                                        GError        **error);
sqlite3_stmt  *corro_database_prepare                  (CorroDatabase  *self,
                                                        const char     *sql,
                                                        GError        **error);
gboolean       corro_database_step                     (CorroDatabase  *self,
                                                        sqlite3_stmt   *stmt,
                                                        gboolean       *has_row,
                                                        GError        **error);
gboolean       corro_database_begin                    (CorroDatabase  *self,
                                                        GError        **error);
gboolean       corro_database_commit                   (CorroDatabase  *self,
                                                        GError        **error);
void           corro_database_rollback                 (CorroDatabase  *self);
gboolean       corro_database_check                    (const char     *path,
                                                        GError        **error);
char          *corro_database_link_aside               (const char     *path);
char          *corro_database_move_aside               (const char     *path,
                                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
