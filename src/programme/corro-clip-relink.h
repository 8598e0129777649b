/* corro-clip-relink.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

/**
 * CorroClipLost:
 * @key: the clip key
 * @uri: where the key's file was linked
 * @size: the file's size when it was linked, or -1 when not known
 *
 * A linked file that is no longer where it was linked.
 */
typedef struct
{
  char   *key;
  char   *uri;
  gint64  size;
} CorroClipLost;

CorroClipLost *corro_clip_lost_new              (const char           *key,
                                                 const char           *uri,
                                                 gint64                size);
void           corro_clip_lost_free             (CorroClipLost        *lost);
void           corro_clip_relink_search_async   (GPtrArray            *lost,
                                                 GFile                *folder,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
GHashTable    *corro_clip_relink_search_finish  (GAsyncResult         *result,
                                                 GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroClipLost, corro_clip_lost_free)

G_END_DECLS
