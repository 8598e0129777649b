/* corro-report-index.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-attendance.h"
#include "corro-labels.h"
#include "corro-programme.h"
#include "corro-report-private.h"

/* What the reports share: the records indexed by group and by (session, participant),
 * one member's tally chapter by chapter, and the words and dates of a report: translated
 * for people to read, stable for the CSV columns (see data/report-formats.md). */

/* Marks are kept under one 64-bit key per (session, participant): unique while
 * participant ids stay below 2^24 and session ids below 2^39, far beyond any team's
 * records. */
static gint64
pack (gint64 session_id,
      gint64 participant_id)
{
  return (session_id << 24) ^ participant_id;
}

static GPtrArray *
lookup_or_add (GHashTable *table,
               gint64      id)
{
  GPtrArray *list = g_hash_table_lookup (table, &id);

  if (list == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      list = g_ptr_array_new ();
      g_hash_table_insert (table, key, list);
    }

  return list;
}

static GHashTable *
new_id_table (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                (GDestroyNotify) g_ptr_array_unref);
}

/* index */

void
_corro_report_index_init (CorroReportIndex     *index,
                          CorroStoreReportData *data,
                          const char           *from,
                          const char           *to)
{
  const char *language = corro_programme_default_language ();

  index->data = data;
  index->from = from;
  index->to = to;
  index->language = language;
  index->marks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  index->sessions = new_id_table ();
  index->members = new_id_table ();
  index->notes = new_id_table ();

  for (guint i = 0; i < data->marks->len; i++)
    {
      CorroStoreReportMark *mark = &g_array_index (data->marks, CorroStoreReportMark, i);
      gint64 *key = g_new (gint64, 1);

      *key = pack (mark->session_id, mark->participant_id);
      g_hash_table_insert (index->marks, key, GINT_TO_POINTER (mark->mark));
    }
  for (guint i = 0; i < data->sessions->len; i++)
    {
      CorroStoreReportSession *session = g_ptr_array_index (data->sessions, i);

      g_ptr_array_add (lookup_or_add (index->sessions, session->group_id), session);
    }
  for (guint i = 0; i < data->members->len; i++)
    {
      CorroStoreReportMember *member = g_ptr_array_index (data->members, i);

      g_ptr_array_add (lookup_or_add (index->members, member->group_id), member);
    }
  for (guint i = 0; i < data->notes->len; i++)
    {
      CorroStoreReportNote *note = g_ptr_array_index (data->notes, i);

      g_ptr_array_add (lookup_or_add (index->notes, note->session_id), note);
    }
}

void
_corro_report_index_clear (CorroReportIndex *index)
{
  g_clear_pointer (&index->marks, g_hash_table_unref);
  g_clear_pointer (&index->sessions, g_hash_table_unref);
  g_clear_pointer (&index->members, g_hash_table_unref);
  g_clear_pointer (&index->notes, g_hash_table_unref);
}

/* Returns: (transfer none) (nullable): the group's sessions, by date */
GPtrArray *
_corro_report_index_sessions (CorroReportIndex *index,
                              gint64            group_id)
{
  return g_hash_table_lookup (index->sessions, &group_id);
}

/* Returns: (transfer none) (nullable): the group's members, by name */
GPtrArray *
_corro_report_index_members (CorroReportIndex *index,
                             gint64            group_id)
{
  return g_hash_table_lookup (index->members, &group_id);
}

CorroAttendanceMark
_corro_report_index_mark (CorroReportIndex *index,
                          gint64            session_id,
                          gint64            participant_id)
{
  gint64 key = pack (session_id, participant_id);

  return GPOINTER_TO_INT (g_hash_table_lookup (index->marks, &key));
}

const char *
_corro_report_index_chapter_title (CorroReportIndex *index,
                                   const char       *programme_id,
                                   guint             number)
{
  GPtrArray *chapters = index->data->chapters;

  for (guint i = 0; i < chapters->len; i++)
    {
      CorroStoreReportChapter *chapter = g_ptr_array_index (chapters, i);

      if (chapter->number == number && g_strcmp0 (chapter->programme_id, programme_id) == 0)
        {
          if (g_str_equal (index->language, "es") && chapter->title_es[0] != '\0')
            return chapter->title_es;
          return chapter->title_en;
        }
    }

  return "";
}

