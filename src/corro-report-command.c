/* corro-report-command.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-report-command"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>

#include "corro-date.h"
#include "corro-group.h"
#include "corro-records.h"
#include "corro-report.h"
#include "corro-report-command.h"
#include "corro-sign-in-sheet.h"
#include "corro-store-records.h"
#include "corro-store-reports.h"

/* The headless report verb, for staff scripts and funders' returns:
 *
 *   corro --export-report register|completion|summary [--group NAME]
 *         [--from DATE --to DATE] --format csv|pdf --output FILE
 *
 * Without --group, every group, one section each. Dates are YYYY-MM-DD, or the locale's
 * day, month and year ("31/12/2025"; "12/31/2025" where the locale writes the month
 * first). --output - writes a CSV to standard output. Exits 1 with a message, and no file
 * left behind, on an unknown group, a bad date or a path that cannot be written. */

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

static int
export_report (CorroReportKind  kind,
               const char      *group_name,
               const char      *from,
               const char      *to,
               gboolean         pdf,
               const char      *output,
               const char      *database_path)
{
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *team = NULL;
  CorroReportOptions options = { 0 };

  if (!g_file_test (database_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_name (database_path);

      return fail (_("There are no records in “%s”."), name);
    }
  if (!(store = corro_store_open (database_path, &error)))
    return fail (_("No report was written: %s"), error->message);

  options.kind = kind;
  options.from = from;
  options.to = to;
  if (group_name != NULL)
    {
      options.group_id = corro_store_find_group (store, group_name, &error);
      if (error != NULL)
        return fail (_("No report was written: %s"), error->message);
      if (options.group_id <= 0)
        return fail (_("There is no group called “%s”."), group_name);
    }
  team = corro_store_dup_team_name (store);
  options.team_name = team;

  if (!(report = corro_report_compute (store, &options, NULL, &error)))
    return fail (_("No report was written: %s"), error->message);

  if (g_str_equal (output, "-") && !pdf)
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (1, FALSE);

      if (!corro_report_write_csv (report, out, NULL, &error))
        return fail (_("No report was written: %s"), error->message);
      return 0;
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!corro_report_save (report, file, pdf, NULL, &error))
        return fail ("%s", error->message);
    }

  return 0;
}

/* The blank sign-in sheet of a group, with the interface's own layout. */
static int
export_sign_in_sheet (const char *group_name,
                      const char *output,
                      const char *database_path)
{
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroRecords) records = NULL;
  g_autoptr(CorroPdfDocument) sheet = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  CorroGroup *group = NULL;
  GListModel *groups;
  gint64 id;

  if (group_name == NULL)
    return fail (_("A sign-in sheet is for one group: name it with --group."));
  if (!g_file_test (database_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_name (database_path);

      return fail (_("There are no records in “%s”."), name);
    }
  if (!(store = corro_store_open (database_path, &error)))
    return fail (_("No report was written: %s"), error->message);
  id = corro_store_find_group (store, group_name, &error);
  if (error != NULL)
    return fail (_("No report was written: %s"), error->message);
  if (id <= 0)
    return fail (_("There is no group called “%s”."), group_name);

  records = corro_records_new (store);
  if (!corro_records_load (records, &error))
    return fail (_("No report was written: %s"), error->message);
  groups = corro_records_get_groups (records);
  for (guint i = 0; i < g_list_model_get_n_items (groups) && group == NULL; i++)
    {
      g_autoptr(CorroGroup) each = g_list_model_get_item (groups, i);

      if (corro_group_get_id (each) == id)
        group = each;
    }
  if (group == NULL || !corro_records_load_group (records, group, &error))
    return fail (_("No report was written: %s"),
                 error != NULL ? error->message : group_name);

  sheet = corro_sign_in_sheet_new (group, NULL);
  file = g_file_new_for_commandline_arg (output);
  if (!corro_pdf_document_save (sheet, file, NULL, &error))
    return fail ("%s", error->message);

  return 0;
}

