/* corro-backup-crypt.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-backup-crypt"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "corro-backup-private.h"

/* An encrypted backup, as data/backup-format.md describes it: a 144-byte header, then
 * the database in chunks sealed with libsodium's secretstream (XChaCha20-Poly1305),
 * the last one tagged FINAL. All integers are little-endian.
 *
 *   0   8  magic: 0x89 'C' 'O' 'R' 'R' 'O' '\r' '\n'
 *   8   1  format version (1)
 *   9   1  key derivation: 2 = Argon2id v1.3
 *  10   2  reserved, zero
 *  12   4  plain chunk size in bytes
 *  16   8  Argon2id opslimit
 *  24   8  Argon2id memlimit in bytes
 *  32   8  when the backup was made, seconds since 1970 (UTC)
 *  40  16  Argon2id salt
 *  56  24  secretstream header
 *  80  32  key check: BLAKE2b-256 of bytes 0–79, keyed with a subkey of the passphrase's key
 * 112  32  header checksum: BLAKE2b-256 of bytes 0–111, unkeyed
 * 144   …  chunks: chunk size + 17 bytes each, the last one shorter or equal, tagged FINAL;
 *          the first chunk's additional data is the whole header (bytes 0–143)
 */

#define MAGIC "\x89" "CORRO\r\n"
#define MAGIC_LEN 8
#define FORMAT_VERSION 1
#define KDF_ARGON2ID 2
#define CHUNK_SIZE (64 * 1024)
#define HEADER_LEN 144
#define OFF_CHUNK 12
#define OFF_OPS 16
#define OFF_MEM 24
#define OFF_MADE 32
#define OFF_SALT 40
#define OFF_STREAM 56
#define OFF_CHECK 80
#define OFF_SUM 112
#define KDF_CONTEXT "CorroBak"
#define CHECK_MESSAGE "Corro backup passphrase check"

G_STATIC_ASSERT (OFF_SALT + crypto_pwhash_SALTBYTES == OFF_STREAM);
G_STATIC_ASSERT (OFF_STREAM + crypto_secretstream_xchacha20poly1305_HEADERBYTES == OFF_CHECK);
G_STATIC_ASSERT (sizeof MAGIC - 1 == MAGIC_LEN);

typedef struct
{
  unsigned char stream[crypto_secretstream_xchacha20poly1305_KEYBYTES];
  unsigned char check[32];
} Keys;

/* helpers */

static void
ensure_sodium (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      if (sodium_init () < 0)
        g_error ("libsodium could not be initialised");
      g_once_init_leave (&done, 1);
    }
}

static void
put_u32 (unsigned char *p,
         guint32        v)
{
  for (guint i = 0; i < 4; i++)
    p[i] = (v >> (8 * i)) & 0xff;
}

static void
put_u64 (unsigned char *p,
         guint64        v)
{
  for (guint i = 0; i < 8; i++)
    p[i] = (v >> (8 * i)) & 0xff;
}

static guint32
get_u32 (const unsigned char *p)
{
  guint32 v = 0;

  for (guint i = 0; i < 4; i++)
    v |= (guint32) p[i] << (8 * i);
  return v;
}

static guint64
get_u64 (const unsigned char *p)
{
  guint64 v = 0;

  for (guint i = 0; i < 8; i++)
    v |= (guint64) p[i] << (8 * i);
  return v;
}

static void
set_damaged (GError     **error,
             const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_DAMAGED,
               _("The encrypted backup “%s” is damaged or was changed after it was made, "
                 "so Corro will not use it. Try another copy of the backup."), name);
}

static gboolean
write_all (int                   fd,
           const unsigned char  *data,
           gsize                 len,
           const char           *path,
           GError              **error)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          _corro_backup_set_io_error (error, errno, path);
          return FALSE;
        }
      data += n;
      len -= n;
    }

  return TRUE;
}

