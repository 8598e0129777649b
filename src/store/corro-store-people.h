/* corro-store-people.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People across groups: who in the records looks like a person being added (the same
 * name ignoring case and accents, or the same phone or email), finding people by name,
 * phone or email, and merging two records of one person.
 */

#pragma once

#include <gio/gio.h>

#include "corro-store-records.h"

G_BEGIN_DECLS

typedef enum
{
  CORRO_STORE_SAME_NAME  = 1 << 0,
  CORRO_STORE_SAME_PHONE = 1 << 1,
  CORRO_STORE_SAME_EMAIL = 1 << 2,
} CorroStoreLikeness;

/* A person already in the records, with the group they were last referred to. */
typedef struct
{
  CorroStoreParticipant participant;
  char                 *group_name;     /* nullable: in no group */
  char                 *referral_date;  /* nullable */
  CorroStoreLikeness    likeness;
} CorroStoreLookalike;

void       corro_store_lookalike_free        (CorroStoreLookalike  *lookalike);
char      *corro_store_fold_name             (const char           *name);
GPtrArray *corro_store_find_lookalikes       (CorroStore           *self,
                                              const char           *name,
                                              const char           *phone,
                                              const char           *email,
                                              gint64                except_id,
                                              GError              **error);
GPtrArray *corro_store_search_people         (CorroStore           *self,
                                              const char           *query,
                                              GError              **error);
gboolean   corro_store_merge_participants    (CorroStore           *self,
                                              gint64                keep_id,
                                              gint64                other_id,
                                              GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroStoreLookalike, corro_store_lookalike_free)

G_END_DECLS
