/* test-date.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one date reader (records/corro-date.c) the date fields, the command line and the
 * spreadsheet import share, in the locale the test runs in (meson runs it in en_GB and
 * es_MX, both day first) and with the month-first order of en_US given explicitly.
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "corro-date.h"
#include "corro-test-util.h"

static void
assert_parses (const char     *text,
               CorroDateOrder  order,
               const char     *expected)
{
  g_autofree char *date = corro_date_parse (text, order);

  g_assert_cmpstr (date, ==, expected);
}

static void
test_day_first (void)
{
  static const char * const texts[] = { "25/12/2026", "25-12-2026", "25.12.2026",
                                        "2026-12-25", " 25/12/2026 ", "25/12/26",
                                        "2026/12/25", "2026.12.25" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_parses (texts[i], CORRO_DATE_ORDER_DAY_FIRST, "2026-12-25");
  assert_parses ("5/1/2027", CORRO_DATE_ORDER_DAY_FIRST, "2027-01-05");
  assert_parses ("29/02/2028", CORRO_DATE_ORDER_DAY_FIRST, "2028-02-29");
}

static void
test_month_first (void)
{
  assert_parses ("12/25/2026", CORRO_DATE_ORDER_MONTH_FIRST, "2026-12-25");
  assert_parses ("5/1/2027", CORRO_DATE_ORDER_MONTH_FIRST, "2027-05-01");
  /* ISO is ISO whatever the locale. */
  assert_parses ("2026-12-25", CORRO_DATE_ORDER_MONTH_FIRST, "2026-12-25");
  assert_parses ("25/12/2026", CORRO_DATE_ORDER_MONTH_FIRST, NULL);
}

static void
test_not_dates (void)
{
  static const char * const texts[] = { "", "   ", "tomorrow", "25/12", "31/02/2026",
                                        "29/02/2027", "25/13/2026", "0/12/2026",
                                        "25/12-2026", "25//12/2026", "2026-12-25x",
                                        "25/12/2026 10:00", "226-12-25", "-25/12/2026",
                                        "25/12/1800", "2026-12-32", "25/+12/2026",
                                        "25/ 12/2026", "25/12/202", "025/12/2026",
                                        "20261/12/25", "2026-012-25", "25 12 2026",
                                        "25/12/2026/1", "١٢/١٢/٢٠٢٦", "2026-12-25T00:00" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      assert_parses (texts[i], CORRO_DATE_ORDER_DAY_FIRST, NULL);
      assert_parses (texts[i], CORRO_DATE_ORDER_MONTH_FIRST, NULL);
    }
  g_assert_null (corro_date_parse (NULL, CORRO_DATE_ORDER_DAY_FIRST));
}

/* The locales the team uses write the day first; what is shown is read back. */
static void
test_locale (void)
{
  g_autofree char *shown = corro_date_format_local ("2026-12-25");
  g_autofree char *read = NULL;
  g_autofree char *message = corro_date_dup_not_a_date ("31/02/2026");
  g_autofree char *empty = corro_date_format_local (NULL);
  g_autofree char *hint = corro_date_dup_hint ();
  g_autofree char *invalid = corro_date_format_local ("2026-02-30");
  const char *language = g_getenv ("LANGUAGE");

  g_test_message ("LC_TIME %s", setlocale (LC_TIME, NULL));
  g_assert_cmpint (corro_date_order_for_locale (), ==, CORRO_DATE_ORDER_DAY_FIRST);
  g_assert_cmpstr (shown, ==, "25/12/2026");
  read = corro_date_parse_local (shown);
  g_assert_cmpstr (read, ==, "2026-12-25");
  g_clear_pointer (&read, g_free);
  read = corro_date_parse_local ("25.12.2026");
  g_assert_cmpstr (read, ==, "2026-12-25");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (invalid, ==, "");

  g_test_message ("%s", message);
  if (language != NULL && g_str_has_prefix (language, "es"))
    {
      g_assert_cmpstr (message, ==, "«31/02/2026» no es una fecha: escríbala como 25/12/2026 "
                                    "o 2026-12-25.");
      g_assert_cmpstr (hint, ==, "No es una fecha: escríbala como 25/12/2026 o 2026-12-25");
    }
  else
    {
      g_assert_cmpstr (message, ==, "“31/02/2026” is not a date: write it as 25/12/2026 or "
                                    "2026-12-25.");
      g_assert_cmpstr (hint, ==, "Not a date: write it as 25/12/2026 or 2026-12-25");
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  corro_test_init (&argc, &argv);

  g_test_add_func ("/date/day-first", test_day_first);
  g_test_add_func ("/date/month-first", test_month_first);
  g_test_add_func ("/date/not-dates", test_not_dates);
  g_test_add_func ("/date/locale", test_locale);

  return g_test_run ();
}
