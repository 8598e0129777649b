/* corro-store-records.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The records tables (groups, participants, enrolment, contacts, sessions, attendance,
 * reflections) as plain structs. Dates are "YYYY-MM-DD", times of day "HH:MM",
 * timestamps UTC ISO 8601; ids are positive, 0 meaning "none" or "not saved yet".
 * Every function runs on the thread that opened the store, except
 * corro_store_search_reflections(), which may run on any thread.
 */

#pragma once

#include <gio/gio.h>

#include "corro-store.h"
#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_RECORDS_ERROR (corro_records_error_quark ())

/**
 * CorroRecordsError:
 * @CORRO_RECORDS_ERROR_NOT_FOUND: the record is not (or no longer) there
 * @CORRO_RECORDS_ERROR_INVALID: a value is not one the records accept
 * @CORRO_RECORDS_ERROR_FINALISED: the note is finalised and changes only by addendum
 * @CORRO_RECORDS_ERROR_NOT_FINALISED: addenda are for finalised notes
 * @CORRO_RECORDS_ERROR_HAS_NOTES: the group or session has notes and is kept
 * @CORRO_RECORDS_ERROR_NOT_ENROLLED: the participant is not in the session's group
 * @CORRO_RECORDS_ERROR_IN_USE: the record is in use and is kept (an age band a group is in)
 * @CORRO_RECORDS_ERROR_NOT_CLEANED: the record was erased, but the file could not yet be
 *   cleaned of the space it took (see corro_store_scrub())
 */
typedef enum
{
  CORRO_RECORDS_ERROR_NOT_FOUND = 1,
  CORRO_RECORDS_ERROR_INVALID,
  CORRO_RECORDS_ERROR_FINALISED,
  CORRO_RECORDS_ERROR_NOT_FINALISED,
  CORRO_RECORDS_ERROR_HAS_NOTES,
  CORRO_RECORDS_ERROR_NOT_ENROLLED,
  CORRO_RECORDS_ERROR_NOT_CLEANED,
  CORRO_RECORDS_ERROR_IN_USE,
} CorroRecordsError;

typedef struct
{
  gint64            id;
  char             *name;
  char             *programme_id;
  CorroGroupMode    mode;
  char             *age_band;
  char             *venue;          /* a place, or a meeting link */
  char             *facilitators;
  char             *language;       /* "en", "es", … or "" */
  guint             weekday;        /* 1 Monday … 7 Sunday; 0 not set */
  char             *start_time;     /* nullable */
  char             *start_date;     /* nullable */
  CorroGroupStatus  status;
} CorroStoreGroup;

typedef struct
{
  gint64             id;
  char              *name;
  CorroRelationship  relationship;
  int                child_age_months; /* -1: not recorded */
  char              *language;
  char              *phone;
  char              *email;
  char              *consent_date;     /* nullable */
  char              *consent_scope;    /* what was consented to */
} CorroStoreParticipant;

typedef struct
{
  gint64                id;
  gint64                group_id;
  gint64                participant_id;
  char                 *referral_source;
  char                 *referral_date;  /* nullable */
  CorroEnrolmentStatus  status;
  char                 *status_reason;  /* why withdrawn; "" otherwise */
  char                 *status_date;    /* nullable */
} CorroStoreEnrolment;

/* A participant as a member of one group. */
typedef struct
{
  CorroStoreParticipant participant;
  CorroStoreEnrolment   enrolment;
} CorroStoreMember;

typedef struct
{
  gint64              id;
  gint64              enrolment_id;
  char               *date;
  CorroContactMethod  method;
  char               *note;
} CorroStoreContact;

typedef struct
{
  gint64    id;
  gint64    group_id;
  guint     chapter;
  char     *date;        /* nullable: not scheduled yet */
  gboolean  held;
  char     *started_at;  /* nullable */
  char     *ended_at;    /* nullable */
  char     *skipped;     /* the plan's segments left out, by number: "2,5" */
  gboolean  extra;       /* a further meeting for a chapter */
} CorroStoreSession;

typedef struct
{
  gint64               session_id;
  gint64               participant_id;
  CorroAttendanceMark  mark;
} CorroStoreMark;

