/* corro-pdf-document.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

/**
 * CorroPdfAlign:
 * @CORRO_PDF_ALIGN_START: text starts at the cell's start (left in English and Spanish)
 * @CORRO_PDF_ALIGN_END: numbers line up at the cell's end
 * @CORRO_PDF_ALIGN_CENTER: short marks, centred
 */
typedef enum
{
  CORRO_PDF_ALIGN_START,
  CORRO_PDF_ALIGN_END,
  CORRO_PDF_ALIGN_CENTER,
} CorroPdfAlign;

/**
 * CorroPdfColumn:
 * @title: the column's header, repeated at the top of each page the table runs onto
 * @width: its width relative to the others' (the table takes the page's width)
 * @align: how its cells line up
 */
typedef struct
{
  const char    *title;
  double         width;
  CorroPdfAlign  align;
} CorroPdfColumn;

#define CORRO_TYPE_PDF_DOCUMENT (corro_pdf_document_get_type ())

G_DECLARE_FINAL_TYPE (CorroPdfDocument, corro_pdf_document, CORRO, PDF_DOCUMENT, GObject)

void              corro_pdf_paper_size_for_locale   (double                *width,
                                                     double                *height);
CorroPdfDocument *corro_pdf_document_new            (void);
void              corro_pdf_document_set_page_size  (CorroPdfDocument      *self,
                                                     double                 width,
                                                     double                 height);
void              corro_pdf_document_get_page_size  (CorroPdfDocument      *self,
                                                     double                *width,
                                                     double                *height);
void              corro_pdf_document_set_footer     (CorroPdfDocument      *self,
                                                     const char            *text);
void              corro_pdf_document_set_title      (CorroPdfDocument      *self,
                                                     const char            *title);
void              corro_pdf_document_add_title      (CorroPdfDocument      *self,
                                                     const char            *title,
                                                     const char            *subtitle);
void              corro_pdf_document_add_heading    (CorroPdfDocument      *self,
                                                     const char            *text);
void              corro_pdf_document_add_subheading (CorroPdfDocument      *self,
                                                     const char            *text);
void              corro_pdf_document_add_paragraph  (CorroPdfDocument      *self,
                                                     const char            *text);
void              corro_pdf_document_add_key_value  (CorroPdfDocument      *self,
                                                     const char            *key,
                                                     const char            *value);
void              corro_pdf_document_add_table      (CorroPdfDocument      *self,
                                                     const CorroPdfColumn  *columns,
                                                     guint                  n_columns);
void              corro_pdf_document_set_writable   (CorroPdfDocument      *self,
                                                     double                 row_height);
void              corro_pdf_document_add_row        (CorroPdfDocument      *self,
                                                     const char * const    *cells,
                                                     gboolean               emphasis);
void              corro_pdf_document_add_page_break (CorroPdfDocument      *self);
guint             corro_pdf_document_paginate       (CorroPdfDocument      *self);
void              corro_pdf_document_draw_page      (CorroPdfDocument      *self,
                                                     cairo_t               *cr,
                                                     guint                  page);
gboolean          corro_pdf_document_write          (CorroPdfDocument      *self,
                                                     GOutputStream         *stream,
                                                     GCancellable          *cancellable,
                                                     GError               **error);
gboolean          corro_pdf_document_save           (CorroPdfDocument      *self,
                                                     GFile                 *file,
                                                     GCancellable          *cancellable,
                                                     GError               **error);

G_END_DECLS
