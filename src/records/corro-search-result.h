/* corro-search-result.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "corro-types.h"

G_BEGIN_DECLS

#define CORRO_TYPE_SEARCH_RESULT (corro_search_result_get_type ())

G_DECLARE_FINAL_TYPE (CorroSearchResult, corro_search_result, CORRO, SEARCH_RESULT, GObject)

gint64               corro_search_result_get_reflection_id   (CorroSearchResult *self);
CorroReflectionKind  corro_search_result_get_kind            (CorroSearchResult *self);
gint64               corro_search_result_get_group_id        (CorroSearchResult *self);
const char          *corro_search_result_get_group_name      (CorroSearchResult *self);
gint64               corro_search_result_get_session_id      (CorroSearchResult *self);
guint                corro_search_result_get_chapter         (CorroSearchResult *self);
const char          *corro_search_result_get_session_date    (CorroSearchResult *self);
gint64               corro_search_result_get_participant_id  (CorroSearchResult *self);
const char          *corro_search_result_get_participant_name (CorroSearchResult *self);
const char          *corro_search_result_get_snippet         (CorroSearchResult *self);
const char          *corro_search_result_get_snippet_markup  (CorroSearchResult *self);
const char          *corro_search_result_get_updated_at      (CorroSearchResult *self);
gboolean             corro_search_result_get_finalised       (CorroSearchResult *self);
char                *corro_search_result_dup_place           (CorroSearchResult *self);

G_END_DECLS
