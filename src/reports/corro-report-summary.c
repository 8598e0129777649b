/* corro-report-summary.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-report"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-age-band.h"
#include "corro-report-private.h"

/* Service totals over a period, as funders ask for them: people served, groups run,
 * sessions held, attendance and completion rates; for all groups, then by delivery mode,
 * by the children's age band and by facilitator. The words are defined once, in
 * data/report-formats.md:
 *   - a session is held in the period when it is dated in it and was held (recorded as
 *     held, or someone was there: corro_attendance_session_is_held());
 *   - a group ran in the period when it held a session in it;
 *   - a person was served when they joined the group and attended (present, late, caught
 *     up) a session held in the period (corro_attendance_is_served()); a person in two
 *     groups is one person in the totals;
 *   - the attendance rate is attended marks over all marks at those sessions;
 *   - the completion rate counts the people served whose outcome is known (completed, or
 *     not completed because they withdrew or their group finished), whatever the period. */

typedef struct
{
  char       *word;      /* the CSV's value: "in-person", an age band, a name */
  char       *label;     /* what people read */
  GHashTable *people;    /* participant ids */
  guint       groups;
  guint       sessions;
  guint       marks;
  guint       attended;
  guint       completed;
  guint       not_completed;
} Tally;

typedef struct
{
  const char *dimension; /* "mode", "age_band", "facilitator" */
  GHashTable *tallies;   /* word -> Tally */
} Breakdown;

/* One group's part of the totals. */
typedef struct
{
  guint       sessions;
  guint       marks;
  guint       attended;
  guint       completed;
  guint       not_completed;
  GHashTable *people;    /* participant ids served */
} GroupPart;

/* helpers */

static Tally *
tally_new (const char *word,
           const char *label)
{
  Tally *tally = g_new0 (Tally, 1);

  tally->word = g_strdup (word);
  tally->label = g_strdup (label);
  tally->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return tally;
}

static void
tally_free (Tally *tally)
{
  g_free (tally->word);
  g_free (tally->label);
  g_hash_table_unref (tally->people);
  g_free (tally);
}

static void
tally_add (Tally           *tally,
           const GroupPart *part)
{
  GHashTableIter iter;
  gpointer key;

  tally->groups++;
  tally->sessions += part->sessions;
  tally->marks += part->marks;
  tally->attended += part->attended;
  tally->completed += part->completed;
  tally->not_completed += part->not_completed;

  g_hash_table_iter_init (&iter, part->people);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 *id = g_new (gint64, 1);

      *id = *(gint64 *) key;
      g_hash_table_add (tally->people, id);
    }
}

static void
breakdown_add (Breakdown       *breakdown,
               const char      *word,
               const char      *label,
               const GroupPart *part)
{
  g_autofree char *key = g_utf8_casefold (word, -1);
  Tally *tally = g_hash_table_lookup (breakdown->tallies, key);

  if (tally == NULL)
    {
      tally = tally_new (word, label);
      g_hash_table_insert (breakdown->tallies, g_steal_pointer (&key), tally);
    }
  tally_add (tally, part);
}

/* Facilitators are written as a list: "Ana López, Tom Baker; Rosa Díaz & Sam Evans". */
static GStrv
split_facilitators (const char *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("\\s*(?:[,;/&+]|\\band\\b|\\by\\b)\\s*", text,
                                              G_REGEX_CASELESS, 0);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

/* A group's sessions held in the period, the marks at them and who they served, by the
 * rules of corro-attendance.c. */
static void
measure_group (CorroReportIndex            *index,
               const CorroStoreReportGroup *group,
               GroupPart                   *part)
{
  GPtrArray *sessions = _corro_report_index_sessions (index, group->id);
  GPtrArray *members = _corro_report_index_members (index, group->id);
  guint n_members = members != NULL ? members->len : 0;
  g_autofree guint *n_attended = g_new0 (guint, n_members + 1);

  part->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint s = 0; sessions != NULL && s < sessions->len; s++)
    {
      CorroStoreReportSession *session = g_ptr_array_index (sessions, s);
      guint marks = 0, attended = 0;

      if (!_corro_report_index_in_range (index, session->date) ||
          !_corro_report_session_count (index, session, &attended, &marks))
        continue;

      part->sessions++;
      part->marks += marks;
      part->attended += attended;
      for (guint m = 0; m < n_members; m++)
        {
          CorroStoreReportMember *member = g_ptr_array_index (members, m);

          if (corro_attendance_mark_is_attended (
                _corro_report_index_mark (index, session->id, member->participant_id)))
            n_attended[m]++;
        }
    }

  for (guint m = 0; m < n_members; m++)
    {
      CorroStoreReportMember *member = g_ptr_array_index (members, m);
      CorroReportTally tally = { 0 };
      gint64 *id;

      if (!corro_attendance_is_served (member->status, n_attended[m]))
        continue;

      id = g_new (gint64, 1);
      *id = member->participant_id;
      g_hash_table_add (part->people, id);

      _corro_report_tally (index, group, member, &tally);
      if (tally.completion == CORRO_COMPLETION_COMPLETED)
        part->completed++;
      else if (tally.completion == CORRO_COMPLETION_NOT_COMPLETED)
        part->not_completed++;
      _corro_report_tally_clear (&tally);
    }
}

