/* corro-person-record.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "corro-types.h"

G_BEGIN_DECLS

/* A labelled value: "Phone" "+44 …". */
typedef struct
{
  char *key;
  char *value;
} CorroPersonLine;

/* A dated text, with the dated texts added to it later (addenda). */
typedef struct
{
  char      *date;     /* already written for people: "Tue 3 Mar 2026" */
  char      *title;    /* where or what: "Spring group · Chapter 3" */
  char      *text;
  GPtrArray *addenda;  /* (element-type CorroPersonLine): date, text */
} CorroPersonNote;

/* One part of the record, in reading order: a heading, an optional paragraph, labelled
 * values, then dated notes. Any of the three may be empty. */
typedef struct
{
  char      *heading;
  char      *text;     /* nullable */
  GPtrArray *lines;    /* (element-type CorroPersonLine) */
  GPtrArray *notes;    /* (element-type CorroPersonNote) */
} CorroPersonSection;

#define CORRO_TYPE_PERSON_RECORD (corro_person_record_get_type ())

G_DECLARE_FINAL_TYPE (CorroPersonRecord, corro_person_record, CORRO, PERSON_RECORD, GObject)

CorroPersonRecord        *corro_person_record_load           (CorroStore              *store,
                                                              gint64                   participant_id,
                                                              GError                 **error);
gint64                    corro_person_record_get_id         (CorroPersonRecord       *self);
const char               *corro_person_record_get_name       (CorroPersonRecord       *self);
const char               *corro_person_record_get_title      (CorroPersonRecord       *self);
const char               *corro_person_record_get_exported_at (CorroPersonRecord      *self);
void                      corro_person_record_count          (CorroPersonRecord       *self,
                                                              guint                   *n_groups,
                                                              guint                   *n_marks,
                                                              guint                   *n_notes);
guint                     corro_person_record_get_n_sections (CorroPersonRecord       *self);
const CorroPersonSection *corro_person_record_get_section    (CorroPersonRecord       *self,
                                                              guint                    index);
char                     *corro_person_record_to_json        (CorroPersonRecord       *self);
char                     *corro_person_record_dup_file_name  (CorroPersonRecord       *self,
                                                              const char              *extension);
gboolean                  corro_person_record_write_json     (CorroPersonRecord       *self,
                                                              GFile                   *file,
                                                              GCancellable            *cancellable,
                                                              GError                 **error);

G_END_DECLS
