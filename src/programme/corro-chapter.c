/* corro-chapter.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-chapter"

#include "config.h"

#include "corro-chapter.h"

/* One chapter of a programme: a week's session, titled in English and Spanish. */
struct _CorroChapter
{
  GObject  parent_instance;

  /* owned */
  char    *title_en;
  char    *title_es;

  guint    number;
};

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE_EN,
  PROP_TITLE_ES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CorroChapter, corro_chapter, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
corro_chapter_finalize (GObject *object)
{
  CorroChapter *self = (CorroChapter *) object;

  g_clear_pointer (&self->title_en, g_free);
  g_clear_pointer (&self->title_es, g_free);

  G_OBJECT_CLASS (corro_chapter_parent_class)->finalize (object);
}

static void
corro_chapter_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CorroChapter *self = CORRO_CHAPTER (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_TITLE_EN:
      g_value_set_string (value, self->title_en);
      break;
    case PROP_TITLE_ES:
      g_value_set_string (value, self->title_es);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_chapter_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CorroChapter *self = CORRO_CHAPTER (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;
    case PROP_TITLE_EN:
      g_free (self->title_en);
      self->title_en = g_value_dup_string (value);
      break;
    case PROP_TITLE_ES:
      g_free (self->title_es);
      self->title_es = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_chapter_class_init (CorroChapterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_chapter_finalize;
  object_class->get_property = corro_chapter_get_property;
  object_class->set_property = corro_chapter_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL,
                       1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_EN] =
    g_param_spec_string ("title-en", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_ES] =
    g_param_spec_string ("title-es", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_chapter_init (CorroChapter *self)
{
}

CorroChapter *
corro_chapter_new (guint       number,
                   const char *title_en,
                   const char *title_es)
{
  return g_object_new (CORRO_TYPE_CHAPTER,
                       "number", number,
                       "title-en", title_en,
                       "title-es", title_es,
                       NULL);
}

guint
corro_chapter_get_number (CorroChapter *self)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER (self), 0);

  return self->number;
}

/**
 * corro_chapter_get_title:
 * @language: "en" or "es"
 *
 * Returns: the title in @language, or in the other language when it has none
 */
const char *
corro_chapter_get_title (CorroChapter *self,
                         const char   *language)
{
  const char *title;

  g_return_val_if_fail (CORRO_IS_CHAPTER (self), NULL);

  title = g_strcmp0 (language, "es") == 0 ? self->title_es : self->title_en;
  if (title == NULL || title[0] == '\0')
    title = self->title_en != NULL ? self->title_en : self->title_es;

  return title;
}
