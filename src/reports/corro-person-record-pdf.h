/* corro-person-record-pdf.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-pdf-document.h"
#include "corro-person-record.h"
#include "corro-types.h"

G_BEGIN_DECLS

CorroPdfDocument *corro_person_record_to_pdf_document (CorroPersonRecord  *self);
gboolean          corro_person_record_write_pdf       (CorroPersonRecord  *self,
                                                       GFile              *file,
                                                       GCancellable       *cancellable,
                                                       GError            **error);

G_END_DECLS
