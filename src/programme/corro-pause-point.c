/* corro-pause-point.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-pause-point"

#include "config.h"

#include "corro-bilingual.h"
#include "corro-pause-point.h"

/* A moment in a clip where the facilitator stops the video and asks the group a
 * question: its time from the start of the clip file, and the question. */
struct _CorroPausePoint
{
  GObject         parent_instance;

  CorroBilingual  prompt;
  gint64          at_ms;
};

enum {
  PROP_0,
  PROP_AT,
  PROP_PROMPT_EN,
  PROP_PROMPT_ES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CorroPausePoint, corro_pause_point, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
corro_pause_point_finalize (GObject *object)
{
  CorroPausePoint *self = (CorroPausePoint *) object;

  corro_bilingual_clear (&self->prompt);

  G_OBJECT_CLASS (corro_pause_point_parent_class)->finalize (object);
}

static void
corro_pause_point_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CorroPausePoint *self = CORRO_PAUSE_POINT (object);

  switch (prop_id)
    {
    case PROP_AT:
      g_value_set_int64 (value, self->at_ms);
      break;
    case PROP_PROMPT_EN:
      g_value_set_string (value, corro_bilingual_get (&self->prompt, "en"));
      break;
    case PROP_PROMPT_ES:
      g_value_set_string (value, corro_bilingual_get (&self->prompt, "es"));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_pause_point_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CorroPausePoint *self = CORRO_PAUSE_POINT (object);

  switch (prop_id)
    {
    case PROP_AT:
      corro_pause_point_set_at (self, g_value_get_int64 (value));
      break;
    case PROP_PROMPT_EN:
      corro_pause_point_set_prompt (self, "en", g_value_get_string (value));
      break;
    case PROP_PROMPT_ES:
      corro_pause_point_set_prompt (self, "es", g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_pause_point_class_init (CorroPausePointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_pause_point_finalize;
  object_class->get_property = corro_pause_point_get_property;
  object_class->set_property = corro_pause_point_set_property;

  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROMPT_EN] =
    g_param_spec_string ("prompt-en", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROMPT_ES] =
    g_param_spec_string ("prompt-es", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_pause_point_init (CorroPausePoint *self)
{
}

CorroPausePoint *
corro_pause_point_new (gint64 at_ms)
{
  return g_object_new (CORRO_TYPE_PAUSE_POINT, "at", at_ms, NULL);
}

/**
 * corro_pause_point_copy:
 *
 * Returns: (transfer full): a new pause point like @self
 */
CorroPausePoint *
corro_pause_point_copy (CorroPausePoint *self)
{
  CorroPausePoint *copy;

  g_return_val_if_fail (CORRO_IS_PAUSE_POINT (self), NULL);

  copy = corro_pause_point_new (self->at_ms);
  corro_bilingual_copy (&copy->prompt, &self->prompt);
  return copy;
}

gint64
corro_pause_point_get_at (CorroPausePoint *self)
{
  g_return_val_if_fail (CORRO_IS_PAUSE_POINT (self), 0);

  return self->at_ms;
}

void
corro_pause_point_set_at (CorroPausePoint *self,
                          gint64           at_ms)
{
  g_return_if_fail (CORRO_IS_PAUSE_POINT (self));
  g_return_if_fail (at_ms >= 0);

  if (self->at_ms == at_ms)
    return;

  self->at_ms = at_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT]);
}

const char *
corro_pause_point_get_prompt (CorroPausePoint *self,
                              const char      *language)
{
  g_return_val_if_fail (CORRO_IS_PAUSE_POINT (self), NULL);

  return corro_bilingual_get (&self->prompt, language);
}

void
corro_pause_point_set_prompt (CorroPausePoint *self,
                              const char      *language,
                              const char      *prompt)
{
  g_return_if_fail (CORRO_IS_PAUSE_POINT (self));
  g_return_if_fail (corro_language_is_valid (language));

  if (corro_bilingual_set (&self->prompt, language, prompt))
    g_object_notify_by_pspec (G_OBJECT (self),
                              properties[g_str_equal (language, "es") ? PROP_PROMPT_ES
                                                                      : PROP_PROMPT_EN]);
}