typedef struct
{
  gint64               id;
  CorroReflectionKind  kind;
  gint64               session_id;     /* 0: none */
  gint64               participant_id; /* 0: none */
  char                *text;
  char                *created_at;
  char                *updated_at;
  char                *finalised_at;   /* NULL while a draft */
  char                *finalised_by;   /* (nullable) who finalised it */
} CorroStoreReflection;

typedef struct
{
  gint64  id;
  gint64  reflection_id;
  char   *text;
  char   *created_at;
} CorroStoreAddendum;

/* The markers corro_store_search_reflections() puts around matched words in a snippet. */
#define CORRO_STORE_MATCH_OPEN  "\x02"
#define CORRO_STORE_MATCH_CLOSE "\x03"

typedef struct
{
  gint64               reflection_id;
  CorroReflectionKind  kind;
  gint64               group_id;        /* 0 when the note has no session */
  char                *group_name;      /* nullable */
  gint64               session_id;
  guint                chapter;
  char                *session_date;    /* nullable */
  gint64               participant_id;
  char                *participant_name;/* nullable */
  char                *snippet;         /* matches between the markers above */
  char                *updated_at;
  gboolean             finalised;
} CorroStoreMatch;

GQuark corro_records_error_quark (void);

void corro_store_group_free        (CorroStoreGroup       *group);
void corro_store_participant_clear (CorroStoreParticipant *participant);
void corro_store_participant_free  (CorroStoreParticipant *participant);
void corro_store_enrolment_clear   (CorroStoreEnrolment   *enrolment);
void corro_store_member_free       (CorroStoreMember      *member);
void corro_store_contact_free      (CorroStoreContact     *contact);
void corro_store_session_free      (CorroStoreSession     *session);
void corro_store_reflection_free   (CorroStoreReflection  *reflection);
void corro_store_addendum_free     (CorroStoreAddendum    *addendum);
void corro_store_match_free        (CorroStoreMatch       *match);

/* groups (corro-store-records.c) */
GPtrArray       *corro_store_list_groups         (CorroStore             *self,
                                                  GError                **error);
CorroStoreGroup *corro_store_get_group           (CorroStore             *self,
                                                  gint64                  id,
                                                  GError                **error);
gint64           corro_store_find_group          (CorroStore             *self,
                                                  const char             *name,
                                                  GError                **error);
gint64           corro_store_create_group        (CorroStore             *self,
                                                  const CorroStoreGroup  *group,
                                                  GError                **error);
gboolean         corro_store_update_group        (CorroStore             *self,
                                                  const CorroStoreGroup  *group,
                                                  GError                **error);
gboolean         corro_store_delete_group        (CorroStore             *self,
                                                  gint64                  id,
                                                  GError                **error);
gboolean         corro_store_get_completion_rule (CorroStore             *self,
                                                  const char             *programme_id,
                                                  guint                  *n_chapters,
                                                  guint                  *required,
                                                  GError                **error);
gboolean         corro_store_set_completion_rule (CorroStore             *self,
                                                  const char             *programme_id,
                                                  guint                   required,
                                                  GError                **error);

/* participants, enrolment and contacts (corro-store-participants.c) */
CorroStoreParticipant *corro_store_get_participant    (CorroStore                   *self,
                                                       gint64                        id,
                                                       GError                      **error);
gint64                 corro_store_insert_participant (CorroStore                   *self,
                                                       const CorroStoreParticipant  *participant,
                                                       GError                      **error);
gboolean               corro_store_update_participant (CorroStore                   *self,
                                                       const CorroStoreParticipant  *participant,
                                                       GError                      **error);

GPtrArray *corro_store_list_members         (CorroStore                 *self,
                                             gint64                      group_id,
                                             GError                    **error);
GPtrArray *corro_store_list_enrolments_of   (CorroStore                 *self,
                                             gint64                      participant_id,
                                             GError                    **error);
gboolean   corro_store_add_member           (CorroStore                 *self,
                                             CorroStoreMember           *member,
                                             GError                    **error);
gint64     corro_store_enrol                (CorroStore                 *self,
                                             const CorroStoreEnrolment  *enrolment,
                                             GError                    **error);
gboolean   corro_store_set_enrolment_status (CorroStore                 *self,
                                             gint64                      enrolment_id,
                                             CorroEnrolmentStatus        status,
                                             const char                 *reason,
                                             const char                 *date,
                                             GError                    **error);
gboolean   corro_store_update_referral      (CorroStore                 *self,
                                             gint64                      enrolment_id,
                                             const char                 *source,
                                             const char                 *date,
                                             GError                    **error);
