/* corro-backup-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The backup code is split in four: corro-backup.c copies and checks databases and
 * writes backups, corro-backup-restore.c checks backups and puts them in place,
 * corro-backup-crypt.c encrypts and decrypts backup files (data/backup-format.md),
 * corro-backup-leftovers.c makes their temporary files and removes what a killed
 * process left of them.
 */

#pragma once

#include <sqlite3.h>

#include "corro-backup.h"

G_BEGIN_DECLS

/* The files SQLite may keep beside a database. */
#define CORRO_BACKUP_COMPANIONS { "-wal", "-shm", "-journal" }

typedef enum
{
  CORRO_BACKUP_KIND_DATABASE,
  CORRO_BACKUP_KIND_ENCRYPTED,
} CorroBackupKind;

gboolean _corro_backup_sniff          (const char      *path,
                                       CorroBackupKind *kind,
                                       GError         **error);
int      _corro_backup_make_temp      (const char      *beside,
                                       char           **temp_path,
                                       GError         **error);
char    *_corro_backup_note_partial_elsewhere (const char *database_path,
                                               const char *backup_path);
gboolean _corro_backup_check_cancelled (GCancellable   *cancellable,
                                       GError         **error);
void     _corro_backup_set_io_error   (GError         **error,
                                       int              saved_errno,
                                       const char      *path);
gboolean _corro_backup_encrypt        (const guint8    *plain,
                                       gsize            plain_len,
                                       int              out_fd,
                                       const char      *out_path,
                                       const char      *passphrase,
                                       gint64           made_at,
                                       GCancellable    *cancellable,
                                       GError         **error);
gboolean _corro_backup_decrypt        (const char      *in_path,
                                       int              out_fd,
                                       const char      *out_path,
                                       const char      *passphrase,
                                       gint64          *made_at,
                                       GCancellable    *cancellable,
                                       GError         **error);
void     _corro_backup_set_sqlite_error (GError        **error,
                                       int             rc,
                                       const char     *path);
void     _corro_backup_remove_with_companions (const char *path);
gboolean _corro_backup_sync_file      (const char      *path,
                                       GError         **error);
void     _corro_backup_sync_folder_of (const char      *path);
gboolean _corro_backup_query_int      (sqlite3         *db,
                                       const char      *sql,
                                       const char      *arg,
                                       gint64          *value,
                                       int             *rc_out);
gboolean _corro_backup_passes_integrity_check (sqlite3 *db,
                                       int             *rc_out);
gboolean _corro_backup_copy_database  (const char      *source_path,
                                       const char      *dest_path,
                                       GCancellable    *cancellable,
                                       GError         **error);
gboolean _corro_backup_check_folder   (const char      *path,
                                       GError         **error);

/* What a backup thread needs; the passphrase is wiped when the task ends. */
typedef struct
{
  char *database_path;
  char *backup_path;
  char *passphrase;
} CorroBackupTaskData;

GTask   *_corro_backup_new_task       (const char          *database_path,
                                       const char          *backup_path,
                                       const char          *passphrase,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data,
                                       gpointer             source_tag);
void     _corro_backup_get_kdf_limits (guint64         *opslimit,
                                       gsize           *memlimit);

G_END_DECLS
