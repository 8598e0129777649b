/* corro-report.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-report"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-report-private.h"
#include "corro-store-reports.h"

/* A report as sections of headings, facts and tables, computed off the main thread from
 * one snapshot of the records. Each table row carries what people read (translated words,
 * the locale's dates) and, for the rows that are data, the CSV row (stable column names
 * and words, ISO dates: data/report-formats.md), so the preview, the PDF, the printout
 * and the CSV always show the same numbers. */

struct _CorroReport
{
  GObject          parent_instance;

  CorroReportKind  kind;
  char            *title;
  char            *subtitle;
  char            *team_name;
  char            *date;        /* when computed, as the locale writes it */
  GStrv            csv_columns;
  GPtrArray       *sections;    /* (element-type CorroReportSection) */
};

G_DEFINE_FINAL_TYPE (CorroReport, corro_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (corro-report-error-quark, corro_report_error)

typedef struct
{
  CorroStore         *store;
  CorroReportOptions  options;
} ComputeData;

/* helpers */

static void
column_free (CorroReportColumn *column)
{
  g_free (column->title);
  g_free (column);
}

static void
row_free (CorroReportRow *row)
{
  g_strfreev (row->cells);
  g_strfreev (row->values);
  g_free (row);
}

static void
block_free (CorroReportBlock *block)
{
  g_free (block->text);
  g_free (block->value);
  g_clear_pointer (&block->columns, g_ptr_array_unref);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

static void
section_free (CorroReportSection *section)
{
  g_free (section->title);
  g_ptr_array_unref (section->blocks);
  g_free (section);
}

static CorroReportBlock *
add_block (CorroReportSection   *section,
           CorroReportBlockKind  kind,
           const char           *text,
           const char           *value)
{
  CorroReportBlock *block = g_new0 (CorroReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->value = g_strdup (value);
  g_ptr_array_add (section->blocks, block);
  return block;
}

static GStrv
steal_strv (GPtrArray *strings)
{
  if (strings == NULL)
    return NULL;

  g_ptr_array_add (strings, NULL);
  return (GStrv) g_ptr_array_free (strings, FALSE);
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  guint y, m, d;

  if (date == NULL)
    return TRUE;

  if (strlen (date) == 10 && sscanf (date, "%4u-%2u-%2u", &y, &m, &d) == 3 &&
      g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return TRUE;

  g_set_error (error, CORRO_REPORT_ERROR, CORRO_REPORT_ERROR_INVALID,
               _("“%s” is not a date. Write it as YYYY-MM-DD."), date);
  return FALSE;
}

static void
compute_data_free (ComputeData *data)
{
  g_clear_object (&data->store);
  g_free ((char *) data->options.from);
  g_free ((char *) data->options.to);
  g_free ((char *) data->options.team_name);
  g_free (data);
}

static void
compute_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ComputeData *data = task_data;
  GError *error = NULL;
  CorroReport *report = corro_report_compute (data->store, &data->options, cancellable,
                                              &error);

  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

static void
write_csv_field (GString    *line,
                 const char *value)
{
  if (value == NULL)
    value = "";

  /* RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. A
   * field a spreadsheet would run as a formula is prefixed with a quote character. */
  if (value[0] == '=' || value[0] == '+' || value[0] == '@' ||
      (value[0] == '-' && !g_ascii_isdigit (value[1])))
    {
      g_string_append (line, "\"'");
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (line, '"');
          g_string_append_c (line, *p);
        }
      g_string_append_c (line, '"');
    }
  else if (strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (line, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (line, '"');
          g_string_append_c (line, *p);
        }
      g_string_append_c (line, '"');
    }
  else
    g_string_append (line, value);
}

static void
append_csv_row (GString            *text,
                const char * const *fields,
                guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      write_csv_field (text, fields != NULL && i < g_strv_length ((char **) fields)
                               ? fields[i] : "");
    }
  g_string_append (text, "\r\n");
}

/* vfuncs */

static void
corro_report_finalize (GObject *object)
{
  CorroReport *self = (CorroReport *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->team_name, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->csv_columns, g_strfreev);
  g_clear_pointer (&self->sections, g_ptr_array_unref);

  G_OBJECT_CLASS (corro_report_parent_class)->finalize (object);
}

static void
corro_report_class_init (CorroReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_report_finalize;
}

static void
corro_report_init (CorroReport *self)
{
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
}

/* building, for the report files */

CorroReport *
_corro_report_new (CorroReportKind     kind,
                   const char         *title,
                   const char * const *csv_columns)
{
  CorroReport *self = g_object_new (CORRO_TYPE_REPORT, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  self->kind = kind;
  self->title = g_strdup (title);
  self->csv_columns = g_strdupv ((char **) csv_columns);
  self->date = _corro_report_format_date (today);
  return self;
}

void
_corro_report_set_subtitle (CorroReport *self,
                            const char  *subtitle)
{
  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
}

CorroReportSection *
_corro_report_add_section (CorroReport *self,
                           const char  *title)
{
  CorroReportSection *section = g_new0 (CorroReportSection, 1);

  section->title = g_strdup (title);
  section->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  g_ptr_array_add (self->sections, section);
  return section;
}

void
_corro_report_add_heading (CorroReportSection *section,
                           const char         *text)
{
  add_block (section, CORRO_REPORT_BLOCK_HEADING, text, NULL);
}

void
_corro_report_add_paragraph (CorroReportSection *section,
                             const char         *text)
{
  add_block (section, CORRO_REPORT_BLOCK_PARAGRAPH, text, NULL);
}

void
_corro_report_add_fact (CorroReportSection *section,
                        const char         *name,
                        const char         *value)
{
  add_block (section, CORRO_REPORT_BLOCK_FACT, name, value);
}

CorroReportBlock *
_corro_report_add_table (CorroReportSection *section)
{
  CorroReportBlock *table = add_block (section, CORRO_REPORT_BLOCK_TABLE, NULL, NULL);

  table->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  return table;
}

void
_corro_report_add_column (CorroReportBlock *table,
                          const char       *title,
                          double            width,
                          gboolean          numeric)
{
  CorroReportColumn *column = g_new0 (CorroReportColumn, 1);

  column->title = g_strdup (title);
  column->width = width;
  column->numeric = numeric;
  g_ptr_array_add (table->columns, column);
}

/* Takes @cells and @values (arrays of strings, freed with g_free). */
void
_corro_report_add_row (CorroReportBlock *table,
                       GPtrArray        *cells,
                       GPtrArray        *values,
                       gboolean          emphasis)
{
  CorroReportRow *row = g_new0 (CorroReportRow, 1);

  g_assert (cells->len == table->columns->len);
  row->cells = steal_strv (cells);
  row->values = steal_strv (values);
  row->emphasis = emphasis;
  g_ptr_array_add (table->rows, row);
}

/* public API */

/**
 * corro_report_compute:
 * @store: the records
 * @options: which report, of what
 * @cancellable: (nullable): stops the computing early
 *
 * Computes a report from one snapshot of the records. Safe to call from any thread.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CorroReport *
corro_report_compute (CorroStore                *store,
                      const CorroReportOptions  *options,
                      GCancellable              *cancellable,
                      GError                   **error)
{
  g_autoptr(CorroStoreReportData) data = NULL;
  g_autoptr(CorroReport) report = NULL;
  CorroReportIndex index = { 0 };
  const char *from, *to;

  g_return_val_if_fail (CORRO_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  from = options->from != NULL && options->from[0] != '\0' ? options->from : NULL;
  to = options->to != NULL && options->to[0] != '\0' ? options->to : NULL;
  if (!check_date (from, error) || !check_date (to, error))
    return NULL;
  if (from != NULL && to != NULL && strcmp (from, to) > 0)
    {
      g_set_error (error, CORRO_REPORT_ERROR, CORRO_REPORT_ERROR_INVALID,
                   _("The period ends before it starts: %s is after %s."), from, to);
      return NULL;
    }

  data = corro_store_read_report_data (store, options->group_id,
                                       options->kind == CORRO_REPORT_REGISTER &&
                                       options->session_notes,
                                       cancellable, error);
  if (data == NULL)
    return NULL;

  _corro_report_index_init (&index, data, from, to);
  switch (options->kind)
    {
    case CORRO_REPORT_REGISTER:
      report = _corro_report_new (CORRO_REPORT_REGISTER, _("Attendance Register"), NULL);
      _corro_report_build_register (report, &index, options->session_notes);
      break;
    case CORRO_REPORT_COMPLETION:
      report = _corro_report_new (CORRO_REPORT_COMPLETION, _("Completion"), NULL);
      _corro_report_build_completion (report, &index);
      break;
    case CORRO_REPORT_SUMMARY:
    default:
      report = _corro_report_new (CORRO_REPORT_SUMMARY, _("Service Totals"), NULL);
      _corro_report_build_summary (report, &index);
      break;
    }
  _corro_report_index_clear (&index);

  report->team_name = g_strdup (options->team_name != NULL ? options->team_name : "");
  if (report->subtitle == NULL)
    report->subtitle = _corro_report_format_period (from, to);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&report);
}

/* Sets the CSV columns: the report files call it once, before their first row. */
void
_corro_report_set_csv_columns (CorroReport        *self,
                               const char * const *columns)
{
  g_strfreev (self->csv_columns);
  self->csv_columns = g_strdupv ((char **) columns);
}

void
corro_report_compute_async (CorroStore                *store,
                            const CorroReportOptions  *options,
                            GCancellable              *cancellable,
                            GAsyncReadyCallback        callback,
                            gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  ComputeData *data;

  g_return_if_fail (CORRO_IS_STORE (store));
  g_return_if_fail (options != NULL);

  data = g_new0 (ComputeData, 1);
  data->store = g_object_ref (store);
  data->options = *options;
  data->options.from = g_strdup (options->from);
  data->options.to = g_strdup (options->to);
  data->options.team_name = g_strdup (options->team_name);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_report_compute_async);
  g_task_set_task_data (task, data, (GDestroyNotify) compute_data_free);
  g_task_run_in_thread (task, compute_in_thread);
}

CorroReport *
corro_report_compute_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

CorroReportKind
corro_report_get_kind (CorroReport *self)
{
  g_return_val_if_fail (CORRO_IS_REPORT (self), CORRO_REPORT_REGISTER);

  return self->kind;
}

const char *
corro_report_get_title (CorroReport *self)
{
  g_return_val_if_fail (CORRO_IS_REPORT (self), NULL);

  return self->title;
}

/**
 * corro_report_get_subtitle:
 *
 * Returns: the report's period, or the one line that sums it up
 */
const char *
corro_report_get_subtitle (CorroReport *self)
{
  g_return_val_if_fail (CORRO_IS_REPORT (self), NULL);

  return self->subtitle;
}

const char *
corro_report_get_team_name (CorroReport *self)
{
  g_return_val_if_fail (CORRO_IS_REPORT (self), NULL);

  return self->team_name;
}

/**
 * corro_report_get_date:
 *
 * Returns: the day the report was computed, as the locale writes it
 */
const char *
corro_report_get_date (CorroReport *self)
{
  g_return_val_if_fail (CORRO_IS_REPORT (self), NULL);

  return self->date;
}

const char * const *
corro_report_get_csv_columns (CorroReport *self)
{
  g_return_val_if_fail (CORRO_IS_REPORT (self), NULL);

  return (const char * const *) self->csv_columns;
}

guint
corro_report_get_n_sections (CorroReport *self)
{
  g_return_val_if_fail (CORRO_IS_REPORT (self), 0);

  return self->sections->len;
}

const CorroReportSection *
corro_report_get_section (CorroReport *self,
                          guint        index)
{
  g_return_val_if_fail (CORRO_IS_REPORT (self), NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);

  return g_ptr_array_index (self->sections, index);
}

/**
 * corro_report_write_csv:
 *
 * Writes the report's data rows as CSV (RFC 4180: a header row of stable column names,
 * CRLF line ends, quoted fields with quotes doubled), in UTF-8 after a byte-order mark,
 * which Excel needs to read accents; LibreOffice and CSV libraries skip it.
 */
gboolean
corro_report_write_csv (CorroReport    *self,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GString) text = g_string_new ("\xef\xbb\xbf");
  guint n_columns;

  g_return_val_if_fail (CORRO_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  n_columns = g_strv_length (self->csv_columns);
  append_csv_row (text, (const char * const *) self->csv_columns, n_columns);
  for (guint s = 0; s < self->sections->len; s++)
    {
      CorroReportSection *section = g_ptr_array_index (self->sections, s);

      for (guint b = 0; b < section->blocks->len; b++)
        {
          CorroReportBlock *block = g_ptr_array_index (section->blocks, b);

          if (block->kind != CORRO_REPORT_BLOCK_TABLE)
            continue;
          for (guint r = 0; r < block->rows->len; r++)
            {
              CorroReportRow *row = g_ptr_array_index (block->rows, r);

              if (row->values != NULL)
                append_csv_row (text, (const char * const *) row->values, n_columns);
            }
        }
    }

  return g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, error);
}

/**
 * corro_report_save:
 * @file: where to write
 * @pdf: %TRUE for a PDF, %FALSE for CSV
 *
 * Writes the report to @file, replacing it whole or leaving it as it was: nothing half
 * written is ever left behind. The file is readable by its owner only (mode 0600, even
 * over an existing file others could read): reports name participants.
 */
gboolean
corro_report_save (CorroReport   *self,
                   GFile         *file,
                   gboolean       pdf,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (CORRO_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  if (pdf)
    {
      g_autoptr(CorroPdfDocument) document = corro_report_to_pdf_document (self);

      ok = corro_pdf_document_save (document, file, cancellable, &local_error);
    }
  else if ((stream = g_file_replace (file, NULL, FALSE,
                                     G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                     cancellable, &local_error)) != NULL)
    {
      if (corro_report_write_csv (self, G_OUTPUT_STREAM (stream), cancellable, &local_error))
        ok = g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error);
      else
        {
          /* Closing a replaced file with a cancelled cancellable drops what was written
           * and leaves the old file, if any, alone. */
          g_autoptr(GCancellable) abandon = g_cancellable_new ();

          g_cancellable_cancel (abandon);
          g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
        }
    }
  if (ok)
    return TRUE;

  g_set_error (error, CORRO_REPORT_ERROR, CORRO_REPORT_ERROR_WRITE,
               _("Could not write “%s”: %s"), name, local_error->message);
  return FALSE;
}

/**
 * corro_report_dup_kind_label:
 *
 * Returns: (transfer full): the report's name, as the interface shows it
 */
char *
corro_report_dup_kind_label (CorroReportKind kind)
{
  switch (kind)
    {
    case CORRO_REPORT_REGISTER:
      return g_strdup (_("Attendance Register"));
    case CORRO_REPORT_COMPLETION:
      return g_strdup (_("Completion"));
    case CORRO_REPORT_SUMMARY:
    default:
      return g_strdup (_("Service Totals"));
    }
}

/**
 * corro_report_parse_kind:
 * @word: "register", "completion" or "summary"
 *
 * Returns: whether @word names a report
 */
gboolean
corro_report_parse_kind (const char      *word,
                         CorroReportKind *kind)
{
  static const char * const words[] = { "register", "completion", "summary" };

  g_return_val_if_fail (word != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i]))
      {
        *kind = (CorroReportKind) i;
        return TRUE;
      }

  return FALSE;
}
typedef struct
{
  GFile    *file;
  gboolean  pdf;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_free (data);
}

static void
save_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GError) error = NULL;

  if (corro_report_save (CORRO_REPORT (source), data->file, data->pdf, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * corro_report_save_async:
 *
 * Writes the report to @file on a worker thread, as corro_report_save() does; a report
 * does not change once computed.
 */
void
corro_report_save_async (CorroReport         *self,
                         GFile               *file,
                         gboolean             pdf,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (CORRO_IS_REPORT (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->pdf = pdf;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_report_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
corro_report_save_finish (CorroReport   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

