/* corro-reflection.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-reflection"

#include "config.h"

#include "corro-enums.h"
#include "corro-records-private.h"

/* A note: on a session, on one participant in it, or the facilitator's own reflection
 * or a fidelity note for supervision. Its text is what was last saved; it changes
 * through corro_records_save_reflection() while a draft, and once finalised only by
 * the addenda added with corro_records_add_addendum(). */
struct _CorroReflection
{
  GObject              parent_instance;

  gint64               id;
  CorroReflectionKind  kind;
  gint64               session_id;
  gint64               participant_id;
  char                *text;
  char                *created_at;
  char                *updated_at;
  char                *finalised_at;
  char                *finalised_by;

  /* owned */
  GListStore          *addenda;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_SESSION_ID,
  PROP_PARTICIPANT_ID,
  PROP_TEXT,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_FINALISED_AT,
  PROP_FINALISED,
  PROP_ADDENDA,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CorroReflection, corro_reflection, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject */

static void
corro_reflection_finalize (GObject *object)
{
  CorroReflection *self = (CorroReflection *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->finalised_at, g_free);
  g_clear_pointer (&self->finalised_by, g_free);
  g_clear_object (&self->addenda);

  G_OBJECT_CLASS (corro_reflection_parent_class)->finalize (object);
}

static void
corro_reflection_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CorroReflection *self = CORRO_REFLECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;
    case PROP_PARTICIPANT_ID:
      g_value_set_int64 (value, self->participant_id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    case PROP_FINALISED_AT:
      g_value_set_string (value, self->finalised_at);
      break;
    case PROP_FINALISED:
      g_value_set_boolean (value, self->finalised_at != NULL);
      break;
    case PROP_ADDENDA:
      g_value_set_object (value, self->addenda);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_reflection_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CorroReflection *self = CORRO_REFLECTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_SESSION_ID:
      self->session_id = g_value_get_int64 (value);
      break;
    case PROP_PARTICIPANT_ID:
      self->participant_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_reflection_class_init (CorroReflectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = corro_reflection_finalize;
  object_class->get_property = corro_reflection_get_property;
  object_class->set_property = corro_reflection_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CORRO_TYPE_REFLECTION_KIND, CORRO_REFLECTION_SESSION, construct);
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, 0, G_MAXINT64, 0, construct);
  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_int64 ("participant-id", NULL, NULL, 0, G_MAXINT64, 0, construct);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", ro);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL, ro);
  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL, NULL, ro);
  properties[PROP_FINALISED_AT] =
    g_param_spec_string ("finalised-at", NULL, NULL, NULL, ro);
  properties[PROP_FINALISED] =
    g_param_spec_boolean ("finalised", NULL, NULL, FALSE, ro);
  properties[PROP_ADDENDA] =
    g_param_spec_object ("addenda", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_reflection_init (CorroReflection *self)
{
  self->text = g_strdup ("");
  self->addenda = g_list_store_new (CORRO_TYPE_ADDENDUM);
}

/* private API */

CorroReflection *
_corro_reflection_new_from_store (const CorroStoreReflection *row)
{
  CorroReflection *self = corro_reflection_new (row->kind, row->session_id,
                                                row->participant_id);

  self->id = row->id;
  _corro_records_set_string (&self->text, row->text);
  _corro_records_set_string (&self->created_at, row->created_at);
  _corro_records_set_string (&self->updated_at, row->updated_at);
  _corro_records_set_string (&self->finalised_at, row->finalised_at);
  _corro_records_set_string (&self->finalised_by, row->finalised_by);
  return self;
}

void
_corro_reflection_set_saved (CorroReflection *self,
                             gint64           id,
                             const char      *text,
                             const char      *updated_at)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (self->created_at == NULL)
    {
      self->created_at = g_strdup (updated_at);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
    }
  if (_corro_records_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  if (_corro_records_set_string (&self->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
_corro_reflection_set_finalised (CorroReflection *self,
                                 const char      *finalised_at,
                                 const char      *finalised_by)
{
  gboolean was_finalised = self->finalised_at != NULL;

  _corro_records_set_string (&self->finalised_by, finalised_by);

  if (!_corro_records_set_string (&self->finalised_at, finalised_at))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINALISED_AT]);
  if (was_finalised != (finalised_at != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINALISED]);
  g_object_thaw_notify (G_OBJECT (self));
}

GListStore *
_corro_reflection_get_addendum_store (CorroReflection *self)
{
  return self->addenda;
}

/* public API */

/**
 * corro_reflection_new:
 * @kind: what the note is about
 * @session_id: the session it belongs to; 0 for a supervision note on no session
 * @participant_id: for a participant note, whom it is about; otherwise 0
 *
 * A new, empty note: it is kept in the records on its first
 * corro_records_save_reflection().
 */
CorroReflection *
corro_reflection_new (CorroReflectionKind kind,
                      gint64              session_id,
                      gint64              participant_id)
{
  g_return_val_if_fail (kind <= CORRO_REFLECTION_FIDELITY, NULL);

  return g_object_new (CORRO_TYPE_REFLECTION,
                       "kind", kind,
                       "session-id", session_id,
                       "participant-id", participant_id,
                       NULL);
}

/**
 * corro_reflection_get_id:
 *
 * Returns: the note's id in the records, 0 until first saved
 */
gint64
corro_reflection_get_id (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), 0);

  return self->id;
}

CorroReflectionKind
corro_reflection_get_kind (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), CORRO_REFLECTION_SESSION);

  return self->kind;
}

gint64
corro_reflection_get_session_id (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), 0);

  return self->session_id;
}

gint64
corro_reflection_get_participant_id (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), 0);

  return self->participant_id;
}

/**
 * corro_reflection_get_text:
 *
 * Returns: the text as last saved
 */
const char *
corro_reflection_get_text (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), NULL);

  return self->text;
}

/**
 * corro_reflection_get_created_at:
 *
 * Returns: (nullable): when the note was first saved, UTC ISO 8601
 */
const char *
corro_reflection_get_created_at (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), NULL);

  return self->created_at;
}

/**
 * corro_reflection_get_updated_at:
 *
 * Returns: (nullable): when the note was last saved, UTC ISO 8601
 */
const char *
corro_reflection_get_updated_at (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), NULL);

  return self->updated_at;
}

/**
 * corro_reflection_get_finalised_at:
 *
 * Returns: (nullable): when the note was finalised, UTC ISO 8601; %NULL for a draft
 */
const char *
corro_reflection_get_finalised_at (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), NULL);

  return self->finalised_at;
}

gboolean
corro_reflection_get_finalised (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), FALSE);

  return self->finalised_at != NULL;
}

/**
 * corro_reflection_get_addenda:
 *
 * Returns: (transfer none): the note's #CorroAddendum<!-- -->s, oldest first
 */
GListModel *
corro_reflection_get_addenda (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), NULL);

  return G_LIST_MODEL (self->addenda);
}

/**
 * corro_reflection_get_finalised_by:
 *
 * Returns: (nullable): who finalised the note, as they are named in Preferences (or the
 *   computer user's full name); %NULL for a draft or a note finalised before it was kept
 */
const char *
corro_reflection_get_finalised_by (CorroReflection *self)
{
  g_return_val_if_fail (CORRO_IS_REFLECTION (self), NULL);

  return self->finalised_by;
}
