/* corro-json-locator.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-json-locator"

#include "config.h"

#include <string.h>

#include "corro-json-locator.h"

/* Where each value of a parsed JSON text begins, so that a problem found in the tree
 * can be reported at its line and column. json-glib's parser only tells where it is
 * now, which is past the end of the value just read; so the locator reads the text a
 * second time (json-glib has accepted it by then) side by side with the tree that
 * json-glib built, and notes where each value and each member's name begin.
 *
 * It follows strict JSON, plus what json-glib also accepts and a hand-edited file may
 * hold: a byte-order mark, block comments, single-quoted strings. Where it cannot
 * follow, it stops; the values it did not reach are placed at 1:1. */

#define MAX_DEPTH 256
#define UTF8_BOM  "\xef\xbb\xbf"

typedef struct
{
  CorroJsonPosition value;
  CorroJsonPosition name;
  gboolean          has_name;
} Located;

typedef struct
{
  char              *name;
  CorroJsonPosition  position;
} Duplicate;

struct _CorroJsonLocator
{
  GHashTable *located;     /* borrowed JsonNode * → owned Located * */
  GArray     *duplicates;  /* Duplicate */
};

typedef struct
{
  CorroJsonLocator  *locator;
  const char        *p;
  const char        *end;
  CorroJsonPosition  here;
  guint              depth;
} Scanner;

static const CorroJsonPosition start_of_text = { 1, 1 };

static gboolean scan_value (Scanner  *s,
                            JsonNode *node);

/* helpers */

static void
duplicate_clear (gpointer data)
{
  Duplicate *duplicate = data;

  g_clear_pointer (&duplicate->name, g_free);
}

static void
scanner_init (Scanner    *s,
              const char *data,
              gsize       length)
{
  s->p = data;
  s->end = data + length;
  s->here.line = 1;
  s->here.column = 1;
  s->depth = 0;

  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    s->p += 3;
}

/* Moves past one byte; a character's continuation bytes take no column. */
static void
advance (Scanner *s)
{
  g_assert (s->p < s->end);

  if (*s->p == '\n')
    {
      s->here.line++;
      s->here.column = 1;
    }
  else if (((guchar) *s->p & 0xc0) != 0x80)
    {
      s->here.column++;
    }

  s->p++;
}

static gboolean
at (Scanner *s,
    char     c)
{
  return s->p < s->end && *s->p == c;
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end)
    {
      if (*s->p == ' ' || *s->p == '\t' || *s->p == '\r' || *s->p == '\n')
        {
          advance (s);
        }
      else if (s->end - s->p >= 2 && s->p[0] == '/' && s->p[1] == '*')
        {
          advance (s);
          advance (s);
          while (s->p < s->end && !(s->p[0] == '*' && s->end - s->p >= 2 && s->p[1] == '/'))
            advance (s);
          if (s->p < s->end)
            {
              advance (s);
              advance (s);
            }
        }
      else
        {
          break;
        }
    }
}

static char *
decode_string (const char *quoted,
               gsize       length)
{
  g_autofree char *text = g_strndup (quoted, length);
  g_autoptr(JsonNode) node = NULL;

  if (memchr (quoted, '\\', length) == NULL || quoted[0] != '"')
    return g_strndup (quoted + 1, length - 2);

  node = json_from_string (text, NULL);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return g_strndup (quoted + 1, length - 2);

  return json_node_dup_string (node);
}

/* A string in either kind of quotes; @text receives it unescaped. */
static gboolean
skip_string (Scanner  *s,
             char    **text)
{
  const char *start = s->p;
  char quote = *s->p;
  gboolean escaped = FALSE;

  advance (s);
  while (s->p < s->end && (escaped || *s->p != quote))
    {
      escaped = !escaped && *s->p == '\\';
      advance (s);
    }

  if (s->p >= s->end)
    return FALSE;

  advance (s);
  if (text != NULL)
    *text = decode_string (start, s->p - start);

  return TRUE;
}

