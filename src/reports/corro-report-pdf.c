/* corro-report-pdf.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-report-private.h"

/* A report on paper: its title and period, then each section (a group, or the totals) from
 * the top of a page, its facts, tables and notes; the team's name and the date at the
 * foot of every page. */

/* A fact longer than this is a note: a subheading and a paragraph, free to run on. */
#define LONG_FACT 160

static CorroPdfAlign
align_of (const CorroReportColumn *column,
          guint                    n_columns)
{
  if (!column->numeric)
    return CORRO_PDF_ALIGN_START;

  /* A register's chapter columns hold one mark each: centred under their number. */
  return column->width < 1.0 && n_columns > 6 ? CORRO_PDF_ALIGN_CENTER : CORRO_PDF_ALIGN_END;
}

static void
add_table (CorroPdfDocument       *document,
           const CorroReportBlock *block)
{
  g_autofree CorroPdfColumn *columns = g_new0 (CorroPdfColumn, block->columns->len);

  for (guint c = 0; c < block->columns->len; c++)
    {
      const CorroReportColumn *column = g_ptr_array_index (block->columns, c);

      columns[c].title = column->title;
      columns[c].width = column->width;
      columns[c].align = align_of (column, block->columns->len);
    }
  corro_pdf_document_add_table (document, columns, block->columns->len);

  for (guint r = 0; r < block->rows->len; r++)
    {
      const CorroReportRow *row = g_ptr_array_index (block->rows, r);

      corro_pdf_document_add_row (document, (const char * const *) row->cells, row->emphasis);
    }
}

/**
 * corro_report_to_pdf_document:
 *
 * Returns: (transfer full): the report laid out for paper, on the locale's paper size
 */
CorroPdfDocument *
corro_report_to_pdf_document (CorroReport *self)
{
  g_autoptr(CorroPdfDocument) document = corro_pdf_document_new ();
  g_autofree char *footer = NULL;
  const char *team;

  g_return_val_if_fail (CORRO_IS_REPORT (self), NULL);

  team = corro_report_get_team_name (self);
  if (team != NULL && team[0] != '\0')
    /* Translators: the foot of a report's pages: the team's name, then the report's date */
    footer = g_strdup_printf (_("%s · %s · %s"), team, corro_report_get_title (self),
                              corro_report_get_date (self));
  else
    footer = g_strdup_printf ("%s · %s", corro_report_get_title (self),
                              corro_report_get_date (self));
  corro_pdf_document_set_footer (document, footer);
  corro_pdf_document_set_title (document, corro_report_get_title (self));

  for (guint s = 0; s < corro_report_get_n_sections (self); s++)
    {
      const CorroReportSection *section = corro_report_get_section (self, s);
      g_autofree char *title = NULL;

      /* Each group starts a page; the report's title heads every group's pages. */
      if (s > 0)
        corro_pdf_document_add_page_break (document);
      title = g_strdup_printf ("%s — %s", corro_report_get_title (self), section->title);
      corro_pdf_document_add_title (document,
                                    corro_report_get_kind (self) == CORRO_REPORT_SUMMARY
                                      ? corro_report_get_title (self) : title,
                                    corro_report_get_kind (self) == CORRO_REPORT_SUMMARY
                                      ? section->title : corro_report_get_subtitle (self));

      for (guint b = 0; b < section->blocks->len; b++)
        {
          const CorroReportBlock *block = g_ptr_array_index (section->blocks, b);

          switch (block->kind)
            {
            case CORRO_REPORT_BLOCK_HEADING:
              corro_pdf_document_add_heading (document, block->text);
              break;
            case CORRO_REPORT_BLOCK_PARAGRAPH:
              corro_pdf_document_add_paragraph (document, block->text);
              break;
            case CORRO_REPORT_BLOCK_FACT:
              if (g_utf8_strlen (block->value, -1) > LONG_FACT || strchr (block->value, '\n'))
                {
                  corro_pdf_document_add_subheading (document, block->text);
                  corro_pdf_document_add_paragraph (document, block->value);
                }
              else
                corro_pdf_document_add_key_value (document, block->text, block->value);
              break;
            case CORRO_REPORT_BLOCK_TABLE:
            default:
              add_table (document, block);
              break;
            }
        }
    }

  if (corro_report_get_n_sections (self) == 0)
    {
      corro_pdf_document_add_title (document, corro_report_get_title (self),
                                    corro_report_get_subtitle (self));
      corro_pdf_document_add_paragraph (document, _("No group met in this period."));
    }

  return g_steal_pointer (&document);
}
