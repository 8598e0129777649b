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

#include "corro-pdf-document-private.h"

/* A document of titles, headings, paragraphs, key/value lines and tables, laid out on
 * pages once (corro_pdf_document_paginate()), then drawn page by page onto any cairo_t
 * of the page's size in points: a PDF surface (corro_pdf_document_write()) or a printer's
 * (GtkPrintOperation's draw-page). Tables repeat their header row on every page they run
 * onto and never split a row; a heading is never left alone at the foot of a page;
 * paragraphs break between lines. Every page ends with a footer: the footer text (a
 * team's name and a date) and "Page N of M".
 *
 * Text is measured with a Pango context of its own at 72 dpi with unhinted metrics, so
 * that a page lays out the same on paper, on screen and in a PDF.
 *
 * Text that must stay on one page (a title, a heading, a key/value line, a table's cell,
 * the footer) is cut where it would no longer fit, with "…" to show it was: a pasted
 * link or a 10,000-character name costs Pango no more than a long line, and a row never
 * runs off the foot of its page. Paragraphs are never cut: they wrap anywhere, even in
 * the middle of a long word, and are laid out once, however many pages they run onto. */

#define LETTER_WIDTH 612.0
#define LETTER_HEIGHT 792.0
#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89

/* The most a text kept on one page may hold: characters, and lines (its line breaks). */
#define MAX_TITLE_CHARS 300
#define MAX_KEY_CHARS 200
#define MAX_VALUE_CHARS 1000
#define MAX_CELL_CHARS 600
#define MAX_FOOTER_CHARS 200
#define MAX_LINES 12

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
  g_clear_object (&block->layout);
  g_free (block->text);
  g_free (block->value);
  for (guint i = 0; i < block->n_columns; i++)
    g_free ((char *) block->columns[i].title);
  g_free (block->columns);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

/* @text whole, or its first @max_chars characters and @max_lines lines with "…" after
 * them; a cut never leaves an accent without its letter. */
static char *
cut_text (const char *text,
          guint       max_chars,
          guint       max_lines)
{
  const char *end = text;
  guint n_chars = 0, n_lines = 1;
  GString *cut;

  if (text == NULL)
    return NULL;

  while (*end != '\0' && n_chars < max_chars && (*end != '\n' || n_lines < max_lines))
    {
      n_lines += *end == '\n';
      end = g_utf8_next_char (end);
      n_chars++;
    }
  if (*end == '\0')
    return g_strdup (text);

  while (end > text && g_unichar_ismark (g_utf8_get_char (end)))
    end = g_utf8_prev_char (end);
  cut = g_string_new_len (text, end - text);
  while (cut->len > 0 && g_ascii_isspace (cut->str[cut->len - 1]))
    g_string_truncate (cut, cut->len - 1);
  g_string_append (cut, "…");
  return g_string_free (cut, FALSE);
}

static Block *
add_block (CorroPdfDocument *self,
           BlockKind         kind,
           const char       *text,
           const char       *value)
{
  Block *block = g_new0 (Block, 1);
  guint max_text = kind == BLOCK_KEY_VALUE ? MAX_KEY_CHARS : MAX_TITLE_CHARS;
  guint max_value = kind == BLOCK_KEY_VALUE ? MAX_VALUE_CHARS : MAX_TITLE_CHARS;

  block->kind = kind;
  block->text = kind == BLOCK_PARAGRAPH ? g_strdup (text)
                                        : cut_text (text, max_text, MAX_LINES);
  block->value = cut_text (value, max_value, MAX_LINES);
  g_ptr_array_add (self->blocks, block);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  return block;
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

      _corro_pdf_column_x (self, block, c, &width);
      layout = _corro_pdf_make_layout (self, cells[c], bold ? FONT_TABLE_BOLD : FONT_TABLE,
                                       width - 2 * CELL_PAD_X, block->columns[c].align);
      height = MAX (height, _corro_pdf_layout_height (layout));
    }

  return height + 2 * CELL_PAD_Y;
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

/* helpers shared with corro-pdf-document-draw.c */

