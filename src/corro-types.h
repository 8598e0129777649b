/* corro-types.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CorroAddendum       CorroAddendum;
typedef struct _CorroAgeBand        CorroAgeBand;
typedef struct _CorroApplication    CorroApplication;
typedef struct _CorroChapter        CorroChapter;
typedef struct _CorroChapterRow     CorroChapterRow;
typedef struct _CorroDatabase       CorroDatabase;
typedef struct _CorroGroup          CorroGroup;
typedef struct _CorroHistory        CorroHistory;
typedef struct _CorroParticipant    CorroParticipant;
typedef struct _CorroParticipantImport CorroParticipantImport;
typedef struct _CorroPausePoint     CorroPausePoint;
typedef struct _CorroPresentation   CorroPresentation;
typedef struct _CorroProgramme      CorroProgramme;
typedef struct _CorroProgrammeLibrary CorroProgrammeLibrary;
typedef struct _CorroRecords        CorroRecords;
typedef struct _CorroRecoveryWindow CorroRecoveryWindow;
typedef struct _CorroReflection     CorroReflection;
typedef struct _CorroSearchResult   CorroSearchResult;
typedef struct _CorroSegment        CorroSegment;
typedef struct _CorroSession        CorroSession;
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

/**
 * CorroGroupMode:
 *
 * How a group meets.
 */
typedef enum
{
  CORRO_GROUP_MODE_IN_PERSON,
  CORRO_GROUP_MODE_ONLINE,
  CORRO_GROUP_MODE_INDIVIDUAL,
} CorroGroupMode;

/**
 * CorroGroupStatus:
 *
 * Where a group is in its life.
 */
typedef enum
{
  CORRO_GROUP_STATUS_PLANNED,
  CORRO_GROUP_STATUS_RUNNING,
  CORRO_GROUP_STATUS_FINISHED,
} CorroGroupStatus;

/**
 * CorroRelationship:
 * @CORRO_RELATIONSHIP_UNKNOWN: not recorded
 *
 * How a participant is related to the child.
 */
typedef enum
{
  CORRO_RELATIONSHIP_UNKNOWN,
  CORRO_RELATIONSHIP_MOTHER,
  CORRO_RELATIONSHIP_FATHER,
  CORRO_RELATIONSHIP_GRANDPARENT,
  CORRO_RELATIONSHIP_FOSTER_CARER,
  CORRO_RELATIONSHIP_OTHER,
} CorroRelationship;

/**
 * CorroEnrolmentStatus:
 * @CORRO_ENROLMENT_CONTACTED: offered a pre-group contact
 *
 * Where a participant is on the way through one group: referred, contacted, enrolled,
 * then completed or withdrawn.
 */
typedef enum
{
  CORRO_ENROLMENT_REFERRED,
  CORRO_ENROLMENT_CONTACTED,
  CORRO_ENROLMENT_ENROLLED,
  CORRO_ENROLMENT_COMPLETED,
  CORRO_ENROLMENT_WITHDRAWN,
} CorroEnrolmentStatus;

/**
 * CorroContactMethod:
 *
 * How a pre-group contact was made.
 */
typedef enum
{
  CORRO_CONTACT_PHONE,
  CORRO_CONTACT_VIDEO,
  CORRO_CONTACT_IN_PERSON,
  CORRO_CONTACT_MESSAGE,
  CORRO_CONTACT_OTHER,
} CorroContactMethod;

/**
 * CorroAttendanceMark:
 * @CORRO_ATTENDANCE_NONE: not marked yet
 * @CORRO_ATTENDANCE_CAUGHT_UP: missed the session, then caught up with the chapter later
 *
 * One participant at one session.
 */
typedef enum
{
  CORRO_ATTENDANCE_NONE,
  CORRO_ATTENDANCE_PRESENT,
  CORRO_ATTENDANCE_LATE,
  CORRO_ATTENDANCE_ABSENT,
  CORRO_ATTENDANCE_EXCUSED,
  CORRO_ATTENDANCE_CAUGHT_UP,
} CorroAttendanceMark;

#define CORRO_N_ATTENDANCE_MARKS (CORRO_ATTENDANCE_CAUGHT_UP + 1)

/**
 * CorroCompletion:
 * @CORRO_COMPLETION_IN_PROGRESS: has not yet attended enough chapters, and still may
 * @CORRO_COMPLETION_COMPLETED: attended at least the chapters the programme asks for
 * @CORRO_COMPLETION_NOT_COMPLETED: the group finished, or the participant withdrew, short
 *   of them
 *
 * Whether a participant completed the programme in one group.
 */
typedef enum
{
  CORRO_COMPLETION_IN_PROGRESS,
  CORRO_COMPLETION_COMPLETED,
  CORRO_COMPLETION_NOT_COMPLETED,
} CorroCompletion;

/**
 * CorroReflectionKind:
 * @CORRO_REFLECTION_SESSION: on the session and the group process
 * @CORRO_REFLECTION_PARTICIPANT: on one participant
 * @CORRO_REFLECTION_SELF: the facilitator's own reflection, for supervision
 * @CORRO_REFLECTION_FIDELITY: a fidelity or supervision note
 *
 * What a note is about.
 */
typedef enum
{
  CORRO_REFLECTION_SESSION,
  CORRO_REFLECTION_PARTICIPANT,
  CORRO_REFLECTION_SELF,
  CORRO_REFLECTION_FIDELITY,
} CorroReflectionKind;

/**
 * CorroNoteScope:
 * @CORRO_NOTE_SCOPE_RECORDS: session and participant notes: the families' records
 * @CORRO_NOTE_SCOPE_SUPERVISION: self-reflections and fidelity notes, kept apart
 *
 * Which notes a list or a search reaches; the two are never mixed.
 */
typedef enum
{
  CORRO_NOTE_SCOPE_RECORDS,
  CORRO_NOTE_SCOPE_SUPERVISION,
} CorroNoteScope;

G_END_DECLS
