/* corro-chapter-page.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_CHAPTER_PAGE (corro_chapter_page_get_type ())

G_DECLARE_FINAL_TYPE (CorroChapterPage, corro_chapter_page, CORRO, CHAPTER_PAGE, AdwBin)

GtkWidget    *corro_chapter_page_new          (CorroChapter     *chapter,
                                               CorroProgramme   *programme,
                                               const char       *language);
CorroChapter *corro_chapter_page_get_chapter  (CorroChapterPage *self);
int           corro_chapter_page_get_selected (CorroChapterPage *self);
void          corro_chapter_page_select       (CorroChapterPage *self,
                                               int               index);
void          corro_chapter_page_focus_start  (CorroChapterPage *self);

G_END_DECLS