/* Whether a day is in the report's range; a session without a date never is when a range
 * is given. */
gboolean
_corro_report_index_in_range (CorroReportIndex *index,
                              const char       *date)
{
  if (index->from == NULL && index->to == NULL)
    return TRUE;
  if (date == NULL)
    return FALSE;

  return (index->from == NULL || strcmp (date, index->from) >= 0) &&
         (index->to == NULL || strcmp (date, index->to) <= 0);
}

/* Whether a group met (or was due to meet) in the report's range. */
gboolean
_corro_report_group_in_range (CorroReportIndex            *index,
                              const CorroStoreReportGroup *group)
{
  GPtrArray *sessions = _corro_report_index_sessions (index, group->id);

  if (index->from == NULL && index->to == NULL)
    return TRUE;

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      CorroStoreReportSession *session = g_ptr_array_index (sessions, i);

      if (_corro_report_index_in_range (index, session->date))
        return TRUE;
    }

  return FALSE;
}

/* How many chapters the group's programme asks for. */
guint
_corro_report_required (const CorroStoreReportGroup *group)
{
  return corro_attendance_required_chapters (group->n_chapters, group->programme_rule);
}

/* One member's marks over all the group's sessions, whatever the report's range, counted
 * by the rules of corro-attendance.c. */
void
_corro_report_tally (CorroReportIndex             *index,
                     const CorroStoreReportGroup  *group,
                     const CorroStoreReportMember *member,
                     CorroReportTally             *tally)
{
  GPtrArray *sessions = _corro_report_index_sessions (index, group->id);

  corro_attendance_tally_init (&tally->marks, group->n_chapters);
  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      CorroStoreReportSession *session = g_ptr_array_index (sessions, i);

      corro_attendance_tally_add (&tally->marks, session->chapter,
                                  _corro_report_index_mark (index, session->id,
                                                            member->participant_id));
    }

  tally->attended = corro_attendance_tally_chapters (&tally->marks);
  tally->completion = corro_attendance_completion (tally->attended,
                                                   _corro_report_required (group),
                                                   member->status, group->status);
}

void
_corro_report_tally_clear (CorroReportTally *tally)
{
  corro_attendance_tally_clear (&tally->marks);
}

/* A register lists those who joined the group, and anyone marked at one of its sessions;
 * people only referred or contacted are not on it. */
gboolean
_corro_report_is_listed (const CorroStoreReportMember *member,
                         const CorroReportTally       *tally)
{
  return corro_attendance_is_listed (member->status, tally->marks.marked);
}

/* A session's attendance: how many have an attended mark, how many any mark, and whether
 * it was held (corro-attendance.c). */
gboolean
_corro_report_session_count (CorroReportIndex              *index,
                             const CorroStoreReportSession *session,
                             guint                         *n_attended,
                             guint                         *n_marked)
{
  GPtrArray *members = _corro_report_index_members (index, session->group_id);
  guint attended = 0, marked = 0, there = 0;

  for (guint m = 0; members != NULL && m < members->len; m++)
    {
      CorroStoreReportMember *member = g_ptr_array_index (members, m);
      CorroAttendanceMark mark = _corro_report_index_mark (index, session->id,
                                                           member->participant_id);

      if (mark == CORRO_ATTENDANCE_NONE)
        continue;
      marked++;
      if (corro_attendance_mark_is_attended (mark))
        attended++;
      if (corro_attendance_mark_shows_held (mark))
        there++;
    }

  if (n_attended != NULL)
    *n_attended = attended;
  if (n_marked != NULL)
    *n_marked = marked;
  return corro_attendance_session_is_held (session->held, there);
}

/* words */

const char *
_corro_report_mode_label (CorroGroupMode mode)
{
  switch (mode)
    {
    case CORRO_GROUP_MODE_ONLINE:
      return _("Online");
    case CORRO_GROUP_MODE_INDIVIDUAL:
      return _("One family");
    case CORRO_GROUP_MODE_IN_PERSON:
    default:
      return _("In person");
    }
}

