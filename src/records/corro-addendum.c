/* corro-addendum.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-addendum"

#include "config.h"

#include "corro-records-private.h"

/* A dated addition to a finalised note: the only way a finalised note changes. Once
 * written, an addendum never changes either. */
struct _CorroAddendum
{
  GObject  parent_instance;

  gint64   id;
  char    *text;
  char    *created_at;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_CREATED_AT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CorroAddendum, corro_addendum, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
corro_addendum_finalize (GObject *object)
{
  CorroAddendum *self = (CorroAddendum *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (corro_addendum_parent_class)->finalize (object);
}

static void
corro_addendum_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CorroAddendum *self = CORRO_ADDENDUM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_addendum_class_init (CorroAddendumClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = corro_addendum_finalize;
  object_class->get_property = corro_addendum_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", ro);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_addendum_init (CorroAddendum *self)
{
}

/* private API */

CorroAddendum *
_corro_addendum_new_from_store (const CorroStoreAddendum *row)
{
  CorroAddendum *self = g_object_new (CORRO_TYPE_ADDENDUM, NULL);

  self->id = row->id;
  self->text = g_strdup (row->text);
  self->created_at = g_strdup (row->created_at);
  return self;
}

/* public API */

gint64
corro_addendum_get_id (CorroAddendum *self)
{
  g_return_val_if_fail (CORRO_IS_ADDENDUM (self), 0);

  return self->id;
}

const char *
corro_addendum_get_text (CorroAddendum *self)
{
  g_return_val_if_fail (CORRO_IS_ADDENDUM (self), NULL);

  return self->text;
}

/**
 * corro_addendum_get_created_at:
 *
 * Returns: when the addendum was written, UTC ISO 8601
 */
const char *
corro_addendum_get_created_at (CorroAddendum *self)
{
  g_return_val_if_fail (CORRO_IS_ADDENDUM (self), NULL);

  return self->created_at;
}
