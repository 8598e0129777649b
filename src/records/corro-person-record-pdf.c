/* corro-person-record-pdf.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-person-record"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-person-record.h"

/* The seam for the readable copy of a person's record. The PDF is drawn by the
 * reports' PDF writer (CorroPdfDocument, src/reports/) from the record's sections, in
 * order: corro_person_record_get_title() and _get_exported_at() as the heading; then
 * for each CorroPersonSection its heading, its paragraph, its key/value lines as a
 * two-column table, and its notes (date, title, text, then each addendum dated). Until
 * that writer is connected here, a PDF cannot be written and the interface offers JSON
 * only (corro_person_record_can_write_pdf()). */

/**
 * corro_person_record_can_write_pdf:
 *
 * Returns: whether corro_person_record_write_pdf() can write a PDF in this build
 */
gboolean
corro_person_record_can_write_pdf (void)
{
  return FALSE;
}

/**
 * corro_person_record_write_pdf:
 *
 * Writes the record for people to read, as a PDF readable by its owner only, replaced
 * whole or not at all. It writes at once: call it from a worker thread.
 */
gboolean
corro_person_record_write_pdf (CorroPersonRecord  *self,
                               GFile              *file,
                               GCancellable       *cancellable,
                               GError            **error)
{
  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  g_set_error_literal (error, CORRO_PERSON_RECORD_ERROR, CORRO_PERSON_RECORD_ERROR_NO_PDF,
                       _("This version of Corro cannot write a person’s record as a PDF "
                         "yet; save it as JSON."));
  return FALSE;
}
