/* corro-pdf-document.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-pdf-document"

#include "config.h"

#include <langinfo.h>
#include <locale.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "corro-pdf-document.h"

/* A document of titles, headings, paragraphs, key/value lines and tables, laid out on
 * pages once (corro_pdf_document_paginate()), then drawn page by page onto any cairo_t
 * of the page's size in points: a PDF surface (corro_pdf_document_write()) or a printer's
 * (GtkPrintOperation's draw-page). Tables repeat their header row on every page they run
 * onto and never split a row; a heading is never left alone at the foot of a page;
 * paragraphs break between lines. Every page ends with a footer: the footer text (a
 * team's name and a date) and "Page N of M".
 *
 * Text is measured with a Pango context of its own at 72 dpi with unhinted metrics, so
 * that a page lays out the same on paper, on screen and in a PDF. */

#define MARGIN_SIDE 50.0
#define MARGIN_TOP 50.0
#define MARGIN_BOTTOM 60.0
#define FOOTER_FROM_BOTTOM 34.0
#define CELL_PAD_X 3.5
#define CELL_PAD_Y 2.5
#define KEY_SHARE 0.3
#define LETTER_WIDTH 612.0
#define LETTER_HEIGHT 792.0
#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89

#define FONT_TITLE "Sans Bold 17"
#define FONT_SUBTITLE "Sans 10.5"
#define FONT_HEADING "Sans Bold 12"
#define FONT_SUBHEADING "Sans Bold 9.5"
#define FONT_BODY "Sans 9.5"
#define FONT_KEY "Sans Bold 9"
#define FONT_TABLE "Sans 8.5"
#define FONT_TABLE_BOLD "Sans Bold 8.5"
#define FONT_FOOTER "Sans 7.5"

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARAGRAPH,
  BLOCK_KEY_VALUE,
  BLOCK_TABLE,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  GStrv    cells;
  gboolean emphasis;
  double   height;
} Row;

typedef struct
{
  BlockKind       kind;
  char           *text;
  char           *value;    /* key/value: the value; title: the subtitle */
  CorroPdfColumn *columns;  /* tables: titles owned */
  guint           n_columns;
  GPtrArray      *rows;     /* (element-type Row) */
  double          height;   /* measured: the whole block, or a table's header row */
} Block;

/* Where something goes on a page: a block, one of its parts (a table's row, -1 for its
 * header; a paragraph's line), at a distance from the top of the page. */
typedef struct
{
  guint  block;
  int    part;
  double y;
} Placement;

struct _CorroPdfDocument
{
  GObject       parent_instance;

  double        width;
  double        height;
  char         *footer;
  char         *title;
  GPtrArray    *blocks;   /* (element-type Block) */
  GPtrArray    *pages;    /* (element-type GArray of Placement); NULL until paginated */
  PangoContext *context;
};

G_DEFINE_FINAL_TYPE (CorroPdfDocument, corro_pdf_document, G_TYPE_OBJECT)

/* helpers */

