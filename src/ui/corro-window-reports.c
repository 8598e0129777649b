/* corro-window-reports.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-reports-page.h"
#include "corro-window-private.h"

/* The Reports place: registers, completion and service totals from the records. */

static void
on_stack_visible_child_name_cb (CorroWindow *self)
{
  GtkWidget *page = adw_bin_get_child (self->reports_slot);

  /* The groups may have changed since the page was last shown. */
  if (CORRO_IS_REPORTS_PAGE (page) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "reports") == 0)
    corro_reports_page_refresh (CORRO_REPORTS_PAGE (page));
}

void
_corro_window_setup_reports (CorroWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  CorroStore *store = app != NULL ? corro_application_get_store (CORRO_APPLICATION (app)) : NULL;
  CorroRecords *records = app != NULL ? corro_application_get_records (CORRO_APPLICATION (app))
                                      : NULL;
  GtkWidget *page;

  if (store == NULL)
    {
      page = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-warning-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Reports Are Not Available"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                       _("Corro could not open its records."));
    }
  else
    {
      page = corro_reports_page_new (store, records);
      g_signal_connect_object (self->stack, "notify::visible-child-name",
                               G_CALLBACK (on_stack_visible_child_name_cb), self,
                               G_CONNECT_SWAPPED);
    }

  adw_bin_set_child (self->reports_slot, page);
}
