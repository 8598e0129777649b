/* corro-programme-reader.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-programme-problem.h"
#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_PROGRAMME_READER_ERROR (corro_programme_reader_error_quark ())

/**
 * CorroProgrammeReaderError:
 * @CORRO_PROGRAMME_READER_ERROR_INVALID: the file has problems that stop Corro from
 *   using it; the problems say which and where
 * @CORRO_PROGRAMME_READER_ERROR_TOO_NEW: the file was made by a newer Corro
 */
typedef enum
{
  CORRO_PROGRAMME_READER_ERROR_INVALID = 1,
  CORRO_PROGRAMME_READER_ERROR_TOO_NEW,
} CorroProgrammeReaderError;

GQuark          corro_programme_reader_error_quark (void);
CorroProgramme *corro_programme_reader_load_file   (GFile       *file,
                                                    GPtrArray  **problems,
                                                    GError     **error);
CorroProgramme *corro_programme_reader_load_bytes  (GBytes      *bytes,
                                                    const char  *file_name,
                                                    GPtrArray  **problems,
                                                    GError     **error);

G_END_DECLS
