/* corro-json-locator.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * CorroJsonPosition:
 * @line: the line, from 1
 * @column: the column, from 1, counted in characters as text editors count them
 *
 * A place in a JSON text.
 */
typedef struct
{
  guint line;
  guint column;
} CorroJsonPosition;

typedef struct _CorroJsonLocator CorroJsonLocator;

CorroJsonPosition  corro_json_position_at_offset         (const char        *data,
                                                          gsize              length,
                                                          gsize              offset);
CorroJsonPosition  corro_json_position_at_byte_column    (const char        *data,
                                                          gsize              length,
                                                          guint              line,
                                                          guint              byte_column);

CorroJsonLocator  *corro_json_locator_new                (const char        *data,
                                                          gsize              length,
                                                          JsonNode          *root);
void               corro_json_locator_free               (CorroJsonLocator  *self);
CorroJsonPosition  corro_json_locator_get_value_position (CorroJsonLocator  *self,
                                                          JsonNode          *node);
CorroJsonPosition  corro_json_locator_get_name_position  (CorroJsonLocator  *self,
                                                          JsonNode          *node);
guint              corro_json_locator_get_n_duplicates   (CorroJsonLocator  *self);
const char        *corro_json_locator_get_duplicate      (CorroJsonLocator  *self,
                                                          guint              index,
                                                          CorroJsonPosition *position);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorroJsonLocator, corro_json_locator_free)

G_END_DECLS