static gboolean
derive_keys (const char           *passphrase,
             const unsigned char  *salt,
             guint64               opslimit,
             gsize                 memlimit,
             Keys                 *keys,
             GError              **error)
{
  unsigned char master[32];

  if (crypto_pwhash (master, sizeof master, passphrase, strlen (passphrase), salt,
                     opslimit, memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      sodium_memzero (master, sizeof master);
      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_FAILED,
                   _("There is not enough memory to work out the key from the passphrase. "
                     "Close other programs and try again."));
      return FALSE;
    }

  crypto_kdf_derive_from_key (keys->stream, sizeof keys->stream, 1, KDF_CONTEXT, master);
  crypto_kdf_derive_from_key (keys->check, sizeof keys->check, 2, KDF_CONTEXT, master);
  sodium_memzero (master, sizeof master);
  return TRUE;
}

static void
compute_key_check (const unsigned char *header,
                   const Keys          *keys,
                   unsigned char       *out)
{
  crypto_generichash (out, 32, header, OFF_CHECK, keys->check, sizeof keys->check);
}

static Keys *
keys_new (void)
{
  Keys *keys = sodium_malloc (sizeof (Keys));

  if (keys == NULL)
    g_error ("Out of secure memory");
  return keys;
}

static void
keys_free (Keys *keys)
{
  sodium_free (keys);  /* wipes the memory too */
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Keys, keys_free)

/* Reads the header and derives the keys from the passphrase, telling a damaged header
 * from a wrong passphrase by the unkeyed checksum. */
static Keys *
open_header (FILE           *in,
             const char     *path,
             const char     *passphrase,
             const Keys     *known,
             unsigned char  *header,
             gint64         *made_at,
             guint32        *chunk_size,
             GError        **error)
{
  g_autoptr(Keys) keys = NULL;
  unsigned char sum[32];
  unsigned char check[32];
  guint64 opslimit, memlimit;

  if (fread (header, 1, HEADER_LEN, in) != HEADER_LEN || memcmp (header, MAGIC, MAGIC_LEN) != 0)
    {
      set_damaged (error, path);
      return NULL;
    }

  crypto_generichash (sum, sizeof sum, header, OFF_SUM, NULL, 0);
  if (sodium_memcmp (sum, header + OFF_SUM, sizeof sum) != 0)
    {
      set_damaged (error, path);
      return NULL;
    }

  if (header[8] != FORMAT_VERSION || header[9] != KDF_ARGON2ID)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_TOO_NEW,
                   _("“%s” was encrypted by a newer version of Corro. Update Corro to "
                     "restore it."), name);
      return NULL;
    }

  /* Refuse parameters no Corro writes, so that a crafted file cannot exhaust memory. */
  opslimit = get_u64 (header + OFF_OPS);
  memlimit = get_u64 (header + OFF_MEM);
  *chunk_size = get_u32 (header + OFF_CHUNK);
  if (opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
      memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE ||
      *chunk_size == 0 || *chunk_size > 16 * 1024 * 1024)
    {
      set_damaged (error, path);
      return NULL;
    }

  if (passphrase == NULL && known == NULL)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_NEEDS_PASSPHRASE,
                   _("“%s” is encrypted: give its passphrase to restore it."), name);
      return NULL;
    }

  keys = keys_new ();
  if (known != NULL)
    *keys = *known;
  else if (!derive_keys (passphrase, header + OFF_SALT, opslimit, memlimit, keys, error))
    return NULL;

  compute_key_check (header, keys, check);
  if (sodium_memcmp (check, header + OFF_CHECK, sizeof check) != 0)
    {
      g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_WRONG_PASSPHRASE,
                   _("The passphrase is not the one this backup was encrypted with."));
      return NULL;
    }

  *made_at = (gint64) get_u64 (header + OFF_MADE);
  return g_steal_pointer (&keys);
}

/* Decrypts every chunk, checking each, and writes the plain data to @out_fd unless it
 * is -1. Any change to the file, a cut, or bytes after the last chunk is refused. */
