/* corro-report-register.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-report"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-age-band.h"
#include "corro-labels.h"
#include "corro-report-private.h"

/* The attendance register (participants by chapters, a chapter's best mark when it met
 * more than once, totals and completion, then the sessions with their chapters' titles
 * and, when asked, their session notes) and the completion list, one section per group. */

#define MIN_CSV_CHAPTERS 8

/* helpers */

static GPtrArray *
new_strings (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static void
add (GPtrArray  *strings,
     const char *text)
{
  g_ptr_array_add (strings, g_strdup (text != NULL ? text : ""));
}

static void
add_uint (GPtrArray *strings,
          guint      value)
{
  g_ptr_array_add (strings, g_strdup_printf ("%u", value));
}

static guint
max_chapters (CorroReportIndex *index)
{
  guint n = MIN_CSV_CHAPTERS;

  for (guint i = 0; i < index->data->groups->len; i++)
    {
      CorroStoreReportGroup *group = g_ptr_array_index (index->data->groups, i);

      n = MAX (n, group->n_chapters);
    }

  return n;
}

static void
add_group_facts (CorroReportSection          *section,
                 CorroReportIndex            *index,
                 const CorroStoreReportGroup *group)
{
  GPtrArray *sessions = _corro_report_index_sessions (index, group->id);
  const char *first = NULL, *last = NULL;
  g_autofree char *ages = corro_age_band_describe (group->age_band, group->age_band_en,
                                                   group->age_band_es);

  _corro_report_add_fact (section, _("Delivery"), _corro_report_mode_label (group->mode));
  if (ages[0] != '\0')
    _corro_report_add_fact (section, _("Children’s ages"), ages);
  if (group->facilitators[0] != '\0')
    _corro_report_add_fact (section, _("Facilitators"), group->facilitators);

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      CorroStoreReportSession *session = g_ptr_array_index (sessions, i);

      if (session->date == NULL)
        continue;
      if (first == NULL)
        first = session->date;
      last = session->date;
    }
  if (first != NULL)
    {
      g_autofree char *period = _corro_report_format_period (first, last);

      _corro_report_add_fact (section, _("Sessions"), period);
    }
}

static char *
format_rule (const CorroStoreReportGroup *group)
{
  return corro_label_completion_rule (_corro_report_required (group), group->n_chapters);
}

static void
add_legend (CorroReportSection *section)
{
  static const CorroAttendanceMark marks[] = {
    CORRO_ATTENDANCE_PRESENT, CORRO_ATTENDANCE_LATE, CORRO_ATTENDANCE_ABSENT,
    CORRO_ATTENDANCE_EXCUSED, CORRO_ATTENDANCE_CAUGHT_UP,
  };
  g_autoptr(GString) legend = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    g_string_append_printf (legend, "%s%s %s", i > 0 ? "   " : "",
                            _corro_report_mark_abbreviation (marks[i]),
                            corro_label_attendance_word (marks[i]));
  g_string_append_printf (legend, "   · %s. ", _("Not marked"));
  g_string_append (legend, _("A chapter that met twice shows its best mark; caught-up "
                             "chapters count towards completion."));
  _corro_report_add_paragraph (section, legend->str);
}

static void
add_sessions_table (CorroReportSection          *section,
                    CorroReportIndex            *index,
                    const CorroStoreReportGroup *group,
                    gboolean                     session_notes)
{
  GPtrArray *sessions = _corro_report_index_sessions (index, group->id);
  CorroReportBlock *table;

  if (sessions == NULL || sessions->len == 0)
    return;

  _corro_report_add_heading (section, _("Sessions"));
  table = _corro_report_add_table (section);
  _corro_report_add_column (table, _("Chapter"), 0.8, TRUE);
  _corro_report_add_column (table, _("Title"), 4.0, FALSE);
  _corro_report_add_column (table, _("Date"), 1.6, FALSE);
  _corro_report_add_column (table, _("Held"), 1.2, FALSE);
  _corro_report_add_column (table, _("Attended"), 1.0, TRUE);

  for (guint i = 0; i < sessions->len; i++)
    {
      CorroStoreReportSession *session = g_ptr_array_index (sessions, i);
      g_autoptr(GPtrArray) cells = new_strings ();
      const char *title = _corro_report_index_chapter_title (index, group->programme_id,
                                                             session->chapter);
      guint attended = 0;
      gboolean held = _corro_report_session_count (index, session, &attended, NULL);

      add_uint (cells, session->chapter);
      if (session->extra)
        g_ptr_array_add (cells, g_strdup_printf (_("%s (further meeting)"), title));
      else
        add (cells, title);
      g_ptr_array_add (cells, _corro_report_format_date (session->date));
      add (cells, held ? _("Held") : _("Not held"));
      add_uint (cells, attended);
      _corro_report_add_row (table, g_steal_pointer (&cells), NULL, FALSE);
    }

  if (!session_notes)
    return;

  for (guint i = 0, n = 0; i < sessions->len; i++)
    {
      CorroStoreReportSession *session = g_ptr_array_index (sessions, i);
      GPtrArray *notes = g_hash_table_lookup (index->notes, &session->id);

      for (guint k = 0; notes != NULL && k < notes->len; k++)
        {
          CorroStoreReportNote *note = g_ptr_array_index (notes, k);
          g_autofree char *date = NULL;
          g_autofree char *name = NULL;

          /* A draft is still being written: reports carry only finalised notes. */
          if (!note->finalised)
            continue;

          date = _corro_report_format_date (session->date);
          name = g_strdup_printf (_("Chapter %u, %s"), session->chapter, date);
          if (n++ == 0)
            _corro_report_add_heading (section, _("Session Notes"));
          _corro_report_add_fact (section, name, note->text);
        }
    }
}