static GPtrArray *
new_strings (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static GPtrArray *
tally_cells (const Tally *tally,
             const char  *label)
{
  GPtrArray *cells = new_strings ();

  g_ptr_array_add (cells, g_strdup (label));
  g_ptr_array_add (cells, g_strdup_printf ("%u", tally->groups));
  g_ptr_array_add (cells, g_strdup_printf ("%u", tally->sessions));
  g_ptr_array_add (cells, g_strdup_printf ("%u", g_hash_table_size (tally->people)));
  g_ptr_array_add (cells, _corro_report_format_rate (tally->attended, tally->marks));
  g_ptr_array_add (cells, g_strdup_printf ("%u", tally->completed));
  g_ptr_array_add (cells, _corro_report_format_rate (tally->completed,
                                                     tally->completed + tally->not_completed));
  return cells;
}

static GPtrArray *
tally_values (const Tally      *tally,
              const char       *dimension,
              CorroReportIndex *index)
{
  GPtrArray *values = new_strings ();

  g_ptr_array_add (values, g_strdup (index->from != NULL ? index->from : ""));
  g_ptr_array_add (values, g_strdup (index->to != NULL ? index->to : ""));
  g_ptr_array_add (values, g_strdup (dimension));
  g_ptr_array_add (values, g_strdup (tally->word));
  g_ptr_array_add (values, g_strdup_printf ("%u", tally->groups));
  g_ptr_array_add (values, g_strdup_printf ("%u", tally->sessions));
  g_ptr_array_add (values, g_strdup_printf ("%u", g_hash_table_size (tally->people)));
  g_ptr_array_add (values, g_strdup_printf ("%u", tally->marks));
  g_ptr_array_add (values, g_strdup_printf ("%u", tally->attended));
  g_ptr_array_add (values, _corro_report_format_value_rate (tally->attended, tally->marks));
  g_ptr_array_add (values, g_strdup_printf ("%u", tally->completed));
  g_ptr_array_add (values, g_strdup_printf ("%u", tally->not_completed));
  g_ptr_array_add (values, _corro_report_format_value_rate (tally->completed,
                                                            tally->completed +
                                                            tally->not_completed));
  return values;
}

static CorroReportBlock *
add_totals_table (CorroReportSection *section,
                  const char         *first_column)
{
  CorroReportBlock *table = _corro_report_add_table (section);

  _corro_report_add_column (table, first_column, 3.4, FALSE);
  _corro_report_add_column (table, _("Groups"), 1.0, TRUE);
  _corro_report_add_column (table, _("Sessions"), 1.1, TRUE);
  _corro_report_add_column (table, _("People"), 1.0, TRUE);
  _corro_report_add_column (table, _("Attendance"), 1.4, TRUE);
  _corro_report_add_column (table, C_("completion", "Completed"), 1.3, TRUE);
  _corro_report_add_column (table, _("Completion rate"), 1.5, TRUE);
  return table;
}

static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  const Tally *x = *(const Tally **) a;
  const Tally *y = *(const Tally **) b;

  return g_utf8_collate (x->label, y->label);
}

static void
add_breakdown (CorroReportSection *section,
               CorroReportIndex   *index,
               Breakdown          *breakdown,
               const char         *heading,
               const char         *first_column,
               const Tally        *all,
               gboolean            all_in_csv)
{
  g_autoptr(GPtrArray) tallies = g_ptr_array_new ();
  CorroReportBlock *table;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, breakdown->tallies);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (tallies, value);

  _corro_report_add_heading (section, heading);
  table = add_totals_table (section, first_column);
  g_ptr_array_sort (tallies, compare_tallies);
  for (guint i = 0; i < tallies->len; i++)
    {
      Tally *tally = g_ptr_array_index (tallies, i);

      _corro_report_add_row (table, tally_cells (tally, tally->label),
                             tally_values (tally, breakdown->dimension, index), FALSE);
    }
  _corro_report_add_row (table, tally_cells (all, _("All groups")),
                         all_in_csv ? tally_values (all, "all", index) : NULL, TRUE);
}

