/* corro-reports-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-date-row.h"
#include "corro-group.h"
#include "corro-records.h"
#include "corro-report.h"
#include "corro-reports-page.h"
#include "corro-store-reports.h"

/* The Reports place: choose a report, a group (or all) and a period; its numbers are
 * computed off the main thread and previewed here, then exported as CSV or PDF, or
 * printed. Each change of choice recomputes, cancelling a computation still running. */

struct _CorroReportsPage
{
  AdwBin        parent_instance;

  /* template widgets */
  AdwComboRow  *kind_row;
  AdwComboRow  *group_row;
  CorroDateRow *from_row;
  CorroDateRow *to_row;
  GtkWidget    *notes_list;
  GtkSwitch    *notes_switch;
  AdwEntryRow  *team_row;
  GtkSpinner   *spinner;
  GtkBox       *preview_box;

  /* owned */
  CorroStore   *store;
  CorroRecords *records;
  GArray       *group_ids;   /* gint64, one per group_row item; 0 first: all groups */
  CorroReport  *report;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (CorroReportsPage, corro_reports_page, ADW_TYPE_BIN)

static void compute (CorroReportsPage *self);

/* helpers */

static void
show_toast (CorroReportsPage *self,
            const char       *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

static void
clear_preview (CorroReportsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_box))) != NULL)
    gtk_box_remove (self->preview_box, child);
}

static GtkWidget *
make_label (const char *text,
            const char *css_class,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
make_table (const CorroReportBlock *block)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_add_css_class (grid, "card");
  gtk_widget_set_margin_bottom (grid, 6);
  for (guint c = 0; c < block->columns->len; c++)
    {
      const CorroReportColumn *column = g_ptr_array_index (block->columns, c);
      GtkWidget *label = make_label (column->title, "heading", column->numeric ? 1.0 : 0.0);

      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_start (label, c == 0 ? 12 : 0);
      gtk_widget_set_margin_end (label, c + 1 == block->columns->len ? 12 : 0);
      gtk_widget_set_hexpand (label, c == 0);
      gtk_grid_attach (GTK_GRID (grid), label, (int) c, 0, 1, 1);
    }
  for (guint r = 0; r < block->rows->len; r++)
    {
      const CorroReportRow *row = g_ptr_array_index (block->rows, r);

      for (guint c = 0; c < block->columns->len; c++)
        {
          const CorroReportColumn *column = g_ptr_array_index (block->columns, c);
          GtkWidget *label = make_label (row->cells[c], row->emphasis ? "heading" : NULL,
                                         column->numeric ? 1.0 : 0.0);

          gtk_widget_set_margin_start (label, c == 0 ? 12 : 0);
          gtk_widget_set_margin_end (label, c + 1 == block->columns->len ? 12 : 0);
          if (r + 1 == block->rows->len)
            gtk_widget_set_margin_bottom (label, 6);
          gtk_grid_attach (GTK_GRID (grid), label, (int) c, (int) r + 1, 1, 1);
        }
    }

  return grid;
}

static void
show_report (CorroReportsPage *self)
{
  clear_preview (self);
  if (self->report == NULL)
    return;

  for (guint s = 0; s < corro_report_get_n_sections (self->report); s++)
    {
      const CorroReportSection *section = corro_report_get_section (self->report, s);

      gtk_box_append (self->preview_box, make_label (section->title, "title-3", 0));
      for (guint b = 0; b < section->blocks->len; b++)
        {
          const CorroReportBlock *block = g_ptr_array_index (section->blocks, b);
          g_autofree char *fact = NULL;

          switch (block->kind)
            {
            case CORRO_REPORT_BLOCK_HEADING:
              gtk_box_append (self->preview_box, make_label (block->text, "heading", 0));
              break;
            case CORRO_REPORT_BLOCK_PARAGRAPH:
              gtk_box_append (self->preview_box, make_label (block->text, "dim-label", 0));
              break;
            case CORRO_REPORT_BLOCK_FACT:
              /* Translators: a fact in a report's preview, e.g. "Facilitators: Ana López" */
              fact = g_strdup_printf (_("%s: %s"), block->text, block->value);
              gtk_box_append (self->preview_box, make_label (fact, NULL, 0));
              break;
            case CORRO_REPORT_BLOCK_TABLE:
            default:
              gtk_box_append (self->preview_box, make_table (block));
              break;
            }
        }
    }

  if (corro_report_get_n_sections (self->report) == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "x-office-document-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Nothing to Report"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("No group met in this period."));
      gtk_box_append (self->preview_box, status);
    }
}

