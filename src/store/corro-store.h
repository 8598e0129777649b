/* corro-store.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_STORE (corro_store_get_type ())

G_DECLARE_FINAL_TYPE (CorroStore, corro_store, CORRO, STORE, GObject)

char       *corro_store_dup_default_path   (void);
CorroStore *corro_store_open               (const char  *path,
                                            GError     **error);
const char *corro_store_get_path           (CorroStore  *self);
char       *corro_store_dup_setting        (CorroStore  *self,
                                            const char  *key);
gboolean    corro_store_set_setting        (CorroStore  *self,
                                            const char  *key,
                                            const char  *value,
                                            GError     **error);
gint64      corro_store_count_audit        (CorroStore  *self,
                                            const char  *entity);

/**
 * CorroStoreChapter:
 * @number: the chapter's number, from 1
 * @title_en: its title in English
 * @title_es: its title in Spanish
 * @plan: its session plan, as a programme file writes a chapter
 *
 * A chapter as the store keeps it.
 */
typedef struct
{
  guint       number;
  const char *title_en;
  const char *title_es;
  const char *plan;
} CorroStoreChapter;

GStrv       corro_store_list_programmes    (CorroStore              *self,
                                            GError                 **error);
char       *corro_store_dup_programme      (CorroStore              *self,
                                            const char              *id,
                                            GStrv                   *plans,
                                            GError                 **error);
gboolean    corro_store_put_programme      (CorroStore              *self,
                                            const char              *id,
                                            const char              *header,
                                            const CorroStoreChapter *chapters,
                                            guint                    n_chapters,
                                            GError                 **error);
gboolean    corro_store_save_chapter       (CorroStore              *self,
                                            const char              *programme_id,
                                            const CorroStoreChapter *chapter,
                                            GError                 **error);
gboolean    corro_store_delete_programme   (CorroStore              *self,
                                            const char              *id,
                                            GError                 **error);

char       *corro_store_dup_clip_uri       (CorroStore              *self,
                                            const char              *key);
gint64      corro_store_get_clip_size      (CorroStore              *self,
                                            const char              *key);
gboolean    corro_store_link_clip          (CorroStore              *self,
                                            const char              *key,
                                            const char              *uri,
                                            GError                 **error);
gboolean    corro_store_unlink_clip        (CorroStore              *self,
                                            const char              *key,
                                            GError                 **error);
GHashTable *corro_store_list_clip_links    (CorroStore              *self,
                                            GError                 **error);

/* A subtitle choice that was never made (-1 is "subtitles off"). */
#define CORRO_STORE_TRACK_UNSET (-2)

gboolean    corro_store_get_clip_tracks    (CorroStore              *self,
                                            const char              *key,
                                            int                     *audio,
                                            int                     *subtitle);
gboolean    corro_store_set_clip_tracks    (CorroStore              *self,
                                            const char              *key,
                                            int                      audio,
                                            int                      subtitle,
                                            GError                 **error);

G_END_DECLS
