/* corro-participant.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-participant"

#include "config.h"

#include <string.h>

#include "corro-attendance.h"
#include "corro-enums.h"
#include "corro-records-private.h"

/* A participant as a member of one group: who they are, their referral and where they
 * are on the way through the group, and their attendance totals against the
 * programme's completion rule. Setting a property changes the object only, until
 * corro_records_save_participant(); the enrolment status and the totals change through
 * CorroRecords. */
struct _CorroParticipant
{
  GObject               parent_instance;

  gint64                id;
  char                 *name;
  CorroRelationship     relationship;
  int                   child_age_months;
  char                 *language;
  char                 *phone;
  char                 *email;
  char                 *consent_date;
  char                 *consent_scope;

  gint64                enrolment_id;
  gint64                group_id;
  char                 *referral_source;
  char                 *referral_date;
  CorroEnrolmentStatus  status;
  char                 *status_reason;
  char                 *status_date;

  guint                 n_marks[CORRO_N_ATTENDANCE_MARKS];
  guint                 attended_chapters;
  guint                 required_chapters;
  CorroCompletion       completion;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_RELATIONSHIP,
  PROP_CHILD_AGE_MONTHS,
  PROP_LANGUAGE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_CONSENT_DATE,
  PROP_CONSENT_SCOPE,
  PROP_ENROLMENT_ID,
  PROP_GROUP_ID,
  PROP_REFERRAL_SOURCE,
  PROP_REFERRAL_DATE,
  PROP_STATUS,
  PROP_STATUS_REASON,
  PROP_STATUS_DATE,
  PROP_N_ATTENDED,
  PROP_N_MISSED,
  PROP_ATTENDED_CHAPTERS,
  PROP_REQUIRED_CHAPTERS,
  PROP_COMPLETION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CorroParticipant, corro_participant, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* helpers */

static void
set_string (CorroParticipant  *self,
            char             **field,
            const char        *value,
            guint              prop_id)
{
  if (_corro_records_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Sessions attended, and sessions marked but not attended (absent, excused), by the
 * rule of corro-attendance.c. */
static guint
n_attended (CorroParticipant *self)
{
  guint n = 0;

  for (guint mark = CORRO_ATTENDANCE_NONE + 1; mark < CORRO_N_ATTENDANCE_MARKS; mark++)
    if (corro_attendance_mark_is_attended (mark))
      n += self->n_marks[mark];

  return n;
}

static guint
n_missed (CorroParticipant *self)
{
  guint n = 0;

  for (guint mark = CORRO_ATTENDANCE_NONE + 1; mark < CORRO_N_ATTENDANCE_MARKS; mark++)
    if (!corro_attendance_mark_is_attended (mark))
      n += self->n_marks[mark];

  return n;
}

/* GObject */

static void
corro_participant_finalize (GObject *object)
{
  CorroParticipant *self = (CorroParticipant *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->consent_date, g_free);
  g_clear_pointer (&self->consent_scope, g_free);
  g_clear_pointer (&self->referral_source, g_free);
  g_clear_pointer (&self->referral_date, g_free);
  g_clear_pointer (&self->status_reason, g_free);
  g_clear_pointer (&self->status_date, g_free);

  G_OBJECT_CLASS (corro_participant_parent_class)->finalize (object);
}

static void
corro_participant_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CorroParticipant *self = CORRO_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_RELATIONSHIP:
      g_value_set_enum (value, self->relationship);
      break;
    case PROP_CHILD_AGE_MONTHS:
      g_value_set_int (value, self->child_age_months);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_CONSENT_DATE:
      g_value_set_string (value, self->consent_date);
      break;
    case PROP_CONSENT_SCOPE:
      g_value_set_string (value, self->consent_scope);
      break;
    case PROP_ENROLMENT_ID:
      g_value_set_int64 (value, self->enrolment_id);
      break;
    case PROP_GROUP_ID:
      g_value_set_int64 (value, self->group_id);
      break;
    case PROP_REFERRAL_SOURCE:
      g_value_set_string (value, self->referral_source);
      break;
    case PROP_REFERRAL_DATE:
      g_value_set_string (value, self->referral_date);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_STATUS_REASON:
      g_value_set_string (value, self->status_reason);
      break;
    case PROP_STATUS_DATE:
      g_value_set_string (value, self->status_date);
      break;
    case PROP_N_ATTENDED:
      g_value_set_uint (value, n_attended (self));
      break;
    case PROP_N_MISSED:
      g_value_set_uint (value, n_missed (self));
      break;
    case PROP_ATTENDED_CHAPTERS:
      g_value_set_uint (value, self->attended_chapters);
      break;
    case PROP_REQUIRED_CHAPTERS:
      g_value_set_uint (value, self->required_chapters);
      break;
    case PROP_COMPLETION:
      g_value_set_enum (value, self->completion);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_participant_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CorroParticipant *self = CORRO_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      corro_participant_set_name (self, g_value_get_string (value));
      break;
    case PROP_RELATIONSHIP:
      corro_participant_set_relationship (self, g_value_get_enum (value));
      break;
    case PROP_CHILD_AGE_MONTHS:
      corro_participant_set_child_age_months (self, g_value_get_int (value));
      break;
    case PROP_LANGUAGE:
      corro_participant_set_language (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      corro_participant_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      corro_participant_set_email (self, g_value_get_string (value));
      break;
    case PROP_CONSENT_DATE:
      corro_participant_set_consent_date (self, g_value_get_string (value));
      break;
    case PROP_CONSENT_SCOPE:
      corro_participant_set_consent_scope (self, g_value_get_string (value));
      break;
    case PROP_REFERRAL_SOURCE:
      corro_participant_set_referral_source (self, g_value_get_string (value));
      break;
    case PROP_REFERRAL_DATE:
      corro_participant_set_referral_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_participant_class_init (CorroParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = corro_participant_finalize;
  object_class->get_property = corro_participant_get_property;
  object_class->set_property = corro_participant_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_RELATIONSHIP] =
    g_param_spec_enum ("relationship", NULL, NULL,
                       CORRO_TYPE_RELATIONSHIP, CORRO_RELATIONSHIP_UNKNOWN, rw);
  properties[PROP_CHILD_AGE_MONTHS] =
    g_param_spec_int ("child-age-months", NULL, NULL, -1, 300, -1, rw);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "", rw);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "", rw);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "", rw);
  properties[PROP_CONSENT_DATE] =
    g_param_spec_string ("consent-date", NULL, NULL, NULL, rw);
  properties[PROP_CONSENT_SCOPE] =
    g_param_spec_string ("consent-scope", NULL, NULL, "", rw);
  properties[PROP_ENROLMENT_ID] =
    g_param_spec_int64 ("enrolment-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_GROUP_ID] =
    g_param_spec_int64 ("group-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_REFERRAL_SOURCE] =
    g_param_spec_string ("referral-source", NULL, NULL, "", rw);
  properties[PROP_REFERRAL_DATE] =
    g_param_spec_string ("referral-date", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CORRO_TYPE_ENROLMENT_STATUS, CORRO_ENROLMENT_REFERRED, ro);
  properties[PROP_STATUS_REASON] =
    g_param_spec_string ("status-reason", NULL, NULL, "", ro);
  properties[PROP_STATUS_DATE] =
    g_param_spec_string ("status-date", NULL, NULL, NULL, ro);
  properties[PROP_N_ATTENDED] =
    g_param_spec_uint ("n-attended", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_MISSED] =
    g_param_spec_uint ("n-missed", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_ATTENDED_CHAPTERS] =
    g_param_spec_uint ("attended-chapters", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_REQUIRED_CHAPTERS] =
    g_param_spec_uint ("required-chapters", NULL, NULL, 0, G_MAXUINT, 6, ro);
  properties[PROP_COMPLETION] =
    g_param_spec_enum ("completion", NULL, NULL,
                       CORRO_TYPE_COMPLETION, CORRO_COMPLETION_IN_PROGRESS, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_participant_init (CorroParticipant *self)
{
  self->name = g_strdup ("");
  self->child_age_months = -1;
  self->language = g_strdup ("");
  self->phone = g_strdup ("");
  self->email = g_strdup ("");
  self->consent_scope = g_strdup ("");
  self->referral_source = g_strdup ("");
  self->status_reason = g_strdup ("");
  self->required_chapters = 6;
}

/* private API */

CorroParticipant *
_corro_participant_new_from_store (const CorroStoreMember *row)
{
  CorroParticipant *self = g_object_new (CORRO_TYPE_PARTICIPANT, NULL);
  const CorroStoreParticipant *p = &row->participant;
  const CorroStoreEnrolment *e = &row->enrolment;

  self->id = p->id;
  _corro_records_set_string (&self->name, p->name);
  self->relationship = p->relationship;
  self->child_age_months = p->child_age_months;
  _corro_records_set_string (&self->language, p->language);
  _corro_records_set_string (&self->phone, p->phone);
  _corro_records_set_string (&self->email, p->email);
  _corro_records_set_string (&self->consent_date, p->consent_date);
  _corro_records_set_string (&self->consent_scope, p->consent_scope);

  self->enrolment_id = e->id;
  self->group_id = e->group_id;
  _corro_records_set_string (&self->referral_source, e->referral_source);
  _corro_records_set_string (&self->referral_date, e->referral_date);
  self->status = e->status;
  _corro_records_set_string (&self->status_reason, e->status_reason);
  _corro_records_set_string (&self->status_date, e->status_date);
  return self;
}

/* Fills @row with the participant's fields, borrowed from @self. */
void
_corro_participant_to_store (CorroParticipant *self,
                             CorroStoreMember *row)
{
  row->participant.id = self->id;
  row->participant.name = self->name;
  row->participant.relationship = self->relationship;
  row->participant.child_age_months = self->child_age_months;
  row->participant.language = self->language;
  row->participant.phone = self->phone;
  row->participant.email = self->email;
  row->participant.consent_date = self->consent_date;
  row->participant.consent_scope = self->consent_scope;

  row->enrolment.id = self->enrolment_id;
  row->enrolment.group_id = self->group_id;
  row->enrolment.participant_id = self->id;
  row->enrolment.referral_source = self->referral_source;
  row->enrolment.referral_date = self->referral_date;
  row->enrolment.status = self->status;
  row->enrolment.status_reason = self->status_reason;
  row->enrolment.status_date = self->status_date;
}

void
_corro_participant_set_ids (CorroParticipant *self,
                            gint64            id,
                            gint64            enrolment_id,
                            gint64            group_id)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (self->enrolment_id != enrolment_id)
    {
      self->enrolment_id = enrolment_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENROLMENT_ID]);
    }
  if (self->group_id != group_id)
    {
      self->group_id = group_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_ID]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
_corro_participant_set_enrolment (CorroParticipant     *self,
                                  CorroEnrolmentStatus  status,
                                  const char           *reason,
                                  const char           *date)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  set_string (self, &self->status_reason,
              status == CORRO_ENROLMENT_WITHDRAWN && reason != NULL ? reason : "",
              PROP_STATUS_REASON);
  set_string (self, &self->status_date, date, PROP_STATUS_DATE);
  g_object_thaw_notify (G_OBJECT (self));
}

void
_corro_participant_set_totals (CorroParticipant *self,
                               const guint      *n_marks,
                               guint             attended_chapters,
                               guint             required_chapters,
                               CorroCompletion   completion)
{
  guint old_attended = n_attended (self);
  guint old_missed = n_missed (self);

  g_object_freeze_notify (G_OBJECT (self));
  memcpy (self->n_marks, n_marks, sizeof self->n_marks);
  if (n_attended (self) != old_attended)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ATTENDED]);
  if (n_missed (self) != old_missed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MISSED]);
  if (self->attended_chapters != attended_chapters)
    {
      self->attended_chapters = attended_chapters;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDED_CHAPTERS]);
    }
  if (self->required_chapters != required_chapters)
    {
      self->required_chapters = required_chapters;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIRED_CHAPTERS]);
    }
  if (self->completion != completion)
    {
      self->completion = completion;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETION]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* public API */

