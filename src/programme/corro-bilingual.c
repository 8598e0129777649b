/* corro-bilingual.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-bilingual"

#include "config.h"

#include "corro-bilingual.h"

gboolean
corro_language_is_valid (const char *language)
{
  return g_strcmp0 (language, "en") == 0 || g_strcmp0 (language, "es") == 0;
}

/**
 * corro_bilingual_get:
 * @language: "en" or "es"
 *
 * Returns: the text in @language, never %NULL ("" when there is none)
 */
const char *
corro_bilingual_get (const CorroBilingual *text,
                     const char           *language)
{
  const char *value = g_strcmp0 (language, "es") == 0 ? text->es : text->en;

  return value != NULL ? value : "";
}

/**
 * corro_bilingual_get_any:
 *
 * Returns: the text in @language, or in the other language when it has none yet
 */
const char *
corro_bilingual_get_any (const CorroBilingual *text,
                         const char           *language)
{
  const char *value = corro_bilingual_get (text, language);

  if (value[0] == '\0')
    value = corro_bilingual_get (text, g_strcmp0 (language, "es") == 0 ? "en" : "es");

  return value;
}

/**
 * corro_bilingual_set:
 *
 * Returns: %TRUE when the text changed
 */
gboolean
corro_bilingual_set (CorroBilingual *text,
                     const char     *language,
                     const char     *value)
{
  char **field;

  g_return_val_if_fail (corro_language_is_valid (language), FALSE);

  field = g_str_equal (language, "es") ? &text->es : &text->en;
  if (value != NULL && value[0] == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
corro_bilingual_copy (CorroBilingual       *dest,
                      const CorroBilingual *src)
{
  corro_bilingual_set (dest, "en", src->en);
  corro_bilingual_set (dest, "es", src->es);
}

void
corro_bilingual_clear (CorroBilingual *text)
{
  g_clear_pointer (&text->en, g_free);
  g_clear_pointer (&text->es, g_free);
}