static void
row_free (Row *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static void
block_free (Block *block)
{
  g_free (block->text);
  g_free (block->value);
  for (guint i = 0; i < block->n_columns; i++)
    g_free ((char *) block->columns[i].title);
  g_free (block->columns);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

static Block *
add_block (CorroPdfDocument *self,
           BlockKind         kind,
           const char       *text,
           const char       *value)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->value = g_strdup (value);
  g_ptr_array_add (self->blocks, block);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  return block;
}

static double
content_width (CorroPdfDocument *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

static PangoLayout *
make_layout (CorroPdfDocument *self,
             const char       *text,
             const char       *font,
             double            width,
             CorroPdfAlign     align)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, align == CORRO_PDF_ALIGN_END ? PANGO_ALIGN_RIGHT
                                    : align == CORRO_PDF_ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                    : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
column_x (CorroPdfDocument *self,
          Block            *block,
          guint             column,
          double           *width)
{
  double total = 0, before = 0;

  for (guint i = 0; i < block->n_columns; i++)
    {
      total += block->columns[i].width;
      if (i < column)
        before += block->columns[i].width;
    }
  if (width != NULL)
    *width = content_width (self) * block->columns[column].width / total;

  return MARGIN_SIDE + content_width (self) * before / total;
}

static double
measure_cells (CorroPdfDocument   *self,
               Block              *block,
               const char * const *cells,
               gboolean            bold)
{
  double height = 0;

  for (guint c = 0; c < block->n_columns; c++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double width;

      column_x (self, block, c, &width);
      layout = make_layout (self, cells[c], bold ? FONT_TABLE_BOLD : FONT_TABLE,
                            width - 2 * CELL_PAD_X, block->columns[c].align);
      height = MAX (height, layout_height (layout));
    }

  return height + 2 * CELL_PAD_Y;
}

static const char **
column_titles (Block *block)
{
  const char **titles = g_new0 (const char *, block->n_columns + 1);

  for (guint c = 0; c < block->n_columns; c++)
    titles[c] = block->columns[c].title;

  return titles;
}

/* The title block: its title, and its subtitle below. */
static void
title_layouts (CorroPdfDocument  *self,
               Block             *block,
               PangoLayout      **title,
               PangoLayout      **subtitle)
{
  *title = make_layout (self, block->text, FONT_TITLE, content_width (self),
                        CORRO_PDF_ALIGN_START);
  *subtitle = make_layout (self, block->value, FONT_SUBTITLE, content_width (self),
                           CORRO_PDF_ALIGN_START);
}

static const char *
heading_font (Block *block)
{
  return block->kind == BLOCK_HEADING ? FONT_HEADING
         : block->kind == BLOCK_SUBHEADING ? FONT_SUBHEADING
         : FONT_BODY;
}

static void
key_value_layouts (CorroPdfDocument  *self,
                   Block             *block,
                   PangoLayout      **key,
                   PangoLayout      **value)
{
  double key_width = content_width (self) * KEY_SHARE;

  *key = make_layout (self, block->text, FONT_KEY, key_width - 8, CORRO_PDF_ALIGN_START);
  *value = make_layout (self, block->value, FONT_BODY, content_width (self) - key_width,
                        CORRO_PDF_ALIGN_START);
}

static GArray *
new_page (GPtrArray *pages)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (pages, page);
  return page;
}

static void
place (GArray *page,
       guint   block,
       int     part,
       double  y)
{
  Placement placement = { block, part, y };

  g_array_append_val (page, placement);
}

/* How much room the start of a block needs, so that a heading is followed on its page by
 * at least the start of what it heads. */
static double
room_to_start (CorroPdfDocument *self,
               guint             index)
{
  Block *block;

  if (index >= self->blocks->len)
    return 0;

  block = g_ptr_array_index (self->blocks, index);
  if (block->kind == BLOCK_TABLE)
    return block->height + (block->rows->len > 0
                              ? ((Row *) g_ptr_array_index (block->rows, 0))->height : 0);
  if (block->kind == BLOCK_PARAGRAPH)
    return MIN (block->height, 36.0);
  if (block->kind == BLOCK_PAGE_BREAK)
    return 0;

  return block->height;
}

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
  double right = MARGIN_SIDE + content_width (self);

  if (header || shaded)
    {
      cairo_save (cr);
      if (header)
        cairo_set_source_rgb (cr, 0.90, 0.92, 0.94);
      else
        cairo_set_source_rgb (cr, 0.965, 0.97, 0.975);
      cairo_rectangle (cr, MARGIN_SIDE, y, content_width (self), height);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  for (guint c = 0; c < block->n_columns; c++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double width, x = column_x (self, block, c, &width);

      layout = make_layout (self, cells[c], header || emphasis ? FONT_TABLE_BOLD : FONT_TABLE,
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
      title_layouts (self, block, &first, &second);
      draw_text (cr, first, MARGIN_SIDE, placement->y);
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.33, 0.35, 0.38);
      draw_text (cr, second, MARGIN_SIDE, placement->y + layout_height (first) + 3);
      cairo_restore (cr);
      break;

    case BLOCK_HEADING:
    case BLOCK_SUBHEADING:
      first = make_layout (self, block->text, heading_font (block), content_width (self),
                           CORRO_PDF_ALIGN_START);
      draw_text (cr, first, MARGIN_SIDE, placement->y);
      break;

    case BLOCK_PARAGRAPH:
      {
        PangoLayoutLine *line;
        PangoRectangle logical;

        first = make_layout (self, block->text, FONT_BODY, content_width (self),
                             CORRO_PDF_ALIGN_START);
        line = pango_layout_get_line_readonly (first, placement->part);
        pango_layout_line_get_extents (line, NULL, &logical);
        cairo_move_to (cr, MARGIN_SIDE, placement->y - (double) logical.y / PANGO_SCALE);
        pango_cairo_show_layout_line (cr, line);
      }
      break;

    case BLOCK_KEY_VALUE:
      key_value_layouts (self, block, &first, &second);
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.33, 0.35, 0.38);
      draw_text (cr, first, MARGIN_SIDE, placement->y + 0.5);
      cairo_restore (cr);
      draw_text (cr, second, MARGIN_SIDE + content_width (self) * KEY_SHARE, placement->y);
      break;

    case BLOCK_TABLE:
      if (placement->part < 0)
        {
          g_autofree const char **titles = column_titles (block);

          draw_table_row (self, cr, block, titles, placement->y, block->height, TRUE, FALSE,
                          FALSE);
        }
      else
        {
          Row *row = g_ptr_array_index (block->rows, placement->part);

          draw_table_row (self, cr, block, (const char * const *) row->cells, placement->y,
                          row->height, FALSE, row->emphasis,
                          !row->emphasis && placement->part % 2 == 1);
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
  left = make_layout (self, self->footer, FONT_FOOTER, content_width (self) * 0.75,
                      CORRO_PDF_ALIGN_START);
  right = make_layout (self, numbers, FONT_FOOTER, content_width (self),
                       CORRO_PDF_ALIGN_END);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.80, 0.82, 0.84);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, y - 6);
  cairo_line_to (cr, MARGIN_SIDE + content_width (self), y - 6);
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

/* vfuncs */

static void
corro_pdf_document_finalize (GObject *object)
{
  CorroPdfDocument *self = (CorroPdfDocument *) object;

  g_clear_pointer (&self->footer, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (corro_pdf_document_parent_class)->finalize (object);
}

static void
corro_pdf_document_class_init (CorroPdfDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_pdf_document_finalize;
}

static void
corro_pdf_document_init (CorroPdfDocument *self)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  cairo_font_options_t *options = cairo_font_options_create ();

  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  corro_pdf_paper_size_for_locale (&self->width, &self->height);

  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (font_map), 72.0);
  self->context = pango_font_map_create_context (font_map);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
}