/**
 * corro_participant_new:
 * @name: the participant's name as the team records it; a code is fine
 *
 * A participant not yet in the records: give it to corro_records_add_participant().
 */
CorroParticipant *
corro_participant_new (const char *name)
{
  return g_object_new (CORRO_TYPE_PARTICIPANT, "name", name, NULL);
}

/**
 * corro_participant_get_id:
 *
 * Returns: the participant's id in the records, 0 until added
 */
gint64
corro_participant_get_id (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), 0);

  return self->id;
}

const char *
corro_participant_get_name (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->name;
}

void
corro_participant_set_name (CorroParticipant *self,
                            const char       *name)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));

  set_string (self, &self->name, name != NULL ? name : "", PROP_NAME);
}

CorroRelationship
corro_participant_get_relationship (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), CORRO_RELATIONSHIP_UNKNOWN);

  return self->relationship;
}

void
corro_participant_set_relationship (CorroParticipant  *self,
                                    CorroRelationship  relationship)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));
  g_return_if_fail (relationship <= CORRO_RELATIONSHIP_OTHER);

  if (self->relationship == relationship)
    return;

  self->relationship = relationship;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATIONSHIP]);
}

/**
 * corro_participant_get_child_age_months:
 *
 * Returns: the child's age in months when recorded, or -1
 */
