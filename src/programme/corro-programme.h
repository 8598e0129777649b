/* corro-programme.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PROGRAMME (corro_programme_get_type ())

G_DECLARE_FINAL_TYPE (CorroProgramme, corro_programme, CORRO, PROGRAMME, GObject)

const char     *corro_programme_default_language (void);
CorroProgramme *corro_programme_new_default      (void);
const char     *corro_programme_get_title        (CorroProgramme *self,
                                                  const char     *language);

G_END_DECLS
