/* corro-backup-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The backup code is split in two: corro-backup.c copies and checks databases,
 * corro-backup-crypt.c encrypts and decrypts backup files (data/backup-format.md).
 */

#pragma once

#include "corro-backup.h"

G_BEGIN_DECLS

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
gboolean _corro_backup_check_cancelled (GCancellable   *cancellable,
                                       GError         **error);
void     _corro_backup_set_io_error   (GError         **error,
                                       int              saved_errno,
                                       const char      *path);
gboolean _corro_backup_encrypt        (const char      *plain_path,
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
void     _corro_backup_get_kdf_limits (guint64         *opslimit,
                                       gsize           *memlimit);

G_END_DECLS
