/* corro-media-check.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "corro-types.h"

G_BEGIN_DECLS

int corro_media_check (const char *path_or_uri);

G_END_DECLS
