/* bench-util.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the C benchmarks share: timing samples and their medians, and the synthetic
 * decade of records (500 groups, 5,000 participants, 40,000 attendance marks, 20,000
 * reflections) that the records, report and backup benchmarks measure against.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  double      target_ms;
  GArray     *samples;
} BenchMeasure;

double  bench_now_ms          (void);
void    bench_measure_init    (BenchMeasure *measure);
void    bench_measure_add     (BenchMeasure *measure,
                               double        ms);
double  bench_measure_median  (BenchMeasure *measure);
void    bench_measure_print_header (void);
void    bench_measure_print   (BenchMeasure *measure);
void    bench_measure_clear   (BenchMeasure *measure);
void    bench_check           (gboolean      ok,
                               GError       *error,
                               const char   *what);
char   *bench_make_text       (GRand        *rand,
                               guint         n_words);
char   *bench_decade_ensure   (const char   *keep_dir,
                               char        **dir_out,
                               double       *made_ms);
void    bench_decade_describe (const char   *path,
                               double        made_ms);
void    bench_decade_remove   (const char   *dir,
                               const char   *path);

G_END_DECLS
