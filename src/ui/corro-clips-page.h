/* corro-clips-page.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "corro-types.h"

G_BEGIN_DECLS

/**
 * CorroClipState:
 * @CORRO_CLIP_STATE_NOT_LINKED: no video file is linked to the key on this computer
 * @CORRO_CLIP_STATE_CHECKING: the linked file is being probed
 * @CORRO_CLIP_STATE_LINKED: the linked file is there and Corro can play it
 * @CORRO_CLIP_STATE_MISSING: the linked file is no longer there and no file of the same
 *   name (and size, when it was kept) was found near where it was
 * @CORRO_CLIP_STATE_UNPLAYABLE: the linked file is there but cannot be played
 * @CORRO_CLIP_STATE_MOVED: the linked file is no longer there, but a file of the same name
 *   (and size, when it was kept) was found near where it was: it can be relinked
 */
typedef enum
{
  CORRO_CLIP_STATE_NOT_LINKED,
  CORRO_CLIP_STATE_CHECKING,
  CORRO_CLIP_STATE_LINKED,
  CORRO_CLIP_STATE_MISSING,
  CORRO_CLIP_STATE_UNPLAYABLE,
  CORRO_CLIP_STATE_MOVED,
} CorroClipState;

#define CORRO_TYPE_CLIPS_PAGE (corro_clips_page_get_type ())

G_DECLARE_FINAL_TYPE (CorroClipsPage, corro_clips_page, CORRO, CLIPS_PAGE, AdwBin)

GtkWidget      *corro_clips_page_new             (CorroStore     *store,
                                                  CorroProgramme *programme,
                                                  const char     *language);
void            corro_clips_page_refresh         (CorroClipsPage *self);
gboolean        corro_clips_page_is_busy         (CorroClipsPage *self);
CorroClipState  corro_clips_page_get_state       (CorroClipsPage *self,
                                                  const char     *key);
const char     *corro_clips_page_get_detail      (CorroClipsPage *self,
                                                  const char     *key);
void            corro_clips_page_scan_folder     (CorroClipsPage *self,
                                                  GFile          *folder);
const char     *corro_clips_page_get_found_uri   (CorroClipsPage *self,
                                                  const char     *key);
void            corro_clips_page_relink_from_folder (CorroClipsPage *self,
                                                  GFile          *folder);
guint           corro_clips_page_get_n_suggestions (CorroClipsPage *self);
const char     *corro_clips_page_get_suggestion  (CorroClipsPage *self,
                                                  guint           index,
                                                  const char    **uri);

G_END_DECLS