int
corro_participant_get_child_age_months (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), -1);

  return self->child_age_months;
}

void
corro_participant_set_child_age_months (CorroParticipant *self,
                                        int               months)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));
  g_return_if_fail (months >= -1 && months <= 300);

  if (self->child_age_months == months)
    return;

  self->child_age_months = months;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_AGE_MONTHS]);
}

const char *
corro_participant_get_language (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->language;
}

void
corro_participant_set_language (CorroParticipant *self,
                                const char       *language)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));

  set_string (self, &self->language, language != NULL ? language : "", PROP_LANGUAGE);
}

const char *
corro_participant_get_phone (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->phone;
}

void
corro_participant_set_phone (CorroParticipant *self,
                             const char       *phone)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));

  set_string (self, &self->phone, phone != NULL ? phone : "", PROP_PHONE);
}

const char *
corro_participant_get_email (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->email;
}

void
corro_participant_set_email (CorroParticipant *self,
                             const char       *email)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));

  set_string (self, &self->email, email != NULL ? email : "", PROP_EMAIL);
}

/**
 * corro_participant_get_consent_date:
 *
 * Returns: (nullable): when the participant gave consent, "YYYY-MM-DD"
 */
const char *
corro_participant_get_consent_date (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->consent_date;
}

void
corro_participant_set_consent_date (CorroParticipant *self,
                                    const char       *date)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));

  set_string (self, &self->consent_date, date, PROP_CONSENT_DATE);
}

