/* corro-store-reports.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the reports read from the records: one consistent snapshot of the groups, their
 * sessions, members and attendance marks (and, only when asked, the session notes), with
 * nothing a report does not show (no contact details, no participant or supervision
 * notes). Read through a connection of its own, so it may run on any thread.
 */

#pragma once

#include <gio/gio.h>

#include "corro-store.h"
#include "corro-types.h"

G_BEGIN_DECLS

typedef struct
{
  gint64            id;
  char             *name;
  char             *programme_id;
  CorroGroupMode    mode;
  char             *age_band;      /* "", a band's key, or "other:" and old text */
  char             *age_band_en;   /* the band's names; "" when not a band */
  char             *age_band_es;
  char             *facilitators;
  char             *start_date;    /* nullable */
  CorroGroupStatus  status;
  guint             n_chapters;
  guint             programme_rule; /* chapters to attend to complete, or 0: not said */
} CorroStoreReportGroup;

typedef struct
{
  gint64    id;
  gint64    group_id;
  guint     chapter;
  char     *date;                  /* nullable */
  gboolean  held;
  gboolean  extra;
} CorroStoreReportSession;

typedef struct
{
  gint64                group_id;
  gint64                participant_id;
  char                 *name;
  CorroEnrolmentStatus  status;
  char                 *status_date; /* nullable */
} CorroStoreReportMember;

typedef struct
{
  char  *programme_id;
  guint  number;
  char  *title_en;
  char  *title_es;
} CorroStoreReportChapter;

typedef struct
{
  gint64    session_id;
  char     *text;
  gboolean  finalised;
} CorroStoreReportNote;

typedef struct
{
  gint64               session_id;
  gint64               participant_id;
  CorroAttendanceMark  mark;
} CorroStoreReportMark;

/**
 * CorroStoreReportData:
 * @groups: (element-type CorroStoreReportGroup): by start date, then id
 * @sessions: (element-type CorroStoreReportSession): by group, date, chapter
 * @members: (element-type CorroStoreReportMember): by group, then name
 * @marks: (element-type CorroStoreReportMark)
 * @chapters: (element-type CorroStoreReportChapter)
 * @notes: (element-type CorroStoreReportNote): session notes, empty unless asked for
 */
typedef struct
{
  GPtrArray *groups;
  GPtrArray *sessions;
  GPtrArray *members;
  GArray    *marks;
  GPtrArray *chapters;
  GPtrArray *notes;
} CorroStoreReportData;

void                  corro_store_report_data_free (CorroStoreReportData  *data);
CorroStoreReportData *corro_store_read_report_data (CorroStore            *self,
                                                    gint64                 group_id,
                                                    gboolean               session_notes,
                                                    GCancellable          *cancellable,
                                                    GError               **error);
char                 *corro_store_dup_team_name    (CorroStore            *self);
gboolean              corro_store_set_team_name    (CorroStore            *self,
                                                    const char            *name,
                                                    GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreReportData, corro_store_report_data_free)

G_END_DECLS
