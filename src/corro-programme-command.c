/* corro-programme-command.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-programme-command"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-programme.h"
#include "corro-programme-command.h"
#include "corro-programme-format.h"
#include "corro-programme-library.h"
#include "corro-programme-reader.h"
#include "corro-store.h"

/* The headless verbs for programme files, for staff scripts and tests:
 *
 *   corro --export-programme FILE [--programme ID]
 *   corro --import-programme FILE [--replace | --keep-both]
 *
 * They run before GTK starts and need no display. They exit with 0 on success, and
 * with 1 and a message on standard error otherwise. An import checks the whole file
 * before it opens the database, so a file with problems changes nothing. */

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

/* Opens the database as the window does: an empty one receives the default programme. */
static CorroProgrammeLibrary *
open_library (const char  *database_path,
              GError     **error)
{
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroProgrammeLibrary) library = NULL;

  if (!(store = corro_store_open (database_path, error)))
    return NULL;

  library = corro_programme_library_new (store);
  if (!corro_programme_library_load (library, error))
    return NULL;

  return g_steal_pointer (&library);
}

static char *
dup_programme_ids (CorroProgrammeLibrary *library)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroProgramme) programme = g_list_model_get_item (G_LIST_MODEL (library), i);

      g_strv_builder_add (builder, corro_programme_get_id (programme));
    }
  ids = g_strv_builder_end (builder);

  return g_strjoinv (", ", ids);
}

static int
export_programme (const char *path,
                  const char *id,
                  const char *database_path)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  CorroProgramme *programme;

  if (!(library = open_library (database_path, &error)))
    return fail ("%s", error->message);

  if (id != NULL)
    programme = corro_programme_library_get_programme (library, id);
  else
    programme = corro_programme_library_get_default (library);

  if (programme == NULL)
    {
      g_autofree char *ids = dup_programme_ids (library);

      return fail (_("There is no programme with the id “%s”. The programmes kept are: %s."),
                   id != NULL ? id : "", ids);
    }

  if (!corro_programme_format_write_file (programme, file, &error))
    return fail (_("Could not write the programme to “%s”: %s"), name, error->message);

  return 0;
}

static int
import_programme (const char      *path,
                  gboolean         replace,
                  gboolean         keep_both,
                  const char      *database_path)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  g_autoptr(CorroProgramme) programme = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  const char *id;

  if (!(bytes = g_file_load_bytes (file, NULL, NULL, &error)))
    return fail (_("Nothing was imported: %s"), error->message);

  programme = corro_programme_reader_load_bytes (bytes, name, &problems, &error);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = corro_programme_problem_to_string (g_ptr_array_index (problems, i));

      g_printerr ("%s\n", line);
    }
  if (programme == NULL)
    return fail (_("Nothing was imported: %s"), error->message);

  if (!(library = open_library (database_path, &error)))
    return fail (_("Nothing was imported: %s"), error->message);

  id = corro_programme_get_id (programme);
  if (corro_programme_library_get_programme (library, id) != NULL && !replace && !keep_both)
    return fail (_("A programme with the id “%s” is already kept. Run again with --replace "
                   "to replace it, or with --keep-both to keep both."), id);

  if (!corro_programme_library_import (library, programme,
                                       keep_both ? CORRO_IMPORT_KEEP_BOTH : CORRO_IMPORT_REPLACE,
                                       &error))
    return fail (_("Nothing was imported: %s"), error->message);

  done = g_strdup_printf (_("Imported “%s” as the programme “%s”."),
                          name, corro_programme_get_id (programme));
  g_print ("%s\n", done);
  return 0;
}

/* public API */

void
corro_programme_command_add_options (GApplication *app)
{
  static const GOptionEntry entries[] = {
    { "export-programme", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a programme to FILE and exit: the first one kept, or the one --programme names"),
      N_("FILE") },
    { "programme", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-programme: the id of the programme to write"), N_("ID") },
    { "import-programme", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Check the programme file FILE and keep its programme, then exit"), N_("FILE") },
    { "replace", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --import-programme: replace the programme that has the same id"), NULL },
    { "keep-both", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --import-programme: keep both, giving the imported one a new id"), NULL },
    { NULL }
  };

  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, entries);
}

/**
 * corro_programme_command_is_wanted:
 *
 * Returns: whether the command line asks for one of the programme-file verbs (or gives
 *   one of their options, which must then be explained)
 */
gboolean
corro_programme_command_is_wanted (GVariantDict *options)
{
  static const char * const names[] = {
    "export-programme", "programme", "import-programme", "replace", "keep-both",
  };

  g_return_val_if_fail (options != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_variant_dict_contains (options, names[i]))
      return TRUE;

  return FALSE;
}

/**
 * corro_programme_command_run:
 * @database_path: the database to import into or export from
 *
 * Returns: the exit status
 */
int
corro_programme_command_run (GVariantDict *options,
                             const char   *database_path)
{
  g_autofree char *import_path = NULL;
  g_autofree char *export_path = NULL;
  g_autofree char *id = NULL;
  gboolean replace, keep_both;

  g_return_val_if_fail (options != NULL, 1);
  g_return_val_if_fail (database_path != NULL, 1);

  g_variant_dict_lookup (options, "import-programme", "^ay", &import_path);
  g_variant_dict_lookup (options, "export-programme", "^ay", &export_path);
  g_variant_dict_lookup (options, "programme", "s", &id);
  replace = g_variant_dict_contains (options, "replace");
  keep_both = g_variant_dict_contains (options, "keep-both");

  if (import_path != NULL && export_path != NULL)
    return fail (_("Give either --import-programme or --export-programme, not both."));
  if (replace && keep_both)
    return fail (_("Give either --replace or --keep-both, not both."));
  if (id != NULL && export_path == NULL)
    return fail (_("--programme goes with --export-programme."));
  if ((replace || keep_both) && import_path == NULL)
    return fail (_("--replace and --keep-both go with --import-programme."));

  if (import_path != NULL)
    return import_programme (import_path, replace, keep_both, database_path);

  return export_programme (export_path, id, database_path);
}
