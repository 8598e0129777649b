/* corro-programme-format.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "corro-bilingual.h"
#include "corro-types.h"

G_BEGIN_DECLS

/* The portable programme file: {"format": "corro-programme", "version": 1, …}.
 * See data/programme-format.md. */
#define CORRO_PROGRAMME_FORMAT         "corro-programme"
#define CORRO_PROGRAMME_FORMAT_VERSION 1

char           *corro_programme_format_time               (gint64           ms);
gboolean        corro_programme_format_parse_time         (const char      *text,
                                                           gint64          *ms);
JsonNode       *corro_programme_format_text_to_node       (const char      *en,
                                                           const char      *es);
JsonNode       *corro_programme_format_chapter_to_node    (CorroChapter    *chapter);
char           *corro_programme_format_chapter_to_string  (CorroChapter    *chapter);
gboolean        corro_programme_format_chapter_from_string (const char     *text,
                                                            CorroBilingual *title,
                                                            GPtrArray     **segments,
                                                            GError        **error);
char           *corro_programme_format_to_string          (CorroProgramme  *programme);
char           *corro_programme_format_header_to_string   (CorroProgramme  *programme);
CorroProgramme *corro_programme_format_read_trusted       (const char      *data,
                                                           gsize            length,
                                                           GError         **error);
CorroProgramme *corro_programme_format_read_parts         (const char      *header,
                                                           const char * const *chapters,
                                                           GError         **error);
gboolean        corro_programme_format_write_file         (CorroProgramme  *programme,
                                                           GFile           *file,
                                                           GError         **error);

G_END_DECLS
