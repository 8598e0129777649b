/* corro-participant.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PARTICIPANT (corro_participant_get_type ())

G_DECLARE_FINAL_TYPE (CorroParticipant, corro_participant, CORRO, PARTICIPANT, GObject)

CorroParticipant     *corro_participant_new                   (const char           *name);
gint64                corro_participant_get_id                (CorroParticipant     *self);
const char           *corro_participant_get_name              (CorroParticipant     *self);
void                  corro_participant_set_name              (CorroParticipant     *self,
                                                               const char           *name);
CorroRelationship     corro_participant_get_relationship      (CorroParticipant     *self);
void                  corro_participant_set_relationship      (CorroParticipant     *self,
                                                               CorroRelationship     relationship);
int                   corro_participant_get_child_age_months  (CorroParticipant     *self);
void                  corro_participant_set_child_age_months  (CorroParticipant     *self,
                                                               int                   months);
const char           *corro_participant_get_language          (CorroParticipant     *self);
void                  corro_participant_set_language          (CorroParticipant     *self,
                                                               const char           *language);
const char           *corro_participant_get_phone             (CorroParticipant     *self);
void                  corro_participant_set_phone             (CorroParticipant     *self,
                                                               const char           *phone);
const char           *corro_participant_get_email             (CorroParticipant     *self);
void                  corro_participant_set_email             (CorroParticipant     *self,
                                                               const char           *email);
const char           *corro_participant_get_consent_date      (CorroParticipant     *self);
void                  corro_participant_set_consent_date      (CorroParticipant     *self,
                                                               const char           *date);
const char           *corro_participant_get_consent_scope     (CorroParticipant     *self);
void                  corro_participant_set_consent_scope     (CorroParticipant     *self,
                                                               const char           *scope);
gint64                corro_participant_get_enrolment_id      (CorroParticipant     *self);
gint64                corro_participant_get_group_id          (CorroParticipant     *self);
const char           *corro_participant_get_referral_source   (CorroParticipant     *self);
void                  corro_participant_set_referral_source   (CorroParticipant     *self,
                                                               const char           *source);
const char           *corro_participant_get_referral_date     (CorroParticipant     *self);
void                  corro_participant_set_referral_date     (CorroParticipant     *self,
                                                               const char           *date);
CorroEnrolmentStatus  corro_participant_get_status            (CorroParticipant     *self);
const char           *corro_participant_get_status_reason     (CorroParticipant     *self);
const char           *corro_participant_get_status_date       (CorroParticipant     *self);
guint                 corro_participant_get_n_marks           (CorroParticipant     *self,
                                                               CorroAttendanceMark   mark);
guint                 corro_participant_get_attended_chapters (CorroParticipant     *self);
guint                 corro_participant_get_required_chapters (CorroParticipant     *self);
CorroCompletion       corro_participant_get_completion        (CorroParticipant     *self);

G_END_DECLS
