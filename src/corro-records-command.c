/* corro-records-command.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-records-command"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "corro-demo.h"
#include "corro-participant-import.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-records-command.h"
#include "corro-store-records.h"

/* The headless verbs for the records, for staff scripts, newcomers and tests:
 *
 *   corro --import-participants FILE --group NAME [--as-new-people]
 *   corro [--database FILE] --demo
 *
 * They run before GTK starts and need no display. They exit with 0 on success, and
 * with 1 and a message on standard error otherwise. An import checks the whole file
 * before it opens the database: a file with problems lists them, one "FILE:LINE:
 * message" each, and imports nobody. */

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
              CorroStore **store_out,
              GError     **error)
{
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroProgrammeLibrary) library = NULL;

  if (!(store = corro_store_open (database_path, error)))
    return NULL;

  library = corro_programme_library_new (store);
  if (!corro_programme_library_load (library, error))
    return NULL;

  *store_out = g_steal_pointer (&store);
  return g_steal_pointer (&library);
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/* What the import did about the people already in the records. */
static void
say_lookalikes (CorroParticipantImport *import,
                gboolean                as_new)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = 0, n_already = corro_participant_import_get_n_already_in_group (import);

  for (guint i = 0; i < corro_participant_import_get_n_rows (import); i++)
    {
      const CorroStoreLookalike *lookalike = corro_participant_import_get_row_lookalike (import,
                                                                                         i);

      if (lookalike == NULL)
        continue;
      g_string_append_printf (names, "%s%s", n > 0 ? ", " : "", lookalike->participant.name);
      n++;
    }
  if (n == 0)
    return;

  if (as_new)
    {
      g_print (ngettext ("Added %u person as new although they look like someone already in "
                         "the records: %s.\n",
                         "Added %u people as new although they look like people already in "
                         "the records: %s.\n", n),
               n, names->str);
      return;
    }

  g_print (ngettext ("%u person was already in the records and was linked to their record, "
                     "not added again: %s.\n",
                     "%u people were already in the records and were linked to their records, "
                     "not added again: %s.\n", n),
           n, names->str);
  if (n_already > 0)
    g_print (ngettext ("%u of them was in the group already and was left as they were.\n",
                       "%u of them were in the group already and were left as they were.\n",
                       n_already),
             n_already);
  g_print ("%s\n", _("To add them as new people instead, import again with --as-new-people."));
}

static int
import_participants (const char *path,
                     const char *group_name,
                     gboolean    as_new,
                     const char *database_path)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(CorroParticipantImport) import = corro_participant_import_new ();
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *warnings;
  const char * const *errors;
  CorroProgramme *programme;
  CorroStoreGroup new_group = { 0 };
  gint64 group_id;
  guint n_errors, n_rows;

  if (!(bytes = g_file_load_bytes (file, NULL, NULL, &error)))
    return fail (_("Nobody was imported: %s"), error->message);

  corro_participant_import_load (import, bytes, name);
  warnings = corro_participant_import_get_warnings (import);
  errors = corro_participant_import_get_errors (import);
  for (guint i = 0; warnings[i] != NULL; i++)
    g_printerr ("%s\n", warnings[i]);
  for (n_errors = 0; errors[n_errors] != NULL; n_errors++)
    g_printerr ("%s\n", errors[n_errors]);
  if (n_errors > 0)
    return fail (ngettext ("Nobody was imported: the file has %u problem.",
                           "Nobody was imported: the file has %u problems.", n_errors),
                 n_errors);

  if (!(library = open_library (database_path, &store, &error)))
    return fail (_("Nobody was imported: %s"), error->message);

  group_id = corro_store_find_group (store, group_name, &error);
  if (error != NULL)
    return fail (_("Nobody was imported: %s"), error->message);

  /* A group that does not exist yet is made, following the default programme. */
  programme = corro_programme_library_get_default (library);
  new_group.name = (char *) group_name;
  new_group.programme_id = (char *) corro_programme_get_id (programme);
  new_group.status = CORRO_GROUP_STATUS_PLANNED;

  /* Someone who looks like a person already in the records is linked to them, unless
   * asked otherwise: never a second record of the same person without a word. */
  if (corro_participant_import_find_lookalikes (import, store, &error) < 0)
    return fail (_("Nobody was imported: %s"), error->message);
  for (guint i = 0; as_new && i < corro_participant_import_get_n_rows (import); i++)
    corro_participant_import_set_row_link (import, i, FALSE);

  if (!corro_participant_import_commit (import, store, group_id,
                                        group_id > 0 ? NULL : &new_group, NULL, &error))
    return fail (_("Nobody was imported: %s"), error->message);

  n_rows = corro_participant_import_get_n_rows (import)
           - corro_participant_import_get_n_already_in_group (import);
  if (group_id > 0)
    g_print (ngettext ("Referred %u participant to the group “%s”.\n",
                       "Referred %u participants to the group “%s”.\n", n_rows),
             n_rows, group_name);
  else
    g_print (ngettext ("Referred %u participant to the new group “%s”.\n",
                       "Referred %u participants to the new group “%s”.\n", n_rows),
             n_rows, group_name);
  say_lookalikes (import, as_new);
  return 0;
}

