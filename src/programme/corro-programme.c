/* corro-programme.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-programme"

#include "config.h"

#include "corro-chapter.h"
#include "corro-programme.h"

/* A programme is a list of chapters (a GListModel of CorroChapter). Content text is
 * not translated through gettext: it is data, written in each language by the team,
 * and shown in the content language whatever the language of the interface. */
struct _CorroProgramme
{
  GObject    parent_instance;

  /* owned */
  GPtrArray *chapters;
  char      *title_en;
  char      *title_es;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CorroProgramme, corro_programme, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* The chapters of Circle of Security Parenting, by their working titles. Session plans
 * for each arrive with the programme file format; the manual's own text is never shipped. */
static const struct {
  const char *en;
  const char *es;
} default_chapters[] = {
  { "Welcome to the Circle of Security", "Bienvenida al Círculo de Seguridad" },
  { "Exploring our children’s needs", "Explorando las necesidades de nuestros hijos" },
  { "Being-With on the Circle", "Estar-con en el Círculo" },
  { "Being-With infants on the Circle", "Estar-con los bebés en el Círculo" },
  { "The path to security", "El camino hacia la seguridad" },
  { "Exploring our struggles", "Explorando nuestras dificultades" },
  { "Rupture and repair", "Ruptura y reparación" },
  { "Summary and celebration", "Resumen y celebración" },
};

/* GListModel */

static GType
corro_programme_get_item_type (GListModel *model)
{
  return CORRO_TYPE_CHAPTER;
}

static guint
corro_programme_get_n_items (GListModel *model)
{
  return CORRO_PROGRAMME (model)->chapters->len;
}

static gpointer
corro_programme_get_item (GListModel *model,
                          guint       position)
{
  CorroProgramme *self = CORRO_PROGRAMME (model);

  if (position >= self->chapters->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->chapters, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = corro_programme_get_item_type;
  iface->get_n_items = corro_programme_get_n_items;
  iface->get_item = corro_programme_get_item;
}

/* GObject */

static void
corro_programme_finalize (GObject *object)
{
  CorroProgramme *self = (CorroProgramme *) object;

  g_clear_pointer (&self->chapters, g_ptr_array_unref);
  g_clear_pointer (&self->title_en, g_free);
  g_clear_pointer (&self->title_es, g_free);

  G_OBJECT_CLASS (corro_programme_parent_class)->finalize (object);
}

static void
corro_programme_class_init (CorroProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_programme_finalize;
}

static void
corro_programme_init (CorroProgramme *self)
{
  self->chapters = g_ptr_array_new_with_free_func (g_object_unref);
}

/* public API */

/**
 * corro_programme_default_language:
 *
 * The content language to use until the team chooses one: Spanish when the
 * interface speaks Spanish, English otherwise.
 *
 * Returns: "es" or "en"
 */
const char *
corro_programme_default_language (void)
{
  const char * const *names = g_get_language_names ();

  if (names[0] != NULL && g_str_has_prefix (names[0], "es"))
    return "es";

  return "en";
}

/**
 * corro_programme_new_default:
 *
 * Returns: (transfer full): the programme Corro ships, Circle of Security Parenting
 */
CorroProgramme *
corro_programme_new_default (void)
{
  CorroProgramme *self = g_object_new (CORRO_TYPE_PROGRAMME, NULL);

  self->title_en = g_strdup ("Circle of Security Parenting");
  self->title_es = g_strdup ("Círculo de Seguridad Parental");

  for (guint i = 0; i < G_N_ELEMENTS (default_chapters); i++)
    g_ptr_array_add (self->chapters,
                     corro_chapter_new (i + 1, default_chapters[i].en, default_chapters[i].es));

  return self;
}

/**
 * corro_programme_get_title:
 * @language: "en" or "es"
 */
const char *
corro_programme_get_title (CorroProgramme *self,
                           const char     *language)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), NULL);

  return g_strcmp0 (language, "es") == 0 ? self->title_es : self->title_en;
}