/* for corro-report.c */

void
_corro_report_build_summary (CorroReport      *self,
                             CorroReportIndex *index)
{
  static const char * const columns[] = {
    "from", "to", "breakdown", "value", "groups", "sessions_held", "people_served",
    "marks", "attended", "attendance_rate", "completed", "not_completed",
    "completion_rate", NULL
  };
  Breakdown modes = { "mode", NULL }, ages = { "age_band", NULL };
  Breakdown facilitators = { "facilitator", NULL };
  g_autofree char *people = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *served = NULL;
  g_autofree char *period = NULL;
  g_autofree char *attendance = NULL;
  g_autofree char *completion = NULL;
  g_autofree char *sessions = NULL;
  CorroReportSection *section;
  Tally *all = tally_new ("", _("All groups"));
  guint n_people;

  _corro_report_set_csv_columns (self, columns);
  modes.tallies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) tally_free);
  ages.tallies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) tally_free);
  facilitators.tallies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) tally_free);

  for (guint i = 0; i < index->data->groups->len; i++)
    {
      CorroStoreReportGroup *group = g_ptr_array_index (index->data->groups, i);
      GroupPart part = { 0 };

      measure_group (index, group, &part);
      if (corro_attendance_group_is_run (part.sessions))
        {
          g_auto(GStrv) names = split_facilitators (group->facilitators);
          g_autofree char *band = corro_age_band_describe (group->age_band,
                                                           group->age_band_en,
                                                           group->age_band_es);

          tally_add (all, &part);
          breakdown_add (&modes, _corro_report_mode_word (group->mode),
                         _corro_report_mode_label (group->mode), &part);
          /* By the band's key: one row a band, whatever language it was named in. */
          breakdown_add (&ages, group->age_band, band[0] != '\0' ? band : _("Not recorded"),
                         &part);
          for (guint f = 0; names[f] != NULL; f++)
            breakdown_add (&facilitators, names[f], names[f], &part);
          if (names[0] == NULL)
            breakdown_add (&facilitators, "", _("Not recorded"), &part);
        }
      g_hash_table_unref (part.people);
    }

  /* "74 people in 8 groups": the line funders ask for first. */
  n_people = g_hash_table_size (all->people);
  people = g_strdup_printf (ngettext ("%u person", "%u people", n_people), n_people);
  groups = g_strdup_printf (ngettext ("%u group", "%u groups", all->groups), all->groups);
  /* Translators: e.g. "74 people in 8 groups" */
  served = g_strdup_printf (_("%s in %s"), people, groups);
  period = _corro_report_format_period (index->from, index->to);
  _corro_report_set_subtitle (self, period);

  section = _corro_report_add_section (self, served);
  _corro_report_add_fact (section, _("Period"), period);
  _corro_report_add_fact (section, _("People served"), people);
  _corro_report_add_fact (section, _("Groups run"), groups);
  sessions = g_strdup_printf ("%u", all->sessions);
  _corro_report_add_fact (section, _("Sessions held"), sessions);
  attendance = _corro_report_format_rate (all->attended, all->marks);
  _corro_report_add_fact (section, _("Attendance"), attendance);
  completion = _corro_report_format_rate (all->completed, all->completed + all->not_completed);
  _corro_report_add_fact (section, _("Completion rate"), completion);
  _corro_report_add_paragraph (section,
                               _("People served attended at least one session held in the "
                                 "period. Attendance counts present, late and caught-up "
                                 "marks among all marks; the completion rate counts those "
                                 "whose outcome is known."));

  add_breakdown (section, index, &modes, _("By Delivery Mode"), _("Delivery"), all, TRUE);
  add_breakdown (section, index, &ages, _("By Children’s Ages"), _("Children’s ages"), all,
                 FALSE);
  add_breakdown (section, index, &facilitators, _("By Facilitator"), _("Facilitator"), all,
                 FALSE);

  tally_free (all);
  g_hash_table_unref (modes.tallies);
  g_hash_table_unref (ages.tallies);
  g_hash_table_unref (facilitators.tallies);
}