/* public API */

/**
 * corro_pdf_paper_size_for_locale:
 * @width: (out): in points
 * @height: (out): in points
 *
 * The paper of the locale's LC_PAPER: US Letter where the locale says so (the United
 * States, Canada, Mexico…), A4 elsewhere.
 */
void
corro_pdf_paper_size_for_locale (double *width,
                                 double *height)
{
  int width_mm = 0, height_mm = 0;

#ifdef __GLIBC__
  width_mm = (int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH);
  height_mm = (int) (gintptr) nl_langinfo (_NL_PAPER_HEIGHT);
#endif

  if (width_mm == 216 && height_mm == 279)
    {
      *width = LETTER_WIDTH;
      *height = LETTER_HEIGHT;
    }
  else
    {
      *width = A4_WIDTH;
      *height = A4_HEIGHT;
    }
}

/**
 * corro_pdf_document_new:
 *
 * Returns: (transfer full): an empty document on the locale's paper
 */
CorroPdfDocument *
corro_pdf_document_new (void)
{
  return g_object_new (CORRO_TYPE_PDF_DOCUMENT, NULL);
}

/**
 * corro_pdf_document_set_page_size:
 * @width: in points (1/72 inch)
 * @height: in points
 *
 * Sets the pages' size, e.g. a printer's paper; the document is laid out again.
 */
void
corro_pdf_document_set_page_size (CorroPdfDocument *self,
                                  double            width,
                                  double            height)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (width > 2 * MARGIN_SIDE && height > MARGIN_TOP + MARGIN_BOTTOM);

  if (self->width == width && self->height == height)
    return;

  self->width = width;
  self->height = height;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

