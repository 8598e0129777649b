/* corro-programme-reader-checks.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-programme-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-programme-format.h"
#include "corro-programme-reader-private.h"
#include "corro-segment.h"

/* Every check the validating reader makes on the tree that json-glib built from a
 * programme file, before anything is built from it. Each problem is placed where a
 * person editing the file would look: at the value that is wrong, at the name of a
 * member that is unknown or repeated, and at the `{` of an object that lacks a member.
 * Errors refuse the file; warnings (a missing translation, a member this Corro does not
 * know) let it through. See data/programme-format.md. */

#define MAX_MINUTES     600
#define MAX_DURATION_MS ((gint64) MAX_MINUTES * 60 * 1000)
#define MAX_CHAPTER     99

typedef struct
{
  const char       *file_name;
  CorroJsonLocator *locator;
  GPtrArray        *problems;

  /* borrowed keys from the tree */
  GHashTable       *variants;  /* id → NULL */
  GHashTable       *clips;     /* key → owned gint64 duration, -1 when unreadable */
  GHashTable       *chapters;  /* number → NULL */
} Checker;

typedef enum
{
  AT_VALUE,
  AT_NAME,
} Where;

typedef enum
{
  TEXT_REQUIRED,  /* must be there, in at least one language */
  TEXT_TITLE,     /* must be there; a missing language is a warning */
  TEXT_OPTIONAL,  /* may be left out; a missing language is a warning */
} TextNeed;

static void report (Checker              *self,
                    CorroProblemSeverity  severity,
                    JsonNode             *node,
                    Where                 where,
                    const char           *format,
                    ...) G_GNUC_PRINTF (5, 6);

/* helpers: reporting */

static void
report (Checker              *self,
        CorroProblemSeverity  severity,
        JsonNode             *node,
        Where                 where,
        const char           *format,
        ...)
{
  g_autofree char *message = NULL;
  CorroJsonPosition position;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (where == AT_NAME)
    position = corro_json_locator_get_name_position (self->locator, node);
  else
    position = corro_json_locator_get_value_position (self->locator, node);

  _corro_programme_reader_add_problem (self->problems, severity, self->file_name, position,
                                       message);
}

static char *
dup_kind_names (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < CORRO_N_SEGMENT_KINDS; i++)
    g_strv_builder_add (builder, corro_segment_kind_to_string (i));
  names = g_strv_builder_end (builder);

  return g_strjoinv (", ", names);
}

/* helpers: members of an object node */

static void
check_known (Checker            *self,
             JsonNode           *object,
             const char * const *known)
{
  g_autoptr(GList) names = json_object_get_members (json_node_get_object (object));

  for (GList *l = names; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      report (self, CORRO_PROBLEM_WARNING,
              json_object_get_member (json_node_get_object (object), l->data), AT_NAME,
              _("Corro does not know “%s” here; it will be ignored."), (const char *) l->data);
}

static JsonNode *
get_member (Checker    *self,
            JsonNode   *object,
            const char *name,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (json_node_get_object (object), name);

  if (node == NULL && required)
    report (self, CORRO_PROBLEM_ERROR, object, AT_VALUE, _("“%s” is missing."), name);

  return node;
}

static JsonNode *
get_string (Checker    *self,
            JsonNode   *object,
            const char *name)
{
  JsonNode *node = get_member (self, object, name, TRUE);

  if (node == NULL)
    return NULL;

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report (self, CORRO_PROBLEM_ERROR, node, AT_VALUE, _("“%s” should be text in quotes."), name);
      return NULL;
    }

  if (json_node_get_string (node)[0] == '\0')
    {
      report (self, CORRO_PROBLEM_ERROR, node, AT_VALUE, _("“%s” should not be empty."), name);
      return NULL;
    }

  return node;
}

static gboolean
get_int (Checker    *self,
         JsonNode   *object,
         const char *name,
         int         min,
         int         max,
         JsonNode  **node_out,
         gint64     *value)
{
  JsonNode *node = get_member (self, object, name, TRUE);

  if (node == NULL)
    return FALSE;

  if (json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < min || json_node_get_int (node) > max)
    {
      report (self, CORRO_PROBLEM_ERROR, node, AT_VALUE,
              _("“%s” should be a whole number from %d to %d."), name, min, max);
      return FALSE;
    }

  *node_out = node;
  *value = json_node_get_int (node);
  return TRUE;
}

