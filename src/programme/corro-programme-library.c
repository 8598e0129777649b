/* corro-programme-library.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-programme-library"

#include "config.h"

#include "corro-chapter.h"
#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-programme-library.h"
#include "corro-store.h"

/* The programmes kept in the store, as a GListModel of CorroProgramme. The library
 * seeds the default programme into an empty store and saves each chapter to the store
 * whenever it changes, so an edit is on disk before the next key is pressed. */
struct _CorroProgrammeLibrary
{
  GObject     parent_instance;

  /* owned */
  CorroStore *store;
  GPtrArray  *programmes;
};

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CorroProgrammeLibrary, corro_programme_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static guint signals[N_SIGNALS];

/* helpers */

static CorroStoreChapter
describe_chapter (CorroChapter *chapter,
                  char        **plan)
{
  CorroStoreChapter row;
  const char *title_en, *title_es;

  title_en = corro_chapter_get_title (chapter, "en");
  title_es = corro_chapter_get_title (chapter, "es");
  *plan = corro_chapter_dup_state (chapter);

  row.number = corro_chapter_get_number (chapter);
  row.title_en = title_en;
  row.title_es = title_es;
  row.plan = *plan;
  return row;
}

static gboolean
put_programme (CorroProgrammeLibrary  *self,
               CorroProgramme         *programme,
               GError                **error)
{
  g_autofree char *header = corro_programme_format_header_to_string (programme);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (programme));
  g_autofree CorroStoreChapter *rows = g_new0 (CorroStoreChapter, MAX (n, 1));
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroChapter) chapter = g_list_model_get_item (G_LIST_MODEL (programme), i);
      char *plan = NULL;

      rows[i] = describe_chapter (chapter, &plan);
      g_ptr_array_add (plans, plan);
    }

  return corro_store_put_programme (self->store, corro_programme_get_id (programme),
                                    header, rows, n, error);
}

static void
on_chapter_changed_cb (CorroChapter   *chapter,
                       CorroProgramme *programme)
{
  CorroProgrammeLibrary *self = g_object_get_data (G_OBJECT (programme), "corro-library");
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;
  CorroStoreChapter row;

  if (self == NULL)
    return;

  row = describe_chapter (chapter, &plan);
  if (!corro_store_save_chapter (self->store, corro_programme_get_id (programme), &row, &error))
    {
      g_warning ("Could not save chapter %u: %s", row.number, error->message);
      g_signal_emit (self, signals[SAVE_FAILED], 0, error);
    }
}

static void
adopt (CorroProgrammeLibrary *self,
       CorroProgramme        *programme)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (programme));

  g_object_set_data (G_OBJECT (programme), "corro-library", self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroChapter) chapter = g_list_model_get_item (G_LIST_MODEL (programme), i);

      g_signal_connect_object (chapter, "changed",
                               G_CALLBACK (on_chapter_changed_cb), programme, 0);
    }
}

static void
disown (gpointer programme,
        gpointer user_data)
{
  g_object_set_data (G_OBJECT (programme), "corro-library", NULL);
}

static char *
free_id (CorroProgrammeLibrary *self,
         const char            *id)
{
  for (guint n = 2; ; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s-%u", id, n);

      if (corro_programme_library_get_programme (self, candidate) == NULL)
        return g_steal_pointer (&candidate);
    }
}

/* GListModel */

static GType
corro_programme_library_get_item_type (GListModel *model)
{
  return CORRO_TYPE_PROGRAMME;
}

static guint
corro_programme_library_get_n_items (GListModel *model)
{
  return CORRO_PROGRAMME_LIBRARY (model)->programmes->len;
}

