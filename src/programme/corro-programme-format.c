/* corro-programme-format.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-programme-format"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-chapter.h"
#include "corro-pause-point.h"
#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-segment.h"

/* Writing programme files, and reading the ones Corro wrote itself (its own store,
 * undo states, the embedded default programme). Files from elsewhere go through the
 * validating reader, which reports every problem with its line and column. */

/* helpers: writing */

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *en,
          const char  *es)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_value (builder, corro_programme_format_text_to_node (en, es));
}

static gboolean
has_text (const char *en,
          const char *es)
{
  return (en != NULL && en[0] != '\0') || (es != NULL && es[0] != '\0');
}

static void
add_time (JsonBuilder *builder,
          const char  *member,
          gint64       ms)
{
  g_autofree char *text = corro_programme_format_time (ms);

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
add_segment (JsonBuilder  *builder,
             CorroSegment *segment)
{
  g_auto(GStrv) variants = corro_segment_dup_variants (segment);
  GListModel *pause_points = corro_segment_get_pause_points (segment);
  guint n_pause_points = g_list_model_get_n_items (pause_points);

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder,
                                 corro_segment_kind_to_string (corro_segment_get_kind (segment)));
  add_text (builder, "title",
            corro_segment_get_title (segment, "en"), corro_segment_get_title (segment, "es"));

  json_builder_set_member_name (builder, "minutes");
  json_builder_begin_object (builder);
  for (guint i = 0; variants[i] != NULL; i++)
    {
      json_builder_set_member_name (builder, variants[i]);
      json_builder_add_int_value (builder, corro_segment_get_minutes (segment, variants[i]));
    }
  json_builder_end_object (builder);

  if (has_text (corro_segment_get_notes (segment, "en"), corro_segment_get_notes (segment, "es")))
    add_text (builder, "notes",
              corro_segment_get_notes (segment, "en"), corro_segment_get_notes (segment, "es"));
  if (has_text (corro_segment_get_prompt (segment, "en"),
                corro_segment_get_prompt (segment, "es")))
    add_text (builder, "prompt",
              corro_segment_get_prompt (segment, "en"), corro_segment_get_prompt (segment, "es"));

  if (corro_segment_get_clip_key (segment) != NULL)
    {
      json_builder_set_member_name (builder, "clip");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "key");
      json_builder_add_string_value (builder, corro_segment_get_clip_key (segment));
      add_time (builder, "in", corro_segment_get_clip_in (segment));
      add_time (builder, "out", corro_segment_get_clip_out (segment));
      json_builder_end_object (builder);
    }

  if (n_pause_points > 0)
    {
      json_builder_set_member_name (builder, "pause_points");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n_pause_points; i++)
        {
          g_autoptr(CorroPausePoint) pause_point = g_list_model_get_item (pause_points, i);

          json_builder_begin_object (builder);
          add_time (builder, "at", corro_pause_point_get_at (pause_point));
          add_text (builder, "prompt",
                    corro_pause_point_get_prompt (pause_point, "en"),
                    corro_pause_point_get_prompt (pause_point, "es"));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

static JsonNode *
chapter_to_node (CorroChapter *chapter)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *segments = corro_chapter_get_segments (chapter);
  guint n = g_list_model_get_n_items (segments);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "number");
  json_builder_add_int_value (builder, corro_chapter_get_number (chapter));
  {
    g_autofree char *en = NULL;
    g_autofree char *es = NULL;

    g_object_get (chapter, "title-en", &en, "title-es", &es, NULL);
    add_text (builder, "title", en, es);
  }
  json_builder_set_member_name (builder, "segments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);

      add_segment (builder, segment);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static char *
node_to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

static void
add_header_members (JsonBuilder    *builder,
                    CorroProgramme *programme)
{
  guint n_variants = corro_programme_get_n_variants (programme);
  guint n_clips = corro_programme_get_n_clips (programme);

  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, CORRO_PROGRAMME_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, CORRO_PROGRAMME_FORMAT_VERSION);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, corro_programme_get_id (programme));
  add_text (builder, "title",
            corro_programme_get_title (programme, "en"), corro_programme_get_title (programme, "es"));

  json_builder_set_member_name (builder, "variants");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_variants; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, corro_programme_get_variant_id (programme, i));
      json_builder_set_member_name (builder, "minutes");
      json_builder_add_int_value (builder, corro_programme_get_variant_minutes (programme, i));
      add_text (builder, "title",
                corro_programme_get_variant_title (programme, i, "en"),
                corro_programme_get_variant_title (programme, i, "es"));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "clips");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_clips; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "key");
      json_builder_add_string_value (builder, corro_programme_get_clip_key (programme, i));
      add_text (builder, "title",
                corro_programme_get_clip_title (programme, i, "en"),
                corro_programme_get_clip_title (programme, i, "es"));
      add_time (builder, "duration", corro_programme_get_clip_duration (programme, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* helpers: reading what Corro wrote */

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonObject *
member_object (JsonObject *object,
               const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gint64
member_time (JsonObject *object,
             const char *member)
{
  gint64 ms = 0;

  corro_programme_format_parse_time (member_string (object, member), &ms);
  return ms;
}

static CorroSegment *
segment_from_object (JsonObject  *object,
                     GError     **error)
{
  g_autoptr(CorroSegment) segment = NULL;
  CorroSegmentKind kind;
  JsonObject *text, *minutes, *clip;
  JsonArray *pause_points;

  if (!corro_segment_kind_from_string (member_string (object, "kind"), &kind))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "unknown segment kind");
      return NULL;
    }

  segment = corro_segment_new (kind);

  text = member_object (object, "title");
  corro_segment_set_title (segment, "en", member_string (text, "en"));
  corro_segment_set_title (segment, "es", member_string (text, "es"));
  text = member_object (object, "notes");
  corro_segment_set_notes (segment, "en", member_string (text, "en"));
  corro_segment_set_notes (segment, "es", member_string (text, "es"));
  text = member_object (object, "prompt");
  corro_segment_set_prompt (segment, "en", member_string (text, "en"));
  corro_segment_set_prompt (segment, "es", member_string (text, "es"));

  if ((minutes = member_object (object, "minutes")) != NULL)
    {
      g_autoptr(GList) names = json_object_get_members (minutes);

      for (GList *l = names; l != NULL; l = l->next)
        corro_segment_set_minutes (segment, l->data,
                                   (guint) MAX (0, json_object_get_int_member (minutes, l->data)));
    }

  if ((clip = member_object (object, "clip")) != NULL)
    {
      corro_segment_set_clip_key (segment, member_string (clip, "key"));
      corro_segment_set_clip_in (segment, member_time (clip, "in"));
      corro_segment_set_clip_out (segment, member_time (clip, "out"));
    }

  if ((pause_points = member_array (object, "pause_points")) != NULL)
    {
      guint n = json_array_get_length (pause_points);

      for (guint i = 0; i < n; i++)
        {
          JsonObject *item = json_array_get_object_element (pause_points, i);
          g_autoptr(CorroPausePoint) pause_point = NULL;

          if (item == NULL)
            continue;
          pause_point = corro_pause_point_new (member_time (item, "at"));
          text = member_object (item, "prompt");
          corro_pause_point_set_prompt (pause_point, "en", member_string (text, "en"));
          corro_pause_point_set_prompt (pause_point, "es", member_string (text, "es"));
          corro_segment_add_pause_point (segment, pause_point);
        }
    }

  return g_steal_pointer (&segment);
}

static gboolean
chapter_parts_from_object (JsonObject      *object,
                           CorroBilingual  *title,
                           GPtrArray      **segments_out,
                           GError         **error)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (g_object_unref);
  JsonObject *text = member_object (object, "title");
  JsonArray *array = member_array (object, "segments");
  guint n = array != NULL ? json_array_get_length (array) : 0;

  corro_bilingual_set (title, "en", member_string (text, "en"));
  corro_bilingual_set (title, "es", member_string (text, "es"));

  for (guint i = 0; i < n; i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      CorroSegment *segment;

      if (item == NULL || !(segment = segment_from_object (item, error)))
        {
          corro_bilingual_clear (title);
          return FALSE;
        }
      g_ptr_array_add (segments, segment);
    }

  *segments_out = g_steal_pointer (&segments);
  return TRUE;
}

