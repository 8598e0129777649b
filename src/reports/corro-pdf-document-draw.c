/* corro-pdf-document-draw.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-pdf-document"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "corro-pdf-document-private.h"

/* Drawing a laid-out document page by page onto a cairo_t (a PDF surface's or a
 * printer's), and writing it as a PDF to a stream or, whole or not at all, to a file. */

/* helpers */

static void
draw_text (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_table_row (CorroPdfDocument   *self,
                cairo_t            *cr,
                Block              *block,
                const char * const *cells,
                double              y,
                double              height,
                gboolean            header,
                gboolean            emphasis,
                gboolean            shaded)
{
  double right = MARGIN_SIDE + _corro_pdf_content_width (self);

  if (header || shaded)
    {
      cairo_save (cr);
      if (header)
        cairo_set_source_rgb (cr, 0.90, 0.92, 0.94);
      else
        cairo_set_source_rgb (cr, 0.965, 0.97, 0.975);
      cairo_rectangle (cr, MARGIN_SIDE, y, _corro_pdf_content_width (self), height);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  for (guint c = 0; c < block->n_columns; c++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double width, x = _corro_pdf_column_x (self, block, c, &width);

      layout = _corro_pdf_make_layout (self, cells[c],
                                       header || emphasis ? FONT_TABLE_BOLD : FONT_TABLE,
                                       width - 2 * CELL_PAD_X,
                                       header && block->columns[c].align == CORRO_PDF_ALIGN_END
                                         ? CORRO_PDF_ALIGN_END : block->columns[c].align);
      draw_text (cr, layout, x + CELL_PAD_X, y + CELL_PAD_Y);
    }

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.75, 0.77, 0.80);
  cairo_set_line_width (cr, emphasis ? 0.9 : 0.4);
  cairo_move_to (cr, MARGIN_SIDE, emphasis ? y : y + height);
  cairo_line_to (cr, right, emphasis ? y : y + height);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* A table to write in: a box for every cell, dark enough to write inside. */
  if (block->row_height > 0)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.45, 0.47, 0.50);
      cairo_set_line_width (cr, 0.6);
      cairo_rectangle (cr, MARGIN_SIDE, y, right - MARGIN_SIDE, height);
      for (guint c = 1; c < block->n_columns; c++)
        {
          double x = _corro_pdf_column_x (self, block, c, NULL);

          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x, y + height);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
draw_placement (CorroPdfDocument *self,
                cairo_t          *cr,
                const Placement  *placement)
{
  Block *block = g_ptr_array_index (self->blocks, placement->block);
  g_autoptr(PangoLayout) first = NULL;
  g_autoptr(PangoLayout) second = NULL;

  switch (block->kind)
    {
    case BLOCK_TITLE:
      _corro_pdf_title_layouts (self, block, &first, &second);
      draw_text (cr, first, MARGIN_SIDE, placement->y);
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.33, 0.35, 0.38);
      draw_text (cr, second, MARGIN_SIDE, placement->y + _corro_pdf_layout_height (first) + 3);
      cairo_restore (cr);
      break;

    case BLOCK_HEADING:
    case BLOCK_SUBHEADING:
      first = _corro_pdf_make_layout (self, block->text, _corro_pdf_heading_font (block),
                                      _corro_pdf_content_width (self), CORRO_PDF_ALIGN_START);
      draw_text (cr, first, MARGIN_SIDE, placement->y);
      break;

    case BLOCK_PARAGRAPH:
      {
        PangoLayoutLine *line;
        PangoRectangle logical;

        line = pango_layout_get_line_readonly (block->layout, placement->part);
        pango_layout_line_get_extents (line, NULL, &logical);
        cairo_move_to (cr, MARGIN_SIDE, placement->y - (double) logical.y / PANGO_SCALE);
        pango_cairo_show_layout_line (cr, line);
      }
      break;

    case BLOCK_KEY_VALUE:
      _corro_pdf_key_value_layouts (self, block, &first, &second);
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.33, 0.35, 0.38);
      draw_text (cr, first, MARGIN_SIDE, placement->y + 0.5);
      cairo_restore (cr);
      draw_text (cr, second, MARGIN_SIDE + _corro_pdf_content_width (self) * KEY_SHARE,
                 placement->y);
      break;

    case BLOCK_TABLE:
      if (placement->part < 0)
        {
          g_autofree const char **titles = _corro_pdf_column_titles (block);

          draw_table_row (self, cr, block, titles, placement->y, block->height, TRUE, FALSE,
                          FALSE);
        }
      else
        {
          Row *row = g_ptr_array_index (block->rows, placement->part);

          draw_table_row (self, cr, block, (const char * const *) row->cells, placement->y,
                          row->height, FALSE, row->emphasis,
                          !row->emphasis && block->row_height <= 0 &&
                          placement->part % 2 == 1);
        }
      break;

    case BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

static void
draw_footer (CorroPdfDocument *self,
             cairo_t          *cr,
             guint             page)
{
  g_autofree char *numbers = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double y = self->height - FOOTER_FROM_BOTTOM;

  /* Translators: the foot of a report's page, e.g. "Page 2 of 5" */
  numbers = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  left = _corro_pdf_make_layout (self, self->footer, FONT_FOOTER,
                                 _corro_pdf_content_width (self) * 0.75, CORRO_PDF_ALIGN_START);
  right = _corro_pdf_make_layout (self, numbers, FONT_FOOTER, _corro_pdf_content_width (self),
                                  CORRO_PDF_ALIGN_END);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.80, 0.82, 0.84);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, y - 6);
  cairo_line_to (cr, MARGIN_SIDE + _corro_pdf_content_width (self), y - 6);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.36, 0.38, 0.41);
  draw_text (cr, left, MARGIN_SIDE, y);
  draw_text (cr, right, MARGIN_SIDE, y);
  cairo_restore (cr);
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Writing;

