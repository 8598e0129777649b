/* corro-programme.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-programme"

#include "config.h"

#include "corro-bilingual.h"
#include "corro-chapter.h"
#include "corro-programme.h"
#include "corro-programme-format.h"

#define DEFAULT_PROGRAMME_RESOURCE RESOURCE_BASE_PATH "/programme/cosp.json"

/* A programme is a list of chapters (a GListModel of CorroChapter), the session lengths
 * its plans are timed for ("variants"), and the clips its plans name by key. Content
 * text is data written by the team in each language, never translated through gettext. */
typedef struct
{
  char           *id;
  guint           minutes;
  CorroBilingual  title;
} Variant;

typedef struct
{
  char           *key;
  gint64          duration_ms;
  CorroBilingual  title;
} Clip;

struct _CorroProgramme
{
  GObject         parent_instance;

  /* owned */
  char           *id;
  CorroBilingual  title;
  GArray         *variants;
  GArray         *clips;
  GPtrArray      *chapters;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CorroProgramme, corro_programme, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
variant_clear (gpointer data)
{
  Variant *variant = data;

  g_free (variant->id);
  corro_bilingual_clear (&variant->title);
}

static void
clip_clear (gpointer data)
{
  Clip *clip = data;

  g_free (clip->key);
  corro_bilingual_clear (&clip->title);
}

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

  g_clear_pointer (&self->id, g_free);
  corro_bilingual_clear (&self->title);
  g_clear_pointer (&self->variants, g_array_unref);
  g_clear_pointer (&self->clips, g_array_unref);
  g_clear_pointer (&self->chapters, g_ptr_array_unref);

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
  self->variants = g_array_new (FALSE, TRUE, sizeof (Variant));
  g_array_set_clear_func (self->variants, variant_clear);
  self->clips = g_array_new (FALSE, TRUE, sizeof (Clip));
  g_array_set_clear_func (self->clips, clip_clear);
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

CorroProgramme *
corro_programme_new (const char *id)
{
  CorroProgramme *self = g_object_new (CORRO_TYPE_PROGRAMME, NULL);

  self->id = g_strdup (id);
  return self;
}

/**
 * corro_programme_new_default:
 *
 * Returns: (transfer full): the programme Corro ships: the 8 chapters of Circle of
 *   Security Parenting with session-plan skeletons in our own words
 */
CorroProgramme *
corro_programme_new_default (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CorroProgramme *self;

  bytes = g_resources_lookup_data (DEFAULT_PROGRAMME_RESOURCE, 0, &error);
  if (bytes == NULL)
    g_error ("The default programme is missing from the resources: %s", error->message);

  self = corro_programme_format_read_trusted (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes), &error);
  if (self == NULL)
    g_error ("The default programme does not load: %s", error->message);

  return self;
}

const char *
corro_programme_get_id (CorroProgramme *self)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), NULL);

  return self->id;
}

void
corro_programme_set_id (CorroProgramme *self,
                        const char     *id)
{
  g_return_if_fail (CORRO_IS_PROGRAMME (self));

  g_free (self->id);
  self->id = g_strdup (id);
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

  return corro_bilingual_get_any (&self->title, language);
}

void
corro_programme_set_title (CorroProgramme *self,
                           const char     *language,
                           const char     *title)
{
  g_return_if_fail (CORRO_IS_PROGRAMME (self));

  corro_bilingual_set (&self->title, language, title);
}

guint
corro_programme_get_n_variants (CorroProgramme *self)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), 0);

  return self->variants->len;
}

const char *
corro_programme_get_variant_id (CorroProgramme *self,
                                guint           index)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (index < self->variants->len, NULL);

  return g_array_index (self->variants, Variant, index).id;
}

guint
corro_programme_get_variant_minutes (CorroProgramme *self,
                                     guint           index)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), 0);
  g_return_val_if_fail (index < self->variants->len, 0);

  return g_array_index (self->variants, Variant, index).minutes;
}

const char *
corro_programme_get_variant_title (CorroProgramme *self,
                                   guint           index,
                                   const char     *language)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (index < self->variants->len, NULL);

  return corro_bilingual_get_any (&g_array_index (self->variants, Variant, index).title,
                                  language);
}

/**
 * corro_programme_add_variant:
 * @id: a short id that segments use for their minutes, e.g. "group"
 * @minutes: the session's planned length
 */
void
corro_programme_add_variant (CorroProgramme *self,
                             const char     *id,
                             guint           minutes,
                             const char     *title_en,
                             const char     *title_es)
{
  Variant variant = { g_strdup (id), minutes, { NULL, NULL } };

  g_return_if_fail (CORRO_IS_PROGRAMME (self));

  corro_bilingual_set (&variant.title, "en", title_en);
  corro_bilingual_set (&variant.title, "es", title_es);
  g_array_append_val (self->variants, variant);
}

guint
corro_programme_get_n_clips (CorroProgramme *self)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), 0);

  return self->clips->len;
}

const char *
corro_programme_get_clip_key (CorroProgramme *self,
                              guint           index)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (index < self->clips->len, NULL);

  return g_array_index (self->clips, Clip, index).key;
}

gint64
corro_programme_get_clip_duration (CorroProgramme *self,
                                   guint           index)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), 0);
  g_return_val_if_fail (index < self->clips->len, 0);

  return g_array_index (self->clips, Clip, index).duration_ms;
}

const char *
corro_programme_get_clip_title (CorroProgramme *self,
                                guint           index,
                                const char     *language)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (index < self->clips->len, NULL);

  return corro_bilingual_get_any (&g_array_index (self->clips, Clip, index).title, language);
}

gboolean
corro_programme_lookup_clip (CorroProgramme *self,
                             const char     *key,
                             guint          *index)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), FALSE);

  for (guint i = 0; i < self->clips->len; i++)
    if (g_strcmp0 (g_array_index (self->clips, Clip, i).key, key) == 0)
      {
        if (index != NULL)
          *index = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * corro_programme_add_clip:
 * @key: how plans name the clip, e.g. "ch3-being-with"; never a file path
 * @duration_ms: the clip's expected length, to match the facilitator's own file
 */
void
corro_programme_add_clip (CorroProgramme *self,
                          const char     *key,
                          gint64          duration_ms,
                          const char     *title_en,
                          const char     *title_es)
{
  Clip clip = { g_strdup (key), duration_ms, { NULL, NULL } };

  g_return_if_fail (CORRO_IS_PROGRAMME (self));

  corro_bilingual_set (&clip.title, "en", title_en);
  corro_bilingual_set (&clip.title, "es", title_es);
  g_array_append_val (self->clips, clip);
}

void
corro_programme_add_chapter (CorroProgramme *self,
                             CorroChapter   *chapter)
{
  g_return_if_fail (CORRO_IS_PROGRAMME (self));
  g_return_if_fail (CORRO_IS_CHAPTER (chapter));

  g_ptr_array_add (self->chapters, g_object_ref (chapter));
  g_list_model_items_changed (G_LIST_MODEL (self), self->chapters->len - 1, 0, 1);
}

/**
 * corro_programme_get_chapter:
 * @number: the chapter's number, from 1
 *
 * Returns: (transfer none) (nullable): the chapter
 */
CorroChapter *
corro_programme_get_chapter (CorroProgramme *self,
                             guint           number)
{
  g_return_val_if_fail (CORRO_IS_PROGRAMME (self), NULL);

  for (guint i = 0; i < self->chapters->len; i++)
    {
      CorroChapter *chapter = g_ptr_array_index (self->chapters, i);

      if (corro_chapter_get_number (chapter) == number)
        return chapter;
    }

  return NULL;
}