static JsonObject *
parse_object (const char  *data,
              gssize       length,
              JsonParser  *parser,
              GError     **error)
{
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not a JSON object");
      return NULL;
    }

  return json_node_get_object (root);
}

static CorroChapter *
chapter_from_object (JsonObject  *object,
                     GError     **error)
{
  g_autoptr(GPtrArray) segments = NULL;
  CorroBilingual title = { NULL, NULL };
  CorroChapter *chapter;
  gint64 number = json_object_get_int_member_with_default (object, "number", 0);

  if (number < 1 || !chapter_parts_from_object (object, &title, &segments, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "bad chapter number");
      return NULL;
    }

  chapter = corro_chapter_new ((guint) number, title.en, title.es);
  corro_bilingual_clear (&title);
  for (guint i = 0; i < segments->len; i++)
    corro_chapter_insert_segment (chapter, i, g_ptr_array_index (segments, i));
  corro_chapter_forget_history (chapter);

  return chapter;
}

static CorroProgramme *
programme_from_header (JsonObject  *object,
                       GError     **error)
{
  g_autoptr(CorroProgramme) programme = NULL;
  JsonObject *text = member_object (object, "title");
  JsonArray *array;

  if (g_strcmp0 (member_string (object, "format"), CORRO_PROGRAMME_FORMAT) != 0 ||
      member_string (object, "id") == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not a programme");
      return NULL;
    }

  programme = corro_programme_new (member_string (object, "id"));
  corro_programme_set_title (programme, "en", member_string (text, "en"));
  corro_programme_set_title (programme, "es", member_string (text, "es"));

  if ((array = member_array (object, "variants")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *item = json_array_get_object_element (array, i);

        text = member_object (item, "title");
        corro_programme_add_variant (programme, member_string (item, "id"),
                                     (guint) json_object_get_int_member_with_default (item, "minutes", 0),
                                     member_string (text, "en"), member_string (text, "es"));
      }

  if ((array = member_array (object, "clips")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *item = json_array_get_object_element (array, i);

        text = member_object (item, "title");
        corro_programme_add_clip (programme, member_string (item, "key"),
                                  member_time (item, "duration"),
                                  member_string (text, "en"), member_string (text, "es"));
      }

  return g_steal_pointer (&programme);
}

/* public API */

/**
 * corro_programme_format_time:
 * @ms: milliseconds
 *
 * Returns: (transfer full): the time as programme files write it: "M:SS.mmm", or
 *   "H:MM:SS.mmm" from an hour on
 */
char *
corro_programme_format_time (gint64 ms)
{
  gint64 hours, minutes, seconds, millis;

  ms = MAX (ms, 0);
  millis = ms % 1000;
  seconds = (ms / 1000) % 60;
  minutes = (ms / 60000) % 60;
  hours = ms / 3600000;

  if (hours > 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT
                            ".%03" G_GINT64_FORMAT, hours, minutes, seconds, millis);

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT ".%03" G_GINT64_FORMAT,
                          minutes, seconds, millis);
}

/**
 * corro_programme_format_parse_time:
 * @text: "[[H:]M]M:SS[.mmm]"
 * @ms: (out): the time in milliseconds
 *
 * Returns: whether @text is such a time
 */
gboolean
corro_programme_format_parse_time (const char *text,
                                   gint64     *ms)
{
  g_auto(GStrv) parts = NULL;
  guint n;
  gint64 total = 0;
  const char *seconds;
  const char *dot;
  gint64 millis = 0;

  if (text == NULL || text[0] == '\0')
    return FALSE;

  parts = g_strsplit (text, ":", -1);
  n = g_strv_length (parts);
  if (n < 2 || n > 3)
    return FALSE;

  for (guint i = 0; i + 1 < n; i++)
    {
      guint64 value;

      if (!g_ascii_string_to_unsigned (parts[i], 10, 0, i == 0 ? 999 : 59, &value, NULL))
        return FALSE;
      total = total * 60 + (gint64) value;
    }

  seconds = parts[n - 1];
  dot = strchr (seconds, '.');
  {
    g_autofree char *whole = dot != NULL ? g_strndup (seconds, dot - seconds) : g_strdup (seconds);
    guint64 value;

    if (strlen (whole) != 2 || !g_ascii_string_to_unsigned (whole, 10, 0, 59, &value, NULL))
      return FALSE;
    total = total * 60 + (gint64) value;
  }

  if (dot != NULL)
    {
      guint64 value;
      gsize digits = strlen (dot + 1);

      if (digits < 1 || digits > 3 || !g_ascii_string_to_unsigned (dot + 1, 10, 0, 999, &value, NULL))
        return FALSE;
      millis = (gint64) value;
      for (gsize i = digits; i < 3; i++)
        millis *= 10;
    }

  *ms = total * 1000 + millis;
  return TRUE;
}

/**
 * corro_programme_format_text_to_node:
 *
 * Returns: (transfer full): `{"en": …, "es": …}`, with "" for a missing language
 */
JsonNode *
corro_programme_format_text_to_node (const char *en,
                                     const char *es)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (object, "en", en != NULL ? en : "");
  json_object_set_string_member (object, "es", es != NULL ? es : "");
  json_node_take_object (node, object);

  return node;
}