void
corro_pdf_document_get_page_size (CorroPdfDocument *self,
                                  double           *width,
                                  double           *height)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/**
 * corro_pdf_document_set_footer:
 * @text: (nullable): shown at the foot of every page, before "Page N of M"
 */
void
corro_pdf_document_set_footer (CorroPdfDocument *self,
                               const char       *text)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));

  g_free (self->footer);
  self->footer = g_strdup (text);
}

/**
 * corro_pdf_document_set_title:
 *
 * The title a PDF reader shows for the file (its metadata), not printed on the page.
 */
void
corro_pdf_document_set_title (CorroPdfDocument *self,
                              const char       *title)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

void
corro_pdf_document_add_title (CorroPdfDocument *self,
                              const char       *title,
                              const char       *subtitle)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (title != NULL);

  add_block (self, BLOCK_TITLE, title, subtitle);
}

void
corro_pdf_document_add_heading (CorroPdfDocument *self,
                                const char       *text)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_HEADING, text, NULL);
}

void
corro_pdf_document_add_subheading (CorroPdfDocument *self,
                                   const char       *text)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_SUBHEADING, text, NULL);
}

/**
 * corro_pdf_document_add_paragraph:
 * @text: plain text (not markup); line breaks are kept
 */
void
corro_pdf_document_add_paragraph (CorroPdfDocument *self,
                                  const char       *text)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_PARAGRAPH, text, NULL);
}

/**
 * corro_pdf_document_add_key_value:
 *
 * One line of "name  value", the names lined up in a column; a long value wraps. Kept
 * whole on one page: give long text to corro_pdf_document_add_paragraph().
 */
void
corro_pdf_document_add_key_value (CorroPdfDocument *self,
                                  const char       *key,
                                  const char       *value)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (key != NULL);

  add_block (self, BLOCK_KEY_VALUE, key, value != NULL ? value : "");
}

/**
 * corro_pdf_document_add_table:
 * @columns: (array length=n_columns): the table's columns
 *
 * Starts a table; corro_pdf_document_add_row() adds its rows.
 */
void
corro_pdf_document_add_table (CorroPdfDocument     *self,
                              const CorroPdfColumn *columns,
                              guint                 n_columns)
{
  Block *block;

  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (columns != NULL && n_columns > 0);

  block = add_block (self, BLOCK_TABLE, NULL, NULL);
  block->n_columns = n_columns;
  block->columns = g_new0 (CorroPdfColumn, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      block->columns[c] = columns[c];
      block->columns[c].title = g_strdup (columns[c].title != NULL ? columns[c].title : "");
      block->columns[c].width = columns[c].width > 0 ? columns[c].width : 1.0;
    }
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
}

/**
 * corro_pdf_document_add_row:
 * @cells: one text per column of the last table added
 * @emphasis: a totals row: bold, with a rule above
 */
void
corro_pdf_document_add_row (CorroPdfDocument   *self,
                            const char * const *cells,
                            gboolean            emphasis)
{
  Block *block;
  Row *row;

  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (self->blocks->len > 0);
  g_return_if_fail (cells != NULL);

  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  g_return_if_fail (block->kind == BLOCK_TABLE);

  row = g_new0 (Row, 1);
  row->cells = g_new0 (char *, block->n_columns + 1);
  for (guint c = 0; c < block->n_columns && cells[c] != NULL; c++)
    row->cells[c] = g_strdup (cells[c]);
  for (guint c = 0; c < block->n_columns; c++)
    if (row->cells[c] == NULL)
      row->cells[c] = g_strdup ("");
  row->emphasis = emphasis;
  g_ptr_array_add (block->rows, row);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

void
corro_pdf_document_add_page_break (CorroPdfDocument *self)
{
  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));

  add_block (self, BLOCK_PAGE_BREAK, NULL, NULL);
}

/**
 * corro_pdf_document_paginate:
 *
 * Lays the document out on pages of its size; done again only after a change.
 *
 * Returns: how many pages it takes (at least one)
 */
