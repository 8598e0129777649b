/* corro-backup-command.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-backup-command"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "corro-backup.h"
#include "corro-backup-command.h"

/* The headless backup verbs, for staff scripts and for carrying records to another laptop:
 *
 *   corro [--database DB] --backup FILE [--encrypt]
 *   corro [--database DB] --restore FILE
 *
 * The passphrase comes from CORRO_PASSPHRASE, or is asked for on the terminal without
 * echo (twice when encrypting). A restore checks the whole backup before it touches the
 * database, and keeps the current database aside under a dated name. They exit with 0
 * on success, and with 1 and a message on standard error otherwise. */

#define PASSPHRASE_MAX 1024

static int fail (const char *format,
                 ...) G_GNUC_PRINTF (1, 2);

/* helpers */

static int
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("corro: %s\n", message);
  return 1;
}

static void
wipe (char *passphrase)
{
  if (passphrase != NULL)
    explicit_bzero (passphrase, strlen (passphrase));
  g_free (passphrase);
}

/* Reads one line from the terminal with echo off. */
static char *
prompt (const char *question)
{
  struct termios saved, quiet;
  char buffer[PASSPHRASE_MAX];
  gboolean echo_off;
  char *line;

  g_printerr ("%s ", question);
  echo_off = tcgetattr (STDIN_FILENO, &saved) == 0;
  if (echo_off)
    {
      quiet = saved;
      quiet.c_lflag &= ~(ECHO | ECHONL);
      quiet.c_lflag |= ICANON;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }

  line = fgets (buffer, sizeof buffer, stdin);

  if (echo_off)
    tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
  g_printerr ("\n");

  if (line == NULL)
    {
      explicit_bzero (buffer, sizeof buffer);
      return NULL;
    }

  buffer[strcspn (buffer, "\r\n")] = '\0';
  line = g_strdup (buffer);
  explicit_bzero (buffer, sizeof buffer);
  return line;
}

/* The passphrase from CORRO_PASSPHRASE, or asked for (twice when @confirm). */
static char *
get_passphrase (gboolean   confirm,
                GError   **error)
{
  const char *env = g_getenv ("CORRO_PASSPHRASE");
  char *first = NULL;
  char *second = NULL;

  if (env != NULL)
    {
      if (env[0] == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("CORRO_PASSPHRASE is empty; a passphrase needs at least one "
                         "character."));
          return NULL;
        }
      return g_strdup (env);
    }

  if (!isatty (STDIN_FILENO))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A passphrase is needed: set CORRO_PASSPHRASE, or run Corro in a "
                     "terminal to type it."));
      return NULL;
    }

  first = prompt (_("Passphrase:"));
  if (first == NULL || first[0] == '\0')
    {
      wipe (first);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("No passphrase was typed."));
      return NULL;
    }

  if (confirm)
    {
      second = prompt (_("The same passphrase again:"));
      if (second == NULL || strcmp (first, second) != 0)
        {
          wipe (first);
          wipe (second);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("The two passphrases differ."));
          return NULL;
        }
      wipe (second);
    }

  return first;
}

static int
back_up (const char *database_path,
         const char *backup_path,
         gboolean    encrypt)
{
  g_autofree char *name = g_filename_display_name (backup_path);
  g_autoptr(GError) error = NULL;
  char *passphrase = NULL;
  gboolean ok;

  if (!g_file_test (database_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *db_name = g_filename_display_name (database_path);

      return fail (_("No backup was made: there are no records at “%s”."), db_name);
    }

  if (encrypt && !(passphrase = get_passphrase (TRUE, &error)))
    return fail (_("No backup was made: %s"), error->message);

  ok = corro_backup_write (database_path, backup_path, passphrase, NULL, &error);
  wipe (passphrase);
  if (!ok)
    return fail (_("No backup was made: %s"), error->message);

  if (encrypt)
    g_print (_("Backed up the records to “%s”, encrypted with the passphrase.\n"), name);
  else
    g_print (_("Backed up the records to “%s”.\n"), name);
  return 0;
}

static int
restore (const char *database_path,
         const char *backup_path)
{
  g_autofree char *name = g_filename_display_name (backup_path);
  g_autoptr(CorroBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *summary = NULL;
  char *passphrase = NULL;
  gboolean encrypted, ok;

  encrypted = corro_backup_is_encrypted (backup_path, &error);
  if (error != NULL)
    return fail (_("Nothing was restored: %s"), error->message);

  if (encrypted && !(passphrase = get_passphrase (FALSE, &error)))
    return fail (_("Nothing was restored: %s"), error->message);

  ok = corro_backup_restore (database_path, backup_path, passphrase, &info, &aside, &error);
  wipe (passphrase);
  if (!ok)
    return fail (_("Nothing was restored: %s"), error->message);

  summary = corro_backup_info_describe (info);
  g_print (_("Restored the records from “%s”.\n"), name);
  g_print ("%s\n", summary);
  if (aside != NULL)
    {
      g_autofree char *aside_name = g_filename_display_name (aside);

      g_print (_("The records that were in place are kept as “%s”.\n"), aside_name);
    }
  return 0;
}

/* public API */

void
corro_backup_command_add_options (GApplication *app)
{
  static const GOptionEntry entries[] = {
    { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a checked backup of the records to FILE, then exit"), N_("FILE") },
    { "encrypt", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --backup: encrypt the backup with a passphrase (from CORRO_PASSPHRASE or "
         "asked for)"),
      NULL },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Replace the records with the backup FILE, keeping the current ones aside, "
         "then exit"),
      N_("FILE") },
    { NULL }
  };

  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, entries);
}

/**
 * corro_backup_command_is_wanted:
 *
 * Returns: whether the command line asks for a backup verb (or gives --encrypt, which
 *   must then be explained)
 */
gboolean
corro_backup_command_is_wanted (GVariantDict *options)
{
  static const char * const names[] = { "backup", "encrypt", "restore" };

  g_return_val_if_fail (options != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_variant_dict_contains (options, names[i]))
      return TRUE;

  return FALSE;
}

/**
 * corro_backup_command_run:
 * @database_path: the records to back up or to replace
 *
 * Returns: the exit status
 */
int
corro_backup_command_run (GVariantDict *options,
                          const char   *database_path)
{
  g_autofree char *backup_path = NULL;
  g_autofree char *restore_path = NULL;
  gboolean encrypt;

  g_return_val_if_fail (options != NULL, 1);
  g_return_val_if_fail (database_path != NULL, 1);

  g_variant_dict_lookup (options, "backup", "^ay", &backup_path);
  g_variant_dict_lookup (options, "restore", "^ay", &restore_path);
  encrypt = g_variant_dict_contains (options, "encrypt");

  if (backup_path != NULL && restore_path != NULL)
    return fail (_("Give either --backup or --restore, not both."));
  if (restore_path != NULL && encrypt)
    return fail (_("--encrypt goes with --backup; an encrypted backup is recognised when "
                   "restored."));
  if (restore_path != NULL)
    return restore (database_path, restore_path);
  if (backup_path == NULL)
    return fail (_("--encrypt goes with --backup FILE."));

  return back_up (database_path, backup_path, encrypt);
}
