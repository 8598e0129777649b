/* corro-date.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "corro-date.h"

/* Dates as people type them, the one reader for the whole program: the interface's date
 * fields, the command line and the spreadsheet import. The records keep ISO 8601
 * (YYYY-MM-DD); people write the day first in Mexico and Britain (25/12/2026, 25-12-2026,
 * 25.12.2026), the month first in the United States (12/25/2026), and anyone may write
 * ISO (2026-12-25). Which of the first two the locale means is what nl_langinfo(D_FMT)
 * says. */

#define MIN_YEAR 1900
#define MAX_YEAR 2200

/**
 * corro_date_order_for_locale:
 *
 * Returns: whether the date format of the locale (LC_TIME) puts the month or the day
 *   first; the C locale counts as day first, as most of the world writes it
 */
CorroDateOrder
corro_date_order_for_locale (void)
{
  const char *locale = setlocale (LC_TIME, NULL);
  const char *format;
  const char *day, *month;

  if (locale == NULL || g_str_equal (locale, "C") || g_str_has_prefix (locale, "C.") ||
      g_str_equal (locale, "POSIX"))
    return CORRO_DATE_ORDER_DAY_FIRST;

  format = nl_langinfo (D_FMT);
  day = strstr (format, "%d");
  if (day == NULL)
    day = strstr (format, "%e");
  month = strstr (format, "%m");

  return day != NULL && month != NULL && month < day ? CORRO_DATE_ORDER_MONTH_FIRST
                                                     : CORRO_DATE_ORDER_DAY_FIRST;
}

/* Reads a run of digits at *p (at most 4), moving *p past it; -1 when there is none or
 * it is longer. */
static int
read_number (const char **p,
             int         *n_digits)
{
  int value = 0;

  *n_digits = 0;
  while (g_ascii_isdigit (**p))
    {
      if (++*n_digits > 4)
        return -1;
      value = value * 10 + (**p - '0');
      (*p)++;
    }

  return *n_digits > 0 ? value : -1;
}

/**
 * corro_date_parse:
 * @text: a date as typed: three numbers separated by one of "/", "-" or "." (the same
 *   one twice), with a four-digit year first (ISO) or a year last (two digits mean 20YY);
 *   spaces around it are ignored
 * @order: how to read a date that does not start with the year
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL when @text is
 *   not a real date
 */
char *
corro_date_parse (const char     *text,
                  CorroDateOrder  order)
{
  g_autofree char *copy = NULL;
  int numbers[3], lengths[3];
  int day, month, year;
  const char *p;
  char separator = 0;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  p = copy;

  /* Three numbers, the same separator between them, nothing else. */
  for (guint i = 0; i < 3; i++)
    {
      if ((numbers[i] = read_number (&p, &lengths[i])) < 0)
        return NULL;
      if (i == 2)
        break;
      if (i == 0 && (*p == '/' || *p == '-' || *p == '.'))
        separator = *p;
      if (*p == '\0' || *p != separator)
        return NULL;
      p++;
    }
  if (*p != '\0')
    return NULL;

  if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)
    {
      year = numbers[0];
      month = numbers[1];
      day = numbers[2];
    }
  else if (lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2))
    {
      year = lengths[2] == 2 ? 2000 + numbers[2] : numbers[2];
      day = order == CORRO_DATE_ORDER_MONTH_FIRST ? numbers[1] : numbers[0];
      month = order == CORRO_DATE_ORDER_MONTH_FIRST ? numbers[0] : numbers[1];
    }
  else
    return NULL;

  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/**
 * corro_date_parse_local:
 *
 * corro_date_parse() in the locale's order.
 *
 * Returns: (transfer full) (nullable): YYYY-MM-DD, or %NULL
 */
char *
corro_date_parse_local (const char *text)
{
  return corro_date_parse (text, corro_date_order_for_locale ());
}

/**
 * corro_date_format_local:
 * @iso_date: (nullable): YYYY-MM-DD
 *
 * Returns: (transfer full): the date written as people type it here (25/12/2026, or
 *   12/25/2026 where the month comes first), which corro_date_parse_local() reads back;
 *   "" for %NULL or an invalid date
 */
char *
corro_date_format_local (const char *iso_date)
{
  guint year, month, day;
  char tail;

  if (iso_date == NULL ||
      sscanf (iso_date, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return g_strdup ("");

  if (corro_date_order_for_locale () == CORRO_DATE_ORDER_MONTH_FIRST)
    return g_strdup_printf ("%02u/%02u/%04u", month, day, year);
  return g_strdup_printf ("%02u/%02u/%04u", day, month, year);
}

/**
 * corro_date_dup_not_a_date:
 * @text: what was typed
 *
 * Returns: (transfer full): the message for a date that could not be read, with an
 *   example in the locale's order
 */
char *
corro_date_dup_not_a_date (const char *text)
{
  g_autofree char *example = corro_date_format_local ("2026-12-25");

  /* Translators: %1$s is what was typed, %2$s the same date example in the order of the
   * locale (25/12/2026 or 12/25/2026) */
  return g_strdup_printf (_("“%1$s” is not a date: write it as %2$s or 2026-12-25."),
                          text, example);
}

/**
 * corro_date_dup_hint:
 *
 * Returns: (transfer full): the short message a date field shows in place of its title
 *   while its text is not a date, with an example in the locale's order
 */
char *
corro_date_dup_hint (void)
{
  g_autofree char *example = corro_date_format_local ("2026-12-25");

  /* Translators: shown in a date field whose text is not a date; %s is the date example
   * in the order of the locale (25/12/2026 or 12/25/2026) */
  return g_strdup_printf (_("Not a date: write it as %s or 2026-12-25"), example);
}
