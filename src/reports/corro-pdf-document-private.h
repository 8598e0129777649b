/* corro-pdf-document-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPdfDocument is split in two: corro-pdf-document.c holds the document (its blocks,
 * added one by one) and lays it out on pages; corro-pdf-document-draw.c draws the pages
 * and writes them as a PDF. Both measure text the same way, through the helpers here.
 */

#pragma once

#include <pango/pangocairo.h>

#include "corro-pdf-document.h"

G_BEGIN_DECLS

#define MARGIN_SIDE 50.0
#define MARGIN_TOP 50.0
#define MARGIN_BOTTOM 60.0
#define FOOTER_FROM_BOTTOM 34.0
#define CELL_PAD_X 3.5
#define CELL_PAD_Y 2.5
#define KEY_SHARE 0.3

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
  double          row_height; /* a table to write in: its rows' least height, ruled */
  PangoLayout    *layout;   /* a paragraph: laid out by the last pagination */
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

double        _corro_pdf_content_width     (CorroPdfDocument  *self);
PangoLayout  *_corro_pdf_make_layout       (CorroPdfDocument  *self,
                                                     const char        *text,
                                                     const char        *font,
                                                     double             width,
                                                     CorroPdfAlign      align);
double        _corro_pdf_layout_height              (PangoLayout       *layout);
double        _corro_pdf_column_x          (CorroPdfDocument  *self,
                                                     Block             *block,
                                                     guint              column,
                                                     double            *width);
const char  **_corro_pdf_column_titles        (Block             *block);
const char   *_corro_pdf_heading_font         (Block             *block);
void          _corro_pdf_title_layouts     (CorroPdfDocument  *self,
                                                     Block             *block,
                                                     PangoLayout      **title,
                                                     PangoLayout      **subtitle);
void          _corro_pdf_key_value_layouts (CorroPdfDocument  *self,
                                                     Block             *block,
                                                     PangoLayout      **key,
                                                     PangoLayout      **value);

G_END_DECLS
