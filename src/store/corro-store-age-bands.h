/* corro-store-age-bands.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-store.h"
#include "corro-types.h"

G_BEGIN_DECLS

/* A group's age band is "" (not recorded), a band's key, or this prefix and the text
 * written before bands existed (migration 0010). */
#define CORRO_STORE_AGE_BAND_OTHER "other:"

typedef struct
{
  char  *key;
  char  *label_en;
  char  *label_es;  /* "" when not translated */
  guint  n_groups;  /* groups in this band */
} CorroStoreAgeBand;

void       corro_store_age_band_free    (CorroStoreAgeBand  *band);
GPtrArray *corro_store_list_age_bands   (CorroStore         *self,
                                         GError            **error);
char      *corro_store_add_age_band     (CorroStore         *self,
                                         const char         *label_en,
                                         const char         *label_es,
                                         GError            **error);
gboolean   corro_store_rename_age_band  (CorroStore         *self,
                                         const char         *key,
                                         const char         *label_en,
                                         const char         *label_es,
                                         GError            **error);
gboolean   corro_store_remove_age_band  (CorroStore         *self,
                                         const char         *key,
                                         GError            **error);

G_END_DECLS
