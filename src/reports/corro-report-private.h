/* corro-report-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroReport is split by report: corro-report.c holds the model, the computing task and
 * the files; corro-report-register.c the register and completion list;
 * corro-report-summary.c the service totals; corro-report-index.c what they share
 * (the records indexed for quick lookup, the tallies, the words and dates).
 */

#pragma once

#include "corro-attendance.h"
#include "corro-report.h"
#include "corro-store-reports.h"

G_BEGIN_DECLS

/* The records of one report, indexed. */
typedef struct
{
  CorroStoreReportData *data;
  GHashTable           *marks;     /* packed (session, participant) -> mark */
  GHashTable           *sessions;  /* group id -> GPtrArray of CorroStoreReportSession */
  GHashTable           *members;   /* group id -> GPtrArray of CorroStoreReportMember */
  GHashTable           *notes;     /* session id -> GPtrArray of CorroStoreReportNote */
  const char           *from;      /* nullable */
  const char           *to;        /* nullable */
  const char           *language;  /* of chapter titles: "en" or "es" */
} CorroReportIndex;

/* One member's attendance in one group, chapter by chapter (corro-attendance.h). */
typedef struct
{
  CorroAttendanceTally marks;
  guint                attended;   /* chapters attended */
  CorroCompletion      completion;
} CorroReportTally;

void        _corro_report_index_init       (CorroReportIndex              *index,
                                            CorroStoreReportData          *data,
                                            const char                    *from,
                                            const char                    *to);
void        _corro_report_index_clear      (CorroReportIndex              *index);
GPtrArray  *_corro_report_index_sessions   (CorroReportIndex              *index,
                                            gint64                         group_id);
GPtrArray  *_corro_report_index_members    (CorroReportIndex              *index,
                                            gint64                         group_id);
CorroAttendanceMark _corro_report_index_mark (CorroReportIndex            *index,
                                            gint64                         session_id,
                                            gint64                         participant_id);
const char *_corro_report_index_chapter_title (CorroReportIndex           *index,
                                            const char                    *programme_id,
                                            guint                          number);
gboolean    _corro_report_index_in_range   (CorroReportIndex              *index,
                                            const char                    *date);
gboolean    _corro_report_group_in_range   (CorroReportIndex              *index,
                                            const CorroStoreReportGroup   *group);
gboolean    _corro_report_is_listed        (const CorroStoreReportMember  *member,
                                            const CorroReportTally        *tally);
void        _corro_report_tally            (CorroReportIndex              *index,
                                            const CorroStoreReportGroup   *group,
                                            const CorroStoreReportMember  *member,
                                            CorroReportTally              *tally);
void        _corro_report_tally_clear      (CorroReportTally              *tally);
guint       _corro_report_required         (const CorroStoreReportGroup   *group);
gboolean    _corro_report_session_count    (CorroReportIndex              *index,
                                            const CorroStoreReportSession *session,
                                            guint                         *n_attended,
                                            guint                         *n_marked);

/* words: translated (cells) and stable (CSV values) */
const char *_corro_report_mode_label       (CorroGroupMode                 mode);
const char *_corro_report_mode_word        (CorroGroupMode                 mode);
const char *_corro_report_status_label     (CorroEnrolmentStatus           status);
const char *_corro_report_status_word      (CorroEnrolmentStatus           status);
const char *_corro_report_mark_abbreviation (CorroAttendanceMark           mark);
const char *_corro_report_mark_word        (CorroAttendanceMark            mark);
const char *_corro_report_completion_label (CorroCompletion                completion);
const char *_corro_report_completion_word  (CorroCompletion                completion);
char       *_corro_report_format_date      (const char                    *iso_date);
char       *_corro_report_format_period    (const char                    *from,
                                            const char                    *to);
char       *_corro_report_format_rate      (guint                          part,
                                            guint                          whole);
char       *_corro_report_format_value_rate (guint                         part,
                                            guint                          whole);

/* building (corro-report.c) */
CorroReport        *_corro_report_new          (CorroReportKind     kind,
                                                const char         *title,
                                                const char * const *csv_columns);
void                _corro_report_set_csv_columns (CorroReport     *self,
                                                const char * const *columns);
void                _corro_report_set_subtitle (CorroReport        *self,
                                                const char         *subtitle);
CorroReportSection *_corro_report_add_section  (CorroReport        *self,
                                                const char         *title);
void                _corro_report_add_heading  (CorroReportSection *section,
                                                const char         *text);
void                _corro_report_add_paragraph (CorroReportSection *section,
                                                const char         *text);
void                _corro_report_add_fact     (CorroReportSection *section,
                                                const char         *name,
                                                const char         *value);
CorroReportBlock   *_corro_report_add_table    (CorroReportSection *section);
void                _corro_report_add_column   (CorroReportBlock   *table,
                                                const char         *title,
                                                double              width,
                                                gboolean            numeric);
void                _corro_report_add_row      (CorroReportBlock   *table,
                                                GPtrArray          *cells,
                                                GPtrArray          *values,
                                                gboolean            emphasis);

/* the reports */
void _corro_report_build_register   (CorroReport *self, CorroReportIndex *index,
                                     gboolean session_notes);
void _corro_report_build_completion (CorroReport *self, CorroReportIndex *index);
void _corro_report_build_summary    (CorroReport *self, CorroReportIndex *index);

G_END_DECLS
