/* corro-labels.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-labels.h"

const char *
corro_label_group_mode (CorroGroupMode mode)
{
  switch (mode)
    {
    case CORRO_GROUP_MODE_IN_PERSON:
      return _("In person");
    case CORRO_GROUP_MODE_ONLINE:
      return _("Online");
    case CORRO_GROUP_MODE_INDIVIDUAL:
      return _("One family");
    default:
      return "";
    }
}

const char *
corro_label_group_status (CorroGroupStatus status)
{
  switch (status)
    {
    case CORRO_GROUP_STATUS_PLANNED:
      return _("Planned");
    case CORRO_GROUP_STATUS_RUNNING:
      return _("Running");
    case CORRO_GROUP_STATUS_FINISHED:
      return _("Finished");
    default:
      return "";
    }
}

/* @weekday: 1 Monday … 7 Sunday */
const char *
corro_label_weekday (guint weekday)
{
  static const char * const names[] = {
    N_("Mondays"), N_("Tuesdays"), N_("Wednesdays"), N_("Thursdays"), N_("Fridays"),
    N_("Saturdays"), N_("Sundays"),
  };

  return weekday >= 1 && weekday <= 7 ? _(names[weekday - 1]) : "";
}

const char *
corro_label_relationship (CorroRelationship relationship)
{
  switch (relationship)
    {
    case CORRO_RELATIONSHIP_MOTHER:
      return _("Mother");
    case CORRO_RELATIONSHIP_FATHER:
      return _("Father");
    case CORRO_RELATIONSHIP_GRANDPARENT:
      return _("Grandparent");
    case CORRO_RELATIONSHIP_FOSTER_CARER:
      return _("Foster carer");
    case CORRO_RELATIONSHIP_OTHER:
      return _("Other");
    case CORRO_RELATIONSHIP_UNKNOWN:
    default:
      return _("Relationship not recorded");
    }
}

const char *
corro_label_enrolment_status (CorroEnrolmentStatus status)
{
  switch (status)
    {
    case CORRO_ENROLMENT_REFERRED:
      return _("Referred");
    case CORRO_ENROLMENT_CONTACTED:
      return _("Pre-group contact");
    case CORRO_ENROLMENT_ENROLLED:
      return _("Enrolled");
    case CORRO_ENROLMENT_COMPLETED:
      return _("Completed");
    case CORRO_ENROLMENT_WITHDRAWN:
      return _("Withdrawn");
    default:
      return "";
    }
}

const char *
corro_label_attendance_mark (CorroAttendanceMark mark)
{
  switch (mark)
    {
    case CORRO_ATTENDANCE_PRESENT:
      return _("Present");
    case CORRO_ATTENDANCE_LATE:
      return _("Late");
    case CORRO_ATTENDANCE_ABSENT:
      return _("Absent");
    case CORRO_ATTENDANCE_EXCUSED:
      return _("Excused");
    case CORRO_ATTENDANCE_CAUGHT_UP:
      return _("Caught up individually later");
    case CORRO_ATTENDANCE_NONE:
    default:
      return _("Not marked");
    }
}

/**
 * corro_label_attendance_letter:
 * @mark: a mark other than %CORRO_ATTENDANCE_NONE
 *
 * The one letter that stands for @mark in the language shown: on the attendance
 * screen's buttons, as the key that sets the mark, and in the register's cells and
 * legend. It is the first letter of corro_label_attendance_word().
 *
 * Returns: an upper-case letter, or "·" for no mark
 */
const char *
corro_label_attendance_letter (CorroAttendanceMark mark)
{
  /* Translators: each attendance letter is also the key that sets the mark, so the
   * five letters must be different from each other, one ASCII letter each, and each the
   * first letter of its word (msgctxt "attendance word"), e.g. A Asistió, T Tarde,
   * F Faltó, J Justificada, R Recuperó después */
  switch (mark)
    {
    case CORRO_ATTENDANCE_PRESENT:
      return C_("attendance letter", "P");
    case CORRO_ATTENDANCE_LATE:
      return C_("attendance letter", "L");
    case CORRO_ATTENDANCE_ABSENT:
      return C_("attendance letter", "A");
    case CORRO_ATTENDANCE_EXCUSED:
      return C_("attendance letter", "E");
    case CORRO_ATTENDANCE_CAUGHT_UP:
      return C_("attendance letter", "C");
    case CORRO_ATTENDANCE_NONE:
    default:
      return "·";
    }
}

/**
 * corro_label_attendance_word:
 * @mark: a mark
 *
 * The short word for @mark that its letter begins, for the buttons' tooltips and the
 * register's legend.
 */