/**
 * corro_programme_format_chapter_to_node:
 *
 * Returns: (transfer full): the chapter as it appears in a programme file
 */
JsonNode *
corro_programme_format_chapter_to_node (CorroChapter *chapter)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER (chapter), NULL);

  return chapter_to_node (chapter);
}

/**
 * corro_programme_format_chapter_to_string:
 *
 * Returns: (transfer full): the chapter as it appears in a programme file
 */
char *
corro_programme_format_chapter_to_string (CorroChapter *chapter)
{
  g_autoptr(JsonNode) node = corro_programme_format_chapter_to_node (chapter);

  return node_to_string (node);
}

/**
 * corro_programme_format_chapter_from_string:
 * @title: (out caller-allocates): the chapter's title
 * @segments: (out) (transfer full): its segments
 *
 * Reads a chapter written by corro_programme_format_chapter_to_string().
 */
gboolean
corro_programme_format_chapter_from_string (const char      *text,
                                            CorroBilingual  *title,
                                            GPtrArray      **segments,
                                            GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *object;

  if (!(object = parse_object (text, -1, parser, error)))
    return FALSE;

  return chapter_parts_from_object (object, title, segments, error);
}

/**
 * corro_programme_format_to_string:
 *
 * Returns: (transfer full): the whole programme as a programme file: fixed key order,
 *   two-space indent, so that the same programme always gives the same bytes
 */