/* public API */

void
corro_report_command_add_options (GApplication *app)
{
  static const GOptionEntry entries[] = {
    { "export-report", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write a report (register, completion or summary) or a group’s blank sign-in "
         "sheet (sign-in, with --group) to --output, then exit"),
      N_("REPORT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-report: the first day of the period (25/12/2026 or 2026-12-25)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-report: the last day of the period (25/12/2026 or 2026-12-25)"), N_("DATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-report: csv or pdf"), N_("FORMAT") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("With --export-report: the file to write (- for standard output, CSV only)"),
      N_("FILE") },
    { NULL }
  };

  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, entries);
}

/**
 * corro_report_command_is_wanted:
 *
 * Returns: whether the command line asks for a report, or gives one of its options
 *   (--group is shared with --import-participants, which claims it when given)
 */
gboolean
corro_report_command_is_wanted (GVariantDict *options)
{
  static const char * const names[] = { "export-report", "from", "to", "format", "output" };

  g_return_val_if_fail (options != NULL, FALSE);

  if (g_variant_dict_contains (options, "import-participants"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_variant_dict_contains (options, names[i]))
      return TRUE;

  return FALSE;
}

/**
 * corro_report_command_run:
 * @database_path: the records to report on
 *
 * Returns: the exit status
 */
int
corro_report_command_run (GVariantDict *options,
                          const char   *database_path)
{
  g_autofree char *kind_word = NULL;
  g_autofree char *group = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  CorroReportKind kind;

  g_return_val_if_fail (options != NULL, 1);
  g_return_val_if_fail (database_path != NULL, 1);

  g_variant_dict_lookup (options, "export-report", "s", &kind_word);
  g_variant_dict_lookup (options, "group", "s", &group);
  g_variant_dict_lookup (options, "from", "s", &from_text);
  g_variant_dict_lookup (options, "to", "s", &to_text);
  g_variant_dict_lookup (options, "format", "s", &format);
  g_variant_dict_lookup (options, "output", "^ay", &output);

  if (kind_word == NULL)
    return fail (_("--from, --to, --format and --output go with --export-report."));
  if (g_str_equal (kind_word, "sign-in"))
    {
      if (format != NULL && !g_str_equal (format, "pdf"))
        return fail (_("A sign-in sheet is written as a PDF: use --format pdf."));
      if (output == NULL || output[0] == '\0' || g_str_equal (output, "-"))
        return fail (_("A PDF is written to a file: name one with --output."));
      return export_sign_in_sheet (group != NULL ? g_strstrip (group) : NULL, output,
                                   database_path);
    }
  if (!corro_report_parse_kind (kind_word, &kind))
    return fail (_("“%s” is not a report: choose register, completion or summary."),
                 kind_word);
  if (format == NULL || (!g_str_equal (format, "csv") && !g_str_equal (format, "pdf")))
    return fail (_("--export-report needs --format csv or --format pdf."));
  if (output == NULL || output[0] == '\0')
    return fail (_("--export-report needs --output FILE: where to write the report."));
  if (g_str_equal (output, "-") && g_str_equal (format, "pdf"))
    return fail (_("A PDF is written to a file: name one with --output."));
  /* The dates the interface reads, read the same way. */
  if (from_text != NULL && !(from = corro_date_parse_local (from_text)))
    {
      g_autofree char *message = corro_date_dup_not_a_date (from_text);

      return fail ("%s", message);
    }
  if (to_text != NULL && !(to = corro_date_parse_local (to_text)))
    {
      g_autofree char *message = corro_date_dup_not_a_date (to_text);

      return fail ("%s", message);
    }
  if (group != NULL && g_strstrip (group)[0] == '\0')
    g_clear_pointer (&group, g_free);

  return export_report (kind, group, from, to, g_str_equal (format, "pdf"), output,
                        database_path);
}
