/* corro-store-rights.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People's rights over their records: everything the store holds about one
 * participant (to show them), erasure on request, and the records kept past the team's
 * retention period. Plain structs, as in corro-store-records.h.
 */

#pragma once

#include <gio/gio.h>

#include "corro-store-records.h"

G_BEGIN_DECLS

/* The setting (corro_store_dup_setting()) holding how many years after a group's last
 * session its participants' records are kept. */
#define CORRO_STORE_RETENTION_KEY           "retention-years"
#define CORRO_STORE_RETENTION_DEFAULT_YEARS 8
#define CORRO_STORE_RETENTION_MAX_YEARS     30

/* One group a person was referred to, with their pre-group contacts. */
typedef struct
{
  CorroStoreEnrolment  enrolment;
  char                *created_at;
  char                *updated_at;
  char                *group_name;
  char                *first_session;   /* nullable: the group's first dated session */
  char                *last_session;    /* nullable: its last; the group ends then */
  GPtrArray           *contacts;        /* (element-type CorroStoreContact) */
} CorroStorePersonEnrolment;

/* A mark for one session of one of their groups. */
typedef struct
{
  gint64               session_id;
  gint64               group_id;
  char                *group_name;
  guint                chapter;
  char                *date;            /* nullable */
  gboolean             extra;
  CorroAttendanceMark  mark;
  char                *updated_at;
} CorroStorePersonMark;

/* A note about them (kind "participant"), with where it was written and its addenda. */
typedef struct
{
  CorroStoreReflection *note;
  char                 *group_name;     /* nullable: a note not tied to a session */
  guint                 chapter;        /* 0 when not tied to a session */
  char                 *session_date;   /* nullable */
  GPtrArray            *addenda;        /* (element-type CorroStoreAddendum) */
} CorroStorePersonNote;

/* A line of the audit trail about one of their rows: what happened, never values. */
typedef struct
{
  char   *at;
  char   *action;
  char   *entity;
  gint64  entity_id;
  char   *detail;     /* nullable */
} CorroStoreAuditEntry;

/* Everything held about one participant. Session notes (about a whole meeting) and the
 * facilitators' self-reflections and fidelity notes are not about them and are not
 * here; n_session_notes counts the session notes of the meetings they attended. */
typedef struct
{
  CorroStoreParticipant *participant;
  char                  *created_at;
  char                  *updated_at;
  GPtrArray             *enrolments;      /* (element-type CorroStorePersonEnrolment) */
  GPtrArray             *marks;           /* (element-type CorroStorePersonMark) */
  GPtrArray             *notes;           /* (element-type CorroStorePersonNote) */
  GPtrArray             *history;         /* (element-type CorroStoreAuditEntry) */
  guint                  n_session_notes;
} CorroStorePerson;

/* What an erasure took, by table. */
typedef struct
{
  guint enrolments;
  guint contacts;
  guint marks;
  guint notes;
  guint addenda;
} CorroStoreErasure;

/* A participant whose every group ended before the retention period's start. */
typedef struct
{
  gint64  participant_id;
  char   *name;
  char   *last_session;   /* nullable: in no group at all */
  guint   n_groups;
} CorroStoreExpired;

void corro_store_person_free        (CorroStorePerson     *person);
void corro_store_audit_entry_free   (CorroStoreAuditEntry *entry);
void corro_store_expired_free       (CorroStoreExpired    *expired);

CorroStorePerson *corro_store_get_person          (CorroStore         *self,
                                                   gint64              participant_id,
                                                   GError            **error);
gboolean          corro_store_erase_participant   (CorroStore         *self,
                                                   gint64              participant_id,
                                                   const char         *by,
                                                   CorroStoreErasure  *erasure,
                                                   GError            **error);
gboolean          corro_store_scrub               (CorroStore         *self,
                                                   GError            **error);
guint             corro_store_get_retention_years (CorroStore         *self);
gboolean          corro_store_set_retention_years (CorroStore         *self,
                                                   guint               years,
                                                   GError            **error);
GPtrArray        *corro_store_list_expired        (CorroStore         *self,
                                                   const char         *ended_before,
                                                   GError            **error);
gboolean          corro_store_redact_name         (CorroStore         *self,
                                                   const gint64       *reflection_ids,
                                                   guint               n_ids,
                                                   const char         *name,
                                                   const char         *marker,
                                                   const char         *note_of_removal,
                                                   guint              *n_removed,
                                                   GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStorePerson, corro_store_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreAuditEntry, corro_store_audit_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreExpired, corro_store_expired_free)

G_END_DECLS