static cairo_status_t
write_to_stream_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  Writing *writing = closure;

  if (writing->error != NULL ||
      !g_output_stream_write_all (writing->stream, data, length, NULL, writing->cancellable,
                                  &writing->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* public API */

/**
 * corro_pdf_document_draw_page:
 * @cr: a cairo context whose user space is the page, in points, origin at the top left
 * @page: from 0
 *
 * Draws one page (and its footer): onto a PDF surface's page, or a printer's.
 */
void
corro_pdf_document_draw_page (CorroPdfDocument *self,
                              cairo_t          *cr,
                              guint             page)
{
  GArray *placements;

  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (cr != NULL);

  if (page >= corro_pdf_document_paginate (self))
    return;

  placements = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.09, 0.10, 0.12);
  for (guint i = 0; i < placements->len; i++)
    draw_placement (self, cr, &g_array_index (placements, Placement, i));
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/**
 * corro_pdf_document_write:
 * @stream: where the PDF goes
 *
 * Lays out and writes the whole document as a PDF.
 */
gboolean
corro_pdf_document_write (CorroPdfDocument  *self,
                          GOutputStream     *stream,
                          GCancellable      *cancellable,
                          GError           **error)
{
  Writing writing = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (CORRO_IS_PDF_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  n_pages = corro_pdf_document_paginate (self);
  surface = cairo_pdf_surface_create_for_stream (write_to_stream_cb, &writing,
                                                 self->width,
                                                 self->height);
  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Corro");

  cr = cairo_create (surface);
  for (guint p = 0; p < n_pages && writing.error == NULL; p++)
    {
      corro_pdf_document_draw_page (self, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (writing.error != NULL)
    {
      g_propagate_error (error, writing.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: %s is the drawing library's own words for what went wrong */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The PDF could not be drawn (%s)."),
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * corro_pdf_document_save:
 * @file: where the PDF goes
 *
 * Lays out and writes the whole document to @file, readable by its owner only (mode
 * 0600, even over an existing file others could read): the file is replaced whole or
 * left as it was, never half written. It writes at once: call it from a worker thread
 * in the interface.
 */
gboolean
corro_pdf_document_save (CorroPdfDocument  *self,
                         GFile             *file,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;

  g_return_val_if_fail (CORRO_IS_PDF_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_replace (file, NULL, FALSE,
                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (corro_pdf_document_write (self, G_OUTPUT_STREAM (stream), cancellable, error))
    return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);

  /* Closing a replaced file is what moves it into place; closing it with a cancelled
   * cancellable drops what was written and leaves the old file, if any, alone. */
  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
  return FALSE;
}
