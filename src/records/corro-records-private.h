/* corro-records-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How CorroRecords builds and updates the objects it hands out. Only records/ includes
 * this header; everything here runs on the main thread.
 */

#pragma once

#include "corro-addendum.h"
#include "corro-age-band.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-reflection.h"
#include "corro-search-result.h"
#include "corro-session.h"
#include "corro-store-age-bands.h"
#include "corro-store-records.h"

G_BEGIN_DECLS

gboolean  _corro_records_set_string           (char             **field,
                                               const char        *value);
char     *_corro_records_dup_today            (void);
int       _corro_records_compare_participants (CorroParticipant  *a,
                                               CorroParticipant  *b);
void      _corro_records_update_totals        (CorroGroup        *group,
                                               CorroParticipant  *participant);
void      _corro_records_session_changed      (CorroRecords      *self,
                                               CorroGroup        *group,
                                               CorroSession      *session);
void      _corro_records_group_changed        (CorroRecords      *self,
                                               CorroGroup        *group);
GListStore *_corro_records_get_age_band_store (CorroRecords      *self);

CorroAgeBand *_corro_age_band_new_from_store  (const CorroStoreAgeBand *row);

CorroGroup *_corro_group_new_from_store        (const CorroStoreGroup *row);
void        _corro_group_to_store              (CorroGroup            *self,
                                                CorroStoreGroup       *row);
void        _corro_group_set_id                (CorroGroup            *self,
                                                gint64                 id);
void        _corro_group_set_rule              (CorroGroup            *self,
                                                guint                  n_chapters,
                                                guint                  required);
void        _corro_group_set_loaded            (CorroGroup            *self,
                                                gboolean               loaded);
GListStore *_corro_group_get_session_store     (CorroGroup            *self);
GListStore *_corro_group_get_participant_store (CorroGroup            *self);

CorroSession *_corro_session_new_from_store (const CorroStoreSession *row);
void          _corro_session_to_store       (CorroSession            *self,
                                             CorroStoreSession       *row);
void          _corro_session_set_id         (CorroSession            *self,
                                             gint64                   id);
void          _corro_session_set_mark       (CorroSession            *self,
                                             gint64                   participant_id,
                                             CorroAttendanceMark      mark);

CorroParticipant *_corro_participant_new_from_store (const CorroStoreMember *row);
void              _corro_participant_to_store       (CorroParticipant       *self,
                                                     CorroStoreMember       *row);
void              _corro_participant_set_ids        (CorroParticipant       *self,
                                                     gint64                  id,
                                                     gint64                  enrolment_id,
                                                     gint64                  group_id);
void              _corro_participant_set_enrolment  (CorroParticipant       *self,
                                                     CorroEnrolmentStatus    status,
                                                     const char             *reason,
                                                     const char             *date);
void              _corro_participant_set_totals     (CorroParticipant       *self,
                                                     const guint            *n_marks,
                                                     guint                   attended_chapters,
                                                     guint                   required_chapters,
                                                     CorroCompletion         completion);

CorroReflection *_corro_reflection_new_from_store     (const CorroStoreReflection *row);
void             _corro_reflection_set_saved          (CorroReflection            *self,
                                                       gint64                      id,
                                                       const char                 *text,
                                                       const char                 *updated_at);
void             _corro_reflection_set_finalised      (CorroReflection            *self,
                                                       const char                 *finalised_at,
                                                       const char                 *finalised_by);
GListStore      *_corro_reflection_get_addendum_store (CorroReflection            *self);

CorroAddendum     *_corro_addendum_new_from_store      (const CorroStoreAddendum *row);
CorroSearchResult *_corro_search_result_new_from_store (const CorroStoreMatch    *row);

G_END_DECLS
