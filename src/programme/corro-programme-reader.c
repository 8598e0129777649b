/* corro-programme-reader.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-programme-reader"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "corro-json-locator.h"
#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-programme-problem.h"
#include "corro-programme-reader.h"
#include "corro-programme-reader-private.h"

/* Reading programme files that came from elsewhere: another team, an e-mail, a hand
 * edit. The reader checks everything first (the text, the JSON, then every field, in
 * corro-programme-reader-checks.c) and builds the programme only when nothing stops
 * it, so that a bad file never half-arrives. Each problem says where it is as
 * FILE:LINE:COLUMN, with the column counted in characters. */

/* The format needs 8 levels; json-glib 1.6 recurses once per level, so a file nested
 * many thousands deep would overflow the stack before any check could speak. */
#define MAX_NESTING 64

G_DEFINE_QUARK (corro-programme-reader-error-quark, corro_programme_reader_error)

/* helpers */

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const CorroProgrammeProblem *pa = *(CorroProgrammeProblem * const *) a;
  const CorroProgrammeProblem *pb = *(CorroProgrammeProblem * const *) b;

  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->column != pb->column)
    return pa->column < pb->column ? -1 : 1;

  return 0;
}

static gboolean
check_encoding (const char *data,
                gsize       length,
                const char *file_name,
                GPtrArray  *problems)
{
  const char *end = NULL;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  _corro_programme_reader_add_problem (problems, CORRO_PROBLEM_ERROR, file_name,
                                       corro_json_position_at_offset (data, length, end - data),
                                       _("This is not plain text in UTF-8 from here on; save "
                                         "the file as UTF-8 text."));
  return FALSE;
}

static gboolean
check_nesting (const char *data,
               gsize       length,
               const char *file_name,
               GPtrArray  *problems)
{
  guint depth = 0;
  char quote = 0;
  gboolean escaped = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (quote != 0)
        {
          if (!escaped && c == quote)
            quote = 0;
          escaped = !escaped && c == '\\';
        }
      else if (c == '"' || c == '\'')
        {
          quote = c;
        }
      else if (c == '{' || c == '[')
        {
          if (++depth > MAX_NESTING)
            {
              g_autofree char *message =
                g_strdup_printf (_("Lists and groups of fields are nested too deeply here "
                                   "(more than %d levels)."), MAX_NESTING);

              _corro_programme_reader_add_problem (problems, CORRO_PROBLEM_ERROR, file_name,
                                                   corro_json_position_at_offset (data, length, i),
                                                   message);
              return FALSE;
            }
        }
      else if ((c == '}' || c == ']') && depth > 0)
        {
          depth--;
        }
    }

  return TRUE;
}

/* json-glib puts the place in the message: "<data>:LINE:BYTE-COLUMN: Parse error: …". */
static void
add_syntax_problem (const char *data,
                    gsize       length,
                    const char *file_name,
                    GError     *parse_error,
                    GPtrArray  *problems)
{
  static const char prefix[] = "<data>:";
  g_autofree char *message = NULL;
  const char *detail = parse_error->message;
  CorroJsonPosition position = { 1, 1 };
  guint line = 0, column = 0;
  int consumed = 0;

  if (g_str_has_prefix (detail, prefix) &&
      sscanf (detail + strlen (prefix), "%u:%u: %n", &line, &column, &consumed) == 2 &&
      consumed > 0)
    {
      const char *label_end;

      position = corro_json_position_at_byte_column (data, length, line, column);
      detail += strlen (prefix) + consumed;
      /* Leave out json-glib's "Parse error: " label; the message says as much. */
      if ((label_end = strstr (detail, ": ")) != NULL)
        detail = label_end + 2;
    }

  message = g_strdup_printf (_("The file’s text is broken here: %s"), detail);
  _corro_programme_reader_add_problem (problems, CORRO_PROBLEM_ERROR, file_name, position,
                                       message);
}

static guint
count_errors (GPtrArray *problems)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    {
      CorroProgrammeProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == CORRO_PROBLEM_ERROR)
        n++;
    }

  return n;
}

