/* corro-csv.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One row of a CSV file: the line it starts on and its values. */
typedef struct
{
  guint      line;
  GPtrArray *fields;
} CorroCsvRecord;

void      corro_csv_record_free       (CorroCsvRecord *record);
gboolean  corro_csv_record_is_blank   (CorroCsvRecord *record);
char      corro_csv_detect_separator  (const char     *text,
                                       gsize           length);
gboolean  corro_csv_split             (const char     *text,
                                       gsize           length,
                                       char            separator,
                                       GPtrArray      *records,
                                       guint          *open_quote_line);
char     *corro_csv_fold              (const char     *text);
char     *corro_csv_simplify          (const char     *text);

G_END_DECLS
