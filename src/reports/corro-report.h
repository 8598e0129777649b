/* corro-report.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-pdf-document.h"
#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_REPORT_ERROR (corro_report_error_quark ())

/**
 * CorroReportError:
 * @CORRO_REPORT_ERROR_WRITE: the report's file could not be written
 * @CORRO_REPORT_ERROR_INVALID: the request cannot be answered (a bad date range)
 */
typedef enum
{
  CORRO_REPORT_ERROR_WRITE = 1,
  CORRO_REPORT_ERROR_INVALID,
} CorroReportError;

/**
 * CorroReportKind:
 * @CORRO_REPORT_REGISTER: a group's attendance register: participants by chapters
 * @CORRO_REPORT_COMPLETION: who completed the programme, group by group
 * @CORRO_REPORT_SUMMARY: service totals over a date range, by mode, age band, facilitator
 */
typedef enum
{
  CORRO_REPORT_REGISTER,
  CORRO_REPORT_COMPLETION,
  CORRO_REPORT_SUMMARY,
} CorroReportKind;

/**
 * CorroReportOptions:
 * @kind: which report
 * @group_id: one group, or 0 for every group (one section each)
 * @from: (nullable): first day, "YYYY-MM-DD"
 * @to: (nullable): last day, "YYYY-MM-DD"
 * @session_notes: the register only: add the session notes (never any other notes)
 * @team_name: (nullable): shown on every page
 */
typedef struct
{
  CorroReportKind  kind;
  gint64           group_id;
  const char      *from;
  const char      *to;
  gboolean         session_notes;
  const char      *team_name;
} CorroReportOptions;

typedef struct
{
  char     *title;   /* translated header */
  double    width;   /* relative width on paper */
  gboolean  numeric; /* aligned to the end */
} CorroReportColumn;

typedef struct
{
  char     **cells;    /* what people read: translated words, the locale's dates */
  char     **values;   /* (nullable) the CSV row: stable words, ISO dates; NULL: not in CSV */
  gboolean   emphasis; /* a totals row */
} CorroReportRow;

typedef enum
{
  CORRO_REPORT_BLOCK_HEADING,
  CORRO_REPORT_BLOCK_PARAGRAPH,
  CORRO_REPORT_BLOCK_FACT,
  CORRO_REPORT_BLOCK_TABLE,
} CorroReportBlockKind;

typedef struct
{
  CorroReportBlockKind  kind;
  char                 *text;    /* heading, paragraph, or a fact's name */
  char                 *value;   /* a fact's value */
  GPtrArray            *columns; /* (element-type CorroReportColumn) tables only */
  GPtrArray            *rows;    /* (element-type CorroReportRow) tables only */
} CorroReportBlock;

typedef struct
{
  char      *title;
  GPtrArray *blocks; /* (element-type CorroReportBlock) */
} CorroReportSection;

#define CORRO_TYPE_REPORT (corro_report_get_type ())

G_DECLARE_FINAL_TYPE (CorroReport, corro_report, CORRO, REPORT, GObject)

GQuark                     corro_report_error_quark      (void);
CorroReport               *corro_report_compute          (CorroStore                *store,
                                                          const CorroReportOptions  *options,
                                                          GCancellable              *cancellable,
                                                          GError                   **error);
void                       corro_report_compute_async    (CorroStore                *store,
                                                          const CorroReportOptions  *options,
                                                          GCancellable              *cancellable,
                                                          GAsyncReadyCallback        callback,
                                                          gpointer                   user_data);
CorroReport               *corro_report_compute_finish   (GAsyncResult              *result,
                                                          GError                   **error);
CorroReportKind            corro_report_get_kind         (CorroReport               *self);
const char                *corro_report_get_title        (CorroReport               *self);
const char                *corro_report_get_subtitle     (CorroReport               *self);
const char                *corro_report_get_team_name    (CorroReport               *self);
const char                *corro_report_get_date         (CorroReport               *self);
const char * const        *corro_report_get_csv_columns  (CorroReport               *self);
guint                      corro_report_get_n_sections   (CorroReport               *self);
const CorroReportSection  *corro_report_get_section      (CorroReport               *self,
                                                          guint                      index);
gboolean                   corro_report_write_csv        (CorroReport               *self,
                                                          GOutputStream             *stream,
                                                          GCancellable              *cancellable,
                                                          GError                   **error);
gboolean                   corro_report_save             (CorroReport               *self,
                                                          GFile                     *file,
                                                          gboolean                   pdf,
                                                          GCancellable              *cancellable,
                                                          GError                   **error);
void                       corro_report_save_async       (CorroReport               *self,
                                                          GFile                     *file,
                                                          gboolean                   pdf,
                                                          GCancellable              *cancellable,
                                                          GAsyncReadyCallback        callback,
                                                          gpointer                   user_data);
gboolean                   corro_report_save_finish      (CorroReport               *self,
                                                          GAsyncResult              *result,
                                                          GError                   **error);
CorroPdfDocument          *corro_report_to_pdf_document  (CorroReport               *self);
char                      *corro_report_dup_kind_label   (CorroReportKind            kind);
gboolean                   corro_report_parse_kind       (const char                *word,
                                                          CorroReportKind           *kind);

G_END_DECLS