static void
update_actions (CorroReportsPage *self)
{
  gboolean ready = self->report != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-csv", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-pdf", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.print", ready);
}

static void
on_computed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CorroReportsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroReport) report = corro_report_compute_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->spinner);
  g_clear_object (&self->report);
  if (report == NULL && error->domain == CORRO_REPORT_ERROR)
    show_toast (self, error->message);
  else if (report == NULL)
    {
      /* Translators: %s says why, in the words of the part that failed */
      g_autofree char *message = g_strdup_printf (_("The report could not be made: %s"),
                                                  error->message);

      show_toast (self, message);
    }
  else
    self->report = g_steal_pointer (&report);
  show_report (self);
  update_actions (self);
}

static void
compute (CorroReportsPage *self)
{
  CorroReportOptions options = { 0 };
  g_autofree char *team = NULL;
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint group = adw_combo_row_get_selected (self->group_row);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  options.kind = kind <= CORRO_REPORT_SUMMARY ? (CorroReportKind) kind : CORRO_REPORT_REGISTER;
  options.group_id = options.kind != CORRO_REPORT_SUMMARY && group < self->group_ids->len
                       ? g_array_index (self->group_ids, gint64, group) : 0;
  /* A period that is not made of dates waits: the rows say what is wrong. */
  if (!corro_date_row_is_valid (self->from_row) || !corro_date_row_is_valid (self->to_row))
    return;
  options.from = corro_date_row_get_date (self->from_row);
  options.to = corro_date_row_get_date (self->to_row);
  options.session_notes = options.kind == CORRO_REPORT_REGISTER &&
                          gtk_switch_get_active (self->notes_switch);
  team = corro_store_dup_team_name (self->store);
  options.team_name = team;

  gtk_widget_set_sensitive (GTK_WIDGET (self->group_row), options.kind != CORRO_REPORT_SUMMARY);
  gtk_widget_set_visible (self->notes_list, options.kind == CORRO_REPORT_REGISTER);
  gtk_spinner_start (self->spinner);
  corro_report_compute_async (self->store, &options, self->cancellable, on_computed_cb,
                              g_object_ref (self));
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CorroReportsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  gtk_spinner_stop (self->spinner);
  if (corro_report_save_finish (CORRO_REPORT (source), result, &error))
    show_toast (self, _("Report saved"));
  else
    show_toast (self, error->message);
}

static void
on_saved_cb (GtkNativeDialog *dialog,
             int              response,
             gpointer         user_data)
{
  CorroReportsPage *self = CORRO_REPORTS_PAGE (user_data);
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "pdf"));
  g_autoptr(GFile) file = NULL;

  /* Written on a worker thread: a long register never freezes the window. */
  if (response == GTK_RESPONSE_ACCEPT && self->report != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      gtk_spinner_start (self->spinner);
      corro_report_save_async (self->report, file, pdf, NULL, on_written_cb,
                               g_object_ref (self));
    }

  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export (CorroReportsPage *self,
        gboolean          pdf)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (pdf ? _("Export PDF") : _("Export CSV"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  name = g_strdup_printf ("%s.%s", corro_report_get_title (self->report), pdf ? "pdf" : "csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data (G_OBJECT (dialog), "pdf", GINT_TO_POINTER (pdf));
  g_signal_connect (dialog, "response", G_CALLBACK (on_saved_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   CorroPdfDocument  *document)
{
  corro_pdf_document_set_page_size (document, gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) corro_pdf_document_paginate (document));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 CorroPdfDocument  *document)
{
  corro_pdf_document_draw_page (document, gtk_print_context_get_cairo_context (context),
                                (guint) page);
}

/* callbacks */

static void
on_option_changed_cb (CorroReportsPage *self)
{
  compute (self);
}

static void
on_team_row_apply_cb (CorroReportsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!corro_store_set_team_name (self->store,
                                  gtk_editable_get_text (GTK_EDITABLE (self->team_row)),
                                  &error))
    {
      /* Translators: %s says why, in the words of the part that failed */
      g_autofree char *message = g_strdup_printf (_("The team’s name was not saved: %s"),
                                                  error->message);

      show_toast (self, message);
    }
  compute (self);
}

/* actions */

static void
corro_reports_page_export_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  export (CORRO_REPORTS_PAGE (widget), g_str_equal (action_name, "reports.export-pdf"));
}

static void
corro_reports_page_print_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CorroReportsPage *self = CORRO_REPORTS_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(CorroPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->report == NULL)
    return;

  document = corro_report_to_pdf_document (self->report);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, corro_report_get_title (self->report));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), document);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), document);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: %s says why, in the printing system's words */
      g_autofree char *message = g_strdup_printf (_("The report could not be printed: %s"),
                                                  error->message);

      show_toast (self, message);
    }
}

