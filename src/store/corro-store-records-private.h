/* corro-store-records-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the records parts of CorroStore (corro-store-records.c,
 * corro-store-participants.c, corro-store-sessions.c, corro-store-reflections.c) share:
 * the words the schema uses for each enumeration, and binding and reading helpers.
 */

#pragma once

#include "corro-store-private.h"
#include "corro-store-records.h"

G_BEGIN_DECLS

#define CORRO_STORE_NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

/* The schema's words, indexed by enum value; NULL for "none" (stored as NULL). */
extern const char * const _corro_store_group_modes[CORRO_GROUP_MODE_INDIVIDUAL + 1];
extern const char * const _corro_store_group_statuses[CORRO_GROUP_STATUS_FINISHED + 1];
extern const char * const _corro_store_relationships[CORRO_RELATIONSHIP_OTHER + 1];
extern const char * const _corro_store_enrolment_statuses[CORRO_ENROLMENT_WITHDRAWN + 1];
extern const char * const _corro_store_contact_methods[CORRO_CONTACT_OTHER + 1];
extern const char * const _corro_store_attendance_marks[CORRO_N_ATTENDANCE_MARKS];
extern const char * const _corro_store_reflection_kinds[CORRO_REFLECTION_FIDELITY + 1];

int       _corro_store_enum_from_text      (const char * const *words,
                                            guint               n_words,
                                            const char         *text,
                                            int                 fallback);
#define CORRO_STORE_ENUM_FROM_TEXT(words, text, fallback) \
  _corro_store_enum_from_text (words, G_N_ELEMENTS (words), text, fallback)

gboolean  _corro_store_is_blank           (const char         *text);
char     *_corro_store_column_dup          (sqlite3_stmt       *stmt,
                                            int                 column);
void      _corro_store_bind_text           (sqlite3_stmt       *stmt,
                                            int                 index,
                                            const char         *text);
void      _corro_store_bind_nullable       (sqlite3_stmt       *stmt,
                                            int                 index,
                                            const char         *text);
void      _corro_store_bind_id             (sqlite3_stmt       *stmt,
                                            int                 index,
                                            gint64              id);
gboolean  _corro_store_check_date          (const char         *date,
                                            GError            **error);
gboolean  _corro_store_check_time          (const char         *time,
                                            GError            **error);
gboolean  _corro_store_run                 (CorroStore         *self,
                                            sqlite3_stmt       *stmt,
                                            GError            **error);
gboolean  _corro_store_run_on              (CorroStore         *self,
                                            sqlite3_stmt       *stmt,
                                            gint64              id,
                                            GError            **error);
gint64    _corro_store_last_id             (CorroStore         *self);
gboolean  _corro_store_not_found           (GError            **error);
GPtrArray*_corro_store_collect             (CorroStore         *self,
                                            sqlite3_stmt       *stmt,
                                            gpointer          (*read_row) (sqlite3_stmt *stmt),
                                            GDestroyNotify      free_row,
                                            GError            **error);
void      _corro_store_read_participant_into (sqlite3_stmt        *stmt,
                                              CorroStoreParticipant *participant);
gint64    _corro_store_insert_group_rows   (CorroStore         *self,
                                            const CorroStoreGroup *group,
                                            GError            **error);

G_END_DECLS
