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
typedef struct _CorroPresentation   CorroPresentation;
typedef struct _CorroProgramme      CorroProgramme;
typedef struct _CorroProgrammeLibrary CorroProgrammeLibrary;
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

/**
 * CorroImportMode:
 * @CORRO_IMPORT_REPLACE: a programme with the same id is replaced
 * @CORRO_IMPORT_KEEP_BOTH: the imported programme is kept beside it under a new id
 *
 * What to do when an imported programme has the id of one already kept.
 */
typedef enum
{
  CORRO_IMPORT_REPLACE,
  CORRO_IMPORT_KEEP_BOTH,
} CorroImportMode;

/**
 * CorroProblemSeverity:
 * @CORRO_PROBLEM_WARNING: worth fixing, but the file can still be used
 * @CORRO_PROBLEM_ERROR: the file cannot be used until it is fixed
 *
 * How serious a problem found in a programme file is.
 */
typedef enum
{
  CORRO_PROBLEM_WARNING,
  CORRO_PROBLEM_ERROR,
} CorroProblemSeverity;

/**
 * CorroScreen:
 * @CORRO_SCREEN_CONTENT: the current segment: its clip, or the title card between clips
 * @CORRO_SCREEN_BLACK: nothing at all (B)
 * @CORRO_SCREEN_TITLE: the chapter's title card, whatever is current (W)
 *
 * What the audience sees.
 */
typedef enum
{
  CORRO_SCREEN_CONTENT,
  CORRO_SCREEN_BLACK,
  CORRO_SCREEN_TITLE,
} CorroScreen;

/**
 * CorroTiming:
 * @CORRO_TIMING_ON_TIME: within the time planned
 * @CORRO_TIMING_NEAR_END: in the last fifth (at most 2 minutes) of the time planned
 * @CORRO_TIMING_OVER: past the time planned
 *
 * How a segment, or the session, is going against its plan.
 */
typedef enum
{
  CORRO_TIMING_ON_TIME,
  CORRO_TIMING_NEAR_END,
  CORRO_TIMING_OVER,
} CorroTiming;

G_END_DECLS
