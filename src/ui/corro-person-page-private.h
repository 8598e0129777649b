/* corro-person-page-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroPersonPage is split in two: the page (corro-person-page.c) and merging two
 * records of one person from it (corro-person-page-merge.c).
 */

#pragma once

#include "corro-date-row.h"
#include "corro-person-page.h"
#include "corro-records.h"

G_BEGIN_DECLS

struct _CorroPersonPage
{
  AdwBin             parent_instance;

  /* template widgets */
  AdwEntryRow         *name_row;
  AdwComboRow         *relationship_row;
  AdwEntryRow         *age_row;
  AdwComboRow         *language_row;
  AdwEntryRow         *phone_row;
  AdwEntryRow         *email_row;
  CorroDateRow        *consent_date_row;
  AdwEntryRow         *consent_scope_row;
  GtkLabel            *status_label;
  AdwPreferencesGroup *groups_group;
  AdwPreferencesGroup *attendance_group;
  AdwPreferencesGroup *notes_group;
  AdwPreferencesGroup *history_group;

  /* owned */
  CorroRecords        *records;
  CorroStorePerson    *person;
  GPtrArray           *rows;          /* (element-type GtkWidget): rows added to groups */
  GtkStringList       *languages;
  char                *other_language; /* a code the interface does not name */
  gint64               participant_id;
  guint                save_id;
  gboolean             loading;
  gboolean             disposing;
};

GtkWidget *_corro_person_page_new_row       (const char      *title,
                                             const char      *subtitle);
void       _corro_person_page_show_status   (CorroPersonPage *self,
                                             const char      *text,
                                             gboolean         error);
gboolean   _corro_person_page_load          (CorroPersonPage *self,
                                             gboolean         details,
                                             GError         **error);
gboolean   _corro_person_page_save_now      (CorroPersonPage *self);
void       _corro_person_page_merge_action  (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);

G_END_DECLS
