/* corro-thumbnail.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>

#include "corro-types.h"

G_BEGIN_DECLS

void        corro_thumbnail_grab_async  (const char           *uri,
                                         int                   width,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
GdkTexture *corro_thumbnail_grab_finish (GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