static gboolean
get_time (Checker    *self,
          JsonNode   *object,
          const char *name,
          JsonNode  **node_out,
          gint64     *ms)
{
  JsonNode *node = get_member (self, object, name, TRUE);

  if (node == NULL)
    return FALSE;

  if (json_node_get_value_type (node) != G_TYPE_STRING ||
      !corro_programme_format_parse_time (json_node_get_string (node), ms))
    {
      report (self, CORRO_PROBLEM_ERROR, node, AT_VALUE,
              _("“%s” should be a time such as “1:30.000” "
                "(minutes:seconds.thousandths)."), name);
      return FALSE;
    }

  *node_out = node;
  return TRUE;
}

static JsonNode *
get_object (Checker    *self,
            JsonNode   *object,
            const char *name,
            gboolean    required)
{
  JsonNode *node = get_member (self, object, name, required);

  if (node != NULL && !JSON_NODE_HOLDS_OBJECT (node))
    {
      report (self, CORRO_PROBLEM_ERROR, node, AT_VALUE,
              _("“%s” should be a group of fields in braces { … }."), name);
      return NULL;
    }

  return node;
}

/* Calls @check on each entry of the array @name, which must be an object. */
static void
foreach_entry (Checker    *self,
               JsonNode   *object,
               const char *name,
               gboolean    required,
               void      (*check) (Checker  *self,
                                   JsonNode *entry,
                                   gpointer  data),
               gpointer    data)
{
  JsonNode *node = get_member (self, object, name, required);
  JsonArray *array;

  if (node == NULL)
    return;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report (self, CORRO_PROBLEM_ERROR, node, AT_VALUE,
              _("“%s” should be a list in square brackets [ … ]."), name);
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *entry = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (entry))
        check (self, entry, data);
      else
        report (self, CORRO_PROBLEM_ERROR, entry, AT_VALUE,
                _("Each entry in “%s” should be a group of fields in braces { … }."), name);
    }
}

/* helpers: the parts of a programme */

static gboolean
check_language (Checker    *self,
                JsonNode   *text,
                const char *language,
                JsonNode  **node_out)
{
  JsonNode *node = json_object_get_member (json_node_get_object (text), language);

  *node_out = node;
  if (node == NULL)
    return FALSE;

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report (self, CORRO_PROBLEM_ERROR, node, AT_VALUE,
              _("“%s” should be text in quotes."), language);
      return TRUE;
    }

  return json_node_get_string (node)[0] != '\0';
}

static void
check_text (Checker    *self,
            JsonNode   *object,
            const char *name,
            TextNeed    need)
{
  static const char * const known[] = { "en", "es", NULL };
  JsonNode *text = get_member (self, object, name, need != TEXT_OPTIONAL);
  JsonNode *en, *es;
  gboolean has_en, has_es;

  if (text == NULL)
    return;

  if (!JSON_NODE_HOLDS_OBJECT (text))
    {
      report (self, CORRO_PROBLEM_ERROR, text, AT_VALUE,
              _("“%s” should give the text in English and Spanish, like "
                "{ \"en\": \"…\", \"es\": \"…\" }."), name);
      return;
    }

  check_known (self, text, known);
  has_en = check_language (self, text, "en", &en);
  has_es = check_language (self, text, "es", &es);

  if (!has_en && !has_es)
    {
      if (need == TEXT_REQUIRED)
        report (self, CORRO_PROBLEM_ERROR, text, AT_VALUE,
                _("“%s” is empty in both languages."), name);
      else if (need == TEXT_TITLE)
        report (self, CORRO_PROBLEM_WARNING, text, AT_VALUE,
                _("“%s” is empty in both languages."), name);
    }
  else if (!has_en)
    {
      report (self, CORRO_PROBLEM_WARNING, en != NULL ? en : text, AT_VALUE,
              _("“%s” has no English text."), name);
    }
  else if (!has_es)
    {
      report (self, CORRO_PROBLEM_WARNING, es != NULL ? es : text, AT_VALUE,
              _("“%s” has no Spanish text."), name);
    }
}