/**
 * corro_participant_get_consent_scope:
 *
 * Returns: what the participant consented to, in the team's words
 */
const char *
corro_participant_get_consent_scope (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->consent_scope;
}

void
corro_participant_set_consent_scope (CorroParticipant *self,
                                     const char       *scope)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));

  set_string (self, &self->consent_scope, scope != NULL ? scope : "", PROP_CONSENT_SCOPE);
}

gint64
corro_participant_get_enrolment_id (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), 0);

  return self->enrolment_id;
}

gint64
corro_participant_get_group_id (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), 0);

  return self->group_id;
}

const char *
corro_participant_get_referral_source (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->referral_source;
}

void
corro_participant_set_referral_source (CorroParticipant *self,
                                       const char       *source)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));

  set_string (self, &self->referral_source, source != NULL ? source : "",
              PROP_REFERRAL_SOURCE);
}

/**
 * corro_participant_get_referral_date:
 *
 * Returns: (nullable): when the participant was referred to this group
 */
const char *
corro_participant_get_referral_date (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->referral_date;
}

void
corro_participant_set_referral_date (CorroParticipant *self,
                                     const char       *date)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT (self));

  set_string (self, &self->referral_date, date, PROP_REFERRAL_DATE);
}

CorroEnrolmentStatus
corro_participant_get_status (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), CORRO_ENROLMENT_REFERRED);

  return self->status;
}

/**
 * corro_participant_get_status_reason:
 *
 * Returns: why the participant withdrew; "" otherwise
 */
const char *
corro_participant_get_status_reason (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->status_reason;
}

/**
 * corro_participant_get_status_date:
 *
 * Returns: (nullable): when the status last changed
 */
const char *
corro_participant_get_status_date (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), NULL);

  return self->status_date;
}

/**
 * corro_participant_get_n_marks:
 *
 * Returns: at how many of the group's sessions the participant has @mark
 */
guint
corro_participant_get_n_marks (CorroParticipant    *self,
                               CorroAttendanceMark  mark)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), 0);
  g_return_val_if_fail (mark < CORRO_N_ATTENDANCE_MARKS, 0);

  return self->n_marks[mark];
}

/**
 * corro_participant_get_attended_chapters:
 *
 * Returns: how many of the programme's chapters the participant attended (present,
 *   late, or caught up later), each chapter counted once
 */
guint
corro_participant_get_attended_chapters (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), 0);

  return self->attended_chapters;
}

guint
corro_participant_get_required_chapters (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), 0);

  return self->required_chapters;
}

CorroCompletion
corro_participant_get_completion (CorroParticipant *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT (self), CORRO_COMPLETION_IN_PROGRESS);

  return self->completion;
}