static gpointer
corro_programme_library_get_item (GListModel *model,
                                  guint       position)
{
  CorroProgrammeLibrary *self = CORRO_PROGRAMME_LIBRARY (model);

  if (position >= self->programmes->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->programmes, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = corro_programme_library_get_item_type;
  iface->get_n_items = corro_programme_library_get_n_items;
  iface->get_item = corro_programme_library_get_item;
}

/* GObject */

static void
corro_programme_library_dispose (GObject *object)
{
  CorroProgrammeLibrary *self = (CorroProgrammeLibrary *) object;

  if (self->programmes != NULL)
    g_ptr_array_foreach (self->programmes, disown, NULL);
  g_clear_pointer (&self->programmes, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (corro_programme_library_parent_class)->dispose (object);
}

static void
corro_programme_library_class_init (CorroProgrammeLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = corro_programme_library_dispose;

  /**
   * CorroProgrammeLibrary::save-failed:
   * @error: why
   *
   * A change could not be written to the store (a full disk, say). The change is
   * still in memory and is written with the next one.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
corro_programme_library_init (CorroProgrammeLibrary *self)
{
  self->programmes = g_ptr_array_new_with_free_func (g_object_unref);
}

/* public API */

CorroProgrammeLibrary *
corro_programme_library_new (CorroStore *store)
{
  CorroProgrammeLibrary *self;

  g_return_val_if_fail (CORRO_IS_STORE (store), NULL);

  self = g_object_new (CORRO_TYPE_PROGRAMME_LIBRARY, NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * corro_programme_library_load:
 *
 * Reads every programme from the store; an empty store first receives the default
 * programme.
 */
gboolean
corro_programme_library_load (CorroProgrammeLibrary  *self,
                              GError                **error)
{
  g_auto(GStrv) ids = NULL;
  guint old_len;

  g_return_val_if_fail (CORRO_IS_PROGRAMME_LIBRARY (self), FALSE);

  if (!(ids = corro_store_list_programmes (self->store, error)))
    return FALSE;

  if (ids[0] == NULL)
    {
      g_autoptr(CorroProgramme) programme = corro_programme_new_default ();

      if (!put_programme (self, programme, error))
        return FALSE;
      g_strfreev (ids);
      if (!(ids = corro_store_list_programmes (self->store, error)))
        return FALSE;
    }

  old_len = self->programmes->len;
  g_ptr_array_foreach (self->programmes, disown, NULL);
  g_ptr_array_set_size (self->programmes, 0);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_auto(GStrv) plans = NULL;
      g_autofree char *header = NULL;
      CorroProgramme *programme;

      if (!(header = corro_store_dup_programme (self->store, ids[i], &plans, error)))
        return FALSE;
      if (!(programme = corro_programme_format_read_parts (header,
                                                           (const char * const *) plans,
                                                           error)))
        return FALSE;

      adopt (self, programme);
      g_ptr_array_add (self->programmes, programme);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->programmes->len);
  return TRUE;
}

/**
 * corro_programme_library_get_programme:
 *
 * Returns: (transfer none) (nullable): the programme with @id
 */
CorroProgramme *
corro_programme_library_get_programme (CorroProgrammeLibrary *self,
                                       const char            *id)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME_LIBRARY (self), NULL);

  for (guint i = 0; i < self->programmes->len; i++)
    {
      CorroProgramme *programme = g_ptr_array_index (self->programmes, i);

      if (g_strcmp0 (corro_programme_get_id (programme), id) == 0)
        return programme;
    }

  return NULL;
}

/**
 * corro_programme_library_get_default:
 *
 * Returns: (transfer none) (nullable): the first programme, the one the window shows
 */
CorroProgramme *
corro_programme_library_get_default (CorroProgrammeLibrary *self)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME_LIBRARY (self), NULL);

  return self->programmes->len > 0 ? g_ptr_array_index (self->programmes, 0) : NULL;
}

/**
 * corro_programme_library_import:
 * @programme: a programme read and validated from a file
 * @mode: what to do when a programme with the same id is already kept
 *
 * Keeps @programme in the store, all of it or nothing. With
 * %CORRO_IMPORT_KEEP_BOTH and a clashing id, @programme is given a new id first.
 */
gboolean
corro_programme_library_import (CorroProgrammeLibrary  *self,
                                CorroProgramme         *programme,
                                CorroImportMode         mode,
                                GError                **error)
{
  CorroProgramme *existing;
  guint position;

  g_return_val_if_fail (CORRO_IS_PROGRAMME_LIBRARY (self), FALSE);
  g_return_val_if_fail (CORRO_IS_PROGRAMME (programme), FALSE);

  existing = corro_programme_library_get_programme (self, corro_programme_get_id (programme));
  if (existing != NULL && mode == CORRO_IMPORT_KEEP_BOTH)
    {
      g_autofree char *id = free_id (self, corro_programme_get_id (programme));

      corro_programme_set_id (programme, id);
      existing = NULL;
    }

  if (!put_programme (self, programme, error))
    return FALSE;

  adopt (self, programme);
  if (existing != NULL && g_ptr_array_find (self->programmes, existing, &position))
    {
      disown (existing, NULL);
      g_ptr_array_index (self->programmes, position) = g_object_ref (programme);
      g_object_unref (existing);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
  else
    {
      g_ptr_array_add (self->programmes, g_object_ref (programme));
      g_list_model_items_changed (G_LIST_MODEL (self), self->programmes->len - 1, 0, 1);
    }

  return TRUE;
}