static void
check_variant (Checker  *self,
               JsonNode *variant,
               gpointer  data)
{
  static const char * const known[] = { "id", "minutes", "title", NULL };
  JsonNode *id = get_string (self, variant, "id");
  JsonNode *minutes;
  gint64 value;

  check_known (self, variant, known);
  if (id != NULL && !g_hash_table_add (self->variants, (gpointer) json_node_get_string (id)))
    report (self, CORRO_PROBLEM_ERROR, id, AT_VALUE,
            _("The session length “%s” is listed twice in “variants”."),
            json_node_get_string (id));
  get_int (self, variant, "minutes", 1, MAX_MINUTES, &minutes, &value);
  check_text (self, variant, "title", TEXT_TITLE);
}

static void
check_clip (Checker  *self,
            JsonNode *clip,
            gpointer  data)
{
  static const char * const known[] = { "key", "title", "duration", NULL };
  JsonNode *key = get_string (self, clip, "key");
  JsonNode *duration;
  gint64 ms = -1;

  check_known (self, clip, known);
  check_text (self, clip, "title", TEXT_TITLE);

  if (get_time (self, clip, "duration", &duration, &ms) && (ms <= 0 || ms > MAX_DURATION_MS))
    {
      g_autofree char *max = corro_programme_format_time (MAX_DURATION_MS);

      report (self, CORRO_PROBLEM_ERROR, duration, AT_VALUE,
              _("A clip should last more than 0:00.000 and at most %s."), max);
      ms = -1;
    }

  if (key == NULL)
    return;

  if (strchr (json_node_get_string (key), '/') != NULL ||
      strchr (json_node_get_string (key), '\\') != NULL)
    report (self, CORRO_PROBLEM_WARNING, key, AT_VALUE,
            _("The clip key “%s” looks like the location of a file. Programme files name "
              "clips by a key such as “ch3-being-with”, and each computer’s clip library "
              "finds the file."), json_node_get_string (key));

  if (g_hash_table_contains (self->clips, json_node_get_string (key)))
    report (self, CORRO_PROBLEM_ERROR, key, AT_VALUE,
            _("The clip “%s” is listed twice in “clips”."), json_node_get_string (key));
  else
    g_hash_table_insert (self->clips, (gpointer) json_node_get_string (key),
                         g_memdup2 (&ms, sizeof ms));
}

/* Checks a segment's "clip"; @in and @out receive its stretch when it is a good one. */
static gboolean
check_segment_clip (Checker  *self,
                    JsonNode *clip,
                    gint64   *in,
                    gint64   *out)
{
  static const char * const known[] = { "key", "in", "out", NULL };
  JsonNode *key = get_string (self, clip, "key");
  JsonNode *in_node, *out_node;
  gint64 *duration = NULL;
  gboolean has_in, has_out;

  check_known (self, clip, known);
  if (key != NULL &&
      !(duration = g_hash_table_lookup (self->clips, json_node_get_string (key))))
    report (self, CORRO_PROBLEM_ERROR, key, AT_VALUE,
            _("The clip “%s” is not listed in “clips”."), json_node_get_string (key));

  has_in = get_time (self, clip, "in", &in_node, in);
  has_out = get_time (self, clip, "out", &out_node, out);
  if (!has_in || !has_out)
    return FALSE;

  if (*in >= *out)
    {
      g_autofree char *from = corro_programme_format_time (*in);
      g_autofree char *to = corro_programme_format_time (*out);

      report (self, CORRO_PROBLEM_ERROR, out_node, AT_VALUE,
              _("The clip’s stretch should end after it starts, but it runs from %s to %s."),
              from, to);
      return FALSE;
    }

  if (duration != NULL && *duration > 0 && *out > *duration)
    {
      g_autofree char *to = corro_programme_format_time (*out);
      g_autofree char *end = corro_programme_format_time (*duration);

      report (self, CORRO_PROBLEM_ERROR, out_node, AT_VALUE,
              _("The clip’s stretch ends at %s, after the clip itself ends (%s)."), to, end);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  gboolean has_stretch;
  gint64   in;
  gint64   out;
} Stretch;

static void
check_pause_point (Checker  *self,
                   JsonNode *pause_point,
                   gpointer  data)
{
  static const char * const known[] = { "at", "prompt", NULL };
  Stretch *stretch = data;
  JsonNode *at_node;
  gint64 at;

  check_known (self, pause_point, known);
  check_text (self, pause_point, "prompt", TEXT_OPTIONAL);

  if (get_time (self, pause_point, "at", &at_node, &at) &&
      stretch->has_stretch && (at < stretch->in || at > stretch->out))
    {
      g_autofree char *when = corro_programme_format_time (at);
      g_autofree char *from = corro_programme_format_time (stretch->in);
      g_autofree char *to = corro_programme_format_time (stretch->out);

      report (self, CORRO_PROBLEM_ERROR, at_node, AT_VALUE,
              _("The pause point at %s is outside the clip’s stretch (%s–%s)."),
              when, from, to);
    }
}

static void
check_minutes (Checker  *self,
               JsonNode *segment)
{
  JsonNode *minutes = get_object (self, segment, "minutes", TRUE);
  g_autoptr(GList) names = NULL;

  if (minutes == NULL)
    return;

  names = json_object_get_members (json_node_get_object (minutes));
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (json_node_get_object (minutes), l->data);

      if (!g_hash_table_contains (self->variants, l->data))
        report (self, CORRO_PROBLEM_ERROR, node, AT_NAME,
                _("“%s” is not one of the session lengths listed in “variants”."),
                (const char *) l->data);
      else if (json_node_get_value_type (node) != G_TYPE_INT64 ||
               json_node_get_int (node) < 0 || json_node_get_int (node) > MAX_MINUTES)
        report (self, CORRO_PROBLEM_ERROR, node, AT_VALUE,
                _("The minutes for “%s” should be a whole number from %d to %d."),
                (const char *) l->data, 0, MAX_MINUTES);
    }
}

