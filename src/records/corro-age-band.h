/* corro-age-band.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_AGE_BAND (corro_age_band_get_type ())

G_DECLARE_FINAL_TYPE (CorroAgeBand, corro_age_band, CORRO, AGE_BAND, GObject)

const char *corro_age_band_get_key      (CorroAgeBand *self);
const char *corro_age_band_get_label_en (CorroAgeBand *self);
const char *corro_age_band_get_label_es (CorroAgeBand *self);
const char *corro_age_band_get_label    (CorroAgeBand *self);
guint       corro_age_band_get_n_groups (CorroAgeBand *self);

char       *corro_age_band_describe     (const char   *value,
                                         const char   *label_en,
                                         const char   *label_es);
gboolean    corro_age_band_is_other     (const char   *value);

G_END_DECLS
