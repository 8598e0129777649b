/* corro-chapter-row.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_CHAPTER_ROW (corro_chapter_row_get_type ())

G_DECLARE_FINAL_TYPE (CorroChapterRow, corro_chapter_row, CORRO, CHAPTER_ROW, AdwActionRow)

GtkWidget    *corro_chapter_row_new         (CorroChapter    *chapter,
                                             const char      *language);
CorroChapter *corro_chapter_row_get_chapter (CorroChapterRow *self);

G_END_DECLS
