/* backup.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups of the synthetic decade of records: writing one (plain and encrypted), checking
 * one as a restore does before asking (corro_backup_prepare: decrypt, integrity check,
 * counts, migration), and a whole restore into a fresh place. Medians against the 2 s a
 * person may wait behind a spinner. Figures are printed, never asserted.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bench-util.h"
#include "corro-backup.h"

#define TARGET_MS 2000.0
#define PASSPHRASE "a decade of Tuesday groups"

static guint64
read_u64_le (const guint8 *bytes)
{
  guint64 value = 0;

  for (int i = 7; i >= 0; i--)
    value = (value << 8) | bytes[i];
  return value;
}

/* The Argon2id parameters an encrypted backup was written with (data/backup-format.md). */
static void
print_kdf (const char *encrypted)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (encrypted, &contents, &length, NULL) || length < 32)
    return;
  printf ("Argon2id: opslimit %" G_GUINT64_FORMAT ", memlimit %" G_GUINT64_FORMAT " MiB\n",
          read_u64_le ((const guint8 *) contents + 16),
          read_u64_le ((const guint8 *) contents + 24) / (1024 * 1024));
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *work = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *encrypted = NULL;
  g_autofree char *restored = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  int runs = 5;
  double made_ms = 0;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (default 5)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the decade's database in DIR", "DIR" },
    { NULL }
  };
  BenchMeasure write_plain = { "backup, plain", TARGET_MS };
  BenchMeasure write_encrypted = { "backup, encrypted", TARGET_MS };
  BenchMeasure check_plain = { "verify (before asking), plain", TARGET_MS };
  BenchMeasure check_encrypted = { "verify (before asking), encrypted", TARGET_MS };
  BenchMeasure restore_plain = { "restore, plain", TARGET_MS };
  BenchMeasure restore_encrypted = { "restore, encrypted", TARGET_MS };
  BenchMeasure *measures[] = { &write_plain, &write_encrypted, &check_plain, &check_encrypted,
                               &restore_plain, &restore_encrypted };
  GStatBuf st;

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 3);

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    bench_measure_init (measures[i]);

  path = bench_decade_ensure (keep, &dir, &made_ms);
  printf ("Backup benchmark\n");
  bench_decade_describe (path, made_ms);

  work = g_dir_make_tmp ("corro-bench-backup-XXXXXX", &error);
  bench_check (work != NULL, error, "temporary folder");
  plain = g_build_filename (work, "plain" CORRO_BACKUP_SUFFIX, NULL);
  encrypted = g_build_filename (work, "encrypted" CORRO_BACKUP_SUFFIX, NULL);
  restored = g_build_filename (work, "restored.db", NULL);

  for (int run = 0; run < runs; run++)
    {
      g_autofree char *prepared = NULL;
      double start;

      start = bench_now_ms ();
      bench_check (corro_backup_write (path, plain, NULL, NULL, &error), error, "backup");
      bench_measure_add (&write_plain, bench_now_ms () - start);

      start = bench_now_ms ();
      bench_check (corro_backup_write (path, encrypted, PASSPHRASE, NULL, &error), error,
                   "encrypted backup");
      bench_measure_add (&write_encrypted, bench_now_ms () - start);

      start = bench_now_ms ();
      prepared = corro_backup_prepare (restored, plain, NULL, NULL, NULL, &error);
      bench_measure_add (&check_plain, bench_now_ms () - start);
      bench_check (prepared != NULL, error, "verify");
      corro_backup_discard (prepared);
      g_clear_pointer (&prepared, g_free);

      start = bench_now_ms ();
      prepared = corro_backup_prepare (restored, encrypted, PASSPHRASE, NULL, NULL, &error);
      bench_measure_add (&check_encrypted, bench_now_ms () - start);
      bench_check (prepared != NULL, error, "verify encrypted");
      corro_backup_discard (prepared);

      remove_database (restored);
      start = bench_now_ms ();
      bench_check (corro_backup_restore (restored, plain, NULL, NULL, NULL, &error), error,
                   "restore");
      bench_measure_add (&restore_plain, bench_now_ms () - start);

      remove_database (restored);
      start = bench_now_ms ();
      bench_check (corro_backup_restore (restored, encrypted, PASSPHRASE, NULL, NULL, &error),
                   error, "restore encrypted");
      bench_measure_add (&restore_encrypted, bench_now_ms () - start);
      remove_database (restored);
    }

  if (g_stat (plain, &st) == 0)
    printf ("Plain backup: %.1f MiB", st.st_size / (1024.0 * 1024.0));
  if (g_stat (encrypted, &st) == 0)
    printf ("; encrypted: %.1f MiB\n", st.st_size / (1024.0 * 1024.0));
  print_kdf (encrypted);
  printf ("\n");
  bench_measure_print_header ();
  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    bench_measure_print (measures[i]);
  printf ("\nMedians of %d runs; the target is what a person waits behind a spinner.\n", runs);
  printf ("Times vary with the machine; figures are printed, never asserted.\n");

  g_unlink (plain);
  g_unlink (encrypted);
  g_rmdir (work);
  if (keep == NULL)
    bench_decade_remove (dir, path);

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    bench_measure_clear (measures[i]);

  return 0;
}
