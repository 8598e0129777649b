/* corro-programme-reader-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "corro-json-locator.h"
#include "corro-types.h"

G_BEGIN_DECLS

void _corro_programme_reader_add_problem (GPtrArray            *problems,
                                          CorroProblemSeverity  severity,
                                          const char           *file_name,
                                          CorroJsonPosition     position,
                                          const char           *message);
void _corro_programme_reader_check       (JsonNode             *root,
                                          CorroJsonLocator     *locator,
                                          const char           *file_name,
                                          GPtrArray            *problems,
                                          gboolean             *too_new);

G_END_DECLS