static gboolean
decrypt_stream (const char    *in_path,
                int            out_fd,
                const char    *out_path,
                const char    *passphrase,
                const Keys    *known,
                gint64        *made_at,
                GCancellable  *cancellable,
                GError       **error)
{
  crypto_secretstream_xchacha20poly1305_state state;
  unsigned char header[HEADER_LEN];
  g_autoptr(Keys) keys = NULL;
  g_autofree unsigned char *cipher = NULL;
  g_autofree unsigned char *plain = NULL;
  gboolean first = TRUE;
  gboolean final = FALSE;
  guint32 chunk_size = 0;
  gint64 stamp = 0;
  FILE *in;

  ensure_sodium ();

  if (!(in = g_fopen (in_path, "rbe")))
    {
      _corro_backup_set_io_error (error, errno, in_path);
      return FALSE;
    }

  if (!(keys = open_header (in, in_path, passphrase, known, header, &stamp, &chunk_size, error)))
    {
      fclose (in);
      return FALSE;
    }

  crypto_secretstream_xchacha20poly1305_init_pull (&state, header + OFF_STREAM, keys->stream);
  cipher = g_malloc (chunk_size + crypto_secretstream_xchacha20poly1305_ABYTES);
  plain = g_malloc (chunk_size);

  while (!final)
    {
      unsigned long long plain_len = 0;
      unsigned char tag = 0;
      size_t n;

      if (_corro_backup_check_cancelled (cancellable, error))
        goto failed;

      n = fread (cipher, 1, chunk_size + crypto_secretstream_xchacha20poly1305_ABYTES, in);
      if (ferror (in))
        {
          _corro_backup_set_io_error (error, errno, in_path);
          goto failed;
        }
      if (n < crypto_secretstream_xchacha20poly1305_ABYTES ||
          crypto_secretstream_xchacha20poly1305_pull (&state, plain, &plain_len, &tag,
                                                      cipher, n,
                                                      first ? header : NULL,
                                                      first ? HEADER_LEN : 0) != 0)
        {
          set_damaged (error, in_path);
          goto failed;
        }
      first = FALSE;
      final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;

      /* Every chunk but the last is full: a short one means the file was cut. */
      if (!final && plain_len != chunk_size)
        {
          set_damaged (error, in_path);
          goto failed;
        }

      if (out_fd >= 0 && !write_all (out_fd, plain, plain_len, out_path, error))
        goto failed;
    }

  if (fgetc (in) != EOF)
    {
      set_damaged (error, in_path);
      goto failed;
    }

  sodium_memzero (plain, chunk_size);
  sodium_memzero (&state, sizeof state);
  fclose (in);
  if (made_at != NULL)
    *made_at = stamp;
  return TRUE;

failed:
  sodium_memzero (plain, chunk_size);
  sodium_memzero (&state, sizeof state);
  fclose (in);
  return FALSE;
}

/* private API */

void
_corro_backup_get_kdf_limits (guint64 *opslimit,
                              gsize   *memlimit)
{
  *opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
  *memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
}

/**
 * _corro_backup_sniff:
 * @kind: (out): a plain database or an encrypted backup
 *
 * Looks at the first bytes of @path to tell what it is.
 */
gboolean
_corro_backup_sniff (const char       *path,
                     CorroBackupKind  *kind,
                     GError          **error)
{
  static const char sqlite_magic[] = "SQLite format 3";
  g_autofree char *name = g_filename_display_name (path);
  char head[16] = { 0 };
  size_t n;
  FILE *in;

  if (!(in = g_fopen (path, "rbe")))
    {
      _corro_backup_set_io_error (error, errno, path);
      return FALSE;
    }
  n = fread (head, 1, sizeof head, in);
  fclose (in);

  if (n == sizeof head && memcmp (head, sqlite_magic, sizeof sqlite_magic) == 0)
    {
      *kind = CORRO_BACKUP_KIND_DATABASE;
      return TRUE;
    }
  if (n >= MAGIC_LEN && memcmp (head, MAGIC, MAGIC_LEN) == 0)
    {
      *kind = CORRO_BACKUP_KIND_ENCRYPTED;
      return TRUE;
    }

  g_set_error (error, CORRO_BACKUP_ERROR, CORRO_BACKUP_ERROR_NOT_A_BACKUP,
               _("“%s” is not a Corro backup."), name);
  return FALSE;
}

