/* corro-search-result.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-search-result"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-enums.h"
#include "corro-labels.h"
#include "corro-records-private.h"

/* One note found by a search: which note, where it belongs, and a snippet of it with
 * the words found highlighted (as Pango markup, <b>…</b>), or plain. */
struct _CorroSearchResult
{
  GObject              parent_instance;

  gint64               reflection_id;
  CorroReflectionKind  kind;
  gint64               group_id;
  char                *group_name;
  gint64               session_id;
  guint                chapter;
  char                *session_date;
  gint64               participant_id;
  char                *participant_name;
  char                *snippet;
  char                *snippet_markup;
  char                *updated_at;
  gboolean             finalised;
};

enum {
  PROP_0,
  PROP_REFLECTION_ID,
  PROP_KIND,
  PROP_GROUP_ID,
  PROP_GROUP_NAME,
  PROP_SESSION_ID,
  PROP_CHAPTER,
  PROP_SESSION_DATE,
  PROP_PARTICIPANT_ID,
  PROP_PARTICIPANT_NAME,
  PROP_SNIPPET,
  PROP_SNIPPET_MARKUP,
  PROP_UPDATED_AT,
  PROP_FINALISED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CorroSearchResult, corro_search_result, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* helpers */

/* Splits a snippet at the store's markers into plain text and Pango markup. */
static void
render_snippet (const char  *snippet,
                char       **plain,
                char       **markup)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) marked = g_string_new (NULL);
  const char *p = snippet != NULL ? snippet : "";

  while (*p != '\0')
    {
      size_t span = strcspn (p, CORRO_STORE_MATCH_OPEN CORRO_STORE_MATCH_CLOSE);
      g_autofree char *escaped = g_markup_escape_text (p, (gssize) span);

      g_string_append_len (text, p, (gssize) span);
      g_string_append (marked, escaped);
      p += span;
      if (*p == CORRO_STORE_MATCH_OPEN[0])
        g_string_append (marked, "<b>");
      else if (*p == CORRO_STORE_MATCH_CLOSE[0])
        g_string_append (marked, "</b>");
      if (*p != '\0')
        p++;
    }

  *plain = g_string_free (g_steal_pointer (&text), FALSE);
  *markup = g_string_free (g_steal_pointer (&marked), FALSE);
}

/* GObject */

static void
corro_search_result_finalize (GObject *object)
{
  CorroSearchResult *self = (CorroSearchResult *) object;

  g_clear_pointer (&self->group_name, g_free);
  g_clear_pointer (&self->session_date, g_free);
  g_clear_pointer (&self->participant_name, g_free);
  g_clear_pointer (&self->snippet, g_free);
  g_clear_pointer (&self->snippet_markup, g_free);
  g_clear_pointer (&self->updated_at, g_free);

  G_OBJECT_CLASS (corro_search_result_parent_class)->finalize (object);
}