guint
corro_pdf_document_paginate (CorroPdfDocument *self)
{
  double bottom, y = MARGIN_TOP;
  GArray *page;

  g_return_val_if_fail (CORRO_IS_PDF_DOCUMENT (self), 0);

  if (self->pages != NULL)
    return self->pages->len;

  bottom = self->height - MARGIN_BOTTOM;

  /* First measure every block, so that headings know what follows them. */
  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);
      g_autoptr(PangoLayout) first = NULL;
      g_autoptr(PangoLayout) second = NULL;

      switch (block->kind)
        {
        case BLOCK_TITLE:
          title_layouts (self, block, &first, &second);
          block->height = layout_height (first) + 3 + layout_height (second);
          break;
        case BLOCK_HEADING:
        case BLOCK_SUBHEADING:
        case BLOCK_PARAGRAPH:
          first = make_layout (self, block->text, heading_font (block), content_width (self),
                               CORRO_PDF_ALIGN_START);
          block->height = layout_height (first);
          break;
        case BLOCK_KEY_VALUE:
          key_value_layouts (self, block, &first, &second);
          block->height = MAX (layout_height (first), layout_height (second));
          break;
        case BLOCK_TABLE:
          {
            g_autofree const char **titles = column_titles (block);

            block->height = measure_cells (self, block, titles, TRUE);
            for (guint r = 0; r < block->rows->len; r++)
              {
                Row *row = g_ptr_array_index (block->rows, r);

                row->height = measure_cells (self, block, (const char * const *) row->cells,
                                             row->emphasis);
              }
          }
          break;
        case BLOCK_PAGE_BREAK:
        default:
          block->height = 0;
          break;
        }
    }

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  page = new_page (self->pages);

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);

      switch (block->kind)
        {
        case BLOCK_PAGE_BREAK:
          if (page->len > 0)
            {
              page = new_page (self->pages);
              y = MARGIN_TOP;
            }
          break;

        case BLOCK_TITLE:
        case BLOCK_HEADING:
        case BLOCK_SUBHEADING:
          {
            double before = block->kind == BLOCK_HEADING ? 14 : block->kind == BLOCK_SUBHEADING
                                                                ? 8 : 0;
            double after = block->kind == BLOCK_TITLE ? 16 : 6;

            if (page->len > 0)
              y += before;
            if (page->len > 0 && y + block->height + after + room_to_start (self, b + 1) > bottom)
              {
                page = new_page (self->pages);
                y = MARGIN_TOP;
              }
            place (page, b, 0, y);
            y += block->height + after;
          }
          break;

        case BLOCK_PARAGRAPH:
          {
            g_autoptr(PangoLayout) layout = make_layout (self, block->text, FONT_BODY,
                                                         content_width (self),
                                                         CORRO_PDF_ALIGN_START);
            int n_lines = pango_layout_get_line_count (layout);

            y += 2;
            for (int l = 0; l < n_lines; l++)
              {
                PangoRectangle logical;

                pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, l),
                                               NULL, &logical);
                if (y + (double) logical.height / PANGO_SCALE > bottom && page->len > 0)
                  {
                    page = new_page (self->pages);
                    y = MARGIN_TOP;
                  }
                place (page, b, l, y);
                y += (double) logical.height / PANGO_SCALE;
              }
            y += 6;
          }
          break;

        case BLOCK_KEY_VALUE:
          if (y + block->height > bottom && page->len > 0)
            {
              page = new_page (self->pages);
              y = MARGIN_TOP;
            }
          place (page, b, 0, y);
          y += block->height + 3;
          break;

        case BLOCK_TABLE:
          y += 4;
          if (y + room_to_start (self, b) > bottom && page->len > 0)
            {
              page = new_page (self->pages);
              y = MARGIN_TOP;
            }
          place (page, b, -1, y);
          y += block->height;
          for (guint r = 0; r < block->rows->len; r++)
            {
              Row *row = g_ptr_array_index (block->rows, r);

              if (y + row->height > bottom)
                {
                  page = new_page (self->pages);
                  y = MARGIN_TOP;
                  place (page, b, -1, y);
                  y += block->height;
                }
              place (page, b, (int) r, y);
              y += row->height;
            }
          y += 10;
          break;

        default:
          break;
        }
    }

  return self->pages->len;
}

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
