/* corro-records.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-store-people.h"
#include "corro-store-rights.h"
#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_RECORDS (corro_records_get_type ())

G_DECLARE_FINAL_TYPE (CorroRecords, corro_records, CORRO, RECORDS, GObject)

CorroRecords     *corro_records_new                    (CorroStore            *store);
CorroStore       *corro_records_get_store              (CorroRecords          *self);

/* age bands (corro-records-age-bands.c) */
GListModel       *corro_records_get_age_bands          (CorroRecords          *self);
gboolean          corro_records_reload_age_bands       (CorroRecords          *self,
                                                        GError               **error);
CorroAgeBand     *corro_records_find_age_band          (CorroRecords          *self,
                                                        const char            *key);
CorroAgeBand     *corro_records_add_age_band           (CorroRecords          *self,
                                                        const char            *label_en,
                                                        const char            *label_es,
                                                        GError               **error);
gboolean          corro_records_rename_age_band        (CorroRecords          *self,
                                                        const char            *key,
                                                        const char            *label_en,
                                                        const char            *label_es,
                                                        GError               **error);
gboolean          corro_records_remove_age_band        (CorroRecords          *self,
                                                        const char            *key,
                                                        GError               **error);
char             *corro_records_describe_age_band      (CorroRecords          *self,
                                                        const char            *value);

/* groups and sessions (corro-records.c) */
gboolean          corro_records_load                   (CorroRecords          *self,
                                                        GError               **error);
GListModel       *corro_records_get_groups             (CorroRecords          *self);
CorroGroup       *corro_records_find_group             (CorroRecords          *self,
                                                        gint64                 id);
gboolean          corro_records_add_group              (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        GError               **error);
gboolean          corro_records_save_group             (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        GError               **error);
gboolean          corro_records_has_held_sessions      (CorroRecords          *self,
                                                        CorroGroup            *group);
gboolean          corro_records_edit_group             (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroGroup            *details,
                                                        gboolean               reschedule,
                                                        GError               **error);
gboolean          corro_records_delete_group           (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        GError               **error);
gboolean          corro_records_load_group             (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        GError               **error);
gboolean          corro_records_set_start_date         (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        const char            *date,
                                                        GError               **error);
gboolean          corro_records_finish_group           (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        GError               **error);
gboolean          corro_records_save_session           (CorroRecords          *self,
                                                        CorroSession          *session,
                                                        GError               **error);
gboolean          corro_records_move_session           (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroSession          *session,
                                                        const char            *date,
                                                        GError               **error);
CorroSession     *corro_records_add_extra_session      (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        guint                  chapter,
                                                        const char            *date,
                                                        GError               **error);
gboolean          corro_records_delete_session         (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroSession          *session,
                                                        GError               **error);
gboolean          corro_records_mark_attendance        (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroSession          *session,
                                                        CorroParticipant      *participant,
                                                        CorroAttendanceMark    mark,
                                                        GError               **error);

/* whether a session was held (corro-records-held.c) */
char             *corro_records_format_skipped         (const guint           *places,
                                                        guint                  n);
gboolean          corro_records_record_held            (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroSession          *session,
                                                        const char            *date,
                                                        GDateTime             *started,
                                                        GDateTime             *ended,
                                                        const guint           *skipped,
                                                        guint                  n_skipped,
                                                        GError               **error);
gboolean          corro_records_record_not_held        (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroSession          *session,
                                                        GError               **error);

/* participants and enrolment (corro-records-participants.c) */
gboolean          corro_records_add_participant        (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroParticipant      *participant,
                                                        GError               **error);
gboolean          corro_records_save_participant       (CorroRecords          *self,
                                                        CorroParticipant      *participant,
                                                        GError               **error);
gboolean          corro_records_set_status             (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroParticipant      *participant,
                                                        CorroEnrolmentStatus   status,
                                                        const char            *reason,
                                                        GError               **error);
gboolean          corro_records_log_contact            (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroParticipant      *participant,
                                                        const char            *date,
                                                        CorroContactMethod     method,
                                                        const char            *note,
                                                        GError               **error);
GPtrArray        *corro_records_list_contacts          (CorroRecords          *self,
                                                        CorroParticipant      *participant,
                                                        GError               **error);
gboolean          corro_records_erase_participant      (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroParticipant      *participant,
                                                        GError               **error);
