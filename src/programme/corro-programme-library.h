/* corro-programme-library.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PROGRAMME_LIBRARY (corro_programme_library_get_type ())

G_DECLARE_FINAL_TYPE (CorroProgrammeLibrary, corro_programme_library,
                      CORRO, PROGRAMME_LIBRARY, GObject)

CorroProgrammeLibrary *corro_programme_library_new           (CorroStore             *store);
gboolean               corro_programme_library_load          (CorroProgrammeLibrary  *self,
                                                              GError                **error);
CorroProgramme        *corro_programme_library_get_programme (CorroProgrammeLibrary  *self,
                                                              const char             *id);
CorroProgramme        *corro_programme_library_get_default   (CorroProgrammeLibrary  *self);
gboolean               corro_programme_library_import        (CorroProgrammeLibrary  *self,
                                                              CorroProgramme         *programme,
                                                              CorroImportMode         mode,
                                                              GError                **error);

G_END_DECLS