gboolean   corro_store_import_members       (CorroStore                 *self,
                                             gint64                      group_id,
                                             const CorroStoreGroup      *new_group,
                                             const CorroStoreMember     *members,
                                             guint                       n_members,
                                             gint64                     *out_group_id,
                                             guint                      *n_already,
                                             GError                    **error);

gint64     corro_store_add_contact   (CorroStore               *self,
                                      const CorroStoreContact  *contact,
                                      GError                  **error);
GPtrArray *corro_store_list_contacts (CorroStore               *self,
                                      gint64                    enrolment_id,
                                      GError                  **error);

/* sessions and attendance (corro-store-sessions.c) */
GPtrArray *corro_store_list_sessions     (CorroStore               *self,
                                          gint64                    group_id,
                                          GError                  **error);
gint64     corro_store_insert_session    (CorroStore               *self,
                                          const CorroStoreSession  *session,
                                          GError                  **error);
gboolean   corro_store_update_session    (CorroStore               *self,
                                          const CorroStoreSession  *session,
                                          GError                  **error);
gboolean   corro_store_schedule_sessions (CorroStore               *self,
                                          gint64                    group_id,
                                          const char               *start_date,
                                          GError                  **error);
gboolean   corro_store_delete_session    (CorroStore               *self,
                                          gint64                    id,
                                          GError                  **error);
gboolean   corro_store_set_attendance    (CorroStore               *self,
                                          gint64                    session_id,
                                          gint64                    participant_id,
                                          CorroAttendanceMark       mark,
                                          GError                  **error);
GArray    *corro_store_list_attendance   (CorroStore               *self,
                                          gint64                    group_id,
                                          GError                  **error);

/* reflections, addenda and search (corro-store-reflections.c) */
gint64                corro_store_insert_reflection    (CorroStore                  *self,
                                                        const CorroStoreReflection  *reflection,
                                                        GError                     **error);
gboolean              corro_store_save_reflection_text (CorroStore                  *self,
                                                        gint64                       id,
                                                        const char                  *text,
                                                        GError                     **error);
gboolean              corro_store_finalise_reflection  (CorroStore                  *self,
                                                        gint64                       id,
                                                        GError                     **error);
gboolean              corro_store_finalise_reflection_by (CorroStore                *self,
                                                          gint64                     id,
                                                          const char                *by,
                                                          GError                   **error);
gboolean              corro_store_delete_reflection    (CorroStore                  *self,
                                                        gint64                       id,
                                                        GError                     **error);
CorroStoreReflection *corro_store_get_reflection       (CorroStore                  *self,
                                                        gint64                       id,
                                                        GError                     **error);

GPtrArray *corro_store_list_session_reflections     (CorroStore      *self,
                                                     gint64           session_id,
                                                     CorroNoteScope   scope,
                                                     GError         **error);
GPtrArray *corro_store_list_participant_reflections (CorroStore      *self,
                                                     gint64           participant_id,
                                                     GError         **error);
GPtrArray *corro_store_list_supervision_reflections (CorroStore      *self,
                                                     gint64           group_id,
                                                     GError         **error);

gint64     corro_store_add_addendum       (CorroStore      *self,
                                           gint64           reflection_id,
                                           const char      *text,
                                           GError         **error);
gboolean   corro_store_save_addendum_draft (CorroStore     *self,
                                            gint64          reflection_id,
                                            const char     *text,
                                            GError        **error);
char      *corro_store_dup_addendum_draft  (CorroStore     *self,
                                            gint64          reflection_id,
                                            GError        **error);
GPtrArray *corro_store_list_addenda       (CorroStore      *self,
                                           gint64           reflection_id,
                                           GError         **error);
GPtrArray *corro_store_search_reflections (CorroStore      *self,
                                           const char      *query,
                                           CorroNoteScope   scope,
                                           guint            limit,
                                           GCancellable    *cancellable,
                                           GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreGroup, corro_store_group_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreParticipant, corro_store_participant_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreMember, corro_store_member_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreContact, corro_store_contact_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreSession, corro_store_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreReflection, corro_store_reflection_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreAddendum, corro_store_addendum_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreMatch, corro_store_match_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CorroStoreParticipant, corro_store_participant_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CorroStoreEnrolment, corro_store_enrolment_clear)

G_END_DECLS