/* A number, true, false or null. */
static gboolean
skip_bare (Scanner *s)
{
  static const char stops[] = " \t\r\n,:]}/";
  const char *start = s->p;

  while (s->p < s->end && memchr (stops, *s->p, sizeof stops - 1) == NULL)
    advance (s);

  return s->p > start;
}

static Located *
locate (CorroJsonLocator *self,
        JsonNode         *node)
{
  Located *located = g_hash_table_lookup (self->located, node);

  if (located == NULL)
    {
      located = g_new0 (Located, 1);
      located->value = start_of_text;
      located->name = start_of_text;
      g_hash_table_insert (self->located, node, located);
    }

  return located;
}

static gboolean
scan_object (Scanner  *s,
             JsonNode *node)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *object = NULL;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    object = json_node_get_object (node);

  advance (s);
  skip_space (s);
  if (at (s, '}'))
    {
      advance (s);
      return TRUE;
    }

  for (;;)
    {
      g_autofree char *name = NULL;
      CorroJsonPosition name_position;
      JsonNode *child = NULL;

      skip_space (s);
      name_position = s->here;
      if (!(at (s, '"') || at (s, '\'')) || !skip_string (s, &name))
        return FALSE;
      skip_space (s);
      if (!at (s, ':'))
        return FALSE;
      advance (s);

      if (!g_hash_table_add (seen, g_strdup (name)))
        {
          Duplicate duplicate = { g_strdup (name), name_position };

          g_array_append_val (s->locator->duplicates, duplicate);
        }

      /* With a name given twice json-glib keeps the last value, and so does this. */
      if (object != NULL)
        child = json_object_get_member (object, name);
      if (child != NULL)
        {
          Located *located = locate (s->locator, child);

          located->name = name_position;
          located->has_name = TRUE;
        }
      if (!scan_value (s, child))
        return FALSE;

      skip_space (s);
      if (at (s, '}'))
        {
          advance (s);
          return TRUE;
        }
      if (!at (s, ','))
        return FALSE;
      advance (s);
    }
}

static gboolean
scan_array (Scanner  *s,
            JsonNode *node)
{
  JsonArray *array = NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    array = json_node_get_array (node);

  advance (s);
  skip_space (s);
  if (at (s, ']'))
    {
      advance (s);
      return TRUE;
    }

  for (guint i = 0; ; i++)
    {
      JsonNode *child = NULL;

      if (array != NULL && i < json_array_get_length (array))
        child = json_array_get_element (array, i);
      if (!scan_value (s, child))
        return FALSE;

      skip_space (s);
      if (at (s, ']'))
        {
          advance (s);
          return TRUE;
        }
      if (!at (s, ','))
        return FALSE;
      advance (s);
    }
}

static gboolean
scan_value (Scanner  *s,
            JsonNode *node)
{
  gboolean ok;

  skip_space (s);
  if (s->p >= s->end || s->depth >= MAX_DEPTH)
    return FALSE;

  if (node != NULL)
    {
      Located *located = locate (s->locator, node);

      located->value = s->here;
      if (!located->has_name)
        located->name = s->here;
    }

  s->depth++;
  switch (*s->p)
    {
    case '{':
      ok = scan_object (s, node);
      break;
    case '[':
      ok = scan_array (s, node);
      break;
    case '"':
    case '\'':
      ok = skip_string (s, NULL);
      break;
    default:
      ok = skip_bare (s);
      break;
    }
  s->depth--;

  return ok;
}

/* public API */

/**
 * corro_json_position_at_offset:
 * @offset: a byte offset into @data
 *
 * Returns: the line and column of the character at @offset
 */
CorroJsonPosition
corro_json_position_at_offset (const char *data,
                               gsize       length,
                               gsize       offset)
{
  Scanner s;

  g_return_val_if_fail (data != NULL || length == 0, start_of_text);

  scanner_init (&s, data, length);
  while (s.p < s.end && (gsize) (s.p - data) < offset)
    advance (&s);

  return s.here;
}