char *
corro_programme_format_to_string (CorroProgramme *programme)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (programme));

  g_return_val_if_fail (CORRO_IS_PROGRAMME (programme), NULL);

  json_builder_begin_object (builder);
  add_header_members (builder, programme);
  json_builder_set_member_name (builder, "chapters");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroChapter) chapter = g_list_model_get_item (G_LIST_MODEL (programme), i);

      json_builder_add_value (builder, corro_programme_format_chapter_to_node (chapter));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return node_to_string (root);
}

/**
 * corro_programme_format_header_to_string:
 *
 * Returns: (transfer full): the programme file without its chapters
 */
char *
corro_programme_format_header_to_string (CorroProgramme *programme)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (CORRO_IS_PROGRAMME (programme), NULL);

  json_builder_begin_object (builder);
  add_header_members (builder, programme);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return node_to_string (root);
}

/**
 * corro_programme_format_read_trusted:
 *
 * Reads a programme file that Corro wrote and checked itself, such as the default
 * programme. It checks only enough not to crash; use the validating reader for files
 * from elsewhere.
 *
 * Returns: (transfer full): the programme, or %NULL
 */
CorroProgramme *
corro_programme_format_read_trusted (const char  *data,
                                     gsize        length,
                                     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(CorroProgramme) programme = NULL;
  JsonObject *object;
  JsonArray *chapters;

  if (!(object = parse_object (data, length, parser, error)))
    return NULL;

  if (!(programme = programme_from_header (object, error)))
    return NULL;

  if ((chapters = member_array (object, "chapters")) != NULL)
    for (guint i = 0; i < json_array_get_length (chapters); i++)
      {
        g_autoptr(CorroChapter) chapter = NULL;
        JsonObject *item = json_array_get_object_element (chapters, i);

        if (item == NULL || !(chapter = chapter_from_object (item, error)))
          return NULL;
        corro_programme_add_chapter (programme, chapter);
      }

  return g_steal_pointer (&programme);
}

/**
 * corro_programme_format_read_parts:
 * @header: what corro_programme_format_header_to_string() wrote
 * @chapters: what corro_programme_format_chapter_to_string() wrote, one per chapter
 *
 * Puts a programme back together from the parts the store keeps.
 *
 * Returns: (transfer full): the programme, or %NULL
 */
CorroProgramme *
corro_programme_format_read_parts (const char         *header,
                                   const char * const *chapters,
                                   GError            **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(CorroProgramme) programme = NULL;
  JsonObject *object;

  if (!(object = parse_object (header, -1, parser, error)))
    return NULL;

  if (!(programme = programme_from_header (object, error)))
    return NULL;

  for (guint i = 0; chapters != NULL && chapters[i] != NULL; i++)
    {
      g_autoptr(JsonParser) chapter_parser = json_parser_new_immutable ();
      g_autoptr(CorroChapter) chapter = NULL;
      JsonObject *item;

      if (!(item = parse_object (chapters[i], -1, chapter_parser, error)) ||
          !(chapter = chapter_from_object (item, error)))
        return NULL;
      corro_programme_add_chapter (programme, chapter);
    }

  return g_steal_pointer (&programme);
}

/**
 * corro_programme_format_write_file:
 * @file: where to write
 *
 * Writes @programme to @file as corro_programme_format_to_string() gives it. The file
 * is replaced whole or not at all: the text goes to a new file that then takes the old
 * one's place. It writes at once: call it from a worker thread in the interface.
 */
gboolean
corro_programme_format_write_file (CorroProgramme  *programme,
                                   GFile           *file,
                                   GError         **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (CORRO_IS_PROGRAMME (programme), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = corro_programme_format_to_string (programme);
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}
