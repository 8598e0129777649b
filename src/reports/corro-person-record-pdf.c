/* corro-person-record-pdf.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-person-record"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-person-record-pdf.h"

/* The readable copy of a person's record (a right of access), laid out like a report:
 * its title and when it was exported, then each section of the record in order: its
 * heading, its paragraph, its labelled values, and its dated notes, each followed by
 * the addenda written to it later. The records gather the sections; the reports put
 * them on paper (records/ knows nothing of PDF). */

/* "3 Mar 2026 at 14:05", in local time, from "2026-03-03T14:05:00Z". */
static char *
dup_exported_at (const char *iso)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  if (utc == NULL)
    return g_strdup (iso);

  local = g_date_time_to_local (utc);
  /* Translators: a date in a report, in strftime() form, e.g. "3 Mar 2026" */
  day = g_date_time_format (local, _("%-d %b %Y"));
  time = g_date_time_format (local, "%H:%M");
  /* Translators: when a person's record was exported: a date, then a time of day */
  return g_strdup_printf (_("Exported on %s at %s"), day, time);
}

static void
add_note (CorroPdfDocument      *document,
          const CorroPersonNote *note)
{
  g_autofree char *heading = NULL;

  if (note->date != NULL && note->date[0] != '\0')
    /* Translators: a dated text in a person's record: its day, then what it is (a
     * pre-group contact, or a note and the session it is about) */
    heading = g_strdup_printf (_("%s — %s"), note->date, note->title);
  else
    heading = g_strdup (note->title);
  corro_pdf_document_add_subheading (document, heading);
  if (note->text != NULL && note->text[0] != '\0')
    corro_pdf_document_add_paragraph (document, note->text);

  for (guint a = 0; a < note->addenda->len; a++)
    {
      const CorroPersonLine *addendum = g_ptr_array_index (note->addenda, a);
      g_autofree char *text = NULL;

      /* Translators: an addendum to a note in a person's record: the day it was
       * written, then its text */
      text = g_strdup_printf (_("Addendum written on %s: %s"), addendum->key,
                              addendum->value);
      corro_pdf_document_add_paragraph (document, text);
    }
}

/**
 * corro_person_record_to_pdf_document:
 *
 * Returns: (transfer full): the record laid out for people to read, on the locale's paper
 */
CorroPdfDocument *
corro_person_record_to_pdf_document (CorroPersonRecord *self)
{
  g_autoptr(CorroPdfDocument) document = corro_pdf_document_new ();
  g_autofree char *exported = NULL;
  g_autofree char *footer = NULL;

  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), NULL);

  exported = dup_exported_at (corro_person_record_get_exported_at (self));
  footer = g_strdup_printf ("%s · %s", corro_person_record_get_title (self), exported);
  corro_pdf_document_set_title (document, corro_person_record_get_title (self));
  corro_pdf_document_set_footer (document, footer);
  corro_pdf_document_add_title (document, corro_person_record_get_title (self), exported);

  for (guint s = 0; s < corro_person_record_get_n_sections (self); s++)
    {
      const CorroPersonSection *section = corro_person_record_get_section (self, s);

      corro_pdf_document_add_heading (document, section->heading);
      if (section->text != NULL && section->text[0] != '\0')
        corro_pdf_document_add_paragraph (document, section->text);
      for (guint l = 0; l < section->lines->len; l++)
        {
          const CorroPersonLine *line = g_ptr_array_index (section->lines, l);

          corro_pdf_document_add_key_value (document, line->key, line->value);
        }
      for (guint n = 0; n < section->notes->len; n++)
        add_note (document, g_ptr_array_index (section->notes, n));
    }

  return g_steal_pointer (&document);
}

/**
 * corro_person_record_write_pdf:
 *
 * Writes the record for people to read as a PDF readable by its owner only (mode 0600),
 * replacing @file whole or not at all. It writes at once: call it from a worker thread.
 */
gboolean
corro_person_record_write_pdf (CorroPersonRecord  *self,
                               GFile              *file,
                               GCancellable       *cancellable,
                               GError            **error)
{
  g_autoptr(CorroPdfDocument) document = NULL;

  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = corro_person_record_to_pdf_document (self);
  return corro_pdf_document_save (document, file, cancellable, error);
}
