/* corro-programme-problem.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_PROGRAMME_PROBLEM (corro_programme_problem_get_type ())

/**
 * CorroProgrammeProblem:
 * @severity: whether the file can still be used
 * @file_name: the file's name, as shown to people
 * @line: the line, from 1
 * @column: the column, from 1, in characters
 * @message: what is wrong, in plain words, translated
 *
 * One problem found in a programme file.
 */
typedef struct
{
  CorroProblemSeverity  severity;
  char                 *file_name;
  guint                 line;
  guint                 column;
  char                 *message;
} CorroProgrammeProblem;

GType                  corro_programme_problem_get_type  (void) G_GNUC_CONST;
CorroProgrammeProblem *corro_programme_problem_new       (CorroProblemSeverity         severity,
                                                          const char                  *file_name,
                                                          guint                        line,
                                                          guint                        column,
                                                          const char                  *message);
CorroProgrammeProblem *corro_programme_problem_copy      (const CorroProgrammeProblem *self);
void                   corro_programme_problem_free      (CorroProgrammeProblem       *self);
char                  *corro_programme_problem_to_string (const CorroProgrammeProblem *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroProgrammeProblem, corro_programme_problem_free)

G_END_DECLS
