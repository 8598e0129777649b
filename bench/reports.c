/* reports.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports benchmark over the synthetic decade of records (bench-util.h): the service
 * totals of all ten years, one group's register, and the totals as a PDF. Prints medians
 * against the targets; never fails on time.
 *
 *     _build/bench/bench-reports [--runs N] [--keep DIR]
 */

#include "config.h"

#include <stdio.h>

#include "corro-report.h"
#include "corro-store-records.h"

#include "bench-util.h"

#define TARGET_SUMMARY_MS 1000.0
#define TARGET_REGISTER_MS 50.0
#define TARGET_PDF_MS 1000.0

int
main (int   argc,
      char *argv[])
{
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroStore) store = NULL;
  int runs = 11;
  double made_ms = 0;
  gint64 group_id;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (default 11)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the database in DIR", "DIR" },
    { NULL }
  };
  BenchMeasure summary = { "summary, all ten years", TARGET_SUMMARY_MS };
  BenchMeasure reg = { "register of one group", TARGET_REGISTER_MS };
  BenchMeasure pdf = { "summary as a PDF", TARGET_PDF_MS };

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  path = bench_decade_ensure (keep, &dir, &made_ms);
  bench_decade_describe (path, made_ms);
  store = corro_store_open (path, &error);
  bench_check (store != NULL, error, "open");
  group_id = corro_store_find_group (store, "Group 250 — Coyoacán", &error);
  if (group_id <= 0)
    group_id = 250;

  bench_measure_init (&summary);
  bench_measure_init (&reg);
  bench_measure_init (&pdf);
  for (int i = 0; i < runs; i++)
    {
      CorroReportOptions options = { CORRO_REPORT_SUMMARY, 0, NULL, NULL, FALSE, "Team" };
      CorroReportOptions one = { CORRO_REPORT_REGISTER, group_id, NULL, NULL, FALSE, "Team" };
      g_autoptr(CorroReport) report = NULL;
      g_autoptr(CorroReport) group_report = NULL;
      g_autoptr(GOutputStream) out = NULL;
      double start = bench_now_ms ();

      report = corro_report_compute (store, &options, NULL, &error);
      bench_check (report != NULL, error, "summary");
      bench_measure_add (&summary, bench_now_ms () - start);

      start = bench_now_ms ();
      group_report = corro_report_compute (store, &one, NULL, &error);
      bench_check (group_report != NULL, error, "register");
      bench_measure_add (&reg, bench_now_ms () - start);

      start = bench_now_ms ();
      {
        g_autoptr(CorroPdfDocument) document = corro_report_to_pdf_document (report);

        out = g_memory_output_stream_new_resizable ();
        bench_check (corro_pdf_document_write (document, out, NULL, &error), error, "pdf");
      }
      bench_measure_add (&pdf, bench_now_ms () - start);
    }

  printf ("Reports\n");
  bench_measure_print_header ();
  bench_measure_print (&summary);
  bench_measure_print (&reg);
  bench_measure_print (&pdf);
  bench_measure_clear (&summary);
  bench_measure_clear (&reg);
  bench_measure_clear (&pdf);

  g_clear_object (&store);
  if (keep == NULL)
    bench_decade_remove (dir, path);
  return 0;
}
