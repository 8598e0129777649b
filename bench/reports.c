/* reports.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports benchmark: first long unbroken text laid out as PDF (a 20,000-character word in a
 * table cell and in a paragraph, a pasted link, a 10,000-character name), per page; then,
 * over the synthetic decade of records (bench-util.h), the service totals of all ten
 * years, one group's register, and the totals as a PDF. Prints medians against the
 * targets; never fails on time.
 *
 *     _build/bench/bench-reports [--runs N] [--keep DIR] [--long-text-only]
 */

#include "config.h"

#include <stdio.h>

#include "corro-report.h"
#include "corro-store-records.h"

#include "bench-util.h"

#define TARGET_SUMMARY_MS 1000.0
#define TARGET_REGISTER_MS 50.0
#define TARGET_PDF_MS 1000.0
#define TARGET_LONG_TEXT_PAGE_MS 1000.0

typedef enum
{
  LONG_CELL,
  LONG_PARAGRAPH,
  LONG_LINK,
  LONG_NAME,
} LongText;

static char *
repeat_text (const char *unit,
             guint       n_chars)
{
  GString *text = g_string_new (NULL);

  while (g_utf8_strlen (text->str, -1) < (glong) n_chars)
    g_string_append (text, unit);
  return g_string_free (text, FALSE);
}

/* A document holding one kind of long unbroken text, the way reports hold it. */
static CorroPdfDocument *
long_text_document (LongText kind)
{
  static const CorroPdfColumn columns[] = {
    { "Participant", 3, CORRO_PDF_ALIGN_START },
    { "Referred by", 2, CORRO_PDF_ALIGN_START },
    { "1", 0.6, CORRO_PDF_ALIGN_CENTER },
    { "2", 0.6, CORRO_PDF_ALIGN_CENTER },
    { "Sessions", 1, CORRO_PDF_ALIGN_END },
  };
  CorroPdfDocument *document = corro_pdf_document_new ();
  g_autofree char *word = repeat_text ("abcdefghijklmnopqrstuvwxyzáéíóúñ", 20000);
  g_autofree char *name = repeat_text ("Begoña", 10000);
  g_autofree char *link = NULL;
  g_autofree char *note = NULL;

  corro_pdf_document_set_footer (document, "Team · Long text · 2 December 2026");
  switch (kind)
    {
    case LONG_CELL:
      {
        const char *row[] = { word, "Health visitor", "P", "L", "2", NULL };

        corro_pdf_document_add_title (document, "Attendance Register", "A cell of one word");
        corro_pdf_document_add_table (document, columns, G_N_ELEMENTS (columns));
        corro_pdf_document_add_row (document, row, FALSE);
      }
      break;
    case LONG_PARAGRAPH:
      corro_pdf_document_add_title (document, "Notes", "A paragraph of one word");
      corro_pdf_document_add_paragraph (document, word);
      break;
    case LONG_LINK:
      link = repeat_text ("https://example.org/referrals/2026/12/02?ref=a1b2c3d4e5&amp;x=", 4000);
      note = g_strconcat ("See ", link, " for the referral.", NULL);
      corro_pdf_document_add_title (document, "Notes", "A pasted link");
      corro_pdf_document_add_key_value (document, "Referral", link);
      corro_pdf_document_add_paragraph (document, note);
      break;
    case LONG_NAME:
    default:
      {
        const char *row[] = { name, name, "P", "P", "2", NULL };

        corro_pdf_document_add_title (document, name, name);
        corro_pdf_document_add_heading (document, name);
        corro_pdf_document_add_key_value (document, "Name", name);
        corro_pdf_document_add_table (document, columns, G_N_ELEMENTS (columns));
        corro_pdf_document_add_row (document, row, FALSE);
      }
      break;
    }
  return document;
}

static void
measure_long_text (int runs)
{
  static const char * const names[] = {
    "20,000-char word in a cell, per page", "20,000-char word, paragraph, per page",
    "4,000-char link, per page", "10,000-char name, per page",
  };
  BenchMeasure measures[G_N_ELEMENTS (names)];

  printf ("Long unbroken text as PDF (target: under %.0f ms per page)\n",
          TARGET_LONG_TEXT_PAGE_MS);
  bench_measure_print_header ();
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      guint n_pages = 0;

      measures[k] = (BenchMeasure) { names[k], TARGET_LONG_TEXT_PAGE_MS, NULL };
      bench_measure_init (&measures[k]);
      for (int i = 0; i < runs; i++)
        {
          g_autoptr(CorroPdfDocument) document = long_text_document ((LongText) k);
          g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
          g_autoptr(GError) error = NULL;
          double start = bench_now_ms ();

          bench_check (corro_pdf_document_write (document, out, NULL, &error), error, "pdf");
          n_pages = corro_pdf_document_paginate (document);
          bench_measure_add (&measures[k], (bench_now_ms () - start) / n_pages);
        }
      bench_measure_print (&measures[k]);
      printf ("    (%u page%s)\n", n_pages, n_pages == 1 ? "" : "s");
      bench_measure_clear (&measures[k]);
    }
  printf ("\n");
}

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
  gboolean long_text_only = FALSE;
  double made_ms = 0;
  gint64 group_id;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (default 11)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the database in DIR", "DIR" },
    { "long-text-only", 0, 0, G_OPTION_ARG_NONE, &long_text_only,
      "Only lay out long unbroken text", NULL },
    { NULL }
  };
  BenchMeasure summary = { "summary, all ten years", TARGET_SUMMARY_MS };
  BenchMeasure reg = { "register of one group", TARGET_REGISTER_MS };
  BenchMeasure pdf = { "summary as a PDF", TARGET_PDF_MS };

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  measure_long_text (MAX (1, MIN (runs, 3)));
  if (long_text_only)
    return 0;

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