static void
corro_search_result_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CorroSearchResult *self = CORRO_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_REFLECTION_ID:
      g_value_set_int64 (value, self->reflection_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_GROUP_ID:
      g_value_set_int64 (value, self->group_id);
      break;
    case PROP_GROUP_NAME:
      g_value_set_string (value, self->group_name);
      break;
    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;
    case PROP_CHAPTER:
      g_value_set_uint (value, self->chapter);
      break;
    case PROP_SESSION_DATE:
      g_value_set_string (value, self->session_date);
      break;
    case PROP_PARTICIPANT_ID:
      g_value_set_int64 (value, self->participant_id);
      break;
    case PROP_PARTICIPANT_NAME:
      g_value_set_string (value, self->participant_name);
      break;
    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;
    case PROP_SNIPPET_MARKUP:
      g_value_set_string (value, self->snippet_markup);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    case PROP_FINALISED:
      g_value_set_boolean (value, self->finalised);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_search_result_class_init (CorroSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = corro_search_result_finalize;
  object_class->get_property = corro_search_result_get_property;

  properties[PROP_REFLECTION_ID] =
    g_param_spec_int64 ("reflection-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CORRO_TYPE_REFLECTION_KIND, CORRO_REFLECTION_SESSION, ro);
  properties[PROP_GROUP_ID] =
    g_param_spec_int64 ("group-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_GROUP_NAME] =
    g_param_spec_string ("group-name", NULL, NULL, NULL, ro);
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CHAPTER] =
    g_param_spec_uint ("chapter", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_SESSION_DATE] =
    g_param_spec_string ("session-date", NULL, NULL, NULL, ro);
  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_int64 ("participant-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_PARTICIPANT_NAME] =
    g_param_spec_string ("participant-name", NULL, NULL, NULL, ro);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, "", ro);
  properties[PROP_SNIPPET_MARKUP] =
    g_param_spec_string ("snippet-markup", NULL, NULL, "", ro);
  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL, NULL, ro);
  properties[PROP_FINALISED] =
    g_param_spec_boolean ("finalised", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_search_result_init (CorroSearchResult *self)
{
}

/* private API */

CorroSearchResult *
_corro_search_result_new_from_store (const CorroStoreMatch *row)
{
  CorroSearchResult *self = g_object_new (CORRO_TYPE_SEARCH_RESULT, NULL);

  self->reflection_id = row->reflection_id;
  self->kind = row->kind;
  self->group_id = row->group_id;
  self->group_name = g_strdup (row->group_name);
  self->session_id = row->session_id;
  self->chapter = row->chapter;
  self->session_date = g_strdup (row->session_date);
  self->participant_id = row->participant_id;
  self->participant_name = g_strdup (row->participant_name);
  render_snippet (row->snippet, &self->snippet, &self->snippet_markup);
  self->updated_at = g_strdup (row->updated_at);
  self->finalised = row->finalised;
  return self;
}

/* public API */

gint64
corro_search_result_get_reflection_id (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), 0);

  return self->reflection_id;
}

CorroReflectionKind
corro_search_result_get_kind (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), CORRO_REFLECTION_SESSION);

  return self->kind;
}

gint64
corro_search_result_get_group_id (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), 0);

  return self->group_id;
}

/**
 * corro_search_result_get_group_name:
 *
 * Returns: (nullable): the group of the note's session
 */
const char *
corro_search_result_get_group_name (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), NULL);

  return self->group_name;
}

gint64
corro_search_result_get_session_id (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), 0);

  return self->session_id;
}

guint
corro_search_result_get_chapter (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), 0);

  return self->chapter;
}

/**
 * corro_search_result_get_session_date:
 *
 * Returns: (nullable): the date of the note's session
 */
const char *
corro_search_result_get_session_date (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), NULL);

  return self->session_date;
}

gint64
corro_search_result_get_participant_id (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), 0);

  return self->participant_id;
}

/**
 * corro_search_result_get_participant_name:
 *
 * Returns: (nullable): whom a participant note is about
 */
const char *
corro_search_result_get_participant_name (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), NULL);

  return self->participant_name;
}

/**
 * corro_search_result_get_snippet:
 *
 * Returns: a few words around the match, as plain text
 */
const char *
corro_search_result_get_snippet (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), NULL);

  return self->snippet;
}

/**
 * corro_search_result_get_snippet_markup:
 *
 * Returns: the snippet as Pango markup, the words found in <b>…</b>
 */
const char *
corro_search_result_get_snippet_markup (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), NULL);

  return self->snippet_markup;
}

const char *
corro_search_result_get_updated_at (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), NULL);

  return self->updated_at;
}

gboolean
corro_search_result_get_finalised (CorroSearchResult *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), FALSE);

  return self->finalised;
}

/**
 * corro_search_result_dup_place:
 *
 * Returns: (transfer full): where the note was written, in words: its group, chapter and
 *   date, and whom it is about ("Grupo Martes · Chapter 3 · Tue 3 Mar 2026 · Tom Baker")
 */
char *
corro_search_result_dup_place (CorroSearchResult *self)
{
  GString *where;

  g_return_val_if_fail (CORRO_IS_SEARCH_RESULT (self), NULL);

  where = g_string_new (self->group_name);
  if (self->chapter > 0)
    {
      g_autofree char *date = corro_label_date (self->session_date);

      if (where->len > 0)
        g_string_append (where, " · ");
      g_string_append_printf (where, _("Chapter %u"), self->chapter);
      g_string_append_printf (where, " · %s", date);
    }
  if (self->participant_name != NULL && self->participant_name[0] != '\0')
    g_string_append_printf (where, where->len > 0 ? " · %s" : "%s", self->participant_name);

  return g_string_free (where, FALSE);
}
