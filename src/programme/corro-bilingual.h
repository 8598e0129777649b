/* corro-bilingual.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Content text written by the team in English and Spanish. It is data, not an
 * interface string: it never goes through gettext. */
typedef struct
{
  char *en;
  char *es;
} CorroBilingual;

const char *corro_bilingual_get      (const CorroBilingual *text,
                                      const char           *language);
const char *corro_bilingual_get_any  (const CorroBilingual *text,
                                      const char           *language);
gboolean    corro_bilingual_set      (CorroBilingual       *text,
                                      const char           *language,
                                      const char           *value);
void        corro_bilingual_copy     (CorroBilingual       *dest,
                                      const CorroBilingual *src);
void        corro_bilingual_clear    (CorroBilingual       *text);
gboolean    corro_language_is_valid  (const char           *language);

G_END_DECLS
