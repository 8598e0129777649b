/* corro-backup.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_BACKUP_ERROR (corro_backup_error_quark ())

/**
 * CorroBackupError:
 * @CORRO_BACKUP_ERROR_IO: a file or folder cannot be created, read or written
 * @CORRO_BACKUP_ERROR_FULL: the disk is full
 * @CORRO_BACKUP_ERROR_NOT_A_BACKUP: the file is neither a Corro backup nor a Corro database
 * @CORRO_BACKUP_ERROR_DAMAGED: the file was changed, cut short or fails its check
 * @CORRO_BACKUP_ERROR_TOO_NEW: written by a newer Corro, with a schema this one does not know
 * @CORRO_BACKUP_ERROR_NEEDS_PASSPHRASE: the backup is encrypted and no passphrase was given
 * @CORRO_BACKUP_ERROR_WRONG_PASSPHRASE: the passphrase is not the one it was encrypted with
 * @CORRO_BACKUP_ERROR_CANCELLED: the work was cancelled; nothing was changed
 * @CORRO_BACKUP_ERROR_FAILED: the database refused the copy for another reason
 */
typedef enum
{
  CORRO_BACKUP_ERROR_IO = 1,
  CORRO_BACKUP_ERROR_FULL,
  CORRO_BACKUP_ERROR_NOT_A_BACKUP,
  CORRO_BACKUP_ERROR_DAMAGED,
  CORRO_BACKUP_ERROR_TOO_NEW,
  CORRO_BACKUP_ERROR_NEEDS_PASSPHRASE,
  CORRO_BACKUP_ERROR_WRONG_PASSPHRASE,
  CORRO_BACKUP_ERROR_CANCELLED,
  CORRO_BACKUP_ERROR_FAILED,
} CorroBackupError;

/* The name's ending Corro suggests for a backup file. */
#define CORRO_BACKUP_SUFFIX ".corro-backup"

/**
 * CorroBackupInfo:
 * @made_at: when the backup was made (local time)
 * @schema_version: the records format it was written in
 * @n_groups: how many groups it holds
 * @n_participants: how many people
 * @n_sessions: how many sessions
 * @encrypted: whether the file is encrypted with a passphrase
 *
 * What a backup holds, read without touching the live database.
 */
typedef struct
{
  GDateTime *made_at;
  guint      schema_version;
  guint      n_groups;
  guint      n_participants;
  guint      n_sessions;
  gboolean   encrypted;
} CorroBackupInfo;

GQuark           corro_backup_error_quark       (void);
void             corro_backup_info_free         (CorroBackupInfo  *info);
CorroBackupInfo *corro_backup_info_copy         (const CorroBackupInfo *info);
char            *corro_backup_info_describe     (const CorroBackupInfo *info);

guint            corro_backup_remove_leftovers  (const char       *path);
gboolean         corro_backup_write             (const char       *database_path,
                                                 const char       *backup_path,
                                                 const char       *passphrase,
                                                 GCancellable     *cancellable,
                                                 GError          **error);
gboolean         corro_backup_is_encrypted      (const char       *backup_path,
                                                 GError          **error);
char            *corro_backup_prepare           (const char       *database_path,
                                                 const char       *backup_path,
                                                 const char       *passphrase,
                                                 CorroBackupInfo **info_out,
                                                 GCancellable     *cancellable,
                                                 GError          **error);
gboolean         corro_backup_put_in_place      (const char       *database_path,
                                                 const char       *prepared_path,
                                                 char            **aside_out,
                                                 GError          **error);
void             corro_backup_discard           (const char       *prepared_path);
gboolean         corro_backup_restore           (const char       *database_path,
                                                 const char       *backup_path,
                                                 const char       *passphrase,
                                                 CorroBackupInfo **info_out,
                                                 char            **aside_out,
                                                 GError          **error);

void             corro_backup_write_async       (const char       *database_path,
                                                 const char       *backup_path,
                                                 const char       *passphrase,
                                                 GCancellable     *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer          user_data);
gboolean         corro_backup_write_finish      (GAsyncResult     *result,
                                                 GError          **error);
void             corro_backup_prepare_async     (const char       *database_path,
                                                 const char       *backup_path,
                                                 const char       *passphrase,
                                                 GCancellable     *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer          user_data);
char            *corro_backup_prepare_finish    (GAsyncResult     *result,
                                                 CorroBackupInfo **info_out,
                                                 GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroBackupInfo, corro_backup_info_free)

G_END_DECLS