/* Checks @data, adding to @problems; returns whether it may be built. */
static gboolean
check_data (const char  *data,
            gsize        length,
            const char  *file_name,
            GPtrArray   *problems,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(CorroJsonLocator) locator = NULL;
  g_autoptr(GError) parse_error = NULL;
  gboolean too_new = FALSE;
  guint n_errors;

  if (check_encoding (data, length, file_name, problems) &&
      check_nesting (data, length, file_name, problems))
    {
      if (json_parser_load_from_data (parser, data, length, &parse_error))
        {
          locator = corro_json_locator_new (data, length, json_parser_get_root (parser));
          _corro_programme_reader_check (json_parser_get_root (parser), locator, file_name,
                                         problems, &too_new);
        }
      else
        {
          add_syntax_problem (data, length, file_name, parse_error, problems);
        }
    }

  g_ptr_array_sort (problems, compare_problems);

  if (too_new)
    {
      g_set_error (error, CORRO_PROGRAMME_READER_ERROR, CORRO_PROGRAMME_READER_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Corro; update Corro to read it."),
                   file_name);
      return FALSE;
    }

  if ((n_errors = count_errors (problems)) > 0)
    {
      g_set_error (error, CORRO_PROGRAMME_READER_ERROR, CORRO_PROGRAMME_READER_ERROR_INVALID,
                   ngettext ("%u problem stops Corro from reading “%s”.",
                             "%u problems stop Corro from reading “%s”.", n_errors),
                   n_errors, file_name);
      return FALSE;
    }

  return TRUE;
}

/* internal API */

/* Keeps each problem on one line, though it may quote a file's text or json-glib's. */
void
_corro_programme_reader_add_problem (GPtrArray            *problems,
                                     CorroProblemSeverity  severity,
                                     const char           *file_name,
                                     CorroJsonPosition     position,
                                     const char           *message)
{
  g_autofree char *line = g_strdup (message);

  for (char *p = line; *p != '\0'; p++)
    if (g_ascii_iscntrl (*p))
      *p = ' ';

  g_ptr_array_add (problems, corro_programme_problem_new (severity, file_name,
                                                          position.line, position.column,
                                                          line));
}

/* public API */

/**
 * corro_programme_reader_load_bytes:
 * @bytes: a programme file's contents
 * @file_name: the file's name as people should see it in problems
 * @problems: (out) (optional) (transfer container) (element-type CorroProgrammeProblem):
 *   every problem found, errors and warnings, in the order they appear in the file
 * @error: a #CORRO_PROGRAMME_READER_ERROR when the file cannot be used
 *
 * Checks a programme file from elsewhere and, when no problem stops it, reads it.
 * Warnings (a missing translation, a member this Corro does not know) do not stop it.
 *
 * Every problem has a line and a column, counted from 1, the column in characters. They
 * point at the value that is wrong; at the name of a member that is unknown or given
 * twice; at the `{` of an object that lacks a member; for broken JSON, where json-glib
 * stopped understanding the text.
 *
 * Returns: (transfer full) (nullable): the programme, or %NULL
 */
CorroProgramme *
corro_programme_reader_load_bytes (GBytes      *bytes,
                                   const char  *file_name,
                                   GPtrArray  **problems,
                                   GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  const char *data;
  gsize length = 0;
  CorroProgramme *programme = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) corro_programme_problem_free);
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  if (check_data (data, length, file_name, found, error))
    programme = corro_programme_format_read_trusted (data, length, error);

  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return programme;
}

/**
 * corro_programme_reader_load_file:
 * @problems: (out) (optional) (transfer container) (element-type CorroProgrammeProblem):
 *   see corro_programme_reader_load_bytes()
 * @error: a #CORRO_PROGRAMME_READER_ERROR, or a #G_IO_ERROR when @file cannot be read
 *
 * Like corro_programme_reader_load_bytes(), naming the file by its full name. It reads
 * the file at once: call it from a worker thread in the interface.
 *
 * Returns: (transfer full) (nullable): the programme, or %NULL
 */
CorroProgramme *
corro_programme_reader_load_file (GFile      *file,
                                  GPtrArray **problems,
                                  GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (problems != NULL)
    *problems = NULL;

  if (!(bytes = g_file_load_bytes (file, NULL, NULL, error)))
    {
      if (problems != NULL)
        *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) corro_programme_problem_free);
      return NULL;
    }

  file_name = g_file_get_parse_name (file);
  return corro_programme_reader_load_bytes (bytes, file_name, problems, error);
}
