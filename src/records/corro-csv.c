/* corro-csv.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-csv"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "corro-csv.h"

/* Reading CSV files as spreadsheets write them, and the values staff type in them. */

void
corro_csv_record_free (CorroCsvRecord *record)
{
  g_ptr_array_unref (record->fields);
  g_free (record);
}

/* Lower case, accents off, spaces and dashes as underscores: "Edad niño" → "edad_nino". */
char *
corro_csv_fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  g_autofree char *lower = NULL;
  g_autoptr(GString) folded = g_string_new (NULL);

  if (decomposed == NULL)
    return g_strdup ("");

  lower = g_utf8_casefold (decomposed, -1);
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '_')
        {
          if (folded->len > 0 && folded->str[folded->len - 1] != '_')
            g_string_append_c (folded, '_');
          continue;
        }
      g_string_append_unichar (folded, c);
    }

  while (folded->len > 0 && folded->str[folded->len - 1] == '_')
    g_string_truncate (folded, folded->len - 1);

  return g_string_free (g_steal_pointer (&folded), FALSE);
}

/* Lower case, accents and blanks off: "18 Meses" → "18meses". */
char *
corro_csv_simplify (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  g_autofree char *lower = NULL;
  g_autoptr(GString) simple = g_string_new (NULL);

  if (decomposed == NULL)
    return g_strdup ("");

  lower = g_utf8_casefold (decomposed, -1);
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c) && !g_unichar_isspace (c))
        g_string_append_unichar (simple, c);
    }

  return g_string_free (g_steal_pointer (&simple), FALSE);
}

/* The separator is whichever of comma, semicolon or tab the header row uses most. */
char
corro_csv_detect_separator (const char *text,
                            gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (gsize i = 0; i < length && (quoted || (text[i] != '\n' && text[i] != '\r')); i++)
    {
      if (text[i] == '"')
        quoted = !quoted;
      else if (!quoted)
        for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
          if (text[i] == candidates[c])
            counts[c]++;
    }

  for (guint c = 1; c < G_N_ELEMENTS (candidates); c++)
    if (counts[c] > counts[best])
      best = c;

  return candidates[best];
}

/**
 * corro_csv_split:
 * @records: (element-type CorroCsvRecord): where to add the records read
 * @open_quote_line: (out): where an unclosed quoted value starts, on failure
 *
 * Splits @text into records of fields, RFC 4180 leniently: quoted values may hold
 * separators, doubled quotes and line breaks; CRLF, LF and CR end a line; values are
 * stripped of blanks. Fails when a quoted value is never closed.
 */
gboolean
corro_csv_split (const char  *text,
                 gsize        length,
                 char         separator,
                 GPtrArray   *records,
                 guint       *open_quote_line)
{
  g_autoptr(GString) field = g_string_new (NULL);
  CorroCsvRecord *record = NULL;
  gboolean quoted = FALSE;
  gboolean in_field = FALSE;
  guint line = 1, quote_line = 1;

  for (gsize i = 0; i <= length; i++)
    {
      char c = i < length ? text[i] : '\0';
      gboolean end_of_text = i == length;

      if (quoted && !end_of_text)
        {
          if (c == '"' && i + 1 < length && text[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i++;
            }
          else if (c == '"')
            {
              quoted = FALSE;
            }
          else if (c == '\r' && i + 1 < length && text[i + 1] == '\n')
            {
              /* A line break inside a field is kept as \n. */
            }
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (quoted && end_of_text)
        {
          *open_quote_line = quote_line;
          g_clear_pointer (&record, corro_csv_record_free);
          return FALSE;
        }

      if (record == NULL && !end_of_text && c != '\n' && c != '\r')
        {
          record = g_new0 (CorroCsvRecord, 1);
          record->line = line;
          record->fields = g_ptr_array_new_with_free_func (g_free);
        }

      if (c == '"' && !in_field)
        {
          quoted = TRUE;
          in_field = TRUE;
          quote_line = line;
          continue;
        }

      if (c == separator || c == '\n' || c == '\r' || end_of_text)
        {
          if (record != NULL)
            g_ptr_array_add (record->fields, g_strstrip (g_strdup (field->str)));
          g_string_truncate (field, 0);
          in_field = FALSE;

          if (c != separator && record != NULL)
            {
              g_ptr_array_add (records, record);
              record = NULL;
            }
          if (c == '\r' && i + 1 < length && text[i + 1] == '\n')
            i++;
          if (c == '\n' || c == '\r')
            line++;
          continue;
        }

      /* Leading blanks before an opening quote do not make a field unquoted. */
      if (!in_field && (c == ' ' || c == '\t'))
        continue;

      in_field = TRUE;
      g_string_append_c (field, c);
    }

  return TRUE;
}

gboolean
corro_csv_record_is_blank (CorroCsvRecord *record)
{
  for (guint i = 0; i < record->fields->len; i++)
    if (((const char *) g_ptr_array_index (record->fields, i))[0] != '\0')
      return FALSE;

  return TRUE;
}