const char *
corro_label_attendance_word (CorroAttendanceMark mark)
{
  /* Translators: begin each word with its attendance letter (msgctxt "attendance letter") */
  switch (mark)
    {
    case CORRO_ATTENDANCE_PRESENT:
      return C_("attendance word", "Present");
    case CORRO_ATTENDANCE_LATE:
      return C_("attendance word", "Late");
    case CORRO_ATTENDANCE_ABSENT:
      return C_("attendance word", "Absent");
    case CORRO_ATTENDANCE_EXCUSED:
      return C_("attendance word", "Excused");
    case CORRO_ATTENDANCE_CAUGHT_UP:
      return C_("attendance word", "Caught up later");
    case CORRO_ATTENDANCE_NONE:
    default:
      return _("Not marked");
    }
}

/**
 * corro_label_attendance_keyval:
 * @mark: a mark other than %CORRO_ATTENDANCE_NONE
 *
 * Returns: the lower-case key that sets @mark: its letter, as an X keysym value (the
 *   same numbers as GDK's for ASCII letters), or 0 when the letter is not one
 */
guint
corro_label_attendance_keyval (CorroAttendanceMark mark)
{
  const char *letter = corro_label_attendance_letter (mark);

  if (letter[0] == '\0' || letter[1] != '\0' || !g_ascii_isalpha (letter[0]))
    return 0;

  return (guint) g_ascii_tolower (letter[0]);
}

const char *
corro_label_contact_method (CorroContactMethod method)
{
  switch (method)
    {
    case CORRO_CONTACT_PHONE:
      return _("By phone");
    case CORRO_CONTACT_VIDEO:
      return _("By video call");
    case CORRO_CONTACT_IN_PERSON:
      return _("In person");
    case CORRO_CONTACT_MESSAGE:
      return _("By message");
    case CORRO_CONTACT_OTHER:
    default:
      return _("Another way");
    }
}

/**
 * corro_label_language:
 * @code: (nullable): a language as the records keep it: "es", "en", "es-MX"
 *
 * Returns: the language's name in the language shown ("Spanish", "Español"), the
 *   code itself for a language the interface does not name, or "Not recorded"
 */
const char *
corro_label_language (const char *code)
{
  if (code == NULL || code[0] == '\0')
    return _("Not recorded");
  if (g_ascii_strncasecmp (code, "es", 2) == 0 && (code[2] == '\0' || code[2] == '-' ||
                                                   code[2] == '_'))
    return _("Spanish");
  if (g_ascii_strncasecmp (code, "en", 2) == 0 && (code[2] == '\0' || code[2] == '-' ||
                                                   code[2] == '_'))
    return _("English");
  return code;
}

/**
 * corro_label_date:
 * @iso_date: (nullable): "YYYY-MM-DD"
 *
 * Returns: (transfer full): the date as the locale writes it, e.g. "Tue 3 March 2026",
 *   or "No date yet"
 */
char *
corro_label_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (iso_date != NULL && iso_date[0] != '\0')
    {
      g_autofree char *iso = g_strdup_printf ("%sT12:00:00Z", iso_date);

      date = g_date_time_new_from_iso8601 (iso, NULL);
    }

  if (date == NULL)
    return g_strdup (_("No date yet"));

  /* Translators: a session's date, in strftime() form, e.g. "Tue 3 Mar 2026" */
  return g_date_time_format (date, _("%a %-d %b %Y"));
}

/* The figures' words: every page and report says a count of chapters the same way. */

/**
 * corro_label_chapters_attended:
 *
 * Returns: (transfer full): e.g. "3 of 8 chapters": the chapters a participant attended
 *   out of the programme's
 */
char *
corro_label_chapters_attended (guint attended,
                               guint n_chapters)
{
  /* Translators: chapters of the programme a participant has attended, e.g. "5 of 8 chapters" */
  return g_strdup_printf (ngettext ("%u of %u chapter", "%u of %u chapters", n_chapters),
                          attended, n_chapters);
}

/**
 * corro_label_completion_rule:
 *
 * Returns: (transfer full): the programme's completion rule, e.g. "6 of 8 chapters needed"
 */
char *
corro_label_completion_rule (guint required,
                             guint n_chapters)
{
  /* Translators: the programme's completion rule, e.g. "6 of 8 chapters needed" */
  return g_strdup_printf (ngettext ("%u of %u chapter needed", "%u of %u chapters needed",
                                    n_chapters),
                          required, n_chapters);
}