static void
build_register_section (CorroReport                 *self,
                        CorroReportIndex            *index,
                        const CorroStoreReportGroup *group,
                        guint                        csv_chapters,
                        gboolean                     session_notes)
{
  GPtrArray *members = _corro_report_index_members (index, group->id);
  CorroReportSection *section = _corro_report_add_section (self, group->name);
  g_autofree guint *per_chapter = g_new0 (guint, group->n_chapters + 1);
  g_autoptr(GPtrArray) totals = new_strings ();
  g_autofree char *rule = format_rule (group);
  g_autofree char *completed_text = NULL;
  CorroReportBlock *table;
  guint n_listed = 0, n_completed = 0, n_attended = 0;

  add_group_facts (section, index, group);
  _corro_report_add_fact (section, _("To complete"), rule);

  table = _corro_report_add_table (section);
  _corro_report_add_column (table, _("Participant"), 3.6, FALSE);
  _corro_report_add_column (table, _("Status"), 2.0, FALSE);
  for (guint c = 1; c <= group->n_chapters; c++)
    {
      g_autofree char *number = g_strdup_printf ("%u", c);

      _corro_report_add_column (table, number, 0.55, TRUE);
    }
  _corro_report_add_column (table, _("Attended"), 1.7, TRUE);
  _corro_report_add_column (table, _("Completion"), 2.2, FALSE);

  for (guint m = 0; members != NULL && m < members->len; m++)
    {
      CorroStoreReportMember *member = g_ptr_array_index (members, m);
      g_autoptr(GPtrArray) cells = NULL;
      g_autoptr(GPtrArray) values = NULL;
      CorroReportTally tally = { 0 };

      _corro_report_tally (index, group, member, &tally);
      if (!_corro_report_is_listed (member, &tally))
        {
          _corro_report_tally_clear (&tally);
          continue;
        }

      cells = new_strings ();
      values = new_strings ();
      add (cells, member->name);
      add (cells, _corro_report_status_label (member->status));
      add (values, group->name);
      add (values, member->name);
      add (values, _corro_report_status_word (member->status));
      for (guint c = 1; c <= csv_chapters; c++)
        {
          CorroAttendanceMark mark = corro_attendance_tally_best (&tally.marks, c);

          if (c <= group->n_chapters)
            {
              add (cells, _corro_report_mark_abbreviation (mark));
              if (corro_attendance_mark_is_attended (mark))
                per_chapter[c]++;
            }
          add (values, _corro_report_mark_word (mark));
        }
      add_uint (cells, tally.attended);
      add (cells, _corro_report_completion_label (tally.completion));
      add_uint (values, tally.attended);
      add_uint (values, _corro_report_required (group));
      add (values, _corro_report_completion_word (tally.completion));
      _corro_report_add_row (table, g_steal_pointer (&cells), g_steal_pointer (&values),
                             FALSE);

      n_listed++;
      n_attended += tally.attended;
      if (tally.completion == CORRO_COMPLETION_COMPLETED)
        n_completed++;
      _corro_report_tally_clear (&tally);
    }

  /* The totals row: how many attended each chapter; never written to the CSV. */
  add (totals, _("Attended"));
  add (totals, "");
  for (guint c = 1; c <= group->n_chapters; c++)
    add_uint (totals, per_chapter[c]);
  add_uint (totals, n_attended);
  g_ptr_array_add (totals, g_strdup_printf (ngettext ("%u completed", "%u completed",
                                                      n_completed), n_completed));
  _corro_report_add_row (table, g_steal_pointer (&totals), NULL, TRUE);

  /* Translators: e.g. "5 of 7 participants" */
  completed_text = g_strdup_printf (ngettext ("%u of %u participant", "%u of %u participants",
                                              n_listed),
                                    n_completed, n_listed);
  _corro_report_add_fact (section, C_("completion", "Completed"), completed_text);
  add_legend (section);
  add_sessions_table (section, index, group, session_notes);
}

