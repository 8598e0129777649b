/* corro-programme.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PROGRAMME (corro_programme_get_type ())

G_DECLARE_FINAL_TYPE (CorroProgramme, corro_programme, CORRO, PROGRAMME, GObject)

const char     *corro_programme_default_language     (void);
CorroProgramme *corro_programme_new                  (const char     *id);
CorroProgramme *corro_programme_new_default          (void);
const char     *corro_programme_get_id               (CorroProgramme *self);
void            corro_programme_set_id               (CorroProgramme *self,
                                                      const char     *id);
const char     *corro_programme_get_title            (CorroProgramme *self,
                                                      const char     *language);
void            corro_programme_set_title            (CorroProgramme *self,
                                                      const char     *language,
                                                      const char     *title);
guint           corro_programme_get_n_variants       (CorroProgramme *self);
const char     *corro_programme_get_variant_id       (CorroProgramme *self,
                                                      guint           index);
guint           corro_programme_get_variant_minutes  (CorroProgramme *self,
                                                      guint           index);
const char     *corro_programme_get_variant_title    (CorroProgramme *self,
                                                      guint           index,
                                                      const char     *language);
void            corro_programme_add_variant          (CorroProgramme *self,
                                                      const char     *id,
                                                      guint           minutes,
                                                      const char     *title_en,
                                                      const char     *title_es);
guint           corro_programme_get_n_clips          (CorroProgramme *self);
const char     *corro_programme_get_clip_key         (CorroProgramme *self,
                                                      guint           index);
gint64          corro_programme_get_clip_duration    (CorroProgramme *self,
                                                      guint           index);
const char     *corro_programme_get_clip_title       (CorroProgramme *self,
                                                      guint           index,
                                                      const char     *language);
gboolean        corro_programme_lookup_clip          (CorroProgramme *self,
                                                      const char     *key,
                                                      guint          *index);
void            corro_programme_add_clip             (CorroProgramme *self,
                                                      const char     *key,
                                                      gint64          duration_ms,
                                                      const char     *title_en,
                                                      const char     *title_es);
void            corro_programme_add_chapter          (CorroProgramme *self,
                                                      CorroChapter   *chapter);
CorroChapter   *corro_programme_get_chapter          (CorroProgramme *self,
                                                      guint           number);

G_END_DECLS
