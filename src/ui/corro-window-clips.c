/* corro-window-clips.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-window"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-clips-page.h"
#include "corro-window-private.h"

/* The Clips place: the clip library of the programme shown on the Programme page. */

void
_corro_window_setup_clips (CorroWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  CorroStore *store = app != NULL ? corro_application_get_store (CORRO_APPLICATION (app)) : NULL;
  GtkWidget *page;

  if (store == NULL)
    {
      page = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-warning-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Clips Are Not Available"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                       _("Corro could not open its records, where the links "
                                         "to video files are kept."));
    }
  else
    page = corro_clips_page_new (store, self->programme, self->language);

  adw_bin_set_child (self->clips_slot, page);
}
