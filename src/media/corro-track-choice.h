/* corro-track-choice.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

int corro_track_choice_audio (GListModel *tracks,
                              int         remembered,
                              const char *language);

G_END_DECLS