void              corro_records_erase_participant_async (CorroRecords         *self,
                                                        gint64                participant_id,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean          corro_records_erase_participant_finish (CorroRecords       *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void              corro_records_redact_name_async      (CorroRecords          *self,
                                                        const gint64          *reflection_ids,
                                                        guint                  n_ids,
                                                        const char            *name,
                                                        GCancellable          *cancellable,
                                                        GAsyncReadyCallback    callback,
                                                        gpointer               user_data);
gboolean          corro_records_redact_name_finish     (CorroRecords          *self,
                                                        GAsyncResult          *result,
                                                        guint                 *n_removed,
                                                        GError               **error);
GPtrArray        *corro_records_list_expired           (CorroRecords          *self,
                                                        GError               **error);
gboolean          corro_records_import_participants    (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        CorroParticipantImport *import,
                                                        GError               **error);

/* one person across their groups (corro-records-people.c) */
CorroStorePerson *corro_records_load_person            (CorroRecords                 *self,
                                                        gint64                        participant_id,
                                                        GError                      **error);
gboolean          corro_records_save_person            (CorroRecords                 *self,
                                                        const CorroStoreParticipant  *details,
                                                        GError                      **error);
GPtrArray        *corro_records_find_lookalikes        (CorroRecords                 *self,
                                                        const char                   *name,
                                                        const char                   *phone,
                                                        const char                   *email,
                                                        gint64                        except_id,
                                                        GError                      **error);
gboolean          corro_records_merge_people           (CorroRecords                 *self,
                                                        gint64                        keep_id,
                                                        gint64                        other_id,
                                                        GError                      **error);
void              corro_records_search_people_async    (CorroRecords                 *self,
                                                        const char                   *query,
                                                        GCancellable                 *cancellable,
                                                        GAsyncReadyCallback           callback,
                                                        gpointer                      user_data);
GPtrArray        *corro_records_search_people_finish   (CorroRecords                 *self,
                                                        GAsyncResult                 *result,
                                                        GError                      **error);
gboolean          corro_records_add_existing_person    (CorroRecords                 *self,
                                                        CorroGroup                   *group,
                                                        gint64                        participant_id,
                                                        GError                      **error);
char             *corro_records_dup_lookalike_sentence (const CorroStoreLookalike    *lookalike);

/* notes and search (corro-records-notes.c) */
GListModel       *corro_records_load_session_notes     (CorroRecords          *self,
                                                        CorroSession          *session,
                                                        CorroNoteScope         scope,
                                                        GError               **error);
GListModel       *corro_records_load_participant_notes (CorroRecords          *self,
                                                        CorroParticipant      *participant,
                                                        GError               **error);
GListModel       *corro_records_load_supervision_notes (CorroRecords          *self,
                                                        CorroGroup            *group,
                                                        GError               **error);
gboolean          corro_records_save_reflection        (CorroRecords          *self,
                                                        CorroReflection       *reflection,
                                                        const char            *text,
                                                        GError               **error);
gboolean          corro_records_finalise_reflection    (CorroRecords          *self,
                                                        CorroReflection       *reflection,
                                                        GError               **error);
char             *corro_records_dup_staff_name         (void);
char             *corro_records_dup_user_full_name     (void);
gboolean          corro_records_save_addendum_draft    (CorroRecords          *self,
                                                        CorroReflection       *reflection,
                                                        const char            *text,
                                                        GError               **error);
char             *corro_records_dup_addendum_draft     (CorroRecords          *self,
                                                        CorroReflection       *reflection,
                                                        GError               **error);
CorroAddendum    *corro_records_add_addendum           (CorroRecords          *self,
                                                        CorroReflection       *reflection,
                                                        const char            *text,
                                                        GError               **error);
gboolean          corro_records_delete_reflection      (CorroRecords          *self,
                                                        CorroReflection       *reflection,
                                                        GError               **error);
void              corro_records_search_async           (CorroRecords          *self,
                                                        const char            *query,
                                                        CorroNoteScope         scope,
                                                        GCancellable          *cancellable,
                                                        GAsyncReadyCallback    callback,
                                                        gpointer               user_data);
GListModel       *corro_records_search_finish          (CorroRecords          *self,
                                                        GAsyncResult          *result,
                                                        GError               **error);

G_END_DECLS
