/* corro-records-age-bands.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-records"

#include "config.h"

#include "corro-age-band.h"
#include "corro-records-private.h"
#include "corro-store-age-bands.h"

/* CorroRecords, the age bands part: the children's age bands the team keeps, as a list
 * model for drop-downs and Preferences, and the one way a group's band is shown. */

/**
 * corro_records_get_age_bands:
 *
 * Returns: (transfer none): the team's #CorroAgeBand<!-- -->s, in their order
 */
GListModel *
corro_records_get_age_bands (CorroRecords *self)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  return G_LIST_MODEL (_corro_records_get_age_band_store (self));
}

/**
 * corro_records_reload_age_bands:
 *
 * Reads the age bands again, with how many groups each holds.
 */
gboolean
corro_records_reload_age_bands (CorroRecords  *self,
                                GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) bands = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);

  if (!(rows = corro_store_list_age_bands (corro_records_get_store (self), error)))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (bands, _corro_age_band_new_from_store (g_ptr_array_index (rows, i)));

  store = _corro_records_get_age_band_store (self);
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       bands->pdata, bands->len);
  return TRUE;
}

/**
 * corro_records_find_age_band:
 * @key: a band's key
 *
 * Returns: (transfer none) (nullable): the band with @key
 */
CorroAgeBand *
corro_records_find_age_band (CorroRecords *self,
                             const char   *key)
{
  GListModel *bands;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  bands = corro_records_get_age_bands (self);
  for (guint i = 0; key != NULL && i < g_list_model_get_n_items (bands); i++)
    {
      g_autoptr(CorroAgeBand) band = g_list_model_get_item (bands, i);

      if (g_str_equal (corro_age_band_get_key (band), key))
        return band;
    }

  return NULL;
}

/**
 * corro_records_add_age_band:
 * @label_en: its name in English
 * @label_es: its name in Spanish, or "" to show the English one
 *
 * Returns: (transfer none) (nullable): the new band, last in the list
 */
CorroAgeBand *
corro_records_add_age_band (CorroRecords  *self,
                            const char    *label_en,
                            const char    *label_es,
                            GError       **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  if (!(key = corro_store_add_age_band (corro_records_get_store (self), label_en, label_es,
                                        error)) ||
      !corro_records_reload_age_bands (self, error))
    return NULL;

  return corro_records_find_age_band (self, key);
}

/**
 * corro_records_rename_age_band:
 *
 * Renames a band; the groups in it stay in it.
 */
gboolean
corro_records_rename_age_band (CorroRecords  *self,
                               const char    *key,
                               const char    *label_en,
                               const char    *label_es,
                               GError       **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);

  return corro_store_rename_age_band (corro_records_get_store (self), key, label_en, label_es,
                                      error) &&
         corro_records_reload_age_bands (self, error);
}

/**
 * corro_records_remove_age_band:
 *
 * Removes a band no group is in (%CORRO_RECORDS_ERROR_IN_USE otherwise).
 */
gboolean
corro_records_remove_age_band (CorroRecords  *self,
                               const char    *key,
                               GError       **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (self), FALSE);

  return corro_store_remove_age_band (corro_records_get_store (self), key, error) &&
         corro_records_reload_age_bands (self, error);
}

/**
 * corro_records_describe_age_band:
 * @value: (nullable): a group's age band as recorded
 *
 * Returns: (transfer full): what pages show for it (corro_age_band_describe())
 */
char *
corro_records_describe_age_band (CorroRecords *self,
                                 const char   *value)
{
  CorroAgeBand *band;

  g_return_val_if_fail (CORRO_IS_RECORDS (self), NULL);

  band = corro_age_band_is_other (value) ? NULL : corro_records_find_age_band (self, value);
  return corro_age_band_describe (value,
                                  band != NULL ? corro_age_band_get_label_en (band) : NULL,
                                  band != NULL ? corro_age_band_get_label_es (band) : NULL);
}