/* vfuncs */

static void
corro_reports_page_dispose (GObject *object)
{
  CorroReportsPage *self = (CorroReportsPage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_REPORTS_PAGE);
  g_clear_object (&self->report);
  g_clear_object (&self->store);
  g_clear_object (&self->records);
  g_clear_pointer (&self->group_ids, g_array_unref);

  G_OBJECT_CLASS (corro_reports_page_parent_class)->dispose (object);
}

static void
corro_reports_page_class_init (CorroReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CORRO_TYPE_DATE_ROW);

  object_class->dispose = corro_reports_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corro/Corro/ui/corro-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroReportsPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CorroReportsPage, group_row);
  gtk_widget_class_bind_template_child (widget_class, CorroReportsPage, from_row);
  gtk_widget_class_bind_template_child (widget_class, CorroReportsPage, to_row);
  gtk_widget_class_bind_template_child (widget_class, CorroReportsPage, notes_list);
  gtk_widget_class_bind_template_child (widget_class, CorroReportsPage, notes_switch);
  gtk_widget_class_bind_template_child (widget_class, CorroReportsPage, team_row);
  gtk_widget_class_bind_template_child (widget_class, CorroReportsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CorroReportsPage, preview_box);
  gtk_widget_class_bind_template_callback (widget_class, on_option_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_team_row_apply_cb);

  gtk_widget_class_install_action (widget_class, "reports.export-csv", NULL,
                                   corro_reports_page_export_action);
  gtk_widget_class_install_action (widget_class, "reports.export-pdf", NULL,
                                   corro_reports_page_export_action);
  gtk_widget_class_install_action (widget_class, "reports.print", NULL,
                                   corro_reports_page_print_action);
}

static void
corro_reports_page_init (CorroReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* public API */

GtkWidget *
corro_reports_page_new (CorroStore   *store,
                        CorroRecords *records)
{
  CorroReportsPage *self;
  g_autofree char *team = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (store), NULL);

  self = g_object_new (CORRO_TYPE_REPORTS_PAGE, NULL);
  self->store = g_object_ref (store);
  self->records = records != NULL ? g_object_ref (records) : NULL;
  team = corro_store_dup_team_name (store);
  gtk_editable_set_text (GTK_EDITABLE (self->team_row), team);
  corro_reports_page_refresh (self);
  return GTK_WIDGET (self);
}

/**
 * corro_reports_page_refresh:
 *
 * Lists the groups again and recomputes the report: call it when the page is shown.
 */
void
corro_reports_page_refresh (CorroReportsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *groups;
  gint64 all = 0;

  g_return_if_fail (CORRO_IS_REPORTS_PAGE (self));

  g_array_set_size (self->group_ids, 0);
  g_array_append_val (self->group_ids, all);
  gtk_string_list_append (names, _("All Groups"));
  groups = self->records != NULL ? corro_records_get_groups (self->records) : NULL;
  for (guint i = 0; groups != NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);
      gint64 id = corro_group_get_id (group);

      g_array_append_val (self->group_ids, id);
      gtk_string_list_append (names, corro_group_get_name (group));
    }

  g_signal_handlers_block_by_func (self->group_row, on_option_changed_cb, self);
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (names));
  g_signal_handlers_unblock_by_func (self->group_row, on_option_changed_cb, self);
  compute (self);
}

/**
 * corro_reports_page_get_report:
 *
 * Returns: (transfer none) (nullable): the report shown, once computed
 */
CorroReport *
corro_reports_page_get_report (CorroReportsPage *self)
{
  g_return_val_if_fail (CORRO_IS_REPORTS_PAGE (self), NULL);

  return self->report;
}
