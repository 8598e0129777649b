/* corro-age-band.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-age-band"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-age-band.h"
#include "corro-records-private.h"
#include "corro-store-age-bands.h"

/* One of the children's age bands the team keeps (Preferences): a stable key, which is
 * what a group records and what totals are grouped by, and its names in English and
 * Spanish. */
struct _CorroAgeBand
{
  GObject  parent_instance;

  char    *key;
  char    *label_en;
  char    *label_es;
  guint    n_groups;
};

enum {
  PROP_0,
  PROP_KEY,
  PROP_LABEL,
  PROP_N_GROUPS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CorroAgeBand, corro_age_band, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* helpers */

/* Which of the two stored names the interface shows: its own language's. */
static gboolean
interface_is_spanish (void)
{
  /* Translators: "es" in the Spanish translation: which of an age band's two stored
   * names (English "en", Spanish "es") to show; do not translate otherwise */
  return g_str_equal (C_("age band language", "en"), "es");
}

/* GObject */

static void
corro_age_band_finalize (GObject *object)
{
  CorroAgeBand *self = (CorroAgeBand *) object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->label_en, g_free);
  g_clear_pointer (&self->label_es, g_free);

  G_OBJECT_CLASS (corro_age_band_parent_class)->finalize (object);
}

static void
corro_age_band_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CorroAgeBand *self = CORRO_AGE_BAND (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_LABEL:
      g_value_set_string (value, corro_age_band_get_label (self));
      break;
    case PROP_N_GROUPS:
      g_value_set_uint (value, self->n_groups);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_age_band_class_init (CorroAgeBandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = corro_age_band_finalize;
  object_class->get_property = corro_age_band_get_property;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, ro);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, ro);
  properties[PROP_N_GROUPS] = g_param_spec_uint ("n-groups", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_age_band_init (CorroAgeBand *self)
{
}

/* for CorroRecords */

CorroAgeBand *
_corro_age_band_new_from_store (const CorroStoreAgeBand *row)
{
  CorroAgeBand *self = g_object_new (CORRO_TYPE_AGE_BAND, NULL);

  self->key = g_strdup (row->key);
  self->label_en = g_strdup (row->label_en);
  self->label_es = g_strdup (row->label_es);
  self->n_groups = row->n_groups;
  return self;
}

/* public API */

const char *
corro_age_band_get_key (CorroAgeBand *self)
{
  g_return_val_if_fail (CORRO_IS_AGE_BAND (self), NULL);

  return self->key;
}

const char *
corro_age_band_get_label_en (CorroAgeBand *self)
{
  g_return_val_if_fail (CORRO_IS_AGE_BAND (self), NULL);

  return self->label_en;
}

/**
 * corro_age_band_get_label_es:
 *
 * Returns: the band's Spanish name; "" when it has none
 */
const char *
corro_age_band_get_label_es (CorroAgeBand *self)
{
  g_return_val_if_fail (CORRO_IS_AGE_BAND (self), NULL);

  return self->label_es;
}

/**
 * corro_age_band_get_label:
 *
 * Returns: the band's name in the interface's language (the English one when it has no
 *   Spanish name)
 */
const char *
corro_age_band_get_label (CorroAgeBand *self)
{
  g_return_val_if_fail (CORRO_IS_AGE_BAND (self), NULL);

  if (interface_is_spanish () && self->label_es != NULL && self->label_es[0] != '\0')
    return self->label_es;

  return self->label_en;
}

/**
 * corro_age_band_get_n_groups:
 *
 * Returns: how many groups are in this band (when the bands were last read)
 */
guint
corro_age_band_get_n_groups (CorroAgeBand *self)
{
  g_return_val_if_fail (CORRO_IS_AGE_BAND (self), 0);

  return self->n_groups;
}

/**
 * corro_age_band_is_other:
 * @value: (nullable): a group's age band as recorded
 *
 * Returns: whether @value is text kept from before age bands were a list
 */
gboolean
corro_age_band_is_other (const char *value)
{
  return value != NULL && g_str_has_prefix (value, CORRO_STORE_AGE_BAND_OTHER);
}

/**
 * corro_age_band_describe:
 * @value: (nullable): a group's age band as recorded: "", a band's key, or old text
 * @label_en: (nullable): the band's English name, when @value is a band's key
 * @label_es: (nullable): its Spanish name
 *
 * What every page and report shows for a group's age band.
 *
 * Returns: (transfer full): the band's name in the interface's language, "Other: …" for
 *   old text, or "" when none is recorded
 */
char *
corro_age_band_describe (const char *value,
                         const char *label_en,
                         const char *label_es)
{
  if (value == NULL || value[0] == '\0')
    return g_strdup ("");
  if (corro_age_band_is_other (value))
    /* Translators: an age band written before age bands were a list, e.g. "Other: babies" */
    return g_strdup_printf (_("Other: %s"), value + strlen (CORRO_STORE_AGE_BAND_OTHER));
  if (interface_is_spanish () && label_es != NULL && label_es[0] != '\0')
    return g_strdup (label_es);
  if (label_en != NULL && label_en[0] != '\0')
    return g_strdup (label_en);

  return g_strdup (value);
}