/**
 * _corro_backup_encrypt:
 * @plain: a checked copy of the database, in memory
 * @plain_len: its length in bytes
 * @out_fd: where the encrypted backup is written
 * @passphrase: not empty
 * @made_at: when the copy was made, seconds since 1970
 *
 * Writes @plain encrypted with a key derived from @passphrase (Argon2id), flushes
 * it to disk and reads it back, checking every chunk.
 */
gboolean
_corro_backup_encrypt (const guint8  *plain,
                       gsize          plain_len,
                       int            out_fd,
                       const char    *out_path,
                       const char    *passphrase,
                       gint64         made_at,
                       GCancellable  *cancellable,
                       GError       **error)
{
  crypto_secretstream_xchacha20poly1305_state state;
  unsigned char header[HEADER_LEN] = { 0 };
  g_autoptr(Keys) keys = NULL;
  g_autofree unsigned char *cipher = NULL;
  gboolean ok = FALSE;
  gboolean first = TRUE;
  guint64 opslimit;
  gsize memlimit;
  gsize offset = 0;

  g_return_val_if_fail (passphrase != NULL && passphrase[0] != '\0', FALSE);

  ensure_sodium ();
  keys = keys_new ();
  _corro_backup_get_kdf_limits (&opslimit, &memlimit);

  memcpy (header, MAGIC, MAGIC_LEN);
  header[8] = FORMAT_VERSION;
  header[9] = KDF_ARGON2ID;
  put_u32 (header + OFF_CHUNK, CHUNK_SIZE);
  put_u64 (header + OFF_OPS, opslimit);
  put_u64 (header + OFF_MEM, memlimit);
  put_u64 (header + OFF_MADE, (guint64) made_at);
  randombytes_buf (header + OFF_SALT, crypto_pwhash_SALTBYTES);

  if (!derive_keys (passphrase, header + OFF_SALT, opslimit, memlimit, keys, error))
    return FALSE;

  crypto_secretstream_xchacha20poly1305_init_push (&state, header + OFF_STREAM, keys->stream);
  compute_key_check (header, keys, header + OFF_CHECK);
  crypto_generichash (header + OFF_SUM, 32, header, OFF_SUM, NULL, 0);

  if (!write_all (out_fd, header, HEADER_LEN, out_path, error))
    return FALSE;

  cipher = g_malloc (CHUNK_SIZE + crypto_secretstream_xchacha20poly1305_ABYTES);
  for (;;)
    {
      unsigned long long cipher_len = 0;
      size_t n;
      unsigned char tag;

      if (_corro_backup_check_cancelled (cancellable, error))
        goto out;

      n = MIN ((gsize) CHUNK_SIZE, plain_len - offset);
      /* The last chunk, even a full one, is tagged FINAL. */
      tag = offset + n == plain_len ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;

      crypto_secretstream_xchacha20poly1305_push (&state, cipher, &cipher_len, plain + offset, n,
                                                  first ? header : NULL,
                                                  first ? HEADER_LEN : 0, tag);
      first = FALSE;
      offset += n;
      if (!write_all (out_fd, cipher, cipher_len, out_path, error))
        goto out;
      if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
        break;
    }

  if (fsync (out_fd) != 0)
    {
      _corro_backup_set_io_error (error, errno, out_path);
      goto out;
    }

  /* Read back what reached the disk, checking every chunk with the same keys. */
  ok = decrypt_stream (out_path, -1, NULL, NULL, keys, NULL, cancellable, error);

out:
  sodium_memzero (&state, sizeof state);
  return ok;
}

/**
 * _corro_backup_decrypt:
 * @out_fd: where the plain database is written
 * @made_at: (out): when the backup was made, seconds since 1970
 */
gboolean
_corro_backup_decrypt (const char    *in_path,
                       int            out_fd,
                       const char    *out_path,
                       const char    *passphrase,
                       gint64        *made_at,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (out_fd >= 0, FALSE);

  return decrypt_stream (in_path, out_fd, out_path, passphrase, NULL, made_at, cancellable,
                         error);
}