static void
check_segment (Checker  *self,
               JsonNode *segment,
               gpointer  data)
{
  static const char * const known[] = {
    "kind", "title", "minutes", "notes", "prompt", "clip", "pause_points", NULL
  };
  JsonNode *kind = get_string (self, segment, "kind");
  CorroSegmentKind segment_kind = CORRO_SEGMENT_WELCOME;
  JsonNode *clip, *pause_points;
  Stretch stretch = { FALSE, 0, 0 };

  check_known (self, segment, known);
  if (kind != NULL && !corro_segment_kind_from_string (json_node_get_string (kind), &segment_kind))
    {
      g_autofree char *kinds = dup_kind_names ();

      report (self, CORRO_PROBLEM_ERROR, kind, AT_VALUE,
              _("“%s” is not a kind of segment Corro knows. Use one of: %s."),
              json_node_get_string (kind), kinds);
    }

  check_text (self, segment, "title", TEXT_TITLE);
  check_minutes (self, segment);
  check_text (self, segment, "notes", TEXT_OPTIONAL);
  check_text (self, segment, "prompt", TEXT_OPTIONAL);

  clip = get_object (self, segment, "clip", FALSE);
  if (clip != NULL)
    stretch.has_stretch = check_segment_clip (self, clip, &stretch.in, &stretch.out);
  else if (kind != NULL && segment_kind == CORRO_SEGMENT_CLIP &&
           json_object_get_member (json_node_get_object (segment), "clip") == NULL)
    report (self, CORRO_PROBLEM_ERROR, segment, AT_VALUE,
            _("A clip segment needs a “clip”: which clip to play, from where to where."));

  pause_points = json_object_get_member (json_node_get_object (segment), "pause_points");
  if (pause_points != NULL && JSON_NODE_HOLDS_ARRAY (pause_points) &&
      json_object_get_member (json_node_get_object (segment), "clip") == NULL &&
      json_array_get_length (json_node_get_array (pause_points)) > 0)
    report (self, CORRO_PROBLEM_WARNING, pause_points, AT_NAME,
            _("These pause points belong to no clip; add a “clip” to this segment."));
  foreach_entry (self, segment, "pause_points", FALSE, check_pause_point, &stretch);
}

static void
check_chapter (Checker  *self,
               JsonNode *chapter,
               gpointer  data)
{
  static const char * const known[] = { "number", "title", "segments", NULL };
  JsonNode *number;
  gint64 value;

  check_known (self, chapter, known);
  if (get_int (self, chapter, "number", 1, MAX_CHAPTER, &number, &value) &&
      !g_hash_table_add (self->chapters, GINT_TO_POINTER ((int) value)))
    report (self, CORRO_PROBLEM_ERROR, number, AT_VALUE,
            _("There is already a chapter %d."), (int) value);
  check_text (self, chapter, "title", TEXT_TITLE);
  foreach_entry (self, chapter, "segments", TRUE, check_segment, NULL);
}

