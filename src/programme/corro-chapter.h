/* corro-chapter.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_CHAPTER (corro_chapter_get_type ())

G_DECLARE_FINAL_TYPE (CorroChapter, corro_chapter, CORRO, CHAPTER, GObject)

CorroChapter *corro_chapter_new               (guint          number,
                                               const char    *title_en,
                                               const char    *title_es);
guint         corro_chapter_get_number        (CorroChapter  *self);
char         *corro_chapter_dup_label         (CorroChapter  *self,
                                               const char    *language);
const char   *corro_chapter_get_title         (CorroChapter  *self,
                                               const char    *language);
void          corro_chapter_set_title         (CorroChapter  *self,
                                               const char    *language,
                                               const char    *title);
GListModel   *corro_chapter_get_segments      (CorroChapter  *self);
void          corro_chapter_insert_segment    (CorroChapter  *self,
                                               guint          position,
                                               CorroSegment  *segment);
void          corro_chapter_remove_segment    (CorroChapter  *self,
                                               guint          position);
void          corro_chapter_move_segment      (CorroChapter  *self,
                                               guint          from,
                                               guint          to);
guint         corro_chapter_duplicate_segment (CorroChapter  *self,
                                               guint          position);
guint         corro_chapter_get_total_minutes (CorroChapter  *self,
                                               const char    *variant);
char         *corro_chapter_dup_state         (CorroChapter  *self);
gboolean      corro_chapter_restore_state     (CorroChapter  *self,
                                               const char    *state,
                                               GError       **error);
gboolean      corro_chapter_get_can_undo      (CorroChapter  *self);
gboolean      corro_chapter_get_can_redo      (CorroChapter  *self);
gboolean      corro_chapter_undo              (CorroChapter  *self);
gboolean      corro_chapter_redo              (CorroChapter  *self);
void          corro_chapter_forget_history    (CorroChapter  *self);

G_END_DECLS