const char *
_corro_report_mode_word (CorroGroupMode mode)
{
  static const char * const words[] = { "in-person", "online", "individual" };

  return mode < G_N_ELEMENTS (words) ? words[mode] : words[0];
}

const char *
_corro_report_status_label (CorroEnrolmentStatus status)
{
  switch (status)
    {
    case CORRO_ENROLMENT_REFERRED:
      return _("Referred");
    case CORRO_ENROLMENT_CONTACTED:
      return _("Pre-group contact");
    case CORRO_ENROLMENT_COMPLETED:
      return C_("enrolment", "Completed");
    case CORRO_ENROLMENT_WITHDRAWN:
      return _("Withdrawn");
    case CORRO_ENROLMENT_ENROLLED:
    default:
      return _("Enrolled");
    }
}

const char *
_corro_report_status_word (CorroEnrolmentStatus status)
{
  static const char * const words[] = {
    "referred", "contacted", "enrolled", "completed", "withdrawn"
  };

  return status < G_N_ELEMENTS (words) ? words[status] : words[0];
}

/* A register's cell: the mark's letter, the same as on the attendance screen, explained
 * by the register's legend. */
const char *
_corro_report_mark_abbreviation (CorroAttendanceMark mark)
{
  return corro_label_attendance_letter (mark);
}

const char *
_corro_report_mark_word (CorroAttendanceMark mark)
{
  static const char * const words[CORRO_N_ATTENDANCE_MARKS] = {
    "", "present", "late", "absent", "excused", "caught-up"
  };

  return mark < CORRO_N_ATTENDANCE_MARKS ? words[mark] : "";
}

const char *
_corro_report_completion_label (CorroCompletion completion)
{
  switch (completion)
    {
    case CORRO_COMPLETION_COMPLETED:
      return C_("completion", "Completed");
    case CORRO_COMPLETION_NOT_COMPLETED:
      return C_("completion", "Not completed");
    case CORRO_COMPLETION_IN_PROGRESS:
    default:
      return C_("completion", "In progress");
    }
}

const char *
_corro_report_completion_word (CorroCompletion completion)
{
  static const char * const words[] = { "in-progress", "completed", "not-completed" };

  return completion < G_N_ELEMENTS (words) ? words[completion] : words[0];
}

/* dates and numbers */

char *
_corro_report_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  if (iso_date == NULL || iso_date[0] == '\0')
    return g_strdup ("—");

  iso = g_strdup_printf ("%sT12:00:00Z", iso_date);
  if (!(date = g_date_time_new_from_iso8601 (iso, NULL)))
    return g_strdup (iso_date);

  /* Translators: a date in a report, in strftime() form, e.g. "3 Mar 2026" */
  return g_date_time_format (date, _("%-d %b %Y"));
}

char *
_corro_report_format_period (const char *from,
                             const char *to)
{
  g_autofree char *first = from != NULL ? _corro_report_format_date (from) : NULL;
  g_autofree char *last = to != NULL ? _corro_report_format_date (to) : NULL;

  if (first != NULL && last != NULL)
    /* Translators: a report's period, e.g. "1 Jan 2019 – 31 Dec 2025" */
    return g_strdup_printf (_("%s – %s"), first, last);
  if (first != NULL)
    /* Translators: a report's period with no end, e.g. "Since 1 Jan 2019" */
    return g_strdup_printf (_("Since %s"), first);
  if (last != NULL)
    /* Translators: a report's period with no start, e.g. "Until 31 Dec 2025" */
    return g_strdup_printf (_("Until %s"), last);

  return g_strdup (_("All dates"));
}

/* "82 %" as the language writes it; "—" when there is nothing to divide. */
char *
_corro_report_format_rate (guint part,
                           guint whole)
{
  if (whole == 0)
    return g_strdup ("—");

  /* Translators: a percentage in a report, e.g. "82%"; "%%" is the percent sign */
  return g_strdup_printf (_("%.0f%%"), 100.0 * part / whole);
}

/* The CSV's rate: a fraction with a point, "0.823", or empty. */
char *
_corro_report_format_value_rate (guint part,
                                 guint whole)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (whole == 0)
    return g_strdup ("");

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.3f", (double) part / whole));
}
