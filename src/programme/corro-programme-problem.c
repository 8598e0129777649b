/* corro-programme-problem.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-programme-problem"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-programme-problem.h"

G_DEFINE_BOXED_TYPE (CorroProgrammeProblem, corro_programme_problem,
                     corro_programme_problem_copy, corro_programme_problem_free)

CorroProgrammeProblem *
corro_programme_problem_new (CorroProblemSeverity  severity,
                             const char           *file_name,
                             guint                 line,
                             guint                 column,
                             const char           *message)
{
  CorroProgrammeProblem *self;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_new0 (CorroProgrammeProblem, 1);
  self->severity = severity;
  self->file_name = g_strdup (file_name);
  self->line = line;
  self->column = column;
  self->message = g_strdup (message);

  return self;
}

CorroProgrammeProblem *
corro_programme_problem_copy (const CorroProgrammeProblem *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return corro_programme_problem_new (self->severity, self->file_name,
                                      self->line, self->column, self->message);
}

void
corro_programme_problem_free (CorroProgrammeProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->file_name);
  g_free (self->message);
  g_free (self);
}

/**
 * corro_programme_problem_to_string:
 *
 * Returns: (transfer full): the problem as compilers print theirs, e.g.
 *   "plan.json:12:18: error: …", which editors can jump to
 */
char *
corro_programme_problem_to_string (const CorroProgrammeProblem *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->severity == CORRO_PROBLEM_WARNING)
    /* Translators: FILE:LINE:COLUMN: warning: MESSAGE, as compilers print it; editors
     * recognise this form, so keep the colons and the order */
    return g_strdup_printf (_("%s:%u:%u: warning: %s"),
                            self->file_name, self->line, self->column, self->message);

  /* Translators: FILE:LINE:COLUMN: error: MESSAGE, as compilers print it; editors
   * recognise this form, so keep the colons and the order */
  return g_strdup_printf (_("%s:%u:%u: error: %s"),
                          self->file_name, self->line, self->column, self->message);
}