double
_corro_pdf_content_width (CorroPdfDocument *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

PangoLayout *
_corro_pdf_make_layout (CorroPdfDocument *self,
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

double
_corro_pdf_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

double
_corro_pdf_column_x (CorroPdfDocument *self,
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
    *width = _corro_pdf_content_width (self) * block->columns[column].width / total;

  return MARGIN_SIDE + _corro_pdf_content_width (self) * before / total;
}


const char **
_corro_pdf_column_titles (Block *block)
{
  const char **titles = g_new0 (const char *, block->n_columns + 1);

  for (guint c = 0; c < block->n_columns; c++)
    titles[c] = block->columns[c].title;

  return titles;
}

/* The title block: its title, and its subtitle below. */
void
_corro_pdf_title_layouts (CorroPdfDocument  *self,
                          Block             *block,
                          PangoLayout      **title,
                          PangoLayout      **subtitle)
{
  double width = _corro_pdf_content_width (self);

  *title = _corro_pdf_make_layout (self, block->text, FONT_TITLE, width, CORRO_PDF_ALIGN_START);
  *subtitle = _corro_pdf_make_layout (self, block->value, FONT_SUBTITLE, width,
                                      CORRO_PDF_ALIGN_START);
}

const char *
_corro_pdf_heading_font (Block *block)
{
  return block->kind == BLOCK_HEADING ? FONT_HEADING
         : block->kind == BLOCK_SUBHEADING ? FONT_SUBHEADING
         : FONT_BODY;
}

void
_corro_pdf_key_value_layouts (CorroPdfDocument  *self,
                              Block             *block,
                              PangoLayout      **key,
                              PangoLayout      **value)
{
  double width = _corro_pdf_content_width (self);
  double key_width = width * KEY_SHARE;

  *key = _corro_pdf_make_layout (self, block->text, FONT_KEY, key_width - 8,
                                 CORRO_PDF_ALIGN_START);
  *value = _corro_pdf_make_layout (self, block->value, FONT_BODY, width - key_width,
                                   CORRO_PDF_ALIGN_START);
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
  self->footer = cut_text (text, MAX_FOOTER_CHARS, 1);
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
      block->columns[c].title = cut_text (columns[c].title != NULL ? columns[c].title : "",
                                          MAX_CELL_CHARS, MAX_LINES);
      block->columns[c].width = columns[c].width > 0 ? columns[c].width : 1.0;
    }
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
}

/**
 * corro_pdf_document_set_writable:
 * @row_height: the least height of a row, in points: room to write by hand
 *
 * Makes the last table added one to fill in on paper (a sign-in sheet): its rows are at
 * least @row_height high, not shaded, and ruled between every cell.
 */
void
corro_pdf_document_set_writable (CorroPdfDocument *self,
                                 double            row_height)
{
  Block *block;

  g_return_if_fail (CORRO_IS_PDF_DOCUMENT (self));
  g_return_if_fail (self->blocks->len > 0);

  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  g_return_if_fail (block->kind == BLOCK_TABLE);
  block->row_height = row_height;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
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
    row->cells[c] = cut_text (cells[c], MAX_CELL_CHARS, MAX_LINES);
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
          _corro_pdf_title_layouts (self, block, &first, &second);
          block->height = _corro_pdf_layout_height (first) + 3 + _corro_pdf_layout_height (second);
          break;
        case BLOCK_HEADING:
        case BLOCK_SUBHEADING:
          first = _corro_pdf_make_layout (self, block->text, _corro_pdf_heading_font (block),
                                          _corro_pdf_content_width (self),
                                          CORRO_PDF_ALIGN_START);
          block->height = _corro_pdf_layout_height (first);
          break;
        case BLOCK_PARAGRAPH:
          /* Laid out once: placed line by line below, drawn line by line from it. */
          g_clear_object (&block->layout);
          block->layout = _corro_pdf_make_layout (self, block->text, FONT_BODY,
                                                  _corro_pdf_content_width (self),
                                                  CORRO_PDF_ALIGN_START);
          block->height = _corro_pdf_layout_height (block->layout);
          break;
        case BLOCK_KEY_VALUE:
          _corro_pdf_key_value_layouts (self, block, &first, &second);
          block->height = MAX (_corro_pdf_layout_height (first), _corro_pdf_layout_height (second));
          break;
        case BLOCK_TABLE:
          {
            g_autofree const char **titles = _corro_pdf_column_titles (block);

            block->height = measure_cells (self, block, titles, TRUE);
            for (guint r = 0; r < block->rows->len; r++)
              {
                Row *row = g_ptr_array_index (block->rows, r);

                row->height = MAX (block->row_height,
                                   measure_cells (self, block,
                                                  (const char * const *) row->cells,
                                                  row->emphasis));
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
            PangoLayout *layout = block->layout;
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