static GStrv
register_columns (guint n_chapters)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add_many (builder, "group", "participant", "status", NULL);
  for (guint c = 1; c <= n_chapters; c++)
    {
      g_autofree char *name = g_strdup_printf ("chapter_%u", c);

      g_strv_builder_add (builder, name);
    }
  g_strv_builder_add_many (builder, "attended_chapters", "required_chapters", "completion",
                           NULL);
  return g_strv_builder_end (builder);
}

/* for corro-report.c */

void
_corro_report_build_register (CorroReport      *self,
                              CorroReportIndex *index,
                              gboolean          session_notes)
{
  guint csv_chapters = max_chapters (index);
  g_auto(GStrv) columns = register_columns (csv_chapters);

  _corro_report_set_csv_columns (self, (const char * const *) columns);
  for (guint i = 0; i < index->data->groups->len; i++)
    {
      CorroStoreReportGroup *group = g_ptr_array_index (index->data->groups, i);

      if (_corro_report_group_in_range (index, group))
        build_register_section (self, index, group, csv_chapters, session_notes);
    }
}

void
_corro_report_build_completion (CorroReport      *self,
                                CorroReportIndex *index)
{
  static const char * const columns[] = {
    "group", "participant", "status", "status_date", "attended_chapters",
    "required_chapters", "completion", NULL
  };

  _corro_report_set_csv_columns (self, columns);
  for (guint i = 0; i < index->data->groups->len; i++)
    {
      CorroStoreReportGroup *group = g_ptr_array_index (index->data->groups, i);
      GPtrArray *members = _corro_report_index_members (index, group->id);
      g_autofree char *rule = NULL;
      g_autofree char *completed_text = NULL;
      CorroReportSection *section;
      CorroReportBlock *table;
      guint n_listed = 0, n_completed = 0;

      if (!_corro_report_group_in_range (index, group))
        continue;

      section = _corro_report_add_section (self, group->name);
      add_group_facts (section, index, group);
      rule = format_rule (group);
      _corro_report_add_fact (section, _("To complete"), rule);

      table = _corro_report_add_table (section);
      _corro_report_add_column (table, _("Participant"), 4.0, FALSE);
      _corro_report_add_column (table, _("Status"), 2.0, FALSE);
      _corro_report_add_column (table, _("Since"), 2.0, FALSE);
      _corro_report_add_column (table, _("Chapters attended"), 1.8, TRUE);
      _corro_report_add_column (table, _("Completion"), 2.0, FALSE);

      for (guint m = 0; members != NULL && m < members->len; m++)
        {
          CorroStoreReportMember *member = g_ptr_array_index (members, m);
          g_autoptr(GPtrArray) cells = NULL;
          g_autoptr(GPtrArray) values = NULL;
          CorroReportTally tally = { 0 };

          _corro_report_tally (index, group, member, &tally);
          if (!_corro_report_is_listed (member, &tally))
            {
              _corro_report_tally_clear (&tally);
              continue;
            }

          cells = new_strings ();
          values = new_strings ();
          add (cells, member->name);
          add (cells, _corro_report_status_label (member->status));
          g_ptr_array_add (cells, member->status_date != NULL
                                    ? _corro_report_format_date (member->status_date)
                                    : g_strdup (""));
          g_ptr_array_add (cells, corro_label_chapters_attended (tally.attended,
                                                                 group->n_chapters));
          add (cells, _corro_report_completion_label (tally.completion));

          add (values, group->name);
          add (values, member->name);
          add (values, _corro_report_status_word (member->status));
          add (values, member->status_date);
          add_uint (values, tally.attended);
          add_uint (values, _corro_report_required (group));
          add (values, _corro_report_completion_word (tally.completion));
          _corro_report_add_row (table, g_steal_pointer (&cells), g_steal_pointer (&values),
                                 FALSE);

          n_listed++;
          if (tally.completion == CORRO_COMPLETION_COMPLETED)
            n_completed++;
          _corro_report_tally_clear (&tally);
        }

      completed_text = g_strdup_printf (ngettext ("%u of %u participant",
                                                  "%u of %u participants", n_listed),
                                        n_completed, n_listed);
      _corro_report_add_fact (section, C_("completion", "Completed"), completed_text);
    }
}