/* Whether the file says it is a programme file this Corro can read. */
static gboolean
check_header (Checker  *self,
              JsonNode *root,
              gboolean *too_new)
{
  JsonNode *format = json_object_get_member (json_node_get_object (root), "format");
  JsonNode *version;
  gint64 value;

  if (format == NULL)
    {
      report (self, CORRO_PROBLEM_ERROR, root, AT_VALUE,
              _("This is not a Corro programme file: “format” is missing."));
      return FALSE;
    }

  if (json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), CORRO_PROGRAMME_FORMAT) != 0)
    {
      report (self, CORRO_PROBLEM_ERROR, format, AT_VALUE,
              _("This is not a Corro programme file: “format” should be “%s”."),
              CORRO_PROGRAMME_FORMAT);
      return FALSE;
    }

  version = get_member (self, root, "version", TRUE);
  if (version != NULL && json_node_get_value_type (version) == G_TYPE_INT64 &&
      json_node_get_int (version) > CORRO_PROGRAMME_FORMAT_VERSION)
    {
      *too_new = TRUE;
      report (self, CORRO_PROBLEM_ERROR, version, AT_VALUE,
              _("This file was made by a newer version of Corro (format version %d); update "
                "Corro to read it."),
              (int) MIN (json_node_get_int (version), G_MAXINT));
      return FALSE;
    }

  return version != NULL &&
         get_int (self, root, "version", 1, CORRO_PROGRAMME_FORMAT_VERSION, &version, &value);
}

static void
check_programme (Checker  *self,
                 JsonNode *root)
{
  static const char * const known[] = {
    "format", "version", "id", "title", "variants", "clips", "chapters", NULL
  };

  check_known (self, root, known);
  get_string (self, root, "id");
  check_text (self, root, "title", TEXT_REQUIRED);
  foreach_entry (self, root, "variants", TRUE, check_variant, NULL);
  foreach_entry (self, root, "clips", TRUE, check_clip, NULL);
  foreach_entry (self, root, "chapters", TRUE, check_chapter, NULL);
}

/* internal API */

/*
 * _corro_programme_reader_check:
 * @root: (nullable): what json-glib read from the file
 * @too_new: (out): whether the file says a newer Corro made it
 *
 * Adds to @problems every problem found in @root.
 */
void
_corro_programme_reader_check (JsonNode         *root,
                               CorroJsonLocator *locator,
                               const char       *file_name,
                               GPtrArray        *problems,
                               gboolean         *too_new)
{
  Checker self = { file_name, locator, problems, NULL, NULL, NULL };

  *too_new = FALSE;

  if (root == NULL)
    {
      _corro_programme_reader_add_problem (problems, CORRO_PROBLEM_ERROR, file_name,
                                           (CorroJsonPosition) { 1, 1 },
                                           _("The file is empty."));
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      report (&self, CORRO_PROBLEM_ERROR, root, AT_VALUE,
              _("This is not a programme file: it should be one group of fields in "
                "braces { … }."));
      return;
    }

  /* A file that is not a programme, or is one from a newer Corro, would give a page of
   * problems that help nobody: say that only. */
  if (!check_header (&self, root, too_new))
    return;

  self.variants = g_hash_table_new (g_str_hash, g_str_equal);
  self.clips = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self.chapters = g_hash_table_new (g_direct_hash, g_direct_equal);

  check_programme (&self, root);

  for (guint i = 0; i < corro_json_locator_get_n_duplicates (locator); i++)
    {
      g_autofree char *message = NULL;
      CorroJsonPosition position;
      const char *name = corro_json_locator_get_duplicate (locator, i, &position);

      message = g_strdup_printf (_("“%s” is given twice here; Corro uses the last one."), name);
      _corro_programme_reader_add_problem (problems, CORRO_PROBLEM_WARNING, file_name, position,
                                           message);
    }

  g_clear_pointer (&self.variants, g_hash_table_unref);
  g_clear_pointer (&self.clips, g_hash_table_unref);
  g_clear_pointer (&self.chapters, g_hash_table_unref);
}
