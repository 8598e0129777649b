/* corro-chapter.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_CHAPTER (corro_chapter_get_type ())

G_DECLARE_FINAL_TYPE (CorroChapter, corro_chapter, CORRO, CHAPTER, GObject)

CorroChapter *corro_chapter_new       (guint         number,
                                       const char   *title_en,
                                       const char   *title_es);
guint         corro_chapter_get_number (CorroChapter *self);
const char   *corro_chapter_get_title  (CorroChapter *self,
                                        const char   *language);

G_END_DECLS
