/* corro-types.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CorroApplication    CorroApplication;
typedef struct _CorroChapter        CorroChapter;
typedef struct _CorroChapterRow     CorroChapterRow;
typedef struct _CorroDatabase       CorroDatabase;
typedef struct _CorroHistory        CorroHistory;
typedef struct _CorroPausePoint     CorroPausePoint;
typedef struct _CorroProgramme      CorroProgramme;
typedef struct _CorroRecoveryWindow CorroRecoveryWindow;
typedef struct _CorroSegment        CorroSegment;
typedef struct _CorroStore          CorroStore;
typedef struct _CorroWindow         CorroWindow;

/**
 * CorroSegmentKind:
 *
 * What happens in one part of a session plan.
 */
typedef enum
{
  CORRO_SEGMENT_WELCOME,
  CORRO_SEGMENT_CLIP,
  CORRO_SEGMENT_DISCUSSION,
  CORRO_SEGMENT_ACTIVITY,
  CORRO_SEGMENT_HANDOUT,
  CORRO_SEGMENT_BREAK,
  CORRO_SEGMENT_CLOSING,
} CorroSegmentKind;

#define CORRO_N_SEGMENT_KINDS (CORRO_SEGMENT_CLOSING + 1)

G_END_DECLS
