/* corro-clip-state.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_CLIP_STATE (corro_clip_state_get_type ())

G_DECLARE_FINAL_TYPE (CorroClipState, corro_clip_state, CORRO, CLIP_STATE, GtkBox)

void        corro_clip_state_check     (CorroClipState *self,
                                        CorroStore     *store,
                                        CorroProgramme *programme,
                                        CorroChapter   *chapter,
                                        const char     *variant,
                                        const char     *language,
                                        const char     *context);
void        corro_clip_state_clear     (CorroClipState *self);
const char *corro_clip_state_get_text  (CorroClipState *self);
gboolean    corro_clip_state_is_ready  (CorroClipState *self);

G_END_DECLS
