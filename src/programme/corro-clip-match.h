/* corro-clip-match.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

typedef gboolean (*CorroClipMatchVisit) (GFile     *file,
                                         GFileInfo *info,
                                         gpointer   user_data);

int          corro_clip_match_score              (const char           *file_name,
                                                  const char           *key,
                                                  const char           *old_name);
const char  *corro_clip_match_best               (const char           *file_name,
                                                  const char * const   *keys,
                                                  const char * const   *old_names,
                                                  guint                 n_keys,
                                                  int                  *score);
gboolean     corro_clip_match_is_video_name      (const char           *file_name);
gboolean     corro_clip_match_walk               (GFile                *folder,
                                                  guint                 max_depth,
                                                  CorroClipMatchVisit   visit,
                                                  gpointer              user_data,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void         corro_clip_match_find_videos_async  (GFile                *folder,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
char       **corro_clip_match_find_videos_finish (GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