/**
 * corro_json_position_at_byte_column:
 * @line: a line, from 1
 * @byte_column: a column counted in bytes from 1, as json-glib reports it
 *
 * Returns: the same place with its column counted in characters; a column past the
 *   end of the line is taken as the line's end
 */
CorroJsonPosition
corro_json_position_at_byte_column (const char *data,
                                    gsize       length,
                                    guint       line,
                                    guint       byte_column)
{
  const char *p = data;
  const char *end = data + length;
  const char *eol;

  g_return_val_if_fail (data != NULL || length == 0, start_of_text);

  for (guint i = 1; i < line && p < end; i++)
    {
      const char *newline = memchr (p, '\n', end - p);

      if (newline == NULL)
        break;
      p = newline + 1;
    }

  eol = memchr (p, '\n', end - p);
  if (eol == NULL)
    eol = end;
  p += MIN ((gsize) MAX (byte_column, 1) - 1, (gsize) (eol - p));

  return corro_json_position_at_offset (data, length, p - data);
}

/**
 * corro_json_locator_new:
 * @data: the text that json-glib parsed
 * @root: (nullable): the tree json-glib built from @data
 *
 * Returns: (transfer full): the positions of every value in @root
 */
CorroJsonLocator *
corro_json_locator_new (const char *data,
                        gsize       length,
                        JsonNode   *root)
{
  CorroJsonLocator *self;
  Scanner s;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self = g_new0 (CorroJsonLocator, 1);
  self->located = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->duplicates = g_array_new (FALSE, FALSE, sizeof (Duplicate));
  g_array_set_clear_func (self->duplicates, duplicate_clear);

  s.locator = self;
  scanner_init (&s, data, length);
  if (root != NULL)
    scan_value (&s, root);

  return self;
}

void
corro_json_locator_free (CorroJsonLocator *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->located, g_hash_table_unref);
  g_clear_pointer (&self->duplicates, g_array_unref);
  g_free (self);
}

/**
 * corro_json_locator_get_value_position:
 *
 * Returns: where @node's value begins: its first character, `{` for an object, `[` for
 *   an array, the opening quote for a string
 */
CorroJsonPosition
corro_json_locator_get_value_position (CorroJsonLocator *self,
                                       JsonNode         *node)
{
  Located *located;

  g_return_val_if_fail (self != NULL, start_of_text);

  located = g_hash_table_lookup (self->located, node);
  return located != NULL ? located->value : start_of_text;
}

/**
 * corro_json_locator_get_name_position:
 * @node: the value of an object's member
 *
 * Returns: where the member's name begins (its opening quote); for a value that is not
 *   a member, where the value begins
 */
CorroJsonPosition
corro_json_locator_get_name_position (CorroJsonLocator *self,
                                      JsonNode         *node)
{
  Located *located;

  g_return_val_if_fail (self != NULL, start_of_text);

  located = g_hash_table_lookup (self->located, node);
  return located != NULL ? located->name : start_of_text;
}

/**
 * corro_json_locator_get_n_duplicates:
 *
 * Returns: how many member names were given a second (or third…) time in their object
 */
guint
corro_json_locator_get_n_duplicates (CorroJsonLocator *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->duplicates->len;
}

/**
 * corro_json_locator_get_duplicate:
 * @position: (out): where the repeated name begins
 *
 * Returns: the member name repeated
 */
const char *
corro_json_locator_get_duplicate (CorroJsonLocator  *self,
                                  guint              index,
                                  CorroJsonPosition *position)
{
  Duplicate *duplicate;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->duplicates->len, NULL);

  duplicate = &g_array_index (self->duplicates, Duplicate, index);
  if (position != NULL)
    *position = duplicate->position;

  return duplicate->name;
}
