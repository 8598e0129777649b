/* corro-clip-check.h
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
 * CorroClipCheckResult:
 * @CORRO_CLIP_CHECK_READY: the file is there, plays here and is long enough
 * @CORRO_CLIP_CHECK_NOT_LINKED: no file is linked to the clip on this computer
 * @CORRO_CLIP_CHECK_MISSING: the linked file is not there (moved, deleted, disk gone)
 * @CORRO_CLIP_CHECK_UNPLAYABLE: the file is there but cannot be played here
 * @CORRO_CLIP_CHECK_TOO_SHORT: the file ends before a pause point or the out point
 */
typedef enum
{
  CORRO_CLIP_CHECK_READY,
  CORRO_CLIP_CHECK_NOT_LINKED,
  CORRO_CLIP_CHECK_MISSING,
  CORRO_CLIP_CHECK_UNPLAYABLE,
  CORRO_CLIP_CHECK_TOO_SHORT,
} CorroClipCheckResult;

#define CORRO_TYPE_CLIP_CHECK (corro_clip_check_get_type ())

G_DECLARE_FINAL_TYPE (CorroClipCheck, corro_clip_check, CORRO, CLIP_CHECK, GObject)

CorroClipCheck       *corro_clip_check_new           (void);
void                  corro_clip_check_add           (CorroClipCheck      *self,
                                                      const char          *key,
                                                      const char          *title,
                                                      const char          *uri,
                                                      gint64               last_pause_us,
                                                      gint64               out_us);
void                  corro_clip_check_run_async     (CorroClipCheck      *self,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean              corro_clip_check_run_finish    (CorroClipCheck      *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
void                  corro_clip_check_run           (CorroClipCheck      *self,
                                                      GCancellable        *cancellable);
gboolean              corro_clip_check_get_done      (CorroClipCheck      *self);
guint                 corro_clip_check_get_n_clips   (CorroClipCheck      *self);
guint                 corro_clip_check_get_n_problems (CorroClipCheck     *self);
const char           *corro_clip_check_get_key       (CorroClipCheck      *self,
                                                      guint                index);
const char           *corro_clip_check_get_title     (CorroClipCheck      *self,
                                                      guint                index);
const char           *corro_clip_check_get_uri       (CorroClipCheck      *self,
                                                      guint                index);
CorroClipCheckResult  corro_clip_check_get_result    (CorroClipCheck      *self,
                                                      guint                index);
gint64                corro_clip_check_get_duration  (CorroClipCheck      *self,
                                                      guint                index);
const char           *corro_clip_check_get_message   (CorroClipCheck      *self,
                                                      guint                index);

G_END_DECLS