static int
write_demo (const char *database_path)
{
  g_autofree char *name = g_filename_display_name (database_path);
  g_autoptr(CorroProgrammeLibrary) library = NULL;
  g_autoptr(CorroRecords) records = NULL;
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(GError) error = NULL;
  CorroProgramme *programme;

  if (g_file_test (database_path, G_FILE_TEST_EXISTS))
    return fail (_("“%s” already exists. Corro writes the demo only into a new file: name "
                   "one with --database."), name);

  if (!(library = open_library (database_path, &store, &error)))
    {
      remove_database (database_path);
      return fail (_("Could not write the demo: %s"), error->message);
    }

  programme = corro_programme_library_get_default (library);
  records = corro_records_new (store);
  if (!corro_demo_fill (records, corro_programme_get_id (programme), &error))
    {
      g_clear_object (&records);
      g_clear_object (&library);
      g_clear_object (&store);
      remove_database (database_path);
      return fail (_("Could not write the demo: %s"), error->message);
    }

  g_print (_("Wrote a fictional demo to “%s”.\n"), name);
  return 0;
}

/* public API */

void
corro_records_command_add_options (GApplication *app)
{
  static const GOptionEntry entries[] = {
    { "import-participants", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Refer the participants listed in the CSV file FILE to the group --group names, "
         "then exit"),
      N_("FILE") },
    { "group", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --import-participants: the group’s name; a new group is made if none has it"),
      N_("NAME") },
    { "as-new-people", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --import-participants: add people who look like someone already in the "
         "records (same name, phone or email) as new people, instead of linking them to "
         "that record"),
      NULL },
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Write a fictional demo into a new database (--database FILE, or the usual place), "
         "then exit"),
      NULL },
    { NULL }
  };

  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, entries);
}

/**
 * corro_records_command_is_wanted:
 *
 * Returns: whether the command line asks for one of the records verbs (or gives one of
 *   their options, which must then be explained)
 */
gboolean
corro_records_command_is_wanted (GVariantDict *options)
{
  static const char * const names[] = { "import-participants", "group", "as-new-people",
                                        "demo" };

  g_return_val_if_fail (options != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_variant_dict_contains (options, names[i]))
      return TRUE;

  return FALSE;
}

/**
 * corro_records_command_run:
 * @database_path: the database to import into, or to write the demo to
 *
 * Returns: the exit status
 */
int
corro_records_command_run (GVariantDict *options,
                           const char   *database_path)
{
  g_autofree char *import_path = NULL;
  g_autofree char *group = NULL;
  gboolean demo;

  g_return_val_if_fail (options != NULL, 1);
  g_return_val_if_fail (database_path != NULL, 1);

  g_variant_dict_lookup (options, "import-participants", "^ay", &import_path);
  g_variant_dict_lookup (options, "group", "s", &group);
  demo = g_variant_dict_contains (options, "demo");

  if (demo && (import_path != NULL || group != NULL))
    return fail (_("Give either --demo or --import-participants, not both."));
  if (demo)
    return write_demo (database_path);
  if (import_path == NULL && g_variant_dict_contains (options, "as-new-people"))
    return fail (_("--as-new-people goes with --import-participants."));
  if (import_path == NULL)
    return fail (_("--group goes with --import-participants."));
  if (group == NULL || g_strstrip (group)[0] == '\0')
    return fail (_("--import-participants needs --group NAME: the group to refer the "
                   "participants to."));

  return import_participants (import_path, group,
                              g_variant_dict_contains (options, "as-new-people"),
                              database_path);
}
